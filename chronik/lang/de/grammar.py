"""German case forms that are exact: which pronouns and determiners can only
be nominative, and which never are. The language core's parse is repaired
with them where it contradicts the form (``Die Todesurteile wandelte er um``:
``er`` is the subject whatever the parser says). Origin: German grammar
(Duden, the declension of personal pronouns and articles)."""
from __future__ import annotations

from dataclasses import dataclass


# Separable verb particles (Duden grammar, "trennbare Verben"): the only words that join a verb's
# lemma when the parse hangs them on it as its particle ("nahm ... fest": festnehmen), not an
# adverb it misreads as one ("unwiederbringlich vernichtet"). Only particles that are always
# separable; "über", "unter", "durch", "um", "wieder" also begin inseparable verbs (TWO_WAY).
SEPARABLE_PARTICLES = frozenset(
    "ab an auf aus bei dar ein fest fort frei her hin hinaus hinein heraus herein los mit nach vor "
    "vorbei weg weiter zu zurück zusammen bekannt statt teil kennen fern hoch entgegen gegenüber "
    "nieder empor voran voraus herbei hervor heran herum hinzu hinweg zurecht vorüber bereit fertig "
    # (and "wett", "auseinander", only ever a verb's particle: "wettmachen", "auseinandersetzen"; not
    # "gut", "tot", "offen", mostly an adverb or adjective of their own, nor "davon", "dagegen", mostly
    # a verb's object: "berichtete davon, dass")
    "wett auseinander".split())
TWO_WAY_PARTICLES = ("wieder", "unter", "durch", "über", "um")
# Verbs with a two-way particle that are separable (Duden, "trennbare Verben"; the stressed particle):
# where a verb-final clause leaves the particle on the finite verb ("dass er nochmals durchstartet",
# "weil die Regierung die Reform durchsetzt") the form cannot show it, so a label ("startet durch") needs
# the verb named. Only verbs whose inseparable reading is rare in news ("wiederholen", "übersetzen",
# "umfahren", "durchbrechen", "übergehen" read both ways and are left out).
SEPARABLE_TWO_WAY_VERBS = frozenset(
    "durchstarten durchführen durchsetzen durchgreifen durchhalten durchkommen durchfallen durchsickern "
    "durchdrehen durchbringen durchgehen durchlesen durchrechnen durchspielen durchatmen durchwinken "
    "umsetzen umstellen umsteigen umziehen umkommen umbringen umdenken umkehren umschalten umbauen "
    "umlenken umtauschen umfallen umkippen umwandeln umbenennen umrüsten umschulen umschwenken "
    "umverteilen umgestalten umwerfen umsiedeln umleiten umbilden umbesetzen umschichten "
    "untergehen unterkommen unterbringen untertauchen überlaufen überkochen "
    "wiederkommen wiedereröffnen wiederfinden wiedersehen wiederwählen wiedergeben".split())
# The genitive articles (Duden, declension of "der", "ein"): a phrase they open after a noun is its owner
# ("Schließung der Banken", "aus dem Büro des Bürgermeisters").
GENITIVE_ARTICLES = frozenset(("der", "des", "eines", "einer"))


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class Grammar:
    nominative_pronouns: frozenset[str]  # can only be a subject
    oblique_pronouns: frozenset[str]     # never a subject
    oblique_determiners: frozenset[str]  # a phrase they begin is never a subject (singular nouns)
    accusative_determiners: frozenset[str]  # before a singular noun, only an accusative
    indefinite_accusatives: frozenset[str]  # an accusative before any noun: "einen" (ein has no plural)
    dative_plural_endings: tuple[str, ...]  # after "den", a noun so ending may be a dative plural
    nominative_articles: frozenset[str]  # may begin a nominative singular phrase
    masculine_nominatives: frozenset[str]  # nominative only before a masculine noun ("der Regierung": dative)
    plural_subject_articles: frozenset[str]  # begin a nominative (or accusative) plural
    reflexives: frozenset[str]
    relative_pronouns: frozenset[str]
    # finite forms of the auxiliaries and modals that are only plural (third person): "haben", "sind"
    plural_auxiliaries: frozenset[str] = frozenset()
    # conjunctions that open a clause with its verb last ("..., weil X den Vertrag kündigte")
    subordinators: frozenset[str] = frozenset()
    agent_preps: frozenset[str]          # the agent of a passive: "von X", "durch X"
    passive_aux: frozenset[str]          # "wurde ... festgenommen"
    unaccusative: frozenset[str]         # verbs whose subject undergoes the happening: "starb", "geriet"
    objectless: frozenset[str] = frozenset()  # intransitive with the "haben" perfect: "fand statt" takes no object
    receiving: frozenset[str]            # verbs whose subject is the recipient: "erhielt eine Sperre"
    sein_perfect: frozenset[str]         # verbs whose perfect takes "sein": "ist gereist" (else "ist X-t" is a state)
    sein_participles: dict[str, str]     # a participle that is another verb's with "sein": "sind gefallen" -> fallen
    # a reflexive pronoun and the subject pronoun it stands for ("mich": "ich"; "sich" for any third person)
    reflexive_persons: tuple[tuple[str, str], ...] = ()
    # "es gibt X": the placeholder "es" of a verb of existence is no one who acts
    existential_verbs: frozenset[str] = frozenset()
    # verbs that state a measure of their subject ("Das Defizit betrug 3,9 Prozent"): the subject is
    # what is measured (no one who acts: the patient), the accusative the measure (no patient)
    measure_verbs: frozenset[str] = frozenset()
    # verbs whose object, not subject, is the one who does what their infinitive clause says
    # ("forderte ihn auf, zu gehen"; "ließ ihn gehen")
    object_control: frozenset[str] = frozenset()
    # copulas: their subject is what a state is said of ("Der Laden ist/wirkt gepflegt"), never who acts
    copulas: frozenset[str] = frozenset()
    # endings of a weak verb's preterite after its stem: "fällte", "ordneten", "arbeitete" (Duden)
    weak_preterite_endings: frozenset[str] = frozenset(
        e + end for e in ("", "e") for end in ("te", "ten", "test", "tet"))
    # adverbs that open a main clause before the finite verb, which the parser at times makes its
    # subject ("Zuvor/nsubj hatte Gonzalo Higuain/nsubj ..."): never a subject
    clause_adverbs: frozenset[str] = frozenset()
    # a neuter demonstrative that opens a main clause and takes up what was said ("Das gab die Polizei
    # bekannt"): nominative or accusative alike, so with another subject phrase it is the object
    object_demonstratives: frozenset[str] = frozenset()
    # particle verbs whose subject acts although the plain verb's undergoes it ("steigt ins Geschäft ein")
    agentive_particle_verbs: frozenset[str] = frozenset()
    # the gender a third-person singular pronoun shows ("er", "ihn": a man; "sie", "ihr": a woman)
    pronoun_genders: tuple[tuple[str, str], ...] = ()
    # the ending that makes a feminine noun of a person's role ("Richterin", "Kanzlerin"), and the
    # titles that say a person's gender ("Frau Merkel", "Herr Schmidt")
    feminine_role_ending: str = ""
    gendered_titles: tuple[tuple[str, str], ...] = ()


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


# Verbs of motion and change of state, whose perfect is formed with "sein"
# (Duden's grammar); with any other participle "sein" makes a state.
_SEIN_PERFECT = _w(
    "sein werden bleiben gehen kommen fahren fliegen reisen laufen rennen schwimmen springen steigen "
    "sinken fallen stürzen abstürzen sterben versterben umkommen ertrinken wachsen schrumpfen "
    "geschehen passieren gelingen misslingen scheitern begegnen folgen weichen entkommen fliehen "
    "flüchten ziehen umziehen zurückkehren aufbrechen abreisen ankommen eintreffen einreisen "
    "ausreisen auswandern einwandern zurücktreten auftreten eintreten beitreten austreten "
    "aufwachen einschlafen erwachen geraten verschwinden entstehen explodieren einstürzen "
    "zerbrechen platzen verunglücken erkranken genesen aufstehen verreisen landen starten "
    "zurückfahren zurückfliegen zurückkommen losfahren weggehen weglaufen hinausgehen hineingehen "
    "erscheinen auswachsen "
    # "ist auf ... gestoßen" (Duden: "stoßen" mit Perfekt "sein" in der Bedeutung "auf etwas treffen"),
    # "war er hochgeschreckt" (Duden: "schrecken" intransitiv, Perfekt "sein")
    "stoßen hochschrecken aufschrecken zusammenschrecken"
)


GRAMMAR = Grammar(
    nominative_pronouns=_w("ich du er wir"),
    oblique_pronouns=_w("mich mir dich dir ihn ihm uns euch ihnen sich"),
    oblique_determiners=_w("den dem einen einem des eines diesen diesem dieses jenen jenem keinen keinem "
                           "seinen seinem ihren ihrem unseren unserem"),
    accusative_determiners=_w("den einen diesen jenen keinen seinen ihren unseren meinen deinen euren"),
    # Duden Grammatik, Deklination des Artikels and Dativ Plural (the case repairs of extract/syntax_cases.py):
    # "einen" is only an accusative; "den Präsidenten", "den Chefs" may be dative plurals (-n, s-plural -s);
    # "der" is a nominative only before a masculine noun; "des" begins no subject ("Des Weiteren")
    indefinite_accusatives=_w("einen"),
    dative_plural_endings=("n", "s"),
    nominative_articles=_w("der die das ein eine dieser diese dieses kein keine"),
    masculine_nominatives=_w("der"),
    plural_subject_articles=_w("die diese jene keine"),
    reflexives=_w("sich mich mir dich dir uns euch"),
    # German grammar (Duden, Reflexivpronomen: the first and second person use the personal pronoun's
    # accusative and dative, "ich freue mich"; only the third person has "sich")
    reflexive_persons=(("mich", "ich"), ("mir", "ich"), ("dich", "du"), ("dir", "du"), ("uns", "wir"),
                       ("euch", "ihr")),
    relative_pronouns=_w("der die das dem den dessen deren denen welcher welche welches"),
    # German grammar (Duden, Konjugation von haben, sein, werden and the modal verbs: the indicative and
    # subjunctive forms of the first and third person plural; "wir"/"Sie" aside, a subject noun takes
    # them only in the plural)
    plural_auxiliaries=_w("haben hatten hätten sind seien waren wären werden wurden würden können konnten "
                          "könnten müssen mussten müssten dürfen durften dürften sollen sollten wollen wollten"),
    # German grammar (Duden, subordinierende Konjunktionen): the ones that, after a comma, only open a
    # verb-last clause (not "seit", "da", "damit", also a preposition or an adverb there)
    subordinators=_w("dass daß weil ob obwohl obgleich nachdem als ehe bevor während wenn sobald falls "
                     "indem sodass"),
    agent_preps=_w("von vom durch"),
    passive_aux=_w("werden"),
    # Unaccusative verbs (their subject is what happens to it, not who acts):
    # the common ones of news, after Duden's grammar of "sein"-perfect verbs of
    # change of state.
    unaccusative=_w("sterben versterben umkommen ertrinken erfrieren verhungern verunglücken erkranken "
                    "geraten fallen stürzen abstürzen sinken versinken einstürzen zerbrechen platzen "
                    "explodieren verbrennen verschwinden entstehen wachsen schrumpfen steigen erliegen "
                    "gebären erwachen genesen scheitern "
                    # verbs of happening and existence, whose subject is what happens or exists (Duden:
                    # "geschehen" with "sein"-perfect; "stattfinden", "erfolgen"; PropBank's happen.01,
                    # exist.01, take_place: the subject is A1). Not "gelingen": the one who succeeds is
                    # its dative, which the parser often makes the subject ("70 Personen gelang es")
                    "geschehen passieren stattfinden erfolgen existieren entfallen "
                    # more changes of state with the "sein"-perfect only (Duden), none also transitive
                    "verbluten verdursten erblinden zusammenbrechen zerfallen ansteigen anwachsen"),
    # Verbs of receiving: their subject is the one something is given or
    # awarded to, the patient of the guideline ("erhielt den Preis", "bekam
    # eine Sperre"); the giver, if named, is a "von" phrase.
    receiving=_w("erhalten bekommen kriegen"),
    # Verbs of happening and existence that take no accusative object in any reading (Duden: intransitive;
    # "die Sitzung hat stattgefunden", "ist erfolgt"; not "passieren", also "pass a place"): their one bare
    # phrase is the subject, where the parser made it an object ("als ... der reguläre EU-Gipfel/obl stattfindet")
    objectless=_w("stattfinden existieren geschehen erfolgen"),
    sein_perfect=_SEIN_PERFECT,
    # German grammar (Duden, "es gibt" with the accusative of what exists; "es" a placeholder subject)
    existential_verbs=_w("geben"),
    # German grammar (Duden, verbs with an accusative of measure: "betragen", "kosten", "wiegen"; PropBank's
    # amount/cost: the subject A1, the measure A2). Not "dauern": UP German dev reads its subject as A0
    measure_verbs=_w("betragen kosten wiegen"),
    # German grammar (Duden, Kontrolle des Infinitivs: verbs of asking, urging, allowing and forbidding
    # give the infinitive their object as its subject, "bat ihn, zu kommen"; and the accusative with
    # infinitive of "lassen" and the verbs of perception, "ließ ihn gehen", "sah ihn kommen"); every
    # other verb gives it its own subject ("versuchte, ... umzubringen")
    object_control=_w("auffordern bitten raten zwingen aufrufen ermahnen überreden verpflichten erlauben "
                      "verbieten empfehlen helfen lehren ermutigen drängen nötigen veranlassen anweisen "
                      "beauftragen ermächtigen gestatten lassen sehen hören fühlen"),
    # German grammar (Duden, "Kopulaverben": sein, werden, bleiben; and the verbs of seeming that join a
    # subject to an adjective the same way: scheinen, wirken, aussehen); PropBank's be.01, become.01,
    # stay.01, seem.01 make the subject the theme (A1): on Universal Propositions German dev, 250 of
    # the 1180 verb predicates are "sein" alone
    copulas=_w("sein werden bleiben scheinen wirken aussehen"),
    # "hat gefallen" is gefallen (to please), "ist/sind gefallen" is fallen
    # (also: killed in war); the lemma lookup only knows the first.
    sein_participles={"gefallen": "fallen"},
    # German grammar (Duden: Konjunktionaladverbien, and the temporal adverbs that open a main
    # clause): an adverb is no noun phrase, so never the subject; capitalized at the clause's
    # start the tagger at times reads one as a noun ("Demnach/NOUN soll Lula ... einrücken")
    clause_adverbs=_w("zuvor danach davor dazu demnach demzufolge folglich somit damit dann darauf "
                      "daraufhin anschließend später zuletzt zunächst nun jetzt heute gestern morgen "
                      "damals inzwischen unterdessen indes indessen derweil allerdings dennoch "
                      "trotzdem zudem außerdem daher deshalb deswegen dabei schließlich bislang "
                      "bisher jedoch hingegen dagegen ebenfalls immerhin stattdessen überdies erstmals "
                      "erneut bald"),
    # German grammar (Duden: "das", "dies" as demonstrative pronouns, neuter: nominative and accusative
    # share the form)
    object_demonstratives=_w("das dies dieses"),
    # German grammar (Duden, "steigen" with a particle of direction: someone enters, leaves, changes):
    # the subject acts
    agentive_particle_verbs=_w("einsteigen aussteigen umsteigen aufsteigen zusteigen"),
    # German grammar (Duden, personal pronouns of the third person singular; "ihm" is also neuter, "sie"
    # also plural: the reader takes a plural verb's "sie" for a group first)
    pronoun_genders=(("er", "Masc"), ("ihn", "Masc"), ("ihm", "Masc"), ("sie", "Fem"), ("ihr", "Fem")),
    # German grammar (Duden, Movierung: "-in" forms the feminine of a person's noun: "Sprecherin")
    feminine_role_ending="in",
    gendered_titles=(("frau", "Fem"), ("herr", "Masc")),
)
