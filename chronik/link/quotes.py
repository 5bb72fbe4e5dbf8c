"""The same quote in several articles is one quote with all of them."""
from __future__ import annotations

import re
from collections.abc import Callable, Mapping, Sequence

from chronik.ids import content_id
from chronik.link.texts import in_order, texts_of
from chronik.records import Analysis, Article

_NON_WORD = re.compile(r"\W+")


def quote_key(text: str) -> str:
    return _NON_WORD.sub(" ", text.lower()).strip()


def link_quotes(articles: dict[str, Article], analyses: Sequence[Analysis],
                resolve: Callable[[str, str | None], str | None],
                entity_name: Callable[[str], str], *, texts: Mapping[str, str] | None = None) -> list[dict]:
    """Export-shaped quote rows; ``resolve(article_id, surface)`` gives an entity id;
    ``texts``: see ``chronik.link.texts``."""
    order = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    groups: dict[str, list[tuple[Analysis, int]]] = {}
    for analysis in analyses:
        for i, q in enumerate(analysis.quotes):
            key = quote_key(q.text)
            if key:
                groups.setdefault(key, []).append((analysis, i))
    for items in groups.values():
        items.sort(key=lambda item: order[item[0].article_id])
    texts = in_order(texts_of(articles, texts), [items[0][0].article_id for items in groups.values()])
    rows = []
    for key, items in groups.items():
        first, index = items[0]
        q = first.quotes[index]
        # The first report that names a speaker names it for all.
        named = next(((a, a.quotes[i]) for a, i in items if a.quotes[i].speaker_name), (first, q))
        speaker = resolve(named[0].article_id, named[1].speaker_name)
        sentence = _sentence_text(texts[first.article_id], first, q.sentence, q.start, q.end)
        rows.append({
            "id": content_id("quote", key),
            "article": first.article_id,
            "articles": sorted({a.article_id for a, _ in items}, key=lambda x: order[x]),
            "text": q.text,
            "speaker": speaker,
            "speaker_name": entity_name(speaker) if speaker else named[1].speaker_name,
            "via": next((a.quotes[i].via for a, i in items if a.quotes[i].via), None),
            "sentence": sentence,
            "partial": q.partial,
            "speaker_basis": named[1].speaker_basis,
            "published": articles[first.article_id].published,
            "start": q.start,
            "end": q.end,
        })
    rows.sort(key=lambda r: (order[r["article"]], r["start"], r["id"]))
    return rows


def _sentence_text(text: str, analysis: Analysis, index: int, start: int, end: int) -> str:
    """The sentence(s) around a quote, quotation marks included."""
    spans = [s for s in analysis.sentences if s.end > start - 1 and s.start < end + 1]
    if 0 <= index < len(analysis.sentences) and not spans:
        spans = [analysis.sentences[index]]
    if not spans:
        return text[max(0, start - 1):end + 1]
    return text[spans[0].start:spans[-1].end]
