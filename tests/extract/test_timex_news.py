"""German news conventions of the timex rules, each on a news-style sentence with its exact value
(rules added from the errors of the second Wikinews tuning set, ``timex_wikinews.py --part tune-ext``)."""
from __future__ import annotations

from chronik.extract.timexes import extract_timexes
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.time import TIME_LEXICON


def timexes(text, published):
    toks = tokenize(text, ABBREVIATIONS)
    return [(t.text, t.type, t.value, t.mod)
            for t in extract_timexes(text, toks, split_sentences(text, toks), TIME_LEXICON, published)]


def test_an_diesem_tag_is_the_day_named_before():
    text = ("Am gestrigen Freitag notierte die Aktie mit einem Schlusskurs von 2,268 Euro. Die Zahl der an "
            "diesem Tag gehandelten Aktien lag bei 280.000.")
    assert timexes(text, "2012-12-08") == [("gestrigen Freitag", "DATE", "2012-12-07", None),
                                           ("diesem Tag", "DATE", "2012-12-07", None)]
    # with no day named before, the publication day
    assert timexes("An diesem Tag wird in 40 Gemeinden gewählt.", "2015-10-27") == [
        ("diesem Tag", "DATE", "2015-10-27", None)]


def test_decades_spelled_with_a_hyphen_and_in_a_list():
    text = "Gelagert wurde der Giftmüll in den 1950-er und 1960-er Jahren von Chemiefirmen aus Basel."
    assert timexes(text, "2005-02-24") == [("1950-er", "DATE", "195", None), ("1960-er Jahren", "DATE", "196", None)]
    text = "Das Industriegebiet verfiel seit Beginn der 1990-er Jahre. Bereits im letzten Jahr wurde geplant."
    assert timexes(text, "2011-06-24") == [("Beginn der 1990-er Jahre", "DATE", "199", "START"),
                                           ("letzten Jahr", "DATE", "2010", None)]
    assert timexes("In den 50er und 60er Jahren kamen viele Gastarbeiter.", "2015-01-01") == [
        ("50er", "DATE", "195", None), ("60er Jahren", "DATE", "196", None)]


def test_heute_beside_a_simple_past_is_the_day():
    text = ("1969 betrat Neil Armstrong als erster Mensch den Mond. Heute wurde der am 5. August 1930 geborene "
            "Astronaut in Washington geehrt.")
    assert timexes(text, "2005-08-05")[1] == ("Heute", "DATE", "2005-08-05", None)
    text = "Wie BBC berichtet, wurden heute von einem chinesischen Gericht fünf Männer verurteilt."
    assert timexes(text, "2009-12-24") == [("heute", "DATE", "2009-12-24", None)]
    # "bis heute" and "heute noch" stay "nowadays"
    assert timexes("Ein Friedensvertrag wurde bis heute nicht abgeschlossen.", "2011-02-16") == [
        ("heute", "DATE", "PRESENT_REF", None)]
    assert timexes("Die Worte gingen damals um die Welt und sind auch heute noch bekannt.", "2005-08-05")[1] == (
        "heute", "DATE", "PRESENT_REF", None)


def test_ages_are_no_durations():
    text = "Er ist am Mittwoch, dem 27. Februar 2008, im Alter von 76 Jahren an einem Herzversagen verstorben."
    assert [t[0] for t in timexes(text, "2008-02-29")] == ["Mittwoch, dem 27. Februar 2008"]
    text = "In dieser Zahl sind 1,7 Millionen Kinder und Jugendliche unter 16 Jahren enthalten."
    assert timexes(text, "2006-12-05") == []
    assert timexes("Kinder über 14 Jahren zahlen den vollen Preis.", "2006-12-05") == []
    # a bound on a time span stays a duration
    assert timexes("Eine Haftstrafe von unter zwei Jahren wird zur Bewährung ausgesetzt.", "2006-12-05") == [
        ("zwei Jahren", "DURATION", "P2Y", None)]


def test_minutes_or_hours_later_are_a_duration():
    text = "Die Kinder rannten zu einem Auto. 15 Minuten später sei es zu der Explosion gekommen."
    assert timexes(text, "2017-04-17") == [("15 Minuten", "DURATION", "PT15M", None)]
    assert timexes("Wenige Stunden später brannten zwei Geräte- und Ausschankhäuschen.", "2018-08-08") == [
        ("Wenige Stunden", "DURATION", "PTXH", None)]
    # days later are a day
    assert timexes("Am 3. Mai wurde er verhaftet, zwei Tage später kam er frei.", "2018-08-08") == [
        ("3. Mai", "DATE", "2018-05-03", None), ("zwei Tage später", "DATE", "2018-05-05", None)]


def test_a_clock_time_after_midnight_in_the_night_to_a_day_is_on_that_day():
    text = "Dort wurde in der Nacht zum Samstag gegen 1:30 Uhr ein Passant von vier Unbekannten überfallen."
    assert timexes(text, "2007-02-14") == [("Nacht zum Samstag", "TIME", "2007-02-10TNI", None),
                                           ("1:30 Uhr", "TIME", "2007-02-10T01:30", None)]
    assert timexes("In der Nacht auf Sonntag gegen 23 Uhr brannte eine Scheune.", "2007-02-14")[1] == (
        "23 Uhr", "TIME", "2007-02-10T23:00", None)


def test_bisher_and_bislang_are_no_timexes():
    assert timexes("Bisher hat sich niemand zu der Tat bekannt.", "2017-04-17") == []
    assert timexes("Das Vorhaben war bislang an leeren öffentlichen Kassen gescheitert.", "2005-02-27") == []


def test_vague_references_and_holiday_plurals():
    assert timexes("Man sei für die Zukunft besser aufgestellt als vor dem Start.", "2006-10-01") == [
        ("die Zukunft", "DATE", "FUTURE_REF", None)]
    assert timexes("Das frühere Industriegebiet liegt zur Zeit großteils brach.", "2011-06-24") == [
        ("zur Zeit", "DATE", "PRESENT_REF", None)]
    assert timexes("Zur Zeit der Wende war das Gelände noch bebaut.", "2011-06-24") == []
    assert timexes("Auf französischem Boden wurde bereits vor längerer Zeit Giftmüll gefunden.", "2005-02-24") == [
        ("vor längerer Zeit", "DATE", "PAST_REF", None)]
    assert timexes("Während der Osterfeiertage sollen die Arbeitskämpfe ruhen.", "2008-03-05") == [
        ("Osterfeiertage", "DATE", "2008-03-23", None)]


def test_the_heutige_day_and_its_parts_are_the_publication_day():
    assert timexes("Am heutigen Morgen kam eine Mutter mit ihrem Lebensgefährten nach Hause.", "2011-03-24") == [
        ("heutigen Morgen", "TIME", "2011-03-24TMO", None)]
    assert timexes("Beide Parteien wollen am heutigen Donnerstagabend Verhandlungen beginnen.", "2005-06-09") == [
        ("heutigen Donnerstagabend", "TIME", "2005-06-09TEV", None)]
    assert timexes("Der Streit um Taiwan dauert bis zum heutigen Tag an.", "2011-02-16") == [
        ("heutigen Tag", "DATE", "PRESENT_REF", None)]
    # an article dated Sunday that speaks of "heutigen Montag" was written for Monday
    assert timexes("Am heutigen Montag wird gewählt.", "2005-06-12") == [("heutigen Montag", "DATE", "2005-06-13", None)]


def test_a_part_of_a_numeric_date_and_clock_hours_in_words():
    assert timexes("Zur Sitzung am Abend des 23.06.2011 beschloss der Dresdner Stadtrat den Plan.", "2011-06-24") == [
        ("Abend des 23.06.2011", "TIME", "2011-06-23TEV", None)]
    text = "Am heutigen Morgen kam eine Mutter mit ihrem Lebensgefährten gegen fünf Uhr nach Hause."
    assert timexes(text, "2011-03-24") == [("heutigen Morgen", "TIME", "2011-03-24TMO", None),
                                           ("fünf Uhr", "TIME", "2011-03-24T05:00", None)]
    assert timexes("Der Zug kam am 3. Mai um acht Uhr abends an.", "2011-05-04")[1] == (
        "acht Uhr abends", "TIME", "2011-05-03T20:00", None)
    # "eine Uhr" is a watch, "ein Uhr" a time only after a clock preposition
    assert timexes("Er trug eine Uhr aus Gold.", "2011-05-04") == []


def test_a_month_of_every_year_has_no_year():
    text = "Gewinn verspricht die Dividende, die im Mai jeden Jahres an die Aktionäre ausgezahlt wird."
    assert timexes(text, "2012-12-08") == [("Mai jeden Jahres", "DATE", "XXXX-05", None)]
    assert timexes("Die Messe findet Ende Mai eines jeden Jahres statt.", "2012-12-08") == [
        ("Ende Mai eines jeden Jahres", "DATE", "XXXX-05", "END")]


def test_a_bare_winter_in_its_last_months_is_the_winter_now_ending():
    text = "Nach diesem strengen Winter war es für die Mitarbeiter eine Freude, die Alm zu besuchen."
    assert timexes(text, "2014-03-13") == [("Winter", "DATE", "2014-WI", None)]
    # as "vergangenen Winter" already was
    assert timexes("Im vergangenen Winter fiel viel Schnee.", "2014-03-13") == [
        ("vergangenen Winter", "DATE", "2014-WI", None)]


def test_the_first_days_are_a_vague_duration():
    text = "Innerhalb der ersten Tage der Militäroperation wurden die Stellungen der Taliban zerstört."
    assert timexes(text, "2001-10-12") == [("ersten Tage", "DURATION", "PXD", None)]
    assert timexes("Am ersten Tag wurde gefeiert.", "2001-10-12") == []
    assert timexes("In den ersten beiden Jahren wurde viel gebaut.", "2001-10-12") == [
        ("beiden Jahren", "DURATION", "P2Y", None)]


def test_a_look_back_leaves_the_story_where_it_is():
    text = ("Den Sieg sicherte sich wie schon am Tag zuvor Victor Öhlling Norberg, auch bei den Damen wiederholte "
            "Fanny Smith ihren Sieg vom Vortag.")
    assert timexes("Am Freitag, 6. Februar 2015, fuhr sie auf Rang elf. " + text, "2015-02-09")[1:] == [
        ("Tag zuvor", "DATE", "2015-02-05", None), ("Vortag", "DATE", "2015-02-05", None)]
    text = "Am 10. Mai 1940 begann der Angriff. Zwei Tage zuvor war alles ruhig. Am Tag darauf fiel die Stadt."
    assert [t[2] for t in timexes(text, "2011-02-16")] == ["1940-05-10", "1940-05-08", "1940-05-11"]


def test_season_months_and_an_adjective_after_a_preposition():
    text = ('"Insbesondere die Dolomitenpässe werden während der Sommermonate von regelrechten Blechlawinen '
            'überrollt, davon rund ein Drittel Motorradfahrer.')
    # "regelrechten" after "von" is an adjective, no preterite: the passive present places the summer ahead
    assert timexes(text, "2015-04-29") == [("Sommermonate", "DATE", "2015-SU", None)]
    assert timexes("Die Herbstsaison 2005 hat nach Polizeiangaben wieder Opfer gefordert.", "2005-11-02") == [
        ("Herbstsaison 2005", "DATE", "2005-FA", None)]


def test_a_month_after_a_yearly_word_recurs():
    assert timexes("Die Abgabe wird jährlich im Mai fällig.", "2015-03-05") == [
        ("jährlich", "SET", "P1Y", None), ("Mai", "DATE", "XXXX-05", None)]
    assert timexes("Jedes Jahr im Sommer kommen die Touristen.", "2015-03-05") == [
        ("Jedes Jahr", "SET", "P1Y", None), ("Sommer", "DATE", "XXXX-SU", None)]


def test_christmas_days_by_their_names():
    assert timexes("Am zweiten Weihnachtsfeiertag bleibt das Rathaus geschlossen.", "2015-12-20") == [
        ("zweiten Weihnachtsfeiertag", "DATE", "2015-12-26", None)]
    assert timexes("Über die Weihnachtstage fahren weniger Busse.", "2015-12-20") == [
        ("Weihnachtstage", "DATE", "2015-12-25", None)]


def test_nights_named_in_news():
    text = "Aus bislang ungeklärten Gründen kam es in der Nacht zu Sonntag in einer Möbelfabrik zu einem Brand."
    assert timexes(text, "2008-10-27") == [("Nacht zu Sonntag", "TIME", "2008-10-26TNI", None)]
    # with its date: that date's night
    text = "In der Nacht zu Samstag, dem 24. November, kam es auf der Autobahn 6 zu einem Unfall."
    assert timexes(text, "2007-11-25") == [("Nacht zu Samstag, dem 24. November", "TIME", "2007-11-24TNI", None)]
    assert timexes("Letzte Nacht brannte eine Scheune.", "2015-03-05") == [
        ("Letzte Nacht", "TIME", "2015-03-04TNI", None)]
    assert timexes("Die letzte Nacht der Tournee war lang.", "2015-03-05") == []


def test_a_time_of_day_after_a_year_named_in_passing_is_on_the_publication_day():
    text = ("Bei der Bundestagswahl 2002 hatten zu diesem Zeitpunkt 42 Prozent gewählt. Am Ende des Wahlabends "
            "(Stand: 00:35 Uhr) gab der Bundeswahlleiter ein Ergebnis bekannt. Westerwelle bestätigte dies am Abend.")
    assert timexes(text, "2005-09-18") == [("2002", "DATE", "2002", None), ("00:35 Uhr", "TIME", "2005-09-18T00:35", None),
                                           ("Abend", "TIME", "2005-09-18TEV", None)]


def test_a_number_with_a_thousands_separator():
    text = "Die Sammler kamen während der letzten Eiszeit vor etwa 14.000 Jahren nach Amerika."
    assert timexes(text, "2005-05-25") == [("vor etwa 14.000 Jahren", "DATE", "BC11996", "APPROX")]
    assert timexes("Der Bau dauerte 3.000 Jahre.", "2005-05-25") == [("3.000 Jahre", "DURATION", "P3000Y", None)]


def test_weekdays_beside_their_date_and_indefinite_weekdays():
    text = "Romney hat gute Chancen, am 24. März (Samstag) die Vorwahlen in Louisiana zu gewinnen."
    assert timexes(text, "2012-03-19") == [("24. März", "DATE", "2012-03-24", None),
                                           ("Samstag", "DATE", "2012-03-24", None)]
    assert timexes("Gysi hatte am Donnerstag, den 7.10. in einem Interview Stellung genommen.", "2010-10-16") == [
        ("Donnerstag, den 7.10.", "DATE", "2010-10-07", None)]
    assert timexes("Die 13-jährige Jennifer wurde an einem Sonnabend im Mai ermordet.", "2006-10-02")[0] == (
        "Sonnabend", "DATE", "XXXX-WXX-6", None)


def test_day_adjectives_count_from_publication():
    text = "Am vorgestrigen Donnerstag wollte ein Autofahrer den Bahnübergang überqueren."
    assert timexes(text, "2005-04-23") == [("vorgestrigen Donnerstag", "DATE", "2005-04-21", None)]
    assert timexes("Am morgigen Sonntag wird in Nordrhein-Westfalen gewählt.", "2005-04-23") == [
        ("morgigen Sonntag", "DATE", "2005-04-24", None)]
    assert timexes("Am gestrigen Abend brannte eine Scheune.", "2005-04-23") == [
        ("gestrigen Abend", "TIME", "2005-04-22TEV", None)]


def test_an_age_range_is_no_duration():
    assert timexes("Der Mann sei 18 bis 25 Jahre alt und etwa 1,75 Meter groß.", "2006-08-20") == []
    assert timexes("Der Umbau dauert 2 bis 3 Jahre.", "2006-08-20") == [
        ("2", "DURATION", "P2Y", None), ("3 Jahre", "DURATION", "P3Y", None)]


def test_a_range_year_opens_no_story_and_nights_from_a_weekday():
    text = "Rafsandschani, der von 1989 bis 1997 Staatspräsident des Iran war, ist am Sonntag, 8. Januar, gestorben."
    assert timexes(text, "2017-01-08")[-1] == ("Sonntag, 8. Januar", "DATE", "2017-01-08", None)
    text = "In der Nacht von Freitag auf Samstag ereigneten sich im Raum Knittelfeld mehrere Einbrüche."
    assert timexes(text, "2005-10-10") == [("Nacht von Freitag", "TIME", "2005-10-07TNI", None),
                                           ("Samstag", "DATE", "2005-10-08", None)]


def test_a_surname_is_no_season_and_heute_before_a_participle_is_nowadays():
    assert timexes("In der Broschüre hat Autorin Vera Herbst fast 50 Methoden untersucht.", "2005-09-29") == []
    assert timexes("Im Herbst wird gewählt.", "2005-09-29") == [("Herbst", "DATE", "2005-FA", None)]
    assert timexes("Er untersuchte Gene heute lebender Asiaten.", "2005-05-25") == [
        ("heute", "DATE", "PRESENT_REF", None)]


def test_a_day_part_adverb_after_a_date():
    assert timexes("Am 8. Mai 1945 abends trat die Kapitulation in Kraft.", "2011-02-16") == [
        ("8. Mai 1945 abends", "TIME", "1945-05-08TEV", None)]


def test_after_n_years_of_something_is_a_duration():
    text = "Der Direktor sagte: „Nach sechs Jahren Krieg und Gemetzel in Syrien ist das ein Hoffnungsschimmer.“"
    assert timexes(text, "2017-04-17") == [("sechs Jahren", "DURATION", "P6Y", None)]
    assert timexes("Erst nach sechs Wochen verlustreicher Kämpfe fiel die Stadt.", "2017-04-17") == [
        ("sechs Wochen", "DURATION", "P6W", None)]
    # "nach zwei Tagen" alone counts from the story's day, as before
    assert timexes("Am 3. Mai begann der Angriff, er wurde nach zwei Tagen angehalten.", "2017-06-01")[1] == (
        "nach zwei Tagen", "DATE", "2017-05-05", None)


def test_a_day_after_a_yearly_word_is_every_year_s():
    # "alljährlich"/"jedes Jahr" + a day: that day of every year, as "jährlich im Mai" is every May
    text = "Der Dichter starb 1913 in Wien. Die Stadt gedenkt seiner alljährlich am 10. März."
    assert timexes(text, "2016-03-10")[1:] == [("alljährlich", "SET", "P1Y", None),
                                              ("10. März", "DATE", "XXXX-03-10", None)]
    assert timexes("Jedes Jahr am 3. Oktober feiern die Deutschen die Einheit.", "2016-03-10") == [
        ("Jedes Jahr", "SET", "P1Y", None), ("3. Oktober", "DATE", "XXXX-10-03", None)]


def test_a_day_in_a_present_tense_clause_is_the_coming_one():
    # the present tense of news with a date ahead: the coming date, whatever the tense of another clause
    text = "Die Slowakei, die 2015 ein Defizit meldete, übernimmt ab 1. Juli die Ratspräsidentschaft."
    assert timexes(text, "2016-03-20") == [("2015", "DATE", "2015", None), ("1. Juli", "DATE", "2016-07-01", None)]
    text = "Das Land, das lange als Nachzügler bezeichnet wurde, übernimmt am 1. Juli den Vorsitz."
    assert timexes(text, "2016-03-20") == [("1. Juli", "DATE", "2016-07-01", None)]
    # more than half a year ahead: still this year's, not last year's
    assert timexes("Das Fest findet am 3. Oktober statt.", "2016-03-10") == [("3. Oktober", "DATE", "2016-10-03", None)]
    # a past-tense clause keeps the last such day
    assert timexes("Das Fest fand am 3. Oktober statt.", "2016-03-10") == [("3. Oktober", "DATE", "2015-10-03", None)]


def test_a_month_in_a_pluperfect_clause_is_news_unless_the_paragraph_tells_the_story():
    text = ("Der Skandal begann 1998 mit einer Anzeige.\n\nSie hatte im Dezember ihr Schweigen gebrochen und "
            "im Jänner einen Fragenkatalog beantwortet.")
    assert timexes(text, "2016-03-10")[1:] == [("Dezember", "DATE", "2015-12", None),
                                              ("Jänner", "DATE", "2016-01", None)]
    # the paragraph tells the story of that year in the simple past: its year
    text = "Die Stadt wurde 1940 besetzt.\n\nIm Juni zogen die Truppen ab. Sie hatten im Mai die Brücke gesprengt."
    assert timexes(text, "2016-03-10")[1:] == [("Juni", "DATE", "1940-06", None), ("Mai", "DATE", "1940-05", None)]
    text = "Der Skandal begann 1998 mit einer Anzeige. Sie hatte im Dezember ihr Schweigen gebrochen."
    assert timexes(text, "2016-03-10")[1] == ("Dezember", "DATE", "1998-12", None)


def test_a_weekday_in_a_present_tense_clause_is_the_coming_one():
    # published on a Wednesday: the past of a relative clause says nothing of the main clause's Friday
    text = "Der Kanzler, der die Wahl klar verlor, reist am Freitag nach Paris."
    assert timexes(text, "2016-03-16") == [("Freitag", "DATE", "2016-03-18", None)]
    text = "Am Montag beginnt der Prozess gegen den Mann, der die Frau getötet haben soll."
    assert timexes(text, "2016-03-16") == [("Montag", "DATE", "2016-03-21", None)]
    # "vom Sonntag" is the day of something that happened: the present tense says nothing of it
    text = "Die Partei verlor im Bezirk, wie auch das Wahlergebnis vom Sonntag zeigt: nur 24 Stimmen."
    assert timexes(text, "2015-02-10") == [("Sonntag", "DATE", "2015-02-08", None)]
    # a past-tense clause keeps the last one
    assert timexes("Der Kanzler reiste am Freitag nach Paris.", "2016-03-16") == [
        ("Freitag", "DATE", "2016-03-11", None)]


def test_aktuell_as_an_adverb_is_now():
    # rules from the errors of the third Wikinews tuning set (--part tune-ext2)
    text = "Die Gefahr einer Pandemie sei real. Aktuell bestehe diese Gefahr zwar noch nicht."
    assert timexes(text, "2005-10-12") == [("Aktuell", "DATE", "PRESENT_REF", None)]
    assert timexes("Die Polizei verfolgt aktuell bestehende Hinweise.", "2005-10-12") == [
        ("aktuell", "DATE", "PRESENT_REF", None)]
    # predicative or attributive: no timex
    assert timexes("Das Thema ist aktuell wie nie.", "2005-10-12") == []
    assert timexes("Die aktuelle Lage bleibt ernst.", "2005-10-12") == []


def test_vague_times_with_zeit():
    text = "Ihr Leben wurde in der letzten Zeit immer schwieriger."
    assert timexes(text, "2012-01-01") == [("letzten Zeit", "DATE", "PAST_REF", None)]
    assert timexes("Er verbrachte die letzte Zeit seines Lebens auf Kreta.", "2012-01-01") == []
    text = "Ein Prokurist wurde bereits vor einiger Zeit per Strafbefehl abgeurteilt."
    assert timexes(text, "2012-01-01") == [("vor einiger Zeit", "DATE", "PAST_REF", None)]
    text = "Jelpke setzt sich seit längerer Zeit dafür ein, dass das Verbot fällt."
    assert timexes(text, "2012-01-01") == [("längerer Zeit", "DURATION", "PXY", None)]


def test_heute_wieder_is_the_day_auch_heute_noch_is_now():
    text = "Nach dem Sieg am Mittwoch hat Robbie McEwen auch heute wieder zugeschlagen."
    assert timexes(text, "2005-07-08")[1] == ("heute", "DATE", "2005-07-08", None)
    assert timexes("Der Satz ist auch heute noch ein geflügeltes Wort.", "2005-07-08") == [
        ("heute", "DATE", "PRESENT_REF", None)]


def test_das_opening_a_report_sentence_makes_the_next_word_its_verb():
    # published on a Tuesday: "Das erklärte ... am Montag" is yesterday, not next Monday
    text = "Das erklärte General Winai Phattiyakul am Montag gegenüber ausländischen Diplomaten."
    assert timexes(text, "2006-09-26") == [("Montag", "DATE", "2006-09-25", None)]
    # an adjective before a noun with a verb of its own says nothing of the tense
    assert timexes("Das erklärte Ziel ist eine Einigung am Montag.", "2006-09-26") == [
        ("Montag", "DATE", "2006-10-02", None)]


def test_a_time_after_midnight_told_after_an_evening_is_the_next_day():
    text = ("Seit Sonntagabend hatte sich ein Mann in seinem Haus verschanzt. Er verständigte gegen 19.30 Uhr "
            "selbst die Polizei. Gegen 00.30 Uhr wurde er festgenommen.")
    assert timexes(text, "2012-04-16") == [("Sonntagabend", "TIME", "2012-04-15TEV", None),
                                           ("19.30 Uhr", "TIME", "2012-04-15T19:30", None),
                                           ("00.30 Uhr", "TIME", "2012-04-16T00:30", None)]
    # an evening on the publication day itself: no night after it has been told yet
    text = "Gegen 21 Uhr wurde die Feuerwehr gerufen. Sie war bis 4 Uhr morgens im Einsatz."
    assert [v for _, _, v, _ in timexes(text, "2018-08-08")] == ["2018-08-08T21:00", "2018-08-08T04:00"]


def test_half_a_unit_is_a_duration_in_the_smaller_unit():
    text = "Für die Übergabe nannte General Sonthi einen Zeitraum von einem halben Jahr."
    assert timexes(text, "2006-09-26") == [("einem halben Jahr", "DURATION", "P6M", None)]
    assert timexes("Die Sitzung dauerte eine halbe Stunde.", "2006-09-26") == [
        ("eine halbe Stunde", "DURATION", "PT30M", None)]
    assert timexes("Die Spaltung dauert schon mehr als ein halbes Jahrhundert.", "2006-09-26") == [
        ("mehr als ein halbes Jahrhundert", "DURATION", "P5DE", "MORE_THAN")]
    # an age stays out
    assert timexes("Das Kind starb im Alter von einem halben Jahr.", "2006-09-26") == []


def test_a_list_of_ages_is_no_timex():
    text = "Die drei Chefs im Alter von 62, 64 und 66 Jahren wurden am 20. Dezember verurteilt."
    assert timexes(text, "2005-12-22") == [("20. Dezember", "DATE", "2005-12-20", None)]
    # a list of spans of time stays
    assert timexes("Er war 3, 4 und 5 Jahre im Amt.", "2005-12-22") == [("5 Jahre", "DURATION", "P5Y", None)]


def test_um_das_jahr_is_a_year():
    text = "Um das Jahr 2000 herum war die Firma weltweit führend."
    assert timexes(text, "2006-01-09") == [("Jahr 2000", "DATE", "2000", "APPROX")]
    # a count after an approximation stays out
    assert timexes("Rund 2000 Menschen kamen.", "2006-01-09") == []


def test_a_fraction_of_units_before_or_after_is_a_duration():
    text = "Ein ähnlicher Fall hatte sich bereits eineinhalb Monate zuvor ereignet."
    assert timexes(text, "2006-01-09") == [("eineinhalb Monate", "DURATION", "P1.5M", None)]


def test_a_compound_duration_is_one_timex():
    text = "McEwen legte diese in fünf Stunden drei Minuten und fünfundvierzig Sekunden zurück."
    assert timexes(text, "2005-07-08") == [
        ("fünf Stunden drei Minuten und fünfundvierzig Sekunden", "DURATION", "PT5H3M45S", None)]
    assert timexes("Er saß zwei Jahre und drei Monate in Haft.", "2005-07-08") == [
        ("zwei Jahre und drei Monate", "DURATION", "P2Y3M", None)]
    # weeks stand alone in ISO 8601; units not from the largest down are two durations
    assert [v for _, _, v, _ in timexes("Er kämpfte sechs Wochen und drei Tage.", "2005-07-08")] == ["P6W", "P3D"]
    assert [v for _, _, v, _ in timexes("Das dauerte 3 Stunden und 2 Tage.", "2005-07-08")] == ["PT3H", "P2D"]


def test_seit_names_a_day_behind_whatever_the_tense():
    # tune-ext3 style: the present of "seit" is the state's, the day lies behind
    assert timexes("Seit Mittwoch ist der 61-jährige US-Amerikaner unterwegs.", "2006-02-10") == [
        ("Mittwoch", "DATE", "2006-02-08", None)]
    assert timexes("Seit dem 3. März ist er im Amt.", "2006-02-10") == [("3. März", "DATE", "2005-03-03", None)]
    assert timexes("Seit März sucht die Polizei nach dem Mann.", "2006-02-10") == [("März", "DATE", "2005-03", None)]
    # without "seit" the present of news reads ahead
    assert timexes("Bis Mittwoch ist er unterwegs.", "2006-02-10") == [("Mittwoch", "DATE", "2006-02-15", None)]


def test_a_quarter_of_a_named_year():
    text = "Bereits im letzten Quartal des Jahres 2007 hatte die Bank ähnlich hohe Verluste verbucht."
    assert timexes(text, "2008-04-01") == [("letzten Quartal des Jahres 2007", "DATE", "2007-Q4", None)]
    assert timexes("Daher hat der Stadtrat im letzten Quartal 2004 die Preise erhöht.", "2005-02-02") == [
        ("letzten Quartal 2004", "DATE", "2004-Q4", None)]
    assert timexes("Im ersten Quartal des Jahres 2007 stieg der Umsatz.", "2008-04-01") == [
        ("ersten Quartal des Jahres 2007", "DATE", "2007-Q1", None)]
    # without a year "letzten" is the quarter before publication
    assert timexes("Im letzten Quartal stieg der Umsatz.", "2008-04-01") == [("letzten Quartal", "DATE", "2008-Q1", None)]


def test_the_old_dative_singular_of_tag_and_jahr_is_one_period():
    assert timexes("Am selben Tage wurde er verhaftet.", "2017-04-11") == [("selben Tage", "DATE", "2017-04-11", None)]
    assert timexes("Im vorigen Jahre kam er frei.", "2017-04-11") == [("vorigen Jahre", "DATE", "2016", None)]
    # a plural stays a duration
    assert timexes("Die nächsten Tage bleibt es kalt.", "2017-04-11") == [("nächsten Tage", "DURATION", "PXD", None)]


def test_in_der_vergangenheit_is_the_past():
    text = "Diese Verfahrensweise zur Preisfestigung wurde in der Vergangenheit von der OPEC oft praktiziert."
    assert timexes(text, "2014-11-28") == [("der Vergangenheit", "DATE", "PAST_REF", None)]
    assert timexes("Konservative hatten schon in der jüngeren Vergangenheit kritisiert, dass ...", "2010-10-23") == [
        ("der jüngeren Vergangenheit", "DATE", "PAST_REF", None)]
    assert timexes("Die Stadt will ihre Vergangenheit aufarbeiten.", "2010-10-23") == []


def test_heute_in_an_attribute_with_a_present_participle_is_nowadays():
    text = "In der Lebensweise ähnelte die Schlange wahrscheinlich der heute in Südamerika lebenden Anakonda."
    assert timexes(text, "2009-02-05") == [("heute", "DATE", "PRESENT_REF", None)]
    # a past participle is the day's news; "das" is a pronoun
    assert timexes("Die heute veröffentlichte Studie zeigt das.", "2009-02-05") == [("heute", "DATE", "2009-02-05", None)]
    assert timexes("Wir haben das heute für die kommende Woche geplant.", "2009-02-05")[0] == (
        "heute", "DATE", "2009-02-05", None)


def test_millions_of_years_ago_are_a_duration():
    assert timexes("Vor 60 Millionen Jahren war es heißer als angenommen.", "2009-02-05") == [
        ("60 Millionen Jahren", "DURATION", "P60000000Y", None)]
    assert timexes("Vor rund 65 Millionen Jahren starben die Dinosaurier aus.", "2009-02-05") == [
        ("rund 65 Millionen Jahren", "DURATION", "P65000000Y", "APPROX")]
    # a count of people is no time; years ago in the calendar stay a date
    assert timexes("Vor 3 Millionen Menschen sprach er.", "2009-02-05") == []
    assert timexes("Vor 80 Jahren endete der Krieg.", "2009-02-05") == [("Vor 80 Jahren", "DATE", "1929", None)]


def test_the_last_hours_are_a_vague_span():
    text = "In den letzten Stunden machte Fossett die windstille Wetterlage zu schaffen."
    assert timexes(text, "2006-02-10") == [("letzten Stunden", "DURATION", "PTXH", None)]
    assert timexes("Er will in den nächsten Stunden weitere 74 Helfer schicken.", "2011-02-22") == [
        ("nächsten Stunden", "DURATION", "PTXH", None)]
    assert timexes("Der Bus fährt alle zwei Stunden.", "2011-02-22") == [("alle zwei Stunden", "SET", "PT2H", None)]


def test_an_age_written_in_words_before_a_person_is_no_duration():
    text = "Erste Tests bei der zwölfjährigen Chinesin haben den Verdacht nicht bestätigt."
    assert timexes(text, "2005-10-27") == []
    assert timexes("Ein zweijähriges Mädchen wurde verletzt.", "2005-10-27") == []
    # before anything else it is how long
    assert timexes("Nach dreijähriger Bauzeit wurde die Brücke eröffnet.", "2005-10-27") == [
        ("dreijähriger", "DURATION", "P3Y", None)]
    assert timexes("Die zweijährige deutsche Präsidentschaft endet.", "2005-10-27") == [
        ("zweijährige", "DURATION", "P2Y", None)]


def test_the_easter_days_are_dated_from_easter_sunday():
    text = "Aus allen politischen Richtungen kommen Aufrufe, an den Ostertagen für Frieden zu beten."
    assert timexes(text, "2017-04-11") == [("Ostertagen", "DATE", "2017-04-16", None)]
    assert timexes("Über die Pfingsttage wird es voll.", "2017-04-11") == [("Pfingsttage", "DATE", "2017-06-04", None)]


def test_the_new_year_early_in_a_year_is_that_year():
    text = "Das neue Jahr ist gerade mal einen Monat alt und schon macht sich der Unmut in Nürnberg breit."
    assert timexes(text, "2005-02-02")[0] == ("neue Jahr", "DATE", "2005", None)
    # late in a year the coming one; in a story the year after the story's
    assert timexes("Im neuen Jahr sollen die Preise steigen.", "2005-11-02") == [("neuen Jahr", "DATE", "2006", None)]
    assert timexes("Am 30. Dezember 1999 feierten sie. Im neuen Jahr kam der Krieg.", "2005-01-20")[1] == (
        "neuen Jahr", "DATE", "2000", None)


def test_a_month_of_a_year_named_in_the_genitive_is_one_timex():
    text = ("Im Jahr 2007 erklärte die US-Regierung ihn zum Terroristen. 2011 sanktionierten sie ihn nochmals. "
            "Im April letzten Jahres hatte das Außenministerium die Garde als Terrororganisation eingestuft.")
    assert timexes(text, "2020-01-05")[2] == ("April letzten Jahres", "DATE", "2019-04", None)
    assert timexes("Im Juli kommenden Jahres wird gewählt.", "2020-01-05") == [
        ("Juli kommenden Jahres", "DATE", "2021-07", None)]
    assert timexes("Im Mai des Jahres 2019 starb er.", "2020-01-05") == [("Mai des Jahres 2019", "DATE", "2019-05", None)]
    assert timexes("Am 3. Mai des Jahres 1945 kapitulierte die Stadt.", "2020-01-05") == [
        ("3. Mai des Jahres 1945", "DATE", "1945-05-03", None)]


def test_a_second_year_written_short_after_a_slash():
    assert timexes("Wie im Deutsch-Französischen Krieg 1870/71 geführt.", "2011-02-16") == [
        ("1870", "DATE", "1870", None), ("71", "DATE", "1871", None)]
    assert timexes("Die Revolution im Jahre 1911/12 beendete die Dynastie.", "2011-02-16") == [
        ("Jahre 1911", "DATE", "1911", None), ("12", "DATE", "1912", None)]
    # a season or school year over the turn of a year is one period
    assert timexes("In der Saison 2014/15 spielte er nicht.", "2015-09-12") == [
        ("Saison 2014/15", "DATE", "2014", None)]
    assert timexes("Die Phase beginnt mit dem Schuljahr 2012/13.", "2008-05-08") == [
        ("Schuljahr 2012/13", "DATE", "2012", None)]


def test_until_into_the_evening_is_a_time_of_the_day():
    assert timexes("Am Montag dauerte die Sitzung bis in die Abendstunden.", "2015-05-13") == [
        ("Montag", "DATE", "2015-05-11", None), ("Abendstunden", "TIME", "2015-05-11TEV", None)]
    assert timexes("Er ging in die Nacht hinaus.", "2015-05-13") == []


def test_eines_tages_as_an_adverb_is_no_duration():
    assert timexes("Wir warnen, dass wir eines Tages das Kalifat wiedererrichten werden.", "2008-12-31") == []
    assert timexes("Eines Tages kam er zurück.", "2008-12-31") == []
    # after a genitive preposition or a noun it is a day's span
    assert timexes("Innerhalb eines Tages stieg die Zahl.", "2008-12-31") == [("eines Tages", "DURATION", "P1D", None)]
    assert timexes("Die Kosten eines Tages im Krankenhaus sind hoch.", "2008-12-31") == [
        ("eines Tages", "DURATION", "P1D", None)]


def test_von_heute_auf_morgen_is_no_day_and_von_heute_an_is_today():
    assert timexes("Das geht nicht von heute auf morgen.", "2015-05-13") == []
    assert timexes("Von heute an gilt das Gesetz.", "2015-05-13") == [("heute", "DATE", "2015-05-13", None)]
    assert timexes("Die Jugend von heute ist anders.", "2015-05-13") == [("heute", "DATE", "PRESENT_REF", None)]
    assert timexes("Die Opfer, die noch heute an den Folgen leiden.", "2015-05-13") == [
        ("heute", "DATE", "PRESENT_REF", None)]


# --- rules from the errors of all tuning parts, round eight (branch h18-timex) ---------------------------------

def test_a_second_year_written_short_after_a_dash_or_before_a_comma():
    assert timexes("Der Erste Weltkrieg 1914–18 kostete Millionen das Leben.", "2014-08-01") == [
        ("1914", "DATE", "1914", None), ("18", "DATE", "1918", None)]
    assert timexes("Die Truppen konnten die Kommunisten 1930-34 abwehren.", "2011-02-16") == [
        ("1930", "DATE", "1930", None), ("34", "DATE", "1934", None)]
    # the slash before a comma ("1911/12, die ...")
    assert timexes("Nach der Revolution im Jahre 1911/12, die zum Sturz führte, zerfiel das Land.", "2011-02-16")[:2] == [
        ("Jahre 1911", "DATE", "1911", None), ("12", "DATE", "1912", None)]
    # "2011-12" may be a month; a season stays one period; an earlier number is no year
    assert timexes("Die Zahlen 2011-12 stiegen.", "2014-08-01") == [("2011", "DATE", "2011", None)]
    assert timexes("Die Saison 2014-15 war gut.", "2015-09-12") == [("2014", "DATE", "2014", None)]


def test_the_first_year_of_a_range_before_christ():
    assert timexes("Von der Seeschlacht bis zur Niederlage (264–260 v. Chr.) dauerte es.", "2011-02-16") == [
        ("264", "DATE", "BC0264", None), ("260 v. Chr.", "DATE", "BC0260", None)]
    assert timexes("Im Jahr 478/477 v. Chr. wurde der Seebund gegründet.", "2011-02-16") == [
        ("Jahr 478", "DATE", "BC0478", None), ("477 v. Chr.", "DATE", "BC0477", None)]
    # years before Christ count down: "5-10 v. Chr." is no range of years
    assert timexes("Er lebte 5-10 v. Chr. dort.", "2011-02-16") == [("10 v. Chr.", "DATE", "BC0010", None)]


def test_a_year_opening_an_item_of_a_chronology():
    text = "Die Kriege der Warlords:\n* 1920 Chili-Anhwei-Krieg\n* 1922 Erster Chili-Fengtian-Krieg\n"
    assert timexes(text, "2011-02-16") == [("1920", "DATE", "1920", None), ("1922", "DATE", "1922", None)]
    # a count opening a line that is no list item stays a count
    assert timexes("Die Lage im Land.\n1500 Menschen demonstrierten.", "2011-02-16") == []


def test_seit_is_no_part_of_a_vague_duration_and_laengerem():
    # a leading preposition stays out of the span, as in "seit zwei Jahren" -> "zwei Jahren"
    assert timexes("Die Yakuza steht seit Jahren im Fadenkreuz.", "2012-06-12") == [("Jahren", "DURATION", "PXY", None)]
    text = "Die Umfragen zeigen den seit längerem zu verzeichnenden Trend."
    assert timexes(text, "2012-04-23") == [("längerem", "DURATION", "PXY", None)]
    assert timexes("Das ist seit Langem bekannt.", "2012-04-23") == [("Langem", "DURATION", "PXY", None)]


def test_binnen_kurzem_is_soon():
    text = "Das Attentat aktivierte eine Reihe von Bündnissen, was binnen kurzem zum Weltkrieg führte."
    assert timexes(text, "2011-02-16") == [("binnen kurzem", "DATE", "FUTURE_REF", None)]


def test_leading_in_and_um_are_out_of_the_span():
    # "in (der) Zukunft": the preposition is no part of the timex, as the news gold has it
    assert timexes("Kim versprach auch in Zukunft Unterstützung.", "2025-08-13") == [
        ("Zukunft", "DATE", "FUTURE_REF", None)]
    assert timexes("In der Zukunft sollen alle profitieren.", "2025-08-13") == [
        ("der Zukunft", "DATE", "FUTURE_REF", None)]
    # "um" before a duration measures a change: no approximation, out of the span
    assert timexes("Der Start der Raumfähre wurde um einen Tag verschoben.", "2010-02-08") == [
        ("einen Tag", "DURATION", "P1D", None)]
    assert timexes("Der Vertrag wurde um zwei Jahre verlängert.", "2010-02-08") == [
        ("zwei Jahre", "DURATION", "P2Y", None)]
    assert timexes("Er wartete etwa zwei Stunden.", "2010-02-08") == [("etwa zwei Stunden", "DURATION", "PT2H", "APPROX")]


def test_a_heading_is_no_phase_of_the_year_below_it():
    text = "Der Krieg im Westen.\n\nVerlauf\n\n1861 begann der Krieg mit dem Angriff."
    assert timexes(text, "2011-02-16") == [("1861", "DATE", "1861", None)]
    assert timexes("Der Vertrag endet Ende 2024.", "2011-02-16") == [("Ende 2024", "DATE", "2024", "END")]


def test_a_fiscal_year_word_belongs_to_the_span():
    text = "Der Konzern hat im Buchjahr 2009 einen Gewinn von 3,1 Milliarden Euro erzielt."
    assert timexes(text, "2010-02-08") == [("Buchjahr 2009", "DATE", "2009", None)]
    assert timexes("Das Haushaltsjahr 2008 schloss mit einem Plus.", "2010-02-08") == [
        ("Haushaltsjahr 2008", "DATE", "2008", None)]
    # one period over the turn of a year stays one year; a story's "Kriegsjahr" stays out of the span
    assert timexes("Im Geschäftsjahr 2014/15 stieg der Umsatz.", "2016-01-01") == [
        ("Geschäftsjahr 2014/15", "DATE", "2014", None)]
    assert timexes("Im Kriegsjahr 1915 starben viele.", "2011-02-16") == [("1915", "DATE", "1915", None)]


def test_a_month_beside_an_adverb_of_the_usual_is_any_years():
    text = "Bestattungen sind durch einen Passus in der Friedhofsordnung im Monat Januar grundsätzlich nicht möglich."
    assert timexes(text, "2007-01-13") == [("Januar", "DATE", "XXXX-01", None)]
    text = "Es fiel das Dreifache dessen an Niederschlag, was sonst im Juli fällt."
    assert timexes(text, "2018-07-09") == [("Juli", "DATE", "XXXX-07", None)]
    # not across a sentence
    assert timexes("Im Juli kam er zurück. Sonst blieb alles ruhig.", "2007-01-13") == [("Juli", "DATE", "2006-07", None)]


def test_half_and_quarter_hours():
    assert timexes("Am Freitag um halb acht Uhr abends beginnt das Konzert.", "2015-03-18") == [
        ("Freitag", "DATE", "2015-03-20", None), ("halb acht Uhr abends", "TIME", "2015-03-20T19:30", None)]
    assert timexes("Gestern um Viertel nach zehn brach das Feuer aus.", "2015-03-18")[1] == (
        "Viertel nach zehn", "TIME", "2015-03-17T10:15", None)
    assert timexes("Gestern um Viertel vor acht brach das Feuer aus.", "2015-03-18")[1][2] == "2015-03-17T07:45"
    # Austrian and southern German: "dreiviertel acht" 7:45, "viertel acht" 7:15
    assert timexes("Gestern um dreiviertel acht brach das Feuer aus.", "2015-03-18")[1][2] == "2015-03-17T07:45"
    assert timexes("Gestern um viertel acht brach das Feuer aus.", "2015-03-18")[1][2] == "2015-03-17T07:15"
    # no "Uhr" and no clock preposition: no time
    assert timexes("Halb zwei Millionen Menschen leben dort.", "2015-03-18") == []


def test_jeweils_am_donnerstag_is_every_thursday():
    assert timexes("Das Treffen ist jeweils am Donnerstag um 20 Uhr.", "2015-03-18") == [
        ("Donnerstag", "SET", "XXXX-WXX-4", None), ("20 Uhr", "TIME", "T20:00", None)]
    assert timexes("Der Kurs findet jeweils Dienstagabend statt.", "2015-03-18") == [
        ("Dienstagabend", "SET", "XXXX-WXX-2TEV", None)]
    # days named with their dates stay those days
    assert timexes("Jeweils am Samstag, 21. März, und Sonntag, 22. März, ist offen.", "2015-03-18") == [
        ("Samstag, 21. März", "DATE", "2015-03-21", None), ("Sonntag, 22. März", "DATE", "2015-03-22", None)]


def test_week_after_next_tags_darauf_phase_of_vorjahr_and_maria_empfaengnis():
    assert timexes("Übernächste Woche wird im Landtag abgestimmt.", "2015-03-18") == [
        ("Übernächste Woche", "DATE", "2015-W14", None)]
    assert timexes("Am 3. März kam er an. Tags darauf reiste er ab.", "2015-03-18") == [
        ("3. März", "DATE", "2015-03-03", None), ("Tags darauf", "DATE", "2015-03-04", None)]
    assert timexes("Ende des Vorjahres wurde der Vertrag unterzeichnet.", "2015-03-18") == [
        ("Ende des Vorjahres", "DATE", "2014", "END")]
    assert timexes("Zu Maria Empfängnis haben die Geschäfte offen.", "2015-11-20") == [
        ("Maria Empfängnis", "DATE", "2015-12-08", None)]


def test_new_years_eve_and_christmas_eve():
    assert timexes("In der Silvesternacht brannte es in Bozen.", "2015-01-02") == [
        ("Silvesternacht", "DATE", "2014-12-31", None)]
    assert timexes("Am Weihnachtsabend kommt die Familie.", "2014-12-20") == [
        ("Weihnachtsabend", "DATE", "2014-12-24", None)]


def test_half_yearly_and_quarterly_sets():
    assert timexes("Der Bericht erscheint vierteljährlich.", "2015-03-18") == [("vierteljährlich", "SET", "P3M", None)]
    assert timexes("Die halbjährliche Prüfung fiel aus.", "2015-03-18") == [("halbjährliche", "SET", "P6M", None)]


def test_heute_before_an_adverb_of_how_often_is_nowadays():
    text = "Der Konflikt wird heute häufig auch einfach Koreakrieg genannt."
    assert timexes(text, "2011-02-16") == [("heute", "DATE", "PRESENT_REF", None)]
    assert timexes("Die Firma ist heute überwiegend in Asien tätig.", "2015-06-25") == [
        ("heute", "DATE", "PRESENT_REF", None)]
    # not a day's news
    assert timexes("Heute tagt der Landtag.", "2015-03-18") == [("Heute", "DATE", "2015-03-18", None)]


def test_heurig_as_a_relative_of_a_period():
    # Austrian and South Tyrolean "heurig" (this year's) before a period is one timex with it
    assert timexes("Im heurigen Jahr wird die Straße gebaut.", "2015-03-18") == [
        ("heurigen Jahr", "DATE", "2015", None)]
    assert timexes("Im Frühjahr des heurigen Jahres wurde gebaut.", "2015-06-18") == [
        ("Frühjahr des heurigen Jahres", "DATE", "2015-SP", None)]
    assert timexes("Bis Ende heurigen Jahres wird gebaut.", "2015-03-18") == [
        ("Ende heurigen Jahres", "DATE", "2015", "END")]
    assert timexes("Im heurigen Sommer wird gebaut.", "2015-03-18") == [("heurigen Sommer", "DATE", "2015-SU", None)]


def test_zwischenzeitlich_is_no_timex_as_inzwischen():
    text = "Der Pilot, der sich mit dem Schleudersitz retten konnte, wurde zwischenzeitlich von Ärzten untersucht."
    assert timexes(text, "2005-09-16") == []


def test_in_der_folge_is_no_timex_as_daraufhin():
    text = "Nach den Tätern wurde gefahndet. In der Folge bekam das Opfer eine SMS."
    assert timexes(text, "2015-08-19") == []


def test_nach_wenigen_minuten_is_how_long_as_nach_15_minuten():
    assert timexes("Er fällt vorne über. Nach wenigen Minuten ist er tot.", "2011-02-16") == [
        ("wenigen Minuten", "DURATION", "PTXM", None)]
    assert timexes("Nach 15 Minuten war alles vorbei.", "2011-02-16") == [("15 Minuten", "DURATION", "PT15M", None)]


def test_counts_and_labels_are_no_years():
    assert timexes("Der Verein wuchs stark: mittlerweile sind es 1600 Mitglieder.", "2015-03-18") == []
    assert timexes("Die Linie 2013 fährt am Wochenende nicht.", "2015-03-18")[:1] == [
        ("Wochenende", "DATE", "2015-W12-WE", None)]
    assert timexes("Im Zimmer 1002 brach ein Feuer aus.", "2015-03-18") == []
    assert timexes("Die Zahl stieg von 1800 auf 2100.", "2015-03-18") == []
    assert timexes("Washington griff die 1400 hessischen Truppen an.", "2011-02-16") == []
    # years stay years
    assert timexes("Der Wechsel von 2014 auf 2015 verlief ruhig.", "2015-03-18") == [
        ("2014", "DATE", "2014", None), ("2015", "DATE", "2015", None)]
    assert timexes("Die KGU hieß ab 2005 Russische Staatliche Universität.", "2015-03-18") == [
        ("2005", "DATE", "2005", None)]


def test_quarters_and_halves_with_digit_ordinals():
    assert timexes("Im 1. Quartal stieg der Umsatz um drei Prozent.", "2015-06-18")[0] == (
        "1. Quartal", "DATE", "2015-Q1", None)
    assert timexes("Im 2. Halbjahr 2014 sank der Umsatz.", "2015-06-18") == [
        ("2. Halbjahr 2014", "DATE", "2014-H2", None)]
    assert timexes("Im 3. Halbjahr stieg er.", "2015-06-18") == []


def test_a_quarter_of_the_year_before():
    assert timexes("Im ersten Halbjahr des Vorjahres sank der Umsatz.", "2015-03-18") == [
        ("ersten Halbjahr des Vorjahres", "DATE", "2014-H1", None)]
    assert timexes("Im 4. Quartal des Vorjahres sank der Umsatz.", "2015-03-18") == [
        ("4. Quartal des Vorjahres", "DATE", "2014-Q4", None)]


def test_a_month_season_or_day_of_the_year_before():
    assert timexes("Im Februar des Vorjahres sank die Zahl der Arbeitslosen.", "2015-03-18") == [
        ("Februar des Vorjahres", "DATE", "2014-02", None)]
    assert timexes("Im Sommer des Vorjahres brannte der Wald.", "2015-03-18") == [
        ("Sommer des Vorjahres", "DATE", "2014-SU", None)]
    assert timexes("Am 3. März des Vorjahres wurde er gewählt.", "2015-03-18") == [
        ("3. März des Vorjahres", "DATE", "2014-03-03", None)]


def test_im_moment_is_now():
    assert timexes("Im Moment gibt es noch keine Firmwareupdates für die Geräte.", "2009-04-02") == [
        ("Moment", "DATE", "PRESENT_REF", None)]
    assert timexes("Das Wichtigste im Moment sind nicht die Bauten, es sind die Menschen.", "2011-02-22") == [
        ("Moment", "DATE", "PRESENT_REF", None)]
    assert timexes("Im Augenblick ist die Lage in der Stadt ruhig.", "2011-02-22") == [
        ("Augenblick", "DATE", "PRESENT_REF", None)]
    # the moment of something, a moment long: no present
    assert timexes("Im Moment des Aufpralls war der Fahrer nicht angeschnallt.", "2011-02-22") == []
    assert timexes("Im Augenblick, als der Zug einfuhr, sprang er.", "2011-02-22") == []
    assert timexes("Er zögerte einen Moment und ging dann.", "2011-02-22") == []


def test_tagtaeglich_is_a_set():
    assert timexes("Es sind Neuregelungen, mit denen die Nürnberger tagtäglich zu tun haben.", "2005-02-02") == [
        ("tagtäglich", "SET", "P1D", None)]


def test_in_the_course_of_the_day():
    assert timexes("Im Tagesverlauf wird eine allgemeine Anhebung der Pegel erwartet.", "2010-05-26") == [
        ("Tagesverlauf", "DATE", "2010-05-26", None)]
    assert timexes("Der Tagesverlauf eines Schülers ist streng geregelt.", "2010-05-26") == []


def test_a_past_clock_time_is_not_on_a_later_day_named_before():
    text = ("Im Wahlkreis Dresden I wird erst am 2. Oktober gewählt. Wie der Bundeswahlleiter mitteilte, lag die "
            "Wahlbeteiligung im Zeitraum von 8:00 bis 14:00 Uhr bei 41,9 Prozent.")
    assert timexes(text, "2005-09-18")[1:] == [
        ("8:00", "TIME", "2005-09-18T08:00", None), ("14:00 Uhr", "TIME", "2005-09-18T14:00", None)]
    # told ahead, or in the day's own sentence, the time keeps the day
    assert timexes("Im Wahlkreis Dresden I wird erst am 2. Oktober gewählt. Die Wahllokale öffnen um 8:00 Uhr.",
                   "2005-09-18")[1:] == [("8:00 Uhr", "TIME", "2005-10-02T08:00", None)]


def test_a_year_compared_with_after_zu():
    assert timexes("Im Vergleich zu 2003 fällt auf, dass der Anteil gestiegen ist.", "2008-10-29") == [
        ("2003", "DATE", "2003", None)]
    assert timexes("Im Gegensatz zu 2007 stieg die Zahl der Studienanfänger.", "2008-10-29") == [
        ("2007", "DATE", "2007", None)]
    # counts stay counts
    assert timexes("Im Vergleich zu 2000 Menschen vor einem Monat sind es wenige.", "2008-10-29")[:1] != [
        ("2000", "DATE", "2000", None)]
    assert timexes("Er zahlt bis zu 2000 Euro.", "2008-10-29") == []


def test_a_digit_year_adjective_before_a_stretch_of_time_is_a_duration():
    assert timexes("Die Kommission berichtete über die Verbrechen der 24-jährigen indonesischen Besatzungszeit.",
                   "2005-12-28") == [("24-jährigen", "DURATION", "P24Y", None)]
    assert timexes("Nach 3-jähriger Bauzeit wurde die Brücke eröffnet.", "2005-12-28") == [
        ("3-jähriger", "DURATION", "P3Y", None)]
    # ages and anniversaries stay out
    assert timexes("Der 24-jährige Student wurde verhaftet.", "2005-12-28") == []
    assert timexes("Das Paar feierte seine 50-jährige Hochzeit.", "2005-12-28") == []


def test_heutig_before_an_occasion_is_the_day():
    assert timexes("Nach Angaben des Verbands nahmen an der heutigen Kundgebung und Demonstration 15.000 Lehrer "
                   "teil.", "2008-05-08") == [("heutigen", "DATE", "2008-05-08", None)]
    assert timexes("Die heutige Etappe ist die drittlängste der Tour.", "2005-07-08") == [
        ("heutige", "DATE", "2005-07-08", None)]
    # nowadays or a place as it is called now: no day
    assert timexes("Angesichts der heutigen weltweiten Vernetzung ist das schwer.", "2008-05-08") == []
    assert timexes("Die heutige Vorstellung von Familie ist eine andere.", "2008-05-08") == []


def test_ueber_jahre_is_a_vague_duration():
    assert timexes("Im Entwurf war vorgesehen, die über Jahre von den Lehrern geleisteten Stunden zu erstatten.",
                   "2008-05-08") == [("Jahre", "DURATION", "PXY", None)]
    assert timexes("Diese Entwicklung wird sich über die Jahre hinweg rächen.", "2015-03-18") == [
        ("die Jahre", "DURATION", "PXY", None)]
    assert timexes("Über Monate wurde verhandelt.", "2015-03-18") == [("Monate", "DURATION", "PXM", None)]
    # a topic, the miners' "über Tage": none
    assert timexes("Er sprach über Jahre der Unterdrückung.", "2015-03-18") == []
    assert timexes("Die Kumpel arbeiten über Tage.", "2015-03-18") == []


def test_plural_units_placed_by_the_next_word():
    assert timexes("In den Stunden nach dem Erdbeben kam es zu mehreren Nachbeben.", "2011-02-22")[:1] == [
        ("den Stunden", "DURATION", "PTXH", None)]
    assert timexes("Die Veranstaltung wurde wie in den Jahren zuvor von Demonstranten gestört.", "2011-02-22") == [
        ("den Jahren zuvor", "DATE", "PAST_REF", None)]
    assert timexes("In den Tagen danach blieb es ruhig.", "2011-02-22") == [
        ("den Tagen danach", "DATE", "FUTURE_REF", None)]
    assert timexes("Er lebte in den Jahren als Student in Rom.", "2011-02-22") == []


def test_fractional_hours_are_whole_minutes():
    assert timexes("Der Flughafen der Stadt war anderthalb Stunden geschlossen.", "2009-08-02") == [
        ("anderthalb Stunden", "DURATION", "PT90M", None)]
    assert timexes("Die Sitzung dauerte zweieinhalb Stunden.", "2009-08-02") == [
        ("zweieinhalb Stunden", "DURATION", "PT150M", None)]
    # other units keep their fraction
    assert timexes("Der Fall hatte sich bereits eineinhalb Monate zuvor ereignet.", "2006-01-09")[0][2] == "P1.5M"


def test_more_austrian_and_tyrolean_feasts():
    assert timexes("Zu Hochunserfrau findet in Bozen die Prozession statt.", "2015-08-10") == [
        ("Hochunserfrau", "DATE", "2015-08-15", None)]
    assert timexes("Zu Dreikönig ziehen die Sternsinger von Haus zu Haus.", "2015-01-03") == [
        ("Dreikönig", "DATE", "2015-01-06", None)]
    assert timexes("Am Unsinnigen Donnerstag feiern die Narren in Tirol.", "2015-02-10") == [
        ("Unsinnigen Donnerstag", "DATE", "2015-02-12", None)]
    assert timexes("Am Weißen Sonntag gehen die Kinder zur Erstkommunion.", "2015-04-01") == [
        ("Weißen Sonntag", "DATE", "2015-04-12", None)]
    assert timexes("Am Pfingstdienstag bleibt die Schule geschlossen.", "2015-05-20") == [
        ("Pfingstdienstag", "DATE", "2015-05-26", None)]


def test_more_sets():
    assert timexes("Der Chor probt allabendlich im Pfarrsaal.", "2015-03-18") == [
        ("allabendlich", "SET", "XXXX-XX-XXTEV", None)]
    assert timexes("Die Bäder sind an Wochenenden geöffnet.", "2015-03-18") == [
        ("Wochenenden", "SET", "XXXX-WXX-WE", None)]
    assert timexes("Die Bar ist an Sonntagen geschlossen.", "2015-03-18") == [
        ("Sonntagen", "SET", "XXXX-WXX-7", None)]
    assert timexes("An den Samstagen im Advent sind die Geschäfte länger offen.", "2015-03-18")[:1] == [
        ("den Samstagen", "SET", "XXXX-WXX-6", None)]


def test_a_period_over_the_turn_of_a_year_spans_its_noun_and_both_years():
    assert timexes("Die Ausgleichsphase beginnt mit dem Schuljahr 2012/13.", "2008-05-08") == [
        ("Schuljahr 2012/13", "DATE", "2012", None)]
    assert timexes("Im Geschäftsjahr 2014/15 stieg der Umsatz.", "2015-03-18") == [
        ("Geschäftsjahr 2014/15", "DATE", "2014", None)]


def test_bare_accusative_letztes_naechstes_jahr_counts_from_publication_inside_a_story():
    # deictic: the adverbial accusative with no article counts from publication, even after a story's year
    text = ("Am 4. Mai 2011 begann in München der Prozess gegen den Angeklagten. Nächstes Jahr soll er "
            "vorzeitig freikommen. Letztes Jahr hatte das Gericht seinen Antrag noch abgelehnt.")
    assert timexes(text, "2016-03-20") == [("4. Mai 2011", "DATE", "2011-05-04", None),
                                           ("Nächstes Jahr", "DATE", "2017", None),
                                           ("Letztes Jahr", "DATE", "2015", None)]
    # anaphoric: the story's following year stays the story's
    text = "1914 begann der Erste Weltkrieg. Im Jahr darauf trat Italien in den Krieg ein."
    assert timexes(text, "2016-03-20") == [("1914", "DATE", "1914", None), ("Jahr darauf", "DATE", "1915", None)]
    text = "1914 begann der Erste Weltkrieg. Im nächsten Jahr trat Italien in den Krieg ein."
    assert timexes(text, "2016-03-20") == [("1914", "DATE", "1914", None), ("nächsten Jahr", "DATE", "1915", None)]


def test_a_present_or_future_clause_after_a_recent_story_counts_its_year_from_publication():
    # a story a few years back gives its year to past-tense clauses only, as year-less months and days
    text = ("Am 4. Mai 2011 begann in München der Prozess gegen den Angeklagten. In diesem Jahr soll er "
            "vorzeitig freikommen. Im nächsten Jahr will die Stadt das Gericht schließen.")
    assert timexes(text, "2016-03-20") == [("4. Mai 2011", "DATE", "2011-05-04", None),
                                           ("diesem Jahr", "DATE", "2016", None),
                                           ("nächsten Jahr", "DATE", "2017", None)]
    # past clauses stay in the story ("kommenden" is no future of the clause); "im folgenden Jahr" is anaphoric
    text = ("Am 4. Mai 2011 begann in München der Prozess gegen den Angeklagten. Im kommenden Jahr wurde er "
            "verurteilt. Im folgenden Jahr soll er freikommen.")
    assert timexes(text, "2016-03-20") == [("4. Mai 2011", "DATE", "2011-05-04", None),
                                           ("kommenden Jahr", "DATE", "2012", None),
                                           ("folgenden Jahr", "DATE", "2013", None)]
    # a history's future is its own
    text = "1914 begann der Erste Weltkrieg. In diesem Jahr soll Italien noch neutral bleiben."
    assert timexes(text, "2016-03-20") == [("1914", "DATE", "1914", None), ("diesem Jahr", "DATE", "1914", None)]


def test_im_letzten_jahr_after_a_recent_story_is_last_year_as_im_vergangenen_jahr():
    text = ("Am 4. Mai 2011 begann in München der Prozess gegen den Angeklagten. Im letzten Jahr wurde er "
            "schließlich zu acht Jahren Haft verurteilt.")
    assert timexes(text, "2016-03-20")[1] == ("letzten Jahr", "DATE", "2015", None)
    text = text.replace("letzten", "vergangenen")
    assert timexes(text, "2016-03-20")[1] == ("vergangenen Jahr", "DATE", "2015", None)
    # a history keeps its own year before
    text = "1915 trat Italien in den Ersten Weltkrieg ein. Im letzten Jahr hatte es sich noch neutral erklärt."
    assert timexes(text, "2016-03-20")[1] == ("letzten Jahr", "DATE", "1914", None)


def test_im_laufenden_jahr_after_a_recent_story_is_the_publication_year():
    text = ("Am 3. März 2010 wurde der Konzern an die Börse gebracht. Im laufenden Jahr stieg der Umsatz "
            "bereits um zehn Prozent.")
    assert timexes(text, "2016-03-20") == [("3. März 2010", "DATE", "2010-03-03", None),
                                           ("laufenden Jahr", "DATE", "2016", None)]
