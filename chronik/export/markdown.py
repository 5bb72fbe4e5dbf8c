"""A readable Markdown chronicle: events by date with their sources, the
quotes and figures reported that day, then series, quotes and sources."""
from __future__ import annotations

from collections import defaultdict

# What ``to_markdown`` reads of an export document (no analyses: no timexes).
PARTS = ("articles", "entities", "figures", "series", "quotes", "events")


def _esc(text) -> str:
    return str(text if text is not None else "").replace("|", "\\|").replace("\n", " ")


def to_markdown(doc: dict) -> str:
    articles = {a["id"]: a for a in doc["articles"]}
    entities = {e["id"]: e["name"] for e in doc["entities"]}

    def source(article_id: str) -> str:
        a = articles.get(article_id, {})
        label = a.get("outlet") or a.get("title") or a.get("source") or article_id
        return f"{_esc(label)} ({(a.get('published') or 'undated')[:10]})"

    out = ["# Chronicle", ""]
    dates = sorted(a["published"][:10] for a in doc["articles"] if a["published"])
    out.append(f"{len(doc['articles'])} articles" + (f", {dates[0]} to {dates[-1]}" if dates else "") + ".")
    out.append("")
    quotes_by_day = defaultdict(list)
    for q in doc["quotes"]:
        day = (articles.get(q["article"], {}).get("published") or "")[:10]
        quotes_by_day[day].append(q)
    figures_by_day = defaultdict(list)
    for f in doc["figures"]:
        figures_by_day[(articles.get(f["article"], {}).get("published") or "")[:10]].append(f)

    dated = [e for e in doc["events"] if e["date"]]
    undated = [e for e in doc["events"] if not e["date"]]
    out += ["## Timeline", ""]
    for e in dated:
        who = ", ".join(entities.get(p, p) for p in e["participants"])
        out.append(f"### {e['date']}: {_esc(e['label'])}")
        out.append("")
        extra = f" ({e['status']})" if e["status"] != "happened" else ""
        out.append(f"- {e['type']}{extra}" + (f"; with {_esc(who)}" if who else "")
                   + (f"; in {_esc(e['place'])}" if e.get("place") else ""))
        for ev in e["evidence"]:
            out.append(f"- {source(ev['article'])}: \"{_esc(ev['sentence'])}\"")
        day = e["date"][:10]
        day_quotes = sorted(quotes_by_day.get(day, []), key=lambda q: (q.get("partial", False), -len(q["text"])))
        for q in day_quotes[:1]:
            out.append(f"- Key quote: {_esc(q['speaker_name'] or 'unknown')}: „{_esc(q['text'])}“")
        for f in figures_by_day.get(day, [])[:3]:
            out.append(f"- Figure reported: {_esc(f['text'])}" + (f" ({_esc(f['attribution'])})" if f["attribution"] else ""))
        out.append("")
    if undated:
        out += ["## Undated events", ""]
        for e in undated:
            arts = "; ".join(source(a) for a in e["articles"])
            out.append(f"- {_esc(e['label'])} ({arts})")
        out.append("")
    if doc["series"]:
        out += ["## Figures over time", ""]
        figures = {f["id"]: f for f in doc["figures"]}
        for s in doc["series"]:
            out += [f"### {_esc(s['label'])}", "", "| as of | value | attribution | source |", "|---|---|---|---|"]
            for fid in s["figures"]:
                f = figures[fid]
                out.append(f"| {f['as_of'] or ''} | {_esc(f['text'])} | {_esc(f['attribution'])} | {source(f['article'])} |")
            for a, b in s["conflicts"]:
                out.append(f"\nConflict: {_esc(figures[a]['text'])} vs {_esc(figures[b]['text'])}")
            out.append("")
    if doc["quotes"]:
        out += ["## Quotes", ""]
        for q in doc["quotes"]:
            via = f", via {q['via']}" if q["via"] else ""
            out.append(f"- {_esc(q['speaker_name'] or 'unknown')}{via}: „{_esc(q['text'])}“ ({source(q['article'])})")
        out.append("")
    out += ["## Sources", ""]
    for a in doc["articles"]:
        out.append(f"- {source(a['id'])}: {_esc(a['title'] or a['text'][:80])} ({_esc(a['source'])})")
    return "\n".join(out) + "\n"
