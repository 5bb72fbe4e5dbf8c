from chronik.clean import clean
from chronik.ingest import read_paths
from chronik.lang.de.cleaning import CLEANING_RULES
from chronik.records import RawArticle
from tests.conftest import seed


def cleaned(prefix: str):
    raw = next(iter(read_paths([seed(prefix)])))
    return clean(raw, CLEANING_RULES)


def test_date_header_and_caption_of_000():
    a = cleaned("000")
    assert a.published == "2025-08-13"
    assert a.agencies == ()
    assert a.dropped == (
        ("date 2025-08-13", "date header"),
        ("Nordkoreas Machthaber Kim Jong Un telefonierte am Dienstag mit US-Präsident Donald Trump. "
         "(Das Foto wurde von der nordkoreanischen Nachrichtenagentur KCNA verbreitet.) Quelle: AP | Uncredited",
         "caption"),
    )
    assert a.text.startswith("Nordkorea und Russland haben bekräftigt, im Ukraine-Krieg stärker zusammenzuarbeiten.")
    assert "\n\nNordkorea: \"Uneingeschränkte Unterstützung\"\n\n" in a.text  # sub-heading kept
    assert a.text.endswith("was die Bedrohung durch sein Atomwaffenprogramm erhöhen könnte.")


def test_byline_with_agency_and_time_of_001():
    a = cleaned("001")
    assert a.published == "2025-08-15T16:38"
    assert a.agencies == ("afp",)
    assert [reason for _, reason in a.dropped] == ["byline", "caption"]
    assert a.text.startswith("Tausende Nordkoreaner kämpfen für Russland gegen die Ukraine.")
    assert "imago" not in a.text and "Lesedauer" not in a.text


def test_title_and_advertisement_tail_of_002():
    a = cleaned("002")
    assert a.title == "Nordkorea sichert Russland weitere Unterstützung im Ukraine-Konflikt zu"
    assert a.published is None  # the ad's "ab 1. Juli 2025" is no publication date
    assert a.text.endswith("scheint die Achse Moskau-Pjöngjang entschlossen, ihren eigenen geopolitischen "
                           "Weg zu verfolgen.")
    dropped = [line for line, _ in a.dropped]
    assert dropped[:2] == ["- Themen:", "- #Energie"]
    assert {"FINANZIELLE SELBSTVERTEIDIGUNG", "15.000€ Gold", "ab 1. Juli 2025", "Thilo Sarrazin",
            "Prof. Dr. R. Werner", "- Politik"} <= set(dropped)
    assert "Strategische Partnerschaft vertieft sich" in a.text  # sub-heading kept


def test_title_dateline_and_credit_line_of_003():
    a = cleaned("003")
    assert a.title == "Nordkoreas Kim versichert Putin volle Unterstützung"
    assert a.published == "2025-09-03"
    assert a.agencies == ("afp", "dpa", "reuters")
    assert a.text.startswith('"Die Beziehungen zwischen unseren Ländern')
    assert a.dropped == (("3. September 2025", "dateline"), ("wa/fab (dpa, afp, rtr)", "credit line"))


def test_author_line_of_004():
    a = cleaned("004")
    assert a.authors == ("Gabriel Knupfer",)
    assert a.published == "2025-12-27"
    assert "Redaktor" not in a.text
    assert a.text.startswith("Kim Jong Un lobt die «unbesiegbare Freundschaft»")


def test_agency_dateline_credits_the_agency():
    raw = RawArticle(source="x.txt", text="Berlin (dpa) - Die Regierung hat am Montag ein Gesetz beschlossen. "
                                          "Es tritt im Januar in Kraft.")
    a = clean(raw, CLEANING_RULES)
    assert a.agencies == ("dpa",)


def test_cited_agency_is_not_credited():
    raw = RawArticle(source="x.txt", text="Das Treffen sei herzlich gewesen, berichtete die Agentur Reuters. "
                                          "Laut der Agentur DPA kam es zu keiner Einigung.")
    assert clean(raw, CLEANING_RULES).agencies == ()


def test_same_text_same_id_whatever_the_whitespace():
    a = clean(RawArticle(source="a.txt", text="Ein Satz.  Noch  einer."), CLEANING_RULES)
    b = clean(RawArticle(source="b.txt", text="Ein Satz. Noch einer.\n"), CLEANING_RULES)
    assert a.id == b.id


def test_control_characters_are_dropped():
    raw = RawArticle(source="x.jsonl#1", text="Kim traf\x00 Putin.\x0cDas Treffen\x07 dauerte zwei Stunden.",
                     title="Gipfel\x00 in Peking", structured=True)
    a = clean(raw, CLEANING_RULES)
    assert (a.title, a.text) == ("Gipfel in Peking", "Kim traf Putin. Das Treffen dauerte zwei Stunden.")


PAGE_TEXT = "Der Stadtrat hat am Dienstag den Haushalt für 2022 beschlossen. Die Opposition stimmte dagegen."


def published(**raw):
    return clean(RawArticle(source="seite.html", text=PAGE_TEXT, structured=True, **raw), CLEANING_RULES).published


def test_stated_publication_date_before_update_and_stand_line():
    assert published(published="2021-05-03T08:02:00Z", modified="2021-05-04T09:00:00+02:00",
                     page_lines=("Stand: 04.05.2021 09:00 Uhr",)) == "2021-05-03T10:02"


def test_stand_line_when_the_page_states_no_publication():
    # "Stand:" above the article, a later teaser date below it, a later dateModified.
    lines = ("Startseite 12°C", "Stand: 03.05.2021 14:10 Uhr", "Mehr zum Thema 05.05.2021")
    assert published(page_lines=lines, modified="2021-05-05T08:00:00+02:00",
                     date_guess="2021-05-05") == "2021-05-03T14:10"
    assert published(page_lines=("Stand: 28. April 2023, 05:00 Uhr",)) == "2023-04-28T05:00"


def test_a_publication_line_before_a_stand_line():
    lines = ("Stand: 04.05.2021 09:00 Uhr", "Veröffentlicht am 03.05.2021 um 14:10 Uhr")
    assert published(page_lines=lines) == "2021-05-03T14:10"
    assert published(page_lines=("Stand: 07.01.2026", "Zuerst veröffentlicht am 06.01.2026 um 14:02 Uhr")) == (
        "2026-01-06T14:02")


def test_a_dated_byline_on_the_page_is_a_publication_date():
    assert published(page_lines=("Do 25.04.24 | 14:07 Uhr | Von Anna Muster",)) == "2024-04-25T14:07"
    assert published(page_lines=("Heute 25.04.24 | 14:07 Uhr",)) is None  # no byline, no label


def test_modification_date_only_when_nothing_else_dates_the_article():
    assert published(modified="2021-05-05T08:00:00+02:00", date_guess="2021-05-01") == "2021-05-05T08:00"
    assert published(date_guess="2021-05-01") == "2021-05-01"


def credited(text: str, **raw) -> str | None:
    return clean(RawArticle(source="bericht.txt", text=text, **raw), CLEANING_RULES).published


def test_the_closing_credit_of_a_report_dates_it():
    # the credit Austrian outlets close a report with: agencies or editors' initials and the day
    text = ("Im Tunnel brach am Freitag ein Feuer aus. Vermutlich war dort die Lüftungsanlage ausgefallen.  "
            "(APA, red, 12.9.2015)")
    assert credited(text) == "2015-09-12"
    assert credited("Der Plan wurde verschoben.\n\n(wh, 2. 9. 2015)") == "2015-09-02"
    # a reporter's or correspondent's own credit
    assert credited("Pröll warnt vor einem Flächenbrand.(Michael Völker, 25.6.2015)") == "2015-06-25"
    assert credited("Vucic sprach vom revolutionärsten Tag.(Thomas Mayer aus Brüssel, 14.12.2015)") == "2015-12-14"
    assert credited("Die Einigung steht. (Katharina Mittelstaedt, Wolfgang Weisgram, 26.4.2016)") == "2016-04-26"
    # a fact box after the report: the first credit is the report's
    assert credited("Rapid gewann 2:0. (APA, 18.3.2016) Ergebnisse der 28. Runde (red, 19.3.2016)") == "2016-03-18"


def test_a_dated_bracket_inside_a_sentence_or_a_stated_date_wins():
    assert credited("Die Studie (Nature, 3.4.2015) zeigt einen Anstieg der Temperaturen.") is None
    assert credited("Der Plan wurde verschoben. (APA, 12.9.2015)", published="2015-09-13") == "2015-09-13"


def test_stand_line_in_the_text_is_metadata_not_story():
    raw = RawArticle(source="seite.html", text="Stand: 03.05.2021 14:10 Uhr\n" + PAGE_TEXT, structured=True,
                     modified="2021-05-05T08:00:00+02:00")
    a = clean(raw, CLEANING_RULES)
    assert (a.published, a.text, a.dropped) == ("2021-05-03T14:10", PAGE_TEXT,
                                               (("Stand: 03.05.2021 14:10 Uhr", "byline"),))


def test_authors_of_a_page_are_people_and_agencies_are_credited():
    raw = RawArticle(source="seite.html", text=PAGE_TEXT, structured=True, outlet="Beispiel-Anzeiger",
                     url="https://www.beispiel-anzeiger.de/politik/haushalt-100.html",
                     authors=("Anna Muster und Ben Beispiel, Brüssel", "Beispiel-Anzeiger", "dpa"))
    a = clean(raw, CLEANING_RULES)
    assert (a.authors, a.agencies, a.url, a.source) == (
        ("Anna Muster", "Ben Beispiel"), ("dpa",), "https://www.beispiel-anzeiger.de/politik/haushalt-100.html",
        "seite.html")


# Boxes inside saved pages, written as German news sites write them (the
# wording of each is the outlet type's formula, the story is PAGE_TEXT).
PAGE_BOXES = (
    ("Von Anna Muster", "byline"),
    ("02:57 Min.. Verfügbar bis 06.05.2024.", "promotion or tag list"),
    ("Quelle: AFP", "caption"),
    ("|", "separator"),
    ("Der Newsletter des Senders informiert Sie immer montags bis freitags zum Feierabend über das Wichtigste "
     "vom Tag auf einen Blick, kompakt und direkt in Ihrem Postfach.", "appeal to the reader"),
    ("Folgst du schon dem Kanal auf Whatsapp? Eine Newsübersicht am Morgen und zum Feierabend.",
     "appeal to the reader"),
    ("Informieren Sie sich: Testen Sie für zwei Wochen die gedruckte Zeitung. Sie bekommen sie kostenlos in "
     "Ihren Briefkasten.", "appeal to the reader"),
    ("Fehler gefunden? Jetzt melden.", "appeal to the reader"),
    ("Dieses Thema im Programm: Das Radio | Nachrichten | 28. April 2023 | 10:00 Uhr", "appeal to the reader"),
    ("Mit Agenturmaterial.", "promotion or tag list"),
    ("- Zum Artikel: Tarifrunde im Nahverkehr: Das wird verhandelt", "promotion or tag list"),
    ("Ein Klick für den Datenschutz", "promotion or tag list"),
    ("Los geht’s: Von Montag an für 49 Euro monatlich im Nah- und Regionalverkehr. Bild: Maximilian von Lachner",
     "caption"),
    ("Der Bürgermeister bei der Eröffnung am Montag. Foto: Anna Muster/dpa", "caption"),
    ("Noli me tangere José Rizal Annemarie del Cueto-Mörth (Übers.), Insel 2025, 542 S., 28 €", "caption"),
    ("Dieser Artikel ist exklusiv für Abonnenten. Jetzt einen Monat für einen Euro testen und alle Artikel lesen.",
     "appeal to the reader"),
    ("Weiterlesen mit Plus", "appeal to the reader"),
    ("Lesen Sie den vollständigen Artikel mit einem Digital-Abo.", "appeal to the reader"),
    ("Nach dem Angriff wurden auf dem EU-Gipfel in Brüssel schärfere Sanktionen beschlossen. 18.04.2024 | 0:21 min",
     "caption"),
    ("Aktuelle Meldungen zum Krieg finden Sie jederzeit in unserem Liveblog:", "appeal to the reader"),
    ("Sie arbeiten in einer Behörde und haben Hinweise zum Thema? Melden Sie sich vertraulich und sicher "
     "bei unserem Reporter.", "appeal to the reader"),
    ("Die Ausgabe für Mai ist ab dem 27. April im Handel erhältlich. Hier können Sie sie schon jetzt vorbestellen!",
     "appeal to the reader"),
)


def test_boxes_inside_a_page_are_dropped_with_their_reason():
    story = PAGE_TEXT.split("\n\n")
    lines = [PAGE_BOXES[0][0], story[0], *(box for box, _ in PAGE_BOXES[1:]), *story[1:]]
    a = clean(RawArticle(source="seite.html", text="\n\n".join(lines), structured=True), CLEANING_RULES)
    assert (a.text, a.authors) == (PAGE_TEXT, ("Anna Muster",))
    assert a.dropped == PAGE_BOXES


def test_a_byline_further_down_is_dropped_but_names_no_author():
    story = PAGE_TEXT.split("\n\n")
    text = "\n\n".join([*story, "Der Kämmerer nannte die Lage ernst.", "Die Rücklagen seien aufgebraucht.",
                         "Neue Schulden lehnte er ab.", "von Ben Beispiel", "Die Debatte geht am Donnerstag im Ausschuss weiter."])
    a = clean(RawArticle(source="seite.html", text=text, structured=True), CLEANING_RULES)
    assert (a.authors, a.dropped) == ((), (("von Ben Beispiel", "byline"),))


def test_a_story_sentence_about_a_newsletter_or_a_source_stays():
    kept = ("Der Verlag stellte den Newsletter nach zwei Jahren ein, weil zu wenige Leser ihn abonnieren wollten, "
            "wie die Geschäftsführerin am Montag sagte. Die Daten der Leser würden vertraulich und sicher "
            "gespeichert, hier können Sie nichts bestellen, sagte sie. Der Artikel ist für Abonnenten gedacht "
            "gewesen, ein Weiterlesen mit Kindern sei nicht geplant.")
    text = PAGE_TEXT + "\n\n" + kept + "\n\nQuelle der Zahlen ist das Statistische Bundesamt."
    a = clean(RawArticle(source="seite.html", text=text, structured=True), CLEANING_RULES)
    assert (a.text, a.dropped) == (text, ())


def page_authors(authors=(), lines=()):
    raw = RawArticle(source="seite.html", text=PAGE_TEXT, structured=True, outlet="MDR",
                     url="https://www.mdr.de/nachrichten/thueringen/bratwurst-100.html", authors=authors,
                     page_lines=lines)
    a = clean(raw, CLEANING_RULES)
    return a.authors, a.agencies


def test_the_pages_byline_when_the_container_names_no_person():
    lines = ("Startseite 12°C", "von Erika Beispiel, MDR THÜRINGEN Stand: 28. April 2023, 05:00 Uhr",
             "Von Anna Muster 27.04.2023")
    # The outlet as author names no one; the first byline line of the page does, without outlet and date.
    assert page_authors(("mdr.de",), lines) == (("Erika Beispiel",), ())
    assert page_authors((), ("Von Jonas Muster , Zürich 17.04.2024, 12:24 Lesezeit: 5 Min.",)) == (
        ("Jonas Muster",), ())
    assert page_authors((), ("Von Paul Beispiel 0:00 Anhören",)) == (("Paul Beispiel",), ())
    # A person in the container wins; a line that only starts with "Von" is no byline.
    assert page_authors(("Lea Muster",), lines) == (("Lea Muster",), ())
    assert page_authors((), ("Von Montag an gelten 3 neue Regeln",)) == ((), ())
    assert page_authors((), ("Von BR24 Redaktion",)) == ((), ())


def test_a_pages_time_stamp_among_the_first_lines_is_the_publication_date():
    cases = [
        ("DAUN, 12.04.2016  -  15:47 Uhr\nDigital-TV\nEine neue Gruppe im Dienste der Informationsvielfalt\n"
         "Neun Monate nach der Ankunft eines neuen Mehrheitsgesellschafters gab der Sender Zahlen bekannt.",
         "2016-04-12T15:47"),
        ("(pressebox) Wiesbaden, 14.03.2016 - Erneuerbare Energien und Brennstoffzellenfahrzeuge ermöglichen "
         "Mobilität ohne Emissionen.", "2016-03-14"),
        ("14:31 24.02.16\nEISENBERG/ERFURT (dpa-AFX) - Der Vorstandschef der Ethikbank kündigte einen Streik an.",
         "2016-02-24T14:31"),
        ("13.01.16 | 07:40 Uhr | dgap.de\nFerratum erweitert sein Angebot in Deutschland um eine neue Karte.",
         "2016-01-13T07:40"),
    ]
    for text, published in cases:
        article = clean(RawArticle(source="x.txt", text=text), CLEANING_RULES)
        assert article.published == published, text
        assert ("date stamp" in {reason for _, reason in article.dropped}) and "2016" not in article.text[:12]


def test_a_date_inside_the_first_sentence_is_no_time_stamp():
    article = clean(RawArticle(source="x.txt", text="12.04.2016 wurde das Gesetz im Landtag mit knapper Mehrheit "
                                                  "beschlossen. Die Opposition kündigte eine Klage an."),
                    CLEANING_RULES)
    assert article.published is None and article.text.startswith("12.04.2016 wurde das Gesetz")


def test_page_lead_goes_first_where_the_text_lacks_it():
    lead = "Die Stadtwerke erhöhen zum 1. Juli die Preise für Strom und Gas. Betroffen sind rund 40.000 Haushalte."
    body = "Der Aufsichtsrat hat am Montag zugestimmt. Die Opposition kritisiert die Erhöhung als zu hoch."
    raw = RawArticle(source="p.html", text=body, title="Strom wird teurer", structured=True, lead=lead)
    assert clean(raw, CLEANING_RULES).text == f"{lead}\n\n{body}"
    kept = RawArticle(source="p.html", text=f"{lead}\n{body}", title="Strom wird teurer", structured=True, lead=lead)
    assert clean(kept, CLEANING_RULES).text == f"{lead}\n\n{body}"


def test_a_box_on_the_author_at_the_end_is_dropped():
    box = "Manuela Conrad ist ZDF-Reporterin für das Berichtsgebiet Russland, Kaukasus und Zentralasien."
    a = clean(RawArticle(source="seite.html", text=PAGE_TEXT + "\n\n" + box, structured=True), CLEANING_RULES)
    assert (a.text, a.dropped, a.authors) == (PAGE_TEXT, ((box, "author box"),), ())
    free = "Ben Beispiel ist freier Wirtschaftsjournalist in Leipzig."
    assert clean(RawArticle(source="s.html", text=PAGE_TEXT + "\n\n" + free, structured=True),
                 CLEANING_RULES).dropped == ((free, "author box"),)
    # the story's last sentence about a person stays
    story = "Anna Muster ist seit 2019 Bürgermeisterin der Stadt und will erneut kandidieren."
    kept = clean(RawArticle(source="s.html", text=PAGE_TEXT + "\n\n" + story, structured=True), CLEANING_RULES)
    assert kept.dropped == ()


def test_a_support_box_closing_the_page_goes_with_its_heading():
    box = ("Gerade jetzt braucht es Zusammenhalt und Solidarität. Eine offene Gesellschaft braucht guten, frei "
           "zugänglichen Journalismus. Finden Sie auch? Dann machen Sie mit. Sind Sie dabei? Jetzt unterstützen")
    text = PAGE_TEXT + "\n\nLinks lesen, Rechts bekämpfen\n\n" + box
    a = clean(RawArticle(source="seite.html", text=text, structured=True), CLEANING_RULES)
    assert a.text == PAGE_TEXT
    assert a.dropped == ((box, "appeal to the reader"),
                         ("Links lesen, Rechts bekämpfen", "trailing menu, ad or tag list"))
    subscribe = "Genau das ist unser Ziel. Sie können das unterstützen. Darum: die Zeitung abonnieren für die Pressefreiheit!"
    a = clean(RawArticle(source="seite.html", text=PAGE_TEXT + "\n\n" + subscribe, structured=True), CLEANING_RULES)
    assert a.text == PAGE_TEXT
    # a quoted call to support others at the end of a story stays
    quote = '"Bitte unterstützen Sie die Flutopfer", sagte der Bürgermeister am Abend.'
    a = clean(RawArticle(source="seite.html", text=PAGE_TEXT + "\n\n" + quote, structured=True), CLEANING_RULES)
    assert a.dropped == ()


def test_a_tickers_note_on_its_sources_credits_the_agencies():
    note = ("Mit Informationen der ARD-Korrespondentinnen und -Korrespondenten sowie der Nachrichtenagenturen AFP, "
            "AP, dpa, KNA und Reuters. Zum Teil lassen sich die Angaben nicht unabhängig überprüfen.")
    a = clean(RawArticle(source="ticker.html", text=note + "\n\n" + PAGE_TEXT, structured=True), CLEANING_RULES)
    assert (a.text, a.agencies, a.dropped) == (PAGE_TEXT, ("afp", "ap", "dpa", "kna", "reuters"),
                                               ((note, "credit line"),))
    story = "Mit Informationen der Polizei konnte der Täter am Abend in Leipzig gefasst werden."
    a = clean(RawArticle(source="ticker.html", text=PAGE_TEXT + "\n\n" + story, structured=True), CLEANING_RULES)
    assert a.dropped == ()


def test_a_page_lead_that_reads_as_a_caption_is_not_added():
    lead = "Die Stadtwerke am Hafen, wo ab Juli neue Preise gelten. (Foto: Anna Muster)"
    raw = RawArticle(source="p.html", text=PAGE_TEXT, title="Strom wird teurer", structured=True, lead=lead)
    assert clean(raw, CLEANING_RULES).text == PAGE_TEXT


def test_a_header_byline_with_a_place_or_a_job_after_the_names():
    for byline, names in (("Von Anna Muster, Brüssel", ("Anna Muster",)),
                          ("Von Ben Beispiel und Lea Muster, ARD-Studio Washington", ("Ben Beispiel", "Lea Muster")),
                          ("Von Anna Muster, Korrespondentin in Kiew", ("Anna Muster",))):
        a = clean(RawArticle(source="seite.html", text=f"{byline}\n\n{PAGE_TEXT}", structured=True), CLEANING_RULES)
        assert (a.authors, a.text, a.dropped) == (names, PAGE_TEXT, ((byline, "byline"),))
    # A sentence that opens with "Von" and a name stays in the text.
    text = f"Von Olaf Muster, dem Vorsitzenden, kam keine Antwort.\n\n{PAGE_TEXT}"
    assert clean(RawArticle(source="seite.html", text=text, structured=True), CLEANING_RULES).text == text
