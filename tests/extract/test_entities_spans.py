"""The span rules around the CRF (``SPAN_RULES`` in chronik.extract.entities)."""
from __future__ import annotations

import pytest

from chronik.extract.entities import find_mentions, load_ner_model
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.entities import ENTITY_LEXICON


@pytest.fixture(scope="module")
def model():
    return load_ner_model()


def pairs(text, model):
    tokens = tokenize(text, ABBREVIATIONS)
    sentences = split_sentences(text, tokens)
    return {(m.text, m.label) for m in find_mentions(text, tokens, sentences, ENTITY_LEXICON, model)}


def test_genitive_city_is_a_place(model):
    found = pairs("Hannovers neuer Oberbürgermeister will die Innenstadt autofrei machen.", model)
    assert ("Hannovers", "LOC") in found


def test_genitive_country_in_long_form_is_a_place(model):
    found = pairs("Die Verfassung des modernen Griechenlandes trat 1844 in Kraft.", model)
    assert ("Griechenlandes", "LOC") in found


def test_genitive_of_common_noun_is_no_place(model):
    found = pairs("Der Bau des Bogens über dem Fluss dauerte zwei Jahre.", model)
    assert not any(text == "Bogens" for text, _ in found)
