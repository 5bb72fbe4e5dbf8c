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

DB_HELP = "the store: an SQLite file (created if needed)"


def db_option(fn):
    return click.option("--db", default="chronik.db", show_default=True, help=DB_HELP)(fn)


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
@click.option("--workers", default=0, show_default=True, help="processes for per-article analysis (0: one per core)")
@click.option("--nlp", default=None, help="a spaCy pipeline (name or path) whose entities replace chronik's NER")
@click.option("--max-bytes", default=None, type=int, help="skip files larger than this (default 20 MB)")
@click.option("--csv-delimiter", default=None, help="CSV field delimiter (default: sniffed , ; or tab)")
@click.option("--csv-quotechar", default='"', show_default=True, help="CSV quote character")
@click.option("--csv-no-header", is_flag=True, help="the CSV has no header row")
@click.option("--csv-text-column", default=None, help="CSV column with the text: a header name or 1-based number")
@user_errors
def build(paths, db, workers, nlp, max_bytes, csv_delimiter, csv_quotechar, csv_no_header, csv_text_column):
    """Read, clean and analyze PATHS (files or folders) into the store."""
    from chronik.ingest import ReadOptions
    from chronik.pipeline import BuildOptions

    read = ReadOptions(csv_delimiter=csv_delimiter, csv_quotechar=csv_quotechar, csv_header=not csv_no_header,
                       csv_text_column=csv_text_column)
    if max_bytes:
        read = ReadOptions(**{**{f: getattr(read, f) for f in read.__dataclass_fields__}, "max_bytes": max_bytes})
    options = BuildOptions(read=read, workers=max(0, workers), nlp=nlp)

    def on_skip(item):
        click.echo(item.message(), err=True)

    with _open(db, read_only=False) as chron:
        if sys.stderr.isatty():
            from rich.progress import Progress

            with Progress(transient=True) as progress:
                task = progress.add_task("building", total=None)
                report = chron.add(paths, options, on_skip=on_skip,
                                   on_progress=lambda n: progress.advance(task, n))
        else:
            report = chron.add(paths, options, on_skip=on_skip)
    click.echo(report.summary())
    if report.added == 0 and report.duplicates == 0:
        sys.exit(1)


@cli.command()
@db_option
@click.option("--format", "fmt", default="json", show_default=True, type=click.Choice(["json", "csv", "md"]))
@click.option("--output", "-o", default=None, help="file (folder for csv); default: standard output")
@user_errors
def export(db, fmt, output):
    """Write the whole chronicle as JSON, CSV files or Markdown."""
    with _open(db) as chron:
        text = chron.export(fmt, output)
    if text is not None:
        click.echo(text, nl=False)


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
@user_errors
def entities(db, etype, limit):
    """Canonical entities with type, mention count, articles and aliases."""
    with _open(db) as chron:
        rows = [e for e in chron.entities() if not etype or e["type"] == etype][:limit]
    _table(["entity", "type", "mentions", "articles", "aliases"],
           [[e["name"], e["type"], str(e["mentions"]), str(len(e["articles"])), ", ".join(e["aliases"])]
            for e in rows])


@cli.command()
@db_option
@click.option("--entity", default=None, help="only events with this participant (name or alias)")
@click.option("--from", "start", default=None, help="first date (ISO, e.g. 2025-08)")
@click.option("--to", "end", default=None, help="last date (ISO)")
@click.option("--format", "fmt", default="text", type=click.Choice(["text", "md", "json"]))
@user_errors
def timeline(db, entity, start, end, fmt):
    """Events in date order with their sources; undated events listed apart."""
    with _open(db) as chron:
        events = chron.timeline(entity, start, end)
        if fmt == "md":
            from chronik.export import export_document
            from chronik.export.markdown import to_markdown

            doc = export_document(chron.store)
            doc["events"] = events
            click.echo(to_markdown(doc), nl=False)
            return
        articles = {a.id: a for a in chron.articles()}
    if fmt == "json":
        click.echo(json.dumps(events, ensure_ascii=False, indent=1))
        return
    dated = [e for e in events if e["date"]]
    undated = [e for e in events if not e["date"]]
    for e in dated:
        status = "" if e["status"] == "happened" else f" [{e['status']}]"
        basis = " (publication date)" if e["date_basis"] == "published" else ""
        click.echo(f"{e['date']:<10}  {e['label']}{status}{basis}")
        for a in e["articles"]:
            art = articles.get(a)
            click.echo(f"            source: {_source_label(art)}")
    if undated:
        click.echo("\nundated:")
        for e in undated:
            click.echo(f"            {e['label']}  ({', '.join(_source_label(articles.get(a)) for a in e['articles'])})")
    if not events:
        click.echo("no events")


def _source_label(article) -> str:
    if article is None:
        return "?"
    return f"{(article.published or 'undated')[:10]} {article.outlet or article.source}"


@cli.command()
@db_option
@click.option("--speaker", default=None, help="only quotes of this speaker (name or alias)")
@user_errors
def quotes(db, speaker):
    """Direct quotes with speaker, date and source."""
    with _open(db) as chron:
        rows = chron.quotes(speaker)
        articles = {a.id: a for a in chron.articles()}
    for q in rows:
        via = f" via {q['via']}" if q["via"] else ""
        click.echo(f"{q['speaker_name'] or 'unknown speaker'}{via}: „{q['text']}“")
        click.echo(f"    {', '.join(_source_label(articles.get(a)) for a in q['articles'])}")
    if not rows:
        click.echo("no quotes")


@cli.command()
@db_option
@click.option("--series", default=None, help="only this series id")
@click.option("--entity", default=None, help="only series about or attributed to this name")
@click.option("--chart", default=None, type=click.Path(), help="draw the series to a .png or .svg file")
@user_errors
def figures(db, series, entity, chart):
    """Figure series as tables: value, source, attribution, as-of date, article."""
    with _open(db) as chron:
        result = chron.figures(series, entity)
        articles = {a.id: a for a in chron.articles()}
    figs = result["figures"]
    for s in result["series"]:
        click.echo(f"\n{s['label']}  (series {s['id']})")
        _table(["as of", "value", "attribution", "article"],
               [[figs[f]["as_of"] or "", figs[f]["text"], figs[f]["attribution"] or "",
                 _source_label(articles.get(figs[f]["article"]))] for f in s["figures"]])
        for a, b in s["conflicts"]:
            click.echo(f"conflict: {figs[a]['text']} vs {figs[b]['text']}")
    if not result["series"]:
        click.echo("no figure series")
    if chart:
        from chronik.export.chart import draw_series

        draw_series(result["series"], figs, articles, chart)
        click.echo(f"chart written to {chart}")


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
