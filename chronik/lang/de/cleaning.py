"""German news boilerplate as data: the cues the cleaner looks for.

Origin: conventions of German-language news sites and agency copy (bylines
"Von ... Uhr", reading-time notes, picture credits "Quelle:/Foto:/Bild:",
agency credit lines "(dpa, afp)", editor initials "wa/fab"), collected from
the style of German, Austrian and Swiss outlets; none is specific to one
article.
"""
from __future__ import annotations

from dataclasses import dataclass

# Agencies and how outlets abbreviate them in credits -> the normalized name.
AGENCIES = {
    "dpa": "dpa", "afp": "afp", "rtr": "reuters", "reuters": "reuters", "ap": "ap",
    "apa": "apa", "sda": "sda", "kna": "kna", "epd": "epd", "ddp": "ddp", "dapd": "dapd",
    "ots": "ots", "sid": "sid", "ansa": "ansa", "efe": "efe", "upi": "upi", "bloomberg": "bloomberg",
    "keystone-sda": "sda", "awp": "awp", "red": None, "mit material von": None,
}

# Words a job line after an author's name starts with ("Erika Muster Redakteurin Politik").
AUTHOR_ROLES = (
    "Redaktor", "Redaktorin", "Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin",
    "Autor", "Autorin", "Reporter", "Reporterin", "Volontär", "Volontärin", "Chefredakteur",
    "Chefredakteurin", "Ressortleiter", "Ressortleiterin", "Journalist", "Journalistin",
)

# A picture credit inside a paragraph marks the paragraph as a caption.
CAPTION_CREDIT_PATTERNS = (
    r"\bQuelle:\s*[^|\n]{1,60}\|",           # "Quelle: AP | Uncredited"
    r"\(\s*Quelle:\s*[^)\n]{1,120}\)\s*$",   # "(Quelle: Name/agency-bilder)"
    r"\((?:Foto|Bild|Fotos|Bilder|Symbolbild|Archivbild|Archivfoto)\s*:[^)\n]{1,120}\)",
    r"^(?:Foto|Bild|Symbolbild|Archivbild|Archivfoto|Fotos|Bilder)\s*:",
    r"(?:Foto|Bild)\s*:\s*[^\n]{1,80}/(?:dpa|AFP|Reuters|AP|imago|Getty|Keystone|APA)\b",
    r"\b(?:imago[- ]images|picture alliance|Getty Images|Keystone)\b.{0,30}$",
    r"\(Das Foto wurde\b",
    r"\((?:l\.|r\.|M\.|v\. ?l\.)\)",           # position markers "(l.)" of people in a photo
    r"©",
)

# A line that is a byline or a reading-time note.
BYLINE_PATTERNS = (
    r"^Von\s+[^\n]{1,80}?\s+\d{1,2}\.\d{1,2}\.\d{2,4}",  # "Von afp 15.08.2025 - 16:38 Uhr"
    r"\bLesedauer:?\s*\d+\s*Min",
    r"^Aktualisiert( am)?\s*:?\s*\d{1,2}\.\d{1,2}\.\d{2,4}",
    r"^(?:Veröffentlicht|Publiziert|Erstellt)( am)?\s*:?\s*\d{1,2}\.\d{1,2}\.\d{2,4}",
)

# Tail or inline markers of promotion, tag lists and navigation.
PROMO_PATTERNS = (
    r"^\s*[-•*]\s*Themen\s*:",
    r"^\s*Themen\s*:",
    r"^\s*Schlagworte\s*:",
    r"^\s*#\w",
    r"^\s*[-•*]\s*#\w",
    r"•",
    r"\bWebinar\b",
    r"\bAnzeige\b\s*$",
    r"^\s*Anzeige\s*$",
    r"^\s*Werbung\s*$",
    r"\bzu gewinnen\b",
    r"\bJetzt (?:abonnieren|anmelden|registrieren|kaufen|bestellen)\b",
    r"\bNewsletter\b",
    r"\bMehr zum Thema\b",
    r"\bLesen Sie (?:auch|mehr)\b",
    r"\bTeilen auf\b|\bArtikel teilen\b",
    r"\bCookie",
)

# "3. September 2025" or "03.09.2025" opening the first body line.
MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}

# German function words, for telling German text from English (origin:
# the most frequent words of German and English news text).
FUNCTION_WORDS_DE = frozenset(
    "der die das und ist nicht mit sich des auf für im dem den ein eine zu von auch es an als nach wie aus bei".split()
)
FUNCTION_WORDS_EN = frozenset(
    "the and is are was were of to in that it for on with as by at from this be has have not".split()
)


# eq=False: hashed by identity, so compiled patterns can be cached per rule set.
@dataclass(frozen=True, slots=True, eq=False)
class CleaningRules:
    agencies: dict
    author_roles: tuple[str, ...]
    caption_patterns: tuple[str, ...]
    byline_patterns: tuple[str, ...]
    promo_patterns: tuple[str, ...]
    months: dict
    function_words: frozenset[str]
    foreign_function_words: dict


CLEANING_RULES = CleaningRules(
    agencies=AGENCIES,
    author_roles=AUTHOR_ROLES,
    caption_patterns=CAPTION_CREDIT_PATTERNS,
    byline_patterns=BYLINE_PATTERNS,
    promo_patterns=PROMO_PATTERNS,
    months=MONTHS,
    function_words=FUNCTION_WORDS_DE,
    foreign_function_words={"en": FUNCTION_WORDS_EN},
)
