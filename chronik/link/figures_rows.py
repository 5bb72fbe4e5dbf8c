"""Figures as export rows, grouped into series (see ``link.figures``)."""
from __future__ import annotations

from chronik.ids import content_id
from chronik.link.figures import FigureRef, as_of, link_series


def figure_id(article_id: str, start: int, end: int) -> str:
    return content_id("figure", article_id, start, end)


def figure_rows(articles: dict, analyses, index, demonyms=None) -> tuple[list[dict], list[dict]]:
    refs, rows = [], {}
    for analysis in analyses:
        article = articles[analysis.article_id]
        for f in analysis.figures:
            fid = figure_id(article.id, f.start, f.end)
            when = as_of(f, article.published)
            refs.append(FigureRef(figure_id=fid, article_id=article.id, published=article.published,
                                  figure=f, as_of=when))
            rows[fid] = {
                "id": fid, "article": article.id, "text": f.text,
                "sentence": _sentence(article.text, analysis.sentences, f.sentence, f.start),
                "low": _number(f.low), "high": _number(f.high), "bound": f.bound,
                "approx": f.approx, "vague": f.vague, "unit": f.unit, "counted": f.counted,
                "predicate": f.predicate, "subject": f.subject, "attribution": f.attribution,
                "time": f.time, "as_of": when, "series": None,
                "start": f.start, "end": f.end, "published": article.published,
            }
    series_rows = []
    for s in link_series(refs, demonyms=demonyms):
        for fid in s.figure_ids:
            rows[fid]["series"] = s.id
        series_rows.append({"id": s.id, "label": s.label, "counted": s.counted, "predicate": s.predicate,
                            "subject": s.subject, "figures": list(s.figure_ids),
                            "conflicts": [list(pair) for pair in s.conflicts]})
    ordered = sorted(rows.values(), key=lambda r: (r["published"] or "9999", r["article"], r["start"], r["id"]))
    return ordered, sorted(series_rows, key=lambda r: r["id"])


def _number(value):
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value


def _sentence(text: str, sentences, index: int, start: int) -> str:
    if 0 <= index < len(sentences):
        s = sentences[index]
        return text[s.start:s.end]
    for s in sentences:
        if s.start <= start < s.end:
            return text[s.start:s.end]
    return ""
