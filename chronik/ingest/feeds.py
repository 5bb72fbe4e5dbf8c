"""RSS and Atom feeds, from a file or an http(s) URL: one article per entry.

An entry gives the title, the link (the article's source and its url), the
publication date, the authors and the text. The text is the entry's content when it has
one, else its summary: a whole HTML page goes through the HTML reader's
main-text extraction, a fragment (the usual case) is stripped of its tags
with paragraph breaks kept.
"""
from __future__ import annotations

import re
import time
from collections.abc import Iterator
from dataclasses import replace
from email.utils import parsedate_to_datetime
from html import unescape
from html.parser import HTMLParser

from chronik.errors import InputError
from chronik.ingest.options import ReadOptions
from chronik.records import RawArticle

# A feed server that has not answered within this many seconds is not going
# to; long enough for a slow news site, short enough not to stall a build.
FETCH_TIMEOUT_S = 30

_URL = re.compile(r"^https?://", re.IGNORECASE)
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}")
_WHOLE_PAGE = re.compile(r"<(?:html|body)[\s>]", re.IGNORECASE)
_BLOCK_TAGS = frozenset("p div br li ul ol h1 h2 h3 h4 h5 h6 blockquote section article header footer "
                        "figure figcaption table tr pre hr".split())
_HIDDEN_TAGS = frozenset(("script", "style", "noscript", "template"))


def is_url(path: object) -> bool:
    """Whether a build input names an http(s) URL rather than a file."""
    return isinstance(path, str) and bool(_URL.match(path))


def fetch(url: str, options: ReadOptions, timeout: float = FETCH_TIMEOUT_S) -> bytes:
    """The body at ``url``; raises InputError with a one-line reason."""
    import urllib.error  # only a URL input pays for the HTTP client
    import urllib.request

    from chronik import __version__

    request = urllib.request.Request(url, headers={"User-Agent": f"chronik/{__version__}"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as response:
            data = response.read(options.max_bytes + 1)
    except urllib.error.HTTPError as err:
        raise InputError(f"cannot fetch the feed (HTTP {err.code} {err.reason})") from None
    except urllib.error.URLError as err:
        raise InputError(f"cannot fetch the feed ({_reason(err.reason, timeout)})") from None
    except (TimeoutError, OSError) as err:
        raise InputError(f"cannot fetch the feed ({_reason(err, timeout)})") from None
    if len(data) > options.max_bytes:
        raise InputError(f"the feed is over the limit of {options.max_bytes:,} bytes (raise it with --max-bytes)")
    return data


def _reason(err: object, timeout: float) -> str:
    if isinstance(err, TimeoutError):
        return f"no answer within {timeout:g} s"
    return getattr(err, "strerror", None) or str(err)


def read_url(url: str, options: ReadOptions) -> Iterator:
    """Every entry of the feed at ``url``, or one skip naming the URL."""
    from chronik.ingest.readers import _skip

    try:
        data = fetch(url, options)
    except InputError as err:
        yield _skip(url, str(err))
        return
    yield from read_feed(url, data, options)


def read_feed(source: str, data: bytes, options: ReadOptions) -> Iterator:
    """The reader for .rss/.atom/.xml files (and fetched feeds)."""
    import feedparser

    from chronik.ingest.readers import _skip

    if not data.strip():
        yield _skip(source, "the file is empty")
        return
    # Bytes, never a URL (feedparser would fetch it itself); unsanitized, so
    # that a whole page still has its <html> and <body> for the extraction.
    parsed = feedparser.parse(data, sanitize_html=False)
    if not parsed.version:
        error = parsed.get("bozo_exception")
        # The XML parser's own words; its line numbers count lines feedparser adds.
        why = error.getMessage() if hasattr(error, "getMessage") else str(error or "")
        yield _skip(source, "not an RSS or Atom feed" + (f" ({why})" if why else ""))
        return
    if not parsed.entries:
        yield _skip(source, "the feed has no entries")
        return
    feed = parsed.feed
    for number, entry in enumerate(parsed.entries, start=1):
        where = entry.get("link") or entry.get("id") or f"{source}#{number}"
        try:
            yield _article(entry, where, feed, options)
        except InputError as err:
            yield _skip(f"{source}#{number}", str(err))


def _article(entry, source: str, feed, options: ReadOptions) -> RawArticle:
    body = _body(entry)
    link = entry.get("link")
    base = RawArticle(
        source=source,
        url=link if is_url(link) else None,
        text="",
        title=_plain(entry.get("title")) or None,
        published=_published(entry),
        authors=_authors(entry),
        outlet=_plain(feed.get("title")) or None,
        language=feed.get("language") or None,
        structured=True,
    )
    if _WHOLE_PAGE.search(body):
        return _from_page(base, body, options)
    text = fragment_text(body)
    if not text:
        raise InputError("the entry has no content or summary text")
    return replace(base, text=text)


def _body(entry) -> str:
    """The longest of the entry's content parts and its summary."""
    parts = [c.get("value") or "" for c in entry.get("content") or ()]
    parts.append(entry.get("summary") or "")
    return max(parts, key=len)


def _from_page(base: RawArticle, page: str, options: ReadOptions) -> RawArticle:
    from chronik.ingest.readers import read_html

    found = next(iter(read_html(base.source, page.encode("utf-8"), options)))
    if not isinstance(found, RawArticle):
        raise InputError(found.reason)
    # The entry's own fields are the feed's statement; the page fills gaps.
    return replace(base, text=found.text, title=base.title or found.title,
                   published=base.published or found.published, modified=found.modified,
                   date_guess=found.date_guess, authors=base.authors or found.authors,
                   language=base.language or found.language, url=base.url or found.url,
                   page_lines=found.page_lines)


def _published(entry) -> str | None:
    """The entry's date in its own time zone; feedparser's parsed form (UTC)
    only when the text is in neither ISO nor RFC 822 form."""
    raw = (entry.get("published") or entry.get("updated") or entry.get("created") or "").strip()
    if _ISO_DATE.match(raw):
        return raw  # the cleaner's normalize_published reads ISO as written
    try:
        return parsedate_to_datetime(raw).isoformat()
    except (TypeError, ValueError, IndexError):
        pass
    parsed = entry.get("published_parsed") or entry.get("updated_parsed")
    return time.strftime("%Y-%m-%dT%H:%M:%S+00:00", parsed) if parsed else None


def _authors(entry) -> tuple[str, ...]:
    names = [a.get("name") or "" for a in entry.get("authors") or ()]
    if not any(names) and entry.get("author"):
        names = [entry["author"]]
    return tuple(dict.fromkeys(n.strip() for n in names if n and n.strip()))


def _plain(value: str | None) -> str:
    return re.sub(r"\s+", " ", fragment_text(value or "")).strip()


class _TextParser(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag, attrs):
        if tag in _HIDDEN_TAGS:
            self.hidden += 1
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_endtag(self, tag):
        if tag in _HIDDEN_TAGS:
            self.hidden = max(0, self.hidden - 1)
        elif tag in _BLOCK_TAGS:
            self.parts.append("\n")

    def handle_data(self, data):
        if not self.hidden:
            self.parts.append(re.sub(r"\s+", " ", data))  # source line breaks are only spaces in HTML


def fragment_text(html: str) -> str:
    """Text of an HTML fragment: tags dropped, one line per block element."""
    if "<" not in html:
        return unescape(html).strip()
    parser = _TextParser()
    parser.feed(html)
    parser.close()
    lines = (re.sub(r"[ \xa0]+", " ", line).strip() for line in "".join(parser.parts).split("\n"))
    return "\n".join(line for line in lines if line)
