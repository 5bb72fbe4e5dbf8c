"""Authors are people: places, outlets and agencies in author fields go elsewhere."""
import pytest

from chronik.clean.authors import people
from chronik.lang.de.cleaning import CLEANING_RULES


def authors(*fields, outlet=None, url=None):
    return people(fields, [outlet], CLEANING_RULES, [url])


@pytest.mark.parametrize("field, expected", [
    ("Von Anna Muster, Brüssel", ("Anna Muster",)),                      # a place in the lexicon
    ("Anna Martel und Lea Wagner, Nairobi", ("Anna Martel", "Lea Wagner")),  # a lone word after the names
    ("Monika Muster, Anna Beispiel, Damaskus", ("Monika Muster", "Anna Beispiel")),
    ("Autor: Monika Muster", ("Monika Muster",)),
    ("Ein Kommentar von Ben Beispiel", ("Ben Beispiel",)),
    ("Elena Muster (emu)", ("Elena Muster",)),
    ("srf/hosb", ("srf/hosb",)),                                         # editors' initials stay
    ("Frankfurt am Main", ()),
])
def test_places_and_labels_leave_the_names(field, expected):
    assert authors(field) == (expected, ())


def test_the_outlet_is_no_author_of_its_own_articles():
    assert authors("DER SPIEGEL", outlet="DER SPIEGEL") == ((), ())
    assert authors("Redaktion hessenschau.de", outlet="hessenschau.de") == ((), ())
    assert authors("BR24 Redaktion", outlet="BR24") == ((), ())
    # Only the page's address names the outlet: "WDR" on wdr.de, "Mdr De" on mdr.de.
    assert authors("Nina Muster", "WDR", url="https://www1.wdr.de/nachrichten/a-100.html") == (("Nina Muster",), ())
    assert authors("Mdr De", url="https://www.mdr.de/nachrichten/a-100.html") == ((), ())
    # A regional desk of the outlet is the outlet too.
    assert authors("David Muster", "MDR THÜRINGEN", url="https://www.mdr.de/a.html") == (("David Muster",), ())


def test_an_outlet_with_its_address_is_dropped_whole():
    assert authors("hessenschau.de, Frankfurt, Germany", outlet="hessenschau.de") == ((), ())


def test_publishers_and_desks_are_organisations():
    assert authors("Frankfurter Allgemeine Zeitung GmbH", "Ralf Muster") == (("Ralf Muster",), ())
    assert authors("Chemnitzer Verlag und Druck GmbH & Co. KG") == ((), ())


def test_agencies_go_to_the_agencies():
    assert authors("Konstantin Muster", "Deutsche Presse-Agentur") == (("Konstantin Muster",), ("dpa",))
    assert authors(" SID") == ((), ("sid",))
    assert authors("Paula Muster", "SDA") == (("Paula Muster",), ("sda",))
    assert authors("dpa/AFP") == ((), ("dpa",))


def test_credits_that_name_no_one_are_dropped():
    assert authors("red", "Agenturen") == ((), ())


def test_the_same_name_twice_is_one_author_in_first_order():
    assert authors("Anna Muster", "Ben Beispiel", "anna muster") == (("Anna Muster", "Ben Beispiel"), ())
