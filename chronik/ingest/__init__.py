"""Readers: files and folders in, ``RawArticle`` records (or a reason to skip) out.

``read_paths`` walks folders recursively in sorted order and dispatches on
the file extension. A problem with one file or one line never stops the batch:
it becomes a ``Skip`` that names the file (and line) and the reason.
"""
from __future__ import annotations

import os
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from chronik.ingest.feeds import is_url, read_url
from chronik.ingest.options import ReadOptions
from chronik.ingest.readers import READERS
from chronik.records import RawArticle


@dataclass(frozen=True, slots=True, kw_only=True)
class Skip:
    """A file or record that could not be read, and why (one line)."""

    source: str
    reason: str

    def message(self) -> str:
        return f"skipped {self.source}: {self.reason}"


def expand_paths(paths: Iterable[str | os.PathLike], exclude: Iterable[str] = ()) -> list[Path]:
    """Files named directly, then every file under each folder, sorted;
    ``exclude`` names files never to read (the store being built)."""
    skip = {os.path.realpath(e) for e in exclude}
    files: list[Path] = []
    for p in paths:
        path = Path(p)
        if path.is_dir():
            files.extend(sorted((f for f in path.rglob("*") if f.is_file()), key=lambda f: f.as_posix()))
        else:
            files.append(path)
    return [f for f in files if os.path.realpath(f) not in skip]


def read_file(path: Path, options: ReadOptions) -> Iterator[RawArticle | Skip]:
    """Every article in one file, or a ``Skip`` for what cannot be read."""
    source = str(path)
    reader = READERS.get("".join(path.suffixes[-2:]).lower()) or READERS.get(path.suffix.lower())
    if reader is None:
        yield Skip(source=source, reason=f"unsupported file type {path.suffix or '(none)'!r}; "
                   f"chronik reads {', '.join(sorted(READERS))}")
        return
    try:
        size = path.stat().st_size
    except OSError as err:
        yield Skip(source=source, reason=f"cannot read the file ({err.strerror or err})")
        return
    if size > options.max_bytes:
        yield Skip(source=source, reason=f"file is {size:,} bytes, over the limit of {options.max_bytes:,} "
                   "(raise it with --max-bytes)")
        return
    try:
        data = path.read_bytes()
    except OSError as err:
        yield Skip(source=source, reason=f"cannot read the file ({err.strerror or err})")
        return
    yield from reader(source, data, options)


def read_paths(paths: Iterable[str | os.PathLike], options: ReadOptions | None = None,
               exclude: Iterable[str] = ()) -> Iterator[RawArticle | Skip]:
    """Files and folders, and feeds named by an http(s) URL, in the order given."""
    options = options or ReadOptions()
    for named in paths:
        if is_url(named):
            yield from read_url(named, options)
            continue
        for path in expand_paths([named], exclude):
            if not path.exists():
                yield Skip(source=str(path), reason="no such file or folder")
                continue
            yield from read_file(path, options)


__all__ = ["ReadOptions", "Skip", "expand_paths", "read_file", "read_paths"]
