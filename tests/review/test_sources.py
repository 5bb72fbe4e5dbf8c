"""Independent sources on a pile where one AFP story is reprinted by several outlets
(tests/review/reprints.py says how it is made from the seeds), channel chains and tags."""
import json
import re

import numpy as np
import pytest

from chronik.errors import ConfigError
from chronik.review.channels import channel_book, chain_text
from chronik.review.sources import AGENCY_COPY_JACCARD, COPY_BAND_ROWS, COPY_BANDS, _similar_pairs, source_groups
from chronik.records import Article
from tests.review.runner import out
from tests.review.reprints import COPY_GROUPS, reprint_rows, write_pile

# Hand count: the outlets reporting each event, and how many independent stories they are
# (t-online, Stern, Zeit and Focus carry one AFP copy; Spiegel and n-tv one KCNA-based story;
# taz and Welt their own). Left out: the April confirmation, which Stern's edited copy words
# "Pjöngjang bestätigte" and which is not yet read as the same happening. Welt's "dankte Kim für die
# Entsendung nordkoreanischer Soldaten" is the deployment too (undated since it is no news of its day).
HAND_COUNT = {
    ("Russland und Nordkorea unterzeichnen Verteidigungspakt", "2024"): (["Spiegel", "Stern", "n-tv", "t-online"], 2),
    ("Nordkorea: Einsatz", "2024-FA"): (["Spiegel", "Stern", "Welt", "n-tv", "t-online"], 3),
    ("Telefonat zwischen Putin und Kim Jong Un", "2025-08-12"): (["Spiegel", "n-tv"], 1),
    ("Wjatscheslaw Wolodin empfangen", "2025-08-14"): (["t-online"], 1),
    ("Putin: Brief an Kim", "2025-08-15"): (["Focus", "Stern", "Zeit", "t-online", "taz"], 2),
    ("Treffen zwischen Donald Trump und Putin", "2025-08-15"): (["Focus", "Spiegel", "Stern", "n-tv", "t-online"], 2),
    ("Putin: Treffen mit Kim Jong Un in Peking", "2025-09-03"): (["Welt"], 1),
}


PART_PAIRS = 6211  # of 6,653 candidate pairs in 21 bands of 3, 85,491 pairs of the 414 texts in all


@pytest.fixture(scope="module")
def pile(tmp_path_factory):
    folder = tmp_path_factory.mktemp("reprints")
    out("build", write_pile(folder), "--db", folder / "p.db")
    doc = json.loads(out("export", "--db", folder / "p.db"))
    return folder, doc


def test_articles_fall_into_the_groups_of_copies_they_were_made_as(pile):
    _, doc = pile
    outlet = {a["id"]: a["outlet"] for a in doc["articles"]}
    groups = {}
    for a in doc["articles"]:
        groups.setdefault(a["source_group"], []).append(a["outlet"])
    made = {}
    for name, group in COPY_GROUPS.items():
        made.setdefault(group, []).append(name)
    assert sorted(sorted(g) for g in groups.values()) == sorted(sorted(g) for g in made.values())
    # the group is named after its earliest article
    assert {outlet[g] for g in groups} == {"t-online", "Spiegel", "taz", "Welt"}


def test_independent_sources_per_event_match_the_hand_count(pile):
    _, doc = pile
    outlet = {a["id"]: a["outlet"] for a in doc["articles"]}
    counted = {(e["label"], e["date"]): (sorted(outlet[a] for a in e["articles"]), e["sources"]) for e in doc["events"]
               if (e["label"], e["date"]) in HAND_COUNT}
    assert counted == HAND_COUNT


def test_quotes_count_copies_once(pile):
    _, doc = pile
    quote = next(q for q in doc["quotes"] if q["text"] == "heldenhaft")
    assert (len(quote["articles"]), quote["sources"]) == (4, 1)


def test_a_shared_agency_credit_alone_is_not_a_copy():
    # Two AFP-credited articles with different text (the letter and the Beijing meeting) stay apart.
    def article(i, agencies, published):
        return Article(id=i, source=i, title=None, published=published, authors=(), agencies=agencies,
                       language="de", outlet=None, text="x")
    arts = {"a": article("a", ("afp",), "2025-08-15"), "b": article("b", ("afp", "dpa"), "2025-09-03"),
            "c": article("c", ("dpa",), "2025-09-04"), "d": article("d", (), "2025-09-05")}
    same = "Kremlchef Wladimir Putin hat am Freitag einen Brief an Kim Jong Un geschrieben."
    groups = source_groups(arts, {}, [], [("a", "Ein Satz."), ("b", same), ("c", same), ("d", same)])
    # b and c share dpa and one sentence; d shares the sentence but credits no agency
    assert [groups.group(x) for x in "abcd"] == ["a", "b", "b", "d"]
    assert groups.count("abcd") == 3


def test_quote_chains_carry_channel_and_agency_with_their_tags(pile):
    _, doc = pile
    quote = next(q for q in doc["quotes"] if q["text"].startswith("Das wurde voll bestätigt"))
    chains = {chain_text(c["links"]) for c in quote["chains"]}
    assert chains == {"Wladimir Putin <- KCNA [state media, agency] <- AFP [agency] <- t-online",
                      "Wladimir Putin <- KCNA [state media, agency] <- AFP [agency] <- Stern",
                      "Wladimir Putin <- KCNA [state media, agency] <- AFP [agency] <- Zeit"}


def test_tags_show_in_the_quotes_command(pile):
    folder, _ = pile
    text = out("quotes", "--db", folder / "p.db", "--speaker", "Wolodin")
    assert text.splitlines() == [
        "Wjatscheslaw Wolodin via KCNA: „exzellenten Soldaten“",
        "    2025-08-15 t-online (AFP [agency])",
        "    chain: Wjatscheslaw Wolodin <- KCNA [state media, agency] <- AFP [agency] <- t-online",
    ]


def test_a_users_channel_file_adds_and_changes_tags(pile, tmp_path):
    folder, _ = pile
    config = tmp_path / "channels.toml"
    config.write_text('[channels.kcna]\ntags = ["state media", "North Korea"]\n\n'
                      '[channels.tonline]\nname = "t-online"\ntags = ["Ströer"]\n', encoding="utf-8")
    db = tmp_path / "p.db"
    db.write_bytes((folder / "p.db").read_bytes())
    rows = out("sources", "--db", db, "--config", config).splitlines()
    assert rows[0] == "channel\trole\ttags\tarticles\tsources"
    assert "t-online\toutlet\tStröer\t1\t1" in rows and "AFP\tagency\tagency\t5\t2" in rows
    text = out("quotes", "--db", db, "--speaker", "Wolodin")
    assert ("chain: Wjatscheslaw Wolodin <- KCNA [state media, North Korea] <- AFP [agency] "
            "<- t-online [Ströer]") in text
    # kept in the store: a later build without the option still uses it
    out("build", write_pile(tmp_path), "--db", db)
    assert "KCNA [state media, North Korea]" in out("quotes", "--db", db, "--speaker", "Wolodin")


def test_changes_label_sources_with_the_users_channel_file(pile, tmp_path):
    folder, _ = pile
    config = tmp_path / "channels.toml"
    config.write_text('[channels.tonline]\nname = "t-online"\ntags = ["Ströer"]\n', encoding="utf-8")
    db = tmp_path / "p.db"
    db.write_bytes((folder / "p.db").read_bytes())
    out("sources", "--db", db, "--config", config)
    lines = [line.strip() for line in out("changes", "--since", "2000-01-01", "--db", db).splitlines()]
    assert "source: 2025-08-15 t-online [Ströer] (AFP [agency])" in lines
    assert "new: Tausende (2025-08-15 t-online [Ströer] (AFP [agency]))" in lines
    assert not any("t-online (AFP" in line for line in lines)  # every label uses the stored file


def test_channel_book_finds_names_in_phrases_and_short_names_only_as_written():
    book = channel_book()
    assert book.find("laut der staatlichen Nachrichtenagentur Tass").name == "TASS"
    assert book.find("wie Xinhua meldete").tags == ("state media", "agency")
    assert book.find("laut AP").name == "AP" and book.find("Kapstadt") is None and book.find("laut ap") is None
    assert book.link("reuters", "agency") == {"name": "Reuters", "role": "agency", "tags": ["agency"]}
    assert book.link("CNN", "attribution") == {"name": "CNN", "role": "attribution", "tags": []}


@pytest.mark.parametrize("text, message", [
    ("[channels.x\n", "is not valid TOML"),
    ("[other]\na = 1\n", "has no [channels.NAME] tables"),
    ('[channels.x]\ntags = "state media"\n', "channels.x.tags must be a list of strings"),
])
def test_a_bad_channel_file_is_one_clear_error(text, message):
    with pytest.raises(ConfigError, match=re.escape(message)):
        channel_book(text, "my.toml")


def test_short_stubs_sharing_a_boilerplate_sentence_are_not_copies():
    from chronik.link.duplicates import signature

    stub = ("Der Volltext dieses auf Agenturmeldungen basierenden Artikels steht aus rechtlichen Gründen "
            "nicht mehr zur Verfügung.")
    texts = {"a": "46 Prozent der Befragten würden derzeit für einen Brexit stimmen. " + stub,
             "b": "Obama will das Gefangenenlager noch vor Ende seiner Amtszeit schließen. " + stub}
    arts = {i: Article(id=i, source=i, title=None, published=None, authors=(), agencies=("apa",), language="de",
                       outlet=None, text=t) for i, t in texts.items()}
    sigs = [(i, signature(t)) for i, t in texts.items()]
    shared = np.mean(np.frombuffer(sigs[0][1], "<u8") == np.frombuffer(sigs[1][1], "<u8"))
    assert shared >= AGENCY_COPY_JACCARD  # as similar as agency copy, but 25 words each
    assert source_groups(arts, {}, sigs).count(["a", "b"]) == 2


def test_copy_bands_are_the_ones_datasketch_picks_for_the_threshold():
    datasketch = pytest.importorskip("datasketch")
    from chronik.link.duplicates import NUM_PERM

    lsh = datasketch.MinHashLSH(threshold=AGENCY_COPY_JACCARD, num_perm=NUM_PERM)
    assert (lsh.b, lsh.r) == (COPY_BANDS, COPY_BAND_ROWS)


def _lsh_similar_pairs(credited, signatures):
    """What _similar_pairs answered when it used datasketch's LSH index itself."""
    datasketch = pytest.importorskip("datasketch")
    from chronik.link.duplicates import NUM_PERM

    hashes = {i: datasketch.MinHash(num_perm=NUM_PERM, seed=1, scheme="affine32",
                                    hashvalues=np.frombuffer(sig, dtype="<u8"))
              for i, sig in signatures if i in credited and sig}
    lsh = datasketch.MinHashLSH(threshold=AGENCY_COPY_JACCARD, num_perm=NUM_PERM)
    for i in sorted(hashes):
        lsh.insert(i, hashes[i])
    return [(i, j) for i in sorted(hashes) for j in sorted(lsh.query(hashes[i]))
            if j > i and credited[i] & credited[j] and hashes[i].jaccard(hashes[j]) >= AGENCY_COPY_JACCARD]


def test_copy_pairs_of_the_pile_are_the_ones_datasketchs_index_found(pile):
    from chronik.store import open_store

    folder, doc = pile
    outlet = {a["id"]: a["outlet"] for a in doc["articles"]}
    store = open_store(str(folder / "p.db"), read_only=True)
    credited = {a.id: set(a.agencies) for a in store.articles() if a.agencies}
    sigs = list(store.signatures())
    pairs = list(_similar_pairs(credited, sigs))
    assert pairs == _lsh_similar_pairs(credited, sigs)
    assert sorted(sorted((outlet[a], outlet[b])) for a, b in pairs) == [["Stern", "Zeit"], ["Stern", "t-online"],
                                                                         ["Zeit", "t-online"]]


def test_copy_pairs_of_reprint_parts_are_the_ones_datasketchs_index_found():
    # every reprint and every run of 1 to 6 of its paragraphs, all credited to
    # one agency: copies at every Jaccard from 0 to 1, and many candidates
    from chronik.link.duplicates import signature

    texts = {}
    for row in reprint_rows():
        paragraphs = [p for p in row["text"].split("\n\n") if p.strip()]
        for start in range(len(paragraphs)):
            for size in range(1, 7):
                texts[f"{row['outlet']}-{start:02d}-{size}"] = "\n\n".join(paragraphs[start:start + size])
    credited = {i: {"afp"} for i in texts}
    sigs = [(i, signature(t)) for i, t in sorted(texts.items())]
    pairs = list(_similar_pairs(credited, sigs))
    assert pairs == _lsh_similar_pairs(credited, sigs)
    assert len(pairs) == PART_PAIRS
