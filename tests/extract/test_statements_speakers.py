"""Speakers of statements where the parse misleads: a fronted phrase that cannot speak
(``Als Grund nannte die NASA, ...``), a Konjunktiv I clause after an indicative main clause whose
subject speaks (``Die BVG begegnet der Kritik mit dem Argument, die Züge seien ...``), and a whole act
before a content clause that is not its own (``X lehnt einen Verkauf ab, ein Verkauf von Anteilen werde
geprüft``), a statement of its own beside it; names and titles in quotation marks (``die „Aktion
Deutschland hilft“``, ``laut „tagesschau.de“``)."""
from __future__ import annotations

import pytest


def brief(found):
    return [(s.kind, s.text, s.cue, s.speaker_name, s.speaker_basis) for s in found]


def test_fronted_object_is_no_speaker_the_subject_after_the_verb_is(statements):
    text = ("Die Mission der Raumfähre wird um einen Tag verlängert. Als Grund für die Verlängerung nannte die NASA, "
            "den Astronauten zusätzliche Zeit zu geben.")
    found = statements(text)
    assert brief(found) == [("indirect", "den Astronauten zusätzliche Zeit zu geben", "nannte", "NASA", "text")]
    assert text[found[0].speaker_start:found[0].speaker_end] == "die NASA"


def test_fronted_object_leaves_an_act_without_content_alone(statements):
    # (an act whose object is a fronted pronoun takes up what was said before: no reported act of its own;
    # a fronted noun phrase is the act's own object: the act, with the speaker after the verb)
    assert brief(statements("Dies verlangte Mussawi vom Wächterrat.")) == []
    assert brief(statements("Die Annullierung der Wahl verlangte Mussawi vom Wächterrat.")) == [
        ("reported", "Die Annullierung der Wahl verlangte Mussawi vom Wächterrat", "verlangte", "Mussawi", "text")]


def test_konjunktiv_after_an_indicative_main_clause_is_its_subjects(statements):
    # (the clause before the comma frames the Konjunktiv I after it, whatever its verb: not carried on
    # from the statement before, and not run together with it)
    found = statements("Der Fahrgastverband fordert freie Sicht nach draußen. Die Muster seien unruhig. Die BVG "
                       "begegnet der Kritik mit dem Argument, die Züge seien meist unterirdisch unterwegs.")
    assert brief(found) == [
        ("reported", "fordert freie Sicht nach draußen", "fordert", "Der Fahrgastverband", "text"),
        ("indirect", "Die Muster seien unruhig", None, "Der Fahrgastverband", "carried"),
        ("indirect", "die Züge seien meist unterirdisch unterwegs", "begegnet", "BVG", "text")]


def test_konjunktiv_after_a_passive_is_not_its_subjects(statements):
    assert brief(statements("Die Polizei nahm am Abend einen Mann fest. Der Mann wurde noch in der Nacht verhört, "
                            "er habe den Wagen nicht gestohlen.")) == []


def test_name_whose_first_word_the_parse_took_for_a_preposition_speaks(statements):
    text = "Hilda Morales Trujillo spricht davon, dass Gewalt gegen Frauen ein ernsthaftes Problem für das Land darstelle."
    found = statements(text)
    assert brief(found) == [("indirect", "dass Gewalt gegen Frauen ein ernsthaftes Problem für das Land darstelle",
                             "spricht", "Hilda Morales", "text")]
    assert text[found[0].speaker_start:found[0].speaker_end] == "Hilda Morales Trujillo"


def test_whole_act_before_a_verb_second_content_is_reported_too(statements):
    found = statements("PDS-Fraktionssprecher André Schollbach lehnt einen Verkauf von Wohnungen ab, ein Verkauf von "
                       "Anteilen ist abhängig von den Konditionen und werde geprüft.")
    assert brief(found) == [
        ("reported", "lehnt einen Verkauf von Wohnungen ab", "lehnt ab", "André Schollbach", "text"),
        ("indirect", "ein Verkauf von Anteilen ist abhängig von den Konditionen und werde geprüft", "lehnt ab",
         "André Schollbach", "text")]


def test_act_before_a_coordinated_verbs_content_is_reported_too(statements):
    found = statements("Der Sicherheitsrat rief die libysche Regierung zur Beendigung des gewaltsamen Vorgehens auf "
                       "und beschloss auch, den Fall an den Internationalen Strafgerichtshof weiterzuleiten.")
    assert brief(found) == [
        ("reported", "rief die libysche Regierung zur Beendigung des gewaltsamen Vorgehens auf", "rief auf",
         "Der Sicherheitsrat", "text"),
        ("indirect", "den Fall an den Internationalen Strafgerichtshof weiterzuleiten", "rief auf",
         "Der Sicherheitsrat", "text")]


def test_act_whose_content_is_what_it_says_stays_one_statement(statements):
    # (a zu-infinitive or dass-clause is what the act itself says)
    found = statements("Der Minister forderte die Regierung auf, die Steuern zu senken.")
    assert brief(found) == [("indirect", "die Steuern zu senken", "forderte auf", "Der Minister", "text")]


def test_reported_act_runs_over_coordinated_phrases_not_clauses(statements):
    (st,) = statements("Nähere Einzelheiten nannte der Minister nicht. Er verwies aber auf Verzögerungen in den USA und "
                       "auf die frühzeitige Schließung der Banken.")
    assert brief([st]) == [("reported", "verwies aber auf Verzögerungen in den USA und auf die frühzeitige Schließung "
                                        "der Banken", "verwies", None, "pronoun")]
    (st,) = statements("Sie forderten damals Presse-, Meinungs- und Versammlungsfreiheit.")
    assert st.text == "forderten damals Presse-, Meinungs- und Versammlungsfreiheit"
    (st,) = statements("Die deutsche Bundeskanzlerin Merkel begrüßte den heutigen Beschluss der IAEA und griff den Iran "
                       "mit ungewöhnlich scharfen Formulierungen an.")
    assert brief([st]) == [("reported", "begrüßte den heutigen Beschluss der IAEA", "begrüßte", "Merkel", "text")]


def test_quoted_name_after_an_article_is_the_speaker_whole(statements):
    found = statements("Die Not ist groß. Wie die „Aktion Deutschland hilft“ heute mitteilte, werde effektive Hilfe "
                       "geleistet.")
    assert brief(found) == [("indirect", "werde effektive Hilfe geleistet", "mitteilte", "Aktion Deutschland hilft",
                             "text")]
    found = statements("Moritz Wohlrab von der „Aktion Deutschland hilft“ sagte, es sei in Deutschland ein falscher "
                       "Eindruck entstanden.")
    assert brief(found) == [("indirect", "es sei in Deutschland ein falscher Eindruck entstanden", "sagte",
                             "Moritz Wohlrab", "text")]


def test_laut_with_a_quoted_title(statements):
    found = statements("Die Rebellen beharren auf ihren Forderungen. Laut „tagesschau.de“ gehören auch politische "
                       "Posten zu den Forderungen der Rebellen.")
    assert brief(found) == [("indirect", "gehören auch politische Posten zu den Forderungen der Rebellen", "Laut",
                             "tagesschau.de", "text")]


def test_long_wie_frame_that_opens_its_clause(statements):
    found = statements("Die Tiere schlafen anders. Wie die Forscher um Yuka Sasaki im Fachjournal Current Biology "
                       "schreiben, bleibt während der Tiefschlafphase ein Netzwerk wach.")
    assert brief(found) == [("indirect", "bleibt während der Tiefschlafphase ein Netzwerk wach", "schreiben",
                             "die Forscher", "text")]
    found = statements("Das ist bekannt. Denn wie die „Bild“-Zeitung in der Ausgabe vom 17.12.2005 berichtete, leidet "
                       "Fred Delmare an der Nervenkrankheit Alzheimer.")
    assert brief(found) == [("indirect", "leidet Fred Delmare an der Nervenkrankheit Alzheimer", "berichtete", "Bild",
                             "text")]


def test_pronoun_subject_the_parse_hung_on_a_quoted_title(statements):
    found = statements("Al Huthi lebt im Exil. Außerdem hatte er laut „tagesschau.de“ kritisiert, dass sein "
                       "schiitischer Stamm diskriminiert werde.")
    assert brief(found) == [("indirect", "dass sein schiitischer Stamm diskriminiert werde", "kritisiert", "Al Huthi",
                             "pronoun")]
    assert found[0].via == "tagesschau.de"


def test_we_right_after_a_persons_statement_go_on_in_their_words(statements):
    # (an article without quotation marks, as 10kGNAD's; "wir" with no statement before is the author's)
    found = statements("Der Schlafforscher Dieter Riemann kennt die Studie. Seiner Meinung nach lassen sich daraus "
                       "Strategien zur Behandlung von Schlafstörungen entwickeln. Wir gehen ja davon aus, dass bei "
                       "chronischen Insomnien ein permanentes Hyperarousal vorliegt.")
    assert brief(found) == [
        ("indirect", "lassen sich daraus Strategien zur Behandlung von Schlafstörungen entwickeln", "Meinung",
         "Dieter Riemann", "pronoun"),
        ("direct", "Wir gehen ja davon aus, dass bei chronischen Insomnien ein permanentes Hyperarousal vorliegt",
         None, "Dieter Riemann", "carried")]
    assert statements("Die Wahl ist vorbei. Damit verlassen wir den Boden der Projektemacherei vollständig.") == ()


def test_speaker_named_in_the_genitive_is_named_in_the_nominative(statements):
    text = ("Im vergangenen Jahr ist die Zahl rechter Gewalttaten nach Angaben des Berliner Tagesspiegels drastisch "
            "gestiegen. Bei den Angriffen wurden demnach mindestens 691 Menschen verletzt.")
    found = statements(text)
    assert [(s.cue, s.speaker_name, s.speaker_basis) for s in found] == [
        ("Angaben", "Berliner Tagesspiegel", "text"), ("demnach", "Berliner Tagesspiegel", "carried")]
    assert text[found[0].speaker_start:found[0].speaker_end] == "des Berliner Tagesspiegels"
    assert [s.speaker_name for s in statements("Laut einer Meldung des Landespressedienstes sei die Zahl gestiegen.")] \
        == ["Landespressedienst"]
    assert [s.speaker_name for s in statements("Nach Angaben des SWR sei die Zahl gestiegen.")] == ["SWR"]


def test_act_on_a_claim_with_its_content_stays_one_statement(statements):
    found = statements("Der Kreml wies derweil eine Äußerung von US-Präsident Donald Trump zurück, Russland, China und "
                       "Nordkorea hätten sich gegen Washington verschworen.")
    assert [(s.kind, s.cue) for s in found] == [("indirect", "wies zurück")]


def test_quotes_speaker_noun_that_cannot_speak_gives_way_to_its_owner(statements):
    found = statements("Sandra Boser ist zufrieden. Das Fazit von Sandra Boser nach fünf Jahren überrascht daher "
                       "nicht: „Die hohen Anmeldezahlen zeigen, dass die Qualität stimmt.“")
    assert [(s.kind, s.speaker_name, s.speaker_basis) for s in found] == [("direct", "Sandra Boser", "text")]
    found = statements("Javier Solana bleibt ruhig. Seine Zuversicht gründet sich auf Erfahrungen mit der Türkeifrage: "
                       "„Entscheidungen sind immer erst in letzter Minute getroffen worden.“")
    assert [(s.kind, s.speaker_name, s.speaker_basis) for s in found] == [("direct", "Javier Solana", "pronoun")]


def test_quoted_predicate_after_als_is_the_subjects_judgement(statements):
    found = statements("Die Bundesregierung hatte den Bericht der New York Times umgehend als „falsch“ zurückgewiesen.")
    assert [(s.kind, s.text, s.speaker_name) for s in found] == [
        ("reported", "hatte den Bericht der New York Times umgehend als „falsch“ zurückgewiesen", "Die Bundesregierung"),
        ("direct", "falsch", "Die Bundesregierung")]
    (st,) = statements("Ein nicht genannter Vertreter der Firma bezeichnet ihre Investition von 5,57 Prozent am "
                       "Gesamtkapital als „strategisch“.")
    assert (st.kind, st.speaker_name) == ("direct", "Vertreter der Firma")
    (st,) = [s for s in statements("Milinkewitsch kritisierte die Handlungsweise Kozulins, der zum Sturm des Gefängnisses "
                                   "aufgerufen haben soll, als „Provokation, die der Staatsmacht gelegen kam“.")
             if s.kind == "direct"]
    assert st.speaker_name == "Milinkewitsch"


def test_name_before_an_apposition_the_parse_took_for_the_subject(statements):
    found = statements("Gerade noch dabei den Markt der Pkw umzukrempeln, sollen jetzt auch Nutzfahrzeuge folgen. Elon "
                       "Musk, der Milliardär hinter der Firma, kündigte einen Pick-up-Truck an, der in den nächsten 18 "
                       "bis 24 Monaten vorgestellt werden soll. In der Zukunft wolle man auch Busse und Lastwagen mit "
                       "Elektroantrieb produzieren.")
    assert brief(found) == [
        ("reported", "kündigte einen Pick-up-Truck an", "kündigte an", "Elon Musk", "text"),
        ("indirect", "In der Zukunft wolle man auch Busse und Lastwagen mit Elektroantrieb produzieren", None,
         "Elon Musk", "carried")]


# -- issue 17, a pile of 10kGNAD "International": acts that are no saying, channels, texts ----------------

@pytest.mark.parametrize("text", [
    "Ein Sondergericht sprach Wałęsa aber vor mehr als 15 Jahren von allen Spitzelvorwürfen frei.",
    "Das Gericht sprach der Mutter das Sorgerecht zu.",
    "Der Hersteller rief 20.000 Autos zurück.",
])
def test_particle_verb_of_a_speech_verb_that_means_no_saying(statements, text):
    assert statements(text) == ()


def test_particle_verb_with_a_content_clause_reports_it(statements):
    found = statements("Serbien sprach dem Kosovo zu, für sich selbst sprechen zu dürfen und Abkommen abschließen zu "
                       "können.")
    # (its speaker is the parse's subject, "dem Kosovo": a dative it took for the subject, not this rule's)
    assert [(s.kind, s.text, s.cue) for s in found] == [
        ("indirect", "für sich selbst sprechen zu dürfen und Abkommen abschließen zu können", "sprach")]


def test_demnach_with_a_frame_of_its_own_is_the_channel(statements):
    found = statements("Palästinenserpräsident Mahmud Abbas hat mit Netanyahu telefoniert. Die offizielle "
                       "palästinensische Nachrichtenagentur WAFA bestätigte das Gespräch. Demnach habe Abbas "
                       "erwidert, dass es wichtig sei, im nächsten Jahr eine Einigung zwischen den beiden Völkern "
                       "zu erreichen.")
    assert [(s.kind, s.text, s.cue, s.speaker_name, s.via) for s in found] == [
        ("reported", "bestätigte das Gespräch", "bestätigte", "WAFA", None),
        ("indirect", "dass es wichtig sei, im nächsten Jahr eine Einigung zwischen den beiden Völkern zu erreichen",
         "erwidert", "Abbas", "WAFA")]


def test_relative_pronoun_for_a_text_is_no_speaker(statements):
    found = statements("Die Republikaner verfehlten am Donnerstag die benötigte Mehrheit für einen Gesetzesentwurf, "
                       "der die internationale Vereinbarung ablehnen sollte. Sie hätten für ihr Vorhaben 60 der 100 "
                       "Stimmen benötigt.")
    assert [s.speaker_name for s in found] == []


def test_place_in_an_attributive_phrase_is_not_the_speakers_name(statements):
    found = statements("Wie die in London ansässige Syrische Beobachtungsstelle für Menschenrechte mitteilte, "
                       "bombardierten die russischen Kampfjets auch ein provisorisches Krankenhaus von Rebellen in der "
                       "zentralen Provinz Hama.")
    assert [(s.kind, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "mitteilte", "die in London ansässige Syrische Beobachtungsstelle")]
    found = statements("Der in Berlin lebende Autor Max Müller sagte, er sei zufrieden.")
    assert [(s.kind, s.text, s.speaker_name) for s in found] == [("indirect", "er sei zufrieden", "Max Müller")]


@pytest.mark.parametrize("text", [
    "Der Übergangsregierung sollen laut Verfassung Politiker aller im Parlament vertretenen Parteien angehören.",
    "Laut Gesetz müssen alle Hunde angeleint werden.",
])
def test_laut_with_a_legal_norm_is_no_statement(statements, text):
    assert statements(text) == ()


def test_laut_with_a_draft_still_credits_it(statements):
    found = statements("Laut dem Vertragsentwurf soll die Frist verlängert werden.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("indirect", "soll die Frist verlängert werden", "Laut", "dem Vertragsentwurf")]


@pytest.mark.parametrize("text", [
    "Der Verband sprach gegen den Spieler eine Sperre von drei Spielen aus.",
    "Das Gericht sprach eine Haftstrafe von drei Jahren aus.",
])
def test_aussprechen_with_a_penalty_is_no_statement(statements, text):
    assert statements(text) == ()


def test_aussprechen_with_a_message_stays_a_reported_act(statements):
    found = statements("Der Minister sprach eine Warnung vor Reisen in die Region aus.")
    assert [(s.kind, s.text, s.cue, s.speaker_name) for s in found] == [
        ("reported", "sprach eine Warnung vor Reisen in die Region aus", "sprach aus", "Der Minister")]


def test_article_less_genitive_after_a_source_noun_is_the_source(statements):
    found = statements("Bei Kämpfen zwischen Rebellengruppen in Syrien ist nach Angaben unabhängiger Experten Senfgas "
                       "eingesetzt worden. Die Chemikalie sei am 21. August bei Gefechten in Marea verwendet worden.")
    assert [(s.kind, s.cue, s.speaker_name, s.speaker_basis) for s in found] == [
        ("indirect", "Angaben", "unabhängiger Experten", "text"),
        ("indirect", None, "unabhängiger Experten", "carried")]



def test_passive_of_quoting_names_the_one_quoted_the_agent_relays(statements):
    found = statements("Ein Sprecher der Feuerwehr wird von der Nachrichtenagentur dpa mit den Worten zitiert, "
                       "das Feuer sei inzwischen unter Kontrolle.")
    assert brief(found) == [("indirect", "das Feuer sei inzwischen unter Kontrolle", "zitiert",
                             "Ein Sprecher der Feuerwehr", "text")]
    assert found[0].via == "dpa"
    found = statements("In der Zeitung wird der Minister zitiert, die Lage sei ernst.")
    assert brief(found) == [("indirect", "die Lage sei ernst", "zitiert", "der Minister", "text")]


def test_passive_without_agent_credits_the_report_it_is_said_in(statements):
    found = statements("Im Bericht wird kritisiert, dass die Regierung untätig sei.")
    assert brief(found) == [("indirect", "dass die Regierung untätig sei", "kritisiert", "Bericht", "text")]


def test_wie_frame_over_an_apposition_and_a_place(statements):
    found = statements("Wie Anna Berger, Sprecherin des Roten Kreuzes, in Genf mitteilte, hat die Regierung im "
                       "Erdbebengebiet nur vier Hubschrauber im Einsatz. Diese könnten täglich nur wenige Tonnen "
                       "Hilfsgüter transportieren.")
    assert brief(found) == [
        ("indirect", "hat die Regierung im Erdbebengebiet nur vier Hubschrauber im Einsatz", "mitteilte",
         "Anna Berger", "text"),
        ("indirect", "Diese könnten täglich nur wenige Tonnen Hilfsgüter transportieren", None, "Anna Berger",
         "carried")]


def test_channel_leaves_a_time_phrase_to_the_clause_and_names_the_role_by_its_closing_name(statements):
    text = ("Ob der Flughafen wieder öffnen kann, entscheidet sich laut dem Leiter der chilenischen "
            "Luftfahrtbehörde Carlos Medina in der kommenden Woche.")
    found = statements(text)
    assert brief(found) == [("indirect", text[:-1], "laut", "Carlos Medina", "text")]


def test_a_name_after_a_role_in_the_genitive_is_that_roles(statements):
    # ("ein Sprecher der Ministerin Anna Berger": the minister's spokesman, not the minister)
    found = statements("Die Lage sei ernst, sagte ein Sprecher der Ministerin Anna Berger am Montag.")
    assert brief(found) == [("indirect", "Die Lage sei ernst", "sagte", "ein Sprecher der Ministerin", "text")]


def test_a_subject_pronoun_stands_for_the_body_that_spoke_before_where_it_agrees(statements):
    found = statements("Anna Berger besuchte die Stadt. Die Gewerkschaften kritisierten den Plan. Sie forderten, "
                       "die Löhne zu erhöhen.")
    assert brief(found)[-1][3:] == ("Die Gewerkschaften", "pronoun")
    found = statements("Der Verband kritisierte den Plan. Er forderte, die Löhne zu erhöhen.")
    assert brief(found)[-1][3:] == ("Der Verband", "pronoun")
    # ("er" never stands for "die Regierung"; a person speaking since is the nearer antecedent)
    found = statements("Die Regierung kündigte neue Maßnahmen an. Er sagte, die Steuern würden sinken.")
    assert brief(found)[-1][3:] == (None, "pronoun")
    found = statements("Die Gewerkschaft kritisierte den Plan. Anna Berger sagte, sie sei enttäuscht. Sie forderte, "
                       "die Löhne zu erhöhen.")
    assert brief(found)[-1][3:] == ("Anna Berger", "pronoun")


def test_active_quoting_verbs_object_is_the_speaker(statements):
    found = statements("Wir haben uns Adele gesichert, die ohne Zweifel der größte Musikstar einer Generation ist, "
                       "zitierte die Sun am Montag eine interne Quelle bei Sony Music.")
    assert [(s.kind, s.speaker_name, s.speaker_basis) for s in found] == [("direct", "eine interne Quelle", "text")]
    found = statements("Wir haben uns Adele gesichert, zitierte die Sun.")
    assert [(s.kind, s.speaker_name) for s in found] == [("direct", "Sun")]


def test_genitive_speaker_phrase_in_the_nominative(statements):
    # (the phrase opens before the name; a head with a genitive of its own loses its ending, not the last noun)
    found = statements("Laut einer Aussendung des Landespressedienstes wurden im April 918 Interviews geführt.")
    assert [(s.kind, s.speaker_name) for s in found] == [("indirect", "Landespressedienst")]
    found = statements("Nach den Erkenntnissen des Leiters des öffentlichen Gesundheitsdienstes in den USA bleibt das "
                       "Rauchen die wichtigste Todesursache.")
    assert [(s.kind, s.speaker_name) for s in found] == [("indirect", "Leiter des öffentlichen Gesundheitsdienstes")]


def test_name_in_the_genitive_before_a_source_noun_is_the_persons_fullest_name(statements):
    # (the parse takes "Andrejews" for an adjective of "Worten"; a pronoun after it stands for the person)
    found = statements("Der Botschafter Sergej Andrejew gab ein Interview. Die Beziehungen sind nach Andrejews Worten "
                       "auf dem schlechtesten Stand seit 1945. Zudem warf er Polen Mitschuld am Krieg vor.")
    assert [(s.kind, s.cue, s.speaker_name, s.speaker_basis) for s in found] == [
        ("indirect", "Worten", "Sergej Andrejew", "text"),
        ("reported", "warf vor", "Sergej Andrejew", "pronoun")]


def test_pronoun_after_an_unnamed_role_stands_for_it(statements):
    found = statements("Es sei unklar, ob der Mast durch eine Explosion umgestürzt sei, sagte ein Behördensprecher "
                       "am Donnerstag in Kiew. Er kündigte eine schnellstmögliche Reparatur an.")
    assert [(s.kind, s.speaker_name, s.speaker_basis) for s in found] == [
        ("indirect", "ein Behördensprecher", "text"), ("reported", "ein Behördensprecher", "pronoun")]


def test_pronoun_after_a_definite_role_keeps_to_the_person_named(statements):
    # (a definite or possessive role stands for someone named before: no antecedent of its own)
    found = statements("Der Staatschef Alexander Lukaschenko hat sechs Häftlinge begnadigt. Seine Frau bestätigte, "
                       "der Politiker sei entlassen worden. Der Machthaber hatte erklärt, er werde erneut kandidieren.")
    assert [(s.cue, s.speaker_name) for s in found][-1] == ("erklärt", "Alexander Lukaschenko")
