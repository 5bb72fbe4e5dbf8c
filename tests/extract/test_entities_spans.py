"""The span rules around the CRF (``SPAN_RULES`` in chronik.extract.entities)."""
from __future__ import annotations

import pytest

from chronik.extract.entities import (
    federal_body,
    find_mentions,
    load_ner_model,
    name_adjective,
    press_noun,
    street_name,
)
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.entities import ENTITY_LEXICON


@pytest.fixture(scope="module")
def model():
    return load_ner_model()


class _StubModel:
    """Stands in for the CRF: gives fixed tags, so that a rule is tested on
    a reading the model may or may not give."""

    def __init__(self, tags):
        self.tagger = self
        self.tags = tags
        self._cache = {}
        self._cache_key = None

    def tag(self, features):
        return self.tags[: len(features)]


def stub_pairs(text, tags):
    tokens = tokenize(text, ABBREVIATIONS)
    assert len(tokens) == len(tags)
    found = find_mentions(text, tokens, split_sentences(text, tokens), ENTITY_LEXICON, _StubModel(tags))
    return [(m.text, m.label) for m in found]


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


@pytest.mark.parametrize("word, expected", [
    ("Deutschen", True), ("Große", True), ("Medizinischen", True), ("Hinteren", True),
    ("Tische", False), ("Könige", False), ("Schweizer", False), ("deutschen", False),
])
def test_name_adjective(word, expected):
    assert name_adjective(word, ENTITY_LEXICON) is expected


def test_capitalised_adjective_opens_the_name(model):
    found = pairs("Im Hinteren Bayerischen Wald fällt mehr Schnee.", model)
    assert found == {("Hinteren Bayerischen Wald", "LOC")}


@pytest.mark.parametrize("text, expected", [
    ("Er schrieb lange für die Wochenzeitung „Freitag“.", {("Freitag", "ORG")}),
    ("Laut dem Fernsehsender „Rote Welle“ gab es Verletzte.", {("Rote Welle", "ORG")}),
    ('Das sagte die Ministerin der "Lausitzer Rundschau".', {("Lausitzer Rundschau", "ORG")}),
    # A quoted name after a noun for a kind of organisation is one too.
    ("Damals gründete er die Firma „Simmering-Graz-Pauker“ in Wien.", {("Simmering-Graz-Pauker", "ORG"), ("Wien", "LOC")}),
    # A quoted title after no press noun, of no newspaper's form, is left to the model.
    ('Der Film "Das Boot" lief im Fernsehen.', set()),
])
def test_quoted_press_title_is_an_organisation(model, text, expected):
    assert pairs(text, model) == expected


@pytest.mark.parametrize("tags", [
    ["O", "O", "O", "B-LOC", "B-ORG", "O", "O", "O"],  # the adjective read as a place, the title word alone
    ["O", "O", "O", "O", "B-ORG", "O", "O", "O"],      # the title word alone
    ["O", "O", "O", "O", "O", "O", "O", "O"],          # nothing
])
def test_place_adjective_before_a_press_title_is_one_organisation(tags):
    found = stub_pairs("Das meldete das Eichsfelder Tageblatt am Montag .", tags)
    assert found == [("Eichsfelder Tageblatt", "ORG")]


@pytest.mark.parametrize("text, expected", [
    ("Wie das Eichsfelder Tageblatt am Dienstag berichtete, ist die Brücke gesperrt.",
     {("Eichsfelder Tageblatt", "ORG")}),
    ("Laut Berliner Morgenpost soll die Linie im Mai fahren.", {("Berliner Morgenpost", "ORG")}),
    # A generic press word names no outlet; a mention running past the title word is left alone.
    ("Der Artikel erschien zuerst in einer Hamburger Zeitung.", set()),
    ("Die Touristen drängten sich auf dem New Yorker Times Square.", {("Times Square", "LOC")}),
])
def test_place_adjective_press_title_in_text(model, text, expected):
    assert pairs(text, model) == expected


def test_generic_press_word_after_a_place_adjective_is_left_to_the_model():
    found = stub_pairs("Das meldete eine Kölner Zeitung am Montag .", ["O", "O", "O", "B-LOC", "O", "O", "O", "O"])
    assert found == [("Kölner", "LOC")]


@pytest.mark.parametrize("word, expected", [
    ("Zeitung", True), ("Magazins", True), ("Nachrichtenmagazin", True), ("Fernsehsenders", True),
    ("Zeit", False), ("Sendung", False),
])
def test_press_noun(word, expected):
    assert press_noun(word, ENTITY_LEXICON) is expected


@pytest.mark.parametrize("text, expected", [
    # The model reads a place; the legal form makes it a company.
    ("Petry sitzt im Vorstand der Vereinigten Saar-Elektrizitäts-AG in Saarbrücken.",
     {("Petry", "PER"), ("Vereinigten Saar-Elektrizitäts-AG", "ORG"), ("Saarbrücken", "LOC")}),
    # A place touching the company name is part of it.
    ("Die Aktien von Rheinland Solar Inc. fielen.", {("Rheinland Solar Inc.", "ORG")}),
    ("Den Zuschlag erhielt die Müller Bau GmbH & Co. KG aus Ulm.",
     {("Müller Bau GmbH & Co. KG", "ORG"), ("Ulm", "LOC")}),
])
def test_legal_form_closes_an_organisation(model, text, expected):
    assert pairs(text, model) == expected


@pytest.mark.parametrize("text, tags, expected", [
    ("Der Kanton Baselland erhöht die Prämien .", ["O", "B-ORG", "I-ORG", "O", "O", "O", "O"],
     [("Baselland", "LOC")]),
    ("Er wohnt im Landkreis Harburg .", ["O", "O", "O", "B-LOC", "I-LOC", "O"], [("Harburg", "LOC")]),
    # A rest that is no name stays as the model read it.
    ("Er wohnt in der Stadt Mitte .", ["O", "O", "O", "O", "B-LOC", "I-LOC", "O"], [("Stadt Mitte", "LOC")]),
])
def test_place_class_noun_is_no_part_of_the_name(text, tags, expected):
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Spielzeughersteller Mattel meldete Gewinne.", {("Mattel", "ORG")}),
    ("Die Musik stammt von der Rockband Fold Zandura aus Ohio.", {("Fold Zandura", "ORG"), ("Ohio", "LOC")}),
    # A person noun ends in no organisation's kind ("Teamchef" is no "Team").
    ("Der Teamchef Lorenzo Bianchi lobte die Fahrer.", {("Lorenzo Bianchi", "PER")}),
    # One word that is a known place stays a place.
    ("Dafür warb die Ortsgruppe Amberg.", {("Amberg", "LOC")}),
])
def test_org_kind_noun_introduces_an_organisation(model, text, expected):
    assert pairs(text, model) == expected


@pytest.mark.parametrize("text, expected", [
    ("Charakteristisch für Kádárs Werke ist die Strenge .", [("Kádárs", "PER")]),
    ("In Sorge um Nerudas gesundheitliche Verfassung reiste sie ab .", [("Nerudas", "PER")]),
    # A noun in the genitive, a place, or a word before a function word is no name.
    ("Die Reform des Urheberrechts Im Bundestag scheiterte .", []),
    ("Er sprach über Hamburgs Zukunft .", [("Hamburgs", "LOC")]),
    # A noun after its article, and an article taken for an adjective, are no name.
    ("Mit Öl hat der Preis die Marke erreicht .", []),
])
def test_genitive_before_its_noun_is_a_person(text, expected):
    assert stub_pairs(text, ["O"] * len(tokenize(text, ABBREVIATIONS))) == expected


@pytest.mark.parametrize("text, tags, expected", [
    ("Octagon Worldwide wird verkauft .", ["B-PER", "I-PER", "O", "O", "O"], [("Octagon Worldwide", "ORG")]),
    ("Erst nachdem Sun Microsystems zahlte .", ["O", "O", "B-ORG", "O", "O", "O"], [("Sun Microsystems", "ORG")]),
    ("Die Aktien von JFE Holdings fielen .", ["O"] * 7, [("JFE Holdings", "ORG")]),
    # A company word opening a sentence claims nothing before it.
    ("Systems wie dieses sind selten .", ["O"] * 6, []),
])
def test_company_name_word_makes_an_organisation(text, tags, expected):
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tags, expected", [
    ("Mizuho gaben um 1,9 Prozent nach .", ["B-PER", "O", "O", "O", "O", "O", "O"], [("Mizuho", "ORG")]),
    ("Gefragt war Nordhafen ( +2,5% ) .", ["O"] * 9, [("Nordhafen", "ORG")]),
    # A person with a singular verb, and a place with an unsigned share, stay.
    ("Meier gab 5 Prozent ab .", ["B-PER", "O", "O", "O", "O", "O"], [("Meier", "PER")]),
    ("Dahinter folgt Italien ( 4,9 Prozent ) .", ["O", "O", "B-LOC", "O", "O", "O", "O", "O"],
     [("Italien", "LOC")]),
])
def test_share_price_report_names_a_company(text, tags, expected):
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tags, expected", [
    ("Zur Gemeinde gehören die Dörfer Hokkala , Kumpula und Oikari .", ["O"] * 11,
     [("Hokkala", "LOC"), ("Kumpula", "LOC"), ("Oikari", "LOC")]),
    ("Er zog in die Gemeinde Pflückuff .", ["O"] * 7, [("Pflückuff", "LOC")]),
    ("Betroffen waren die Städte Nieder Wöllstadt und Kaichen .", ["O"] * 9,
     [("Nieder Wöllstadt", "LOC"), ("Kaichen", "LOC")]),
    # A person the model read after a singular place noun's list ends is left.
    ("Die Stadt Teirm und Ragnar Berg streiten .", ["O", "O", "O", "O", "B-PER", "I-PER", "O", "O"],
     [("Teirm", "LOC"), ("Ragnar Berg", "PER")]),
])
def test_names_after_a_place_noun_are_places(text, tags, expected):
    assert stub_pairs(text, tags) == expected


def test_names_after_a_compound_place_noun_are_places():
    text = "Sie ist Pastorin der Kirchengemeinden Kirchborgum und Vellage ."
    assert stub_pairs(text, ["O"] * 9) == [("Kirchborgum", "LOC"), ("Vellage", "LOC")]


@pytest.mark.parametrize("word, expected", [
    ("Bundesjustizministerium", True), ("Landeskriminalamts", True), ("Umweltbundesamt", True),
    ("Bundesnachrichtendienst", True), ("Bundesliga", False), ("Innenministerium", False),
    ("Bundesländer", False),
])
def test_federal_body(word, expected):
    assert federal_body(word, ENTITY_LEXICON) is expected


def test_federal_body_is_an_organisation():
    text = "Das Bundesjustizministerium will beim Mietrecht nachbessern ."
    assert stub_pairs(text, ["O"] * 7) == [("Bundesjustizministerium", "ORG")]


@pytest.mark.parametrize("text, expected", [
    ("Der Ort liegt zwischen den Autobahnen A 2 und A 7 .", [("A 2", "LOC"), ("A 7", "LOC")]),
    ("Der Unfall geschah auf der B 27 bei Nacht .", [("B 27", "LOC")]),
    ("Die Bundesstraße 216 wird gesperrt .", [("Bundesstraße 216", "LOC")]),
    # A letter and a number elsewhere are no road.
    ("Siehe Teil A 2 der Anlage .", []),
])
def test_road_number_is_a_place(text, expected):
    assert stub_pairs(text, ["O"] * len(tokenize(text, ABBREVIATIONS))) == expected


@pytest.mark.parametrize("text, tags, expected", [
    ("Das Spiel zwischen dem AS Rom und Chelsea .", ["O", "O", "O", "O", "O", "B-LOC", "O", "B-ORG", "O"],
     [("AS Rom", "ORG"), ("Chelsea", "ORG")]),
    ("Er spielte beim FC Schalke 04 .", ["O", "O", "O", "O", "B-ORG", "O", "O"], [("FC Schalke 04", "ORG")]),
    ("Er traf auf Borussia Mönchengladbach .", ["O"] * 6, [("Borussia Mönchengladbach", "ORG")]),
])
def test_sports_club_is_an_organisation(text, tags, expected):
    assert stub_pairs(text, tags) == expected


def test_english_body_word_makes_an_organisation():
    text = "Die Sonde baute das Jet Propulsion Laboratory in Pasadena ."
    tags = ["O", "O", "O", "O", "B-MISC", "I-MISC", "I-MISC", "O", "B-LOC", "O"]
    assert stub_pairs(text, tags) == [("Jet Propulsion Laboratory", "ORG"), ("Pasadena", "LOC")]


def test_compass_word_alone_is_no_place():
    text = "Der Fluss fließt von Norden nach Süden durch Ulm ."
    tags = ["O", "O", "O", "O", "B-LOC", "O", "B-LOC", "O", "B-LOC", "O"]
    assert stub_pairs(text, tags) == [("Ulm", "LOC")]


@pytest.mark.parametrize("word, expected", [
    ("Friedrich-Engels-Straße", True), ("Rhein-Sieg-Kreises", True), ("Karl-Marx-Allee", True),
    ("Schwanitzstraße", False), ("Verkäufer", False), ("Bastille-Platz", False), ("Landstraße", False),
])
def test_street_name(word, expected):
    assert street_name(word, ENTITY_LEXICON) is expected


@pytest.mark.parametrize("text, expected", [
    ("Sie wohnt in der Karl-Marx-Allee .", [("Karl-Marx-Allee", "LOC")]),
    ("Das Jugendamt des Rhein-Sieg-Kreises ist zuständig .", [("Rhein-Sieg-Kreises", "LOC")]),
    ("Der Käufer fand eine Einkaufsstraße .", []),
])
def test_street_is_a_place(text, expected):
    assert stub_pairs(text, ["O"] * len(tokenize(text, ABBREVIATIONS))) == expected


@pytest.mark.parametrize("text, expected", [
    ("Das meldete das Fraunhofer IAO am Montag.", {("Fraunhofer IAO", "ORG")}),
    # A noun in apposition keeps out: its own article, its own genitive ending.
    ("Der Auftrag ging an den Partner SAP.", {("SAP", "ORG")}),
    ("Die Zahlen des Zulieferers ZF sanken.", {("ZF", "ORG")}),
    ("Das sagte das Unternehmen SAP.", {("SAP", "ORG")}),
])
def test_name_word_before_an_institute_acronym(model, text, expected):
    assert pairs(text, model) == expected


@pytest.mark.parametrize("text, expected", [
    ("Der Lärm des Regens hielt an .", []),
    ("Die Einwohnerzahl Hannovers stieg .", [("Hannovers", "LOC")]),
])
def test_genitive_place_needs_no_article(text, expected):
    assert stub_pairs(text, ["O"] * len(tokenize(text, ABBREVIATIONS))) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    # an unknown name joined to a place is a place, along the whole list
    ("Vor den Turnieren in Cincinnati und Indianapolis trainierte er .",
     "Cincinnati", [("Cincinnati", "LOC"), ("Indianapolis", "LOC")]),
    ("Die Firma baut Uran in Folakara , Antsirabe und Makay ab .",
     "Folakara", [("Folakara", "LOC"), ("Antsirabe", "LOC"), ("Makay", "LOC")]),
    # a word of the open text (the model's own reading), a compound noun, an adjective
    ("Der Vertrag zwischen Berlin und Bund wurde unterzeichnet .", "Berlin", [("Berlin", "LOC")]),
    ("Anden statt Afrika , Höhenluft statt Wüstensand .", "Anden Afrika", [("Anden", "LOC"), ("Afrika", "LOC")]),
    ("Es grenzt an Brabant , Armorikanisches und Rheinisches Massiv .", "Brabant", [("Brabant", "LOC")]),
    # a name that goes on (a capitalised word or a place's link word after it)
    ("Die Bahn fährt über Leoben und Bruck an der Mur .", "Leoben", [("Leoben", "LOC")]),
    ("Sie besuchte Graz und Mürzzuschlag Anfang Mai .", "Graz", [("Graz", "LOC")]),
])
def test_name_in_a_list_after_a_place_is_a_place(text, tagged, expected):
    tags = ["B-LOC" if t.text in tagged.split() else "O" for t in tokenize(text, ABBREVIATIONS)]
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Das Tor war ein Resümee von Gönültas und Piskin .", "Gönültas", [("Gönültas", "PER"), ("Piskin", "PER")]),
    # after a person a comma opens an apposition, not a list
    ("Das sagte Gönültas , Teamkollege von Piskin .", "Gönültas", [("Gönültas", "PER")]),
])
def test_name_in_a_list_after_a_person_is_a_person(text, tagged, expected):
    tags = ["B-PER" if t.text in tagged.split() else "O" for t in tokenize(text, ABBREVIATIONS)]
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, expected", [
    # an unknown acronym as a noun's genitive attribute or after a possessive is an organisation
    ("Nach Angaben des ICBL wurden 2007 weniger Minen verlegt .", [("ICBL", "ORG")]),
    ("Dem Präsidenten bleibt mit seiner UMP nur das Elsass .", [("UMP", "ORG")]),
    # after other articles the model decides
    ("Der DRB muss nun auf zwei Ringer verzichten .", []),
    ("Er wurde mit dem RTW in ein Krankenhaus gebracht .", []),
    # before a number, a capitalised word or a hyphen, after an indefinite article: left alone
    ("Der ICE 3 fährt bis zum Ende .", []),
    ("Die Firma hat im IT -Bereich viele Stellen .", []),
    ("Das Ziel einer PSPP ist umstritten .", []),
    # a plain acronym (mostly outside entities in GermEval train)
    ("Das BIP wuchs um zwei Prozent .", []),
])
def test_acronym_of_an_owner_is_an_organisation(text, expected):
    assert stub_pairs(text, ["O"] * len(tokenize(text, ABBREVIATIONS))) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Der Tagesspiegel : Koalition streitet über Steuern .", "Tagesspiegel", [("Der Tagesspiegel", "ORG")]),
    ("Das Interview erschien 2008 in Die Zeit und wurde oft zitiert .", "Zeit", [("Die Zeit", "ORG")]),
    # a small article is grammar, not the title
    ("Das berichtete der Spiegel am Montag .", "Spiegel", [("Spiegel", "ORG")]),
    # a title word the model did not read as an organisation
    ("Die Zeit drängt , sagte er .", "", []),
])
def test_capitalised_article_opens_a_press_title(text, tagged, expected):
    tags = ["B-ORG" if t.text in tagged.split() else "O" for t in tokenize(text, ABBREVIATIONS)]
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Die Gewerkschaft der Lokführer GDL ruft zum Streik auf .", "Gewerkschaft der Lokführer GDL",
     [("Gewerkschaft der Lokführer", "ORG"), ("GDL", "ORG")]),
    ("Die Gebühreneinzugszentrale GEZ verschickt Mahnungen .", "Gebühreneinzugszentrale GEZ",
     [("Gebühreneinzugszentrale", "ORG"), ("GEZ", "ORG")]),
    # an acronym that does not spell the name is part of it
    ("Das Fraunhofer IAO leitet das Projekt .", "Fraunhofer IAO", [("Fraunhofer IAO", "ORG")]),
])
def test_name_and_its_acronym_are_two_mentions(text, tagged, expected):
    words = tagged.split()
    tags, seen = [], False
    for t in tokenize(text, ABBREVIATIONS):
        tags.append(("I-ORG" if seen else "B-ORG") if t.text in words else "O")
        seen = t.text in words
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Die Chicago Bulls haben das dritte Spiel gewonnen .", "Chicago Bulls", [("Chicago Bulls", "ORG")]),
    ("Er wurde in den Kader der Detroit Red Wings berufen .", "Detroit Red Wings",
     [("Detroit Red Wings", "ORG")]),
    # a place's name ending in a word for land or water, a German adjective, one word
    ("Das Haus steht in Beverly Hills nahe der Küste .", "Beverly Hills", [("Beverly Hills", "LOC")]),
    ("Die Grenzen des Osmanischen Reichs änderten sich .", "Osmanischen Reichs", [("Osmanischen Reichs", "LOC")]),
    ("Er flog nach Athens weiter .", "Athens", [("Athens", "LOC")]),
    # a Romance plural article opens a place
    ("Die stärkste Böe wurde auf Les Diablerets gemessen .", "Les Diablerets", [("Les Diablerets", "LOC")]),
    # a place in the genitive owns what follows
    ("Im Angriff trafen Bremerhavens Guards kaum .", "Bremerhavens Guards", [("Bremerhavens Guards", "LOC")]),
])
def test_name_ending_in_an_english_plural_is_an_organisation(text, tagged, expected):
    words = tagged.split()
    tags, seen = [], False
    for t in tokenize(text, ABBREVIATIONS):
        tags.append(("I-LOC" if seen else "B-LOC") if t.text in words else "O")
        seen = t.text in words
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Die Bundesstiftung zur Aufarbeitung der SED-Diktatur fördert das Projekt .", "Bundesstiftung",
     [("Bundesstiftung zur Aufarbeitung der SED-Diktatur", "ORG")]),
    ("Er lehrt an der Hochschule für Technik und Wirtschaft in Dresden .", "Hochschule",
     [("Hochschule für Technik und Wirtschaft", "ORG")]),
    ("Das Heft gibt die Bundeszentrale für politische Bildung heraus .", "Bundeszentrale",
     [("Bundeszentrale für politische Bildung", "ORG")]),
    ("Er studierte an der Akademie für Staats- und Rechtswissenschaft .", "Akademie",
     [("Akademie für Staats- und Rechtswissenschaft", "ORG")]),
    # no noun phrase after the preposition, or no head of a purpose name
    ("Das Bundesamt zahlt für die Studie zwei Millionen Euro .", "Bundesamt", [("Bundesamt", "ORG")]),
    ("Der Konzern Siemens zahlt für Forschung mehr .", "Siemens", [("Siemens", "ORG")]),
    # after zur/zum without a genitive attribute: the sentence's purpose
    ("So nutzt die Fernsehanstalt zur Verbreitung ihrer Programme Satelliten .", "Fernsehanstalt",
     [("Fernsehanstalt", "ORG")]),
    ("Er gründete die Gesellschaft zur Förderung der Wissenschaften .", "Gesellschaft",
     [("Gesellschaft zur Förderung der Wissenschaften", "ORG")]),
])
def test_purpose_phrase_belongs_to_the_body(text, tagged, expected):
    tags = ["B-ORG" if t.text in tagged.split() else "O" for t in tokenize(text, ABBREVIATIONS)]
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, expected", [
    ("Damals wurden Fluorchlorkohlenwasserstoffe ( FCKW ) als Treibgas verwendet .", []),
    ("Das Bruttoinlandsprodukt ( BIP ) wuchs im Sommer kräftig .", []),
    # a body's noun keeps its acronym
    ("Das Landeskriminalamt ( LKA ) ermittelt .", [("Landeskriminalamt", "ORG"), ("LKA", "ORG")]),
    ("Der Turnverein ( TV ) feiert sein Jubiläum .", [("TV", "ORG")]),
])
def test_acronym_of_a_common_noun_is_no_name(text, expected):
    tags = ["B-ORG" if t.text.isupper() and len(t.text) > 1 else "O" for t in tokenize(text, ABBREVIATIONS)]
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, expected", [
    ("Berlin (dpa) - Die Regierung hat sich geeinigt.", [("Berlin", "LOC"), ("dpa", "ORG")]),
    ("Düsseldorf (ots) - Der Verband fordert mehr Geld.", [("Düsseldorf", "LOC"), ("ots", "ORG")]),
    # no dash after the bracket: no dateline
    ("Pfaffenhofen (PK) Viel geboten war beim Konzert.", [("Pfaffenhofen", "LOC")]),
])
def test_dateline_source_is_an_organisation(text, expected):
    tokens = tokenize(text, ABBREVIATIONS)
    tags = ["B-LOC" if t.text in ("Berlin", "Düsseldorf", "Pfaffenhofen") else "O" for t in tokens]
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Das Buch erscheint bei Kiepenheuer & Witsch im Herbst .", {"Kiepenheuer": "B-ORG"},
     [("Kiepenheuer & Witsch", "ORG")]),
    ("Damals fusionierte Royal P & O Nedlloyd NV mit Maersk .",
     {"O": "B-ORG", "Nedlloyd": "I-ORG", "NV": "I-ORG", "Maersk": "B-ORG"},
     [("Royal P & O Nedlloyd NV", "ORG"), ("Maersk", "ORG")]),
    # two persons: authors, no firm
    ("Das Buch von Linda Schele & David Freidel erschien 1990 .",
     {"Linda": "B-PER", "Schele": "I-PER", "David": "B-PER", "Freidel": "I-PER"},
     [("Linda Schele", "PER"), ("David Freidel", "PER")]),
])
def test_ampersand_joins_a_firm_name(text, tagged, expected):
    tags = [tagged.get(t.text, "O") for t in tokenize(text, ABBREVIATIONS)]
    assert stub_pairs(text, tags) == expected


@pytest.mark.parametrize("text, tagged, expected", [
    ("Den Bau planten die Architekten Herzog & de Meuron aus Basel .",
     {"Herzog": "B-ORG", "&": "I-ORG", "de": "I-ORG", "Meuron": "B-PER", "Basel": "B-LOC"},
     [("Herzog & de Meuron", "ORG"), ("Basel", "LOC")]),
    ("Das Bild malte Anthonis van Dyck im Jahr 1620 .", {"Anthonis": "B-PER", "van": "I-PER"},
     [("Anthonis van Dyck", "PER")]),
    # a web address ends in a country code, no particle
    ("Laut dgap.de Ferratum erweitert sein Angebot !",
     {"dgap": "B-ORG", ".": "I-ORG", "de": "I-ORG", "Ferratum": "B-ORG"},
     [("dgap.de", "ORG"), ("Ferratum", "ORG")]),
])
def test_name_does_not_end_in_a_particle(text, tagged, expected):
    tags = [tagged.get(t.text, "O") for t in tokenize(text, ABBREVIATIONS)]
    assert stub_pairs(text, tags) == expected
