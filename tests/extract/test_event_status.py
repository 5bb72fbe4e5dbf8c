"""Event status (``chronik.extract.event_time_place``): happened or announced, read from the tense, a
schedule, a plan and the time a clause names. Sentences in the style of the 10kGNAD news texts, most
without a publication date (as the draws of 10kGNAD are read), so a weekday cannot be resolved."""
from __future__ import annotations

import pytest


def statuses(found):
    return [(e.trigger, e.status) for e in found]


# one rule family a row: the sentence and (trigger, status) of each event found
READINGS = [
    # "sollen" with the perfect infinitive reports a past (Duden: Modalverben, reportative "sollen")
    ("Ein Polizist soll in der Nacht auf einen Flüchtenden geschossen haben.", [("geschossen", "happened")]),
    # with the plain infinitive it puts the happening ahead
    ("Die Entscheidung über den Standort soll im Herbst fallen.", [("fallen", "announced")]),
    # an announced infinitive with "lassen", parsed as a complement clause
    ("Die Bürgermeisterin kündigte an, den Bescheid prüfen zu lassen.", [("prüfen", "announced")]),
    # "bevorstehen" tells what lies ahead
    ("Der Regierung steht eine schwierige Abstimmung bevor.", [("steht", "announced")]),
    # an event noun as the occasion of a future clause lies ahead with it
    ("Die Ministerin wird bei der Landtagswahl im Mai kandidieren.",
     [("Landtagswahl", "announced"), ("kandidieren", "announced")]),
]


@pytest.mark.parametrize(("text", "expected"), READINGS, ids=[r[1][0][0] for r in READINGS])
def test_status_of_plans_schedules_and_reports(events, text, expected):
    assert statuses(events(text, None)) == expected


def test_a_present_with_an_unresolved_weekday_is_a_schedule(events):
    found = events("Die Mannschaft empfängt am Samstag den Tabellenführer.", None)
    assert statuses(found) == [("empfängt", "announced")]
    found = events("Der Gipfel der Staats- und Regierungschefs findet am Donnerstag in Brüssel statt.", None)
    assert statuses(found) == [("Gipfel", "announced")]
    found = events("Beim Treffen am Freitag wird über neue Hilfen beraten.", None)
    assert statuses(found) == [("Treffen", "announced"), ("beraten", "announced")]


def test_a_past_with_a_weekday_happened(events):
    found = events("Die Mannschaft besiegte am Samstag den Tabellenführer.", None)
    assert statuses(found) == [("besiegte", "happened")]


def test_a_weekday_that_dates_another_noun_leaves_the_present_as_read(events):
    found = events("Der Minister reist vor dem Treffen am Freitag nach Wien.", None)
    assert statuses(found) == [("reist", "happened"), ("Treffen", "announced")]


def test_with_a_publication_date_the_weekday_resolves_ahead(events):
    found = events("Der Gipfel der Staats- und Regierungschefs findet am Donnerstag in Brüssel statt.", "2024-03-20")
    assert [(e.trigger, e.status, e.date) for e in found] == [("Gipfel", "announced", "2024-03-21")]
