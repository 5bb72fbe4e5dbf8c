"""Verbal predicates (``chronik.extract.event_predicates``): the separable particles a word starts with,
read only against the particles that share its first letters, in the lexicon's order (longest first)."""
from __future__ import annotations

from chronik.extract.event_label_phrases import _split_particle
from chronik.extract.event_predicates import opening_particles
from chronik.lang.de.events import EVENT_LEXICON

PARTICLES = EVENT_LEXICON.separable_particles


def test_a_word_yields_every_particle_it_starts_with_longest_first():
    assert opening_particles("herausgegeben", PARTICLES) == ("heraus", "her")
    assert opening_particles("zusammenzuarbeiten", PARTICLES) == ("zusammen", "zu")
    assert opening_particles("angekommen", PARTICLES) == ("an",)


def test_a_word_with_no_particle_yields_none():
    assert opening_particles("verhaftet", PARTICLES) == ()
    assert opening_particles("a", PARTICLES) == ()
    assert opening_particles("", PARTICLES) == ()


def test_the_same_as_trying_every_particle():
    for word in ("aufgestiegen", "vorbeigekommen", "bekanntgegeben", "hinterlassen", "umgesetzt", "ab"):
        assert opening_particles(word, PARTICLES) == tuple(p for p in PARTICLES if word.startswith(p))


def test_particles_shorter_than_two_letters_are_grouped_by_one():
    assert opening_particles("aufbauen", ("auf", "a", "b")) == ("auf", "a")


def test_a_lemma_splits_at_the_particle_before_a_known_verb():
    assert _split_particle("bekanntgeben", EVENT_LEXICON) == ("bekannt", "geben")
    assert _split_particle("herausgeben", EVENT_LEXICON) == ("heraus", "geben")
    assert _split_particle("verhaften", EVENT_LEXICON) == ("", "verhaften")


# -- a form in -te before a noun where no finite verb can stand (DFKI SmartData, CC BY 4.0) ------------
def test_a_te_form_where_no_finite_verb_can_stand_is_an_attribute(events):
    found = events("Mehrere mit Sturmhauben maskierte Polizeibeamte stürmten in das Lokal, überwältigten eine "
                   "Person und nahmen sie fest.")
    assert [e.predicate for e in found] == ["stürmen", "überwältigen", "festnehmen"]
    assert [e.predicate for e in events("Gambio-Backend mit neuem Look & Feel: Moderne Optik und verbesserte "
                                        "Usability")] == []


def test_a_te_form_after_a_verb_and_und_stays_a_past(events):
    assert [e.predicate for e in events("Die Polizei durchsuchte am Montag die Wohnung und beschlagnahmte "
                                        "Waffen.")] == ["durchsuchen", "beschlagnahmen"]


# -- idioms of a lasting state (DFKI SmartData, CC BY 4.0) -----------------------------------------------
def test_an_idiom_of_what_lasts_is_no_happening(events):
    assert [e.predicate for e in events("Nicht nur die Tornado-Jets der Bundeswehr bereiten im Vorfeld des "
                                        "Syrien-Einsatzes Probleme.")] == []
    assert [e.predicate for e in events("Der amerikanische Aktienmarkt nahm auch in dieser Woche eine "
                                        "abwartende Stellung ein.")] == []


def test_the_same_verbs_with_another_object_stay(events):
    assert [e.predicate for e in events("Die Polizei bereitete am Montag einen Einsatz vor.")] == ["vorbereiten"]
    assert [e.predicate for e in events("Der Konzern schlug am Montag Alarm.")] == ["schlagen"]
