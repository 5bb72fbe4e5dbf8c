"""Exports: the store as one JSON document (the contract), CSV files, Markdown, TimelineJS JSON."""
from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from chronik.errors import ConfigError
from chronik.export import timelinejs
from chronik.export.document import PARTS, export_document

FORMATS = ("json", "csv", "md", "timelinejs")


def export(store, fmt: str, output: str | None, on_note: Callable[[str], None] | None = None) -> str | None:
    """Write the export; returns the text when ``output`` is None (stdout).
    ``on_note`` hears what a format had to leave out (undated events in TimelineJS)."""
    doc = export_document(store, timelinejs.PARTS if fmt == "timelinejs" else PARTS)
    if fmt == "json":
        from chronik.export.jsonfile import to_json

        text = to_json(doc)
    elif fmt == "md":
        from chronik.export.markdown import to_markdown

        text = to_markdown(doc)
    elif fmt == "timelinejs":
        from chronik.export.jsonfile import to_json

        timeline = timelinejs.to_timelinejs(doc)
        if timeline.undated and on_note:
            on_note(f"{timeline.undated} undated events left out")
        text = to_json(timeline.data)
    elif fmt == "csv":
        from chronik.export.csvfiles import write_csv

        if not output:
            raise ConfigError("--format csv writes one file per list; give a folder with --output")
        write_csv(doc, Path(output))
        return None
    else:
        raise ConfigError(f"unknown export format {fmt!r}; available: {', '.join(FORMATS)}")
    if output:
        Path(output).write_text(text, encoding="utf-8")
        return None
    return text


__all__ = ["FORMATS", "export", "export_document"]
