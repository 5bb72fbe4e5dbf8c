"""WARC web archives (plain or gzipped): one article per HTML page captured.

Only ``response`` records with HTTP status 200 and an HTML body count as
pages; requests, metadata, revisits, redirects, images and scripts are passed
over without a word, since a crawl is mostly made of them. Each page goes
through the HTML reader; its source is the record's target URI. The page's
own dates win; when it has none and no date could be guessed from it, the
capture date (the UTC day of ``WARC-Date``) stands in as the publication
date, because a page cannot have been published after it was captured and
relative dates ("am Dienstag") need an anchor.
"""
from __future__ import annotations

import io
from collections.abc import Iterator
from dataclasses import replace

from chronik.ingest.options import ReadOptions
from chronik.records import RawArticle

_HTML_TYPES = ("text/html", "application/xhtml+xml")


def read_warc(source: str, data: bytes, options: ReadOptions) -> Iterator:
    """The reader for .warc and .warc.gz files."""
    from warcio.archiveiterator import ArchiveIterator

    from chronik.ingest.readers import _skip

    pages = 0
    try:
        for record in ArchiveIterator(io.BytesIO(data)):
            if not _is_html_page(record):
                continue
            pages += 1
            uri = record.rec_headers.get_header("WARC-Target-URI") or f"{source}#{pages}"
            yield from _page(source, uri, record, options)
    except Exception as err:  # noqa: BLE001 - warcio raises many kinds on a damaged archive
        where = "not a readable WARC file" if pages == 0 else f"damaged WARC record after {pages} pages"
        yield _skip(source, f"{where} ({type(err).__name__}: {err})")
        return
    if pages == 0:
        yield _skip(source, "no HTML page (response record with status 200) in the WARC file")


def _is_html_page(record) -> bool:
    if record.rec_type != "response" or record.http_headers is None:
        return False
    if record.http_headers.get_statuscode() != "200":
        return False
    kind = (record.http_headers.get_header("Content-Type") or "").split(";")[0].strip().lower()
    return kind in _HTML_TYPES


def _page(source: str, uri: str, record, options: ReadOptions) -> Iterator:
    from chronik.ingest.readers import _skip, read_html

    body = record.content_stream().read()
    captured = (record.rec_headers.get_header("WARC-Date") or "")[:10] or None
    for found in read_html(uri, body, options):
        if isinstance(found, RawArticle):
            yield replace(found, source=uri, date_guess=found.date_guess or captured)
        else:
            yield _skip(f"{source}#{uri}", found.reason)
