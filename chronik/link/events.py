"""Events across documents: every report of one event becomes one ``Event``.

Reports of the same event join when they agree on
* the type family (a meeting and a visit may be the same occasion); events of
  type ``other`` only with the same predicate (``verletzen`` is not ``stehlen``),
* for reports in different articles, and for reports with different
  predicates, a shared participant or place, or the same predicate on the same
  day named in the text in sentences that name the same things (two bare
  happenings are not one because they fit),
* the date: equal, one contains the other (``2025-04`` holds ``2025-04-10``),
  or one undated; a date taken from the publication date (``published``) is
  only an upper bound and meets a text date up to ``JUST_HAPPENED_DAYS`` before,
* the participants: one set contains the other, or one is empty. "Baerbock
  with Wang" and "Baerbock with Li" overlap but neither contains the other:
  two meetings of one trip stay two events,
* the place, for meetings, visits and parades, when both name one,
* within one article, the status (an announced meeting and one that happened
  in the same text are two meetings).

Dated reports are placed first; an undated report then joins the one event it
fits, and stays apart when it fits several (it cannot say which). Output order
and ids do not depend on input order. An event's label, predicate and channel
come from its earliest report (first published, then by article and offset),
so they stay the same when later articles join.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date as _date

from chronik.extract.events import date_range
from chronik.link.partitions import map_partitions
from chronik.link.texts import texts_of
from chronik.records import EventMention

# A report with no date in the text that took the publication date happened
# within this many days before it (news reports what just happened).
JUST_HAPPENED_DAYS = 7
# Two articles that both say "just happened" may be published a day apart.
PUBLISHED_SLACK_DAYS = 1
_FAMILY = {"visit": "meeting"}
_PLACE_TYPES = frozenset({"meeting", "visit", "parade"})
_TYPE_ORDER = ("meeting", "call", "letter", "visit", "agreement", "deployment", "parade", "statement")
_LABEL_NAMES = 4
OTHER = "other"
# The share (Dice) of nouns, names and numbers two sentences of different
# articles must have in common when a verb and a day are all else they share
# (``_tell_alike``); tuned on the SmartData merge draw's tuning half
# (benchmarks/events_merging.py): 0.3 kept every right merge there, 0.4 lost some.
SAME_WORDS_SHARE = 0.3
_WORD = re.compile(r"\w[\w.-]*\w|\w")


@dataclass(frozen=True, slots=True, kw_only=True)
class EventReport:
    """One report of an event in one article, with the linked entity ids."""

    article_id: str
    published: str | None
    mention: EventMention
    participant_ids: tuple[str, ...]
    place_id: str | None
    sentence_text: str
    role_ids: tuple[tuple[str, str], ...] = ()  # (entity id, role), in the order of the mention's roles


@dataclass(frozen=True, slots=True, kw_only=True)
class Event:
    """An event with every article and sentence that reports it."""

    id: str
    type: str
    label: str
    date: str | None
    date_basis: str | None
    status: str
    place: str | None
    participants: tuple[str, ...]
    articles: tuple[str, ...]
    evidence: tuple[tuple[str, str], ...]
    place_id: str | None = None
    roles: tuple[tuple[str, str], ...] = ()  # (entity id, agent / patient / other)
    predicate: str | None = None
    via: str | None = None


def _family(kind: str) -> str:
    return _FAMILY.get(kind, kind)


def _family_of(m: EventMention) -> str:
    """The type family, and for ``other`` the predicate too."""
    family = _family(m.type)
    return f"{family}:{(m.predicate or m.trigger).lower()}" if m.type == OTHER else family


def _day(s: str) -> _date | None:
    try:
        return _date.fromisoformat(s[:10])
    except ValueError:
        return None


def dates_compatible(a: str | None, a_basis: str | None, b: str | None, b_basis: str | None) -> bool:
    """Whether two report dates can name the same day (see module doc)."""
    if a is None or b is None:
        return True
    if a_basis == "published" and b_basis == "published":
        da, db = _day(a), _day(b)
        return bool(da and db and abs((da - db).days) <= PUBLISHED_SLACK_DAYS)
    if a_basis == "published" or b_basis == "published":
        pub, text = (a, b) if a_basis == "published" else (b, a)
        rng = date_range(text)
        dp = _day(pub)
        if not rng or not dp:
            return False
        if rng[0] <= pub[:10] <= rng[1]:
            return True
        end = _day(rng[1]) or _day(rng[1][:8] + "28")
        return bool(end and 0 <= (dp - end).days <= JUST_HAPPENED_DAYS)
    ra, rb = date_range(a), date_range(b)
    if not ra or not rb:
        return a == b
    # one contains the other
    return (ra[0] <= rb[0] and rb[1] <= ra[1]) or (rb[0] <= ra[0] and ra[1] <= rb[1])


class _Cluster:
    __slots__ = ("reports", "family", "ids", "places")

    def __init__(self, report: EventReport):
        self.reports: list[EventReport] = []
        self.family = _family_of(report.mention)
        self.ids: set[str] = set()
        self.places: set[str] = set()
        self.add(report)

    def add(self, r: EventReport) -> None:
        self.reports.append(r)
        self.ids.update(r.participant_ids)
        key = _place_key(r)
        if key:
            self.places.add(key)


def _place_key(r: EventReport) -> str | None:
    return r.place_id or r.mention.place


def _fits(r: EventReport, c: _Cluster) -> bool:
    m = r.mention
    if _family_of(m) != c.family:
        return False
    ids = set(r.participant_ids)
    if ids and c.ids and not (ids <= c.ids or c.ids <= ids):
        return False
    place = _place_key(r)
    if place and c.places and m.type in _PLACE_TYPES and place not in c.places:
        return False
    for o in c.reports:
        om = o.mention
        if not dates_compatible(m.date, m.date_basis, om.date, om.date_basis):
            return False
        if o.article_id == r.article_id and om.status != m.status:
            return False
        if _after_report(m.date, o) or _after_report(om.date, r):
            return False
    if all(o.article_id != r.article_id for o in c.reports) and not _anchored(r, c):
        return False
    if not any(o.mention.predicate == m.predicate for o in c.reports) and not _anchored(r, c):
        return False  # "verletzen" and "stürzen" in one article: two happenings unless they share a party
    if any(_two_verbs_of_one_sentence(r, o) for o in c.reports):
        return False
    return True


def _two_verbs_of_one_sentence(r: EventReport, o: EventReport) -> bool:
    """Two verbs of one sentence with different predicates tell two happenings,
    whoever takes part (``sei in Majdanek eingesetzt worden, bevor er nach
    Sobibór verlegt wurde``); a verb and a noun of one sentence may tell one
    (``bei dem Treffen vereinbarten sie``)."""
    m, om = r.mention, o.mention
    return o.article_id == r.article_id and om.sentence == m.sentence and om.predicate != m.predicate \
        and _verb(m) and _verb(om)


def _verb(m: EventMention) -> bool:
    return bool(m.predicate) and m.predicate[:1].islower()


def _after_report(value: str | None, r: EventReport) -> bool:
    """A happening dated after the day an article that reports it as done was
    published: not the one that article reports."""
    span = date_range(value) if value else None
    return bool(span and r.published and r.mention.status == "happened" and span[0] > r.published[:10])


def _anchored(r: EventReport, c: _Cluster) -> bool:
    """Reports from another article join only on something they share: a
    participant, a place, or the same predicate on the same day in the text."""
    if set(r.participant_ids) & c.ids:
        return True
    place = _place_key(r)
    if place and place in c.places:
        return True
    m = r.mention
    return any(o.mention.date_basis == "text" and m.date_basis == "text" and o.mention.date == m.date
               and (o.mention.predicate or "") == (m.predicate or "") and len(m.date or "") == 10
               and _tell_alike(r.sentence_text, o.sentence_text)
               for o in c.reports)


def _tell_alike(a: str, b: str) -> bool:
    """Whether two sentences name the same things: a good share of their nouns,
    names and numbers in common (German capitalizes every noun). A verb and a
    day are not enough: "fällt aus" on one day is another train in every notice,
    "überschlug sich" on one Sunday another car in every police report."""
    wa, wb = _named_words(a), _named_words(b)
    return bool(wa and wb) and 2 * len(wa & wb) >= SAME_WORDS_SHARE * (len(wa) + len(wb))


def _named_words(sentence: str) -> frozenset[str]:
    return frozenset(w for w in _WORD.findall(sentence) if w[:1].isupper() or any(ch.isdigit() for ch in w))


def _score(r: EventReport, c: _Cluster) -> tuple:
    ids = set(r.participant_ids)
    return (ids == c.ids, len(ids & c.ids), _place_key(r) in c.places)


def _order_key(r: EventReport) -> tuple:
    m = r.mention
    return (r.article_id, m.start, m.end, m.type, m.date or "", r.participant_ids)


def _date_keys(date: str, basis: str | None) -> tuple[list, list]:
    """Keys under which a cluster whose first report has this date is filed,
    and the keys a report with this date looks up: every pair of dates that
    ``dates_compatible`` accepts shares a key (a month, within a month of each
    other for the slack days; the value itself when it names no range)."""
    if basis == "published":
        day = _day(date)
        if day is None:
            return [], []
        month = day.year * 12 + day.month - 1
        return [month], [month - 1, month, month + 1]
    rng = date_range(date)
    if not rng:
        return [("raw", date)], [("raw", date)]
    first, last = (int(d[:4]) * 12 + int(d[5:7]) - 1 for d in rng)
    return list(range(first, last + 1)), list(range(first - 1, last + 2))


def _link_keys(r: EventReport) -> list[tuple]:
    """What a report can share with a cluster that it fits: a participant, a
    place, the same predicate on the same day named in the text (the three
    anchors of ``_anchored``), or its article (an unanchored report fits only a
    cluster that holds a report of its own article)."""
    m = r.mention
    keys: list[tuple] = [("participant", i) for i in r.participant_ids]
    place = _place_key(r)
    if place:
        keys.append(("place", place))
    if m.date_basis == "text" and len(m.date or "") == 10:
        keys.append(("day", m.date, m.predicate or ""))
    keys.append(("article", r.article_id))
    return keys


class _ClusterIndex:
    """Clusters filed under what their reports can share with a new report
    (``_link_keys``), so a report is tested only against clusters it could
    fit: testing every cluster of its type family and months still took 42 s
    of a 125 s link at 10,000 articles. Of those, only clusters of its family
    whose first report's date can be compatible (by the months of
    ``_date_keys``; an undated first report fits any) are candidates."""

    def __init__(self) -> None:
        self.clusters: list[_Cluster] = []
        self.position: dict[int, int] = {}
        self.filed: list[frozenset | None] = []  # date keys of each cluster's first report; None: undated
        self.by_key: dict[tuple, set[int]] = {}

    def add(self, c: _Cluster) -> None:
        position = len(self.clusters)
        self.position[id(c)] = position
        self.clusters.append(c)
        first = c.reports[0].mention
        self.filed.append(None if first.date is None else frozenset(_date_keys(first.date, first.date_basis)[0]))
        for r in c.reports:
            self._file(position, r)

    def join(self, c: _Cluster, r: EventReport) -> None:
        """Add a report to a cluster of the index."""
        c.add(r)
        self._file(self.position[id(c)], r)

    def _file(self, position: int, r: EventReport) -> None:
        for key in _link_keys(r):
            self.by_key.setdefault(key, set()).add(position)

    def candidates(self, r: EventReport) -> list[_Cluster]:
        """In creation order; for a dated report only clusters whose first
        report's date can be compatible."""
        linked: set[int] = set()
        for key in _link_keys(r):
            linked |= self.by_key.get(key, set())
        family = _family_of(r.mention)
        months = None if r.mention.date is None else set(_date_keys(r.mention.date, r.mention.date_basis)[1])
        return [self.clusters[p] for p in sorted(linked)
                if self.clusters[p].family == family
                and (months is None or self.filed[p] is None or not self.filed[p].isdisjoint(months))]


def event_partitions(reports: Iterable[EventReport]) -> dict[str, list[EventReport]]:
    """The reports by what ``merge_events`` merges within: the type family, and for
    ``other`` the predicate (``_family_of``). A report is tested only against
    clusters of its own family (``_ClusterIndex.candidates``, ``_fits``), so reports
    of two parts never meet: merging each part alone and joining the parts
    (``join_events``) gives exactly what merging the whole pile gives. Each part
    keeps the order of ``reports``; the parts come in the order their first report does."""
    parts: dict[str, list[EventReport]] = {}
    for r in reports:
        parts.setdefault(_family_of(r.mention), []).append(r)
    return parts


@dataclass(frozen=True, slots=True)
class MergedPart:
    """The events of one part of ``event_partitions``, in the order their
    clusters formed, with their ids as hashed (``join_events`` makes them unique
    over all parts): for each, the position in the part of the report that
    formed its cluster, and the article and offset of its first report
    (``_order_key``), which tell events of equal ids apart."""

    events: tuple[Event, ...]
    formed_by: tuple[int, ...]
    firsts: tuple[tuple[str, int], ...]


def merge_part(reports: list[EventReport]) -> MergedPart:
    """Merge the reports of one part (one type family; reports of several families
    merge as the whole pile does): dated reports first, then an undated report
    joins the one event it fits (see the module doc)."""
    ordered = sorted(range(len(reports)), key=lambda i: _order_key(reports[i]))
    index = _ClusterIndex()
    formed_by: list[int] = []
    for i in (i for i in ordered if reports[i].mention.date is not None):
        r = reports[i]
        fits = [c for c in index.candidates(r) if _fits(r, c)]
        if fits:
            best = max(fits, key=lambda c: (_score(r, c), -index.position[id(c)]))
            index.join(best, r)
        else:
            index.add(_Cluster(r))
            formed_by.append(i)
    for i in (i for i in ordered if reports[i].mention.date is None):
        r = reports[i]
        fits = [c for c in index.candidates(r) if _fits(r, c)]
        if len(fits) > 1:
            scores = sorted((_score(r, c) for c in fits), reverse=True)
            if scores[0] != scores[1]:
                fits = [max(fits, key=lambda c: _score(r, c))]
        if len(fits) == 1:
            index.join(fits[0], r)
        else:
            index.add(_Cluster(r))
            formed_by.append(i)
    firsts = []
    for c in index.clusters:
        first = min(c.reports, key=_order_key)
        firsts.append((first.article_id, first.mention.start))
    return MergedPart(events=tuple(_event(c) for c in index.clusters), formed_by=tuple(formed_by),
                      firsts=tuple(firsts))


def join_events(parts: dict[str, list[EventReport]], merged: dict[str, MergedPart],
                positions: dict[str, list[int]] | None = None) -> tuple[Event, ...]:
    """The merged parts as one pile: ids made unique over all events
    (``_unique_ids``), ordered by date (undated last), then id. Events of equal
    date and id (rare: undated reports that could not be placed) keep the order
    their clusters formed in over the whole pile: by the report that formed each
    (dated ones first, then by ``_order_key``, then by ``positions``, each
    part's reports' places in the whole input)."""
    events: list[Event] = []
    firsts: list[tuple[str, int]] = []
    formed_by: list[tuple[str, int]] = []
    for key, part in merged.items():
        events.extend(part.events)
        firsts.extend(part.firsts)
        formed_by.extend((key, i) for i in part.formed_by)
    events = _unique_ids(events, firsts)
    order = sorted(range(len(events)), key=lambda n: (events[n].date is None, events[n].date or "", events[n].id))

    def formed(n: int) -> tuple:
        key, i = formed_by[n]
        r = parts[key][i]
        return r.mention.date is None, _order_key(r), positions[key][i] if positions is not None else i

    start = 0
    while start < len(order):
        end = start + 1
        same = (events[order[start]].date, events[order[start]].id)
        while end < len(order) and (events[order[end]].date, events[order[end]].id) == same:
            end += 1
        if end - start > 1:
            order[start:end] = sorted(order[start:end], key=formed)
        start = end
    return tuple(events[n] for n in order)


def merge_events(reports: Iterable[EventReport], executor=None) -> tuple[Event, ...]:
    """One ``Event`` per real event, ordered by date (undated last), then id.

    The pile is merged part by part (``event_partitions``), in this process or on
    ``executor`` (see ``chronik.link.partitions``); the result is the same."""
    reports = list(reports)
    parts: dict[str, list[EventReport]] = {}
    positions: dict[str, list[int]] = {}
    for n, r in enumerate(reports):
        key = _family_of(r.mention)
        parts.setdefault(key, []).append(r)
        positions.setdefault(key, []).append(n)
    merged = map_partitions(merge_part, parts, executor)
    return join_events(parts, merged, positions)


def _best_date(reports: list[EventReport]) -> tuple[str | None, str | None]:
    text = [r.mention.date for r in reports if r.mention.date and r.mention.date_basis == "text"]
    if text:
        # the most specific: a day before a week, a month or season, a year
        def width(v: str) -> tuple:
            rest = v[5:]
            rank = 3 if not rest else 0 if len(rest) == 5 else 1 if rest[1:].isdigit() and rest[0] == "W" else 2
            return rank, v
        best = min(text, key=width)
        # "im September" in one report, the day itself (its publication date)
        # in another: the day is within the month, so it is kept, as a guess.
        within = sorted(r.mention.date for r in reports
                        if r.mention.date and r.mention.date_basis != "text" and r.mention.date.startswith(best)
                        and len(r.mention.date) > len(best))
        return (within[0], "published") if within else (best, "text")
    pub = sorted(r.mention.date for r in reports if r.mention.date)
    if pub:
        return pub[0], "published"
    return None, None


def _name_words(name: str) -> tuple[str, ...]:
    return tuple(w.lower().rstrip("'’") for w in name.replace("-", " ").split())


def _label_names(reports: list[EventReport]) -> list[str]:
    seen: list[str] = []
    for r in reports:
        for n in r.mention.participants:
            if n not in seen:
                seen.append(n)
    keep: list[str] = []
    for n in seen:
        words = set(_name_words(n))
        stripped = {w[:-1] if len(w) > 3 and w.endswith("s") else w for w in words}
        covered = False
        for o in seen:
            if o == n:
                continue
            ow = set(_name_words(o))
            if (words < ow or stripped < ow or (stripped <= ow and words != ow)) and len(o) > len(n):
                covered = True
        if not covered and n not in keep:
            keep.append(n)
    return keep[:_LABEL_NAMES]


def _event(c: _Cluster) -> Event:
    reports = c.reports
    types = Counter(r.mention.type for r in reports)
    kind = min(types, key=lambda t: (-types[t], _TYPE_ORDER.index(t) if t in _TYPE_ORDER else 99, t))
    date, basis = _best_date(reports)
    status = "happened" if any(r.mention.status == "happened" for r in reports) else "announced"
    places = Counter(r.mention.place for r in reports if r.mention.place)
    place = min(places, key=lambda p: (-places[p], p)) if places else None
    place_id = next((r.place_id for r in reports if r.mention.place == place and r.place_id), None)
    participants = tuple(sorted(c.ids))
    first = min(reports, key=_earliest)
    label = first.mention.label
    if not label:
        names = _label_names(reports)
        label = kind + (": " + ", ".join(names) if names else "") + (f" in {place}" if place else "")
    roles: dict[str, str] = {}
    for r in sorted(reports, key=_earliest):
        for entity, role in r.role_ids:
            roles.setdefault(entity, role)
    via = next((r.mention.via for r in sorted(reports, key=_earliest) if r.mention.via), None)
    predicate = first.mention.predicate
    articles = tuple(sorted({r.article_id for r in reports}))
    evidence: list[tuple[str, str]] = []
    for r in sorted(reports, key=_order_key):
        item = (r.article_id, r.sentence_text)
        if item not in evidence:
            evidence.append(item)
    key = "|".join([kind, predicate or "", date or "", ",".join(participants), place_id or place or ""])
    return Event(id=_hash(key), type=kind, label=label, date=date, date_basis=basis, status=status, place=place,
                 participants=participants, articles=articles, evidence=tuple(evidence), place_id=place_id,
                 roles=tuple(sorted(roles.items())), predicate=predicate, via=via)


def _earliest(r: EventReport) -> tuple:
    """First published, then by article and position: the report a label comes from."""
    return (r.published or "9999", r.article_id, r.mention.start, r.mention.end)


def _hash(key: str) -> str:
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def _unique_ids(events: list[Event], firsts: list[tuple[str, int]]) -> list[Event]:
    """Events that share type, date, participants and place (undated reports
    that could not be placed) get their first report (article, offset) added to the key."""
    count = Counter(e.id for e in events)
    out = []
    for e, (article, start) in zip(events, firsts):
        if count[e.id] > 1:
            key = "|".join([e.id, article, str(start)])
            e = Event(**{**{f: getattr(e, f) for f in Event.__dataclass_fields__}, "id": _hash(key)})
        out.append(e)
    return out


# -- export rows ------------------------------------------------------------------------

def article_reports(article, analysis, index, text: str | None = None) -> list[EventReport]:
    """An article's event mentions as reports, in the order of ``analysis.events``
    (review finds them again by that position); ``text``: the article's, where
    ``article`` comes without it."""
    whole = article.text if text is None else text
    said: dict[tuple[int, int], str] = {}  # one string for the events of one sentence
    reports = []
    for ev in analysis.events:
        ids = tuple(dict.fromkeys(
            e for e in (index.resolve(article.id, p) for p in ev.participants) if e))
        role_ids = tuple(dict.fromkeys(
            (e, role) for e, role in ((index.resolve(article.id, name), role) for name, role in ev.roles) if e))
        sentence = analysis.sentences[ev.sentence] if 0 <= ev.sentence < len(analysis.sentences) else None
        span = (sentence.start, sentence.end) if sentence else (ev.start, ev.end)
        if span not in said:
            said[span] = whole[span[0]:span[1]]
        reports.append(EventReport(article_id=article.id, published=article.published, mention=ev,
                                   participant_ids=ids, place_id=index.resolve(article.id, ev.place),
                                   sentence_text=said[span], role_ids=role_ids))
    return reports


def event_reports(articles: dict, analyses, index, *, texts: Mapping[str, str] | None = None) -> list[EventReport]:
    """Every event mention of the analyses as a report, in the order of the analyses
    and of each one's events (``article_reports``); ``texts``: see ``chronik.link.texts``."""
    texts = texts_of(articles, texts)
    return [r for analysis in analyses if analysis.events
            for r in article_reports(articles[analysis.article_id], analysis, index, texts[analysis.article_id])]


def event_rows(articles: dict, analyses, index, executor=None, *,
               texts: Mapping[str, str] | None = None) -> list[dict]:
    """The events of the analyses as export rows; ``executor``: see ``merge_events``;
    ``texts``: see ``chronik.link.texts``."""
    return report_rows(event_reports(articles, analyses, index, texts=texts), executor)


def report_rows(reports: Iterable[EventReport], executor=None) -> list[dict]:
    """The events of ``reports`` merged (``merge_events``), as export rows."""
    rows = []
    for e in merge_events(reports, executor):
        rows.append({
            "id": e.id, "type": e.type, "label": e.label, "date": e.date, "date_basis": e.date_basis,
            "status": e.status, "place": e.place, "participants": list(e.participants),
            "roles": [{"entity": entity, "role": role} for entity, role in e.roles],
            "predicate": e.predicate, "via": e.via, "articles": list(e.articles),
            "evidence": [{"article": a, "sentence": s} for a, s in e.evidence],
        })
    return rows
