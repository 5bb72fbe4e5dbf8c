"""Event labels (``chronik.extract.event_labels``): the object a headline line needs where the parser
left it another relation. Sentences in the style of the 10kGNAD news texts."""
from __future__ import annotations


def labels(found):
    return [(e.trigger, e.label) for e in found]


def test_a_score_glued_to_the_noun_is_part_of_the_object_not_a_measure(events):
    found = events("Köln verhinderte aber die dritte 0:1-Niederlage in Serie.")
    assert labels(found) == [("verhinderte", "Köln verhindert 0:1-Niederlage")]
    # the article the parser hung on the score still opens the object's phrase
    found = events("Die Mannschaft feierte am Samstag einen 2:1-Sieg über Sturm.")
    assert labels(found) == [("feierte", "Mannschaft feiert 2:1-Sieg")]


def test_an_object_that_opens_the_clause_before_a_named_subject(events):
    # object first, the named subject after the verb: both parsed as subjects
    found = events("Das Geld dafür lieferte der neuseeländische Investor Richard Chandler.")
    assert labels(found) == [("lieferte", "Chandler liefert Geld")]


def test_a_capitalised_object_tagged_a_verb_is_a_noun(events):
    # "Luftangriffe" tagged a verb, hung on "fliegt" as its object: German capitalises nouns
    found = events("Russland fliegt seit Ende September zur Unterstützung der syrischen Armee Luftangriffe auf "
                   "Jihadisten und andere Rebellen in Syrien.")
    assert ("fliegt", "Russland fliegt Luftangriffe") in labels(found)


def test_an_object_in_a_relative_clause_hung_on_the_main_verb_is_the_relative_verbs(events):
    # "ihren Mann" parsed as the object of "stritten": inside the stretch of "erstach", before it, it is its object
    found = events("Sie stritten am Abend des 4. Mai, an dem Maria ihren Mann erstach.")
    assert ("erstach", "Maria ersticht Mann") in labels(found)


def test_a_possessive_accusative_before_a_verb_at_the_clause_end_is_its_object(events):
    found = events("Das Parlament prüft eine Spende, mit der die FPÖ ihren Wahlkampf finanziert haben soll.")
    assert ("finanziert", "FPÖ finanziert Wahlkampf") in labels(found)


def test_a_name_that_stands_for_many_takes_a_plural_verb(events):
    # a finite verb plural by its form, its subject a name tagged plural: the line agrees
    found = events("Die Grünen haben am Montag einen Antrag im Parlament eingebracht.")
    assert labels(found) == [("eingebracht", "Grünen bringen Antrag im Parlament ein")]
    found = events("Die Vereinten Nationen haben am Montag einen Bericht veröffentlicht.")
    assert labels(found) == [("veröffentlicht", "Die Vereinten Nationen veröffentlichen Bericht")]
