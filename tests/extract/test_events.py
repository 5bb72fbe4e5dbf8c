"""Event extraction on real German news sentences (the seed articles and
similar agency text), with hand-built entity and time records."""
from __future__ import annotations

import pytest

from chronik.extract.events import date_range, extract_events
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.events import EVENT_LEXICON
from chronik.records import Mention, Timex

# Six neutral sentences: puts what follows behind the lead of an article.
FILLER = " ".join(["Das Wetter war mild."] * 6) + " "


def _find(text: str, surface: str, nth: int = 0) -> int:
    pos = -1
    for _ in range(nth + 1):
        pos = text.find(surface, pos + 1)
        assert pos >= 0, surface
    return pos


def run(text, mentions=(), timexes=(), published=None):
    tokens = tokenize(text, ABBREVIATIONS)
    sentences = split_sentences(text, tokens)
    ments = []
    for spec in mentions:
        surface, label, nth = spec if len(spec) == 3 else (*spec, 0)
        start = _find(text, surface, nth)
        ments.append(Mention(start=start, end=start + len(surface), text=surface, label=label))
    tims = []
    for spec in timexes:
        surface, value, nth = spec if len(spec) == 3 else (*spec, 0)
        start = _find(text, surface, nth)
        tims.append(Timex(start=start, end=start + len(surface), text=surface, type="DATE", value=value))
    return extract_events(text, tokens, sentences, tuple(ments), tuple(tims), EVENT_LEXICON, published)


def brief(events):
    return [(e.type, e.participants, e.place, e.date, e.date_basis, e.status) for e in events]


LEAD_000 = (
    "Vor einem Treffen zwischen US-Präsident Donald Trump und Russlands Präsidenten Wladimir Putin in Alaska "
    "haben Putin und Nordkoreas Machthaber Kim Jong Un in einem Telefonat eine Verstärkung ihrer "
    "Zusammenarbeit vereinbart."
)
LEAD_000_MENTIONS = [("Donald Trump", "PER"), ("Russlands", "LOC"), ("Wladimir Putin", "PER"), ("Alaska", "LOC"),
                     ("Putin", "PER", 1), ("Nordkoreas", "LOC"), ("Kim Jong Un", "PER")]


def test_announced_summit_and_call_in_one_sentence():
    events = run(LEAD_000, LEAD_000_MENTIONS, published="2025-08-13")
    assert brief(events) == [
        ("meeting", ("Donald Trump", "Wladimir Putin"), "Alaska", None, None, "announced"),
        ("call", ("Putin", "Kim Jong Un"), None, "2025-08-13", "published", "happened"),
    ]
    assert [e.trigger for e in events] == ["Treffen", "Telefonat"]
    assert events[1].start == LEAD_000.find("Telefonat")


def test_no_event_joins_parties_of_two_events():
    # the caption claim "Kim telefonierte mit Trump" must not come out of the text
    events = run(LEAD_000, LEAD_000_MENTIONS, published="2025-08-13")
    for e in events:
        assert not ({"Kim Jong Un", "Donald Trump"} <= set(e.participants))


def test_call_date_from_its_own_clause_and_confirmation_refers_back():
    text = FILLER + (
        'Putin und Kim hätten am Dienstag in einer "herzlichen, kameradschaftlichen Atmosphäre" telefoniert und '
        '"ihren Willen zur Stärkung der Zusammenarbeit in der Zukunft" bekräftigt, berichtete die '
        "nordkoreanische Nachrichtenagentur KCNA am Mittwoch. Der Kreml bestätigte das Gespräch."
    )
    events = run(text, [("Putin", "PER"), ("Kim", "PER"), ("KCNA", "ORG"), ("Kreml", "ORG")],
                 [("am Dienstag", "2025-08-12"), ("am Mittwoch", "2025-08-13")], published="2025-08-13")
    assert brief(events) == [
        ("call", ("Putin", "Kim"), None, "2025-08-12", "text", "happened"),
        ("call", ("Putin", "Kim"), None, "2025-08-12", "text", "happened"),
    ]
    assert [e.trigger for e in events] == ["telefoniert", "Gespräch"]
    assert events[1].sentence == events[0].sentence + 1


def test_present_tense_with_todays_date_is_announced():
    text = "Am Freitag treffen sich Trump und Putin in Alaska\n\nNach westlichen Angaben kämpfen Soldaten."
    events = run(text, [("Trump", "PER"), ("Putin", "PER"), ("Alaska", "LOC")], [("Am Freitag", "2025-08-15")],
                 published="2025-08-15T16:38")
    assert brief(events) == [("meeting", ("Trump", "Putin"), "Alaska", "2025-08-15", "text", "announced")]


def test_definite_mention_takes_the_earlier_meeting_and_adds_its_date():
    text = LEAD_000 + " " + FILLER + (
        "Es wird erwartet, dass Trump bei dem Treffen am Freitag versuchen wird, Druck auf Putin auszuüben."
    )
    mentions = LEAD_000_MENTIONS + [("Trump", "PER", 1), ("Putin", "PER", 2)]
    events = run(text, mentions, [("am Freitag", "2025-08-15")], published="2025-08-13")
    assert brief(events)[-1] == ("meeting", ("Donald Trump", "Wladimir Putin"), "Alaska", "2025-08-15", "text",
                                 "announced")
    assert len(events) == 3


LETTER_001 = (
    "In einem Brief an den nordkoreanischen Machthaber Kim Jong Un hat Kremlchef Wladimir Putin am Freitag die "
    'gegen die Ukraine entsandten nordkoreanischen Soldaten als "heldenhaft" gelobt.'
)
LETTER_001_MENTIONS = [("Kim Jong Un", "PER"), ("Wladimir Putin", "PER"), ("Ukraine", "LOC")]


def test_letter_with_recipient_and_attributive_participle_is_no_deployment():
    events = run(LETTER_001, LETTER_001_MENTIONS, [("am Freitag", "2025-08-15")], published="2025-08-15")
    assert brief(events) == [("letter", ("Kim Jong Un", "Wladimir Putin"), None, "2025-08-15", "text", "happened")]


def test_passing_mention_of_the_letter_invents_no_visit():
    text = LETTER_001 + " " + FILLER + (
        "Putins Brief an Kim fiel mit einem Besuch einer russischen Delegation in Pjöngjang zusammen."
    )
    events = run(text, LETTER_001_MENTIONS + [("Putins", "PER"), ("Kim", "PER", 1), ("Pjöngjang", "LOC")],
                 [("am Freitag", "2025-08-15")], published="2025-08-15")
    assert [e.type for e in events] == ["letter", "letter"]
    assert events[1].trigger == "Brief" and events[1].participants == ("Kim Jong Un", "Wladimir Putin")
    assert events[1].date == "2025-08-15"


def test_delegation_received_stands_for_the_person_named_before():
    text = FILLER + (
        'Der Präsident der russischen Duma, Wjatscheslaw Wolodin, dankte Kim dabei für die Entsendung der '
        '"exzellenten Soldaten" nach Russland, wie KCNA weiter berichtete. Die russische Delegation war am '
        "Donnerstag mit militärischen Ehren empfangen worden, sie besuchte Nordkorea anlässlich "
        '"des 80. Jahrestags der Befreiung Koreas".'
    )
    events = run(text, [("Duma", "ORG"), ("Wjatscheslaw Wolodin", "PER"), ("Kim", "PER"), ("Russland", "LOC"),
                        ("KCNA", "ORG"), ("Nordkorea", "LOC")],
                 [("Donnerstag", "2025-08-14")], published="2025-08-15")
    assert brief(events) == [("meeting", ("Wjatscheslaw Wolodin",), None, "2025-08-14", "text", "happened")]
    assert events[0].trigger == "empfangen"


TRIP_002 = (
    "Bei einem hochrangigen Treffen zwischen Nordkoreas Machthaber Kim Jong Un und dem russischen Außenminister "
    "Sergej Lawrow in Pjöngjang hat Nordkorea seine uneingeschränkte Unterstützung für Russlands militärische "
    "Operationen in der Ukraine bekräftigt. Das Treffen, das am vergangenen Samstag stattfand, wurde von der "
    "staatlichen nordkoreanischen Nachrichtenagentur KCNA gelobt. Auf die Frage nach einem möglichen erweiterten "
    "Einsatz nordkoreanischer Truppen in anderen Frontabschnitten verwies Lawrow auf die Souveränität Nordkoreas. "
    "Das Land werde selbst bestimmen, in welchen Formen es das strategische Partnerschaftsabkommen umsetzen wolle, "
    "erklärte der russische Chefdiplomat nach einem Treffen mit seiner nordkoreanischen Amtskollegin Choe Son Hui "
    "in der Küstenstadt Wonsan."
)
TRIP_002_MENTIONS = [("Nordkoreas", "LOC"), ("Kim Jong Un", "PER"), ("Sergej Lawrow", "PER"), ("Pjöngjang", "LOC"),
                     ("Nordkorea", "LOC"), ("Russlands", "LOC"), ("Ukraine", "LOC"), ("KCNA", "ORG"),
                     ("Lawrow", "PER", 1), ("Nordkoreas", "LOC", 1), ("Choe Son Hui", "PER"), ("Wonsan", "LOC")]


def test_two_meetings_of_one_trip_without_publication_date():
    events = run(TRIP_002, TRIP_002_MENTIONS, [("am vergangenen Samstag", "XXXX-WXX-6")], published=None)
    assert brief(events) == [
        ("meeting", ("Kim Jong Un", "Sergej Lawrow"), "Pjöngjang", None, None, "happened"),
        ("meeting", ("Kim Jong Un", "Sergej Lawrow"), "Pjöngjang", None, None, "happened"),
        ("meeting", ("Lawrow", "Choe Son Hui"), "Wonsan", None, None, "happened"),
    ]
    assert [e.trigger for e in events] == ["Treffen", "Treffen", "Treffen"]


def test_handshake_sentence_refers_to_the_meeting_with_the_named_pair():
    text = TRIP_002 + (
        " Das russische Verteidigungsministerium veröffentlichte Videoaufnahmen des Treffens, die einen herzlichen "
        "Handschlag zwischen Kim und Lawrow zeigen."
    )
    events = run(text, TRIP_002_MENTIONS + [("Verteidigungsministerium", "ORG"), ("Kim", "PER", 1),
                                            ("Lawrow", "PER", 2)], published=None)
    assert events[-1].trigger == "Treffens"
    assert events[-1].participants == ("Kim Jong Un", "Sergej Lawrow")


def test_meeting_in_the_lead_takes_the_publication_date():
    text = (
        '"Die Beziehungen zwischen unseren Ländern haben in letzter Zeit einen besonderen, vertrauensvollen und '
        'freundlichen Charakter angenommen", sagte der russische Präsident Wladimir Putin bei einem Treffen mit '
        "Nordkoreas Machthaber Kim Jong Un in der chinesischen Hauptstadt Peking."
    )
    events = run(text, [("Wladimir Putin", "PER"), ("Nordkoreas", "LOC"), ("Kim Jong Un", "PER"),
                        ("Peking", "LOC")], published="2025-09-03")
    assert brief(events) == [
        ("meeting", ("Wladimir Putin", "Kim Jong Un"), "Peking", "2025-09-03", "published", "happened")]


def test_new_year_message_just_happened():
    text = (
        "Das nordkoreanische Regime ist für seine blumigen Formulierungen bekannt. Machthaber Kim Jong Un (41) ist "
        "keine Ausnahme. In einer Neujahrsbotschaft an den russischen Präsidenten Wladimir Putin (73) beschwört Kim "
        "die «unbesiegbare» Freundschaft zwischen den beiden Ländern."
    )
    events = run(text, [("Kim Jong Un", "PER"), ("Wladimir Putin", "PER"), ("Kim", "PER", 1)],
                 published="2025-12-27")
    assert brief(events) == [("letter", ("Wladimir Putin", "Kim"), None, "2025-12-27", "published", "happened")]


def test_topic_noun_late_in_the_article_is_no_event():
    text = FILLER + "Für Putin ist das Bündnis mit Nordkorea ebenfalls bedeutsam genug für eine Neujahrsbotschaft."
    assert run(text, [("Putin", "PER"), ("Nordkorea", "LOC")], published="2025-12-27") == ()


@pytest.mark.parametrize("text,mentions", [
    ('Sollten Trump und Putin sich auf ein Friedensabkommen für die Ukraine einigen, "könnte Putin Kim Jong Uns '
     'Haltung vermitteln", erklärte er.',
     [("Trump", "PER"), ("Putin", "PER"), ("Ukraine", "LOC")]),
    ('Der Kreml erklärte, Putin habe "im Zusammenhang mit den bevorstehenden Gesprächen mit US-Präsident Donald '
     'Trump Informationen mit Kim Jong Un ausgetauscht".',
     [("Kreml", "ORG"), ("Putin", "PER"), ("Donald Trump", "PER"), ("Kim Jong Un", "PER")]),
    ("Putin wird am Montag eine Entscheidung treffen.", [("Putin", "PER")]),
    ("Der Kremlchef dankte Kim ausdrücklich für die Entsendung nordkoreanischer Soldaten.", [("Kim", "PER")]),
    ("Die russische Botschaft in Berlin bleibt geschlossen.", [("Berlin", "LOC")]),
    ("Die Ministerin sagte im Gespräch mit der Zeitung, sie bleibe im Amt.", []),
    ("Der Händler hatte mit Lieferanten Wiederverkaufspreise abgesprochen.", []),
    ("Im zweiten Durchgang traf Müller mit einem Kopfball zum 2:0.", [("Müller", "PER")]),
    ("Lawrow forderte Verhandlungen über einen internationalen Pakt.", [("Lawrow", "PER")]),
])
def test_no_event(text, mentions):
    assert run(text, mentions, published="2025-08-13") == ()


def test_meeting_verb_with_a_named_partner():
    text = "Noch am Grenzübergang traf Doskozil mit seiner Amtskollegin Mikl-Leitner zusammen."
    events = run(text, [("Doskozil", "PER"), ("Mikl-Leitner", "PER")], published="2016-02-10")
    assert brief(events) == [("meeting", ("Doskozil", "Mikl-Leitner"), None, "2016-02-10", "published", "happened")]


def test_confirmed_deployments_name_the_sending_country():
    text = (
        "Nordkorea bestätigte im April den Einsatz von nordkoreanischen Truppen im Ukraine-Krieg - zur Unterstützung "
        "Russlands. Nordkorea räumte im April erstmals ein, nordkoreanische Soldaten an der Front in der Ukraine "
        "eingesetzt zu haben. Im April bestätigte Pjöngjang erstmals, dass nordkoreanische Soldaten nach Russland "
        "zum Kampf gegen die ukrainische Armee geschickt worden seien."
    )
    mentions = [("Nordkorea", "LOC"), ("Ukraine-Krieg", "MISC"), ("Russlands", "LOC"), ("Nordkorea", "LOC", 1),
                ("Ukraine", "LOC", 1), ("Pjöngjang", "LOC"), ("Russland", "LOC", 1)]
    timexes = [("im April", "2025-04"), ("im April", "2025-04", 1), ("Im April", "2025-04")]
    events = run(text, mentions, timexes, published="2025-08-15")
    assert brief(events) == [
        ("deployment", ("Nordkorea",), None, "2025-04", "text", "happened"),
        ("deployment", ("Nordkorea",), "Ukraine", "2025-04", "text", "happened"),
        ("deployment", ("Nordkorea",), "Russland", "2025-04", "text", "happened"),
    ]
    assert [e.trigger for e in events] == ["Einsatz", "eingesetzt", "geschickt"]


def test_background_deployment_behind_the_lead_stays_undated():
    text = FILLER + (
        "Nach westlichen Angaben wurden mehr als 10.000 Nordkoreaner nach Kursk geschickt, wo die Ukraine im "
        "vergangenen Jahr ein großes russisches Territorium besetzt hatte."
    )
    events = run(text, [("Kursk", "LOC"), ("Ukraine", "LOC")], [("im vergangenen Jahr", "2024")],
                 published="2025-08-15")
    # the troops' nationality names the sender; no place mention of it here, so the plain name
    assert brief(events) == [("deployment", ("Nordkorea",), "Kursk", None, None, "happened")]


def test_treaty_signed_during_a_visit_are_two_events():
    text = "Die beiden Staaten unterzeichneten im vergangenen Jahr bei einem Besuch Putins in Nordkorea einen Verteidigungspakt."
    events = run(text, [("Putins", "PER"), ("Nordkorea", "LOC")], [("im vergangenen Jahr", "2024")],
                 published="2025-08-13")
    assert brief(events) == [
        ("agreement", (), None, "2024", "text", "happened"),
        ("visit", ("Putins",), "Nordkorea", "2024", "text", "happened"),
    ]


def test_future_auxiliary_marks_announced_visit():
    text = FILLER + "Der Bundeskanzler wird in der kommenden Woche Peking besuchen, sagte Regierungssprecher Kornelius."
    events = run(text, [("Peking", "LOC"), ("Kornelius", "PER")], [("in der kommenden Woche", "2025-W35")],
                 published="2025-08-20")
    assert [(e.type, e.status, e.date) for e in events] == [("visit", "announced", "2025-W35")]


@pytest.mark.parametrize("value,expected", [
    ("2025", ("2025-01-01", "2025-12-31")),
    ("2025-04", ("2025-04-01", "2025-04-31")),
    ("2024-FA", ("2024-09-01", "2024-11-31")),
    ("2025-08-12", ("2025-08-12", "2025-08-12")),
    ("XXXX-08-09", None),
    ("PRESENT_REF", None),
])
def test_date_range(value, expected):
    assert date_range(value) == expected


# --------------------------------------------------------------------------- precision on general news


def test_interview_in_a_broadcast_talk_is_no_meeting():
    text = FILLER + "Das sei nicht leicht, fügte der Kanzler Werner Faymann in dem am Donnerstag ausgestrahlten Gespräch hinzu."
    assert run(text, [("Werner Faymann", "PER")]) == ()


def test_talk_with_a_newspaper_is_an_interview():
    text = FILLER + "Der Außenminister Frank-Walter Steinmeier sprach bei einem Gespräch mit der Zeitung über Griechenland."
    assert run(text, [("Frank-Walter Steinmeier", "PER"), ("Griechenland", "LOC")]) == ()


def test_speech_in_a_talk_is_an_interview_but_at_a_talk_is_a_meeting():
    interview = FILLER + "Alle kommen zu mir, klagte Boiko Borissow in einem Gespräch mit Rumen Radew."
    assert run(interview, [("Boiko Borissow", "PER"), ("Rumen Radew", "PER")]) == ()
    meeting = FILLER + "Dies habe John Kerry bei einem Gespräch mit Mahmoud Abbas in Jordanien deutlich gemacht."
    events = run(meeting, [("John Kerry", "PER"), ("Mahmoud Abbas", "PER"), ("Jordanien", "LOC")])
    assert [(e.type, e.participants, e.place) for e in events] == [
        ("meeting", ("John Kerry", "Mahmoud Abbas"), "Jordanien")]


@pytest.mark.parametrize("text,mentions", [
    ("Die SPÖ lud Heinz-Christian Strache am Montag zu einem Pressegespräch in Wien.",
     [("SPÖ", "ORG"), ("Heinz-Christian Strache", "PER"), ("Wien", "LOC")]),
    ("Die Ministerin Barbara Hendricks bringt eine Strafabgabe für Autos ins Gespräch.", [("Barbara Hendricks", "PER")]),
    ("Die Grünen führen ein weiteres Argument gegen den Konzern Ikea ins Treffen.", [("Grünen", "ORG"), ("Ikea", "ORG")]),
    ("Die Partei ÖVP geriet gegenüber der SPÖ ins Hintertreffen.", [("ÖVP", "ORG"), ("SPÖ", "ORG")]),
])
def test_press_talks_and_idioms_are_no_meetings(text, mentions):
    assert run(FILLER + text, mentions) == ()


@pytest.mark.parametrize("text,mentions", [
    ("Im Viertelfinale trifft Novak Djokovic auf den Kroaten Marin Cilic.",
     [("Novak Djokovic", "PER"), ("Marin Cilic", "PER")]),
    ("Nach einer Kombination mit Brett McLean traf Andrew Kozek zum Ausgleich.",
     [("Brett McLean", "PER"), ("Andrew Kozek", "PER")]),
    ("In Deutschland empfangen die Fußballer des 1. FC Köln am Samstag Bayern München.",
     [("Deutschland", "LOC"), ("1. FC Köln", "ORG"), ("Bayern München", "ORG")]),
    ("Papst Franziskus wurde in Holguin von zehntausenden Menschen empfangen.",
     [("Papst Franziskus", "PER"), ("Holguin", "LOC")]),
])
def test_sports_pairings_goals_and_crowds_are_no_meetings(text, mentions):
    assert run(FILLER + text, mentions) == ()


def test_meeting_on_a_summit_is_kept_despite_auf():
    text = FILLER + "Angela Merkel traf auf dem Gipfel in Brüssel den Premier David Cameron."
    events = run(text, [("Angela Merkel", "PER"), ("Brüssel", "LOC"), ("David Cameron", "PER")], [], "2015-06-26")
    assert [(e.type, e.participants) for e in events][:1] == [("meeting", ("Angela Merkel", "David Cameron"))]


@pytest.mark.parametrize("text,mentions", [
    ("Die Sängerin Adele habe einen großen Plattenvertrag erhalten.", [("Adele", "PER")]),
    ("Der Stürmer Anatol Cheptine steht beim Klub MFK Ruzomberok unter Vertrag.",
     [("Anatol Cheptine", "PER"), ("MFK Ruzomberok", "ORG")]),
    ("Trotz eines bis 2018 laufenden Vertrags plant Aleksandar Dragovic den Abschied.", [("Aleksandar Dragovic", "PER")]),
    ("Russland werde mit der Ukraine keinen Vertrag zur Stromversorgung schließen.",
     [("Russland", "LOC"), ("Ukraine", "LOC")]),
    ("Auch Österreich hat mehrere Dutzend solcher Verträge unterzeichnet.", [("Österreich", "LOC")]),
    ("Die Deutsche Telekom streicht die Gebühren für Telefonate im Ausland.", [("Deutsche Telekom", "ORG")]),
    ("So besuchten in Wien 53 Prozent der Schüler die Unterstufe.", [("Wien", "LOC")]),
    ("Die MTB Privatstiftung von Theresia Babler dürfte schon unterschrieben haben.",
     [("MTB Privatstiftung", "ORG"), ("Theresia Babler", "PER")]),
])
def test_contracts_generic_mentions_and_attendance_are_no_events(text, mentions):
    assert run(FILLER + text, mentions) == ()


def test_contract_signed_between_named_parties_is_an_agreement():
    text = FILLER + "2002 hatte der Sänger Robbie Williams mit EMI einen Vertrag unterzeichnet."
    events = run(text, [("Robbie Williams", "PER"), ("EMI", "ORG")], [("2002", "2002")])
    assert brief(events) == [("agreement", ("Robbie Williams", "EMI"), None, "2002", "text", "happened")]


def test_treaty_named_after_a_place_takes_it_as_place_not_party():
    text = FILLER + "Der Vertrag von Amsterdam wurde 1997 von den Staaten der EU unterzeichnet."
    events = run(text, [("Amsterdam", "LOC"), ("EU", "ORG")], [("1997", "1997")])
    assert brief(events) == [("agreement", ("EU",), "Amsterdam", "1997", "text", "happened")]


def test_political_compounds_stay_events():
    text = FILLER + "Die ÖVP und die FPÖ haben am Montag Koalitionsgespräche in Linz aufgenommen."
    events = run(text, [("ÖVP", "ORG"), ("FPÖ", "ORG"), ("Linz", "LOC")], [("am Montag", "2015-10-05")])
    assert brief(events) == [("meeting", ("ÖVP", "FPÖ"), "Linz", "2015-10-05", "text", "happened")]



@pytest.mark.parametrize("label", ["LOC", "MISC"])  # a tagger may take the war for a place
def test_a_compound_about_a_place_is_no_place(label):
    text = "Nordkorea bestätigte im April den Einsatz von Truppen im Ukraine-Krieg."
    events = run(text, [("Nordkorea", "LOC"), ("Ukraine-Krieg", label)], [("im April", "2025-04")],
                 published="2025-08-15")
    assert brief(events) == [("deployment", ("Nordkorea",), None, "2025-04", "text", "happened")]
