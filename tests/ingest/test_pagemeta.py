"""What a page's markup states: hand-written pages in the patterns of German news sites."""
import json

from trafilatura.utils import load_html

from chronik.ingest.pagemeta import PageMeta, read_page_meta


def page(head: str = "", body: str = "", ld: dict | list | None = None) -> PageMeta:
    script = f'<script type="application/ld+json">{json.dumps(ld, ensure_ascii=False)}</script>' if ld else ""
    return read_page_meta(load_html(f"<html lang=\"de\"><head>{head}{script}</head><body>{body}</body></html>"))


ARTICLE = {
    "@context": "https://schema.org", "@type": "NewsArticle",
    "headline": "Stadtrat beschließt neuen Haushalt",
    "datePublished": "2024-04-17T10:24:31Z", "dateModified": "2024-04-18T07:02:11Z",
    "author": [{"@type": "Person", "name": "Anna Muster"}, {"@type": "Organization", "name": "dpa"}],
    "publisher": {"@type": "Organization", "name": "Beispiel-Anzeiger"},
}


def test_json_ld_article_gives_dates_authors_and_outlet():
    meta = page('<meta property="article:published_time" content="2024-04-17T12:24:31+00:00">'
                '<meta property="article:modified_time" content="2024-04-18T09:00:00+02:00">', ld=ARTICLE)
    assert (meta.published, meta.modified) == ("2024-04-17T10:24:31Z", "2024-04-18T07:02:11Z")
    assert meta.authors == ("Anna Muster", "dpa")  # persons, then the organisations the cleaner sorts out
    assert (meta.title, meta.outlet) == ("Stadtrat beschließt neuen Haushalt", "Beispiel-Anzeiger")


def test_article_inside_a_graph_and_a_web_page_before_it():
    graph = {"@context": "https://schema.org", "@graph": [
        {"@type": "WebPage", "datePublished": "2024-04-18T00:00:00Z"},
        {**ARTICLE, "@type": ["NewsArticle", "ReportageNewsArticle"]},
    ]}
    assert page(ld=graph).published == "2024-04-17T10:24:31Z"


def test_authors_and_publisher_given_by_reference_in_a_graph():
    graph = {"@context": "https://schema.org", "@graph": [
        {**ARTICLE, "author": [{"@id": "https://www.beispiel-anzeiger.de/#/schema/person/9e83"}],
         "publisher": {"@id": "https://www.beispiel-anzeiger.de/#organization"}},
        {"@type": "Person", "@id": "https://www.beispiel-anzeiger.de/#/schema/person/9e83", "name": "Daniel Muster"},
        {"@type": "NewsMediaOrganization", "@id": "https://www.beispiel-anzeiger.de/#organization",
         "name": "Beispiel-Anzeiger"},
    ]}
    meta = page(ld=graph)
    assert (meta.authors, meta.outlet) == (("Daniel Muster",), "Beispiel-Anzeiger")


def test_the_creator_where_the_article_names_no_author():
    ld = {k: v for k, v in ARTICLE.items() if k != "author"}
    assert page(ld={**ld, "creator": {"@type": "Person", "name": "Lea Muster"}}).authors == ("Lea Muster",)
    assert page(ld={**ARTICLE, "creator": {"@type": "Person", "name": "Lea Muster"}}).authors == ("Anna Muster", "dpa")


def test_a_person_named_by_given_and_family_name():
    ld = {**ARTICLE, "author": [{"@type": "Person", "givenName": "Birgit", "familyName": "Muster"},
                                {"@type": "Person", "givenName": "Anna Giulia", "familyName": "Beispiel"}]}
    assert page(ld=ld).authors == ("Birgit Muster", "Anna Giulia Beispiel")


def test_meta_tags_when_there_is_no_json_ld():
    meta = page('<meta property="og:title" content="Neue Brücke über die Saale eröffnet">'
                '<meta property="og:site_name" content="Saale-Bote">'
                '<meta property="article:published_time" content="2024-05-03T15:42:11+02:00">'
                '<meta property="article:modified_time" content="2024-05-03T16:10:00+02:00">'
                '<meta name="author" content="Ben Beispiel">'
                '<meta property="article:author" content="https://www.facebook.com/saalebote">')
    assert (meta.title, meta.outlet, meta.published, meta.modified, meta.authors) == (
        "Neue Brücke über die Saale eröffnet", "Saale-Bote", "2024-05-03T15:42:11+02:00",
        "2024-05-03T16:10:00+02:00", ("Ben Beispiel",))


def test_only_a_modified_date_is_no_publication_date():
    meta = page('<meta property="article:modified_time" content="2024-05-03T16:10:00+02:00">')
    assert (meta.published, meta.modified) == (None, "2024-05-03T16:10:00+02:00")


def test_the_articles_creation_date_after_every_stated_publication():
    created = {**ARTICLE, "dateCreated": "2024-04-17T08:00:00Z"}
    del created["datePublished"]
    assert page(ld=created).published == "2024-04-17T08:00:00Z"
    assert page('<meta property="article:published_time" content="2024-04-17T09:00:00Z">',
                ld=created).published == "2024-04-17T09:00:00Z"
    assert page(ld={**created, "datePublished": "2024-04-17T10:24:31Z"}).published == "2024-04-17T10:24:31Z"


def test_organisation_authors_leave_room_for_the_byline():
    ld = {**ARTICLE, "author": {"@type": "Organization", "name": "Beispiel-Anzeiger"}}
    meta = page('<meta name="author" content="Anna Muster und Ben Beispiel, Brüssel">', ld=ld)
    assert meta.authors == ("Beispiel-Anzeiger", "Anna Muster und Ben Beispiel, Brüssel")


def test_the_outlet_as_a_person_or_a_meta_author_leaves_room_for_the_byline():
    # JSON-LD types the outlet as a Person; its first meta author tag names the outlet too.
    ld = {**ARTICLE, "author": {"@type": "Person", "name": "Der Beispiel-Anzeiger"},
          "publisher": {"@type": "Organization", "name": "Der Beispiel-Anzeiger"}}
    head = ('<meta name="author" content="Der Beispiel-Anzeiger">'
            '<meta name="dc.creator" content="Anna Muster">')
    assert page(head, ld=ld).authors == ("Der Beispiel-Anzeiger", "Anna Muster")
    assert page('<meta name="author" content="Der Beispiel-Anzeiger">', ld=ld).authors == ("Der Beispiel-Anzeiger",)


def test_microdata_author_and_date():
    body = ('<time itemprop="datePublished" datetime="2025-01-05T15:23:59+01:00">5. Januar 2025</time>'
            '<p itemprop="author" itemscope itemtype="https://schema.org/Person">'
            '<span itemprop="name">Monika Muster und Anna Beispiel, Damaskus</span></p>')
    meta = page(body=body)
    assert (meta.published, meta.authors) == ("2025-01-05T15:23:59+01:00",
                                              ("Monika Muster und Anna Beispiel, Damaskus",))


def test_every_microdata_author_and_one_meta_byline():
    body = ''.join(f'<span itemprop="author" itemscope><span itemprop="name">{n}</span></span>'
                   for n in ("Anna Muster", "Ben Beispiel"))
    assert page(body=body).authors == ("Anna Muster", "Ben Beispiel")
    head = '<meta name="author" content="Anna Muster"><meta name="dc.creator" content="A. Muster">'
    assert page(head).authors == ("Anna Muster",)


def test_canonical_link_before_og_url_and_relative_links_resolved():
    head = ('<link rel="canonical" href="/politik/haushalt-100.html">'
            '<meta property="og:url" content="https://www.beispiel-anzeiger.de/politik/haushalt-100.html?utm=x">')
    assert page(head).url == "https://www.beispiel-anzeiger.de/politik/haushalt-100.html"
    assert page('<meta property="og:url" content="https://www.beispiel-anzeiger.de/a/1">').url == (
        "https://www.beispiel-anzeiger.de/a/1")
    assert page(ld={**ARTICLE, "mainEntityOfPage": {"@id": "https://example.org/haushalt"}}).url == (
        "https://example.org/haushalt")


def test_a_home_page_or_a_relative_link_alone_is_no_article_url():
    assert page('<link rel="canonical" href="https://www.beispiel-anzeiger.de/">').url is None
    assert page('<link rel="canonical" href="/politik/haushalt-100.html">').url is None
    assert page().url is None


def test_title_og_first_then_headline_twitter_and_the_title_element():
    head = ('<title>Stadtrat beschließt neuen Haushalt - Politik - Beispiel-Anzeiger.de</title>'
            '<meta property="og:site_name" content="Beispiel-Anzeiger">')
    og = '<meta property="og:title" content="Haushalt: Stadtrat sagt Ja">'
    twitter = '<meta name="twitter:title" content="Der Haushalt steht | Beispiel-Anzeiger">'
    assert page(head + og + twitter, ld=ARTICLE).title == "Haushalt: Stadtrat sagt Ja"
    assert page(head + twitter, ld=ARTICLE).title == "Stadtrat beschließt neuen Haushalt"
    assert page(head + twitter).title == "Der Haushalt steht"
    assert page(head).title == "Stadtrat beschließt neuen Haushalt"
    assert page("<title> </title>").title is None


def test_title_two_kickers_before_one_headline_give_the_headline():
    og = '<meta property="og:title" content="Streit im Stadtrat: «Wir sparen nicht an den Schulen»">'
    h1 = '<h1><span>Haushalt 2025</span> - <span>«Wir sparen nicht an den Schulen»</span></h1>'
    assert page(og, body=h1).title == "«Wir sparen nicht an den Schulen»"
    # One kicker written twice, or a heading without a kicker: og:title stays.
    og = '<meta property="og:title" content="Trainer Muster: „Wir haben nichts zu verlieren“">'
    h1 = '<h1>FCB-Trainer Muster: „Wir haben nichts zu verlieren“</h1>'
    assert page(og, body=h1).title == "Trainer Muster: „Wir haben nichts zu verlieren“"
    og = '<meta property="og:title" content="Nach Rücktritt: Anwältin soll Justizministerin werden">'
    assert page(og, body="<h1>Anwältin soll Justizministerin werden</h1>").title == (
        "Nach Rücktritt: Anwältin soll Justizministerin werden")


def test_a_live_tickers_json_ld_headline_names_it():
    ticker = {**ARTICLE, "headline": "Hochwasser in Bayern im News-Ticker vom 3. bis 9. Juni"}
    og = '<meta property="og:title" content="Hochwasser-Ticker: Pegel in Passau sinkt wieder">'
    assert page(og, ld=ticker).title == "Hochwasser in Bayern im News-Ticker vom 3. bis 9. Juni"
    # Entries set apart by "+++" in the <h1> show a ticker too.
    ld = {**ARTICLE, "headline": "Hochwasser in Bayern: News und Entwicklungen"}
    og = '<meta property="og:title" content="Hochwasser in Bayern: aktuelle News und Entwicklungen">'
    h1 = "<h1>Pegel in Passau sinkt +++ Bahnstrecke wieder frei</h1>"
    assert page(og, body=h1, ld=ld).title == "Hochwasser in Bayern: News und Entwicklungen"
    # No ticker: og:title stays first.
    assert page(og, ld=ld).title == "Hochwasser in Bayern: aktuelle News und Entwicklungen"


def test_short_dated_lines_of_the_page_in_order():
    body = ('<nav><a href="/">Startseite</a><span>12°C</span></nav>'
            '<h1>Neue Brücke über die Saale eröffnet</h1>'
            '<p class="webtime"><span>Stand: </span><span>28. April 2023, </span><span>05:00 Uhr</span></p>'
            '<script>var published = "2023-04-29";</script>'
            '<p>Die Stadt hat am Freitag die neue Brücke über die Saale eröffnet. Sie hat <b>12 Millionen Euro</b> '
            'gekostet und verbindet zwei Stadtteile, die bisher nur über einen Umweg erreichbar waren.</p>'
            '<p class="webtime"><span>Stand: </span><span>28. April 2023, </span><span>05:00 Uhr</span></p>')
    # The outermost short element, once; script text and long paragraphs are no lines.
    assert page(body=body).lines == ("Startseite 12°C", "Stand: 28. April 2023, 05:00 Uhr")


LEAD = ("Die Stadtwerke erhöhen zum 1. Juli die Preise für Strom und Gas. Betroffen sind rund "
        "40.000 Haushalte im Stadtgebiet.")


def test_lead_is_the_element_that_shows_the_description():
    body = (f'<nav><p>Startseite Politik Wirtschaft</p></nav><article><header><h1>Strom wird teurer</h1>'
            f'<p class="kopf">{LEAD}</p></header><p>Der Aufsichtsrat hat am Montag zugestimmt.</p></article>')
    assert page(f'<meta property="og:description" content="{LEAD[:70]}...">', body).lead == LEAD


def test_description_not_shown_on_the_page_gives_no_lead():
    body = '<article><p>Der Aufsichtsrat hat am Montag den neuen Tarifen zugestimmt, wie die Stadtwerke mitteilten.</p></article>'
    assert page(f'<meta name="description" content="{LEAD}">', body).lead is None


def test_lead_marked_by_its_class_when_the_description_differs():
    body = (f'<aside><p class="intro">Lesen Sie auch: Was Sie beim Wechsel des Anbieters beachten müssen.</p></aside>'
            f'<article><div class="t-article-lead">{LEAD}</div>'
            f'<p class="leading-loose">Der Aufsichtsrat hat am Montag zugestimmt.</p></article>')
    assert page('<meta name="description" content="Strompreise: was Kunden jetzt wissen müssen">', body).lead == LEAD


def test_line_height_class_and_a_title_without_full_stop_are_no_lead():
    body = ('<article><p class="leading-loose">Der Aufsichtsrat hat am Montag den neuen Tarifen zugestimmt.</p>'
            '<h2 class="article-intro">Strom und Gas werden im ganzen Stadtgebiet ab Juli deutlich teurer</h2></article>')
    assert page(body=body).lead is None


def test_a_caption_showing_the_description_is_no_lead():
    caption = "Die Stadtwerke am Hafen: Der Aufsichtsrat hat den neuen Tarifen am Montag zugestimmt."
    body = f'<article><figure><img src="a.jpg"><figcaption>{caption}</figcaption></figure><p>{LEAD}</p></article>'
    assert page(f'<meta name="description" content="{caption}">', body).lead is None
