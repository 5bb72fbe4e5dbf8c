"""Direct quotes and their speakers, on sentences of the seed articles.

Mentions are built by hand (the names found with str.find), so that these
tests do not depend on the entity stage.
"""
from __future__ import annotations

import re

import pytest

from chronik.extract.quotes import extract_quotes
from chronik.extract.tokens import split_sentences, tokenize
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.quotes import QUOTE_LEXICON
from chronik.records import Mention

PER = ["Wladimir Putin", "Putin", "Kim Jong Un", "Kim", "Donald Trump", "Trump", "Yang Moo Jin", "Yang",
       "Juri Uschakow", "Wjatscheslaw Wolodin", "Sergej Lawrow", "Lawrow"]
ORG = ["KCNA", "Kreml", "DPA", "Truth Social"]
LOC = ["Nordkorea", "Russland", "Ukraine", "Kursk", "Peking"]


def mentions_for(text: str) -> tuple[Mention, ...]:
    spans = []
    for label, names in (("PER", PER), ("ORG", ORG), ("LOC", LOC)):
        for name in names:
            for m in re.finditer(r"(?<![\w-])" + re.escape(name) + r"(?![\w-])", text):
                spans.append((m.start(), m.end(), label))
    spans.sort(key=lambda s: (s[0], -(s[1] - s[0])))
    out, end = [], -1
    for a, b, label in spans:
        if a >= end:
            out.append(Mention(start=a, end=b, text=text[a:b], label=label))
            end = b
    return tuple(out)


def quotes(text: str):
    tokens = tokenize(text, ABBREVIATIONS)
    sentences = split_sentences(text, tokens)
    return extract_quotes(text, tokens, sentences, mentions_for(text), QUOTE_LEXICON)


def speakers(text: str):
    return [(q.text, q.speaker_name) for q in quotes(text)]


# --- quote forms -------------------------------------------------------------

def test_frame_after_quote_with_role_and_name():
    text = ('"Die Beziehungen zwischen unseren Ländern haben einen alliierten Charakter angenommen", sagte der '
            'russische Präsident Wladimir Putin bei einem Treffen mit Nordkoreas Machthaber Kim Jong Un.')
    (q,) = quotes(text)
    assert q.text == "Die Beziehungen zwischen unseren Ländern haben einen alliierten Charakter angenommen"
    assert (q.start, q.end) == (1, 1 + len(q.text))
    assert q.speaker_name == "Wladimir Putin"
    assert text[q.speaker_start:q.speaker_end] == "Wladimir Putin"
    assert q.speaker_basis == "text"
    assert q.partial is False
    assert q.via is None


@pytest.mark.parametrize("opening, closing", [("„", "“"), ("»", "«"), ("«", "»"), ("\"", "\""), ("“", "”")])
def test_quotation_mark_styles(opening, closing):
    text = f"Bei der Verabschiedung umarmte Kim den Kremlchef. {opening}Wir warten auf Sie, kommen Sie{closing}, entgegnete Putin."
    assert speakers(text) == [("Wir warten auf Sie, kommen Sie", "Putin")]


def test_colon_frame_subject_before_verb():
    text = ('Kim erklärte seinerseits an Putin gerichtet: "Wenn es etwas gibt, was ich für Sie tun kann, '
            'betrachte ich das als meine brüderliche Pflicht."')
    (q,) = quotes(text)
    assert q.text == "Wenn es etwas gibt, was ich für Sie tun kann, betrachte ich das als meine brüderliche Pflicht."
    assert (q.speaker_name, q.speaker_basis, q.partial) == ("Kim", "text", False)


def test_colon_frame_with_prepositional_prefield():
    text = ('Der US-Präsident hatte die Militärparade zum Anlass genommen. Auf seiner Online-Plattform Truth Social '
            'schrieb Trump: "Bitte richten Sie meine herzlichsten Grüße an Wladimir Putin aus".')
    assert speakers(text) == [("Bitte richten Sie meine herzlichsten Grüße an Wladimir Putin aus", "Trump")]


def test_quote_spanning_sentences():
    text = ('"Ich möchte sagen, dass niemand Verschwörungen angestiftet hat. Niemand hat irgendetwas ausgeheckt", '
            'sagte Juri Uschakow, Putins außenpolitischer Berater.')
    (q,) = quotes(text)
    assert q.text == "Ich möchte sagen, dass niemand Verschwörungen angestiftet hat. Niemand hat irgendetwas ausgeheckt"
    assert q.speaker_name == "Juri Uschakow"
    assert q.sentence == 0


def test_so_frame():
    text = '"Die Lage an der Front ist ernst", so Lawrow am Montag in Pjöngjang.'
    assert speakers(text) == [("Die Lage an der Front ist ernst", "Lawrow")]


def test_frame_after_the_quoted_clause():
    text = ('«Das Teilen von Blut, Leben und Tod im selben Schützengraben» habe die Beziehung zu Russland '
            'gefestigt, schrieb Kim laut der Agentur DPA.')
    (q,) = quotes(text)
    assert (q.text, q.speaker_name, q.via, q.partial) == (
        "Das Teilen von Blut, Leben und Tod im selben Schützengraben", "Kim", "DPA", False)


# --- via and channels ----------------------------------------------------------

SEED_001 = (
    "Putin verwies nun auf die jahrzehntelangen militärischen Bande zwischen Russland und Nordkorea. "
    '"Das wurde voll bestätigt durch die heldenhafte Beteiligung der Soldaten Nordkoreas an der Befreiung des '
    'Gebietes der Region Kursk", hob Putin laut der nordkoreanischen Nachrichtenagentur KCNA hervor. '
    '"Das russische Volk wird für immer ihren Mut in Erinnerung behalten." Er fügte demnach hinzu, dass beide '
    'Länder weiterhin zusammen ihre "Souveränität verteidigen" würden.'
)


def test_via_channel_and_continuation_in_next_sentence():
    q1, q2, q3 = quotes(SEED_001)
    assert (q1.speaker_name, q1.via, q1.speaker_basis) == ("Putin", "KCNA", "text")
    assert SEED_001[q1.speaker_start:q1.speaker_end] == "Putin"
    assert q2.text == "Das russische Volk wird für immer ihren Mut in Erinnerung behalten."
    assert (q2.speaker_name, q2.via, q2.sentence) == ("Putin", "KCNA", 2)
    # "Er" resolves to the speaker before
    assert (q3.text, q3.speaker_name, q3.speaker_basis, q3.partial) == (
        "Souveränität verteidigen", "Putin", "pronoun", True)
    assert SEED_001[q3.speaker_start:q3.speaker_end] == "Er"


def test_laut_names_the_speaker_when_no_subject_does():
    text = 'Laut KCNA sei die Zusammenarbeit "auf einem neuen historischen Höhepunkt angelangt".'
    (q,) = quotes(text)
    assert (q.speaker_name, q.via, q.partial) == ("KCNA", None, True)


# --- pronouns, role nouns, full names ---------------------------------------------

SEED_000 = (
    "Nach Ansicht von Yang Moo Jin, Präsident der Universität für Nordkorea-Studien in Seoul, wollen die beiden "
    "Politiker demonstrieren, wie nahe sie sich stehen. Putin könnte Kim auch über Angelegenheiten informiert "
    "haben, erklärte Yang weiter.\n\n"
    "Kim unterstützt Putin in seinem Krieg gegen die Ukraine mit Waffen und Soldaten.\n\n"
    'Sollten Trump und Putin sich auf ein Friedensabkommen für die Ukraine einigen, "könnte Putin Kim Jong Uns '
    'Haltung in Bezug auf Trumps Interessen bezüglich Nordkorea vermitteln", erklärte er.'
)


def test_pronoun_resolves_to_last_reporting_subject_with_full_name():
    (q,) = quotes(SEED_000)
    assert q.text.startswith("könnte Putin Kim Jong Uns Haltung")
    assert (q.speaker_name, q.speaker_basis, q.partial) == ("Yang Moo Jin", "pronoun", True)
    assert SEED_000[q.speaker_start:q.speaker_end] == "er"


def test_role_noun_resolves_to_name_it_stood_beside():
    text = ('In einem Brief an den nordkoreanischen Machthaber Kim Jong Un hat Kremlchef Wladimir Putin die '
            'Soldaten gelobt. Die Nachrichtenagentur KCNA veröffentlichte später auch Kims Antwort an Putin, in '
            'der der nordkoreanische Machthaber die Beziehungen als "die stabilste Kameradschaft und eine '
            'umfassende strategische Partnerschaft" lobte.')
    (q,) = quotes(text)
    assert (q.speaker_name, q.speaker_basis) == ("Kim Jong Un", "role")
    assert text[q.speaker_start:q.speaker_end] == "Machthaber"


def test_role_noun_without_apposition_resolves_to_last_speaker():
    text = ('"Die Beziehungen haben einen alliierten Charakter angenommen", sagte der russische Präsident '
            'Wladimir Putin bei einem Treffen mit Kim Jong Un in Peking.\n'
            'Der Kremlchef dankte Kim ausdrücklich für die Entsendung nordkoreanischer Soldaten: "Wir werden '
            'niemals die Opfer vergessen."')
    q1, q2 = quotes(text)
    assert q1.speaker_name == "Wladimir Putin"
    assert (q2.speaker_name, q2.speaker_basis) == ("Wladimir Putin", "role")
    assert text[q2.speaker_start:q2.speaker_end] == "Kremlchef"


# --- indirect frames and partial quotes ------------------------------------------

def test_indirect_frame_with_quoted_tail():
    text = ('Kim seinerseits versicherte den Angaben zufolge, dass Nordkorea alle von der russischen Führung '
            'ergriffenen Maßnahmen "auch in der Zukunft uneingeschränkt unterstützen wird".')
    (q,) = quotes(text)
    assert (q.text, q.speaker_name, q.partial) == (
        "auch in der Zukunft uneingeschränkt unterstützen wird", "Kim", True)


def test_short_fragment_in_reporting_frame_is_kept_as_partial():
    text = ('Putin habe die "aufopfernde Einstellung" der Soldaten der Koreanischen Volksarmee gewürdigt, '
            'erklärte KCNA.')
    (q,) = quotes(text)
    assert (q.text, q.speaker_name, q.partial) == ("aufopfernde Einstellung", "KCNA", True)


@pytest.mark.parametrize(
    "text",
    [
        'Die Bank hat ihren neuen "All-in-Rechner" vorgestellt.',
        "Der Artikel erschien zuerst in der Zeitung „Neue Zürcher Zeitung“ am Montag.",
        "Die Mondlandefähre „Eagle“ setzte im Meer der Ruhe auf.",
        "Die Ausstellung, auch „Weltkunstschau“ genannt, beginnt im Juni.",
        "Er las den Bericht der „New York Times“ am Morgen.",
    ],
)
def test_scare_quotes_names_and_titles_are_not_quotes(text):
    assert quotes(text) == ()


def test_unpaired_closing_mark_is_ignored():
    text = 'Das könnte positive Auswirkungen auf die innerkoreanischen Beziehungen haben".'
    assert quotes(text) == ()


def test_quote_does_not_cross_a_paragraph():
    text = 'Nordkorea: "Uneingeschränkte Unterstützung\n\nPutin habe die Soldaten gewürdigt.'
    assert quotes(text) == ()


# --- impersonal, passive and opinion frames; bare-noun subjects ---------------------

def test_heisst_es_in_names_the_document():
    text = ('"Wir bitten dringend um Aufklärung des Vorfalls", heißt es in einer Erklärung des Verbands '
            'an die Behörden.')
    (q,) = quotes(text)
    assert q.speaker_name == "einer Erklärung"
    assert text[q.speaker_start:q.speaker_end] == "einer Erklärung"


def test_heisst_es_in_the_prefield():
    text = 'Auf der Homepage des Vereins heißt es: "Die Ausstellung wird im Juni eröffnet."'
    (q,) = quotes(text)
    assert q.speaker_name == "der Homepage"


def test_passive_agent_is_the_speaker():
    text = 'Die Parade wurde von Kim als "ein historisches Ereignis für unser Volk" gewürdigt.'
    (q,) = quotes(text)
    assert (q.speaker_name, q.partial) == ("Kim", True)


def test_opinion_source_names_the_speaker():
    text = ('Nach Ansicht von Yang Moo Jin hat Pjöngjang „auf ganzer Linie gewonnen“. '
            'Seiner Meinung nach sei das „ein Wendepunkt für die ganze Region“.')
    q1, q2 = quotes(text)
    assert q1.speaker_name == "Yang Moo Jin"
    assert (q2.speaker_name, q2.speaker_basis) == ("Yang Moo Jin", "pronoun")


def test_bare_plural_noun_subject():
    text = '"Wozu braucht es diese Organisation noch?", fragen sich Experten.'
    (q,) = quotes(text)
    assert q.speaker_name == "Experten"


def test_genitive_name_is_not_the_subject():
    text = 'Der Premierminister nannte Trumps Angriffsauftrag „schnell, kraftvoll und entschieden“.'
    (q,) = quotes(text)
    assert text[q.speaker_start:q.speaker_end] == "Premierminister"


def test_heading_with_a_place_and_a_colon_has_no_speaker():
    text = 'Nordkorea: "Uneingeschränkte Unterstützung"\n\nPutin habe die Soldaten gewürdigt, erklärte KCNA.'
    (q,) = quotes(text)
    assert (q.text, q.speaker_name, q.speaker_start) == ("Uneingeschränkte Unterstützung", None, None)


@pytest.mark.parametrize(
    "text",
    [
        "Die „documenta“ in Kassel ist die bedeutendste Ausstellung für zeitgenössische Kunst.",
        "Laut „tagesschau.de“ gehören auch politische Posten zu den Forderungen der Rebellen.",
        "Die Zahl der Toten der Operation „Cast Lead“ („gegossenes Blei“) stieg auf 384.",
        "Ihr Abstand vom Muttergestirn betrug zu diesem Zeitpunkt „nur“ 147 Millionen Kilometer.",
        "Die Besucher hörten Vorträge wie „Der Einsatz der Trümmerbahnen in Dresden“ und andere.",
        "Bisher hat die „Aktion Deutschland hilft“ 1,95 Millionen Euro an Spenden erhalten.",
    ],
)
def test_frameless_titles_terms_and_scare_quotes_are_dropped(text):
    assert quotes(text) == ()


def test_a_title_after_an_article_is_no_quote_even_with_a_verb_at_its_end():
    # (the name of a campaign, not speech, though a verb ends it; with a frame in its sentence too)
    assert quotes("Putin von der „Aktion Deutschland hilft“ sagte, es sei ein falscher Eindruck entstanden.") == ()


def test_an_object_after_the_verb_is_not_the_speaker():
    assert speakers("Lawrow, der am Samstag in Wonsan eintraf, nannte seinen Besuch „historisch“.") == [
        ("historisch", "Lawrow")]


def test_a_person_named_right_before_the_colon_or_bracket_speaks():
    text = ("Viele Politiker gratulierten, so Sergej Lawrow („Mir fällt niemand ein, der das mehr verdient.“) "
            "und Juri Uschakow: „Der Preis kommt nicht zu früh.“")
    assert speakers(text) == [("Mir fällt niemand ein, der das mehr verdient.", "Sergej Lawrow"),
                              ("Der Preis kommt nicht zu früh.", "Juri Uschakow")]


# --- issue 17: names used as noun phrases, frames of content clauses ---------

def test_quoted_name_opening_the_sentence_as_its_subject_is_no_quote():
    text = '"Times of London" berichtete, anegeblich existierender Plan solle bis nach Brexit-Referendum geheim ' \
           'gehalten werden.'
    assert quotes(text) == ()


def test_quoted_words_before_their_frame_with_comma_stay_a_quote():
    assert speakers('„Wir schaffen das“, sagte Lawrow am Montag.') == [("Wir schaffen das", "Lawrow")]


def test_partial_quote_in_a_content_clause_is_the_frame_subjects():
    text = ('Die Slowakei übernimmt am 1. Juli die EU-Präsidentschaft, Premier Robert Fico fürchtet, dass '
            'Migranten "den Charakter unseres Landes ändern".')
    PER.append("Robert Fico")
    LOC.append("Slowakei")
    try:
        assert speakers(text) == [("den Charakter unseres Landes ändern", "Robert Fico")]
    finally:
        PER.remove("Robert Fico")
        LOC.remove("Slowakei")


def test_a_quote_in_a_relative_clause_on_a_name_is_that_persons_and_the_channel_passed_it_on():
    text = ("Laut der staatlichen Nachrichtenagentur KCNA übermittelte Lawrow auch Grüße von Präsident "
            'Putin, der auf "direkte Kontakte in sehr naher Zukunft" mit dem nordkoreanischen Führer hoffe.')
    (q,) = quotes(text)
    assert (q.speaker_name, q.via, q.partial) == ("Putin", "KCNA", True)


def test_a_quote_in_a_relative_clause_on_a_thing_keeps_the_sentences_speaker():
    text = 'Laut KCNA lobte Putin die Vereinbarung, die "einen neuen Abschnitt" eröffne.'
    (q,) = quotes(text)
    assert q.speaker_name == "Putin"


def test_translations_in_brackets_are_glosses_not_quotes():
    text = ("Die Abgeordneten einigten sich darauf, sich einer kleinen Partei anzuschließen, der „Palang "
            "Prachachon“ (etwa: „Partei der Volksmacht“, engl. „People's Power Party“). „Wir bleiben“, sagte "
            "der General.")
    assert [q.text for q in quotes(text)] == ["Wir bleiben"]


def test_a_long_name_before_its_naming_verb_is_no_quote():
    text = ("Die Militärjunta, die sich selbst „Rat für Demokratische Reform unter der Konstitutionellen "
            "Monarchie (CDRM)“ nennt, regiert seit September. „Wir übergeben die Macht“, sagte der General.")
    assert [q.text for q in quotes(text)] == ["Wir übergeben die Macht"]
