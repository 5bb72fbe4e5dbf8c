import pytest

from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS


def words(text):
    return [t.text for t in tokenize(text, ABBREVIATIONS)]


def sentences(text):
    tokens = tokenize(text, ABBREVIATIONS)
    return [text[s.start:s.end] for s in split_sentences(text, tokens)]


@pytest.mark.parametrize("text, expected", [
    ("zwischen 10.000 und 12.000 Soldaten", ["zwischen", "10.000", "und", "12.000", "Soldaten"]),
    ("12'000 Soldaten", ["12'000", "Soldaten"]),
    ("5,6 Milliarden Dollar", ["5,6", "Milliarden", "Dollar"]),
    ("Von afp 15.08.2025 - 16:38 Uhr", ["Von", "afp", "15.08.2025", "-", "16", ":", "38", "Uhr"]),
    ("am 3. September 2025", ["am", "3.", "September", "2025"]),
    ("Prof. Dr. R. Werner", ["Prof.", "Dr.", "R.", "Werner"]),
    ("US-Präsident Donald Trump", ["US-Präsident", "Donald", "Trump"]),
    ("«unbesiegbare Freundschaft»", ["«", "unbesiegbare", "Freundschaft", "»"]),
    ("„Wir warten“", ["„", "Wir", "warten", "“"]),
    ('"Das wurde"', ['"', "Das", "wurde", '"']),
    ("des 80. Jahrestags", ["des", "80.", "Jahrestags"]),
    ("z.B. heute", ["z.B.", "heute"]),
])
def test_tokens(text, expected):
    assert words(text) == expected


def test_offsets_point_into_the_text():
    text = "Kim Jong Un (41) lobt «unbesiegbare» Freundschaft."
    for t in tokenize(text, ABBREVIATIONS):
        assert text[t.start:t.end] == t.text


def test_sentences_keep_ordinals_dates_and_abbreviations_inside():
    text = ("Japan hatte am 15. August 1945 kapituliert. Die Feier zum 80. Jahrestag fand statt. "
            "Prof. Dr. R. Werner sprach. Sie kam am 3. September.")
    assert sentences(text) == ["Japan hatte am 15. August 1945 kapituliert.",
                               "Die Feier zum 80. Jahrestag fand statt.",
                               "Prof. Dr. R. Werner sprach.",
                               "Sie kam am 3. September."]


def test_closing_quote_stays_with_its_sentence_and_lines_end_sentences():
    text = ('"Das russische Volk wird für immer ihren Mut in Erinnerung behalten." Er fügte hinzu.\n'
            "Am Freitag treffen sich Trump und Putin in Alaska\nNach westlichen Angaben wurden 10.000 geschickt.")
    assert sentences(text) == ['"Das russische Volk wird für immer ihren Mut in Erinnerung behalten."',
                               "Er fügte hinzu.",
                               "Am Freitag treffen sich Trump und Putin in Alaska",
                               "Nach westlichen Angaben wurden 10.000 geschickt."]
