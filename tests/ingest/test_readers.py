import json
from pathlib import Path

from chronik.clean import clean
from chronik.ingest import ReadOptions, Skip, read_paths
from chronik.lang.de.cleaning import CLEANING_RULES
from chronik.records import RawArticle

DATA = Path(__file__).parent / "data"


def read(path, **options):
    return list(read_paths([path], ReadOptions(**options)))


def test_txt_reader_keeps_path_as_source(seeds_dir):
    items = read(seeds_dir)
    assert [Path(i.source).name[:3] for i in items] == ["000", "001", "002", "003", "004"]
    assert all(isinstance(i, RawArticle) for i in items)


def test_html_reader_takes_main_text_and_metadata():
    (article,) = read(DATA / "article.html")
    assert article.title == "Regierung beschließt Entlastungspaket"
    assert article.published == "2024-03-05T09:15:00+01:00"  # as the page states it; the cleaner normalizes
    assert article.authors == ("Anna Beispiel",)
    assert article.outlet == "Beispielzeitung"
    assert article.text.startswith("Das Kabinett billigte am Dienstag in Berlin")
    for noise in ("Startseite", "Cookies", "Leser123", "Impressum", "Inflation steigt weiter"):
        assert noise not in article.text


def test_jsonl_reader_uses_url_else_path_and_line(tmp_path):
    f = tmp_path / "feed.jsonl"
    f.write_text(
        json.dumps({"text": "Erster Text.", "url": "https://example.org/a", "title": "A", "published": "2024-01-02",
                    "outlet": "Beispiel", "authors": ["X Y"]}) + "\n"
        + "{broken\n"
        + json.dumps({"title": "no text"}) + "\n"
        + json.dumps({"text": "Zweiter Text."}) + "\n",
        encoding="utf-8",
    )
    items = read(f)
    assert items[0] == RawArticle(source="https://example.org/a", text="Erster Text.", title="A",
                                  published="2024-01-02", authors=("X Y",), outlet="Beispiel",
                                  url="https://example.org/a", structured=True)
    assert items[1] == Skip(source=f"{f}#2", reason="broken JSON (Expecting property name enclosed in double "
                                                   "quotes at column 2)")
    assert items[2] == Skip(source=f"{f}#3", reason="no 'text' field with article text")
    assert items[3].source == f"{f}#4"


def test_csv_reader_with_header(tmp_path):
    f = tmp_path / "a.csv"
    f.write_text("title,text,published\nA,\"Ein Text, mit Komma.\",2024-05-01\nB,,2024-05-02\n", encoding="utf-8")
    items = read(f)
    assert items[0].text == "Ein Text, mit Komma." and items[0].title == "A" and items[0].source == f"{f}#2"
    assert items[1] == Skip(source=f"{f}#3", reason="no 'text' field with article text")


def test_csv_reader_for_two_column_layout(tmp_path):
    f = tmp_path / "b.csv"
    f.write_text("Sport;'Der Verein gewann 2:1, sagte der Trainer.'\nWeb;'Ein zweiter Text.'\n", encoding="utf-8")
    items = read(f, csv_delimiter=";", csv_quotechar="'", csv_header=False, csv_text_column="2")
    assert [i.text for i in items] == ["Der Verein gewann 2:1, sagte der Trainer.", "Ein zweiter Text."]


def test_csv_without_text_column_says_how_to_fix(tmp_path):
    f = tmp_path / "c.csv"
    f.write_text("a,b\n1,2\n", encoding="utf-8")
    (skip,) = read(f)
    assert "--csv-text-column" in skip.reason


def test_latin1_file_arrives_with_umlauts(tmp_path):
    f = tmp_path / "latin.txt"
    f.write_bytes("Die Straßenbrücke über den Fluss wurde für Fußgänger geöffnet. Ärger gab es keinen, "
                  "sagte der Bürgermeister.".encode("cp1252"))
    (article,) = read(f)
    assert "Straßenbrücke über" in article.text and "Ärger" in article.text


def test_bad_files_are_skipped_with_a_reason(tmp_path):
    (tmp_path / "empty.txt").write_text("", encoding="utf-8")
    (tmp_path / "random.txt").write_bytes(bytes(range(256)) * 4)
    (tmp_path / "big.txt").write_text("Wort " * 1000, encoding="utf-8")
    (tmp_path / "image.png").write_bytes(b"\x89PNG")
    items = {Path(i.source).name: i for i in read(tmp_path, max_bytes=4000)}
    assert items["empty.txt"].reason == "the file is empty"
    assert items["random.txt"].reason.startswith("the file looks binary")
    assert items["big.txt"].reason == "file is 5,000 bytes, over the limit of 4,000 (raise it with --max-bytes)"
    assert items["image.png"].reason.startswith("unsupported file type '.png'")


def test_broken_html_is_read_leniently_or_skipped(tmp_path):
    unclosed = tmp_path / "unclosed.html"
    unclosed.write_text("<html><body><div><p>Der Text bricht ab, aber er ist da", encoding="utf-8")
    empty = tmp_path / "tags.html"
    empty.write_text("<html><head><script>var x = 1;</script></head><body><div></div>", encoding="utf-8")
    (readable,) = read(unclosed)
    assert readable.text == "Der Text bricht ab, aber er ist da"
    (skipped,) = read(empty)
    assert skipped == Skip(source=str(empty), reason="no article text found in the HTML")


# A saved page in the pattern of German broadcasters' sites: no JSON-LD date,
# a "Stand:" line above the article, a teaser with a later date below it.
STAND_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Landtag streitet über Rentenalter | Westfunk</title>
<meta property="og:title" content="Landtag streitet über Rentenalter | Westfunk">
<meta property="og:site_name" content="Westfunk">
<meta property="og:url" content="https://www.westfunk.de/nachrichten/rentenalter-100.html">
<meta name="author" content="Westfunk">
</head><body>
<nav><a href="/">Startseite</a> <a href="/wetter">Wetter 14°C</a></nav>
<main><article>
<h1>Landtag streitet über Rentenalter</h1>
<p class="stand"><span>Stand: </span>03.05.2021, 14:10 Uhr</p>
<p>Die Landesregierung will das Rentenalter für Feuerwehrleute von 60 auf bis zu 62 Jahre anheben. Heute wird im
Landtag darüber diskutiert, die Gewerkschaften haben Proteste vor dem Gebäude angekündigt.</p>
<p>„Wir brauchen die erfahrenen Kräfte länger“, sagte der Innenminister. Die Opposition hält die Pläne für
einen Fehler und verweist auf die hohe Belastung im Einsatz.</p>
<p>Eine Entscheidung soll noch vor der Sommerpause fallen. Bis dahin sind weitere Anhörungen geplant.</p>
</article></main>
<aside><h3>Mehr zum Thema</h3><p>Feuerwehr warnt vor Personalmangel, 05.05.2021</p></aside>
</body></html>"""


def test_saved_page_keeps_its_path_as_source_and_names_its_url(tmp_path):
    f = tmp_path / "gespeichert.html"
    f.write_text(STAND_PAGE, encoding="utf-8")
    (raw,) = read(f)
    assert (raw.source, raw.url) == (str(f), "https://www.westfunk.de/nachrichten/rentenalter-100.html")
    assert (raw.title, raw.published, raw.outlet) == ("Landtag streitet über Rentenalter", None, "Westfunk")
    assert "Stand: 03.05.2021, 14:10 Uhr" in raw.page_lines
    article = clean(raw, CLEANING_RULES)
    assert (article.published, article.authors) == ("2021-05-03T14:10", ())  # the outlet is no author
    assert article.text.startswith("Die Landesregierung will das Rentenalter")


# A page in the pattern of a German daily: JSON-LD with datePublished and a
# later dateModified, a later "Stand:" line, a byline with the place reported
# from, no og:title and a <title> with the section and the site's name.
LD_PAGE = """<!DOCTYPE html><html lang="de"><head><meta charset="utf-8">
<title>Gipfel in Brüssel: EU einigt sich auf Asylreform - Politik - Beispiel-Anzeiger.de</title>
<meta property="og:site_name" content="Beispiel-Anzeiger">
<meta name="author" content="Von Anna Muster, Brüssel">
<script type="application/ld+json">{"@context": "https://schema.org", "@type": "NewsArticle",
 "datePublished": "2024-04-17T10:24:31+02:00", "dateModified": "2024-04-18T07:02:11+02:00",
 "url": "https://www.beispiel-anzeiger.de/politik/asylreform-100.html"}</script>
</head><body>
<main><article>
<h1>Gipfel in Brüssel: EU einigt sich auf Asylreform</h1>
<p class="stand">Stand: 18.04.2024, 09:02 Uhr</p>
<p>Die Staats- und Regierungschefs der EU haben sich in der Nacht auf eine Reform des Asylrechts geeinigt. Die
Verhandlungen hatten mehr als zwölf Stunden gedauert, am Ende stimmten alle Mitgliedstaaten zu.</p>
<p>Die Reform soll die Verfahren an den Außengrenzen beschleunigen. Das Parlament muss noch zustimmen, die
Abstimmung ist für den Mai geplant.</p>
</article></main>
</body></html>"""


def test_saved_page_json_ld_date_before_modified_and_stand_byline_without_place(tmp_path):
    f = tmp_path / "asyl.html"
    f.write_text(LD_PAGE, encoding="utf-8")
    (raw,) = read(f)
    assert raw.title == "Gipfel in Brüssel: EU einigt sich auf Asylreform"
    article = clean(raw, CLEANING_RULES)
    assert (article.published, article.authors, article.url) == (
        "2024-04-17T10:24", ("Anna Muster",), "https://www.beispiel-anzeiger.de/politik/asylreform-100.html")


def test_title_lines_with_kicker_or_site_name_leave_the_text():
    from chronik.ingest.readers import _without_title_lines
    title = "DDR-Hotel Lunik öffnet als Theater noch einmal seine Pforten"
    story = "Das einst beliebte Hotel ist seit 30 Jahren geschlossen. Eine Theatergruppe spielt dort."
    text = (f"02:57 Min.. Verfügbar bis 06.05.2024.\n{title} | rbb24\n"
            f"Premiere in Eisenhüttenstadt - {title}\n{story}")
    assert _without_title_lines(text, [title]) == f"02:57 Min.. Verfügbar bis 06.05.2024.\n{story}"
    # a sentence that starts with a short title's words stays
    assert _without_title_lines(f"Merz gewinnt knapp gegen seine Rivalen.\n{story}", ["Merz gewinnt"]) == (
        f"Merz gewinnt knapp gegen seine Rivalen.\n{story}")
    kicker = "Kenia: Nairobi von unten"
    assert _without_title_lines(f"-\n18.05.2026\n- → Schwerpunkt\nNairobi von unten\n{story}", [kicker]) == (
        f"-\n18.05.2026\n- → Schwerpunkt\n{story}")
    # only the title: nothing left to drop it for
    assert _without_title_lines(title, [title]) == title


SLAUGHTER = ("In Thüringen werden immer weniger Schweine geschlachtet. Die Zahl der Betriebe ist in zehn Jahren um "
             "ein Drittel gesunken, wie das Landesamt für Statistik am Freitag in Erfurt mitteilte.")
MARKET = ("Den größten Teil der Schweine schlachtet ein einziger Konzern. Kleine Betriebe können mit dessen Preisen "
          "kaum mithalten, sagte ein Fleischer aus dem Eichsfeld, der seinen Betrieb im kommenden Jahr aufgeben will.")
# Each section a box, its subheading a jump target: the markup of a broadcaster's long read.
JUMP_PAGE = f"""<html lang="de"><head><title>Das harte Geschäft mit dem Tod</title></head><body><article>
<h1>Das harte Geschäft mit dem Tod</h1>
<div class="boxCon"><div class="box"><div class="paragraph"><p class="text">{SLAUGHTER}</p></div></div></div>
<div class="boxCon"><div class="box"><h3 class="subtitle"><a name="sprung1" class="jumpLabel">Ein <strong>Großkonzern
dominiert den Markt</strong></a></h3><div class="paragraph"><p class="text">{MARKET}</p></div></div></div>
</article></body></html>"""


def test_a_subheading_that_is_a_jump_target_stays_in_the_text(tmp_path):
    f = tmp_path / "schlachthof.html"
    f.write_text(JUMP_PAGE, encoding="utf-8")
    (raw,) = read(f)
    assert raw.text == f"{SLAUGHTER}\nEin Großkonzern dominiert den Markt\n{MARKET}"
