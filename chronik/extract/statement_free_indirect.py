"""Reported speech with no frame in its sentence: a Konjunktiv I (or, right after a report, a
Konjunktiv II) sentence goes on with the statement before it, or is framed by an inverted clause
after it (``..., hieß es aus dem Büro``) or an indicative main clause before its comma; hearsay
``soll`` counts only where a source is near.

German marks reported speech by mood alone, so whether a sentence continues a report, and whose,
is a question of its verbs' forms and of the sentences before, not of any frame.
"""
from __future__ import annotations

from dataclasses import replace

from chronik.extract.statement_reader import StatementReader as _Reader
from chronik.extract.statement_speakers import MAX_SPEAKER_DISTANCE, is_person, previous_subject
from chronik.records import Statement

# How far back (in sentences) free indirect speech looks for the statement it continues.
CARRY_SENTENCES = 4


def free_indirect(r: _Reader, si: int, sent: range, by_sentence) -> Statement | None:
    """A sentence in Konjunktiv I with no frame of its own: reported speech that goes
    on from the latest statement (a Konjunktiv II sentence only right after one)."""
    toks = list(sent)
    prev = None
    for back in range(si - 1, max(-1, si - 1 - CARRY_SENTENCES), -1):
        if by_sentence.get(back):
            prev = by_sentence[back][-1]
            break
    # (after a reported act too: "Die Regierung warnt vor Überschwemmungen. Die Dämme befänden sich ...";
    # and after a quote: "X sagte: „Wir wären überrascht.“ Zurzeit würden alle Daten ausgewertet", the
    # speaker's words go on reported, their Konjunktiv II standing in for a Konjunktiv I that looks
    # like the indicative)
    right_after = bool(by_sentence.get(si - 1)) and prev is not None
    # (the Konjunktiv of the sentence's own verb, not of a clause in it: "Die Sperre ist absurd, da O5 ...
    # sorgen sollte"; and no condition: "Sollte X davon abgehen, wäre eine Änderung nötig" is hypothetical)
    conditional = _conjunction_condition(r, toks)
    goes_on = right_after and any(_marked_subjunctive(r, k, conditional) and not _in_subordinate(r, toks, k)
                                  for k in toks if not r.in_quote(k)) and not _verb_first_condition(r, toks)
    # "Dabei sollen ... verhaftet worden sein": hearsay, marked by its modal, framed or not
    reported = r.main_subjunctive(toks) or r.leading_subjunctive(toks)
    modal = None if reported or goes_on or not _sourced(r, by_sentence, si) else r.reportive(toks)
    if not (reported or goes_on or modal is not None) or r.quote_covers(toks) \
            or r.first_person(toks) or _verb_first(r, toks):
        return None
    own = _tail_frame(r, toks) if reported or goes_on else None
    if own is not None:
        return own
    # "Stolpe setzt weiter auf ... . Heutige Fahrzeuge seien ...": a sentence right before with no
    # statement whose subject can speak names whose report goes on, over an older statement's speaker
    # (not for hearsay "sollen", which goes on from the source that made it a report: the sentence before
    # says whom the hearsay is about, "Am Sonntag begannen Razzien. Dabei sollen ... verhaftet worden sein")
    near = None if by_sentence.get(si - 1) or (modal is not None and prev is not None and prev.speaker_name) \
        else previous_subject(r, si)
    own_frame = _own_speech_subject(r, toks)
    if own_frame is not None:
        verb, spk = own_frame
        return r.make("indirect", toks, r.cue_of(verb), spk, si)
    lead = _lead_frame(r, toks, si)
    if lead is not None:
        return lead
    if near is None and prev is not None and not prev.speaker_name:
        # (a quote no one is named for in between goes on with the speaker before it: "X sagte: „...“
        # Die Gefahr sei real. „Aber ...“ Bei einer Pandemie sei ...")
        prev = next((st for back in range(si - 1, max(-1, si - 1 - CARRY_SENTENCES), -1)
                     for st in reversed(by_sentence.get(back, ())) if st.speaker_name), prev)
    if near is None and prev is not None and prev.speaker_name:
        spk = (prev.speaker_name, prev.speaker_start, prev.speaker_end, "carried")
    else:
        spk = near
    if modal is None:
        toks = _after_indicative_lead(r, toks)
    return r.make("indirect", toks, (modal, modal) if modal is not None else None, spk, si)


def _after_indicative_lead(r: _Reader, toks: list[int]) -> list[int]:
    """``Seine Frau ist ... operiert worden, und er wolle sie nun begleiten``, ``X wandte sich an ..., um
    sich zu verteidigen; er habe ...``: a sentence that opens with a main clause in the indicative and goes
    on in Konjunktiv after a comma and ``und`` or a semicolon reports from there on; the clause before is
    the reporter's. The tokens from that clause on, else all."""
    v = r.v
    first = next((k for k in toks if not r.in_quote(k) and _marked_subjunctive(r, k)
                  and not _in_subordinate(r, toks, k)), None)
    if first is None:
        return toks
    cut = None
    for i, t in enumerate(toks):
        if t >= first:
            break
        if v.tokens[t].text == ";" or (v.tokens[t].text == "," and i + 1 < len(toks)
                                       and v.pos(toks[i + 1]) == "CCONJ" and r.low(toks[i + 1]) == "und"):
            cut = i
    if cut is None:
        return toks
    lead = toks[:cut]
    # (the lead's own finite verb in the indicative, in a main clause: not "Wenn ..., und ..."; not an
    # infinitive, which is its own lemma, nor a form that is Konjunktiv I as well: "werde", "habe")
    if not any(v.pos(t) in ("VERB", "AUX") and v.feature(t, "Mood") == "Ind" and not r.in_quote(t)
               and not _in_subordinate(r, lead, t) and not r.konjunktiv_one(t)
               and r.low(t) != v.lemma(t).lower() and r.low(t) not in r.lex.subjunctive_forms for t in lead):
        return toks
    rest = toks[cut + 1:]
    if rest and v.pos(rest[0]) == "CCONJ":
        rest = rest[1:]
    return rest if len(r.trim(rest)) >= 3 else toks


def _own_speech_subject(r: _Reader, toks: list[int]):
    """``Das Exilparlament erklärte hingegen, bei den Protesten seien ...`` where the parse lost the
    content clause: the sentence's own speech verb (its root, in the indicative) and the subject
    before it that can speak name whose report it is, over a speaker carried from before."""
    v, lex = r.v, r.lex
    for k in toks:
        if v.head(k) != k or v.pos(k) != "VERB" or r.in_quote(k):
            continue
        if any(v.feature(j, "Mood") == "Sub" or r.konjunktiv_one(j) for j in [k] + [
                c for c in v.children[k] if v.dep(c) in ("aux", "aux:pass")]) or v.feature(k, "Mood") != "Ind" \
                and not any(v.dep(c) == "aux" for c in v.children[k]):
            return None  # ("X habe gesagt, ...": itself reported, the report of the speaker before)
        if r.verb_lemma(k) not in lex.speech_verbs:
            return None
        subj = v.subject(k)
        if subj is None or subj > k or r.low(subj) in lex.not_speakers or r.low(subj) in lex.connectives \
                or v.pos(subj) not in ("NOUN", "PROPN") or not r.can_speak(subj):
            return None
        if k + 1 < r.n and v.mention_at[k + 1] >= 0 and v.mentions[v.mention_at[k + 1]].label == "PER":
            return None  # "Weiters erklärt X": the name after the verb is the subject the parse missed
        spk = r.speaker(subj)
        return (k, spk) if spk and spk[0] else None
    return None


def _lead_frame(r: _Reader, toks: list[int], si: int) -> Statement | None:
    """``Die BVG begegnet der Kritik mit dem Argument, die Züge seien meist unterirdisch unterwegs``:
    a sentence that opens with a main clause in the indicative, active, whose subject can speak, and
    goes on after its comma in Konjunktiv I reports that subject's words (the clause before the comma
    frames them, whatever its verb), not a speaker's carried from before; the content is the part after
    the comma. Not after a subordinate or relative clause, nor before one (``..., als er ... sei``)."""
    v, lex = r.v, r.lex
    comma = next((t for t in toks if v.tokens[t].text == "," and not r.in_quote(t)), None)
    if comma is None:
        return None
    lead = r.trim([t for t in toks if t < comma])
    rest = r.trim([t for t in toks if t > comma])
    if len(lead) < 3 or len(rest) < 3 or v.pos(lead[0]) == "SCONJ" or r.low(lead[0]) in lex.subordinators:
        return None
    opener = rest[0]
    if "Rel" in (v.feature(opener, "PronType") or "") or (
            r.low(opener) in lex.subordinators and r.low(opener) not in lex.content_conjunctions):
        return None
    finite = [k for k in lead if v.pos(k) in ("VERB", "AUX") and v.feature(k, "Mood") is not None]
    if not finite or r.subjunctive(lead) or any(v.feature(k, "Mood") != "Ind" or _marked_subjunctive(r, k)
                                                for k in finite) or any(
            v.dep(k) == "aux:pass" or (v.pos(k) == "AUX" and v.lemma(k) == "werden") for k in lead):
        return None  # (a passive's subject is the one acted on: "Der Mann wurde festgenommen, er habe ...")
    head = v.head(finite[0]) if v.dep(finite[0]) in ("aux", "cop") and v.head(finite[0]) in lead else finite[0]
    subj = v.subject(head)
    if subj is None or subj not in lead or r.low(subj) in lex.not_speakers or r.low(subj) in lex.connectives \
            or v.pos(subj) not in ("NOUN", "PROPN", "PRON") or not r.can_speak(subj) or not r.subjunctive(rest):
        return None
    spk = r.speaker(subj)
    if spk is None or not spk[0]:
        return None
    return r.make("indirect", rest, (head, head), spk, si)


def _verb_first(r: _Reader, toks: list[int]) -> bool:
    """``Aber sei klug``, ``Und denke daran, ...``, ``Fahre hurtig``: a main clause that opens with its
    finite verb (after a coordinating conjunction) is an imperative or a question; a report in
    Konjunktiv I puts a subject or another phrase before its verb (``Er sei klug``)."""
    v = r.v
    words = [k for k in r.trim(toks) if not r.in_quote(k)]
    while words and r.low(words[0]) in r.lex.clause_conjunctions:
        words = words[1:]
    if not words:
        return False
    # (a Konjunktiv II opens a condition, whose main clause may well report: "Kämen sie dem nicht
    # nach, so schütze sie Gott")
    k = words[0]
    return r.low(k) in r.lex.subjunctive_forms or v.feature(k, "Mood") == "Imp" or r.konjunktiv_one(k)


def _marked_subjunctive(r: _Reader, k: int, conditional: bool = False) -> bool:
    """A verb in the Konjunktiv that its form shows: Konjunktiv I, or a Konjunktiv II unlike the
    preterite (``wäre``, ``brächten``, ``würde``); a weak verb's past form (``wählte``, ``rückte
    an``) is the preterite's too, however the tagger reads it, and reports nothing. A Konjunktiv II
    beside a Konjunktiv I of its own (``wäre``/``sei``, ``könnte``/``könne``) is the reporter's
    hypothesis: reported speech would take the Konjunktiv I - unless the sentence opens with a
    condition (``Falls ..., könnte dies ...``): a speaker's conditional keeps its Konjunktiv II."""
    v = r.v
    w = r.low(k)
    if w in r.lex.hedging_konjunktiv_ii and not conditional:
        return False
    if r.false_auxiliary(k):
        return False  # (an adjective the tagger read as an auxiliary: "für lokale Stationen")
    if v.feature(k, "Mood") != "Sub":
        return v.pos(k) in ("VERB", "AUX") and r.umlaut_subjunctive(k)
    return v.feature(k, "Tense") != "Past" or w in r.lex.konjunktiv_ii or any(c in w for c in "äöü")


def _in_subordinate(r: _Reader, toks: list[int], k: int) -> bool:
    """Whether ``k`` stands in a subordinate clause: its stretch between commas opens with a
    subordinating conjunction or a relative pronoun (``da O5 ... sorgen sollte``, ``Obwohl ...
    hätten auffallen müssen``)."""
    v = r.v
    start = toks[0]
    for t in toks:
        if t >= k:
            break
        if v.tokens[t].text in (",", ";", ":", "–"):
            start = t + 1
    first = r.trim([t for t in toks if start <= t <= k])[:1]
    if not first:
        return False
    f = first[0]
    return v.pos(f) == "SCONJ" or r.low(f) in r.lex.subordinators or "Rel" in (v.feature(f, "PronType") or "")


def _conjunction_condition(r: _Reader, toks: list[int]) -> bool:
    """A sentence that opens with a condition and its conjunction (``Falls ...``, ``Wenn ...``)."""
    words = r.trim(toks)
    return bool(words) and r.low(words[0]) in r.lex.condition_conjunctions


def _verb_first_condition(r: _Reader, toks: list[int]) -> bool:
    """A sentence that opens with a condition in Konjunktiv II (``Sollte X davon abgehen, wäre ...``,
    ``Wäre das so, ...``): the reporter's hypothesis. (A condition with a conjunction, ``Falls ...,
    könnte ...``, is as often what the speaker goes on to say, and is left to the Konjunktiv.)"""
    words = r.trim(toks)
    # (read off the word: the tagger may take a capitalised "Sollte" for a noun)
    return bool(words) and r.low(words[0]) in r.lex.konjunktiv_ii


def _sourced(r: _Reader, by_sentence, si: int) -> bool:
    """Whether hearsay ``soll`` in sentence ``si`` (which has no ``laut X``: that would have framed
    it) has a frame of its own or goes on from a source named shortly before (``Exilgruppen
    berichteten ... Dabei sollen ...``: the sentence before, or one of the few before it in its
    paragraph); without one the modal is the reporter's own hedge (``Der Mann soll ... geschlagen
    haben``), not anyone's statement."""
    v = r.v
    # (a named source's report goes on over a few sentences of its paragraph: "Die Kampagne berichtete,
    # ... . Am Sonntag begannen Razzien. Dabei sollen vor allem junge Tibeter verhaftet worden sein.")
    for j in range(si - 1, max(-1, si - 1 - CARRY_SENTENCES), -1):
        if "\n" in v.text[v.sentences[j].end:v.sentences[j + 1].start]:
            break
        if any(st.speaker_name for st in by_sentence.get(j, ())):
            return True
    if si > 0 and any(st.speaker_name for st in by_sentence.get(si - 1, ())):
        return True
    lex = r.lex
    frames = lex.speech_verbs | lex.content_verbs
    sentences = [si - 1, si] if si > 0 else [si]
    # (a frame whose subject the parse lost counts, as does one inside: ", so schätzen die Forscher,")
    return any(v.pos(k) == "VERB" and r.verb_lemma(k) in frames and not r.in_quote(k)
               for j in sentences for k in r.sentence_tokens(j))


# The relations of a clause's own verb: such a verb after a frame's verb opens another clause.
_CLAUSE_DEPS = frozenset({"root", "conj", "parataxis", "ccomp", "advcl", "acl", "acl:relcl", "csubj"})


def _tail_frame(r: _Reader, toks: list[int]) -> Statement | None:
    """``Der Unterricht werde nachgeholt, hieß es aus dem Büro des Landesrats``, ``..., sind die Ärzte
    überzeugt: ...``: reported speech whose own frame after it has a verb the lexicon lacks. A clause
    in the speaker's words followed by a short verb-first clause with a subject that can speak is
    framed by that clause (German word order: a frame after its content inverts), never carried on."""
    commas = [t for t in toks if r.v.tokens[t].text == "," and not r.in_quote(t)]
    for c in reversed(commas):
        st = _tail_frame_at(r, toks, c)
        if st is not None:
            return st
    return None


def _tail_frame_at(r: _Reader, toks: list[int], c: int) -> Statement | None:
    """The frame of ``_tail_frame`` right after comma ``c``, if there is one."""
    v, lex = r.v, r.lex
    j = c + 1
    # (a strong past form the tagger read as another word is the frame's verb there: ", unterstrich Putin")
    misread = j <= toks[-1] and v.pos(j) not in ("VERB", "AUX") and v.tokens[j].text[:1].islower() \
        and v.lemmatize is not None and v.lemmatize(v.tokens[j].text, "VERB").lower() in lex.speech_verbs
    if j > toks[-1] or (v.pos(j) not in ("VERB", "AUX") and not misread) or v.feature(j, "VerbForm") not in (
            "Fin", None) or not v.tokens[j].text[:1].islower() or r.in_quote(j):
        return None  # (the tagger may leave a copula without features)
    end = next((t for t in toks if t > j and v.tokens[t].text in (",", ":", ";")), toks[-1] + 1)
    if end + 1 <= toks[-1] and v.tokens[end].text == "," and r.low(end + 1) in lex.content_conjunctions:
        return None  # "..., macht die Ministerin kein Hehl daraus, dass ...": a frame of what follows it
    tail = [t for t in range(j + 1, end) if v.tokens[t].text[:1].isalnum()]
    if not tail or len(tail) > MAX_SPEAKER_DISTANCE or any(
            v.pos(t) == "SCONJ" or (v.pos(t) in ("VERB", "AUX") and v.dep(t) in _CLAUSE_DEPS) for t in tail):
        return None  # (a clause of its own after the frame)
    head = v.head(j) if v.dep(j) == "cop" and v.head(j) in tail else j  # "sind ... überzeugt"
    subj = v.subject(head) if not misread else next(
        (t for t in tail if v.pos(t) in ("NOUN", "PROPN") and v.case_marker(t) is None), None)
    # ("hieß es": the parser may take the content's subject for the frame's and hang "es" on as another)
    impersonal = any(r.low(x) == lex.impersonal_subject for x in v.children[head] if x in tail)
    if impersonal:
        subj = next((x for x in v.children[head] if v.dep(x).startswith("obl")
                     and v.case_marker(x) in lex.impersonal_sources), None)  # "hieß es aus dem Büro"
    if subj is None or subj not in tail or r.low(subj) in lex.not_speakers or not (impersonal or r.can_speak(subj)):
        return None
    spk = r.speaker(subj)
    content = r.trim([t for t in toks if t < c])
    if spk is None or len(content) < 3 or r.quote_covers(content):
        return None
    # (a Konjunktiv II of its first clause stands in for the Konjunktiv I: "Die Truppen hätten ... teilgenommen,
    # unterstrich X"; not one further on: "Manche denken vielleicht, sie würden ..., sagt X" are X's words)
    first = next((content[:i] for i, t in enumerate(content) if v.tokens[t].text in (",", ";", ":")), content)
    kind = "indirect" if r.clause_subjunctive(content) or r.subjunctive(first, any_mood=True) or r.marks_speech \
        or not is_person(r, spk) else "direct"
    return r.make(kind, content, (head, head), spk, v.sentence_of[j])


def merge_free(items: list[Statement], text: str) -> list[Statement]:
    """Free indirect sentences that continue one another are one statement."""
    out: list[Statement] = []
    for st in items:
        if st.cue is None and st.kind == "indirect" and out:
            last = out[-1]
            gap = text[last.end:st.start]
            if last.kind == "indirect" and last.cue is None and len(gap) <= 3 and not gap.strip(" .!?\n") \
                    and last.speaker_name == st.speaker_name:
                out[-1] = replace(last, end=st.end, text=text[last.start:st.end])
                continue
        out.append(st)
    return out
