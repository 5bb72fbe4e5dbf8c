"""Train chronik's German NER model (linear-chain CRF, python-crfsuite).

    python3 scripts/train_ner.py                # lexicon lists + model, fixed settings
    python3 scripts/train_ner.py --lexicon-only # only rewrite chronik/lang/de/entities_*.txt

Steps (all from open data in ../shared/data, see each folder's SOURCE.md):
1. Derive the word lists of ``chronik/lang/de/entities_*.txt``: first names
   (Berlin first-name statistics, CC BY 3.0 DE), countries (world_countries,
   CC BY-SA 4.0), German cities (german-cities, CC0), and from the GermEval 2014
   train split (CC BY 4.0) the capitalised words that are almost never part of
   an entity and the all-caps forms that are usually not entities; from the
   auxiliary open NER sets a word -> entity type gazetteer.
2. Read the training sentences: GermEval 2014 train (OTH -> MISC, *deriv/*part
   -> O) and SmartData train (mapped column, CC BY 4.0). GermEval dev is for
   tuning, GermEval test is never read here; ler/ and the NC sets never.
   Adding the historical OCR sets (``--extra smartdata,hipe,europeana``) was
   measured: GermEval dev PER/LOC/ORG F1 0.770 -> 0.737, so they stay out.
3. Train the CRF with fixed settings and write ``chronik/models/ner_de.crfsuite``.
   Its features include the word classes of ``chronik/lang/de/entities_clusters.tsv``,
   which ``scripts/word_clusters.py`` builds from open text (run it first when
   the text or its settings change).
"""
from __future__ import annotations

import argparse
import csv
import gzip
import json
import sys
import time
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

DATA = ROOT.parent / "shared" / "data"
LANG_DIR = ROOT / "chronik" / "lang" / "de"
MODEL_PATH = ROOT / "chronik" / "models" / "ner_de.crfsuite"

GERMEVAL_TRAIN = DATA / "germeval2014-train" / "NER-de-train.outer.tsv.gz"
EXTRA_SETS = {
    "smartdata": [DATA / "smartdata" / "smartdata-train.conll.tsv"],
    "mobie": [DATA / "mobie" / "mobie-train.conll.tsv"],
    "europeana": sorted((DATA / "europeana-ner-de").glob("*.conll.tsv")),
    "hipe": sorted((DATA / "hipe2022-de").glob("*.conll.tsv")),
}


GAZETTEER_SETS = [
    DATA / "smartdata" / "smartdata-train.conll.tsv",
    DATA / "mobie" / "mobie-train.conll.tsv",
    *sorted((DATA / "europeana-ner-de").glob("*.conll.tsv")),
    *sorted((DATA / "hipe2022-de").glob("*.conll.tsv")),
]


def map_germeval(tag: str) -> str:
    if tag == "O" or tag.endswith("deriv") or tag.endswith("part"):
        return "O"
    prefix, label = tag.split("-", 1)
    return f"{prefix}-{'MISC' if label == 'OTH' else label}"


def read_conll(path: Path, word_col: int, tag_col: int, mapper=None):
    """Sentences as (words, tags); blank lines separate sentences, '#' lines are comments."""
    opener = gzip.open if path.suffix == ".gz" else open
    sents, words, tags = [], [], []
    with opener(path, "rt", encoding="utf-8") as f:
        for line in f:
            line = line.rstrip("\n")
            if line.startswith("#\t") or line.startswith("# "):
                continue
            if not line.strip():
                if words:
                    sents.append((words, tags))
                    words, tags = [], []
                continue
            cols = line.split("\t")
            tag = cols[tag_col]
            words.append(cols[word_col])
            tags.append(mapper(tag) if mapper else tag)
    if words:
        sents.append((words, tags))
    return sents


def read_germeval(path: Path):
    # Official files: idx, token, outer, inner; the train re-export: idx, token, outer.
    return read_conll(path, 1, 2, map_germeval)


def fix_bio(tags: list[str]) -> list[str]:
    out, prev = [], "O"
    for t in tags:
        if t.startswith("I-") and (prev == "O" or prev[2:] != t[2:]):
            t = "B-" + t[2:]
        out.append(t)
        prev = t
    return out


# --------------------------------------------------------------------------- lexicon lists


def write_list(name: str, origin: str, items) -> int:
    items = sorted(set(items))
    (LANG_DIR / name).write_text("# " + origin + "\n" + "\n".join(items) + "\n", encoding="utf-8")
    return len(items)


def build_first_name_genders() -> int:
    """First names of one gender (at least 95 % of the children given it, at least 20 in all): a
    pronoun or a role noun agrees in gender with the person it stands for ("sie" is not "Philipp")."""
    out = []
    with open(DATA / "gazetteer_de" / "first_names_berlin_2012-2023.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name, total = row["first_name"].strip(), int(row["total_count"])
            if total < 20 or len(name) < 2 or not name.replace("-", "").isalpha():
                continue
            for gender, count in (("Fem", int(row["count_w"])), ("Masc", int(row["count_m"]))):
                if count >= 0.95 * total:
                    out.append(f"{name[0].upper() + name[1:]}\t{gender}")
    return write_list(
        "entities_first_name_genders.txt",
        "first names given at least 20 times in Berlin 2012-2023, at least 95% of them to girls (Fem) or to "
        "boys (Masc) (berlinonline/haeufige-vornamen-berlin, CC BY 3.0 DE, LABO)",
        out,
    )


def build_lexicon(germeval_sents) -> None:
    build_first_name_genders()
    names = []
    with open(DATA / "gazetteer_de" / "first_names_berlin_2012-2023.tsv", encoding="utf-8") as f:
        for row in csv.DictReader(f, delimiter="\t"):
            name = row["first_name"].strip()
            if int(row["total_count"]) >= 20 and len(name) > 1 and name.replace("-", "").isalpha():
                names.append(name[0].upper() + name[1:])
    n1 = write_list(
        "entities_first_names.txt",
        "first names given at least 20 times in Berlin 2012-2023 (berlinonline/haeufige-vornamen-berlin, CC BY 3.0 DE, LABO)",
        names,
    )
    countries = []
    with open(DATA / "gazetteer_de" / "countries_de.csv", encoding="utf-8") as f:
        for row in csv.DictReader(f):
            name = row["name"]
            for part in name.replace("(", ",").replace(")", ",").split(","):
                part = part.strip()
                if part and " " not in part:
                    countries.append(part)
    n2 = write_list(
        "entities_countries.txt",
        "one-word German country names (stefangabos/world_countries data/countries/de, CC BY-SA 4.0)",
        countries,
    )
    cities = [c["name"] for c in json.loads((DATA / "gazetteer_de" / "german_cities.json").read_text("utf-8"))]
    n3 = write_list(
        "entities_cities.txt",
        "German cities and towns (pensnarik/german-cities germany.json, CC0 1.0)",
        [c for c in cities if c],
    )
    total, outside = Counter(), Counter()
    for words, tags in germeval_sents:
        for w, t in zip(words, tags):
            total[w] += 1
            if t == "O":
                outside[w] += 1
    common = [w for w, c in total.items() if c >= 3 and w[:1].isupper() and outside[w] / c >= 0.95 and not w.isupper()]
    n4 = write_list(
        "entities_common_words.txt",
        "capitalised words seen >= 3 times and >= 95% outside entities in GermEval 2014 train (CC BY 4.0)",
        common,
    )
    acr = [
        w
        for w, c in total.items()
        if c >= 2 and len(w) > 1 and w.isupper() and w.isalpha() and outside[w] / c >= 0.5
    ]
    n5 = write_list(
        "entities_plain_acronyms.txt",
        "all-caps words seen >= 2 times and >= 50% outside entities in GermEval 2014 train (CC BY 4.0)",
        acr,
    )
    # Words inside entities of the auxiliary open sets (not GermEval, so the
    # feature generalises instead of memorising the main training set).
    inside, seen = defaultdict(Counter), Counter()
    for path in GAZETTEER_SETS:
        for words, tags in read_conll(path, 0, 2):
            for w, t in zip(words, fix_bio(tags)):
                seen[w] += 1
                if t != "O":
                    inside[w][t[2:]] += 1
    common_set = set(common)
    gaz = []
    for w, counts in inside.items():
        label, c = counts.most_common(1)[0]
        if c >= 2 and c / seen[w] >= 0.6 and w[:1].isupper() and len(w) > 1 and w not in common_set:
            gaz.append(f"{w}\t{label}")
    n6 = write_list(
        "entities_gazetteer.tsv",
        "words tagged >= 2 times and >= 60% as one entity type in SmartData/MobIE train (CC BY 4.0), "
        "Europeana Newspapers NER (CC0) and HIPE-2022 newseye/sonar (CC BY 4.0)",
        gaz,
    )
    print(f"lexicon: {n6} gazetteer words, {n1} first names, {n2} countries, {n3} cities, {n4} common words, {n5} plain acronyms")


# --------------------------------------------------------------------------- training


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--extra", default="smartdata", help="comma-separated extra sets: smartdata, mobie, europeana, hipe, or none")
    ap.add_argument("--c1", type=float, default=0.1, help="L1 penalty (keeps the model small)")
    ap.add_argument("--c2", type=float, default=0.01, help="L2 penalty")
    ap.add_argument("--iterations", type=int, default=150)
    ap.add_argument("--out", default=str(MODEL_PATH))
    ap.add_argument("--lexicon-only", action="store_true")
    ap.add_argument("--skip-lexicon", action="store_true", help="keep the current entities_*.txt lists")
    args = ap.parse_args()

    t0 = time.perf_counter()
    germeval = read_germeval(GERMEVAL_TRAIN)
    if not args.skip_lexicon:
        build_lexicon(germeval)
    if args.lexicon_only:
        return

    import pycrfsuite

    from chronik.extract.entities import sentence_features
    from chronik.lang.de.entities import ENTITY_LEXICON

    sents = [(w, fix_bio(t)) for w, t in germeval]
    for name in [x for x in args.extra.split(",") if x and x != "none"]:
        for path in EXTRA_SETS[name]:
            extra = read_conll(path, 0, 2)
            sents.extend((w, fix_bio(t)) for w, t in extra)
            print(f"+ {path.name}: {len(extra)} sentences")
    print(f"training on {len(sents)} sentences, {sum(len(w) for w, _ in sents)} tokens")

    trainer = pycrfsuite.Trainer(verbose=False)
    cache: dict = {}
    for words, tags in sents:
        trainer.append(sentence_features(words, ENTITY_LEXICON, cache), tags)
    t1 = time.perf_counter()
    print(f"features built in {t1 - t0:.1f}s")
    trainer.set_params(
        {
            "c1": args.c1,
            "c2": args.c2,
            "max_iterations": args.iterations,
            "feature.possible_transitions": True,
        }
    )
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    trainer.train(args.out)
    t2 = time.perf_counter()
    size = Path(args.out).stat().st_size
    print(f"model {args.out}: {size / 1e6:.1f} MB; training {t2 - t1:.0f}s, total {t2 - t0:.0f}s")


if __name__ == "__main__":
    main()
