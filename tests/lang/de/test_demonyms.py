import pytest

from chronik.lang.de.demonyms import DEMONYM_DATA, DEMONYM_FORMS, DEMONYMS, PLACE_FORMS


@pytest.mark.parametrize("word, place", [
    ("südkoreanisch", "Südkorea"), ("südkoreanischen", "Südkorea"), ("Südkoreaner", "Südkorea"),
    ("nordkoreanische", "Nordkorea"), ("Nordkoreaner", "Nordkorea"), ("Nordkoreanern", "Nordkorea"),
    ("russisch", "Russland"), ("Russe", "Russland"), ("Russen", "Russland"), ("Russin", "Russland"),
    ("ukrainischen", "Ukraine"), ("Ukrainerinnen", "Ukraine"), ("amerikanische", "USA"),
    ("westlichen", "Westen"), ("chinesischer", "China"), ("Chinesen", "China"), ("deutschen", "Deutschland"),
    ("Israelis", "Israel"), ("französischem", "Frankreich"), ("Ungarn", "Ungarn"), ("österreichische", "Österreich"),
])
def test_inflected_forms(word, place):
    assert DEMONYM_FORMS[word.lower()] == place
    assert DEMONYM_DATA.place_of(word) == place


@pytest.mark.parametrize("word, place", [
    ("Nordkoreas", "Nordkorea"), ("Pjöngjang", "Nordkorea"), ("Moskau", "Russland"), ("Kiew", "Ukraine"),
    ("Washington", "USA"), ("Peking", "China"), ("US-Präsident", "USA"), ("EU-Kommission", "EU"),
])
def test_places_capitals_prefixes(word, place):
    assert DEMONYM_DATA.place_of(word) == place


def test_covers_every_gazetteer_country():
    assert len({p for p in DEMONYMS.values()}) >= 190
    assert PLACE_FORMS["südkorea"] == "Südkorea"
    assert DEMONYM_DATA.place_of("Regierung") is None
