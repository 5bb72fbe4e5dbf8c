"""German word lists for named-entity recognition (``ENTITY_LEXICON``).

Two kinds of lists live here:
- hand-made general lists of German news vocabulary (role nouns, organisation
  words, name particles), written out below with their origin;
- lists derived from open data by ``scripts/train_ner.py`` and shipped as
  ``entities_*.txt`` beside this module (origin noted in each file's first
  line). They are read once, when this module is imported.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from importlib import resources

from chronik.lang.de.roles import ROLE_NOUNS, ROLE_SUFFIXES


@dataclass(frozen=True, slots=True)
class EntityLexicon:
    """Everything the German entity tagger needs besides its model."""

    first_names: frozenset[str]
    countries: frozenset[str]
    cities: frozenset[str]
    # Capitalised word forms that are (almost) never part of an entity.
    common_words: frozenset[str]
    # All-caps forms that are usually not entities ("SMS", "TV", "CDU" is not here).
    plain_acronyms: frozenset[str]
    # Word -> the entity type it mostly has in other open NER sets.
    entity_words: dict[str, str]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    org_suffixes: tuple[str, ...]
    org_heads: frozenset[str]
    org_head_suffixes: tuple[str, ...]
    name_particles: frozenset[str]
    genitive_suffixes: tuple[str, ...]
    # Adjective stems and derivational endings that open names ("Deutsche Bank").
    name_adjective_stems: frozenset[str] = frozenset()
    name_adjective_suffixes: tuple[str, ...] = ()
    # First name -> "Fem" or "Masc", for names given (almost) only to girls or only to boys.
    first_name_genders: dict[str, str] = field(default_factory=dict)
    adjective_inflections: tuple[str, ...] = ()
    # Press nouns that introduce a quoted outlet's title, and last words of such titles.
    press_noun_endings: tuple[str, ...] = ()
    press_title_words: frozenset[str] = frozenset()
    generic_press_words: frozenset[str] = frozenset()
    article_titles: frozenset[str] = frozenset()
    place_plurals: frozenset[str] = frozenset()
    plural_articles: frozenset[str] = frozenset()
    purpose_heads: tuple[str, ...] = ()
    purpose_prepositions: frozenset[str] = frozenset()
    opening_quotes: frozenset[str] = frozenset()
    closing_quotes: frozenset[str] = frozenset()
    # Legal forms that close an organisation's name ("Audi AG"), hyphenated
    # endings ("Saar-Elektrizitäts-AG") and the words joining two ("& Co.").
    legal_forms: frozenset[str] = frozenset()
    legal_form_compound_endings: tuple[str, ...] = ()
    legal_form_joiners: frozenset[str] = frozenset()
    # Endings of nouns for a kind of organisation that introduce its name.
    org_kind_endings: tuple[str, ...] = ()
    # Endings of nouns for a person (kin, trade, sports position) that introduce a name.
    person_noun_endings: tuple[str, ...] = ()
    # Plural verbs of share-price reports ("Mizuho gaben 1,9 Prozent nach").
    share_price_verbs: frozenset[str] = frozenset()
    # "Bundes-"/"Landes-" compounds naming a federal or state body.
    federal_prefixes: tuple[str, ...] = ()
    federal_body_heads: tuple[str, ...] = ()
    federal_infixes: tuple[str, ...] = ()
    # Road nouns and road letters ("Bundesstraße 216", "die A 7").
    road_nouns: frozenset[str] = frozenset()
    road_letters: frozenset[str] = frozenset()
    # Words that open a sports club's name ("FC", "Borussia").
    club_prefixes: frozenset[str] = frozenset()
    # Compass directions, no place alone ("nach Süden").
    compass_words: frozenset[str] = frozenset()
    # Last words of hyphenated street and district names, and generic street words.
    hyphen_place_words: frozenset[str] = frozenset()
    generic_streets: frozenset[str] = frozenset()
    # Articles and possessives before a noun phrase.
    determiners: frozenset[str] = frozenset()
    # Possessive determiners ("seiner", "ihre").
    possessives: frozenset[str] = frozenset()
    # Words that end or continue a company's name ("Sun Microsystems").
    company_name_words: frozenset[str] = frozenset()
    # Nouns that classify a place before its name ("Gemeinde", "Kanton").
    place_class_nouns: frozenset[str] = frozenset()
    place_class_plurals: frozenset[str] = frozenset()
    place_class_endings: tuple[str, ...] = ()
    place_class_plural_endings: tuple[str, ...] = ()
    # Seats of government that news names for the government itself.
    institution_seats: frozenset[str] = field(default_factory=frozenset)
    # Word -> its distributional classes at several granularities
    # (``scripts/word_clusters.py``), as CRF feature strings.
    word_classes: dict[str, tuple[str, ...]] = field(default_factory=dict)
    # Universal part-of-speech tags no name runs over.
    verb_tags: frozenset[str] = frozenset({"VERB", "AUX"})


# Heads of organisation names and their compound endings ("Außenministerium",
# "Nachrichtenagentur", "Universität"). Origin: hand-made from German news usage.
_ORG_SUFFIXES = (
    "ministerium", "agentur", "universität", "hochschule", "partei", "bank", "konzern", "verband",
    "behörde", "institut", "stiftung", "gesellschaft", "kommission", "zeitung", "sender",
    "gericht", "gerichtshof", "amt", "bund", "verein", "gewerkschaft", "armee", "polizei",
    "gmbh", "werke", "akademie", "organisation", "union", "allianz", "fraktion",
)

# Nouns after which an acronym or capitalised name is an organisation
# ("Nachrichtenagentur Xinhua", "Sender BBC"). Origin: hand-made.
_ORG_HEADS = frozenset(
    """
    agentur nachrichtenagentur staatsagentur sender fernsehsender nachrichtensender
    zeitung tageszeitung zeitschrift magazin konzern unternehmen firma partei
    gewerkschaft verband organisation bank rundfunk staatsfernsehen staatsmedien
    """.split()
)

# Endings of compound organisation nouns before a name ("Staatsagentur",
# "Fernsehsender"). Origin: hand-made.
_ORG_HEAD_SUFFIXES = ("agentur", "sender", "zeitung", "konzern", "partei", "gewerkschaft")

# Lower-case particles inside personal names ("Ursula von der Leyen", "Giacomo della Porta",
# "Osama bin Laden"). Origin: hand-made.
_NAME_PARTICLES = frozenset("von van der de den di da du le la al el bin ibn ben zu ter ten dos das del della delle dello degli".split())

# Buildings and seats that stand for a government or an institution ("Der
# Kreml bestätigte", "das Weiße Haus erklärte"): organisations, not places.
# Origin: hand-made from German political reporting.
_INSTITUTION_SEATS = frozenset(
    "Kreml Kremls Pentagon Pentagons Élysée Elysée Elysee-Palast Élysée-Palast Kanzleramt Kanzleramts "
    "Bundeskanzleramt Vatikan Vatikans Quai Downing Kremlin".split()
)

# Adjectives that open names of places and organisations when written with a
# capital mid-sentence ("Deutsche Bank", "Große Schaftberg", "Hinterer
# Bayerischer Wald", "Vereinigte Staaten"), as bare stems; with the
# derivational endings below they cover "Medizinische Hochschule",
# "Europäische Zentralbank". Origin: hand-made from German orthography (an
# adjective is capitalised inside a name, Duden rule D 89/D 134).
_NAME_ADJECTIVE_STEMS = frozenset(
    """
    groß klein neu alt ober unter hinter vorder mittler oberst hoh nah fern
    nördlich südlich östlich westlich deutsch vereinigt frei rot grün schwarz weiß blau gelb
    heilig erst zweit dritt international national allgemein evangelisch katholisch
    """.split()
)
_NAME_ADJECTIVE_SUFFIXES = ("isch", "lich")
# Inflection endings of adjectives, longest first.
_ADJECTIVE_INFLECTIONS = ("en", "er", "es", "em", "e")

# Nouns for newspapers, magazines and broadcasters, as compound endings, that
# introduce a quoted title naming the outlet ("die Zeitung »Die Welt«", "des
# Magazins „Spiegel“", "der Sender „Phoenix“"). Origin: hand-made from German
# press usage.
_PRESS_NOUN_ENDINGS = (
    "zeitung", "zeitschrift", "magazin", "blatt", "illustrierte", "sender", "portal", "wochenschrift",
    "agentur", "verlag",
)
# Last words of newspaper and magazine titles ("Süddeutsche Zeitung", "Berliner
# Kurier", "Frankfurter Rundschau", "Financial Times"): a quoted title ending in
# one names a press outlet. Origin: hand-made from the titles of the German
# and international press.
_PRESS_TITLE_WORDS = frozenset(
    """
    Zeitung Zeitungen Presse Kurier Kuriers Rundschau Tageblatt Tageblatts Anzeiger Anzeigers
    Umschau Nachrichten Post Times Journal Journals Allgemeine Allgemeinen Morgenpost Abendblatt
    Abendblatts Tagblatt Tagblatts Volksstimme Zeitschrift Magazin Magazins Echo Spiegel Spiegels
    """.split()
)
# Title words that are also the generic noun ("einer Hamburger Zeitung", "der
# Berliner Presse"): after a place adjective they name no outlet by themselves.
# Origin: hand-made; GermEval 2014 train leaves such pairs outside entities.
_GENERIC_PRESS_WORDS = frozenset("Zeitung Zeitungen Presse Zeitschrift Magazin Magazins".split())
# Titles of papers and magazines that carry their article ("Der Spiegel", "Die
# Zeit", "Der Standard"): a capitalised article before one the model read as
# an organisation is part of the title. Origin: hand-made from the German-
# language press; in GermEval 2014 train 13 of 14 such capitalised articles
# before a tagged title are inside it.
_ARTICLE_TITLES = frozenset("Spiegel Tagesspiegel Zeit Welt Woche Standard Presse Stern Freitag Falter".split())
# English plural nouns that end a place's name ("Beverly Hills", "Great
# Plains", "Cedar Rapids", "Petronas Towers"): a name ending in another English
# plural is a team, band or company ("Chicago Bulls", "Detroit Red Wings",
# "Beach Boys"). Origin: English geographic vocabulary; the place names of
# GermEval 2014 train that end in an English plural.
_PLACE_PLURALS = frozenset(
    """
    Islands Isles Keys Heights Hills Falls Springs Lakes Mountains Rapids Plains Banks Shoals Rivers
    Towers Barracks Gardens Woods Forests Valleys Peaks Sands Bays Cliffs Glades Reefs Docks Downs
    Highlands Lowlands Everglades Rockies Alps Andes Territories States Narrows Meadows Flats Pines Oaks
    """.split()
)
# Plural articles of French and Spanish place names ("Les Diablerets", "Los
# Alamos"): a name opening with one is no English plural. Origin: Romance grammar.
_PLURAL_ARTICLES = frozenset("Les Los Las".split())
# Heads of bodies named by their purpose ("Bundesamt für Umwelt", "Institut
# für Weltwirtschaft", "Stiftung zur Aufarbeitung der SED-Diktatur"), as
# compound endings: after an organisation ending in one, "für"/"zur"/"zum"
# and the noun phrase after it are part of the name. Origin: hand-made from
# German institution names; in GermEval 2014 train 78 of 81 such phrases after
# a tagged head are inside the organisation.
_PURPOSE_HEADS = (
    "institut", "amt", "anstalt", "ministerium", "zentrum", "zentrale", "stiftung", "gesellschaft",
    "kommission", "hochschule", "akademie", "museum", "agentur", "bank", "verband", "verein", "bund",
    "rat", "zeitschrift", "forum", "konferenz", "liga", "departement", "sekretariat", "verwaltung",
    "betrieb", "gymnasium", "schule", "büro", "komitee", "ausschuss", "kammer", "verlag", "dienst",
    "behörde", "fonds", "werk",
)
_PURPOSE_PREPOSITIONS = frozenset(("für", "zur", "zum"))
# Quotation marks that open and close a title.
_OPENING_QUOTES = frozenset('" „ » “ ‚ \''.split())
_CLOSING_QUOTES = frozenset('" “ ” « ‘ \''.split())

# Legal forms that close a company's or an association's name ("Audi AG",
# "Google Inc.", "Ökodorf e.G.", "Steria A/S"), as written (case matters:
# "SE", not "se"), and those that end a hyphenated name ("Saar-Elektrizitäts-AG").
# "& Co." only joins two of them ("Stiftung & Co. KG"). Origin: German,
# Austrian and Swiss company and association registers and the common foreign
# forms in German business news (cf. LEGAL_FORMS in chronik.lang.de.names).
_LEGAL_FORMS = frozenset(
    """
    AG GmbH gGmbH mbH KG KGaA SE OHG oHG UG GbR eG e.G. eV e.V. VVaG
    Inc. Inc Corp. Corp Ltd. Ltd LLC plc PLC Limited N.V. NV B.V. BV S.A. SA S.p.A. SpA
    A/S ASA AB Oyj S.A.S. SAS Sarl S.à.r.l. Pty
    """.split()
)
_LEGAL_FORM_COMPOUND_ENDINGS = ("-AG", "-GmbH", "-KG", "-KGaA", "-SE")
_LEGAL_FORM_JOINERS = frozenset("& Co Co.".split())

# Nouns that classify a place before its name ("die Gemeinde Gosenbach", "im
# Kanton Bern", "der Landkreis Harburg") and are no part of it; also their
# genitive forms. Origin: hand-made from German administrative and
# geographical terms (GermEval 2014 leaves them out of the place's span).
_PLACE_CLASS_NOUNS = frozenset(
    """
    Stadt Großstadt Kleinstadt Kreisstadt Hauptstadt Landeshauptstadt Hansestadt Metropole
    Gemeinde Marktgemeinde Ortsgemeinde Samtgemeinde Verbandsgemeinde Ortschaft Ort Ortsteil Stadtteil
    Stadtbezirk Dorf Weiler Kreis Kreises Landkreis Landkreises Bezirk Bezirks Bezirkes Regierungsbezirk
    Kanton Kantons Provinz Region Bundesland Bundesstaat Teilstaat Departement Département Distrikt
    Insel Halbinsel Fluss Flusses Berg Berges Gipfel Tal Metropolregion Emirat
    """.split()
)
# Their plurals, which introduce a list of places ("die Dörfer Hokkala,
# Kumpula und Oikari", "die Gemeinden Alfter und Swisttal").
_PLACE_CLASS_PLURALS = frozenset(
    """
    Städte Großstädte Kleinstädte Gemeinden Ortsgemeinden Dörfer Orte Ortschaften Ortsteile Stadtteile
    Stadtbezirke Weiler Kreise Landkreise Bezirke Kantone Provinzen Regionen Bundesländer Bundesstaaten
    Inseln Berge Gipfel Flüsse Täler
    """.split()
)
# Compound endings of place-class nouns ("Hafenstadt", "Nachbargemeinde",
# "Partnerstädte", "Kirchengemeinden"), singular and plural; short endings
# that end ordinary words ("-orte" in "Worte", "-berg" in "Herberge") are
# not among them.
_PLACE_CLASS_ENDINGS = ("stadt", "gemeinde", "insel", "provinz", "region")
_PLACE_CLASS_PLURAL_ENDINGS = (
    "städte", "gemeinden", "dörfer", "ortschaften", "ortsteile", "stadtteile", "bezirke", "kantone",
    "provinzen", "regionen", "bundesländer", "inseln",
)

# Endings of nouns for a kind of organisation that introduce its name
# ("Spielzeughersteller Mattel", "die Rockband Fold Zandura", "der Verein
# Ascoli", "Fluggesellschaft Air One"): the capitalised name after one is an
# organisation. Compounds end in their head, so a person noun ("Teamchef",
# "Unternehmer") does not match. Origin: hand-made from German news usage;
# checked on GermEval 2014 dev (39 of 46 such names are organisations).
# Heads of nouns for a person that German puts right before the person's name
# ("Sohn Thomas", "Rapper Ice-T", "Torhüter Hofmann", "Schulrat Castens",
# "Hochspringer Sebastian Fels"): kinship, trades and professions, sports
# positions. Only for naming a name, not the role nouns of every stage
# (``roles.py``). Origin: hand-made from German news and encyclopaedia usage; in
# GermEval 2014 train 297 of 314 capitalised name words right after such a noun
# are persons (the rest mostly organisations after "Tochter", "Mutter", titles).
_PERSON_NOUN_ENDINGS = (
    # kin and company
    "sohn", "bruder", "schwester", "vater", "onkel", "tante", "neffe", "nichte",
    "ehemann", "ehefrau", "witwe", "witwer", "freund", "freundin", "kollege", "kollegin",
    "nachfolger", "nachfolgerin", "vorgänger", "vorgängerin",
    # trades and professions
    "leiter", "leiterin", "manager", "managerin", "unternehmer", "unternehmerin", "inhaber", "inhaberin",
    "anwalt", "anwältin", "architekt", "architektin", "historiker", "historikerin", "künstler", "künstlerin",
    "maler", "malerin", "schriftsteller", "schriftstellerin", "journalist", "journalistin", "moderator",
    "moderatorin", "musiker", "musikerin", "rapper", "rapperin", "gitarrist", "gitarristin", "bassist",
    "schlagzeuger", "pianist", "pianistin", "dirigent", "dirigentin", "komponist", "komponistin",
    "wissenschaftler", "wissenschaftlerin", "chemiker", "physiker", "ingenieur", "erfinder", "arzt", "ärztin",
    "lehrer", "lehrerin", "schüler", "schülerin", "pilot", "pilotin", "polizist", "polizistin", "offizier",
    "kommissar", "kommissarin", "pater", "bischof", "theologe", "winzer", "aktivist",
    "aktivistin", "kandidat", "kandidatin",
    # sports
    "spieler", "spielerin", "stürmer", "stürmerin", "torhüter", "torhüterin", "keeper", "verteidiger",
    "athlet", "athletin", "sportler", "sportlerin", "läufer", "läuferin", "fahrer", "fahrerin", "profi",
)

_ORG_KIND_ENDINGS = (
    "hersteller", "konzern", "konzerns", "unternehmen", "unternehmens", "firma", "band", "verein", "vereins",
    "club", "clubs", "klub", "klubs", "ligist", "ligisten", "verlag", "verlags", "sender", "senders",
    "agentur", "partei", "gewerkschaft", "verband", "verbands", "verbandes", "bank", "produktion", "büro",
    "betrieb", "ensemble", "vereinigung", "kette", "anbieter", "anbieters", "provider", "dienstleister",
    "versicherer", "händler", "label", "labels", "team", "teams", "gesellschaft", "genossenschaft",
    "institut", "instituts", "zeitung", "magazin", "magazins",
)

# Words that end (or continue) a company's or an English-named body's name in
# international copy and are no part of a person's or a place's name ("Sun
# Microsystems", "Octagon Worldwide", "British Airways", "JFE Holdings",
# "Carlsen Verlag", "Jet Propulsion Laboratory", "Security Council"). Origin:
# hand-made from English and German company and institution names; on
# GermEval 2014 dev every such word inside a name is inside an organisation.
_COMPANY_NAME_WORDS = frozenset(
    """
    Worldwide Systems Microsystems Industries Technologies Technology Airways Airlines Motors Holdings
    Comics Pharmaceuticals Networks Entertainment Communications Electronics Records Pictures Studios
    Corporation Incorporated Enterprises Laboratories Solutions Investments Semiconductor Semiconductors
    Verlag Verlagsgruppe Brauerei Reederei
    Laboratory Institute University College School Association Society Foundation Agency Board Council
    Commission Committee League Theatre Times
    """.split()
)

# Plural verbs of share-price reports: stock-market copy names a company for
# its shares and puts the verb in the plural ("Mizuho gaben um 1,9 Prozent
# nach", "JFE Holdings rückten 3,5 Prozent vor"). Origin: hand-made from
# German stock-market reporting (dpa-AFX, Börsen-Zeitung style).
_SHARE_PRICE_VERBS = frozenset(
    """
    gaben lagen rückten stiegen fielen verloren legten gewannen verteuerten verbilligten notierten
    schlossen kletterten sanken büßten zogen brachen sackten rutschten schnellten erholten
    """.split()
)

# A federal or state body is named by a compound of "Bundes-"/"Landes-" and its
# kind ("Bundesjustizministerium", "Bundesnachrichtendienst",
# "Landeskriminalamt", "Umweltbundesamt"): the one body of that kind of the
# federation or the state, a proper name, unlike "das Innenministerium"
# of any country. Heads as compound endings, also in the genitive. Origin:
# German federal and state administration names.
_FEDERAL_PREFIXES = ("bundes", "landes")
_FEDERAL_BODY_HEADS = (
    "ministerium", "ministeriums", "amt", "amts", "amtes", "dienst", "dienstes", "gericht", "gerichts",
    "gerichtshof", "gerichtshofs", "anstalt", "agentur", "bank", "kanzleramt", "kanzleramts", "rechnungshof",
    "verfassungsgericht", "zentrale", "stiftung", "behörde", "institut", "instituts",
)
# Infixes that name a federal body inside a compound ("Umweltbundesamt").
_FEDERAL_INFIXES = ("bundesamt", "bundesanstalt", "bundesministerium", "bundesagentur")

# Articles, article contractions and possessives before a noun phrase ("der
# Preis" is a noun, "die A 7" a road). Origin: German grammar.
_DETERMINERS = frozenset(
    """
    der die das des dem den ein eine einer eines einem einen im vom zum zur beim ins
    sein seine seiner seines seinem seinen ihr ihre ihrer ihres ihrem ihren
    """.split()
)

# Road nouns before a road's number ("die Bundesstraße 216", "die Autobahnen
# A 2 und A 7"), and the letters of German road numbers (A: Autobahn, B:
# Bundesstraße). Origin: German road naming (Bundesfernstraßengesetz).
_ROAD_NOUNS = frozenset(
    "Autobahn Autobahnen Bundesautobahn Bundesstraße Bundesstraßen Landesstraße Staatsstraße Kreisstraße".split()
)
_ROAD_LETTERS = frozenset("A B".split())

# Words that open a sports club's name before its town ("FC Nürnberg", "AS
# Rom", "Borussia Dortmund", "VfL Osnabrück"): the whole is the club. Words
# that are also places or common words ("Preußen", "Union", "Real") are left
# out. Origin: German and European club naming (Verein für Leibesübungen,
# Turn- und Sportverein, Associazione Sportiva, ...).
_CLUB_PREFIXES = frozenset(
    """
    FC SC SV TSV VfB VfL VfR AS AC SSC BSC TuS SpVgg FSV TSG SSV ESV KSC SG SpVg TuRU MSV FK NK SK
    Borussia Eintracht Fortuna Hertha Alemannia Arminia Kickers Sportfreunde Dynamo Lokomotive Olympique
    """.split()
)

# Compass directions: alone they name a direction or a region of no fixed
# bounds ("nach Süden", "im Westen"), not a place; "Nahen Ostens" and "Nord"
# inside a longer name stay. Origin: German vocabulary.
_COMPASS_WORDS = frozenset(
    """
    Norden Süden Osten Westen Nord Süd Ost West Nordosten Nordwesten Südosten Südwesten
    Nordens Südens Ostens Westens
    """.split()
)

# Words that end a hyphenated street or district name ("Friedrich-Engels-Straße",
# "Karl-Marx-Allee", "Rhein-Sieg-Kreis"). One-word street names are left to
# the model: their endings also end common nouns ("Käufer", "Einkaufsstraße").
# Origin: German street and district naming.
_HYPHEN_PLACE_WORDS = frozenset("Straße Strasse Allee Platz Gasse Weg Ring Ufer Damm Kreis Kreises Chaussee".split())
# Street words that name a kind of road, not one street. Origin: German road vocabulary.
_GENERIC_STREETS = frozenset(
    """
    Straße Strasse Bundesstraße Landstraße Kreisstraße Staatsstraße Einbahnstraße Seitenstraße
    Nebenstraße Querstraße Umgehungsstraße Zufahrtsstraße Hauptverkehrsstraße Durchgangsstraße
    Ausfallstraße Fernstraße Schnellstraße Wohnstraße Spielstraße Fahrradstraße Weinstraße Allee Gasse
    Seitengasse Ufer Damm Deich Ostufer Westufer Nordufer Südufer Flussufer Seeufer Rheinufer Staudamm
    """.split()
)

# Genitive endings of names ("Putins", "Merz'"). Origin: German grammar.
_GENITIVE_SUFFIXES = ("s", "'", "’", "'s", "’s")


def _read_list(name: str) -> frozenset[str]:
    """One entry per line; lines starting with '#' (the origin note) are skipped."""
    text = resources.files("chronik.lang.de").joinpath(name).read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


def _read_classes(name: str) -> dict[str, tuple[str, ...]]:
    """word TAB class TAB class ... -> {word: ("c0=17", "c1=201", ...)}."""
    out = {}
    for line in _read_list(name):
        word, *classes = line.split("\t")
        out[word] = tuple(f"c{i}={c}" for i, c in enumerate(classes))
    return out


ENTITY_LEXICON = EntityLexicon(
    first_names=_read_list("entities_first_names.txt"),
    countries=_read_list("entities_countries.txt"),
    cities=_read_list("entities_cities.txt"),
    common_words=_read_list("entities_common_words.txt"),
    plain_acronyms=_read_list("entities_plain_acronyms.txt"),
    entity_words=dict(line.split("\t") for line in _read_list("entities_gazetteer.tsv")),
    first_name_genders=dict(line.split("\t") for line in _read_list("entities_first_name_genders.txt")),
    role_nouns=ROLE_NOUNS,
    role_suffixes=ROLE_SUFFIXES,
    org_suffixes=_ORG_SUFFIXES,
    org_heads=_ORG_HEADS,
    org_head_suffixes=_ORG_HEAD_SUFFIXES,
    institution_seats=_INSTITUTION_SEATS,
    name_adjective_stems=_NAME_ADJECTIVE_STEMS,
    name_adjective_suffixes=_NAME_ADJECTIVE_SUFFIXES,
    adjective_inflections=_ADJECTIVE_INFLECTIONS,
    press_noun_endings=_PRESS_NOUN_ENDINGS,
    legal_forms=_LEGAL_FORMS,
    place_class_nouns=_PLACE_CLASS_NOUNS,
    place_class_plurals=_PLACE_CLASS_PLURALS,
    place_class_endings=_PLACE_CLASS_ENDINGS,
    place_class_plural_endings=_PLACE_CLASS_PLURAL_ENDINGS,
    company_name_words=_COMPANY_NAME_WORDS,
    determiners=_DETERMINERS,
    possessives=frozenset(w for w in _DETERMINERS if w.startswith(("sein", "ihr"))),
    hyphen_place_words=_HYPHEN_PLACE_WORDS,
    generic_streets=_GENERIC_STREETS,
    compass_words=_COMPASS_WORDS,
    club_prefixes=_CLUB_PREFIXES,
    road_nouns=_ROAD_NOUNS,
    road_letters=_ROAD_LETTERS,
    federal_prefixes=_FEDERAL_PREFIXES,
    federal_body_heads=_FEDERAL_BODY_HEADS,
    federal_infixes=_FEDERAL_INFIXES,
    share_price_verbs=_SHARE_PRICE_VERBS,
    org_kind_endings=_ORG_KIND_ENDINGS,
    person_noun_endings=_PERSON_NOUN_ENDINGS,
    legal_form_compound_endings=_LEGAL_FORM_COMPOUND_ENDINGS,
    legal_form_joiners=_LEGAL_FORM_JOINERS,
    press_title_words=_PRESS_TITLE_WORDS,
    generic_press_words=_GENERIC_PRESS_WORDS,
    article_titles=_ARTICLE_TITLES,
    place_plurals=_PLACE_PLURALS,
    plural_articles=_PLURAL_ARTICLES,
    purpose_heads=_PURPOSE_HEADS,
    purpose_prepositions=_PURPOSE_PREPOSITIONS,
    opening_quotes=_OPENING_QUOTES,
    closing_quotes=_CLOSING_QUOTES,
    name_particles=_NAME_PARTICLES,
    genitive_suffixes=_GENITIVE_SUFFIXES,
    word_classes=_read_classes("entities_clusters.tsv"),
)
