"""Events (``chronik.extract.event_happenings`` and the status it reads): a present passive of a kind, the
content clause of a duty, a word that is no verb, a negation after a mid-clause ``aber`` and the content of
``keine Gewissheit`` report no happening, each beside the happening the same pattern must keep, in German
news sentences through the whole analysis."""
from __future__ import annotations

# Two lead sentences: what follows is read as the body of an article.
LEAD = ("Der Autozulieferer Brenner hat am Montag in Stuttgart einen neuen Vorstandschef vorgestellt.\n\n"
        "Der bisherige Chef hatte im Januar nach Streit mit den Eigentümern sein Amt niedergelegt.\n\n")


def body(events, text: str) -> list[str]:
    return [e.predicate for e in events(LEAD + text)[2:]]


# -- a present passive of a kind, or with no subject, after the lead ----------------------------------
def test_a_present_passive_of_a_kind_is_generic(events):
    assert body(events, "Zudem werden nun fast alle Android-Einstellungen synchronisiert.") == []
    assert body(events, "Dann wird diskutiert und vernetzt.") == []
    assert body(events, "Zudem werden bei Basile Themen angesprochen, die auch heute noch aktuell sind.") == []


def test_a_present_passive_of_one_thing_or_dated_stays(events):
    assert body(events, "Die früheren Angestellten werden des Diebstahls beschuldigt.") == ["beschuldigen"]
    assert body(events, "Ähnliche Verbrechen werden dem Angeklagten auch im Kongo zur Last gelegt.") == ["legen"]
    assert body(events, "Am Montag werden alle Einstellungen synchronisiert.") == ["synchronisieren"]


# -- the content clause of an infinitive under a modal -------------------------------------------------
def test_the_content_of_a_duty_is_no_happening(events):
    found = events("Die Türkei muss wie jedes andere Land, das über einen Beitritt verhandelt, sicherstellen, "
                   "dass die Menschenrechte eingehalten werden.")
    assert [e.predicate for e in found] == []
    assert body(events, "Ein eigenes Orchester soll dafür sorgen, dass nicht nur CDs abgespielt werden.") == []


def test_a_content_clause_told_as_done_stays(events):
    found = events("Der Konzern musste zugeben, dass er die Abgaswerte manipuliert hat.")
    assert [e.predicate for e in found] == ["manipulieren"]
    found = events("Die Banken müssen keine neuen Pläne vorlegen, wie die Bank of England am Dienstag "
                   "in London mitteilte.")
    assert [e.predicate for e in found] == ["mitteilen"]


# -- a word the tagger took for a verb -------------------------------------------------------------------
def test_an_adverb_or_a_numeral_is_no_verb(events):
    found = events("Sie setzte sich am Samstag gegen die ehemalige Nummer eins, Viktoria Asarenka, durch.")
    assert [e.predicate for e in found] == ["durchsetzen"]


# -- a negation after a mid-clause "aber" -------------------------------------------------------------------
def test_a_negation_after_a_mid_clause_aber_negates(events):
    assert body(events, "Die Tür wurde ihr am Abend geöffnet, hinaus kam sie aber nicht mehr.") == ["öffnen"]


def test_a_negation_after_aber_and_a_verb_of_its_own_negates_that_verb_alone(events):
    assert body(events, "Der Fahrer hielt am Abend in Linz an, aber stieg nicht aus.") == ["anhalten"]


def test_keine_gewissheit_leaves_its_clause_open(events):
    found = events("Die Ermittler haben noch keine Gewissheit, dass sie den Attentäter gefasst haben.")
    assert [e.predicate for e in found] == []


# -- what someone asks for or aims at --------------------------------------------------------------------
def test_an_infinitive_after_a_noun_of_request_is_no_happening(events):
    assert body(events, "Unlängst hat uns ein Freund einen Text geschickt, mit der Bitte, ihn auf Fehler "
                        "hin durchzulesen.") == ["schicken"]
    assert body(events, "Der Mann wurde am Montag angeklagt wegen Verschwörung mit dem Ziel, eine "
                        "ausländische Terrororganisation zu unterstützen.") == ["anklagen"]


def test_an_infinitive_or_dass_clause_after_a_verb_of_asking_is_no_happening(events):
    assert body(events, "Der Sondergesandte forderte am Donnerstag in Genf, die Waffenruhe dringend "
                        "wiederzubeleben.") == []
    assert body(events, "Die Opposition verlangte am Montag, dass die Regierung sofort zurücktritt.") == []


def test_an_infinitive_after_a_verb_of_saying_or_doing_stays(events):
    assert body(events, "Der Konzern kündigte am Montag an, das Werk in Linz zu schließen.") == ["ankündigen", "schließen"]
    assert body(events, "Die Polizei teilte am Montag mit, dass der Täter gefasst wurde.") == ["mitteilen", "fassen"]


# -- a date only on the other side of a colon ----------------------------------------------------------
def test_a_date_after_a_colon_does_not_date_the_generic_present_before_it(events):
    assert body(events, "Ankara ereilen weitere schlechte Nachrichten: Auf das Kulturzentrum in Stockholm "
                        "wurde am Mittwoch ein Bombenanschlag verübt.") == ["Bombenanschlag", "verüben"]


def test_a_date_on_the_verbs_side_dates_a_present(events):
    assert body(events, "Als 1861 der Bürgerkrieg beginnt, stellt Tubman eine Gruppe von Kundschaftern "
                        "zusammen.") == ["zusammenstellen"]


# -- an indirect question with "woher", "gehören" with a participle -----------------------------------------
def test_an_indirect_question_with_woher_is_no_happening(events):
    assert body(events, "Der Minister erklärte am Montag in Wien, woher das Geld für den Ausbau kommen "
                        "soll.") == []


def test_gehoeren_with_a_participle_is_an_obligation(events):
    assert body(events, "Das gehöre intern diskutiert.") == []
    assert body(events, "Der Sprecher sagte, die Vorwürfe seien am Montag intern diskutiert worden.") == ["diskutieren"]


# -- the record a page keeps of its text (DFKI SmartData, CC BY 4.0) -------------------------------------
def test_the_record_a_page_keeps_of_its_text_is_no_happening(events):
    assert body(events, "Artikel veröffentlicht: Montag, 18.04.2016 18:53 Uhr") == []
    assert body(events, "10.03.16 | 15:24 Uhr | 1 mal gelesen | dpa.de") == []
    assert body(events, "26.02.2016      - aktualisiert vor 3 Minuten") == []
    assert body(events, "Zuletzt aktualisiert am 5.3.2016 um 05:36 Uhr") == []
    assert body(events, "Pressetext verfasst von Kathy Eichholz am Mi, 2016-01-06 12:29.") == []
    assert body(events, "Hinzugefügt von SW · abgelegt unter: Alle Agenturen , Politik") == []


def test_a_headline_that_names_what_was_published_stays(events):
    assert body(events, "OHB SE: Vorläufige Ergebnisgrößen 2015 und Ausblick 2016 veröffentlicht") == ["veröffentlichen"]
    assert body(events, "Das Ministerium hat den Bericht am Montag veröffentlicht.") == ["veröffentlichen"]


def test_what_a_web_form_replies_to_its_reader_is_no_happening(events):
    assert body(events, "Ihr Link wurde erfolgreich eingesendet.") == []
    assert body(events, "Ihre Korrekutr wurde erfolgreich gesendet.") == []


def test_a_sending_told_in_the_news_stays(events):
    assert body(events, "Die Daten wurden am Montag erfolgreich übermittelt.") == ["übermitteln"]


# -- "dazu kommt": a circumstance or an argument added (DFKI SmartData, CC BY 4.0) -----------------------
def test_kommen_after_an_opening_dazu_adds_a_circumstance(events):
    assert body(events, "Dazu kam der kräftige südwestliche Wind über der Nordsee.") == []
    assert body(events, "Hinzu kommt, dass die Preise gestiegen sind.") == ["steigen"]


def test_kommen_with_its_own_place_stays(events):
    assert body(events, "Der Minister kam am Montag nach Berlin.") == ["kommen"]
