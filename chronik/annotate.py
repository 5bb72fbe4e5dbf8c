"""``chronik annotate``: analyse texts without a store, one JSON line each.

Input lines are JSON objects ``{"id", "text", "published"?}`` or, when a line
is not JSON, plain text. The text is analysed exactly as given (no cleaning),
so every offset is a Python str index into the input ``text``.
"""
from __future__ import annotations

import json
from collections.abc import Iterator

from chronik.clean.dates import normalize_published
from chronik.ids import article_id
from chronik.pipeline import Toolkit, analyze
from chronik.records import Article


def _article(text: str, published: str | None, language: str) -> Article:
    return Article(id=article_id(text), source="-", title=None, published=published, authors=(), agencies=(),
                   language=language, outlet=None, text=text)


def parse_line(line: str, number: int) -> tuple[str, str, str | None]:
    """(id, text, published) from one input line."""
    try:
        record = json.loads(line)
    except json.JSONDecodeError:
        return str(number), line, None
    if isinstance(record, dict) and isinstance(record.get("text"), str):
        rid = record.get("id")
        return (str(rid) if rid is not None else str(number)), record["text"], record.get("published")
    return str(number), line, None


def annotate_text(text: str, published: str | None, kit: Toolkit, record_id: str = "1") -> dict:
    doc = analyze(_article(text, normalize_published(published) or published, kit.lang.code), kit)
    return {
        "id": record_id,
        "published": published,
        "entities": [{"start": m.start, "end": m.end, "label": m.label, "text": m.text} for m in doc.mentions],
        "timexes": [{"start": t.start, "end": t.end, "text": t.text, "type": t.type, "value": t.value,
                     "mod": t.mod} for t in doc.timexes],
        "figures": [{"start": f.start, "end": f.end, "text": f.text, "low": _num(f.low), "high": _num(f.high),
                     "bound": f.bound, "approx": f.approx, "vague": f.vague, "unit": f.unit,
                     "counted": f.counted, "predicate": f.predicate, "attribution": f.attribution}
                    for f in doc.figures],
        "quotes": [{"start": q.start, "end": q.end, "text": q.text, "speaker_name": q.speaker_name,
                    "speaker_start": q.speaker_start, "speaker_end": q.speaker_end, "via": q.via}
                   for q in doc.quotes],
        "events": [{"start": e.start, "end": e.end, "trigger": e.trigger, "type": e.type, "predicate": e.predicate,
                    "label": e.label, "date": e.date, "date_basis": e.date_basis, "status": e.status,
                    "place": e.place, "roles": [{"name": name, "role": role} for name, role in e.roles],
                    "via": e.via} for e in doc.events],
        "statements": [{"start": st.start, "end": st.end, "text": st.text, "kind": st.kind,
                        "cue_start": st.cue_start, "cue_end": st.cue_end, "speaker_name": st.speaker_name,
                        "speaker_start": st.speaker_start, "speaker_end": st.speaker_end, "via": st.via}
                       for st in doc.statements],
    }


def annotate_input(data: str, kit: Toolkit) -> Iterator[dict]:
    """One result per JSON line; input that is not JSON lines is one plain text."""
    lines = [(n, line) for n, line in enumerate(data.split("\n"), start=1) if line.strip()]
    if not lines:
        return
    if not all(line.lstrip().startswith("{") for _, line in lines):
        yield annotate_text(data, None, kit, "1")
        return
    for number, line in lines:
        record_id, text, published = parse_line(line, number)
        yield annotate_text(text, published, kit, record_id)


def _num(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value
