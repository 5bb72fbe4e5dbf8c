"""Exports: the store as one JSON document (the contract), CSV files, Markdown, TimelineJS JSON."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from chronik.errors import ConfigError

FORMATS = ("json", "csv", "md", "timelinejs")


def export(store, fmt: str, output: str | None, on_note: Callable[[str], None] | None = None) -> str | None:
    """Write the export; returns the text when ``output`` is None (stdout).
    ``on_note`` hears what a format had to leave out (undated events in TimelineJS)."""
    # Options first: a wrong one must not wait for the whole store to be read.
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; available: {', '.join(FORMATS)}")
    if fmt == "csv" and not output:
        raise ConfigError("--format csv writes one file per list; give a folder with --output")
    from chronik.export import markdown, timelinejs
    from chronik.export.document import PARTS, export_document
    from chronik.export.jsonfile import to_json

    # the parts of the export document each format reads (JSON and CSV: all)
    doc = export_document(store, {"md": markdown.PARTS, "timelinejs": timelinejs.PARTS}.get(fmt, PARTS))
    if fmt == "json":
        text = to_json(doc)
    elif fmt == "md":
        text = markdown.to_markdown(doc)
    elif fmt == "timelinejs":
        timeline = timelinejs.to_timelinejs(doc)
        if timeline.undated and on_note:
            on_note(f"{timeline.undated} undated events left out")
        text = to_json(timeline.data)
    else:  # csv
        from chronik.export.csvfiles import write_csv

        write_csv(doc, Path(output))
        return None
    if output:
        Path(output).write_text(text, encoding="utf-8")
        return None
    return text


def __getattr__(name: str):
    """``export_document`` is imported on first use: the CLI reads ``FORMATS`` at its start, and the
    document pulls in the review and link layers."""
    if name == "export_document":
        from chronik.export.document import export_document

        return export_document
    raise AttributeError(f"module 'chronik.export' has no attribute {name!r}")


__all__ = ["FORMATS", "export", "export_document"]
