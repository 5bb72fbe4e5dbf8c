"""RSS and Atom feeds, from files and from a real HTTP server on localhost."""
import json
import socket
import threading
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronik.cli import cli
from chronik.errors import InputError
from chronik.ingest import ReadOptions, Skip, read_paths
from chronik.ingest.feeds import fetch, fragment_text
from chronik.records import RawArticle

DATA = Path(__file__).parent / "data"

RSS = """<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"
     xmlns:dc="http://purl.org/dc/elements/1.1/">
<channel>
  <title>Beispielzeitung</title>
  <link>https://example.org/</link>
  <language>de-DE</language>
  <item>
    <title>Kim versichert Putin volle Unterst&#252;tzung</title>
    <link>https://example.org/ausland/kim-putin</link>
    <guid isPermaLink="false">kim-putin-1</guid>
    <pubDate>Wed, 03 Sep 2025 18:05:00 +0200</pubDate>
    <dc:creator>Anna Beispiel</dc:creator>
    <description>Der Kremlchef dankt Kim f&#252;r die Soldaten.</description>
    <content:encoded><![CDATA[<p>Der Kremlchef dankte Kim ausdrücklich für die Entsendung nordkoreanischer
      Soldaten.</p><p>„Wir werden niemals die Opfer vergessen“, sagte <a href="/putin">Putin</a>.</p>
      <script>track();</script>]]></content:encoded>
  </item>
  <item>
    <title>Lawrow in Pjöngjang</title>
    <link>https://example.org/ausland/lawrow</link>
    <pubDate>Sat, 12 Jul 2025 09:00:00 +0000</pubDate>
    <description>&lt;b&gt;Kim Jong Un&lt;/b&gt; hat den russischen Außenminister
      empfangen &amp;amp; bewirtet.</description>
  </item>
</channel>
</rss>
"""

ATOM = """<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="de">
  <title>Beispielzeitung – Ausland</title>
  <id>urn:example:ausland</id>
  <updated>2025-09-04T10:00:00+02:00</updated>
  <entry>
    <title type="html">Kim versichert Putin &lt;em&gt;volle&lt;/em&gt; Unterstützung</title>
    <link rel="alternate" href="https://example.org/ausland/kim-putin"/>
    <id>urn:example:1</id>
    <published>2025-09-03T18:05:00+02:00</published>
    <updated>2025-09-03T19:00:00+02:00</updated>
    <author><name>Anna Beispiel</name></author>
    <author><name>Ben Muster</name></author>
    <content type="html">&lt;p&gt;Erster Absatz &amp;amp; mehr.&lt;/p&gt;&lt;p&gt;Zweiter Absatz.&lt;/p&gt;</content>
  </entry>
  <entry>
    <title>Nur eine Zusammenfassung</title>
    <id>urn:example:2</id>
    <updated>2025-09-04</updated>
    <summary>Kurzer Text ohne Link.</summary>
  </entry>
  <entry>
    <title>Ohne Text</title>
    <id>urn:example:3</id>
  </entry>
</feed>
"""


def read(*paths):
    return list(read_paths([str(p) for p in paths], ReadOptions()))


def test_rss_entry_gives_title_link_date_author_and_content(tmp_path):
    feed = tmp_path / "ausland.rss"
    feed.write_text(RSS, encoding="utf-8")
    first, second = read(feed)
    assert first == RawArticle(
        source="https://example.org/ausland/kim-putin",
        text="Der Kremlchef dankte Kim ausdrücklich für die Entsendung nordkoreanischer Soldaten.\n"
             "„Wir werden niemals die Opfer vergessen“, sagte Putin.",
        title="Kim versichert Putin volle Unterstützung",
        published="2025-09-03T18:05:00+02:00",  # the item's own zone, not feedparser's UTC
        authors=("Anna Beispiel",), outlet="Beispielzeitung", language="de-DE", structured=True,
        url="https://example.org/ausland/kim-putin",  # the entry's link is its url too
    )
    # No content: the summary, its tags stripped and entities decoded once.
    assert second.text == "Kim Jong Un hat den russischen Außenminister empfangen & bewirtet."
    assert (second.source, second.published, second.authors) == (
        "https://example.org/ausland/lawrow", "2025-07-12T09:00:00+00:00", ())


def test_atom_entries_and_an_entry_without_text(tmp_path):
    feed = tmp_path / "ausland.atom"
    feed.write_text(ATOM, encoding="utf-8")
    first, second, third = read(feed)
    assert first == RawArticle(
        source="https://example.org/ausland/kim-putin", text="Erster Absatz & mehr.\nZweiter Absatz.",
        title="Kim versichert Putin volle Unterstützung", published="2025-09-03T18:05:00+02:00",
        authors=("Anna Beispiel", "Ben Muster"), outlet="Beispielzeitung – Ausland", language="de",
        url="https://example.org/ausland/kim-putin", structured=True,
    )
    # Without a link the entry's id is its source, and it has no url; a
    # date-only "updated" stays a date.
    assert (second.source, second.url, second.text, second.published) == (
        "urn:example:2", None, "Kurzer Text ohne Link.", "2025-09-04")
    assert third == Skip(source=f"{feed}#3", reason="the entry has no content or summary text")


def test_a_whole_page_in_an_entry_goes_through_the_html_extraction(tmp_path):
    page = (DATA / "article.html").read_text(encoding="utf-8")
    feed = tmp_path / "seite.xml"
    feed.write_text(RSS.replace(RSS[RSS.index("<content:encoded>"):RSS.index("</content:encoded>")],
                                f"<content:encoded><![CDATA[{page}]]>"), encoding="utf-8")
    first = read(feed)[0]
    assert first.text.startswith("Das Kabinett billigte am Dienstag in Berlin")
    for noise in ("Startseite", "Cookies", "Leser123", "Impressum"):
        assert noise not in first.text
    # The entry's own title and date win over the page's.
    assert (first.title, first.published) == ("Kim versichert Putin volle Unterstützung", "2025-09-03T18:05:00+02:00")


def test_files_that_are_not_feeds_are_skipped_with_a_reason(tmp_path):
    broken = tmp_path / "kaputt.rss"
    broken.write_text("Das ist kein Feed, sondern eine Notiz.", encoding="utf-8")
    page = tmp_path / "seite.xml"
    page.write_text("<html><body><p>Hallo</p></body></html>", encoding="utf-8")
    empty = tmp_path / "leer.atom"
    empty.write_text('<?xml version="1.0"?><rss version="2.0"><channel><title>x</title></channel></rss>',
                     encoding="utf-8")
    assert read(broken, page, empty) == [
        Skip(source=str(broken), reason="not an RSS or Atom feed (syntax error)"),
        Skip(source=str(page), reason="not an RSS or Atom feed"),
        Skip(source=str(empty), reason="the feed has no entries"),
    ]


def test_fragment_text_keeps_blocks_and_drops_scripts():
    assert fragment_text("<div>Eins<br>zwei</div><style>p{}</style><ul><li>drei &amp; vier</li></ul>") == \
        "Eins\nzwei\ndrei & vier"


# -- over HTTP ---------------------------------------------------------------------

class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args):
        pass


@pytest.fixture
def web(tmp_path):
    """A real HTTP server on localhost serving files from ``tmp_path/www``."""
    root = tmp_path / "www"
    root.mkdir()
    server = ThreadingHTTPServer(("127.0.0.1", 0), partial(_QuietHandler, directory=str(root)))
    thread = threading.Thread(target=server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)
    thread.start()
    yield root, f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()
    thread.join()


def test_a_feed_url_is_fetched_and_built_into_the_store(web, tmp_path):
    root, base = web
    (root / "ausland.rss").write_text(RSS, encoding="utf-8")
    db = tmp_path / "c.db"
    result = CliRunner().invoke(cli, ["build", f"{base}/ausland.rss", "--db", str(db)])
    assert result.exit_code == 0, result.output
    assert result.output.splitlines()[-1] == "2 articles added, 0 duplicates, 0 files skipped"
    doc = json.loads(CliRunner().invoke(cli, ["export", "--db", str(db)]).output)
    # A time in UTC is given as German readers saw it (summer time: UTC+2).
    assert [(a["source"], a["url"], a["published"], a["outlet"]) for a in doc["articles"]] == [
        ("https://example.org/ausland/kim-putin", "https://example.org/ausland/kim-putin", "2025-09-03T18:05",
         "Beispielzeitung"),
        ("https://example.org/ausland/lawrow", "https://example.org/ausland/lawrow", "2025-07-12T11:00",
         "Beispielzeitung"),
    ]


def test_a_missing_feed_and_a_refused_connection_are_one_line_skips(web):
    root, base = web
    with socket.socket() as s:  # a port nobody listens on
        s.bind(("127.0.0.1", 0))
        closed = f"http://127.0.0.1:{s.getsockname()[1]}/feed.rss"
    assert read(f"{base}/fehlt.rss", closed) == [
        Skip(source=f"{base}/fehlt.rss", reason="cannot fetch the feed (HTTP 404 File not found)"),
        Skip(source=closed, reason="cannot fetch the feed (Connection refused)"),
    ]


def test_a_server_that_never_answers_times_out():
    with socket.socket() as silent:  # accepts connections (backlog) but never replies
        silent.bind(("127.0.0.1", 0))
        silent.listen(1)
        url = f"http://127.0.0.1:{silent.getsockname()[1]}/feed.rss"
        with pytest.raises(InputError) as caught:
            fetch(url, ReadOptions(), timeout=0.2)
    assert str(caught.value) == "cannot fetch the feed (no answer within 0.2 s)"


def test_a_feed_over_the_size_limit_is_refused(web):
    root, base = web
    (root / "gross.rss").write_text(RSS, encoding="utf-8")
    (skip,) = list(read_paths([f"{base}/gross.rss"], ReadOptions(max_bytes=100)))
    assert skip == Skip(source=f"{base}/gross.rss",
                        reason="the feed is over the limit of 100 bytes (raise it with --max-bytes)")
