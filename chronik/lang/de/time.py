"""German words for temporal expressions, as data for ``chronik.extract.timexes``.

Origin of every list: standard German calendar vocabulary (Duden), the
TIMEX3/ISO-TimeML value conventions (seasons SP/SU/FA/WI, day parts
MO/MI/AF/EV/NI, duration units), and the inflection of German adjectives and
nouns in news prose. Nothing here is specific to any article.

All keys are lower case; the extractor adds the capitalized variant where a
word can start a sentence. A few short regex fragments (``bc_suffix`` ...)
are data too, so that the extractor holds no German literal.
"""
from __future__ import annotations

from dataclasses import dataclass, field

_ADJ_ENDINGS = ("e", "en", "er", "es", "em")


def _inflect(*stems: str) -> tuple[str, ...]:
    """All strong/weak adjective endings of each stem ("vergangen" -> "vergangene" ...)."""
    return tuple(stem + ending for stem in stems for ending in _ADJ_ENDINGS)


def _forms(value: int | str, *words: str) -> dict[str, int | str]:
    return {word: value for word in words}


@dataclass(frozen=True, eq=False)
class TimeLexicon:
    """German temporal vocabulary. ``eq=False``: hashed by identity, so the
    extractor can cache the regexes it compiles from one lexicon object."""

    # Month names and their genitive; value = month number. Origin: Duden (incl. Austrian "Jänner").
    months: dict[str, int]
    # Month abbreviations written with a period ("Aug. 2024"). Origin: Duden abbreviation list.
    month_abbreviations: dict[str, int]
    # Weekday -> ISO weekday 1..7. Origin: Duden ("Sonnabend" is the northern Saturday).
    weekdays: dict[str, int]
    # Day-part nouns -> TIMEX3 part of day. Origin: ISO-TimeML (MO morning, MI midday, AF afternoon, EV evening, NI night).
    day_parts: dict[str, str]
    # Adverbs for day parts after a relative day ("morgen früh", "heute abends"). Origin: Duden.
    day_part_adverbs: dict[str, str]
    # Season nouns -> (TIMEX3 season, mod). Origin: ISO-TimeML season codes; "Frühsommer" = early summer.
    seasons: dict[str, tuple[str, str | None]]
    # Cardinal number words (incl. inflected "ein") -> value. Origin: German number words.
    number_words: dict[str, float]
    # Vague quantity words standing for an unknown number ("wenige Tage" -> PXD). Origin: Duden.
    vague_quantities: frozenset[str]
    # Ordinal words for quarters and halves ("im ersten Quartal"). Origin: German ordinals.
    ordinals: dict[str, int]
    # Duration unit nouns in all cases -> unit code (D W M Y DE CE, time units H MIN S). Origin: ISO-TimeML.
    units: dict[str, str]
    # Dative forms after "vor" meaning "ago" ("vor 80 Jahren"). Subset of ``units``.
    units_dative: frozenset[str]
    # Adjectival duration suffixes ("dreitägig", "zweiwöchigen"). Origin: German word formation.
    duration_suffixes: dict[str, str]
    # "-lang" adjectives/adverbs of vague duration ("monatelang"). Origin: Duden.
    long_durations: dict[str, str]
    # Period nouns for relative and part-of expressions ("vergangenen Jahr", "Ende der Woche") -> unit.
    periods: dict[str, str]
    # Phase words before a period -> TIMEX mod ("Anfang 2025" = 2025 START). Origin: TIMEX2/3 mod guidelines.
    phases: dict[str, str | None]
    # Compounds of year/month/week with a phase ("Jahresende") -> (unit, mod). Origin: Duden.
    phase_compounds: dict[str, tuple[str, str | None]]
    # Adjectives that place a period before/after the publication date (deictic). Origin: news usage.
    deictic_relatives: dict[str, int]
    # Adjectives relative to the story's own reference time (anaphoric). Origin: narrative usage.
    anaphoric_relatives: dict[str, int]
    # Nouns that are relative periods by themselves ("Vorjahr") -> (unit, offset). Origin: Duden.
    relative_nouns: dict[str, tuple[str, int]]
    # Relative day adverbs -> offset in days ("vorgestern" -2). Origin: Duden.
    relative_days: dict[str, int]
    # Direction words after a duration ("zwei Tage später") -> sign. Origin: Duden.
    shift_words: dict[str, int]
    # Words before a number that make it an approximate or bounded value -> TIMEX mod. Origin: TIMEX2 mods.
    quantity_mods: dict[str, str]
    # Vague temporal adverbs -> TIMEX value. Origin: TIMEX3 PRESENT_REF/PAST_REF/FUTURE_REF convention.
    # "nun" and "damals" are left out: in news and in WikiWarsDE they are mostly discourse words.
    vague: dict[str, str]
    # Words before "heute" that make it "nowadays", not the publication day ("bis heute"). Origin: news usage.
    nowadays_cues: frozenset[str]
    # Recurrence words -> SET value. Origin: ISO-TimeML SET examples.
    sets: dict[str, str]
    # Words for "per/every" before a unit ("pro Tag", "jeden Monat"). Origin: Duden.
    set_quantifiers: frozenset[str]
    # Decade words ("zwanziger Jahre") -> decade digit. Origin: German number words.
    decade_words: dict[str, int]
    # Finite auxiliaries of perfect and past forms: a sentence with one talks about the past. Origin: German grammar.
    past_auxiliaries: frozenset[str]
    # Frequent strong (irregular) preterite forms of news verbs; weak ones are found by their -te ending. Origin: Duden.
    strong_preterites: frozenset[str]
    # Auxiliaries and cue words of future or announced events ("wird", "erwartet", "bevorstehend"). Origin: news usage.
    future_cues: frozenset[str]
    # Prefixes of future-cue adjectives ("bevorstehenden", "geplanten"). Origin: news usage.
    future_prefixes: tuple[str, ...]
    # Perfect auxiliaries of "haben": a historical date in such a sentence is an aside, not a narrative.
    perfect_auxiliaries: frozenset[str]
    # Lower-case words ending in -te/-ten that are not past-tense verbs (ordinals, adjectives). Origin: Duden.
    not_preterite: frozenset[str]
    # Words after which a -te/-ten word is an adjective, not a verb (articles, possessives). Origin: German grammar.
    determiners: frozenset[str]
    # Words that mark a four-digit number as a year when they precede it ("im", "seit", "Jahr"). Origin: news usage.
    year_cues: frozenset[str]
    # Words that mark a following number as a count, not a year ("rund 2000 Soldaten"). Origin: news usage.
    count_cues: frozenset[str]
    # Words after a month name that show it is a first name ("August von ...").
    name_particles: frozenset[str]
    # Deictic adjectives that follow the story inside an open narrative ("im nächsten Jahr"). Origin: narrative usage.
    narrative_relatives: frozenset[str]
    # Lower-case measure units after a number: not a year ("1600 km"). Origin: SI and news abbreviations.
    measure_units: frozenset[str]
    # Regex fragments (data): era suffixes, "of the year", range connectors, articles.
    bc_suffix: str = r"v\.\s?Chr\.?|vor\s+Christus"
    ad_suffix: str = r"n\.\s?Chr\.?|nach\s+Christus"
    of_year: str = r"(?:des(?:selben)?|dieses)\s+Jahres"
    of_the: str = r"(?:des|der|dieses|diesen)"
    day_range: str = r"(?:bis(?:\s+zum)?|und|oder|/|–|-|auf\s+den|zum)"
    article: str = r"(?:den|dem)"
    year_word: str = r"Jahr(?:e|es)?"
    century_word: str = r"Jahrhundert(?:s|e|en)?|Jh\."
    decade_suffix: str = r"er(?:\s+|-)Jahre[ns]?"
    clock: str = r"Uhr"
    ago: str = r"[Vv]or"
    after: str = r"[Nn]ach|[Ii]nnerhalb|[Bb]innen"
    of_day: str = r"(?:desselben|dieses|des\s+(?:gleichen|selben|folgenden|nächsten|darauffolgenden))\s+Tages"
    long_time: str = r"lange[mr]?(?:\s+Zeit)?|kurze[mr]?\s+Zeit"
    since: str = r"[Ss]eit"
    night_from: str = r"Nacht\s+(?:vom|zum)"
    future_phrase: str = r"[Ii]n\s+(?:der\s+)?Zukunft"
    extra_vague: tuple[str, ...] = field(default_factory=tuple)


_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
_MONTHS.update({name + "s": num for name, num in list(_MONTHS.items()) if not name.endswith("z")})

TIME_LEXICON = TimeLexicon(
    months=_MONTHS,
    month_abbreviations={
        "jan": 1, "feb": 2, "febr": 2, "mär": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8,
        "sep": 9, "sept": 9, "okt": 10, "nov": 11, "dez": 12,
    },
    weekdays={
        "montag": 1, "dienstag": 2, "mittwoch": 3, "donnerstag": 4, "freitag": 5,
        "samstag": 6, "sonnabend": 6, "sonntag": 7,
    },
    day_parts={
        "morgen": "MO", "morgens": "MO", "morgenstunden": "MO", "vormittag": "MO", "vormittags": "MO",
        "mittag": "MI", "mittags": "MI", "nachmittag": "AF", "nachmittags": "AF",
        "abend": "EV", "abends": "EV", "abendstunden": "EV", "nacht": "NI", "nachts": "NI",
    },
    day_part_adverbs={"früh": "MO", "morgens": "MO", "vormittags": "MO", "mittags": "MI",
                      "nachmittags": "AF", "abends": "EV", "nachts": "NI"},
    seasons={
        "frühling": ("SP", None), "frühjahr": ("SP", None), "frühjahrs": ("SP", None), "frühjahres": ("SP", None),
        "sommer": ("SU", None), "sommers": ("SU", None), "herbst": ("FA", None), "herbstes": ("FA", None),
        "winter": ("WI", None), "winters": ("WI", None),
        "frühsommer": ("SU", "START"), "frühsommers": ("SU", "START"), "spätsommer": ("SU", "END"),
        "spätsommers": ("SU", "END"), "frühherbst": ("FA", "START"), "spätherbst": ("FA", "END"),
        "spätherbstes": ("FA", "END"), "hochsommer": ("SU", "MID"),
    },
    number_words={
        "ein": 1, "eine": 1, "einen": 1, "einem": 1, "einer": 1, "eines": 1, "zwei": 2, "drei": 3,
        "vier": 4, "fünf": 5, "sechs": 6, "sieben": 7, "acht": 8, "neun": 9, "zehn": 10, "elf": 11,
        "zwölf": 12, "dreizehn": 13, "vierzehn": 14, "fünfzehn": 15, "sechzehn": 16, "siebzehn": 17,
        "achtzehn": 18, "neunzehn": 19, "zwanzig": 20, "dreißig": 30, "vierzig": 40, "fünfzig": 50,
        "sechzig": 60, "siebzig": 70, "achtzig": 80, "neunzig": 90, "hundert": 100,
        "beiden": 2, "anderthalb": 1.5, "eineinhalb": 1.5, "zweieinhalb": 2.5, "dreieinhalb": 3.5,
    },
    vague_quantities=frozenset(
        "wenige wenigen weniger einige einigen einiger mehrere mehreren mehrerer viele vielen etliche etlichen".split()
    ),
    ordinals={"ersten": 1, "erste": 1, "zweiten": 2, "zweite": 2, "dritten": 3, "dritte": 3,
              "vierten": 4, "vierte": 4},
    units={
        **_forms("D", "tag", "tage", "tagen", "tages"),
        **_forms("W", "woche", "wochen"),
        **_forms("M", "monat", "monate", "monaten", "monats"),
        **_forms("Y", "jahr", "jahre", "jahren", "jahres"),
        **_forms("DE", "jahrzehnt", "jahrzehnte", "jahrzehnten", "jahrzehnts"),
        **_forms("CE", "jahrhundert", "jahrhunderte", "jahrhunderten"),
        **_forms("H", "stunde", "stunden"),
        **_forms("MIN", "minute", "minuten"),
        **_forms("S", "sekunde", "sekunden"),
        **_forms("N", "nacht", "nächte", "nächten"),
    },
    units_dative=frozenset(
        "tag tagen woche wochen monat monaten jahr jahren jahrzehnt jahrzehnten stunde stunden minute minuten".split()
    ),
    duration_suffixes={"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y", "stündig": "H"},
    long_durations={"tagelang": "D", "wochenlang": "W", "monatelang": "M", "jahrelang": "Y",
                    "jahrzehntelang": "DE", "stundenlang": "H"},
    periods={
        **_forms("Y", "jahr", "jahres", "jahre", "jahren"),
        **_forms("M", "monat", "monats", "monate", "monaten"),
        **_forms("W", "woche", "wochen"),
        **_forms("Q", "quartal", "quartals"),
        **_forms("DE", "jahrzehnt", "jahrzehnts", "jahrzehnte", "jahrzehnten"),
        **_forms("D", "tag", "tages", "tage", "tagen"),
        **_forms("WE", "wochenende", "wochenendes"),
    },
    phases={"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END", "gegen ende": "END",
            "ausgang": "END", "laufe": None, "verlauf": None},
    phase_compounds={
        "jahresbeginn": ("Y", "START"), "jahresanfang": ("Y", "START"), "jahresmitte": ("Y", "MID"),
        "jahresende": ("Y", "END"), "jahresendes": ("Y", "END"), "monatsanfang": ("M", "START"),
        "monatsbeginn": ("M", "START"), "monatsmitte": ("M", "MID"), "monatsende": ("M", "END"),
        "wochenende": ("WE", None), "wochenendes": ("WE", None), "wochenbeginn": ("W", "START"),
    },
    deictic_relatives={
        **dict.fromkeys(_inflect("vergangen", "letzt", "vorig"), -1),
        **dict.fromkeys(_inflect("kommend", "nächst"), 1),
    },
    anaphoric_relatives={
        **dict.fromkeys(_inflect("folgend", "darauffolgend", "anschließend"), 1),
        **dict.fromkeys(_inflect("vorangegangen", "vorausgegangen", "vorherig"), -1),
        **dict.fromkeys(_inflect("selb", "gleich", "dies", "laufend", "aktuell"), 0),
        "desselben": 0, "dieses": 0,
    },
    relative_nouns={
        "vorjahr": ("Y", -1), "vorjahres": ("Y", -1), "folgejahr": ("Y", 1), "folgejahres": ("Y", 1),
        "vormonat": ("M", -1), "vormonats": ("M", -1), "folgemonat": ("M", 1), "folgemonats": ("M", 1),
        "vorwoche": ("W", -1), "folgewoche": ("W", 1), "vortag": ("D", -1), "vortages": ("D", -1),
        "folgetag": ("D", 1), "folgetages": ("D", 1),
    },
    relative_days={"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2},
    shift_words={"später": 1, "danach": 1, "darauf": 1, "nachher": 1, "zuvor": -1, "vorher": -1,
                 "davor": -1, "früher": -1},
    quantity_mods={
        "etwa": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "ca.": "APPROX", "rund": "APPROX",
        "um": "APPROX", "gegen": "APPROX", "mehr als": "MORE_THAN", "über": "MORE_THAN",
        "weniger als": "LESS_THAN", "knapp": "LESS_THAN", "fast": "LESS_THAN", "beinahe": "LESS_THAN",
        "bis zu": "EQUAL_OR_LESS", "höchstens": "EQUAL_OR_LESS", "maximal": "EQUAL_OR_LESS",
        "mindestens": "EQUAL_OR_MORE", "gut": "MORE_THAN",
    },
    vague={
        "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
        "momentan": "PRESENT_REF", "jetzt": "PRESENT_REF", "bisher": "PRESENT_REF",
        "bislang": "PRESENT_REF", "heutzutage": "PRESENT_REF", "künftig": "FUTURE_REF",
        "zukünftig": "FUTURE_REF", "bald": "FUTURE_REF", "demnächst": "FUTURE_REF",
        "kürzlich": "PAST_REF", "einst": "PAST_REF", "neulich": "PAST_REF",
        "wenig später": "FUTURE_REF", "kurz darauf": "FUTURE_REF", "kurz danach": "FUTURE_REF",
        "kurze Zeit später": "FUTURE_REF", "kurz zuvor": "PAST_REF", "kurz vorher": "PAST_REF",
        "Folgezeit": "FUTURE_REF", "in der Folge": "FUTURE_REF", "zwischenzeitlich": "PAST_REF",
    },
    nowadays_cues=frozenset("bis noch auch schon von ab seit erst".split()),
    sets={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
          "stündlich": "PT1H", "alljährlich": "P1Y"},
    set_quantifiers=frozenset("pro je jeden jede jedes".split()),
    decade_words={"zwanziger": 2, "dreißiger": 3, "vierziger": 4, "fünfziger": 5, "sechziger": 6,
                  "siebziger": 7, "achtziger": 8, "neunziger": 9},
    past_auxiliaries=frozenset(
        "hat haben habe hatte hatten hätte hätten hattest war waren wäre wären wurde wurden worden gewesen".split()
    ),
    strong_preterites=frozenset(
        """kam kamen ging gingen traf trafen sprach sprachen fand fanden gab gaben nahm nahmen hielt
        hielten rief riefen schrieb schrieben stand standen sah sahen flog flogen starb starben fiel
        fielen begann begannen wies wiesen verließ verließen zog zogen bot boten lag lagen blieb
        blieben trat traten schlug schlugen brach brachen warf warfen gewann gewannen verlor verloren
        unterzeichnete unterschrieb unterschrieben entschied entschieden beschloss beschlossen
        erschien erschienen geschah verschwand verschwanden griff griffen floh flohen fuhr fuhren
        wuchs wuchsen sank sanken stieg stiegen betrug betrugen erhielt erhielten""".split()
    ),
    future_cues=frozenset(
        """wird werden werde wirst soll sollen solle will wollen wolle plant planen
        geplant erwartet erwarten angekündigt angesetzt voraussichtlich künftig bevorsteht bevorstehen""".split()
    ),
    future_prefixes=("bevorstehend", "geplant", "kommend", "anstehend", "angekündigt"),
    perfect_auxiliaries=frozenset("hat haben habe hatte hatten hätte hätten worden gewesen".split()),
    not_preterite=frozenset(
        """erste ersten letzte letzten zweite zweiten dritte dritten vierte vierten fünfte fünften
        sechste sechsten siebte siebten achte achten neunte neunten zehnte zehnten meiste meisten
        beste besten nächste nächsten weite weiten harte harten leute mitte seite seiten
        rechte rechten gute guten breite breiten beste bitte heute heutige neueste neuesten
        größte größten höchste höchsten wichtigste wichtigsten hunderte hunderten tausende tausenden
        konflikte gebiete kräfte rechte inhalte texte verträge könnte könnten möchte möchten sollte
        sollten wollte wollten müsste müssten dürfte dürften hätte hätten halten gelten warten
        enthalten erhalten verhalten behalten unterhalten starten fürchten richten berichten
        vernichten verzichten achten beachten betrachten beobachten""".split()
    ),
    determiners=frozenset(
        """der die das den dem des ein eine einen einem einer eines im am zum zur vom beim
        sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere diese diesen
        dieser dieses jene jenen alle allen keine keinen""".split()
    ),
    year_cues=frozenset(
        """im jahr jahre jahres jahren seit bis ab von vom zwischen anfang mitte ende beginn
        frühjahr sommer herbst winter frühling um gegen spätestens frühestens""".split()
    ),
    count_cues=frozenset(
        """rund etwa ca. circa schätzungsweise mehr über fast knapp mindestens insgesamt weitere
        weiteren bis zu zusätzlich nur gut annähernd beinahe maximal höchstens""".split()
    ),
    name_particles=frozenset("von van der de".split()),
    narrative_relatives=frozenset(_inflect("nächst", "kommend", "letzt", "vorig")),
    measure_units=frozenset("km m cm mm kg g t ha qm km² m² mio. mrd. mio mrd prozent".split()),
)
