"""One entity per real actor: mentions merged within and across articles.

Merging rules, in order:
1. a mention is reduced to its name key: titles, a leading article and a
   trailing legal form dropped ("Die Deutsche Bank AG" = "Deutsche Bank"),
   words lower-cased, hyphens as spaces, known transliterations mapped
   ("Lavrov" = "Lawrow"), and a genitive ending or a declined adjective
   undone when the bare form is also mentioned ("Deutschen Bank");
2. mentions with the same key and type are one entity, and so are keys that
   differ only by transliteration ("Navalny" = "Nawalny", "Zelensky" =
   "Selenskyj"; ``spelling_key``);
3. an acronym the text introduces in brackets after its long form, or the
   other way round ("Bundesamt für Sicherheit in der Informationstechnik
   (BSI)"), is the long form's entity: in that article, and everywhere if the
   corpus gives the acronym only that one long form;
4. a multi-word person name joins the fullest compatible form of the same
   surname: same first name, its initial ("J. Biden") or a short form ("Joe"
   = "Joseph"), and no middle name or initial that contradicts ("Joseph R.
   Biden"; "George W. Bush" and "George H. W. Bush" stay two, and a bare
   "George Bush" with both in sight joins neither); the form is looked for in
   the mention's article first, then in the corpus;
5. a person mention that is the surname part of a fuller name ("Macron",
   "Kramp-Karrenbauer"), or one word that opens one ("Moon"), joins that
   person: in its own article if exactly one such person is there, else in
   the corpus if exactly one is; with two candidates ("Kim Dae Jung", "Kim
   Young Sam") it stays apart;
6. an organisation mention that ends exactly one longer organisation name
   of its article is that organisation there: news names a company or body
   in full once and then by its last, distinctive part ("Deutsche Telekom"
   ... "Telekom", "Galeria Kaufhof" ... "Kaufhof"); only within the article,
   since elsewhere the short form may name another. A name's first words are
   no such part: "Bombardier Transportation", "Imtech Deutschland" are
   subsidiaries of "Bombardier", "Imtech" (on the SmartData tuning half the
   first words merged 20 wrong pairs for 20 right ones); nor is the place in
   a club's or body's name made of an abbreviation and a place ("TSV
   Bisperode", "SV Ried");
7. the type is the majority of the mention labels; the name is the fullest
   form (most words, then most frequent); groups with one name and type are
   one entity. Its id comes from its first mention in publication order, not
   from its name, so that adding later articles keeps it (``entity_id_of``).

Part by part (issue 15). ``entity_partitions`` splits the mentions into parts
that ``link_part`` links alone with exactly the entities of the whole pile
(``join_entities`` puts them together, mentions in the whole pile's order).
The only steps that look at the whole pile at once are done before the split:
the name keys, and rule 1's genitive, which asks whether the bare form is
mentioned anywhere. Every later decision about a mention reads only keys that
share its part, because the parts are the connected components (union-find
over words, no pairwise work) of each key's last word, spelled as rule 2 spells
it (``spelling_key``), joined
* by each acronym pair (rule 3): its two keys, so that every mention of the
  acronym, anywhere, is in the part of every long form it was given;
* within an article, by two persons' names of which one begins the other
  ("Kim" or "Kim Jong" and "Kim Jong Un": rules 4 and 5, which look only at
  persons), the names spelled and an acronym also read as each of its long
  forms (a spelled name is a person's if a key spelled so has the type PER:
  the type of a key's spelling head is its own, rule 2 joins one type);
* by a person name of three words or more, for the names its filters ask
  about: the runs of it that are persons' names with the rest of it and the
  rest's single words (``_holds_another``), and the surname of other persons
  that an inner word may be (``_runs_two_together``).
All else compares keys with one last word: a spelling variant (same spelled
key), the fuller form of a surname (rule 4, and rule 5 by the surname's run),
an organisation's last part (rule 6). Two groups that end with one name are
one entity (rule 7) only if their mentions share a surface, so a key; an
entity's type, name and id come from its own mentions. Types, the counts
that choose a spelling's head and the corpus's single long form of an
acronym are therefore counted over all mentions of a key within its part.
The parts are small (most of one key: on 10kGNAD's 1,028 test articles half
of them one mention), so ``link_entities`` links them gathered
into parts of ``PART_MENTIONS`` mentions or more, on an executor if given
(``chronik.link.partitions``).
"""
from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import lru_cache, partial
from itertools import product

from chronik.ids import content_id
from chronik.extract.entities import acronym_of
from chronik.lang.de.names import NameRules
from chronik.link.partitions import map_partitions
from chronik.records import Analysis

_SPLIT = re.compile(r"[\s\-‐]+")
_DOUBLE = re.compile(r"(.)\1+")
# Mentions a part of ``link_entities`` holds at least (``entity_partitions``).
PART_MENTIONS = 4096
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜa-zäöü0-9&]{0,2}[A-ZÄÖÜ0-9&][A-ZÄÖÜa-zäöü0-9&]{0,6}")


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
    """The name's key words: lower-case, titles and a leading article
    dropped, a trailing legal form dropped ("Apogenix AG" = "Apogenix")."""
    words = [w for w in _SPLIT.split(surface.strip().lower()) if w]
    titles = _title_words(rules.titles)
    while len(words) > 1 and (words[0].strip(".") in titles or words[0] in rules.leading_articles):
        words = words[1:]
    while len(words) > 1 and words[-1] in rules.legal_forms:
        words = words[:-1]
    return tuple(rules.transliterations.get(w, w) for w in words)


def _strip_genitive(words: tuple[str, ...], known: set[tuple[str, ...]], rules: NameRules) -> tuple[str, ...]:
    """The uninflected form of a name when it is also mentioned: a genitive
    ending off the last word ("Putins", "Wetterdienstes"), declined
    adjectives back to their base ("Deutschen Bank" = "Deutsche Bank")."""
    lasts = [words[-1]] + [words[-1][: -len(e)] for e in rules.genitive_endings
                           if words[-1].endswith(e) and len(words[-1]) > len(e) + 1]
    heads = [words[:-1]]
    if len(words) > 1 and any(w.endswith(e) for w in words[:-1] for e, _ in rules.adjective_endings):
        heads.append(tuple(_adjective_base(w, rules) for w in words[:-1]))
    for n, (head, last) in enumerate(product(heads, lasts)):
        if n and head + (last,) in known:
            return head + (last,)
    return words


def _adjective_base(word: str, rules: NameRules) -> str:
    for ending, base in rules.adjective_endings:
        if word.endswith(ending) and len(word) > len(ending) + 3:
            return word[: -len(ending)] + base
    return word


def spelling_key(words: tuple[str, ...], rules: NameRules) -> tuple[str, ...]:
    """The name with transliteration letter groups reduced to one class each
    and doubled letters collapsed: "Zelensky" and "Selenskyj" share it."""
    return tuple(_spelling(w, rules.transliteration_classes) for w in words)


@lru_cache(maxsize=65536)
def _spelling(word: str, classes: tuple[tuple[str, str], ...]) -> str:
    if len(word) < 5:
        return word  # short words and acronyms ("SSV", "TSV") are spelled as they are
    word = "".join(c for c in unicodedata.normalize("NFKD", word) if not unicodedata.combining(c))
    for group, cls in classes:
        word = word.replace(group, cls)
    return _DOUBLE.sub(r"\1", word)


def _acronym_pairs(analyses: Sequence[Analysis], texts: Mapping[str, str]):
    """(article id, index of the acronym mention, index of the long form) for
    each acronym introduced in brackets next to its long form."""
    out = []
    for a in analyses:
        text = texts.get(a.article_id)
        if not text:
            continue
        ms = a.mentions
        for i in range(len(ms) - 1):
            first, second = ms[i], ms[i + 1]
            between = text[first.end:second.start]
            if between.strip() != "(" or text[second.end:second.end + 2].strip()[:1] != ")":
                continue
            if _ACRONYM.fullmatch(second.text) and acronym_of(second.text, first.text):
                out.append((a.article_id, i + 1, i))  # long form (ACRONYM)
            elif _ACRONYM.fullmatch(first.text) and acronym_of(first.text, second.text):
                out.append((a.article_id, i, i + 1))  # ACRONYM (long form)
    return out


def _first_name_fits(a: str, b: str, rules: NameRules) -> bool:
    """"Joseph" and "Joseph", "J." or "Joe"; "Alexander" and "Alex"."""
    if a == b:
        return True
    short, full = sorted((a.rstrip("."), b.rstrip(".")), key=len)
    if not short or not full:
        return False
    if len(short) == 1:
        return full[0] == short
    if len(short) >= 3 and full.startswith(short):
        return True
    return full in rules.short_forms.get(short, ()) or short in rules.short_forms.get(full, ())


def _middles_fit(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Middle names agree: one side has none, or they match word by word,
    an initial standing for a name ("R." = "Robinette")."""
    if not a or not b:
        return True
    if len(a) != len(b):
        return False
    return all(x.rstrip(".")[:1] == y.rstrip(".")[:1] and (x == y or _is_initial(x) or _is_initial(y))
               for x, y in zip(a, b))


def _is_initial(word: str) -> bool:
    return len(word.rstrip(".")) == 1


def same_person_name(a: tuple[str, ...], b: tuple[str, ...], rules: NameRules) -> bool:
    """Two multi-word keys can name one person: the same surname, fitting
    first names and no contradicting middle names."""
    if len(a) < 2 or len(b) < 2 or a[-1] != b[-1]:
        return False
    return _first_name_fits(a[0], b[0], rules) and _middles_fit(a[1:-1], b[1:-1])


def _fullness(k: tuple[str, ...]) -> tuple:
    """Most informative first: more words, fewer initials, longer words."""
    return (-len(k), sum(_is_initial(w) for w in k), -sum(len(w) for w in k), k)


def entity_id_of(first: tuple[str, int], etype: str) -> str:
    """An entity's id: its first mention (article id, mention index) and type.
    Not its name: the name is the fullest form over the whole pile and changes
    when an article brings a fuller one; the first mention, in publication
    order, stays when later articles are added, and so do the rows that
    refer to it (what an incremental link needs, issue 15)."""
    return content_id("entity", first[0], str(first[1]), etype)


@dataclass(frozen=True, slots=True)
class EntityPart:
    """One part of ``entity_partitions``: its mentions in (article id, index)
    order, each with its surface, label and name key (the genitive already
    undone over the whole pile), the acronym pairs of those mentions
    (``_acronym_pairs``, in the pile's order) and the publication order of
    their articles (None: by article id)."""

    refs: tuple[tuple[str, int], ...]
    texts: tuple[str, ...]
    labels: tuple[str, ...]
    keys: tuple[tuple[str, ...], ...]
    pairs: tuple[tuple[str, int, int], ...] = ()
    order: dict | None = None

    def __len__(self) -> int:
        return len(self.refs)


@dataclass(frozen=True, slots=True)
class LinkedPart:
    """The entities of one part, each with its mentions in order and their surfaces."""

    entities: tuple[Entity, ...]
    members: tuple[tuple[tuple[str, int], ...], ...]
    surfaces: tuple[tuple[str, ...], ...]


def link_entities(analyses: Sequence[Analysis], rules: NameRules,
                  texts: Mapping[str, str] | None = None,
                  order: Mapping[str, object] | None = None, executor=None) -> EntityIndex:
    """Entities of ``analyses``; ``texts`` (article id -> text) lets acronyms
    introduced in brackets join their long forms; ``order`` (article id ->
    sort key, the publication order) says which mention is an entity's first
    (default: by article id).

    The pile is linked part by part (``entity_partitions``), in this process or
    on ``executor`` (see ``chronik.link.partitions``); the result is the same."""
    parts = entity_partitions(analyses, rules, texts, order, PART_MENTIONS)
    linked = map_partitions(partial(link_part, rules=rules), parts, executor)
    return join_entities(linked.values())


def entity_partitions(analyses: Sequence[Analysis], rules: NameRules,
                      texts: Mapping[str, str] | None = None,
                      order: Mapping[str, object] | None = None, size: int = 1) -> dict[str, EntityPart]:
    """The mentions in parts that ``link_part`` links alone with exactly the
    result of the whole pile (see the module doc): the connected components of
    the name keys' spelled last words, joined by acronym pairs, by names of one
    article that begin others, and by person names that may hold or run
    together other persons' names. With ``size``, components follow each other
    in a part (in the order of their first mentions) until it holds ``size``
    mentions or more: any components together link as they do apart, and most
    are tiny (half of them one mention), where linking each alone would cost
    more than linking it. Each part is keyed by the last word of its first
    mention's key (no two parts share one); the parts come in the order of
    their first mention."""
    analyses = sorted(analyses, key=lambda a: a.article_id)
    refs: list[tuple[str, int]] = []
    surfaces: list[str] = []
    labels: list[str] = []
    raw: list[tuple[str, ...]] = []
    words_of: dict[str, tuple[str, ...]] = {}
    for a in analyses:
        for i, m in enumerate(a.mentions):
            words = words_of.get(m.text)
            if words is None:
                words = words_of[m.text] = name_words(m.text, rules)
            if words:
                refs.append((a.article_id, i))
                surfaces.append(m.text)
                labels.append(m.label)
                raw.append(words)
    known = set(raw)
    stripped = {w: _strip_genitive(w, known, rules) for w in known}
    keys = [stripped[w] for w in raw]
    key_of = dict(zip(refs, keys))

    counts: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for k, label in zip(keys, labels):
        counts[k][label] += 1
    spelled = {k: spelling_key(k, rules) for k in counts}
    node = {k: sp[-1] for k, sp in spelled.items()}
    parent: dict[str, str] = {}

    def find(x: str) -> str:
        root = x
        while parent.get(root, root) != root:
            root = parent[root]
        while x != root:
            parent[x], x = root, parent[x]
        return root

    def union(x: str, y: str) -> None:
        x, y = find(x), find(y)
        if x != y:
            parent[max(x, y)] = min(x, y)

    # an acronym and its long form; what the acronym may stand for elsewhere
    pairs = []
    longs: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for article_id, short_i, long_i in _acronym_pairs(analyses, texts or {}):
        short_k, long_k = key_of.get((article_id, short_i)), key_of.get((article_id, long_i))
        if short_k and long_k:
            pairs.append((article_id, short_i, long_i))
            union(node[short_k], node[long_k])
            longs[spelled[short_k]].add(spelled[long_k])
    # persons' names of one article of which one begins another ("Kim Jong" ... "Kim Jong Un", "Kim"),
    # spelled, an acronym read as each of its long forms; a spelling is a person's if one key spelled so is
    type_of = {k: max(sorted(c), key=lambda lab: c[lab]) for k, c in counts.items()}
    persons = {k for k, t in type_of.items() if t == "PER" and len(k) > 1}
    person_spellings = {spelled[k] for k, t in type_of.items() if t == "PER"}
    start = 0
    while start < len(refs):
        end = start
        names: set[tuple[str, ...]] = set()
        while end < len(refs) and refs[end][0] == refs[start][0]:
            sp = spelled[keys[end]]
            names.add(sp)
            names.update(longs.get(sp, ()))
            end += 1
        for sp in names:
            if len(sp) > 1 and sp in person_spellings:
                for width in range(1, len(sp)):
                    if sp[:width] in names and sp[:width] in person_spellings:
                        union(sp[-1], sp[width - 1])
        start = end
    # person names of three words and more that hold or run together other persons' names
    # (``_holds_another``, ``_runs_two_together``)
    surnames = {k[-1] for k in persons}
    for k in persons:
        if len(k) < 3:
            continue
        for width in range(2, len(k)):
            for i in range(len(k) - width + 1):
                options = [(w, w[:-1]) if w.endswith("s") else (w,) for w in k[i:i + width]]
                runs = [run for run in product(*options) if run in persons]
                if runs:
                    rest = k[:i] + k[i + width:]
                    for other in runs + [rest] + [(w,) for w in rest]:
                        if other in node:
                            union(node[k], node[other])
        for i in range(1, len(k) - 1):
            if k[:i] + k[i + 1:] in persons and k[i] in surnames:
                union(node[k], _spelling(k[i], rules.transliteration_classes))

    members: dict[str, list[int]] = {}
    for n, k in enumerate(keys):
        members.setdefault(find(node[k]), []).append(n)
    pairs_of: dict[str, list[int]] = defaultdict(list)
    for p, pair in enumerate(pairs):
        pairs_of[find(node[key_of[pair[:2]]])].append(p)
    # components gathered, in the order of their first mentions, into parts of ``size`` mentions or more
    groups: list[list[str]] = [[]]
    total = 0
    for root, ns in members.items():
        if total >= size:
            groups.append([])
            total = 0
        groups[-1].append(root)
        total += len(ns)
    parts: dict[str, EntityPart] = {}
    for group in groups:
        if not group:
            continue
        ns = members[group[0]] if len(group) == 1 else sorted(n for root in group for n in members[root])
        ps = pairs_of.get(group[0], ()) if len(group) == 1 else sorted(p for root in group
                                                                        for p in pairs_of.get(root, ()))
        parts[keys[members[group[0]][0]][-1]] = EntityPart(
            refs=tuple(refs[n] for n in ns), texts=tuple(surfaces[n] for n in ns),
            labels=tuple(labels[n] for n in ns), keys=tuple(keys[n] for n in ns),
            pairs=tuple(pairs[p] for p in ps),
            order=None if order is None else {a: order[a] for a in sorted({refs[n][0] for n in ns})})
    return parts


def as_one_part(parts: Iterable[EntityPart]) -> EntityPart:
    """Parts of one pile as one part (the whole pile, when all are given)."""
    parts = list(parts)
    rows = sorted((r, t, lab, k) for p in parts for r, t, lab, k in zip(p.refs, p.texts, p.labels, p.keys))
    orders = [p.order for p in parts if p.order is not None]
    return EntityPart(refs=tuple(r[0] for r in rows), texts=tuple(r[1] for r in rows),
                      labels=tuple(r[2] for r in rows), keys=tuple(r[3] for r in rows),
                      pairs=tuple(sorted((q for p in parts for q in p.pairs), key=lambda q: (q[0], min(q[1:])))),
                      order={a: o for d in orders for a, o in d.items()} if orders else None)


def link_part(part: EntityPart, rules: NameRules) -> LinkedPart:
    """The entities of one part of ``entity_partitions`` (rules 2-7 of the module doc)."""
    keys: dict[tuple[str, int], tuple[str, ...]] = dict(zip(part.refs, part.keys))
    text_of = dict(zip(part.refs, part.texts))
    label_of = dict(zip(part.refs, part.labels))

    labels: dict[tuple[str, ...], Counter] = defaultdict(Counter)
    for ref, k in keys.items():
        labels[k][label_of[ref]] += 1
    type_of = {k: max(sorted(c), key=lambda lab: c[lab]) for k, c in labels.items()}

    # Rule 2: keys that differ only by transliteration are one key, the most
    # frequent spelling (then the first in order) standing for the others.
    by_spelling: dict[tuple, list[tuple[str, ...]]] = defaultdict(list)
    for k in sorted(type_of):
        by_spelling[(spelling_key(k, rules), type_of[k])].append(k)
    spelled = {}
    for ks in by_spelling.values():
        head = min(ks, key=lambda k: (-sum(labels[k].values()), k))
        for k in ks:
            spelled[k] = head
    keys = {ref: spelled[k] for ref, k in keys.items()}
    for k, head in spelled.items():
        if k != head:
            labels[head].update(labels.pop(k))
            type_of.pop(k)

    # Rule 3: an acronym introduced next to its long form.
    acronym_local: dict[tuple[str, tuple[str, ...]], tuple[str, ...]] = {}
    long_forms: dict[tuple[str, ...], set[tuple[str, ...]]] = defaultdict(set)
    for article_id, short_i, long_i in part.pairs:
        short_k, long_k = keys.get((article_id, short_i)), keys.get((article_id, long_i))
        if short_k and long_k and short_k != long_k:
            acronym_local[(article_id, short_k)] = long_k
            long_forms[short_k].add(long_k)
    for ref, k in list(keys.items()):
        long_k = acronym_local.get((ref[0], k))
        if long_k is None and len(long_forms.get(k, ())) == 1:
            long_k = next(iter(long_forms[k]))
        if long_k is not None:
            keys[ref] = long_k
    # Rule 4: person name variants join the fullest compatible form. A span
    # that holds another person's full name ("Merkel Angela Scholz", two
    # names run together by the recognizer) is no candidate.
    persons_multi = sorted(k for k, t in type_of.items() if t == "PER" and len(k) > 1)
    known_multi = set(persons_multi)
    persons_multi = [k for k in persons_multi if not _holds_another(k, known_multi, labels)
                     and not _runs_two_together(k, known_multi)]
    by_surname: dict[str, list[tuple[str, ...]]] = defaultdict(list)
    for k in persons_multi:
        by_surname[k[-1]].append(k)
    doc_persons: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    allowed = set(persons_multi)
    for (article_id, _), k in keys.items():
        if k in allowed:
            doc_persons[article_id].add(k)

    def fullest(k: tuple[str, ...], pool) -> tuple[str, ...]:
        """The one fullest form in ``pool`` that ``k`` fits, else ``k``; a
        fuller form that fits two forms which do not fit each other is
        ambiguous."""
        fits = [p for p in pool if p != k and _fullness(p) < _fullness(k) and same_person_name(k, p, rules)]
        tops = [p for p in fits if not any(_fullness(q) < _fullness(p) and same_person_name(p, q, rules)
                                           for q in fits)]
        return tops[0] if len(tops) == 1 else k

    corpus_full = {k: fullest(k, by_surname[k[-1]]) for k in persons_multi}

    def person_target(article_id: str, k: tuple[str, ...]) -> tuple[str, ...]:
        local = [p for p in doc_persons[article_id] if p[-1] == k[-1]]
        found = fullest(k, local)
        if found == k:
            # a name cut short by the tagger ("Kim Jong" beside "Kim Jong Un"):
            # the one longer name of the article that it begins
            longer = {p for p in doc_persons[article_id] if len(p) > len(k) and p[:len(k)] == k}
            if len(longer) == 1:
                return person_target(article_id, longer.pop())
        return found if found != k else corpus_full.get(k, k)

    memo: dict[tuple, tuple[str, ...]] = {}
    by_ending = _names_by_ending(persons_multi)

    def corpus_target(k: tuple[str, ...]) -> tuple[str, ...]:
        """Where ``k`` goes in the corpus: its fullest form (rule 4), else the
        one person whose surname it is (rule 5; never a lone first name)."""
        if ("*", k) not in memo:
            found = corpus_full.get(k, k) if k in allowed else k
            if found == k:
                fuller = {corpus_target(p) for p in by_ending.get(k, ())}
                found = fuller.pop() if len(fuller) == 1 else k
            memo[("*", k)] = found
        return memo[("*", k)]

    doc_orgs: dict[str, set[tuple[str, ...]]] = defaultdict(set)
    surface_of: dict[tuple[str, ...], str] = {}
    for (article_id, i), k in keys.items():
        if type_of.get(k) == "ORG":
            doc_orgs[article_id].add(k)
            surface_of.setdefault(k, text_of[(article_id, i)])

    def named_after_place(p: tuple[str, ...], size: int) -> bool:
        """"TSV Bisperode": the words before the last ``size`` are abbreviations."""
        words = [w for w in _SPLIT.split(surface_of[p].strip()) if w]
        return len(words) > size and all(_ACRONYM.fullmatch(w) for w in words[:-size])

    def org_target(article_id: str, k: tuple[str, ...]) -> tuple[str, ...]:
        """Rule 6: the one longer organisation of the article that ``k`` ends."""
        if (article_id, k) not in memo:
            if sum(len(w) for w in k) < 3:
                memo[(article_id, k)] = k
            else:
                size = len(k)
                longer = {org_target(article_id, p) for p in doc_orgs[article_id]
                          if len(p) > size and p[-size:] == k and not named_after_place(p, size)}
                memo[(article_id, k)] = longer.pop() if len(longer) == 1 else k
        return memo[(article_id, k)]

    def target(article_id: str, k: tuple[str, ...]) -> tuple[str, ...]:
        if type_of.get(k) == "ORG":
            return org_target(article_id, k)
        if type_of.get(k) not in ("PER", None) or (len(k) > 1 and k not in allowed):
            return k
        if (article_id, k) in memo:
            return memo[(article_id, k)]
        found = person_target(article_id, k) if len(k) > 1 else k
        if found == k:
            # Rule 5: a part of a fuller name of the article ("Biden",
            # "Kramp-Karrenbauer"), followed to where that name goes.
            local = {target(article_id, p) for p in doc_persons[article_id] if _part_of(k, p)}
            if len(local) == 1:
                found = local.pop()
            elif not local:
                found = corpus_target(k)
        memo[(article_id, k)] = found
        return found

    groups: dict[tuple[str, ...], list[tuple[str, int]]] = defaultdict(list)
    for ref in sorted(keys):
        groups[target(ref[0], keys[ref])].append(ref)

    # Groups that end with one name and type (e.g. two 'Moon' groups in different
    # articles) are one entity.
    named: dict[tuple[str, str], list[tuple[str, int]]] = defaultdict(list)
    for key, refs in groups.items():
        surfaces = Counter(text_of[r] for r in refs)
        label_count = Counter(label_of[r] for r in refs)
        etype = max(sorted(label_count), key=lambda lab: label_count[lab])
        named[(_canonical_name(surfaces, rules), etype)] += refs
    order = part.order
    first_key = (lambda r: (order[r[0]], r)) if order is not None else (lambda r: r)
    entities, members, texts = [], [], []
    for (name, etype), refs in named.items():
        surfaces = Counter(text_of[r] for r in refs)
        refs = sorted(refs)
        entities.append(Entity(
            id=entity_id_of(min(refs, key=first_key), etype), name=name, type=etype,
            aliases=tuple(sorted(s for s in surfaces if s != name)),
            mentions=len(refs), articles=tuple(sorted({r[0] for r in refs})),
        ))
        members.append(tuple(refs))
        texts.append(tuple(text_of[r] for r in refs))
    return LinkedPart(entities=tuple(entities), members=tuple(members), surfaces=tuple(texts))


def join_entities(linked: Iterable[LinkedPart]) -> EntityIndex:
    """The linked parts as one index: the mentions in the order the whole pile
    gives them (entity by entity, by each one's first mention), the entities
    by mentions, name and id."""
    found = sorted(((m[0], e, m, s) for p in linked for e, m, s in zip(p.entities, p.members, p.surfaces)),
                   key=lambda x: x[0])
    of_mention: dict[tuple[str, int], str] = {}
    of_surface: dict[tuple[str, str], str] = {}
    for _, entity, refs, surfaces in found:
        for r, text in zip(refs, surfaces):
            of_mention[r] = entity.id
            of_surface[(r[0], text)] = entity.id
    entities = sorted((x[1] for x in found), key=lambda e: (-e.mentions, e.name, e.id))
    return EntityIndex(entities=tuple(entities), of_mention=of_mention, of_surface=of_surface)


def _names_by_ending(names: Sequence[tuple[str, ...]]) -> dict[tuple[str, ...], list[tuple[str, ...]]]:
    """Each name under every run of its last words shorter than itself
    ("Kramp Karrenbauer" and "Karrenbauer" for "Annegret Kramp Karrenbauer"):
    the fuller names a surname key can belong to, looked up instead of
    scanning every person name for every key (which grew with the square of
    the names: 45 s of a 125 s link at 10,000 articles)."""
    found: dict[tuple[str, ...], list[tuple[str, ...]]] = defaultdict(list)
    for name in names:
        for size in range(1, len(name)):
            found[name[-size:]].append(name)
    return found


def _part_of(k: tuple[str, ...], name: tuple[str, ...]) -> bool:
    """``k`` is the surname part of ``name`` ("Kramp Karrenbauer" of
    "Annegret Kramp Karrenbauer"), or its first word when one word ("Kim")."""
    if len(name) <= len(k):
        return False
    return name[-len(k):] == k or (len(k) == 1 and name[0] == k[0])


def _holds_another(longer: tuple[str, ...], known: set[tuple[str, ...]], names) -> bool:
    """Whether a shorter name of ``known`` (two words or more) runs inside
    ``longer``, an inflected -s allowed, next to a name of its own ("Putin
    Kim Jong Uns"); a first name before a double surname is none
    ("Annegret Kramp-Karrenbauer"). Looks up each run of ``longer`` instead
    of comparing all pairs of names, which grew quadratically."""
    for size in range(2, len(longer)):
        for i in range(len(longer) - size + 1):
            options = [(w, w[:-1]) if w.endswith("s") else (w,) for w in longer[i:i + size]]
            if any(run in known for run in product(*options)):
                rest = longer[:i] + longer[i + size:]
                if rest in names or any((w,) in names for w in rest):
                    return True
    return False


def _runs_two_together(name: tuple[str, ...], known: set[tuple[str, ...]]) -> bool:
    """A subject and an object named side by side after the verb, read as one
    name ("Im Jahr 2008 warf Lech Kaczyński Wałęsa Spionage vor"): without an
    inner word the name is a known person ("Lech Wałęsa"), and that inner word
    is another person's surname ("Jarosław Kaczyński"). A middle name is no
    one's surname, so "George Herbert Walker Bush" stays one."""
    if len(name) < 3:
        return False
    for i in range(1, len(name) - 1):
        word = name[i]
        if name[:i] + name[i + 1:] in known and any(
                other[-1] == word and other[0] != name[0] for other in known):
            return True
    return False


def _canonical_name(surfaces: Counter, rules: NameRules) -> str:
    """The fullest common form: most name words, then fewest initials
    ("Olaf Scholz", not "O. Scholz"), then most frequent, then the
    uninflected spelling."""
    def score(s: str):
        words = name_words(s, rules)
        genitive = s.endswith(rules.genitive_endings) and len(words) == 1
        # Prefer the spelling of the resources' language ("Lawrow", not "Lavrov").
        foreign = sum(w.lower() in rules.transliterations and rules.transliterations[w.lower()] != w.lower()
                      for w in _SPLIT.split(s))
        initials = sum(_is_initial(w) for w in words)
        return (-len(words), initials, genitive, foreign, -surfaces[s], s)

    return min(surfaces, key=score)
