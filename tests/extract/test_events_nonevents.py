"""Events: non-events of the judged 10kGNAD draws 1-11 (coordinated verbs that share a negation or a
modal, running tallies, ...), each beside the happening the same pattern must keep, in real-looking
German news sentences through the whole analysis."""
from __future__ import annotations


# -- a coordinated verb shares the status of the first -----------------------------------------------
def test_a_conjunct_shares_weder_noch_and_a_modal_of_the_first(events):
    found = events("Laut Organisatoren werde weder ein Protokoll geführt noch ein Abschlussbericht geschrieben "
                   "oder eine Grundsatzerklärung veröffentlicht.")
    assert [e.predicate for e in found] == []
    found = events("Zum einen könnten starke Sternwinde und intensive Strahlung das umgebende Material "
                   "weggeblasen oder zerstört haben.")
    assert [e.predicate for e in found] == []


def test_a_conjunct_of_a_happening_stays(events):
    found = events("Die Polizei hat den Mann am Montag in Linz festgenommen und verhört.")
    assert [e.predicate for e in found] == ["festnehmen", "verhören"]


# -- running tallies ---------------------------------------------------------------------------------
def test_a_count_summed_up_to_now_is_a_tally(events):
    assert events("Rund 3.000 Schüler haben bisher an der Erhebung teilgenommen.") == ()
    assert events("Diamond hat schon sechs Mal an Olympischen Spielen teilgenommen.") == ()
    found = events("Dort trifft er am Mittwoch auf den Kroaten Cilic, gegen den er die bisherigen zwölf "
                   "Aufeinandertreffen allesamt gewonnen hat.")
    assert [e.predicate for e in found] == ["treffen"]
    assert events("Insgesamt stellte die Polizei vergangenes Jahr insgesamt 13.846 rechte Straftaten fest.") == ()


def test_a_count_dated_by_a_day_or_summed_with_no_period_stays(events):
    found = events("Insgesamt noch fünf Tickets werden am Mittwoch für die nächste Bewerbsphase vergeben.")
    assert [e.predicate for e in found] == ["vergeben"]
    found = events("Insgesamt wurden 1.523 Delikte ausgewertet.")
    assert [e.predicate for e in found] == ["auswerten"]
    found = events("Die Abstimmung über den Parlamentspräsidenten wurde drei Mal vertagt.")
    assert [e.predicate for e in found] == ["vertagen"]
