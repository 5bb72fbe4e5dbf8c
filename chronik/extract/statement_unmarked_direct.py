"""Direct speech printed without quotation marks that runs beyond its frame's sentence: first-person
sentences before an inverted frame or after a colon frame, and, in an article that prints no
quotation marks at all, first-person sentences after a person's statement.

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


def extend_direct(r: _Reader, st: Statement, by_sentence) -> Statement:
    """Unmarked direct speech over several sentences: ``Wir sind ... gelangt. Es werden keine
    Mauern errichtet, kommentierte X.`` reaches back over the sentences before its frame
    that have no statement of their own and speak in the first or second person (or,
    with a colon frame, forward over those after it)."""
    if st.kind != "direct" or st.marked:
        return st
    v = r.v
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
    present = not free and st.cue_start > st.end and not v.quotes and r.first_person(
        [k for k in r.sentence_tokens(st.sentence) if st.start <= v.tokens[k].start < st.end])
    if free or st.cue_start > st.end or st.cue == ":" or v.text[st.cue_end:st.start].strip().endswith(":"):
        si = st.sentence + 1
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


def free_direct(r: _Reader, found: list[Statement], by_sentence) -> list[Statement]:
    """``Kohlschreiber lobte seinen Gegner. Ich hoffe, ich habe ...``: in an article that prints
    no quotation marks, a sentence in the first person right after a statement of a person (not
    direct speech of its own), with no statement in it, goes on in that person's words (carried;
    ``wir`` as its subject too: ``Wir gehen ja davon aus, ...``);
    so does one right after a sentence with no statement whose subject is a person (``dachte
    Kohlschreiber an Thiem. Ich hoffe, ...``)."""
    v = r.v
    if v.quotes:
        return []
    out: list[Statement] = []
    for si in range(1, len(v.sentences)):
        s = v.sentences[si]
        if any(st.start < s.end and st.end > s.start for st in found + out):
            continue
        toks = list(r.sentence_tokens(si))
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
        if not is_person(r, (st.speaker_name, st.speaker_start, st.speaker_end, st.speaker_basis)) \
                or "\n" in v.text[st.end:s.start]:
            continue  # (a new paragraph is a new voice)
        made = r.make("direct", toks, None, (st.speaker_name, st.speaker_start, st.speaker_end, "carried"), si)
        if made is not None:
            by_sentence.setdefault(si, []).append(made)
            out.append(extend_direct(r, made, by_sentence))
    return out
