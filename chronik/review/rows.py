"""The last step of linking: replay the row corrections, then give every item
its independent sources, channel chains, basis and review flag."""
from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable, Mapping

from chronik.link.events import EventReport, report_rows
from chronik.review.basis import event_basis, figure_basis, needs_review, quote_basis, statement_basis
from chronik.review.channels import ChannelBook, article_channels, stored_book
from chronik.review.corrections import CORRECTION_KIND
from chronik.review.replay import Replay
from chronik.review.reports import all_reports, assign_reports, positioned, variants
from chronik.review.sources import SourceGroups, source_groups


def review_links(store, rows: dict[str, list[dict]], *, articles: dict, texts: Mapping[str, str],
                 reports: list[EventReport], duplicate_of: dict[str, str], signatures: Iterable[tuple[str, bytes]],
                 replay: Replay) -> dict[str, list[dict]]:
    """``rows`` with corrections replayed and review fields added; the
    corrections' outcomes are written back to their records. ``reports``: the
    event stage's (``chronik.link.Curation``); ``signatures``: the current
    articles' MinHash signatures (read from the store as they are walked); ``texts``: see ``chronik.link.texts``."""
    linker = _event_linker(reports)
    names = {e["id"]: e["name"] for e in rows["entity"]}  # before any correction of the rows
    reported = assign_reports(rows["event"], all_reports(reports, names))
    del names
    replay.rows(rows, reported, linker)
    evidence = [(ev["article"], ev["sentence"]) for e in rows["event"] for ev in e["evidence"]]
    groups = source_groups(articles, duplicate_of, signatures, evidence, texts=texts)
    book = stored_book(store)
    reviewed = replay.reviewed
    for r in rows["article"]:
        article = articles[r["id"]]
        r["source_group"] = groups.group(r["id"])
        r["channels"] = article_channels(book, article.agencies, article.outlet)
    for e in rows["event"]:
        e["variants"] = variants(reported.get(e["id"], []), groups)
        e["sources"] = groups.count(e["articles"])
        mark("event", e, reviewed.get(e["id"]))
    # every report is in its event's variants now: the rest of the review runs without them (the link hands the
    # list over, ``chronik.link.Curation``; emptied, the reports and their mentions go before the review's peak)
    del reported, linker
    reports.clear()
    for q in rows["quote"]:
        q["chains"] = quote_chains(q, articles, book)
        q["sources"] = groups.count(q["articles"])
        mark("quote", q, reviewed.get(q["id"]))
    rows["statement"] = follow_quotes(rows.get("statement", []), rows["quote"], replay)
    for s in rows["statement"]:
        s["sources"] = groups.count(s["articles"])
        mark("statement", s, reviewed.get(s["id"]))
    _figures(rows["figure"], rows["series"], articles, book, groups, reviewed)
    for ent in rows["entity"]:
        mark("entity", ent, reviewed.get(ent["id"]))
    changed = replay.records()
    if changed:
        store.put_records(CORRECTION_KIND, changed)
    return rows


def follow_quotes(statements: list[dict], quotes: list[dict], replay: Replay) -> list[dict]:
    """A statement that is also a quote follows the quote's review: gone with a
    rejected quote, with the quote's corrected speaker and channel unless the
    statement itself was corrected."""
    by_id = {q["id"]: q for q in quotes}
    kept = []
    for s in statements:
        if s.get("quote") in replay.rejected:
            continue
        quote = by_id.get(s.get("quote"))
        if quote is not None and replay.reviewed.get(quote["id"]) and not replay.reviewed.get(s["id"]):
            s.update(speaker=quote["speaker"], speaker_name=quote["speaker_name"],
                     speaker_basis=quote["speaker_basis"], via=quote["via"])
            replay.reviewed[s["id"]] = replay.reviewed[quote["id"]]
        kept.append(s)
    return kept


def mark(kind: str, row: dict, reviewed: str | None, in_conflict: bool = False) -> None:
    """Set ``basis``, ``reviewed`` and ``needs_review`` of one row."""
    row["reviewed"] = reviewed
    if kind == "entity":
        row["basis"] = ["corrected"] if reviewed == "corrected" else ["text"]
        return
    basis = {"event": event_basis, "quote": quote_basis, "statement": statement_basis, "figure": figure_basis}[kind]
    row["basis"] = basis(row, reviewed)
    row["needs_review"] = needs_review(row["basis"], reviewed, in_conflict)


def _event_linker(linked: list[EventReport]):
    """Event rows from a subset of reports, made by the linker itself from the
    event stage's reports (``linked``) that stand behind them."""
    def link(reports) -> list[dict]:
        at = {(r.article_id, pos): r for pos, r in positioned(linked)}  # made only for a split
        return report_rows(at[key] for key in sorted({(r.article, r.position) for r in reports}))
    return link


def quote_chains(q: dict, articles: dict, book: ChannelBook) -> list[dict]:
    """Distinct chains from the speaker to each article's outlet, with their articles."""
    head = [book.link(q["speaker_name"], "speaker")] if q["speaker_name"] else []
    if q["via"]:
        head.append(book.link(q["via"], "via", search=True))
    return _group_chains((a, head + article_channels(book, articles[a].agencies, articles[a].outlet))
                         for a in q["articles"])


def _group_chains(pairs) -> list[dict]:
    chains: dict[str, dict] = {}
    for article_id, links in pairs:
        key = json.dumps(links, ensure_ascii=False, sort_keys=True)
        chains.setdefault(key, {"links": links, "articles": []})["articles"].append(article_id)
    return list(chains.values())


def _figures(figures: list[dict], series: list[dict], articles: dict, book: ChannelBook, groups: SourceGroups,
             reviewed: dict[str, str]) -> None:
    """Figures agree when a series holds the same value from several articles;
    conflicts count the sources behind each side."""
    by_id = {f["id"]: f for f in figures}
    order = {a.id: (a.published or "9999", a.id) for a in articles.values()}
    agreeing: dict[str, list[str]] = {}
    for s in series:
        by_value: dict[tuple, list[str]] = defaultdict(list)
        for fid in s["figures"]:
            f = by_id[fid]
            by_value[(f["low"], f["high"], f["bound"])].append(f["article"])
        for fid in s["figures"]:
            f = by_id[fid]
            agreeing[fid] = sorted(set(by_value[(f["low"], f["high"], f["bound"])]), key=order.__getitem__)
        s["sources"] = groups.count(by_id[fid]["article"] for fid in s["figures"])
        s["conflict_sources"] = [[groups.count(agreeing[a]), groups.count(agreeing[b])] for a, b in s["conflicts"]]
    in_conflict = {fid for s in series for pair in s["conflicts"] for fid in pair}
    # one (never changed) chain list per article and attribution: an article's figures mostly share it
    chains_of: dict[tuple[str, str | None], list[dict]] = {}
    for f in figures:
        f["articles"] = agreeing.get(f["id"], [f["article"]])
        chains = chains_of.get((f["article"], f["attribution"]))
        if chains is None:
            article = articles[f["article"]]
            head = [book.link(f["attribution"], "attribution", search=True)] if f["attribution"] else []
            chains = chains_of[(f["article"], f["attribution"])] = _group_chains(
                [(f["article"], head + article_channels(book, article.agencies, article.outlet))])
        f["chains"] = chains
        f["sources"] = groups.count(f["articles"])
        mark("figure", f, reviewed.get(f["id"]), f["id"] in in_conflict)
