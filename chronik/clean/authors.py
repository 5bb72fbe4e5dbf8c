"""Authors from the names a container or a byline gives: people only.

An author field often holds more than names: the place the author reports
from ("Von Anna Muster, Brüssel"), the outlet itself ("DER SPIEGEL",
"Redaktion hessenschau.de", "hessenschau.de, Frankfurt, Germany"), its
publisher ("Frankfurter Allgemeine Zeitung GmbH") or an agency
("Deutsche Presse-Agentur"), a job ("Anna Muster, Korrespondentin in
Brüssel") or a credit for agency copy ("Anna Muster/dpa", "Anna Muster mit
dpa"). Each field is split into its names (at commas, semicolons, bars, bullets,
spaced dashes and "und"); agencies go to the article's agencies, places,
outlets, organisations and jobs are dropped, people stay in the order given.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from chronik.ingest.titles import outlet_key, site_key
from chronik.lang.de.cleaning import CleaningRules

_TRAILING_NOTE = re.compile(r"\s*\([^()]*\)\s*$")  # "Elena Oberholzer (obe)"
_WORD = re.compile(r"[\w.'’-]+")
# Between the names of a field: comma, semicolon, bar, bullet or a spaced dash
# ("Anna Muster · 3 Min. Lesezeit", "Anna Muster - Redakteurin").
_FIELD_SPLIT = re.compile(r"\s*[,;|·•]\s*|\s+[-–—]\s+")
# A web address ("n-tv.de", "FAZ.NET", "ORF.at") names a site, never a person.
_DOMAIN = re.compile(r"\b[\w-]+\.(?:de|at|ch|li|lu|com|net|org|eu|info)\b", re.IGNORECASE)
# One word in capitals ("RND", "FAZ"): an outlet or an agency, not a person.
_ACRONYM = re.compile(r"[A-ZÄÖÜ]{2,6}")
# Editors' initials ("hosb", "ino"): lower-case letters, as credits write them.
_INITIALS = re.compile(r"[a-zäöü]{2,5}\.?")


@lru_cache(maxsize=4)
def _prefix(rules: CleaningRules) -> re.Pattern:
    return re.compile(rules.author_prefix, re.IGNORECASE)


@lru_cache(maxsize=4)
def _place_cue(rules: CleaningRules) -> re.Pattern:
    return re.compile(rules.author_place_cue)


@lru_cache(maxsize=4)
def _agency_cue(rules: CleaningRules) -> re.Pattern:
    return re.compile(rules.author_agency_cue, re.IGNORECASE)


@lru_cache(maxsize=4)
def _leading_joiner(rules: CleaningRules) -> re.Pattern:
    """"und" before a name, left by a comma before it ("Anna Muster, Brüssel, und Ben Beispiel")."""
    words = "|".join(re.escape(w) for w in rules.author_joiners)
    return re.compile(rf"^(?:{words})\s+")


@lru_cache(maxsize=4)
def _roles(rules: CleaningRules) -> re.Pattern:
    """A job noun, also in a compound or the plural ("Auslandskorrespondentin", "Redakteure")."""
    roles = "|".join(sorted((re.escape(r.lower()) for r in rules.author_roles), key=len, reverse=True))
    return re.compile(rf"\w*(?:{roles})(?:e|en|nen|s)?")


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
    field = _credited_agencies(field.strip(), rules, agencies)
    parts = [_bare(p, rules) for p in _FIELD_SPLIT.split(field)]
    parts = [p for p in parts if p]
    if not parts:
        return []
    # "hessenschau.de, Frankfurt, Germany": an outlet and its address, no one
    # else; "ntv.de, ino/dpa": the outlet and a credit.
    outlet_first = _kind(parts[0], outlets, rules) in ("outlet", "organisation")
    found: list[str] = []
    for index, part in enumerate(parts):
        person = _kind(part, outlets, rules) == "person"
        names = [_bare(n, rules) for n in _joiners(rules).split(part)] if person else [part]
        for name in filter(None, names):
            kind = _kind(name, outlets, rules)
            if kind == "agency":
                agencies.append(_agency(name, rules))
            elif kind == "slashed":
                found += _slashed(name, outlets, rules, agencies)
            elif outlet_first:
                continue
            elif kind == "person" and not (index > 0 and any(" " in f for f in found)
                                           and _is_place_after_names(name, index == len(parts) - 1, rules)):
                found.append(name)
    return found


def _credited_agencies(field: str, rules: CleaningRules, agencies: list[str]) -> str:
    """The field without a closing credit for agency copy ("Anna Muster mit
    dpa", "... (mit Material von AFP und Reuters)", "Anna Muster (AFP)");
    its agencies are added."""
    m = _agency_cue(rules).search(field)
    note = None if m else _TRAILING_NOTE.search(field)
    if note:
        m, credit = note, note.group(0).strip(" ()")
    elif m:
        credit = field[m.end():]
    if not m or m.start() == 0:
        return field
    credited = [n.strip(" .()") for n in _joiners(rules).split(re.sub(r"[,/]", " und ", credit))]
    credited = [n for n in credited if n]
    if not credited or not all(n.lower() in rules.agencies for n in credited):
        return field
    agencies += [rules.agencies[n.lower()] for n in credited if rules.agencies[n.lower()]]
    return field[:m.start()]


def _slashed(name: str, outlets: set[str], rules: CleaningRules, agencies: list[str]) -> list[str]:
    """A name and an agency joined by a slash: "Anna Muster/dpa" -> Anna Muster
    (and dpa); "RND/dpa" -> dpa; editors' initials with an agency ("ino/dpa")
    stay as written, the credit of a person, with the agency added."""
    parts = [p.strip() for p in name.split("/")]
    agencies += [a for a in (_agency(p, rules) for p in parts) if a]
    rest = [p for p in parts if p and p.lower().strip(" .") not in rules.agencies]
    if rest and all(_INITIALS.fullmatch(p) for p in rest):
        return [name]
    return [p for p in rest if " " in p and _kind(p, outlets, rules) == "person"]


def _bare(name: str, rules: CleaningRules) -> str:
    """The name without "Von"/"Autor:"/"und" before it and "(obe)", a job
    ("Redakteurin Politik") or a place ("aus Brüssel") after it."""
    name = " ".join(name.split()).strip(" .:-–")
    name = _prefix(rules).sub("", name).strip()
    name = _leading_joiner(rules).sub("", name)
    name = _place_cue(rules).split(name, maxsplit=1)[0]
    words = name.split()
    for i, word in enumerate(words[2:], start=2):  # a job after the name: "Anna Muster Redakteurin"
        if _is_role(word, rules):
            name = " ".join(words[:i - 1] if words[i - 1].islower() else words[:i])  # "... ist Redakteurin"
            break
    return _TRAILING_NOTE.sub("", name).strip(" .:-–")


def _is_role(word: str, rules: CleaningRules) -> bool:
    """A job noun ("Korrespondentin", "ARD-Korrespondent", "Redakteure"; not "Autorino")."""
    return bool(_roles(rules).fullmatch(word.lower().rsplit("-", 1)[-1]))


def _agency(name: str, rules: CleaningRules) -> str | None:
    key = name.lower().strip(" .")
    if key in rules.agencies:
        return rules.agencies[key]
    parts = [p.strip() for p in key.split("/")]
    if len(parts) > 1 and all(p in rules.agencies and rules.agencies[p] for p in parts):
        return rules.agencies[parts[0]]  # "dpa/AFP": the first; the credit line gives all
    return None


def _kind(name: str, outlets: set[str], rules: CleaningRules) -> str:
    """person, agency, credit (names no one: "red."), slashed (a name with an
    agency: "Anna Muster/dpa"), outlet, organisation, job or place."""
    if name.lower().strip(" .") in rules.agencies or _agency(name, rules):
        return "agency" if _agency(name, rules) else "credit"
    if "/" in name and any(p.lower().strip(" .") in rules.agencies for p in name.split("/")):
        return "slashed"
    words = [w.lower().strip(".") for w in _WORD.findall(name)]
    if not words or any(ch.isdigit() for ch in name):
        return "credit"  # "3 Min. Lesezeit", a date
    if _DOMAIN.search(name) or _ACRONYM.fullmatch(name):
        return "outlet"
    if _is_role(words[0], rules):
        return "job"  # "Korrespondentin in Brüssel"
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


def _is_place_after_names(name: str, last: bool, rules: CleaningRules) -> bool:
    """A lone capitalised word after the names of a byline is where they
    report from ("Anna Martel und Lea Wagner, Nairobi"), and so are two or
    three capitalised words at its end with a place's word among them that
    open with no first name ("Anna Muster, New York", "..., Den Haag"; not
    "Anna Muster, Ben Beispiel", not "Anna Muster, Trudi Beispiel"); lower-case
    initials ("kesm") and all-capital short names ("SID") are not places."""
    words = name.split()
    if len(words) == 1:
        return name[:1].isupper() and not name.isupper() and name.isalpha()
    return (last and len(words) <= 3 and all(w[:1].isupper() for w in words)
            and any(w in rules.places for w in words) and words[0].split("-")[0] not in rules.first_names)
