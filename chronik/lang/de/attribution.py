"""Who gives a number: the frames German news uses to name the source of a figure.

Plain data read by ``chronik.extract.figure_sources`` over the language core's
parse (lemmas, subjects, passive agents). Verbs are lemmas as the language core
writes them, a separable verb with its particle (``mitteilen`` for ``teilte ...
mit``). Origin of each list beside it: general German grammar and news style,
not taken from any article.
"""
from __future__ import annotations

from dataclasses import dataclass

from chronik.lang.de.grammar import GENITIVE_ARTICLES
from chronik.lang.de.roles import ROLE_NOUNS, ROLE_SUFFIXES


@dataclass(frozen=True, slots=True, kw_only=True)
class SourceFrames:
    verbs: frozenset[str]                        # their subject (passive: the von-agent) gives the figure
    from_verbs: tuple[tuple[str, str], ...]      # lemma, preposition of the source ("geht aus X hervor")
    agent_preps: frozenset[str]                  # agent of a passive frame ("von X beziffert")
    from_verb_forms: tuple[tuple[str, str], ...]  # their finite forms at a clause's end, with the lemma
    content_preps: frozenset[str]                # a frame with its own content ("rechnet mit 200")
    frame_marks: frozenset[str]                  # a clause they open is a frame ("wie X berichtete")
    continuation: frozenset[str]                 # adverbs that point back to a source named before
    subjunctive: frozenset[str]                  # Konjunktiv I: the sentence goes on reporting someone
    hypothetical: frozenset[str]                 # Konjunktiv II
    anaphors: frozenset[str]                     # "Dies teilte X mit": the frame covers the sentence before
    not_sources: frozenset[str]                  # pronouns and words that never name who gives a number
    person_pronouns: frozenset[str]              # "sagte er": the person named last before
    nominal_pos: frozenset[str]                  # parts of speech that can head a source
    max_back: int                                # sentences looked back for a source the sentence points to
    max_words: int                               # longest source phrase kept whole
    statement_nouns: frozenset[str] = frozenset()  # "die Ankündigung des Unternehmens, 2.000 Stellen ..."
    restating_verbs: frozenset[str] = frozenset()  # "Das entspricht 30 Prozent": the figure before, restated
    owner_marks: frozenset[str] = frozenset()    # what opens the owner of a statement noun (des, von)
    content_marks: frozenset[str] = frozenset()  # what opens the content after it ("," "dass" ":")
    trailing_so: str = ""                        # "..., so ein Sprecher.": the frame word of a verbless frame
    again_marks: frozenset[str] = frozenset()    # "wie X weiter berichtete": X also gave what came before
    own_marks: frozenset[str] = frozenset()      # "nach eigenen Angaben": the clause's subject is the source
    measure_nouns: frozenset[str] = frozenset()  # what a number measures is never who gives it ("die Quote")
    having_verbs: frozenset[str] = frozenset()   # "zählt 300 Einwohner": a count of members, not a report
    member_nouns: frozenset[str] = frozenset()   # members a place or body counts as its own
    data_nouns: frozenset[str] = frozenset()     # "Zahlen des Ministeriums zeigen ...": who published the numbers
    body_endings: tuple[str, ...] = ()           # a common noun ending so names a body ("Innenministerium")
    direct_marks: frozenset[str] = frozenset()   # words only direct speech has: it goes on quoting
    partitives: frozenset[str] = frozenset()     # "einer der Betreiber": a pronoun heading a member of a group
    addressee_preps: frozenset[str] = frozenset()  # "Gegenüber News gibt X an": whom a report is given to
    credit_line: str = ""                        # "(red, 4.8.2015)": the author's credit that ends a report
    comparison_marks: frozenset[str] = frozenset()  # "stärker als erwartet": a participle compared, no report
    content_verbs: frozenset[str] = frozenset()  # frames only with their content ("geht davon aus")
    content_adverbs: frozenset[str] = frozenset()  # pronominal adverbs standing for that content
    content_verb_preps: frozenset[str] = frozenset()  # the preposition of that content ("sprach von 300")
    relative_post: frozenset[str] = frozenset()  # "eine Umfrage, derzufolge ...": the noun before gives it
    relatives: frozenset[str] = frozenset()      # "der zufolge", written apart
    relative_content: str = ""                   # "eine Studie, wonach ...": only after a noun of stating
    time_nouns: frozenset[str] = frozenset()     # "die Monate Jänner", "das Vorjahr": a time is never a source
    source_preps: frozenset[str] = frozenset()   # "laut X", "gemäß X": the phrase they open gives it
    survey_nouns: tuple[str, ...] = ()           # "In einer Umfrage des X sagten 25 Prozent ...": endings
    survey_preps: frozenset[str] = frozenset()   # the prepositions that place a number in a survey
    circle_nouns: tuple[str, ...] = ()           # "in Justizkreisen", "aus Regierungskreisen": endings
    circle_preps: frozenset[str] = frozenset()
    circle_excluded: tuple[str, ...] = ()
    confirming_verbs: frozenset[str] = frozenset()  # "bestätigte diese Zahl": a frame taking up what was said
    possessives: frozenset[str] = frozenset()    # "Seinen Angaben zufolge": the statements of one named before
    unnamed_nouns: frozenset[str] = frozenset()  # "nach vorläufigen Erkenntnissen": no one named
    continuation_post: str = "zufolge"           # the postposition of "Den Angaben zufolge"
    claim_nouns: frozenset[str] = frozenset()    # "Diese Angabe": with a demonstrative, the claim itself
    demonstratives: frozenset[str] = frozenset()  # "bestätigte diese Zahl": the object points back
    definite_dets: frozenset[str] = frozenset()  # "Die Angaben der X lassen sich nicht prüfen": pointing back
    object_articles: frozenset[str] = frozenset()  # "eine Bürgerin dem Standard": they end a source phrase
    phrase_stops: frozenset[str] = frozenset()   # "die Zeitung unter Berufung auf ...": they end it too
    oblique_articles: frozenset[str] = frozenset()  # "einen Ansatz": an article no subject has
    anaphoric_adverbs: frozenset[str] = frozenset()  # "Darüber informierte X": a fronted one takes up the news
    anaphoric_adjectives: frozenset[str] = frozenset()  # "bestätigte einen entsprechenden Bericht"
    hearsay: frozenset[str] = frozenset()        # "soll", "sollen": the reporter passes on what others say
    impersonal_verbs: frozenset[str] = frozenset()  # "hieß es": a source only with "es"
    result_verbs: frozenset[str] = frozenset()  # "kommt in der Umfrage auf 33 Prozent": a finding, no deed
    comment_verbs: frozenset[str] = frozenset()  # "wie die APA erfuhr": a source only in a "wie" clause
    genitive_articles: frozenset[str] = frozenset()  # "aus dem Büro des Bürgermeisters": the owner goes with it
    finding_verbs: frozenset[str] = frozenset()  # "stieß darauf, dass ...": its subject found what follows
    finding_adverbs: frozenset[str] = frozenset()
    conclusion_verbs: frozenset[str] = frozenset()  # "kommt zu dem Ergebnis": with a noun of conclusion
    conclusion_preps: frozenset[str] = frozenset()
    conclusion_nouns: frozenset[str] = frozenset()
    colon_nouns: frozenset[str] = frozenset()    # "zog Bilanz:": with a colon, they announce the figures after it
    nominative_articles: frozenset[str] = frozenset()  # "Der Bürgermeister": with a masculine noun, a subject
    lead_words: frozenset[str] = frozenset()     # words before the head of a source phrase ("Laut", "Einer")
    time_heads: tuple[str, ...] = ()             # compound time nouns end so ("Geschäftsjahr", "Vormonat")
    measure_heads: tuple[str, ...] = ()          # compound measure nouns end so ("Arbeitslosenquote")
    noun_endings: tuple[str, ...] = ()           # inflection endings of a noun's forms ("Monat-e", "Jahr-es")
    role_nouns: frozenset[str] = frozenset()     # "Der Minister ... , sagte er": a person the pronoun stands for
    role_suffixes: tuple[str, ...] = ()          # heads of compound role nouns ("Polizeisprecher")


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


SOURCE_FRAMES = SourceFrames(
    # Verbs of saying, reporting, counting and estimating whose subject vouches for
    # what the clause says. Origin: the verba dicendi of German agency copy (as the
    # speech verbs of lang/de/statements.py, after SpkAtt-2023's cue verbs, less those of
    # demanding, praising and thanking) and Duden's
    # verbs of estimating and stating a number (schätzen, beziffern, veranschlagen).
    # Also Duden's verbs of arguing and computing aloud (argumentieren, vorrechnen, hochrechnen,
    # konstatieren, darlegen, verraten "to disclose"), and "herausfinden" of studies.
    # Left out: verbs whose subject is what the number is about ("verzeichnete einen
    # Umsatz") and demands ("fordert 500 Euro"); "zählen" only where it counts no
    # members (``having_verbs``: "zählt 300 Mitarbeiter").
    verbs=_w(
        "sagen erklären berichten melden vermelden mitteilen bestätigen angeben bekanntgeben verkünden "
        "ankündigen informieren schreiben betonen unterstreichen hervorheben ergänzen hinzufügen erläutern "
        "äußern versichern sprechen nennen zitieren verlauten "
        "meinen beteuern bekräftigen behaupten antworten erwidern entgegnen anmerken einräumen "
        "zugeben schildern beschreiben warnen bedauern beklagen kritisieren bezweifeln bilanzieren feststellen "
        "schätzen einschätzen beziffern veranschlagen taxieren errechnen berechnen ermitteln registrieren "
        "vermuten annehmen befürchten fürchten erwarten prognostizieren rechnen ausgehen "
        "ergeben zeigen belegen zählen argumentieren vorrechnen kalkulieren hochrechnen konstatieren präzisieren "
        "darlegen verraten klarstellen herausfinden "
        # verbs of accusing (Duden): the accuser states what the accused did ("Die Staatsanwaltschaft
        # wirft ihm vor, 200.000 Euro veruntreut zu haben")
        "vorwerfen anlasten"
    ),
    # Frames whose source is a prepositional phrase. Origin: German news formulas
    # ("geht aus einem Bericht hervor", "erfuhr AFP aus Regierungskreisen",
    # "hieß es aus dem Ministerium", "heißt es in dem Bericht", "hieß es bei der Feuerwehr").
    from_verbs=(("hervorgehen", "aus"), ("erfahren", "aus"), ("heißen", "aus"), ("heißen", "in"),
                ("heißen", "im"), ("heißen", "von"), ("heißen", "vom"), ("heißen", "seitens"),
                ("heißen", "bei"), ("heißen", "beim"), ("heißen", "vonseiten"),
                ("verlauten", "aus")),
    # Finite forms of the separable frames of ``from_verbs`` as a verb-final clause writes them in one
    # word, which the tagger may read as an adjective ("wie aus der Statistik hervorgeht/ADJ").
    # Origin: German conjugation (Duden).
    from_verb_forms=(("hervorgeht", "hervorgehen"), ("hervorging", "hervorgehen"), ("hervorgingen", "hervorgehen"),
                     ("hervorgehe", "hervorgehen"), ("verlautet", "verlauten"), ("verlautete", "verlauten")),
    agent_preps=_w("von vom durch seitens"),
    # Prepositions of the content of an estimate ("rechnet mit", "geht von ... aus",
    # "beziffert auf"). Origin: German valency (Duden).
    content_preps=_w("mit von vom auf"),
    # Origin: German grammar ("wie" opening a comment clause: "wie die Polizei mitteilte").
    frame_marks=_w("wie"),
    # the particle of comparison before a bare participle ("weniger stark als erwartet", "höher als
    # befürchtet"; Duden: Vergleichspartikel "als"): an expectation compared with, no one's report
    comparison_marks=_w("als"),
    # Origin: German grammar (anaphoric adverbs of reported content).
    continuation=_w("demnach demzufolge zufolge"),
    # Konjunktiv I of the auxiliaries and modals, third person (Duden, indirect speech);
    # the forms shared with the indicative or with Konjunktiv II are left out.
    subjunctive=_w("sei seien habe werde könne müsse solle wolle dürfe möge gebe liege stehe gehe komme bleibe"),
    # Konjunktiv II, which stands in for Konjunktiv I in indirect speech where the forms coincide
    # with the indicative (Duden); also hypothetical, so it only continues a source named before.
    hypothetical=_w("würde würden wäre wären hätte hätten könnte könnten müsste müssten"),
    anaphors=_w("dies das diese dieses"),
    not_sources=_w("es man das dies diese dieses was wer wie ich wir du ihr sie er sich der die den dem"),
    person_pronouns=_w("er sie"),
    nominal_pos=_w("NOUN PROPN"),
    # the indefinite pronouns that head a partitive genitive ("einer der Betreiber", "eine der Anwältinnen";
    # Duden, Grammatik: Indefinitpronomen mit partitivem Genitiv)
    partitives=_w("einer eine eines"),
    # the preposition of the addressee of a report ("gegenüber der APA"; Duden: gegenüber, 'zu jemandem')
    addressee_preps=_w("gegenüber"),
    # the credit line Austrian and German outlets close a report with: authors' initials or agencies and
    # the date in brackets ("(red, 4.8.2015)", "(APA, Reuters, 12.3.2016)", "(mahr, 10.2.2016)"); what follows
    # (a fact box, the next report) is no one's answer
    credit_line=r"\((?:[A-Za-zÄÖÜäöüß]{2,12}\s*[,/]\s*){1,4}\d{1,2}\.\s?\d{1,2}\.\s?\d{2,4}\)",
    # "Dem Militär zufolge ... . 31 weitere wurden demnach verletzt"; indirect speech runs on for
    # several sentences in Konjunktiv I ("..., erklärte X. Dies könne ... . Das UNHCR müsse ... .
    # Ohne ... sei ...")
    max_back=3,
    max_words=8,
    # Nouns of stating and estimating (Duden: nominalized verbs of saying and of
    # putting a number on something); their genitive or von-phrase names who states it.
    statement_nouns=_w("ankündigung ankündigungen mitteilung angabe angaben schätzung schätzungen prognose "
                       "prognosen berechnung berechnungen erklärung aussage aussagen einschätzung darstellung "
                       "meldung bericht studie umfrage umfragen erhebung hochrechnung zahlen daten"),
    owner_marks=_w("des der von vom"),
    # Origin: German grammar (an anaphor as subject of a verb of equivalence restates
    # the figure of the sentence before: "Das entspricht ...", "Dies bedeutet ...").
    restating_verbs=_w("entsprechen bedeuten"),
    # Origin: German grammar (an infinitive clause or a dass-clause as the content of a noun).
    content_marks=frozenset((",", ":", "dass")),
    # Origin: German news style ("..., so die Polizei"; Duden, "so" as a comment word).
    trailing_so="so",
    # Origin: German news style ("wie die Polizei weiter mitteilte", "hieß es weiter"); not "zudem",
    # which adds a new fact ("Zudem erwartet einen ...").
    again_marks=_w("weiter ferner"),
    # Origin: German news style ("nach eigenen Angaben", "eigenen Angaben zufolge").
    own_marks=_w("eigenen eigener"),
    # Nouns of measure (Duden: "Maßangabe"), lemmas. Also the amounts a business or budget report
    # puts a number on (Duden: "Kosten", "Schaden" 2, "Umsatz", "Defizit"), the object of a verb of
    # estimating ("Die Weltbank schätzt das Wachstum auf 3 Prozent", "Die Stadt beziffert die Kosten
    # mit 40 Millionen Euro"), never who gives the number; not "Ausgabe", also a paper's issue.
    measure_nouns=_w("quote rate anteil wert summe betrag höhe menge niveau prozentsatz durchschnitt zahl anzahl "
                     "kosten schaden wachstum defizit überschuss umsatz gewinn verlust einnahmen schulden "
                     "minus plus volumen preis"),
    # "zählen" means "to have" with members as its object (Duden, "zählen" 4).
    having_verbs=_w("zählen"),
    member_nouns=_w("einwohner bewohner mitglied mitglieder mitarbeiter beschäftigte angestellte kunde kunden "
                    "nutzer abonnent abonnenten studierende schüler gemeinde gemeinden"),
    # Nouns for a body of published numbers (Duden: "Zahlen" 2, "Daten", "Statistik"); with an
    # owner they name who gives the numbers of their own sentence ("In Zahlen des Ministeriums
    # ausgedrückt: ...") or of the sentence after one that announces them ("..., zeigen neue
    # Zahlen der Behörde. Demnach ..."). Word forms.
    data_nouns=_w("zahlen daten statistik statistiken"),
    # Direct speech without quotation marks (as 10kGNAD prints it) goes on after "..., so X." or
    # "..., sagte X.": the first person (German grammar: the reporter writes of others in the third
    # person) and the editor's note inside a quote ("(innerhalb der EU, Anm.)", Austrian press style).
    direct_marks=_w("ich wir mir mich uns unser unsere unseren unserer unserem mein meine meinen meiner anm"),
    # "ausgehen" reports an assumption only with "von"/"davon" (Duden, "ausgehen" 9); otherwise it
    # means "to end" ("Das Votum ging 58 zu 42 aus").
    # "sprechen" reports a number only with its content ("sprach von 300 Toten"); otherwise its object
    # is a language ("sprechen zu Hause Deutsch").
    content_verbs=_w("ausgehen sprechen"),
    content_adverbs=_w("davon"),
    # their content's preposition: a number in a phrase it opens is that content, also where the
    # parser hung the phrase on another word ("sprach am Abend von 3.000"); not "sprach mit 30 Journalisten"
    content_verb_preps=_w("von vom"),
    # Relative forms of "zufolge" (Duden: "derzufolge", "demzufolge" as relative adverbs, also
    # written "der zufolge"), and the relative adverb "wonach" (Duden, "wonach" 2: "nach dem", "eine
    # Studie, wonach ..."): the relative clause reports what its antecedent says.
    relative_post=_w("derzufolge denenzufolge wonach"),
    # of these, the one that also opens the content of any noun ("der Vorschlag, wonach ..."): it reports
    # only after a noun of stating or reporting
    relative_content="wonach",
    relatives=_w("der dem denen"),
    # Nouns of time spans and points (Duden: "Zeitangabe"; the units and seasons of
    # lang/de/time.py), lemmas in lower case: a phrase they head names when, not who
    # ("die Monate Jänner brachten ...", "Das Vorjahr zeigte ..."). Weekdays and months are
    # time expressions the recognizer marks; seasons and "Morgen" are left out, being surnames too,
    # and "Zeit", the name of a weekly ("wie die Zeit berichtet").
    time_nouns=_w("tag woche monat quartal jahr jahrzehnt jahrhundert halbjahr stunde minute sekunde nacht "
                  "abend vormittag nachmittag mittag wochenende zeitraum periode phase saison semester "
                  "frühjahr anfang ende beginn mitte"),
    # Prepositions of attribution phrases and articles, which may open a phrase capitalized
    # ("Laut", "Nach", "Einer Studie ... zufolge"). Origin: German grammar.
    lead_words=_w("laut nach gemäß von vom seitens zufolge aus der die das dem den des ein eine einer einem "
                  "eines einen"),
    # Forms of the articles that are never nominative (Duden, declension of "der" and "ein"):
    # a noun they open is no subject of a frame verb, however the parser hung it.
    oblique_articles=_w("den dem des einen einem eines"),
    # Articles that with a masculine singular noun are nominative only (Duden, declension of "der",
    # "ein", "kein", "dieser"): "Der Bürgermeister bezifferte die Kosten" has its subject before
    # the verb, and the phrase after it is the object, though "die" could open a subject.
    nominative_articles=_w("der ein kein dieser"),
    # Nouns of a summing up that, as a verb's object before a colon, announce the numbers after it
    # ("Die Polizei zog Bilanz: 120 Anzeigen", "legte die Ergebnisse vor: ..."), besides
    # ``data_nouns`` and ``statement_nouns``. Origin: Duden ("Bilanz" 2, "Ergebnis", "Einzelheiten").
    colon_nouns=_w("bilanz ergebnisse ergebnis einzelheiten details"),
    # Pronominal adverbs and adjectives that take up what was just said (Duden: "darüber", "davon";
    # "entsprechend" 2, "besagt"): fronted before a confirming verb, or on its object, the frame
    # covers the sentence before ("Darüber informierte der Vorstand die Belegschaft", "Ein Sprecher
    # bestätigte einen entsprechenden Bericht").
    anaphoric_adverbs=_w("darüber davon"),
    anaphoric_adjectives=_w("entsprechend besagt"),
    # "erfahren" (Duden, "erfahren" 1: to learn of) names the outlet that reports what it learned only
    # in the comment clause of news style ("wie die APA erfuhr"); elsewhere its subject learns news.
    comment_verbs=_w("erfahren"),
    # Verbs that state where a measured subject stands (Duden: "kommen auf", "liegen bei", "erreichen",
    # "halten bei", "landen bei"): in a survey ("In der Umfrage kommt die FPÖ auf 33 Prozent") the
    # number is what the survey found, not something its subject did.
    result_verbs=_w("kommen liegen erreichen halten landen"),
    # "heißen" reports only impersonally ("hieß es aus dem Ministerium", Duden "heißen" 4); with another
    # subject it means "to mean" ("Das heißt im Umkehrschluss: ...").
    impersonal_verbs=_w("heißen"),
    # The modal of hearsay (Duden, "sollen" 6: "er soll reich sein"), its present forms.
    hearsay=_w("soll sollen"),
    # after the noun of a source phrase read from the words they open its owner ("hieß es aus dem Büro
    # des Bürgermeisters")
    genitive_articles=GENITIVE_ARTICLES,
    # "zu dem Ergebnis/Schluss kommen", "zu der Einschätzung gelangen" (Duden, "Schluss" 3: "zu dem
    # Schluss kommen", to conclude): its subject, a study or its authors, found what the clause says.
    conclusion_verbs=_w("kommen gelangen"),
    # "darauf stoßen, dass ..." (Duden, "stoßen" 7: to come upon a finding): with the pronominal adverb
    # and its content clause the subject reports what it found; not "stieß auf 300 Pflanzen".
    finding_verbs=_w("stoßen"),
    finding_adverbs=_w("darauf"),
    conclusion_preps=_w("zu zum zur"),
    conclusion_nouns=_w("ergebnis schluss fazit befund einschätzung erkenntnis schlussfolgerung"),
    # Of these, the dative and accusative ones: after a noun they cannot open its attribute (which is
    # genitive or prepositional), so they open the addressee or object ("sagte ein Sprecher dem ORF").
    object_articles=_w("den dem einen einem"),
    # Prepositions of the reference and the addressee of a report ("unter Berufung auf", "gegenüber
    # dem ORF"), which the parser may hang on the source's noun: they are no part of it.
    phrase_stops=_w("unter gegenüber"),
    # Prepositions that name the source of what the clause says (Duden: "laut", "gemäß"), read
    # from the parse where the phrase is too long for the patterns of chronik.extract.figures.
    source_preps=_w("laut gemäß"),
    # Nouns of surveys and reports (Duden; those of ``statement_nouns`` that hold numbers), as word
    # endings so that compounds count ("AMS-Erhebung", "Online-Umfrage"): a number in a clause
    # placed in one ("In einer Umfrage des Verbandes sagten 25 Prozent ...", "In Medienberichten war
    # von 300 Toten die Rede") is what it found. Not
    # "Untersuchung", which after "bei" is an investigation, nor "Befragung", which ends "Volksbefragung".
    survey_nouns=("umfrage", "studie", "erhebung", "hochrechnung", "auswertung", "statistik", "bericht"),
    survey_preps=_w("in im bei beim"),
    # "Kreise" (Duden: "Kreis" 4, a group of people in the know), the anonymous source of news
    # style: "in Regierungskreisen", "aus Sicherheitskreisen", with or without a frame verb.
    circle_nouns=("kreisen",),
    # Districts and groups that are no informants ("in den Landkreisen", "im Freundeskreis").
    circle_excluded=("landkreis", "wahlkreis", "stadtkreis", "verwaltungskreis", "lesekreis", "freundeskreis",
                     "familienkreis", "bekanntenkreis"),
    circle_preps=_w("in aus"),
    # A definite or demonstrative article before a plural noun of stating ("Die Angaben der
    # Beobachtungsstelle lassen sich nicht überprüfen", "Diese Zahlen des Ministeriums"): the
    # statements just made. Origin: German grammar (anaphoric definite noun phrases).
    definite_dets=_w("die diese"),
    # Demonstrative articles (Duden, "dieser"): a frame's object they open is what was said before
    # ("Das Ministerium bestätigte diese Zahl am Montag.").
    demonstratives=_w("diese dieser diesen dieses diesem"),
    # Of the nouns of stating, those naming the content, not a document ("Diese Angabe kommt aus dem
    # Ministerium" names the claim; "Dieser Bericht zeigt" names a source). Word forms.
    claim_nouns=_w("angabe angaben schätzung schätzungen aussage aussagen prognose prognosen zahl zahlen daten"),
    # Nouns of what is known or reported that name no one by themselves ("nach vorläufigen
    # Erkenntnissen", "Informationen zufolge"); in a sentence that points back ("demnach", Konjunktiv)
    # or with an anaphoric article ("nach diesen Angaben") the source is the one named before.
    unnamed_nouns=_w("erkenntnissen erkenntnis informationen information berichten meldungen"),
    # Possessive articles of the third person (Duden): "Seinen Angaben zufolge", "nach ihrer Schätzung".
    possessives=_w("sein seine seinen seiner seinem ihr ihre ihren ihrer ihrem"),
    # The frame verbs that take up a statement as their object (Duden: confirming, naming,
    # reporting), not those that judge it ("kritisierte diese Zahlen").
    confirming_verbs=_w("bestätigen nennen melden vermelden mitteilen bekanntgeben berichten angeben verkünden "
                        "informieren"),
    # Heads of compound time nouns ("Geschäftsjahr", "Vorjahresquartal", "Kalenderwoche"); not
    # "tag", which also ends the names of assemblies ("Bundestag", "Landtag").
    time_heads=("jahr", "monat", "quartal", "woche", "jahrzehnt", "halbjahr", "semester"),
    # Heads of compound measure nouns ("Arbeitslosenquote", "Marktanteil",
    # "Siegchance"), from ``measure_nouns`` and Duden's nouns of likelihood; not "rate", which also ends
    # the plural of "-rat" ("Magistrate").
    measure_heads=("quote", "anteil", "summe", "betrag", "niveau", "durchschnitt", "chance",
                   "wahrscheinlichkeit", "prozentsatz"),
    # German noun inflection (Duden: plural and genitive endings), for matching word forms to lemmas.
    noun_endings=("", "e", "n", "en", "s", "es", "er", "ern"),
    # Endings of nouns naming a public body or firm that publishes numbers, for owners the
    # recognizer leaves unnamed ("des Innenministeriums"). Origin: the organisation heads of
    # lang/de/entities.py that publish statistics; "-stelle" and "-dienst" of offices
    # ("Beobachtungsstelle", "Erdbebendienst").
    # Role nouns of persons (lang/de/roles.py, the list every stage shares): a subject they head is a
    # person a later "er"/"sie" of a frame verb stands for ("Der Finanzminister verteidigte das Budget.
    # ..., sagte er").
    role_nouns=ROLE_NOUNS,
    role_suffixes=ROLE_SUFFIXES,
    body_endings=("ministerium", "amt", "behörde", "institut", "polizei", "regierung", "verband", "bank",
                  "kommission", "agentur", "konzern", "unternehmen", "firma", "stelle", "dienst"),
)
