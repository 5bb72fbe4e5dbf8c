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


def test_a_wenn_or_als_clause_after_a_date_happens_at_it(events):
    # Duden (Temporalsatz): "im Jahr 1815, als ...": the clause says what happened at that time
    found = events("Die Schlacht endete im Jahr 1815, als die Truppen die Stadt verließen.", "2024-03-20")
    assert [(e.trigger, e.date) for e in found] == [("Schlacht", "1815"), ("verließen", "1815")]


def test_a_narrowing_day_stands_in_the_same_stretch_of_the_clause(events):
    # "1849" dates the dying; the day of a yearly visit told after the verbs does not narrow it
    found = events("Das Grab des 1849 verstorbenen Schriftstellers Karl Maier wird seit 58 Jahren immer am "
                   "19. Januar, dem Geburtstag Maiers, von einem Unbekannten besucht.", "2024-03-20")
    assert [(e.trigger, e.date) for e in found] == [("verstorbenen", "1849"), ("besucht", None)]


def test_a_simple_past_passive_goes_on_from_the_dated_sentence_before(events):
    # Duden (Passiv, Präteritum): "wurden getötet" narrates as the simple past does: the toll of the
    # blast told right before, on its day; not the pluperfect
    text = "Eine Bombe explodierte am Samstag in Beirut. Zwei Menschen wurden getötet und drei verletzt."
    found = events(text, "2009-12-27")
    assert [(e.trigger, e.date, e.date_basis) for e in found] == [
        ("explodierte", "2009-12-26", "text"), ("getötet", "2009-12-26", "text"), ("verletzt", "2009-12-26", "text")]
    found = events("Eine Bombe explodierte am Samstag in Beirut. Zwei Menschen waren getötet worden.", "2009-12-27")
    assert [(e.trigger, e.date) for e in found] == [("explodierte", "2009-12-26"), ("getötet", None)]


def test_two_dates_joined_by_und_or_oder_give_no_one_date(events):
    # Duden (disjunktive Konjunktion): "Ende 2010 oder Anfang 2011" is either time, "2009 und 2010" both
    found = events("Der Kleinwagen soll in Europa Ende 2010 oder Anfang 2011 produziert und zuerst in Spanien "
                   "verkauft werden.", "2009-01-16")
    assert [(e.trigger, e.date) for e in found] == [("produziert", None), ("verkauft", None)]
    found = events("In den Jahren 2009 und 2010 sollen insgesamt 1.000 Fahrzeuge mit Batterien fahren.", "2009-01-16")
    assert [(e.trigger, e.date) for e in found] == [("fahren", None)]


def test_the_state_passive_is_no_news_of_the_day(events):
    # Duden (Zustandspassiv): "anklagen" takes "haben" in the perfect; with "sein" its participle
    # tells a state, so the lead's present takes no publication date
    text = "Heute begann in Oslo der Prozess gegen die mutmaßlichen Täter. Wegen Raubes sind fünf Norweger angeklagt."
    found = events(text, "2006-02-14")
    assert [(e.trigger, e.date, e.date_basis) for e in found] == [
        ("Prozess", "2006-02-14", "text"), ("angeklagt", None, None)]


def test_a_year_over_two_calendar_years_gives_no_one_year(events):
    found = events("Einen Verlust von 1,7 Milliarden Euro im Geschäftsjahr 2010/2011 weist der Konzern aus.",
                   "2011-12-02")
    assert [(e.trigger, e.date) for e in found] == [("weist", None)]
    found = events("Der Verein stieg in der Saison 2010/11 ab.", "2011-12-02")
    assert [(e.trigger, e.date) for e in found] == [("stieg", None)]
