"""Channels and their tags: the outlets, agencies and state media a report passes through.

The default channels are ``[channels]`` in ``chronik/defaults.toml``; a user's TOML file of the
same shape adds channels or changes fields of a known one (a partial table only changes the keys
it sets). The user's file is kept in the store (record kind ``setting``) so that every later build
and display uses it without the option being repeated.
"""
from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache
from importlib.resources import files

from chronik.errors import ConfigError

SETTING_KIND = "setting"
CHANNELS_SETTING = "channels"
# Names this short match only as written: "AP" is an agency, "ap" inside a word is not.
SHORT_NAME = 3


@dataclass(frozen=True, slots=True, kw_only=True)
class Channel:
    key: str
    name: str
    aliases: tuple[str, ...]
    tags: tuple[str, ...]


@dataclass(frozen=True, slots=True, kw_only=True)
class ChannelBook:
    """Every known channel, found by name or alias, or inside a phrase ("laut KCNA")."""

    channels: tuple[Channel, ...]
    by_name: dict[str, Channel]
    exact: dict[str, Channel]
    pattern: re.Pattern | None

    def lookup(self, name: str | None) -> Channel | None:
        if not name:
            return None
        name = name.strip()
        return self.exact.get(name) or (self.by_name.get(name.lower()) if len(name) > SHORT_NAME else None)

    def find(self, phrase: str | None) -> Channel | None:
        """The first channel named inside ``phrase``, if any."""
        if not phrase or self.pattern is None:
            return None
        found = self.lookup(phrase)
        if found:
            return found
        m = self.pattern.search(phrase)
        return self.lookup(m.group(0)) if m else None

    def link(self, name: str, role: str, *, search: bool = False) -> dict:
        """One step of a chain as the export writes it: name, role and tags.
        With ``search``, a channel named inside a phrase ("laut der Agentur Tass") counts."""
        channel = self.find(name) if search else self.lookup(name)
        if channel is None:
            return {"name": name, "role": role, "tags": []}
        return {"name": channel.name, "role": role, "tags": list(channel.tags)}


def _read_defaults() -> dict:
    text = files("chronik").joinpath("defaults.toml").read_text(encoding="utf-8")
    return tomllib.loads(text).get("channels", {})


def parse_channels(text: str, source: str) -> dict:
    """The ``[channels]`` tables of a user's TOML file, checked."""
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as err:
        raise ConfigError(f"{source} is not valid TOML: {err}") from None
    tables = data.get("channels")
    if not isinstance(tables, dict) or not tables:
        raise ConfigError(f"{source} has no [channels.NAME] tables; see chronik/defaults.toml for the shape")
    for key, table in tables.items():
        if not isinstance(table, dict):
            raise ConfigError(f"{source}: channels.{key} must be a table with name, aliases and tags")
        for field in ("aliases", "tags"):
            value = table.get(field, [])
            if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
                raise ConfigError(f"{source}: channels.{key}.{field} must be a list of strings")
        if "name" in table and not isinstance(table["name"], str):
            raise ConfigError(f"{source}: channels.{key}.name must be a string")
    return tables


def channel_book(user_text: str | None = None, source: str = "the sources config") -> ChannelBook:
    """The default channels, changed by a user's TOML text when given."""
    tables = {k: dict(v) for k, v in _read_defaults().items()}
    if user_text:
        for key, table in parse_channels(user_text, source).items():
            tables[key] = {**tables.get(key, {}), **table}
    channels = tuple(Channel(key=key, name=t.get("name") or key, aliases=tuple(t.get("aliases", ())),
                             tags=tuple(t.get("tags", ()))) for key, t in sorted(tables.items()))
    by_name: dict[str, Channel] = {}
    exact: dict[str, Channel] = {}
    for c in channels:
        for n in (c.key, c.name, *c.aliases):
            exact.setdefault(n, c)
            if len(n) > SHORT_NAME:
                by_name.setdefault(n.lower(), c)
    return ChannelBook(channels=channels, by_name=by_name, exact=exact, pattern=_pattern(channels))


def _pattern(channels: tuple[Channel, ...]) -> re.Pattern | None:
    names = {n for c in channels for n in (c.name, *c.aliases) if n}
    if not names:
        return None
    longest_first = sorted(names, key=lambda n: (-len(n), n))
    parts = [re.escape(n) if len(n) <= SHORT_NAME else f"(?i:{re.escape(n)})" for n in longest_first]
    return re.compile(r"(?<!\w)(?:" + "|".join(parts) + r")(?!\w)")


def stored_book(store) -> ChannelBook:
    """The channels for this store: defaults plus the user's file kept in it."""
    setting = next((r for r in store.records(SETTING_KIND) if r["id"] == CHANNELS_SETTING), None)
    if setting is None:
        return default_book()
    return channel_book(setting["toml"], setting.get("file") or "the stored sources config")


def keep_user_channels(store, path: str) -> ChannelBook:
    """Read a user's channel file, check it and keep it in the store."""
    try:
        with open(path, encoding="utf-8") as f:
            text = f.read()
    except (OSError, UnicodeDecodeError) as err:
        raise ConfigError(f"cannot read the sources config {path}: {err}") from None
    book = channel_book(text, path)
    store.put_records(SETTING_KIND, [{"id": CHANNELS_SETTING, "file": path, "toml": text}])
    return book


def article_channels(book: ChannelBook, agencies, outlet: str | None) -> list[dict]:
    """The channels an article came through: its credited agencies, then the outlet."""
    steps = [book.link(a, "agency") for a in agencies]
    if outlet:
        steps.append(book.link(outlet, "outlet", search=True))
    return steps


def chain_text(links: list[dict]) -> str:
    """``Wladimir Putin <- KCNA [state media, agency] <- AFP [agency]``."""
    return " <- ".join(step["name"] + (f" [{', '.join(step['tags'])}]" if step["tags"] else "") for step in links)


def source_label(article, book: ChannelBook) -> str:
    """``2025-08-15 t-online (AFP [agency])``: date, outlet or source, and the
    credited agencies, each channel with its tags."""
    if article is None:
        return "?"
    where = article.outlet or article.source
    outlet = book.find(article.outlet) if article.outlet else None
    if outlet and outlet.tags:
        where += f" [{', '.join(outlet.tags)}]"
    label = f"{(article.published or 'undated')[:10]} {where}"
    credits = [book.link(a, "agency") for a in article.agencies]
    if credits:
        label += " (" + ", ".join(chain_text([c]) for c in credits) + ")"
    return label


def channel_counts(store) -> list[dict]:
    """Every channel the store's articles name (credited agency or outlet),
    with its tags, its articles and how many independent sources they are."""
    seen: dict[tuple[str, str], dict] = {}
    for row in store.links("article"):
        for step in row.get("channels", []):
            entry = seen.setdefault((step["name"], step["role"]), {**step, "articles": 0, "groups": set()})
            entry["articles"] += 1
            entry["groups"].add(row.get("source_group") or row["id"])
    out = [{**{k: v for k, v in e.items() if k != "groups"}, "sources": len(e["groups"])} for e in seen.values()]
    return sorted(out, key=lambda e: (-e["articles"], e["name"], e["role"]))


@lru_cache(maxsize=1)
def default_book() -> ChannelBook:
    return channel_book()
