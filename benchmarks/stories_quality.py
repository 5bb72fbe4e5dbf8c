"""Story clusters on the 10kGNAD test articles: section purity and hand-checked stories.

    python3 benchmarks/stories_quality.py [--db STORE] [--sweep]

Builds the 1,028 articles (CC BY-NC-SA: evaluation only) into a fresh store,
or reads a store already built from them (``--db``), and scores its stories:

- purity: each story counts the articles of its most common section label
  (Inland, Sport, Web ...), divided by all articles in stories. A weak check:
  sections are topics, and one story can cross two sections;
- coverage: the share of articles in a story at all (a story needs two);
- hand-checked stories (benchmarks/stories_gold/10kgnad_stories.json, 51
  articles in 15 stories, read and judged by hand): pairwise precision and
  recall over those articles, and where each gold story's articles went.

``--sweep`` re-clusters the same store with other settings (no rebuild).
"""
from __future__ import annotations

import argparse
import csv
import itertools
import json
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GNAD = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"
GOLD = ROOT / "benchmarks" / "stories_gold" / "10kgnad_stories.json"


def line_of(source: str) -> int:
    return int(source.rsplit("#", 1)[1])


def scores(stories: list[dict], line: dict[str, int], labels: list[str], gold: dict) -> dict:
    in_stories = sum(len(s["articles"]) for s in stories)
    pure = sum(max(Counter(labels[line[a] - 1] for a in s["articles"]).values()) for s in stories)
    sizes = sorted((len(s["articles"]) for s in stories), reverse=True)
    story_of = {line[a]: s["id"] for s in stories for a in s["articles"]}
    gold_of = {x["line"]: g["id"] for g in gold["stories"] for x in g["articles"]}
    tp = fp = fn = 0
    for x, y in itertools.combinations(sorted(gold_of), 2):
        same_gold = gold_of[x] == gold_of[y]
        same_story = x in story_of and story_of.get(x) == story_of.get(y)
        tp += same_gold and same_story
        fp += same_story and not same_gold
        fn += same_gold and not same_story
    return {"stories": len(stories), "in_stories": in_stories, "articles": len(line),
            "purity": pure / in_stories if in_stories else 0.0, "largest": sizes[:5],
            "precision": tp / (tp + fp) if tp + fp else 1.0, "recall": tp / (tp + fn) if tp + fn else 0.0,
            "pairs": (tp, fp, fn), "story_of": story_of}


def report(s: dict, gold: dict, detail: bool) -> None:
    tp, fp, fn = s["pairs"]
    print(f"stories {s['stories']} holding {s['in_stories']} of {s['articles']} articles "
          f"({s['in_stories'] / s['articles']:.1%}); largest {s['largest']}; section purity {s['purity']:.3f}")
    print(f"hand-checked pairs: precision {s['precision']:.3f}, recall {s['recall']:.3f} "
          f"(same story found {tp}, wrongly joined {fp}, missed {fn})")
    if detail:
        for g in gold["stories"]:
            got = [s["story_of"].get(x["line"], "-")[:6] for x in g["articles"]]
            print(f"  {g['id']:<38} {' '.join(got)}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", default=None, help="a store built from 10kGNAD test.csv (default: build one)")
    ap.add_argument("--sweep", action="store_true", help="also re-cluster with other settings")
    args = ap.parse_args()
    with open(GNAD, encoding="utf-8", newline="") as f:
        labels = [row[0] for row in csv.reader(f, delimiter=";", quotechar="'")]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory() as tmp:
        db = args.db or f"{tmp}/gnad.db"
        if not args.db:
            subprocess.run([sys.executable, "-m", "chronik.cli", "build", str(GNAD), "--db", db, "--csv-delimiter",
                            ";", "--csv-quotechar", "'", "--csv-no-header"], check=True, capture_output=True)
        import chronik

        with chronik.open(db, read_only=True) as chron:
            line = {a.id: line_of(a.source) for a in chron.store.articles()}
            report(scores(chron.stories(), line, labels, gold), gold, detail=True)
            if args.sweep:
                sweep(chron.store, line, labels, gold)


def sweep(store, line: dict[str, int], labels: list[str], gold: dict) -> None:
    """Re-run story clustering over the stored analyses with other settings."""
    import chronik.link.stories as st
    from chronik.lang import load
    from chronik.link.entities import link_entities

    articles = {a.id: a for a in store.articles()}
    analyses = list(store.analyses())
    rules = load("de").names
    index = link_entities(analyses, rules, {i: a.text for i, a in articles.items()})
    defaults = {k: getattr(st, k) for k in ("JOIN_SIMILARITY", "ENTITY_WEIGHT", "TOP_FEATURES",
                                            "MIN_SHARED_ENTITIES", "MIN_SHARED_TERMS")}
    grid = [{"JOIN_SIMILARITY": j} for j in (0.15, 0.25, 0.3)]
    grid += [{"ENTITY_WEIGHT": w} for w in (1.0, 2.0)]
    grid += [{"TOP_FEATURES": k} for k in (15, 30)]
    grid += [{"MIN_SHARED_ENTITIES": 0, "MIN_SHARED_TERMS": 0}]
    for change in grid:
        for k, v in {**defaults, **change}.items():
            setattr(st, k, v)
        rows, _, _ = st.story_rows(articles, analyses, index, {}, rules)
        s = scores(rows, line, labels, gold)
        print(f"{change}: stories {s['stories']}, in stories {s['in_stories']}, purity {s['purity']:.3f}, "
              f"largest {s['largest'][0] if s['largest'] else 0}, gold precision {s['precision']:.3f} "
              f"recall {s['recall']:.3f}")
    for k, v in defaults.items():
        setattr(st, k, v)


if __name__ == "__main__":
    main()
