"""Event dates (``chronik.extract.event_time_place``): which time expression dates a happening, and when
the publication date does. Own sentences in the style of German news."""
from __future__ import annotations


def dates(found):
    return [(e.trigger, e.date, e.date_basis) for e in found]


def test_a_time_after_fuer_is_the_time_of_what_was_set_up(events):
    # Duden, "für" (temporal): "für Montag" names when the session is to be, not when the inviting was;
    # the present perfect of the lead is then the news of the day
    found = events("Die Landesregierung hat für Montag zu einer Sondersitzung des Ausschusses geladen.", "2024-03-20")
    assert dates(found) == [("geladen", "2024-03-20", "published")]
    found = events("Der Verband lud für Montag zu einem Treffen ein.", "2024-03-20")
    assert dates(found) == [("lud", None, None)]


def test_a_time_after_fuer_dates_the_happening_set_up(events):
    # the session set up for Monday (2024-03-20 is a Wednesday: the coming Monday)
    found = events("Die Landesregierung will die Sitzung für Montag ansetzen.", "2024-03-20")
    assert [(e.trigger, e.date, e.status) for e in found] == [("Sitzung", "2024-03-25", "announced")]


def test_a_span_counted_back_from_now_gives_no_day(events):
    found = events("In den vergangenen zwei Wochen hat der Kurs um zwölf Prozent zugelegt.", "2024-03-20")
    assert dates(found) == [("zugelegt", None, None)]
    # a span within the day leaves the news of the day dated
    found = events("In den letzten Stunden hat der Kurs um zwölf Prozent zugelegt.", "2024-03-20")
    assert dates(found) == [("zugelegt", "2024-03-20", "published")]
