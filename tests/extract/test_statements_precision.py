"""What is no statement though it looks like one (issue 17, precision of indirect and reported
speech): ``nach`` and a noun of saying that names a time or a manner, not a source.
Sentences in the style of German news (Wikinews-like, reworded)."""
from __future__ import annotations


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


# -- "nach" and a noun of saying or deciding: after it, unless an account names its owner ----------

def test_nach_a_decision_without_owner_is_a_time(statements):
    assert statements("Nach dem Beschluss zur Aufnahme von Koalitionsverhandlungen gab es in der Partei "
                      "weiterhin Bedenken gegen die Kandidatin.") == ()


def test_nach_a_message_about_an_event_is_a_time(statements):
    assert statements("Nach der Nachricht vom Rücktritt des Vorstandschefs stiegen die Aktienkurse der Bank "
                      "um sieben Prozent.") == ()


def test_nach_a_report_with_its_owner_credits_the_clause(statements):
    assert brief(statements("Nach dem Bericht der Zeitung soll der Minister von den Zahlungen gewusst haben.")) == [
        ("indirect", "soll der Minister von den Zahlungen gewusst haben", "Bericht", "der Zeitung", "text")]
