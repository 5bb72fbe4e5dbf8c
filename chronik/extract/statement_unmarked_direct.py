"""Direct speech printed without quotation marks that runs beyond its frame's sentence: first-person
sentences before an inverted frame or after a colon frame, and, in an article that prints no
quotation marks at all, first-person sentences after a person's statement (and present indicative
ones linked back to it).

Run once all frames are read: whether a neighbouring sentence is free depends on the statements
found in it.
"""
from __future__ import annotations

from dataclasses import replace

from chronik.extract.statement_reader import StatementReader as _Reader
from chronik.extract.statement_speakers import is_person, previous_subject
from chronik.records import Statement

# Most sentences unmarked direct speech runs over beyond the one of its frame.
MAX_FREE_SENTENCES = 4
# Most words before the colon of an interview's turn ("STANDARD:", "Stephan Schulmeister:", "Pau:"), and most
# characters read for them at a paragraph's start.
MAX_TURN_NAME_WORDS = 3
MAX_LABEL_CHARS = 60


def extend_direct(r: _Reader, st: Statement, by_sentence) -> Statement:
    """Unmarked direct speech over several sentences: ``Wir sind ... gelangt. Es werden keine
    Mauern errichtet, kommentierte X.`` reaches back over the sentences before its frame
    that have no statement of their own and speak in the first or second person (or,
    with a colon frame, forward over those after it)."""
    if st.kind != "direct" or st.marked:
        return st
    v = r.v
    if reporters_words(r, st):
        return replace(st, kind="indirect")
    st = drop_narration(r, st)
    start, end = st.start, st.end
    free = st.cue_start is None  # (frameless first-person speech goes on forward, see free_direct)
    if not free and st.cue_start > st.end:  # the frame after its content
        si = st.sentence - 1
        while si >= 0 and st.sentence - si <= MAX_FREE_SENTENCES and not by_sentence.get(si):
            toks = list(r.sentence_tokens(si))
            if not toks or not r.first_person(toks) or "\n" in v.text[v.sentences[si].end:start]:
                break
            start = v.tokens[r.trim(toks)[0]].start if r.trim(toks) else start
            si -= 1
    # "Wir erleben ..., sagt X. Die Verschlechterung ... verschärfen die Situation.": in an article that
    # prints no quotation marks, words of the speaker's own (in the first or second person) framed
    # after their first sentence go on in the present indicative (the reporter narrates in the past)
    # as well as in the first person
    present = not free and st.cue_start > st.end and not v.quotes and r.first_person(content_tokens(r, st))
    if st.cue == ":" and not v.quotes:
        # "STANDARD: Wie geht es weiter? Schulmeister: Ich sehe keine Besserung. Die Politik hat versagt.
        # STANDARD: ...": an interview's turn goes on, in whatever person, up to the next turn
        turn = _turn_end(r, st.sentence, by_sentence)
        if turn is not None:
            for si in range(st.sentence + 1, turn + 1):
                by_sentence.setdefault(si, [])
            end = v.tokens[r.trim(list(r.sentence_tokens(turn)))[-1]].end
    if free or st.cue_start > st.end or st.cue == ":" or v.text[st.cue_end:st.start].strip().endswith(":"):
        si = st.sentence + 1
        while si < len(v.sentences) and v.sentences[si].end <= end:
            si += 1
        while si < len(v.sentences) and si - st.sentence <= MAX_FREE_SENTENCES and not by_sentence.get(si):
            toks = r.trim(list(r.sentence_tokens(si)))
            if not toks or not (r.first_person(toks) or present and r.present_statement(toks)) \
                    or r.main_subjunctive(toks) \
                    or "\n" in v.text[end:v.sentences[si].start]:
                break
            end = v.tokens[toks[-1]].end
            by_sentence.setdefault(si, [])
            si += 1
    if (start, end) == (st.start, st.end):
        return st
    return replace(st, start=start, end=end, text=v.text[start:end])


def _speaker(st: Statement, basis: str | None = None) -> tuple:
    """A statement's speaker as the readers pass it on: name, span and basis (``basis`` for a carried one)."""
    return st.speaker_name, st.speaker_start, st.speaker_end, basis or st.speaker_basis


def turn_opener(r: _Reader, si: int) -> bool:
    """Whether sentence ``si`` opens with an interview's turn: a name or a capitalised word or two
    and a colon (``STANDARD: Wie ...``, ``Schulmeister: Ich ...``), no lower-case word before it."""
    v = r.v
    toks = list(r.sentence_tokens(si))
    for j, k in enumerate(toks[:MAX_TURN_NAME_WORDS + 1]):
        if v.tokens[k].text == ":":
            return j > 0
        if not v.tokens[k].text[:1].isupper():
            return False  # (the tagger's part of speech is no help here: "STANDARD" may be a verb to it)
    return False


def labelled_paragraph(text: str, pos: int) -> bool:
    """Whether the paragraph around ``pos`` opens with a speaker's label, as an interview prints its answers
    (``Pau: Ich halte ...``, ``''Wikinews'': ...``): up to ``MAX_TURN_NAME_WORDS`` capitalised words and a colon."""
    a = text.rfind("\n", 0, pos) + 1
    head, colon, _ = text[a:a + MAX_LABEL_CHARS].partition(":")
    words = head.split()
    return bool(colon) and 0 < len(words) <= MAX_TURN_NAME_WORDS and all(
        not w[:1].isalpha() or w[:1].isupper() for w in words)


def _turn_end(r: _Reader, si: int, by_sentence) -> int | None:
    """The last sentence of the interview's turn that sentence ``si`` opens: the one before the next
    turn, within ``MAX_FREE_SENTENCES`` sentences with no statement of their own and no narration; None
    where no turn follows so soon (the words after the last turn go on as after any colon)."""
    v = r.v
    for j in range(si + 1, min(len(v.sentences), si + 2 + MAX_FREE_SENTENCES)):
        if turn_opener(r, j):
            return j - 1 if j - 1 > si else None
        toks = r.trim(list(r.sentence_tokens(j)))
        if by_sentence.get(j) or not toks or narrative_preterite(r, toks) or r.main_subjunctive(toks):
            return None
    return None


def _goes_on_in_the_present(r: _Reader, st: Statement, si: int, toks) -> bool:
    """``Er betonte, es sei nicht an ihm, zu entscheiden. Das wird der internationale Tennisverband
    festlegen.``: in an article without quotation marks, a sentence right after a person's statement
    framed by a verb (not a ``laut`` credit for a fact), in the present indicative where the reporter
    tells in the past, and linked back to what was said (a pronoun or adverb before its finite verb,
    ``Das``, ``Bis dahin``, ``Es``; the reporter's next sentence opens a topic of its own with a noun,
    ``Die Teststrecken sind ...``), goes on in that person's words. Not where it names someone or
    something (``Telefonica O2 will ...``), speaks of a third person (``Er will ...``: the speaker as the
    reporter sees them), frames speech of its own or says ``sollen`` (the reporter's rendering)."""
    v, lex = r.v, r.lex
    s = v.sentences[si]
    t = r.trim(toks)
    if st.kind == "reported" or not st.speaker_name or st.cue_start is None or not t or r.first_person(t) \
            or "\n" in v.text[st.end:s.start] or r.quote_covers(toks) \
            or v.pos(v.token_at(st.cue_start)) not in ("VERB", "AUX") \
            or not is_person(r, _speaker(st)) \
            or not r.present_statement(t):
        return False
    if any(v.pos(k) == "PROPN" for k in t) or any(m.start < s.end and m.end > s.start for m in v.mentions):
        return False
    if any(v.dep(k) == "nsubj" and r.low(k) in lex.speaker_pronouns for k in t):
        return False
    if any(v.pos(k) == "VERB" and r.verb_lemma(k) in lex.speech_verbs for k in t) \
            or any(v.lemma(k).lower() in lex.reportive_modals for k in t):
        return False
    fin = next((j for j, k in enumerate(t) if v.pos(k) in ("VERB", "AUX")), None)
    return bool(fin) and not any(v.pos(k) in ("NOUN", "PROPN") for k in t[:fin])


def narrative_preterite(r: _Reader, toks) -> bool:
    """A main clause whose own verb is a full verb in the preterite indicative, with no auxiliary
    (``Die Ministerin verteidigte den Plan``): written narration; spoken German tells the past of a
    full verb in the perfect (``wir haben ... verteidigt``), its preterite only of ``sein``, ``haben``
    and the modals (auxiliaries to the tagger)."""
    v = r.v
    roots = [k for k in toks if v.head(k) == k and not r.in_quote(k)]
    if len(roots) != 1 or r.first_person(toks):
        return False
    k = roots[0]
    return v.pos(k) == "VERB" and v.feature(k, "Mood") != "Sub" and (
        v.feature(k, "Tense") == "Past" or v.weak_preterite(k)) and v.feature(k, "VerbForm") != "Part" \
        and not any(v.dep(c) in ("aux", "aux:pass", "cop") for c in v.children[k])


def drop_narration(r: _Reader, st: Statement) -> Statement:
    """``Die Ministerin verteidigte den Plan. Wir haben alles geprüft. Das sagte X.``: unmarked direct
    speech over several sentences does not open with the reporter's narration (``narrative_preterite``,
    not in the first or second person) before the speaker's own words."""
    v = r.v
    start = st.start
    si = v.sentence_of[v.token_at(start)]
    while si < st.sentence:
        toks = r.trim([k for k in r.sentence_tokens(si) if v.tokens[k].start >= start])
        if not toks or not narrative_preterite(r, toks):
            break
        si += 1
        rest = r.trim([k for k in r.sentence_tokens(si) if v.tokens[k].end <= st.end])
        if not rest:
            break
        start = v.tokens[rest[0]].start
    if start == st.start:
        return st
    return replace(st, start=start, text=v.text[start:st.end])


def content_tokens(r: _Reader, st: Statement) -> list[int]:
    """The words of a statement's message in its frame's sentence."""
    v = r.v
    return [k for k in r.sentence_tokens(st.sentence) if st.start <= v.tokens[k].start < st.end]


def reporters_words(r: _Reader, st: Statement) -> bool:
    """An unmarked indicative clause framed as a person's words that is the reporter's rendering of them
    (never in the first or second person): it names its own speaker in the third person (``Die bisherige
    Chefin ..., Gabi Schiessling, wird nicht mehr kandidieren, erklärte sie``: no one speaks of themselves by
    name), or, before its frame, a main clause's finite verb is ``sollen`` (``Es soll auch einen echten Testbetrieb geben,
    sagte X``; ``Für Neukunden sollen ... die Zuschläge entfallen, sagte X``: the reporter's way of giving a
    plan or claim, the speaker's own words say ``wird``, ``wir wollen``)."""
    if st.cue_start is None or st.marked:
        return False
    v, lex = r.v, r.lex
    toks = content_tokens(r, st)
    if not toks or r.first_person(toks):
        return False
    if st.speaker_name and st.speaker_basis != "carried":
        last = st.speaker_name.split()[-1]
        if len(last) > 2 and last[:1].isupper() and any(v.tokens[k].text == last for k in toks):
            return True
    if st.cue_start < st.end or v.text[st.end:st.cue_start].lstrip().startswith("?"):
        return False  # (after a colon, "X: Was soll die Frage?", and a question are the speaker's own turn)
    for i, k in enumerate(toks[:-1]):
        # (read off the words, the parse often loses such a sentence: in a subordinate or relative clause
        # the finite verb comes last, "die geprüft werden soll, ...", in a main clause more follows it)
        if v.lemma(k).lower() in lex.reportive_modals and v.pos(k) in ("AUX", "VERB") and not r.in_quote(k) \
                and v.tokens[toks[i + 1]].text[:1].isalnum():
            return True
    return False


def direct_before_indirect(r: _Reader, found: list[Statement], by_sentence) -> list[Statement]:
    """``Es gibt viel zu tun, ... Aber wir können es schaffen. Ausländische Autobauer sollten nun ...
    angelockt werden, sagte X weiter.``: a person's frame after its content looks back over the sentences
    before it in its paragraph that speak in the first or second person and have no statement of their own,
    whatever the mood of its own clause; they are that person's words (unmarked direct speech), as before a
    direct one (``extend_direct``)."""
    v = r.v
    out: list[Statement] = []
    for st in found:
        if st.kind != "indirect" or st.cue_start is None or st.cue_start <= st.end or st.marked \
                or not is_person(r, _speaker(st)):
            continue
        first = None
        si = st.sentence - 1
        while si >= 0 and st.sentence - si <= MAX_FREE_SENTENCES and not by_sentence.get(si):
            toks = r.trim(list(r.sentence_tokens(si)))
            if not toks or not r.first_person(toks) or r.quote_covers(toks) \
                    or "\n" in v.text[v.sentences[si].end:st.start]:
                break
            first = si
            si -= 1
        if first is None:
            continue
        toks = [k for j in range(first, st.sentence) for k in r.sentence_tokens(j)]
        made = r.make("direct", toks, None, _speaker(st, "carried"), first)
        if made is not None:
            for j in range(first, st.sentence):
                by_sentence.setdefault(j, []).append(made)
            out.append(made)
    return out


def free_direct(r: _Reader, found: list[Statement], by_sentence) -> list[Statement]:
    """``Kohlschreiber lobte seinen Gegner. Ich hoffe, ich habe ...``: in an article that prints
    no quotation marks, a sentence in the first person right after a statement of a person (not
    direct speech of its own), with no statement in it, goes on in that person's words (carried;
    ``wir`` as its subject too: ``Wir gehen ja davon aus, ...``);
    so does one right after a sentence with no statement whose subject is a person (``dachte
    Kohlschreiber an Thiem. Ich hoffe, ...``); and one in the present indicative linked back to a
    person's framed statement right before it (``_goes_on_in_the_present``)."""
    v = r.v
    if v.quotes:
        return []
    out: list[Statement] = []
    for si in range(1, len(v.sentences)):
        s = v.sentences[si]
        if any(st.start < s.end and st.end > s.start for st in found + out):
            continue
        toks = list(r.sentence_tokens(si))
        p = v.sentences[si - 1]
        prev = [st for st in found if p.start <= st.end <= p.end and st.start < s.start]
        if prev and _goes_on_in_the_present(r, prev[-1], si, toks):
            st = prev[-1]
            made = r.make("direct", toks, None, _speaker(st, "carried"), si)
            if made is not None:
                by_sentence.setdefault(si, []).append(made)
                out.append(made)
            continue
        # ("wir" is also an author's, "Mit diesem Princip verlassen wir ...": only as the subject right after
        # a person's statement is it theirs, "Seiner Meinung nach lassen sich ... Wir gehen ja davon aus, ...")
        singular = any(r.low(t) in r.lex.first_person_singular for t in toks)
        plural = any(v.dep(t) == "nsubj" and r.low(t) in r.lex.first_second_person and not r.in_quote(t) for t in toks)
        if not toks or not (singular or plural) or r.quote_covers(toks):
            continue
        p = v.sentences[si - 1]
        prev = [st for st in found if p.start <= st.end <= p.end and st.start < s.start]
        if not prev and not singular:
            continue
        if not prev and not any(o.start < p.end and o.end > p.start for o in found + out):
            # "Im Moment des Triumphs dachte Kohlschreiber auch noch an Dominic Thiem. Ich hoffe, ...": a
            # sentence before with no statement, whose subject is a person, names whose words go on
            subject = previous_subject(r, si)
            if subject is not None and subject[1] is not None and is_person(r, (*subject[:3], "text")) \
                    and "\n" not in v.text[p.end:s.start]:
                made = r.make("direct", toks, None, subject, si)
                if made is not None:
                    by_sentence.setdefault(si, []).append(made)
                    out.append(extend_direct(r, made, by_sentence))
            continue
        if not prev or prev[-1].kind == "direct" or not prev[-1].speaker_name:
            continue
        st = prev[-1]
        if not is_person(r, _speaker(st)) \
                or "\n" in v.text[st.end:s.start]:
            continue  # (a new paragraph is a new voice)
        made = r.make("direct", toks, None, _speaker(st, "carried"), si)
        if made is not None:
            by_sentence.setdefault(si, []).append(made)
            out.append(extend_direct(r, made, by_sentence))
    return out
