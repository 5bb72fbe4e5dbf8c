"""One reader per file type; each yields ``RawArticle`` or ``Skip`` records."""
from __future__ import annotations

import csv
import io
import json
import re
from collections.abc import Callable, Iterator, Mapping

from chronik.errors import InputError
from chronik.ingest.decode import decode
from chronik.ingest.feeds import read_feed
from chronik.ingest.options import ReadOptions
from chronik.ingest.pagemeta import PageMeta, read_page_meta
from chronik.ingest.titles import clean_title
from chronik.ingest.warc import read_warc
from chronik.records import RawArticle

csv.field_size_limit(50_000_000)


def _skip(source: str, reason: str):
    from chronik.ingest import Skip  # the record lives in the package's public face

    return Skip(source=source, reason=reason)


def _decoded(reader: Callable[[str, str, ReadOptions], Iterator]) -> Callable[[str, bytes, ReadOptions], Iterator]:
    """A reader of text, fed decoded bytes; undecodable bytes become one skip."""
    def read(source: str, data: bytes, options: ReadOptions) -> Iterator:
        try:
            text = decode(data)
        except InputError as err:
            yield _skip(source, str(err))
            return
        yield from reader(source, text, options)
    return read


@_decoded
def read_txt(source: str, text: str, options: ReadOptions) -> Iterator:
    yield RawArticle(source=source, text=text)


@_decoded
def read_html(source: str, html: str, options: ReadOptions) -> Iterator:
    """A saved page: trafilatura's main text; the metadata the markup states
    (``pagemeta``), trafilatura's own findings where it states none."""
    import trafilatura
    from trafilatura.utils import load_html

    try:
        tree = load_html(html)
        page = read_page_meta(tree) if tree is not None else PageMeta()
        if tree is not None:
            _unwrap_heading_anchors(tree)
        # deduplicate=False: trafilatura's duplicate filter is a process-wide
        # cache, so a page read after similar pages (a WARC crawl, a second
        # build in one process) would lose paragraphs and lose determinism.
        doc = trafilatura.bare_extraction(
            tree if tree is not None else html, url=None, with_metadata=True, include_comments=False,
            include_tables=False, favor_precision=True, deduplicate=False, as_dict=False,
        )
    except Exception as err:  # trafilatura raises many kinds on broken markup
        yield _skip(source, f"cannot parse the HTML ({type(err).__name__})")
        return
    text = (getattr(doc, "text", None) or "").strip() if doc is not None else ""
    if not text:
        yield _skip(source, "no article text found in the HTML")
        return
    outlet = page.outlet or doc.sitename or None
    title = page.title or (clean_title(doc.title, (outlet, page.url)) if doc.title else None)
    text = _without_title_lines(text, [t for t in (page.title, doc.title, title) if t])
    yield RawArticle(
        source=source,
        text=text,
        title=title,
        published=page.published,
        modified=page.modified,
        date_guess=doc.date or None,
        authors=page.authors or tuple(a.strip() for a in (doc.author or "").split(";") if a.strip()),
        outlet=outlet,
        language=doc.language or None,
        url=page.url,
        page_lines=page.lines,
        lead=page.lead,
        structured=True,
    )


def _unwrap_heading_anchors(tree) -> None:
    """A subheading that is a jump target (``<h3><a name="sprung1">...</a></h3>``)
    reads as a link to the extractor, which drops it: its anchors without an
    address are unwrapped, their text kept."""
    for heading in tree.xpath("//h2[.//a[not(@href)]] | //h3[.//a[not(@href)]] | //h4[.//a[not(@href)]]"):
        for anchor in heading.xpath(".//a[not(@href)]"):
            anchor.drop_tag()


# A headline line at the top of a page's text may carry a kicker before the
# title ("Premiere in Eisenhüttenstadt - ...") or the site after it ("... | wdr
# aktuell"): at most this many words besides the title's.
TITLE_LINE_EXTRA_WORDS = 8
TITLE_LINES = 5


def _without_title_lines(text: str, titles: list[str]) -> str:
    """The text without those of its first lines that repeat the title: the
    page's <h1>, the headline without its kicker, the headline after its kicker ("Premiere in Eisenhüttenstadt -
    TITLE"), or before the site's name ("TITLE | wdr aktuell"), also after a
    media player's line; as long as a story follows."""
    titles = [" ".join(t.split()) for t in titles if len(t.split()) >= 2]
    lines = text.split("\n")
    keep = [i >= TITLE_LINES or not any(_repeats_title(" ".join(line.split()), t) for t in titles)
            for i, line in enumerate(lines)]
    rest = [line for line, k in zip(lines, keep) if k]
    return "\n".join(rest).strip() if any(line.strip() for line in rest) else text


def _repeats_title(line: str, title: str) -> bool:
    if line == title or (len(line.split()) >= 2 and title.endswith(": " + line)):
        return True  # the title, or its headline without the kicker ("Kenia: Nairobi von unten")
    if len(line.split()) > len(title.split()) + TITLE_LINE_EXTRA_WORDS:
        return False
    return line.endswith(title) or bool(re.match(re.escape(title) + r"\s*[|–—-]\s", line))


def _from_record(record: Mapping, source: str) -> RawArticle:
    """An article from a JSONL object or a CSV row with the documented fields."""
    text = record.get("text")
    if not isinstance(text, str) or not text.strip():
        raise InputError("no 'text' field with article text")
    authors = record.get("authors") or ()
    if isinstance(authors, str):
        authors = [a.strip() for a in authors.replace(";", ",").split(",")]
    url = _str_or_none(record.get("url"))
    return RawArticle(
        source=url or source,
        url=url,
        text=text.replace("\r\n", "\n"),
        title=_str_or_none(record.get("title")),
        published=_str_or_none(record.get("published")),
        authors=tuple(str(a) for a in authors if str(a).strip()),
        outlet=_str_or_none(record.get("outlet")),
        language=_str_or_none(record.get("language")),
        structured=bool(_str_or_none(record.get("title"))),
    )


def _str_or_none(value) -> str | None:
    if value is None:
        return None
    value = str(value).strip()
    return value or None


@_decoded
def read_jsonl(source: str, text: str, options: ReadOptions) -> Iterator:
    for number, line in enumerate(text.split("\n"), start=1):
        if not line.strip():
            continue
        where = f"{source}#{number}"
        try:
            record = json.loads(line)
        except json.JSONDecodeError as err:
            yield _skip(where, f"broken JSON ({err.msg} at column {err.colno})")
            continue
        if not isinstance(record, dict):
            yield _skip(where, "a JSON line must be an object with a 'text' field")
            continue
        try:
            yield _from_record(record, where)
        except InputError as err:
            yield _skip(where, str(err))


@_decoded
def read_csv(source: str, text: str, options: ReadOptions) -> Iterator:
    delimiter = options.csv_delimiter or _sniff_delimiter(text)
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, quotechar=options.csv_quotechar)
    header: list[str] | None = None
    text_index: int | None = None
    line = 0
    while True:
        try:
            row = next(reader)
        except StopIteration:
            break
        except csv.Error as err:
            yield _skip(f"{source}#{reader.line_num}", f"broken CSV row ({err})")
            break
        line = reader.line_num
        if not row or not any(cell.strip() for cell in row):
            continue
        if options.csv_header and header is None:
            header = [h.strip().lower() for h in row]
            try:
                text_index = _text_column(header, options.csv_text_column)
            except InputError as err:
                yield _skip(source, str(err))
                return
            continue
        if text_index is None:
            text_index = _text_column(None, options.csv_text_column) if options.csv_text_column else len(row) - 1
        where = f"{source}#{line}"
        if text_index >= len(row):
            yield _skip(where, f"row has {len(row)} columns, the text column is number {text_index + 1}")
            continue
        record = dict(zip(header, row)) if header else {}
        record["text"] = row[text_index]
        try:
            yield _from_record(record, where)
        except InputError as err:
            yield _skip(where, str(err))


def _sniff_delimiter(text: str) -> str:
    first = text.split("\n", 1)[0]
    counts = {d: first.count(d) for d in (",", ";", "\t")}
    return max(counts, key=lambda d: (counts[d], d == ","))


def _text_column(header: list[str] | None, wanted: str | None) -> int:
    if wanted and wanted.isdigit():
        return int(wanted) - 1
    name = (wanted or "text").lower()
    if header is None or name not in header:
        raise InputError(
            f"no {name!r} column in the CSV header; name the text column with --csv-text-column "
            "(or use --csv-no-header with a column number)"
        )
    return header.index(name)


# Keys are whole suffixes; a two-part one (".warc.gz") is tried before the last part.
READERS: dict[str, Callable] = {
    ".txt": read_txt,
    ".text": read_txt,
    ".html": read_html,
    ".htm": read_html,
    ".jsonl": read_jsonl,
    ".csv": read_csv,
    ".rss": read_feed,
    ".atom": read_feed,
    ".xml": read_feed,
    ".warc": read_warc,
    ".warc.gz": read_warc,
}
