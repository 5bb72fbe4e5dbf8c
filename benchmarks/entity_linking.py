"""Entity-linking benchmark: which name variants chronik merges, within and across real news articles.

    python3 benchmarks/entity_linking.py [--part tune|report|all] [--show N]
    python3 benchmarks/entity_linking.py --candidates   # pairs still to be labelled

Articles: the 2016 German online news of DFKI SmartData (``smartdata-events``
v1 JSON, CC BY 4.0: 781 news documents with their own text and hand-made
person / organisation / location mentions; tweets and traffic reports left
out). ``link_entities`` runs on those gold mentions and the article texts, so
the figures measure the merging alone, not the recognizer.

A merge is judged per pair of different mention strings ("Merkel" / "Angela
Merkel"): within an article (both strings occur in it) and across articles
(the strings never occur together). The gold file
``benchmarks/linking_gold/smartdata_pairs.tsv`` labels string pairs as
``same`` or ``diff``; a row with an article id decides that article only.
It was made by labelling every candidate pair (strings of one article that
share a name word or an acronym's letters, strings of two articles whose last
words match or that are an acronym and its long form, and every pair the
merging produced while it was developed) by hand, from the articles' text.
Pairs no candidate rule proposes (a nickname with no shared word) are missing
from recall.

Figures: precision = merged pairs that are ``same`` / merged pairs; recall =
``same`` pairs merged / ``same`` pairs. An unlabelled merged pair counts as
wrong and is listed with ``--show``. Parts: documents sorted by id, even
positions ``tune``, odd ``report``.
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from collections import defaultdict
from itertools import combinations
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from chronik.lang.de.names import NAME_RULES  # noqa: E402
from chronik.link.entities import acronym_of, link_entities, name_words  # noqa: E402
from chronik.records import Analysis, Mention  # noqa: E402

DATA = ROOT.parent / "shared" / "data" / "smartdata-events" / "v1_20180119"
GOLD = ROOT / "benchmarks" / "linking_gold" / "smartdata_pairs.tsv"
TYPES = {"person": "PER", "organization": "ORG", "organization-company": "ORG", "location": "LOC",
         "location-city": "LOC", "location-street": "LOC", "location-stop": "LOC"}
# Name words too common to propose a pair by themselves (articles,
# prepositions, legal forms).
_WEAK = frozenset("der die das des dem den und für von in im am an zu zur zum the of and ag gmbh se co kg".split())


def _json_objects(path: Path):
    text = gzip.open(path, "rt", encoding="utf-8").read()
    dec, pos = json.JSONDecoder(), 0
    while True:
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos >= len(text):
            return
        obj, pos = dec.raw_decode(text, pos)
        yield obj


def load_docs() -> list[tuple[str, str, tuple[Mention, ...]]]:
    """(id, text, mentions) of each news document, sorted by id."""
    seen: dict[str, tuple[str, str, tuple[Mention, ...]]] = {}
    for name in ("train.json.gz", "test.json.gz"):
        for d in _json_objects(DATA / name):
            if (d.get("refids") or {}).get("map", {}).get("source") != "news" or d["id"] in seen:
                continue
            text = d["text"]["string"]
            spans = []
            for m in d["conceptMentions"]["array"]:
                label = TYPES.get(m["type"])
                a, b = m["span"]["start"], m["span"]["end"]
                surface = text[a:b]
                if label is None or not surface[:1].isupper() and not surface[:1].isdigit():
                    continue  # derived adjectives ("deutschen") are no names
                if "\n" in surface or "\t" in surface:
                    continue  # a span across a line break is an annotation slip
                spans.append((a, b, label, surface))
            spans.sort()
            mentions, end = [], -1
            for a, b, label, surface in spans:
                if a >= end:  # nested or overlapping mentions: the first, longest one
                    mentions.append(Mention(start=a, end=b, text=surface, label=label, sentence=0))
                    end = b
            seen[d["id"]] = (d["id"], text, tuple(mentions))
    return [seen[k] for k in sorted(seen)]


def load_gold() -> dict[tuple[str, str, str], str]:
    """(article id or '*', string, string) -> same/diff; strings in sorted order."""
    gold = {}
    for line in GOLD.read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        a, b, label, *scope = line.split("\t")
        if a == b:
            continue
        x, y = sorted((a, b))
        gold[(scope[0] if scope else "*", x, y)] = label
    return gold


def pairs(docs):
    """Pairs of different strings: within each article, and across articles.
    Returns {(scope, x, y): merged?} with scope an article id or '*'."""
    analyses = [Analysis(article_id=i, mentions=ms) for i, _, ms in docs]
    index = link_entities(analyses, NAME_RULES, {i: t for i, t, _ in docs})
    within, ids_of = {}, defaultdict(set)
    together = set()
    for i, _, ms in docs:
        ent = {}
        for k, m in enumerate(ms):
            ent.setdefault(m.text, set()).add(index.of_mention[(i, k)])
            ids_of[m.text].add(index.of_mention[(i, k)])
        for x, y in combinations(sorted(ent), 2):
            within[(i, x, y)] = bool(ent[x] & ent[y])
            together.add((x, y))
    across = {}
    by_entity = defaultdict(set)
    for text, ids in ids_of.items():
        for e in ids:
            by_entity[e].add(text)
    for texts in by_entity.values():
        for x, y in combinations(sorted(texts), 2):
            if (x, y) not in together:
                across[("*", x, y)] = True
    return within, across


def label_of(gold, scope, x, y):
    return gold.get((scope, x, y)) or gold.get(("*", x, y))


def _words(s: str) -> set[str]:
    return {w for w in name_words(s, NAME_RULES) if len(w) > 2 and w not in _WEAK}


def candidates(docs) -> set[tuple[str, str, str]]:
    """Pairs worth a gold label (see the module docstring)."""
    out = set()
    by_last, by_first = defaultdict(set), defaultdict(set)
    strings = set()
    for i, _, ms in docs:
        texts = sorted({m.text for m in ms})
        persons = {m.text for m in ms if m.label == "PER"}
        for x, y in combinations(texts, 2):
            if _words(x) & _words(y) or (y not in persons and acronym_of(x, y)) or (
                    x not in persons and acronym_of(y, x)):
                out.add(("*", x, y))
        for m in ms:
            if m.label != "PER":
                strings.add(m.text)
            words = name_words(m.text, NAME_RULES)
            if words and m.label == "PER":
                by_last[words[-1]].add(m.text)
            if words and words[0] not in _WEAK and len(words[0]) > 2:
                by_first[words[0]].add(m.text)
    for group in by_last.values():
        for x, y in combinations(sorted(group), 2):
            out.add(("*", x, y))
    for group in by_first.values():  # "Volkswagen" / "Volkswagen AG"
        for x, y in combinations(sorted(group), 2):
            wx, wy = name_words(x, NAME_RULES), name_words(y, NAME_RULES)
            short, long = sorted((wx, wy), key=len)
            if long[:len(short)] == short:
                out.add(("*", x, y))
    shorts = sorted(s for s in strings if s.isupper() and 2 <= len(s) <= 6)
    longs = sorted(s for s in strings if " " in s)
    for s in shorts:
        for lf in longs:
            if acronym_of(s, lf):
                out.add(("*",) + tuple(sorted((s, lf))))
    return out


def evaluate(docs, gold):
    within, across = pairs(docs)
    out = {}
    for name, items in (("within", within), ("across", across)):
        merged = [k for k, v in items.items() if v]
        labelled_same = {k for k in items if label_of(gold, *k) == "same"}
        if name == "across":  # gold-same string pairs never merged across articles
            together = {(x, y) for (_, x, y) in within}
            strings = {s for (_, x, y) in within for s in (x, y)} | {s for (_, x, y) in across for s in (x, y)}
            labelled_same |= {("*", x, y) for (scope, x, y), lab in gold.items()
                              if scope == "*" and lab == "same" and x in strings and y in strings
                              and (x, y) not in together}
        tp = sum(1 for k in merged if label_of(gold, *k) == "same")
        wrong = [k for k in merged if label_of(gold, *k) != "same"]
        missed = [k for k in labelled_same if not items.get(k)]
        out[name] = (tp, len(merged), len(labelled_same), sorted(wrong), sorted(missed))
    return out


def prf(tp, found, gold):
    p = tp / found if found else 1.0
    r = tp / gold if gold else 1.0
    return p, r


def parts(docs):
    return {"tune": docs[0::2], "report": docs[1::2], "all": docs}


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    res = evaluate(parts(load_docs())[part], load_gold())
    out = {}
    for name in ("within", "across"):
        tp, found, gold, _, _ = res[name]
        out[f"{name}_merge_precision"], out[f"{name}_merge_recall"] = prf(tp, found, gold)
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--part", choices=("tune", "report", "all"), default=None)
    ap.add_argument("--show", type=int, default=0, help="list up to N wrong and N missed merges")
    ap.add_argument("--candidates", action="store_true", help="print candidate pairs without a gold label")
    args = ap.parse_args()
    docs = load_docs()
    gold = load_gold() if GOLD.exists() else {}
    if args.candidates:
        within, across = pairs(docs)
        todo = candidates(docs) | {("*", x, y) for (_, x, y), v in (within | across).items() if v}
        for scope, x, y in sorted(todo, key=lambda k: (k[1], k[2])):
            if label_of(gold, scope, x, y) is None:
                print(f"{x}\t{y}\t?")
        return
    print(f"{len(docs)} SmartData news articles, {sum(len(m) for _, _, m in docs)} gold mentions")
    for name in [args.part] if args.part else ["tune", "report", "all"]:
        res = evaluate(parts(docs)[name], gold)
        for scope in ("within", "across"):
            tp, found, n_gold, wrong, missed = res[scope]
            p, r = prf(tp, found, n_gold)
            print(f"{name:7}{scope:8} merges: P {p:.3f} ({tp}/{found})  R {r:.3f} ({tp}/{n_gold})")
            for k in wrong[:args.show]:
                print("   wrong ", k, label_of(gold, *k))
            for k in missed[:args.show]:
                print("   missed", k)


if __name__ == "__main__":
    main()
