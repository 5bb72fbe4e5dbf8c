"""German number words, amounts and the phrases around figures in news text.

Everything here is plain data; ``chronik.extract.figures`` compiles it once.
Origin of each list is given beside it; the lists are general German news
usage (Duden grammar of numerals, dpa/APA style for amounts), not taken from
any particular article.
"""
from __future__ import annotations

from dataclasses import dataclass

from chronik.lang.de.attribution import SOURCE_FRAMES, SourceFrames
from chronik.lang.de.grammar import SEPARABLE_PARTICLES, TWO_WAY_PARTICLES

# Cardinal number words 1..99, the hundreds and thousands 100..12,000
# (Duden grammar: "einundzwanzig", "zweihundert", "dreitausend"). "ein"/"eine"
# are left out: as the indefinite article they are far more common than the number.
_UNITS = ("", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun")
_TEENS = ("zehn", "elf", "zwölf", "dreizehn", "vierzehn", "fünfzehn", "sechzehn", "siebzehn", "achtzehn", "neunzehn")
_TENS = ("", "", "zwanzig", "dreißig", "vierzig", "fünfzig", "sechzig", "siebzig", "achtzig", "neunzig")


def _number_words() -> tuple[tuple[str, int], ...]:
    words: dict[str, int] = {}
    for i in range(2, 10):
        words[_UNITS[i]] = i
    for i, w in enumerate(_TEENS):
        words[w] = 10 + i
    for t in range(2, 10):
        words[_TENS[t]] = 10 * t
        for u in range(1, 10):
            unit = "ein" if u == 1 else _UNITS[u]
            words[f"{unit}und{_TENS[t]}"] = 10 * t + u
    words["hundert"] = 100
    words["einhundert"] = 100
    words["tausend"] = 1000
    words["eintausend"] = 1000
    for i in range(2, 10):
        words[_UNITS[i] + "hundert"] = 100 * i
        words[_UNITS[i] + "tausend"] = 1000 * i
    for i, w in enumerate(_TEENS[:3]):
        words[w + "tausend"] = 1000 * (10 + i)
    return tuple(sorted(words.items()))


@dataclass(frozen=True, slots=True, kw_only=True)
class NumberLexicon:
    """Words that make, bound, qualify and explain a figure. Phrases are lower case."""

    number_words: tuple[tuple[str, int], ...]
    vague_words: frozenset[str]
    scale_words: tuple[tuple[str, int], ...]
    currencies: tuple[tuple[str, str], ...]
    percent_words: frozenset[str]
    lower_bound: tuple[str, ...]
    upper_bound: tuple[str, ...]
    approx_upper: tuple[str, ...]
    approx: tuple[str, ...]
    range_open: tuple[str, ...]
    range_joiners: tuple[str, ...]
    increment_words: frozenset[str]
    change_marker: str
    change_verbs: tuple[tuple[str, str], ...]
    predicates: tuple[tuple[str, str], ...]
    noun_predicates: tuple[tuple[str, str], ...]
    worth_phrases: tuple[str, ...]
    counted: tuple[tuple[str, str], ...]
    person_kind: str
    military_kind: str
    military_cues: tuple[str, ...]
    military_min: int
    source_nouns: tuple[str, ...]
    attribution_preps: tuple[str, ...]
    attribution_post: str
    reporting_verbs: tuple[str, ...]
    reporting_adverbs: tuple[str, ...]
    determiners: tuple[str, ...]
    prepositions: frozenset[str]
    measure_units: frozenset[str]
    nominative: tuple[str, ...]
    time_units: frozenset[str]
    age_words: frozenset[str]
    clock_words: frozenset[str]
    month_words: frozenset[str]
    id_words: frozenset[str]
    year_context: frozenset[str]
    clause_openers: frozenset[str]
    # verb lemmas (the language core's) of the listed measures, so that "tötete" joins "getötet"
    predicate_lemmas: tuple[tuple[str, str], ...] = ()
    # verbs that only state a measure: the series is keyed by their subject noun instead
    measure_verbs: frozenset[str] = frozenset()
    # verbs too general to name a measure ("hat", "geht um", "kam auf"): no series from them alone
    light_verbs: frozenset[str] = frozenset()
    # light verbs that state how many there are of what they count ("Es gab 16.579 Anzeigen"): with a
    # counted noun, not an amount, they key a series of that noun
    existential_verbs: frozenset[str] = frozenset()
    # "mit 310 zu 299 Stimmen": a tally of two sides; the counted kind of the side against
    tally_joiners: tuple[str, ...] = ()
    tally_sides: tuple[tuple[str, str], ...] = ()
    # frames over the parse that name a figure's source across the sentence and the paragraph
    source_frames: SourceFrames | None = None
    # forms of "sein" (and the modals and "werden" it follows) that, with "es", restate a measure:
    # "2014 waren es 384.000", "heuer sollen es 37.500 sein"
    restating_verbs: frozenset[str] = frozenset()
    # words that open a clause counting a part of the figure before: "45.000 Teilnehmer, davon 16.000"
    part_openers: tuple[str, ...] = ()
    # words right after a figure that make it a difference: "335 Anzeigen weniger als 2014"
    difference_words: tuple[str, ...] = ()
    # the words that may join a measure verb as its particle ("nahm ... fest": festnehmen)
    separable_particles: frozenset[str] = frozenset()


NUMBER_LEXICON = NumberLexicon(
    number_words=_number_words(),
    # Vague plurals: kept and flagged, never given a value (Duden: "Hunderte", "Tausende").
    vague_words=frozenset(
        "dutzende hunderte tausende zehntausende hunderttausende millionen milliarden abertausende".split()
    ),
    # Scale words after a numeral (dpa style: "5,6 Mrd.", "457 Mio.").
    scale_words=(
        ("tausend", 1000), ("million", 10**6), ("millionen", 10**6), ("mio.", 10**6), ("mio", 10**6),
        ("milliarde", 10**9), ("milliarden", 10**9), ("mrd.", 10**9), ("mrd", 10**9),
        ("billion", 10**12), ("billionen", 10**12), ("bio.", 10**12),
    ),
    # Currency words and signs as written -> ISO 4217 code (the counted kind).
    currencies=(
        ("dollar", "USD"), ("us-dollar", "USD"), ("usd", "USD"), ("$", "USD"),
        ("euro", "EUR"), ("eur", "EUR"), ("€", "EUR"),
        ("franken", "CHF"), ("fr.", "CHF"), ("chf", "CHF"), ("sfr.", "CHF"),
        ("pfund", "GBP"), ("£", "GBP"), ("yen", "JPY"), ("yuan", "CNY"), ("rubel", "RUB"),
        ("schilling", "ATS"), ("kronen", "SEK"), ("won", "KRW"), ("griwna", "UAH"), ("hrywnja", "UAH"),
    ),
    percent_words=frozenset(("prozent", "%", "prozentpunkte", "prozentpunkt")),
    # Bounds and approximations before a numeral (Duden, "Zahlwörter": mehr als, bis zu, knapp ...).
    lower_bound=("mehr als", "über", "mindestens", "wenigstens", "zumindest", "ab"),
    upper_bound=("bis zu", "maximal", "höchstens", "weniger als", "unter", "nicht mehr als", "bis"),
    approx_upper=("knapp", "fast", "beinahe", "nahezu", "annähernd"),
    approx=("rund", "etwa", "ungefähr", "schätzungsweise", "gut", "circa", "ca.", "zirka", "geschätzte",
            "geschätzten", "an die", "um die"),
    range_open=("zwischen",),
    range_joiners=("bis maximal", "bis höchstens", "bis zu", "bis", "und", "-", "–"),
    # "weitere 30.000": an increment to an earlier number.
    increment_words=frozenset(("weitere", "weiteren", "zusätzliche", "zusätzlichen", "zusätzlich")),
    # "um 3.000 ... verstärkt": the amount of a change, not a total.
    change_marker="um",
    change_verbs=(
        ("verstärkt", "reinforced"), ("aufgestockt", "reinforced"), ("aufstocken", "reinforced"),
        ("erhöht", "increased"), ("gestiegen", "increased"), ("stieg", "increased"), ("steigt", "increased"),
        ("zugenommen", "increased"), ("wuchs", "increased"), ("gewachsen", "increased"),
        ("gesunken", "decreased"), ("sank", "decreased"), ("sinkt", "decreased"), ("verringert", "decreased"),
        ("zurückgegangen", "decreased"), ("gefallen", "decreased"), ("reduziert", "decreased"),
        ("gekürzt", "decreased"),
    ),
    # Predicate words (verbs, participles, nouns) -> normalized measure.
    # Origin: frequent wording of casualty, deployment and aid reports in German agency news.
    predicates=(
        ("getötet", "killed"), ("gefallen", "killed"), ("ums leben gekommen", "killed"), ("ums leben", "killed"),
        ("starben", "killed"), ("starb", "killed"), ("gestorben", "killed"), ("sterben", "killed"),
        ("tot", "killed"), ("umgekommen", "killed"), ("kamen ums leben", "killed"), ("getöteten", "killed"),
        ("verletzt", "wounded"), ("verwundet", "wounded"), ("verletzten", "wounded"), ("verwundeten", "wounded"),
        ("entsandt", "deployed"), ("entsandte", "deployed"), ("entsendet", "deployed"), ("entsenden", "deployed"),
        ("geschickt", "deployed"), ("schickte", "deployed"), ("schickt", "deployed"), ("stationiert", "deployed"),
        ("zur verfügung", "deployed"), ("eingesetzt", "deployed"), ("bereitgestellt", "deployed"),
        ("kämpfen", "deployed"), ("kämpften", "deployed"), ("kämpft", "deployed"), ("im einsatz", "deployed"),
        ("verstärkt", "reinforced"), ("verstärkung", "reinforced"),
        ("versprach", "promised"), ("versprochen", "promised"), ("zugesagt", "promised"), ("sagte zu", "promised"),
        ("zusagte", "promised"), ("zusagen", "promised"),
        ("geliefert", "delivered"), ("lieferte", "delivered"), ("liefert", "delivered"), ("beliefert", "delivered"),
        ("gefangen genommen", "captured"), ("gefangengenommen", "captured"),
        ("festgenommen", "arrested"), ("verhaftet", "arrested"), ("festnahmen", "arrested"),
        ("vermisst", "missing"), ("evakuiert", "evacuated"), ("geflohen", "displaced"), ("vertrieben", "displaced"),
    ),
    # Unit nouns that carry their measure ("50 Tote", "zwei Kriegsgefangene").
    noun_predicates=(
        ("tote", "killed"), ("toten", "killed"), ("todesopfer", "killed"), ("todesopfern", "killed"),
        ("verletzte", "wounded"), ("verletzten", "wounded"), ("verwundete", "wounded"), ("verwundeten", "wounded"),
        ("kriegsgefangene", "captured"), ("kriegsgefangenen", "captured"), ("gefangene", "captured"),
        ("gefangenen", "captured"), ("vermisste", "missing"), ("vermissten", "missing"),
    ),
    worth_phrases=("im wert von", "im umfang von", "in höhe von", "im volumen von"),
    # Unit noun as written (lower case) -> counted kind. Origin: hand-made for news counts.
    counted=(
        ("soldaten", "soldiers"), ("soldat", "soldiers"), ("mann", "soldiers"), ("truppen", "soldiers"),
        ("kämpfer", "soldiers"), ("kämpfern", "soldiers"), ("militärs", "soldiers"), ("söldner", "soldiers"),
        ("reservisten", "soldiers"), ("rekruten", "soldiers"), ("einsatzkräfte", "responders"),
        ("menschen", "people"), ("personen", "people"), ("leute", "people"), ("einwohner", "people"),
        ("bewohner", "people"), ("zivilisten", "civilians"), ("kinder", "children"), ("kindern", "children"),
        ("tote", "people"), ("toten", "people"), ("todesopfer", "people"), ("todesopfern", "people"),
        ("verletzte", "people"), ("verletzten", "people"), ("verwundete", "people"), ("verwundeten", "people"),
        ("vermisste", "people"), ("vermissten", "people"),
        ("kriegsgefangene", "prisoners of war"), ("kriegsgefangenen", "prisoners of war"),
        ("gefangene", "prisoners"), ("gefangenen", "prisoners"), ("häftlinge", "prisoners"),
        ("flüchtlinge", "refugees"), ("flüchtlingen", "refugees"), ("asylwerber", "asylum seekers"),
        ("asylbewerber", "asylum seekers"), ("migranten", "migrants"), ("schutzsuchende", "asylum seekers"),
        ("polizisten", "police officers"), ("beamte", "officials"), ("mitarbeiter", "employees"),
        ("beschäftigte", "employees"), ("arbeitsplätze", "jobs"), ("stellen", "jobs"), ("jobs", "jobs"),
        ("arbeitslose", "unemployed"), ("besucher", "visitors"), ("zuschauer", "spectators"),
        ("stimmen", "votes"), ("panzer", "tanks"), ("raketen", "missiles"), ("drohnen", "drones"),
        ("granaten", "shells"), ("flugzeuge", "aircraft"), ("kampfflugzeuge", "aircraft"),
    ),
    person_kind="people",
    military_kind="soldiers",
    # Military vocabulary stems: a demonym person noun ("Syrer") counts
    # soldiers in an article that uses them at least ``military_min`` times.
    military_cues=("soldat", "truppe", "armee", "streitkräft", "militär", "front", "gefecht", "kampfeinsatz",
                   "kriegsgefangen", "offensive", "angriffskrieg", "einheiten"),
    military_min=2,
    # Source nouns of an attribution ("nach Angaben", "laut einer Analyse", "Schätzungen zufolge").
    source_nouns=("angaben", "informationen", "schätzungen", "schätzung", "berichten", "bericht", "zahlen",
                  "daten", "erkenntnissen", "analyse", "studie", "umfrage", "statistik", "berechnungen",
                  "recherchen", "darstellung", "auskunft", "meldungen", "medienberichten", "behördenangaben",
                  "polizeiangaben", "regierungsangaben", "expertenschätzungen", "einschätzung", "aussagen",
                  # nouns of counting and surveying (Duden), "nach einer Hochrechnung von SORA"
                  "hochrechnung", "hochrechnungen", "prognose", "prognosen", "untersuchung", "erhebung",
                  "auswertung", "umfragen", "studien", "zählung",
                  # the other number of those already listed ("nach Berechnung der Statistik Austria",
                  # "laut Analysen"), and nouns of inquiring and measuring (Duden): "nach Ermittlungen der
                  # Polizei", "nach Messungen des Erdbebendienstes", "laut Unterlagen des Ministeriums"
                  "berechnung", "recherche", "analysen", "untersuchungen", "erhebungen", "auswertungen",
                  "statistiken", "zählungen", "einschätzungen", "mitteilung", "aussage",
                  "ermittlungen", "messungen", "unterlagen"),
    attribution_preps=("nach", "laut", "gemäß"),
    attribution_post="zufolge",
    # Reporting verbs whose subject is the source of the figure.
    reporting_verbs=("berichtet", "berichtete", "berichten", "berichteten", "meldet", "meldete", "melden",
                     "teilte mit", "teilt mit", "schätzt", "schätzte", "spricht von", "sprach von",
                     "beziffert", "bezifferte", "gab an", "gibt an", "bestätigte",
                     "bestätigt", "erklärte", "sagte"),
    reporting_adverbs=("nun", "weiter", "zudem", "außerdem", "jetzt", "bereits", "inzwischen", "am", "heute",
                       "gestern", "demnach", "später", "zuletzt", "offiziell"),
    determiners=("der", "die", "das", "den", "dem", "des", "einer", "eines", "einem", "einen", "eine"),
    # Prepositions: a place after one is not the figure's subject ("nach Russland entsandt").
    prepositions=frozenset("nach in an aus von für gegen mit bei zu über auf um durch ohne seit zwischen unter "
                           "vor hinter neben zum zur vom im ins am beim des".split()),
    # Lower-case unit symbols written after a number (SI and common news units).
    measure_units=frozenset("m km cm mm kg g t l ml ha kwh mwh gwh mw gw kw km/h m² m2 km² m³ gb mb tb "
                            "ps pkt.".split()),
    # Determiners that open a nominative subject after a reporting verb ("meldete die Polizei").
    nominative=("der", "die", "das", "ein", "eine"),
    # Words after a number that make it a time expression ("vor 80 Jahren"), an age or a clock time.
    time_units=frozenset("jahr jahre jahren jahres jahrs monat monate monaten monats woche wochen tag tage tagen "
                         "tages stunde stunden minute minuten sekunde sekunden jahrzehnt jahrzehnte jahrzehnten "
                         "jahrhundert jahrhunderte jahrhunderten nacht nächte nächten quartal quartale "
                         "wochenende wochenenden semester min std sek".split()),
    age_words=frozenset(("jährige", "jährigen", "jähriger", "jähriges", "lenze")),
    clock_words=frozenset(("uhr",)),
    month_words=frozenset("januar jänner februar märz april mai juni juli august september oktober november "
                          "dezember jan. feb. mär. apr. jun. jul. aug. sep. sept. okt. nov. dez.".split()),
    # Words before a number that make it a name, rank or reference, not a count.
    id_words=frozenset("artikel art. paragraf paragraph paragrafen § nr. nummer platz rang seite seiten kapitel "
                       "absatz abs. zimmer linie folge staffel runde etappe spieltag minute formel version stufe "
                       "level gruppe klasse kategorie jahrgang bundesstraße gleis zone tor bahnsteig "
                       "windows iphone galaxy bezirk abschnitt punkt ziffer band heft ausgabe nummern "
                       "tranche phase sektor typ modell löcher loch hole top".split()),
    # Words before a four-digit number that make it a year ("im Jahr 2015", "seit 2010").
    year_context=frozenset("im jahr jahre jahres seit bis von ab vor nach um ende anfang mitte frühjahr sommer "
                           "herbst winter saison zwischen und in jahrgang anno bereits schon erst noch".split()),
    # Words that open a new clause after a comma (a figure's time and predicate stay in its clause).
    clause_openers=frozenset("wo wie als dass weil während nachdem obwohl wenn um der die das den dem denen "
                             "deren dessen welche welcher was damit sodass ob".split()),
    # The verbs of ``predicates`` as lemmas. Origin: as ``predicates``.
    predicate_lemmas=(
        ("töten", "killed"), ("sterben", "killed"), ("umkommen", "killed"), ("fallen", "killed"),
        ("verletzen", "wounded"), ("verwunden", "wounded"), ("entsenden", "deployed"), ("schicken", "deployed"),
        ("stationieren", "deployed"), ("einsetzen", "deployed"), ("bereitstellen", "deployed"),
        ("kämpfen", "deployed"), ("verstärken", "reinforced"), ("aufstocken", "reinforced"),
        ("versprechen", "promised"), ("zusagen", "promised"), ("liefern", "delivered"),
        ("gefangennehmen", "captured"), ("festnehmen", "arrested"), ("verhaften", "arrested"),
        ("vermissen", "missing"), ("evakuieren", "evacuated"), ("fliehen", "displaced"), ("vertreiben", "displaced"),
    ),
    # A vote reported as "mit 310 zu 299 Stimmen" or "310 gegen 299 Stimmen": the first number is
    # the votes for, the second those against. Origin: German parliamentary reporting (Duden, "Stimme").
    tally_joiners=("zu", "gegen"),
    # Light and general verbs (Duden grammar, "Funktionsverben" and verbs of being and having): a
    # number they govern measures nothing they name.
    light_verbs=frozenset("sein haben geben gehen kommen stehen machen sprechen werden lassen stellen "
                          "bringen nehmen finden sehen".split()),
    # Origin: German grammar (Duden, "es gibt" with the accusative of what exists).
    existential_verbs=frozenset({"geben"}),
    # Verbs that only state the value of their subject ("Die Inflationsrate betrug 0,7 Prozent",
    # "Der Schaden beläuft sich auf 3 Millionen Euro"): the subject noun names the measure.
    # Origin: German copular and measure verbs (Duden grammar, "Kopulaverben").
    measure_verbs=frozenset("betragen belaufen liegen ausmachen erreichen sein bleiben kosten".split()),
    tally_sides=(("votes", "votes against"),),
    source_frames=SOURCE_FRAMES,
    # Origin: German grammar (Duden, "es" as a placeholder subject of "sein": "Es sind 30 Prozent").
    restating_verbs=frozenset("ist sind war waren wäre wären sei seien sein werden wird würde würden "
                              "soll sollen sollten dürfte dürften könnte könnten müssten".split()),
    # Origin: German grammar (Duden, the pronominal adverbs "davon", "darunter" and "von"/"unter" with
    # a pronoun for the whole a part is taken from).
    part_openers=("davon", "darunter", "von ihnen", "unter ihnen", "von denen", "unter denen"),
    # Origin: German grammar (Duden, the comparatives of "viel" and "wenig"), and "hinter" of a gap in
    # a ranking ("21 Stimmen hinter den Grünen", "fünf Zähler hinter den Schweizern").
    difference_words=("mehr", "weniger", "hinter"),
    separable_particles=SEPARABLE_PARTICLES | frozenset(TWO_WAY_PARTICLES),
)
