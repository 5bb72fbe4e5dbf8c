"""German news boilerplate as data: the cues the cleaner looks for.

Origin: conventions of German-language news sites and agency copy (bylines
"Von ... Uhr", reading-time notes, picture credits "Quelle:/Foto:/Bild:",
agency credit lines "(dpa, afp)", editor initials "wa/fab"), collected from
the style of German, Austrian and Swiss outlets; none is specific to one
article.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from chronik.lang.de.entities import ENTITY_LEXICON

# Agencies and how outlets abbreviate them in credits -> the normalized name.
AGENCIES = {
    "dpa": "dpa", "afp": "afp", "rtr": "reuters", "reuters": "reuters", "ap": "ap",
    "apa": "apa", "sda": "sda", "kna": "kna", "epd": "epd", "ddp": "ddp", "dapd": "dapd",
    "ots": "ots", "sid": "sid", "ansa": "ansa", "efe": "efe", "upi": "upi", "bloomberg": "bloomberg",
    "keystone-sda": "sda", "awp": "awp", "red": None, "mit material von": None,
    # Full names, as pages write them in an author field ("Deutsche Presse-Agentur").
    "deutsche presse-agentur": "dpa", "agence france-presse": "afp", "agence france presse": "afp",
    "associated press": "ap", "austria presse agentur": "apa", "austria presse-agentur": "apa",
    "schweizerische depeschenagentur": "sda", "sport-informations-dienst": "sid",
    "katholische nachrichten-agentur": "kna", "evangelischer pressedienst": "epd",
    "thomson reuters": "reuters",
    # Credits that name no one: "red." (the desk), "Agenturen" (agencies unnamed).
    "agenturen": None, "redaktion": None,
}

# Words a job line after an author's name starts with ("Erika Muster Redakteurin Politik").
AUTHOR_ROLES = (
    "Redaktor", "Redaktorin", "Redakteur", "Redakteurin", "Korrespondent", "Korrespondentin",
    "Autor", "Autorin", "Reporter", "Reporterin", "Volontär", "Volontärin", "Chefredakteur",
    "Chefredakteurin", "Ressortleiter", "Ressortleiterin", "Journalist", "Journalistin",
    "Kolumnist", "Kolumnistin", "Gastautor", "Gastautorin",
)

# A picture credit inside a paragraph marks the paragraph as a caption.
CAPTION_CREDIT_PATTERNS = (
    r"\bQuelle:\s*[^|\n]{1,60}\|",           # "Quelle: AP | Uncredited"
    r"\(\s*Quelle:\s*[^)\n]{1,120}\)\s*$",   # "(Quelle: Name/agency-bilder)"
    r"\((?:Foto|Bild|Fotos|Bilder|Symbolbild|Archivbild|Archivfoto)\s*:[^)\n]{1,120}\)",
    r"^(?:Foto|Bild|Symbolbild|Archivbild|Archivfoto|Fotos|Bilder)\s*:",
    # A caption closing with its credit: "... im Nah- und Regionalverkehr. Bild: Maximilian von Lachner"
    r"[.!?\"“”»]\s*(?:Foto|Bild|Fotos|Bilder)\s*:\s*[A-ZÄÖÜ][\w.-]*(?:\s+(?:von|van|de|di|zu)?\s*[A-ZÄÖÜ][\w.-]*){0,3}"
    r"(?:\s*/\s*[\w. -]{1,30})?\s*$",
    r"(?:Foto|Bild)\s*:\s*[^\n]{1,80}/(?:dpa|AFP|Reuters|AP|imago|Getty|Keystone|APA)\b",
    r"\b(?:imago[- ]images|picture alliance|Getty Images|Keystone)\b.{0,30}$",
    r"\(Das Foto wurde\b",
    r"\((?:l\.|r\.|M\.|v\. ?l\.)\)",           # position markers "(l.)" of people in a photo
    r"©",
    r"^\s*Quelle\s*:\s*[^.!?\n]{1,50}$",   # "Quelle: AFP" under a picture or a chart
    # A book's reference under its cover in a review: "Insel 2025, 542 S., 28 €"
    r"\b\d{2,4}\s?S(?:\.|eiten),\s*\d{1,3}(?:[,.]\d{2})?\s*(?:€|Euro|EUR|Fr\.|CHF)\s*$",
    # A video's teaser closing with its date and length: "... beschlossen. 18.04.2024 | 0:21 min"
    r"\d{1,2}\.\d{1,2}\.\d{4}\s*\|\s*\d{1,2}:\d{2}\s*[Mm]in\.?\s*$",
)

# A line that is a byline or a reading-time note.
BYLINE_PATTERNS = (
    r"^Von\s+[^\n]{1,80}?\s+\d{1,2}\.\d{1,2}\.\d{2,4}",  # "Von afp 15.08.2025 - 16:38 Uhr"
    r"\bLesedauer:?\s*\d+\s*Min",
    r"^Aktualisiert( am)?\s*:?\s*\d{1,2}\.\d{1,2}\.\d{2,4}",
    r"^(?:Veröffentlicht|Publiziert|Erstellt)( am)?\s*:?\s*\d{1,2}\.\d{1,2}\.\d{2,4}",
    r"^Stand:?\s*\d",  # "Stand: 03.05.2021 14:10 Uhr", the last update
)

# A line that is only a byline ("Von Anna Muster", "von Anna Muster und Ben
# Beispiel"), or one with where its authors report from or their job after a
# comma ("Von Anna Muster, Brüssel", "Von Ben Beispiel, ARD-Studio Washington";
# the authors' names sort these out): above a video or a box inside the page
# as well as at the top. Not a sentence: no comma or full stop after the tail.
BARE_BYLINE_PATTERN = (r"^\s*[Vv]on\s+[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,2}"
                       r"(?:\s+(?:und|&)\s+[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){1,2})?"
                       r"(?:,\s*[A-ZÄÖÜ][^.!?:;,]{1,40})?\s*$")

# Labels of a date line, and whether the date is the publication or the last
# update ("Stand: 03.05.2021 14:10 Uhr"): an update dates an article only when
# nothing states its publication. Origin: German, Austrian and Swiss news sites.
DATE_LABELS = {
    "veröffentlicht": "published", "publiziert": "published", "erstellt": "published",
    "erschienen": "published", "online seit": "published", "zuerst veröffentlicht": "published",
    "stand": "updated", "aktualisiert": "updated", "zuletzt aktualisiert": "updated",
    "letzte aktualisierung": "updated", "geändert": "updated", "update": "updated",
}

# The small words of a date line: "Veröffentlicht am 03.05.2021 um 14:10 Uhr".
DATE_LINE_WORDS = {"on": "am", "at": "um", "hours": "Uhr"}

# The word that opens a byline ("Von Anna Muster", "15.08.2025 | Von Anna Muster").
BYLINE_CUE = "Von"

# What precedes the names in an author field ("Von", "Autor:", "Ein Kommentar von",
# "Interview: Anna Muster", "Aufgezeichnet von", "Von unserem Korrespondenten
# Anna Muster", "Gastautorin Anna Muster").
AUTHOR_PREFIX = (r"^(?:(?:ein(?:e)?\s+)?(?:kommentar|gastbeitrag|analyse|essay|kolumne|interview|reportage)"
                 r"\s+von|(?:aufgezeichnet|zusammengestellt|bearbeitet|moderiert)\s+von"
                 r"|(?:von\s+)?unser(?:e[mrn]?)?\s+(?:\w+-)?(?:korrespondent|redakteur|reporter|mitarbeiter|autor)"
                 r"(?:in|en)?|von|gastautor(?:in)?|autor(?:in)?(?:en)?|text(?:\s+und\s+fotos?)?|fotos?|recherche"
                 r"|interview|protokoll|moderation)\b\s*:?\s*")

# What follows a name in an author field to say where its author reports from
# ("Anna Muster aus Brüssel", "Anna Muster, z. Zt. Kiew"): cut with the rest.
AUTHOR_PLACE_CUE = r"(?:^|\s+)(?:aus|in|z\.\s?[Zz]t\.|zurzeit|derzeit)\s+(?=[A-ZÄÖÜ])"

# Credits for agency copy after the names ("Anna Muster mit dpa", "mit Material
# von AFP und Reuters", "mit Agenturen"): the agencies are credited, no one else.
AUTHOR_AGENCY_CUE = r"\s*\(?\s*\b(?:mit|with)\s+(?:(?:material|informationen)\s+(?:von|der|des)\s+)?"

# Words that join two names in an author field ("Anna Muster und Ben Beispiel").
AUTHOR_JOINERS = ("und", "and", "&")

# Words that make an author field an organisation (publisher, desk, broadcaster),
# not a person: legal forms and media nouns, also as compound endings
# ("Olympia-Verlag", "Nachrichtenredaktion"). Origin: German media imprints.
ORGANISATION_WORDS = frozenset(
    "gmbh ag kg e.v verlag verlage verlags mediengruppe medien media rundfunk zeitung "
    "nachrichten presse redaktion online newsroom magazin news".split()
)
# "online" and "studio" end outlets and their desks ("t-online", "ARD-Studio Washington").
ORGANISATION_ENDINGS = ("verlag", "redaktion", "zeitung", "rundfunk", "agentur", "gmbh", "medien", "online", "studio")

# Places: a byline names where its author reports from ("Von Anna Muster,
# Brüssel"); these are never authors. Origin: the entity lexicon's country,
# city and LOC lists (see lang/de/entities.py).
PLACES = (ENTITY_LEXICON.countries | ENTITY_LEXICON.cities
          | frozenset(w for w, kind in ENTITY_LEXICON.entity_words.items()
                      if kind == "LOC" and re.fullmatch(r"[^\W\d_]+(?:-[^\W\d_]+)*", w)))

# Outlets in German-speaking Europe publish in Central European Time: a time
# stated in another zone ("2024-04-17T10:24:31Z") is shown as their readers
# saw it (12:24), so that every source gives the same hour for the same moment.
UTC_OFFSET_MINUTES = 60
EU_SUMMER_TIME = True

# A note on the sources of a ticker or a roundup ("Mit Informationen der
# ARD-Korrespondenten sowie der Nachrichtenagenturen AFP, AP, dpa und Reuters."):
# its agencies are credited, the note is no story text.
SOURCES_NOTE = (r"^\s*Mit (?:Informationen|Material|Inhalten) (?:der|von|des)\b[^.!?]{0,200}"
                r"\b(?:[Nn]achrichten)?[Aa]genturen?\b")

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
    # Media players and programme notes of broadcasters' pages.
    r"^\s*\d{1,2}:\d{2}\s*[Mm]in\b",                      # "02:57 Min.. Verfügbar bis 06.05.2024."
    r"^\s*\d{1,2}\.\d{1,2}\.\d{4}\s*\|\s*\d{1,2}:\d{2}\s*[Mm]in\.?\s*$",  # "05.09.2024 | 2:03 min"
    r"\bVerfügbar bis\s+\d",
    r"^\s*Mit (?:Agenturmaterial|Material von [^.!?]{1,40})\.?\s*$",   # a credit that names no author
    # Skip links and reader polls.
    r"^\s*(?:Hauptinhalt|Zum Inhalt springen|Navigation überspringen)\s*$",
    r"^\s*Durchschnittliche Bewertung\s*:",
    r"^\s*Wie hat Ihnen (?:dieser|der) (?:Artikel|Beitrag|Text) gefallen\?",
    # A link to a related piece inside the story ("- Zum Artikel: Tarifrunde im ÖPNV").
    r"^\s*(?:[-•*]\s*)?Zum (?:Artikel|Beitrag|Video|Audio|Liveblog|Live-Blog|Ticker|Interview|Podcast|Dossier)\s*:",
    # The placeholder of an embedded post or chart the reader has not let load.
    r"^\s*(?:Ein Klick für den Datenschutz|(?:Empfohlener )?[Ee]xterner Inhalt)\s*$",
)

# Appeals to the reader inside the page (newsletters, messenger channels,
# subscriptions, donations, error reports): longer than a promo line, so they
# are matched by their second-person call to act. Origin: the formulas German,
# Austrian and Swiss news sites use for these boxes.
READER_APPEAL_PATTERNS = (
    r"\bNewsletter\b.{0,80}\b(?:informiert (?:Sie|dich)|[Aa]bonnieren Sie|abonniere|melden Sie sich|melde dich"
    r"|(?:jetzt|hier|kostenlos) (?:abonnieren|anmelden))\b",
    r"^\s*Folgst du (?:schon|bereits)\b",
    r"^\s*Folgen Sie (?:uns|\w+) (?:schon|bereits|auf)\b",
    r"\b(?:WhatsApp|Whatsapp|Telegram|Signal)-Kanal\b.{0,60}\b(?:abonnieren|abonniere|folgen|folge)\b",
    r"\bAbonniere(?:n Sie)? (?:den|unseren|jetzt)\b",
    r"\b(?:\d+|zwei|drei|vier|sechs) Wochen (?:kostenlos|gratis|unverbindlich) (?:testen|lesen)\b",
    r"\bTesten Sie\b.{0,80}\b(?:kostenlos|gratis)\b",
    r"\bJournalismus braucht (?:deine|Ihre|eure) Unterstützung\b",
    r"^\s*Fehler gefunden\?\s*Jetzt melden\b",
    r"^\s*Dieses Thema im Programm\s*:",   # broadcasters' programme note
    r"\b(?:lesen|finden) Sie (?:jederzeit |hier |auch |stets )?in unserem (?:Liveblog|Live-Blog|Ticker|Liveticker"
    r"|Dossier)\b",
    # A call for tips ("Melden Sie sich vertraulich und sicher bei unserem Reporter").
    r"\b(?:Melden|Schreiben|Kontaktieren) Sie\b.{0,40}\b(?:vertraulich|anonym)\b",
    # A paywall note ("Dieser Artikel ist exklusiv für Abonnenten.", "Weiterlesen mit Plus").
    r"^\s*(?:Dieser|Der) (?:Artikel|Beitrag|Inhalt|Text) ist (?:exklusiv |nur )*für (?:Abonnent|zahlende|registrierte"
    r"|[\w-]*Plus)",
    r"^\s*(?:Jetzt |Hier )?[Ww]eiterlesen (?:mit|als)\b|\bLesen Sie (?:jetzt )?(?:weiter|den (?:ganzen|vollständigen|"
    r"kompletten) (?:Artikel|Beitrag|Text)) mit\b",
    # A shop link ("Hier können Sie sie schon jetzt vorbestellen!").
    r"\b(?:Hier|Jetzt) (?:können Sie|kannst du)\b.{0,40}\b(?:vorbestellen|bestellen|kaufen)\b",
)

# A box closing the page that asks for support ("... Dann machen Sie mit und
# unterstützen Sie unsere Aktion. ... Jetzt unterstützen"): longer than an
# appeal inside the story, so only among the last paragraphs, and only with
# its call to act. Origin: the subscription and donation boxes of German news sites.
CLOSING_APPEAL_PATTERNS = (
    r"\b(?:Jetzt|Hier) (?:unterstützen|spenden|abonnieren|Mitglied werden)\s*[.!]?\s*$",
    r"\bunterstützen Sie (?:uns|unsere Arbeit|(?:unseren |unabhängigen |guten )?Journalismus)\b",
    r"\b[Aa]bonnieren für (?:die|den|unabhängigen)\b[^.?]{0,40}!\s*$",
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
    bare_byline: str
    promo_patterns: tuple[str, ...]
    appeal_patterns: tuple[str, ...]
    closing_appeal_patterns: tuple[str, ...]
    sources_note: str
    months: dict
    function_words: frozenset[str]
    foreign_function_words: dict
    date_labels: dict
    date_line_words: dict
    byline_cue: str
    author_prefix: str
    author_place_cue: str
    author_agency_cue: str
    author_joiners: tuple[str, ...]
    organisation_words: frozenset[str]
    organisation_endings: tuple[str, ...]
    places: frozenset[str]
    first_names: frozenset[str]
    utc_offset_minutes: int
    eu_summer_time: bool


CLEANING_RULES = CleaningRules(
    agencies=AGENCIES,
    author_roles=AUTHOR_ROLES,
    caption_patterns=CAPTION_CREDIT_PATTERNS,
    byline_patterns=BYLINE_PATTERNS,
    bare_byline=BARE_BYLINE_PATTERN,
    promo_patterns=PROMO_PATTERNS,
    appeal_patterns=READER_APPEAL_PATTERNS,
    closing_appeal_patterns=CLOSING_APPEAL_PATTERNS,
    sources_note=SOURCES_NOTE,
    months=MONTHS,
    function_words=FUNCTION_WORDS_DE,
    foreign_function_words={"en": FUNCTION_WORDS_EN},
    date_labels=DATE_LABELS,
    date_line_words=DATE_LINE_WORDS,
    byline_cue=BYLINE_CUE,
    author_prefix=AUTHOR_PREFIX,
    author_place_cue=AUTHOR_PLACE_CUE,
    author_agency_cue=AUTHOR_AGENCY_CUE,
    author_joiners=AUTHOR_JOINERS,
    organisation_words=ORGANISATION_WORDS,
    organisation_endings=ORGANISATION_ENDINGS,
    places=PLACES,
    first_names=ENTITY_LEXICON.first_names,
    utc_offset_minutes=UTC_OFFSET_MINUTES,
    eu_summer_time=EU_SUMMER_TIME,
)
