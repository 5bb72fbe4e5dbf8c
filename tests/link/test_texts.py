"""Article texts read from the store as a linking stage reaches them."""
import pytest

import chronik.link.texts
from chronik.link.texts import StoredTexts, in_order, texts_of
from chronik.records import Article

TEXTS = {
    "a1": "Die Stadt Wien hat am Montag den Haushalt beschlossen.",
    "b2": "In Graz stieg die Zahl der Arbeitslosen um 4,2 Prozent.",
    "c3": "Der Landtag in Linz tagt am Mittwoch.",
    "d4": "Nach dem Hochwasser ist der Fluss wieder ruhig.",
    "e5": "Die Außenminister trafen sich in Salzburg.",
}


class CountingStore:
    """A store's ``texts``, with the ids of every read kept."""

    def __init__(self) -> None:
        self.reads: list[list[str]] = []

    def texts(self, ids):
        ids = list(ids)
        self.reads.append(ids)
        return iter(sorted((i, TEXTS[i]) for i in ids if i in TEXTS))


@pytest.fixture
def store(monkeypatch):
    monkeypatch.setattr(chronik.link.texts, "PAGE", 2)
    return CountingStore()


def test_a_stage_walking_by_id_reads_each_text_once_a_page_at_a_time(store):
    texts = StoredTexts(store, sorted(TEXTS))
    assert [texts[i] for i in sorted(TEXTS)] == [TEXTS[i] for i in sorted(TEXTS)]
    assert store.reads == [["a1", "b2"], ["c3", "d4"], ["e5"]]
    assert texts["e5"] == TEXTS["e5"] and len(store.reads) == 3  # the page read last is held
    assert len(texts) == 5 and list(texts) == sorted(TEXTS) and "c3" in texts and "x9" not in texts


def test_an_unknown_article_has_no_text(store):
    texts = StoredTexts(store, ["a1", "b2"])
    with pytest.raises(KeyError):
        texts["x9"]
    assert texts.get("x9") is None and store.reads == []


def test_texts_in_another_order_read_ahead_in_that_order(store):
    texts = in_order(StoredTexts(store, sorted(TEXTS)), ["e5", "a1", "d4", "a1", "b2"])
    assert [texts[i] for i in ["e5", "a1", "d4", "a1", "b2"]] == [TEXTS[i] for i in ["e5", "a1", "d4", "a1", "b2"]]
    assert store.reads == [["e5", "a1"], ["d4", "a1"], ["b2"]]


def test_whole_articles_give_their_own_texts():
    article = Article(id="a1", source="wien.txt", title=None, published=None, authors=(), agencies=(),
                      language="de", outlet=None, text=TEXTS["a1"])
    given = {"a1": "anders"}
    assert texts_of({"a1": article}, None) == {"a1": TEXTS["a1"]}
    assert texts_of({"a1": article}, given) is given
    assert in_order(given, ["a1"]) is given
