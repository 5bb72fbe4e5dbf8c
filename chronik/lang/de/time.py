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

from dataclasses import dataclass, field, replace

from chronik.lang.de.demonyms import DEMONYM_FORMS
from chronik.lang.de.holidays import EASTER_HOLIDAYS, FIXED_HOLIDAYS, WEEKDAY_HOLIDAYS
from chronik.lang.de.time_patterns import rule_patterns

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

    # Month names and their genitive; value = month number. Origin: Duden (incl. Austrian "Jänner", "Feber").
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
    # "the first" before a plural unit with no number: a vague stretch ("in den ersten Tagen der Operation" PXD).
    # Origin: German grammar.
    first_words: frozenset[str]
    # Half a unit ("ein halbes Jahr", "einer halben Stunde", "ein halbes Jahrhundert") -> (amount, smaller unit)
    # of the TIMEX3 value (P6M, PT30M, P5DE), as the Wikinews and WikiWarsDE gold write it. Origin: ISO 8601.
    half_units: dict[str, tuple[int, str]]
    # Ordinal words for quarters and halves ("im ersten Quartal"). Origin: German ordinals.
    ordinals: dict[str, int]
    # Duration unit nouns in all cases -> unit code (D W M Y DE CE, time units H MIN S). Origin: ISO-TimeML.
    units: dict[str, str]
    # Dative forms after "vor" meaning "ago" ("vor 80 Jahren"). Subset of ``units``.
    units_dative: frozenset[str]
    # Adjectival duration suffixes ("dreitägig", "zweiwöchigen"). Origin: German word formation.
    duration_suffixes: dict[str, str]
    # Stems of a vague amount before those suffixes ("mehrstündig", "langjährig" -> PXH, PXY). Origin: Duden.
    vague_duration_stems: frozenset[str]
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
    day_course_before: frozenset[str]
    # Relative day adverbs -> offset in days ("vorgestern" -2). Origin: Duden.
    relative_days: dict[str, int]
    # Year adverbs -> offset from the publication year: "heuer" (Austrian, Bavarian, South Tyrolean: this year).
    # Origin: Duden ("heuer", süddeutsch, österreichisch, schweizerisch).
    relative_year_words: dict[str, int]
    # Year adjectives (stems, an adjective ending follows) -> offset: "die diesjährige Ausgabe", "heurigen".
    # Origin: Duden ("heurig" österreichisch; "diesjährig", "letztjährig", "vorjährig", "nächstjährig").
    relative_year_adjectives: dict[str, int]
    # Direction words after a duration ("zwei Tage später") -> sign. Origin: Duden.
    shift_words: dict[str, int]
    # Words before a number that make it an approximate or bounded value -> TIMEX mod. Origin: TIMEX2 mods.
    quantity_mods: dict[str, str]
    # Vague temporal adverbs -> TIMEX value. Origin: TIMEX3 PRESENT_REF/PAST_REF/FUTURE_REF convention.
    # "nun" is left out: in news and in WikiWarsDE it is mostly a discourse word; "bisher" and "bislang" ("so
    # far") too: no tuning gold marks them (KRAUTS, both Wikinews sets, WikiWarsDE: 0 of 13). "damals" is in: KRAUTS
    # annotates it (PAST_REF), WikiWarsDE mostly not (its TIMEX2 guidelines differ).
    vague: dict[str, str]
    # Adverbs of "now" beside "derzeit" whose form is also a predicative adjective ("Aktuell bestehe diese
    # Gefahr", "die aktuell bestehenden Hinweise"; not "ist aktuell"): PRESENT_REF, as the Wikinews gold marks
    # them. Attributive forms ("die aktuelle Lage", "dem gegenwärtigen Generalsekretär") are left out: the gold
    # marks them in some sets and not in others (Wikinews tune 2 unmarked, WikiWarsDE 5 of 7 unmarked).
    now_adverbs: frozenset[str]
    # Words before a bare "aktuell" that make it predicative ("ist aktuell", "so aktuell wie"), no timex.
    now_not_after: frozenset[str]
    # Words after "zur Zeit" that make it "at the time of" ("zur Zeit der Wende", "zur Zeit als"), not "now".
    not_now_next: frozenset[str]
    # Words before "heute" that make it "nowadays", not the publication day ("bis heute"; "seit heute" and
    # "ab heute" are the day). Origin: news usage.
    nowadays_cues: frozenset[str]
    # Words right after "heute" that make it a day on which something happens again ("hat auch heute wieder
    # zugeschlagen", "auch heute erneut"), not "nowadays" ("auch heute noch"). Origin: news usage (sport, weather).
    again_words: frozenset[str]
    # Recurrence words -> SET value. Origin: ISO-TimeML SET examples.
    sets: dict[str, str]
    # Words for "per/every" before a unit ("pro Tag", "jeden Monat"). Origin: Duden.
    set_quantifiers: frozenset[str]
    # Units after "jeden"/"pro" -> SET value ("jeden Abend" = every evening). Origin: ISO-TimeML SET values.
    set_units: dict[str, str]
    # "every" before a weekday ("jeden Montag", "an jedem dritten Mittwoch"). Origin: Duden.
    every_words: frozenset[str]
    # Ordinals between "jeden" and a weekday ("jeden zweiten Donnerstag"). Origin: German ordinals.
    weekday_ordinals: frozenset[str]
    # Frequency adverbs before "im Monat", "pro Woche" ("einmal im Monat") -> times per unit (None: vague).
    # Origin: German word formation (number word + "mal"), Duden.
    frequency_words: dict[str, int | None]
    # Prepositions of "per unit" ("im Monat", "am Tag", "pro Woche", "in der Woche"). Origin: Duden.
    per_unit_prepositions: tuple[str, ...]
    # Words after "am Tag", "im Jahr" that make them a date, not a rate ("am Tag danach", "im Jahr 2019").
    not_per_unit_next: frozenset[str]
    # Relative adjectives in the accusative that make a day part an adverb with no preposition ("Letzte Nacht
    # brannte es", "vergangene Nacht"). Origin: German grammar (adverbial accusative).
    adverbial_relatives: frozenset[str]
    # Relative adjectives in the bare adverbial accusative of "Jahr" ("letztes Jahr", "nächstes Jahr", with no
    # article or preposition): the speaker's year, counted from publication also inside a story, where the
    # story's year before or after is "im Jahr zuvor", "im folgenden Jahr", "im Jahr darauf". Origin: German
    # grammar (adverbial accusative; Duden "nächstes Jahr" = im kommenden Jahr), news convention (TimeML/
    # HeidelTime news: deictic expressions count from the document creation time).
    adverbial_year_relatives: frozenset[str]
    # Adjectives of the period now running ("im laufenden Jahr", "das aktuelle Jahr"): the publication's, also
    # after a story a few years back (a history's own current year is "in diesem Jahr"). Origin: news usage
    # (business and statistics reports: "für das laufende Jahr rechnet ...").
    current_relatives: frozenset[str]
    # Indefinite articles before a weekday: "an einem Sonnabend im Mai" is some Saturday (XXXX-WXX-6).
    indefinite_articles: frozenset[str]
    # Adjectives of a day counted from publication (stems; an ending follows) -> offset in days: "am gestrigen
    # Freitag", "am heutigen Morgen", "am morgigen Samstag". Origin: Duden.
    day_adjectives: dict[str, int]
    occasion_heads: tuple[str, ...]
    # Words of "every year" a bare month or season may follow ("jährlich im Mai", "jedes Jahr im Sommer"): then
    # it is that month of every year (XXXX-05), no one year's. Origin: Duden.
    yearly_cues: frozenset[str]
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
    # Words after which a -te/-ten word is an adjective or an infinitive, not a verb (articles, possessives,
    # prepositions: "von regelrechten Blechlawinen", "zu betrachten"). Origin: German grammar.
    determiners: frozenset[str]
    # Demonstrative pronouns that open a report sentence as its subject ("Das erklärte der General am Montag"):
    # the word after one is the verb, not an adjective ("das erklärte Ziel"), when the sentence has no other verb.
    # Origin: German verb-second order.
    opening_demonstratives: frozenset[str]
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
    # Relative-day words matched in lower case only ("morgen" = tomorrow, "Morgen" = morning).
    lower_case_only: frozenset[str]
    # Approximating words a year may follow ("um 1900"); other quantity words before a number make it a count.
    year_approx: frozenset[str]
    # Plural unit forms: "ein" before them is not a number ("eine Jahre" is not German). Subset of ``units``.
    plural_units: frozenset[str]
    over_units: frozenset[str]
    around_units: frozenset[str]
    around_shifts: dict[str, str]
    # Singular dative units: after "vor" with no number they mean one unit ago ("vor einem Jahr").
    singular_units: frozenset[str]
    # Stems of "the same" ("selben Tag", "gleichen Jahr", "desselben"): anaphoric, never "this period".
    same_prefixes: tuple[str, ...]
    # Shape of a weak preterite (German grammar): a consonant other than t before -te(n) ("lobten", "sagte"),
    # or -ete(n) after t/d ("berichteten") or after a consonant and m/n ("ereigneten", "öffnete", "atmete");
    # "beraten", "bieten", "arbeiten" do not fit it.
    weak_preterite: str
    # Prepositions before a clock time written without "Uhr" ("um 12.15", "ab 9.30"). Origin: Duden.
    clock_prepositions: frozenset[str]
    # Words after "um 1.50" that make it an amount, not a time (besides ``measure_units``). Origin: news usage.
    not_clock_units: frozenset[str]
    # Words of a recurring time: a clock time after one in its sentence has no single day. Origin: Duden.
    habitual_cues: frozenset[str]
    # Words that join the items of a list of days ("25. und 26. August"). Origin: German grammar.
    list_words: frozenset[str]
    # Holidays: fixed (month, day), days from Easter Sunday, n-th weekday of a month. See ``holidays.py``.
    fixed_holidays: dict[str, tuple[int, int]]
    easter_holidays: dict[str, int]
    weekday_holidays: dict[str, tuple[int, int, int]]
    # Word stems after "N Jahre" that make it an age ("22 Jahre alt", "16 Jahre jüngere"). Origin: Duden.
    age_words: tuple[str, ...]
    # Prepositions before "N Jahren" that make it an age limit ("ab 16 Jahren"). Origin: news usage.
    age_prepositions: frozenset[str]
    # Words before "von N Jahren" that make it an age ("im Alter von 76 Jahren"). Origin: Duden.
    age_phrases: tuple[str, ...]
    # Groups of people an age limit follows ("Kinder unter 16 Jahren", "Jugendliche über 14 Jahren"): after
    # one, "unter"/"über" N Jahren is an age. Origin: news usage (age limits of laws, statistics, tickets).
    age_groups: frozenset[str]
    age_limits: frozenset[str]
    # Person nouns after "zwölfjährigen" that make it an age ("der zwölfjährigen Chinesin", "ein zweijähriges
    # Mädchen"), no duration: TimeML leaves ages out. Origin: Duden (kin and age words) and the person nouns of
    # the demonym table (``demonyms.py``).
    age_persons: frozenset[str]
    span_noun_endings: tuple[str, ...]
    not_span_nouns: frozenset[str]
    # Past-time words that make "heute" in the same sentence "nowadays" ("damals Gries, heute Bozen").
    # Origin: Duden.
    then_words: frozenset[str]
    # Words before a date that make it the bound of a period ("seit 2009", "bis 1915", "von 1989 bis 1997"): it tells
    # no story, so it neither opens a narrative nor moves the story's time. Origin: German grammar.
    bound_words: frozenset[str]
    # Words before "11.4." that make it a day and month (a numeric date without a year). Origin: news usage.
    day_month_cues: frozenset[str]
    # Prepositions before a day part that make it a time of a day ("am Abend", "gegen Mittag", "in der Früh").
    # Origin: Duden.
    day_part_prepositions: tuple[str, ...]
    # Forms of "werden" that are a passive or zu-infinitive after a participle or "zu" ("evakuiert werden",
    # "zu werden"): no future. Origin: German grammar.
    passive_auxiliaries: frozenset[str]
    infinitive_marker: str
    # Shape of a past participle (German grammar): ge-...-t/-en ("gebracht", "eingenommen") or -iert.
    participle: str
    # "within" before a duration: it stays a duration ("binnen 24 Stunden"), never a date. Origin: Duden.
    within_words: frozenset[str]
    # Words right before a date that schedule something for it ("für den 1. April angesetzt", "auf den 18.
    # Dezember verlegt"): the date lies ahead whatever the tense of the report. Origin: German grammar.
    scheduling_cues: tuple[str, ...]
    # Present-perfect auxiliaries ("hat ... zugelegt"): news of the recent past, not a story told in the
    # simple past. Origin: German grammar.
    present_perfect: frozenset[str]
    # Present forms of "sein": with a participle later in the clause a perfect ("ist ... gestorben").
    sein_present: frozenset[str]
    # Verb prefixes (inseparable, and separable ones written on in a verb-final clause: "wo sie ankamen"): a
    # prefix verb conjugates like its base, so prefix + a strong preterite of the list is a preterite
    # ("befanden", "aufgaben"). Origin: German word formation (Duden grammar).
    verb_prefixes: tuple[str, ...] = ()
    # Day parts written apart after a weekday ("Sonntag Nachmittag", old spelling; "Freitag früh"). Keys of
    # ``day_parts``. Origin: Duden (spelling before 1996 and southern usage).
    weekday_day_parts: frozenset[str] = frozenset()
    # Before "vor": what "vor über einer Woche", "vor knapp zwei Jahren" say of the day ago (more than a week
    # ago lies before it). Origin: the TIMEX3 mods of ``quantity_mods``.
    ago_mods: dict[str, str] = field(default_factory=dict)
    # Words of ``quantity_mods`` that before a duration measure a change, no approximation: "um einen Tag
    # verschoben", "um zwei Jahre verlängert" (by a day); "um 1900", "um 12 Uhr" stay approximate or a time.
    # Origin: Duden (um, Präposition 5: the measure of a difference).
    measure_prepositions: frozenset[str] = frozenset()
    # Capitalized words a bare month name may follow ("im Monat Mai"); after any other capitalized word a
    # month name ends a name ("Chiang Mai"). Origin: Duden.
    month_heads: frozenset[str] = frozenset()
    # Infinitives of the perfect auxiliaries: a participle before one makes a perfect infinitive ("soll sich
    # ... ereignet haben", "dürfte ... gewesen sein"), a past however future its modal looks. Origin: German grammar.
    perfect_infinitives: frozenset[str] = frozenset()
    # Shape of a finite present-tense verb, third person singular, the tense of news ("übernimmt", "findet",
    # "beginnt", "reist"): a lower-case word in -t. A clause with one and no other tense cue is in the present,
    # and a day it names is the coming one. Origin: German grammar.
    present_verb: str = r"\w{3,}t$"
    # Lower-case words in -t that are no present-tense verbs: adverbs, prepositions, conjunctions, numbers,
    # predicative adjectives. Origin: Duden.
    not_present: frozenset[str] = frozenset()
    # Words before a weekday that make it a noun's attribute, the day of something that happened ("das
    # Wahlergebnis vom Sonntag zeigt"): the present tense of the clause says nothing of it. Origin: Duden.
    event_of_day: tuple[str, ...] = ()
    # Words right before a date that make it the start of a state that lasts ("seit Mittwoch ist er
    # unterwegs", "seit dem 3. März im Amt"): the date lies behind, whatever the tense of the clause (the
    # present of "seit" is the state's). Origin: German grammar (Duden: "seit" names a point in the past).
    since_cues: tuple[str, ...] = ()
    # Past forms of "sein": with a participle after them in the clause a pluperfect ("war ... zurückgetreten").
    # Origin: German grammar.
    sein_past: frozenset[str] = frozenset()
    # Unit forms in -e that are also an old dative singular ("am gleichen Tage", "im selben Jahre"), and the
    # singular dative words before a period that make them one ("am", "im", "dem"): one day, no plural.
    # Origin: Duden (dative -e, still written in set phrases and older prose).
    dative_e_units: frozenset[str] = frozenset()
    singular_datives: frozenset[str] = frozenset()
    # Articles that open a noun phrase, "heute" after one modifying the phrase's attribute ("der heute in
    # Südamerika lebenden Anakonda"); not "das", mostly a pronoun ("Wir haben das heute ..."). Origin: Duden.
    np_articles: frozenset[str] = frozenset()
    # Number words of a count in millions ("vor 60 Millionen Jahren"): the earth's or the universe's past,
    # beyond any calendar, a duration back from now (P60000000Y). Origin: German number words.
    large_numbers: dict[str, int] = field(default_factory=dict)
    # "das neue Jahr": the year after the story's; in news of the first months of a year, the year that has just
    # begun ("Das neue Jahr ist gerade einen Monat alt" in February). Origin: German usage (Duden: "neues Jahr").
    new_year_stem: str = "neu"
    new_year_months: int = 3
    # Endings of nouns before "2014/15" that name one period over the turn of a year (a season, a school year, a
    # term of office, a business year), no two years. Origin: Duden (Saison, Spielzeit, Schuljahr, Amtsperiode).
    # Adverbs of what is usual, which make a month or season beside them any year's ("was sonst im Juli
    # fällt", "im Monat Januar grundsätzlich nicht möglich"): XXXX-07. Lower case. Origin: Duden (usual, rule).
    usual_cues: frozenset[str] = frozenset()
    # Adverbs of how often or how widely right after "heute" that make it "nowadays" ("heute häufig auch
    # Koreakrieg genannt", "heute überwiegend in Asien"): a state of these days, no one day. Origin: Duden.
    nowadays_next: frozenset[str] = frozenset()
    # Phrases of "mainly" right after "heute", as those adverbs ("ist heute vor allem in den Bereichen ... tätig",
    # "heute in erster Linie"): what something mostly is these days. Lower case. Origin: Duden (vor allem).
    nowadays_next_phrases: tuple[str, ...] = ()
    # Nouns a number labels ("Linie 2013", "Zimmer 1002", "Seite 1203"): no year. Lower case. Origin: Duden.
    label_nouns: frozenset[str] = frozenset()
    # Verbs before "es" that make the number after it a count ("mittlerweile sind es 1600"). Lower case.
    count_verbs: frozenset[str] = frozenset()
    comparison_heads: frozenset[str] = frozenset()
    span_year_nouns: tuple[str, ...] = ()
    # Compounds of "Jahr" that name the accounting of a year and belong to its span ("im Geschäftsjahr 2014",
    # "das Haushaltsjahr 2008", as TIMEX3 spans "fiscal year 2009"); a story's "Kriegsjahr 1915" is left out
    # (WikiWarsDE does not span it). Their first parts, capitalized ("Geschäfts" + "jahr(es)"). Origin: Duden.
    year_compounds: tuple[str, ...] = ()
    # "eines Tages" as an adverb (the adverbial genitive: some day, in the past or to come), no duration of a
    # day; after a preposition that takes the genitive ("innerhalb eines Tages") or a noun ("die Kosten eines
    # Tages") it is one. Origin: Duden (adverbial genitive).
    some_day: tuple[str, str] = ("eines", "tages")
    genitive_prepositions: frozenset[str] = frozenset()
    # Determiners that can open a genitive attribute after a noun ("im letzten Jahr seiner Amtszeit", "des
    # Krieges"): "einen", "dem", "die" cannot. Origin: Duden (Deklination des Artikels und Pronomens).
    genitive_determiners: frozenset[str] = frozenset()
    # Idioms made of relative days that name no day ("das geht nicht von heute auf morgen": suddenly). Lower case.
    # Origin: Duden (Redewendungen).
    day_idioms: tuple[str, ...] = ()
    # Words after "von heute" that make it a starting day ("von heute an"), not "nowadays" ("die Jugend von
    # heute"). Origin: Duden.
    onwards_words: frozenset[str] = frozenset()
    # Bounds of a lasting state before a date ("ist bis 30. April geöffnet", "ist ab 1. Mai gesperrt") and the
    # infinitive of the stative "sein" after a modal ("sollen bis Ende Mai abgeschlossen sein"): with a
    # participle and a present "sein" the clause is a state until or from then (the stative passive, a
    # deadline), no perfect of a past event. Origin: German grammar (Duden: Zustandspassiv).
    state_bounds: frozenset[str] = frozenset()
    state_infinitives: frozenset[str] = frozenset()
    # Words between the two days of a range ("von Montag bis Freitag", "Dienstag - Samstag"): the second day is
    # the first such after the first. Origin: German grammar.
    range_words: frozenset[str] = frozenset()
    # Rule name -> pattern, built from the lists above by ``time_patterns.rule_patterns``.
    patterns: dict[str, str] = field(default_factory=dict)


_MONTHS = {
    "januar": 1, "jänner": 1, "februar": 2, "feber": 2, "märz": 3, "april": 4, "mai": 5, "juni": 6, "juli": 7,
    "august": 8, "september": 9, "oktober": 10, "november": 11, "dezember": 12,
}
_MONTHS.update({name + "s": num for name, num in list(_MONTHS.items()) if not name.endswith("z")})

_LEXICON = TimeLexicon(
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
        # the hours of each part, as "Morgenstunden" ("bis in die Nachtstunden", "in den Vormittagsstunden")
        "nachtstunden": "NI", "vormittagsstunden": "MO", "mittagsstunden": "MI", "nachmittagsstunden": "AF",
        "früh": "MO",  # Austrian and Bavarian "in der Früh", "Montagfrüh"
        "mitternacht": "24:00",  # a clock time (TIMEX3 T24:00), a part of the day in the same phrases
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
        # the months and the season of a season ("während der Sommermonate", "die Herbstsaison 2005")
        **{f"{stem}{tail}": (code, None) for stem, code in (("sommer", "SU"), ("winter", "WI"), ("herbst", "FA"),
                                                            ("frühjahrs", "SP"), ("frühlings", "SP"))
           for tail in ("monate", "monaten", "saison")},
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
    first_words=frozenset({"ersten", "erste"}),
    half_units={"CE": (5, "DE"), "DE": (5, "Y"), "Y": (6, "M"), "D": (12, "H"), "H": (30, "MIN")},
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
        **_forms("MIN", "minute", "minuten", "min"),
        **_forms("H", "std"),
        **_forms("S", "sekunde", "sekunden", "sek"),
        **_forms("N", "nacht", "nächte", "nächten"),
    },
    units_dative=frozenset(
        "tag tagen woche wochen monat monaten jahr jahren jahrzehnt jahrzehnten stunde stunden minute minuten".split()
    ),
    duration_suffixes={"tägig": "D", "wöchig": "W", "monatig": "M", "jährig": "Y", "stündig": "H"},
    vague_duration_stems=frozenset("mehr lang viel".split()),
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
        # plural only: "in den letzten Stunden" is a vague span (PTXH); "in der nächsten Stunde" is not read
        **_forms("H", "stunden"), **_forms("MIN", "minuten"),
    },
    phases={"anfang": "START", "beginn": "START", "mitte": "MID", "ende": "END", "gegen ende": "END",
            "ausgang": "END", "laufe": None, "lauf": None, "verlauf": None},
    phase_compounds={
        "jahresbeginn": ("Y", "START"), "jahresanfang": ("Y", "START"), "jahresmitte": ("Y", "MID"),
        "jahresende": ("Y", "END"), "jahresendes": ("Y", "END"), "monatsanfang": ("M", "START"),
        "monatsbeginn": ("M", "START"), "monatsmitte": ("M", "MID"), "monatsende": ("M", "END"),
        "wochenende": ("WE", None), "wochenendes": ("WE", None), "wochenbeginn": ("W", "START"),
    },
    deictic_relatives={
        **dict.fromkeys(_inflect("vergangen", "letzt", "vorig"), -1),
        # "im abgelaufenen Jahr", "des abgelaufenen Geschäftsjahres": the period just ended (Duden: ablaufen 5b,
        # frequent in Austrian and South Tyrolean annual reports)
        **dict.fromkeys(_inflect("abgelaufen"), -1),
        **dict.fromkeys(_inflect("kommend", "nächst"), 1),
        **dict.fromkeys(_inflect("übernächst"), 2),  # "übernächste Woche": the week after next (Duden)
        # "im heurigen Jahr", "des heurigen Jahres", "heurigen Sommer" (Austrian, South Tyrolean: this year's)
        **dict.fromkeys(_inflect("heurig"), 0),
    },
    anaphoric_relatives={
        **dict.fromkeys(_inflect("folgend", "darauffolgend", "anschließend", "neu"), 1),  # "des neuen Jahres"
        **dict.fromkeys(_inflect("vorangegangen", "vorausgegangen", "vorherig"), -1),
        **dict.fromkeys(_inflect("selb", "gleich", "dies", "laufend", "aktuell"), 0),
        "desselben": 0, "dieses": 0,
    },
    relative_nouns={
        "vorjahr": ("Y", -1), "vorjahres": ("Y", -1), "folgejahr": ("Y", 1), "folgejahres": ("Y", 1),
        "vormonat": ("M", -1), "vormonats": ("M", -1), "folgemonat": ("M", 1), "folgemonats": ("M", 1),
        "vorwoche": ("W", -1), "folgewoche": ("W", 1), "vortag": ("D", -1), "vortages": ("D", -1),
        "folgetag": ("D", 1), "folgetages": ("D", 1),
        # "im Tagesverlauf", "im weiteren Tagesverlauf" (in the course of the day): the reference day; only after
        # "im"/"weiteren" (day_course_before), "der Tagesverlauf eines Schülers" (daily routine) is none
        "tagesverlauf": ("D", 0), "tagesverlaufs": ("D", 0),
    },
    day_course_before=frozenset({"im", "weiteren"}),
    relative_days={"vorgestern": -2, "gestern": -1, "heute": 0, "morgen": 1, "übermorgen": 2},
    relative_year_words={"heuer": 0},
    relative_year_adjectives={"diesjährig": 0, "heurig": 0, "letztjährig": -1, "vorjährig": -1, "nächstjährig": 1},
    shift_words={"später": 1, "danach": 1, "darauf": 1, "nachher": 1, "zuvor": -1, "vorher": -1,
                 "davor": -1, "früher": -1},
    measure_prepositions=frozenset({"um"}),
    quantity_mods={
        "etwa": "APPROX", "ungefähr": "APPROX", "circa": "APPROX", "ca.": "APPROX", "rund": "APPROX",
        "um": "APPROX", "gegen": "APPROX", "mehr als": "MORE_THAN", "über": "MORE_THAN",
        "weniger als": "LESS_THAN", "knapp": "LESS_THAN", "fast": "LESS_THAN", "beinahe": "LESS_THAN",
        "bis zu": "EQUAL_OR_LESS", "höchstens": "EQUAL_OR_LESS", "maximal": "EQUAL_OR_LESS",
        "mindestens": "EQUAL_OR_MORE", "gut": "MORE_THAN",
    },
    vague={
        "derzeit": "PRESENT_REF", "zurzeit": "PRESENT_REF", "gegenwärtig": "PRESENT_REF",
        "momentan": "PRESENT_REF", "jetzt": "PRESENT_REF", "heutzutage": "PRESENT_REF", "künftig": "FUTURE_REF",
        "zukünftig": "FUTURE_REF", "bald": "FUTURE_REF", "demnächst": "FUTURE_REF",
        "kürzlich": "PAST_REF", "einst": "PAST_REF", "neulich": "PAST_REF", "unlängst": "PAST_REF",
        "vor kurzem": "PAST_REF", "vor Kurzem": "PAST_REF", "damals": "PAST_REF",
        "binnen kurzem": "FUTURE_REF", "binnen Kurzem": "FUTURE_REF",  # soon (Duden: binnen; "in Kürze" left out:
        # the one in KRAUTS tune is not annotated)
        "vor kurzer Zeit": "PAST_REF", "vor längerer Zeit": "PAST_REF", "vor langer Zeit": "PAST_REF",
        "zur Zeit": "PRESENT_REF",  # the spelling before 1996 of "zurzeit"; "zur Zeit der Wende" is no timex
        "wenig später": "FUTURE_REF", "kurz darauf": "FUTURE_REF", "kurz danach": "FUTURE_REF",
        "kurze Zeit später": "FUTURE_REF", "kurz zuvor": "PAST_REF", "kurz vorher": "PAST_REF",
        "Folgezeit": "FUTURE_REF",
        # "zwischenzeitlich" (meanwhile) is left out, as "inzwischen" and "mittlerweile": the tuning gold marks 1
        # of its 4 (0 of about 20 for the other two); "in der Folge" (subsequently) as "daraufhin" and
        # "anschließend": 2 of its 8 marked (0 of about 60 for the other two)
        "letzter Zeit": "PAST_REF", "letzten Zeit": "PAST_REF",  # only after "in der"
        "vor einiger Zeit": "PAST_REF", "jüngster Zeit": "PAST_REF", "jetzigen Zeitpunkt": "PRESENT_REF",
        "gegenwärtigen Zeitpunkt": "PRESENT_REF", "derzeitigen Zeitpunkt": "PRESENT_REF",
        # "im Moment", "im Augenblick" (at present, Duden: zurzeit): the noun alone is the span, only after "im",
        # not before a genitive or clause ("im Moment des Aufpralls", "im Augenblick, als ...": not_now_next)
        "Moment": "PRESENT_REF", "Augenblick": "PRESENT_REF",
    },
    now_adverbs=frozenset({"aktuell"}),
    now_not_after=frozenset("ist sind war waren sei seien wäre bleibt bleiben blieb wird werden wurde wirkt so "
                            "sehr besonders immer noch nicht höchst brand topp".split()),
    not_now_next=frozenset("der des dieser dieses eines einer seiner ihrer als wo von vom".split()),
    nowadays_cues=frozenset("bis noch auch schon von erst".split()),
    again_words=frozenset({"wieder", "erneut", "abermals"}),
    nowadays_next_phrases=("vor allem", "in erster linie"),
    nowadays_next=frozenset("häufig oft meist meistens zumeist überwiegend weitgehend größtenteils mehrheitlich "
                            "hauptsächlich vorwiegend vornehmlich "
                            "vielfach gemeinhin".split()),
    sets={"täglich": "P1D", "wöchentlich": "P1W", "monatlich": "P1M", "jährlich": "P1Y",
          "stündlich": "PT1H", "alljährlich": "P1Y",
          # every half year, quarter, two weeks, minute (Duden)
          "halbjährlich": "P6M", "vierteljährlich": "P3M", "zweiwöchentlich": "P2W", "vierzehntäglich": "P14D",
          "minütlich": "PT1M", "allwöchentlich": "P1W", "allmonatlich": "P1M",
          "tagtäglich": "P1D",  # day after day (Duden), as "täglich"
          # every evening, morning, night (Duden): the day part of any day, as "jeden Abend"
          "allabendlich": "XXXX-XX-XXTEV", "allmorgendlich": "XXXX-XX-XXTMO", "allnächtlich": "XXXX-XX-XXTNI"},
    set_quantifiers=frozenset("pro je jeden jede jedes jedem".split()),
    set_units={"tag": "P1D", "woche": "P1W", "monat": "P1M", "jahr": "P1Y", "stunde": "PT1H",
               "wochenende": "XXXX-WXX-WE", "morgen": "XXXX-XX-XXTMO", "vormittag": "XXXX-XX-XXTMO",
               "mittag": "XXXX-XX-XXTMI", "nachmittag": "XXXX-XX-XXTAF", "abend": "XXXX-XX-XXTEV",
               "nacht": "XXXX-XX-XXTNI"},
    every_words=frozenset("jeden jedem jeder".split()),
    weekday_ordinals=frozenset("ersten zweiten dritten vierten letzten".split()),
    frequency_words={
        **{w + "mal": n for w, n in (("ein", 1), ("zwei", 2), ("drei", 3), ("vier", 4), ("fünf", 5),
                                      ("sechs", 6), ("sieben", 7), ("acht", 8), ("zehn", 10), ("zwölf", 12))},
        "mehrmals": None, "mehrfach": None, "etliche male": None,
    },
    per_unit_prepositions=("im", "am", "pro", "je", "in der", "die"),
    not_per_unit_next=frozenset("des der nach danach darauf zuvor vorher davor zuvor".split()),
    adverbial_relatives=frozenset("letzte vergangene vorige diese kommende nächste".split()),
    adverbial_year_relatives=frozenset("letztes vergangenes voriges kommendes nächstes übernächstes".split()),
    current_relatives=frozenset(_inflect("laufend", "aktuell")),
    day_adjectives={"vorgestrig": -2, "gestrig": -1, "heutig": 0, "morgig": 1, "übermorgig": 2},
    # Heads of nouns of a one-day occasion: "die heutige Kundgebung", "der heutigen Landtagssitzung", "die
    # heutige Etappe" are the publication day's (the adjective is the timex); "der heutigen Vernetzung", "dem
    # heutigen Kaliningrad", "die heutige Vorstellung von Familie" are nowadays, left out as before. Only
    # "heutig": "bei der gestrigen Pressekonferenz", the one gestrig/morgig case of the tuning parts (KRAUTS
    # tune), is not annotated. Origin: German news usage (occasions a report dates).
    occasion_heads=("kundgebung", "demonstration", "demo", "sitzung", "etappe", "spiel", "partie", "rennen",
                    "abstimmung", "pressekonferenz", "treffen", "veranstaltung", "verhandlung", "anhörung",
                    "gipfel", "gottesdienst", "konzert", "aufführung", "eröffnung",
                    "streik", "protest", "feier", "gedenkfeier", "zeremonie", "ausgabe", "begegnung", "finale",
                    "training", "wahl"),
    indefinite_articles=frozenset("einem einen eines ein".split()),
    yearly_cues=frozenset("jährlich alljährlich jedes jeden".split()),
    usual_cues=frozenset("grundsätzlich normalerweise üblicherweise gewöhnlich gewöhnlicherweise traditionell "
                         "traditionellerweise traditionsgemäß sonst".split()),
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
        wuchs wuchsen sank sanken stieg stiegen betrug betrugen erhielt erhielten
        hieß hießen erfuhr erfuhren bekam bekamen trieb trieben lief liefen half halfen trug trugen
        empfing empfingen bat baten las lasen saß saßen lud luden litt litten schien schienen stieß
        stießen bestand entstand gelang misslang sprang sang zwang zwangen riet rieten verriet schwieg
        stahl stahlen schoss schossen erschoss befahl befahlen empfahl empfahlen verbot betrat betraten
        vergaß vergaßen gewährte verlieh verliehen wog bewies verwies überwies unterbrach sprach
        widersprach entsprach versprach besprach zerbrach""".split()
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
    opening_demonstratives=frozenset({"das", "dies"}),
    determiners=frozenset(
        """der die das den dem des ein eine einen einem einer eines im am zum zur vom beim
        sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer unser unsere diese diesen
        dieser dieses jene jenen alle allen keine keinen
        von mit zu bei nach aus auf für gegen ohne unter über zwischen durch trotz wegen während""".split()
    ),
    year_cues=frozenset(
        """im jahr jahre jahres jahren seit bis ab von vom zwischen anfang mitte ende beginn
        frühjahr sommer herbst winter frühling um gegen spätestens frühestens""".split()
    ),
    count_cues=frozenset(
        """rund etwa ca. circa schätzungsweise mehr über fast knapp mindestens insgesamt weitere
        weiteren zu zusätzlich nur gut annähernd beinahe maximal höchstens""".split()
    ),
    label_nouns=frozenset("""linie zimmer seite seiten nummer nr raum haus hausnummer bus zug flug paragraf
        paragraph artikel kapitel startnummer durchwahl telefon tel postfach kennzeichen""".split()),
    count_verbs=frozenset("sind waren seien wären werden wurden".split()),
    # "im Vergleich zu 2003", "im Gegensatz zu 2010": "zu" after these compares with a year, no count cue
    # ("bis zu 2000 Euro"). Origin: German grammar (Duden: im Vergleich zu, im Gegensatz zu)
    comparison_heads=frozenset("vergleich verglichen gegensatz unterschied".split()),
    name_particles=frozenset("von van der de".split()),
    narrative_relatives=frozenset(_inflect("nächst", "kommend", "letzt", "vorig")),
    measure_units=frozenset("km m cm mm kg g t ha qm km² m² mio. mrd. mio mrd prozent".split()),
    lower_case_only=frozenset({"morgen"}),
    year_approx=frozenset("um etwa ungefähr circa ca. gegen".split()),
    over_units=frozenset({"Jahre", "Jahrzehnte", "Jahrhunderte", "Monate", "Wochen"}),
    around_units=frozenset({"Stunden", "Tagen", "Wochen", "Monaten", "Jahren", "Jahrzehnten"}),
    around_shifts={"zuvor": "PAST_REF", "davor": "PAST_REF", "danach": "FUTURE_REF", "darauf": "FUTURE_REF"},
    plural_units=frozenset(
        "jahre jahren monate monaten wochen tage tagen jahrzehnte jahrzehnten stunden minuten".split()),
    singular_units=frozenset("jahr monat tag woche stunde".split()),
    same_prefixes=("selb", "gleich", "dessel"),
    fixed_holidays=FIXED_HOLIDAYS,
    easter_holidays=EASTER_HOLIDAYS,
    weekday_holidays=WEEKDAY_HOLIDAYS,
    age_words=("alt", "jung", "jünger", "älter"),
    age_prepositions=frozenset({"ab"}),
    age_phrases=("alter von", "alter zwischen", "alter bis zu", "alter unter", "alter über"),
    age_groups=frozenset(
        """kinder kindern jugendliche jugendlichen personen menschen mädchen jungen jungs schüler schülerinnen
        frauen männer bürger bürgerinnen einwohner erwachsene erwachsenen patienten besucher""".split()
    ),
    age_limits=frozenset({"unter", "über"}),
    # A digit age adjective before a noun of a stretch of time is a duration ("der 24-jährigen indonesischen
    # Besatzungszeit", "nach 3-jähriger Bauzeit", "seiner 12-jährigen Amtsdauer"), else an age ("der 47-jährige
    # Pilot"). Endings of such nouns (Duden); "Hochzeit", "Mahlzeit" are no stretches.
    span_noun_endings=("zeit", "dauer", "periode", "phase", "herrschaft", "frist"),
    not_span_nouns=frozenset({"hochzeit", "mahlzeit", "hochzeiten", "mahlzeiten"}),
    age_persons=frozenset(
        """mann mannes männer männern frau frauen kind kindes kinder kindern junge jungen jungs mädchen bub buben
        knabe knaben sohn sohnes söhne tochter töchter bruder brüder schwester schwestern enkel enkelin enkelsohn
        baby babys säugling säuglinge schüler schülerin schülerinnen schülern jugendliche jugendlichen junge
        patient patienten patientin opfer täter täterin fahrer fahrerin fußgänger fußgängerin radfahrer
        radfahrerin""".split())
    # the person nouns, not the adjectives ("der zweijährige deutsche Vorsitz")
    | frozenset(w for w in DEMONYM_FORMS if not w.rstrip("emnrs").endswith(("isch", "deutsch", "lich"))),
    then_words=frozenset("damals früher einst einstmals seinerzeit ursprünglich ehemals vormals".split()),
    bound_words=frozenset("seit seitdem bis von".split()),
    day_month_cues=frozenset("am vom zum bis ab seit den dem".split()),
    day_part_prepositions=("am", "gegen", "in der", "in den", "bis zum", "vom", "ab", "zu", "um", "seit", "nach",
                           "bis", "vor", "bis in die"),  # "dauerte bis in die Abendstunden"
    passive_auxiliaries=frozenset({"werden"}),
    infinitive_marker="zu",
    participle=r"(?:\w*ge\w+(?:t|en)|\w+iert)$",
    within_words=frozenset("innerhalb binnen".split()),
    scheduling_cues=("für den", "auf den", "für"),
    present_perfect=frozenset("hat haben habe hast".split()),
    sein_present=frozenset("ist sind bin bist seid".split()),
    verb_prefixes=("be", "ver", "ent", "emp", "er", "zer", "ge", "miss", "hinter", "über", "unter", "wider",
                   "ab", "an", "auf", "aus", "bei", "ein", "fest", "her", "hin", "los", "mit", "nach", "vor",
                   "weg", "zu", "zurück", "zusammen", "statt", "teil", "fort", "dar", "heraus", "hervor",
                   "herein", "hinaus", "voran", "vorbei", "um", "durch"),
    perfect_infinitives=frozenset({"haben", "sein"}),
    sein_past=frozenset("war waren warst wart".split()),
    event_of_day=("vom",),
    since_cues=("seit", "seit dem", "seit den"),
    day_idioms=("von heute auf morgen",),
    onwards_words=frozenset({"an"}),
    state_bounds=frozenset({"bis", "ab", "von"}),
    state_infinitives=frozenset({"sein"}),
    range_words=frozenset({"bis", "-", "–"}),
    genitive_determiners=frozenset(
        """des der eines einer seines seiner ihres ihrer dieses dieser jenes jener unseres unserer eures eurer
        meines meiner deines deiner keines keiner""".split()),
    genitive_prepositions=frozenset("innerhalb binnen während wegen trotz statt anstatt außerhalb infolge".split()),
    year_compounds=("Geschäfts", "Haushalts", "Buch", "Wirtschafts", "Rechnungs", "Finanz", "Steuer", "Kalender",
                    "Gesamt"),
    span_year_nouns=("saison", "spielzeit", "periode", "semester", "schuljahr", "schuljahres", "studienjahr",
                     "studienjahres", "geschäftsjahr", "geschäftsjahres", "haushaltsjahr", "haushaltsjahres",
                     "wirtschaftsjahr", "wirtschaftsjahres", "kirchenjahr", "kirchenjahres", "spieljahr",
                     "spieljahres"),
    large_numbers={"Millionen": 10**6, "Mio.": 10**6, "Milliarden": 10**9, "Mrd.": 10**9},
    np_articles=frozenset("der die den dem des ein eine einen einem einer eines".split()),
    dative_e_units=frozenset({"tage", "jahre"}),
    singular_datives=frozenset("am im vom zum beim dem diesem jenem".split()),
    not_present=frozenset(
        """nicht jetzt seit damit somit womit hiermit samt statt anstatt laut mittlerweile dort sofort fort
        bereit direkt indirekt exakt korrekt komplett insgesamt gesamt erneut weit breit recht schlecht leicht
        acht nacht spät oft gut halt kraft bekannt unbekannt genannt sogenannt bestimmt zuletzt derzeit zurzeit
        jederzeit seinerzeit allezeit mitternacht allesamt überhaupt weltweit bundesweit landesweit europaweit
        tot wert hart kaputt glatt schlicht zuerst zunächst meist zumeist fast selbst längst erst sonst einst
        zumindest jüngst unlängst höchst ernst umsonst just fest""".split()),
    month_heads=frozenset("monat monate monats monaten wonnemonat".split()),
    weekday_day_parts=frozenset("morgen vormittag mittag nachmittag abend nacht".split()),
    ago_mods={"MORE_THAN": "BEFORE", "EQUAL_OR_MORE": "BEFORE", "LESS_THAN": "AFTER", "EQUAL_OR_LESS": "AFTER",
              "APPROX": "APPROX"},
    habitual_cues=frozenset("jeweils wochentags werktags feiertags täglich".split()),
    list_words=frozenset("und bis sowie oder - – /".split()),
    clock_prepositions=frozenset("um ab bis gegen von zwischen".split()),
    not_clock_units=frozenset(
        """euro cent franken dollar prozent punkte punkten meter metern kilometer kilogramm tonnen grad
        millionen milliarden stunden minuten sekunden h min std sek""".split()
    ),
    weak_preterite=r"(?:[b-df-hj-np-sv-zß]te|[td]ete|[b-df-hj-np-tv-zß][mn]ete)n?$",
)
TIME_LEXICON = replace(_LEXICON, patterns=rule_patterns(_LEXICON))
