"""Events: who did what to whom, and the label that says it (issue 16), in
real-looking German sentences through the whole analysis."""
from __future__ import annotations


def test_the_label_verb_agrees_with_a_finite_verb_that_shows_the_singular(events):
    # a relative pronoun the tagger read as plural: "hatte" says one woman offered it
    found = events("Es war vermutlich doch nicht die 35-jährige Frau aus Hannover, die ihr vier Monate altes "
                   "Kind für 10.000 Euro bei eBay angeboten hatte.")
    assert [e.label for e in found] == ["Frau bietet an"]
    # the subject parsed as a genitive: "plant" is singular, whoever plans
    found = events("Angeblich plant der Airbus-Vorstandsvorsitzende Thomas Enders den Ausstieg aus der "
                   "Produktion des Großraum-Militärtransporters A400M.")
    assert [e.label for e in found] == ["Airbus-Vorstandsvorsitzende plant Ausstieg"]
    # a plural finite verb keeps the plural
    found = events("Am Montag haben die Rebellen die Stadt eingenommen.")
    assert [e.label for e in found] == ["Rebellen nehmen Stadt ein"]
