"""German words that mark events (meetings, calls, letters, visits, treaties,
deployments ...) and the cues for their status and time.

Plain data for ``chronik.extract.events``; the extractor holds no German
literal. Every list says where it came from. Words are lower case.
"""
from __future__ import annotations

from chronik.lang.de.roles import ROLE_NOUNS, ROLE_SUFFIXES

from dataclasses import dataclass, field

from chronik.lang.de.demonyms import DEMONYM_FORMS, PLACE_FORMS


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class EventLexicon:
    """What the event extractor needs to know about German (identity-hashed,
    so that compiled lookups can be cached per lexicon object)."""

    verbs: dict[str, str]              # inflected verb form -> event type
    nouns: dict[str, str]              # noun form (also the head of a compound) -> event type
    partner_verbs: frozenset[str]      # meet-verbs that need "sich" or a second party ("traf eine Entscheidung")
    separable: dict[str, str]          # verb stem form -> particle it needs later in the clause
    statement_verbs: frozenset[str]    # confirm / admit / announce: absorbed by an event they report
    weak_verbs: frozenset[str]         # "vereinbarten": not an event when the clause names one
    confirm_nouns: frozenset[str]      # "Einsatz": an event only when confirmed in the sentence
    recipient_nouns: frozenset[str]    # "Botschaft" (also: embassy): a letter only with "an X"
    talk_nouns: frozenset[str]         # "Gespräch": may refer back to a meeting or a call
    talk_idiom_preps: frozenset[str]   # "im Gespräch mit der Zeitung" is an interview, "im Gespräch" a rumour
    exact_nouns: frozenset[str]        # nouns that head no compound ("Preise" is no "Reise")
    troop_words: tuple[str, ...]       # endings of nouns for troops ("Soldaten", "Kampftruppen")
    announce_prefixes: tuple[str, ...]  # "bevorstehenden", "geplante"
    future_aux: frozenset[str]
    schedule_modals: frozenset[str]    # "soll ... stattfinden"
    schedule_verbs: frozenset[str]
    expect_words: frozenset[str]       # "Es wird erwartet, dass ..."
    before_preps: frozenset[str]       # "vor einem Treffen": the event lies ahead
    participation_preps: frozenset[str]  # "bei einem Treffen", "in einem Telefonat"
    np_preps: frozenset[str]           # "Treffen mit/zwischen", "Brief an"
    between_preps: frozenset[str]      # "zwischen A und B" names all parties
    place_preps: frozenset[str]
    prepositions: frozenset[str]
    definite: frozenset[str]           # definite articles, demonstratives, possessives
    indefinite: frozenset[str]
    conjunctions: frozenset[str]
    function_words: frozenset[str]     # lower-case words that are not adjectives
    hypothetical: frozenset[str]
    background: frozenset[str]
    just_happened: frozenset[str]
    past_aux: frozenset[str]
    pluperfect_aux: frozenset[str]
    preterite: frozenset[str]          # strong past forms of trigger verbs ("traf", "empfing")
    channel_words: frozenset[str]      # "laut", "Nachrichtenagentur": a source, not a party
    reflexive: frozenset[str]
    role_nouns: frozenset[str]
    role_suffixes: tuple[str, ...]
    demonym_forms: dict[str, str]      # "nordkoreanische" -> "Nordkorea"
    place_forms: dict[str, str]        # "pjöngjang", "nordkoreas" -> "Nordkorea"
    # -- precision rules for general news (defaults keep older callers working)
    compound_allowed: dict[str, tuple[str, ...]] = field(default_factory=dict)  # head -> modifiers it needs
    compound_blocked: dict[str, tuple[str, ...]] = field(default_factory=dict)  # head -> modifiers it refuses
    idiom_preps: frozenset[str] = frozenset()       # "ins Gespräch bringen", "ins Treffen führen"
    speech_verbs: frozenset[str] = frozenset()      # "sagte X in einem Gespräch": an interview
    media_words: tuple[str, ...] = ()               # "Gespräch mit der Zeitung"
    media_participles: frozenset[str] = frozenset()  # "das ausgestrahlte Gespräch"
    sports_words: frozenset[str] = frozenset()      # "trifft im Viertelfinale", "traf zum Ausgleich"
    sports_suffixes: tuple[str, ...] = ()
    pairing_preps: frozenset[str] = frozenset()     # "trifft auf X": a pairing or an encounter
    location_dets: frozenset[str] = frozenset()     # "auf dem Gipfel": a place, not a pairing
    crowd_words: frozenset[str] = frozenset()       # "von Tausenden Menschen empfangen"
    receive_verbs: frozenset[str] = frozenset()
    attend_words: frozenset[str] = frozenset()      # "besuchten die Schule": attendance, not a visit
    contract_heads: frozenset[str] = frozenset()    # "Vertrag": a contract needs parties or a concluding verb
    conclude_words: frozenset[str] = frozenset()
    state_words: frozenset[str] = frozenset()       # "ein bis 2018 laufender Vertrag"
    state_preps: frozenset[str] = frozenset()       # "unter Vertrag stehen"
    name_preps: frozenset[str] = frozenset()        # "Vertrag von Amsterdam": a place names the treaty
    negation: frozenset[str] = frozenset()          # "keinen Vertrag"
    intensifiers: frozenset[str] = frozenset()      # "das sehr vertraute Gespräch"
    generic_quantifiers: frozenset[str] = frozenset()  # "alle Gespräche", "solcher Verträge"


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


def _typed(spec: dict[str, str]) -> dict[str, str]:
    return {form: kind for kind, forms in spec.items() for form in forms.split()}


# Trigger verbs, inflected. Origin: hand-made from the event verbs of German
# agency news (dpa/AFP reports of diplomacy and war), all persons and tenses
# that news uses.
_VERBS = _typed({
    "meeting": "traf trafen trifft treffen getroffen empfing empfingen empfängt empfangen "
               "zusammentreffen zusammentrafen zusammengetroffen",
    "call": "telefonierte telefonierten telefoniert telefonieren",
    "visit": "besuchte besuchten besucht besuchen bereiste bereisten bereist",
    "agreement": "unterzeichneten unterzeichnete unterzeichnet unterzeichnen unterschrieben unterschrieb "
                 "vereinbarten vereinbarte vereinbart ratifizierten ratifizierte ratifiziert",
    "deployment": "entsandte entsandten entsandt entsendet entsendete schickte schickten geschickt "
                  "stationierte stationierten stationiert eingesetzt verlegte verlegten verlegt",
    "statement": "bestätigte bestätigten räumte räumten eingeräumt kündigte kündigten angekündigt",
})

# Trigger nouns with their inflected forms; a capitalised compound ending in
# one of them counts too ("Gipfeltreffen", "Verteidigungspakt").
# Origin: hand-made from German news usage.
_NOUNS = _typed({
    "meeting": "treffen treffens gipfel gipfels gespräch gesprächs gespräche gesprächen "
               "zusammentreffen unterredung unterredungen",
    "call": "telefonat telefonats telefonate telefonaten telefongespräch telefongesprächs "
            "telefongespräche videoschalte",
    "letter": "brief briefs briefes briefe briefen schreiben schreibens botschaft botschaften",
    "visit": "besuch besuchs besuches besuche besuchen staatsbesuch reise",
    "agreement": "abkommen abkommens vertrag vertrags vertrages verträge pakt pakts paktes",
    "deployment": "einsatz einsatzes entsendung stationierung",
    "parade": "parade paraden militärparade",
})

# "Einsatz" and "Entsendung" name a deployment as a topic ("für die Entsendung
# ... gedankt"); only a confirmation makes them a reported event.
_CONFIRM_NOUNS = _w("einsatz einsatzes entsendung stationierung")
_RECIPIENT_NOUNS = _w("botschaft botschaften schreiben schreibens")
_TALK_NOUNS = _w("gespräch gesprächs gespräche gesprächen unterredung unterredungen")

# Origin: the usual words for troops in war reporting.
_TROOP_WORDS = ("soldaten", "soldat", "truppen", "truppe", "streitkräfte", "streitkräften", "kämpfer",
                "einheiten", "militärs", "mann", "söldner", "militärberater")

# Origin: hand-made from German news style for scheduled events.
_ANNOUNCE_PREFIXES = ("bevorstehend", "geplant", "anstehend", "baldig", "künftig", "kommend", "nächst",
                      "angekündigt")

# Function words. Origin: German grammar (Duden): articles, pronouns,
# prepositions, conjunctions, auxiliaries.
_DEFINITE = _w("der die das dem den des dieser diese dieses diesem diesen jener jene jenes jenem jenen "
               "ihr ihre ihres ihrem ihren ihrer sein seine seines seinem seinen seiner "
               "unser unsere unseres unserem unseren")
_INDEFINITE = _w("ein eine einen einem einer eines")
_PREPOSITIONS = _w("an am auf aus bei beim bis durch für gegen hinter in im ins mit nach neben ohne seit "
                   "über um unter von vom vor während wegen zu zum zur zwischen laut trotz gemäß infolge "
                   "anlässlich außer innerhalb")
_CONJUNCTIONS = _w("und oder sowie bzw. beziehungsweise")
_AUX = _w("hat haben hatte hatten habe hätte hätten ist sind war waren sei seien wäre wären wird werden "
          "wurde wurden worden würde würden soll sollen sollte sollten kann können konnte konnten will "
          "wollen wollte wollten muss müssen musste mussten darf dürfen")
_OTHER_FUNCTION = _w("als wie dass ob weil da wo wenn falls sich nicht auch noch schon bereits erst nur "
                     "nun jetzt heute dann so sehr es er sie wir ihr man dabei damit darauf daran dazu "
                     "zudem sowohl weder aber doch denn sondern etwa rund mehr weniger gemeinsam erstmals "
                     "zuvor später einst damals jedoch bislang bisher inzwischen derweil seinerseits "
                     "ihrerseits ausdrücklich offiziell")

_HYPOTHETICAL = _w("falls sollte sollten könnte könnten dürfte dürften")
# Words that mark a report of an earlier, background event.
_BACKGROUND = _w("bereits zuvor damals einst früher seit schon ehemals seinerzeit vorher")
# Words that mark a report of what just happened ("heute", "soeben").
_JUST_HAPPENED = _w("heute heutigen soeben gerade jetzt nun")
_PAST_AUX = _w("hat haben hatte hatten habe hätte hätten war waren wurde wurden worden")

# Sources named beside the event are channels, not parties.
_CHANNEL_WORDS = _w("laut zufolge nachrichtenagentur agentur staatsmedien zeitung sender staatsagentur "
                    "staatsfernsehen medien berichtete berichteten")

# Role nouns that stand for a person named before ("der Kremlchef", "die
# russische Delegation" for the one who leads it). Origin: hand-made from
# German reporting on diplomacy and politics.
# Group nouns that stand for the person leading them ("die Delegation").
_ROLE_NOUNS = ROLE_NOUNS | _w("delegation regierungsdelegation gast amtskollege amtskollegin")
_ROLE_SUFFIXES = ROLE_SUFFIXES + ("delegation",)

# Compounds whose head is an event noun but which name no event of that type.
# A contract or talk compound counts only with a modifier of public affairs
# (a "Plattenvertrag" or "Pressegespräch" is none); other heads refuse the
# modifiers listed. Origin: hand-made from German compound usage in news
# (Duden compounds of Vertrag, Gespräch, Treffen, Brief, Besuch, Gipfel).
_CONTRACT_FORMS = "vertrag vertrags vertrages verträge verträgen"
_TALK_FORMS = "gespräch gesprächs gespräche gesprächen"
_PUBLIC_CONTRACT = ("friedens", "staats", "koalitions", "grundlagen", "nachbarschafts", "freundschafts",
                    "beistands", "abrüstungs", "kontroll", "sperr", "nichtangriffs", "bündnis", "verfassungs",
                    "regierungs", "stabilitäts", "fiskal", "handels", "freihandels", "rahmen", "einigungs",
                    "unions", "gründungs", "teststopp", "grenz", "assoziierungs", "kooperations",
                    "partnerschafts", "rüstungs", "gas", "militär", "verteidigungs", "sicherheits")
_PUBLIC_TALK = ("sondierungs", "koalitions", "zweier", "dreier", "vierer", "fünfer", "sechser", "friedens",
                "krisen", "spitzen", "regierungs", "verhandlungs", "abrüstungs", "atom", "sicherheits", "geheim",
                "einzel", "arbeits", "beitritts", "handels", "gipfel", "sozialpartner", "parteien", "telefon",
                "schlichtungs", "tarif", "vermittlungs", "waffenstillstands", "sondierung", "vier-augen")
_COMPOUND_ALLOWED = {form: _PUBLIC_CONTRACT for form in _CONTRACT_FORMS.split()}
_COMPOUND_ALLOWED.update({form: _PUBLIC_TALK for form in _TALK_FORMS.split()})
_COMPOUND_BLOCKED = {
    **{f: ("hinter", "aufeinander") for f in "treffen treffens".split()},  # "ins Hintertreffen", sports pairings
    **{f: ("berg", "alpen") for f in "gipfel gipfels".split()},
    **{f: ("steck", "frei", "pfand", "schuld", "meister", "geleit", "kauf", "adels", "lehr")
       for f in "brief briefs briefes briefe briefen".split()},
    **{f: ("kino", "arzt", "schul", "stadion", "gottesdienst", "theater", "konzert", "messe", "museums",
           "publikums", "zuschauer", "kirchen", "kindergarten", "kranken", "opern", "spiel", "unterrichts",
           "lokal", "restaurant", "bordell", "friseur", "fan", "hausarzt")
       for f in "besuch besuchs besuches besuche besuchen".split()},
}

# Interviews and press talks: media nouns, the words of broadcasting, and
# speech verbs ("sagte X in einem Gespräch mit ..."). Origin: hand-made from
# German press usage.
_MEDIA_WORDS = ("zeitung", "zeitungen", "magazin", "magazins", "sender", "senders", "blatt", "blattes",
                "fernsehen", "rundfunk", "radio", "zeitschrift", "nachrichtenagentur", "agentur", "portal",
                "journalisten", "journalistin", "journalist", "reporter", "reporterin", "medien", "presse",
                "redaktion", "onlineausgabe", "sonntagszeitung", "wochenzeitung", "tageszeitung")
_MEDIA_PARTICIPLES = _w("ausgestrahlten ausgestrahlte ausgestrahltes veröffentlichten veröffentlichte "
                        "gesendeten gesendete gedruckten gedruckte geführten geführte")
_SPEECH_VERBS = _w("sagte sagten sagt sagen gesagt erklärte erklärten erklärt betonte betonten betont meinte "
                   "meinten meint kritisierte kritisierten kritisiert übte übten klagte klagten forderte "
                   "forderten warnte warnten räumte räumten verriet verrieten äußerte äußerten sprach sprachen "
                   "bekräftigte bekräftigten zeigte zeigten kündigte kündigten unterstrich")

# Sports reporting: "trifft im Viertelfinale auf", "traf zum Ausgleich",
# "empfängt im Hinspiel". Origin: hand-made from German sports news.
_SPORTS_WORDS = _w("tor tore toren treffer ausgleich schuss kopfball elfmeter freistoß eckball corner einwurf "
                   "abseits abseitsposition minute minuten saison spiel spiels partie match runde viertelfinale "
                   "halbfinale achtelfinale finale finaleinzug liga bundesliga tabellenführer spitzenreiter "
                   "hinspiel rückspiel heimspiel auswärtsspiel satz sätzen sätze fußballer spieler mannschaft "
                   "team klub club verein gegner turnier meisterschaft weltmeisterschaft champions "
                   "qualifikation sieg niederlage punkte saisonende tabelle")
_SPORTS_SUFFIXES = ("liga", "finale", "treffer", "turnier", "trainer")

# Crowds that welcome someone ("von Tausenden Menschen empfangen"): no meeting.
_CROWD_WORDS = _w("menschen zuseher zuschauer fans anhänger jubel publikum gläubige gläubigen besucher "
                  "schaulustige schaulustigen pilger")
# What one attends rather than visits ("die Schule besuchen").
_ATTEND_WORDS = _w("schule schulen schüler schülerinnen unterricht kurs kurse kurses klasse klassen gymnasium "
                   "volksschule hauptschule unterstufe oberstufe universität uni studenten studierende "
                   "lehrveranstaltung lehrveranstaltungen vorlesung vorlesungen kindergarten ausstellung "
                   "vorstellung vorstellungen website webseite seite homepage")
# Contracts: what concludes one, and what makes it a state, not an event.
_CONCLUDE_WORDS = _w("unterzeichnet unterzeichnete unterzeichneten unterzeichnen unterschrieben unterschrieb "
                     "unterschreiben geschlossen schloss schlossen schließen abgeschlossen ratifiziert "
                     "ratifizierte ratifizierten vereinbart vereinbarten verlängert verlängerte verlängerten "
                     "ausgehandelt unterzeichnung ratifizierung abschluss")
_STATE_WORDS = _w("laufend laufende laufenden laufender läuft lief liefen gelaufen steht stehen stand "
                  "erhält erhielt erhalten bekommt bekam bekommen besitzt")

EVENT_LEXICON = EventLexicon(
    verbs=_VERBS,
    nouns=_NOUNS,
    partner_verbs=_w("traf trafen trifft treffen getroffen"),
    separable={"räumte": "ein", "räumten": "ein", "kündigte": "an", "kündigten": "an"},
    statement_verbs=_w("bestätigte bestätigten räumte räumten eingeräumt kündigte kündigten angekündigt"),
    weak_verbs=_w("vereinbarten vereinbarte vereinbart"),
    confirm_nouns=_CONFIRM_NOUNS,
    recipient_nouns=_RECIPIENT_NOUNS,
    talk_nouns=_TALK_NOUNS,
    talk_idiom_preps=_w("im"),
    exact_nouns=_w("reise"),
    troop_words=_TROOP_WORDS,
    announce_prefixes=_ANNOUNCE_PREFIXES,
    future_aux=_w("wird werden"),
    schedule_modals=_w("soll sollen"),
    schedule_verbs=_w("stattfinden abgehalten"),
    expect_words=_w("erwartet geplant vorgesehen"),
    before_preps=_w("vor"),
    participation_preps=_w("bei beim in im während auf nach vor zu zum zur seit"),
    np_preps=_w("mit zwischen an von"),
    between_preps=_w("zwischen"),
    place_preps=_w("in im nach"),
    prepositions=_PREPOSITIONS,
    definite=_DEFINITE,
    indefinite=_INDEFINITE,
    conjunctions=_CONJUNCTIONS,
    function_words=_DEFINITE | _INDEFINITE | _PREPOSITIONS | _CONJUNCTIONS | _AUX | _OTHER_FUNCTION,
    hypothetical=_HYPOTHETICAL,
    background=_BACKGROUND,
    just_happened=_JUST_HAPPENED,
    past_aux=_PAST_AUX,
    pluperfect_aux=_w("hatte hatten"),
    preterite=_w("traf trafen empfing empfingen zusammentrafen unterschrieb"),
    channel_words=_CHANNEL_WORDS,
    reflexive=_w("sich"),
    role_nouns=_ROLE_NOUNS,
    role_suffixes=_ROLE_SUFFIXES,
    demonym_forms=dict(DEMONYM_FORMS),
    place_forms=dict(PLACE_FORMS),
    compound_allowed=_COMPOUND_ALLOWED,
    compound_blocked=_COMPOUND_BLOCKED,
    idiom_preps=_w("ins"),
    speech_verbs=_SPEECH_VERBS,
    media_words=_MEDIA_WORDS,
    media_participles=_MEDIA_PARTICIPLES,
    sports_words=_SPORTS_WORDS,
    sports_suffixes=_SPORTS_SUFFIXES,
    pairing_preps=_w("auf"),
    location_dets=_w("dem einem seinem ihrem diesem jenem unserem"),
    crowd_words=_CROWD_WORDS,
    receive_verbs=_w("empfing empfingen empfängt empfangen"),
    attend_words=_ATTEND_WORDS,
    contract_heads=_w(_CONTRACT_FORMS),
    conclude_words=_CONCLUDE_WORDS,
    state_words=_STATE_WORDS,
    state_preps=_w("unter"),
    name_preps=_w("von"),
    negation=_w("kein keine keinen keinem keiner keines"),
    intensifiers=_w("sehr besonders äußerst überaus ganz recht ziemlich höchst eher"),
    generic_quantifiers=_w("alle allen aller solche solcher solchen mehrere mehrerer viele vieler zahlreiche "
                           "zahlreichen zahlreicher etliche etlicher einige einiger manche mancher jedes jede "
                           "jeder jedem"),
)
