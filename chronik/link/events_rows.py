"""Events as export rows: per-article reports merged across articles
(see ``link.events``), participants resolved to entity ids."""
from __future__ import annotations

from chronik.link.events import EventReport, merge_events


def article_reports(article, analysis, index) -> list[EventReport]:
    """An article's event mentions as reports, in the order of ``analysis.events``
    (review finds them again by that position)."""
    reports = []
    for ev in analysis.events:
        ids = tuple(dict.fromkeys(
            e for e in (index.resolve(article.id, p) for p in ev.participants) if e))
        role_ids = tuple(dict.fromkeys(
            (e, role) for e, role in ((index.resolve(article.id, name), role) for name, role in ev.roles) if e))
        sentence = analysis.sentences[ev.sentence] if 0 <= ev.sentence < len(analysis.sentences) else None
        text = article.text[sentence.start:sentence.end] if sentence else article.text[ev.start:ev.end]
        reports.append(EventReport(article_id=article.id, published=article.published, mention=ev,
                                   participant_ids=ids, place_id=index.resolve(article.id, ev.place),
                                   sentence_text=text, role_ids=role_ids))
    return reports


def event_rows(articles: dict, analyses, index) -> list[dict]:
    reports = [r for analysis in analyses for r in article_reports(articles[analysis.article_id], analysis, index)]
    names = {ent.id: ent.name for ent in index.entities}
    rows = []
    for e in merge_events(reports):
        rows.append({
            "id": e.id, "type": e.type, "label": e.label, "date": e.date, "date_basis": e.date_basis,
            "status": e.status, "place": e.place, "participants": list(e.participants),
            "roles": [{"entity": entity, "role": role} for entity, role in e.roles],
            "predicate": e.predicate, "via": e.via, "articles": list(e.articles),
            "evidence": [{"article": a, "sentence": s} for a, s in e.evidence],
        })
    return rows
