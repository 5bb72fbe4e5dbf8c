"""The ordered per-article stages, and the build that runs them.

A build, top to bottom:
1. read every path (``ingest``) in sorted order;
2. clean each raw article (``clean``) and compute its content id;
3. skip what the store already has; run the per-article ``STAGES`` on the
   rest (in worker processes when asked); store each file's articles in one
   transaction;
4. link across all stored articles (``link``) and replace the linked rows.
A failure inside one article's stages is caught here, once, and reported as
a skip naming the article's source; the batch goes on.
"""
from __future__ import annotations

import logging
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace

from chronik.clean import clean
from chronik.ingest import ReadOptions, Skip, read_paths
from chronik.lang import LanguageResources, load
from chronik.records import Article, BuildReport, Document

log = logging.getLogger(__name__)


@dataclass(frozen=True, slots=True, kw_only=True)
class Toolkit:
    """What the stages need besides the document: language data and models,
    loaded once per process."""

    lang: LanguageResources
    ner: object = None


def load_toolkit(language: str = "de", nlp: str | None = None) -> Toolkit:
    lang = load(language)
    if nlp:
        from chronik.spacy_components import load_user_pipeline

        return Toolkit(lang=lang, ner=load_user_pipeline(nlp))
    from chronik.extract.entities import load_ner_model

    return Toolkit(lang=lang, ner=load_ner_model())


@dataclass(frozen=True, slots=True, kw_only=True)
class Stage:
    name: str
    needs: tuple[str, ...]
    adds: str
    run: Callable[[Document, Toolkit], Document]


def _tokens(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.tokens import split_sentences, tokenize

    tokens = tokenize(doc.article.text, kit.lang.abbreviations)
    return replace(doc, tokens=tokens, sentences=split_sentences(doc.article.text, tokens))


def _entities(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.entities import find_mentions

    if hasattr(kit.ner, "user_mentions"):
        mentions = kit.ner.user_mentions(doc.article.text, doc.sentences)
    else:
        mentions = find_mentions(doc.article.text, doc.tokens, doc.sentences, kit.lang.entities, kit.ner)
    return replace(doc, mentions=mentions)


def _timexes(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.timexes import extract_timexes

    return replace(doc, timexes=extract_timexes(doc.article.text, doc.tokens, doc.sentences, kit.lang.time,
                                                doc.article.published))


def _figures(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.figures import extract_figures

    return replace(doc, figures=extract_figures(doc.article.text, doc.tokens, doc.sentences, doc.timexes,
                                                doc.mentions, kit.lang.numbers, kit.lang.demonyms,
                                                doc.article.published))


def _quotes(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.quotes import extract_quotes

    return replace(doc, quotes=extract_quotes(doc.article.text, doc.tokens, doc.sentences, doc.mentions,
                                              kit.lang.quotes))


def _events(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.events import extract_events

    return replace(doc, events=extract_events(doc.article.text, doc.tokens, doc.sentences, doc.mentions,
                                              doc.timexes, kit.lang.events, doc.article.published))


STAGES: tuple[Stage, ...] = (
    Stage(name="tokens", needs=(), adds="tokens", run=_tokens),
    Stage(name="entities", needs=("tokens",), adds="mentions", run=_entities),
    Stage(name="timexes", needs=("tokens",), adds="timexes", run=_timexes),
    Stage(name="figures", needs=("tokens", "mentions", "timexes"), adds="figures", run=_figures),
    Stage(name="quotes", needs=("tokens", "mentions"), adds="quotes", run=_quotes),
    Stage(name="events", needs=("tokens", "mentions", "timexes"), adds="events", run=_events),
)


def analyze(article: Article, kit: Toolkit, stages: Sequence[Stage] = STAGES) -> Document:
    doc = Document(article=article)
    for stage in stages:
        doc = stage.run(doc, kit)
    return doc


def analyze_safely(article: Article, kit: Toolkit, stages: Sequence[Stage] = STAGES) -> Document | Skip:
    """The one place a per-article failure is caught: it becomes a skip."""
    try:
        return analyze(article, kit, stages)
    except Exception as err:  # noqa: BLE001 - any extractor bug must not stop the batch
        log.debug("analysis of %s failed", article.source, exc_info=True)
        return Skip(source=article.source, reason=f"analysis failed ({type(err).__name__}: {err})")


# -- worker processes ---------------------------------------------------------
_WORKER_KIT: Toolkit | None = None


def _init_worker(language: str, nlp: str | None) -> None:
    global _WORKER_KIT  # one toolkit per worker process, loaded once
    _WORKER_KIT = load_toolkit(language, nlp)


def _analyze_in_worker(article: Article) -> Document | Skip:
    return analyze_safely(article, _WORKER_KIT)


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildOptions:
    read: ReadOptions = ReadOptions()
    language: str = "de"
    nlp: str | None = None
    # Processes for per-article analysis; 0 = one per core (at most
    # MAX_AUTO_WORKERS), used only once a build has a full batch to share.
    workers: int = 0
    # Articles analyzed and stored per transaction.
    batch_size: int = 64


MAX_AUTO_WORKERS = 4


class _Runner:
    """Runs the stages in this process, or in a pool of worker processes
    once a build turns out to be big enough to pay for starting them."""

    def __init__(self, options: BuildOptions) -> None:
        import os

        self.options = options
        self.workers = options.workers or min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
        self.pool = None
        self.kit: Toolkit | None = None

    def run(self, articles: list[Article], full_batch: bool) -> Iterator[Document | Skip]:
        if self.pool is None and self.kit is None:
            if self.workers > 1 and full_batch:
                import multiprocessing

                self.pool = multiprocessing.get_context("spawn").Pool(
                    self.workers, initializer=_init_worker, initargs=(self.options.language, self.options.nlp))
            else:
                self.kit = load_toolkit(self.options.language, self.options.nlp)
        if self.pool is not None:
            return self.pool.imap(_analyze_in_worker, articles, chunksize=4)
        return (analyze_safely(a, self.kit) for a in articles)

    def close(self) -> None:
        if self.pool is not None:
            self.pool.close()
            self.pool.join()


def build(paths: Iterable[str], store, options: BuildOptions = BuildOptions(),
          on_skip: Callable[[Skip], None] | None = None,
          on_progress: Callable[[int], None] | None = None) -> BuildReport:
    """Read, clean, analyze and store ``paths``, then re-link the store."""
    from chronik.link import link_store

    lang = load(options.language)
    skipped: list[tuple[str, str]] = []
    added = duplicates = 0

    def skip(item: Skip) -> None:
        skipped.append((item.source, item.reason))
        if on_skip:
            on_skip(item)

    runner = _Runner(options)
    try:
        for batch in _batches(_new_articles(read_paths(paths, options.read, exclude=store.files()), store, lang, skip), options.batch_size):
            fresh = [a for a in batch if isinstance(a, Article)]
            duplicates += len(batch) - len(fresh)
            docs = []
            for result in runner.run(fresh, full_batch=len(batch) >= options.batch_size):
                if isinstance(result, Skip):
                    skip(result)
                else:
                    docs.append(result)
            if docs:
                from chronik.link.duplicates import signature

                flags = store.add_batch((d.article, d.analysis(), signature(d.article.text)) for d in docs)
                added += sum(flags)
                duplicates += len(flags) - sum(flags)
            if on_progress:
                on_progress(len(batch))
    finally:
        runner.close()
    link_store(store, lang)
    return BuildReport(added=added, duplicates=duplicates, skipped=tuple(skipped))


def _new_articles(items: Iterator, store, lang: LanguageResources, skip) -> Iterator[Article | str]:
    """Clean articles not yet stored; an already stored one yields its id."""
    seen: set[str] = set()
    for item in items:
        if isinstance(item, Skip):
            skip(item)
            continue
        article = clean(item, lang.cleaning)
        if not article.text.strip():
            skip(Skip(source=item.source, reason="nothing left after cleaning (no article text)"))
            continue
        if article.id in seen or store.has_article(article.id):
            store.add_source(article.source, article.id)
            yield article.id
            continue
        seen.add(article.id)
        yield article


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
