"""Options for the readers, with the defaults a user gets from the CLI."""
from __future__ import annotations

from dataclasses import dataclass

# 20 MB: far above any single news article or a day's JSONL export of a
# feed, low enough that a stray video or database dump is refused quickly.
DEFAULT_MAX_BYTES = 20_000_000


@dataclass(frozen=True, slots=True, kw_only=True)
class ReadOptions:
    max_bytes: int = DEFAULT_MAX_BYTES
    csv_delimiter: str | None = None  # None: sniff between , ; and tab
    csv_quotechar: str = '"'
    csv_header: bool = True
    csv_text_column: str | None = None  # a header name, or a 1-based column number
