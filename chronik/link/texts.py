"""Article texts for linking, read from the store as a stage reaches them.

A link holds every article's metadata but not its text (at 3,000 synthetic
articles the texts were 8.6 MB, most at two bytes a character). A stage asks
``StoredTexts`` for the text of the article it is on; a miss reads the texts of
the next articles in the stage's order (``PAGE`` of them, one query) and drops
the page before, so a stage that walks the articles in order reads each text
once and holds one page. Tests and benchmarks that hold whole articles pass a
plain dict instead (``texts_of``).
"""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterator, Mapping, Sequence

# Texts read per query (a few hundred kB): the reads stay few, the page small.
PAGE = 256


class StoredTexts(Mapping[str, str]):
    """The texts of the articles in ``order`` (the order a stage reads them
    in; default: id order), read from ``store`` a page at a time."""

    def __init__(self, store, order: Sequence[str]) -> None:
        self._store = store
        self._order = list(order)
        self._at: dict[str, list[int]] = {}
        for n, article_id in enumerate(self._order):
            self._at.setdefault(article_id, []).append(n)
        self._page: dict[str, str] = {}
        self._next = 0  # where in ``order`` the page after this one begins

    def __getitem__(self, article_id: str) -> str:
        text = self._page.get(article_id)
        if text is None:
            self._read(article_id)
            text = self._page[article_id]
        return text

    def _read(self, article_id: str) -> None:
        """The page of ``order`` from the next place that names ``article_id``."""
        at = self._at.get(article_id)
        if at is None:
            raise KeyError(article_id)
        n = at[min(bisect_left(at, self._next), len(at) - 1)]
        ids = dict.fromkeys(self._order[n:n + PAGE])
        self._next = n + PAGE
        self._page = dict(self._store.texts(ids))
        if article_id not in self._page:
            raise KeyError(article_id)

    def __iter__(self) -> Iterator[str]:
        return iter(dict.fromkeys(self._order))

    def __len__(self) -> int:
        return len(self._at)

    def __contains__(self, article_id) -> bool:
        return article_id in self._at

    def in_order(self, order: Sequence[str]) -> StoredTexts:
        return StoredTexts(self._store, order)


def texts_of(articles: Mapping, texts: Mapping[str, str] | None) -> Mapping[str, str]:
    """``texts``, or the texts of ``articles`` where they are whole ``Article`` records."""
    return texts if texts is not None else {i: a.text for i, a in articles.items()}


def in_order(texts: Mapping[str, str], order: Sequence[str]) -> Mapping[str, str]:
    """``texts`` read ahead in ``order`` (a stage that does not walk the articles
    by id); a dict holds every text already."""
    return texts.in_order(order) if isinstance(texts, StoredTexts) else texts
