"""Language resources: everything language-specific, passed to the stages as data."""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True, slots=True, kw_only=True)
class LanguageResources:
    """The word lists and patterns of one language, wired from ``lang/<code>/``.

    Each extractor receives the part it needs; none reads a module global.
    """

    code: str
    abbreviations: frozenset[str]
    cleaning: Any = None
    entities: Any = None
    names: Any = None
    time: Any = None
    numbers: Any = None
    quotes: Any = None
    events: Any = None
    demonyms: Any = None
    grammar: Any = None
    statements: Any = None


SUPPORTED = ("de",)


def load(code: str = "de") -> LanguageResources:
    """The resources for ``code``; raises ``ConfigError`` for an unknown language."""
    if code == "de":
        from chronik.lang.de import RESOURCES

        return RESOURCES
    from chronik.errors import ConfigError

    raise ConfigError(f"unknown language {code!r}; available: {', '.join(SUPPORTED)}")
