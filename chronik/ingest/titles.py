"""A page's headline from the titles its markup states.

A page states its title several times (``og:title``, the JSON-LD headline,
``twitter:title``, ``<title>``, the ``<h1>``), each dressed for its use: the
``<title>`` trails the site's name and its sections ("... - Sport - SZ.de",
"... | hessenschau.de | Wirtschaft", "..., Tageszeitung junge Welt,
26.04.2024"), headings put a section before the headline ("Kultur : ..."),
and the text can carry soft hyphens and entities escaped twice.

``clean_title`` applies ``TITLE_RULES``, an ordered table of named rules,
to one title; ``choose_title`` takes the first stated title that is more
than the site's name, in full where an ellipsis cut it short
(``untruncated``), without a short trailing part that another stated title
lacks (``untrailed``), and the headline alone where two titles put different
kickers before it (``shared_headline``). The section names are German data
(``chronik.lang.de.titles``); the site's own names come from the page.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from html import unescape
from urllib.parse import urlsplit

from chronik.lang.de.cleaning import FUNCTION_WORDS_DE
from chronik.lang.de.entities import ENTITY_LEXICON
from chronik.lang.de.titles import SECTIONS

# Between the parts of a title: a dash, bar, bullet or breadcrumb arrow with
# spaces around it ("Titel - Sport - SZ.de", "Panorama › derStandard.at"),
# or a colon with a space before it ("Kultur : Titel").
_SEPARATOR = re.compile(r"\s+(?:[-|–—·•›]{1,2}|:)\s+")
_TLD = re.compile(r"(?:[.\s](?:de|at|ch|li|lu|com|net|org|eu|info))+$", re.IGNORECASE)
# A part that is a web address: "SZ.de", "news.ORF.at", "Motorsport-Magazin.com".
_DOMAIN = re.compile(r"(?:[\w-]+\.)+(?:de|at|ch|li|lu|com|net|org|eu|info)", re.IGNORECASE)
_DATE = re.compile(r"\d{1,2}\.\s?\d{1,2}\.\s?(?:\d{4}|\d{2})")
# Soft hyphen, zero-width space/joiners, word joiner, byte-order mark.
_INVISIBLE = re.compile("[\u00ad\u200b\u200c\u200d\u2060\ufeff]")
_SPACES = re.compile(r"[\s\u00a0\u2009\u202f]+")
# A part of at most this many words next to the site's name can be a section
# of the site ("Landkreis München"); a longer one is part of the headline.
SECTION_WORDS = 2
# A part after the site's name, at most this many words, is navigation too.
TRAIL_WORDS = 3
# A folded site name at least this long can end a longer name of the site
# ("tageszeitungjungewelt"); a short one ("zeit", "welt") ends common phrases.
LONG_NAME = 8


def outlet_key(name: str) -> str:
    """A name folded for comparing outlets: "Mdr De", "MDR.DE", "mdr.de" -> "mdr";
    "stuttgarter-zeitung.de" and "Stuttgarter Zeitung" -> "stuttgarterzeitung"."""
    name = _TLD.sub("", name.strip().lower())
    return re.sub(r"[\W_]+", "", name)


def site_key(url: str | None) -> str:
    """The folded name of a URL's site: "https://www1.wdr.de/x" -> "wdr"."""
    host = urlsplit(url).hostname if url else None
    if not host:
        return ""
    labels = host.split(".")
    return outlet_key(labels[-2] if len(labels) >= 2 else labels[0])


def site_keys(names) -> frozenset[str]:
    """The folded names of the site: outlet names, and the sites of URLs among ``names``."""
    keys = {site_key(n) if "//" in n else outlet_key(n) for n in names if n}
    return frozenset(k for k in keys if k)


def names_site(part: str, keys: frozenset[str]) -> bool:
    """Whether a title part is the site's name: its folded name, a web
    address ("SZ.de", "news.ORF.at"), a longer name ending in a long name of
    it ("Tageszeitung junge Welt"; not "Eine schwere Zeit") or, in two words,
    a desk of it ("MDR SACHSEN-ANHALT"; not "Zeitenwende", not "Spiegel der
    Gesellschaft")."""
    key = outlet_key(part)
    if not key:
        return False
    if key in keys or _DOMAIN.fullmatch(part.strip()):
        return True
    words = part.split()
    if len(words) <= TRAIL_WORDS and any(len(k) >= LONG_NAME and key.endswith(k) for k in keys):
        return True
    first = outlet_key(words[0])
    return len(words) <= 2 and any(len(k) > 2 and (first == k or k.startswith(key)) for k in keys)


def _is_section(part: str) -> bool:
    """A known section name ("Politik"), or a short name-like part beside the
    site's name ("Landkreis München"; not "Das Duell", not "und doch nicht")."""
    if part.casefold() in SECTIONS:
        return True
    words = part.split()
    return (len(words) <= SECTION_WORDS and all(w[:1].isupper() for w in words)
            and not any(w.casefold() in FUNCTION_WORDS_DE for w in words)
            and not any(ch.isdigit() or ch in "!?.,;:«»\"„“" for ch in part))


def _parts(title: str) -> tuple[list[str], list[str]]:
    """The parts of a title and the separators between them."""
    pieces = _SEPARATOR.split(title)
    return pieces, _SEPARATOR.findall(title)


def _join(parts: list[str], seps: list[str], upto: int) -> str:
    out = parts[0]
    for sep, part in zip(seps[: upto - 1], parts[1:upto]):
        out += sep + part
    return out


# -- the rules -------------------------------------------------------------------
def invisible(title: str, keys: frozenset[str]) -> str:
    """Soft hyphens and zero-width characters out, every run of spaces one space."""
    return _SPACES.sub(" ", _INVISIBLE.sub("", title)).strip()


def entities(title: str, keys: frozenset[str]) -> str:
    """Entities a page escaped twice ("&amp;quot;" reads "&quot;"): decoded."""
    return unescape(title) if "&" in title else title


def site_tail(title: str, keys: frozenset[str]) -> str:
    """The site's name at the end, with the sections around it:
    "Titel - Sport - SZ.de", "Titel | hessenschau.de | Wirtschaft",
    "Titel - Panorama - derStandard.at › Panorama" -> "Titel"."""
    parts, seps = _parts(title)
    for i in range(1, len(parts)):
        if names_site(parts[i], keys) and all(len(p.split()) <= TRAIL_WORDS for p in parts[i + 1:]):
            cut = i
            while cut > 1 and _is_section(parts[cut - 1]):
                cut -= 1
            return _join(parts, seps, cut)
    return title


def comma_site_tail(title: str, keys: frozenset[str]) -> str:
    """The site's name and a date after commas: "Titel, Tageszeitung junge Welt,
    26.04.2024" -> "Titel" (a date alone after a comma stays)."""
    pieces = title.split(", ")
    cut, named = len(pieces), False
    while cut > 1:
        piece = pieces[cut - 1].strip()
        if _DATE.fullmatch(piece):
            cut -= 1
        elif names_site(piece, keys):
            cut, named = cut - 1, True
        else:
            break
    return ", ".join(pieces[:cut]) if named else title


def section_tail(title: str, keys: frozenset[str]) -> str:
    """Section names at the end: "Titel - Politik" -> "Titel"."""
    parts, seps = _parts(title)
    cut = len(parts)
    while cut > 1 and parts[cut - 1].casefold() in SECTIONS:
        cut -= 1
    return _join(parts, seps, cut)


# A newspaper's name: capitalised words (an article before them) ending in a
# word that ends such names ("Frankfurter Allgemeine", "Kölner Stadt-Anzeiger",
# "Die Presse"; the entity lexicon's press title words).
PRESS_NAME_WORDS = 4
_ARTICLES = frozenset({"der", "die", "das"})


def _is_press_name(part: str) -> bool:
    words = part.split()
    if words and words[0].casefold() in _ARTICLES:
        words = words[1:]
    return (0 < len(words) <= PRESS_NAME_WORDS and all(w[:1].isupper() for w in words)
            and words[-1].rsplit("-", 1)[-1] in ENTITY_LEXICON.press_title_words)


def press_tail(title: str, keys: frozenset[str]) -> str:
    """A newspaper's name at the end, where the page does not state it as the
    site's name: "Titel | Frankfurter Allgemeine Zeitung", "Titel - Kölner
    Stadt-Anzeiger" -> "Titel" (a headline "Streik - Die Post erhöht das
    Porto" stays)."""
    parts, seps = _parts(title)
    if len(parts) > 1 and len(" ".join(parts[:-1]).split()) >= HEADLINE_WORDS and _is_press_name(parts[-1]):
        return _join(parts, seps, len(parts) - 1)
    return title


_HEAD = re.compile(r"^(?P<head>[^:|–—·•›]{2,40}?)(?::\s+|\s+(?:[-|–—·•›]{1,2}|:)\s+)(?P<rest>.+)$")


def site_head(title: str, keys: frozenset[str]) -> str:
    """The site's name before the headline: "tagesschau.de: Titel", "WDR | Titel" -> "Titel"."""
    m = _HEAD.match(title)
    if m and len(m["rest"].split()) >= 2:
        key = outlet_key(m["head"])
        if key in keys or _DOMAIN.fullmatch(m["head"].strip()):
            return m["rest"]
    return title


def section_head(title: str, keys: frozenset[str]) -> str:
    """A section name set apart before the headline: "Kultur : Titel",
    "Politik | Titel" -> "Titel" (a kicker "Kultur: Titel" stays)."""
    parts, seps = _parts(title)
    if len(parts) > 1 and parts[0].casefold() in SECTIONS and len(" ".join(parts[1:]).split()) >= 2:
        return title[len(parts[0]) + len(seps[0]):]
    return title


def spaced_colon(title: str, keys: frozenset[str]) -> str:
    """A space before a colon, left by joining a heading's parts with spaces
    ("<span>Mobilfunk</span>: <span>...</span>"): "Mobilfunk : Neue Tarife" ->
    "Mobilfunk: Neue Tarife" (German sets no space before a colon; a score
    "2 : 1" keeps its spaces)."""
    return re.sub(r"(?<=[^\W\d])\s+:\s+(?!\d)", ": ", title)


TitleRule = Callable[[str, frozenset[str]], str]
# In order: characters first, then the site's name (at the end, after commas),
# then sections left without it, then what stands before the headline; a
# spaced colon last, once it has served to set a section apart.
TITLE_RULES: tuple[tuple[str, TitleRule], ...] = (
    ("invisible", invisible),
    ("entities", entities),
    ("site_tail", site_tail),
    ("comma_site_tail", comma_site_tail),
    ("section_tail", section_tail),
    ("press_tail", press_tail),
    ("site_head", site_head),
    ("section_head", section_head),
    ("spaced_colon", spaced_colon),
)


def clean_title(title: str, names=()) -> str:
    """``title`` through ``TITLE_RULES``; ``names`` are the site's names
    (outlet names, the page's URL). A rule that would leave nothing is skipped."""
    keys = site_keys(names)
    for _, rule in TITLE_RULES:
        title = rule(title, keys).strip() or title
    return title


# -- two titles, one headline ----------------------------------------------------------
# The shared headline must be a real one, not a word or two.
HEADLINE_WORDS = 3
_KICKER_SEPARATOR = re.compile(r":\s+|\s+[-|–—]\s+")


def _kickers(title: str) -> dict[str, str]:
    """Folded headline -> kicker, for every way to read ``title`` as "Kicker: Headline"."""
    return {title[m.end():].strip().casefold(): title[: m.start()].strip().casefold()
            for m in _KICKER_SEPARATOR.finditer(title) if m.start() > 0}


def shared_headline(title: str, other: str | None) -> str:
    """When two titles put different kickers before the same headline
    ("Streit im Stadtrat: «Zitat»" and "Haushalt 2025 -
    «Zitat»"), the longest headline they share; else ``title``. Kickers that
    share a word are one kicker written twice ("Trainer Muster:" and
    "FCB-Trainer Muster:"); a title without a kicker ("Anwältin soll
    ...") says nothing about the other's kicker."""
    if not other:
        return title
    theirs = _kickers(other)
    for m in _KICKER_SEPARATOR.finditer(title):  # from the left: the longest headline first
        headline, kicker = title[m.end():].strip(), title[: m.start()].strip().casefold()
        if not kicker or len(headline.split()) < HEADLINE_WORDS:
            continue
        other_kicker = theirs.get(headline.casefold())
        if other_kicker and other_kicker != kicker and not _words(kicker) & _words(other_kicker):
            return headline
    return title


_TAIL = re.compile(r"\s+(?:[-|–—·•›]{1,2})\s+(?P<tail>.+)$")


def untrailed(title: str, others: list[str]) -> str:
    """A title that is another stated title with a short part after a
    separator ("Titel | Tagblatt der Region" beside "Titel") -> the other:
    the part is the site's name or navigation, whatever it says."""
    for other in others:
        if len(other.split()) < HEADLINE_WORDS or not title.casefold().startswith(other.casefold()):
            continue
        m = _TAIL.match(title[len(other):])
        if m and len(m["tail"].split()) <= TRAIL_WORDS:
            return other
    return title


def untruncated(title: str, others: list[str]) -> str:
    """A title cut short with an ellipsis ("Der Stadtrat beschließt den Haus…")
    -> another that continues it in full."""
    if not title.endswith(("…", "...")):
        return title
    stem = title.rstrip(".… ").casefold()
    return next((o for o in others if len(o) > len(stem) and o.casefold().startswith(stem)
                 and not o.endswith(("…", "..."))), title)


def choose_title(stated: list[str | None], heading: str | None = None, names=()) -> str | None:
    """The headline from the titles a page states, most preferred first (the
    caller's order), each cleaned: the first that is more than the site's
    name, in full where it was cut short, and the headline alone where
    another title or the page's ``heading`` puts another kicker before it."""
    keys = site_keys(names)
    found = [clean_title(t, names) for t in stated if t and t.strip()]
    found = [t for t in found if outlet_key(t) not in keys and not _DOMAIN.fullmatch(t)]
    if not found:
        return None
    others = found[1:] + ([clean_title(heading, names)] if heading and heading.strip() else [])
    title = untrailed(untruncated(found[0], others), others)
    for other in others:
        title = shared_headline(title, other)
    return title


def _words(text: str) -> set[str]:
    """The longer words of a folded text ("msv-interimstrainer schubert": both)."""
    return {w for w in re.findall(r"\w+", text) if len(w) >= 4}
