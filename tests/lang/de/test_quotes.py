from chronik.lang.de.quotes import QUOTE_LEXICON


def test_role_nouns_are_listed_words_and_compounds_of_listed_heads():
    text = "Der US-Präsident sprach mit Ministerpräsidenten und der Sprecherin; Prof. Lang kam nicht."
    assert [m.group() for m in QUOTE_LEXICON.role_re.finditer(text)] == [
        "US-Präsident", "Ministerpräsidenten", "Sprecherin", "Prof."]
