"""German temporal expressions: every pattern family with its publication date and exact value."""
from __future__ import annotations

import pytest

from chronik.extract.timexes import extract_timexes
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
    ("Die Armee hat seit Jahrzehnten keinen Kampfeinsatz gehabt.", "2025-12-27", "seit Jahrzehnten", "DURATION", "PXDE", None),
    ("Die Verhandlungen dauerten mehr als zwei Wochen.", "2025-08-13", "mehr als zwei Wochen", "DURATION", "P2W", "MORE_THAN"),
    # vague references and sets
    ("Kim versprach auch in Zukunft Unterstützung.", "2025-08-13", "in Zukunft", "DATE", "FUTURE_REF", None),
    ("Bisher sind mehr als 6000 Soldaten gefallen.", "2025-12-27", "Bisher", "DATE", "PRESENT_REF", None),
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


def test_story_without_publication_date_uses_its_own_years():
    text = "Am 3. September 1939 erklärte Großbritannien den Krieg. Am selben Tag folgte Frankreich."
    t = one(text, None, "selben Tag")
    assert (t.value, t.anchor) == ("1939-09-03", "narrative")


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
