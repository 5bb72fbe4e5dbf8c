"""Story clusters: articles about the same developing story.

1. Each article becomes a short weighted vector of what it is about: its
   names (persons by surname, other names by their key: ``story_key``) and
   its nouns (capitalized words that neither start a sentence nor lie inside
   a name; German capitalizes every noun). Both come from the article alone,
   so an article's features never change when others arrive.
2. Articles are folded in date order (undated ones last, then by id), each
   reading only the articles before it, as first-story detection does (Allan
   et al. 1998, "incremental IDF"): document frequencies count the articles
   folded so far; the article's vector keeps its ``TOP_FEATURES`` heaviest
   features seen in an earlier article; it joins the story it is most
   similar to, when the cosine with the story's features (weighted by the
   IDF of that moment) reaches ``JOIN_SIMILARITY``, it shares a name and a
   noun with the story, and the story's last article is at most
   ``WINDOW_DAYS`` older; otherwise it opens a new story.
3. Near-duplicates join their original's story; a story needs two articles.

Since no decision looks ahead, a build that adds articles published after
every folded one resumes the fold from its kept state (``StoryFold``) and
gets what a fold of the whole pile gives. Comparing with a story's summed
features, not with its closest member, keeps a big pile from chaining into
one giant cluster; candidate stories come from an index from feature to
stories, never from all pairs.
"""
from __future__ import annotations

import heapq
import hashlib
import itertools
import json
import math
import re
from collections import Counter, defaultdict
from collections.abc import Mapping
from datetime import date, timedelta

from chronik.ids import content_id
from chronik.lang.de.names import NameRules
from chronik.link.entities import name_words, spelling_key
from chronik.link.texts import in_order, texts_of
from chronik.records import Analysis, Article

# The settings below were chosen together on the 1,028 10kGNAD test articles
# (section purity and 51 hand-checked articles in 15 stories, see
# benchmarks/stories_quality.py) and checked on the judged SmartData stories
# (benchmarks/stories_online.py --dated); tune them as a set.
# Features kept per article: 15 loses recall, 30 lets noise words join
# unrelated articles.
TOP_FEATURES = 20
# Names weigh this much more than nouns: 1.0 splits stories told with
# different words, 2.0 groups whole topics ("China", "Syrien").
ENTITY_WEIGHT = 1.5
# An article joins a story only when it shares at least this many names
# and nouns with it: who and what must both match, not just one strong name.
MIN_SHARED_ENTITIES = 1
MIN_SHARED_TERMS = 1
# Cosine between an article and a story from which the article joins the
# story (0.15: more recall, less purity; 0.25: the reverse).
JOIN_SIMILARITY = 0.2
# A story with no new article for this long is over; a new article on the
# same subject opens a new story.
WINDOW_DAYS = 120
# Features found in more than this share of the articles folded so far
# (once there are 50) say nothing about a story ("Regierung", "Österreich"
# in Austrian news).
COMMON_SHARE = 0.1
COMMON_MIN_ARTICLES = 50
# Candidate stories are looked up through an article's LOOKUP_FEATURES
# heaviest features, among the last MAX_POSTINGS stories that took each;
# the best CANDIDATES by partial score are then compared in full. This
# bounds the work per article.
LOOKUP_FEATURES = 10
MAX_POSTINGS = 50
CANDIDATES = 12
# Features each member leaves in its story (its heaviest at that moment).
KEPT_PER_MEMBER = 20
LABEL_ENTITIES = 3
LABEL_TERMS = 2
STORY_ENTITIES = 5
MIN_ARTICLES = 2

_NOUN = re.compile(r"(?<![\w-])[A-ZÄÖÜ][a-zäöüß]{3,}(?:-[A-ZÄÖÜa-zäöüß]+)*(?![\w-])")
_OPENERS = "\"'„“‚‘«»›‹(–- "
# The kind of kept record that holds the fold as it stood before the last
# RESUME_DAYS days of its pile; raise FOLD_VERSION when what it holds changes.
FOLD_KIND = "story_fold"
FOLD_VERSION = 3
RESUME_DAYS = 3


class _Story:
    """A story while it is being grown: members, their summed kept features
    (normalized term frequencies) and the latest member's date. Mutable on
    purpose: it lives only inside a ``StoryFold``."""

    __slots__ = ("members", "tf", "last")

    def __init__(self) -> None:
        self.members: list[str] = []
        self.tf: dict[str, float] = {}
        self.last: date | None = None


class StoryFold:
    """Stories folded article by article; each decision reads only what came
    before it, so the fold can stop, be kept (``as_record``) and resume."""

    def __init__(self) -> None:
        self.df: Counter = Counter()
        self.folded = 0
        self.stories: list[_Story] = []
        self.postings: dict[str, list[int]] = defaultdict(list)
        self.since: str | None = None  # a kept fold: every dated article published before this day

    def add(self, article_id: str, counts: Counter, day: date | None) -> int:
        """Fold one article in; return the index of the story it joined or opened."""
        n = self.folded + 1
        df = self.df
        cap = COMMON_SHARE * n if n >= COMMON_MIN_ARTICLES else n

        def idf(f: str, own: int = 1) -> float:
            return math.log((1 + n) / (1 + df[f] + own)) + 1

        tf = {f: (1 + math.log(k)) * (ENTITY_WEIGHT if f[0] == "e" else 1.0) for f, k in counts.items()}
        seen = {f: t * idf(f) for f, t in tf.items() if df[f] >= 1 and df[f] + 1 <= cap}
        top = sorted(seen.items(), key=lambda kv: (-kv[1], kv[0]))[:TOP_FEATURES]
        norm = math.sqrt(sum(w * w for _, w in top))
        vector = {f: w / norm for f, w in top} if norm else {}
        best = self._best_story(vector, day, idf, cap)
        if best is None:
            best = len(self.stories)
            self.stories.append(_Story())
        story = self.stories[best]
        story.members.append(article_id)
        if day is not None and (story.last is None or day > story.last):
            story.last = day
        own = sorted(((f, t * idf(f)) for f, t in tf.items() if df[f] + 1 <= cap), key=lambda kv: (-kv[1], kv[0]))
        kept = own[:KEPT_PER_MEMBER]
        length = math.sqrt(sum(tf[f] ** 2 for f, _ in kept)) or 1.0
        for f, _ in kept:
            if f not in story.tf:
                self.postings[f].append(best)
                story.tf[f] = 0.0
            story.tf[f] += tf[f] / length
        df.update(counts.keys())
        self.folded = n
        return best

    def _best_story(self, vector: dict[str, float], day: date | None, idf, cap: float) -> int | None:
        partial: Counter = Counter()
        for f, w in itertools.islice(vector.items(), LOOKUP_FEATURES):  # the heaviest ones
            for s in self.postings.get(f, ())[-MAX_POSTINGS:]:
                story = self.stories[s]
                if not _over(story, day):
                    partial[s] += w * story.tf[f] * idf(f)
        best, best_score = None, JOIN_SIMILARITY
        for s, _ in heapq.nlargest(CANDIDATES, partial.items(), key=lambda kv: (kv[1], -kv[0])):
            story = self.stories[s]
            if not _shares_enough(vector, story.tf):
                continue
            weights = {f: t * idf(f, 0) for f, t in story.tf.items() if self.df[f] + 1 <= cap}
            length = math.sqrt(sum(w * w for w in weights.values()))
            score = sum(w * weights.get(f, 0.0) for f, w in vector.items()) / length if length else 0.0
            if score >= best_score and (score > best_score or best is None or s < best):
                best, best_score = s, score
        return best

    def as_record(self, stamp: str, since: str | None = None) -> dict:
        """The fold as a kept record, a copy the fold can go on from. Floats
        round-trip exactly through JSON; a story's features are kept as pairs,
        in the order they came, since the store writes objects with sorted keys
        and sums in another order could differ in the last bit."""
        return {"id": "last", "version": FOLD_VERSION, "stamp": stamp, "folded": self.folded,
                "since": since, "df": dict(self.df),
                "stories": [[list(s.members), list(map(list, s.tf.items())), s.last.isoformat() if s.last else None]
                            for s in self.stories],
                "postings": {f: list(held) for f, held in self.postings.items()}}

    @classmethod
    def from_record(cls, record: dict) -> StoryFold:
        fold = cls()
        fold.df = Counter(record["df"])
        fold.folded = record["folded"]
        fold.since = record["since"]
        for members, tf, last in record["stories"]:
            story = _Story()
            story.members, story.tf = list(members), dict(map(tuple, tf))
            story.last = date.fromisoformat(last) if last else None
            fold.stories.append(story)
        fold.postings = defaultdict(list, {f: list(s) for f, s in record["postings"].items()})
        return fold

    def members(self) -> set[str]:
        return {a for s in self.stories for a in s.members}


def story_key(words: tuple[str, ...], label: str, full_names: dict[str, set[tuple[str, ...]]]) -> str:
    """What a name mention (its name key's words) stands for in a story's
    features: a person by surname, anything else by its key. A one-word person
    mention is the article's one fuller name holding that word ("Kim" in an
    article on "Kim Jong Un"). Read off the article alone, unlike the entity
    linker's groups, which later articles can regroup. (Undoing the genitive
    of places and bodies as well as of persons, "Nordkoreas", joined more
    unrelated 10kGNAD articles: hand-checked pair precision 0.855 -> 0.810.)"""
    if label != "PER":
        return f"{label} {' '.join(words)}"
    if len(words) == 1:
        fuller = full_names.get(words[0])
        if fuller and len(fuller) == 1:
            words = next(iter(fuller))
    return f"PER {words[-1]}"


def article_features(article: Article, analysis: Analysis | None, rules: NameRules, *,
                     name_keys: list[str | None] | None = None, text: str | None = None) -> Counter:
    """Raw counts of an article's features: ``e:<story key>`` for names and
    ``t:<noun>`` for nouns. ``name_keys`` replaces the story keys of the
    analysis's mentions (a benchmark compares other keys); ``text`` is the
    article's text where ``article`` comes without it (``ArticleMeta``)."""
    counts: Counter = Counter()
    text = article.text if text is None else text
    if analysis is not None:
        for key in _mention_keys(analysis, rules) if name_keys is None else name_keys:
            if key:
                counts["e:" + key] += 1
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


def _mention_keys(analysis: Analysis, rules: NameRules) -> list[str | None]:
    """The story key of each mention (None for MISC: works, events, adjectives)."""
    plain = [name_words(m.text, rules) if m.label != "MISC" else () for m in analysis.mentions]
    surnames = {words[-1] for m, words in zip(analysis.mentions, plain) if m.label == "PER" and words}
    keys = [spelling_key(_uninflected(words, surnames) if m.label == "PER" else words, rules)
            for m, words in zip(analysis.mentions, plain)]
    full_names: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    for m, words in zip(analysis.mentions, keys):
        if m.label == "PER" and len(words) > 1:
            for word in words:
                full_names[word].add(words)
    return [story_key(words, m.label, full_names) if words else None for m, words in zip(analysis.mentions, keys)]


def _uninflected(words: tuple[str, ...], surnames: set[str]) -> tuple[str, ...]:
    """A person's name with a genitive "s" off its surname when the article
    has the bare surname ("Putins")."""
    last = words[-1] if words else ""
    if last[-1:] in ("s", "'") and last[:-1] in surnames:
        return words[:-1] + (last[:-1],)
    return words


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


def _over(story: _Story, day: date | None) -> bool:
    return day is not None and story.last is not None and (day - story.last).days > WINDOW_DAYS


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


def fold_stamp(code: str) -> str:
    """What a kept fold depends on besides the articles: the linking code
    and analyses (``code``) and this fold's settings."""
    settings = {k: v for k, v in globals().items() if k.isupper() and isinstance(v, (int, float, str))}
    return hashlib.sha256(json.dumps([code, settings], sort_keys=True).encode()).hexdigest()


def story_rows(articles: dict[str, Article], analyses, index, duplicate_of: dict[str, str], rules: NameRules,
               kept: dict | None = None, stamp: str | None = None, *, texts: Mapping[str, str] | None = None):
    """Story rows for the export, the story of each article in one, and the
    fold to keep (None without ``stamp``).

    The kept fold holds every dated article published before the last
    ``RESUME_DAYS`` days of the pile (``since``), so that articles arriving
    late by up to that much (feeds polled one after another, a day's
    articles in any order) still resume it. With ``kept`` (the record of an
    earlier fold by the same ``stamp``) the fold resumes when that is exact:
    every article it folded is still an original, and every other dated
    article is published on or after its ``since``. Else all originals are
    folded again. ``texts``: see ``chronik.link.texts``."""
    by_id = {a.article_id: a for a in analyses}
    originals = sorted(a for a in articles if a not in duplicate_of)
    days = {a: _day(articles[a].published) for a in originals}
    dated = sorted((a for a in originals if days[a] is not None), key=lambda a: (days[a], a))
    undated = [a for a in originals if days[a] is None]
    fold, done = _resumable(kept, stamp, set(originals))
    todo = [a for a in dated if a not in done]
    if todo and fold.since and days[todo[0]] < date.fromisoformat(fold.since):  # back-dated beyond: fold anew
        fold, todo = StoryFold(), dated
    since = days[dated[-1]] - timedelta(days=RESUME_DAYS) if dated else None
    texts = in_order(texts_of(articles, texts), todo + undated)
    record = None
    for a in todo:
        if record is None and stamp is not None and days[a] >= since:
            record = fold.as_record(stamp, since.isoformat())
        fold.add(a, article_features(articles[a], by_id.get(a), rules, text=texts[a]), days[a])
    if record is None and stamp is not None:
        record = fold.as_record(stamp, since.isoformat() if since else None)
    for a in undated:  # folded anew each time, after the dated ones
        fold.add(a, article_features(articles[a], by_id.get(a), rules, text=texts[a]), None)

    story_of_original = {a: i for i, s in enumerate(fold.stories) for a in s.members}
    groups: dict[int, list[str]] = defaultdict(list)
    for a in sorted(articles):
        root = a
        while root in duplicate_of and duplicate_of[root] in articles:
            root = duplicate_of[root]
        if root in story_of_original:
            groups[story_of_original[root]].append(a)
    names = {e.id: e.name for e in index.entities}
    key_of = _entity_keys(index, rules)
    mentioned: dict[str, Counter] = defaultdict(Counter)
    for (a, _), entity in index.of_mention.items():
        mentioned[a][entity] += 1
    rows, story_of = [], {}
    for i, group in sorted(groups.items()):
        if len(group) < MIN_ARTICLES:
            continue
        story = fold.stories[i]
        entity_of_key = _entities_of_keys(story.members, mentioned, key_of)
        row = _row(group, story, fold, entity_of_key, articles, names)
        rows.append(row)
        for a in group:
            story_of[a] = row["id"]
    rows.sort(key=lambda r: (r["first"] or "9999", r["id"]))
    return rows, story_of, record


def _resumable(kept: dict | None, stamp: str | None, originals: set[str]) -> tuple[StoryFold, set[str]]:
    """The kept fold and the articles it holds, when resuming it gives what
    folding all originals gives; else an empty fold."""
    if kept is None or stamp is None or kept.get("version") != FOLD_VERSION or kept.get("stamp") != stamp:
        return StoryFold(), set()
    fold = StoryFold.from_record(kept)
    done = fold.members()
    if not done <= originals:  # an article folded is gone or now a near-duplicate
        return StoryFold(), set()
    return fold, done


def _entities_of_keys(members: list[str], mentioned: dict[str, Counter], key_of: dict[str, str | None]) -> dict[str, str]:
    """Each name feature of a story as the entity of that key its members mention most."""
    counts: dict[str, Counter] = defaultdict(Counter)
    for a in members:
        for entity, n in mentioned.get(a, {}).items():
            key = key_of.get(entity)
            if key:
                counts["e:" + key][entity] += n
    return {f: min(c.items(), key=lambda kv: (-kv[1], kv[0]))[0] for f, c in counts.items()}


def _entity_keys(index, rules: NameRules) -> dict[str, str | None]:
    """The story key of each linked entity's name."""
    keys = {}
    for e in index.entities:
        words = spelling_key(name_words(e.name, rules), rules) if e.type != "MISC" else ()
        keys[e.id] = story_key(words, e.type, {}) if words else None
    return keys


def _row(group: list[str], story: _Story, fold: StoryFold, entity_of_key: dict[str, str],
         articles: dict[str, Article], names: dict[str, str]) -> dict:
    n = fold.folded
    weight = {f: t * (math.log((1 + n) / (1 + fold.df[f])) + 1) for f, t in story.tf.items()}
    ranked = [f for f, _ in sorted(weight.items(), key=lambda kv: (-kv[1], kv[0]))]
    entities = list(dict.fromkeys(entity_of_key[f] for f in ranked if f in entity_of_key
                                  and entity_of_key[f] in names))
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
