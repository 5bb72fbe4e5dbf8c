"""Story clusters on real articles: the five seed reports (one story, dated)
and 10kGNAD articles (CC BY-NC-SA, read from the shared data for tests only)
on two other stories, plus two unrelated ones."""
import csv
import json
import shutil
from datetime import date

import pytest
from click.testing import CliRunner

import chronik
from chronik.cli import cli
from chronik.link.stories import (
    WINDOW_DAYS, _sentence_initial, article_features, cluster,
)
from chronik.records import Analysis, Article, Mention, Sentence
from tests.conftest import SEEDS, shared_data

# Lines of test.csv, checked by reading (benchmarks/stories_gold/10kgnad_stories.json).
GREEK_CRISIS = (209, 211, 265, 297, 805)
PRESIDENTIAL_ELECTION = (118, 366, 546, 558)
UNRELATED = (43, 937)  # a cartel fine; the Paris attackers identified


def _gnad_lines() -> list[str]:
    with open(shared_data("10kgnad/test.csv"), encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]


def _write_pile(folder, lines, with_seeds=True):
    folder.mkdir()
    if with_seeds:
        for f in sorted(SEEDS.glob("*.txt")):
            shutil.copy(f, folder / f.name)
    texts = _gnad_lines()
    for n in lines:
        (folder / f"gnad_{n:04d}.txt").write_text(texts[n - 1], encoding="utf-8")
    return folder


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stories")
    pile = _write_pile(tmp / "pile", GREEK_CRISIS + PRESIDENTIAL_ELECTION + UNRELATED)
    db = tmp / "s.db"
    run("build", pile, "--db", db)
    return db, json.loads(run("export", "--db", db))


def _by_name(doc) -> dict[str, dict]:
    return {a["source"].rsplit("/", 1)[-1]: a for a in doc["articles"]}


def test_three_stories_with_labels_dates_and_no_strays(built):
    _, doc = built
    names = _by_name(doc)
    groups = {}
    for name, article in sorted(names.items()):
        groups.setdefault(article["story"], []).append(name[:8])
    assert sorted(groups.values()) == [
        ["000_dae9", "001_39f8", "002_a5f7", "003_4dbd", "004_4b27"],
        ["gnad_004", "gnad_093"],  # in no story: the key is None
        ["gnad_011", "gnad_036", "gnad_054", "gnad_055"],
        ["gnad_020", "gnad_021", "gnad_026", "gnad_029", "gnad_080"],
    ]
    assert None in groups and len(groups[None]) == 2
    seeds = next(s for s in doc["stories"] if names["000_dae933c4ef42b23d.txt"]["id"] in s["articles"])
    assert (seeds["first"], seeds["last"]) == ("2025-08-13", "2025-12-27")
    assert seeds["label"] == "Kim Jong Un, Nordkorea, Wladimir Putin, Soldaten, Truppen"
    entity_names = {e["id"]: e["name"] for e in doc["entities"]}
    assert [entity_names[e] for e in seeds["entities"]][:3] == ["Kim Jong Un", "Nordkorea", "Wladimir Putin"]
    greek = next(s for s in doc["stories"] if names["gnad_0297.txt"]["id"] in s["articles"])
    assert greek["label"].startswith("Griechenland, Alexis Tsipras")
    assert (greek["first"], greek["last"]) == (None, None)  # 10kGNAD articles carry no date
    assert [s["first"] for s in doc["stories"]] == ["2025-08-13", None, None]


def test_adding_articles_in_two_builds_gives_the_stories_of_one_build(tmp_path, built):
    _, full = built
    first = _write_pile(tmp_path / "first", GREEK_CRISIS[:3] + PRESIDENTIAL_ELECTION[:2])
    second = _write_pile(tmp_path / "second", GREEK_CRISIS[3:] + PRESIDENTIAL_ELECTION[2:] + UNRELATED,
                         with_seeds=False)
    db = tmp_path / "inc.db"
    run("build", first, "--db", db)
    after_first = json.loads(run("export", "--db", db))
    assert len(after_first["stories"]) == 3
    run("build", second, "--db", db)
    again = json.loads(run("export", "--db", db))
    # Sources differ (two folders), so compare the stories and each article's story by text.
    assert again["stories"] == full["stories"]
    story_by_text = {a["text"]: a["story"] for a in full["articles"]}
    assert {a["text"]: a["story"] for a in again["articles"]} == story_by_text


def test_a_near_duplicate_joins_its_originals_story(tmp_path):
    pile = _write_pile(tmp_path / "pile", ())
    original = (SEEDS / "001_39f8654ab03ef7f7.txt").read_text(encoding="utf-8")
    (pile / "copy.txt").write_text(original.replace("Tausende Nordkoreaner kämpfen",
                                                    "Tausende Soldaten aus Nordkorea kämpfen"), encoding="utf-8")
    db = tmp_path / "d.db"
    run("build", pile, "--db", db)
    doc = json.loads(run("export", "--db", db))
    names = _by_name(doc)
    assert names["copy.txt"]["duplicate_of"] == names["001_39f8654ab03ef7f7.txt"]["id"]
    assert len(doc["stories"]) == 1 and len(doc["stories"][0]["articles"]) == 6
    assert names["copy.txt"]["story"] == doc["stories"][0]["id"]


def test_cli_story_filters(built):
    db, doc = built
    listing = run("stories", "--db", db).splitlines()
    assert listing[0] == "story\tfirst\tlast\tarticles\tlabel"
    assert [line.split("\t")[3] for line in listing[1:]] == ["5", "5", "4"]
    names = _by_name(doc)
    seeds_story = names["000_dae933c4ef42b23d.txt"]["story"]
    greek_story = names["gnad_0297.txt"]["story"]
    seed_ids = {a["id"] for n, a in names.items() if n[:3].isdigit()}
    seed_quotes = [q for q in doc["quotes"] if set(q["articles"]) & seed_ids]
    with chronik.open(str(db), read_only=True) as chron:
        assert [q["id"] for q in chron.quotes(story=seeds_story)] == [q["id"] for q in seed_quotes]
    listed = run("quotes", "--db", db, "--story", seeds_story)
    assert seed_quotes and all(f"„{q['text']}“" in listed for q in seed_quotes)
    greek_quotes = run("quotes", "--db", db, "--story", greek_story)
    assert "Putin" not in greek_quotes and "Kim" not in greek_quotes
    for story in (seeds_story, greek_story):
        members = set(next(s["articles"] for s in doc["stories"] if s["id"] == story))
        timeline = json.loads(run("timeline", "--db", db, "--story", story, "--format", "json"))
        assert [e["id"] for e in timeline] == [e["id"] for e in doc["events"] if members & set(e["articles"])]
    assert len(json.loads(run("timeline", "--db", db, "--story", seeds_story, "--format", "json"))) == len(
        [e for e in doc["events"] if set(e["articles"]) & seed_ids])
    entities = run("entities", "--db", db, "--story", greek_story, "--limit", "2").splitlines()
    assert [line.split("\t")[0] for line in entities[1:]] == ["Griechenland", "Alexis Tsipras"]
    figures = run("figures", "--db", db, "--story", greek_story)
    assert "Nordkorea" not in figures
    result = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--story", "nope"])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no story 'nope' in {db}; list the stories with 'chronik stories'"


def _vector(**weights: float) -> dict[str, float]:
    """A unit vector where each dimension is one entity and one noun feature."""
    norm = sum(w * w for w in weights.values()) ** 0.5
    out = {}
    for name, w in weights.items():
        out[f"e:{name}"] = out[f"t:{name}"] = w / norm / 2 ** 0.5
    return out


def test_centroids_stop_a_chain_that_single_link_would_follow():
    # Neighbours are similar (cosine 0.5 or more), the ends are not: single
    # link would chain all four into one story, a centroid takes three.
    vectors = {"a": _vector(x=1), "b": _vector(x=0.5, y=0.866), "c": _vector(y=0.5, z=0.866),
               "d": _vector(z=0.5, w=0.866)}
    stories = cluster(vectors, ["a", "b", "c", "d"], {})
    assert [s.members for s in stories] == [["a", "b", "c"], ["d"]]


def test_a_story_silent_for_longer_than_the_window_is_over():
    vectors = {"a": _vector(x=1), "b": _vector(x=1), "c": _vector(x=1)}
    days = {"a": date(2025, 1, 1), "b": date(2025, 1, 1 + 30),
            "c": date.fromordinal(date(2025, 1, 31).toordinal() + WINDOW_DAYS + 1)}
    stories = cluster(vectors, ["a", "b", "c"], days)
    assert [s.members for s in stories] == [["a", "b"], ["c"]]


def test_features_are_entities_and_nouns_not_sentence_starts():
    text = "Die Regierung plant Neuwahlen. Laut Angela Merkel bleibt „Die Koalition“ stabil."
    article = Article(id="x", source="x.txt", title=None, published=None, authors=(), agencies=(),
                      language="de", outlet=None, text=text)
    start = text.index("Angela")
    analysis = Analysis(article_id="x", sentences=(Sentence(start=0, end=30, first_token=0, last_token=5),
                                                   Sentence(start=31, end=len(text), first_token=5, last_token=14)),
                        mentions=(Mention(start=start, end=start + 12, text="Angela Merkel", label="PER"),))
    features = article_features(article, analysis, {("x", 0): "merkel-id"})
    assert dict(features) == {"e:merkel-id": 1, "t:Regierung": 1, "t:Neuwahlen": 1, "t:Koalition": 1}
    assert _sentence_initial(text, text.index("Laut"), {0, 31})
    assert not _sentence_initial(text, text.index("Regierung"), {0, 31})
