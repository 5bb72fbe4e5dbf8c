"""Search folding: umlauts and ß spelled out, so every spelling finds every other.

"Straßenbrücke", "Strassenbrücke" and "Strassenbruecke" all fold to
"strassenbruecke" (Swiss and ASCII spellings are common in news).
"""
from __future__ import annotations

import re

_FOLD = str.maketrans({"ß": "ss", "ẞ": "ss", "ä": "ae", "ö": "oe", "ü": "ue", "Ä": "ae", "Ö": "oe", "Ü": "ue"})
_WORD = re.compile(r"\w+")


def fold(text: str) -> str:
    return text.translate(_FOLD).lower()


def query_terms(query: str) -> list[str]:
    return [fold(w) for w in _WORD.findall(query)]


def fts_query(query: str) -> str:
    """An FTS5 MATCH expression: every term must occur (as a word prefix)."""
    return " AND ".join(f'"{t}"*' for t in query_terms(query))


def tsquery(query: str) -> str:
    """A PostgreSQL to_tsquery expression: every term must occur (as a word
    prefix, after the text-search configuration stemmed it)."""
    return " & ".join(f"'{t}':*" for t in query_terms(query))


def snippet(text: str, query: str, width: int = 160, mark: tuple[str, str] = ("[", "]"),
            terms: list[str] | None = None) -> str:
    """The first passage of ``text`` around a query term, terms marked.

    A word is a hit when its folded form starts with one of ``terms``: the
    query's folded words, or what the search engine made of them (stems)."""
    terms = query_terms(query) if terms is None else terms
    words = list(_WORD.finditer(text))
    hits = [m for m in words if any(fold(m.group()).startswith(t) for t in terms)]
    if not hits:
        return text[:width].replace("\n", " ")
    first = hits[0].start()
    start = max(0, first - width // 3)
    end = min(len(text), start + width)
    out, pos = [], start
    for m in hits:
        if m.start() < start or m.end() > end:
            continue
        out.append(text[pos:m.start()])
        out.append(mark[0] + m.group() + mark[1])
        pos = m.end()
    out.append(text[pos:end])
    prefix = "…" if start > 0 else ""
    suffix = "…" if end < len(text) else ""
    return prefix + "".join(out).replace("\n", " ") + suffix
