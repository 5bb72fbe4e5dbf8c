"""Titles as pages state them, cleaned rule by rule (``TITLE_RULES``); the
titles are hand-written in the patterns of German, Austrian and Swiss sites."""
import pytest

from chronik.ingest.titles import (TITLE_RULES, choose_title, clean_title, names_site, outlet_key, shared_headline,
                                   site_key, site_keys, untrailed, untruncated)

SITE = ("Beispiel-Anzeiger", "https://www.beispiel-anzeiger.de/politik/haushalt-100.html")


def rule(name):
    return dict(TITLE_RULES)[name]


def test_rules_in_their_order():
    assert [name for name, _ in TITLE_RULES] == [
        "invisible", "entities", "site_tail", "comma_site_tail", "section_tail", "press_tail", "site_head",
        "section_head", "spaced_colon"]


def test_invisible_characters_and_spaces():
    assert rule("invisible")("Rad\u00adweg\u200b am\u00a0 Stadt\n park ", frozenset()) == (
        "Radweg am Stadt park")


def test_entities_escaped_twice():
    assert rule("entities")("Trainer: &quot;Wir haben nichts zu verlieren&quot;", frozenset()) == (
        'Trainer: "Wir haben nichts zu verlieren"')
    assert rule("entities")("AT&T kauft zu", frozenset()) == "AT&T kauft zu"


@pytest.mark.parametrize("title, names, expected", [
    ("Akku-Technik: Wie weit kommt das E-Bike? - Golem.de", ("Golem.de",),
     "Akku-Technik: Wie weit kommt das E-Bike?"),
    ("Das harte Geschäft mit dem Tod | MDR.DE", (None, "https://www.mdr.de/nachrichten/x.html"),
     "Das harte Geschäft mit dem Tod"),
    ("Flut in Bayern | BR24", ("BR24",), "Flut in Bayern"),
    # Sections before the site's name, after it, or both.
    ("Die Radler im Landkreis - Landkreis München - SZ.de", ("Süddeutsche.de",), "Die Radler im Landkreis"),
    ("Landtag streitet über Rentenalter - Landespolitik - Nachrichten - WDR",
     (None, "https://www1.wdr.de/nachrichten/x.html"), "Landtag streitet über Rentenalter"),
    ("Integration: Sprachkurse helfen | hessenschau.de | Wirtschaft", ("hessenschau.de",), "Integration: Sprachkurse helfen"),
    ("Sind wir zu sanft? - Panorama - derStandard.at › Panorama", ("DER STANDARD",), "Sind wir zu sanft?"),
    ("Bauern fordern Entlastung - News - SRF", ("Schweizer Radio und Fernsehen (SRF)", "https://www.srf.ch/news/x"),
     "Bauern fordern Entlastung"),
    # A last part that only starts with the outlet's name, or no site at all, is part of the title.
    ("Der Streit - Spiegel der Gesellschaft", ("DER SPIEGEL", "https://www.spiegel.de/a"),
     "Der Streit - Spiegel der Gesellschaft"),
    ("Wahl in Hessen - die Ergebnisse", ("hessenschau.de",), "Wahl in Hessen - die Ergebnisse"),
    ("Streit über den Haushalt - Bürgermeister tritt zurück - Freie Presse", ("Freie Presse",),
     "Streit über den Haushalt - Bürgermeister tritt zurück"),
    ("Merz gegen Scholz - Das Duell - Beispiel-Anzeiger", SITE, "Merz gegen Scholz - Das Duell"),
])
def test_site_tail(title, names, expected):
    assert rule("site_tail")(title, site_keys(names)) == expected


def test_comma_site_tail():
    keys = site_keys(("junge Welt", "https://www.jungewelt.de/artikel/1.html"))
    assert rule("comma_site_tail")("Kenia: Mombasa bei Nacht, Tageszeitung junge Welt, 18.05.2026", keys) == (
        "Kenia: Mombasa bei Nacht")
    assert rule("comma_site_tail")("Gipfel in Rom, 18.05.2026", keys) == "Gipfel in Rom, 18.05.2026"


def test_section_tail_and_head():
    assert rule("section_tail")("Alte Brücke gesprengt - Politik", frozenset()) == "Alte Brücke gesprengt"
    assert rule("section_tail")("Wer gewinnt - und wer verliert", frozenset()) == "Wer gewinnt - und wer verliert"
    assert rule("section_head")("Kultur : Gastland der Buchmesse: Was liest Portugal?", frozenset()) == (
        "Gastland der Buchmesse: Was liest Portugal?")
    # A kicker is part of the headline, even one that names a section.
    assert rule("section_head")("Kultur: Was liest Portugal?", frozenset()) == (
        "Kultur: Was liest Portugal?")


def test_spaced_colon():
    assert rule("spaced_colon")("Mobilfunk : Neue Tarife ab Mai", frozenset()) == (
        "Mobilfunk: Neue Tarife ab Mai")
    assert rule("spaced_colon")("Ulm kann's :  Stadt der Türme", frozenset()) == (
        "Ulm kann's: Stadt der Türme")
    assert rule("spaced_colon")("Bayern gewinnt 2 : 1 in Dortmund", frozenset()) == "Bayern gewinnt 2 : 1 in Dortmund"
    assert clean_title("Kultur : Gastland der Buchmesse : Was liest Portugal?") == (
        "Gastland der Buchmesse: Was liest Portugal?")


def test_site_head():
    keys = site_keys(SITE)
    assert rule("site_head")("Beispiel-Anzeiger: Stadtrat beschließt Haushalt", keys) == "Stadtrat beschließt Haushalt"
    assert rule("site_head")("beispiel-anzeiger.de | Stadtrat beschließt Haushalt", keys) == (
        "Stadtrat beschließt Haushalt")
    assert rule("site_head")("Haushalt: Stadtrat sagt Ja", keys) == "Haushalt: Stadtrat sagt Ja"


def test_clean_title_runs_every_rule_and_never_empties_a_title():
    assert clean_title("Stadtrat\u00ad beschließt &quot;Sparhaushalt&quot; - Politik - Beispiel-Anzeiger",
                       SITE) == 'Stadtrat beschließt "Sparhaushalt"'
    assert clean_title("Beispiel-Anzeiger", SITE) == "Beispiel-Anzeiger"


def test_shared_headline():
    headline = "«Wir sparen nicht an den Schulen»"
    assert shared_headline(f"Streit im Stadtrat: {headline}", f"Haushalt 2025 - {headline}") == (
        headline)
    # The same kicker, one kicker written twice, no kicker, a short shared part: no change.
    assert shared_headline(f"UN: {headline}", f"UN: {headline}") == f"UN: {headline}"
    assert shared_headline(f"Trainer Muster: {headline}", f"FCB-Trainer Muster: {headline}") == (
        f"Trainer Muster: {headline}")
    assert shared_headline(f"Nach dem Rückzug: {headline}", headline) == f"Nach dem Rückzug: {headline}"
    assert shared_headline("Bayern: Die Wahl", "Hessen: Die Wahl") == "Bayern: Die Wahl"
    assert shared_headline("Bayern: Die Wahl", None) == "Bayern: Die Wahl"


def test_names_site():
    keys = site_keys(("DER SPIEGEL", "https://www.spiegel.de/a", "MDR"))
    assert names_site("DER SPIEGEL", keys) and names_site("SPIEGEL", keys) and names_site("MDR SACHSEN-ANHALT", keys)
    assert names_site("news.ORF.at", site_keys(("https://orf.at/stories/1/",)))
    assert names_site("SZ.de", keys)  # a web address is a site's name
    assert not names_site("Spiegel der Gesellschaft", keys)
    zeit = site_keys(("ZEIT ONLINE", "https://www.zeit.de/politik/x"))
    assert names_site("ZEIT ONLINE", zeit) and names_site("Zeit", zeit)
    assert not names_site("Eine schwere Zeit", zeit) and not names_site("Zeitenwende", zeit)
    assert names_site("Tageszeitung junge Welt", site_keys(("junge Welt",)))


def test_outlet_and_site_keys():
    assert outlet_key("Mdr De") == outlet_key("MDR.DE") == outlet_key("mdr.de") == "mdr"
    assert outlet_key("stuttgarter-zeitung.de") == outlet_key("Stuttgarter Zeitung") == "stuttgarterzeitung"
    assert site_key("https://www1.wdr.de/nachrichten/x.html") == "wdr"
    assert site_key("https://news.orf.at/stories/1/") == "orf"
    assert site_key(None) == ""
    assert site_keys(("Golem.de", None, "https://www.golem.de/news/x.html")) == frozenset({"golem"})


def test_untruncated():
    full = "Der Stadtrat beschließt den Haushalt für das Jahr 2025"
    assert untruncated("Der Stadtrat beschließt den Haus…", ["Neue Schulden", full]) == full
    assert untruncated("Der Stadtrat beschließt den Haus...", [full]) == full
    assert untruncated("Der Stadtrat beschließt den Haus…", ["Neue Schulden"]) == "Der Stadtrat beschließt den Haus…"
    assert untruncated("Die Schweiz", [full]) == "Die Schweiz"  # no ellipsis: nothing was cut


def test_choose_title():
    # The first stated title, cleaned; the site's name alone is no title.
    assert choose_title([None, "Stadtrat beschließt Haushalt - Politik - Beispiel-Anzeiger"], None, SITE) == (
        "Stadtrat beschließt Haushalt")
    assert choose_title(["Beispiel-Anzeiger", "Stadtrat beschließt Haushalt"], None, SITE) == (
        "Stadtrat beschließt Haushalt")
    assert choose_title(["beispiel-anzeiger.de", None], None, SITE) is None
    assert choose_title(["Stadtrat beschließt Haus…", "Stadtrat beschließt Haushalt für 2025"], None, SITE) == (
        "Stadtrat beschließt Haushalt für 2025")
    # The heading only compares kickers; it is never the title by itself.
    assert choose_title([None, None], "Stadtrat beschließt Haushalt", SITE) is None
    assert choose_title(["Haushalt 2025: Stadtrat sagt Ja zu allen Plänen"],
                        "Sparkurs - Stadtrat sagt Ja zu allen Plänen", SITE) == "Stadtrat sagt Ja zu allen Plänen"


@pytest.mark.parametrize("title, expected", [
    # A newspaper's name the page does not state as the site's name.
    ("Neue Regeln für Pendler | Frankfurter Allgemeine Zeitung", "Neue Regeln für Pendler"),
    ("Neue Regeln für Pendler - Kölner Stadt-Anzeiger", "Neue Regeln für Pendler"),
    ("Neue Regeln für Pendler – Die Presse", "Neue Regeln für Pendler"),
    # A headline whose last part only names a newspaper's word stays.
    ("Streik - Die Post erhöht das Porto", "Streik - Die Post erhöht das Porto"),
    ("Pendler | Zeitung", "Pendler | Zeitung"),
])
def test_press_tail(title, expected):
    assert rule("press_tail")(title, site_keys(SITE)) == expected
    assert clean_title(title, SITE) == expected


def test_untrailed():
    headline = "Neue Regeln für Pendler ab Montag"
    assert untrailed(f"{headline} | Tagblatt der Region", ["Anderer Titel", headline]) == headline
    assert untrailed(f"{headline} - Stadt Musterhausen", [headline]) == headline
    # A longer part after the separator is a second line of the headline.
    assert untrailed(f"{headline} - Was Fahrgäste jetzt wissen müssen", [headline]) == (
        f"{headline} - Was Fahrgäste jetzt wissen müssen")
    # Another title of one or two words says nothing.
    assert untrailed("Pendler - Neue Regeln", ["Pendler"]) == "Pendler - Neue Regeln"
    # In choose_title: og:title with a name the page does not state, the <h1> without it.
    assert choose_title([f"{headline} | Tagblatt der Region"], headline, SITE) == headline
