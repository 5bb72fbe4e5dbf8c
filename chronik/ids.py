"""Content-derived ids: the same content gives the same id in every process."""
from __future__ import annotations

import hashlib
import re
import unicodedata

_SPACE = re.compile(r"\s+")


def content_id(*parts: object) -> str:
    """A 16-hex-digit id from the parts' text (sha1; stable across runs)."""
    key = "\x1f".join("" if p is None else str(p) for p in parts)
    return hashlib.sha1(key.encode("utf-8")).hexdigest()[:16]


def normalize_text(text: str) -> str:
    """The text an article id is computed from: NFC, whitespace collapsed."""
    return _SPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()


def article_id(text: str) -> str:
    return content_id("article", normalize_text(text))
