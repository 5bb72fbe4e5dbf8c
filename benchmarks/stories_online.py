"""Story clusters as an online fold with incremental IDF, against chronik's clustering (issue 15).

    python3 benchmarks/stories_online.py --db STORE [--orders N] [--keep K] [--join J]
    python3 benchmarks/stories_online.py --dated [--keep K]

STORE is a store built from the 1,028 10kGNAD test articles (``stories_quality.py`` builds one; CC BY-NC-SA:
evaluation only). An exact incremental link needs decisions that never look ahead: chronik's clustering
takes articles in date order but weighs their terms by IDF over the whole pile and keeps only the terms
another article shares, so one new article can move every earlier decision. The fold here reads, for each
article, only the articles before it, as first-story detection does (Allan et al. 1998, "incremental IDF"):

- document frequencies count the articles seen so far;
- an article's vector keeps its ``TOP_FEATURES`` heaviest features seen in an earlier article (the only
  ones that can match anything yet), weighted by the IDF of that moment;
- a story keeps each member's ``--keep`` heaviest features, seen or not, as normalized term frequencies,
  and is weighted with the current IDF when an article is compared with it;
- candidates, the window, the shared entity and noun, the join threshold are chronik's (``link/stories.py``).

``--dated`` runs both on a dated pile instead: the 760 SmartData news documents of ``events_merging.py``
(CC BY 4.0, November 2015 to July 2016), built with this checkout, and scores each story's pairs of articles
against ``stories_gold/smartdata_judged.json``: every story of two or more articles either clustering made at
the commit it names, judged by two helper sessions that did not write the clustering (a group letter per
article: which articles tell one developing story). Pairs no judged item holds are counted as unjudged.

Both are run on the same features (entities as linked by chronik, nouns) in the store's order (id order:
10kGNAD has no dates) and in ``--orders`` shuffled orders, since both depend on the order; scored with
``stories_quality.scores`` (section purity, articles in stories, hand-checked pairs).
"""
from __future__ import annotations

import argparse
import csv
import heapq
import itertools
import json
import math
import random
import statistics
import sys
from collections import Counter, defaultdict
from datetime import date
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from stories_quality import GNAD, GOLD, line_of, scores  # noqa: E402


class _Story:
    __slots__ = ("members", "tf", "last")

    def __init__(self) -> None:
        self.members: list[str] = []
        self.tf: Counter = Counter()
        self.last: date | None = None


def fold(counts: dict[str, Counter], order: list[str], days: dict, keep: int, join: float) -> list[_Story]:
    """Assign each article in ``order`` to a story reading only the articles before it."""
    import chronik.link.stories as st

    df: Counter = Counter()
    stories: list[_Story] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for n, article in enumerate(order, 1):
        c = counts[article]
        cap = st.COMMON_SHARE * n if n >= st.COMMON_MIN_ARTICLES else n

        def idf(f: str, own: int = 1) -> float:
            return math.log((1 + n) / (1 + df[f] + own)) + 1

        tf = {f: (1 + math.log(k)) * (st.ENTITY_WEIGHT if f[0] == "e" else 1.0) for f, k in c.items()}
        seen = {f: t * idf(f) for f, t in tf.items() if df[f] >= 1 and df[f] + 1 <= cap}
        top = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:st.TOP_FEATURES]
        norm = math.sqrt(sum(w * w for _, w in top))
        vector = {f: w / norm for f, w in top} if norm else {}
        day = days[article]
        partial: Counter = Counter()
        for f, w in itertools.islice(vector.items(), st.LOOKUP_FEATURES):
            for s in postings.get(f, ())[-st.MAX_POSTINGS:]:
                story = stories[s]
                if not (day and story.last and (day - story.last).days > st.WINDOW_DAYS):
                    partial[s] += w * story.tf[f] * idf(f)
        best, best_score = None, join
        for s, _ in heapq.nlargest(st.CANDIDATES, partial.items(), key=lambda kv: (kv[1], -kv[0])):
            story = stories[s]
            if not st._shares_enough(vector, story.tf):
                continue
            weights = {f: t * idf(f, 0) for f, t in story.tf.items() if df[f] + 1 <= cap}
            length = math.sqrt(sum(w * w for w in weights.values()))
            score = sum(w * weights.get(f, 0.0) for f, w in vector.items()) / length if length else 0.0
            if score >= best_score and (score > best_score or best is None or s < best):
                best, best_score = s, score
        if best is None:
            best = len(stories)
            stories.append(_Story())
        story = stories[best]
        story.members.append(article)
        if day and (story.last is None or day > story.last):
            story.last = day
        own = sorted(((f, t * idf(f)) for f, t in tf.items() if df[f] + 1 <= cap), key=lambda kv: (-kv[1], kv[0]))
        kept = own[:keep]
        length = math.sqrt(sum(tf[f] ** 2 for f, _ in kept)) or 1.0
        for f, _ in kept:
            if f not in story.tf:
                postings[f].append(best)
            story.tf[f] += tf[f] / length
        df.update(c.keys())
    return stories


JUDGED = Path(__file__).resolve().parent / "stories_gold" / "smartdata_judged.json"


def features(db: str):
    """Articles, their features (entities as chronik links them, nouns) and days, in chronik's story order."""
    import chronik
    import chronik.link.stories as st
    from chronik.lang import load
    from chronik.link.entities import link_entities

    with chronik.open(db, read_only=True) as chron:
        articles = {a.id: a for a in chron.store.articles()}
        analyses = list(chron.store.analyses())
    order_key = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    index = link_entities(analyses, load("de").names, {i: a.text for i, a in articles.items()}, order_key)
    by_id = {x.article_id: x for x in analyses}
    ids = sorted(articles)
    counts = {a: st.article_features(articles[a], by_id.get(a), index.of_mention) for a in ids}
    days = {a: st._day(articles[a].published) for a in ids}
    order = sorted(ids, key=lambda a: (days[a] or date.max, a))
    return articles, counts, days, order


def dated(keep: int) -> None:
    """Both clusterings on the SmartData pile, scored on the judged stories."""
    import tempfile

    import chronik.link.stories as st
    from events_merging import build_pile, documents

    with tempfile.TemporaryDirectory() as tmp:
        articles, counts, days, order = features(build_pile(documents(), tmp))
    line = {a.id: int(a.source.rsplit("#", 1)[1]) for a in articles.values()}
    judged = json.loads(JUDGED.read_text(encoding="utf-8"))["items"]
    same: dict[tuple[int, int], bool] = {}
    for item in judged:
        for (a, ga), (b, gb) in itertools.combinations(zip(item["articles"], item["groups"]), 2):
            same[(min(a, b), max(a, b))] = ga == gb
    runs = (("chronik", st.cluster(st.weigh(counts, len(order)), order, days)),
            ("online", fold(counts, order, days, keep, st.JOIN_SIMILARITY)))
    for name, stories in runs:
        stories = [s for s in stories if len(s.members) >= st.MIN_ARTICLES]
        right = wrong = unjudged = 0
        for s in stories:
            for a, b in itertools.combinations(sorted(line[m] for m in s.members), 2):
                verdict = same.get((a, b))
                if verdict is None:
                    unjudged += 1
                else:
                    right += verdict
                    wrong += not verdict
        print(f"{name:8} stories {len(stories):4} holding {sum(len(s.members) for s in stories):4} of {len(order)} "
              f"articles; pairs judged one story {right}, not {wrong} (precision "
              f"{right / max(1, right + wrong):.3f}), unjudged {unjudged}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a store built from 10kGNAD test.csv")
    ap.add_argument("--dated", action="store_true", help="the SmartData pile and its judged stories instead")
    ap.add_argument("--orders", type=int, default=5, help="shuffled orders besides the store's own")
    ap.add_argument("--keep", type=int, default=20, help="features a member leaves in its story")
    ap.add_argument("--join", type=float, default=None, help="join threshold (default: chronik's)")
    args = ap.parse_args()
    if args.dated:
        dated(args.keep)
        return
    if not args.db:
        ap.error("--db STORE or --dated")

    import chronik.link.stories as st

    join = st.JOIN_SIMILARITY if args.join is None else args.join
    with open(GNAD, encoding="utf-8", newline="") as f:
        labels = [row[0] for row in csv.reader(f, delimiter=";", quotechar="'")]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    articles, counts, days, store_order = features(args.db)
    line = {a.id: line_of(a.source) for a in articles.values()}
    vectors = st.weigh(counts, len(store_order))
    results = {"chronik": [], "online": []}
    for seed in [None] + list(range(1, args.orders + 1)):
        order = list(store_order)
        if seed is not None:
            random.Random(seed).shuffle(order)
        for name, stories in (("chronik", st.cluster(vectors, order, days)),
                              ("online", fold(counts, order, days, args.keep, join))):
            rows = [{"id": str(i), "articles": s.members} for i, s in enumerate(stories)
                    if len(s.members) >= st.MIN_ARTICLES]
            s = scores(rows, line, labels, gold)
            results[name].append(s)
            print(f"{'store order' if seed is None else f'shuffle {seed}':12} {name:8} stories {s['stories']:4} "
                  f"in stories {s['in_stories']:4} purity {s['purity']:.3f} largest {s['largest'][0]:3} "
                  f"pairs P {s['precision']:.3f} R {s['recall']:.3f}")
    for name, runs in results.items():
        mean = {k: statistics.mean(r[k] for r in runs) for k in ("in_stories", "purity", "precision", "recall")}
        print(f"mean of {len(runs)} orders, {name:8}: in stories {mean['in_stories']:.0f}, purity "
              f"{mean['purity']:.3f}, pairs P {mean['precision']:.3f} (lowest {min(r['precision'] for r in runs):.3f})"
              f" R {mean['recall']:.3f}")


if __name__ == "__main__":
    main()
