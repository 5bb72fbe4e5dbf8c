"""Authors from the names a container or a byline gives: people only.

An author field often holds more than names: the place the author reports
from ("Von Anna Muster, Brüssel"), the outlet itself ("DER SPIEGEL",
"Redaktion hessenschau.de", "hessenschau.de, Frankfurt, Germany"), its
publisher ("Frankfurter Allgemeine Zeitung GmbH") or an agency
("Deutsche Presse-Agentur"). Each field is split into its names (at commas,
semicolons and "und"); agencies go to the article's agencies, places, outlets
and organisations are dropped, people stay in the order given.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from chronik.ingest.titles import outlet_key, site_key
from chronik.lang.de.cleaning import CleaningRules

_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "Elena Oberholzer (obe)"
_WORD = re.compile(r"[\w.'’-]+")


@lru_cache(maxsize=4)
def _prefix(rules: CleaningRules) -> re.Pattern:
    return re.compile(rules.author_prefix, re.IGNORECASE)


@lru_cache(maxsize=4)
def _joiners(rules: CleaningRules) -> re.Pattern:
    """Where one name of a field ends and the next begins: "," ";" "|" or "und"."""
    words = "|".join(re.escape(w) for w in rules.author_joiners)
    return re.compile(rf"\s*(?:[,;|]|\s(?:{words})\s)\s*")


def people(names: Iterable[str], outlets: Iterable[str | None], rules: CleaningRules,
           urls: Iterable[str | None] = ()) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(authors, agencies) from author fields; ``outlets`` and the sites of
    ``urls`` name the outlet, which is no author of its own articles."""
    keys = {outlet_key(o) for o in outlets if o} | {site_key(u) for u in urls if u}
    keys.discard("")
    authors: dict[str, str] = {}  # folded -> as written
    agencies: list[str] = []
    for field in names:
        for name in _field_people(field, keys, rules, agencies):
            authors.setdefault(name.casefold(), name)
    return tuple(authors.values()), tuple(dict.fromkeys(agencies))


def _field_people(field: str, outlets: set[str], rules: CleaningRules, agencies: list[str]) -> list[str]:
    parts = [_bare(p, rules) for p in re.split(r"\s*[,;|]\s*", field.strip())]
    parts = [p for p in parts if p]
    if not parts:
        return []
    if _kind(parts[0], outlets, rules) in ("outlet", "organisation"):
        return []  # "hessenschau.de, Frankfurt, Germany": an outlet and its address
    found: list[str] = []
    for index, part in enumerate(parts):
        person = _kind(part, outlets, rules) == "person"
        names = [_bare(n, rules) for n in _joiners(rules).split(part)] if person else [part]
        for name in filter(None, names):
            kind = _kind(name, outlets, rules)
            if kind == "agency":
                agencies.append(_agency(name, rules))
            elif kind == "person" and not (index > 0 and any(" " in f for f in found)
                                           and _is_place_after_names(name)):
                found.append(name)
    return found


def _bare(name: str, rules: CleaningRules) -> str:
    """The name without "Von"/"Autor:" before it and "(obe)" after it."""
    name = " ".join(name.split()).strip(" .:-–")
    name = _prefix(rules).sub("", name).strip()
    return _TRAILING_NOTE.sub("", name).strip(" .:-–")


def _agency(name: str, rules: CleaningRules) -> str | None:
    key = name.lower().strip(" .")
    if key in rules.agencies:
        return rules.agencies[key]
    parts = [p.strip() for p in key.split("/")]
    if len(parts) > 1 and all(p in rules.agencies and rules.agencies[p] for p in parts):
        return rules.agencies[parts[0]]  # "dpa/AFP": the first; the credit line gives all
    return None


def _kind(name: str, outlets: set[str], rules: CleaningRules) -> str:
    """person, agency, credit (names no one: "red."), outlet, organisation or place."""
    if name.lower().strip(" .") in rules.agencies or _agency(name, rules):
        return "agency" if _agency(name, rules) else "credit"
    words = [w.lower().strip(".") for w in _WORD.findall(name)]
    if not words:
        return "credit"
    bare = [w for w in words if w not in rules.organisation_words]
    if outlet_key(" ".join(bare or words)) in outlets or outlet_key(name) in outlets:
        return "outlet"
    first, _, rest = name.partition(" ")
    if rest and outlet_key(first) in outlets and (rest in rules.places or rest.title() in rules.places):
        return "outlet"  # a regional desk: "MDR THÜRINGEN", "NDR Niedersachsen"
    if any(w in rules.organisation_words or w.endswith(rules.organisation_endings) for w in words):
        return "organisation"
    if name in rules.places:
        return "place"
    return "person"


def _is_place_after_names(name: str) -> bool:
    """A lone capitalised word after the names of a byline is where they
    report from ("Anna Martel und Lea Wagner, Nairobi"); lower-case initials
    ("kesm") and all-capital short names ("SID") are not places."""
    return " " not in name and name[:1].isupper() and not name.isupper() and name.isalpha()
