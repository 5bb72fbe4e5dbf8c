"""Regex alternations of word lists, built so that Python's regex engine tries them quickly."""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence


def by_first_letter(words: Sequence[str], escape: Callable[[str], str] = re.escape) -> str:
    """The alternation of ``words`` (in this order) grouped by first letter, case-blind:
    ``p(?:räsident|remier)|c(?:hef)``, for use inside ``(?i:...)``.

    Each word is still tried in the given order. Under ``(?i:...)`` a word's first
    letter is no quick test for the engine, so a plain alternation enters every
    word at every position it is tried; grouped, it enters the one group whose
    letter is there. ``escape`` writes one piece of a word as a pattern (it must
    work letter by letter, as ``re.escape`` does)."""
    groups: dict[str, list[str]] = {}
    for w in words:
        groups.setdefault(w[:1].lower(), []).append(w[1:])
    return "|".join(escape(first) + "(?:" + "|".join(map(escape, rests)) + ")" for first, rests in groups.items())
