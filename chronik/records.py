"""Frozen records passed between the pipeline stages.

Every extracted item carries character offsets into ``Article.text`` so that
the sentence it came from can always be shown. Records are immutable; a stage
that annotates returns a new record (``dataclasses.replace``).
"""
from __future__ import annotations

from dataclasses import dataclass, field

FROZEN = dict(frozen=True, slots=True, kw_only=True)


@dataclass(**FROZEN)
class RawArticle:
    """What a reader found: text plus whatever metadata the container gave."""

    source: str
    text: str
    title: str | None = None
    # The publication date the container states (a page's datePublished, a
    # feed entry's date, a JSONL field).
    published: str | None = None
    # The last update the container states (a page's dateModified): a
    # publication date only when nothing else dates the article.
    modified: str | None = None
    # A date found by searching rather than stated (trafilatura's search of a
    # page, a crawl's capture day): the last resort.
    date_guess: str | None = None
    # Names as the container gives them ("Anna Muster und Ben Beispiel, Brüssel"):
    # the cleaner splits them and drops places, outlets and agencies.
    authors: tuple[str, ...] = ()
    outlet: str | None = None
    language: str | None = None
    # The canonical URL the page names for itself (link rel=canonical, og:url,
    # a feed entry's link); ``source`` stays the path or URL as ingested.
    url: str | None = None
    # Short lines of a page outside its article text that hold a date (a
    # "Stand:" line, a dated byline), in page order, for the cleaner to read.
    page_lines: tuple[str, ...] = ()
    # A page's standfirst when the markup shows it (``pagemeta.page_lead``):
    # the cleaner puts it first where the extracted text lacks it.
    lead: str | None = None
    # The container already separated title and body (HTML, JSONL, CSV with a
    # title column): the cleaner then must not look for a title line.
    structured: bool = False


@dataclass(**FROZEN)
class ArticleMeta:
    """An article without its text and dropped lines: what linking holds of
    every article (a stage reads the text it cites from the store when it
    needs it, ``Store.texts``)."""

    id: str
    source: str
    title: str | None
    published: str | None
    authors: tuple[str, ...]
    agencies: tuple[str, ...]
    language: str
    outlet: str | None
    # The canonical URL the page names for itself, or None (``RawArticle.url``).
    url: str | None = None


@dataclass(**FROZEN)
class Article(ArticleMeta):
    """A cleaned article: the story text and its metadata."""

    text: str
    # Lines the cleaner removed, with the reason (caption, byline, ad ...),
    # so that a reader can see what was dropped and why.
    dropped: tuple[tuple[str, str], ...] = ()


@dataclass(**FROZEN)
class Token:
    start: int
    end: int
    text: str


@dataclass(**FROZEN)
class Sentence:
    """A sentence as a character span and the index range of its tokens."""

    start: int
    end: int
    first_token: int
    last_token: int  # exclusive


@dataclass(**FROZEN)
class Syntax:
    """What the language core read in every token, aligned with the tokens.

    ``pos``: universal part of speech (NOUN, VERB, AUX ...); ``lemma``;
    ``morph``: Universal Dependencies features (``Mood=Sub|Tense=Pres``);
    ``head``: the index (into the article's tokens) of the token this one
    depends on, a sentence's root pointing to itself; ``dep``: the relation
    to it (nsubj, obj, compound:prt ...).
    """

    pos: tuple[str, ...] = ()
    lemma: tuple[str, ...] = ()
    morph: tuple[str, ...] = ()
    head: tuple[int, ...] = ()
    dep: tuple[str, ...] = ()


@dataclass(**FROZEN)
class Mention:
    """A named-entity mention (PER, LOC, ORG, MISC)."""

    start: int
    end: int
    text: str
    label: str
    sentence: int = -1


@dataclass(**FROZEN)
class Timex:
    """A temporal expression normalized to TIMEX3.

    ``anchor`` says what a relative value was resolved against: ``published``
    (the publication date), ``narrative`` (the latest explicit date of the
    text) or None for absolute expressions and unresolved ones.
    """

    start: int
    end: int
    text: str
    type: str
    value: str | None
    mod: str | None = None
    anchor: str | None = None
    sentence: int = -1


@dataclass(**FROZEN)
class Figure:
    """A number that counts or measures something in the story."""

    start: int
    end: int
    text: str
    low: float | int | None
    high: float | int | None
    bound: str | None = None
    approx: bool = False
    vague: bool = False
    unit: str | None = None
    counted: str | None = None
    predicate: str | None = None
    subject: str | None = None
    attribution: str | None = None
    time: str | None = None
    sentence: int = -1


@dataclass(**FROZEN)
class Quote:
    """A direct quote; offsets cover the words without the quotation marks."""

    start: int
    end: int
    text: str
    speaker_name: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    via: str | None = None
    partial: bool = False
    # How the speaker was found: "text" (named in the frame), "pronoun" or
    # "role" (resolved from a pronoun or role noun), or None when unknown.
    speaker_basis: str | None = None
    sentence: int = -1


@dataclass(**FROZEN)
class Statement:
    """Something someone said, wrote or announced, as one article reports it.

    ``kind``: ``direct`` (their own words, with or without quotation marks),
    ``indirect`` (the content in the reporter's words: a ``dass``-clause, a
    Konjunktiv I clause, ``laut X``) or ``reported`` (the act without its
    content: ``warnte vor der Reform``). ``start``/``end`` cover the message
    (for ``reported`` the act), from its first to its last word; ``cue`` is
    the word or phrase that signals it (``sagte``, ``laut``, ``:``).
    ``speaker_basis``: ``text`` (named in the frame), ``pronoun`` or ``role``
    (resolved from a pronoun or role noun), ``carried`` (no speaker in the
    frame: the previous statement's goes on), ``self`` (the text's own
    speaker, ``ich``/``wir``, unnamed: ``speaker_name`` None, the pronoun's
    span kept), or None. ``date_basis``:
    ``text`` (a time expression of its sentence) or ``published``.
    ``marked``: direct speech between quotation marks (also a ``Quote``).
    """

    kind: str
    start: int
    end: int
    text: str
    cue: str | None = None
    cue_start: int | None = None
    cue_end: int | None = None
    speaker_name: str | None = None
    speaker_start: int | None = None
    speaker_end: int | None = None
    speaker_basis: str | None = None
    via: str | None = None
    addressee: str | None = None
    date: str | None = None
    date_basis: str | None = None
    marked: bool = False
    sentence: int = -1


@dataclass(**FROZEN)
class EventMention:
    """One report of an event inside one article."""

    type: str
    trigger: str
    start: int
    end: int
    sentence: int
    participants: tuple[str, ...] = ()
    place: str | None = None
    date: str | None = None
    date_basis: str | None = None
    status: str = "happened"
    # The lemma the event was read from ("bekanntgeben", "Telefonat"), the
    # participants with their role (agent, patient, other), a short line in
    # the article's language, and the source the article credits ("KCNA").
    predicate: str | None = None
    roles: tuple[tuple[str, str], ...] = ()
    label: str | None = None
    via: str | None = None


@dataclass(**FROZEN)
class Analysis:
    """Everything the per-article extractors found in one article."""

    article_id: str
    sentences: tuple[Sentence, ...] = ()
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[EventMention, ...] = ()
    statements: tuple[Statement, ...] = ()
    # Which analysis made it (extractors and language model): a build
    # re-analyses articles an older one made, so no store mixes the two.
    version: str = ""


@dataclass(**FROZEN)
class BuildReport:
    """The outcome of adding a batch of paths to a store."""

    added: int = 0
    duplicates: int = 0
    skipped: tuple[tuple[str, str], ...] = field(default_factory=tuple)
    reanalysed: int = 0  # stored articles analysed again because an older analysis made them
    linked: bool = True  # False: nothing a link reads had changed, the links were kept

    def summary(self) -> str:
        parts = [f"{self.added} article{'s' if self.added != 1 else ''} added"]
        parts.append(f"{self.duplicates} duplicate{'s' if self.duplicates != 1 else ''}")
        n = len(self.skipped)
        parts.append(f"{n} file{'s' if n != 1 else ''} skipped")
        if self.reanalysed:
            parts.append(f"{self.reanalysed} re-analysed")
        if not self.linked:
            parts.append("links unchanged")
        return ", ".join(parts)


@dataclass(**FROZEN)
class Document:
    """An article on its way through the per-article stages; each stage
    returns a copy with its own field filled."""

    article: Article
    tokens: tuple[Token, ...] = ()
    sentences: tuple[Sentence, ...] = ()
    syntax: Syntax = Syntax()
    # Lookups over all of the above, built once for the extractors that follow
    # (chronik.extract.view.ArticleView); not stored.
    view: object = None
    mentions: tuple[Mention, ...] = ()
    timexes: tuple[Timex, ...] = ()
    figures: tuple[Figure, ...] = ()
    quotes: tuple[Quote, ...] = ()
    events: tuple[EventMention, ...] = ()
    statements: tuple[Statement, ...] = ()

    def analysis(self, version: str = "") -> Analysis:
        return Analysis(
            article_id=self.article.id, sentences=self.sentences, mentions=self.mentions,
            timexes=self.timexes, figures=self.figures, quotes=self.quotes, events=self.events,
            statements=self.statements, version=version,
        )
