"""The German entity lexicon: word classes trained here (scripts/word_clusters.py)."""
import pytest

from chronik.extract.entities import sentence_features
from chronik.lang.de.entities import ENTITY_LEXICON


@pytest.mark.parametrize("a, b", [
    ("Berlin", "Hamburg"), ("Berlin", "München"),   # German cities
    ("Frankreich", "Italien"),                      # countries
    ("Thomas", "Michael"),                          # first names
])
def test_words_of_one_kind_share_their_classes(a, b):
    assert ENTITY_LEXICON.word_classes[a] == ENTITY_LEXICON.word_classes[b]


def test_a_city_and_a_country_differ_in_the_finer_classes():
    berlin, frankreich = ENTITY_LEXICON.word_classes["Berlin"], ENTITY_LEXICON.word_classes["Frankreich"]
    assert berlin[0] == frankreich[0] and berlin[1:] != frankreich[1:]


def test_an_all_caps_or_unseen_word_gets_classes_from_its_spelling_or_none():
    # "Am 3. Oktober feierte DEUTSCHLAND": a headline in capitals borrows the classes of "Deutschland".
    feats = sentence_features(["Am", "3.", "Oktober", "feierte", "DEUTSCHLAND", "Xyzabc"], ENTITY_LEXICON)
    classes = ENTITY_LEXICON.word_classes["Deutschland"]
    assert [f for f in feats[4] if f[:2] in ("c0", "c1", "c2")] == list(classes)
    assert [f for f in feats[5] if f[:2] in ("c0", "c1", "c2")] == ["c0=none"]


def test_first_names_of_one_gender_only_carry_it_and_names_given_to_both_carry_none():
    genders = ENTITY_LEXICON.first_name_genders
    assert [genders.get(n) for n in ("Philipp", "Nicole", "Sebastian", "Marie")] == ["Masc", "Fem", "Masc", "Fem"]
    # "Andrea" (Italian men, German women), "Kim", "Maria" (a boy's second name): no one gender
    assert [genders.get(n) for n in ("Andrea", "Kim", "Maria")] == [None, None, None]
