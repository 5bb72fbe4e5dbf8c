"""Verb lemmas the lookup does not know, from the regular endings (chronik.extract.syntax.Lemmatizer)."""
from __future__ import annotations

import pytest

from chronik.extract.syntax import Lemmatizer
from chronik.lang.de.lemmas import LEMMA_RULES


@pytest.mark.parametrize("word, lemma", [
    # a stem in unstressed -er/-el takes -n ("Demnach habe Abbas erwidert, dass ...")
    ("erwidert", "erwidern"),
    ("verdoppelt", "verdoppeln"),
    # -en where the lookup knows that word
    ("beschwert", "beschweren"),
    ("erschwert", "erschweren"),
    ("regiert", "regieren"),
    ("ausgebombt", "ausbomben"),
])
def test_weak_verb_infinitive(word, lemma):
    assert Lemmatizer(LEMMA_RULES)(word, "VERB") == lemma
