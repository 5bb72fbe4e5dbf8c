"""Word lists as regexes: a tree of shared beginnings that matches what the plain alternation,
longest word first, matches."""
from __future__ import annotations

import re

import pytest

from chronik.lang.de.time_patterns import _capitalized, alt

MONTHS = ["jän", "jänner", "januar", "märz", "mai"]


def test_words_share_their_beginnings():
    assert alt(MONTHS) == "(?:(?:J(?:anuar|än(?:ner)?)|M(?:ai|ärz)|j(?:anuar|än(?:ner)?)|m(?:ai|ärz)))"
    assert _capitalized(["montag", "mittwoch", "morgen"]) == "(?:M(?:ittwoch|o(?:ntag|rgen)))"


def _plain(words: list[str]) -> str:
    forms = {w for word in words for w in (word, word[:1].upper() + word[1:])}
    return "(?:" + "|".join(re.escape(w) for w in sorted(forms, key=lambda w: (-len(w), w))) + ")"


@pytest.mark.parametrize("text", [
    "Am 3. Jänner 2016 begann das Verfahren.",
    "Seit Jän. ist er im Amt, im März kam sein Nachfolger.",
    "Mitte Mai einigten sich die Parteien; im Januar hatten sie noch gestritten.",
])
@pytest.mark.parametrize("after", ["", r"\.", r"\s+\d{4}", "ner"])
def test_tree_matches_as_the_plain_alternation(text, after):
    # "ner" after "Jän" makes the engine go back from "Jänner" to "Jän": the tree goes back the same way
    tree, plain = re.compile(alt(MONTHS) + after), re.compile(_plain(MONTHS) + after)
    assert [m.span() for m in tree.finditer(text)] == [m.span() for m in plain.finditer(text)]


def test_longest_word_first():
    assert re.match(alt(MONTHS), "Jänner 2016").group() == "Jänner"
    assert re.match(alt(MONTHS) + r"\.", "Jän. 2016").group() == "Jän."
    assert re.match(alt(MONTHS) + "ner", "Jänner").group() == "Jänner"
