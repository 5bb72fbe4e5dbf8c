"""Figures on real German news sentences (seed articles and agency style)."""
import re

import pytest

from chronik.extract.figures import extract_figures
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.demonyms import DEMONYM_DATA
from chronik.lang.de.numbers import NUMBER_LEXICON
from chronik.records import Mention, Timex


def figs(text, timexes=(), mentions=()):
    tokens = tokenize(text, ABBREVIATIONS)
    sentences = split_sentences(text, tokens)
    tx = []
    for phrase, value in timexes:
        m = re.search(re.escape(phrase), text)
        tx.append(Timex(start=m.start(), end=m.end(), text=phrase, type="DATE", value=value))
    tx.sort(key=lambda t: t.start)
    return extract_figures(text, tokens, sentences, tuple(tx), tuple(mentions), NUMBER_LEXICON, DEMONYM_DATA,
                           "2025-08-13")


def one(text, **kw):
    found = figs(text, **kw)
    assert len(found) == 1, found
    return found[0]


@pytest.mark.parametrize("text, low, high, bound, approx, vague, unit", [
    ("Pjöngjang entsandte 12'000 Soldaten nach Russland.", 12000, 12000, None, False, False, "Soldaten"),
    ("Die Armee verlor 10.000 Soldaten.", 10000, 10000, None, False, False, "Soldaten"),
    ("Waffen im Wert von mindestens 5,6 Milliarden Dollar wurden geliefert.", 5600000000, None, "lower", False,
     False, "Dollar"),
    ("Das Paket kostet 457 Millionen Euro.", 457000000, 457000000, None, False, False, "Euro"),
    ("Die Ukraine berichtet nun von zwei Kriegsgefangenen.", 2, 2, None, False, False, "Kriegsgefangenen"),
    ("Das Land hat zwölf Panzer geliefert.", 12, 12, None, False, False, "Panzer"),
    ("Tausende Nordkoreaner kämpfen für Russland gegen die Ukraine.", None, None, None, False, True,
     "Nordkoreaner"),
    ("Die Arbeitslosigkeit stieg auf 5,6 Prozent.", 5.6, 5.6, None, False, False, "Prozent"),
    ("Die Inflation lag bei 3 %.", 3, 3, None, False, False, "%"),
    ("Nordkorea hat zwischen 10.000 und 12.000 Soldaten nach Russland entsandt.", 10000, 12000, None, False,
     False, "Soldaten"),
    ("Sie wurden um 3.000 bis 4.000 Mann verstärkt.", 3000, 4000, None, False, False, "Mann"),
    ("Hilfe im Wert von 457 Millionen bis maximal 1,2 Milliarden Dollar.", 457000000, 1200000000, None, False,
     False, "Dollar"),
    ("Es waren 3 bis 4 Millionen Menschen auf der Flucht.", 3000000, 4000000, None, False, False, "Menschen"),
    ("Nach westlichen Angaben wurden mehr als 10.000 Nordkoreaner nach Kursk geschickt.", 10000, None, "lower",
     False, False, "Nordkoreaner"),
    ("Über 500 Menschen wurden evakuiert.", 500, None, "lower", False, False, "Menschen"),
    ("Es gab bis zu 500 Verletzte.", None, 500, "upper", False, False, "Verletzte"),
    ("Weniger als 100 Personen kamen.", None, 100, "upper", False, False, "Personen"),
    ("Knapp 600 Menschen starben.", None, 600, "upper", True, False, "Menschen"),
    ("Rund 12.000 Soldaten kämpfen an der Front.", 12000, 12000, None, True, False, "Soldaten"),
    ("Schätzungsweise 2000 Nordkoreaner wurden getötet.", 2000, 2000, None, True, False, "Nordkoreaner"),
    ("Der Konzern zahlt 200 Fr. Prämie.", 200, 200, None, False, False, "Fr."),
    ("Gold im Wert von 15.000€ zu gewinnen.", 15000, 15000, None, False, False, "€"),
])
def test_number_forms(text, low, high, bound, approx, vague, unit):
    f = one(text)
    assert (f.low, f.high, f.bound, f.approx, f.vague, f.unit) == (low, high, bound, approx, vague, unit)
    assert type(f.low) is type(low)


@pytest.mark.parametrize("text", [
    "Japan hatte am 15. August 1945 im Zweiten Weltkrieg kapituliert.",
    "Machthaber Kim Jong Un (41) ist keine Ausnahme.",
    "Sie besuchte Nordkorea anlässlich des 80. Jahrestags der Befreiung Koreas.",
    "Von afp 15.08.2025 - 16:38 Uhr",
    "Die Sitzung beginnt um 20 Uhr.",
    "Salzburg gewann das Spiel 2:1.",
    "Laut Artikel 5 des Nato-Vertrags gilt die Beistandspflicht.",
    "Der 27-Jährige wurde festgenommen.",
    "Im Jahr 2015 kamen viele Menschen.",
    "Er wurde 1945 geboren.",
    "Julian Brandt (54.), Karim Bellarabi (56.) und Chicharito (60.) trafen für Bayer.",
    "Im teureren Produkt sind Sender wie MTV oder Eurosport 2 inkludiert.",
    "Das Gerät ist 144 x 75,2 x 8,9 mm groß.",
    "4) Genie an den Tasten: ein Porträt.",
    "Der Zweite lag 12,5 Sek. zurück.",
])
def test_non_figures(text):
    assert figs(text) == ()


def test_number_inside_timex_is_not_a_figure():
    text = "Die Parade erinnerte an das Ende des Zweiten Weltkriegs in Asien vor 80 Jahren."
    assert figs(text, timexes=[("vor 80 Jahren", "1945")]) == ()
    assert figs("Er war drei Tage lang unterwegs.") == ()


@pytest.mark.parametrize("text, attribution", [
    ("Etwa 600 Nordkoreaner wurden nach südkoreanischen Angaben getötet.", "nach südkoreanischen Angaben"),
    ("Bisher sind laut CNN mehr als 6000 nordkoreanische Soldaten im Konflikt gefallen.", "laut CNN"),
    ("Schätzungen zufolge sollen rund 12.000 Soldaten aus Nordkorea an vorderster Front kämpfen.",
     "Schätzungen zufolge"),
    ("Sie wurden nach Informationen Südkoreas um 3.000 bis 4.000 Mann verstärkt.", "nach Informationen Südkoreas"),
    ("Nordkorea soll laut einer Analyse aus Südkorea Waffen im Wert von mindestens 5,6 Milliarden Dollar "
     "geliefert haben.", "laut einer Analyse aus Südkorea"),
    ("Die Ukraine berichtet nun von zwei Kriegsgefangenen.", "Ukraine"),
    ("Nach Angaben der Polizei wurden 14 Menschen verletzt.", "Nach Angaben der Polizei"),
    ("Dem Bericht zufolge starben 40 Menschen.", "Dem Bericht zufolge"),
    ("Das Gesundheitsministerium meldete 120 Tote.", "Gesundheitsministerium"),
    ("Bei dem Unfall wurden 3 Menschen verletzt.", None),
    # a document named with its determiner covers the main clause after its relative clause
    ("Laut dem Bericht, der dem STANDARD vorliegt, fehlen 200 Millionen Euro.", "Laut dem Bericht"),
    # a genitive name of two words before "zufolge"
    ("Einer Studie der Universität Wien zufolge sind 20 Prozent der Kinder betroffen.",
     "Einer Studie der Universität Wien zufolge"),
    # nouns of counting and surveying after "nach"
    ("Nach einer Hochrechnung von SORA kommt die SPÖ auf 35 Prozent.", "Nach einer Hochrechnung von SORA"),
    # a capitalized adjective opening the sentence: the phrase starts at the noun, not inside the word
    ("Ersten Schätzungen zufolge entstand ein Schaden von 2 Millionen Euro.", "Schätzungen zufolge"),
    # a verb before the determiner is no adjective of the phrase (10kGNAD test, row 486)
    ("Die meisten unpassend Beschenkten gehen der Umfrage zufolge aber immer noch in das Geschäft: Mehr als "
     "jeder Zweite (68 Prozent) sagte, er mache dies.", "der Umfrage zufolge"),
    # a source noun compounded with who gives it
    ("In den ersten 20 Tagen dieses Jahres sind nach Uno-Angaben schon mehr als 35.450 Migranten aus der Türkei "
     "nach Griechenland gekommen.", "nach Uno-Angaben"),
    ("Dabei wurden nach Armeeangaben zwölf Soldaten getötet.", "nach Armeeangaben"),
    # a genitive plural without article names who gives it
    ("Sie sollen nach Angaben lokaler Medien mehr als 100 Kämpfer verfeindeter Milizen getötet haben.",
     "nach Angaben lokaler Medien"),
    # the owner after the noun, opened by a genitive-only article, two deep
    ("Nach Angaben eines Polizeisprechers wurden 20 Menschen verletzt.", "Nach Angaben eines Polizeisprechers"),
    ("Dabei wurden nach Angaben eines Sprechers des Ministeriums 300 Anträge gestellt.",
     "nach Angaben eines Sprechers des Ministeriums"),
    # without the parse "der" may open the subject: it stays out
    ("Demnach hat laut Polizei der Fahrer drei Autos gerammt.", "laut Polizei"),
])
def test_attribution_forms(text, attribution):
    assert one(text).attribution == attribution


def test_attribution_prefers_entity_mention():
    text = "Das sagte die Agentur Reuters: 50 Menschen starben."
    assert figs(text)[0].attribution is None or "Reuters" in figs(text)[0].attribution
    text = "Laut der nordkoreanischen Nachrichtenagentur KCNA kamen 20 Soldaten."
    assert one(text).attribution == "Laut der nordkoreanischen Nachrichtenagentur KCNA"


def test_seed_sentence_deployed_with_time_and_subject():
    text = ("Nach westlichen Angaben hat Nordkorea im Herbst 2024 zwischen 10.000 und 12.000 Soldaten nach "
            "Russland entsandt, um Moskau im Krieg gegen die Ukraine zu unterstützen.")
    f = one(text, timexes=[("im Herbst 2024", "2024-FA")])
    assert (f.low, f.high, f.counted, f.predicate, f.subject, f.attribution, f.time) == (
        10000, 12000, "soldiers", "deployed", "Nordkorea", "Nach westlichen Angaben", "2024-FA")
    assert f.text == "zwischen 10.000 und 12.000 Soldaten"


def test_capital_names_the_subject_and_time_stays_in_clause():
    f = one("Der Hintergrund: Pjöngjang entsandte im letzten Jahr 12'000 Soldaten nach Russland, um den Kreml "
            "zu unterstützen.", timexes=[("im letzten Jahr", "2024")])
    assert (f.subject, f.predicate, f.time) == ("Nordkorea", "deployed", "2024")
    f = one("Nach westlichen Angaben wurden mehr als 10.000 Nordkoreaner nach Kursk geschickt, wo die Ukraine im "
            "vergangenen Jahr ein Territorium besetzt hatte.", timexes=[("im vergangenen Jahr", "2024")])
    assert f.time is None and f.subject == "Nordkorea"


def test_demonym_counted_noun_is_soldiers_in_a_military_article():
    text = ("Die Soldaten der Armee kämpfen an der Front. Etwa 600 Nordkoreaner wurden nach südkoreanischen "
            "Angaben getötet und Tausende verletzt.")
    a, b = figs(text)
    assert (a.low, a.counted, a.predicate, a.subject) == (600, "soldiers", "killed", "Nordkorea")
    assert (b.vague, b.low, b.unit, b.predicate, b.subject) == (True, None, "Nordkoreaner", "wounded", "Nordkorea")
    civil = one("Etwa 600 Touristen aus Japan wurden gerettet.")
    assert civil.subject == "Japan"
    assert one("Etwa 600 Nordkoreaner reisten nach Moskau.").counted == "people"


def test_predicates_promised_worth_increment():
    f = one("Und im Juli 2025 versprach Nordkorea weitere 30'000 Soldaten für den russischen Krieg.",
            timexes=[("im Juli 2025", "2025-07")])
    assert (f.predicate, f.subject, f.time, f.low) == ("promised", "Nordkorea", "2025-07", 30000)
    f = one("Ausserdem soll Nordkorea laut einer Analyse aus Südkorea Waffen im Wert von mindestens 5,6 "
            "Milliarden Dollar an Russland geliefert haben.")
    assert (f.predicate, f.counted, f.subject) == ("worth", "USD", "Nordkorea")
    f = one("Die Preise sind um 5 Prozent gestiegen.")
    assert f.predicate == "increased"


def test_subject_from_mention():
    text = "Siemens streicht 2.000 Stellen."
    m = Mention(start=0, end=7, text="Siemens", label="ORG")
    assert one(text, mentions=[m]).subject == "Siemens"


def test_measure_unit_and_start_of_year():
    assert one("Hayböck segelte im Finale mit 129 m noch ganz nach oben.").unit == "m"
    text = "Bei Gefechten waren Anfang des Jahres schätzungsweise 2000 Nordkoreaner getötet worden."
    t = Timex(start=text.index("Anfang"), end=text.index(" schätzungsweise"), text="Anfang des Jahres",
              type="DATE", value="2025", mod="START")
    tokens = tokenize(text, ABBREVIATIONS)
    (f,) = extract_figures(text, tokens, split_sentences(text, tokens), (t,), (), NUMBER_LEXICON, DEMONYM_DATA,
                           "2025-09-03")
    assert (f.time, f.approx, f.low) == ("2025-H1", True, 2000)


def test_reporting_frame_picks_the_subject_not_the_object():
    f = one("Der Hersteller Lockheed Martin beziffert den Stückpreis auf mehr als 140 Millionen Dollar.")
    assert f.attribution == "Hersteller Lockheed Martin" and f.low == 140000000 and f.bound == "lower"
    f = one("Agrarlandesrat Hans Seitinger (ÖVP) bezifferte den Schaden auf bis zu 200 Millionen Euro.")
    assert f.attribution == "Agrarlandesrat Hans Seitinger"


# -- attribution over the parse and the paragraph (the whole pipeline, language core included) ------------
def _pipeline_figures(toolkit, text):
    """The figures of ``text`` through the whole per-article pipeline (published 2016-01-15)."""
    from chronik.ids import article_id
    from chronik.pipeline import analyze
    from chronik.records import Article

    article = Article(id=article_id(text), source="test", title=None, published="2016-01-15", authors=(),
                      agencies=(), language="de", outlet=None, text=text)
    return analyze(article, toolkit).figures


@pytest.fixture(scope="module")
def analysed(toolkit):
    return lambda text: {f.text: f.attribution for f in _pipeline_figures(toolkit, text)}


@pytest.mark.parametrize("text, figure, source", [
    # passive agent of a frame verb
    ("Der Schaden wurde von der Versicherung auf 300.000 Euro beziffert.", "300.000 Euro", "der Versicherung"),
    # trailing frames: the subject follows the verb after the comma
    ("Es seien mindestens 300 Menschen gewesen, vermutet der Sachverständige.", "mindestens 300 Menschen",
     "der Sachverständige"),
    ("Zwei Redakteure seien am Montag festgenommen worden, berichtete die Zeitschrift Nokta.", "Zwei Redakteure",
     "Zeitschrift Nokta"),
    ("Die Finanzierungsrunde brachte insgesamt 526 Millionen Dollar ein, wie die schwedische Firma am Mittwoch "
     "bestätigte.", "526 Millionen Dollar", "Firma"),
    # a source phrase of "hervorgehen aus"
    ("Der Index kletterte auf 54,1 Punkte, wie aus einer Umfrage des Markit-Instituts hervorgeht.",
     "54,1 Punkte", "einer Umfrage des Markit-Instituts"),
    ("Der Einkaufsmanagerindex kletterte im Juni um 0,5 auf 54,1 Punkte, wie am Dienstag aus einer Umfrage des "
     "Markit-Instituts hervorgeht.", "54,1 Punkte", "einer Umfrage des Markit-Instituts"),
    # "nach Angaben von" a name of two words (the recognizer's mention)
    ("Nach Angaben von Amnesty International wurden 300 Menschen festgenommen.", "300 Menschen",
     "Nach Angaben von Amnesty International"),
    # "laut" with a role noun before a name, and with an adjective of a place
    ("Laut Stadtpolizeikommandant Kurt Kemeter rammte der Wagen zwei Personen.", "zwei Personen",
     "Laut Stadtpolizeikommandant Kurt Kemeter"),
    ("Die Umetikettierung hat sich laut Zentraler Staatsanwaltschaft gelohnt: Der Angeklagte verkaufte "
     "17.400 Ampullen.", "17.400 Ampullen", "laut Zentraler Staatsanwaltschaft"),
    # "X zufolge" in the sentence before, "demnach" in the figure's sentence
    ("Dem türkischen Militär zufolge wurden zwei Soldaten getötet. 31 weitere wurden demnach verletzt.", "31",
     "Dem türkischen Militär zufolge"),
    # indirect speech (Konjunktiv) after a frame in the sentence before
    ("Die Folgen wären gering, sagte der Ökonom Christian Kesberg. Die Wirtschaftsleistung werde nur um 0,05 "
     "Prozent sinken.", "um 0,05 Prozent", "Christian Kesberg"),
    # indirect speech after a colon: the subject before it, with the name set off by commas
    ("Der Anwalt der Steuerberaterin, Norbert Wess, sieht kein Motiv: Für die Steuererklärung habe sie "
     "2.500 Euro bekommen.", "2.500 Euro", "Der Anwalt der Steuerberaterin, Norbert Wess"),
    # inside a direct quote: its speaker, though the frame is a sentence later
    ("„Wir haben im vergangenen Jahr 300 neue Stellen geschaffen. Das ist ein Rekord“, sagte Firmenchef Hans "
     "Müller am Montag.", "300 neue Stellen", "Hans Müller"),
    # a frame in the next sentence that covers this one
    ("Im Hafen von Piräus sind rund 4.800 Migranten angekommen. Dies teilte die Küstenwache mit.",
     "rund 4.800 Migranten", "die Küstenwache"),
    # ... with the particle of "bekanntgeben" read by the parser as an adjective
    ("Die Arbeitslosigkeit stieg im Mai auf 9,2 Prozent. Das gab das AMS am Montag bekannt.", "9,2 Prozent",
     "das AMS"),
    # a frame in the next sentence whose source went on ("weiter") covers this one (10kGNAD test, row 462)
    ("Rund 200 Insulaner protestierten, weil das Militär nicht eingesetzt wird, um die gewaltige "
     "Flüchtlingswelle aus der Türkei zu stoppen. Zudem bringt die Regierung nach ihrer Ansicht die Migranten "
     "nicht schnell genug zum Festland, wie örtliche Medien weiter berichteten.", "Rund 200 Insulaner",
     "örtliche Medien"),
    # a "wie" frame clause that opens the sentence
    ("Wie aus einer Anfragebeantwortung des Innenministeriums hervorgeht, wurden 400 Anzeigen erstattet.",
     "400 Anzeigen", "einer Anfragebeantwortung des Innenministeriums"),
    # the verbless trailing frame "..., so X" (10kGNAD test, row 280)
    ("Dann werden 30,6 Exabytes pro Monat verbraucht, so Schuster.", "30,6 Exabytes", "Schuster"),
    # a noun of stating with its owner, the number in its content (10kGNAD test, row 920)
    ("Entzündet hatte sich der Konflikt an der Ankündigung des Unternehmens, Tausende unbefristete Stellen zu "
     "schaffen – allerdings in 49 neuen Gesellschaften, für die niedrigere Löhne gelten als im Konzern.",
     "Tausende unbefristete Stellen", "Ankündigung des Unternehmens"),
    # "nach eigenen Angaben": the subject of the clause gives it (10kGNAD test, rows 144 and 366)
    ("Dieser Tage zählt das Innenministerium nach eigenen Angaben pro Tag 300 bis 450 Asylanträge und etwa "
     "5.000 bis 8.000 Transitflüchtlinge.", "300 bis 450 Asylanträge", "das Innenministerium"),
    ("Nokta erscheint nach eigenen Angaben mit einer Auflage von 10.000 Exemplaren wöchentlich.",
     "10.000 Exemplaren", "Nokta"),
    # "zählen" of a count that is no membership: the counter is the source
    ("Die Veranstalter sprachen von 10.000 Teilnehmern, die Polizei zählte 4.000.", "4.000", "die Polizei"),
    # "Das entspricht ...": the figure before restated keeps its source (10kGNAD test, row 958)
    ("Nach dem Bericht der Welternährungsorganisation, der am Montag von da Silva und Südafrikas Präsident "
     "Jacob Zuma bei einem Kongress in Durban vorgestellt werden sollte, gab es 2015 noch 3,999 Milliarden "
     "Hektar Wald auf der Welt. Das entspricht 30,6 Prozent der Landfläche des Planeten.", "30,6 Prozent",
     "Nach dem Bericht der Welternährungsorganisation"),
    # indirect speech running on for three sentences in Konjunktiv I; the name set off after the role
    # (10kGNAD test, row 784)
    ("Ein Obdach ist für Flüchtlinge der Grundstein zum Überleben und sollte als nicht verhandelbares "
     "Menschenrecht gesehen werden, erklärte der UNO-Hochkommissar für Flüchtlinge, Filippo Grandi. Dies "
     "könne ein einfaches Haus, ein Zelt oder wenigstens eine Plane sein. Das UNHCR müsse jedes Jahr rund "
     "70.000 Zelte und zwei Millionen Planen beschaffen. Ohne Aufstockung der Mittel sei fast jeder achte der "
     "derzeit mehr als 15 Millionen Menschen in der Obhut des UNHCR – vor allem in Afrika und im Nahen Osten – "
     "von Obdachlosigkeit bedroht.", "mehr als 15 Millionen Menschen", "Filippo Grandi"),
    # the name after a role and its genitive (10kGNAD test, row 142)
    ("Die vier Projektpartner tragen mit jeweils 200.000 Euro pro Jahr zu dem neuen Zentrum bei: jeweils "
     "40.000 Euro in bar sowie 160.000 Euro in Form von zwei Laufbahnstellen für einen Senior- und einen "
     "Junior-Wissenschafter, sagte der wissenschaftliche Geschäftsführer des AIT, Wolfgang Knoll, zur APA.",
     "40.000 Euro", "Wolfgang Knoll"),
    # "meinen" and "bezweifeln" as frames; the party in brackets is no part of the source (10kGNAD test,
    # rows 266 and 582)
    ("Faymann meinte, dass derzeit ohnehin weniger Flüchtlinge – zuletzt rund 1.000 pro Tag in Spielfeld – "
     "kämen.", "rund 1.000", "Faymann"),
    ("Wien – Bundeskanzler Werner Faymann (SPÖ) bezweifelt, dass die elf Registrierungszentren für Migranten "
     "in Italien und Griechenland, sogenannte Hotspots, wie geplant bis Ende November einsatzbereit sind.",
     "elf Registrierungszentren", "Bundeskanzler Werner Faymann"),
    # the dateline before the dash is no subject of the frame (10kGNAD test, row 966)
    ("Wien – Rasend optimistisch waren die Wirtschaftsforscher schon bisher nicht: Das Wifo rechnete zuletzt "
     "für 2016 mit einem Wachstum von 1,4 Prozent, das IHS mit 1,6 Prozent.", "1,4 Prozent", "Das Wifo"),
    # a frame verb in second place with a bare name after it, where the parse fails after a colon
    # (10kGNAD test, row 144)
    ("Die aktuellsten die EU betreffenden Migrationszahlen liegen erst für April bis Juni vor: In diesem "
     "Zeitraum registrierte Eurostat 213.000 Asylerstanträge in den EU-Staaten – 15 Prozent mehr als im ersten "
     "Quartal und plus 85 Prozent im Vergleich zum gleichen Zeitraum des Vorjahres.", "15 Prozent", "Eurostat"),
    # "wie X weiter mitteilte" covering the sentence before, the time hung on the source left out
    # (10kGNAD test, row 378)
    ("Zum Vergleich: In den ersten drei Monaten des Vorjahres waren knapp 12.500 Menschen gekommen. 38 Prozent "
     "der Asylsuchenden sind Minderjährige und 22 Prozent Frauen, wie das UN-Hilfswerk am Dienstag weiter "
     "mitteilte.", "knapp 12.500 Menschen", "das UN-Hilfswerk"),
    # a noun of stating right before a colon (10kGNAD test, row 114)
    ("Dass die anderen Parteien strikt gegen Neuwahlen sind, liegt nicht zuletzt an den Umfragen: Die ÖVP "
     "könnte trotz Landeshauptmannbonus mit 29 Prozent ihr Ergebnis von 2013 bestenfalls halten.",
     "29 Prozent", "Umfragen"),
    # published numbers with their owner before the figure (10kGNAD test, row 74) ...
    ("In Zahlen des Innenministeriums ausgedrückt: Im ersten Wahlgang beantragten 160.725 in der Hauptstadt "
     "Geborene eine Wahlkarte, aber nur 17.588 Pannonier.", "17.588 Pannonier", "Zahlen des Innenministeriums"),
    # ... or in the sentence before, which gives no number of its own (10kGNAD test, row 826)
    ("Bisher haben nur wenige Smartphones ein Update auf Marshmallow erhalten, und dies schlägt sich auch in "
     "den offiziellen Zahlen von Google nieder. Aktuell läuft Android 6.0 erst auf 1,2 Prozent aller "
     "Android-Geräte.", "1,2 Prozent", "Zahlen von Google"),
    # "nach eigenen Angaben": the subject, not the dateline the parser hung on the verb (10kGNAD test, row 818)
    ("Köln – Nach den massiven Übergriffen am Silvesterabend in Köln haben die Ermittler nach eigenen Angaben "
     "mindestens drei mutmaßliche Täter identifiziert.", "mindestens drei mutmaßliche Täter", "die Ermittler"),
    # a "wie" clause hung on a verb coordinated with the figure's clause (10kGNAD test, row 228)
    ("87 Menschen sind im neuen Jahr bereits im Mittelmeer ertrunken oder werden vermisst, wie das "
     "Uno-Flüchtlingshochkommissariat UNHCR am Donnerstag weiter mitteilte.", "87 Menschen",
     "das Uno-Flüchtlingshochkommissariat UNHCR"),
    # an amount converted in parentheses keeps the source of the amount (10kGNAD test, row 410)
    ("AlphaGo wurde bei der britischen Firma DeepMind entwickelt, die Google vor gut zwei Jahren gekauft hatte, "
     "laut Medienberichten für 500 Millionen Dollar (450,86 Mio. Euro).", "450,86 Mio. Euro",
     "laut Medienberichten"),
    # a trailing "wie" clause read from the words where the parser hangs it on a noun
    ("Mindestens 40 Menschen kamen ums Leben, wie die Behörden mitteilten.", "Mindestens 40 Menschen",
     "die Behörden"),
    # the object of "unter Berufung auf" is no subject; the time ends the source phrase
    ("Bei dem Anschlag starben 12 Menschen, wie die Nachrichtenagentur Reuters am Montag unter Berufung auf die "
     "Polizei berichtete.", "12 Menschen", "die Nachrichtenagentur Reuters"),
    # a passive participle the parser tags as an adjective
    ("Die Zahl der Flüchtlinge wurde von der UNO mit 4,8 Millionen angegeben.", "4,8 Millionen", "der UNO"),
    # "demnach" after a sentence with no frame verb: its subject
    ("Die Polizei zog am Montag Bilanz. Demnach wurden 14 Menschen verletzt.", "14 Menschen", "Die Polizei"),
    # unmarked direct speech goes on after "..., so X." where the next sentence has an editor's note
    # of a quote or the first person (10kGNAD test, row 782)
    ("Es könne nicht die Lösung sein, dass drei Staaten den Großteil der Flüchtlinge aufnehmen: Das geht so "
     "nicht weiter, so Faymann. Bei 500 Millionen Menschen (innerhalb der EU, Anm.) schaut die Zahl gleich viel "
     "kleiner aus.", "500 Millionen Menschen", "Faymann"),
    ("Die Lage sei ernst, sagte der Bürgermeister Hans Huber. Wir haben 300 Flüchtlinge aufgenommen.",
     "300 Flüchtlinge", "Hans Huber"),
    # a name after "in" is no subject of the frame verb after it (10kGNAD test, row 8)
    ("An Bord des Hubschraubers waren zwei Piloten und ein Ingenieur aus Moldau, wie der moldauische "
     "Regierungschef Gheorghe Brega vor Journalisten in Chisinau sagte.", "zwei Piloten",
     "der moldauische Regierungschef Gheorghe Brega"),
    # "hieß es von" names who said it
    ("Der Schaden dürfte sich auf 2 Millionen Euro belaufen, hieß es von Seiten der Polizei.", "2 Millionen Euro",
     "Seiten der Polizei"),
    # a "wie" clause opening the sentence, its addressee ("dem STANDARD") no subject
    ("Wie Innenminister Sobotka dem STANDARD sagte, kamen 300 Menschen.", "300 Menschen", "Innenminister Sobotka"),
    # "Demnach" after a colon: the subject of the clause before it, not the dative of the sentence before
    # (10kGNAD test, row 484)
    ("Den Ländern wird wegen der Zusatzbelastung erlaubt, ein Defizit zu schreiben. Im Stabilitätsprogramm "
     "schlüsselt das Finanzministerium die Auswirkungen der Flüchtlingskrise auf den gesamten Staatshaushalt auf "
     "(siehe Tabelle): Demnach sind die Gesamtkosten von 442 Millionen Euro im Jahr 2014 im Vorjahr auf 757 "
     "Millionen Euro angestiegen.", "757 Millionen Euro", "das Finanzministerium"),
    # "ausgehen von" as a frame of estimating
    ("Experten gehen von 300 Toten aus.", "300 Toten", "Experten"),
    # a relative clause of "zufolge": the noun before its comma (10kGNAD test, row 508)
    ("Er verwies auf eine Umfrage eines russischen Instituts, derzufolge sich 93 Prozent der Bewohner der Krim "
     "gegen ein Abkommen ausgesprochen hätten.", "93 Prozent", "eine Umfrage eines russischen Instituts"),
    # "heißen aus" with the preposition hung on the genitive before the noun (10kGNAD test, row 430)
    ("Aus Fischers Büro hatte es danach jedoch geheißen, Fico habe sich zur Aufnahme der 500 Flüchtlinge aus "
     "Traiskirchen in Gabčíkovo bekannt.", "500 Flüchtlinge", "Fischers Büro"),
    # a pronoun subject matched by pattern stands for the person named before
    ("Der Minister Hans Huber war sehr zufrieden. Er sagte, zu 99 Prozent stimme alles.", "99 Prozent",
     "Hans Huber"),
    # a dateline of two words is no subject (10kGNAD test, row 176)
    ("St. Pölten – Noch vor dem Beschluss des neuen Gesetzes im Landtag haben die Klubobleute Klaus "
     "Schneeberger (ÖVP) und Alfredo Rosenmaier (SPÖ) am Donnerstag eine Änderung bei der Zuteilung von sechs "
     "der 21 Gemeinden verkündet.", "21 Gemeinden", "die Klubobleute Klaus Schneeberger"),
    # the passive agent, though the parser hung the amount on it
    ("Der Schaden wurde von Experten auf 2 Mrd. Euro beziffert.", "2 Mrd. Euro", "Experten"),
    # a comment clause of a bare participle is a passive without its auxiliary
    ("Bei dem Brand wurden 12 Menschen verletzt, wie von der Polizei mitgeteilt.", "12 Menschen",
     "der Polizei"),
    # a figure inside a direct quote belongs to the quote's speaker, not to a phrase outside the quote
    ("Laut Polizei sagte der Zeuge: „Ich habe 20 Schüsse gehört.“", "20 Schüsse", "der Zeuge"),
    # Konjunktiv I of a full verb ("reise") carries the speaker on
    ("Bis zu 3.000 Menschen kommen täglich an, sagte der Innenminister Hans Berger am Freitag. Der Großteil "
     "reise sofort weiter. Seit Jahresbeginn seien 80.000 Menschen durch das Land gereist.", "80.000 Menschen",
     "Hans Berger"),
    # ... and makes indirect speech after a colon
    ("Die Opposition führt ein Argument ins Treffen: Die Firma zahle kaum Steuern, 300 Arbeitsplätze seien "
     "gefährdet.", "300 Arbeitsplätze", "Die Opposition"),
    # a genitive name before the noun it owns, after a frame verb in second place
    ("Die Chance auf den Titel bezifferte Deutschlands bester Tennisspieler mit 30 Prozent.", "30 Prozent",
     "Deutschlands bester Tennisspieler"),
    # "so X weiter": the adverb is no part of the source
    ("Es war eine spontane Idee, so die Firmengründer weiter. Man habe hunderte Anfragen beantwortet.",
     "hunderte Anfragen", "die Firmengründer"),
    # a question word the recognizer takes for a name is no antecedent of "er"
    ("Was die Preise betrifft, rechnet Martin Keller von der Universität Graz mit einem Anstieg. Wieso? Er "
     "erklärt es am Beispiel Zinn. In Europa sei der Bedarf gedeckt, dort komme man auf etwa 200 Kilo pro Kopf.",
     "etwa 200 Kilo", "Martin Keller"),
    # "argumentieren" as a frame verb, carried on by Konjunktiv I
    ("Das Urteil mache aus den Firmen ein Niemandsland, argumentieren die Anwälte. Damit seien die 4.000 "
     "Beschäftigten vom Wohlwollen der Banken abhängig.", "4.000 Beschäftigten", "die Anwälte"),
    # "demnach" after a sentence that itself reports in Konjunktiv: the source further back, not the
    # passive subject of that sentence
    ("Bei einem Angriff wurden nach Angaben der Beobachtungsstelle 25 Rebellen getötet. Bei den Kämpfen seien "
     "auch neun Soldaten getötet worden. Unter den Toten waren demnach auch drei Kommandanten.",
     "drei Kommandanten", "nach Angaben der Beobachtungsstelle"),
    # the addressee after a trailing frame's subject is no part of the source
    ("Viele Flüchtlinge hätten Arbeit gefunden, schildert eine Lehrerin dem Standard. Im Stadtsaal habe eine "
     "Diskussion mit 600 Zuhörern stattgefunden.", "600 Zuhörern", "eine Lehrerin"),
    # the particle of "mitteilen" hung by the parser on a later word
    ("Ziel ist eine Fortführung der Firma mit knapp 300 Dienstnehmern. Das teilte das Unternehmen am Dienstag "
     "via Aussendung mit.", "knapp 300 Dienstnehmern", "das Unternehmen"),
    # a listed Konjunktiv form the tagger takes for a noun still carries the source on
    ("Mildernd wirkte sich laut BWB der geringe Marktanteil beider Unternehmen aus. Dieser liege unter sieben "
     "Prozent.", "unter sieben Prozent", "laut BWB"),
    # a clause placed in a survey with its owner, and "demnach" after it
    ("In einer am Montag veröffentlichten Umfrage des Branchenverbandes Eco sagten 25 Prozent der Befragten, sie "
     "würden Geschenke verkaufen. Vor allem Jüngere wählen demnach diesen Weg: Bei den Jungen sind es 41 "
     "Prozent.", "41 Prozent", "Umfrage des Branchenverbandes Eco"),
    ("Bei der AMS-Erhebung lag diese Quote bei fünf Prozent.", "fünf Prozent", "AMS-Erhebung"),
    # circles of informants, and Konjunktiv I after them
    ("In ägyptischen Justizkreisen war jedoch von acht getöteten Touristen die Rede. Zehn Menschen seien zudem "
     "verletzt worden.", "Zehn Menschen", "ägyptischen Justizkreisen"),
    # "Die Angaben der X" in the next sentence: the statements just made
    ("Bei Kämpfen in der Region starben 25 Menschen. Die Angaben der den Rebellen nahestehenden "
     "Beobachtungsstelle lassen sich kaum überprüfen.", "25 Menschen",
     "Angaben der den Rebellen nahestehenden Beobachtungsstelle"),
    # a comma that closes the subject's apposition makes no trailing frame; Konjunktiv I goes on after it
    ("Der Sprecher der Feuerwehr, Hans Berger, sagte am Montag: Das Feuer ist gelöscht. Insgesamt seien 40 "
     "Einsatzkräfte vor Ort gewesen.", "40 Einsatzkräfte", "Der Sprecher der Feuerwehr, Hans Berger"),
    # the source phrase of "verlauten aus", "heißen seitens", "hervorgehen aus" where the parser hung it
    # elsewhere
    ("Wie aus Regierungskreisen verlautete, sollen 500 Stellen wegfallen.", "500 Stellen", "Regierungskreisen"),
    ("Der Schaden wird auf rund 300.000 Euro geschätzt, hieß es seitens der Versicherung.", "rund 300.000 Euro",
     "der Versicherung"),
    ("Die Zahl der Arbeitslosen ist im Mai auf 400.000 gestiegen. Das geht aus Daten des AMS hervor.", "400.000",
     "Daten des AMS"),
    # a frame in the next sentence whose object points back
    ("Die Zahl der Asylanträge ist auf 90.000 gestiegen. Das Innenministerium bestätigte diese Zahl am Montag.",
     "90.000", "Das Innenministerium"),
    # "so X gegenüber Y": the addressee is no part of the source
    ("Es handle sich um 300 Fälle, so ein Polizeisprecher gegenüber dem STANDARD.", "um 300 Fälle",
     "ein Polizeisprecher"),
    # "er"/"sie" with no person named before: the body of the same gender that is the subject before it
    ("Im dritten Quartal erwirtschaftete der Konzern 2 Milliarden Euro, teilte er mit.", "2 Milliarden Euro",
     "der Konzern"),
    ("Die Firma erzielte einen Umsatz von 2 Milliarden Euro, teilte sie mit.", "2 Milliarden Euro", "Die Firma"),
    # "herausfinden" of studies
    ("Die Forscher fanden heraus, dass 30 Prozent der Probanden betroffen waren.", "30 Prozent", "Die Forscher"),
    # reports the clause is placed in
    ("In Medienberichten war von 300 Toten die Rede.", "300 Toten", "Medienberichten"),
    ("In einem Bericht der Zeitung wurden 300 Fälle genannt.", "300 Fälle", "Bericht der Zeitung"),
    # "– so X": the verbless frame after a dash
    ("Rund 300 Menschen wurden verletzt – so die Polizei.", "Rund 300 Menschen", "die Polizei"),
    # "unter Berufung auf" hung on the source's noun is no part of it
    ("Wie die Zeitung unter Berufung auf Insider berichtet, sollen 2.000 Stellen wegfallen.", "2.000 Stellen",
     "die Zeitung"),
    # "Zeit" is also a weekly's name: no time noun
    ("Wie die Zeit berichtet, sollen 2.000 Stellen wegfallen.", "2.000 Stellen", "Zeit"),
    # "laut" with an extended attribute, read from the words where the parse fails, and "demnach" after it
    # (10kGNAD test, row 936)
    ("Laut dem für Terrorismus zuständigen französischen Staatsanwalt François Molins habe es drei Teams "
     "gegeben, die koordiniert vorgegangen seien. Die insgesamt sieben Terroristen benutzten demnach "
     "Sturmgewehre des Typs Kalaschnikow.", "sieben Terroristen", "französischen Staatsanwalt François Molins"),
    # a phrase naming no one ("nach vorläufigen Erkenntnissen") in a sentence that points back: the source
    # named before (10kGNAD test, row 274)
    ("Im vergangenen Jahr ist die Zahl rechter Gewalttaten nach Angaben des Berliner Tagesspiegels drastisch "
     "gestiegen. Deutschlandweit habe die Polizei demnach nach vorläufigen Erkenntnissen 921 einschlägige "
     "Delikte registriert.", "921 einschlägige Delikte", "nach Angaben des Berliner Tagesspiegels"),
    # "Seinen Angaben zufolge": the person named before
    ("Das sagte der Anwalt Alexander Berger. Seinen Angaben zufolge wird der Schaden auf 800 Millionen Euro "
     "geschätzt.", "800 Millionen Euro", "Alexander Berger"),
    # a trailing frame after the sentence's last comma covers all of it, read from the words (10kGNAD
    # test, rows 118, 184, 218, 604, 702)
    ("Die Überschuldung beläuft sich auf 18,1 Millionen, geht aus dem Insolvenzantrag hervor, der dem "
     "STANDARD vorliegt.", "18,1 Millionen", "dem Insolvenzantrag"),
    ("So habe die Firma zig Millionen verloren, heißt es in der 28-seitigen Klagsschrift, die am Mittwoch "
     "eingebracht wurde.", "Millionen", "der 28-seitigen Klagsschrift"),
    ("Mit einer Kapazität von 15,36 Terabytes ist sie nicht nur die größte SSD der Welt, sondern sticht auch "
     "HDD-Spitzenreiter klar aus, berichtet Heise.", "15,36 Terabytes", "Heise"),
    ("Allein am Sonntag waren es 6.000 Neuankömmlinge, Montagfrüh warteten bereits 1.500 Menschen auf die "
     "Registrierung durch die Behörden, berichteten Belgrader Medien.", "6.000 Neuankömmlinge",
     "Belgrader Medien"),
    ("Es war aber kein Vergleich zur Nacht auf Samstag, in der 1.500 Helfer im Einsatz gestanden waren, hieß "
     "es bei der Feuerwehr.", "1.500 Helfer", "der Feuerwehr"),
    # the measure after the verb is its object; the bare phrase before the verb its subject (row 378)
    ("Medien schätzten ihre Zahl auf zwischen 700 und 2.000.", "zwischen 700 und 2.000", "Medien"),
    # "wie aus X hervorgeht" at the end, its verb tagged as an adjective; "hieß es vonseiten X"
    # (10kGNAD test, row 1010)
    ("In Šentilj warteten am frühen Morgen knapp 3.500 Menschen auf die Weiterreise nach Spielfeld, in Gornja "
     "Radgona warteten fast 1.000 auf die Weiterreise nach Bad Radkersburg, wie aus der Polizeistatistik "
     "hervorgeht.", "knapp 3.500 Menschen", "der Polizeistatistik"),
    ("Am Montag kamen bis in der Früh bereits 3.000 Menschen mit Zügen und Bussen aus Kroatien an, hieß es "
     "vonseiten der slowenischen Polizei.", "3.000 Menschen", "der slowenischen Polizei"),
    # "– wie X zeigt" after a dash
    ("Bei der großen Pendlerpauschale stieg der Anteil von 37,6 auf 43,7 Prozent – wie diese Grafik zeigt.",
     "43,7 Prozent", "diese Grafik"),
    # a masculine nominative before the verb is its subject: the phrase after the verb is the object or
    # the addressee, though its article could open a subject; not where the front phrase reads either way
    ("Der Bürgermeister bezifferte die Kosten auf 12 Millionen Euro.", "12 Millionen Euro", "Bürgermeister"),
    ("Ein Sprecher des Ministeriums bestätigte der APA einen Bericht, wonach 300 Soldaten an die Grenze verlegt "
     "werden.", "300 Soldaten", "Ein Sprecher des Ministeriums"),
    ("Den Schaden beziffert die Polizei mit 50.000 Euro.", "50.000 Euro", "Polizei"),
    # reported speech that goes on for more sentences than the paragraph rules look back: the speaker
    # the statement extractor carried over (after 10kGNAD test, row 1004, not in the gold)
    ("Die Zahl der Reisenden mit Versicherung sei stabil, sagte der Vorstand der Europäischen "
     "Reiseversicherung, Wolfgang Lackner, am Dienstag. Wer bei einem Reisebüro buche, schließe häufiger eine "
     "Versicherung ab. Wer im Internet buche, verzichte oft darauf. Im internationalen Vergleich liege "
     "Österreich im Mittelfeld. Eine höhere Quote gebe es in den skandinavischen Ländern, wo bis zu 85 Prozent "
     "der Urlauber eine Versicherung abschließen.", "bis zu 85 Prozent", "Wolfgang Lackner"),
    # unmarked direct speech after a speaker label and a colon
    ("Fischer rechnet nicht mit einem Einkaufszentrum. Sollte sich Lustenau für Ikea entscheiden, wird man nur "
     "die Hälfte der Fläche nutzen. Fischer: Die anderen 10.000 Quadratmeter geben wir zurück.",
     "10.000 Quadratmeter", "Fischer"),
    # a clause ending with a colon announces the figures after it: a frame verb without content of its
    # own, or a verb whose object is a summing up or numbers; also the paragraph such a colon opens
    ("Die Polizei zog am Montag Bilanz: 120 Anzeigen, 14 Festnahmen.", "14 Festnahmen", "Die Polizei"),
    ("Das Innenministerium legte am Montag neue Zahlen vor: Im Jänner stellten 5.200 Menschen einen "
     "Asylantrag.", "5.200 Menschen", "Das Innenministerium"),
    ("Das Statistikamt teilte am Montag mit:\nIm Vorjahr wurden 4.300 Unfälle registriert. Davon endeten 120 "
     "tödlich.", "120", "Das Statistikamt"),
    # a passive agent with the counted noun hung on it by the parser; a fronted measure as the object
    ("Am Sonntag wurden vom Gesundheitsministerium 5.000 Neuinfektionen gemeldet.", "5.000 Neuinfektionen",
     "Gesundheitsministerium"),
    ("Die Zahl der Besucher gab die Polizei mit 5.000 an.", "5.000", "die Polizei"),
    # "zu dem Ergebnis/Schluss kommen" with its content, or pointing back with a demonstrative
    ("Die Studie kommt zu dem Schluss, dass 30 Prozent der Befragten rauchen.", "30 Prozent", "Die Studie"),
    ("Das Projekt kostete 20 Millionen Euro mehr als geplant. Zu diesem Ergebnis kommt der Rechnungshof in "
     "seinem Bericht.", "20 Millionen Euro", "der Rechnungshof"),
    # a source phrase of "erfahren aus", "heißen aus" keeps its genitive owner
    ("Rund 5.000 Besucher seien am Samstag gekommen, erfuhr der STANDARD aus dem Büro des Bürgermeisters.",
     "Rund 5.000 Besucher", "dem Büro des Bürgermeisters"),
    # a second clause that leaves out the frame verb (gapping) has its own subject
    ("Die Veranstalter sprachen von 20.000 Teilnehmern, die Polizei von 8.000.", "8.000", "die Polizei"),
    # "wie X erfuhr": the outlet that learned it; a confirming frame whose object or fronted pronominal
    # adverb takes up the sentence before
    ("Wie die APA erfuhr, sollen 200 Stellen wegfallen.", "200 Stellen", "die APA"),
    ("Die Firma will 200 Stellen streichen. Ein Sprecher bestätigte das auf Anfrage.", "200 Stellen",
     "Ein Sprecher"),
    ("Die Firma will 200 Stellen streichen. Ein Sprecher bestätigte einen entsprechenden Bericht.", "200 Stellen",
     "Ein Sprecher"),
    ("Die Firma will 200 Stellen streichen. Darüber informierte Vorstandschef Peter Huber am Montag die "
     "Belegschaft.", "200 Stellen", "Vorstandschef Peter Huber"),
    # a result in a survey ("kommt auf", "liegt bei") is what the survey found
    ("Die FPÖ kommt in der jüngsten Market-Umfrage auf 33 Prozent.", "33 Prozent", "Market-Umfrage"),
    # a circle of informants in the clause after the number's ("ist aus Unternehmenskreisen zu hören")
    ("Die Firma will 200 Stellen streichen, war am Montag aus gut informierten Kreisen zu erfahren.",
     "200 Stellen", "gut informierten Kreisen"),
    # "darauf stoßen, dass ...": its subject found what the clause says
    ("Die Forscherin ist bei ihren Recherchen darauf gestoßen, dass mindestens 40 Ärzte an dem Programm "
     "beteiligt waren.", "mindestens 40 Ärzte", "Die Forscherin"),
    # "X zufolge" after a noun and the attribute it opens ("vom Donnerstag"); a verb before it is no part
    ("Deutlich gestiegen ist dem Bericht vom Donnerstag zufolge der Anteil der Gewalttaten. Im vergangenen Jahr "
     "seien 173 solcher Fälle gezählt worden.", "173 solcher Fälle", "dem Bericht vom Donnerstag zufolge"),
    ("Rund 4000 Postler waren Verdi zufolge vor den Bonner Post-Tower gezogen.", "Rund 4000 Postler",
     "Verdi zufolge"),
    # a fronted object of a frame verb; the named phrase after the verb is its subject
    ("57 Prozent errechnete das Meinungsforschungsinstitut Alco im Auftrag der Zeitung Protothema.", "57 Prozent",
     "das Meinungsforschungsinstitut Alco"),
    # "der" after a person's name opens the addressee, no genitive of the name
    ("Der Umsatz werde heuer nur um 2 Prozent steigen, sagte Konzernchef Peter Huber der Deutschen "
     "Presse-Agentur.", "um 2 Prozent", "Konzernchef Peter Huber"),
    # "X zufolge" with a name of several words: the whole name, not its last word
    ("Amnesty International zufolge wurden im vergangenen Jahr 4.000 Menschen hingerichtet.", "4.000 Menschen",
     "Amnesty International zufolge"),
    ("Außenminister Sebastian Kurz zufolge kamen 2015 rund 90.000 Flüchtlinge.", "rund 90.000 Flüchtlinge",
     "Sebastian Kurz zufolge"),
    # a passive agent with the first of two amounts hung on it: the agent ends before "mit"; the unit
    # after a number ("Euro beziffert") is never a subject (10kGNAD test, row 666)
    ("Die Zahlungsausfälle bei zwei größeren Aufträgen wurden von den Gläubigerschutzverbänden mit 360.000 bzw. "
     "etwa 1 Mio. Euro beziffert.", "360.000", "den Gläubigerschutzverbänden"),
    ("Die Zahlungsausfälle bei zwei größeren Aufträgen wurden von den Gläubigerschutzverbänden mit 360.000 bzw. "
     "etwa 1 Mio. Euro beziffert.", "etwa 1 Mio. Euro", "den Gläubigerschutzverbänden"),
    # the subject after the verb with the content hung on it: it ends before the preposition after the
    # name (10kGNAD test, row 972)
    ("Die Fortschritte seit damals beziffern die Forscherinnen Simone Breit und Claudia Schreiner im Bereich "
     "Lesen mit durchschnittlich 23 Punkten, im Bereich Sprachbetrachtung mit 24 Punkten.", "24 Punkten",
     "die Forscherinnen Simone Breit"),
    # a clause before a colon that is reported speech itself: its subject is reported on, the speaker is
    # the one named before (10kGNAD test, row 356, its typo "reltativ" kept)
    ("Philae geht es gut: Er hat eine Betriebstemperatur von minus 35 Grad Celsius und genug Energie, sagt "
     "Projektleiter Stephan Ulamec. Der Solargenerator produziere reltativ viel Strom: Derzeit verfüge der Lander "
     "über 24 Watt, für die Kommunikation mit Raumsonde Rosetta seien 19 Watt nötig.", "über 24 Watt",
     "Projektleiter Stephan Ulamec"),
    # a participle right after the comparison particle "als" reports no one ("weniger stark als erwartet"):
    # the speaker carried over is the source (10kGNAD test, row 1002)
    ("Auch Martin Gleitsmann, Leiter der Sozialpolitik-Abteilung in der Wirtschaftskammer, sieht in seiner "
     "Aussendung keinen Grund zur Entwarnung, nur weil die Kosten weniger stark als erwartet steigen. Immerhin "
     "werde der Pensionsaufwand 2020 knapp 42 Milliarden Euro betragen.", "knapp 42 Milliarden Euro",
     "Martin Gleitsmann"),
    # the addressee after "gegenüber" the parser took for the subject: the other subject, a partitive
    # pronoun with its genitive (10kGNAD test, row 432)
    ("Gegenüber News (Ausgabe von vergangener Woche) gibt einer der Betreiber an, dass so mehr als 850 Anzeigen "
     "zustande gekommen seien.", "mehr als 850 Anzeigen", "einer der Betreiber"),
    # nouns of computing and inquiring in either number (10kGNAD test, row 70)
    ("Dieser Wert liegt nach Berechnung der Statistik Austria bei 1,2 Prozent.", "1,2 Prozent",
     "nach Berechnung der Statistik Austria"),
    ("Nach Ermittlungen der Polizei erbeuteten die Täter bei dem Überfall rund 30.000 Euro.", "rund 30.000 Euro",
     "Nach Ermittlungen der Polizei"),
    # an anaphoric frame whose separable particle the parser made the sentence's head ("bekannt/root"):
    # the particle and the verb still make the frame
    ("Die Bank hat im ersten Halbjahr 200 Millionen Euro verdient. Das gab das Institut am Dienstag bekannt.",
     "200 Millionen Euro", "das Institut"),
    # a subject read by pattern with a genitive: the noun the genitive belongs to, and the owner after it
    ("Ein Sprecher des Unternehmens bezifferte den Schaden auf 3 Millionen Euro.", "3 Millionen Euro",
     "Ein Sprecher des Unternehmens"),
    ("Es gebe 300 Anträge, sagte ein Sprecher des Innenministeriums.", "300 Anträge",
     "Sprecher des Innenministeriums"),
    # a content clause the parser hung on the subject after the verb: the subject ends before its comma
    ("In seinem Bericht kritisiert der Rechnungshof, dass 300 Millionen Euro falsch verbucht wurden.",
     "300 Millionen Euro", "der Rechnungshof"),
    # a verb of accusing: the accuser states the number of the deed
    ("Die Staatsanwaltschaft wirft dem Mann vor, 200.000 Euro veruntreut zu haben.", "200.000 Euro",
     "Die Staatsanwaltschaft"),
    # a frame verb opening its clause after a comma shares the subject of the indicative clause before
    ("Das Ministerium nannte keine genauen Zahlen, sprach aber von rund 300 Fällen.", "rund 300 Fällen",
     "Das Ministerium"),
    # a subject whose recognized name only ends it keeps its first word: the body, not the country
    ("Die Statistik Austria meldet für Mai einen Anstieg der Preise um 1,2 Prozent.", "um 1,2 Prozent",
     "Statistik Austria"),
    # a confirming frame whose object is a definite claim with no attribute of its own covers the sentence before
    ("Rund 45 Menschen kamen ums Leben. Ein Sprecher des Roten Kreuzes bestätigte die Zahl.", "Rund 45 Menschen",
     "Ein Sprecher des Roten Kreuzes"),
    ("Rund 45 Menschen kamen ums Leben. Die Polizei bestätigte die Angaben am Abend.", "Rund 45 Menschen",
     "Die Polizei"),
    # "sprechen von" with the number's "von" phrase hung by the parser on another word of the clause
    ("Wie viele Menschen evakuiert werden mussten, war zunächst unklar. Der Katastrophenschutz sprach am Abend "
     "von 3.000.", "3.000", "Der Katastrophenschutz"),
    ("Gegenüber der APA sprach ein Sprecher von 300 Anträgen.", "300 Anträgen", "ein Sprecher"),
    # a relative clause of "wonach" after a noun of reporting reports what that noun says
    ("Die Gewerkschaft verweist auf eine Studie, wonach 30 Prozent der Beschäftigten unter Stress leiden.",
     "30 Prozent", "eine Studie"),
    ("Es gibt Berichte des Spiegel, wonach der Konzern 2.000 Stellen streichen will.", "2.000 Stellen",
     "Berichte des Spiegel"),
    # "laut" the parser hung on the time inside a participle's attribute: the noun the time belongs to,
    # never the time itself
    ("Mehr als 20 Millionen Menschen sind laut einem am Montag in Genf veröffentlichten Bericht der Vereinten "
     "Nationen vom Hunger bedroht.", "Mehr als 20 Millionen Menschen", "veröffentlichten Bericht"),
    # Konjunktiv I points back to a trailing frame the parser misread (the verb taken for an adjective)
    # (10kGNAD test, row 519)
    ("An diesem Tag wurde auch der Vater des Verdächtigen festgenommen. Er werde der Beihilfe zum Mord "
     "beschuldigt, berichteten israelische Medien. Fünf weitere Angehörige seien ebenfalls in Haft genommen "
     "worden.", "Fünf weitere Angehörige", "israelische Medien"),
    # a frame verb written apart from its first part ("bekannt geben", Duden) (10kGNAD test, row 461)
    ("Anfang der Woche hatte die Internationale Organisation für Migration (IOM) bekannt gegeben, seit "
     "Jahresbeginn seien etwa 388.000 Migranten nach Griechenland gekommen.", "etwa 388.000 Migranten",
     "die Internationale Organisation für Migration"),
    ("Wie die Polizei bekannt gab, wurden 300 Menschen festgenommen.", "300 Menschen", "die Polizei"),
    # Konjunktiv II of a strong full verb (the umlaut its preterite lacks) goes on reporting (row 206)
    ("Die Einfuhrzölle beliefen sich auf jährlich neun Milliarden Pfund, sagte WTO-Chef Roberto Azevedo. Hinzu "
     "kämen 5,5 Milliarden Pfund an Exportzöllen auf Überseemärkten.", "5,5 Milliarden Pfund",
     "WTO-Chef Roberto Azevedo"),
    # a news lead after its dateline, and a report in Konjunktiv after it whose subject takes up what the lead
    # counted (a definite plural): the report's frame gives the lead's figure; a name set off after a role and
    # a bracketed short form stays with it (10kGNAD test, row 980)
    ("Teheran – Die iranische Polizei hat 53 Sympathisanten der Terrormiliz Islamischer Staat (IS) festgenommen. "
     "Die Inhaftierten hätten in Grenzgebieten zum Irak versucht, über das Internet iranische Islamisten zu "
     "rekrutieren, sagte der Chef der Internet-Polizei (IIP), Kamal Hadiafar, am Montag der Nachrichtenagentur "
     "Tasnim.", "53 Sympathisanten", "der Chef der Internet-Polizei (IIP), Kamal Hadiafar"),
    ("Herat – Bei einer Serie von Explosionen an einem Gasterminal sind zehn Kinder ums Leben gekommen. Die Opfer "
     "hätten in einem Flüchtlingslager in der Nähe gelebt, teilte ein Sprecher des Krankenhauses mit.",
     "zehn Kinder", "ein Sprecher des Krankenhauses"),
    # "sprechen" after a comma frames nothing without its content: the speaker of the reported speech
    # going on, not the object after the verb (10kGNAD test, row 202)
    ("Auch Thomas Habermann, Geschäftsführer von Häusle, spricht Klartext: Hier wurden über Jahre systematisch "
     "illegale Handlungen gesetzt. Habermann habe Anfang des Jahres einen Hinweis bekommen. Mittlerweile habe man "
     "fünf illegale Deponien gefunden.", "fünf illegale Deponien", "Thomas Habermann"),
    # the amount a verb of estimating puts a number on is its object, whatever its article, never who gives it
    ("Die Weltbank schätzt das Wachstum auf 3 Prozent.", "3 Prozent", "Weltbank"),
    ("Die Stadt beziffert die Kosten mit 40 Millionen Euro.", "40 Millionen Euro", "Stadt"),
    ("Das Rote Kreuz beziffert das Defizit mit 3 Millionen Euro.", "3 Millionen Euro", "Rote Kreuz"),
    # an owner after "der": before the finite verb (one phrase only stands there), after a role noun, after
    # an adjective in -en (no nominative singular), or at the sentence's end
    ("Laut einem Sprecher der Polizei wurden 20 Menschen verletzt.", "20 Menschen",
     "Laut einem Sprecher der Polizei"),
    ("Dabei wurden laut einer Sprecherin der Stadt 20 Menschen verletzt.", "20 Menschen",
     "laut einer Sprecherin der Stadt"),
    ("Am Samstag sind laut einer Aussendung der steirischen Polizei 4.000 Menschen eingereist.",
     "4.000 Menschen", "laut einer Aussendung der steirischen Polizei"),
    ("So hätten bereits 18 Prozent einen All-in-Vertrag, laut einer Umfrage der Arbeiterkammer.", "18 Prozent",
     "laut einer Umfrage der Arbeiterkammer"),
    # but a subject after the phrase in the middle of the clause stays out
    ("Zuvor hatte laut Augenzeugen der Täter zwei Schüsse abgegeben.", "zwei Schüsse", "laut Augenzeugen"),
])
def test_attribution_across_sentence_and_paragraph(analysed, text, figure, source):
    assert analysed(text)[figure] == source


@pytest.mark.parametrize("text, figure", [
    # the subject of what the number is about gives no source
    ("Die Firma hat 300 Mitarbeiter.", "300 Mitarbeiter"),
    # a frame clause with its own content covers only that content
    ("Insgesamt soll es etwa 5.000 Kämpfer geben, das Ministerium rechnet mit etwa 200 aus Österreich.",
     "etwa 5.000 Kämpfer"),
    # a passive frame without an agent names no one
    ("Der Schaden wird auf 300.000 Euro geschätzt.", "300.000 Euro"),
    # a colon after a hypothetical (Konjunktiv II) is the article's own statement
    ("Die Favoritenrolle könnte kaum klarer verteilt sein: Die Auswahl führt die Gruppe mit 16 Punkten an.",
     "16 Punkten"),
    # an indicative sentence after a frame is the article's own statement
    ("Das sagte der Sprecher der Polizei. Am Abend kamen 300 Menschen zur Kundgebung.", "300 Menschen"),
    # "zählen" with a place as subject and inhabitants as object means "to have" (10kGNAD test, row 1000)
    ("New Orleans zählte vor Katrina 452.000 Einwohner, 2014 waren es 384.000.", "452.000 Einwohner"),
    # a fronted measure noun is no source of the verb of reporting (10kGNAD test, row 536)
    ("Die niedrigsten Quoten bei den unter 25-Jährigen meldeten im April Deutschland (7,2 Prozent), Österreich "
     "und Dänemark (je 10,1 Prozent).", "7,2 Prozent"),
    # the figure's unit is no subject of a frame (10kGNAD test, row 796)
    ("Im Jahr ergibt das immerhin einen Betrag von 3672 Euro, der als Freibetrag von der "
     "Steuerbemessungsgrundlage abgezogen werden kann.", "3672 Euro"),
    # "Das bedeutet, dass ..." restates no figure: the sentence after it is the article's own (10kGNAD
    # test, row 118)
    ("Am Dienstag meldete der steirische Fleisch- und Wursthersteller mit 269 Mitarbeitern und 276 Gläubigern "
     "ein Sanierungsverfahren ohne Eigenverwaltung in Graz an. Das bedeutet, dass ein Masseverwalter die "
     "Geschäfte übernimmt. Der Grund: Schirnhofer bietet nur eine Quote von 20 Prozent zahlbar innerhalb von "
     "zwei Jahren, auf die Verbindlichkeiten in Höhe von 29 Millionen Euro an, für die Eigenverwaltung wären "
     "30 Prozent notwendig.", "30 Prozent"),
    # a frame verb used reflexively ("sich ... weiter zeigt") covers nothing before (10kGNAD test, row 74)
    ("Für die Stichwahl haben noch einmal deutlich mehr Stimmberechtigte vorgesorgt: 222.283 davon aus Wien, "
     "23.015 aus dem Burgenland. Bevor sich der Wahlkartenwähler hier noch weiter von seiner maskulinen Seite "
     "zeigt: Daraus einen Rückschluss auf sein tatsächliches Geschlecht zu ziehen, wäre verkürzt.", "23.015"),
    # "zudem" adds a new fact: the frame after it covers nothing before (10kGNAD test, row 1018)
    ("Das Spiel umfasst 13 Levels, neue geschriebene Musik, Vertonung sowie eine überarbeitete Gegner-KI. "
     "Zudem erwartet einen eine Rückkehr zum Alienplaneten Xen.", "13 Levels"),
    # a source phrase naming no one covers only its own clause; the counted thing after "von" is no
    # passive agent (10kGNAD test, row 268)
    ("Das finnische Unternehmen hatte nach jüngsten Angaben rund 700 Beschäftigte, Ende 2014 war bereits der "
     "Abbau von 110 Stellen bekanntgegeben worden.", "110 Stellen"),
    # "Wie berichtet": the outlet's own earlier report names no one (10kGNAD test, row 914)
    ("Für die Emirate sind im vergangenen Jahrzehnt 24 Genehmigungen ausgestellt worden: Wie berichtet, für "
     "285.379 Stück Granaten, außerdem für 68 Granatwerfer.", "68 Granatwerfer"),
    # a participle after a dash ("genannt X") is no frame verb in second place (10kGNAD test, row 654)
    ("Zusammen mit Lula sollen auch seine Ehefrau Marisa Letícia und sein ältester Sohn Fábio Luiz Lula da "
     "Silva – genannt Lulinha – sowie 13 weitere Verdächtige angeklagt werden.", "13 weitere Verdächtige"),
    # "Das Unternehmen berichtet ...": a determiner, not the anaphor "Das" that covers the sentence
    # before (10kGNAD test, row 368)
    ("Die drei großen heimischen Mobilfunker A1, T-Mobile und 3 werden die neuen Apple-Handys anbieten. Das "
     "Unternehmen berichtet von phänomenalen Verläufen am ersten Wochenende.", "drei großen heimischen Mobilfunker"),
    # a reflexive frame verb ("ergebe sich") reports nothing (10kGNAD test, row 742)
    ("Angesichts der Freihandelsabkommen mit der EU ergebe sich aber auch ein Reformdruck. Innenpolitisch "
     "könnte den 90 Millionen Vietnamesen eine steifere Brise ins Gesicht wehen.", "90 Millionen Vietnamesen"),
    # a counted phrase is no source; "ausgehen" without "von" means "to end" (10kGNAD test, rows 914, 96)
    ("Für die Emirate sind im vergangenen Jahrzehnt 24 Genehmigungen ausgestellt worden: Wie berichtet, für "
     "285.379 Stück Granaten, außerdem für 68 Granatwerfer, 399 Gewehre, 81 Maschinenpistolen.", "24 Genehmigungen"),
    ("Sie hätten für ihr Vorhaben 60 der 100 Stimmen benötigt, das Votum ging aber 58 zu 42 aus.", "58"),
    # a "wie" clause without a subject of its own borrows none from the clause it comments on
    ("Die Preise stiegen um 3 Prozent, wie schon im Vorjahr erwartet.", "um 3 Prozent"),
    # the outlet's question in an interview, in the first person, quotes no one before it
    ("STANDARD: Wie viele Geschichten gab es? Garrone: Wir haben uns für drei Geschichten entschieden, sagte er. "
     "STANDARD: Wir haben 300 Fragen an Sie. Garrone: Gerne.", "300 Fragen"),
    # a frame verb's participle with "sein" is a state, not a report (10kGNAD test, row 1020)
    ("München hat acht Runden vor Ende an der Spitze fünf Zähler Vorsprung auf Borussia Dortmund, die Mannschaft "
     "mit ÖFB-Ass David Alaba ist aber gewarnt vor dem Gang nach Köln.", "fünf Zähler"),
    # numbers of a period are no owner of published numbers
    ("Die Zahlen des Vorjahres waren deutlich besser. Damals verkaufte die Firma 300 Autos.", "300 Autos"),
    # a phrase headed by a noun of time or of measure names no one
    ("Die Monate Jänner bis März zeigten einen Rückgang um 12 Prozent.", "um 12 Prozent"),
    ("Der Vormonat brachte 300 Fälle, meldete das Vorjahr.", "300 Fälle"),
    ("Zuletzt stiegen die Preise um 3 Prozent, so der Monat.", "um 3 Prozent"),
    ("Die Arbeitslosenquote zeigt, dass 300.000 Menschen ohne Job sind.", "300.000 Menschen"),
    # Konjunktiv in a clause the reporter's indicative main clause governs points back to no one
    ("Die Gewerkschaft hat zu Streiks aufgerufen, teilte ein Sprecher mit. Ob auch in den anderen sechs Werken "
     "gestreikt werde, ließ die Gewerkschaft offen.", "sechs Werken"),
    ("Der Bericht nennt keine Zahlen, sagte die Ministerin Anna Berger. Drei Mitarbeiter hat die Firma "
     "entlassen, weil sie gegen Regeln verstoßen hätten.", "Drei Mitarbeiter"),
    # a noun after an accusative article is no subject, however the parser hung it (10kGNAD test, row 742)
    ("Die wirtschaftliche Reformfreude dürfte unter dem neuen starken Mann hingegen nachlassen. Biswas erwartet "
     "einen vorsichtigeren und langwierigeren Ansatz zu Reformen. Angesichts der Freihandelsabkommen mit der EU "
     "und im Rahmen der Transpazifischen Partnerschaft (TPP) ergebe sich aber auch ein Reformdruck. "
     "Innenpolitisch könnte den 90 Millionen Vietnamesen eine steifere Brise ins Gesicht wehen.",
     "90 Millionen Vietnamesen"),
    # an anaphor that is the subject of the quoted words covers nothing before ("Das dauert ..., sagte X")
    ("Bis die Autos in den Handel kommen, wird noch viel Zeit vergehen: Zunächst müssen Millionen an "
     "Testkilometern gefahren werden. Das dauert noch sehr lange, sagte Peter Wagner vom Autoclub.", "Millionen"),
    # a survey the clause is placed in, where its subject tells what someone did (10kGNAD test, row 130)
    ("In einer großangelegten Studie testeten die Forscher insgesamt 1.135 Proben von 16 Arten.", "16 Arten"),
    # a referendum is no survey; an investigation after "bei" no study
    ("Bei einer lokalen Volksbefragung hatten sich rund 97 Prozent der Teilnehmer dagegen ausgesprochen.",
     "rund 97 Prozent"),
    ("Bei der Untersuchung wurden 30 Personen festgenommen.", "30 Personen"),
    # ... but no measure of the same gender ("Der Umsatz ..., sagte er")
    ("Der Umsatz stieg auf 2 Milliarden Euro, sagte er.", "2 Milliarden Euro"),
    # districts are no circles of informants
    ("In den Landkreisen wurden 300 Fälle gemeldet.", "300 Fälle"),
    # a frame that judges a statement ("kritisierte diese Zahl") does not take it up
    ("Die Zahl der Asylanträge ist auf 90.000 gestiegen. Die Opposition kritisierte diese Zahl am Montag.",
     "90.000"),
    # a number word the tagger takes for a verb ("dutzende/VERB") is no Konjunktiv (10kGNAD test, row 222)
    ("Keiner wisse davon, sagte Irfan al-Alawi. Der indische Regierungschef Narendra Modi, dessen Land dutzende "
     "Millionen Muslime zählt, drückte den Angehörigen der Opfer über Twitter sein Mitgefühl aus.",
     "Millionen Muslime"),
    # a claim noun with a demonstrative is the claim, not who makes it (10kGNAD test, row 144)
    ("Im Zuge der Fluchtbewegung passierten rund 200.000 Personen im vergangenen Monat Österreich. Diese Angabe "
     "kommt aus dem Innenministerium: Seit dem 31. August, an dem hunderte Flüchtlinge am Wiener Westbahnhof "
     "ankamen, beobachte die Polizei nämlich, wie viele Menschen sich durch das Land bewegen.",
     "hunderte Flüchtlinge"),
    # Konjunktiv after a colon reports what follows the colon, not the indicative number before it
    ("Da waren seit dem Hurrikan sechs Jahre vergangen. Der Beamte sagte, alles habe seine Ordnung. Nur sollte "
     "Joseph 35.000 Dollar zurückzahlen: Das Amt habe ihm irrtümlich zu viel überwiesen.", "35.000 Dollar"),
    # "wie berichtet" without a subject is the outlet's own reference: it borrows none from its host clause
    ("Der Verlust beträgt, wie berichtet, 20 Millionen Euro.", "20 Millionen Euro"),
    # "erfahren" outside a "wie" clause: its subject learns the news, it gives none
    ("Die Eltern erfuhren erst am Abend, dass 20 Schüler verletzt worden waren.", "20 Schüler"),
    ("Die Firma hat 200 Mitarbeiter. Davon sprach der Betriebsrat nicht.", "200 Mitarbeiter"),
    # "stoßen auf" without "darauf, dass" is coming upon things, not a finding reported
    ("Die Polizei stieß bei der Razzia auf 300 Cannabispflanzen.", "300 Cannabispflanzen"),
    # a circle in a verbless tail says where people came from, not who tells
    ("Rund 300 Menschen kamen, auch aus Kreisen der Wirtschaft.", "Rund 300 Menschen"),
    # a reporting verb made another by its particle ("meldete ... an": anmelden)
    ("Am Dienstag meldete der steirische Fleisch- und Wursthersteller mit 269 Mitarbeitern und 276 Gläubigern "
     "ein Sanierungsverfahren in Graz an.", "269 Mitarbeitern"),
    # "heißen" with a subject of its own means "to mean", not "hieß es in ..."
    ("Das heißt im Umkehrschluss: Beinahe vier von zehn Kindern erreichen das Lernziel nicht.", "Beinahe vier"),
    # "Wie erwartet ..." opens with the verb: no subject of its own, the main clause's is no source
    ("Wie erwartet abgeräumt hat das Actionspektakel Mad Max in den technischen Kategorien: Sechs von zehn "
     "Nominierungen konnte der Film in Preise ummünzen.", "zehn Nominierungen"),
    # "sprechen" without "von" is speaking a language, no frame
    ("In der vierten Klasse Volksschule sprechen mehr als zwei Drittel der Schüler zu Hause sowohl Deutsch als "
     "auch ihre Herkunftssprache.", "mehr als zwei Drittel"),
    # "demnach" after a sentence of hearsay ("sollen"): its subject is reported on, not a source, and
    # a place the statement extractor carried over is no speaker
    ("Durch das erwartete Bevölkerungswachstum sollen sich 2050 auch die Republik Kongo und Äthiopien in diesem "
     "Kreis wiederfinden. Nigeria wird demnach in 35 Jahren fast 400 Millionen Einwohner erreichen.",
     "fast 400 Millionen Einwohner"),
    # a headline's kicker before a colon is no speaker for the reported speech that follows
    ("Literaturprojekt Crowd: Von Helsinki nach Zypern. Graz – Man könne sich diese Art von Fahrt recht ruhig "
     "vorstellen: hundert Dichterinnen und Dichter sitzen in einem Bus.", "hundert Dichterinnen"),
    # "kommen zu" with a noun of conclusion but no content reports nothing
    ("Die Mannschaft kam zum Ergebnis 3:0 gegen Rapid und holte damit 30 Punkte.", "30 Punkte"),
    # a colon after a clause that announces nothing ("hat einen Plan")
    ("Die Regierung hat einen Plan: 500 neue Lehrer sollen eingestellt werden.", "500 neue Lehrer"),
    # a speaker the statement extractor carried over that is an object ("einen Gesetzesentwurf") names no one
    ("Die Republikaner verfehlten am Donnerstag die benötigte Mehrheit für einen Gesetzesentwurf, der die "
     "Vereinbarung ablehnen sollte. Sie hätten für ihr Vorhaben 60 der 100 Stimmen benötigt, das Votum ging "
     "aber 58 zu 42 aus.", "100 Stimmen"),
    # a clause the parser hung on the frame as its object is no source (10kGNAD test, row 264)
    ("Athen – Es fehlen 17  Stimmen: 15 von Syriza, der Koalition der radikalen Linke, zwei  von Anel, der rechten "
     "Kleinpartei Unabhängige Griechen. 15 weitere  Syriza-Abgeordnete erklärten, sie seien gegen Tsipras neuen  "
     "Sparkatalog, aber hätten dieses Mal noch mit Ja gestimmt.", "15 weitere  Syriza-Abgeordnete"),
    # a definite claim with an attribute of its own is another number, not the one before
    ("Rund 45 Menschen kamen ums Leben. Die Polizei bestätigte die Zahl der Verletzten.", "Rund 45 Menschen"),
    # an accusation in the passive with no agent names no one
    ("Dem Mann wird vorgeworfen, 200.000 Euro veruntreut zu haben.", "200.000 Euro"),
    # a trailing frame after reported speech with its subject a pronoun of no one named: no shared subject
    ("Die Firma habe 300 Stellen gestrichen, sagte er.", "300 Stellen"),
    # a lead followed by a report whose subject is no plural taking up the lead's count (row 452), or that
    # is no lead (no dateline)
    ("Riad – Das Gericht hat die Verurteilung des Bloggers zu tausend Stockhieben bestätigt. Die Entscheidung "
     "sei unwiderruflich, sagte seine Ehefrau am Sonntag.", "tausend Stockhieben"),
    ("Die Polizei hat 53 Männer festgenommen. Die Inhaftierten hätten Islamisten rekrutiert, sagte ein Sprecher.",
     "53 Männer"),
    # "sprechen mit": whom one talks with, no number reported
    ("Der Minister sprach am Montag mit 30 Journalisten.", "30 Journalisten"),
    # "wonach" after statements of no one named, or after a noun that is no report (its content)
    ("Die Polizei korrigierte damit frühere Angaben, wonach 176 in der Unterkunft lebten.", "176"),
    ("Bis Samstag soll das Reglement stehen. Der Vorschlag des Rennstalls wird umgesetzt, wonach die Autos "
     "20 Zentimeter breiter werden.", "20 Zentimeter"),
    # an interview answer ends at the report's credit line: the fact box after it is no one's answer
    # (10kGNAD test, row 278)
    ("Barisic: Eine tolle Vorstellung, wir haben an uns geglaubt. Schaub: Ein wunderbarer Abend. Verteidiger "
     "Mario Sonnleitner: Wir haben es mit Herz geschafft. Aber Rapid will mehr. (red, 4.8.2015) Qualifikation zur "
     "Fußball-Champions-League, 3. Runde, Rückspiel: Ajax Amsterdam – SK Rapid Wien 2:3 (0:2). Amsterdam, "
     "Amsterdam ArenA, 53.000 (ausverkauft), SR Kruzliak (SVK). Hinspiel: 2:2 – Rapid mit Gesamtstand von 5:4 im "
     "Play-off (Auslosung am Freitag). Tore: 0:1 (12.) Berisha.", "53.000"),
    # a noun counted by a number the tagger took for punctuation is what is counted, no source (row 274)
    ("7.112 Tatverdächtige ermittelt – Mindestens 691 Personen verletzt. Berlin – Im vergangenen Jahr ist die "
     "Zahl rechter Gewalttaten gestiegen.", "Mindestens 691 Personen"),
])
def test_no_source_where_none_is_named(analysed, text, figure):
    assert analysed(text)[figure] is None


def test_interview_answer_takes_the_speaker_label(analysed):
    text = ("STANDARD: Wie viele Geschichten gab es? Garrone: Wir haben uns für drei Geschichten entschieden. "
            "STANDARD: Und dann?")
    assert analysed(text)["drei Geschichten"] == "Garrone"


def test_pronoun_frame_names_the_person_before(analysed):
    text = ("Innenminister Thomas de Maizière zog eine Bilanz. Im Januar seien 90.000 Asylanträge gestellt "
            "worden, sagte er.")
    assert analysed(text)["90.000 Asylanträge"] == "Thomas de Maizière"


@pytest.mark.parametrize("text, figure, source", [
    # no name before: the pronoun stands for the role noun that is the subject of the sentence before
    ("Der Finanzminister verteidigte das Budget. Das Defizit werde heuer bei 1,9 Prozent liegen, sagte er im "
     "Parlament.", "1,9 Prozent", "Der Finanzminister"),
    ("Die Sprecherin der Polizei wies die Kritik zurück. Man habe 300 Beamte eingesetzt, betonte sie.",
     "300 Beamte", "Die Sprecherin der Polizei"),
    ("Es habe 300 Festnahmen gegeben, sagte ein Sprecher. Zudem wurden 20 Beamte verletzt, fügte er hinzu.",
     "20 Beamte", "ein Sprecher"),
])
def test_pronoun_frame_names_the_role_before(analysed, text, figure, source):
    assert analysed(text)[figure] == source


def test_pronoun_frame_names_no_one_who_is_no_role(analysed):
    text = "Der Täter flüchtete mit dem Auto. Er habe 300 Euro erbeutet, sagte er."
    assert analysed(text)["300 Euro"] is None


# -- what a figure measures, for series of any measure ------------------------------------------------------
@pytest.fixture(scope="module")
def measured(toolkit):
    return lambda text: {f.text: (f.unit, f.counted, f.predicate) for f in _pipeline_figures(toolkit, text)}


@pytest.mark.parametrize("text, figure, unit, counted, predicate", [
    # the counted noun's lemma and the verb's lemma where no listed measure applies
    ("Hacker haben mehr als 2.000 interne E-Mails der Partei veröffentlicht.", "mehr als 2.000 interne E-Mails",
     "E-Mails", "E-Mail", "veröffentlichen"),
    ("Die Gemeinde pflanzte im Frühjahr 300 Bäume.", "300 Bäume", "Bäume", "Baum", "pflanzen"),
    # a listed measure from the verb's lemma, whatever its form ("nahm ... fest": festnehmen, arrested)
    ("Die Polizei nahm am Wochenende 53 Sympathisanten fest.", "53 Sympathisanten", "Sympathisanten",
     "Sympathisant", "arrested"),
    ("Die Armee tötete am Montag 30 Rebellen.", "30 Rebellen", "Rebellen", "Rebell", "killed"),
    # an adjective the parser called the verb's particle is no part of it (10kGNAD, "International")
    ("Dort vernichtete dieser einzige Angriff weit über 10.000 Objekte unwiederbringlich.",
     "über 10.000 Objekte", "Objekte", "Objekt", "vernichten"),
    # only a separable particle joins the verb, not an adverb the parse hangs on it as one
    ("Das Feuer vernichtete über 10.000 Objekte unwiederbringlich.", "über 10.000 Objekte", "Objekte", "Objekt",
     "vernichten"),
    # an amount measures the subject of its verb, a frame's object
    ("Der Umsatz im Konzern soll 2016 auf circa 4 Mrd. Euro zulegen.", "circa 4 Mrd. Euro", "Euro", "EUR",
     "Umsatz"),
    ("Die Polizei beziffert den Schaden auf drei Millionen Euro.", "drei Millionen Euro", "Euro", "EUR", "Schaden"),
    # a verb that only states a value: the subject noun names the measure
    ("Der Schaden beläuft sich auf drei Millionen Euro.", "drei Millionen Euro", "Euro", "EUR", "Schaden"),
    # a listed measure keeps its normalized name
    ("Bei dem Anschlag wurden 14 Menschen getötet.", "14 Menschen", "Menschen", "people", "killed"),
    # a compound the lookup does not know: its modifier and the lemma of its head
    ("Im Vorjahr fanden 138 Unterausschusssitzungen statt.", "138 Unterausschusssitzungen",
     "Unterausschusssitzungen", "Unterausschusssitzung", "stattfinden"),
    ("Die Gerichtsgebühren betragen 1.389 Euro.", "1.389 Euro", "Euro", "EUR", "Gerichtsgebühr"),
    # a light verb keys no series, but "es gibt" counts how many there are of its noun
    ("In Oberösterreich gab es im Vorjahr insgesamt 16.579 Anzeigen.", "16.579 Anzeigen", "Anzeigen", "Anzeige",
     "geben"),
    ("Somit kommt die SPÖ auf 39,59 Prozent (44 Mandate).", "44 Mandate", "Mandate", "Mandat", None),
    # "sind es" restates the measure of the nearest figure before it that counts the same
    ("Wurden 2012 noch 1,93 Milliarden Nachrichten verschickt, waren es 2015 nur mehr 857 Millionen.",
     "857 Millionen", "Nachrichten", "Nachricht", "verschicken"),
    ("Die Gemeinde pflanzte im Frühjahr 300 Bäume. Im Herbst sollen es weitere 200 Bäume sein.",
     "weitere 200 Bäume", "Bäume", "Baum", "pflanzen"),
    # ... and nothing where that figure measures nothing the parse names (not the one of a sentence before)
    ("Seither sind 100.000 Menschen zurückgekehrt. New Orleans zählte vor Katrina 452.000 Einwohner, 2014 waren "
     "es 384.000.", "384.000", "Einwohner", "people", None),
    # a figure alone in brackets gives the value of the common noun before it, not of a figure before it
    ("Der Hauptpreis (20.000 Euro) wird an das beste deutschsprachige Debüt vergeben.", "20.000 Euro", "Euro",
     "EUR", "Hauptpreis"),
    ("Häufigste Formen der Wirtschaftskriminalität sind Unterschlagung (64 Prozent) und Cybercrime (32 Prozent).",
     "32 Prozent", "Prozent", "percent", "Cybercrime"),
    # a part of the figure before ("davon") and a difference ("weniger als") are no value of its measure
    ("2014 hatte es noch insgesamt 199 Attacken gegeben, davon 177 mit rechtsradikalem Hintergrund.", "177",
     "Attacken", "Attacke", None),
    ("Die IG Metall sprach von 45.000 Teilnehmern, davon 16.000 in Duisburg und 2.500 vor dem Bundeskanzleramt.",
     "2.500", "Teilnehmern", "Teilnehmer", None),
    ("Dagegen gab es im Vergleichszeitraum 2015 insgesamt 335 Anzeigen weniger als 2014.", "335 Anzeigen",
     "Anzeigen", "Anzeige", None),
    ("Dagegen gab es im Vergleichszeitraum 2015 insgesamt 335 Anzeigen weniger als 2014.", "weniger als 2014",
     "Anzeigen", "Anzeige", None),
    ("Die FPÖ lag laut vorläufigem Endergebnis nur 25 Stimmen hinter den zweitplatzierten Grünen.", "25 Stimmen",
     "Stimmen", "votes", None),
    # a vote: the first number counts the votes for, the second those against
    ("Der Bundestag hat das Gesetz am Donnerstag mit 310 zu 299 Stimmen gebilligt.", "310", "Stimmen", "votes",
     "billigen"),
    ("Der Bundestag hat das Gesetz am Donnerstag mit 310 zu 299 Stimmen gebilligt.", "299 Stimmen", "Stimmen",
     "votes against", "billigen"),
])
def test_counted_and_predicate_from_the_parse(measured, text, figure, unit, counted, predicate):
    assert measured(text)[figure] == (unit, counted, predicate)


@pytest.fixture(scope="module")
def subjects(toolkit):
    return lambda text: {f.text: f.subject for f in _pipeline_figures(toolkit, text)}


@pytest.mark.parametrize("text, figure, subject", [
    # a subject the tagger reads as a proper noun names no one unless it is a name (10kGNAD test, rows 464, 420
    # and 524): such a word would let a series span articles
    ("Die Straße war voll, es war ein sonniger Samstag. Drei Tote sind bestätigt.", "Drei Tote", None),
    ("Sieben der jüngsten acht Champions-League-Heimspiele gewann der griechische Titelträger im "
     "Karaiskakis-Stadion.", "acht Champions-League-Heimspiele", None),
    ("Ein zehnjähriger Finne hat einen Bug auf Instagram entdeckt, gemeldet, und 10.000 Dollar Belohnung erhalten.",
     "10.000 Dollar", None),
    # a name that is one stays the subject
    ("Der Bundestag hat das Gesetz am Donnerstag mit 310 zu 299 Stimmen gebilligt.", "310", "Bundestag"),
])
def test_subject_from_the_parse_only_when_a_name(subjects, text, figure, subject):
    assert subjects(text)[figure] == subject
