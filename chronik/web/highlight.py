"""An article's text as HTML with its sentences, quotes, entities, dates and
figures marked: every character escaped, every tag properly nested.

Three layers nest: sentences (the anchors evidence links point at), quotes
inside them, and one mark (entity, time expression or figure) inside those.
Marks that overlap keep the one with the higher rank (figure, then date, then
entity). Where a span crosses a span of an outer layer, it is closed and
opened again, so the markup stays valid.
"""
from __future__ import annotations

from dataclasses import dataclass

from markupsafe import Markup, escape

from chronik.records import Analysis
from chronik.web.views import sentence_anchor

_RANK = {"figure": 0, "timex": 1, "entity": 2}


@dataclass(frozen=True, slots=True, kw_only=True)
class Span:
    """A marked stretch of text: where, which layer, and its opening tag."""

    start: int
    end: int
    layer: int
    open_tag: str
    close_tag: str
    # A piece after the first must not repeat the id attribute.
    open_again: str


def _tag(name: str, attrs: dict[str, str | None]) -> str:
    parts = "".join(f' {k}="{escape(v)}"' for k, v in attrs.items() if v is not None)
    return f"<{name}{parts}>"


def _span(start: int, end: int, layer: int, name: str, attrs: dict[str, str | None]) -> Span:
    again = {k: v for k, v in attrs.items() if k != "id"}
    return Span(start=start, end=end, layer=layer, open_tag=_tag(name, attrs), close_tag=f"</{name}>",
                open_again=_tag(name, again))


def article_spans(text: str, analysis: Analysis, entity_of: dict[str, str], series_of: dict[tuple, str],
                  quote_ids: dict[str, str]) -> list[Span]:
    """Spans for one article. ``entity_of`` maps a surface form to its entity
    id, ``series_of`` maps (figure text, sentence text) to its series id, and
    ``quote_ids`` maps quote text to the quote's id in the export."""
    sentences = [text[s.start:s.end] for s in analysis.sentences]
    spans = [_span(s.start, s.end, 0, "span", {"class": "sent", "id": sentence_anchor(sentences[i]),
                                                "data-n": str(i + 1)})
             for i, s in enumerate(analysis.sentences)]
    taken: list[tuple[int, int]] = []
    for q in sorted(analysis.quotes, key=lambda q: (q.start, -q.end)):
        if any(q.start < e and s < q.end for s, e in taken):
            continue
        taken.append((q.start, q.end))
        who = q.speaker_name or "unknown speaker"
        spans.append(_span(q.start, q.end, 1, "span", {
            "class": "quote", "id": f"q-{quote_ids[q.text]}" if q.text in quote_ids else None,
            "title": f"quote: {who}" + (f" via {q.via}" if q.via else "")}))
    spans += _marks(text, analysis, sentences, entity_of, series_of)
    return spans


def _marks(text: str, analysis: Analysis, sentences: list[str], entity_of: dict[str, str],
           series_of: dict[tuple, str]) -> list[Span]:
    candidates = []
    for f in analysis.figures:
        sentence = sentences[f.sentence] if 0 <= f.sentence < len(sentences) else None
        series = series_of.get((f.text, sentence))
        title = f"figure: {f.predicate or ''} {f.counted or ''}".strip() + (
            f" ({f.attribution})" if f.attribution else "")
        attrs = {"class": "fig", "title": title, "href": f"/figures/{series}" if series else None}
        candidates.append(("figure", f.start, f.end, "a" if series else "span", attrs))
    for t in analysis.timexes:
        attrs = {"class": "timex", "title": f"{t.type} {t.value or 'unresolved'}" + (f" {t.mod}" if t.mod else "")}
        candidates.append(("timex", t.start, t.end, "span", attrs))
    for m in analysis.mentions:
        entity = entity_of.get(m.text)
        attrs = {"class": f"ent ent-{m.label}", "title": m.label,
                 "href": f"/entities/{entity}" if entity else None}
        candidates.append(("entity", m.start, m.end, "a" if entity else "span", attrs))
    kept: list[Span] = []
    taken: list[tuple[int, int]] = []
    for kind, start, end, name, attrs in sorted(candidates, key=lambda c: (_RANK[c[0]], c[1], -c[2])):
        if start >= end or end > len(text) or any(start < e and s < end for s, e in taken):
            continue
        taken.append((start, end))
        kept.append(_span(start, end, 2, name, attrs))
    return kept


def render(text: str, spans: list[Span]) -> Markup:
    """The text with the spans' tags, nested by layer."""
    bounds = sorted({0, len(text), *(s.start for s in spans), *(s.end for s in spans)})
    by_layer: dict[int, list[Span]] = {}
    for s in sorted(spans, key=lambda s: (s.start, s.end)):
        by_layer.setdefault(s.layer, []).append(s)
    layers = sorted(by_layer)
    cursor = {layer: 0 for layer in layers}
    opened: set[int] = set()
    stack: list[Span] = []
    out: list[str] = []
    for left, right in zip(bounds, bounds[1:]):
        wanted = []
        for layer in layers:
            items = by_layer[layer]
            i = cursor[layer]
            while i < len(items) and items[i].end <= left:
                i += 1
            cursor[layer] = i
            if i < len(items) and items[i].start <= left:
                wanted.append(items[i])
        keep = 0
        while keep < min(len(stack), len(wanted)) and stack[keep] is wanted[keep]:
            keep += 1
        for span in reversed(stack[keep:]):
            out.append(span.close_tag)
        stack = stack[:keep]
        for span in wanted[keep:]:
            out.append(span.open_again if id(span) in opened else span.open_tag)
            opened.add(id(span))
            stack.append(span)
        out.append(str(escape(text[left:right])))
    out.extend(span.close_tag for span in reversed(stack))
    return Markup("".join(out))
