"""German temporal expressions: every pattern family with its publication date and exact value."""
from __future__ import annotations

import pytest

from chronik.extract.timexes import RULES, _compile, _first_chars, extract_timexes
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.time import TIME_LEXICON


def timexes(text, published):
    toks = tokenize(text, ABBREVIATIONS)
    return extract_timexes(text, toks, split_sentences(text, toks), TIME_LEXICON, published)


def one(text, published, span):
    """The timex whose text is ``span`` (exactly one must exist)."""
    found = [t for t in timexes(text, published) if t.text == span]
    assert len(found) == 1, [(t.text, t.value) for t in timexes(text, published)]
    return found[0]


# (sentence, published, span, type, value, mod)
CASES = [
    # absolute dates in all common spellings
    ("Die Meldung stammt vom 15.08.2025.", "2025-01-01", "15.08.2025", "DATE", "2025-08-15", None),
    ("Japan hatte am 15. August 1945 im Zweiten Weltkrieg kapituliert.", "2025-08-15", "15. August 1945", "DATE", "1945-08-15", None),
    ("Das Treffen fand am 3. September 2025 in Peking statt.", None, "3. September 2025", "DATE", "2025-09-03", None),
    ("Die Zahlen gelten seit Aug. 2024.", "2025-08-13", "Aug. 2024", "DATE", "2024-08", None),
    ("Der Angriff begann am 1.9.39 um 4:45 Uhr.", "2011-02-16", "1.9.39", "DATE", "1939-09-01", None),
    ("Er starb 490 v. Chr. in Athen.", "2011-02-16", "490 v. Chr.", "DATE", "BC0490", None),
    # months and years
    ("Nordkorea bestätigte im April den Einsatz von Truppen.", "2025-08-13", "April", "DATE", "2025-04", None),
    ("Und im Juli 2025 versprach Nordkorea weitere Soldaten.", "2025-12-27", "Juli 2025", "DATE", "2025-07", None),
    ("Ukrainische Streitkräfte starteten im August 2024 eine Offensive.", None, "August 2024", "DATE", "2024-08", None),
    ("Im Jahr 2019 begann der Bau.", "2025-08-13", "Jahr 2019", "DATE", "2019", None),
    ("Im Oktober soll der Gipfel stattfinden.", "2025-08-13", "Oktober", "DATE", "2025-10", None),
    ("Im Oktober kam es zu Protesten.", "2025-08-13", "Oktober", "DATE", "2024-10", None),
    # weekdays
    ("Putin und Kim hätten am Dienstag telefoniert, berichtete KCNA.", "2025-08-13", "Dienstag", "DATE", "2025-08-12", None),
    ("Das Treffen, das am vergangenen Samstag stattfand, war herzlich.", "2025-08-13", "vergangenen Samstag", "DATE", "2025-08-09", None),
    ("Die Gespräche gehen kommenden Freitag weiter.", "2025-08-15", "kommenden Freitag", "DATE", "2025-08-22", None),
    ("Am Samstagabend wurde gefeiert.", "2025-08-13", "Samstagabend", "TIME", "2025-08-09TEV", None),
    ("Am Freitag treffen sich Trump und Putin in Alaska.", "2025-08-15", "Freitag", "DATE", "2025-08-15", None),
    ("Der Laden öffnet dienstags.", "2025-08-15", "dienstags", "SET", "XXXX-WXX-2", None),
    # relative days
    ("Gestern wurde der Vertrag unterzeichnet.", "2025-08-13", "Gestern", "DATE", "2025-08-12", None),
    ("Vorgestern kam die Delegation an.", "2025-08-13", "Vorgestern", "DATE", "2025-08-11", None),
    ("Die Abstimmung ist morgen.", "2025-08-13", "morgen", "DATE", "2025-08-14", None),
    ("Heute beginnt der Gipfel.", "2025-08-13", "Heute", "DATE", "2025-08-13", None),
    ("Die Brücke steht bis heute.", "2025-08-13", "heute", "DATE", "PRESENT_REF", None),
    ("Er sprach gestern Abend im Fernsehen.", "2025-08-13", "gestern Abend", "TIME", "2025-08-12TEV", None),
    # weeks
    ("Diese Woche tagt der Rat.", "2025-08-13", "Diese Woche", "DATE", "2025-W33", None),
    ("Ende vergangener Woche kam es zu Kämpfen.", "2025-08-13", "Ende vergangener Woche", "DATE", "2025-W32", "END"),
    # relative years and months
    ("Beide unterzeichneten im vergangenen Jahr einen Pakt.", "2025-08-15", "vergangenen Jahr", "DATE", "2024", None),
    ("Pjöngjang entsandte im letzten Jahr Soldaten.", "2025-12-27", "letzten Jahr", "DATE", "2024", None),
    ("Der Krieg endete vor 80 Jahren.", "2025-09-03", "vor 80 Jahren", "DATE", "1945", None),
    ("Die Preise stiegen im Vormonat stark.", "2025-08-13", "Vormonat", "DATE", "2025-07", None),
    ("Der Umsatz lag über dem Vorjahr.", "2025-08-13", "Vorjahr", "DATE", "2024", None),
    ("Im kommenden Jahr wird gewählt.", "2025-08-13", "kommenden Jahr", "DATE", "2026", None),
    # parts and seasons
    ("Sie wurden Anfang des Jahres verstärkt.", "2025-08-13", "Anfang des Jahres", "DATE", "2025", "START"),
    ("Die Reform gilt ab Ende 2024.", "2025-08-13", "Ende 2024", "DATE", "2024", "END"),
    ("Mitte Mai kam es zu Gefechten.", "2025-08-13", "Mitte Mai", "DATE", "2025-05", "MID"),
    ("Nordkorea hat im Herbst 2024 Soldaten entsandt.", "2025-08-13", "Herbst 2024", "DATE", "2024-FA", None),
    ("Waffen wurden bis in diesem Sommer geliefert.", "2025-12-27", "diesem Sommer", "DATE", "2025-SU", None),
    ("Im ersten Quartal 2025 sank die Produktion.", "2025-08-13", "ersten Quartal 2025", "DATE", "2025-Q1", None),
    ("Das geschah im 19. Jahrhundert.", "2025-08-13", "19. Jahrhundert", "DATE", "18", None),
    ("In den 1990er Jahren wuchs die Stadt.", "2025-08-13", "1990er Jahren", "DATE", "199", None),
    # times
    ("Von afp 15.08.2025 - 16:38 Uhr", "2025-08-15", "16:38 Uhr", "TIME", "2025-08-15T16:38", None),
    # durations
    ("Der Krieg dauert seit drei Jahren an.", "2025-08-13", "drei Jahren", "DURATION", "P3Y", None),
    ("Die Feuerpause hielt zwei Wochen.", "2025-08-13", "zwei Wochen", "DURATION", "P2W", None),
    ("Das Ultimatum läuft 72 Stunden.", "2025-08-13", "72 Stunden", "DURATION", "PT72H", None),
    ("Nach einer dreitägigen Reise kam er an.", "2025-08-13", "dreitägigen", "DURATION", "P3D", None),
    ("Die Armee hat seit Jahrzehnten keinen Kampfeinsatz gehabt.", "2025-12-27", "Jahrzehnten", "DURATION", "PXDE", None),
    ("Die Verhandlungen dauerten mehr als zwei Wochen.", "2025-08-13", "mehr als zwei Wochen", "DURATION", "P2W", "MORE_THAN"),
    # vague references and sets
    ("Kim versprach auch in Zukunft Unterstützung.", "2025-08-13", "Zukunft", "DATE", "FUTURE_REF", None),
    ("Derzeit sind mehr als 6000 Soldaten im Einsatz.", "2025-12-27", "Derzeit", "DATE", "PRESENT_REF", None),
    ("Derzeit laufen Gespräche.", "2025-12-27", "Derzeit", "DATE", "PRESENT_REF", None),
    ("Die Zeitung erscheint täglich.", "2025-12-27", "täglich", "SET", "P1D", None),
]


@pytest.mark.parametrize("text,published,span,typ,value,mod", CASES)
def test_pattern_families(text, published, span, typ, value, mod):
    t = one(text, published, span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)
    assert text[t.start:t.end] == span


@pytest.mark.parametrize("text,span,value", [
    ("Das Treffen, das am vergangenen Samstag stattfand, war herzlich.", "vergangenen Samstag", "XXXX-WXX-6"),
    ("Die Staaten unterzeichneten im vergangenen Jahr einen Pakt.", "vergangenen Jahr", None),
    ("Gestern wurde der Vertrag unterzeichnet.", "Gestern", None),
    ("Der Krieg endete vor 80 Jahren.", "vor 80 Jahren", None),
    ("Nordkorea bestätigte im April den Einsatz.", "April", "XXXX-04"),
    ("Die Wahl ist am 14. November.", "14. November", "XXXX-11-14"),
])
def test_without_publication_date_nothing_is_guessed(text, span, value):
    t = one(text, None, span)
    assert t.value == value
    assert t.anchor is None


def test_one_value_per_span_and_offsets_exact():
    text = "Am Dienstag telefonierten beide; am Freitag wird Trump Putin treffen."
    found = timexes(text, "2025-08-13")
    assert [(t.text, t.value, t.sentence) for t in found] == [("Dienstag", "2025-08-12", 0), ("Freitag", "2025-08-15", 0)]
    assert all(text[t.start:t.end] == t.text for t in found)


# --- past or future from tense cues -------------------------------------------
@pytest.mark.parametrize("text,published,span,value", [
    # article of Wednesday 13 August 2025
    ("Putin und Kim hätten am Dienstag in einer herzlichen Atmosphäre telefoniert.", "2025-08-13", "Dienstag", "2025-08-12"),
    ("Es wird erwartet, dass Trump bei dem Treffen am Freitag versuchen wird, Druck auszuüben.", "2025-08-13", "Freitag", "2025-08-15"),
    ("Die Agentur KCNA berichtete am Mittwoch über das Gespräch.", "2025-08-13", "Mittwoch", "2025-08-13"),
    ("Der Kreml sprach am Montag von Fortschritten.", "2025-08-13", "Montag", "2025-08-11"),
    ("Die Außenminister beraten am Montag in Brüssel.", "2025-08-13", "Montag", "2025-08-18"),
    ("Bei dem bevorstehenden Gipfel am Sonntag geht es um die Ukraine.", "2025-08-13", "Sonntag", "2025-08-17"),
    # article of Friday 15 August 2025
    ("Am Freitag treffen sich Trump und Putin in Alaska.", "2025-08-15", "Freitag", "2025-08-15"),
    ("Die Delegation war am Donnerstag mit militärischen Ehren empfangen worden.", "2025-08-15", "Donnerstag", "2025-08-14"),
    ("Putin hat am Freitag die Soldaten gelobt.", "2025-08-15", "Freitag", "2025-08-15"),
])
def test_weekday_past_or_future(text, published, span, value):
    t = one(text, published, span)
    assert (t.value, t.anchor) == (value, "published")


# --- news conventions ----------------------------------------------------------
@pytest.mark.parametrize("text,published,span,value", [
    # "heuer" (Austria, Bavaria, South Tyrol) and the year adjectives are the publication year or next to it
    ("Heuer findet das Dorffest zum zehnten Mal statt.", "2015-03-05", "Heuer", "2015"),
    ("Die Bauarbeiten sollen noch heuer abgeschlossen werden.", "2015-04-29", "heuer", "2015"),
    ("Die diesjährige Ausgabe des Festivals war ausverkauft.", "2014-08-01", "diesjährige", "2014"),
    ("Der letztjährige Sieger tritt nicht mehr an.", "2014-08-01", "letztjährige", "2013"),
    # a year-less day in a past-tense clause shortly after publication is still this year's
    ("Wegen Schneemangels wurden die Rennen vom 19. Dezember abgesagt.", "2014-12-16", "19. Dezember", "2014-12-19"),
    # without a tense cue the nearest such day: mid-December, "14. Jänner" is next month
    ("Die Ortsgruppe lädt am 14. Jänner zu einer Bürgerversammlung.", "2009-12-17", "14. Jänner", "2010-01-14"),
    ("Mitte Dezember trifft sich der Ausschuss im Rathaus.", "2012-11-30", "Mitte Dezember", "2012-12"),
])
def test_news_conventions(text, published, span, value):
    t = one(text, published, span)
    assert (t.value, t.anchor) == (value, "published")


# --- what is not a timex, and lists ---------------------------------------------------
@pytest.mark.parametrize("text", ["Am Tag danach war alles vorbei.", "Am Tag der Wahl regnete es.",
                                  "Die Firma wuchs im Monat darauf weiter."])
def test_a_day_after_is_no_rate(text):
    assert [t for t in timexes(text, "2015-03-27") if t.type == "SET"] == []


@pytest.mark.parametrize("text", [
    "Der Preis der Fahrkarte stieg um 1.50 Euro.",
    "Im Video ab 3:30:45 spricht der Kommissar.",
])
def test_amounts_are_not_clock_times(text):
    assert [t.text for t in timexes(text, "2015-06-03") if t.type == "TIME"] == []


def test_each_day_of_a_list_takes_the_month_of_the_last():
    found = timexes("Gespielt wird am 3., 4. und 5. Oktober im Stadttheater.", "2012-09-18")
    assert [(t.text, t.value) for t in found] == [("3.", "2012-10-03"), ("4.", "2012-10-04"), ("5. Oktober", "2012-10-05")]


def test_a_score_after_a_year_is_no_clock_time():
    assert [t.text for t in timexes("Der THW gewann 2014 22:25 gegen Kiel.", "2016-04-20")] == ["2014"]


def test_a_bound_year_does_not_move_the_story():
    text = ("Am 21. August 1914 wurden sechs neue Divisionen aufgestellt. Insgesamt konnten so bis 1915 mehr als "
            "40 Divisionen aufgebaut werden. Am 10. August erlitten bayerische Truppen erste Verluste.")
    assert one(text, "2011-02-16", "10. August").value == "1914-08-10"


def test_early_is_no_time_of_day_and_eighties_are_a_decade():
    assert [t.text for t in timexes("Die Wahl kam viel zu früh.", "2015-08-17")] == []
    assert one("In den Achtzigerjahren war das anders.", "2015-08-17", "Achtzigerjahren").value == "198"


def test_heute_after_a_background_year_in_news_is_the_day():
    text = ("Den Stanley Cup gewann er 2009. Die Russen haben sich gesteigert, und heute spielt auch noch "
            "Alexander Owetschkin mit.")
    assert one(text, "2015-05-16", "heute").value == "2015-05-16"


def test_a_background_year_takes_only_past_clauses():
    """A present-tense date is placed by the publication date, and like a deictic one it ends the story."""
    text = "Der Verein wurde 2009 gegründet. Am 14. Mai feiert er sein Jubiläum. Im April wurde gewählt."
    assert one(text, "2015-06-02", "14. Mai").value == "2015-05-14"
    assert one(text, "2015-06-02", "April").value == "2015-04"
    assert one("Der Verein wurde 2009 gegründet. Im April wurde gewählt.", "2015-06-02", "April").value == "2009-04"


def test_heute_in_a_history_is_nowadays():
    text = "Am 9. Juni 1940 überschritten Soldaten die Seine. Heute erinnert ein Denkmal daran."
    assert one(text, "2011-02-16", "Heute").value == "PRESENT_REF"


def test_morning_as_a_noun_is_not_tomorrow():
    assert [t.value for t in timexes("Am Morgen des 3. Mai brannte es. Morgen für Morgen kommt er.", "2015-08-17")] == [
        "2015-05-03TMO"]


def test_last_years_date_opens_no_narrative_in_news():
    """A date one year back is news background: later year-less dates are placed by the publication date."""
    text = "Am 12. Oktober 2014 wurde der Mann verhaftet. Am 3. Februar begann der Prozess gegen ihn."
    t = one(text, "2015-05-20", "3. Februar")
    assert (t.value, t.anchor) == ("2015-02-03", "published")


# --- narrative anchoring -------------------------------------------------------
def test_lone_pluperfect_date_does_not_open_a_narrative():
    text = ("Japan hatte am 15. August 1945 im Zweiten Weltkrieg kapituliert. Beide unterzeichneten im "
            "vergangenen Jahr einen Pakt. Im April bestätigte Pjöngjang erstmals den Einsatz.")
    assert one(text, "2025-08-15", "April").value == "2025-04"
    assert one(text, "2025-08-15", "vergangenen Jahr").value == "2024"


def test_perfect_tense_background_keeps_the_publication_year():
    text = ("Nach westlichen Angaben hat Nordkorea im Herbst 2024 Soldaten entsandt. "
            "Sie wurden Anfang des Jahres um 3.000 Mann verstärkt.")
    t = one(text, "2025-08-13", "Anfang des Jahres")
    assert (t.value, t.mod, t.anchor) == ("2025", "START", "published")


def test_story_in_simple_past_gives_its_year_to_later_dates():
    text = ("Im Juni 1940 kapitulierte Frankreich. Am 14. November griff die Luftwaffe Coventry an. "
            "Im folgenden Jahr begann der Angriff auf die Sowjetunion. Zwei Tage später fiel die Stadt.")
    assert (one(text, "2011-02-16", "14. November").value, one(text, "2011-02-16", "14. November").anchor) == (
        "1940-11-14", "narrative")
    assert one(text, "2011-02-16", "folgenden Jahr").value == "1941"


def test_deictic_expressions_keep_the_publication_date_inside_a_story():
    text = ("Im Juni 1940 kapitulierte Frankreich. Am 14. November griff die Luftwaffe Coventry an. "
            "Gestern erinnerte der Bürgermeister an den Angriff. Im April wird ein Denkmal eingeweiht.")
    gestern = one(text, "2025-08-13", "Gestern")
    assert (gestern.value, gestern.anchor) == ("2025-08-12", "published")
    # after a deictic expression the story is closed again: a future April is next April
    assert one(text, "2025-08-13", "April").value == "2026-04"


def test_a_perfect_sentence_that_moves_the_story_on_is_no_flashback():
    text = ("Zum Ende des Jahres 1939 begann die Planung. Die Marine hatte am 5. Februar 1940 einen Stab gebildet. "
            "Am 21. Februar erging eine direkte Weisung.")
    assert one(text, "2011-02-16", "21. Februar").value == "1940-02-21"


def test_a_look_back_leaves_the_story_where_it_is():
    text = ("Im Juni 1863 begann die Belagerung. Im letzten Jahr war dort wenig geschehen. "
            "Im Oktober gelang den Südstaatlern der Durchbruch.")
    assert one(text, "2011-02-16", "letzten Jahr").value == "1862"
    assert one(text, "2011-02-16", "Oktober").value == "1863-10"


def test_the_new_year_of_a_story_and_its_future():
    text = ("Im Dezember 1941 kam der Angriff zum Erliegen. In den Schlachten des neuen Jahres konnte am 28. Mai "
            "Charkow erobert werden. Bereits am 8. November wird von den Truppen der Rückzug befohlen.")
    assert one(text, "2011-02-16", "neuen Jahres").value == "1942"
    assert one(text, "2011-02-16", "28. Mai").value == "1942-05-28"
    assert one(text, "2011-02-16", "8. November").value == "1942-11-08"


def test_a_passive_infinitive_is_no_future_in_a_story():
    text = ("Am 26. Mai 1940 begann die Evakuierung. Bis zum 4. Juni konnten die Truppen evakuiert werden. "
            "Es gelang den Franzosen, bis Anfang Juli ebenbürtig zu werden.")
    assert one(text, "2011-02-16", "4. Juni").value == "1940-06-04"
    assert one(text, "2011-02-16", "Anfang Juli").value == "1940-07"


def test_story_without_publication_date_uses_its_own_years():
    text = "Am 3. September 1939 erklärte Großbritannien den Krieg. Am selben Tag folgte Frankreich."
    t = one(text, None, "selben Tag")
    assert (t.value, t.anchor) == ("1939-09-03", "narrative")


@pytest.mark.parametrize("text", [
    "Die beiden Männer sind 31 und 22 Jahre alt.",
    "Der 16 Jahre jüngere Stürmer traf zweimal.",
    "Wählen dürfen erstmals auch Jugendliche ab 16 Jahren.",
    "Der 47-jährige Mann wurde festgenommen.",
    "Der Lichtbogen erreicht Temperaturen von 2000 bis 3000 Grad.",
    "Der \"MIP-Montag\" ist die wichtigste Veranstaltung des Vereins.",
])
def test_ages_amounts_and_names_are_not_timexes(text):
    assert [t.text for t in timexes(text, "2015-07-22")] == []


def test_weekday_with_its_date_gives_the_day_to_later_clock_times():
    text = ("Die Rennen vom 18. und 19. Dezember wurden verlegt. Am Donnerstag, 18. Dezember wird ein "
            "Riesentorlauf ausgetragen (9.30 Uhr).")
    assert one(text, "2014-12-16", "9.30 Uhr").value == "2014-12-18T09:30"


def test_a_tense_cue_far_off_in_the_sentence_does_not_place_a_month():
    text = ("Wenn du im Sommer, nach deinem Studienabschluss, in die Arbeitswelt einsteigen möchtest, ist es "
            "sinnvoll, dich schon jetzt umzuschauen, denn die Zeiten, in denen den meisten Absolventen sofort "
            "eine passende Stelle angeboten wurde, sind längst vorbei.")
    assert one(text, "2015-03-05", "Sommer").value == "2015-SU"


def test_counts_are_not_years():
    text = "Dabei wurden schätzungsweise 2000 Nordkoreaner getötet, auf einer Front von 1600 km."
    assert [t.text for t in timexes(text, "2025-09-03")] == []


def test_month_name_as_first_name_is_not_a_date():
    text = "Der Feldmarschall August von Mackensen führte die Armee."
    assert [t.text for t in timexes(text, "2011-02-16")] == []


def test_year_in_parentheses_does_not_move_the_story_year():
    text = ("Im Oktober 1918 begann sich Österreich-Ungarn aufzulösen. Am 29. Oktober entstand der "
            "SHS-Staat (ab 1929 Jugoslawien). Am 3. November wurde der Waffenstillstand unterzeichnet.")
    assert one(text, "2011-02-16", "3. November").value == "1918-11-03"


# --- news families: (family, sentence, published, span, type, value, mod) ---------------
NEWS_CASES = [
    ('holidays', 'Zu Ostern kamen mehr Touristen als im Vorjahr.', '2015-04-10', 'Ostern', 'DATE', '2015-04-05', None),
    ('holidays', 'Die Prozession zu Fronleichnam beginnt nach der Messe.', '2015-05-20', 'Fronleichnam', 'DATE', '2015-06-04', None),
    ('holidays', 'Bis Weihnachten soll die neue Brücke fertig sein.', '2014-10-02', 'Weihnachten', 'DATE', '2014-12-25', None),
    ('holidays', 'Zu Silvester wurde auf dem Hauptplatz gefeiert.', '2016-01-04', 'Silvester', 'DATE', '2015-12-31', None),
    ('holidays', 'Am Herz-Jesu-Sonntag brennen auf den Bergen die Feuer.', '2015-06-02', 'Herz-Jesu-Sonntag', 'DATE', '2015-06-14', None),
    ('holidays', 'Am Tag der Arbeit demonstrierten Tausende.', '2015-05-02', 'Tag der Arbeit', 'DATE', '2015-05-01', None),
    ('holidays', 'Weihnachten 1914 schwiegen an der Westfront die Waffen.', '2011-02-16', 'Weihnachten 1914', 'DATE', '1914-12-25', None),
    ('sets', 'Der Bauernmarkt findet jeden Montag auf dem Dorfplatz statt.', '2015-03-27', 'jeden Montag', 'SET', 'XXXX-WXX-1', None),
    ('sets', 'Die Sprechstunde ist an jedem Montagabend im Pfarrsaal.', '2015-03-27', 'jedem Montagabend', 'SET', 'XXXX-WXX-1TEV', None),
    ('sets', 'Der Verein trifft sich jeden zweiten Donnerstag im Gasthaus.', '2015-03-27', 'jeden zweiten Donnerstag', 'SET', 'XXXX-WXX-4', None),
    ('sets', 'Die Beilage erscheint einmal im Monat.', '2015-03-27', 'einmal im Monat', 'SET', 'P1M', None),
    ('sets', 'Die Praxis behandelt bis zu 200 Patienten am Tag.', '2015-03-27', 'Tag', 'SET', 'P1D', None),
    ('sets', 'Der Zuschuss beträgt 300 Euro im Monat.', '2015-03-27', 'Monat', 'SET', 'P1M', None),
    ('sets', 'Die Messe findet alle zwei Jahre in Bozen statt.', '2015-03-27', 'alle zwei Jahre', 'SET', 'P2Y', None),
    ('sets', 'Der Stadtrat tagt jede Woche.', '2015-03-27', 'jede Woche', 'SET', 'P1W', None),
    ('sets', 'Die Schüler trainieren jeden Abend in der Halle.', '2015-03-27', 'jeden Abend', 'SET', 'XXXX-XX-XXTEV', None),
    ('clock times', 'Anstoß ist am Samstag um 20.30 Uhr im Stadion.', '2015-06-03', '20.30 Uhr', 'TIME', '2015-06-06T20:30', None),
    ('clock times', 'Das Finale beginnt um 14.30, die Siegerehrung folgt.', '2015-06-03', '14.30', 'TIME', '2015-06-03T14:30', None),
    ('clock times', 'Die Ausstellung ist am 12. Mai von 10 bis 18 Uhr geöffnet.', '2015-05-04', '10', 'TIME', '2015-05-12T10:00', None),
    ('clock times', 'Die Ausstellung ist am 12. Mai von 10 bis 18 Uhr geöffnet.', '2015-05-04', '18 Uhr', 'TIME', '2015-05-12T18:00', None),
    ('clock times', 'Die Rennen werden um 9.30/12.30 Uhr ausgetragen.', '2014-12-18', '9.30', 'TIME', '2014-12-18T09:30', None),
    ('clock times', 'Um 9 Uhr startet am Freitag die Qualifikation.', '2014-12-16', '9 Uhr', 'TIME', '2014-12-19T09:00', None),
    ('clock times', 'Die Beratungsstelle ist jeweils von 14 bis 18 Uhr besetzt.', '2012-11-30', '14', 'TIME', 'T14:00', None),
    ('clock times', 'Die Kurse finden am 25. und 26. August von 9 bis 12 Uhr statt.', '2012-08-20', '12 Uhr', 'TIME', 'T12:00', None),
    ('clock times', 'Gespielt wird jeweils 20 Uhr im Stadttheater, die Premiere 29. September, 19.15 Uhr.', '2012-09-18', '19.15 Uhr', 'TIME', '2012-09-29T19:15', None),
    ('news forms', 'Seit 2011 ist er im Amt. Am 11. April wurde der Mann verhaftet.', '2012-04-20', '11. April', 'DATE', '2012-04-11', None),
    ('news forms', 'Der Prozess beginnt am 11.4. in Bozen.', '2012-03-01', '11.4.', 'DATE', '2012-04-11', None),
    ('news forms', 'Am Freitag vergangener Woche wurde gewählt.', '2015-08-17', 'Freitag vergangener Woche', 'DATE', '2015-08-14', None),
    ('news forms', 'Am Freitag der kommenden Woche wird gewählt.', '2015-08-17', 'Freitag der kommenden Woche', 'DATE', '2015-08-28', None),
    ('news forms', 'Am vergangenen Freitag wurde gewählt.', '2015-08-15', 'vergangenen Freitag', 'DATE', '2015-08-14', None),
    ('news forms', 'In der Nacht auf Sonntag brannte ein Stadel.', '2015-08-17', 'Nacht auf Sonntag', 'TIME', '2015-08-16TNI', None),
    ('news forms', 'Kurz vor Weihnachten schloss die Bäckerei am Waltherplatz.', '2015-01-12', 'Kurz vor Weihnachten', 'DATE', '2014-12', None),
    ('news forms', 'Der Schnee kam erst kurz nach Neujahr.', '2015-01-12', 'kurz nach Neujahr', 'DATE', '2015-01', None),
    ('news forms', 'Der Schnee kam schon kurz vor Neujahr.', '2015-01-12', 'kurz vor Neujahr', 'DATE', '2014-12', None),
    ('news forms', 'Die Feuerwehr hat den Brand vor einigen Stunden gelöscht.', '2015-08-20', 'vor einigen Stunden', 'DATE', '2015-08-20', None),
    ('news forms', 'Der Zug ist vor zwanzig Minuten entgleist.', '2015-08-20', 'vor zwanzig Minuten', 'DATE', '2015-08-20', None),
    ('news forms', 'Das Lager wurde vor 48 Stunden geräumt.', '2015-08-20', 'vor 48 Stunden', 'DATE', '2015-08-18', None),
    ('news forms', 'In der Nacht von Freitag zum Samstag wurde gegen 2 Uhr in eine Bar eingebrochen.', '2015-08-20', '2 Uhr', 'TIME', '2015-08-15T02:00', None),
    ('news forms', 'Morgen um 20.30 Uhr beginnt das Konzert.', '2015-08-17', '20.30 Uhr', 'TIME', '2015-08-18T20:30', None),
    ('news forms', 'Im Feber war es außergewöhnlich kalt.', '2015-08-17', 'Feber', 'DATE', '2015-02', None),
    ('news forms', 'Die Gemeinderäte treffen sich heute um 20 Uhr im Rathaus.', '2015-08-17', 'heute', 'DATE', '2015-08-17', None),
    ('news forms', 'Die Stadt hieß damals Gries, heute gehört sie zu Bozen.', '2015-08-17', 'heute', 'DATE', 'PRESENT_REF', None),
    ('news forms', 'Heute ist Meran eine Kurstadt, früher war es ein Dorf.', '2015-08-17', 'Heute', 'DATE', 'PRESENT_REF', None),
    ('day parts', 'Am Abend kam es in der Innenstadt zu Ausschreitungen.', '2015-08-17', 'Abend', 'TIME', '2015-08-17TEV', None),
    ('day parts', 'In der Früh wurde die Brennerstraße gesperrt.', '2015-08-17', 'Früh', 'TIME', '2015-08-17TMO', None),
    ('day parts', 'Gestern Früh wurde die Brennerstraße gesperrt.', '2015-08-17', 'Gestern Früh', 'TIME', '2015-08-16TMO', None),
    ('day parts', 'Montagfrüh wurde die Brennerstraße gesperrt.', '2015-08-17', 'Montagfrüh', 'TIME', '2015-08-17TMO', None),
    ('day parts', 'Am frühen Nachmittag wurde die Straße wieder freigegeben.', '2015-08-17', 'frühen Nachmittag', 'TIME', '2015-08-17TAF', 'START'),
    ('day parts', 'Am Samstag brannte ein Stadel. Am nächsten Morgen fand man die Ursache.', '2015-08-17', 'nächsten Morgen', 'TIME', '2015-08-16TMO', None),
    ('day parts', 'Am Samstag brannte ein Stadel. Am Morgen darauf fand man die Ursache.', '2015-08-17', 'Morgen darauf', 'TIME', '2015-08-16TMO', None),
    ('datelines', 'Berlin, 07.04.2016, 14:42 Die Firma meldet Zahlen.', '2016-04-20', '14:42', 'TIME', '2016-04-07T14:42', None),
    ('datelines', 'Seit Mitternacht gilt die Waffenruhe.', '2016-04-20', 'Mitternacht', 'TIME', '2016-04-20T24:00', None),
    ('datelines', 'Der Zug hatte 7-8 min Verspätung.', '2016-04-20', '8 min', 'DURATION', 'PT8M', None),
    ('datelines', 'Nach langjährigen Ermittlungen wurde Anklage erhoben.', '2016-04-20', 'langjährigen', 'DURATION', 'PXY', None),
    ('datelines', 'Das Manöver war mehrstündig.', '2016-04-20', 'mehrstündig', 'DURATION', 'PTXH', None),
    ('datelines', 'Das Land träumt bis 2025 vom Aufstieg.', '2016-04-20', '2025', 'DATE', '2025', None),
    ('after, within', 'Serbien sollte binnen 24 Stunden antworten.', '2011-02-16', '24 Stunden', 'DURATION', 'PT24H', None),
    ('after, within', 'Innerhalb von zwei Wochen war die Stadt geräumt.', '2011-02-16', 'zwei Wochen', 'DURATION', 'P2W', None),
    ('after, within', 'Im Juni 1968 begann die Belagerung. Nach 77 Tagen Belagerung zogen die Truppen ab.', '2011-02-16', '77 Tagen', 'DURATION', 'P77D', None),
    ('after, within', 'Am 5. April 1862 begann die Belagerung. Nach einem Monat gaben die Verteidiger auf.', '2011-02-16', 'Nach einem Monat', 'DATE', '1862-05', None),
    ('after, within', 'Im Juni 1864 begann die Belagerung. Die Kämpfe dauerten bis ins Frühjahr des nächsten Jahres.', '2011-02-16', 'Frühjahr des nächsten Jahres', 'DATE', '1865-SP', None),
    ('durations', 'Die Behandlung dauert höchstens sechs bis acht Monate.', '2015-06-25', 'sechs', 'DURATION', 'P6M', None),
    ('durations', 'Die Behandlung dauert höchstens sechs bis acht Monate.', '2015-06-25', 'acht Monate', 'DURATION', 'P8M', None),
    ('durations', 'Bereits zum dritten Mal hat vor kurzem die Veranstaltung stattgefunden.', '2015-06-25', 'vor kurzem', 'DATE', 'PAST_REF', None),
    ('durations', 'Was ist damals in Ihnen vorgegangen?', '2015-06-25', 'damals', 'DATE', 'PAST_REF', None),
    ('news tense', 'Das hieß es am Montag in EU-Ratskreisen.', '2016-01-15', 'Montag', 'DATE', '2016-01-11', None),
    ('news tense', 'Das erfuhr die Agentur am Mittwoch aus Regierungskreisen.', '2016-01-15', 'Mittwoch', 'DATE', '2016-01-13', None),
    ('news tense', 'Er kündigte eine Pressekonferenz für den 1. April an.', '2016-01-15', '1. April', 'DATE', '2016-04-01', None),
    ('news tense', 'Seit heute gilt ein Flugverbot über dem Hotel.', '2016-06-07', 'heute', 'DATE', '2016-06-07', None),
    ('news tense', 'Ein Friedensvertrag wurde bis heute nicht geschlossen.', '2016-06-07', 'heute', 'DATE', 'PRESENT_REF', None),
    ('news tense', 'Die Partei wurde 2011 gegründet. In der Steiermark hat sie im Mai stark zugelegt.', '2015-10-02', 'Mai', 'DATE', '2015-05', None),
    ('news tense', 'Er gewann 2011 in Paris. Der Spanier schlägt kommende Woche in Rom ab.', '2015-10-02', 'kommende Woche', 'DATE', '2015-W41', None),
    ('news tense', 'Die Ermittler befanden sich am Sonntag am Unfallort.', '2015-08-19', 'Sonntag', 'DATE', '2015-08-16', None),
    ('news tense', 'Der Unfall soll sich am Samstag ereignet haben.', '2015-08-19', 'Samstag', 'DATE', '2015-08-15', None),
    ('news tense', 'Der Täter will am Montag nichts gesehen haben.', '2015-08-19', 'Montag', 'DATE', '2015-08-17', None),
    ('news tense', 'Die Regierung will am Montag entscheiden.', '2015-08-19', 'Montag', 'DATE', '2015-08-24', None),
    ('news tense', 'In Tirol ist am Montag ein Bus mit 30 Urlaubern, darunter zehn Kinder, von der Straße abgekommen.', '2015-08-19', 'Montag', 'DATE', '2015-08-17', None),
    ('news tense', 'Die Polizei suchte Zeugen. Tatzeit: Sonntag, 14.45 Uhr.', '2015-08-19', 'Sonntag', 'DATE', '2015-08-16', None),
    ('news forms', 'Das Feuer brach am Sonntag Nachmittag aus.', '2015-08-19', 'Sonntag Nachmittag', 'TIME', '2015-08-16TAF', None),
    ('news forms', 'Die Polizei wurde am Freitag früh alarmiert.', '2015-08-19', 'Freitag früh', 'TIME', '2015-08-14TMO', None),
    ('news forms', 'Die Wahl fand am Sonntag, den 13.09.2015, statt.', '2015-09-20', 'Sonntag, den 13.09.2015', 'DATE', '2015-09-13', None),
    ('news forms', 'Der Antrag wurde vor über einer Woche gestellt.', '2015-08-19', 'vor über einer Woche', 'DATE', '2015-W33', 'BEFORE'),
    ('news forms', 'In letzter Zeit häuften sich die Einbrüche.', '2015-08-19', 'letzter Zeit', 'DATE', 'PAST_REF', None),
    ('news forms', 'Zum jetzigen Zeitpunkt ist die Ursache unklar.', '2015-08-19', 'jetzigen Zeitpunkt', 'DATE', 'PRESENT_REF', None),
    ('news forms', 'Der heute 71-jährige Bürgermeister trat 2010 zurück.', '2015-08-19', 'heute', 'DATE', 'PRESENT_REF', None),
    ('news forms', 'Die Männer waren im Oktober von einem Gericht verurteilt worden.', '2016-01-15', 'Oktober', 'DATE', '2015-10', None),
]


def test_a_month_name_that_ends_a_place_name_is_no_month():
    assert [t.text for t in timexes("Die Busse nach Chiang Mai fielen im Mai aus.", "2015-08-19")] == ["Mai"]
    assert one("Die Busse nach Chiang Mai fielen im Mai aus.", "2015-08-19", "Mai").start == 36


def test_a_month_named_after_a_plural_month_noun_is_a_month():
    got = timexes("Für die Monate Jänner bis März werde mit einem Minus gerechnet.", "2015-12-20")
    assert [(t.text, t.value) for t in got] == [("Jänner", "2016-01"), ("März", "2016-03")]


@pytest.mark.parametrize("family,text,published,span,typ,value,mod", NEWS_CASES,
                         ids=[f"{c[0]}: {c[3]}" for c in NEWS_CASES])
def test_news_families(family, text, published, span, typ, value, mod):
    t = one(text, published, span)
    assert (t.type, t.value, t.mod) == (typ, value, mod)
    assert text[t.start:t.end] == span


def test_a_date_bounding_a_state_lies_ahead():
    """"ist bis ... geöffnet", "ist ab ... gesperrt", "sollen bis ... abgeschlossen sein": a state until or from
    then (the stative passive, a deadline), no perfect of a past event; a past "war" keeps it behind."""
    assert one("Die Ausstellung ist bis 30. April geöffnet.", "2014-03-12", "30. April").value == "2014-04-30"
    assert one("Die Hütte ist ab 1. Mai geöffnet.", "2014-03-12", "1. Mai").value == "2014-05-01"
    assert one("Die Arbeiten sollen bis Ende Mai abgeschlossen sein.", "2014-03-12", "Ende Mai").value == "2014-05"
    assert one("Bis Freitag ist die Straße gesperrt.", "2014-03-11", "Freitag").value == "2014-03-14"
    assert one("Ab Montag ist die Straße gesperrt.", "2014-03-11", "Montag").value == "2014-03-17"
    assert one("Die Straße war bis Ende April gesperrt.", "2014-03-12", "Ende April").value == "2013-04"
    assert one("Die Straße war bis Freitag gesperrt.", "2014-03-11", "Freitag").value == "2014-03-07"
    assert one("Er ist im Jänner gestorben.", "2014-03-12", "Jänner").value == "2014-01"
    assert one("Seit Montag ist die Straße gesperrt.", "2014-03-11", "Montag").value == "2014-03-10"


def test_the_last_day_of_a_weekday_range_follows_its_first():
    found = [(t.text, t.value) for t in timexes("Anmeldung unter Tel. 0471 123456 (Montag bis Freitag).", "2014-03-11")]
    assert found == [("Montag", "2014-03-17"), ("Freitag", "2014-03-21")]
    found = [(t.text, t.value) for t in timexes("Die Messe dauert von Donnerstag bis Dienstag.", "2014-03-11")]
    assert found == [("Donnerstag", "2014-03-13"), ("Dienstag", "2014-03-18")]
    found = [(t.text, t.value) for t in timexes("Das Fest fand von Freitag bis Sonntag statt.", "2014-03-11")]
    assert found == [("Freitag", "2014-03-07"), ("Sonntag", "2014-03-09")]


@pytest.mark.parametrize("text,span,value", [
    ("Die Feuerwehr war bis in die Nachtstunden im Einsatz.", "Nachtstunden", "2014-03-11TNI"),
    ("In den Nachmittagsstunden kam es zu einem Unfall.", "Nachmittagsstunden", "2014-03-11TAF"),
    ("Gestern in den Vormittagsstunden kam es zu einem Unfall.", "Vormittagsstunden", "2014-03-10TMO"),
    ("Am Sonntag in den Mittagsstunden kam es zu einem Unfall.", "Mittagsstunden", "2014-03-09TMI"),
])
def test_the_hours_of_a_day_part(text, span, value):
    t = one(text, "2014-03-11", span)
    assert (t.type, t.value) == ("TIME", value)


@pytest.mark.parametrize("text,span,value", [
    ("Im abgelaufenen Jahr leistete die Feuerwehr 120 Einsätze.", "abgelaufenen Jahr", "2013"),
    ("Die Bilanz des abgelaufenen Jahres ist positiv.", "abgelaufenen Jahres", "2013"),
    ("In der abgelaufenen Woche fiel viel Schnee.", "abgelaufenen Woche", "2014-W10"),
])
def test_the_period_just_ended(text, span, value):
    assert one(text, "2014-03-11", span).value == value


def test_heute_before_a_phrase_of_mainly_is_nowadays():
    text = "Die Holding ist heute vor allem in den Bereichen Dentalvertrieb und Kliniken tätig."
    assert one(text, "2015-06-25", "heute").value == "PRESENT_REF"
    assert one("Das Gebiet wird heute hauptsächlich als Weide genutzt.", "2015-06-25", "heute").value == "PRESENT_REF"
    assert one("Heute wurde vor allem über den Haushalt gestritten.", "2015-06-25", "Heute").value == "2015-06-25"


# --- the rule table ------------------------------------------------------------
def test_every_rule_has_a_german_pattern_and_no_pattern_is_orphaned():
    assert sorted(r.name for r in RULES) == sorted(TIME_LEXICON.patterns)
    assert len({r.name for r in RULES}) == len(RULES)


@pytest.mark.parametrize("rule", RULES, ids=[r.name for r in RULES])
def test_every_rule_matches_its_own_example(rule):
    """The table's example of each rule has a timex found by that rule, not by an earlier one."""
    found = [m.lastgroup for m in _compile(TIME_LEXICON).master.pattern.finditer(rule.example)]
    assert rule.name in found, (rule.example, found)


def test_the_per_character_regexes_find_what_the_joined_one_finds():
    """Each word start tries only the rules that can begin with its character: the same matches, in
    the same order, by the same rules, as the one regex of all rules."""
    text = ("Am Dienstag, dem 3. März 2024, sagte der Minister in Wien, seit 2009 seien 1,5 Milliarden Euro "
            "geflossen; zwei Wochen später, gegen 18.30 Uhr, kündigte er für den kommenden Sommer an, "
            "jeden zweiten Donnerstag und einmal im Monat zu berichten, derzeit aber nicht.")
    comp = _compile(TIME_LEXICON)
    joined = [(m.span(), m.lastgroup) for m in comp.master.pattern.finditer(text)]
    assert [(m.span(), rule.name) for m, rule, _ in comp.matches(text)] == joined
    assert [name for _, name in joined] == ["weekday", "year", "duration", "clock", "season", "every_weekday",
                                            "per_unit", "vague"]


@pytest.mark.parametrize("pattern,first", [
    (r"(?:(?P<r>ab|cd)\s+)?(?<!-)[Mm]ontag", set("acMm")),
    (r"(?:(?<=x\s)|(?<=yy\s))(?P<h>\d\d):", set("0123456789")),
    (r"(?i:heute)", None),  # either case may start it: no guard
    (r"x?", None),  # may match nothing: no guard
    (r"„\w+", None),  # a quotation mark is no word start: no guard
])
def test_first_characters_of_a_pattern(pattern, first):
    """The one-character guard before each rule is read from its pattern; unsure means no guard."""
    got = _first_chars(pattern)
    assert (None if got is None else set(got)) == first


def test_a_shift_from_one_day_to_the_next_is_two_days():
    found = [(t.text, t.value) for t in timexes("Die Sitzung wurde von Dienstag auf Mittwoch verschoben.", "2015-08-20")]
    assert found == [("Dienstag", "2015-08-18"), ("Mittwoch", "2015-08-19")]


def test_a_year_in_a_participle_attribute_opens_no_story():
    text = "Das Grab des 1849 verstorbenen Dichters wird jedes Jahr besucht. In diesem Jahr kamen 55 Besucher."
    assert [(t.text, t.value) for t in timexes(text, "2007-01-22")] == [
        ("1849", "1849"), ("jedes Jahr", "P1Y"), ("diesem Jahr", "2007")]
    story = "Im Jahr 1941 griff Deutschland die Sowjetunion an. In diesem Jahr fielen Hunderttausende."
    assert one(story, "2007-01-22", "diesem Jahr").value == "1941"


@pytest.mark.parametrize("text, value", [
    # an accusative object after "im letzten Jahr" is no genitive: last year, counted from publication
    ("Die erste Parade fand 2001 statt. Damals griffen Hooligans die Teilnehmer an. Auch auf das Fest hat es "
     "im letzten Jahr einen Übergriff gegeben.", "2008"),
    # a genitive attribute makes it a final year of the story ("im letzten Jahr seiner Amtszeit"), left as it was
    ("Die erste Parade fand 2005 statt. Im letzten Jahr seiner Amtszeit verbot der Bürgermeister sie.", "2004"),
])
def test_last_year_before_an_object_is_counted_from_publication(text, value):
    assert one(text, "2009-09-19", "letzten Jahr").value == value
