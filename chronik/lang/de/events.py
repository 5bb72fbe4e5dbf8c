"""German for events: which predicates report a happening, of which type, and
the words that make a clause announced, hypothetical, negated or habitual.

Plain data for ``chronik.extract.events``, which reads clauses from the parse;
the extractor holds no German literal. Lemmas are as the language core writes
them (verbs lower case with a separable prefix joined: ``bekanntgeben``;
nouns capitalised, singular). Every list says where it came from.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from chronik.lang.de.demonyms import DEMONYM_FORMS, PLACE_FORMS
from chronik.lang.de.entities import ENTITY_LEXICON
from chronik.lang.de.grammar import GENITIVE_ARTICLES, SEPARABLE_PARTICLES, SEPARABLE_TWO_WAY_VERBS, TWO_WAY_PARTICLES
from chronik.lang.de.numbers import NUMBER_LEXICON
from chronik.lang.de.roles import OFFICE_KINDS, ROLE_NOUNS, ROLE_SUFFIXES
from chronik.lang.de.statements import SPEECH_ACT_VERBS
from chronik.lang.de.time import TIME_LEXICON
from chronik.lang.de.time_patterns import TWO_CALENDAR_YEARS


def _city_adjectives() -> dict[str, str]:
    """German grammar (Duden: Einwohnerbezeichnungen, "Wiener Schnitzel"): a
    town's name with ``-er`` is an adjective that never inflects (``die Pekinger
    Konferenz``, ``die Kölner Übergriffe``); a name in ``-en`` drops its ``e``
    (``München`` -> ``Münchner``). The names: the place words of the entity
    gazetteer and its German city list (origins in entities.py); a form the
    gazetteer lists as another kind of name, or a city itself, is left out."""
    words = ENTITY_LEXICON.entity_words
    names = {w for w, label in words.items() if label == "LOC"} | set(ENTITY_LEXICON.cities)
    out: dict[str, str] = {}
    for name in names:
        if not name[:1].isupper() or name.isupper() or not name.isalpha() or len(name) < 3:
            continue
        forms = {name + "er"} | ({name[:-2] + "ner"} if name.endswith("en") else set())
        for form in forms:
            if words.get(form, "LOC") == "LOC" and form not in ENTITY_LEXICON.cities:
                out[form.lower()] = name
    return out


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class EventLexicon:
    """What the event extractor needs to know about German (identity-hashed,
    so that derived lookups can be cached per lexicon object)."""

    verb_types: dict[str, str]          # verb lemma -> event type
    noun_types: dict[str, str]          # event noun (or compound head) -> event type
    no_event_verbs: frozenset[str]      # states, perception, cognition, possession, modality
    document_nouns: frozenset[str]      # "das Gesetz": types the verb that passes it, no happening itself
    reflexive_states: frozenset[str]    # "hielten sich ... auf": with "sich", a state
    speech_verbs: frozenset[str]        # acts of saying: statements, not events, unless on an occasion
    announce_verbs: frozenset[str]      # a formal announcement by an office, a company, a court
    occasion_nouns: frozenset[str]      # a saying on such an occasion is news: "in einer Rede"
    light_verbs: frozenset[str]         # "das Treffen fand statt": the noun is the event
    existential_verbs: frozenset[str]   # "es gab Explosionen", "es kam zu Zusammenstößen"
    modal_verbs: frozenset[str]         # "kann", "muss": not a report of a happening
    schedule_modals: frozenset[str]     # "soll am Montag stattfinden": announced
    plan_verbs: frozenset[str]          # "plant", "will": the infinitive they govern lies ahead
    ahead_verbs: frozenset[str]         # "steht bevor": what they tell of lies ahead
    hypothetical_forms: frozenset[str]  # Konjunktiv II forms: "würde", "hätte", "könnte"
    future_aux: frozenset[str]          # "wird ... reisen"
    passive_aux: frozenset[str]
    negations: frozenset[str]
    belief_verbs: frozenset[str]        # "vermutete, dass ...": what they govern is not reported as fact
    question_words: frozenset[str]      # "Wann er zurücktritt, ist unklar": an indirect question
    copula_verbs: frozenset[str]        # "zeigte sich besorgt": a state, not a happening
    generic_subjects: frozenset[str]    # "man": anyone, not one happening
    habitual: frozenset[str]            # "jedes Jahr", "oft": not one happening
    hedges: frozenset[str]              # "möglicherweise": a possibility, not told as having happened
    background: frozenset[str]          # "bereits", "damals": not the news of the day
    announce_words: frozenset[str]      # "geplant", "bevorstehend" before an event noun
    before_preps: frozenset[str]        # "vor dem Treffen": it lies ahead
    time_preps: frozenset[str]          # "nach dem Krieg": an event noun that places another happening
    sequence_preps: frozenset[str]      # "vor einem Treffen in Alaska": another happening, with its own place
    bound_preps: frozenset[str]         # "seit 1976", "bis März": a bound, not the happening's date
    target_preps: frozenset[str] = frozenset()  # "hat für Montag geladen": the time of what is set up
    look_back_words: frozenset[str] = frozenset()  # "in den vergangenen zehn Tagen": a span up to now
    date_clause_marks: frozenset[str] = frozenset()  # "am 4. Juli, wenn ...": a clause on the date before it
    two_calendar_years: Any = None  # a compiled pattern: "Geschäftsjahr 2010/2011", no one year
    quantity_words: frozenset[str]      # "der mehr als ein Vierteljahrhundert andauernde Krieg": no noun
    noun_like_adjectives: frozenset[str]  # "der Junge": a noun of its own, not inflected as "jung"
    third_possessives: frozenset[str]   # "seines", "ihrer": whose it is, someone named elsewhere
    kind_antecedents: frozenset[str]    # "jene, die am Sonntag fischen": a kind of people, no happening
    focus_words: frozenset[str]         # "Allein in der Stadt ...": a focus particle, no subject
    every_words: frozenset[str]         # "jedes Jahr", "alle zwei Jahre": a repeated time, a habit
    outer_bound_preps: frozenset[str]   # "vor 1970 erworben": before a date, not inside it ("vor drei Jahren")
    near_words: frozenset[str]          # "kurz vor Mitternacht": near the date, so dated by it
    span_words: frozenset[str]          # "zwischen dem 25. Oktober und dem 15. März": a span, no one date
    occasion_preps: frozenset[str]      # a saying "in einer Rede", "nach einem Treffen"
    participation_preps: frozenset[str]  # "bei einem Treffen vereinbarten A und B": they took part
    place_preps: frozenset[str]
    label_place_preps: frozenset[str]  # kept in a label as written ("reist nach Brüssel"); others read "in"
    bordering_place_preps: frozenset[str] = frozenset()  # ... these only right before the place ("am Westbahnhof")
    state_nouns: frozenset[str]        # "die russischen Truppen": the demonym's state acts
    institution_nouns: frozenset[str]  # "die Polizei teilte mit": an office whose announcement is news
    unique_bodies: frozenset[str]      # "das irakische Parlament wählte": a party the article does not name
    body_kinds: frozenset[str]         # "die Kartellbehörde" (a compound's head): one too
    companion_preps: frozenset[str]     # "traf sich mit X"
    between_preps: frozenset[str]       # "zwischen A und B": every party
    recipient_preps: frozenset[str]     # "Brief an X"
    opponent_preps: frozenset[str]      # "gewann gegen X", "Klage gegen X": whom it is directed at
    agent_preps: frozenset[str]         # passive "von X", "durch X"
    source_preps: frozenset[str]        # "laut X", "X zufolge": a channel, not a party
    source_nouns: frozenset[str]        # "nach Angaben von X"
    source_postpositions: frozenset[str]  # "X zufolge": the source phrase stands before it
    source_links: frozenset[str]        # "Berichten aus Moskau zufolge": a phrase inside a source
    sound_homographs: frozenset[str]    # "laut": also the adjective "loud"
    degree_words: frozenset[str]        # "sehr laut": the adjective
    sound_verbs: frozenset[str]         # "riefen laut Parolen": the adjective
    definite: frozenset[str]            # articles, demonstratives and possessives that refer back
    pronouns: dict[str, str]            # personal pronoun -> "sg" / "pl"
    both_words: frozenset[str]          # "beide", "die beiden Staaten"
    dabei_words: frozenset[str]         # "dabei": the happening of the sentence before
    purpose_marks: frozenset[str]       # "um ... zu": a purpose, not a happening
    condition_marks: frozenset[str]     # "wenn", "falls": hypothetical
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    group_nouns: frozenset[str]         # "Delegation": stands for the person who leads it
    office_kinds: dict[str, frozenset[str]]  # "Regierungschef": the offices of that kind ("Premierminister")
    alliance_nouns: frozenset[str]      # "die Koalition aus CDU und FDP": its members are the parties
    member_preps: frozenset[str]        # "aus": the members of an alliance
    actor_words: frozenset[str]         # "CDU", "Obama": one-word names of bodies and persons
    age_words: frozenset[str]           # "der 22-Jährige": a person by the age the article gave
    demonym_forms: dict[str, str]       # "nordkoreanische" -> "Nordkorea"
    place_forms: dict[str, str]         # "pjöngjang", "nordkoreas" -> "Nordkorea"
    present_3sg: dict[str, str]         # verb lemma -> third person singular present (irregular)
    present_3pl: dict[str, str]         # the few verbs whose plural is not the infinitive
    separable_particles: tuple[str, ...]  # for labels: "bekanntgeben" -> "gibt ... bekannt"
    two_way_particles: tuple[str, ...] = ()  # separable only where the form shows it: "durchgesetzt"
    label_particles: tuple[str, ...] = ()  # in a label only: "sicherstellen" -> "stellt ... sicher"
    party_preps: frozenset[str] = frozenset()  # "gewann vor Freund": a party's preposition, kept in a label
    complement_preps: frozenset[str] = frozenset()  # "Rede zur Lage der Nation": a noun's complement after "X:"
    separable_two_way_verbs: frozenset[str] = frozenset()  # ... or the verb is one of these: "durchstarten"
    postpositions: frozenset[str] = frozenset()  # "Der Liebe wegen": the noun before is no subject
    particle_postpositions: frozenset[str] = frozenset()  # "seiner Meinung nach": no particle at the clause end
    list_joiners: frozenset[str] = frozenset()  # what joins the parts of a list: "A und B", "A, B sowie C"
    count_bounds: dict[str, tuple[str, ...]] = field(default_factory=dict)  # "bis zu 12.000": no preposition
    recipient_articles: frozenset[str] = frozenset()  # "an das/den/die X": X receives it
    first_names: frozenset[str]         # "Wladimir Putin" -> "Putin" in a label; "Kim Jong Un" stays
    first_name_genders: dict[str, str] = field(default_factory=dict)  # "Philipp" -> "Masc": "sie" is not he
    object_preps: frozenset[str] = frozenset()  # "protestiert gegen X": a prepositional object, kept in a label
    reflexive_object_preps: frozenset[str] = frozenset()  # "befasst sich mit X": only after "sich"
    governed_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # "kommt zu einem Ergebnis"
    count_companions: frozenset[str] = frozenset()  # "Weitere 64 wurden verhaftet": a count's own words
    accusative_determiners: frozenset[str] = frozenset()  # "seine Anteile": no genitive owner
    plain_articles: frozenset[str] = frozenset()  # "ein Dokument": articles no genitive phrase has
    giving_verbs: frozenset[str] = frozenset()  # "überträgt Anteile an Frau": "an" with the accusative
    inseparable_prefixes: tuple[str, ...] = ()  # "bestohlen": a participle without "ge"
    plural_like_singular_endings: tuple[str, ...] = ()  # "der/die Mitarbeiter": one form for both numbers
    unreduced_plural_endings: tuple[str, ...] = ()  # "Abgeordnete": a plural the lemmatizer may keep
    fused_articles: dict[tuple[str, str], str] = field(default_factory=dict)  # "zu der" -> "zur"
    idiom_objects: dict[str, frozenset[str]] = field(default_factory=dict)  # "spielt die Hauptrolle": no happening
    relation_preps: dict[str, frozenset[str]] = field(default_factory=dict)  # "setzt auf Y": a stance, no happening
    fused_preps: frozenset[str] = frozenset()  # "beim", "zum": an article inside, a noun phrase follows
    support_phrase_nouns: frozenset[str] = frozenset()  # "nimmt ... unter die Lupe": the phrase is the verb's
    state_auxiliaries: frozenset[str] = frozenset()  # "war ausgesetzt gewesen": the stative passive
    until_now: frozenset[str] = frozenset()  # "bis heute verschwunden": a state that lasts
    singular_aux: frozenset[str] = frozenset()  # "hatte", "wird": a finite auxiliary that shows the singular
    forming_verbs: frozenset[str] = frozenset()  # "die Koalition wurde gebildet": its members formed it
    subject_pronouns: frozenset[str] = frozenset()  # "er", "sie": a personal pronoun that can be a subject
    # "die Schließung der Banken", "die Festnahme des Verdächtigen": an action noun whose
    # genitive or "von" phrase is what undergoes it -> its event type
    object_noun_types: dict[str, str] = field(default_factory=dict)
    demand_verbs: frozenset[str] = frozenset()  # "fordert die Schließung": what is demanded, not told as done
    topic_preps: frozenset[str] = frozenset()  # "plädiert für die Einführung": a topic, not a happening
    genitive_preps: frozenset[str] = frozenset()  # "die Räumung von 300 Häusern": the genitive's stand-in
    genitive_articles: frozenset[str] = frozenset()  # "der Zusammenbruch der Union": a label keeps them
    passing_verbs: frozenset[str] = frozenset()  # "unterzeichnete das Gesetz": the law type
    means_preps: frozenset[str] = frozenset()  # "per Gesetz abgeschafft": done by a law
    sequence_adverbs: tuple[tuple[str, ...], ...] = ()  # "kurz darauf": the day of the happening before
    back_references: frozenset[str] = frozenset()  # "damals": the date named just before
    city_adjectives: dict[str, str] = field(default_factory=dict)  # "pekinger" -> "Peking"
    article_places: dict[str, str] = field(default_factory=dict)  # "Türkei" -> "die": "in der Türkei"
    representative_nouns: frozenset[str] = frozenset()  # "mit Vertretern von X": X meets
    place_adjective_types: frozenset[str] = frozenset()  # "die französischen Regionalwahlen": held there
    happening_verbs: frozenset[str] = frozenset()  # "es kam zu X": X is the happening
    happening_preps: frozenset[str] = frozenset()  # the "zu" of "es kam zu X"
    reflexive_harm: frozenset[str] = frozenset()  # "verletzte sich": the subject undergoes it
    phrase_types: dict[tuple[str, str], str] = field(default_factory=dict)  # "lief vom Stapel": launch
    range_marks: frozenset[str] = frozenset()  # "2009-2013", "2003 bis 2008": a span's start is a bound
    presenting_verbs: frozenset[str] = frozenset()  # "legte einen Bericht vor": with a report, an announcement
    report_nouns: frozenset[str] = frozenset()
    preterite_forms: frozenset[str] = frozenset()  # "gewannen": a past, whatever the tagger says
    measure_nouns: frozenset[str] = frozenset()  # "die Zahl der Todesopfer": says nothing without its genitive
    generic_openers: frozenset[str] = frozenset()  # "Wer ..., muss ...": anyone, not one happening
    proportion_marks: tuple[frozenset[str], frozenset[str]] = (frozenset(), frozenset())  # "je ... desto"
    destination_types: dict[str, str] = field(default_factory=dict)  # "ins All": launch, whatever the verb
    press_preps: frozenset[str] = frozenset()  # "sagte gegenüber der Presse": an interview
    media_nouns: frozenset[str] = frozenset()
    company_nouns: frozenset[str] = frozenset()  # "der Konzern": the company named last
    rival_nouns: frozenset[str] = frozenset()  # "die Konkurrenten": the parties just listed
    state_kind_nouns: frozenset[str] = frozenset()  # "beide Staaten": the two states named last
    place_offices: frozenset[str] = frozenset()  # "die Feuerwehr": the "Feuerwehr Olpe" the text named
    definite_articles: frozenset[str] = frozenset()  # "die Werft": the one named before
    there_is_verbs: frozenset[str] = frozenset()  # "es gab einen Übergriff": the noun happened
    currency_words: frozenset[str] = frozenset()  # "Euro" tagged as a name: a unit, no party
    work_nouns: frozenset[str] = frozenset()  # "das Album Rivers & Streams": a work's title, no party
    indefinite: frozenset[str] = frozenset()  # "bei einem Autounfall": one happening, told as new
    actual_modal_forms: frozenset[str] = frozenset()  # "konnte ... abrücken": it happened
    occasion_date_preps: frozenset[str] = frozenset()  # "auf der Sitzung am 21. Juni gewählt": its date
    begun_preps: frozenset[str] = frozenset()  # "mit dem Neubau begonnen": the noun is the happening
    contest_nouns: frozenset[str] = frozenset()  # "das Gruppenspiel": a match; as a verb's argument, the verb tells it
    relative_genitives: frozenset[str] = frozenset()  # "mit dessen Bau": the noun "dessen" stands for undergoes it
    weekdays: frozenset[str] = frozenset()  # "am Montag" in a past clause: the last Monday
    intention_verbs: frozenset[str] = frozenset()  # "will den Umsatz verdoppeln": a goal, not a plan
    adjectival_participles: frozenset[str] = frozenset()  # "ist betroffen": with "sein", a state
    possible_adjectives: frozenset[str] = frozenset()  # "eine mögliche Blockade": a possibility
    open_question_words: frozenset[str] = frozenset()  # "was", "wie": a question only beside "unklar"
    unknown_words: frozenset[str] = frozenset()  # "unklar", "offen": what is not known
    finding_verbs: frozenset[str] = frozenset()  # "stellen fest, dass": with a clause, a statement
    complement_marks: frozenset[str] = frozenset()  # the "dass", "ob" of a complement clause
    speaker_words: frozenset[str] = frozenset()  # "wir", "meine Mannschaft": the speaker, in quoted words
    english_words: frozenset[str] = frozenset()  # "is", "when", "we": an English tweet quoted in the text
    german_words: frozenset[str] = frozenset()  # "der", "und", "wurde": the text around is German
    once_words: frozenset[str] = frozenset()  # "duldete einst": at some time long ago, no one happening
    attain_verbs: frozenset[str] = frozenset()  # "will gewinnen": with "wollen", a goal
    change_verbs: frozenset[str] = frozenset()  # "stieg um 5 Prozent": with an amount, a statistic
    amount_preps: frozenset[str] = frozenset()  # the "um", "auf", "von" of the amount
    subjunctive_aux: frozenset[str] = frozenset()  # "werde": Konjunktiv I of "werden", reported speech
    durative_adverbs: frozenset[str] = frozenset()  # "jahrelang": a state or habit that lasts
    durative_marks: frozenset[str] = frozenset()  # the "seit" of "seit zwei Jahren"
    first_time_words: frozenset[str] = frozenset()  # "erstmals seit": one happening, the first
    belief_nouns: frozenset[str] = frozenset()  # "kein Zweifel, dass": the clause is not asserted
    confirm_verbs: frozenset[str] = frozenset()  # "bestätigte die Befürchtung, dass": asserted after all
    absence_marks: frozenset[str] = frozenset()  # "ohne ... zu", "statt ... zu": what was not done
    unreal_comparison_marks: frozenset[str] = frozenset()  # the "ob" of "als ob": an unreal comparison
    concessive_words: frozenset[str] = frozenset()  # "auch wenn": the main clause is asserted
    time_condition_marks: frozenset[str] = frozenset()  # "sobald" with a present: a condition
    mid_clause_conjunctions: frozenset[str] = frozenset()  # "fiel aber nicht auf": an adverb, not a new clause
    # "nicht festgenommen, sondern freigelassen": a conjunct set against the one before shares none of its status
    contrast_conjunctions: frozenset[str] = frozenset()
    infinitive_endings: tuple[str, ...] = ()  # "-en", "-ern", "-eln": how a verb's lemma ends
    short_infinitives: tuple[str, ...] = ()  # "sein", "tun" (and "antun", "dasein"): the others
    generic_quantifiers: frozenset[str] = frozenset()  # "werden alle Einstellungen synchronisiert": of a kind
    demand_marks: frozenset[str] = frozenset()  # "muss sicherstellen, dass ...": the content of a duty
    tally_words: frozenset[str] = frozenset()  # "bisher", "bisherigen" with a count: a running tally
    # "weder ... noch" negates each of the two (Duden: mehrteilige Konjunktion); "noch" alone is "still",
    # so only "weder", and the conjunct after "noch" shares it with the first
    neither_words: frozenset[str] = frozenset()
    already_words: frozenset[str] = frozenset()  # "schon sechs Mal": a count of times up to now
    ongoing_adverbs: frozenset[str] = frozenset()  # "derzeit", "stetig" with a present: what is so or goes on
    reflexive_copulas: frozenset[str] = frozenset()  # "gestaltete sich schwierig": how it is, with "sich"
    development_verbs: frozenset[str] = frozenset()  # "das änderte sich": a gradual change, with "sich"
    not_manner_adverbs: frozenset[str] = frozenset()  # "zeigte sich erstmals": an adverb of time, not how
    underway_verbs: frozenset[str] = frozenset()  # "derzeit läuft ein Versuch": a happening under way
    flow_count: int = 500  # "13.000 Migranten eingereist": hundreds who came, a flow
    unit_words: frozenset[str] = frozenset()  # "Euro", "Kilometer": a count of a unit, not of those who came
    harm_types: frozenset[str] = frozenset()  # event types whose crowds are of one happening (dead, protesters)
    standing_verbs: frozenset[str] = frozenset()  # "kam auf 35 Prozent": where a figure stands
    rank_words: frozenset[str] = frozenset()  # "Prozent", "Stelle": a share or a rank
    ordinal_words: frozenset[str] = frozenset()  # "ersten", "elften": a rank's number in words
    trend_verbs: frozenset[str] = frozenset()  # "stagnierten": a trend in itself
    degree_adverbs: frozenset[str] = frozenset()  # "leicht gesunken": a change by a degree
    share_words: frozenset[str] = frozenset()  # "um ein Viertel geschrumpft": a change by a share
    quality_change_verbs: frozenset[str] = frozenset()  # "verlor an Zustimmung": a change of a quality
    sum_words: frozenset[str] = frozenset()  # "insgesamt" with a count over a year: a statistic
    degree_question_words: frozenset[str] = frozenset()  # the "viele" of "wie viele": an indirect question
    source_clause_verbs: frozenset[str] = frozenset()  # "wie eine Studie ergab": the source, no happening
    knowing_verbs: frozenset[str] = frozenset()  # "Niemand weiß, was ...": negated, the question is open
    anyone_words: frozenset[str] = frozenset()  # "Wer ..., ergreift eher ...": anyone who, generic
    percent_nouns: frozenset[str] = frozenset()  # "85 Prozent der Urlauber schließen ab": a statistic
    participial_preps: frozenset[str] = frozenset()  # "abgesehen von", "verglichen mit": no verb
    page_record_forms: frozenset[str] = frozenset()  # "Artikel veröffentlicht: ...", "1 mal gelesen": the page's record
    page_nouns: frozenset[str] = frozenset()  # "Artikel", "Kommentare": the page or its parts, before such a participle
    page_record_after: frozenset[str] = frozenset()  # "am", "vor", ":": what follows the participle in such a record
    additive_adverbs: frozenset[str] = frozenset()  # "Dazu kommt, dass ...": with "kommen", a connective
    additive_verb: str = ""  # the "kommen" of such a connective
    reader_possessive: str = ""  # the reader's "Ihr" a web form addresses (polite form, capitalized)
    confirmation_verbs: frozenset[str] = frozenset()  # "Ihr Link wurde erfolgreich eingesendet": a form's reply
    success_words: frozenset[str] = frozenset()  # the "erfolgreich" of such a reply
    singular_articles: frozenset[str] = frozenset()  # "das", "ein", "dem": an article of the singular only
    field_separators: frozenset[str] = frozenset()  # "|", "·", "-": between the fields of a line of a page
    occurring_verbs: frozenset[str] = frozenset()  # "Das geschah, weil ...": a happening told again
    restating_subjects: frozenset[str] = frozenset()  # the "das" of "das geschah": points back
    obligation_forms: frozenset[str] = frozenset()  # "gehört verboten": with a participle, what must be done
    request_nouns: frozenset[str] = frozenset()  # "mit der Bitte, ... durchzulesen": what is asked or aimed at
    request_verbs: frozenset[str] = frozenset()  # "forderte, die Waffenruhe wiederzubeleben": what is asked


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _typed(spec: dict[str, str]) -> dict[str, str]:
    return {word: kind for kind, words in spec.items() for word in words.split()}


# Event types and the predicates that report them. Origin: written for chronik
# from the type definitions of benchmarks/events_gold/GUIDELINE_wikinews.md,
# with the verb categories of the CAMEO event codebook (PETRARCH2, MIT: the
# categories, not its English words) and the trigger words of the DFKI
# SmartData event corpus (CC BY 4.0: accident, strike, acquisition, layoffs,
# insolvency, merger, disaster) as German models; common German news usage.
_VERB_TYPES = _typed({
    "meeting": "treffen zusammentreffen empfangen beraten tagen verhandeln zusammenkommen versammeln",
    "call": "telefonieren anrufen",
    "visit": "besuchen bereisen",
    "letter": "schreiben",
    "agreement": "unterzeichnen unterschreiben vereinbaren ratifizieren einigen abschließen "
                 "verständigen zusagen",
    "decision": "beschließen entscheiden anordnen verhängen verbieten genehmigen billigen bewilligen "
                "aufheben einführen verfügen ausrufen absagen",
    "vote": "abstimmen zustimmen ablehnen verwerfen",
    "law": "verabschieden erlassen inkrafttreten",
    "ruling": "freisprechen urteilen",
    "arrest": "festnehmen verhaften inhaftieren festsetzen ausliefern abschieben",
    # a sentence passed ("zu sieben Jahren Haft verurteilt") is the guideline's trial
    "trial": "anklagen beschuldigen vorwerfen vorführen verurteilen",
    "election": "wählen abwählen wiederwählen",
    "appointment": "ernennen berufen nominieren vereidigen bestellen",
    "resignation": "zurücktreten entlassen feuern abberufen absetzen",
    "attack": "angreifen attackieren beschießen bombardieren überfallen stürmen sprengen "
              "hacken hochgehen ausbomben zusammenschlagen verprügeln misshandeln",
    "fighting": "kämpfen bekämpfen erobern zurückschlagen einmarschieren",
    "killing": "töten ermorden erschießen hinrichten umbringen",
    "death": "sterben versterben erliegen umkommen",
    "accident": "verunglücken abstürzen entgleisen kollidieren zusammenstoßen prallen auffahren "
                "kentern stürzen",
    "disaster": "erschüttern überschwemmen verwüsten",
    "protest": "demonstrieren protestieren boykottieren",
    "strike": "streiken bestreiken",
    "deployment": "entsenden stationieren verlegen schicken abziehen einsetzen anrücken ausrücken abrücken",
    "military": "mobilisieren",
    "launch": "starten einweihen eröffnen präsentieren vorstellen veröffentlichen",
    "release": "freilassen freigeben befreien begnadigen",
    "award": "auszeichnen ehren verleihen",
    "business": "übernehmen kaufen verkaufen erwerben fusionieren investieren",
    "announcement": "bekanntgeben ankündigen mitteilen bestätigen einräumen verkünden vorlegen",
    "discovery": "entdecken finden nachweisen messen orten aufspüren feststellen",
})

# (nouns of one happening each; the second row of several types, added for
# recall from the guideline's type list: riots and shoot-outs are fighting,
# hostage-takings and rampages attacks, a collision or derailment an accident)
_NOUN_TYPES = _typed({
    "meeting": "Treffen Gipfel Gipfeltreffen Gespräch Unterredung Sitzung Konferenz Verhandlung "
               "Zusammenkunft Empfang Tagung Beratung Kongress Parteitag Sondersitzung Feier Festakt",
    "call": "Telefonat Telefongespräch Anruf Videoschalte Videokonferenz",
    "visit": "Besuch Staatsbesuch Reise Visite Antrittsbesuch",
    "letter": "Brief Schreiben Botschaft Neujahrsbotschaft Grußbotschaft Glückwunschschreiben Note",
    "statement": "Rede Ansprache Interview Pressekonferenz Erklärung Stellungnahme Regierungserklärung "
                 "Fernsehansprache Pressemitteilung",
    "agreement": "Abkommen Vertrag Pakt Vereinbarung Einigung Friedensabkommen Waffenstillstand "
                 "Waffenruhe Deal",
    "decision": "Beschluss Entscheidung Verbot Anordnung",
    "vote": "Abstimmung Votum Referendum Volksabstimmung Misstrauensvotum",
    "law": "Gesetz Gesetzesentwurf Reform",
    "ruling": "Urteil Haftbefehl Freispruch Schuldspruch",
    "arrest": "Festnahme Verhaftung Auslieferung Abschiebung Razzia Inhaftierung Gefangennahme",
    "trial": "Prozess Anklage Gerichtsverfahren",
    "election": "Wahl Präsidentschaftswahl Parlamentswahl Landtagswahl Bundestagswahl Europawahl "
                "Stichwahl Kommunalwahl Wiederwahl",
    "appointment": "Ernennung Nominierung Vereidigung Amtseinführung",
    "resignation": "Rücktritt Entlassung Abwahl Amtsenthebung",
    "attack": "Anschlag Angriff Attentat Überfall Bombenanschlag Luftangriff Raketenangriff Cyberangriff "
              "Hackerangriff Terroranschlag Übergriff Geiselnahme Amoklauf Schießerei",
    "fighting": "Kampf Gefecht Offensive Krieg Schlacht Beschuss Zusammenstoß Auseinandersetzung "
                "Ausschreitung Krawall Schusswechsel Feuergefecht Bombardierung",
    "killing": "Mord Tötung Hinrichtung Ermordung Erschießung Massaker",
    "death": "Tod",
    "accident": "Unfall Absturz Zusammenstoß Explosion Brand Unglück Verkehrsunfall Flugzeugabsturz "
                "Zugunglück Massenkarambolage Kollision Entgleisung Havarie",
    "disaster": "Erdbeben Beben Überschwemmung Hochwasser Sturm Orkan Hurrikan Taifun Tsunami Flut "
                "Lawine Waldbrand Dürre Epidemie Erdrutsch Vulkanausbruch",
    "protest": "Demonstration Protest Kundgebung Boykott Blockade Mahnwache Protestmarsch",
    "strike": "Streik Warnstreik Ausstand Arbeitsniederlegung Generalstreik",
    "deployment": "Einsatz Entsendung Stationierung Rückzug Truppenabzug",
    "military": "Manöver Militärübung Raketentest Atomtest Mobilmachung Militärparade Parade",
    "launch": "Start Markteinführung Eröffnung Einweihung",
    "release": "Freilassung Befreiung Begnadigung",
    "award": "Verleihung Preisverleihung Auszeichnung",
    "business": "Übernahme Fusion Insolvenz Pleite Stellenabbau Zusammenschluss Kauf Verkauf Börsengang "
                "Entlassungen Konkurs",
    "discovery": "Entdeckung Fund",
    # a first night is a happening, but no product or service launched (the
    # guideline's launch): of no type of its own
    "other": "Premiere Uraufführung Erstaufführung",
})

# A match of a sports competition is one happening (the guideline has no type
# for it: "other"). Named by the round or occasion it is played in, not a bare
# "Spiel", whose compounds name games of every kind ("Glücksspiel",
# "Schauspiel"); not a tournament, which lasts weeks and frames the matches
# ("bei der Europameisterschaft"). As the object or subject of a verb, or
# with its opponent, the verb tells what happened in it ("hatte das
# Gruppenspiel verloren"): no second happening, so the match is no event noun
# whose phrase the verb's parties stay out of. Origin: German sports reporting.
_CONTEST_NOUNS = _w("Länderspiel Freundschaftsspiel Testspiel Vorbereitungsspiel Auftaktspiel Eröffnungsspiel "
                    "Heimspiel Auswärtsspiel Hinspiel Rückspiel Endspiel Pokalspiel Ligaspiel Gruppenspiel "
                    "Qualifikationsspiel Derby Finale Halbfinale Viertelfinale Achtelfinale Match")

# Action nouns of transitive verbs (and of verbs whose subject undergoes
# them: "Ausbruch", "Einsturz") whose genitive or "von" phrase names what
# undergoes the action, not who acts (Duden's grammar: genitivus objectivus,
# "die Schließung der Banken" of "die Banken schließen"). With such a phrase
# and an article the noun names one specific happening; the phrase is its
# patient. The event nouns above of that kind keep their type; the others are
# of the type their verb would be.
_OBJECT_NOUN_TYPES = _typed({
    "other": "Schließung Öffnung Wiedereröffnung Änderung Gründung Einführung Wiedereinführung Abschaffung "
             "Aufhebung Einbau Bau Neubau Wiederaufbau Abriss Zerstörung Räumung Evakuierung Zwangsevakuierung "
             "Bergung Rettung Sprengung Besetzung Eroberung Beschlagnahme Beschlagnahmung Verschiebung Absage "
             "Übergabe Entführung Ausbruch Einsturz Zusammenbruch Entstehung Umbenennung Verlegung Sperrung "
             "Stilllegung Privatisierung Verstaatlichung Rückgabe Lieferung Zulassung",
    "letter": "Übermittlung Zustellung",
    "announcement": "Vorlage Veröffentlichung Bekanntgabe",
    "killing": "Ermordung Tötung Hinrichtung",
})
_OBJECT_NOUN_TYPES.update({noun: _NOUN_TYPES[noun] for noun in _w(
    "Festnahme Verhaftung Auslieferung Abschiebung Entlassung Freilassung Befreiung Begnadigung Übernahme "
    "Kauf Verkauf Ernennung Nominierung Vereidigung Abwahl Amtsenthebung Eröffnung Einweihung Markteinführung "
    "Verleihung Entdeckung Entsendung Stationierung Blockade Boykott")})

# Verbs that report a state, a relation, perception, cognition or a modality,
# never a happening by themselves. Origin: German grammar (copulas,
# auxiliaries, modal, stative and psychological verbs of Duden's grammar).
_NO_EVENT_VERBS = _w(
    "sein haben werden bleiben heißen gelten scheinen wirken aussehen gehören liegen stehen sitzen "
    "hängen bedeuten kosten betragen umfassen enthalten bestehen verfügen besitzen zählen ähneln "
    "fehlen brauchen benötigen wissen kennen glauben denken meinen hoffen fürchten befürchten "
    "erwarten vermuten halten finden sehen hören fühlen lieben mögen hassen wünschen wollen sollen "
    "können müssen dürfen möchten lassen tun machen geben handeln betreffen beziehen "
    "basieren beruhen dienen eignen lauten reichen dauern passen zeigen "
    "stammen folgen versuchen beginnen anfangen "
    "bemühen scheitern gelingen verstehen erkennen interessieren freuen ärgern sorgen befinden "
    "existieren genügen entsprechen ähneln ausgehen erwägen bezweifeln zweifeln überlegen leben wohnen "
    "verstoßen unterliegen beteiligen nutzen "
    "zurückhalten schätzen einschätzen rechnen wirken bieten tragen heißen nennen "
    "vorsehen drehen ausbleiben wundern neigen freistehen betrachten zielen funktionieren spüren "
    "verlieben bezeugen genießen"
    # thinking over and aiming at: cognition and intention, not a deed ("denken darüber nach",
    # "strebt eine Änderung an"); a time that lies back is a distance, not a happening
    " nachdenken anstreben zurückliegen"
    # holding office is a state: "In Sachsen regiert die Koalition"
    " regieren"
    # relations of place, measure, dependence and membership (Duden: Zustandsverben,
    # relational verbs): "grenzt an die Provinz", "der Preis variiert", "hängt ab von",
    # "stellt eine Konstruktion dar" (it is one), "erfreuen sich großer Beliebtheit",
    # "sitzt in Haft ein"
    " grenzen angrenzen variieren schwanken abhängen gleichen überwiegen mangeln bedürfen angehören "
    "wiegen darstellen erfreuen einsitzen"
    # relations of benefit, representation, lack and meaning (Duden: "profitieren" 'Nutzen ziehen',
    # "vertreten" 'für jemanden sprechen, Interessen wahrnehmen', "entbehren" 'nicht haben',
    # "definieren" 'den Inhalt festlegen'): "profitierte von einer Kapitalerhöhung", "Verhandler, die
    # Interessen vertreten", "entbehrt jeder Grundlage", "das Gesetz definiert, was verboten ist"
    " profitieren vertreten entbehren definieren"
    # states told with a particle verb of position (Duden: Zustandsverben; "feststehen" 'sicher, entschieden
    # sein', "nahestehen" 'in enger Beziehung stehen'; not "vorliegen", whose coming about is news: "Die
    # Ergebnisse sollen in den nächsten Tagen vorliegen"), of prevailing and
    # suffering ("herrschen" 'bestehen, vorhanden sein': "es herrscht Lawinenwarnstufe drei"; "leidet unter
    # der Krise") and of following from a source ("geht aus der Statistik hervor" 'sich ergeben')
    " feststehen dastehen bereitstehen nahestehen gegenüberstehen herrschen leiden hervorgehen"
)

# Verbs that with "sich" say where or how something is, not what happened:
# "3.400 Flüchtlinge hielten sich in Traiskirchen auf" (but "hielt den Zug auf"
# is an act), "eine Firma, die sich auf Malware spezialisiert hat", "stützt sich
# auf ein Gutachten", "gefiel sich in der Rolle", "beruft sich auf eine Studie",
# "dahinter verbirgt sich ein Angriff". Origin: German grammar
# (Duden: reflexive verbs of state); the 10kGNAD events judged by hand.
_REFLEXIVE_STATES = _w("aufhalten spezialisieren stützen gefallen befinden berufen verbergen")

# Idioms of a verb and its object that say how something is or what
# someone does habitually, not what happened: "spielen die Hauptrollen",
# "eine wichtige Rolle spielen", "legt Wert auf", "trägt dem Rechnung", "schafft
# es, ... zu" (the happening, if any, is the infinitive). A compound ending in
# the noun counts ("Hauptrolle"). Origin: German idioms (Duden:
# Funktionsverbgefüge and fixed verb-object phrases).
_IDIOM_OBJECTS = {
    "spielen": _w("Rolle"),
    "legen": _w("Wert"),
    "tragen": _w("Rechnung Verantwortung"),
    "schaffen": _w("es"),
    # a reception or attention that holds: "stößt auf Ablehnung", "die Augen richten sich auf"
    "stoßen": _w("Ablehnung Widerstand Kritik Zustimmung Interesse Resonanz Unverständnis Gegenliebe"),
    "richten": _w("Auge Blick Aufmerksamkeit"),
    # a course of policy followed: "fährt einen harten Kurs", "schlug einen Kurs der Annäherung ein"
    "fahren": _w("Kurs"),
    "einschlagen": _w("Kurs Weg Richtung"),
    # a reception by others that holds, like "stößt auf": "fand Anklang", "erhielt viel Lob"
    "finden": _w("Anklang Beachtung Zuspruch Gehör Nachahmer"),
    "erhalten": _w("Lob Zuspruch Beifall Anerkennung"),
    "ernten": _w("Lob Kritik Zuspruch Beifall Anerkennung Spott"),
    "aufnehmen": _w("Sorge Besorgnis Erleichterung Genugtuung Skepsis Freude Gefühl"),
    # a suspicion or hope made stronger: "nährten den Verdacht"
    "nähren": _w("Verdacht Hoffnung Zweifel Spekulation Befürchtung Gerücht"),
    # where something started, told as a path: "nahm seinen Ausgangspunkt"
    "nehmen": _w("Rücksicht Bezug Anteil Ausgangspunkt"),
    # a topic claimed in politics: "die Parteien, die Themen besetzt haben"
    "besetzen": _w("Thema"),
    # what something causes as long as it lasts (Duden: "jemandem Probleme, Sorgen bereiten", "hohe Wellen
    # schlagen" 'Aufsehen erregen'): "Die Jets bereiten Probleme", "Die Fusion schlägt weiter hohe Wellen"
    "bereiten": _w("Problem Sorge Schwierigkeit Kopfzerbrechen Kopfschmerz"),
    "schlagen": _w("Welle"),
    # a place in attention gained or lost (Duden: "in den Hintergrund rücken" 'an Bedeutung verlieren'):
    # "Die Angst ... rückte dagegen in den Hintergrund", "dass die Teamarbeit in den Blickpunkt rückt"
    "rücken": _w("Hintergrund Vordergrund Blickpunkt Mittelpunkt Fokus"),
    # a stance held (Duden: "eine Haltung, Position einnehmen"): "nahm eine abwartende Stellung ein"
    "einnehmen": _w("Stellung Haltung Position"),
}

# Verbs that with a prepositional object and no object of their own tell a
# relation, not a happening (Duden: "setzen auf" 'auf jemanden, etwas vertrauen,
# bauen': "Der Konzern setzt auf den Handel im Laden", "Die Anleger setzen darauf,
# dass ..."; "entfallen auf" 'jemandem als Anteil zufallen': "Der Rest entfällt auf
# das Flugzeuggeschäft"), whatever its tense. Not with "sich" ("setzte sich auf
# die Bank": an act), nor with an object ("setzte Tränengas ein", "in Brand").
_RELATION_PREPS = {"setzen": _w("auf darauf"), "entfallen": _w("auf")}

# Verb idioms whose type is not the verb's own: the verb with a noun of its
# clause ("lief vom Stapel", "geht in Serie", "wird ihm zur Last gelegt",
# "nahm ihn in Gewahrsam", "tritt in Kraft"). Origin: German idioms (Duden:
# Funktionsverbgefüge and fixed phrases), typed by the guideline's types.
_PHRASE_TYPES = {
    ("laufen", "Stapel"): "launch",
    # "kam ums Leben", "sind ... ums Leben gekommen": died (in an accident, an attack: unspecified)
    ("kommen", "Leben"): "death",
    ("gehen", "Serie"): "launch",
    ("gehen", "Netz"): "launch",
    ("stellen", "Anklage"): "trial",
    ("nehmen", "Gewahrsam"): "arrest",
    ("nehmen", "Haft"): "arrest",
    ("treten", "Kraft"): "law",
    ("setzen", "Kraft"): "law",
    ("bilden", "Koalition"): "agreement",
    ("eingehen", "Koalition"): "agreement",
    ("schmieden", "Bündnis"): "agreement",
    # taking over an office is an appointment ("übernahm das Amt", "den Vorsitz", "die Regentschaft")
    ("übernehmen", "Amt"): "appointment",
    ("übernehmen", "Vorsitz"): "appointment",
    ("übernehmen", "Regentschaft"): "appointment",
    ("übernehmen", "Präsidentschaft"): "appointment",
}
# Where a launch goes: with any verb ("startete ins All", "brachte den
# Satelliten in die Umlaufbahn") the happening is a launch. Origin: German
# usage for space flight.
_DESTINATION_TYPES = {noun: "launch" for noun in _w("All Weltall Weltraum Orbit Umlaufbahn Erdumlaufbahn")}

# Event nouns that name a text, not a happening: "ein Veto gegen das Gesetz",
# "den Gesetzesentwurf vorlegen". They give the verb that passes or signs them
# its type ("verabschiedete das Gesetz": law) but are no event by themselves.
# Origin: German usage (Duden: "Gesetz", a rule laid down in writing); the
# guideline's law type is the passing, signing or entry into force.
_DOCUMENT_NOUNS = _w("Gesetz Gesetzesentwurf")

# Acts of saying: the statements issue, not the timeline. One list with the
# statement extractor's (chronik.lang.de.statements, its origin there), and the
# acts of accusing, urging and advising that are sayings too when news reports
# them (origin: German reporting style; the 10kGNAD events judged by hand).
_SPEECH_VERBS = SPEECH_ACT_VERBS | _w(
    "vorwerfen drängen auffordern beklagen monieren bemängeln anprangern "
    "einwenden klarstellen vorschlagen empfehlen raten beharren pochen"
    # verbs of commenting, explaining and assuring from the statement lexicon's news speech
    # verbs (chronik.lang.de.statements: Duden's verbs of saying) that never name a deed
    " kommentieren erläutern bemerken resümieren konstatieren bilanzieren zusichern versichern darlegen "
    "verlauten prognostizieren vorhersagen unterstellen anmahnen anfügen begründen"
    # verbs of retorting, mentioning and speculating (Duden's verbs of saying): a saying, never a deed
    " kontern erwähnen spekulieren mutmaßen unken suggerieren"
    # verbs of appeal (Duden: "um etwas bitten", "zu etwas aufrufen"): a demand, a statement by the guideline
    " bitten aufrufen"
)

# Names of countries, regions and waters that German always writes with the article (Duden, "Ländernamen
# mit Artikel": die Türkei, der Iran, das Westjordanland, die USA), by the article's nominative form; a
# label's place keeps it ("in der Türkei", "im Iran", "in den USA"), where the bare name is no German.
# (one-word names only: a name with an adjective inflects with the article, "im Nahen Osten")
_ARTICLE_PLACES = {name: article for article, names in (
    ("die", "Türkei Schweiz Slowakei Ukraine Mongolei Krim Steiermark Oberpfalz Lombardei Toskana Bretagne "
            "Normandie Provence Karibik Antarktis Arktis Sahara Ostsee Nordsee Wachau Lausitz Uckermark Eifel "
            "Elfenbeinküste"),
    ("der", "Iran Irak Jemen Libanon Sudan Südsudan Tschad Kongo Niger Senegal Kosovo Vatikan Gazastreifen "
            "Balkan Kaukasus Sinai Pazifik Atlantik Bodensee Schwarzwald"),
    ("das", "Westjordanland Elsass Saarland Burgenland Baltikum Ruhrgebiet Rheinland Allgäu Tessin Engadin "
            "Wallis Waldviertel Weinviertel Mostviertel Innviertel Mühlviertel Salzkammergut Mittelmeer"),
    ("plural", "USA Niederlande Philippinen Malediven Seychellen Bahamas Alpen Emirate Palästinensergebiete"),
) for name in names.split()}

# A formal announcement by an organisation, office or court is news in itself.
_ANNOUNCE_VERBS = _w("bekanntgeben ankündigen mitteilen bestätigen verkünden veröffentlichen einräumen")

# Occasions that make a saying news (origin: German news usage).
_OCCASION_NOUNS = _w(
    "Rede Ansprache Interview Pressekonferenz Erklärung Stellungnahme Regierungserklärung "
    "Fernsehansprache Pressemitteilung Brief Schreiben Botschaft Neujahrsbotschaft Grußbotschaft Note "
    "Telefonat Telefongespräch Treffen Gipfel Gespräch Sitzung Konferenz Debatte Talkshow Sendung "
    "Fernsehinterview Zeitungsinterview Videobotschaft Parteitag Kongress Empfang"
)

# A saying addressed to the press or to a named outlet ("sagte gegenüber der
# Presse", "gegenüber der Zeitung X", "gegenüber einem Nachrichtenportal") is an
# interview: a statement on an occasion (the guideline). Origin: German news
# usage ("gegenüber" of the addressee).
_PRESS_PREPS = _w("gegenüber")
_MEDIA_NOUNS = _w("Presse Medien Zeitung Zeitschrift Magazin Sender Fernsehsender Radiosender Nachrichtenagentur "
                  "Agentur Journalist Journalisten Reporter Reportern Redaktion Blatt")

_LIGHT_VERBS = _w("stattfinden erfolgen ereignen abhalten durchführen veranstalten ausrichten beginnen "
                  "starten enden abschließen scheitern")
_EXISTENTIAL = _w("geben kommen gehen handeln erscheinen")  # "es gab", "es kam zu", "es geht um", "es handelt sich um"

_MODALS = _w("können müssen dürfen mögen möchten wollen sollen")
_SCHEDULE_MODALS = _w("sollen")
# The past indicative of ability and necessity tells what was done, not what
# was possible: "Die Feuerwehr konnte um fünf Uhr abrücken", "Die Werft musste
# Insolvenz anmelden", "Hunderte Flüge mussten abgesagt werden" (the present
# "kann", "muss" and the Konjunktiv "könnte", "müsste" do not). Origin: German
# grammar (Duden: Modalverben; the implicative reading of "konnte"/"musste").
_ACTUAL_MODAL_FORMS = _w("konnte konnten musste mussten")
_PLAN_VERBS = _w("planen beabsichtigen vorhaben wollen ankündigen beschließen vereinbaren drohen")
# Verbs whose subject is a happening still to come: "Ihm steht eine Operation bevor" (not "anstehen",
# which also tells of people queuing). Origin: German lexicon (Duden: bevorstehen "in naher Zukunft
# zu erwarten sein").
_AHEAD_VERBS = _w("bevorstehen")
# Konjunktiv II: the hypothetical forms of the auxiliaries and modals.
_HYPOTHETICAL = _w("würde würden würdest wäre wären wärst hätte hätten hättest könnte könnten "
                   "müsste müssten dürfte dürften möchte möchten sollte sollten "
                   # Konjunktiv II of "lassen" with an infinitive ("dass sich das Modell kopieren ließe");
                   # "ließen" is as often the indicative past, so only the singular (Duden: Konjunktiv II)
                   "ließe")
_FUTURE_AUX = _w("werden")
_PASSIVE_AUX = _w("werden sein")
# The negative pronouns "nichts", "niemand" (Duden: Indefinitpronomen of negation) negate the clause
# as "kein" does ("habe nichts geändert", "Niemand wurde verletzt").
_NEGATIONS = _w("nicht nie niemals kein keine keinen keinem keiner keines keinerlei nirgends "
                "nichts niemand niemanden niemandem")
# Adverbs of frequency: a habit, not one happening. Not "jeweils", which in
# news mostly shares out ("erzielten jeweils zwei Tore", "jeweils hunderte
# Flüge"): one happening in several places (Duden: "jeweils", distributive);
# a repeated date ("jeweils am Montag") is a set of times the time tagger reads.
_HABITUAL = _w("immer oft häufig regelmäßig meist meistens jährlich täglich wöchentlich monatlich "
               "gewöhnlich normalerweise stets manchmal selten üblicherweise traditionell gemeinhin zumeist mehrmals "
               # the "all-" forms of the same adverbs (Duden: "alljährlich", jedes Jahr wiederkehrend)
               "alljährlich allwöchentlich allmonatlich alltäglich allabendlich allsonntäglich "
               # the comparative and superlative of "oft" and "häufig" (Duden): "wurde im Vorjahr am öftesten
               # gerügt", "kommt öfter vor": a frequency compared, a habit or a statistic, not one happening
               "öfter öfters öftesten häufiger häufigsten")
# Adverbs that make a clause a guess or a possibility, not a report
# ("Möglicherweise wird er seine Funktionen übergeben", "so dass er
# möglicherweise zerbricht"). Origin: German grammar (Duden: Modalwörter of
# possibility); not "vermutlich", "wahrscheinlich", "angeblich" or "offenbar",
# with which news tells what it takes to have happened (the Wikinews tuning gold).
_HEDGES = _w("möglicherweise vielleicht eventuell womöglich")
_BACKGROUND = _w("bereits damals einst früher zuvor ehemals seinerzeit vorher schon")
_ANNOUNCE_WORDS = _w("geplant geplante geplanten bevorstehend bevorstehende bevorstehenden anstehende "
                     "anstehenden kommende kommenden angekündigte angekündigten")
_BEFORE_PREPS = _w("vor")
_OCCASION_PREPS = _w("in im bei beim während auf nach")
_PARTICIPATION_PREPS = _w("in im bei beim während")
_PLACE_PREPS = _w("in im nach bei beim auf an am vor nahe")
_COMPANION_PREPS = _w("mit")
# Offices, bodies and companies whose formal announcements are news.
# Origin: German news usage.
_INSTITUTIONS = _w("Polizei Staatsanwaltschaft Gericht Ministerium Regierung Bundesregierung Kreml Parlament "
                   "Unternehmen Konzern Firma Verband Behörde Kommission Rat Senat Stadt Gemeinde Partei "
                   "Bundesamt Amt Agentur Zentralbank Notenbank Bank Verwaltung Präsidium Vorstand")
# Common nouns that name a party the article gives no name, where one body
# stands behind them (the Wikinews guideline's test: "das irakische Parlament",
# "die Bundesregierung" are parties, "die Polizei" or "Demonstranten" with no
# name are not). Bodies a state or people has one of ("die Regierung", "die
# Luftwaffe", "das Abgeordnetenhaus", its audit office "der Rechnungshof"), also as a
# compound's head ("Bundesregierung", "Bundesnachrichtendienst", "Landesrechnungshof");
# and kinds of bodies that a compound's first part makes one ("die Kartellbehörde",
# "die Bundespolizei", "das Innenministerium", not "die Behörde", "die Polizei").
# Origin: German news usage; the institution and organ lists beside this one and the
# organisation heads of lang/de/entities.py.
_UNIQUE_BODIES = _w("Regierung Parlament Abgeordnetenhaus Repräsentantenhaus Senat Landtag Bundestag "
                    "Bundesrat Sicherheitsrat Kabinett Armee Militär Streitkräfte Marine Luftwaffe Justiz "
                    "Zentralbank Notenbank Geheimdienst Nachrichtendienst Verfassungsschutz Nationalmannschaft "
                    "Nationalteam Nationalelf Rechnungshof")
_BODY_KINDS = _w("Behörde Polizei Gericht Ministerium Kommission Amt Staatsanwaltschaft Aufsicht")
# Organs through which a state acts: with a demonym ("russische Truppen") the
# state is the party. Origin: German news usage.
_STATE_NOUNS = _w("Regierung Armee Truppe Truppen Soldat Soldaten Streitkräfte Militär Marine Luftwaffe "
                  "Behörde Behörden Führung Staatsführung Außenministerium Verteidigungsministerium Präsidialamt "
                  "Geheimdienst Kampfjet Kampfjets Kriegsschiff Kriegsschiffe Bomber Kampfflugzeug Kampfflugzeuge")
_BETWEEN_PREPS = _w("zwischen")
_RECIPIENT_PREPS = _w("an")
# Prepositions that head a verb's prepositional object where the parser did not
# mark it as one ("protestiert gegen das Gesetz"): a label without it says too
# little. "mit", "auf", "über", "um" and "von" head one mostly after "sich"
# ("befasst sich mit der Beschwerde", "bereitet sich auf den Sturm vor", "kümmert
# sich um die Updates", "trennt sich vom Trainer", "entschlossen sich zur
# Unterbrechung", "äußerte sich zu den Vorwürfen"); elsewhere they mostly say how,
# where or by whom ("schießt mit der Flinte", "landet auf Platz zwei"). An
# ``obl:arg`` keeps any preposition. Origin: German grammar (Duden,
# Präpositionalobjekt), checked against labels of the 10kGNAD tuning articles. After "sich" also "an" and
# "für" ("orientieren sich an Maßstäben", "beteiligt sich an der Mission", "entschied sich für den Kauf").
# Relational nouns of quantity (Duden, "relationale Substantive"): "die Zahl der Todesopfer stieg", "der Preis
# des Öls sank"; alone as a label's subject ("Zahl steigt") they do not say of what, so the label keeps the
# genitive that follows them, as it does for an action noun.
_MEASURE_NOUNS = _w("zahl anzahl menge anteil preis wert summe höhe quote rate kurs umsatz bestand")
_OBJECT_PREPS = _w("gegen")
_REFLEXIVE_OBJECT_PREPS = _w("mit über auf gegen um von vom zu zum zur an für")
# The inseparable verb prefixes: their participles take no "ge" ("bestohlen",
# "erschossen", "verhaftet"). Origin: German grammar (Duden, untrennbare Verben).
_INSEPARABLE = ("be", "emp", "ent", "er", "miss", "ver", "zer")
# Verbs whose prepositional object makes their meaning (Duden, Präpositionalobjekt / Valenz): without it
# a line says nothing ("Behörde kommt", "Frage führt"); with it it says what happened ("Behörde kommt zu
# Ergebnis", "Hadi begibt sich in Präsidentenpalast"). Only where the parse gave the verb no object.
_TO = _w("zu zum zur")
_GOVERNED_PREPS = {
    "kommen": _TO, "führen": _TO, "gelangen": _TO, "beitragen": _TO, "aufrufen": _TO, "auffordern": _TO,
    "zwingen": _TO, "drängen": _TO, "ermutigen": _TO, "verpflichten": _TO, "bewegen": _TO,
    "begeben": _w("in ins zu zum zur"),  # (not "nach": "nach seiner Landung" says when)
    "einsteigen": _w("in ins"), "aussteigen": _w("aus"), "teilnehmen": _w("an am"), "warnen": _w("vor"),
    "appellieren": _w("an"), "festhalten": _w("an am"), "zurücktreten": _w("von vom"),
    "aufwarten": _w("mit"), "verzichten": _w("auf"), "hinweisen": _w("auf"), "verweisen": _w("auf"),
    "sorgen": _w("für"), "abstimmen": _w("über"), "verhandeln": _w("über"),
    "entscheiden": _w("über"), "berichten": _w("über"), "diskutieren": _w("über"), "beraten": _w("über"),
    "nachdenken": _w("über"), "protestieren": _w("gegen"), "demonstrieren": _w("gegen für"), "kämpfen": _w("um gegen für"),
    "zugreifen": _w("auf"), "verheddern": _w("in im"),
    # verbs with a prepositional object (Duden valency: "trifft im Viertelfinale auf X", "plädiert für X",
    # "stimmt gegen X", "ermittelt gegen X", "droht mit X", "wirbt für X"): without it the line says nothing
    "treffen": _w("auf"), "stoßen": _w("auf"), "bestehen": _w("auf"), "setzen": _w("auf"),
    "plädieren": _w("für"), "werben": _w("für"), "eintreten": _w("für"), "stimmen": _w("für gegen"),
    "votieren": _w("für gegen"), "ermitteln": _w("gegen"), "klagen": _w("gegen"), "verstoßen": _w("gegen"),
    "drohen": _w("mit"), "rechnen": _w("mit"),
}
# Noun endings whose nominative plural can be the singular's form ("der/die
# Mitarbeiter", "das/die Kabel", "das/die Treffen", "das/die Mädchen"): any
# other noun in its lemma's form is singular ("die Berufung"). Plurals in
# "-e" and "-s" the lemmatizer often leaves as they are ("Abgeordnete",
# "Klagerechte", "Gunners"): for those the tagger's number goes first. Origin:
# German grammar (Duden, plural classes; the adjective declension of nouns).
_PLURAL_LIKE_SINGULAR = ("er", "el", "en", "chen", "lein")
_UNREDUCED_PLURAL = ("e", "s")
# A preposition and the dative article German fuses with it, for a label
# that drops the article ("entschlossen sich zu der Unterbrechung": "zur
# Unterbrechung"). Origin: German grammar (Duden, Verschmelzung).
_FUSED_ARTICLES = {("zu", "der"): "zur", ("zu", "dem"): "zum", ("von", "dem"): "vom", ("an", "dem"): "am",
                   ("in", "dem"): "im", ("bei", "dem"): "beim"}
# The party a happening is directed at: an opponent, a defendant, a target
# ("siegte gegen Schweden", "Ermittlungen gegen den Konzern", "Angriffe gegen
# die Zivilbevölkerung"). Origin: German grammar (Duden: "gegen" of direction
# against someone); the guideline's roles (the opponent is the patient).
_OPPONENT_PREPS = _w("gegen")
_AGENT_PREPS = _w("von vom durch")
_SOURCE_PREPS = _w("laut zufolge gemäß")
_SOURCE_NOUNS = _w("Angabe Angaben Informationen Bericht Berichten Darstellung Schätzung Schätzungen "
                   "Meldung Meldungen")
# (the genitive "dessen"/"deren" before a noun determines it as a possessive does: "nach dessen Tod",
# "mit deren Bau"; Duden's grammar, relative and demonstrative pronouns as attributes)
_DEFINITE = _w("der die das dem den des dieser diese dieses diesem diesen jener jene jenes sein seine "
               "seines seinem seinen seiner ihr ihre ihres ihrem ihren ihrer dessen deren")
# The definite article and demonstratives, no possessive: "die Werft" refers
# to the yard the text named ("die Meyer Werft"). Origin: German grammar.
_DEFINITE_ARTICLES = _w("der die das dem den des dieser diese dieses diesem diesen")
# Kinds of company: "der Konzern", "das Unternehmen" with no name of its own is
# the company the text named last (a compound ending in one counts: "der
# Autobauer"). Not offices such as "die Polizei", which the guideline keeps
# nameless. Origin: German news usage (definite descriptions of companies); the
# kinds of carrier and publisher (Duden: Airline, Fluglinie, Reederei, Verlag), whose
# news names the company and then takes it up so ("Die Airline hatte ... bekanntgegeben").
_COMPANY_NOUNS = _w("Konzern Unternehmen Firma Hersteller Autobauer Zulieferer Versicherer Händler Betreiber "
                    "Anbieter Mutterkonzern Tochter Tochterfirma Tochtergesellschaft Gesellschaft Werft Bank "
                    "Airline Fluglinie Reederei Verlag")
# The indefinite article: "starb bei einem Autounfall" names one happening the
# clause took place in. Origin: German grammar.
_INDEFINITE = _w("ein eine einen einem einer eines")
_PRONOUNS = {"er": "sg", "sie": "sg", "ihn": "sg", "ihm": "sg", "ihr": "sg", "dieser": "sg", "diese": "sg",
             "jener": "sg"}
_BOTH = _w("beide beiden")
# Nouns of those who stand in one relation to each other (rivals, partners): "die
# Konkurrenten" in a subject after "Edeka, Metro und Lidl" are the ones just listed.
# Origin: German news usage (plural definite descriptions taking up a list of names).
_RIVAL_NOUNS = _w("Konkurrent Rivale Wettbewerber Mitbewerber Kontrahent")
# Offices and bodies German names by their place ("Feuerwehr Olpe", "Polizei Hagen", "Stadt Köln",
# "Landgericht Bonn"): "die Feuerwehr" in a text that wrote "Feuerwehr Olpe" is that one. A compound
# ending in one counts ("Berufsfeuerwehr", "Kreispolizei"). Not a plant, station or airport ("das
# Airbus-Werk Laupheim", "der Flughafen Frankfurt"): no party. Origin: German usage (names of public
# bodies: office + place).
_PLACE_OFFICES = _w("Feuerwehr Polizei Staatsanwaltschaft Stadt Gemeinde Landkreis Kreis Bezirk Stadtverwaltung "
                    "Verwaltung Landesregierung Regierung Gericht Landgericht Amtsgericht Verwaltungsgericht "
                    "Oberlandesgericht Stadtrat Gemeinderat Kreistag Landtag Rathaus Bürgermeisteramt")
# Nouns for a state (plural and singular lemma): "die beiden Staaten", "beide Länder" stand for the two
# countries the text named last. Origin: German news usage (definite descriptions of states).
_STATE_KIND_NOUNS = _w("Staat Staaten Land Länder Nachbarland Nachbarländer Nachbarstaat Nachbarstaaten "
                       "Nation Nationen Republik Republiken")
_DABEI = _w("dabei dort")
_PURPOSE = _w("um")
_CONDITION = _w("wenn falls sofern sollte sollten")
# Group nouns that stand for the person leading them ("die russische Delegation").
_GROUP_NOUNS = _w("Delegation Regierungsdelegation Gast Amtskollege Amtskollegin")
# People who act for a body ("traf sich mit Vertretern von Siemens", "mit
# Abgesandten der Hamas"): whom they meet, the body meets. Origin: German news
# usage (Duden: Vertreter, Abgesandter, Delegierter, Unterhändler, Gesandter).
_REPRESENTATIVE_NOUNS = _w("Vertreter Vertreterin Abgesandte Abgesandter Gesandte Gesandter Delegierte "
                           "Delegierter Unterhändler Unterhändlerin Repräsentant Repräsentantin Emissär "
                           "Spitzenvertreter Regierungsvertreter")
# Alliances named by their members ("die Koalition aus CDU und FDP", "ein
# Bündnis aus Grünen und SPD"): the members act. A compound ending in one
# counts too ("Regierungskoalition"). Origin: German news usage.
_ALLIANCE_NOUNS = _w("Koalition Bündnis Allianz Zusammenschluss Konsortium Staatenbund Fraktionsgemeinschaft")

# Third person singular present of irregular verbs (strong verbs with a vowel
# change, and the few others). Origin: the strong verb tables of German
# grammar (Duden). Prefixed verbs ("unterbrechen", "bekanntgeben") are found
# through their base verb.
_PRESENT_3SG = {
    "sein": "ist", "haben": "hat", "werden": "wird", "wissen": "weiß", "tun": "tut", "geben": "gibt",
    "nehmen": "nimmt", "treffen": "trifft", "sprechen": "spricht", "helfen": "hilft", "sehen": "sieht",
    "lesen": "liest", "essen": "isst", "vergessen": "vergisst", "werfen": "wirft", "sterben": "stirbt",
    "brechen": "bricht", "fahren": "fährt", "fallen": "fällt", "halten": "hält", "lassen": "lässt",
    "laufen": "läuft", "schlagen": "schlägt", "tragen": "trägt", "wachsen": "wächst", "fangen": "fängt",
    "raten": "rät", "stoßen": "stößt", "treten": "tritt", "empfehlen": "empfiehlt", "befehlen": "befiehlt",
    "stehlen": "stiehlt", "gelten": "gilt", "schelten": "schilt", "bergen": "birgt", "verderben": "verdirbt",
    "werben": "wirbt", "erschrecken": "erschrickt", "messen": "misst", "fressen": "frisst",
    "stechen": "sticht", "schmelzen": "schmilzt", "quellen": "quillt", "dreschen": "drischt",
    "blasen": "bläst", "braten": "brät", "graben": "gräbt", "laden": "lädt", "schlafen": "schläft",
    "waschen": "wäscht", "backen": "bäckt", "hauen": "haut", "saufen": "säuft", "können": "kann",
    "müssen": "muss", "dürfen": "darf", "wollen": "will", "sollen": "soll", "mögen": "mag",
    "empfangen": "empfängt",
}
_PRESENT_3PL = {"sein": "sind", "tun": "tun"}
# Separable particles, longest first when matched (the list is in ``grammar``).
_PARTICLES = tuple(sorted(SEPARABLE_PARTICLES, key=lambda p: (-len(p), p)))


EVENT_LEXICON = EventLexicon(
    # Adverbs of an indefinite, remote past (Duden "einst": in a time long past; "ehemals": earlier, in
    # former times): with no date they tell background or a story, no happening ("Grete duldete einst
    # die Übergriffe", "hatte als Verteidiger einst einige Protagonisten beraten"); not "früher", which
    # also compares ("als früher"), nor "damals", which points at a time just named
    once_words=_w("einst ehemals"),
    # English function words and auxiliaries that are no German word (not "was", "die", "also", "will",
    # "so", "war"): German news quotes English tweets and posts inline, and the tagger reads their words
    # as German verbs ("apples 2015 lineup is looking great", "sales grew 74% when we added ...")
    english_words=_w("the is are were been being has have had does did when we you they our their my "
                     "your this that these those with from for of and to it its looking can't don't isn't"),
    # German function words and auxiliaries: beside them an English word is a title or a name
    # ("Pirates of the Caribbean wurde gedreht"), not a quoted English sentence
    german_words=_w("der die das den dem des ein eine einen einem und oder nicht mit von zu im in auf für "
                    "ist sind war waren hat haben hatte wird werden wurde wurden sich er sie es"),
    verb_types=_VERB_TYPES,
    noun_types=_NOUN_TYPES,
    no_event_verbs=_NO_EVENT_VERBS,
    document_nouns=_DOCUMENT_NOUNS,
    reflexive_states=_REFLEXIVE_STATES,
    speech_verbs=_SPEECH_VERBS,
    announce_verbs=_ANNOUNCE_VERBS,
    occasion_nouns=_OCCASION_NOUNS,
    light_verbs=_LIGHT_VERBS,
    existential_verbs=_EXISTENTIAL,
    modal_verbs=_MODALS,
    schedule_modals=_SCHEDULE_MODALS,
    ahead_verbs=_AHEAD_VERBS,
    actual_modal_forms=_ACTUAL_MODAL_FORMS,
    # "wollen" + a verb of attaining or of a change of quantity states a goal
    # (Duden: Modalverben, "wollen" of intention; Ryle's success verbs: to win,
    # to reach, to qualify are outcomes, not acts one plans): "will den Aufstieg
    # schaffen", "will den Umsatz verdoppeln". A planned act ("will den Fall vor
    # Gericht bringen") stays announced, as the guideline counts plans; a goal
    # with a month or a day ("will am 3. Mai gewinnen") is scheduled
    intention_verbs=_w("wollen"),
    # Verbs of finding that take a "dass" clause (Duden's grammar of complement
    # clauses: verbs of knowing and perceiving): "stellen fest, dass ..." tells a finding
    finding_verbs=_w("feststellen konstatieren"),
    # Participles that Duden also lists as adjectives, with a sense of their
    # own (a state, a relation, an attitude): with "sein" they say how someone
    # or something is ("sind von dem Problem betroffen", "sind auf Wissen
    # angewiesen", "ist mit 5.300 Mitarbeitern vertreten", "ist ... verboten"),
    # not that something happened; "wurde verboten" (werden) stays a happening
    adjectival_participles=_w("betroffen angewiesen vertreten verboten erlaubt gewohnt verwandt verheiratet "
                              "beliebt bekannt berühmt beschäftigt interessiert begeistert überzeugt gespannt "
                              "entschlossen geeignet berechtigt verpflichtet gewillt ausgestattet ausgelastet "
                              "gelegen verbreitet umstritten verschuldet zerstritten befreundet "
                              "abhängig beteiligt engagiert vernetzt verankert"),
    complement_marks=_w("dass ob"),
    # The first and second person and their possessives (German grammar:
    # Personalpronomen, Possessivartikel). News tells in the third person; a
    # clause whose subject is the speaker ("wir", "meine Mannschaft") is quoted
    # words (10kGNAD keeps no quotation marks): an evaluation or a habit told
    # by the speaker, a statement, unless a month or a day dates it. Not "ihr",
    # in news mostly the possessive of "sie" ("ihr Kind")
    speaker_words=_w("ich wir du mein meine meinen meinem meiner unser unsere unseren unserem unserer "
                     "dein deine deinen deinem deiner euer eure euren eurem eurer"),
    attain_verbs=_w("schaffen erreichen gewinnen siegen holen erzielen qualifizieren steigern "
                    "verbessern ausbauen erobern verdoppeln verdreifachen vervielfachen halbieren"),
    # Verbs of a change of quantity (Duden: Verben der Zu- und Abnahme); with an
    # amount ("um 5 Prozent", "von 37,6 auf 43,7 Prozent", "auf 771 Mio. Euro")
    # they tell a figure of a period, a statistic of many happenings, not one happening
    change_verbs=_w("steigen ansteigen sinken absinken fallen wachsen anwachsen schrumpfen zurückgehen "
                    "zulegen abnehmen zunehmen klettern sich verdoppeln verdreifachen halbieren "
                    "stagnieren nachgeben einbrechen"),
    amount_preps=_w("um auf von"),
    indefinite=_INDEFINITE,
    # "es gab X", "hat es X gegeben": X is the happening (German grammar: "es gibt" of existence)
    there_is_verbs=_w("geben"),
    definite_articles=_DEFINITE_ARTICLES,
    company_nouns=_COMPANY_NOUNS,
    rival_nouns=_RIVAL_NOUNS,
    state_kind_nouns=_STATE_KIND_NOUNS,
    place_offices=_PLACE_OFFICES,
    press_preps=_PRESS_PREPS,
    media_nouns=_MEDIA_NOUNS,
    # the currency words of the figures lexicon: "Euro" is a unit, whatever the recognizer tagged it
    currency_words=frozenset(word for word, _ in NUMBER_LEXICON.currencies),
    # Kinds of work whose title follows them ("das Album Rivers & Streams", "die Gemälde „Madonna“ und „Der
    # Schrei“", "die Studie „Linke Gewalt“"): a title names a work, not a party (the Wikinews guideline's
    # parties are persons, bodies and places). Not vehicles or ships, which the gold counts as parties.
    # Origin: hand-made (German nouns of works of art, music, film, writing and research).
    work_nouns=_w("Album Single Lied Song Film Kinofilm Spielfilm Dokumentarfilm Serie Buch Roman Gedicht "
                  "Theaterstück Stück Oper Musical Gemälde Bild Skulptur Studie Titel Werk"),
    plan_verbs=_PLAN_VERBS,
    hypothetical_forms=_HYPOTHETICAL,
    future_aux=_FUTURE_AUX,
    passive_aux=_PASSIVE_AUX,
    negations=_NEGATIONS,
    # The conjunctions of a clause of absence or substitution (Duden: "ohne dass", "ohne ... zu",
    # "(an)statt ... zu"): what the clause names was not done ("ohne registriert zu werden")
    absence_marks=_w("ohne statt anstatt"),
    # "als ob", "als wenn" and "als" with a verb in the subjunctive (Duden: irrealer Vergleichssatz,
    # "als sei es ... entstanden"): a comparison with what did not happen
    unreal_comparison_marks=_w("ob wenn"),
    # "auch wenn", "selbst wenn", "sogar wenn" (Duden: konzessives "wenn"): the main clause holds
    concessive_words=_w("auch selbst sogar"),
    # temporal conjunctions that with a present tense set a condition (Duden: "sobald", "solange"):
    # "Die Polizei muss eingreifen, sobald sie davon erfährt"; with a past they date a happening
    time_condition_marks=_w("sobald solange"),
    # coordinating conjunctions that also stand as adverbs inside a clause (Duden: "aber", "doch",
    # "jedoch" in the Mittelfeld): right after the finite verb ("fiel aber nicht groß auf") they do not
    # open a clause of their own
    mid_clause_conjunctions=_w("aber doch jedoch"),
    contrast_conjunctions=_w("sondern aber doch jedoch"),  # Duden: adversative Konjunktionen
    # adverbs and adjectives that sum a count up to now or over a period (Duden: "bisher", "insgesamt",
    # "allesamt"); the judged 10kGNAD draws 2, 8, 11 call such counts statistics, the Wikinews gold a count
    # summed with no period ("Insgesamt wurden 1.523 Delikte ausgewertet") one happening
    tally_words=_w("bisher bislang bisherige bisherigen bisherigem bisheriger"),
    already_words=_w("schon bereits"),
    # adverbs of the present time and of going on (Duden: "derzeit", "momentan", "zurzeit", "stetig",
    # "ständig"; "nach wie vor" is read as a phrase); the judged 10kGNAD draws 4, 5, 8, 10, 11 call a present
    # with them a state or a routine; not "aktuell", "laufend", mostly adjectives in news
    ongoing_adverbs=_w("derzeit momentan gegenwärtig zurzeit stetig ständig fortwährend andauernd unablässig"),
    # verbs that say a happening is under way (Duden: "laufen" 'im Gange sein', "tagen" 'eine Sitzung
    # abhalten'); the Wikinews tune-ext gold counts "Zurzeit läuft in London ein Flottenversuch"
    underway_verbs=_w("laufen andauern stattfinden tagen"),
    # a change of a figure by a degree or a share, or a verb of trend (Duden: Gradadverbien; "stagnieren"
    # 'sich nicht weiterentwickeln'; "an Wert verlieren", "an Boden gewinnen"); the judged 10kGNAD draws
    # 3, 4, 8, 9, 11 call these trends and statistics
    trend_verbs=_w("stagnieren"),
    # verbs of where a figure stands (Duden: "auf etwas kommen" 'erreichen', "landen" 'einen Platz
    # erreichen', "pendeln" 'schwanken') with a share or a rank; the Wikinews gold counts no vote share
    # ("konnten die Liberalen nur 2,6 % verbuchen"), the judged 10kGNAD draws 9, 11 call them statistics
    standing_verbs=_w("kommen landen pendeln schwanken rangieren liegen verbuchen"),
    # the judged 10kGNAD draws 2, 6, 8 call hundreds or thousands who came (migrants, reports) a statistic
    flow_count=500,
    unit_words=_w("euro dollar franken pfund kilometer meter tonnen liter jahre monate tage stunden minuten "
                  "prozent punkte stimmen"),
    harm_types=frozenset({"death", "killing", "attack", "accident", "disaster", "fighting", "protest", "strike",
                          "military", "deployment"}),
    rank_words=_w("prozent % prozentpunkte stelle platz rang"),
    ordinal_words=frozenset(o + e for o in ("ers", "zwei", "drit", "vier", "fünf", "sechs", "sieb", "ach", "neun",
                                            "zehn", "elf", "zwölf", "letz") for e in ("te", "ten", "ter")),
    degree_adverbs=_w("leicht stark stärker deutlich kräftig massiv spürbar merklich geringfügig "
                      "leichter schwächer minimal"),
    share_words=_w("viertel drittel hälfte prozent prozentpunkte"),
    quality_change_verbs=_w("verlieren einbüßen gewinnen zulegen"),
    # verbs that with "sich" and an adjective say how something is or went (Duden: "sich gestalten",
    # "sich entwickeln", "sich verhalten", "sich präsentieren" + Artangabe), beside the copula verbs
    reflexive_copulas=_w("gestalten entwickeln verhalten präsentieren herausstellen"),
    # verbs that with "sich" tell a thing becoming other by degrees (Duden: "sich ändern" 'anders werden',
    # "sich verbessern", "sich verschlechtern", "sich ausbreiten" 'sich nach und nach verbreiten'): undated
    # after the lead a development, a trend ("Das änderte sich nach dem Krieg", "Da hat sich ein Denken
    # ausgebreitet"); the Wikinews gold dates the one it counts ("hat sich gestern überraschend geändert")
    development_verbs=_w("ändern verändern verbessern verschlechtern ausbreiten verbreiten wandeln"),
    # adverbs of time, frequency, place and degree (Duden: Temporal-, Lokal-, Gradadverbien), which say
    # when or where a verb with "sich" happened, not how something is
    not_manner_adverbs=_w("zuletzt erneut erstmals wieder dann nun jetzt heute gestern morgen bereits schon "
                          "noch auch nur erst sofort damals dort hier da zudem ebenfalls kaum sehr immer "
                          "öffentlich persönlich gemeinsam"),
    neither_words=_w("weder"),
    sum_words=_w("insgesamt allesamt"),
    # "wie" with an adverb or quantifier of degree opens an indirect question (Duden: w-Frage mit
    # "wie viel", "wie oft", "wie lange"): "wie viele Überstunden abgegolten werden" tells no number;
    # not "wie viele andere" (a comparison)
    degree_question_words=_w("viel viele vielen oft lange schnell weit hoch sehr stark genau"),
    # verbs of a source in a "wie" clause beside the acts of saying and announcing (Duden: "wie eine
    # Studie ergab/zeigte"): "..., wie die griechischen Behörden bestätigten" credits what is told
    source_clause_verbs=_w("ergeben zeigen belegen"),
    # a negated verb of knowing leaves the question it governs open ("Niemand weiß, was geschehen soll")
    knowing_verbs=_w("wissen"),
    # Verbs of belief, expectation and doubt (Duden's grammar of complement
    # clauses): a "dass" clause under them is not asserted.
    belief_verbs=_w("glauben denken meinen hoffen fürchten befürchten erwarten vermuten annehmen bezweifeln "
                    "zweifeln spekulieren mutmaßen ahnen träumen wünschen rechnen"
                    # the adjectives of conviction and confidence that take a "dass" clause the same way
                    # ("zeigte sich überzeugt, dass ..."): Duden's valency of "überzeugt", "zuversichtlich"
                    " überzeugt zuversichtlich"
                    # the verb of seeming (Duden: "scheinen" 'den Anschein haben'): "Es scheint, X habe Regie
                    # geführt", "scheint ausgeschlossen, dass ...": a guess at what happened or will
                    " scheinen"),
    # only words that cannot open a relative clause ("wo", "was", "wie" can; "woher" as a relative adverb,
    # "die Stadt, woher er kam", is rare beside "aus der")
    question_words=_w("ob wann warum weshalb weswegen wieso woher wer welche welcher welches"),
    # "was", "wie" open an indirect question where the sentence says it is not
    # known (Duden's grammar of interrogative clauses after adjectives of
    # uncertainty): "Was dies bewirkte, bleibt unklar", "Unklar ist, wie ..."
    open_question_words=_w("was wie"),
    # adjectives of possibility before an event noun (Duden: "möglich", "etwaig",
    # "eventuell", "denkbar", "hypothetisch"; the adjectives of the hedge adverbs):
    # "eine mögliche Blockade verhindern" tells of no blockade
    possible_adjectives=_w("mögliche möglichen möglicher mögliches möglichem etwaige etwaigen etwaiger etwaiges "
                           "eventuelle eventuellen eventueller eventuelles denkbare denkbaren denkbarer "
                           "hypothetische hypothetischen hypothetischer"),
    unknown_words=_w("unklar offen fraglich ungewiss unbekannt ungeklärt rätselhaft"),
    # a participle or adjective after these says how someone or something is:
    # "zeigte sich besorgt", "blieb unbesiegt"
    copula_verbs=_w("sein zeigen bleiben wirken scheinen gelten erweisen geben fühlen"),
    # "man" and the indefinite pronouns of quantity (Duden: Indefinitpronomen "viel", "manches"): "Viel
    # wurde über den Balken diskutiert" tells of much, no one happening
    generic_subjects=_w("man viel vieles manches"),
    habitual=_HABITUAL,
    hedges=_HEDGES,
    background=_BACKGROUND,
    announce_words=_ANNOUNCE_WORDS,
    before_preps=_BEFORE_PREPS,
    time_preps=_w("nach seit während vor bei beim infolge"),
    sequence_preps=_w("vor nach seit bis"),
    # not "ab": "hebt ab Donnerstag die Preise an", "ab 1971 zur Verfügung gestellt" - the start
    # of a change is when it happens (a state "ab Montag geöffnet" is no happening anyway)
    bound_preps=_w("seit seitdem bis"),
    # Duden, "für" (temporal): the time a thing is meant for ("für Montag einladen", "für Juni
    # ansetzen"): the date of what was set up, not of the inviting or scheduling told in the past
    target_preps=_w("für"),
    # German grammar: a span counted back from the time of speaking ("in den vergangenen zehn Tagen",
    # "in den letzten Wochen"): what happened across it happened on no one day
    look_back_words=_w("vergangenen letzten zurückliegenden"),
    # Duden (Relativsatz, Temporalsatz): "wenn" and "als" open a clause that, right after a time and
    # its comma, says what happens at that time ("am 4. Juli, wenn die Erde ... passiert"; "im Jahr
    # 1990, als die Mauer fiel")
    date_clause_marks=_w("wenn als"),
    two_calendar_years=TWO_CALENDAR_YEARS,
    # German grammar: "vor"/"nach" before a date name a time before or after it (a bound); a
    # span counted back ("vor drei Jahren") holds "vor" inside the time expression and dates it
    outer_bound_preps=_w("vor nach"),
    # German grammar: the quantifiers that open a repeated time ("jedes Jahr", "jeden Montag", "alle
    # vier Jahre"); not a rate ("pro Stunde") nor a compound ("Sonntags-Spiele") the time tagger reads too
    every_words=_w("jede jeder jedes jeden jedem alle"),
    # German grammar (Duden: Fokuspartikeln): they open a sentence before the phrase they single out
    # and the linking adverbs that open a sentence (Duden: Konjunktionaladverbien); never a subject
    focus_words=_w("allein auch selbst sogar nur gerade erst schon bereits ausgerechnet lediglich "
                   "unterdessen inzwischen indes indessen derweil allerdings dennoch trotzdem zudem außerdem "
                   "daher deshalb deswegen dabei damals zuletzt zunächst schließlich bislang bisher jedoch "
                   "hingegen dagegen ebenfalls"),
    # German grammar (Duden: "derjenige", "jener" before a relative clause): the demonstratives and
    # quantifiers whose relative clause in the present says which people are meant
    kind_antecedents=_w("jene jenen jener diejenigen denjenigen derjenige diejenige alle allen"),
    # German grammar (Duden: Infinitiv): a verb's infinitive ends in "-en", or "-n" after the "-er", "-el"
    # of its stem ("ändern", "wechseln"); "sein" and "tun" alone end otherwise. A lemma that ends so is no
    # verb's ("nebenan", "hinein", the numeral "ein"), whatever the tagger said.
    infinitive_endings=("en", "rn", "ln"),
    short_infinitives=("sein", "tun"),
    # German grammar (Duden: Indefinitpronomen and Zahladjektive used as articles): a subject they count
    # is of a kind, no one thing ("werden nun fast alle Einstellungen synchronisiert")
    generic_quantifiers=_w("alle allen sämtliche sämtlichen viele vielen manche manchen zahlreiche zahlreichen"),
    # German grammar: the conjunctions that open the content clause of a verb of doing ("sicherstellen,
    # dass", "dafür sorgen, dass", "Wege finden, wie"); under a modal the content is a duty, not done
    demand_marks=_w("dass wie"),
    # German grammar: comparative and approximating quantity words that open a measure inside a noun
    # phrase ("mehr als", "weniger als", "rund", "knapp"); the parser at times makes one the phrase's noun
    quantity_words=_w("mehr weniger etwa rund knapp fast beinahe annähernd nahezu ungefähr zirka circa"),
    # Duden: nouns in "-e" from the same stem as an adjective that inflect as nouns ("der Junge", "ein
    # Junge"), not as the adjective ("der Alte", "ein Alter"); in the form a label's phrase takes
    noun_like_adjectives=_w("junge"),
    # German grammar (Possessivartikel of the third person, every case): "bei der Vorlage seines Berichts"
    third_possessives=_w("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres"),
    near_words=_w("kurz knapp unmittelbar gleich direkt wenige"),
    # and "oder" between two times: either of them, no one date (Duden: disjunktive Konjunktion;
    # "Ende 2010 oder Anfang 2011")
    span_words=_w("und bis zwischen oder"),
    occasion_preps=_OCCASION_PREPS,
    participation_preps=_PARTICIPATION_PREPS,
    place_preps=_PLACE_PREPS,
    # (and "an"/"am", which name a place by what it borders or a station, a square, a lake: "kamen am
    # Westbahnhof an", "an der Grenze"; read as "in" they say another place: "in Westbahnhof")
    label_place_preps=_w("in nach bei auf vor an am"),
    bordering_place_preps=_w("an am"),
    state_nouns=_STATE_NOUNS,
    institution_nouns=_STATE_NOUNS | _INSTITUTIONS,
    unique_bodies=_UNIQUE_BODIES,
    body_kinds=_BODY_KINDS,
    companion_preps=_COMPANION_PREPS,
    between_preps=_BETWEEN_PREPS,
    recipient_preps=_RECIPIENT_PREPS,
    opponent_preps=_OPPONENT_PREPS,
    agent_preps=_AGENT_PREPS,
    source_preps=_SOURCE_PREPS,
    source_nouns=_SOURCE_NOUNS,
    source_postpositions=_w("zufolge"),  # German grammar (Duden): "zufolge" follows its dative phrase
    source_links=_w("von aus"),
    # German grammar: "laut" is also the adjective "loud" (Duden), read so after a word of degree
    # ("sehr laut") or a verb of sound or voice ("riefen laut Parolen")
    sound_homographs=_w("laut"),
    degree_words=_w("sehr zu so ganz besonders ziemlich recht extrem äußerst"),
    sound_verbs=_w("rufen schreien brüllen singen lachen klatschen skandieren jubeln pfeifen weinen "
                   "flüstern sprechen protestieren"),  # "Angaben von Ärzte ohne Grenzen", "Berichten aus Moskau zufolge"
    definite=_DEFINITE,
    pronouns=_PRONOUNS,
    both_words=_BOTH,
    dabei_words=_DABEI,
    purpose_marks=_PURPOSE,
    condition_marks=_CONDITION,
    role_nouns=ROLE_NOUNS,
    role_suffixes=ROLE_SUFFIXES,
    group_nouns=_GROUP_NOUNS,
    office_kinds=OFFICE_KINDS,
    alliance_nouns=_ALLIANCE_NOUNS,
    member_preps=_w("aus"),
    # one-word names of organisations and persons: the entity gazetteer's (its words tagged ORG or PER in
    # the NER corpora it was drawn from), for the first part of a compound ("CDU-Parteitag")
    actor_words=frozenset(w for w, label in ENTITY_LEXICON.entity_words.items() if label in ("ORG", "PER")),
    age_words=NUMBER_LEXICON.age_words,  # (chronik.lang.de.numbers: "jährige", "jähriger")
    demonym_forms=DEMONYM_FORMS,
    place_forms=PLACE_FORMS,
    present_3sg=_PRESENT_3SG,
    present_3pl=_PRESENT_3PL,
    separable_particles=_PARTICLES,
    # German grammar: these begin separable verbs ("durchsetzen": "durchgesetzt", "setzt sich durch")
    # and inseparable ones ("durchsuchen": "durchsucht"); a "ge" or "zu" after them shows the first kind
    two_way_particles=TWO_WAY_PARTICLES,
    # Adjectives and an adverb that are a verb's separable first part (Duden, "Verbzusatz": "sicherstellen",
    # "klarstellen", "richtigstellen", "bloßstellen", "kundtun", "vorwegnehmen": written as one word, split in
    # the main clause: "stellte ... sicher"). For labels only: as particles of the reading of predicates they would join the adjective of
    # "stellte ... sicher" where it is none ("stellte die Lage als sicher dar")
    label_particles=("richtig", "sicher", "klar", "bloß", "kund", "vorweg"),
    # German grammar (Duden, Präpositionalobjekt; rankings "vor X"): the prepositions that join a party to a
    # verb ("entscheidet gegen ARAG", "erklärt gegenüber Vice", "gewann vor Freund", "richtet ... an Russland",
    # "gewinnen bei West Bromwich"); not "in" nor one fused with an article ("im", "beim"), which before a
    # name say where or at which occasion ("im VW Polo", "beim Festival")
    party_preps=_w("an bei für gegen gegenüber mit über vor"),
    # German grammar (Duden, Präpositionalattribut of nouns of speaking and meeting: "Gespräch mit", "Brief
    # an", "Rede zu/vor", "Verhandlung über"): the prepositions whose phrase after such a noun says with whom
    # or about what; not "von", "für", "während", "in", "nach", mostly the verb's, a time or the place
    complement_preps=_w("mit an über zu zum zur vor gegen"),
    separable_two_way_verbs=SEPARABLE_TWO_WAY_VERBS,
    # German grammar (Duden, "Postpositionen"): the prepositions that follow their noun ("der Liebe wegen",
    # "den Angaben zufolge"); a parser that reads the noun as the subject leaves them behind it
    postpositions=_w("wegen zufolge halber zuliebe"),
    # (Duden, "Postpositionen": those that are also a verb's separable particle, "meiner Meinung nach", "den
    # Fluss entlang", "dem Gericht gegenüber"; after a noun at the end of a clause they are no particle)
    particle_postpositions=_w("nach entlang gegenüber"),
    list_joiners=_w("und sowie ,"),  # German grammar: coordination of phrases
    # German grammar (Duden, "bis zu" before a number an adverb: "bis zu 12.000 Menschen gingen auf die
    # Straße", nominative): the first word and the words that follow it
    count_bounds={"bis": ("zu",)},
    # German grammar: the accusative articles after "an" (the dative ones, "dem", "der", say where)
    recipient_articles=_w("das den die einen eine ein"),
    city_adjectives=_city_adjectives(),
    article_places=_ARTICLE_PLACES,
    representative_nouns=_REPRESENTATIVE_NOUNS,
    # an election or a vote is held in the state its adjective names ("die französischen
    # Regionalwahlen", "das griechische Referendum"); an attack or a strike is not ("israelische
    # Luftangriffe" fly elsewhere), so only these types take the place from a state adjective
    place_adjective_types=_w("election vote"),
    first_names=frozenset(n.lower() for n in ENTITY_LEXICON.first_names),
    first_name_genders=ENTITY_LEXICON.first_name_genders,
    object_preps=_OBJECT_PREPS,
    reflexive_object_preps=_REFLEXIVE_OBJECT_PREPS,
    governed_preps=_GOVERNED_PREPS,
    # words that stand with a count used as a noun (Duden: "weitere zwei", "mindestens 30"). Origin: German grammar.
    count_companions=_w("weitere weiteren mindestens rund etwa fast knapp über"),
    # German grammar (Duden, declension of articles and possessives): forms that can be accusative and never
    # genitive, so a phrase they open after the subject without a preposition is the object, not its owner
    accusative_determiners=_w("den einen seine seinen ihre ihren unsere unseren meine meinen deine deinen eure euren"),
    # German grammar (Duden, declension of "der", "ein"): articles that are never genitive; a phrase they open
    # with no preposition is no noun's genitive attribute, whatever the parse hung it on
    plain_articles=_w("ein eine das die"),
    # verbs of handing over (Duden valency: etwas an jemanden übertragen/übergeben/verkaufen/...): with an
    # object, their "an" phrase with an accusative is the receiver
    giving_verbs=_w("übertragen übergeben verkaufen schicken senden liefern überweisen abgeben weitergeben "
                    "überlassen vermieten verpachten ausliefern abtreten"),
    inseparable_prefixes=_INSEPARABLE,
    plural_like_singular_endings=_PLURAL_LIKE_SINGULAR,
    unreduced_plural_endings=_UNREDUCED_PLURAL,
    fused_articles=_FUSED_ARTICLES,
    idiom_objects=_IDIOM_OBJECTS,
    relation_preps=_RELATION_PREPS,
    # a preposition fused with its article (Duden: Verschmelzung): a noun
    # phrase follows, so a participle right after it is attributive
    # ("beim erstklassig besetzten Turnier", "zum neu gewählten Präsidenten")
    fused_preps=_w("beim zum zur im am vom ins ans ums aufs fürs durchs"),
    # nouns that with a preposition and their definite article make a verb's meaning, a support-verb
    # construction (Duden, Funktionsverbgefüge; Redewendungen): "unter die Lupe nehmen", "in den Griff
    # bekommen", "in die Wege leiten", "auf den Weg bringen", "in die Tat umsetzen", "in die Knie zwingen",
    # "in die Luft sprengen", "an den Pranger stellen", "in die Flucht schlagen", "in die Waagschale werfen",
    # "auf die Straße gehen" (demonstrieren)
    support_phrase_nouns=_w("Lupe Griff Wege Weg Tat Knie Luft Pranger Flucht Waagschale Straße"),
    # "war ... ausgesetzt gewesen": the perfect of the stative passive
    state_auxiliaries=_w("gewesen"),
    # "sind bis heute verschwunden" (after a bound preposition: "bis", "seit"):
    # a result that still holds is a state
    until_now=_w("heute jetzt dato"),
    # the third person singular of the auxiliaries and modals, present and
    # past (Duden: Konjugation of "haben", "sein", "werden" and the modals):
    # their plural differs ("hatte"/"hatten", "ist"/"sind"), so the form says
    # the subject's number whatever the tagger says ("die Frau, die ... angeboten
    # hatte": one woman)
    # verbs of forming an alliance (Duden: "eine Koalition bilden, schmieden,
    # eingehen", "ein Bündnis gründen, schließen"): with the alliance as the
    # passive's subject, its members are who formed it
    # the third person pronouns that can be a subject (Duden: Personalpronomen,
    # nominative "er", "sie"); their genitive is a possessive, so they are no
    # noun's attribute
    subject_pronouns=_w("er sie"),
    forming_verbs=_w("bilden gründen schmieden eingehen schließen"),
    singular_aux=_w("hat hatte ist war wird wurde kann konnte muss musste soll sollte will wollte darf durfte "
                    "mag mochte"),
    object_noun_types=_OBJECT_NOUN_TYPES,
    # "von" stands in for a genitive the noun phrase cannot show (Duden: "die
    # Räumung von Häusern")
    genitive_preps=_w("von vom"),
    genitive_articles=GENITIVE_ARTICLES,
    # verbs of demand, consideration and refusal (Duden's grammar: directive
    # verbs): the action noun they take is not told as having happened
    demand_verbs=_w("fordern verlangen anstreben befürworten erwägen diskutieren prüfen ablehnen verweigern "
                    "wünschen"),
    # an action noun after these is what a plea, a stance or a debate is about
    topic_preps=_w("für gegen über"),
    # verbs that pass, sign or enact a text: with a document noun as their
    # object the happening is a law (the guideline's law type: a law passed,
    # signed or in force); with another object they keep their own type
    passing_verbs=_w("verabschieden beschließen unterzeichnen unterschreiben billigen erlassen annehmen"),
    means_preps=_w("per"),
    # a vague past counted in hours or minutes ("vor einigen Stunden", "in den
    # letzten Stunden") lies on the day the news was published (German news usage)
    # adverbs that place a happening right after the one told before ("Der
    # Radler erlag kurz darauf seinen Verletzungen"): it shares that one's day.
    # Origin: German grammar (Duden: temporal adverbs of sequence).
    sequence_adverbs=tuple(tuple(p.split()) for p in (
        "kurz darauf", "bald darauf", "gleich darauf", "kurz danach", "wenig später", "anschließend",
        "danach", "daraufhin", "unmittelbar darauf")),
    # "damals": the time named just before (German grammar: an anaphoric adverb of time)
    back_references=_w("damals seinerzeit"),
    # "es kam zu Auseinandersetzungen", "es kommt zu Protesten": the noun is the
    # happening, whatever it is (German grammar: the impersonal "es kommt zu")
    happening_verbs=_w("kommen"),
    happening_preps=_w("zu zum zur"),
    # reflexive verbs of harm: with "sich" the subject is the one harmed
    # ("Lahm verletzte sich am Ellenbogen", "brach sich das Bein")
    reflexive_harm=_w("verletzen verbrennen vergiften verstauchen brechen prellen"),
    phrase_types=_PHRASE_TYPES,
    # a sentence that opens with a free relative "wer" ("Wer gegen die Regeln
    # verstößt, wird bestraft") or is a comparative correlative ("je länger ...,
    # desto teurer ...") says what holds for anyone, not what happened.
    # Origin: German grammar (Duden: freie Relativsätze; Proportionalsätze).
    range_marks=_w("bis - –"),
    # presenting a report, a study or findings is a publication (the
    # guideline's announcement), presenting a product a launch; results of a
    # company ("Zahlen", "Bilanz") are business and not listed here
    presenting_verbs=_w("präsentieren vorstellen veröffentlichen vorlegen"),
    report_nouns=_w("Bericht Studie Untersuchung Gutachten Analyse Umfrage Prognose Statistik Plan Konzept "
                    "Verdachtsmoment Beweis Dokument Erkenntnis"),
    # strong preterites ("gewannen", "fanden") that the tagger may read as a
    # present: one list with the time expressions' (chronik.lang.de.time, Duden)
    preterite_forms=TIME_LEXICON.strong_preterites,
    measure_nouns=_MEASURE_NOUNS,
    generic_openers=_w("wer"),
    proportion_marks=(_w("je"), _w("desto umso")),
    destination_types=_DESTINATION_TYPES,
    # the happening a clause took place at ("Auf der Sitzung am 21. Juni wurde X gewählt", "bei einem
    # Treffen am Montag vereinbarten A und B"): its date dates the clause (German grammar: the local
    # prepositions of an occasion, as in _PARTICIPATION_PREPS, and "auf" of sessions and congresses)
    occasion_date_preps=_w("in im bei beim während auf"),
    # "beginnen mit": the happening begun ("Am Donnerstag wurde mit dem Neubau begonnen"; German
    # grammar: the prepositional object of "beginnen", "anfangen")
    begun_preps=_w("mit"),
    relative_genitives=_w("dessen deren"),
    contest_nouns=_CONTEST_NOUNS,
    # weekday names, lower case: one list with the time expressions' (chronik.lang.de.time, Duden)
    weekdays=frozenset(TIME_LEXICON.weekdays),
    # Konjunktiv I of "werden" (Duden: Konjugation): "er werde ... befragt" is reported speech, not the
    # present passive of what is generally done ("werden Wälder gerodet")
    subjunctive_aux=_w("werde werdest"),
    # adverbials of duration (Duden: Temporaladverbiale der Dauer; the adverbs in -lang): over a verb they
    # tell what lasted, not one happening ("der lange Zeit die Umfragen anführte", "seit zwei Jahren")
    durative_adverbs=_w("jahrelang jahrzehntelang monatelang wochenlang tagelang zeitlebens"),
    durative_marks=_w("seit"),
    first_time_words=_w("erstmals erstmalig mal"),  # "erstmals seit 14 Jahren", "zum ersten Mal seit"
    # nouns of belief, hope and fear that take a "dass" clause (the nouns of the belief verbs: Duden,
    # Substantive mit Inhaltssatz): "Es besteht kein Zweifel, dass ...", "die Hoffnung, dass ...", "keine
    # Gewissheit, dass ..."
    belief_nouns=_w("Zweifel Hoffnung Erwartung Annahme Vermutung Befürchtung Sorge Überzeugung Eindruck "
                    "Gefühl Glaube Zuversicht Angst Gewissheit"),
    # verbs that make such a noun's content a fact (German grammar: factive verbs of confirmation)
    confirm_verbs=_w("bestätigen bewahrheiten erfüllen belegen beweisen"),
    # the generalising free relative (Duden: freier Relativsatz, "Wer A tut, tut B"): what holds for anyone
    anyone_words=_w("wer"),
    # a percentage as the subject: a share of many, a survey's or a statistic's figure
    percent_nouns=_w("Prozent Prozentpunkte Promille"),
    # participles used as prepositions or conjunctions (Duden: Präpositionen aus Partizipien; "abgesehen
    # von", "verglichen mit", "gemessen an", "bezogen auf", "die Beamten ausgenommen", "vorausgesetzt,
    # dass"): without an auxiliary of their own, no verb of a clause
    participial_preps=_w("abgesehen verglichen gemessen bezogen ausgenommen vorausgesetzt angefangen"),
    # the participles a news site or a press portal writes beside a text to record what was done to it
    # ("Artikel veröffentlicht: Montag, 18.04.2016 18:53 Uhr", "aktualisiert vor 3 Minuten", "1 mal gelesen",
    # "verfasst am 12.01.2016", "bearbeitet von ...", "abgelegt unter: Politik", "Kommentare deaktiviert"): the
    # date labels of chronik.lang.de.cleaning.DATE_LABELS as participles, and those of reading, writing, editing
    # and filing a post (German, Austrian and Swiss news sites and press portals; forum software)
    page_record_forms=_w("veröffentlicht publiziert erstellt erschienen aktualisiert geändert gelesen verfasst "
                         "bearbeitet abgelegt hinzugefügt deaktiviert eingestellt gepostet"),
    # the page or its parts named before such a participle ("Artikel veröffentlicht", "folgende Meldung
    # geändert", "Pressetext verfasst von", "Kommentare deaktiviert"), with the few words that go with them
    page_nouns=_w("artikel beitrag meldung pressetext text kommentare kommentar zuletzt folgende mal"),
    # what follows the participle of such a record: the time ("am", "um", "vor 3 Minuten", "heute"), the
    # one who did it ("von"), the section ("unter"), a colon or comma before a date, or nothing
    page_record_after=_w("am um vor von heute unter : ,"),
    # what sets the fields of such a line apart ("10.03.16 | 15:24 Uhr | 1 mal gelesen", "Hinzugefügt von SW
    # · abgelegt unter", "26.02.2016 - aktualisiert vor 3 Minuten"); the tagger reads "|" as any word
    field_separators=frozenset("| · • - – — : ,".split()),
    # the adverbs that with "kommen" first in the sentence add a circumstance or an argument (Duden:
    # "hinzukommen", "Hinzu kommt, dass ..."; a connective, no happening): "Dazu kommt, dass ...", "Dazu kam
    # der kräftige Wind"; not "Dazu kam es" ('so weit kam es': what happened)
    additive_adverbs=_w("dazu hinzu"),
    additive_verb="kommen",
    # what a web form replies to its reader (German sites: "Ihr Link wurde erfolgreich eingesendet", "Ihre
    # Nachricht wurde erfolgreich gesendet", "Ihr Kommentar wurde gespeichert"): the passive of a verb of
    # sending or saving with "erfolgreich" and the reader's "Ihr" (Duden: Höflichkeitsform) tells the
    # reader what the page did, no happening in the news
    confirmation_verbs=_w("senden einsenden versenden absenden abschicken übermitteln speichern eintragen "
                          "registrieren hinzufügen"),
    success_words=_w("erfolgreich"),
    reader_possessive="Ihr",
    # the articles of the singular only (Duden: Deklination des Artikels; "den", "der", "die" are also
    # plural): a noun after them is singular, whatever its ending
    singular_articles=_w("das dem des ein eine einen einem eines einer"),
    # verbs of happening in general (Duden: geschehen, passieren, sich ereignen) with a demonstrative
    # subject ("Das geschah nur, weil ...", "Dies passierte im Mai"): the happening told before, again
    occurring_verbs=_w("geschehen passieren ereignen"),
    restating_subjects=_w("das dies dieses es"),
    # nouns of request, demand, aim and attempt that take an infinitive with "zu" (Duden: Substantive mit
    # Infinitivgruppe als Attribut): "mit der Bitte, ihn durchzulesen", "mit dem Ziel, ... zu unterstützen",
    # "der Versuch, ... zu stürmen": what is asked, aimed at or tried, not told as done
    # "gehören" with a participle is a modal of obligation (Duden: gehören 4, "Das gehört verboten", southern
    # German and Austrian): "Das gehöre intern diskutiert" says what must be done, not what was done
    obligation_forms=_w("gehört gehören gehöre gehörte gehörten"),
    request_nouns=_w("Bitte Aufforderung Forderung Appell Aufruf Ziel Vorschlag Wunsch Versuch Absicht "
                     "Vorhaben Plan Antrag Angebot"),
    # directive verbs of asking and urging (Duden's grammar: Verben des Aufforderns) with an infinitive
    # with "zu" or a "dass" clause: "forderte, die Waffenruhe wiederzubeleben", "appellierte, dass ..."
    request_verbs=_w("fordern auffordern verlangen appellieren bitten aufrufen drängen mahnen ermahnen "
                     "vorschlagen empfehlen raten anraten ersuchen"),
)
