"""The command line: parse options, call one library function, print.

Every ``ChronikError`` becomes a one-line message and exit status 1; users
never see a traceback.
"""
from __future__ import annotations

import json
import sys
from functools import wraps

import click

from chronik import __version__
from chronik.errors import ChronikError
from chronik.export import FORMATS
from chronik.review.queue import KINDS as REVIEW_KINDS

DB_HELP = "the store: an SQLite file (created if needed) or a PostgreSQL URL postgresql://user@host/dbname"


def db_option(fn):
    return click.option("--db", default="chronik.db", show_default=True, help=DB_HELP)(fn)


def story_option(fn):
    return click.option("--story", default=None, help="only what this story's articles report (an id from 'chronik stories')")(fn)


def user_errors(fn):
    """Turn chronik's errors into one clean line."""
    @wraps(fn)
    def wrapper(*args, **kwargs):
        try:
            return fn(*args, **kwargs)
        except ChronikError as err:
            raise click.ClickException(str(err)) from None
    return wrapper


def _open(db: str, read_only: bool = True):
    import chronik

    return chronik.open(db, read_only=read_only)


@click.group(context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(__version__, prog_name="chronik")
def cli():
    """chronik: turn news articles about a developing story into a sourced, dated chronicle."""


@cli.command()
@click.argument("paths", nargs=-1, required=True, type=click.Path())
@db_option
@click.option("--workers", default=0, show_default=True,
              help="per-article analysis: 0 automatic, 1 this process, N>=2 a local Dask cluster of N processes")
@click.option("--scheduler", default=None, help="analyze on an existing Dask cluster (tcp://HOST:PORT)")
@click.option("--nlp", default=None, help="a spaCy pipeline (name or path) whose entities replace chronik's NER")
@click.option("--max-bytes", default=None, type=int, help="skip files larger than this (default 20 MB)")
@click.option("--csv-delimiter", default=None, help="CSV field delimiter (default: sniffed , ; or tab)")
@click.option("--csv-quotechar", default='"', show_default=True, help="CSV quote character")
@click.option("--csv-no-header", is_flag=True, help="the CSV has no header row")
@click.option("--csv-text-column", default=None, help="CSV column with the text: a header name or 1-based number")
@click.option("--sources-config", default=None, type=click.Path(),
              help="a TOML file of channel tags (state media, agencies, your own); kept in the store")
@click.option("--relink", is_flag=True, help="link the whole store even when nothing it links has changed "
              "since the last build (which otherwise keeps the links)")
@user_errors
def build(paths, db, workers, scheduler, nlp, max_bytes, csv_delimiter, csv_quotechar, csv_no_header,
          csv_text_column, sources_config, relink):
    """Read, clean and analyze PATHS (files, folders, or http(s) URLs of RSS/Atom feeds) into the store."""
    from chronik.ingest import ReadOptions
    from chronik.pipeline import BuildOptions

    read = ReadOptions(csv_delimiter=csv_delimiter, csv_quotechar=csv_quotechar, csv_header=not csv_no_header,
                       csv_text_column=csv_text_column)
    if max_bytes:
        read = ReadOptions(**{**{f: getattr(read, f) for f in read.__dataclass_fields__}, "max_bytes": max_bytes})
    options = BuildOptions(read=read, workers=max(0, workers), scheduler=scheduler, nlp=nlp, relink=relink)

    def on_skip(item):
        click.echo(item.message(), err=True)

    with _open(db, read_only=False) as chron:
        if sources_config:
            from chronik.review.channels import keep_user_channels

            keep_user_channels(chron.store, sources_config)
        if sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as progress:
                task = progress.add_task("building", total=None)
                report = chron.add(paths, options, on_skip=on_skip,
                                   on_progress=lambda n: progress.advance(task, n))
        else:
            report = chron.add(paths, options, on_skip=on_skip)
        _report_stale(chron.store)
    click.echo(report.summary())
    if report.added == 0 and report.duplicates == 0:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--format", "fmt", default="json", show_default=True, type=click.Choice(FORMATS + ("markdown",)),
              help="md and markdown are the same")
@click.option("--output", "-o", default=None, help="file (folder for csv); default: standard output")
@user_errors
def export(db, fmt, output):
    """Write the whole chronicle as JSON, CSV files, Markdown or Knight Lab TimelineJS JSON."""
    from chronik.export import export as write_export

    fmt = "md" if fmt == "markdown" else fmt
    with _open(db) as chron:
        text = write_export(chron.store, fmt, output, on_note=lambda note: click.echo(note, err=True))
    if text is not None:
        click.echo(text, nl=False)


@cli.command()
@db_option
@click.option("--host", default="127.0.0.1", show_default=True, help="address to listen on (loopback: this machine only)")
@click.option("--port", default=8000, show_default=True, type=click.IntRange(0, 65535))
@click.option("--edit", is_flag=True, help="editing mode: open the store writable and show correction forms "
              "(accept, reject, set a value, merge, split, undo); without it the server is read-only")
@user_errors
def serve(db, host, port, edit):
    """Browse the chronicle in a web browser (and as JSON under /api/). Read-only by default:
    the store is opened read-only and no page can change it. With --edit, item pages get
    correction forms that save to the store like 'chronik correct'."""
    from chronik.web.app import is_loopback, serve as run_server

    if not is_loopback(host):
        change = "read and correct" if edit else "read"
        click.echo(f"warning: listening on {host}: anyone who can reach this machine can {change} the store", err=True)
    mode = "for editing (corrections are saved)" if edit else "read-only"
    click.echo(f"serving {db} {mode} at http://{host}:{port}/ (Ctrl+C stops)", err=True)
    run_server(db, host, port, edit)


@cli.command()
@click.argument("query")
@db_option
@click.option("--limit", default=20, show_default=True)
@user_errors
def search(query, db, limit):
    """Full-text search over article text (umlauts and ß folded)."""
    with _open(db) as chron:
        hits = chron.search(query, limit)
    if not hits:
        click.echo("no matches")
    for h in hits:
        click.echo(f"{(h.published or 'undated')[:16]}  {h.title or h.source}")
        click.echo(f"    {h.snippet}")


@cli.command()
@db_option
@click.option("--type", "etype", default=None, type=click.Choice(["PER", "LOC", "ORG", "MISC"]))
@click.option("--limit", default=50, show_default=True)
@story_option
@user_errors
def entities(db, etype, limit, story):
    """Canonical entities with type, mention count, articles and aliases."""
    with _open(db) as chron:
        rows = [e for e in chron.entities(story) if not etype or e["type"] == etype][:limit]
    _table(["entity", "type", "mentions", "articles", "aliases"],
           [[e["name"], e["type"], str(e["mentions"]), str(len(e["articles"])), ", ".join(e["aliases"])]
            for e in rows])


@cli.command()
@db_option
@click.option("--entity", default=None, help="only events with this participant (name or alias)")
@click.option("--from", "start", default=None, help="first date (ISO, e.g. 2025-08)")
@click.option("--to", "end", default=None, help="last date (ISO)")
@click.option("--format", "fmt", default="text", type=click.Choice(["text", "md", "json"]))
@story_option
@user_errors
def timeline(db, entity, start, end, fmt, story):
    """Events in date order with their sources; undated events listed apart."""
    with _open(db) as chron:
        events = chron.timeline(entity, start, end, story=story)
        if fmt == "md":
            from chronik.export import export_document
            from chronik.export.markdown import PARTS, to_markdown

            doc = export_document(chron.store, PARTS)
            doc["events"] = events
            click.echo(to_markdown(doc), nl=False)
            return
        articles = {a.id: a for a in chron.articles()}
        book = chron.channels()
    if fmt == "json":
        click.echo(json.dumps(events, ensure_ascii=False, indent=1))
        return
    dated = [e for e in events if e["date"]]
    undated = [e for e in events if not e["date"]]
    for e in dated:
        status = "" if e["status"] == "happened" else f" [{e['status']}]"
        basis = " (publication date)" if e["date_basis"] == "published" else ""
        click.echo(f"{e['date']:<10}  {e['label']}{status}{basis}{_sources_note(e)}")
        for field in dict.fromkeys(v["field"] for v in e.get("variants", ())):
            values = [v for v in e["variants"] if v["field"] == field]
            click.echo(f"            sources disagree: {_disagreement(field, values)}")
        for a in e["articles"]:
            art = articles.get(a)
            click.echo(f"            source: {_source_label(art, book)}")
    if undated:
        click.echo("\nundated:")
        for e in undated:
            labels = ", ".join(_source_label(articles.get(a), book) for a in e["articles"])
            click.echo(f"            {e['label']}  ({labels})")
    if not events:
        click.echo("no events")


@cli.command()
@db_option
@click.option("--limit", default=50, show_default=True)
@click.option("--format", "fmt", default="text", type=click.Choice(["text", "json"]))
@user_errors
def stories(db, limit, fmt):
    """Story clusters, largest first: id, dates, article count and label."""
    with _open(db) as chron:
        rows = chron.stories()
    rows = sorted(rows, key=lambda r: (-len(r["articles"]), r["first"] or "9999", r["id"]))[:limit]
    if fmt == "json":
        click.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        click.echo("no stories (a story needs two articles about it)")
        return
    _table(["story", "first", "last", "articles", "label"],
           [[r["id"], r["first"] or "", r["last"] or "", str(len(r["articles"])), r["label"]] for r in rows])


def _sources_note(row: dict) -> str:
    """`` (2 articles, 1 independent source)`` when an item has more than one article."""
    n, m = row.get("sources"), len(row.get("articles") or [])
    if n is None or m < 2:
        return ""
    return f"  ({m} articles, {n} independent source{'s' if n != 1 else ''})"


def _source_label(article, book=None) -> str:
    """Date, outlet or source, and credited agencies with their tags (``review.channels``)."""
    from chronik.review.channels import default_book, source_label

    return source_label(article, book or default_book())


@cli.command()
@db_option
@click.option("--speaker", default=None, help="only quotes of this speaker (name or alias)")
@click.option("--kind", default=None, type=click.Choice(["direct", "indirect", "reported", "all"]),
              help="statements of this kind instead of the quotes between quotation marks "
                   "(direct includes unmarked direct speech)")
@story_option
@user_errors
def quotes(db, speaker, kind, story):
    """Direct quotes with speaker, date and source; with --kind, statements of that kind."""
    if kind:
        with _open(db) as chron:
            rows = chron.statements(kind, speaker, story=story)
            articles = {a.id: a for a in chron.articles()}
            book = chron.channels()
        for st in rows:
            via = f" via {st['via']}" if st["via"] else ""
            speaker_basis = f" [{st['speaker_basis']}]" if st["speaker_basis"] not in (None, "text") else ""
            text = f"„{st['text']}“" if st["kind"] == "direct" else st["text"]
            click.echo(f"{st['kind']}: {st['speaker_name'] or 'unknown speaker'}{speaker_basis}{via} "
                       f"({st['cue'] or '-'}): {text}")
            click.echo(f"    {st['date'] or 'undated'} ({st['date_basis'] or '-'}), "
                       f"{', '.join(_source_label(articles.get(a), book) for a in st['articles'])}")
        if not rows:
            click.echo("no statements")
        return
    with _open(db) as chron:
        rows = chron.quotes(speaker, story=story)
        articles = {a.id: a for a in chron.articles()}
        book = chron.channels()
    from chronik.review.channels import chain_text

    for q in rows:
        via = f" via {q['via']}" if q["via"] else ""
        click.echo(f"{q['speaker_name'] or 'unknown speaker'}{via}: „{q['text']}“")
        click.echo(f"    {', '.join(_source_label(articles.get(a), book) for a in q['articles'])}{_sources_note(q)}")
        for chain in q.get("chains") or []:
            if len(chain["links"]) > 1 or any(step["tags"] for step in chain["links"]):
                click.echo(f"    chain: {chain_text(chain['links'])}")
    if not rows:
        click.echo("no quotes")


@cli.command()
@db_option
@click.option("--series", default=None, help="only this series id")
@click.option("--entity", default=None, help="only series about or attributed to this name")
@click.option("--chart", default=None, type=click.Path(), help="draw the series to a .png or .svg file")
@story_option
@user_errors
def figures(db, series, entity, chart, story):
    """Figure series as tables: value, source, attribution, as-of date, article."""
    with _open(db) as chron:
        result = chron.figures(series, entity, story=story)
        articles = {a.id: a for a in chron.articles()}
        book = chron.channels()
    figs = result["figures"]
    for s in result["series"]:
        click.echo(f"\n{s['label']}  (series {s['id']})")
        _table(["as of", "value", "attribution", "article"],
               [[figs[f]["as_of"] or "", figs[f]["text"], figs[f]["attribution"] or "",
                 _source_label(articles.get(figs[f]["article"]), book)] for f in s["figures"]])
        for (a, b), counts in zip(s["conflicts"], s.get("conflict_sources") or [None] * len(s["conflicts"])):
            backed = f" ({counts[0]} against {counts[1]} independent sources)" if counts else ""
            click.echo(f"conflict: {figs[a]['text']} vs {figs[b]['text']}{backed}")
    if not result["series"]:
        click.echo("no figure series")
    if chart:
        from chronik.export.chart import draw_series

        draw_series(result["series"], figs, articles, chart)
        click.echo(f"chart written to {chart}")


@cli.command()
@click.option("--since", required=True, help="ISO date or date-time, UTC unless it names a zone (2025-09-05T08:00)")
@db_option
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]))
@user_errors
def changes(since, db, fmt):
    """What the chronicle gained since a time: articles and new versions, events, quotes,
    figures that moved, conflicts (as first seen by the builds)."""
    with _open(db) as chron:
        result = chron.changes(since)
        if fmt == "json":
            click.echo(json.dumps(result.as_dict(), ensure_ascii=False, indent=1))
            return
        if result.is_empty():
            click.echo(f"nothing new since {result.since}")
            return
        articles = {a.id: a for a in chron.articles()}  # only the text lists name each item's sources
        book = chron.channels()
    click.echo(f"changes since {result.since}")
    _section("articles", [f"{(a['published'] or 'undated')[:10]}  {a['source']}"
                          + (f"  ({a['title']})" if a["title"] else "") + ("  [new version]" if a["edit"] else "")
                          for a in result.articles])
    _section("events", [f"{e['date'] or 'undated':<10}  {e['label']}"
                        + "".join(f"\n              source: {_source_label(articles.get(a), book)}"
                                  for a in e["articles"])
                        for e in result.events])
    _section("quotes", [f"{q['speaker_name'] or 'unknown speaker'}: „{q['text']}“\n      "
                        + ", ".join(_source_label(articles.get(a), book) for a in q["articles"])
                        for q in result.quotes])
    _section("figures that moved", [
        f"{s['label']}: now {s['latest']['text']} (as of {s['latest']['as_of'] or '?'})"
        + (f", was {s['before']['text']}" if s["before"] else "")
        + "".join(f"\n      new: {f['text']} ({_source_label(articles.get(f['article']), book)})"
                  for f in s["figures"])
        for s in result.figures])
    _section("conflicts", [f"{c['label']}: {c['texts'][0]} vs {c['texts'][1]}" for c in result.conflicts])
    _section("events whose sources disagree", [
        f"{c['date'] or 'undated':<10}  {c['label']}: {_disagreement(c['field'], c['values'])}"
        for c in result.event_conflicts])


def _disagreement(field: str, values: list[dict]) -> str:
    """``place Russland (2 sources) vs Ukraine (1 source)``."""
    return f"{field} " + " vs ".join(
        f"{v['value']} ({v['sources']} {'source' if v['sources'] == 1 else 'sources'})" for v in values)


def _section(title: str, lines: list[str]) -> None:
    if lines:
        click.echo(f"\n{title} ({len(lines)}):")
        for line in lines:
            click.echo(f"  {line}")


@cli.command()
@click.argument("source", default="-")
@click.option("--format", "fmt", default="jsonl", type=click.Choice(["jsonl"]))
@click.option("--nlp", default=None, help="a spaCy pipeline whose entities replace chronik's NER")
@user_errors
def annotate(source, fmt, nlp):
    """Analyse JSON lines {"id","text","published"} (or plain text) without a store."""
    from chronik.annotate import annotate_input
    from chronik.pipeline import load_toolkit

    if source == "-":
        data = sys.stdin.read()
    else:
        try:
            with open(source, encoding="utf-8") as f:
                data = f.read()
        except (OSError, UnicodeDecodeError) as err:
            raise click.ClickException(f"cannot read {source}: {err}") from None
    kit = load_toolkit("de", nlp)
    for row in annotate_input(data, kit):
        click.echo(json.dumps(row, ensure_ascii=False))


@cli.command()
@db_option
@click.option("--kind", "kinds", multiple=True, type=click.Choice(list(REVIEW_KINDS)),
              help="only this kind (repeat for several)")
@click.option("--limit", default=30, show_default=True, help="show at most this many (0: all)")
@click.option("--format", "fmt", default="text", show_default=True, type=click.Choice(["text", "json"]))
@user_errors
def review(db, kinds, limit, fmt):
    """Items that need a person's check (guessed speakers and dates, vague figures, merges
    of differing reports, conflicts), most consequential first. Decide with 'chronik correct'."""
    with _open(db) as chron:
        items = chron.review(tuple(kinds) or REVIEW_KINDS)
        shown = items[:limit] if limit else items
        if fmt == "json":
            click.echo(json.dumps([{"kind": i.kind, "id": i.id, "label": i.label, "reasons": list(i.reasons),
                                    "articles": list(i.articles), "sources": i.sources, "weight": i.weight}
                                   for i in shown], ensure_ascii=False, indent=1))
            return
        if not items:
            click.echo("nothing needs review")
            return
        articles = {a.id: a for a in chron.articles()}  # only the text lists name each item's sources
        book = chron.channels()
    first = f"the {len(shown)} most consequential first" if len(shown) < len(items) else "most consequential first"
    click.echo(f"{len(items)} item{'s need' if len(items) != 1 else ' needs'} review, {first}")
    for n, item in enumerate(shown, 1):
        click.echo(f"\n{n:>3}. {item.kind} {item.id}  {item.label}")
        click.echo(f"     why: {'; '.join(item.reasons)}")
        click.echo(f"     {item.sources} independent source{'s' if item.sources != 1 else ''} in "
                   f"{len(item.articles)} article{'s' if len(item.articles) != 1 else ''}: "
                   + "; ".join(_source_label(articles.get(a), book) for a in item.articles))


@cli.command()
@db_option
@click.option("--config", "config", default=None, type=click.Path(),
              help="keep this TOML file of channel tags in the store and re-link (see chronik/defaults.toml)")
@user_errors
def sources(db, config):
    """Outlets and agencies of the stored articles with their tags, articles and independent sources."""
    from chronik.review.channels import channel_counts, keep_user_channels

    if config:
        from chronik.review.edit import relink

        with _edit(db) as chron:
            keep_user_channels(chron.store, config)
            relink(chron.store)
    with _open(db) as chron:
        rows = channel_counts(chron.store)
    if not rows:
        click.echo("no outlet or agency is named by the stored articles")
        return
    _table(["channel", "role", "tags", "articles", "sources"],
           [[r["name"], r["role"], ", ".join(r["tags"]), str(r["articles"]), str(r["sources"])] for r in rows])


@cli.group()
def correct():
    """Correct the chronicle: accept or reject an item, fix a value, merge or split entities
    and events. Corrections are kept apart from what was extracted, replayed after every
    build, and exported; one that no longer matches is reported as stale.

    IDs are item ids (or a unique prefix of 4+ characters) from 'chronik review' or the export."""


def _edit(db: str):
    """A store to correct: it must exist (a typo must not create an empty one)."""
    import os

    if "://" not in db and not os.path.exists(db):
        from chronik.errors import StoreError

        raise StoreError(f"no store at {db}; build one first with 'chronik build PATH --db {db}'")
    return _open(db, read_only=False)


def _correct(db: str, action: str, ids: list[str], **kwargs) -> None:
    from chronik.review import correct as make

    with _edit(db) as chron:
        _say(make(chron.store, action, list(ids), **kwargs))


def _say(c) -> None:
    line = f"{c.status}: {c.describe()}  [correction {c.id}]"
    if c.status == "stale":
        click.echo(f"{line}: {c.detail}", err=True)
    else:
        click.echo(line + (f" -> {', '.join(m for m in c.matched if m not in c.targets)}"
                           if set(c.matched) - set(c.targets) else ""))


def _report_stale(store) -> None:
    from chronik.review import stale_corrections

    for c in stale_corrections(store):
        click.echo(f"stale correction {c.id}: {c.describe()}: {c.detail} (see 'chronik correct list')", err=True)


note_option = click.option("--note", default=None, help="why (kept with the correction)")


def _correction_command(action: str, arguments: tuple[str, ...], rest: str | None, doc: str) -> None:
    """Register ``chronik correct ACTION`` taking item ids (and, for splits, a list)."""
    def command(db, note, **given):
        ids = [given[a] for a in arguments]
        _correct(db, action, ids, args=tuple(given[rest]) if rest else (), note=note)

    command.__doc__ = doc
    for name in reversed((*arguments, *([rest] if rest else []))):
        command = click.argument(name, nargs=-1 if name == rest else 1, required=True)(command)
    correct.command(action)(db_option(note_option(user_errors(command))))


_correction_command("accept", ("item",), None, "Confirm an item as extracted (it leaves the review queue).")
_correction_command("reject", ("item",), None, "Drop a wrong event, quote, statement, figure or entity from the chronicle.")
_correction_command("merge-entities", ("keep", "other"), None, "Make OTHER part of KEEP (one actor, two names).")
_correction_command("split-entity", ("item",), "forms",
                    "Split the mentions written as FORMS off into their own entity (named after the first).")
_correction_command("merge-events", ("keep", "other"), None, "Make OTHER part of KEEP (two reports of one event).")
_correction_command("split-event", ("item",), "articles",
                    "Split the reports of ARTICLES (ids or prefixes) off into a separate event.")


@correct.command("set")
@click.argument("item")
@click.argument("field")
@click.argument("value")
@db_option
@note_option
@user_errors
def correct_set(item, field, value, db, note):
    """Fix one value: an event's date/place/status/type/label, a figure's low/high/bound/unit/
    time/attribution/..., a quote's speaker/via, a statement's speaker/via/addressee/kind, an entity's
    name/type ('null' clears)."""
    _correct(db, "set", [item], field=field, value=value, note=note)


@correct.command("list")
@db_option
@click.option("--stale", "only_stale", is_flag=True, help="only corrections that match nothing any more")
@user_errors
def correct_list(db, only_stale):
    """Every correction in replay order, with what became of it at the last build."""
    from chronik.review import stored_corrections

    with _open(db) as chron:
        rows = [c for c in stored_corrections(chron.store) if not only_stale or c.status == "stale"]
    for c in rows:
        click.echo(f"{c.seq:>3}  {c.id}  {c.status:<7}  {c.describe()}"
                   + (f"  ({c.detail})" if c.status == "stale" and c.detail else "")
                   + (f"  note: {c.note}" if c.note else ""))
    if not rows:
        click.echo("no stale corrections" if only_stale else "no corrections")


@correct.command("undo")
@click.argument("correction")
@db_option
@user_errors
def correct_undo(correction, db):
    """Forget a correction (its id from 'chronik correct list') and re-link without it."""
    from chronik.review import undo

    with _edit(db) as chron:
        c = undo(chron.store, correction)
    click.echo(f"undone: {c.describe()}  [correction {c.id}]")


@correct.command("export")
@click.argument("file", type=click.Path())
@db_option
@user_errors
def correct_export(file, db):
    """Write the corrections to FILE, for 'chronik correct apply' on another store."""
    from chronik.review import export_file

    with _open(db) as chron:
        n = export_file(chron.store, file)
    click.echo(f"{n} correction{'s' if n != 1 else ''} written to {file}")


@correct.command("apply")
@click.argument("file", type=click.Path())
@db_option
@user_errors
def correct_apply(file, db):
    """Add the corrections of FILE (from 'chronik correct export') to this store and replay them."""
    from chronik.review import apply_file

    with _edit(db) as chron:
        added = apply_file(chron.store, file)
    for c in added:
        _say(c)
    click.echo(f"{len(added)} correction{'s' if len(added) != 1 else ''} added from {file}")


def _table(headers: list[str], rows: list[list[str]]) -> None:
    if sys.stdout.isatty():
        from rich.console import Console
        from rich.table import Table

        table = Table(*headers)
        for r in rows:
            table.add_row(*r)
        Console().print(table)
        return
    click.echo("\t".join(headers))
    for r in rows:
        click.echo("\t".join(r))


def main() -> None:
    """Entry point; an unexpected failure is one line too (set CHRONIK_DEBUG=1 for the traceback)."""
    import os

    try:
        cli(prog_name="chronik", standalone_mode=True)
    except (KeyboardInterrupt, SystemExit):
        raise
    except Exception as err:  # noqa: BLE001 - the last line of defence against tracebacks
        if os.environ.get("CHRONIK_DEBUG"):
            raise
        click.echo(f"Error: internal error ({type(err).__name__}: {err}); "
                   "please report it with CHRONIK_DEBUG=1 set for the details", err=True)
        sys.exit(2)


if __name__ == "__main__":
    main()
