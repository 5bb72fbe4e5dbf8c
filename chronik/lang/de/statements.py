"""German cues of statements: the verbs, nouns and frames that signal that
someone said, wrote or announced something, and what kind of report each makes.

Two origins, kept apart:
- ``statement_cues.tsv``: cue lemmas read off SpkAtt-2023 task 1, training
  split (CC BY-SA 4.0; Rehbein et al. 2023; ``scripts/statement_cues.py``),
  with how often each was a cue and how often it carried a message.
- German grammar and news usage (verba dicendi; the attribution formulas
  ``laut X``, ``X zufolge``, ``nach Angaben von X``, ``so X``).

SpkAtt is parliamentary debate: its cues include verbs of thinking and
perceiving (``wissen``, ``sehen``, ``finden``) and of parliamentary business
(``Antrag``, ``beraten``) that in news copy report facts or procedures, not
utterances; ``NOT_IN_NEWS`` names those (German grammar: a perception or
cognition verb with a ``dass``-clause states a fact, ``zeigte, dass``).
"""
from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from chronik.lang.de.demonyms import DEMONYM_FORMS, PLACE_FORMS
from chronik.lang.de.cleaning import AGENCIES
from chronik.lang.de.roles import ROLE_NOUNS, ROLE_SUFFIXES

_TSV = Path(__file__).with_name("statement_cues.tsv")


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _read_cues(path: Path = _TSV) -> tuple[tuple[str, str, int, float], ...]:
    rows = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line or line.startswith("#"):
            continue
        lemma, pos, n, _occ, share = line.split("\t")
        rows.append((lemma, pos, int(n), float(share)))
    return tuple(rows)


# Acts of saying (origin: the cue verbs of SpkAtt-2023 and German reporting
# style). The events extractor reads this list: a saying is a statement, not
# an event, unless it was made on an occasion.
SPEECH_ACT_VERBS = _w(
    "sagen erklären betonen sprechen meinen äußern berichten erzählen ergänzen hinzufügen "
    "unterstreichen versichern beteuern warnen fordern verlangen kritisieren loben würdigen "
    "bekräftigen beschwören appellieren mahnen drohen bedauern begrüßen zurückweisen dementieren "
    "bestreiten behaupten antworten erwidern entgegnen fragen zitieren hervorheben anmerken "
    "ankündigen erinnern verweisen argumentieren einräumen zugeben bezeichnen nennen danken "
    "schildern beschreiben bestätigen mitteilen informieren versprechen melden angeben signalisieren "
    "vermelden ausrichten"
)

# Further verba dicendi of news copy that take a content clause (origin:
# German grammar, Duden's verbs of saying; the dpa/AFP reporting style).
_NEWS_SPEECH_VERBS = _w(
    "bekanntgeben verkünden erläutern bemerken schreiben twittern posten kommentieren resümieren "
    "konstatieren bilanzieren klarstellen zusichern zusagen beklagen monieren bemängeln verurteilen "
    "vorwerfen beschuldigen ausführen darlegen verlauten einwenden widersprechen prognostizieren "
    "vorhersagen schätzen glauben hoffen befürchten vermuten fürchten rufen mitteilen unterstellen "
    "anklagen beanstanden anmahnen androhen zurückweisen anregen vorschlagen empfehlen raten abraten "
    "bestätigen beharren insistieren protestieren jubeln klagen loben rügen feststellen erinnern "
    "hinweisen verweisen nennen bezeichnen anfügen anführen sprechen ablehnen aufrufen verlautbaren"
)

# Verbs of doubting, denying, conceding and accusing, and "bekannt werden" (origin: German grammar,
# Duden's verbs of saying; they take a dass-clause or zu-infinitive that is what was said).
_DOUBT_DENY_VERBS = _w(
    "bezweifeln anzweifeln zweifeln abstreiten leugnen eingestehen gestehen entgegenhalten entgegensetzen "
    "anprangern nachsagen bekanntwerden bekanntmachen"
)

# Acts of judging and of taking a position, named without content ("bezifferte den Schaden auf ...",
# "sprach sich für ... aus", "plädierte für ..."); origin: German grammar, Duden's verbs of saying.
_POSITION_VERBS = _w("beziffern bewerten werten begründen plädieren attackieren aussprechen beschweren "
                     "bekennen distanzieren entschuldigen bedanken zuschreiben")
# Speech verbs that are reflexive by nature ("sich aussprechen für", "sich äußern"): their "sich"
# is no sign of a non-speech reading.
_REFLEXIVE_SPEECH_VERBS = _w("aussprechen äußern beschweren beklagen bekennen berufen distanzieren entschuldigen "
                            "bedanken")

# Cognition, perception and parliamentary procedure: cues in debates, facts or
# procedures in news (see the module docstring).
NOT_IN_NEWS = _w(
    "wissen sehen finden stellen halten nehmen hören lesen erkennen verstehen zeigen beschließen "
    "entscheiden nachdenken vorlegen beraten diskutieren reden denken lernen merken wünschen "
    "freuen erwarten zustimmen beantragen entwickeln ansprechen stehen machen geben "
    "gehen bringen kommen tun bleiben lassen sein werden haben können müssen wollen sollen "
    "dürfen mögen setzen tragen bedeuten heißen vorstellen "
    # procedures, documents and states in news (read off the SpkAtt list by hand)
    "akzeptieren anhören aufzeichnen einberufen einbringen eingehen eintreten empfinden "
    "erlauben erwecken fassen festlegen festschreiben bestimmen klingen lauten mein nachlesen "
    "nachvollziehen präsentieren schätzen teilen träumen unterzeichnen verbieten verbreiten vereinbaren "
    "verhandeln vermitteln vernommen verpflichten verständigen verteidigen verwundern verzeichnen "
    "veröffentlichen vorliegen vorschreiben weisen wenden werben zeichnen belegen beweisen wundern "
    "besprechen herausverlangen aufzeigen darstellen festhalten"
)

# A cue verb that reports the act without content when it has none
# ("Ban warnte vor ...", "Lawrow lobte die Hilfe"): the speech acts of the
# lists above, which name an act by themselves (origin: German grammar).
REPORTED_ACT_VERBS = _w(
    "warnen loben kritisieren fordern verlangen begrüßen bedauern verurteilen zurückweisen dementieren "
    "bestreiten appellieren mahnen drohen danken würdigen ankündigen bestätigen beklagen monieren "
    "bemängeln rügen protestieren anmahnen androhen vorwerfen beschuldigen widersprechen vorschlagen "
    "empfehlen bekräftigen beschwören einräumen zugeben versprechen zusichern zusagen anklagen "
    "beanstanden dementieren verkünden bekanntgeben bezeichnen nennen verweisen hinweisen ablehnen "
    "auffordern aufrufen berufen anprangern abstreiten leugnen bezweifeln anzweifeln "
    # urging and reminding with a prepositional object ("drängte auf eine Verjüngung", "erinnerte an den Erlass")
    "drängen erinnern"
)

# Separable verbs built on a verb of saying whose meaning is no saying (origin: German grammar, Duden's
# entries for each): a court's or authority's act ("sprach ihn frei", "sprach ihm das Recht ab", "sprach
# ihr das Sorgerecht zu", "sprach ihn heilig"), calling and recalling ("rief ihn an", "rief die Autos
# zurück", "rief Proteste hervor", "berief den Rat ein"), cancelling ("sagte das Treffen ab"), paperwork
# ("schrieb die Stelle aus", "schrieb den Kredit ab", "meldete sich an"), a contest ("forderte ihn heraus"),
# an order for help or goods ("forderte die Nationalgarde an", Duden anfordern: "bestellen").
NOT_SAYING_PARTICLE_VERBS = _w(
    "freisprechen lossprechen absprechen zusprechen heiligsprechen seligsprechen schuldigsprechen "
    "anrufen zurückrufen hervorrufen abrufen einberufen abberufen "
    "absagen "
    "ausschreiben abschreiben gutschreiben krankschreiben einschreiben umschreiben "
    "anmelden abmelden ummelden zurückmelden "
    "herausfordern anfordern"
)

# Verbs with a "von" object that names the content (``sprach von einem
# Erfolg``): a reported statement. Origin: German grammar.
TOPIC_VERBS = _w("sprechen reden berichten erzählen")
# Origin: German grammar (the first person singular: a speaker's own voice)
_FIRST_PERSON_SINGULAR = _w("ich mich mir mein meine meinen meinem meiner")


@dataclass(frozen=True, slots=True, kw_only=True)
class StatementLexicon:
    """What the statement extractor needs to know about German."""

    speech_verbs: frozenset[str]        # lemmas that frame content or report an act of saying
    reported_verbs: frozenset[str]      # a speech verb that names an act without content
    topic_verbs: frozenset[str]
    content_conjunctions: frozenset[str]  # "dass", "ob", "wie": a clause that is what was said
    channel_before: frozenset[str]      # "laut X"
    channel_after: frozenset[str]       # "X zufolge"
    source_nouns: frozenset[str]        # "nach Angaben von X", "nach Ansicht des X"
    source_prepositions: frozenset[str]  # "nach" of "nach Angaben"
    so_frame: str                       # "..., so X."
    wie_frame: frozenset[str]           # "wie X mitteilte"
    subordinators: frozenset[str]       # a clause they open is no content of a frame after it
    demnach: frozenset[str]             # "Demnach ...": content of the source before
    speech_nouns: frozenset[str]        # "die Forderung, ...", "mit dem Hinweis, dass ..."
    impersonal_verbs: frozenset[str]    # "heißt es": a frame whose subject is "es"
    impersonal_subject: str
    impersonal_sources: frozenset[str]  # "in dem Bericht", "aus Regierungskreisen": where it was said
    pronominal_adverbs: frozenset[str]  # "Hinweis darauf, dass": between the noun and its clause
    speaker_pronouns: frozenset[str]    # pronouns that stand for a speaker
    not_speakers: frozenset[str]        # subjects that are never a speaker: "es", "man", "ich"
    first_second_person: frozenset[str]  # words of the speaker's own voice: direct speech
    addressee_prepositions: frozenset[str]  # "sagte gegenüber X", "appellierte an X"
    conversation_nouns: frozenset[str]  # "im Gespräch mit X": X is the one spoken to
    conversation_partner: frozenset[str]  # "mit" of "im Gespräch mit X"
    dative_determiners: frozenset[str]  # "sagte dem/der Zeitung": articles a dative phrase may open with
    causative_verbs: frozenset[str]     # "lassen" of "ließ wissen"
    causative_speech: frozenset[str]    # the infinitives with which it is a speech act ("wissen", "verlauten")
    via_nouns: frozenset[str]           # channels: "im Interview", "in einer Mitteilung"
    konjunktiv_ii: frozenset[str]       # Konjunktiv II forms that also mark reported speech
    subjunctive_forms: frozenset[str]   # Konjunktiv I forms the tagger may miss
    speaker_nouns: frozenset[str] = frozenset()  # bodies and groups that speak: "Opposition", "Experten"
    reflexive_pronouns: frozenset[str] = frozenset()  # "bestätigte sich": no act of saying
    comparatives: frozenset[str] = frozenset()  # "mehr als", "so viel wie": no clause begins there
    topic_prepositions: frozenset[str] = frozenset()  # "sprach von", "berichtete über": the topic of a saying
    infinitive_marker: str = "zu"                     # "anzukündigen", "zu zwingen"
    reflexive_speech_verbs: frozenset[str] = frozenset()  # "sprach sich aus": "sich" of a speech act
    first_person_singular: frozenset[str] = frozenset()  # "ich": a speaker's own voice, never an author's "wir"
    self_speakers: frozenset[str] = frozenset()  # "ich sage Ihnen: ...", "wir fordern, dass ...": the text's own voice
    self_direct_verbs: frozenset[str] = frozenset()  # the text's own voice in its own words: verbs of saying only
    frame_modals: frozenset[str] = frozenset()  # "will deutlich sagen: ...": a modal the parse made the frame's head
    outlet_nouns: tuple[str, ...] = ()  # "sagte X der Zeitung": outlets spoken to (lowercase word ends)
    outlet_names: frozenset[str] = frozenset()  # "sagte X der dpa": agencies by name (lowercase)
    content_relatives: frozenset[str] = frozenset()   # "Berichte, wonach ...": what the noun says
    content_verbs: frozenset[str] = frozenset()       # a statement only with a content clause
    bare_clause_verbs: frozenset[str] = frozenset()  # "sagte, das ist ...": verbs that frame a bare main clause
    interrogatives: frozenset[str] = frozenset()      # "gab bekannt, wann ...": an indirect question
    reportive_modals: frozenset[str] = frozenset()    # "soll ... verhaftet worden sein": hearsay
    hearsay_copulas: frozenset[str] = frozenset()     # "soll größer sein": the modal of hearsay with a state
    perfect_infinitives: frozenset[str] = frozenset()  # "haben", "sein" of "getötet haben"
    perfect_auxiliaries: frozenset[str] = frozenset()  # "hat", "hatten" before a participle
    definite_articles: frozenset[str] = frozenset()   # "der Minister": a role that refers back
    role_nouns: frozenset[str] = ROLE_NOUNS
    role_suffixes: tuple[str, ...] = ROLE_SUFFIXES
    mute_nouns: frozenset[str] = frozenset()          # abstract nouns that cannot speak: "Behauptungen"
    organisation_nouns: frozenset[str] = frozenset()  # "die Firma": an organisation named before
    genitive_determiners: frozenset[str] = frozenset()  # "Sprecher der Autobauer": whose role it is
    genitive_articles: frozenset[str] = frozenset()   # "des", "eines": the genitive alone
    owner_prepositions: frozenset[str] = frozenset()  # "das Fazit von X": whose view a noun names
    predicative_markers: frozenset[str] = frozenset()  # "bezeichnete X als „...“": a judgement's predicate
    possessive_speakers: frozenset[str] = frozenset()  # "Seine Zuversicht": a person's, resolved like a pronoun
    genitive_endings: tuple[str, ...] = ()            # "Tagesspiegels", "Kongresses": the ending a name drops
    person_nouns: frozenset[str] = frozenset()        # "der Franzose", "der Beschuldigte": a person named before
    person_suffixes: tuple[str, ...] = ()             # "der Publizist", "die 45-Jährige": a person named before
    plural_articles: frozenset[str] = frozenset()     # "die Ärzte", "den Beamten": with an inflected noun, plural
    channel_if_speaker: frozenset[str] = frozenset()  # "gemäß X": a source only where X can speak
    opinion_verbs: tuple[tuple[str, str], ...] = ()   # ("halten", "für"): "hält X für Y", a judgement stated
    advocacy_verbs: tuple[tuple[str, str, bool], ...] = ()  # ("wenden", "gegen", True): "wandte sich gegen X"
    relative_pronouns: frozenset[str] = frozenset()   # "X, der sagte, ...": a subject that stands for X
    event_nouns: frozenset[str] = frozenset()         # "nach Verhandlungen": a noun of saying that dates, not credits
    negative_subjects: frozenset[str] = frozenset()   # "niemand erwartet": no one who says it
    connectives: frozenset[str] = frozenset()         # "Ferner", "Des Weiteren": adverbs the tagger takes for nouns
    wie_source_verbs: frozenset[str] = frozenset()    # "Wie eine Studie ergab, ...": a source's verb in a wie-frame
    clause_anaphors: frozenset[str] = frozenset()     # "Dies bestätigte X": a pronoun for the sentences before
    source_verbs: frozenset[str] = frozenset()        # "Dies geht aus dem Bericht hervor": the source's verb
    source_verb_prepositions: frozenset[str] = frozenset()  # "aus" of "geht aus X hervor"
    clause_conjunctions: frozenset[str] = frozenset()  # "Aber", "Und": words before a clause's first field
    hedging_konjunktiv_ii: frozenset[str] = frozenset()  # "wäre", "könnte": Konjunktiv II beside its own Konjunktiv I
    auxiliaries: frozenset[str] = frozenset()  # "sein", "haben", "werden" and the modals: the lemmas an AUX has
    question_openers: frozenset[str] = frozenset()  # "ob", "wieso": a content clause that is a question
    condition_conjunctions: frozenset[str] = frozenset()  # "Falls ..., könnte ...": a conditional keeps Konjunktiv II
    own_adjectives: frozenset[str] = frozenset()      # "nach eigenen Angaben": the account of the clause's subject
    negations: frozenset[str] = frozenset()           # "wollte ihn nicht nennen": an act denied
    document_nouns: frozenset[str] = frozenset()      # "Nach einem EU-Dokument ...": a text whose account it is
    demand_nouns: frozenset[str] = frozenset()        # "die Forderung Frankreichs nach X": a demand, X its content
    stance_verbs: frozenset[str] = frozenset()        # "zeigte sich optimistisch, dass ...": a stance stated
    demonstrative_speakers: frozenset[str] = frozenset()  # "sagte dieser": the person mentioned last
    relative_possessives: tuple[tuple[str, frozenset[str]], ...] = ()  # "dessen": the genders/numbers it stands for
    demand_prepositions: frozenset[str] = frozenset()  # "nach" of "Forderung nach"
    negation_limits: frozenset[str] = frozenset()     # "nicht nur": a negation that denies nothing of the act
    sentencing: tuple[tuple[str, str], ...] = ()      # ("verurteilen", "zu"): "verurteilte X zu einer Strafe", no saying
    act_phrases: tuple[tuple[str, frozenset[str]], ...] = ()  # ("üben", {"Kritik"}): "übte Kritik an X", an act named
    impending_verbs: frozenset[str] = frozenset()     # "Griechenland droht die Pleite": what threatens, no threat said
    naming_verbs: frozenset[str] = frozenset()        # "„Trap“, wie er genannt wird": a name given, no content
    threat_prepositions: frozenset[str] = frozenset()  # "drohte mit Konsequenzen": the threat said
    not_saying_particle_verbs: frozenset[str] = frozenset()  # "sprach X frei": a speech verb's particle verb, no saying
    norm_nouns: frozenset[str] = frozenset()          # "laut Verfassung": a rule that prescribes, no one's account
    imposing_verbs: frozenset[str] = frozenset()      # "sprach eine Sperre aus": a verb of saying that imposes ...
    imposed_nouns: frozenset[str] = frozenset()       # ... a penalty or ban, no message
    performing_verbs: frozenset[str] = frozenset()    # "bestritt das Spiel": a verb of saying that plays or pays ...
    performed_nouns: frozenset[str] = frozenset()     # ... a match, a programme or costs, no denial
    stative_auxiliary: str = "sein"                   # "sind aufgerufen": a state passive, its subject the one addressed
    quoting_verbs: frozenset[str] = frozenset()       # "X wird zitiert": in the passive, its subject is who spoke
    group_pronouns: frozenset[str] = frozenset()      # "Die Regierung ... Sie werde": pronouns that stand for a body


_CUES = _read_cues()
_SPKATT_VERBS = frozenset(l for l, p, n, share in _CUES if p == "VERB" and share >= 0.5) - NOT_IN_NEWS

# Nouns of saying that take a content clause (origin: SpkAtt's cue nouns that
# carried a message in at least a fifth of their cues, less the procedures of
# parliament, and German grammar's nouns of saying).
_PROCEDURE_NOUNS = _w("Antrag Debatte Gesetzentwurf Gesetz Entwurf Diskussion Rede Urteil Perspektive Gespräch "
                      "Zwischenfrage Gutachten Beratung Anhörung Entscheidung Frage Wort Antwort Begründung "
                      "Haltung Argument Idee Vorschlag Perspektive Beschluss Bericht")
_SPEECH_NOUNS = (frozenset(l for l, p, n, share in _CUES if p == "NOUN" and share >= 0.2) - _PROCEDURE_NOUNS) | _w(
    "Hinweis Ankündigung Aufforderung Auffassung Forderung Warnung Erklärung Vorwurf Kritik Behauptung "
    "Meinung Ansicht Einschätzung Befürchtung Hoffnung Überzeugung Appell Bitte Versprechen Zusage Drohung "
    "Mitteilung Aussage Dementi Angabe Angaben Mahnung Zusicherung Beteuerung Klage Vermutung Prognose "
    "Information These Schlussfolgerung Aufruf Meldung Gerücht Empfehlung Anweisung")

STATEMENT_LEXICON = StatementLexicon(
    speech_verbs=(SPEECH_ACT_VERBS | _NEWS_SPEECH_VERBS | _SPKATT_VERBS) - NOT_IN_NEWS | _DOUBT_DENY_VERBS
    | _POSITION_VERBS | _REFLEXIVE_SPEECH_VERBS,
    reported_verbs=REPORTED_ACT_VERBS | _POSITION_VERBS | _REFLEXIVE_SPEECH_VERBS,
    reflexive_speech_verbs=_REFLEXIVE_SPEECH_VERBS,
    # Origin: German grammar (Duden: verurteilen 1, "durch Gerichtsbeschluss mit einer Strafe belegen"): with
    # the penalty in a zu-phrase ("wurde zu einer Geldstrafe verurteilt") a court's sentence, no statement
    # ("verurteilte den Anschlag": a condemnation said).
    # So "berufen" with the office in a zu-phrase (Duden: berufen 1, "jemandem ein Amt anbieten"): "berief
    # ihn zum Außenminister" appoints, no statement ("berief sich auf das Gesetz": a source cited).
    sentencing=(("verurteilen", "zu"), ("berufen", "zu")),
    # Origin: German grammar (support-verb phrases of saying, Duden's entries for each noun): a verb that
    # says nothing by itself names a speech act with the noun of its object ("übte scharfe Kritik an X",
    # "erhob Vorwürfe gegen X", "fand lobende Worte für X", "richtete einen Appell an X", "erteilte den Plänen
    # eine Absage", "legte Protest ein"): a reported act, its message the verb's act. Verbs of saying
    # ("äußerte Kritik", "sprach eine Warnung aus") are reported acts by themselves.
    # Origin: German grammar (Duden: drohen 2, "als etwas Unangenehmes möglicherweise eintreten"): with the
    # threatening thing for its subject and the one threatened in the dative ("Den Verkehrsbetrieben droht ein
    # Streik", "Griechenland droht die Pleite") nothing is said; the threat said names what with "mit"
    # ("drohte der Opposition mit Neuwahlen").
    impending_verbs=_w("drohen"),
    threat_prepositions=_w("mit"),
    act_phrases=tuple((verb, _w(nouns)) for verb, nouns in (
        ("üben", "Kritik Selbstkritik"),
        ("erheben", "Vorwurf Vorwürfe Forderung Einspruch Einwand Einwände Protest"),
        ("finden", "Wort Worte"),
        ("richten", "Appell Bitte Aufruf Forderung Warnung Mahnung"),
        ("erteilen", "Absage"),
        ("einlegen", "Protest Widerspruch Veto Einspruch"),
        ("zollen", "Lob Respekt Anerkennung Tribut"),
        ("erneuern", "Kritik Vorwurf Vorwürfe Forderung Drohung Warnung Appell"),
        ("stellen", "Forderung Ultimatum"),
    )),
    not_saying_particle_verbs=NOT_SAYING_PARTICLE_VERBS,
    # Origin: German grammar and legal usage: "laut", "gemäß" and "nach" with a legal norm say what it
    # prescribes ("Der Übergangsregierung sollen laut Verfassung Politiker aller Parteien angehören",
    # "laut Gesetz"), no one's account of what is; lower case, a compound ending in one counts
    # ("Landesverfassung"). ("Artikel" is left out: "laut einem Artikel der Zeitung" credits an outlet.)
    # Origin: German grammar (Duden: aussprechen 3, "(eine Strafe, ein Urteil) verkünden, verhängen"): with a
    # penalty, ban or dismissal as its object it is an authority's act ("Der Verband sprach eine Sperre von drei
    # Spielen aus", "sprach die Kündigung aus"), no statement ("sprach eine Warnung aus", "sprach sich für X aus"
    # stay); lower case, a compound ending in one counts ("Haftstrafe", "Einreiseverbot").
    imposing_verbs=_w("aussprechen"),
    imposed_nouns=_w("strafe strafen sperre sperren verbot verbote kündigung kündigungen urteil bann "
                     "suspendierung entlassung ausweisung abmahnung platzverweis hausverbot"),
    # Origin: German grammar (Duden: bestreiten 2, "für etwas aufkommen": "die Kosten bestreiten", and 3,
    # "gestalten, durchführen": "ein Spiel, das Programm bestreiten"): with a match, a contest, a programme
    # or costs as its object "bestreiten" plays or pays, no denial ("bestritt die Vorwürfe" stays); lower
    # case, a compound ending in one counts ("Gruppenspiel", "Lebensunterhalt").
    performing_verbs=_w("bestreiten"),
    performed_nouns=_w("spiel spiele partie partien finale endspiel match matches rennen turnier turniere kampf "
                       "kämpfe duell duelle wettkampf wettkämpfe runde programm kosten unterhalt auftritt"),
    norm_nouns=_w("verfassung grundgesetz gesetz satzung statut statuten vertrag verträgen verordnung richtlinie "
                  "vorschrift vorschriften paragraf paragraph reglement"),
    topic_verbs=TOPIC_VERBS,
    content_conjunctions=_w("dass daß ob"),
    channel_before=_w("laut"),
    # Origin: German grammar: "gemäß" credits a source where its object is one that speaks ("gemäß einem
    # Sprecher", "gemäß der Netzzeitung"), a rule or plan it follows otherwise ("gemäß Paragraf 5").
    channel_if_speaker=_w("gemäß"),
    # Origin: German grammar: verbs of judging with their predicative marker ("Experten sehen in X den ersten
    # Schritt", "Sie halten das Verfahren für verfassungswidrig", "betrachtet X als Eskalation", "gehen von
    # einer Autobombe aus"): with the marker they state a view (a perception or a movement without it).
    opinion_verbs=(("sehen", "als"), ("sehen", "in"), ("halten", "für"), ("betrachten", "als"),
                   ("erachten", "als"), ("erachten", "für"), ("einschätzen", "als"), ("ausgehen", "von"),
                   ("einstufen", "als"),
                   # an expectation stated ("Premium Aerotec rechnet für 2009 mit einem Umsatz von ...",
                   # "Die Experten rechnen damit, dass ..."; Duden: rechnen 4b, "erwarten")
                   ("rechnen", "mit"), ("rechnen", "damit")),
    # Origin: German grammar (verbs with a fixed preposition: "sich gegen etwas wenden" opposes it, "für etwas
    # eintreten" advocates it, "für etwas werben" seeks support for it), kept to the three
    # that SpkAtt-2023's training split counts among its cues (statement_cues.tsv: "werben", "eintreten",
    # "wenden"; "sich einsetzen für" is none there): a position taken for or against, with its preposition (or
    # its pronominal adverb, "wandte sich dagegen") and, where marked, "sich"; without them these verbs turn,
    # enter or advertise, and say nothing.
    advocacy_verbs=(("wenden", "gegen", True), ("eintreten", "für", False), ("werben", "für", False)),
    channel_after=_w("zufolge"),
    # Origin: German news attribution formulas.
    source_nouns=_w("Angaben Angabe Ansicht Meinung Worten Auffassung Einschätzung Darstellung Aussage "
                    "Aussagen Informationen Auskunft Überzeugung Sicht Schätzung Schätzungen Berichten "
                    "Bericht Erkenntnissen Mitteilung Einschätzungen Berechnungen Ermittlungen Vernehmen "
                    "Expertenmeinung Studie Stellungnahme Erkenntnisstand Untersuchung Umfrage Recherchen "
                    "Schilderung Schilderungen Hochrechnung Hochrechnungen Prognose Prognosen Zählung Meldung "
                    "Meldungen Medienberichten Darstellungen"),
    source_prepositions=_w("nach"),
    so_frame="so",
    wie_frame=_w("wie"),
    # Origin: German grammar (subordinating conjunctions).
    subordinators=_w("wenn nachdem da als während weil obwohl bevor seit seitdem sobald falls damit "
                     "indem ob dass daß um zur zum sodass"),
    demnach=_w("demnach"),
    speech_nouns=_SPEECH_NOUNS,
    # Institutions, bodies and groups of people that speak as one (origin: German news usage, with the
    # institutions of chronik.lang.de.events); a compound ending in one counts too ("EU-Kommission").
    speaker_nouns=_w(
        "Opposition Kommission Fraktion Koalition Gewerkschaft Verband Bündnis Union Seite Sprecher Sprecherin "
        "Experten Kritiker Gegner Befürworter Anhänger Demonstranten Vertreter Politiker Ärzte Forscher "
        "Wissenschaftler Ermittler Behörden Medien Zeitung Agentur Sender Organisation Konzern Unternehmen "
        "Staatsmedien Regierungskreise Diplomaten Beobachter Aktivisten Anwalt Anwälte Gericht Richter "
        "Staatsanwaltschaft Polizei Armee Militär Ministerium Präsidium Vorstand Rat Gremium Ausschuss "
        "Komitee Partei Parteien Länder Staaten Bundesländer Kirche Bischöfe Bank Institut Studie Bericht "
        "Regierung Bundesregierung Kreml Parlament Firma Behörde Senat Stadt Gemeinde Bundesamt Amt "
        "Zentralbank Notenbank Verwaltung Führung Staatsführung Nutzer Kläger Kunden Bürger Einwohner "
        "Bewohner Mitglieder Abgeordnete Abgeordneten Zeugen Quellen "
        # broadcasters, campaigns and groups of professionals that news copy lets speak
        "Rundfunk Fernsehen Kampagne Initiative Bewegung Stiftung Verein Veranstalter Organisatoren Helfer "
        "Rettungskräfte Analysten Ökonomen Juristen Mediziner Hersteller Betreiber Händler Umfragen "
        "Journalist Journalistin Journalisten Reporter Reporterin Mitarbeiter Mitarbeiterin "
        # institutions of learning, care and culture, which news copy lets speak as bodies do
        "Universität Hochschule Akademie Klinik Klinikum Krankenhaus Museum "
        # the leadership of a body and states by their kind, which speak as governments do ("Die
        # Landesparteispitze hatte ... gedrängt", "Die frühere Sowjetrepublik wies dies zurück", "der Nachbarstaat")
        "Spitze Republik Staat"),
    # Origin: German grammar: nouns of claims, inquiries and events (Nomina actionis) name what is
    # said or done, never who says it; with "laut", "nach" or as a subject they are the channel.
    mute_nouns=_w("behauptung behauptungen ermittlung ermittlungen gerücht gerüchte vermutung vermutungen "
                  "präsentation präsentationen äußerung äußerungen"),
    # Origin: German news usage: nouns of organisations that stand, with an article, for the one named
    # before ("TransCanada ... Die Firma teilte mit"); a compound ending in one counts too.
    organisation_nouns=_w("firma unternehmen konzern gesellschaft magazin nachrichtenmagazin zeitung blatt "
                          "zeitschrift sender verein verband partei klub club bank versicherung"),
    # Origin: German grammar: the determiners that open a genitive after a noun (the parser's case
    # feature alone also marks bare nouns in other cases).
    genitive_determiners=_w("des der eines einer dieses dieser"),
    # Origin: German grammar: the articles that are genitive in every reading (masculine and neuter), and
    # the strong genitive endings of the nouns after them ("des Berliner Tagesspiegels", "des
    # Landespressedienstes"): a speaker named so is named in the nominative ("Berliner Tagesspiegel").
    genitive_articles=_w("des eines"),
    # Origin: German grammar: the preposition and the third person possessives that name whose a view,
    # words or feeling are ("Das Fazit von Sandra Boser", "Seine Zuversicht gründet sich auf ...").
    owner_prepositions=_w("von"),
    # Origin: German grammar: the particle of a predicative complement ("bezeichnete X als „...“", "wies
    # den Bericht als „falsch“ zurück"): a judgement made by the verb's subject.
    predicative_markers=_w("als"),
    possessive_speakers=_w("sein seine seinen seinem seiner seines ihr ihre ihren ihrem ihrer ihres"),
    genitive_endings=("es", "s"),
    # Origin: German usage: "Kollege"/"Kollegin" names a person by relation, as a role does ("Kollege X",
    # "der Kollege hat gesagt", "sagte eine Kollegin"): one who can speak (the shared role list is left as
    # it is: a colleague holds no office for the entity stages).
    role_nouns=ROLE_NOUNS | _w("kollege kollegin"),
    # Origin: German grammar: nouns that, with a definite article, stand for one person named before
    # ("Jean Dupont ... sagte der Franzose", "Max M. ... Der Beschuldigte habe gestanden"): the person
    # nouns of the demonyms (chronik.lang.de.demonyms, every inflected form, not the place names) and the
    # nominalised participles of court and police reports.
    person_nouns=frozenset(DEMONYM_FORMS) - frozenset(PLACE_FORMS) | _w(
        "angeklagte angeklagter beschuldigte beschuldigter verdächtige verdächtiger verurteilte verurteilter "
        "festgenommene festgenommener verletzte verletzter betroffene betroffener"),
    # Origin: German word formation: the suffixes of nouns of persons by trade or field (-ist, -yst:
    # "Publizist", "Finanzanalyst", "Journalistin") and of age ("der 52-Jährige").
    person_suffixes=("ist", "istin", "yst", "ystin", "jährige", "jähriger"),
    reflexive_pronouns=_w("sich"),
    comparatives=_w("als wie"),
    topic_prepositions=_w("von über"),
    definite_articles=_w("der die des dem den"),
    # Origin: German grammar: the definite articles of the plural's nominative, accusative and dative.
    plural_articles=_w("die den"),
    # Origin: German grammar: the demonstrative pronouns that take up a whole clause or sentence before
    # them ("Der Trainer tritt zurück. Dies gab der Verein bekannt.").
    clause_anaphors=_w("das dies dieses"),
    # Origin: German grammar: the relative pronouns in the nominative, subjects of their clause.
    relative_pronouns=_w("der die das welcher welche welches"),
    # Origin: German grammar: the negative indefinite pronouns ("Niemand erwartet, dass ...").
    negative_subjects=_w("niemand keiner keine nichts"),
    # Origin: German news formulas: verbs of a document or finding that, in a "wie" frame, credit it with
    # the rest of the sentence ("Wie eine Studie ergab, ...", "wie aus dem Bericht hervorgeht").
    wie_source_verbs=_w("ergeben hervorgehen"),
    # Origin: German grammar: "wie" with a verb of naming in the passive or reflexive gives the name a thing or
    # person goes by ("„Uncle Ted“, wie der Senator genannt wurde", "Mönch Franziskus, wie er sich nannte"): a
    # word quoted as a word, no content (but "wie der Minister es nannte" credits the wording to him).
    naming_verbs=_w("nennen"),
    # Origin: German grammar: connective adverbs that open a sentence capitalised and that the tagger may
    # take for a noun ("Ferner verwies er ...", "Des Weiteren ..."); never a speaker.
    connectives=_w("ferner weiteren weiterhin zudem außerdem neu ebenso dennoch jedoch allerdings daher deshalb "
                   "zuletzt zuvor indes indessen inzwischen darüber hinaus schließlich anschließend"),
    # Origin: German grammar: nouns of talks and decisions, which after "nach" say when ("nach längeren
    # Verhandlungen", "nach dem Beschluss"), not whose account it is ("nach Angaben", "nach Ansicht").
    event_nouns=_w("Verhandlung Verhandlungen Beschluss Gespräch Gespräche Beratung Beratungen Debatte Sitzung "
                   "Treffen Abstimmung Entscheidung Ankündigung Aufforderung Warnung Drohung Anordnung"),
    # Origin: German news formulas of a written source ("Das geht aus einem Bericht hervor").
    source_verbs=_w("hervorgehen"),
    source_verb_prepositions=_w("aus"),
    # Origin: German grammar (Duden-Grammatik, "sollen" of hearsay): "sollen" with a perfect infinitive
    # ("soll ... getötet haben", "sollen verhaftet worden sein") reports what others say happened.
    reportive_modals=_w("soll sollen"),
    # (so with the copula: "Der Stern soll größer sein", "Hintergrund sollen Abschreibungen sein" report a
    # state others claim; with another bare infinitive "soll" mostly states a plan or a duty)
    hearsay_copulas=_w("sein"),
    content_relatives=_w("wonach"),  # Origin: German grammar (the relative adverb of reported content)
    first_person_singular=_FIRST_PERSON_SINGULAR,
    # Origin: German grammar, the nominative pronouns of the first person: the subject of a frame outside
    # quotation marks is the text's own speaker (a speech's orator, an interview's or a column's author).
    self_speakers=_w("ich wir"),
    # (its words after a colon are its own words only with a verb of saying proper: "Ich sage Ihnen: ...",
    # never a view, "Ich hoffe: ...", "Wir sehen darin: ...")
    self_direct_verbs=SPEECH_ACT_VERBS,
    # Origin: German grammar, the modal verbs but "sollen" (hearsay, see reportive_modals): "Ich will
    # deutlich sagen: ...", "Der Minister möchte betonen, dass ...": the speech verb's infinitive is the frame,
    # the modal's subject its speaker (a parse may make the modal the head and the infinitive its xcomp).
    frame_modals=_w("wollen möchten mögen müssen dürfen können"),
    # Origin: German grammar (Duden-Grammatik, "Redewiedergabe": a verb of saying proper takes a dependent
    # main clause, verb second, in the indicative as in the Konjunktiv: "Der Minister sagte, das ist der
    # falsche Ansatz"); the verbs that say something by themselves, not those naming an act (warnen, loben)
    # nor views (glauben, hoffen: mostly the speaker's own voice in parliament and interviews).
    bare_clause_verbs=_w("sagen erklären betonen meinen behaupten antworten erwidern entgegnen ergänzen "
                         "hinzufügen unterstreichen versichern berichten erzählen schreiben mitteilen "
                         "feststellen erläutern ausführen bemerken anmerken einwenden klarstellen"),
    # Origin: German grammar: verbs of deciding, planning and estimating that report what a body declared
    # when they take a dass-clause or zu-infinitive ("Der VfGH hat entschieden, dass ..."), and name a
    # procedure otherwise (hence out of the speech verbs, see NOT_IN_NEWS).
    # (also "ausschließen" and "bezweifeln": "X schloss nicht aus, dass ...", "bezweifelte, dass ...", a
    # judgement of what may be, stated; "Die Polizei schloss den Weg aus" names no statement; and "sich
    # einigen", agreeing like "vereinbaren": "Die Parteien einigten sich darauf, dass ..."; and "festhalten",
    # with its clause stating a finding or position like "feststellen": "Das Gericht hielt fest, dass ...", where
    # "hielt den Mann fest" detains)
    content_verbs=_w("entscheiden beschließen erwarten annehmen schätzen errechnen herausfinden vorsehen "
                     "beabsichtigen planen erwägen anbieten vereinbaren festlegen ausschließen bezweifeln einigen "
                     "festhalten"),
    # Origin: German grammar (w-words that open an indirect question; "was" is left out, it opens
    # relative clauses on a whole clause as often: "..., was die Polizei bestätigte").
    interrogatives=_w("wann wie wo warum weshalb wieso weswegen woher wohin wer wen wem wessen welche welcher "
                      "welches welchen welchem inwiefern inwieweit wodurch womit wofür"),
    # Origin: German grammar: an indirect question opens with "ob" or an interrogative; after a negated
    # frame ("wollte nicht sagen, ob ...", "gab nicht bekannt, wieso ...") it is the question left open,
    # nothing said (SpkAtt annotates no cue there: its dev cue precision rises with the rule).
    question_openers=_w("ob wann wie wo warum weshalb wieso weswegen woher wohin wer wen wem wessen welche "
                        "welcher welches welchen welchem inwiefern inwieweit wodurch womit wofür"),
    perfect_infinitives=_w("haben sein"),
    perfect_auxiliaries=_w("hat haben hatte hatten habe hätte hätten ist sind war waren sei wurde wurden"),
    # Origin: German grammar ("heißen" with expletive "es"; the prepositions of its source).
    # Origin: German grammar: a verb of quoting in the passive ("Der Minister wird mit den Worten zitiert,
    # ...", "wird von der Agentur X zitiert") has the one quoted for its subject, its agent only relays.
    quoting_verbs=_w("zitieren"),
    # Origin: German grammar: the third person subject pronouns, which agree with their antecedent in
    # number and gender ("sie" a plural or a feminine noun, "er" a masculine one), a body's as well as a
    # person's ("Die Regierung kündigte Maßnahmen an. Sie werde ...").
    group_pronouns=_w("sie er"),
    impersonal_verbs=_w("heißen"),
    impersonal_subject="es",
    impersonal_sources=_w("in im aus bei beim auf von vom seitens"),
    pronominal_adverbs=_w("darauf daran darüber dazu davon"),
    speaker_pronouns=_w("er sie ihm ihr seiner ihrer seinen ihren seinem ihrem"),
    not_speakers=_w("es man ich wir du ihr das dies was wer sich mich mir uns euch"),
    # Origin: German news formulas of speaking to an outlet ("sagte ein Sprecher der Zeitung", "der
    # Nachrichtenagentur", "dem Magazin", "dem Sender"); the agencies by the names credit lines give them
    # (chronik.lang.de.cleaning.AGENCIES).
    outlet_nouns=("zeitung", "agentur", "magazin", "sender", "blatt", "rundfunk", "fernsehen", "presse"),
    outlet_names=frozenset(k for k, val in AGENCIES.items() if val and " " not in k),
    first_second_person=_FIRST_PERSON_SINGULAR | _w("wir uns unser unsere unseren unserem unserer du dich dir dein "
                                                    "deine"),
    addressee_prepositions=_w("gegenüber an"),
    # Origin: German news formulas for an interview ("im Gespräch mit der Zeitung X", "im Interview mit").
    conversation_nouns=_w("Gespräch Interview Telefonat Telefoninterview Unterhaltung"),
    conversation_partner=_w("mit"),
    # Origin: German grammar (the dative forms of the articles and of the common determiners).
    dative_determiners=_w("dem der den einem einer diesem dieser diesen seinem seiner ihrem ihrer"),
    # Origin: German news formulas of telling through "lassen" ("ließ wissen", "ließ verlauten", "ließ ausrichten";
    # hinting: "ließ durchblicken, dass ...", "ließ anklingen, dass ...").
    causative_verbs=_w("lassen"),
    causative_speech=_w("wissen verlauten ausrichten mitteilen durchblicken anklingen"),
    via_nouns=_w("Interview Mitteilung Pressemitteilung Erklärung Stellungnahme Brief Schreiben Rede "
                 "Pressekonferenz Zeitung Fernsehen Radio Twitter Facebook Sender Kurznachrichtendienst"),
    konjunktiv_ii=_w("würde würden hätte hätten wäre wären könnte könnten müsste müssten sollte "
                     "sollten dürfte dürften"),
    # Origin: German grammar: the coordinating conjunctions, which stand outside the clause's fields
    # ("Aber sei klug": the verb still comes first; "doch" and "jedoch" may fill the first field
    # themselves: "Doch sei es ...").
    clause_conjunctions=_w("und aber oder denn sondern"),
    # Origin: German grammar: Konjunktiv II forms whose Konjunktiv I differs from the indicative
    # ("wäre"/"sei", "wären"/"seien", "könnte"/"könne", "möchte"/"möge"). Reported speech takes the
    # Konjunktiv I there, so in a sentence of its own these are the reporter's hypothesis ("Das wäre der
    # Anfang eines Prozesses"), not a report going on (unlike the stand-ins "hätten", "würden").
    hedging_konjunktiv_ii=_w("wäre wären könnte möchte möchten"),
    # Origin: German grammar (Duden: the auxiliaries "sein", "haben", "werden" and the modal verbs), a closed
    # class: a word the tagger reads as AUX with another lemma ("lokale" -> "lokalen") is an adjective or noun
    # it misread, and its mood is none.
    auxiliaries=_w("sein haben werden können müssen dürfen sollen wollen mögen möchten"),
    # Origin: German grammar: the conjunctions of a conditional clause; reported, an unreal or possible
    # consequence keeps the Konjunktiv II the speaker used ("Falls die Gespräche Schwung aufnehmen,
    # könnte dies ... haben").
    condition_conjunctions=_w("falls wenn sofern"),
    # Origin: German grammar: "eigen" with a source noun refers back to the clause's subject like a
    # reflexive possessive ("Die Firma will nach eigenen Angaben ...": the firm's account).
    own_adjectives=_w("eigen"),
    # Origin: German grammar: the negating adverbs; after "nicht" the focus particles "nur", "allein"
    # and "bloß" leave the act standing ("warnte nicht nur vor ..., sondern ...").
    negations=_w("nicht nie niemals keineswegs"),
    negation_limits=_w("nur allein bloß"),
    # Origin: German grammar: nouns of demanding take what is demanded in a "nach" phrase ("die
    # Forderung der Gewerkschaft nach höheren Löhnen", "der Ruf der Opposition nach Neuwahlen"), nouns of
    # warning what is warned of in a "vor" phrase ("die Warnung des Ministers vor einer Krise").
    demand_nouns=_w("Forderung Forderungen Ruf Rufe Aufruf Verlangen Warnung Warnungen"),
    demand_prepositions=_w("nach vor"),
    # Origin: German news formulas: "sich (optimistisch, besorgt, überzeugt) zeigen/geben" with a
    # content clause states the speaker's stance ("Die Aktivistin zeigte sich besorgt, dass ...").
    stance_verbs=_w("zeigen geben"),
    # Origin: German grammar: a demonstrative pronoun as subject takes up the person mentioned last
    # (not the topic: "Er traf den Anwalt. Dieser sagte, ..." is the lawyer).
    demonstrative_speakers=_w("dieser jener letzterer"),
    # Origin: German grammar: the relative possessives and the nouns they agree with ("der Mann, dessen
    # ...": masculine or neuter singular; "die Frau, deren ...", "die Ärzte, deren ...": feminine or plural).
    relative_possessives=(("dessen", frozenset({"Masc", "Neut"})), ("deren", frozenset({"Fem", "Plur"}))),
    # Origin: German news formulas: documents, plans and legal texts that, after a first-field "nach",
    # say whose account or rule the sentence gives ("Nach einem EU-Dokument leben sie ...", "Nach dem
    # Grundgesetz ist ...", "Nach Schäubles Idee soll ..."); lower case, a compound ending in one counts.
    document_nouns=_w("dokument papier plan entwurf idee konzept gesetz grundgesetz artikel paragraf paragraph "
                      "verfassung vertrag"),
    subjunctive_forms=_w("sei seien habe werde könne müsse solle wolle dürfe gebe stehe liege gehe komme "
                         "bleibe gelte handle handele wisse sehe lasse halte bestehe zeige trage mache "
                         "fehle brauche plane arbeite wolle"),
)
