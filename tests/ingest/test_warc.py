"""WARC archives written here with warcio: one article per captured HTML page."""
import io
import re
from pathlib import Path

import pytest
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from chronik.ingest import ReadOptions, Skip, read_paths
from chronik.records import RawArticle

PAGE = (Path(__file__).parent / "data" / "article.html").read_text(encoding="utf-8")
# The same page without any date on it: no published_time, no year in the footer.
UNDATED = re.sub(r'<meta property="article:published_time"[^>]*>\n', "", PAGE).replace("© 2024 ", "")
EMPTY = "<html><head><title>Leer</title></head><body><script>start();</script></body></html>"


def write_warc(path: Path, gzip: bool = False) -> Path:
    with open(path, "wb") as out:
        writer = WARCWriter(out, gzip=gzip)

        def capture(uri, body, kind="text/html; charset=utf-8", status="200 OK", when="2025-09-05T07:30:00Z",
                    record="response"):
            http = StatusAndHeaders(status, [("Content-Type", kind)], protocol="HTTP/1.1")
            writer.write_record(writer.create_warc_record(
                uri, record, payload=io.BytesIO(body.encode("utf-8") if isinstance(body, str) else body),
                http_headers=http, warc_headers_dict={"WARC-Date": when}))

        writer.write_record(writer.create_warc_record(
            "https://example.org/politik/paket", "request", payload=io.BytesIO(b""),
            http_headers=StatusAndHeaders("GET /politik/paket HTTP/1.1", [("Host", "example.org")],
                                          is_http_request=True)))
        capture("https://example.org/politik/paket", PAGE)
        capture("https://example.org/logo.png", b"\x89PNG\r\n\x1a\n", kind="image/png")
        capture("https://example.org/alt", "<html><body>Umgezogen</body></html>", status="301 Moved Permanently")
        capture("https://example.org/politik/ohne-datum", UNDATED, when="2025-09-06T23:59:59Z")
        capture("https://example.org/leer", EMPTY)
    return path


def read(path, **options):
    return list(read_paths([path], ReadOptions(**options)))


@pytest.mark.parametrize("name, gzip", [("crawl.warc", False), ("crawl.warc.gz", True)])
def test_one_article_per_html_page(tmp_path, name, gzip):
    warc = write_warc(tmp_path / name, gzip)
    dated, undated, empty = read(warc)
    assert isinstance(dated, RawArticle)
    assert (dated.source, dated.title, dated.published, dated.authors, dated.outlet) == (
        "https://example.org/politik/paket", "Regierung beschließt Entlastungspaket", "2024-03-05T09:15:00+01:00",
        ("Anna Beispiel",), "Beispielzeitung")
    assert dated.text.startswith("Das Kabinett billigte am Dienstag in Berlin")
    assert "Startseite" not in dated.text and "Leser123" not in dated.text
    # No date on the page: the capture day stands in, as the last resort.
    assert (undated.source, undated.published, undated.date_guess, undated.text) == (
        "https://example.org/politik/ohne-datum", None, "2025-09-06", dated.text)
    assert empty == Skip(source=f"{warc}#https://example.org/leer", reason="no article text found in the HTML")


def test_a_file_that_is_not_a_warc_is_one_skip(tmp_path):
    warc = tmp_path / "kaputt.warc"
    warc.write_text("Das ist kein Archiv.\n", encoding="utf-8")
    assert read(warc) == [Skip(source=str(warc), reason="not a readable WARC file (ArchiveLoadFailed: Unknown "
                                                        "archive format, first line: ['Das', 'ist', 'kein', "
                                                        "'Archiv.'])")]


def test_a_warc_without_pages_says_so(tmp_path):
    warc = tmp_path / "bilder.warc"
    with open(warc, "wb") as out:
        writer = WARCWriter(out, gzip=False)
        http = StatusAndHeaders("200 OK", [("Content-Type", "image/png")], protocol="HTTP/1.1")
        writer.write_record(writer.create_warc_record("https://example.org/logo.png", "response",
                                                      payload=io.BytesIO(b"\x89PNG"), http_headers=http))
    assert read(warc) == [Skip(source=str(warc),
                               reason="no HTML page (response record with status 200) in the WARC file")]


def test_a_warc_over_the_size_limit_names_the_option(tmp_path):
    warc = write_warc(tmp_path / "crawl.warc")
    (skip,) = read(warc, max_bytes=1000)
    assert skip.reason == f"file is {warc.stat().st_size:,} bytes, over the limit of 1,000 (raise it with --max-bytes)"
