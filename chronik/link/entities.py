"""One entity per real actor: mentions merged within and across articles.

Merging rules, in order:
1. a mention is reduced to its name key: titles dropped, words lower-cased,
   hyphens as spaces, known transliterations mapped ("Lavrov" = "Lawrow"),
   and a genitive -s dropped when the bare form is also mentioned;
2. mentions with the same key and type are one entity;
3. a one-word person mention ("Macron", "Moon") joins the multi-word person
   whose first or last word it is: in its own article if exactly one such
   person is there, else in the corpus if exactly one is; with two candidates
   ("Kim Dae Jung", "Kim Young Sam") it stays apart;
4. the type is the majority of the mention labels; the name is the fullest
   form (most words, then most frequent).
"""
from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from chronik.ids import content_id
from chronik.lang.de.names import NameRules
from chronik.records import Analysis

_SPLIT = re.compile(r"[\s\-‐]+")


@dataclass(frozen=True, slots=True, kw_only=True)
class Entity:
    id: str
    name: str
    type: str
    aliases: tuple[str, ...]
    mentions: int
    articles: tuple[str, ...]

    def as_dict(self) -> dict:
        return {"id": self.id, "name": self.name, "type": self.type, "aliases": list(self.aliases),
                "mentions": self.mentions, "articles": list(self.articles)}


@dataclass(frozen=True, slots=True, kw_only=True)
class EntityIndex:
    """The entities, and which entity each mention (article id, index) is."""

    entities: tuple[Entity, ...]
    of_mention: dict[tuple[str, int], str]
    of_surface: dict[tuple[str, str], str]

    def resolve(self, article_id: str, surface: str | None) -> str | None:
        """The entity a surface string in an article refers to, if any."""
        if not surface:
            return None
        return self.of_surface.get((article_id, surface))


@lru_cache(maxsize=8)
def _title_words(titles: frozenset[str]) -> frozenset[str]:
    """Titles with and without their dot, built once (not per mention)."""
    return titles | {t.strip(".") for t in titles}


def name_words(surface: str, rules: NameRules) -> tuple[str, ...]:
    words = [w for w in _SPLIT.split(surface.strip().lower()) if w]
    titles = _title_words(rules.titles)
    while len(words) > 1 and words[0].strip(".") in titles:
        words = words[1:]
    return tuple(rules.transliterations.get(w, w) for w in words)


def _strip_genitive(words: tuple[str, ...], known: set[tuple[str, ...]], rules: NameRules) -> tuple[str, ...]:
    last = words[-1]
    for ending in rules.genitive_endings:
        if last.endswith(ending) and len(last) > len(ending) + 1:
            bare = words[:-1] + (last[: -len(ending)],)
            if bare in known:
                return bare
    return words


def link_entities(analyses: Sequence[Analysis], rules: NameRules) -> EntityIndex:
    analyses = sorted(analyses, key=lambda a: a.article_id)
    raw_keys: dict[tuple[str, int], tuple[str, ...]] = {}
    for a in analyses:
        for i, m in enumerate(a.mentions):
            words = name_words(m.text, rules)
            if words:
                raw_keys[(a.article_id, i)] = words
    known = set(raw_keys.values())
    keys = {ref: _strip_genitive(w, known, rules) for ref, w in raw_keys.items()}

    labels: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for a in analyses:
        for i, m in enumerate(a.mentions):
            if (a.article_id, i) in keys:
                labels[keys[(a.article_id, i)]][m.label] += 1
    type_of = {k: max(sorted(c), key=lambda lab: c[lab]) for k, c in labels.items()}

    # Rule 3: one-word persons join a unique multi-word person. A span that
    # holds another person's full name ("Merkel Angela Scholz", two names run
    # together by the recognizer) is no candidate.
    persons_multi = sorted(k for k, t in type_of.items() if t == "PER" and len(k) > 1)
    known_multi = set(persons_multi)
    persons_multi = [k for k in persons_multi if not _holds_another(k, known_multi)]
    by_word: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for k in persons_multi:
        for w in {k[0], k[-1]}:
            by_word[w].append(k)
    doc_persons: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    allowed = set(persons_multi)
    for (article_id, _), k in keys.items():
        if k in allowed:
            doc_persons[article_id].add(k)

    def target(article_id: str, k: tuple[str, ...]) -> tuple[str, ...]:
        if len(k) != 1 or type_of.get(k) not in ("PER", None):
            return k
        local = [p for p in doc_persons[article_id] if k[0] in (p[0], p[-1])]
        if len(local) == 1:
            return local[0]
        if not local and len(by_word.get(k[0], ())) == 1:
            return by_word[k[0]][0]
        return k

    groups: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    for ref in sorted(keys):
        groups[target(ref[0], keys[ref])].append(ref)

    mention_text = {(a.article_id, i): m for a in analyses for i, m in enumerate(a.mentions)}
    entities: list[Entity] = []
    of_mention: dict[tuple[str, int], str] = {}
    of_surface: dict[tuple[str, str], str] = {}
    for key, refs in groups.items():
        surfaces = Counter(mention_text[r].text for r in refs)
        label_count = Counter(mention_text[r].label for r in refs)
        etype = max(sorted(label_count), key=lambda lab: label_count[lab])
        name = _canonical_name(surfaces, rules)
        entity_id = content_id("entity", name, etype)
        entity = Entity(
            id=entity_id, name=name, type=etype,
            aliases=tuple(sorted(s for s in surfaces if s != name)),
            mentions=len(refs), articles=tuple(sorted({r[0] for r in refs})),
        )
        entities.append(entity)
        for r in refs:
            of_mention[r] = entity_id
            of_surface[(r[0], mention_text[r].text)] = entity_id
    entities = _unique_ids(entities)
    entities.sort(key=lambda e: (-e.mentions, e.name, e.id))
    return EntityIndex(entities=tuple(entities), of_mention=of_mention, of_surface=of_surface)


def _holds_another(longer: tuple[str, ...], known: set[tuple[str, ...]]) -> bool:
    """Whether a shorter name of ``known`` (two words or more) runs inside
    ``longer``, an inflected -s allowed. Looks up each run of ``longer``
    instead of comparing all pairs of names, which grew quadratically."""
    for size in range(2, len(longer)):
        for i in range(len(longer) - size + 1):
            options = [(w, w[:-1]) if w.endswith("s") else (w,) for w in longer[i:i + size]]
            if any(run in known for run in product(*options)):
                return True
    return False


def _canonical_name(surfaces: Counter, rules: NameRules) -> str:
    """The fullest common form: most name words, then most frequent, then
    the uninflected spelling."""
    def score(s: str):
        words = name_words(s, rules)
        genitive = s.endswith(rules.genitive_endings) and len(words) == 1
        # Prefer the spelling of the resources' language ("Lawrow", not "Lavrov").
        foreign = sum(w.lower() in rules.transliterations and rules.transliterations[w.lower()] != w.lower()
                      for w in _SPLIT.split(s))
        return (-len(words), genitive, foreign, -surfaces[s], s)

    return min(surfaces, key=score)


def _unique_ids(entities: list[Entity]) -> list[Entity]:
    """Two groups can end with one name and type (e.g. two 'Moon' groups in
    different articles); they are one entity then."""
    merged: dict[str, Entity] = {}
    for e in entities:
        if e.id in merged:
            old = merged[e.id]
            aliases = tuple(sorted(set(old.aliases) | set(e.aliases)))
            merged[e.id] = Entity(id=e.id, name=e.name, type=e.type, aliases=aliases,
                                  mentions=old.mentions + e.mentions,
                                  articles=tuple(sorted(set(old.articles) | set(e.articles))))
        else:
            merged[e.id] = e
    return list(merged.values())
