"""Events: patterns of German reporting that the second Wikinews tuning set
showed (a tagger's missing features, the past of modals, role nouns of
organisations), in real-looking German sentences through the whole analysis."""
from __future__ import annotations

import pytest

from chronik.ids import article_id
from chronik.pipeline import analyze
from chronik.records import Article


LEAD = ("Der Autozulieferer Brenner hat am Montag in Stuttgart einen neuen Vorstandschef vorgestellt.\n\n"
        "Der bisherige Chef hatte im Januar nach Streit mit den Eigentümern sein Amt niedergelegt.\n\n")


def test_a_plain_present_after_the_lead_is_generic_whatever_tag_the_verb_got(events):
    # the tagger gives "liefern" a mood and a tense but no verb form: still a finite present
    found = events(LEAD + "Die beiden Firmen liefern für den Konzern vor allem Kabel.",
                   published="2024-03-12")
    assert [e.predicate for e in found] == ["vorstellen", "niederlegen"]


def test_a_weak_preterite_tagged_as_a_present_is_still_a_past(events):
    # "ordneten" gets Tense=Pres from the tagger; the stem of "ordnen" with -ten is its past
    found = events(LEAD + "Erstmals ordneten die Behörden die Räumung der Stadt an.", published="2024-03-12")
    # the clearance ordered is a happening of its own (an action noun with its genitive object)
    assert [e.predicate for e in found] == ["vorstellen", "niederlegen", "anordnen", "Räumung"]


@pytest.mark.parametrize("text, expected", [
    ("Die Feuerwehr konnte am Mittwoch um fünf Uhr abrücken.", ["abrücken"]),
    ("Im Mai musste die Reederei Insolvenz anmelden.", ["anmelden"]),
    # the present and the Konjunktiv tell what is possible or needed, not what was done
    ("Die Feuerwehr kann am Mittwoch abrücken.", []),
    ("Die Reederei müsste im Mai Insolvenz anmelden.", []),
])
def test_the_past_of_koennen_and_muessen_tells_what_was_done(events, text, expected):
    assert [e.predicate for e in events(text)] == expected


def test_jeweils_shares_out_and_makes_no_habit(events):
    # "jeweils" is "each" here: one happening in several places, not a habit
    found = events("Die beiden Mannschaften erzielten am Samstag jeweils zwei Tore.")
    assert [(e.predicate, e.date) for e in found] == [("erzielen", "2024-03-16")]


def test_an_indefinite_event_noun_a_clause_took_place_in_is_a_happening_of_its_date(events):
    found = events("Die Sängerin Maria Lenz starb 1982 bei einem Autounfall.")
    assert [(e.type, e.predicate, e.roles, e.date) for e in found] == [
        ("death", "sterben", (("Maria Lenz", "patient"),), "1982"),
        ("accident", "Autounfall", (("Maria Lenz", "patient"),), "1982")]


def test_an_indefinite_event_noun_feared_is_none(events):
    found = events("Aus Angst vor einem erneuten Anschlag blieben die Geschäfte geschlossen.")
    assert [e.predicate for e in found] == []


def test_a_currency_tagged_as_a_name_is_no_party(events):
    found = events("Karten, die vermutlich aus den Kontingenten von Händlern stammten, wurden am Montag zu Preisen "
                   "von bis zu 1.450 Euro schwarz verkauft.")
    assert [(e.predicate, e.roles) for e in found] == [("verkaufen", ())]


@pytest.mark.parametrize("text, expected", [
    # the noun is part of the name the text gave
    ("Die Meyer Werft in Papenburg hat am Montag ein Kreuzfahrtschiff übergeben. Die Werft hatte im Mai "
     "Kurzarbeit angemeldet.",
     [("übergeben", (("Meyer Werft", "agent"),)), ("anmelden", (("Meyer Werft", "agent"),))]),
    # a kind of company: the company the text named last
    ("Der Stahlkonzern ThyssenKrupp hat am Montag seine Zahlen vorgelegt. Das Unternehmen hatte im Mai 2000 Stellen "
     "gestrichen.", [("vorlegen", (("ThyssenKrupp", "agent"),)), ("streichen", (("ThyssenKrupp", "agent"),))]),
])
def test_a_definite_noun_stands_for_the_organisation_named_with_it(events, text, expected):
    assert [(e.predicate, e.roles) for e in events(text)] == expected


def test_the_subject_of_haben_parsed_as_the_main_verb_is_who_did_it(events):
    # the parser makes "hat" the root and "angehoben" its complement with a subject of its own
    found = events("Die Ratingagentur Fitch hat am Freitag die Bonität des Landes Portugal um zwei Stufen "
                   "auf „BBB“ "
                   "angehoben.")
    # (the land whose rating it is undergoes it: the genitive of what the verb acts on)
    assert [(e.predicate, e.roles) for e in found] == [("anheben", (("Fitch", "agent"), ("Portugal", "patient")))]


@pytest.mark.parametrize("text, expected", [
    ("Gegenüber Spiegel Online berichtete Michael Gordon davon, dass er den Sprecher angerufen habe.",
     [("statement", "berichten"), ("call", "anrufen")]),
    ("Ein Sprecher der Polizei sagte am Abend gegenüber der Presse, der Mann sei gefasst worden.",
     [("statement", "sagen"), ("other", "fassen")]),
    # said to a colleague: a saying, no interview
    ("Der Minister sagte am Montag gegenüber seinem Kollegen, er werde zurücktreten.",
     [("resignation", "zurücktreten")]),
])
def test_a_saying_to_the_press_is_an_interview(events, text, expected):
    assert [(e.type, e.predicate) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # the tagger reads the participle that opens the sentence as a noun
    ("Abgelöst wird der alte Hubschrauber im Mai durch ein neues Modell.", ["ablösen"]),
    ("Verkauft werden sollen im Mai höchstens 74,9 Prozent der Anteile.", ["verkaufen"]),
    # a manner of speaking stays none
    ("Genau genommen ist das kein Problem.", []),
])
def test_a_participle_put_first_before_its_auxiliary_is_no_verb_first_clause(events, text, expected):
    assert [e.predicate for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # "un-" before a participle makes an adjective
    ("Spanien und Kroatien sind im Turnier bislang ungeschlagen.", []),
    # an adjective in -en tagged as a past verb: a weak past has its -t-
    ("Sie ist verantwortlich für einen pünktlichen und vor allem sicheren Flugverkehr in der Bundesrepublik.", []),
    ("Die Familien verbrachten den Sommer am Meer.", ["verbringen"]),
])
def test_adjectives_tagged_as_verbs_are_no_happenings(events, text, expected):
    assert [e.predicate for e in events(text)] == expected


def test_a_name_hung_below_a_time_parsed_as_the_subject_is_the_subject(events):
    found = events("Heute Morgen um 06:35 Uhr ist Fürst Albert von Lirien im Alter von 81 Jahren in der Klinik "
                   "gestorben.")
    assert [(e.predicate, e.roles) for e in found] == [("sterben", (("Albert von Lirien", "patient"),))]


@pytest.mark.parametrize("text", [
    "Der Analyst Robert Halm kommentierte am Freitag: „Die Erwartungen sind hoch.“",
    "Die Agentur begründet die bessere Bewertung damit, dass das Land Fortschritte gemacht habe.",
    "Die Regierung denkt darüber nach, die Steuer zu senken.",
    "Eine Änderung der Verträge strebt sie an.",
    "Der letzte November mit vergleichbaren Zahlen liegt 15 Jahre zurück.",
])
def test_commenting_thinking_over_aiming_and_lying_back_are_no_happenings(events, text):
    assert [e.predicate for e in events(text)] == []


@pytest.mark.parametrize("text, expected", [
    # a modal or future before a passive infinitive puts the happening ahead: no publication date
    ("Das Werk in Laupheim soll an den Konzern Diehl verkauft werden.", [("verkaufen", "announced", None)]),
    ("Der Täter soll den Mann in der Nacht geschlagen haben.", [("schlagen", "happened", "2024-03-20")]),
])
def test_a_passive_infinitive_under_sollen_or_werden_is_announced(events, text, expected):
    assert [(e.predicate, e.status, e.date) for e in events(text)] == expected


def test_an_indirect_question_opening_the_sentence_is_not_told_as_fact(events):
    assert [e.predicate for e in events("Welche Netzbetreiber den Sender in ihre Netze einspeisen, ist aber nicht "
                                        "zu erfahren.")] == []


def test_the_start_after_ab_is_the_date_of_a_change(events):
    found = events("Der Hersteller Osram hebt ab Donnerstag die Preise für Lampen um 20 Prozent an.",
                   published="2024-03-12")
    assert [(e.predicate, e.status, e.date) for e in found] == [("anheben", "announced", "2024-03-14")]


def test_a_relative_clause_in_the_lead_takes_no_publication_date(events):
    found = events("Ein Gericht in Kiew hat das Urteil gegen die frühere Ministerin bestätigt. Es ging um einen "
                   "Vertrag, der mit Russland abgeschlossen wurde.", published="2024-03-12")
    assert [(e.predicate, e.date, e.date_basis) for e in found] == [
        ("bestätigen", "2024-03-12", "published"), ("abschließen", None, None)]


def test_a_pluperfect_is_background_also_where_the_participle_is_untagged(events):
    # "aufgenommen" gets no verb form from the tagger; its ge- makes it a participle
    found = events("Die Mutter hatte sofort Kontakt mit der Polizei in Hannover aufgenommen.", published="2024-03-12")
    assert [(e.predicate, e.date) for e in found] == [("aufnehmen", None)]


@pytest.mark.parametrize("text, expected", [
    # the tagger gives "spielen" no verb form and "erfolgen" a mood: after "wird"/"soll" they are infinitives
    ("Die Mannschaft wird gegen Kroatien spielen.", [("spielen", "announced", None)]),
    ("Die Taufe des Schiffes soll in New York erfolgen.", [("erfolgen", "announced", None)]),
])
def test_an_infinitive_after_werden_or_sollen_is_announced_whatever_its_tag(events, text, expected):
    assert [(e.predicate, e.status, e.date) for e in events(text, published="2024-03-12")] == expected


@pytest.mark.parametrize("text, expected", [
    ("Die Parade wurde am Samstag aus Sicherheitsgründen abgesagt.", [("decision", "absagen")]),
    ("Damals waren Teilnehmer von Umstehenden zusammengeschlagen worden.", [("attack", "zusammenschlagen")]),
    ("Die Feuerwehr rückte am Montag mit sechzig Männern an.", [("deployment", "anrücken")]),
    ("Er hat am Montag das Amt des Bürgermeisters übernommen.", [("appointment", "übernehmen")]),
])
def test_types_of_cancelling_beating_moving_out_and_taking_office(events, text, expected):
    assert [(e.type, e.predicate) for e in events(text)] == expected


@pytest.mark.parametrize("text, expected", [
    ("Am Samstag gab es einen Übergriff auf Demonstranten in Belgrad.", [("attack", "Übergriff", "2024-03-16")]),
    ("Im letzten Jahr hat es einen Übergriff auf das Festival gegeben.", [("attack", "Übergriff", "2023")]),
    ("Es gab keinen Übergriff.", []),
])
def test_es_gab_makes_its_event_noun_a_happening(events, text, expected):
    assert [(e.type, e.predicate, e.date) for e in events(text)] == expected


def test_a_celebration_is_a_meeting(events):
    found = events("Bei der anschließenden Feier im Rathaus sprach der Bürgermeister am Montag mit den Gästen.")
    assert [(e.type, e.predicate) for e in found] == [("meeting", "Feier")]


def test_a_passive_under_a_modal_hung_elsewhere_is_a_possibility(events):
    # the parser hangs "darf" on the name; the participle keeps only "werden"
    found = events("Der Bundestag hat am Freitag einem Gesetz zugestimmt. Demnach darf die Deutsche Flugsicherung "
                   "GmbH (DFS) privatisiert werden.", published="2024-03-12")
    assert [e.predicate for e in found] == ["zustimmen"]


def test_a_place_the_recognizer_took_for_a_person_is_no_antecedent_of_er(toolkit):
    # the recognizer sometimes tags a country as a person ("auf Monaco/PER aufmerksam"); a pronoun
    # after it stands for the person named before, not for the place
    from dataclasses import replace

    from chronik.extract.events import extract_events
    from chronik.extract.view import ArticleView

    text = ("Fürst Albert von Lirien residierte seit 1949 in Monaco. Die Presse wurde 1956 auf Monaco "
            "aufmerksam. Am Montag traf er in Paris den Präsidenten.")
    article = Article(id=article_id(text), source="test", title=None, published="2024-03-12", authors=(),
                      agencies=(), language="de", outlet=None, text=text)
    doc = analyze(article, toolkit)
    second = text.index("Monaco", text.index("1956"))
    mentions = tuple(replace(m, label="PER") if m.start == second else m for m in doc.mentions)
    view = ArticleView(text, doc.tokens, doc.sentences, doc.syntax, mentions, doc.timexes, article.published,
                       toolkit.lang.quotes.marks, toolkit.lang.grammar, toolkit.core.lemmas)
    found = extract_events(view, toolkit.lang.events)
    assert [(e.predicate, e.roles) for e in found if e.predicate == "treffen"] == [
        ("treffen", (("Albert von Lirien", "agent"),))]


def test_a_subordinate_clause_hung_under_the_main_clauses_werden_stays_active(events):
    found = events("Fürst Albert von Lirien residierte seit 1949. Er war es, der Monaco zur Metropole des Jetset "
                   "machte. Die Öffentlichkeit wurde 1956 auf Monaco aufmerksam, als er die Sängerin Maria Lenz "
                   "heiratete.")
    assert [(e.predicate, e.roles) for e in found if e.predicate == "heiraten"] == [
        ("heiraten", (("Albert von Lirien", "agent"), ("Maria Lenz", "patient")))]


@pytest.mark.parametrize("text, expected", [
    # an action noun with its genitive or "von" object names one happening; the object undergoes it
    ("Nach der Festnahme des Verdächtigen Karl Moser sprach die Polizei von einem Erfolg.",
     ("Festnahme", "arrest", (("Karl Moser", "patient"),))),
    ("Der Verband kritisierte die Schließung der Filialen.", ("Schließung", "other", ())),
    ("Die Partei bestätigte die Übermittlung eines Protokolls.", ("Übermittlung", "letter", ())),
    ("Die Stadt begann mit der Räumung von 300 Häusern.", ("Räumung", "other", ())),
    ("Im Sommer gab es eine Änderung der Statistik.", ("Änderung", "other", ())),
])
def test_an_action_noun_with_its_genitive_object_is_a_happening(events, text, expected):
    found = [(e.predicate, e.type, e.roles) for e in events(text) if e.predicate[0].isupper()]
    assert found == [expected]


@pytest.mark.parametrize("text", [
    "Die Schließung von Schulen ist ein schwerer Eingriff.",   # "von" with a bare plural: a kind
    "Eine Änderung der Verträge strebt sie an.",               # aimed at, not told as one
    "Die völlige Abschaffung von Bargeld ist kein Thema.",     # "von" with a bare mass noun: a kind
    "Die Opposition verlangte die Schließung der Grenze.",     # demanded, not told as done
    "Der Bürgermeister plädiert für die Öffnung des Bades.",   # the topic of a plea
    "Eine Öffnung des Arbeitsmarkts würde die Löhne senken.",  # "eine" alone: a possibility
    "Die Öffnung des Arbeitsmarkts würde die Löhne senken.",   # told in the Konjunktiv II: a possibility
])
def test_an_action_noun_without_a_specific_object_is_no_happening(events, text):
    assert [e.predicate for e in events(text) if e.predicate[0].isupper()] == []


def test_the_label_of_an_action_noun_names_its_object_with_von(events):
    found = events("Nach der Festnahme von Karl Moser sprach die Polizei von einem Erfolg.")
    assert [e.label for e in found if e.predicate == "Festnahme"] == ["Festnahme von Moser"]


def test_the_label_of_an_action_noun_keeps_the_article_of_a_genitive_name(events):
    found = events("Nach der Festnahme des Verdächtigen Karl Moser sprach die Polizei von einem Erfolg.")
    assert [e.label for e in found if e.predicate == "Festnahme"] == ["Festnahme von Moser"]
    found = events("Nach dem Zusammenbruch der Sowjetunion kühlten die Beziehungen ab.")
    assert [e.label for e in found if e.predicate == "Zusammenbruch"] == ["Zusammenbruch der Sowjetunion"]


def test_an_action_noun_with_its_object_after_a_light_verb_is_the_happening(events):
    found = events("Am Montag erfolgte die Übermittlung eines Protokolls.")
    assert [(e.predicate, e.date) for e in found] == [("Übermittlung", "2024-03-18")]


def test_a_name_the_parse_hangs_twice_on_an_action_noun_has_one_role(events):
    found = events("Der Minister dankte für die Hilfe bei der Rückeroberung der Region Kursk.")
    assert [(e.roles, e.label) for e in found if e.predicate == "Rückeroberung"] == [
        ((("Kursk", "patient"),), "Rückeroberung von Kursk")]
