"""What a saved page's markup says about its article: canonical URL, title,
publication and update dates, authors and outlet.

Sources, most explicit first: the article object of the page's JSON-LD
(schema.org ``NewsArticle`` and kin), then Open Graph and other meta tags,
then microdata (``itemprop``). Only what the page states in its markup is read
here; the HTML reader falls back on trafilatura's guesses, and the cleaner
decides between these statements and the lines of the text.

Besides the markup, the page's short lines with a digit are kept
(``PageMeta.lines``): a "Stand: 03.05.2021 14:10 Uhr" line above the article
usually lies outside the text the extraction keeps, and only the cleaner knows
the German labels that make such a line a date.
"""
from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import dataclass
from html import unescape
from urllib.parse import urljoin, urlsplit

from chronik.ingest.titles import choose_title, outlet_key, site_keys
from chronik.lang.de.titles import TICKER_MARK, TICKER_WORD_ENDINGS

# A short line of the page: at most this many words (a date line, a byline
# with its date; "Stand: 28. April 2023, 05:00 Uhr | Lesedauer: 4 Minuten" has 9).
PAGE_LINE_WORDS = 12
# Only the first such lines, in page order: the article's header comes before
# the teasers and the footer, and a page can hold hundreds of dated teasers.
PAGE_LINES = 40

# schema.org types of an article (every "...Article" type counts too).
_ARTICLE_TYPES = frozenset({"BlogPosting", "LiveBlogPosting", "Report", "SocialMediaPosting"})
_PERSON_TYPES = frozenset({"Person"})
_HIDDEN = frozenset({"script", "style", "noscript", "template", "head", "svg", "iframe"})

# Meta tags (name, property or itemprop; lower-case) in order of preference.
_META_PUBLISHED = ("article:published_time", "og:article:published_time", "datepublished", "dc.date.issued",
                   "dcterms.issued", "publishdate", "publish-date", "pubdate", "date")
_META_MODIFIED = ("article:modified_time", "og:updated_time", "datemodified", "dc.date.modified",
                  "dcterms.modified", "last-modified")
_META_AUTHORS = ("author", "article:author", "dc.creator", "dcterms.creator", "parsely-author", "sailthru.author")


@dataclass(frozen=True, slots=True, kw_only=True)
class PageMeta:
    url: str | None = None
    title: str | None = None
    published: str | None = None
    modified: str | None = None
    # Person authors of the article object; else organisations it names as
    # authors followed by the byline of the meta tags or microdata.
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    lines: tuple[str, ...] = ()
    # The standfirst shown above the article (``lead``), which extractors
    # often leave out with the page's header.
    lead: str | None = None


def read_page_meta(tree) -> PageMeta:
    """The metadata of a page parsed by lxml (an ``HtmlElement``)."""
    article = _ld_article(tree)
    meta = _meta_tags(tree)
    url = _canonical(tree, meta, article)
    outlet = meta.get("og:site_name") or _name(article.get("publisher"))
    return PageMeta(
        url=url,
        title=_title(tree, meta, article, (outlet, _name(article.get("publisher")), url)),
        # The article's creation date is no update: after every stated publication.
        published=(_text(article.get("datePublished")) or _first(meta, _META_PUBLISHED)
                   or _text(article.get("dateCreated"))),
        modified=_text(article.get("dateModified")) or _first(meta, _META_MODIFIED),
        authors=_authors(tree, article, meta, site_keys((outlet, _name(article.get("publisher")), url))),
        outlet=outlet,
        lines=tuple(page_lines(tree)),
        lead=page_lead(tree, meta.get("og:description") or meta.get("description")
                       or _text(article.get("description")) or meta.get("twitter:description")),
    )


def _title(tree, meta: dict[str, str], article: dict, names: tuple) -> str | None:
    """The headline (``titles.choose_title``) from og:title, the JSON-LD
    headline, twitter:title and <title>, in this order (og:title is the
    headline most often, <title> carries the most navigation), with the
    page's first <h1> to compare kickers with. On a live ticker's page the
    JSON-LD headline comes first: it names the ticker, where og:title and
    the <h1> follow its latest entry."""
    head = tree.find("head")
    element = head.find("title") if head is not None else None
    h1 = next(iter(tree.iter("h1")), None)
    heading = _short_text(h1, 1000) if h1 is not None else None
    headline = _text(article.get("headline"))
    stated = [meta.get("og:title"), headline, meta.get("twitter:title"),
              _short_text(element, 1000) if element is not None else None]
    if headline and is_ticker(stated + [heading]):
        stated = [headline] + stated[:1] + stated[2:]
    return choose_title(stated, heading, names)


_TICKER_WORD = re.compile(rf"[\w-]*(?:{'|'.join(map(re.escape, TICKER_WORD_ENDINGS))})\b", re.IGNORECASE)


def is_ticker(titles: list[str | None]) -> bool:
    """Whether a page's titles show a live ticker: a word for one
    ("Nahost-Ticker", "Liveblog") or entries set apart by "+++"."""
    return any(t and (TICKER_MARK in t or _TICKER_WORD.search(t)) for t in titles)


# -- JSON-LD -------------------------------------------------------------------
def _ld_objects(data) -> Iterator[dict]:
    """Objects of a JSON-LD block: the top level, its @graph and main entities."""
    if isinstance(data, list):
        for item in data:
            yield from _ld_objects(item)
    elif isinstance(data, dict):
        yield data
        for key in ("@graph", "mainEntity"):
            if key in data:
                yield from _ld_objects(data[key])


def _types(obj: dict) -> list[str]:
    kind = obj.get("@type")
    return [t for t in (kind if isinstance(kind, list) else [kind]) if isinstance(t, str)]


def _is_article(obj: dict) -> bool:
    return any(t.endswith("Article") or t in _ARTICLE_TYPES for t in _types(obj))


def _ld_article(tree) -> dict:
    """The first article object of the page's JSON-LD ({} when none), its
    authors and publisher given by reference ({"@id": ...}, as SEO plugins
    write a @graph) replaced by the objects of the page that they name."""
    article = None
    by_id: dict[str, dict] = {}
    for script in tree.iter("script"):
        if (script.get("type") or "").strip().lower() != "application/ld+json" or not script.text:
            continue
        try:
            data = json.loads(script.text, strict=False)
        except ValueError:
            continue  # broken JSON-LD is common; the meta tags remain
        for obj in _ld_objects(data):
            if isinstance(obj.get("@id"), str) and len(obj) > 1:
                by_id.setdefault(obj["@id"], obj)
            if article is None and _is_article(obj):
                article = obj
    if not article:
        return {}
    return {**article, **{key: _resolved(article[key], by_id) for key in ("author", "creator", "publisher")
                          if key in article}}


def _resolved(value, by_id: dict[str, dict]):
    """A reference {"@id": ...} -> the object with that @id (itself when none)."""
    if isinstance(value, list):
        return [_resolved(v, by_id) for v in value]
    if isinstance(value, dict) and set(value) == {"@id"} and isinstance(value["@id"], str):
        return by_id.get(value["@id"], value)
    return value


def _text(value) -> str | None:
    if isinstance(value, list) and value:
        value = value[0]
    if not isinstance(value, str):
        return None
    return " ".join(unescape(value).split()) or None


def _name(value) -> str | None:
    """The name of an object; a person's given and family name where it states no name."""
    if isinstance(value, list) and value:
        value = value[0]
    if isinstance(value, dict):
        name = _text(value.get("name"))
        if not name and _text(value.get("familyName")):
            name = " ".join(filter(None, (_text(value.get("givenName")), _text(value.get("familyName")))))
        return name
    return None


def _ld_authors(article: dict) -> tuple[list[str], list[str]]:
    """(persons, organisations) the article object names as its authors."""
    authors = article.get("author") or article.get("creator") or ()  # schema.org's broader "creator" where no author
    persons: list[str] = []
    others: list[str] = []
    for author in authors if isinstance(authors, list) else [authors]:
        if isinstance(author, list):  # a list nested in the list
            sub_persons, sub_others = _ld_authors({"author": author})
            persons += sub_persons
            others += sub_others
            continue
        name = _text(author) if isinstance(author, str) else _name(author)
        if not name or is_address(name):
            continue
        kinds = _types(author) if isinstance(author, dict) else []
        (persons if not kinds or _PERSON_TYPES.intersection(kinds) else others).append(name)
    return persons, others


# -- meta tags and microdata -------------------------------------------------------
def _meta_tags(tree) -> dict[str, str]:
    """name/property/itemprop (lower-case) -> the first non-empty content."""
    found: dict[str, str] = {}
    for el in tree.iter("meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        value = " ".join(unescape(el.get("content") or "").split())
        if key and value and key not in found:
            found[key] = value
    for el in tree.xpath("//*[@itemprop='datePublished' or @itemprop='dateModified'][@datetime]"):
        found.setdefault(el.get("itemprop").lower(), el.get("datetime").strip())
    return found


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    return next((meta[k] for k in keys if meta.get(k)), None)


def _microdata_authors(tree) -> list[str]:
    names = []
    for el in tree.xpath("//*[@itemprop='author']"):
        inner = el.xpath(".//*[@itemprop='name']")
        source = inner[0] if inner else el
        name = source.get("content") or source.text_content()
        name = " ".join(name.split())
        if name and name not in names:
            names.append(name)
    return names


def _authors(tree, article: dict, meta: dict[str, str], site: frozenset[str] = frozenset()) -> tuple[str, ...]:
    """The article object's persons; where it names none but the outlet
    (``site``: folded names of the site), its organisations and the byline
    of microdata or the first meta tag that is not the outlet either."""
    persons, organisations = _ld_authors(article)
    outlets = [p for p in persons if outlet_key(p) in site]  # "BR24 Redaktion" typed as a Person
    persons = [p for p in persons if p not in outlets]
    if persons:
        return tuple(persons + organisations)
    tagged = [meta[k] for k in _META_AUTHORS
              if meta.get(k) and not is_address(meta[k]) and outlet_key(meta[k]) not in site]
    byline = _microdata_authors(tree) or tagged[:1]  # several tags usually repeat one byline
    return tuple(dict.fromkeys(outlets + organisations + byline))


def is_address(value: str) -> bool:
    """A URL (a profile or Facebook page), not a name."""
    return bool(re.match(r"^(?:https?:)?//|^www\.", value.strip(), re.IGNORECASE))


# -- canonical URL ---------------------------------------------------------------
def _canonical(tree, meta: dict[str, str], article: dict) -> str | None:
    """The page's own address: link rel=canonical, og:url, the article's url."""
    og = meta.get("og:url")
    entity = article.get("mainEntityOfPage")
    candidates = [el.get("href") for el in tree.iter("link")
                  if "canonical" in (el.get("rel") or "").lower().split()]
    candidates += [og, _text(article.get("url")),
                   entity.get("@id") if isinstance(entity, dict) else _text(entity)]
    for href in candidates:
        url = _absolute(href, og)
        if url:
            return url
    return None


def _absolute(href: str | None, base: str | None) -> str | None:
    """An http(s) URL of an article: relative ones resolved against og:url, a
    site's home page refused (some pages name it as canonical for all pages)."""
    if not href or not href.strip():
        return None
    href = href.strip()
    if base and not urlsplit(href).scheme and urlsplit(base).scheme in ("http", "https"):
        href = urljoin(base, href)
    parts = urlsplit(href)
    if parts.scheme not in ("http", "https") or not parts.netloc or parts.path in ("", "/"):
        return None
    return href


# -- the lead ----------------------------------------------------------------------
# Elements that can hold a standfirst (a <p>, a <div> of text, an <h2> under the headline).
_LEAD_TAGS = frozenset({"p", "div", "h2", "h3", "span", "section", "strong"})
# A caption, a link list or a footer showing the description is no standfirst.
_NOT_LEAD = frozenset({"figure", "figcaption", "nav", "footer", "aside", "a"})
# The description and an element agree on this many first words (fewer when shorter).
LEAD_MATCH_WORDS = 10
# How far above a text node its paragraph can be (<p><strong><a>Wort</a></strong> ...).
LEAD_DEPTH = 5
_WORDS = re.compile(r"\w+")


def page_lead(tree, description: str | None) -> str | None:
    """The page's standfirst: the first element of the body whose text is the
    page's description (og:description, meta description, the article's
    description). A description that is not shown on the page (a search
    snippet) gives none; a truncated one ("... Trump hat ...") finds the whole
    paragraph it starts."""
    wanted = _WORDS.findall(description or "")
    if len(wanted) < 5:
        return _classed_lead(tree)  # too short to be a standfirst, or none
    head = wanted[:LEAD_MATCH_WORDS]
    limit = 2 * len(description) + 200
    body = tree.find("body")
    body = body if body is not None else tree
    # Only around the text nodes holding the first word: the innermost
    # enclosing element whose text starts as the description does.
    for node in body.xpath(".//text()[contains(., $word)]", word=head[0]):
        el = node.getparent()
        if el is not None and node.is_tail:
            el = el.getparent()
        for _ in range(LEAD_DEPTH):
            if el is None or el.tag in _HIDDEN:
                break
            if el.tag in _LEAD_TAGS:
                text = _short_text(el, limit)
                if text is None:
                    break
                words = _WORDS.findall(text)
                if words[:len(head)] == head and len(words) <= 2 * len(wanted) + 10:
                    if not any(a.tag in _HIDDEN or a.tag in _NOT_LEAD for a in el.iterancestors()):
                        return " ".join(text.split())
                    break
            el = el.getparent()
    return _classed_lead(tree)


# A class naming a standfirst: "article-lead", "js-lead", "detail__excerpt",
# "elementLead", "intro-text" (not "leading-loose", a line height).
_LEAD_CLASS = re.compile(r"(?:^|[-_])(?:lead|leadtext|intro|excerpt|standfirst|preface)(?:$|[-_])"
                         r"|[a-z](?:Lead|Intro|Excerpt)(?:$|[-_A-Z])")
LEAD_MIN_WORDS, LEAD_MAX_WORDS = 8, 150


def _classed_lead(tree) -> str | None:
    """A standfirst the page marks by its class, in its (first) <article>: the
    first such element of 8 to 150 words that ends a sentence."""
    scope = next(iter(tree.iter("article")), None)
    if scope is None:
        scope = tree.find("body")
    if scope is None:
        return None
    for el in scope.iter(*_LEAD_TAGS):
        if not any(_LEAD_CLASS.search(c) for c in (el.get("class") or "").split()):
            continue
        text = _short_text(el, 20 * LEAD_MAX_WORDS)
        words = text.split() if text else []
        if LEAD_MIN_WORDS <= len(words) <= LEAD_MAX_WORDS and re.search(r"[.!?…][\"“”«»']?$", words[-1]):
            return " ".join(words)
    return None


# -- short dated lines ---------------------------------------------------------------
def page_lines(tree) -> Iterator[str]:
    """Short lines with a digit, in page order, each once: the text of the
    outermost element that is short enough (its inner elements joined by spaces)."""
    body = tree.find("body")
    seen: set[str] = set()
    stack = [body if body is not None else tree]
    while stack and len(seen) < PAGE_LINES:
        el = stack.pop()
        if not isinstance(el.tag, str) or el.tag in _HIDDEN:
            continue
        text = _short_text(el, 40 * PAGE_LINE_WORDS)
        if text is not None:
            words = text.split()
            if not words:
                continue
            if len(words) <= PAGE_LINE_WORDS:
                line = " ".join(words)
                if line not in seen and any(ch.isdigit() for ch in line):
                    seen.add(line)
                    yield line
                continue
        if (el.text or "").strip() or any((child.tail or "").strip() for child in el):
            continue  # a long paragraph: its links and bold words are no lines of their own
        stack.extend(reversed(el))


def _short_text(el, limit: int) -> str | None:
    """The element's text, its parts joined by spaces ("<span>12°C</span><span>Berlin</span>":
    two words), or None once it passes ``limit`` characters (read no further)."""
    parts = []
    size = 0
    for part in el.itertext():
        size += len(part)
        if size > limit:
            return None
        parts.append(part)
    return " ".join(parts)
