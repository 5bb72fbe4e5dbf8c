"""Story clusters: articles about the same developing story.

1. Each article becomes a short weighted vector of what it is about: its
   entities (as merged across articles by the entity stage) and its nouns
   (capitalized words that neither start a sentence nor lie inside an entity
   mention; German capitalizes every noun), weighted tf-idf. Only the
   ``TOP_FEATURES`` heaviest features shared with another article are kept.
2. Articles are taken in date order (undated ones last, then by id). Each
   joins the story whose centroid it is most similar to, when the cosine
   reaches ``JOIN_SIMILARITY``, it shares an entity and a noun with the
   story, and the story's last article is at most ``WINDOW_DAYS`` older;
   otherwise it opens a new story.
3. Near-duplicates join their original's story; a story needs two articles.

Comparing with a story's centroid, not with its closest member, keeps a big
pile from chaining into one giant cluster. Candidate stories come from an
inverted index from feature to stories, never from all pairs. The result
depends only on the set of articles, so an incremental build gives the same
stories as a full one.
"""
from __future__ import annotations

import functools
import heapq
import itertools
import math
import re
from collections import Counter, defaultdict
from datetime import date

from chronik.ids import content_id
from chronik.records import Analysis, Article

# The settings below were chosen together on the 1,028 10kGNAD test articles
# (section purity and 51 hand-checked articles in 15 stories, see
# benchmarks/stories_quality.py); tune them as a set.
# Features kept per article: 15 loses recall, 30 lets noise words join
# unrelated articles.
TOP_FEATURES = 20
# Entities weigh this much more than nouns: 1.0 splits stories told with
# different words, 2.0 groups whole topics ("China", "Syrien").
ENTITY_WEIGHT = 1.5
# An article joins a story only when it shares at least this many entities
# and nouns with it: who and what must both match, not just one strong name.
MIN_SHARED_ENTITIES = 1
MIN_SHARED_TERMS = 1
# Cosine between an article and a story centroid from which the article
# joins the story (0.15: more recall, less purity; 0.25: the reverse).
JOIN_SIMILARITY = 0.2
# A story with no new article for this long is over; a new article on the
# same subject opens a new story.
WINDOW_DAYS = 120
# Features found in more than this share of the articles (once there are 50)
# say nothing about a story ("Regierung", "Österreich" in Austrian news).
COMMON_SHARE = 0.1
COMMON_MIN_ARTICLES = 50
# Candidate stories are looked up through an article's LOOKUP_FEATURES
# heaviest features, and only those held by at most MAX_POSTINGS open
# stories (rarer features decide anyway); the best CANDIDATES by partial
# score are then compared in full. This bounds the work per article, so a
# pile's clustering time grows linearly: 4.6 s for 10,000 synthetic
# articles, 77 s for 100,000 (benchmarks/README_scale.md). On 10kGNAD,
# 20 features and 200 stories gave the same stories.
LOOKUP_FEATURES = 10
MAX_POSTINGS = 50
CANDIDATES = 12
# An index list is swept of finished stories once it reaches this length,
# then each time it has doubled.
SWEEP_FROM = 8
LABEL_ENTITIES = 3
LABEL_TERMS = 2
STORY_ENTITIES = 5
MIN_ARTICLES = 2

_NOUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜa-zäöüß]+)*(?![\w-])")
_OPENERS = "\"'„“‚‘«»›‹(–- "


class _Story:
    """A story while it is being grown: members, centroid (the sum of the
    members' vectors) and its squared norm, and the latest member's date.
    Mutable on purpose: it lives only inside ``cluster``."""

    __slots__ = ("members", "centroid", "norm2", "last")

    def __init__(self) -> None:
        self.members: list[str] = []
        self.centroid: dict[str, float] = {}
        self.norm2 = 0.0
        self.last: date | None = None

    def add(self, article_id: str, vector: dict[str, float], day: date | None) -> list[str]:
        """Add an article; return the features new to the centroid."""
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


def article_features(article: Article, analysis: Analysis | None, entity_of: dict[tuple[str, int], str]) -> Counter:
    """Raw counts of an article's features: ``e:<entity id>`` and ``t:<noun>``."""
    counts: Counter = Counter()
    text = article.text
    if analysis is not None:
        for i, m in enumerate(analysis.mentions):
            entity = entity_of.get((article.id, i))
            if entity:
                counts["e:" + entity] += 1
        text = _blank(text, [(m.start, m.end) for m in analysis.mentions])
        starts = {s.start for s in analysis.sentences}
    else:
        starts = set()
    starts.add(0)
    for m in _NOUN.finditer(text):
        if not _sentence_initial(text, m.start(), starts):
            counts["t:" + m.group()] += 1
    if article.title:
        for m in _NOUN.finditer(article.title):
            if not _sentence_initial(article.title, m.start(), {0}):
                counts["t:" + m.group()] += 1
    return counts


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with the given spans replaced by spaces (offsets kept)."""
    parts, pos = [], 0
    for start, end in sorted(spans):
        if start < pos:
            start = pos
        if end <= start:
            continue
        parts.append(text[pos:start])
        parts.append(" " * (end - start))
        pos = end
    parts.append(text[pos:])
    return "".join(parts)


def _sentence_initial(text: str, pos: int, starts: set[int]) -> bool:
    """Whether the word at ``pos`` is the first of its sentence (opening
    quotes and dashes skipped), where any word is capitalized."""
    i = pos
    while i > 0 and text[i - 1] in _OPENERS:
        i -= 1
        if i in starts:
            return True
    return pos in starts or i == 0 or text[i - 1] in ".!?:"


def weigh(counts: dict[str, Counter], n_docs: int) -> dict[str, dict[str, float]]:
    """tf-idf vectors (sublinear tf), cut to the ``TOP_FEATURES`` heaviest
    features shared with another article, and L2-normalized."""
    df: Counter = Counter()
    for c in counts.values():
        df.update(c.keys())
    cap = COMMON_SHARE * n_docs if n_docs >= COMMON_MIN_ARTICLES else n_docs
    idf = {f: math.log((1 + n_docs) / (1 + d)) + 1 for f, d in df.items() if 2 <= d <= cap}
    vectors = {}
    for article_id, c in counts.items():
        weights = {f: (1 + math.log(n)) * idf[f] * (ENTITY_WEIGHT if f[0] == "e" else 1.0)
                   for f, n in c.items() if f in idf}
        top = sorted(weights.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_FEATURES]
        norm = math.sqrt(sum(w * w for _, w in top))
        vectors[article_id] = {f: w / norm for f, w in top} if norm else {}
    return vectors


def cluster(vectors: dict[str, dict[str, float]], order: list[str],
            days: dict[str, date | None]) -> list[_Story]:
    """Grow stories by assigning each article, in ``order``, to the most
    similar story centroid found through a feature index.

    Dated articles come first, in date order, and look stories up in an
    index that sheds stories once they are over (last article more than
    ``WINDOW_DAYS`` before). Undated articles, taken last, may join any
    story and use an index of all of them."""
    stories: list[_Story] = []
    open_index = _OpenIndex(stories)
    full_index: dict[str, list[int]] = defaultdict(list)
    for article_id in order:
        vector = vectors.get(article_id, {})
        day = days.get(article_id)
        held = functools.partial(open_index.get, day=day) if day is not None else full_index.get
        best = _best_story(vector, day, stories, held)
        if best is None:
            best = len(stories)
            stories.append(_Story())
        for f in stories[best].add(article_id, vector, day):
            open_index.lists[f].append(best)
            full_index[f].append(best)
    return stories


class _OpenIndex:
    """Feature to stories not yet over. A list is swept of finished stories
    each time it has doubled since its last sweep, so sweeping costs no more
    than the appends did; a story over on one day is over on every later one."""

    def __init__(self, stories: list[_Story]) -> None:
        self.stories = stories
        self.lists: dict[str, list[int]] = defaultdict(list)
        self.swept: dict[str, int] = {}

    def get(self, feature: str, day: date) -> list[int] | None:
        held = self.lists.get(feature)
        if held and len(held) >= 2 * self.swept.get(feature, SWEEP_FROM):
            held[:] = [s for s in held if not _over(self.stories[s], day)]
            self.swept[feature] = max(len(held), SWEEP_FROM)
        return held


def _over(story: _Story, day: date | None) -> bool:
    return day is not None and story.last is not None and (day - story.last).days > WINDOW_DAYS


def _best_story(vector: dict[str, float], day: date | None, stories: list[_Story], held_by) -> int | None:
    partial: Counter = Counter()
    for f, w in itertools.islice(vector.items(), LOOKUP_FEATURES):  # the heaviest ones
        held = held_by(f)
        if held and len(held) <= MAX_POSTINGS:
            for s in held:
                if not _over(stories[s], day):
                    partial[s] += w * stories[s].centroid[f]
    best, best_score = None, JOIN_SIMILARITY
    for s, _ in heapq.nlargest(CANDIDATES, partial.items(), key=lambda kv: (kv[1], -kv[0])):
        story = stories[s]
        if not _shares_enough(vector, story.centroid):
            continue
        score = story.cosine(vector)
        if score >= best_score:
            if score > best_score or best is None or s < best:
                best, best_score = s, score
    return best


def _shares_enough(vector: dict[str, float], centroid: dict[str, float]) -> bool:
    """An article must share both who (entities) and what (nouns) with a story."""
    entities = terms = 0
    for f in vector:
        if f in centroid:
            if f[0] == "e":
                entities += 1
            else:
                terms += 1
    return entities >= MIN_SHARED_ENTITIES and terms >= MIN_SHARED_TERMS


def _day(published: str | None) -> date | None:
    try:
        return date.fromisoformat(published[:10]) if published else None
    except ValueError:
        return None


def story_rows(articles: dict[str, Article], analyses, index, duplicate_of: dict[str, str]):
    """Story rows for the export, and the story of each article in one."""
    by_id = {a.article_id: a for a in analyses}
    originals = sorted(a for a in articles if a not in duplicate_of)
    counts = {a: article_features(articles[a], by_id.get(a), index.of_mention) for a in originals}
    vectors = weigh(counts, len(originals))
    days = {a: _day(articles[a].published) for a in originals}
    order = sorted(originals, key=lambda a: (days[a] or date.max, a))
    stories = cluster(vectors, order, days)

    story_of_original = {a: i for i, s in enumerate(stories) for a in s.members}
    groups: dict[int, list[str]] = defaultdict(list)
    for a in sorted(articles):
        root = a
        while root in duplicate_of and duplicate_of[root] in articles:
            root = duplicate_of[root]
        if root in story_of_original:
            groups[story_of_original[root]].append(a)
    names = {e.id: e.name for e in index.entities}
    rows, story_of = [], {}
    for i, group in sorted(groups.items()):
        if len(group) < MIN_ARTICLES:
            continue
        row = _row(group, stories[i], articles, names)
        rows.append(row)
        for a in group:
            story_of[a] = row["id"]
    rows.sort(key=lambda r: (r["first"] or "9999", r["id"]))
    return rows, story_of


def _row(group: list[str], story: _Story, articles: dict[str, Article], names: dict[str, str]) -> dict:
    ranked = [f for f, _ in sorted(story.centroid.items(), key=lambda kv: (-kv[1], kv[0]))]
    entities = [f[2:] for f in ranked if f.startswith("e:") and f[2:] in names]
    terms = [f[2:] for f in ranked if f.startswith("t:")]
    label_parts = [names[e] for e in entities[:LABEL_ENTITIES]]
    label_parts += [t for t in terms if not any(t in p for p in label_parts)][:LABEL_TERMS]
    dates = sorted(articles[a].published[:10] for a in group if articles[a].published)
    return {
        "id": content_id("story", *group),
        "label": ", ".join(label_parts) or "story",
        "articles": group,
        "first": dates[0] if dates else None,
        "last": dates[-1] if dates else None,
        "entities": entities[:STORY_ENTITIES],
    }
