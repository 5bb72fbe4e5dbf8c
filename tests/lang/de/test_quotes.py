import re

from chronik.lang.de.quotes import QUOTE_LEXICON, by_first_letter


def test_words_are_grouped_by_first_letter_in_their_order():
    assert by_first_letter(["präsidentin", "premier", "chef", "präsident"]) == "p(?:räsidentin|remier|räsident)|c(?:hef)"


def test_a_grouped_alternation_matches_what_the_plain_one_matches():
    words = ["präsidentin", "präsident", "premier", "dr.", "dr"]
    grouped = re.compile(r"(?<![\w-])(?i:" + by_first_letter(words) + r")(?![\w-])")
    plain = re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    text = "Die Präsidentin traf Dr. Weber, den PREMIER und den Präsidenten des Landes."
    assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in plain.finditer(text)] \
        == ["Präsidentin", "Dr.", "PREMIER"]


def test_role_nouns_are_listed_words_and_compounds_of_listed_heads():
    text = "Der US-Präsident sprach mit Ministerpräsidenten und der Sprecherin; Prof. Lang kam nicht."
    assert [m.group() for m in QUOTE_LEXICON.role_re.finditer(text)] == [
        "US-Präsident", "Ministerpräsidenten", "Sprecherin", "Prof."]
