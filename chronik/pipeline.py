"""The ordered per-article stages, and the build that runs them.

A build, top to bottom:
1. read every path (``ingest``) in sorted order;
2. clean each raw article (``clean``) and compute its content id;
3. skip what the store already has; run the per-article ``STAGES`` on the
   rest, in batches (in worker processes or on a Dask cluster when asked,
   results taken in order); store each batch in one transaction;
4. link across all stored articles (``link``) and replace the linked rows.
A failure inside one article's stages is caught here, once, and reported as
a skip naming the article's source; the batch goes on.
"""
from __future__ import annotations

import logging
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, replace
from pathlib import Path

from chronik.clean import clean
from chronik.errors import ChronikError, ConfigError
from chronik.ingest import ReadOptions, Skip, read_paths
from chronik.lang import LanguageResources, load
from chronik.records import Analysis, Article, BuildReport, Document

log = logging.getLogger(__name__)


# The version of what the per-article stages write. Raise it with any change
# to an extractor's output; with the language model's own version it tells a
# build which stored analyses are stale.
EXTRACTION_VERSION = "2026.12-40"


def link_code(packages: tuple[Path, ...] | None = None) -> str:
    """A digest of the linking code's sources (``chronik.link``, ``chronik.review``,
    which adds to every link, and the language data they read, ``chronik.lang``):
    a build whose store holds nothing new keeps its links only when the code
    that made them is the same, and no one raises a version number for every
    change to a linker or a name list."""
    import hashlib

    here = Path(__file__).resolve().parent
    digest = hashlib.sha256()
    for package in packages or (here / "link", here / "review", here / "lang", here / "lang" / "de"):
        for source in sorted(p for p in package.iterdir() if p.suffix in (".py", ".txt", ".tsv")):
            digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:16]


def analysis_version(language: str = "de") -> str:
    """What a stored analysis made now would say it is (read without loading the model)."""
    from chronik.extract.syntax import model_version

    return f"{EXTRACTION_VERSION}+{language}-{model_version()}"


@dataclass(frozen=True, slots=True, kw_only=True)
class Toolkit:
    """What the stages need besides the document: language data and models,
    loaded once per process."""

    lang: LanguageResources
    ner: object = None
    core: object = None  # the language core (chronik.extract.syntax.LanguageCore)


def load_toolkit(language: str = "de", nlp: str | None = None) -> Toolkit:
    from chronik.extract.syntax import load_language_core

    from chronik.extract.timexes import compile_rules

    lang = load(language)
    compile_rules(lang.time)  # the time regexes, compiled once per process: here, not in the first article
    core = load_language_core(language)
    if nlp:
        from chronik.spacy_components import load_user_pipeline

        return Toolkit(lang=lang, ner=load_user_pipeline(nlp), core=core)
    from chronik.extract.entities import load_ner_model

    return Toolkit(lang=lang, ner=load_ner_model(), core=core)


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


def _syntax(doc: Document, kit: Toolkit) -> Document:
    return replace(doc, syntax=kit.core.analyse(doc.article.text, doc.tokens, doc.sentences))


def _view(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.view import ArticleView

    return replace(doc, view=ArticleView(doc.article.text, doc.tokens, doc.sentences, doc.syntax, doc.mentions,
                                         doc.timexes, doc.article.published, kit.lang.quotes.marks, kit.lang.grammar,
                                         kit.core.lemmas))


def _entities(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.entities import find_mentions

    if hasattr(kit.ner, "user_mentions"):
        mentions = kit.ner.user_mentions(doc.article.text, doc.sentences)
    else:
        # the language core's tags keep names from running over a verb ("Merkel traf Macron")
        mentions = find_mentions(doc.article.text, doc.tokens, doc.sentences, kit.lang.entities, kit.ner,
                                 pos=doc.syntax.pos or None)
    return replace(doc, mentions=mentions)


def _timexes(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.timexes import extract_timexes

    return replace(doc, timexes=extract_timexes(doc.article.text, doc.tokens, doc.sentences, kit.lang.time,
                                                doc.article.published))


def _figures(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.figures import extract_figures

    return replace(doc, figures=extract_figures(doc.article.text, doc.tokens, doc.sentences, doc.timexes,
                                                doc.mentions, kit.lang.numbers, kit.lang.demonyms,
                                                doc.article.published, view=doc.view, quotes=doc.quotes,
                                                statements=doc.statements))


def _quotes(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.quotes import extract_quotes

    return replace(doc, quotes=extract_quotes(doc.article.text, doc.tokens, doc.sentences, doc.mentions,
                                              kit.lang.quotes))


def _events(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.events import extract_events

    return replace(doc, events=extract_events(doc.view, kit.lang.events))


def _statements(doc: Document, kit: Toolkit) -> Document:
    from chronik.extract.statements import extract_statements

    return replace(doc, statements=extract_statements(doc.view, doc.quotes, kit.lang.statements))


STAGES: tuple[Stage, ...] = (
    Stage(name="tokens", needs=(), adds="tokens", run=_tokens),
    Stage(name="syntax", needs=("tokens",), adds="syntax", run=_syntax),
    Stage(name="entities", needs=("tokens", "syntax"), adds="mentions", run=_entities),
    Stage(name="timexes", needs=("tokens",), adds="timexes", run=_timexes),
    Stage(name="view", needs=("tokens", "syntax", "mentions", "timexes"), adds="view", run=_view),
    Stage(name="quotes", needs=("tokens", "mentions"), adds="quotes", run=_quotes),
    # statements before figures: a figure in someone's reported speech is theirs
    Stage(name="statements", needs=("view", "quotes"), adds="statements", run=_statements),
    Stage(name="figures", needs=("tokens", "syntax", "mentions", "timexes", "view", "quotes", "statements"),
          adds="figures", run=_figures),
    Stage(name="events", needs=("view",), adds="events", run=_events),
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


# -- executors ------------------------------------------------------------------
@dataclass(frozen=True, slots=True, kw_only=True)
class Analyzed:
    """What analysis sends back for one article: what the store keeps (not
    the tokens), with the MinHash signature the near-duplicate index needs."""

    article: Article
    analysis: Analysis
    signature: bytes


def analyze_batch(articles: Sequence[Article], kit: Toolkit) -> list[Analyzed | Skip]:
    from chronik.link.duplicates import signature

    version = analysis_version(kit.lang.code)
    results: list[Analyzed | Skip] = []
    for article in articles:
        doc = analyze_safely(article, kit)
        if isinstance(doc, Skip):
            results.append(doc)
        else:
            results.append(Analyzed(article=doc.article, analysis=doc.analysis(version),
                                    signature=signature(doc.article.text)))
    return results


_WORKER_KITS: dict[tuple[str, str | None, int], Toolkit] = {}


def _worker_kit(language: str, nlp: str | None) -> Toolkit:
    """The toolkit of this worker process (and thread: a Dask worker may run
    several), loaded on its first batch and kept."""
    import threading

    key = (language, nlp, threading.get_ident())
    if key not in _WORKER_KITS:
        _WORKER_KITS[key] = load_toolkit(language, nlp)
    return _WORKER_KITS[key]


def _analyze_batch_in_worker(articles: list[Article], language: str, nlp: str | None) -> list[Analyzed | Skip]:
    return analyze_batch(articles, _worker_kit(language, nlp))


@dataclass(frozen=True, slots=True, kw_only=True)
class BuildOptions:
    read: ReadOptions = ReadOptions()
    language: str = "de"
    nlp: str | None = None
    # Per-article analysis: 0 = automatic (this process for a small build, a
    # pool of one process per core, at most MAX_AUTO_WORKERS, once a build has
    # a full batch); 1 = this process; N >= 2 = a local Dask cluster of N
    # worker processes.
    workers: int = 0
    # An existing Dask cluster (tcp://HOST:PORT) to analyze on; overrides workers.
    scheduler: str | None = None
    # Articles analyzed and stored per transaction, and per worker task.
    batch_size: int = 64
    # Link the whole store even when nothing a link reads has changed since the
    # last link by this version of chronik (which a build otherwise keeps).
    relink: bool = False


MAX_AUTO_WORKERS = 4
# Batches in flight per worker: one running, one waiting, so that a worker
# never idles while the driver stores the previous batch.
BATCHES_PER_WORKER = 2
# Articles per task of a worker process (a batch is sent in such slices).
POOL_TASK_ARTICLES = 16
# Seconds to wait for a Dask scheduler and its first worker.
DASK_CONNECT_S = 30


class _InProcess:
    """Analysis in this process, batch by batch."""

    depth = 0

    def __init__(self, options: BuildOptions) -> None:
        self.kit = load_toolkit(options.language, options.nlp)

    def submit(self, articles: list[Article]):
        return articles

    def result(self, handle) -> list[Analyzed | Skip]:
        return analyze_batch(handle, self.kit)

    def close(self) -> None:
        pass


class _Pool:
    """A multiprocessing pool of spawned processes (the automatic choice for
    a big build; needs nothing beyond the standard library)."""

    def __init__(self, options: BuildOptions, workers: int) -> None:
        import multiprocessing

        self.options = options
        self.depth = BATCHES_PER_WORKER * workers
        self.pool = multiprocessing.get_context("spawn").Pool(workers)

    def submit(self, articles: list[Article]):
        # A batch goes out in slices: at the end of a build, the workers
        # finish within a slice of each other, not within a batch.
        return [self.pool.apply_async(_analyze_batch_in_worker,
                                      (articles[i:i + POOL_TASK_ARTICLES], self.options.language, self.options.nlp))
                for i in range(0, len(articles), POOL_TASK_ARTICLES)]

    def result(self, handle) -> list[Analyzed | Skip]:
        return [r for task in handle for r in task.get()]

    def close(self) -> None:
        # Every result is in (or the build failed): a worker's exit, which
        # frees a loaded language model, need not be waited for.
        self.pool.terminate()
        self.pool.join()


class _Dask:
    """A Dask cluster: a LocalCluster of worker processes that this build
    starts and stops, or an existing one reached through its scheduler."""

    def __init__(self, options: BuildOptions) -> None:
        try:
            from distributed import Client, LocalCluster
        except ImportError:
            raise ConfigError(f"{_dask_flag(options)} runs on Dask, which is not installed: "
                              "pip install 'chronik[dask]'") from None
        self.options = options
        self.cluster = None
        try:
            if options.scheduler:
                _check_listening(options.scheduler)
                self.client = Client(options.scheduler, timeout=DASK_CONNECT_S)
            else:
                self.cluster = LocalCluster(n_workers=options.workers, threads_per_worker=1, processes=True,
                                            host="127.0.0.1", dashboard_address=":0",
                                            silence_logs=logging.ERROR)
                self.client = Client(self.cluster)
            self.client.wait_for_workers(1, timeout=DASK_CONNECT_S)
        except (OSError, TimeoutError, ValueError) as err:  # unreachable, silent, or not an address
            self.close()
            where = f"the Dask scheduler at {options.scheduler}" if options.scheduler else "a local Dask cluster"
            raise ConfigError(f"cannot use {where}: {err or type(err).__name__}") from None
        workers = len(self.client.scheduler_info().get("workers", {})) or 1
        self.depth = BATCHES_PER_WORKER * workers

    def submit(self, articles: list[Article]):
        return self.client.submit(_analyze_batch_in_worker, articles, self.options.language, self.options.nlp,
                                  pure=False)

    def result(self, handle) -> list[Analyzed | Skip]:
        from distributed import KilledWorker

        try:
            return handle.result()
        except KilledWorker as err:
            raise ChronikError(f"a Dask worker died while analyzing a batch ({err}); run the build again") from None

    def close(self) -> None:
        client = getattr(self, "client", None)
        if client is not None:
            client.close()
        if self.cluster is not None:
            self.cluster.close()


def _check_listening(address: str) -> None:
    """Fail at once when nothing listens at a tcp:// scheduler address
    (Dask itself would retry for DASK_CONNECT_S seconds)."""
    import socket
    from urllib.parse import urlsplit

    parts = urlsplit(address)
    if parts.scheme != "tcp" or not parts.hostname or not parts.port:
        return
    with socket.create_connection((parts.hostname, parts.port), timeout=DASK_CONNECT_S):
        pass


def _dask_flag(options: BuildOptions) -> str:
    return f"--scheduler {options.scheduler}" if options.scheduler else f"--workers {options.workers}"


class _Runner:
    """Sends batches to the chosen executor and hands back their results in
    submission order, so the store (and every link) is the same as in a
    serial build. The automatic choice waits for the first batch: a build
    smaller than one batch stays in this process."""

    def __init__(self, options: BuildOptions) -> None:
        self.options = options
        self.executor = None

    def _start(self, full_batch: bool):
        import os

        options = self.options
        if options.scheduler or options.workers >= 2:
            return _Dask(options)
        auto = min(os.cpu_count() or 1, MAX_AUTO_WORKERS)
        if options.workers == 0 and auto > 1 and full_batch:
            return _Pool(options, auto)
        return _InProcess(options)

    def map(self, batches: Iterable[list]) -> Iterator[tuple[list, list[Analyzed | Skip]]]:
        """Each batch (articles, and ids of articles already stored) with the
        analyses of its articles, in order, keeping the executor busy."""
        pending: deque = deque()
        for batch in batches:
            fresh = [a for a in batch if isinstance(a, Article)]
            handle = None
            if fresh:  # a re-run that finds everything stored starts no workers
                if self.executor is None:
                    self.executor = self._start(len(batch) >= self.options.batch_size)
                handle = self.executor.submit(fresh)
            pending.append((batch, handle))
            while len(pending) > (self.executor.depth if self.executor else 0):
                yield self._next(pending)
        while pending:
            yield self._next(pending)

    def _next(self, pending: deque) -> tuple[list, list[Analyzed | Skip]]:
        batch, handle = pending.popleft()
        return batch, (self.executor.result(handle) if handle is not None else [])

    def close(self) -> None:
        if self.executor is not None:
            self.executor.close()


def build(paths: Iterable[str], store, options: BuildOptions = BuildOptions(),
          on_skip: Callable[[Skip], None] | None = None,
          on_progress: Callable[[int], None] | None = None) -> BuildReport:
    """Read, clean, analyze and store ``paths``, then re-link the store."""
    from chronik.review.curation import link_reviewed

    lang = load(options.language)
    skipped: list[tuple[str, str]] = []
    added = duplicates = 0

    def skip(item: Skip) -> None:
        skipped.append((item.source, item.reason))
        if on_skip:
            on_skip(item)

    runner = _Runner(options)
    articles = _new_articles(read_paths(paths, options.read, exclude=store.files()), store, lang, skip)
    try:
        for batch, results in runner.map(_batches(articles, options.batch_size)):
            done = [r for r in results if isinstance(r, Analyzed)]
            for r in results:
                if isinstance(r, Skip):
                    skip(r)
            duplicates += sum(1 for a in batch if not isinstance(a, Article))
            if done:
                flags = store.add_batch((r.article, r.analysis, r.signature) for r in done)
                added += sum(flags)
                duplicates += len(flags) - sum(flags)
            if on_progress:
                on_progress(len(batch))
        reanalysed = _reanalyse_stale(store, runner, options, skip)
    finally:
        runner.close()
    from chronik import __version__

    code = f"chronik {__version__}, analyses {analysis_version(options.language)}, link {link_code()}"
    keep = not (options.relink or reanalysed)
    linked = link_reviewed(store, lang, code=code, keep_unchanged=keep) is not None
    return BuildReport(added=added, duplicates=duplicates, skipped=tuple(skipped), reanalysed=reanalysed,
                       linked=linked)


def _reanalyse_stale(store, runner: "_Runner", options: BuildOptions, skip) -> int:
    """Analyse again the stored articles an older analysis made (another
    extractor or language model version), batch by batch, so that the store
    never links analyses of two versions together."""
    stale = store.stale_analyses(analysis_version(options.language))
    if not stale:
        return 0
    articles = (a for a in (store.article(i) for i in stale) if a is not None)
    done = 0
    for _, results in runner.map(_batches(articles, options.batch_size)):
        fresh = [r.analysis for r in results if isinstance(r, Analyzed)]
        for r in results:
            if isinstance(r, Skip):
                skip(r)
        store.replace_analyses(fresh)
        done += len(fresh)
    return done


def _new_articles(items: Iterator, store, lang: LanguageResources, skip) -> Iterator[Article | str]:
    """Clean articles not yet stored; an already stored one yields its id.

    Every address's texts (its canonical URL, else its source) are noted in
    its version record, so an address read again with edited text makes the
    new article a version of the old one (``link.versions``), not a second
    report."""
    from chronik.link.versions import VersionBook, address, build_time

    seen: set[str] = set()
    book = VersionBook(store, build_time())
    for item in items:
        if isinstance(item, Skip):
            skip(item)
            continue
        article = clean(item, lang.cleaning)
        if not article.text.strip():
            skip(Skip(source=item.source, reason="nothing left after cleaning (no article text)"))
            continue
        book.saw(address(article), article.id)
        if article.id in seen or store.has_article(article.id):
            store.add_source(article.source, article.id)
            yield article.id
            continue
        seen.add(article.id)
        yield article
    book.save()


def _batches(items: Iterator, size: int) -> Iterator[list]:
    batch: list = []
    for item in items:
        batch.append(item)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch
