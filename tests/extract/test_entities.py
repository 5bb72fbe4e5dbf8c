"""German named-entity mentions: the bundled CRF model plus the rule layers."""
from __future__ import annotations

import pickle

import pytest

from chronik.extract.entities import find_mentions, load_ner_model, person_noun
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.entities import ENTITY_LEXICON


@pytest.fixture(scope="module")
def model():
    return load_ner_model()


def mentions(text, model):
    tokens = tokenize(text, ABBREVIATIONS)
    sentences = split_sentences(text, tokens)
    return find_mentions(text, tokens, sentences, ENTITY_LEXICON, model)


def pairs(text, model):
    return {(m.text, m.label) for m in mentions(text, model)}


# Seed sentences (/work/shared/seeds) and other real German news sentences.
@pytest.mark.parametrize(
    "text, expected",
    [
        (
            'Der Präsident der russischen Duma, Wjatscheslaw Wolodin, dankte Kim dabei für die Entsendung '
            'der "exzellenten Soldaten" nach Russland, wie KCNA weiter berichtete.',
            {("Duma", "ORG"), ("Wjatscheslaw Wolodin", "PER"), ("Kim", "PER"), ("Russland", "LOC"), ("KCNA", "ORG")},
        ),
        (
            "Nach Ansicht von Yang Moo Jin, Präsident der Universität für Nordkorea-Studien in Seoul, wollen "
            "die beiden Politiker durch das Öffentlichmachen ihres Gesprächs dem heimischen und internationalen "
            "Publikum demonstrieren, wie nahe sie sich stehen.",
            {("Yang Moo Jin", "PER"), ("Universität für Nordkorea-Studien", "ORG"), ("Seoul", "LOC")},
        ),
        (
            "Machthaber Kim versprach Kremlchef Wladimir Putin auch in Zukunft die uneingeschränkte Unterstützung.",
            {("Kim", "PER"), ("Wladimir Putin", "PER")},
        ),
        (
            "Nordkoreas Machthaber Kim Jong Un telefonierte am Dienstag mit US-Präsident Donald Trump.",
            {("Nordkoreas", "LOC"), ("Kim Jong Un", "PER"), ("Donald Trump", "PER")},
        ),
        (
            "Vor einem Treffen zwischen US-Präsident Donald Trump und Russlands Präsidenten Wladimir Putin in "
            "Alaska haben Putin und Nordkoreas Machthaber Kim Jong Un in einem Telefonat eine Verstärkung "
            "ihrer Zusammenarbeit vereinbart.",
            {
                ("Donald Trump", "PER"),
                ("Russlands", "LOC"),
                ("Wladimir Putin", "PER"),
                ("Alaska", "LOC"),
                ("Putin", "PER"),
                ("Nordkoreas", "LOC"),
                ("Kim Jong Un", "PER"),
            },
        ),
        (
            "Kim und Putin waren von Chinas Staats- und Parteichef Xi Jinping eingeladen worden.",
            {("Kim", "PER"), ("Putin", "PER"), ("Chinas", "LOC"), ("Xi Jinping", "PER")},
        ),
        (
            '"Ich möchte sagen, dass niemand irgendwelche Verschwörungen angestiftet hat", sagte Juri Uschakow, '
            "Putins außenpolitischer Berater.",
            {("Juri Uschakow", "PER"), ("Putins", "PER")},
        ),
        (
            "Ihr bilaterales Gespräch fand nach einer großen Militärparade in Peking statt.",
            {("Peking", "LOC")},
        ),
        (
            "Das sagte die nordkoreanische Außenministerin Choe Son Hui in der Küstenstadt Wonsan.",
            {("Choe Son Hui", "PER"), ("Wonsan", "LOC")},
        ),
        (
            "Bisher sind laut CNN mehr als 6000 nordkoreanische Soldaten im Konflikt gefallen.",
            {("CNN", "ORG")},
        ),
        (
            "Die Bundesregierung in Berlin will die Gespräche mit der Europäischen Kommission fortsetzen.",
            {("Berlin", "LOC"), ("Europäischen Kommission", "ORG")},
        ),
        (
            "Nach Angaben der Vereinten Nationen stieg die Zahl der Flüchtlinge in Brasilien deutlich.",
            {("Vereinten Nationen", "ORG"), ("Brasilien", "LOC")},
        ),
    ],
)
def test_mentions_of_real_sentences(text, expected, model):
    assert pairs(text, model) == expected


def test_news_agency_after_organisation_noun(model):
    text = "Das berichtete die nordkoreanische Nachrichtenagentur KCNA am Mittwoch. Der Kreml bestätigte das Gespräch."
    found = pairs(text, model)
    assert ("KCNA", "ORG") in found
    assert ("Kreml", "PER") not in found


def test_kursk_is_a_place(model):
    text = "Nordkorea hat bereits tausende Soldaten in die russische Grenzregion Kursk entsandt."
    assert ("Kursk", "LOC") in pairs(text, model)


def test_offsets_sentence_index_and_text(model):
    text = "Am Montag regnete es. Kremlchef Wladimir Putin reiste nach Alaska."
    found = mentions(text, model)
    putin = next(m for m in found if m.label == "PER")
    assert (putin.start, putin.end, putin.text, putin.sentence) == (32, 46, "Wladimir Putin", 1)
    assert all(text[m.start:m.end] == m.text for m in found)


def test_sentence_initial_common_nouns_are_not_entities(model):
    text = "Zusammenarbeit ist wichtig. Unterstützung kam aus Paris. Bundeskanzler Friedrich Merz reiste ab."
    found = pairs(text, model)
    assert ("Paris", "LOC") in found and ("Friedrich Merz", "PER") in found
    assert not any(t in ("Zusammenarbeit", "Unterstützung") for t, _ in found)


def test_surname_and_genitive_take_the_full_names_type(model):
    # One sense per document: "Wolodin" and "Wolodins" alone refer to Wjatscheslaw Wolodin.
    text = (
        "Der Präsident der russischen Duma, Wjatscheslaw Wolodin, reiste nach Wonsan. "
        "Dort sprach Wolodin lange. Wolodins Rede wurde im Fernsehen gezeigt."
    )
    found = mentions(text, model)
    assert [(m.text, m.label, m.sentence) for m in found if m.text.startswith("Wolodin")] == [
        ("Wolodin", "PER", 1),
        ("Wolodins", "PER", 2),
    ]


def test_string_tagged_once_is_tagged_everywhere(model):
    text = "Die Agentur Yonhap meldete den Start. Yonhap zufolge flog die Rakete 800 Kilometer weit."
    labels = [(m.text, m.label) for m in mentions(text, model) if m.text == "Yonhap"]
    assert len(labels) == 2 and labels[0][1] == labels[1][1] == "ORG"


def test_empty_text_and_no_entities(model):
    assert mentions("", model) == ()
    assert mentions("es regnet den ganzen tag.", model) == ()


def test_model_is_picklable(model):
    clone = pickle.loads(pickle.dumps(model))
    text = "Kremlchef Wladimir Putin reiste nach Alaska."
    assert mentions(text, clone) == mentions(text, model)


class _FixedTagger:
    """Stands in for the CRF so that each rule layer is tested on its own."""

    def __init__(self, tags):
        self.tags = tags

    def tag(self, features):
        return self.tags[: len(features)]


class _StubModel:
    def __init__(self, tags):
        self.tagger = _FixedTagger(tags)
        self._cache = {}
        self._cache_key = None


@pytest.mark.parametrize(
    "text, tags, expected",
    [
        # A person's name continues over short name parts the model missed.
        ("Kim Jong Un telefonierte .", ["B-PER", "O", "O", "O", "O"], [("Kim Jong Un", "PER")]),
        ("Kim Jong-un telefonierte .", ["B-PER", "O", "O", "O"], [("Kim Jong-un", "PER")]),
        # ... also over a one-word MISC the model made of a syllable,
        ("Kim Jong Un telefonierte .", ["B-PER", "I-PER", "B-MISC", "O", "O"], [("Kim Jong Un", "PER")]),
        # and three syllables opening with a first name are a person, not an organisation;
        ("Putin sprach mit Kim Jong Un .", ["B-PER", "O", "O", "B-ORG", "I-ORG", "I-ORG", "O"],
         [("Putin", "PER"), ("Kim Jong Un", "PER")]),
        ("Er flog nach San Juan .", ["O", "O", "O", "B-LOC", "I-LOC", "O"], [("San Juan", "LOC")]),
        # ... but not over an ordinary noun.
        ("Heidi Klums Modelsuche beginnt .", ["B-PER", "I-PER", "O", "O", "O"], [("Heidi Klums", "PER")]),
        # A role noun introduces a name.
        ("Kremlchef Wladimir Putin reiste ab .", ["O"] * 6, [("Wladimir Putin", "PER")]),
        ("Präsident Yang Moo Jin sagte das .", ["O"] * 7, [("Yang Moo Jin", "PER")]),
        # So does a noun for a person: kin, a trade, a sports position, a compound of a role noun.
        ("Auch Fußball-Experte Sammer zweifelt .", ["O"] * 5, [("Sammer", "PER")]),
        ("Der Ball ging an Löwen-Keeper Hofmann vorbei .", ["O"] * 8, [("Hofmann", "PER")]),
        ("Das Lied nahm er mit Rapper Ice-T auf .", ["O"] * 8, [("Ice-T", "PER")]),
        ("Auf seinen Sohn Tobias muss er verzichten .", ["O"] * 8, [("Tobias", "PER")]),
        # ... but a word that merely ends like one is no cue ("Rat", "Tochter" of a company stay out).
        ("Der Rat Wiens tagte .", ["O"] * 5, [("Wiens", "LOC")]),
        ("Verkauft wird die Tochter Opel .", ["O"] * 6, []),
        # ... but not a place: "Kanzler Deutschlands" (which, in the genitive, is a place).
        ("Der Kanzler Deutschlands reiste ab .", ["O"] * 6, [("Deutschlands", "LOC")]),
        # An acronym after an organisation noun.
        ("Das meldete die Nachrichtenagentur KCNA .", ["O"] * 6, [("KCNA", "ORG")]),
        ("Das meldete der Staatssender KRT .", ["O"] * 6, [("KRT", "ORG")]),
        # A long form that introduces its acronym is one organisation, however the model cut it,
        ("Das Bundesamt für Sicherheit in der Informationstechnik ( BSI ) warnte .",
         ["O", "B-ORG", "O", "B-ORG", "O", "O", "B-MISC", "O", "O", "O", "O", "O"],
         [("Bundesamt für Sicherheit in der Informationstechnik", "ORG"), ("BSI", "ORG")]),
        ("Laut dem Bundesamt für Migration und Flüchtlinge ( BAMF ) kamen weniger .",
         ["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O", "O", "O"],
         [("Bundesamt für Migration und Flüchtlinge", "ORG"), ("BAMF", "ORG")]),
        # ... but words that do not spell it stay as they were.
        ("Die Regierung ( BSI ) warnte .", ["O"] * 7, []),
        ("Er traf Anna Muster ( SPD ) .", ["O", "O", "B-PER", "I-PER", "O", "B-ORG", "O", "O"],
         [("Anna Muster", "PER"), ("SPD", "ORG")]),
        # A common noun opening a sentence is dropped.
        ("Zusammenarbeit ist wichtig .", ["B-LOC", "O", "O", "O"], []),
        # A compound about a country names a thing; a district of a city stays a place.
        ("Er sprach über den Ukraine-Krieg .", ["O", "O", "O", "O", "B-LOC", "O"], [("Ukraine-Krieg", "MISC")]),
        ("Er wohnt in Berlin-Mitte .", ["O", "O", "O", "B-LOC", "O"], [("Berlin-Mitte", "LOC")]),
        ("Er lebt in Baden-Württemberg .", ["O", "O", "O", "B-LOC", "O"], [("Baden-Württemberg", "LOC")]),
    ],
)
def test_rule_layers_on_fixed_model_output(text, tags, expected):
    found = mentions(text, _StubModel(tags))
    assert [(m.text, m.label) for m in found] == expected


def test_two_names_run_together_are_split(model):
    text = ("Wladimir Putin und Kim Jong Un telefonierten. Sollten sie sich einigen, "
            "könnte Putin Kim Jong Uns Haltung vermitteln.")
    assert [m.text for m in mentions(text, model)] == ["Wladimir Putin", "Kim Jong Un", "Putin", "Kim Jong Uns"]


def test_a_family_name_shared_by_two_people_is_not_split(model):
    text = "Kim Jong Un traf seine Schwester Kim Yo Jong. Danach sprach Kim Jong Un."
    assert [m.text for m in mentions(text, model)] == ["Kim Jong Un", "Kim Yo Jong", "Kim Jong Un"]


def test_a_seat_of_government_is_an_organisation(model):
    text = "Der Kreml bestätigte das Gespräch. Auch das Pentagon äußerte sich."
    assert ("Kreml", "ORG") in pairs(text, model)


def pos_mentions(text, tags, pos):
    tokens = tokenize(text, ABBREVIATIONS)
    assert len(tokens) == len(tags) == len(pos)
    found = find_mentions(text, tokens, split_sentences(text, tokens), ENTITY_LEXICON, _StubModel(tags), pos=pos)
    return [(m.text, m.label) for m in found]


# Universal part-of-speech tags given by hand, as the language core will give them.
@pytest.mark.parametrize(
    "text, tags, pos, expected",
    [
        # A span the tagger ran over a verb is cut there: two people.
        ("Merkel traf Macron .", ["B-PER", "I-PER", "I-PER", "O"], ["PROPN", "VERB", "PROPN", "PUNCT"],
         [("Merkel", "PER"), ("Macron", "PER")]),
        ("Bundeskanzlerin Angela Merkel traf Emmanuel Macron in Paris .",
         ["O", "B-PER", "I-PER", "I-PER", "I-PER", "I-PER", "O", "B-LOC", "O"],
         ["NOUN", "PROPN", "PROPN", "VERB", "PROPN", "PROPN", "ADP", "PROPN", "PUNCT"],
         [("Angela Merkel", "PER"), ("Emmanuel Macron", "PER"), ("Paris", "LOC")]),
        # An auxiliary too, and organisations as well as people.
        ("Scholz hat Biden in Washington getroffen .", ["B-PER", "I-PER", "I-PER", "O", "B-LOC", "O", "O"],
         ["PROPN", "AUX", "PROPN", "ADP", "PROPN", "VERB", "PUNCT"],
         [("Scholz", "PER"), ("Biden", "PER"), ("Washington", "LOC")]),
        ("Siemens übernimmt Alstom .", ["B-ORG", "I-ORG", "I-ORG", "O"], ["PROPN", "VERB", "PROPN", "PUNCT"],
         [("Siemens", "ORG"), ("Alstom", "ORG")]),
        # A side with no capitalised word is no mention.
        ("Microsoft investiert weiter .", ["B-ORG", "I-ORG", "I-ORG", "O"], ["PROPN", "VERB", "ADV", "PUNCT"],
         [("Microsoft", "ORG")]),
        # A title of a work keeps its verb.
        ("Er sah Vom Winde verweht im Kino .", ["O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "O", "O"],
         ["PRON", "VERB", "ADP", "NOUN", "VERB", "ADP", "NOUN", "PUNCT"],
         [("Vom Winde verweht", "MISC")]),
        # No verb in the span: nothing changes.
        ("Der Präsident Frankreichs , Emmanuel Macron , sprach .",
         ["O", "O", "B-LOC", "O", "B-PER", "I-PER", "O", "O", "O"],
         ["DET", "NOUN", "PROPN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PUNCT"],
         [("Frankreichs", "LOC"), ("Emmanuel Macron", "PER")]),
    ],
)
def test_no_name_runs_over_a_verb(text, tags, pos, expected):
    assert pos_mentions(text, tags, pos) == expected


@pytest.mark.parametrize(
    "text, tags, expected",
    [
        # Without tags a person's name still stops at a lower-case word ...
        ("Merkel traf Macron .", ["B-PER", "I-PER", "I-PER", "O"], [("Merkel", "PER"), ("Macron", "PER")]),
        # ... but keeps its particles,
        ("Ursula von der Leyen reiste ab .", ["B-PER", "I-PER", "I-PER", "I-PER", "O", "O", "O"],
         [("Ursula von der Leyen", "PER")]),
        # and places and organisations keep their lower-case words: only tags can cut them.
        ("Er flog nach Frankfurt am Main .", ["O", "O", "O", "B-LOC", "I-LOC", "I-LOC", "O"],
         [("Frankfurt am Main", "LOC")]),
        ("Siemens übernimmt Alstom .", ["B-ORG", "I-ORG", "I-ORG", "O"], [("Siemens übernimmt Alstom", "ORG")]),
    ],
)
def test_without_tags_only_a_person_stops_at_a_lower_case_word(text, tags, expected):
    assert [(m.text, m.label) for m in mentions(text, _StubModel(tags))] == expected


def test_tags_must_align_with_tokens(model):
    text = "Merkel traf Macron."
    tokens = tokenize(text, ABBREVIATIONS)
    with pytest.raises(ValueError, match="pos has 3 tags for 4 tokens"):
        find_mentions(text, tokens, split_sentences(text, tokens), ENTITY_LEXICON, model, pos=("PROPN", "VERB", "PROPN"))


@pytest.mark.parametrize("word, expected", [
    ("Sohn", True), ("Nationalspieler", True), ("Löwen-Keeper", True), ("Fußball-Experte", True),
    ("Kremlchef", True), ("Tochter", False), ("Rat", False), ("Spielzeughersteller", False), ("sohn", False),
])
def test_person_noun(word, expected):
    assert person_noun(word, ENTITY_LEXICON) is expected
