"""Events: the named parties of a clause that the role reading used to leave out (issue 16,
``chronik.extract.event_participants``), in real-looking German sentences through the whole analysis."""
from __future__ import annotations


def test_a_verb_of_giving_takes_an_with_the_accusative_as_its_recipient(events):
    found = events("Der Preis wurde am Montag an Angela Merkel übergeben.")
    assert [(e.predicate, e.roles) for e in found] == [("übergeben", (("Angela Merkel", "patient"),))]
    found = events("Siemens hat am Montag die Sparte an Bosch verkauft.")
    assert [e.roles for e in found] == [(("Siemens", "agent"), ("Bosch", "patient"))]
    # with a dative article the phrase says where, not to whom
    found = events("Der Preis wurde am Montag an der Universität Wien übergeben.")
    assert [e.roles for e in found] == [()]


def test_a_dated_participle_before_its_noun_is_said_of_the_noun(events):
    # a transitive verb's participle is passive: the noun undergoes it
    found = events("Der am Montag festgenommene Terrorist Hans Müller wurde am Dienstag verhört.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("festnehmen", (("Hans Müller", "patient"),)), ("verhören", (("Hans Müller", "patient"),))]
    found = events("Das Grab des 1849 verstorbenen Schriftstellers Edgar Allan Poe wird jedes Jahr besucht.")
    assert [(e.predicate, e.roles) for e in found][:1] == [("verstorben", (("Edgar Allan Poe", "patient"),))]
    # a verb whose perfect takes "sein" and whose subject acts: the noun did it
    found = events("Der am Montag zurückgetretene Minister Hans Müller sprach am Dienstag im Landtag.")
    assert [(e.predicate, e.roles) for e in found] == [("zurücktreten", (("Hans Müller", "agent"),))]


def test_a_surname_alone_is_the_person_the_article_introduced_with_it(events):
    found = events("Am Dienstag stürzte Philipp Lahm im Training. Danach verletzte sich Lahm am Ellenbogen.")
    assert [e.roles for e in found] == [(("Philipp Lahm", "patient"),), (("Philipp Lahm", "patient"),)]
    # two persons of one surname: the surname stays as written
    found = events("Am Dienstag wurde Anna Müller in Berlin geehrt, am Mittwoch Hans Müller in Wien. Danach wurde "
                   "Müller in Hamburg verhaftet.")
    assert [e.roles for e in found][-1] == (("Müller", "patient"),)


def test_a_name_in_the_genitive_before_a_noun_is_whose_it_is(events):
    # of an event noun: its doer, as the genitive after it ("der Besuch Camerons")
    found = events("Am Montag begann Camerons Besuch in Cornwall.")
    assert [(e.roles, e.label) for e in found] == [((("Cameron", "agent"),), "Besuch von Cameron")]
    # of a verb's object: whose the object is undergoes it
    found = events("Lackner wehrte am Donnerstag Keitas Versuch ab.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Lackner", "agent"), ("Keita", "patient")), "Lackner wehrt Versuch von Keita ab")]
    # an action noun's genitive undergoes it
    found = events("Die Polizei gab am Montag Müllers Festnahme in Hamburg bekannt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Müller", "patient"),), "Polizei gibt Festnahme von Müller bekannt"),
        ((("Müller", "patient"),), "Festnahme von Müller in Hamburg")]


def test_a_name_right_after_the_finite_verb_of_a_clause_with_no_subject_is_its_subject(events):
    # the parser hung "Mindermann" on the source phrase "Nacke zufolge"
    found = events("Nacke zufolge soll Mindermann dabei „unangemessene Fragen“ an die Jugendliche gestellt haben, "
                   "ohne dabei aber den Straftatbestand zu erfüllen.")
    assert [(e.predicate, e.roles) for e in found] == [("stellen", (("Mindermann", "agent"),))]
    # a first name the recognizer cut off its surname is no party by itself
    found = events("Angeblich plant der Airbus-Vorstandsvorsitzende Thomas Enders den Ausstieg aus der "
                   "Produktion des Großraum-Militärtransporters A400M.")
    assert [e.roles for e in found] == [()]


def test_a_subject_after_a_time_adverbial_in_the_middle_field_is_the_subject(events):
    # the parser hung the names on the weekday ("am Montag Merkel/flat und Macron/conj")
    found = events("In Berlin trafen sich am Montag Merkel und Macron.")
    assert [(e.predicate, e.roles) for e in found] == [("treffen", (("Merkel", "agent"), ("Macron", "agent")))]
    # a name after the time phrase of a clause that has its own subject is not the subject
    found = events("Die Kanzlerin empfing am Montag Macron in Berlin.")
    assert [("Macron", "agent") in e.roles for e in found] == [False]


def test_a_possessive_before_an_event_noun_is_its_owner(events):
    # of an action noun the owner undergoes it, as a genitive after it would ("die Festnahme Hubers")
    found = events("Der Rapper Max Huber wurde in Wien angeklagt. Seine Festnahme erfolgte bereits am Montag.")
    assert [(e.predicate, e.roles, e.label) for e in found][1:] == [
        ("Festnahme", (("Max Huber", "patient"),), "Festnahme von Huber")]
    # the subject of its own clause, also after it, is whom the possessive stands for
    found = events("Die Ministerin Anna Schulz reiste nach Wien. In seiner Rede im Parlament lobte der Kanzler "
                   "Hans Berger am Montag die Polizei.")
    assert [(e.predicate, e.roles) for e in found][1:] == [("Rede", (("Hans Berger", "agent"),))]
    # the subject before it names a thing, no person: the possessive goes on with that one
    found = events("Nach einem Hinweis der Ministerin Anna Schulz hat die Behörde den Verein geprüft. Ihre "
                   "Festnahme erfolgte am Montag.")
    assert [(e.predicate, e.roles) for e in found if e.predicate == "Festnahme"] == [("Festnahme", ())]
    # "ihr" with no woman named before: no owner (it may be plural)
    found = events("Der Minister Hans Huber reiste nach Wien. Ihre Festnahme erfolgte bereits am Montag.")
    assert [(e.predicate, e.roles) for e in found][1:] == [("Festnahme", ())]


def test_a_body_named_by_a_common_noun_is_a_party(events):
    # a body a state has one of, in the nominative without its article, its adjective declined strong
    # (the label says it as the clause does)
    found = events("Am Montag hat das deutsche Parlament einer Gesetzesvorlage zugestimmt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("deutsches Parlament", "agent"),), "Parlament stimmt zu")]
    found = events("Am Montag hat der Berliner Verfassungsschutz einen Bericht veröffentlicht.")
    assert [e.roles for e in found] == [(("Berliner Verfassungsschutz", "agent"),)]
    # also as the head of a compound, and as a passive's "von" phrase, each of two
    found = events("Am Montag hat die Bundesregierung das Gesetz beschlossen.")
    assert [e.roles for e in found] == [(("Bundesregierung", "agent"),)]
    found = events("Das Gesetz wurde im Januar vom Abgeordnetenhaus und vom Senat verabschiedet.")
    assert [e.roles for e in found] == [(("Abgeordnetenhaus", "agent"), ("Senat", "agent"))]


def test_a_kind_of_body_is_a_party_only_where_a_compound_says_which(events):
    found = events("Am Montag hat die Kartellbehörde gegen drei Kaffeeröster ermittelt.")
    assert [e.roles for e in found] == [(("Kartellbehörde", "agent"),)]
    found = events("Am Dienstag hat das Innenministerium den Verein verboten.")
    assert [e.roles for e in found] == [(("Innenministerium", "agent"),)]
    # no one body: the kind alone, a plural, an indefinite
    found = events("Am Montag hat die Polizei in Berlin drei Männer festgenommen.")
    assert [e.roles for e in found] == [()]
    found = events("Am Montag haben die Behörden den Antrag abgelehnt.")
    assert [e.roles for e in found] == [()]
    found = events("Am Montag hat eine Behörde den Antrag abgelehnt.")
    assert [e.roles for e in found] == [()]


def test_the_genitive_body_of_an_event_noun_takes_part_and_the_label_keeps_the_phrase(events):
    # (the tagger reads "Luftwaffe" as a plural here; a form that is its lemma is singular)
    found = events("Am Montag begann der Rückzug der Luftwaffe aus Syrien.")
    assert [(e.roles, e.label) for e in found] == [((("Luftwaffe", "agent"),), "Rückzug der Luftwaffe")]


def test_a_plural_of_rivals_companies_or_states_takes_up_the_list_named_before(events):
    found = events("Ins Visier gerieten Edeka, Metro, die Drogeriekette Rossmann sowie die Handelskette Fressnapf. "
                   "Die Konkurrenten hatten sich seit 2005 auf Mindestpreise geeinigt.")
    assert [e.roles for e in found] == [(("Edeka", "agent"), ("Metro", "agent"), ("Rossmann", "agent"),
                                         ("Fressnapf", "agent"))]
    found = events("Frankreich, Italien und Spanien verhandeln in Brüssel. Die Länder einigten sich am Montag auf "
                   "einen Kompromiss.")
    assert [e.roles for e in found][-1] == (("Frankreich", "agent"), ("Italien", "agent"), ("Spanien", "agent"))
    # one name before is no list: the rivals stay unnamed
    found = events("Siemens hat Bosch übernommen. Die Konkurrenten hatten sich am Montag geeinigt.")
    assert [e.roles for e in found][-1] == ()


def test_a_bare_noun_before_the_verb_yields_to_a_nominative_after_it(events):
    # a noun with no article shows no case: "der" before a masculine noun after the verb is the subject
    # (and the noun a singular, by its singular verb, whatever its tag), the company named before
    found = events("Der Stahlkonzern ThyssenKrupp gehörte am Freitag zu den Verlierern. 1,8 Milliarden Euro Verlust "
                   "im Geschäftsjahr 2010/2011 weist der Konzern aus.")
    assert [(e.predicate, e.roles) for e in found] == [("ausweisen", (("ThyssenKrupp", "agent"),))]
    found = events("Breite Zustimmung erntete der Bundeskanzler am Montag von den Grünen.")
    assert [(e.predicate, e.label) for e in found] == [("ernten", "Bundeskanzler erntet")]


def test_a_states_audit_office_is_one_body_the_article_need_not_name(events):
    found = events("Der Rechnungshof wertete das Fehlen der Belege am Montag als Verstoß gegen das Parteiengesetz.")
    assert [(e.predicate, e.roles) for e in found] == [("werten", (("Rechnungshof", "agent"),))]
    found = events("Das stellte der Rechnungshof am Dienstag bei einer Prüfung der Anzeigen fest.")
    assert [(e.predicate, e.roles) for e in found] == [("feststellen", (("Rechnungshof", "agent"),))]


def test_a_kind_of_carrier_takes_up_the_company_named_before(events):
    found = events("Die Lufthansa hat am Dienstag ihre Bilanz vorgelegt. Die Airline hatte am Montag den Ausfall "
                   "von 1.000 Flügen bekanntgegeben.")
    assert [e.roles for e in found] == [(("Lufthansa", "agent"),), (("Lufthansa", "agent"),)]


def test_a_compound_head_takes_up_the_office_named_with_the_compound(events):
    # the head of the compound an office's name opens with ("Amtsgericht Wismar" ... "das Gericht")
    found = events("Das Amtsgericht Wismar hat am Mittwoch einen Mann verurteilt. Das Gericht bestätigte am "
                   "Donnerstag die Strafe.")
    assert [e.roles for e in found] == [(("Amtsgericht Wismar", "agent"),), (("Amtsgericht Wismar", "agent"),)]


def test_an_accusative_an_phrase_of_a_verb_of_giving_hung_on_a_noun_is_the_recipient(events):
    # the parser hung "an die Reederei Hapag-Lloyd" on "Verzögerung"
    found = events("Das Frachtschiff konnte erst mit einer Woche Verzögerung an die Reederei Hapag-Lloyd "
                   "übergeben werden.")
    assert [(e.predicate, e.roles) for e in found] == [("übergeben", (("Hapag-Lloyd", "patient"),))]
    # with a dative article the phrase says where, wherever it hangs
    found = events("Der Preis wurde nach einer kurzen Rede an der Universität Wien übergeben.")
    assert [e.roles for e in found if e.predicate == "übergeben"] == [()]
