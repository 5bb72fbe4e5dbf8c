import re

from chronik.lang.alternations import by_first_letter


def test_words_are_grouped_by_first_letter_in_their_order():
    assert by_first_letter(["präsidentin", "premier", "chef", "präsident"]) == "p(?:räsidentin|remier|räsident)|c(?:hef)"


def test_a_grouped_alternation_matches_what_the_plain_one_matches():
    words = ["präsidentin", "präsident", "premier", "dr.", "dr"]
    grouped = re.compile(r"(?<![\w-])(?i:" + by_first_letter(words) + r")(?![\w-])")
    plain = re.compile(r"(?<![\w-])(?i:" + "|".join(map(re.escape, words)) + r")(?![\w-])")
    text = "Die Präsidentin traf Dr. Weber, den PREMIER und den Präsidenten des Landes."
    assert [m.group() for m in grouped.finditer(text)] == [m.group() for m in plain.finditer(text)] \
        == ["Präsidentin", "Dr.", "PREMIER"]


def test_each_piece_is_written_by_the_escape_given():
    spaced = by_first_letter(["nach Angaben", "Nato"], escape=lambda w: re.escape(w).replace(r"\ ", r"\s+"))
    assert spaced == r"n(?:ach\s+Angaben|ato)"
    assert re.fullmatch("(?i:" + spaced + ")", "NACH  angaben")
