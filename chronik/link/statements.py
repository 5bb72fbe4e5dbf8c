"""The same statement in several articles is one statement with all of them.

Two reports are one statement when they have the same speaker (the same
entity, else the same name as resolved) and the same kind of message in the
same or other words: equal after normalising, or sharing at least
``SIMILAR_WORDS`` of their content words. Statements are compared only
within one speaker's, never all pairs. A statement that is also a quote
names it (``quote``); one made on an occasion the events stage reported in
the same sentence (a speech, an interview, a letter) names that event.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass

from chronik.ids import content_id
from chronik.link.quotes import quote_key
from chronik.link.texts import in_order, texts_of
from chronik.records import Analysis, Article, Statement

# Share of content words two messages of one speaker must share to be one
# statement (Jaccard over words of four letters or more; a paraphrase by
# another outlet keeps most of the names and nouns).
SIMILAR_WORDS = 0.6
# Event types that are an occasion of saying something.
OCCASION_TYPES = frozenset({"statement", "meeting", "call", "letter", "visit"})
_WORD = re.compile(r"\w{4,}")


def _words(text: str) -> frozenset[str]:
    return frozenset(w.lower() for w in _WORD.findall(text))


@dataclass(frozen=True, slots=True)
class Said:
    """One article's report of a statement, with the sentence it begins in:
    what the rows read of it once the analyses are gone."""

    article_id: str
    statement: Statement
    sentence: str


@dataclass(frozen=True, slots=True)
class StatementGroup:
    """The reports of one statement (``link_statements``), in article order,
    under their speaker key, with the first that names its speaker (else the
    first) and that speaker's entity."""

    key: str
    members: tuple[Said, ...]
    named: Statement
    speaker: str | None


def link_statements(articles: dict[str, Article], analyses: Sequence[Analysis],
                    resolve: Callable[[str, str | None], str | None], entity_name: Callable[[str], str],
                    quote_rows: Sequence[dict], event_rows: Sequence[dict], *,
                    texts: Mapping[str, str] | None = None) -> list[dict]:
    """Export-shaped statement rows; ``resolve(article_id, surface)`` gives an entity id;
    ``texts``: see ``chronik.link.texts``."""
    return statement_rows(statement_groups(articles, analyses, resolve, texts=texts), articles, entity_name,
                          quote_rows, event_rows)


def statement_groups(articles: dict[str, Article], analyses: Sequence[Analysis],
                     resolve: Callable[[str, str | None], str | None], *,
                     texts: Mapping[str, str] | None = None) -> list[StatementGroup]:
    """The analyses' statements grouped into one per statement (the first half of
    ``link_statements``): all that reads the analyses and the entity index, so that
    a link lets them go before the events are merged (issue 15)."""
    order = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    # speaker key -> groups of (analysis, index), in article order
    by_speaker: dict[str, list[list[tuple[Analysis, int]]]] = {}
    items = [(a, i) for a in sorted(analyses, key=lambda a: order.get(a.article_id, ("9999", a.article_id)))
             for i in range(len(a.statements)) if a.article_id in articles]
    for analysis, i in items:
        st = analysis.statements[i]
        speaker = resolve(analysis.article_id, st.speaker_name) if st.speaker_name else None
        skey = speaker or (f"name:{_name_key(st.speaker_name)}" if st.speaker_name else f"none:{analysis.article_id}")
        groups = by_speaker.setdefault(skey, [])
        key, words = quote_key(st.text), _words(st.text)
        for group in groups:
            other = group[0][0].statements[group[0][1]]
            if other.kind != st.kind:
                continue
            ow = _words(other.text)
            if quote_key(other.text) == key or (words and ow and len(words & ow) / len(words | ow) >= SIMILAR_WORDS):
                group.append((analysis, i))
                break
        else:
            groups.append([(analysis, i)])
    # read in the order the groups ask
    texts = in_order(texts_of(articles, texts),
                     [a.article_id for groups in by_speaker.values() for group in groups for a, _ in group])
    out = []
    for skey, groups in by_speaker.items():
        for group in groups:
            members = tuple(Said(a.article_id, a.statements[i], _sentence_text(texts[a.article_id], a, a.statements[i]))
                            for a, i in group)
            named = next((m for m in members if m.statement.speaker_name), members[0])
            speaker = resolve(named.article_id, named.statement.speaker_name) if named.statement.speaker_name else None
            out.append(StatementGroup(skey, members, named.statement, speaker))
    return out


def statement_rows(groups: Sequence[StatementGroup], articles: dict[str, Article],
                   entity_name: Callable[[str], str], quote_rows: Sequence[dict],
                   event_rows: Sequence[dict]) -> list[dict]:
    """Export-shaped rows of the grouped statements (the second half of
    ``link_statements``): each names its quote and the event it was made at."""
    order = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    quote_ids = {r["id"] for r in quote_rows}
    occasions: dict[tuple[str, str], str] = {}
    for e in sorted(event_rows, key=lambda r: r["id"]):
        if e["type"] in OCCASION_TYPES:
            for ev in e["evidence"]:
                occasions.setdefault((ev["article"], ev["sentence"]), e["id"])
    dates = {e["id"]: e.get("date") for e in event_rows}
    rows = []
    for group in groups:
        first = group.members[0]
        st = first.statement
        named, speaker = group.named, group.speaker
        qid = content_id("quote", quote_key(st.text)) if st.marked else None
        event = next((occasions[(m.article_id, m.sentence)] for m in group.members
                      if (m.article_id, m.sentence) in occasions), None)
        date, basis = st.date, st.date_basis
        if event and basis != "text" and dates.get(event):
            date, basis = dates[event], "occasion"
        rows.append({
            "id": content_id("statement", group.key, st.kind, quote_key(st.text)),
            "article": first.article_id,
            "articles": sorted({m.article_id for m in group.members}, key=lambda x: order[x]),
            "kind": st.kind,
            "text": st.text,
            "start": st.start,
            "end": st.end,
            "cue": st.cue,
            "speaker": speaker,
            "speaker_name": entity_name(speaker) if speaker else named.speaker_name,
            "speaker_basis": named.speaker_basis,
            "via": next((m.statement.via for m in group.members if m.statement.via), None),
            "addressee": next((m.statement.addressee for m in group.members if m.statement.addressee), None),
            "date": date,
            "date_basis": basis,
            "quote": qid if qid in quote_ids else None,
            "event": event,
            "sentence": first.sentence,
            "published": articles[first.article_id].published,
        })
    rows.sort(key=lambda r: (order[r["article"]], r["start"], r["id"]))
    return rows


def _name_key(name: str) -> str:
    """A speaker no entity stands for, by its head noun: ``Die Polizei`` and
    ``die Polizei`` are one (a noun phrase ends in its head in German)."""
    words = [w for w in name.split() if w[:1].isupper()]
    return (words[-1] if words else name).lower()


def _sentence_text(text: str, analysis: Analysis, st) -> str:
    """The sentence a statement begins in (the events' evidence names sentences this way)."""
    if 0 <= st.sentence < len(analysis.sentences):
        s = analysis.sentences[st.sentence]
        return text[s.start:s.end]
    return text[st.start:st.end]
