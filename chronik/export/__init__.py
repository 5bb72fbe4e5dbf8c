"""Exports: the store as one JSON document (the contract), CSV files, Markdown, TimelineJS JSON."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from chronik.errors import ConfigError
from chronik.export import markdown, timelinejs
from chronik.export.document import PARTS, export_document
from chronik.export.jsonfile import to_json

FORMATS = ("json", "csv", "md", "timelinejs")
# The parts of the export document each format reads (JSON and CSV: all).
_FORMAT_PARTS = {"md": markdown.PARTS, "timelinejs": timelinejs.PARTS}


def export(store, fmt: str, output: str | None, on_note: Callable[[str], None] | None = None) -> str | None:
    """Write the export; returns the text when ``output`` is None (stdout).
    ``on_note`` hears what a format had to leave out (undated events in TimelineJS)."""
    # Options first: a wrong one must not wait for the whole store to be read.
    if fmt not in FORMATS:
        raise ConfigError(f"unknown export format {fmt!r}; available: {', '.join(FORMATS)}")
    if fmt == "csv" and not output:
        raise ConfigError("--format csv writes one file per list; give a folder with --output")
    doc = export_document(store, _FORMAT_PARTS.get(fmt, PARTS))
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


__all__ = ["FORMATS", "export", "export_document"]
