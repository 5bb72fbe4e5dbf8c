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


@pytest.mark.parametrize("field, expected", [
    # A job after the name, with or without a comma, or a dash before it.
    ("Anna Muster, Korrespondentin in Brüssel", ("Anna Muster",)),
    ("Von Jan Beispiel, ARD-Studio Washington", ("Jan Beispiel",)),
    ("Erika Muster Redakteurin Politik", ("Erika Muster",)),
    ("Erika Muster - Kolumnistin", ("Erika Muster",)),
    ("Erika Muster, Auslandskorrespondentin", ("Erika Muster",)),
    ("Anna Maria Autorino", ("Anna Maria Autorino",)),                 # a surname that opens like a job
    # Where the author reports from, after "aus", "in", "z. Zt." or as a city of two words.
    ("Von Anna Muster aus Kiew", ("Anna Muster",)),
    ("Anna Muster, z. Zt. Kiew", ("Anna Muster",)),
    ("Anna Muster und Ben Beispiel, Los Angeles", ("Anna Muster", "Ben Beispiel")),
    ("Anna Muster, New York", ("Anna Muster",)),
    ("Anna Muster, Den Haag", ("Anna Muster",)),
    ("Anna Muster, Brüssel, und Ben Beispiel, Berlin", ("Anna Muster", "Ben Beispiel")),
    # Labels before the names.
    ("Von unserem Korrespondenten Ben Beispiel", ("Ben Beispiel",)),
    ("Interview: Lea Muster", ("Lea Muster",)),
    ("Aufgezeichnet von Lea Muster", ("Lea Muster",)),
    ("Gastautorin Lea Muster", ("Lea Muster",)),
    # A reading time after a bullet; a co-author with a rare first name stays.
    ("Von Anna Muster · 3 Min. Lesezeit", ("Anna Muster",)),
    ("Anna Muster, Trudi Beispiel", ("Anna Muster", "Trudi Beispiel")),
])
def test_jobs_places_and_labels_around_the_names(field, expected):
    assert authors(field) == (expected, ())


@pytest.mark.parametrize("field, expected", [
    ("Anna Muster/dpa", (("Anna Muster",), ("dpa",))),
    ("Anna Muster mit dpa", (("Anna Muster",), ("dpa",))),
    ("Anna Muster (mit Material von AFP und Reuters)", (("Anna Muster",), ("afp", "reuters"))),
    ("Anna Muster mit Agenturen", (("Anna Muster",), ())),
    ("Anna Muster (AFP)", (("Anna Muster",), ("afp",))),
    ("Elena Muster (emu)", (("Elena Muster",), ())),   # her initials, no agency
    ("RND/dpa", ((), ("dpa",))),                    # a newsroom's acronym and an agency
    ("APA/Red.", ((), ("apa",))),
    ("ino/dpa", (("ino/dpa",), ("dpa",))),          # an editor's initials stay as written
    ("ntv.de, ino/dpa", (("ino/dpa",), ("dpa",))),  # the outlet goes, the credit stays
])
def test_agency_credits_after_the_names(field, expected):
    assert authors(field) == expected


def test_web_addresses_and_acronyms_are_no_people():
    assert authors("n-tv.de") == ((), ())
    assert authors("FAZ.NET") == ((), ())
    assert authors("t-online") == ((), ())
    assert authors("Anna Muster, RND") == (("Anna Muster",), ())
