"""Story clusters: chronik's fold against the pile-wide clustering it replaced (issue 15).

    python3 benchmarks/stories_online.py --db STORE [--orders N]
    python3 benchmarks/stories_online.py --dated

STORE is a store built from the 1,028 10kGNAD test articles (``stories_quality.py`` builds one; CC BY-NC-SA:
evaluation only). Until 2026-12-07 chronik clustered stories over the whole pile: articles in date order, but
terms weighed by IDF over the whole pile, only the terms another article shares kept, and names as the entity
linker grouped them across articles, so one new article could move every earlier decision. That clustering is
kept here (``pile_wide``) to compare with. chronik now folds (``chronik.link.stories.StoryFold``): each article
reads only the articles before it, as first-story detection does (Allan et al. 1998, "incremental IDF"), and its
names are keys read off the article alone, so a build that appends articles resumes the fold.

``--dated`` runs both on a dated pile instead: the 760 SmartData news documents of ``events_merging.py``
(CC BY 4.0, November 2015 to July 2016), built with this checkout, and scores each story's pairs of articles
against ``stories_gold/smartdata_judged.json``: every story of two or more articles either clustering made at
the commit it names, judged by two helper sessions that did not write the clustering (a group letter per
article: which articles tell one developing story). Pairs no judged item holds are counted as unjudged.

On 10kGNAD both run in the store's order (id order: 10kGNAD has no dates) and in ``--orders`` shuffled
orders, since both depend on the order; scored with ``stories_quality.scores`` (section purity, articles in
stories, hand-checked pairs).
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


# The pile-wide clustering chronik used until 2026-12-07 (link/stories.py then), for comparison.
class _Centroid:
    __slots__ = ("members", "centroid", "norm2", "last")

    def __init__(self) -> None:
        self.members: list[str] = []
        self.centroid: dict[str, float] = {}
        self.norm2 = 0.0
        self.last: date | None = None

    def add(self, article_id: str, vector: dict[str, float], day: date | None) -> list[str]:
        self.members.append(article_id)
        new = []
        for f, w in vector.items():
            old = self.centroid.get(f)
            if old is None:
                new.append(f)
                old = 0.0
            self.centroid[f] = old + w
            self.norm2 += (old + w) ** 2 - old ** 2
        if day is not None and (self.last is None or day > self.last):
            self.last = day
        return new

    def cosine(self, vector: dict[str, float]) -> float:
        dot = sum(w * self.centroid.get(f, 0.0) for f, w in vector.items())
        return dot / math.sqrt(self.norm2) if self.norm2 > 0 else 0.0


def weigh(counts: dict[str, Counter], n_docs: int) -> dict[str, dict[str, float]]:
    """tf-idf over the whole pile, cut to the heaviest features shared with another article."""
    import chronik.link.stories as st

    df: Counter = Counter()
    for c in counts.values():
        df.update(c.keys())
    cap = st.COMMON_SHARE * n_docs if n_docs >= st.COMMON_MIN_ARTICLES else n_docs
    idf = {f: math.log((1 + n_docs) / (1 + d)) + 1 for f, d in df.items() if 2 <= d <= cap}
    vectors = {}
    for article_id, c in counts.items():
        weights = {f: (1 + math.log(n)) * idf[f] * (st.ENTITY_WEIGHT if f[0] == "e" else 1.0)
                   for f, n in c.items() if f in idf}
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:st.TOP_FEATURES]
        norm = math.sqrt(sum(w * w for _, w in top))
        vectors[article_id] = {f: w / norm for f, w in top} if norm else {}
    return vectors


def pile_wide(counts: dict[str, Counter], order: list[str], days: dict) -> list[_Centroid]:
    """Each article, in ``order``, joins the most similar story centroid (IDF over the whole pile)."""
    import chronik.link.stories as st

    vectors = weigh(counts, len(order))
    stories: list[_Centroid] = []
    postings: dict[str, list[int]] = defaultdict(list)
    for article_id in order:
        vector, day = vectors.get(article_id, {}), days.get(article_id)
        partial: Counter = Counter()
        for f, w in itertools.islice(vector.items(), st.LOOKUP_FEATURES):
            held = postings.get(f)
            if held and len(held) <= st.MAX_POSTINGS:
                for s in held:
                    if not st._over(stories[s], day):
                        partial[s] += w * stories[s].centroid[f]
        best, best_score = None, st.JOIN_SIMILARITY
        for s, _ in heapq.nlargest(st.CANDIDATES, partial.items(), key=lambda kv: (kv[1], -kv[0])):
            if not st._shares_enough(vector, stories[s].centroid):
                continue
            score = stories[s].cosine(vector)
            if score >= best_score and (score > best_score or best is None or s < best):
                best, best_score = s, score
        if best is None:
            best = len(stories)
            stories.append(_Centroid())
        for f in stories[best].add(article_id, vector, day):
            postings[f].append(best)
    return stories


def linked_features(article, analysis, entity_of: dict) -> Counter:
    """The features the pile-wide clustering read: names as the entity linker grouped them, and nouns."""
    import chronik.link.stories as st

    keys = [entity_of.get((article.id, i)) for i in range(len(analysis.mentions))] if analysis else None
    return st.article_features(article, analysis, None, name_keys=keys)


def fold(counts: dict[str, Counter], order: list[str], days: dict) -> list:
    """chronik's fold over the articles in ``order``."""
    from chronik.link.stories import StoryFold

    stories = StoryFold()
    for a in order:
        stories.add(a, counts[a], days[a])
    return stories.stories


JUDGED = Path(__file__).resolve().parent / "stories_gold" / "smartdata_judged.json"


def features(db: str):
    """Articles, the features of both clusterings (``pile_wide``'s, chronik's) and days, in story order."""
    import chronik
    import chronik.link.stories as st
    from chronik.lang import load
    from chronik.link.entities import link_entities

    with chronik.open(db, read_only=True) as chron:
        articles = {a.id: a for a in chron.store.articles()}
        analyses = list(chron.store.analyses())
    rules = load("de").names
    order_key = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    index = link_entities(analyses, rules, {i: a.text for i, a in articles.items()}, order_key)
    by_id = {x.article_id: x for x in analyses}
    ids = sorted(articles)
    linked = {a: linked_features(articles[a], by_id.get(a), index.of_mention) for a in ids}
    own = {a: st.article_features(articles[a], by_id.get(a), rules) for a in ids}
    days = {a: st._day(articles[a].published) for a in ids}
    order = sorted(ids, key=lambda a: (days[a] or date.max, a))
    return articles, {"pile-wide": linked, "chronik": own}, days, order


def _runs(counts: dict, order: list[str], days: dict):
    return (("pile-wide", pile_wide(counts["pile-wide"], order, days)),
            ("chronik", fold(counts["chronik"], order, days)))


def dated() -> None:
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
    for name, stories in _runs(counts, order, days):
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
        print(f"{name:9} stories {len(stories):4} holding {sum(len(s.members) for s in stories):4} of {len(order)} "
              f"articles; pairs judged one story {right}, not {wrong} (precision "
              f"{right / max(1, right + wrong):.3f}), unjudged {unjudged}")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", help="a store built from 10kGNAD test.csv")
    ap.add_argument("--dated", action="store_true", help="the SmartData pile and its judged stories instead")
    ap.add_argument("--orders", type=int, default=5, help="shuffled orders besides the store's own")
    args = ap.parse_args()
    if args.dated:
        dated()
        return
    if not args.db:
        ap.error("--db STORE or --dated")

    import chronik.link.stories as st

    with open(GNAD, encoding="utf-8", newline="") as f:
        labels = [row[0] for row in csv.reader(f, delimiter=";", quotechar="'")]
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    articles, counts, days, store_order = features(args.db)
    line = {a.id: line_of(a.source) for a in articles.values()}
    results = {"pile-wide": [], "chronik": []}
    for seed in [None] + list(range(1, args.orders + 1)):
        order = list(store_order)
        if seed is not None:
            random.Random(seed).shuffle(order)
        for name, stories in _runs(counts, order, days):
            rows = [{"id": str(i), "articles": s.members} for i, s in enumerate(stories)
                    if len(s.members) >= st.MIN_ARTICLES]
            s = scores(rows, line, labels, gold)
            results[name].append(s)
            print(f"{'store order' if seed is None else f'shuffle {seed}':12} {name:9} stories {s['stories']:4} "
                  f"in stories {s['in_stories']:4} purity {s['purity']:.3f} largest {s['largest'][0]:3} "
                  f"pairs P {s['precision']:.3f} R {s['recall']:.3f}")
    for name, runs in results.items():
        mean = {k: statistics.mean(r[k] for r in runs) for k in ("in_stories", "purity", "precision", "recall")}
        print(f"mean of {len(runs)} orders, {name:9}: in stories {mean['in_stories']:.0f}, purity "
              f"{mean['purity']:.3f}, pairs P {mean['precision']:.3f} (lowest {min(r['precision'] for r in runs):.3f})"
              f" R {mean['recall']:.3f}")


if __name__ == "__main__":
    main()
