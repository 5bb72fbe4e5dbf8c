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


def test_two_country_names_side_by_side_are_the_subject_and_the_object(events):
    # the parser made "Spanien" a compound of "Tschechien": German joins no two states without "und"
    found = events("Außerdem hatte Spanien Tschechien mit 33:25 (14:9) geschlagen.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Spanien", "agent"), ("Tschechien", "patient")), "Spanien schlägt Tschechien")]
    # an office before a place is one phrase with it: no one undergoes the ruling
    found = events("Das Landesarbeitsgericht Hessen drehte das Urteil um.")
    assert [role for e in found for _, role in e.roles] == ["agent", "agent"]


def test_a_clause_with_a_subject_of_its_own_takes_no_number_from_the_verb_it_is_joined_to(events):
    # "wird ... vorgeworfen" is singular; "die Verhältnisse ... wiedergegeben" is another clause
    found = events("Darüber hinaus wird dem ehemaligen Drogeriekönig vorgeworfen, schon in den Jahren vor der "
                   "Insolvenz die Verhältnisse in seinem Konzern falsch wiedergegeben und in einem Fall vor dem "
                   "Insolvenzgericht unrichtige Angaben gemacht zu haben.")
    assert [e.label for e in found if e.predicate == "wiedergeben"] == ["Verhältnisse wiedergeben"]


def test_a_subject_pronoun_goes_on_with_the_subject_before_it(events):
    # the last person named is the object, Fedorenko; "er" is the one who guarded him
    found = events("Im Lager hatte John Demjanjuk den Häftling Iwan Fedorenko bewacht, bevor er nach Sobibór "
                   "versetzt wurde.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("bewachen", (("John Demjanjuk", "agent"), ("Iwan Fedorenko", "patient"))),
        ("versetzen", (("John Demjanjuk", "patient"),))]
    # with no subject named before, the last person named
    found = events("Die Polizei hat am Montag Iwan Fedorenko angehalten. Er wurde in Hamburg verhört.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("anhalten", (("Iwan Fedorenko", "patient"),)), ("verhören", (("Iwan Fedorenko", "patient"),))]


def test_a_name_in_the_genitive_keeps_its_article_in_the_label(events):
    # "von" takes the dative: not "Haftbefehl von Internationalen Strafgerichtshofs"; the party is
    # named without the genitive ending of its noun (the lemmatizer's "Strafgerichtshof")
    found = events("Grundlage der Verhaftung ist ein Haftbefehl des Internationalen Strafgerichtshofs vom 23. Mai.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Internationalen Strafgerichtshof", "agent"),), "Haftbefehl des Internationalen Strafgerichtshofs")]
    # the owner of the subject's noun: the article stays, and the verb agrees with the noun it owns
    found = events("Im Sommer bauten Helfer des Roten Kreuzes in Haiti Holzhäuser.")
    assert [e.label for e in found] == ["Helfer des Roten Kreuzes bauen Holzhäuser"]
    found = events("Am Mittwoch hat die Studie der University of Utah die Risiken aufgelistet.")
    assert [e.label for e in found] == ["Studie der University of Utah listet Risiken auf"]  # ("die Risiken/nmod")


def test_a_role_noun_with_a_name_in_the_genitive_keeps_the_role_in_the_label(events):
    # the forward is unnamed; the club is whose forward he is (not "Chicago Blackhawks bereitet vor")
    found = events("Der Stürmer der Chicago Blackhawks bereitete das 1:0 vor.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Chicago Blackhawks", "agent"),), "Stürmer der Chicago Blackhawks bereitet vor")]


def test_a_passive_names_its_patient_and_its_von_agent_after_a_role_noun_and_a_name(events):
    # "Radulan Sahiron" hangs on the verb through its last word; "von der Polizei" on the name
    found = events("Am Montag wurde der Terrorist Radulan Sahiron von der Polizei der Philippinen festgenommen.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Radulan Sahiron", "patient"), ("Polizei der Philippinen", "agent")),
         "Polizei der Philippinen nimmt Radulan Sahiron fest")]
    # "von" after a name in another clause says whom the person works for, not who did it
    found = events("Bei einem Passwort-Manager gibt es die Gefahr, dass das Hauptpasswort geknackt wird, Fraser "
                   "Kyne von Bromium meint trotzdem, dass die Vorteile überwiegen.")
    assert [r for e in found for r in e.roles if r[1] == "agent" and r[0] == "Bromium"] == []


def test_a_person_named_after_an_office_is_the_office_s_object(events):
    # the parser hung the name on the subject ("die Polizei/nsubj Michael/nmod Müller")
    found = events("Am Dienstag hat die Polizei Michael Müller festgenommen.")
    assert [(e.roles, e.label) for e in found] == [((("Michael Müller", "patient"),), "Polizei nimmt Müller fest")]
    # ... or made the office a compound of the name ("das Gericht/compound Julia Timoschenko")
    found = events("Am Freitag hat das Gericht Julia Timoschenko verurteilt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Julia Timoschenko", "patient"),), "Gericht verurteilt Timoschenko")]
    # a government named after its head is one phrase: she acts
    found = events("Die Regierung Merkel hat zugestimmt.")
    assert [e.roles for e in found] == [(("Merkel", "agent"),)]


def test_a_definite_noun_stands_for_the_one_person_the_article_introduced_with_it(events):
    # an office of the kind the noun names, three sentences back, past another person named since
    found = events("Premierminister Boris Johnson hat am Montag Schottland besucht. Dort sprach er mit Schülern. "
                   "Der Oppositionsführer Keir Starmer kritisierte die Reise scharf. Am Dienstag hat der "
                   "Regierungschef den Besuch verteidigt.")
    assert [(e.predicate, e.roles) for e in found if e.predicate == "verteidigen"] == [
        ("verteidigen", (("Boris Johnson", "agent"),))]
    # a profession noun that is no role: the one the article put before the name
    found = events("Der Grazer Arzt Rainer Berger hat am Montag eine Praxis eröffnet. Seine Kollegin Anna Huber "
                   "half ihm dabei. Am Dienstag hat der Arzt die ersten Patienten behandelt.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("eröffnen", (("Rainer Berger", "agent"),)), ("behandeln", (("Rainer Berger", "agent"),))]
    # two so introduced: no guess
    found = events("Der Arzt Rainer Berger und der Arzt Karl Huber eröffneten am Montag eine Praxis. Am Dienstag "
                   "hat der Arzt die ersten Patienten behandelt.")
    assert [(e.predicate, e.roles) for e in found][1:] == [("behandeln", ())]


def test_beide_stands_for_the_two_persons_the_sentence_before_names(events):
    # not joined by "und": the meeting's two parties
    found = events("Am Montag traf Wladimir Putin den nordkoreanischen Machthaber Kim Jong Un. Beide vereinbarten "
                   "eine enge Zusammenarbeit.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("treffen", (("Wladimir Putin", "agent"), ("Kim Jong Un", "patient"))),
        ("vereinbaren", (("Wladimir Putin", "agent"), ("Kim Jong Un", "agent")))]


def test_the_organisation_a_passive_subject_is_of_is_its_agent(events):
    found = events("Der elektrische Smart von Daimler soll 2010 auch mit einer Lithiumbatterie ausgeliefert werden.")
    assert [(e.roles, e.label) for e in found] == [((("Daimler", "agent"),), "Daimler liefert Smart aus")]
    # a role noun's "von" says whom the person works for
    found = events("Ein Sprecher von Siemens wurde am Montag entlassen.")
    assert [e.roles for e in found] == [()]


def test_an_opponent_keeps_gegen_and_the_object_stays_in_the_label(events):
    # was "Deutschland verliert Spanien"-like: the opponent read as the object
    found = events("Nur 3:4 verlor das Team des Deutschen Pétanque Verbands (DPV) das Halbfinale gegen die Auswahl "
                   "Haute-Savoie (Frankreich).")
    # the party is named by the long form the brackets introduce (without its genitive ending), the label
    # keeps the short form
    assert [(e.roles, e.label) for e in found] == [
        ((("Deutschen Pétanque Verband", "agent"), ("Frankreich", "patient")),
         "DPV verliert Halbfinale gegen Frankreich")]
    found = events("Die Staatsanwaltschaft Stuttgart leitete nach der Pleite Ermittlungen gegen Anton Schlecker und "
                   "13 weitere Beschuldigte ein.")
    assert [e.label for e in found] == ["Staatsanwaltschaft Stuttgart leitet Schlecker ein"]


def test_a_second_subject_without_a_name_is_the_object(events):
    # parsed with two subjects: the one with the name acts, the other is what was presented
    found = events("Guo Jianmei habe zudem Beweise vorgelegt.")
    assert [e.label for e in found] == ["Guo Jianmei legt Beweise vor"]
    # an article of the nominative marks the true subject: no object made of it
    found = events("Seine Heimat Argentinien besucht der Papst voraussichtlich erst im nächsten Jahr.")
    assert [e.label for e in found if "Papst" in e.label] == []


def test_opponents_after_titles_whose_gegen_the_parser_hung_elsewhere(events):
    # "gegen" hung on "Europa-Meister", "Tunesien" joined to another word: both are whom they beat
    found = events("Auf dem Weg ins Halbfinale gewannen die deutschen Damen am Samstag unter anderem gegen "
                   "Europa-Meister Schweden und Vize-Weltmeister Tunesien.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Europa-Meister Schweden", "patient"), ("Tunesien", "patient")),
         "Damen gewinnen gegen Europa-Meister Schweden und Tunesien")]


def test_the_members_of_an_alliance_a_passive_says_was_formed_formed_it(events):
    found = events("Tillich ist seit 2008 Ministerpräsident des Freistaats Sachsen, am 30. September 2009 wurde die "
                   "Koalition aus CDU und FDP gebildet.")
    assert [(e.roles, e.label) for e in found] == [
        ((("CDU", "agent"), ("FDP", "agent")), "CDU und FDP bilden Koalition")]
    # a coalition dissolved is undergone by its members
    found = events("Am Montag wurde die Koalition aus CDU und FDP aufgelöst.")
    assert [e.roles for e in found] == [(("CDU", "patient"), ("FDP", "patient"))]


def test_a_role_noun_whose_phrase_ends_in_a_name_is_that_name(events):
    # not the person named before: "Philips" closes the subject's own phrase
    found = events("Die Verkaufsleiterin Anna Berger sagte, die Preise stiegen. Der Weltmarktführer im Segment "
                   "Energiesparlampen Philips hat angekündigt die Preise ab 1. Oktober zu erhöhen.")
    assert [(e.predicate, e.roles) for e in found if e.predicate == "erhöhen"] == [
        ("erhöhen", (("Philips", "agent"),))]


def test_a_place_named_in_the_genitive_is_the_place_itself(events):
    # the label writes the name; the place stays a name the article has (the linker knows only those)
    found = events("Im Norden Syriens wurden am Montag zwei Männer hingerichtet.")
    assert [(e.place, e.label) for e in found] == [("Syriens", "Männer in Syrien hingerichtet")]
    found = events("Im Norden Syriens wurden am Montag zwei Männer hingerichtet. In Syrien herrscht Krieg.")
    assert [(e.place, e.label) for e in found] == [("Syrien", "Männer in Syrien hingerichtet")]
    # a name that ends in "s" of its own stays
    found = events("Am Montag wurden in Paris zwei Männer festgenommen.")
    assert [e.place for e in found] == ["Paris"]


def test_a_party_named_in_the_genitive_is_named_without_its_ending(events):
    found = events("Jean-Pierre Bemba wurde am Samstag festgenommen. In der Folge war es zu gewaltsamen "
                   "Auseinandersetzungen zwischen der Armee und den Anhängern Bembas gekommen.")
    # the article writes him "Jean-Pierre Bemba" only: the name the linker knows
    assert [(e.predicate, e.roles) for e in found if e.predicate == "Auseinandersetzung"] == [
        ("Auseinandersetzung", (("Jean-Pierre Bemba", "agent"),))]
    found = events("Bemba wurde am Samstag festgenommen. In der Folge war es zu gewaltsamen Auseinandersetzungen "
                   "zwischen der Armee und den Anhängern Bembas gekommen.")
    assert [(e.predicate, e.roles) for e in found if e.predicate == "Auseinandersetzung"] == [
        ("Auseinandersetzung", (("Bemba", "agent"),))]


def test_a_subject_pronoun_hung_on_a_noun_is_the_subject_of_its_clause(events):
    # "sie" parsed as a modifier of "Tod": a pronoun is no noun's attribute
    found = events("Frieda Borchert wurde 1897 in Guscht geboren. Als sie geheiratet hatte, zog sie mit ihrem Mann "
                   "nach Berlin, nach dessen Tod sie in ihr Elternhaus zurückzog.")
    assert [(e.predicate, e.roles, e.label) for e in found if e.predicate == "zurückziehen"] == [
        ("zurückziehen", (("Frieda Borchert", "agent"),), "Borchert zieht zurück")]


def test_a_source_phrase_is_never_a_party_nor_the_subject_of_the_line(events):
    # the parser hung "zufolge" on "Haaretz" (flat:name): the newspaper is the channel, not who phoned
    found = events("Der Zeitung Haaretz zufolge fand das letzte Telefonat zwischen Netanjahu und Abbas im Jahr "
                   "2014 statt.")
    assert [(e.label, e.roles, e.via) for e in found] == [
        ("Telefonat zwischen Netanjahu und Abbas", (("Netanjahu", "agent"), ("Abbas", "agent")), "Haaretz")]
    # "US-Informationen zufolge": not who used the gas
    found = events("US-Informationen zufolge sollen IS-Kämpfer in Syrien Senfgas eingesetzt haben.")
    assert [e.label for e in found] == ["eingesetzt"]
    # "nach Angaben der Polizei": the police only tells it
    found = events("Nach Angaben der Polizei wurde der Mann in Berlin festgenommen.")
    assert [(e.label, e.roles) for e in found] == [("Mann in Berlin festgenommen", ())]
    # an office with its place is one source; a name after the source's name is a phrase of its own
    found = events("Laut Polizei Berlin wurde der Mann am Montag festgenommen.")
    assert [(e.label, e.roles, e.via) for e in found] == [("Mann festgenommen", (), "Polizei Berlin")]
    found = events("Am Montag hat laut Reuters Angela Merkel den Präsidenten Emmanuel Macron in Paris getroffen.")
    assert [[n for n, _ in e.roles] for e in found] == [["Angela Merkel", "Emmanuel Macron"]]
    # "laut" after a verb of voice is the adjective: the slogans stay the object
    found = events("Die Demonstranten riefen laut Parolen.")
    assert [e.label for e in found] == ["Demonstranten rufen laut Parolen"]


def test_a_singular_relative_pronoun_after_a_list_stands_for_its_last_member(events):
    # the recognizer made "Jaroslaw und sein Zwillingsbruder Lech" one name; "der ... starb" is Lech
    found = events("Dabei waren Wałęsa und Kaczynski früher enge Vertraute und politische Mitstreiter: Jaroslaw "
                   "und sein Zwillingsbruder Lech, der 2010 als Staatspräsident bei einem Flugzeugunglück starb, "
                   "gehörten in den Achtzigerjahren der Solidarność an.")
    assert [(e.label, e.roles) for e in found] == [
        ("Flugzeugunglück mit Lech", (("Lech", "patient"),)), ("Lech stirbt", (("Lech", "patient"),))]
    # two names: "der" is the second one
    found = events("Am Montag trafen sich Angela Merkel und François Hollande, der gestern in Berlin angekommen war.")
    assert [e.roles for e in found if e.predicate == "ankommen"] == [(("François Hollande", "agent"),)]


def test_only_a_particle_or_a_known_particle_verb_is_joined_to_the_verb(events):
    # the parser called the adjective a separable particle: no verb "unwiederbringlichvernichten"
    found = events("Dort vernichtete dieser einzige Angriff weit über 10.000 Objekte unwiederbringlich.")
    assert [(e.predicate, e.label) for e in found] == [("vernichten", "Angriff vernichtet")]
    # a closed-class particle and an adjective of a verb the dictionary knows stay joined
    found = events("Die Polizei nahm den Mann am Montag fest.")
    assert [(e.predicate, e.label) for e in found] == [("festnehmen", "Polizei nimmt Mann fest")]


def test_a_label_holds_no_quantity_word_web_address_or_stray_object(events):
    # the parser made "mehr" the subject's noun: the phrase's noun is the war
    found = events("Der mehr als ein Vierteljahrhundert andauernde Bürgerkrieg endete im Mai 2009.")
    assert [e.label for e in found] == ["Bürgerkrieg endet"]
    # "eine Koalition" is the infinitive's object, no genitive of the election
    found = events("Zur Neuwahl kommt es, weil es der AKP nicht gelungen war, nach der Juni-Wahl eine Koalition "
                   "zu schmieden.")
    assert [e.label for e in found] == ["Neuwahl", "Juni-Wahl"]
    # a web address before the clause is no part of it
    found = events("I cant think of a better choice for the $20 bill than Harriet Tubman: https://t.co/YcsZC4ZrKg "
                   "-H 1849 sollen Araminta und zwei ihrer Brüder an verschiedene Herren verkauft werden.")
    assert [e.label for e in found] == ["Araminta verkauft"]


def test_a_fused_preposition_tagged_as_an_adverb_keeps_its_set_phrase(events):
    # "ums/ADV Leben kommen": the line says how they came
    found = events("Herat – Bei einer Serie von Explosionen an einem Gasterminal am Rande der westafghanischen "
                   "Stadt Herat sind zehn Kinder sowie ein Erwachsener ums Leben gekommen.")
    assert [e.label for e in found] == ["Kinder bei Herat ums Leben gekommen"]


def test_a_verb_closing_the_bracket_takes_the_subject_after_its_auxiliary(events):
    # the parser hung "musste" and "der Hubschrauber" on "Faryab": the helicopter landed
    found = events("Wie das Verteidigungsministerium in Kabul mitteilte, musste der Hubschrauber am Dienstag mit "
                   "insgesamt 21 Menschen an Bord nahe Maimana, der Hauptstadt der Provinz Faryab, notlanden.")
    assert [e.label for e in found] == ["Verteidigungsministerium teilt in Kabul mit", "Hubschrauber notlandet"]


def test_a_focus_particle_opening_the_sentence_is_no_subject(events):
    # "Allein" tagged a noun and made the subject: the people died, not the town
    found = events("Allein in der Stadt Azaz nahe der türkischen Grenze kamen am Montag nach Angaben von Bewohnern "
                   "und eines Arztes 14 Menschen ums Leben, als Raketen in ein Kinderkrankenhaus einschlugen.")
    assert [(e.label, e.roles) for e in found] == [("Menschen kommen ums Leben", ())]
    # a linking adverb the parser made the subject: the phrase it left as the object is the subject
    found = events("Unterdessen ging auch am Montag die Großfahndung nach dem Attentäter weiter.")
    assert [e.label for e in found] == ["Großfahndung geht weiter"]


def test_an_adverb_the_parser_made_a_subject_yields_to_the_other_subject(events):
    # "Zuvor" tagged an adverb and hung as a subject beside the name: the name acts
    found = events("Zuvor hatte schon Gonzalo Higuain den Ball in den Abendhimmel gejagt.")
    assert [(e.roles, e.label) for e in found] == [((("Gonzalo Higuain", "agent"),), "Gonzalo Higuain jagt Ball")]
    # a linking adverb capitalized at the sentence's start and tagged a noun
    found = events("Demnach soll Lula als Minister in die Regierung einrücken.")
    assert [(e.roles, e.label) for e in found] == [((("Lula", "agent"),), "Lula rückt ein")]


def test_a_phrase_hung_as_the_subject_of_the_subject_is_the_subject_and_the_outer_one_the_object(events):
    # the auxiliary "hat" read as a possessive of "Ministerpräsident": the president commissions him
    found = events("Der türkische Präsident Recep Tayyip Erdoğan hat Ministerpräsident Ahmet Davutoğlu mit der "
                   "Bildung einer Übergangsregierung beauftragt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Recep Tayyip Erdoğan", "agent"), ("Ahmet Davutoğlu", "patient")),
         "Recep Tayyip Erdoğan beauftragt Davutoğlu")]
    # with a dateline the parser hung the object inside the subject's phrase, the auxiliary below it
    found = events("Istanbul – Der türkische Präsident Recep Tayyip Erdoğan hat Ministerpräsident Ahmet "
                   "Davutoğlu mit der Bildung einer Übergangsregierung beauftragt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Recep Tayyip Erdoğan", "agent"), ("Ahmet Davutoğlu", "patient")),
         "Recep Tayyip Erdoğan beauftragt Davutoğlu")]
    # "haben" hung on the object that the parser made a passive subject: the perfect is active
    found = events("Wired und Reviewed haben aus ihren Tests die besten Produkte des Jahres ausgewählt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Wired", "agent"), ("Reviewed", "agent")), "Wired und Reviewed wählen Produkte aus")]


def test_a_demonstrative_before_the_finite_verb_is_the_object_when_another_phrase_is_the_subject(events):
    # "Das" takes up what was said; the phrase after the verb is the subject
    found = events("Das gab die Polizei am Freitag bekannt.")
    assert [e.label for e in found] == ["Polizei gibt bekannt"]
    # the subject hung as an oblique: "der" before a masculine noun, no preposition, is a nominative
    found = events("Das habe der Oberste Gerichtshof Nordkoreas entschieden, meldete die chinesische "
                   "Nachrichtenagentur Xinhua am Mittwoch.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Oberste Gerichtshof Nordkoreas", "agent"),), "Oberste Gerichtshof Nordkoreas entscheidet")]


def test_a_verb_has_one_particle_the_one_that_closes_its_clause(events):
    # two verbs joined by "oder", each with its particle, the parser hung both on the first
    found = events("Politiker, Bankenaufsicht, Justiz und Wirtschaftsprüfer in Bulgarien zogen mit oder sahen "
                   "zumindest weg.")
    assert [(e.predicate, e.label) for e in found if e.trigger == "zogen"] == [
        ("mitziehen", "Politiker ziehen in Bulgarien mit")]


def test_a_phrase_the_parser_made_a_second_subject_is_the_object_in_the_label(events):
    # "er" can only be the subject: the fronted "Die Todesurteile", parsed as a subject too, is the object
    found = events("Gouverneur Pat Quinn unterzeichnete am Mittwoch das Gesetz. Die Todesurteile der 15 Häftlinge "
                   "im Todestrakt wandelte er in lebenslange Haft ohne Begnadigung um.")
    assert [e.label for e in found] == ["Pat Quinn unterzeichnet Gesetz", "Pat Quinn wandelt Todesurteile um"]
    # a subject hung on the separable particle "bekannt": a particle has no subject, so it is the object
    found = events("Die philippinische Präsidentin Gloria Macapagal Arroyo gab die Festnahme gestern in Manila "
                   "bekannt.")
    assert [e.label for e in found] == ["Gloria Macapagal Arroyo gibt Festnahme in Manila bekannt"]


def test_a_fused_preposition_before_an_article_belongs_to_another_phrase(events):
    # "zum" holds its article: "zum 19.01.2006 seinen Betrieb" is a date and a bare object
    found = events("Der seit 1973 in Hamburg im Rettungsdienst eingesetzte Bundeswehr-Hubschrauber „SAR 71“ stellt "
                   "zum 19.01.2006 seinen Betrieb ein.")
    assert [e.label for e in found] == ["SAR 71 stellt Betrieb in Hamburg ein"]
    # a name's first word the tagger read as an article is no article: "zum SK Rapid" keeps its preposition
    found = events("Wien – Peter Hlinka kehrt zum SK Rapid zurück.")
    assert [(e.roles, e.label) for e in found] == [((("Peter Hlinka", "agent"),), "Hlinka kehrt zurück")]


def test_a_short_form_the_article_introduced_names_its_party_by_the_long_form(events):
    # "Mouvement de Libération du Congo (MLC)": the later "MLC" is that party, as fully named; the label keeps "MLC"
    found = events("Bemba ist Mitbegründer des Mouvement de Libération du Congo (MLC). Die MLC soll mehrere Städte "
                   "geplündert haben.")
    assert [(e.roles, e.label) for e in found if e.trigger == "geplündert"] == [
        ((("Mouvement de Libération du Congo", "agent"),), "MLC plündert Städte")]
    # a party in brackets after a person is his party, no short form of his name
    found = events("Bürgermeister Stefan Schmuckenschlager (ÖVP) hat 500 Unterschriften gesammelt. Die ÖVP hat "
                   "den Antrag am Montag eingebracht.")
    assert [e.roles for e in found if e.trigger == "eingebracht"] == [(("ÖVP", "agent"),)]


def test_a_short_form_beside_the_long_form_it_spells_names_the_long_form(events):
    # no brackets: "die EU" in an article that names "die Europäische Union"
    found = events("Die Europäische Union hat ein Klimaziel beschlossen. Im Rahmen des Kyoto-Protokolls hat die EU "
                   "zugesagt, die Emissionen um acht Prozent zu verringern.")
    assert [(e.roles, e.label) for e in found if e.trigger == "zugesagt"] == [
        ((("Europäische Union", "agent"),), "EU sagt zu")]


def test_a_name_before_the_finite_auxiliary_after_a_comma_is_the_subject_of_its_clause(events):
    # the parser joined "Deutschland" and "verloren" to the clause before: verb-second order says who lost
    found = events("Spanien und Kroatien sind im Turnier bislang ungeschlagen, Deutschland hatte das Gruppenspiel "
                   "gegen Spanien verloren.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Deutschland", "agent"), ("Spanien", "patient")), "Deutschland verliert Gruppenspiel gegen Spanien")]


def test_a_particle_verb_of_entering_has_a_subject_that_acts(events):
    # "steigen" is undergone ("die Preise steigen"), "steigt ... ein" is done
    found = events("Apple steigt relativ spät ins Geschäft mit Musikstreaming aus dem Netz ein.")
    assert [(e.predicate, e.roles) for e in found] == [("einsteigen", (("Apple", "agent"),))]


def test_an_organisation_keeps_its_first_word_in_the_label(events):
    # "Tara" is a first name, but "Tara Air" is an airline: no person's family name to shorten it to
    found = events("Am Montag stürzte in Nepal ein Flugzeug der Fluglinie Tara Air ab.")
    assert [e.label for e in found] == ["Flugzeug von Tara Air stürzt in Nepal ab"]


def test_fertig_is_a_separable_particle(events):
    found = events("Die Firma stellte den Bericht im September fertig.")
    assert [(e.predicate, e.label) for e in found] == [("fertigstellen", "Firma stellt Bericht fertig")]


def test_a_passive_without_a_parsed_subject_is_about_the_phrase_before_its_participle(events):
    # "drei der Insassen" closes the middle field right before the participle, with no preposition
    found = events("Bei einem Feuergefecht mit den Taliban wurden demnach drei der Insassen getötet, zwei Afghanen "
                   "und ein Ausländer.")
    assert [e.label for e in found] == ["Feuergefecht mit Taliban", "Insassen getötet"]
    # a source phrase before it is no part of it ("Laut einer ... Opferbilanz vom Samstag")
    found = events("Laut einer vorläufigen amtlichen Opferbilanz vom Samstag wurden zudem 238 Menschen verletzt, als "
                   "am Freitag ein Baukran auf die Große Moschee stürzte.")
    assert [e.label for e in found][:1] == ["Menschen verletzt"]


def test_werden_with_the_infinitive_of_a_separable_verb_is_the_future_not_a_passive(events):
    # a separable verb's participle has "ge" after its particle ("eingetroffen"): "eintreffen" is the infinitive
    found = events("Der Minister wird am Montag in Berlin eintreffen.")
    assert [(e.status, e.label) for e in found] == [("announced", "Minister trifft in Berlin ein")]
    found = events("Auf den Packungen wird künftig eine Schrift auf den Nikotin-Gehalt der E-Zigaretten hinweisen.")
    assert [e.label for e in found] == ["Schrift weist hin"]
    # a participle stays one: "abgeholt" is a passive
    found = events("Das Paket wird morgen abgeholt.")
    assert [e.label for e in found] == ["Paket abgeholt"]


def test_a_long_list_of_parties_names_two_and_keeps_the_verb_in_the_label(events):
    # six names would leave no room for the verb in nine words
    found = events("Am Montag haben die USA, Russland, China, Frankreich, Großbritannien und Deutschland in Wien ein "
                   "Abkommen unterzeichnet.")
    assert [(len(e.roles), e.label) for e in found] == [(6, "USA, Russland und weitere unterzeichnen in Wien")]


def test_the_parties_of_an_event_noun_the_verb_takes_as_its_object_take_part(events):
    # a light verb: the talks, call or charge tell the happening, and whom they are with or against
    found = events("Der Außenminister hat am Montag in Wien Verhandlungen mit dem Iran aufgenommen.")
    assert [(e.roles, e.place, e.label) for e in found] == [
        ((("Iran", "patient"),), "Wien", "Außenminister nimmt Verhandlungen mit Iran in Wien auf")]
    found = events("Am Dienstag führte Kanzler Werner Faymann in Brüssel ein Telefonat mit Angela Merkel.")
    assert [(e.predicate, e.roles, e.label) for e in found][0] == (
        "führen", (("Werner Faymann", "agent"), ("Angela Merkel", "patient")), "Faymann führt Telefonat mit Merkel in Brüssel")
    found = events("Die Staatsanwaltschaft hat am Freitag Anklage gegen den früheren Finanzminister Karl-Heinz "
                   "Grasser erhoben.")
    assert [(e.roles, e.label) for e in found if e.predicate == "erheben"] == [
        ((("Karl-Heinz Grasser", "patient"),), "Staatsanwaltschaft erhebt Anklage gegen Karl-Heinz Grasser")]
    # "mit" after a noun that is no meeting is no party of the verb ("Verträge mit Sardana gekündigt" keeps its own)
    found = events("Die Regierung hat am Montag die Gespräche mit Vertretern der Gewerkschaft abgebrochen.")
    assert [e.roles for e in found if e.predicate == "abbrechen"] == [(("Regierung", "agent"),)]


def test_a_town_adjective_or_an_election_s_state_adjective_places_an_event_noun(events):
    # "Pekinger", "Kölner": a town's name with "-er" before the noun says where it happened
    found = events("Chinas älteste Frauenschutz-NGO hatte sich nach der Pekinger Weltfrauenkonferenz 1995 als "
                   "Nichtregierungsorganisation gegründet.")
    assert [(e.place, e.label) for e in found if e.predicate == "Weltfrauenkonferenz"] == [
        ("Peking", "Weltfrauenkonferenz in Peking")]
    found = events("Nach den Kölner Übergriffen wurde die Debatte schärfer.")
    assert [(e.place, e.label) for e in found] == [("Köln", "Übergriff in Köln")]
    # an election is held in the state its adjective names
    found = events("Der Front National geht bei den französischen Regionalwahlen endgültig leer aus.")
    assert [(e.place, e.label) for e in found] == [("Frankreich", "Regionalwahl in Frankreich")]
    # an attack is not: "israelische Luftangriffe" are flown by Israel, elsewhere
    found = events("Die israelischen Luftangriffe am Sonntag trafen mehrere Häuser.")
    assert [(e.predicate, e.place) for e in found] == [("Luftangriff", None), ("treffen", None)]
    found = events("Am Sonntag hat die griechische Parlamentswahl stattgefunden.")
    assert [e.place for e in found] == ["Griechenland"]


def test_gegen_after_an_event_noun_that_is_the_subject_or_object_names_the_verb_s_party(events):
    # the parser hung "gegen ..." on the verb; it follows "das Urteil", the object, not a phrase of its own
    found = events("Am Freitag hat ein Gericht das Urteil gegen die ehemalige Ministerpräsidentin Julia "
                   "Timoschenko bestätigt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Julia Timoschenko", "patient"),), "Gericht bestätigt Urteil gegen Timoschenko")]
    found = events("Danach wurde ein internationaler Haftbefehl gegen den Rapper Samy Amimour ausgestellt.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Samy Amimour", "patient"),), "Haftbefehl gegen Amimour ausgestellt")]
    # after an event noun in a phrase of its own, "gegen" is that noun's: the fallen fought, not the Ukraine
    found = events("Sein Bruder ist im Krieg gegen die Ukraine gefallen.")
    assert [e.roles for e in found] == [()]


def test_a_town_adjective_in_a_place_phrase_places_the_event(events):
    found = events("Der Bürgermeister hat am Montag im Wiener Rathaus den Vertrag unterzeichnet.")
    assert [(e.place, e.label) for e in found] == [("Wien", "Bürgermeister unterzeichnet Vertrag in Wien")]
    found = events("Eine Woche später wurde er auf dem Wiener Schwedenplatz aus einem Lkw geworfen.")
    assert [e.place for e in found] == ["Wien"]
    # "bei vielen Wiener Sportvereinen" names a kind, no one place; "selber" is no town's adjective
    found = events("Das geriet wie bei vielen Wiener Sportvereinen in Vergessenheit.")
    assert [e.place for e in found] == [None]
    found = events("Sie sind uns am Montag auf selber Augenhöhe begegnet.")
    assert [e.place for e in found] == [None]


def test_whom_the_representatives_a_meeting_is_with_stand_for_takes_part(events):
    found = events("Der Minister hat sich am Montag mit Vertretern von Siemens und Bosch getroffen.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Siemens", "patient"), ("Bosch", "patient")), "Minister trifft sich mit Vertretern von Siemens und Bosch")]
    found = events("Der Außenminister traf sich am Dienstag in Kairo mit Abgesandten der Hamas.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Hamas", "patient"),), "Außenminister trifft sich mit Abgesandten der Hamas in Kairo")]
    # a bank's account holders do not act for the bank
    found = events("Der Minister hat sich am Montag mit Kunden der Deutschen Bank getroffen.")
    assert [e.roles for e in found] == [()]


def test_a_place_phrase_on_an_event_noun_s_genitive_places_the_event(events):
    # "in Genf" hangs on "Berichts": a report presented in Geneva was presented there; the line keeps the genitive
    found = events("Das kritisierte Makarim Wibisono am Montag bei der Vorlage seines letzten Berichts vor dem "
                   "UNO-Menschenrechtsrat (UNHRC) in Genf.")
    assert [(e.place, e.label) for e in found if e.predicate == "Vorlage"] == [
        ("Genf", "Vorlage seines letzten Berichts in Genf")]


# -- the subject among two the parser gave (issue 16) ----------------------------------------
def test_der_before_a_masculine_singular_noun_is_the_subject_not_the_das_phrase_before_the_verb(events):
    found = events("Das Geld dafür lieferte der neuseeländische Investor Richard Chandler.")
    assert [(e.predicate, e.roles) for e in found] == [("liefern", (("Richard Chandler", "agent"),))]


def test_a_word_tagged_as_a_verb_is_no_subject_beside_a_named_one(events):
    found = events("Den spektakulären Kräftevergleich zwischen Mensch und Computer im verzwickten Brettspiel Go "
                   "hat die Google-Software AlphaGo vorzeitig für sich entschieden.")
    assert [(e.predicate, e.roles) for e in found] == [("entscheiden", (("AlphaGo", "agent"),))]


def test_von_before_a_participle_without_auxiliary_is_its_agent(events):
    found = events("Der Schatz vom Toplitzsee, von Franz Antel verfilmt, floppte 1959 allerdings.")
    assert [(e.predicate, e.roles) for e in found] == [("verfilmen", (("Franz Antel", "agent"),)),
                                                      ("floppen", ())]


def test_beide_with_a_kind_of_party_stands_for_the_two_of_that_kind_named_last(events):
    # "beiden Unternehmen": the two companies the sentences before name (Daimler once more as "Daimler AG")
    found = events("Die von der Daimler AG geplante Elektroversion des Modells wird mit Batterien ausgestattet, "
                   "die vom US-Elektroautobauer Tesla Motors geliefert werden. Zurzeit läuft in London ein "
                   "Flottenversuch der Daimler AG. Die ersten Kontakte zwischen beiden Unternehmen kamen 2007 in "
                   "den Vereinigten Staaten zustande.")
    assert [e.participants for e in found if e.sentence == 2] == [("Daimler AG", "Tesla Motors")]
    # "die beiden Staaten": the two countries, not the city named after them
    found = events("Russland und die Ukraine verhandeln seit Wochen in Minsk. Am Montag unterzeichneten die "
                   "beiden Staaten ein Abkommen.")
    assert [e.roles for e in found if e.sentence == 1] == [(("Russland", "agent"), ("Ukraine", "agent"))]
    # three companies named before: "beide" says which two no more, so none
    found = events("Siemens, Bosch und die Telekom legten Zahlen vor. Die ersten Kontakte zwischen beiden "
                   "Unternehmen kamen 2007 zustande.")
    assert [e.participants for e in found if e.sentence == 1] == [()]


def test_a_definite_office_is_the_one_the_article_names_by_its_place(events):
    # "Feuerwehr Olpe" (the recognizer finds only the place): "die Feuerwehr" before and after it is that one
    found = events("In der Nacht brannte eine Lagerhalle in Olpe. Die Feuerwehr wurde um 2:00 Uhr alarmiert. "
                   "Die Feuerwehr Olpe rückte mit etwa sechzig Männern an. Die Feuerwehr konnte heute Morgen um "
                   "fünf Uhr abrücken.")
    assert [(e.predicate, e.roles) for e in found if e.roles] == [
        ("alarmieren", (("Feuerwehr Olpe", "patient"),)), ("anrücken", (("Olpe", "agent"),)),
        ("abrücken", (("Feuerwehr Olpe", "agent"),))]  # (the clause that names it gives the recognizer's "Olpe")
    # two places' fire brigades: "die Feuerwehr" is either, so no one
    found = events("Die Feuerwehr Olpe und die Feuerwehr Attendorn rückten an. Die Feuerwehr wurde um 2:00 Uhr "
                   "alarmiert.")
    assert [e.roles for e in found if e.sentence == 1] == [()]



def test_a_pronoun_or_role_noun_of_the_other_gender_stands_for_no_one_named_before(events):
    # "ihn" after "Amtsrichterin Ute Bader": the unnamed student, neither her nor the man named before her
    found = events("Verteidiger Wolfgang Dingfelder hatte Bewährung gefordert. Amtsrichterin Ute Bader fällte nun "
                   "das Urteil. Die Depressionen zwangen ihn damals dazu, sein Studium zu unterbrechen.")
    assert [e.roles for e in found if e.predicate == "zwingen"] == [()]
    # "die Frau" after "Ein Sprecher der Polizei, Lars Beringer": not the spokesman
    found = events("Ein Sprecher der Polizei, Lars Beringer, sagte heute Abend gegenüber der Presse, ein "
                   "Unbekannter habe den Namen verwendet. Danach hatte die Frau sofort Kontakt mit der Polizei "
                   "in Hannover aufgenommen.")
    assert [e.roles for e in found if e.predicate == "aufnehmen"] == [()]
    # the article calls her "Kanzlerin": "sie" is she
    found = events("Bei der Pressekonferenz sprach die Kanzlerin Angela Merkel. Danach traf sie den Präsidenten "
                   "in Paris.")
    assert [e.roles for e in found if e.predicate == "treffen"] == [(("Angela Merkel", "agent"),)]


def test_a_subject_pronoun_goes_on_with_the_subject_pronoun_before_it_not_a_name_in_a_phrase(events):
    # "hinter Watabe" is no subject (the parser made "Sekunden" one); "er ... er" goes on with Frenzel
    found = events("Doch Frenzel startete im Tiefschnee eine sensationelle Aufholjagd. Nach drei Runden lag er "
                   "noch 25 Sekunden hinter Watabe, der in der dritten Runde einen kleinen Sturz hatte. In der "
                   "Schlussrunde steigerte er noch einmal die Frequenz, überlief Watabe im Finish und ließ den "
                   "Japaner hinter sich.")
    assert [e.roles for e in found if e.predicate == "steigern"] == [(("Frenzel", "agent"),)]


def test_the_subject_of_a_clause_an_election_is_the_occasion_of_ran_in_it(events):
    # "Bei der Parlamentswahl hatte die HDP ...": the HDP took part (other: it neither held nor underwent it)
    found = events("Bei der Parlamentswahl im Juni hatte die HDP die Zehn-Prozent-Hürde übersprungen.")
    assert [e.roles for e in found if e.type == "election"] == [(("HDP", "other"),)]
    found = events("Bei der Europawahl am 25. Mai konnte die FDP nur 2,6 % verbuchen.")
    assert [e.roles for e in found if e.type == "election"] == [(("FDP", "other"),)]
    # a possible result ("könnte ... verlieren") tells no one who ran
    found = events("Der Kostenbeitrag für die Kandidatur im Bezirk beträgt 72,67 Euro. Tritt Stenzel an, könnte die "
                   "ÖVP bei der Wahl am 11. Oktober den Bezirksvorsteherposten in der City verlieren.")
    assert [e.roles for e in found if e.type == "election"] == [()]


def test_a_person_in_a_von_phrase_of_an_object_that_names_no_one_undergoes_it(events):
    # "von" stands in for the genitive: whose penalty it was
    found = events("Bravo parierte vor 48.000 Zuschauern im ausverkauften Estadio Nacional den Elfer von Ever Banega.")
    assert [(e.roles, e.label) for e in found] == [
        ((("Bravo", "agent"), ("Ever Banega", "patient")), "Bravo pariert Elfer von Ever Banega")]
    # not a place ("die Nachbarschaft von Haret Hreik"), nor the maker of a passive's subject
    found = events("Der elektrische Smart von Daimler soll 2010 auch mit einer Lithiumbatterie ausgeliefert werden.")
    assert [(e.roles, e.label) for e in found] == [((("Daimler", "agent"),), "Daimler liefert Smart aus")]


def test_a_subject_pronoun_goes_on_with_the_role_noun_subject_of_its_own_sentence(events):
    # "er" after "Der russische Präsident ... Sambo": the president (Putin), not the sport named between
    found = events("Der Kreml lobte Wladimir Putin. Der russische Präsident betrieb früher selbst Sambo, ehe er "
                   "zum Judo wechselte.")
    assert [e.roles for e in found if e.predicate == "wechseln"] == [(("Wladimir Putin", "agent"),)]


def test_the_genitive_owner_of_a_passive_agent_phrase_that_names_no_one_acts(events):
    # the body acts through its court, its supporters; the line names the body itself
    found = events("Die Rebellen haben am Samstag zehn Männer hingerichtet. Sie seien zuvor von einem "
                   "Religionsgericht der Al-Nusra-Front zum Tode verurteilt worden.")
    assert [e.roles for e in found if e.predicate == "verurteilen"] == [(("Al-Nusra-Front", "agent"),)]
    found = events("Die Synagoge wurde von Anhängern der Hamas angegriffen.")
    assert [(e.roles, e.label) for e in found] == [((("Hamas", "agent"),), "Hamas greift Synagoge an")]


def test_a_plural_finite_verb_takes_the_plural_of_two_subjects_the_parser_gave_it(events):
    # "Der Rede Bans" is a dative object put first: "lauschten" agrees with the candidates
    found = events("Ban Ki-moon sprach im Nationalrat. Der Rede Bans lauschten auch die Präsidentschaftskandidaten "
                   "Norbert Hofer und Alexander Van der Bellen.")
    assert [e.roles for e in found if e.predicate == "lauschen"] == [
        (("Norbert Hofer", "agent"), ("Alexander Van der Bellen", "agent"), ("Bans", "patient"))]


def test_named_phrases_the_parser_hung_where_no_argument_is_keep_their_roles(events):
    # a passive's "von" phrase the parser made a second passive subject is the agent
    found = events("Die Bilder wurden von Evan Bless veröffentlicht, der unter dem Pseudonym @eveleaks twittert.")
    assert [e.roles for e in found if e.predicate == "veröffentlichen"] == [(("Bless", "agent"),)]
    # a second named subject after the verb is an object
    found = events("The Departed brachte Martin Scorsese endlich den langersehnten Oscar.")
    assert [e.roles for e in found] == [
        (("The Departed", "agent"), ("Oscar", "patient"), ("Martin Scorsese", "patient"))]
    # a name hung on the verb as an apposition right after the object noun is the object's
    found = events("Ljubljana nominierte den ehemaligen Staatspräsidenten Danilo Turk.")
    assert [e.roles for e in found] == [(("Ljubljana", "agent"), ("Danilo Turk", "patient"))]


def test_the_subject_of_the_verb_a_zu_infinitive_complements_does_it(events):
    found = events("Bürgermeister Klaus Luger kündigte an, eine Berufung prüfen zu lassen.")
    assert [e.roles for e in found if e.predicate == "prüfen"] == [(("Klaus Luger", "agent"),)]


def test_the_name_an_event_noun_compound_begins_with_takes_part(events):
    # a one-word name of a body, and a person the article names in full
    found = events("Die deutsche Kanzlerin Angela Merkel hat beim CDU-Parteitag angekündigt, dass man für eine "
                   "deutliche Abnahme des Flüchtlingsstroms sorgen will.")
    assert [e.roles for e in found if e.predicate == "CDU-Parteitag"] == [
        (("Angela Merkel", "agent"), ("CDU", "other"))]
    found = events("Der britische Premier David Cameron fordert Reformen. Bei einem Cameron-Gipfel sollte ein "
                   "Paket geschnürt werden.")
    assert [e.roles for e in found if e.predicate == "Cameron-Gipfel"] == [(("David Cameron", "other"),)]


def test_a_relative_clause_after_the_clause_s_last_verb_stands_for_the_person_before_it(events):
    found = events("Die Existenz des Servers wurde von dem rumänischen Hacker Marcel Lazar enthüllt, der nach "
                   "eigenen Angaben leicht in das System eindringen konnte.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("enthüllen", (("Marcel Lazar", "agent"),)), ("eindringen", (("Marcel Lazar", "agent"),))]


def test_a_definite_noun_of_age_stands_for_the_person_named_before(events):
    found = events("Julian Draxler war der Mann des Abends. In Gent erzielte der 22-Jährige zwei Treffer.")
    assert [e.roles for e in found if e.predicate == "erzielen"] == [(("Julian Draxler", "agent"),)]
    # an indefinite one is someone new
    found = events("Julian Draxler war der Mann des Abends. Am Montag hat ein 23-Jähriger einen Laden überfallen.")
    assert [e.roles for e in found if e.predicate == "überfallen"] == [()]


def test_a_zwischen_phrase_right_after_a_noun_of_talks_is_its_own(events):
    # the parser hung "zwischen der JG und Niessl" on "geben"; right after "Gespräche" it is theirs
    found = events("Vielmehr soll es noch Gespräche zwischen der SPÖ und Hans Niessl geben.")
    assert [e.roles for e in found if e.predicate == "Gespräch"] == [(("SPÖ", "agent"), ("Hans Niessl", "agent"))]


def test_a_name_the_time_tagger_reads_as_a_time_is_no_party(events):
    # "Montagfrüh" taken for a person: it tells when, and "sie" does not stand for it
    found = events("Wien – Ein zehnjähriges Mädchen ist Montagfrüh bei einem Verkehrsunfall in Wien-Simmering "
                   "getötet worden. Sie war mit dem Fahrrad auf einem Radweg unterwegs, als sie auf einer "
                   "Kreuzung von einem Lkw erfasst wurde.")
    assert [e.roles for e in found if e.predicate in ("töten", "erfassen")] == [(), ()]


def test_a_bare_noun_before_a_singular_verb_with_sich_is_the_object_of_the_name_after_it(events):
    found = events("Frankreichs Volleyballer sind erstmals Europameister. Bronze sicherte sich Italien durch ein "
                   "3:1 (-20,14,-23,20) im Duell der Co-Gastgeber mit Bulgarien.")
    assert [e.roles for e in found if e.predicate == "sichern"] == [(("Italien", "agent"), ("Bulgarien", "other"))]
    # without "sich" a headline's bare noun is its subject
    found = events("Ringen hinter verschlossenen Türen beunruhigt auch IWF.")
    assert [e.roles for e in found if e.predicate == "beunruhigen"] == [(("IWF", "patient"),)]
    # a subject with its article stays the subject
    found = events("Die Polizei nahm Müller am Montag fest.")
    assert [e.roles for e in found if e.predicate == "festnehmen"] == [(("Müller", "patient"),)]


def test_a_dative_the_parser_made_a_second_subject_is_whom_it_came_to(events):
    found = events("Das breiteste Grinsen hatte in der Nacht auf Montag Leonardo DiCaprio: Die Rolle des "
                   "schwerverletzten Pelztierjägers im Rachedrama The Revenant brachte dem 41-Jährigen nach vier "
                   "glücklosen Anläufen den ersten Schauspiel-Oscar ein.")
    assert [e.roles for e in found if e.predicate == "einbringen"] == [(("Leonardo DiCaprio", "patient"),)]


def test_the_name_an_event_noun_subject_begins_with_takes_part_in_its_verb(events):
    found = events("Die EU hat beraten. Der EU-Gipfel findet am Donnerstag und Freitag statt, noch rechtzeitig "
                   "davor will Griechenland vier der geplanten fünf Hotspots in Betrieb nehmen.")
    assert [e.roles for e in found if e.predicate == "stattfinden"] == [(("EU", "other"),)]
    # (not the subject of the clause before, "Griechenland" is the subject of "nehmen")
    assert all(("EU", "other") not in e.roles for e in found if e.predicate != "stattfinden")
    # not a phrase with a preposition the parser took for the subject
    found = events("Nach dem Ende August ergangenen HG-Urteil haben die Rechtsschutzversicherer bei "
                   "geschlossenen Fonds eingelenkt.")
    assert [e.roles for e in found if e.predicate == "einlenken"] == [()]


def test_a_demonym_before_a_compound_of_a_state_organ_names_the_state(events):
    found = events("Obwohl bekannt gewesen sei, dass die deutschen Grenzbehörden die Übernahme von Flüchtlingen "
                   "deutlich gedrosselt haben, wurden am Mittwoch Flüchtlinge nach Salzburg verlegt.")
    assert [e.roles for e in found if e.predicate == "drosseln"] == [(("Deutschland", "agent"),)]


def test_the_title_after_a_noun_of_a_work_is_no_party(events):
    found = events("Ende November ist das aktuelle Album Rivers & Streams erschienen.")
    assert [e.roles for e in found if e.predicate == "erscheinen"] == [()]
    found = events("Performer wie The Weeknd und Sam Smith, der für seinen Bond-Titelsong Writings on the Wall einen "
                   "Oscar holte, waren betont zurückhaltend.")
    assert [e.roles for e in found if e.predicate == "holen"] == [(("Sam Smith", "agent"),)]
    # a ship's name is a party (the gold counts vehicles), and a work noun inside a name is the name's
    found = events("Der Flugzeugträger „Graf Zeppelin“ wurde von der Sowjetunion versenkt.")
    assert [e.roles for e in found if e.predicate == "versenken"] == [(("Graf Zeppelin", "patient"),
                                                                       ("Sowjetunion", "agent"))]
    found = events("Nicht ohne Grund, eröffnete das National Film Board of Canada 1974 immerhin das weltweit erste "
                   "Studio für weibliche Filmemacher.")
    assert [e.roles for e in found if e.predicate == "eröffnen"] == [(("Board of Canada", "patient"),)]


def test_a_verb_last_clause_the_parser_gave_no_subject_takes_the_bare_name_before_its_verb(events):
    # "ehe" opens a verb-last clause; the parser hung the name on "der Bolivianer" as an apposition
    found = events("Die weiteren Treffer erzielten Alexis Sanchez (37.) und Gary Medel (79.), ehe der Bolivianer "
                   "Ronald Raldes (86.) mit einem Eigentor den Endstand fixierte.")
    assert [e.roles for e in found if e.predicate == "fixieren"] == [(("Ronald Raldes", "agent"),)]
    # a relative phrase with a preposition ("für deren Bau") is no subject: the bare name after it is
    found = events("Mittendrin wirken die hundert spitzzackigen Ökohäuser, für deren Bau Brad Pitt in Hollywood "
                   "die Spendentrommel rührte, wie ein futuristischer Traum.")
    assert [e.roles for e in found if e.predicate == "rühren"] == [(("Brad Pitt", "agent"),)]
    # a name after a preposition is no subject: whom the contract is with, not who was signed
    found = events("Der Streit begann, als mit Siemens ein neuer Vertrag unterschrieben wurde.")
    assert [e.roles for e in found if e.predicate == "unterschreiben"] == [(("Siemens", "other"),)]


def test_a_role_noun_of_one_form_in_both_numbers_is_singular_beside_a_singular_verb(events):
    # the tagger reads "Politiker" as a plural; "habe" is singular, so he is the one named before
    found = events("Gunnlaugsson war lange im Amt. 2009 habe der liberale Politiker seine Anteile aber an seine "
                   "Frau übertragen.")
    assert [e.roles for e in found if e.predicate == "übertragen"] == [(("Gunnlaugsson", "agent"),)]
    # a plural verb keeps the plural: the ministers are not the one man named before
    found = events("Gunnlaugsson war lange im Amt. Am Montag haben die Minister den Vertrag unterschrieben.")
    assert [e.roles for e in found if e.predicate == "unterschreiben"] == [()]


def test_a_relative_clause_after_a_name_and_its_age_stands_for_that_person(events):
    # "(34)" is the name's age; "die ... wird" (a singular verb) is the one woman named before it
    found = events("Der Posten geht an Nicole Solarz (34), die im Dezember in Karenz gehen wird.")
    assert [e.roles for e in found if e.predicate == "gehen" and e.trigger == "gehen"] == [
        (("Nicole Solarz", "agent"),)]
    # extraposed after the verb the parser hung it on
    found = events("Er soll das Mandat von Nicole Solarz (34) übernehmen, die in Karenz gehen wird.")
    assert [e.roles for e in found if e.trigger == "gehen"] == [(("Nicole Solarz", "agent"),)]


def test_a_pronoun_passes_over_a_person_whose_first_name_tells_the_other_gender(events):
    # "Philipp" is a man's name: "Sie" is the woman the sentence before spoke of, unnamed
    found = events("Philipp Lahm wurde am Mittwoch in München operiert. Die Sprecherin des Vereins war bereits "
                   "nach Sardinien gereist. Sie kam gestern nach München zurück.")
    assert [(e.predicate, e.roles) for e in found] == [
        ("operieren", (("Philipp Lahm", "patient"),)), ("reisen", ()), ("zurückkommen", ())]


def test_von_before_a_participle_that_ends_its_clause_is_the_passive_agent(events):
    # the tagger read "beendet" as an adjective: no noun follows, so it is the passive's verb, not an attribute
    found = events("In den sozialen Netzwerken gingen die Wogen hoch, die blau-grüne Kooperation wurde daraufhin "
                   "von den Grünen beendet.")
    assert [e.roles for e in found if e.predicate == "beenden"] == [(("Grünen", "agent"),)]
    # before its noun it is an attribute: the agent of the planning, no party of the equipping
    found = events("Die von der Daimler AG geplante Elektroversion des Modells wird mit Batterien ausgestattet.")
    assert [e.participants for e in found] == [()]


def test_the_name_after_a_reflexive_after_an_adverbial_prefield_is_the_subject(events):
    # "sich" stands before the subject at the middle field's start; the prefield holds only adverbs
    found = events("Dann aber verschätzte sich Salzburg-Innenverteidiger Paulo Miranda bei einem weiten Ball, "
                   "Edomwonyi nützte die Gelegenheit und schoss zum 1:1 ein (70.).")
    assert [e.roles for e in found if e.predicate == "verschätzen"] == [(("Paulo Miranda", "agent"),)]
    found = events("Mittlerweile hat sich Demirel beim Trainer entschuldigt.")
    assert [e.roles for e in found] == [(("Demirel", "agent"),)]
