"""Statements of every kind and who made them, read off the language core's parse.

A cascade over one article, in text order (each step in a module of its own; the
shared lookups over the article are ``statement_reader``'s, with its parts by job
``statement_mood``, ``statement_content``, ``statement_speech_verbs`` and
``statement_speaker_phrases``):

1. Direct quotes (the quote stage's, between quotation marks) are ``direct``
   statements as they are; a quote whose speaker the quote stage carried over
   from an earlier sentence says so (``speaker_basis: carried``). (here)
2. Every speech verb of the lexicon (``sagte``, ``warnte``, ``teilte ... mit``)
   outside quotation marks frames a statement (``statement_frames``):
   - with a content clause: a ``dass``/``ob`` clause or a Konjunktiv I clause
     is ``indirect``; an indicative clause before the frame (``Ich bin nicht
     rechts, sagt X.``) or after a colon (``X sagte: Wir ...``) is ``direct``
     (unmarked direct speech); an indicative clause after ``X sagte,`` is
     ``direct`` when it speaks in the first or second person, else ``indirect``;
   - without one, a verb that names an act by itself (``warnte vor``,
     ``lobte die Hilfe``) is ``reported``, its message the act (with its fronted
     phrases, not a time or linking adverb); so is a whole act before a content clause that is not
     its own (``X lehnt einen Verkauf ab, ein Verkauf ... werde geprüft``; ``X rief ... auf und
     beschloss, ...``), beside that clause's statement;
   - a verb of judging with its marker states a view (``sehen in``, ``halten
     für``, ``betrachten als``, ``ausgehen von``);
   - a frame whose sentence opens with a demonstrative for a clause (``Dies
     bestätigte X``, ``Das geht aus Y hervor``) reports the sentences before it
     back to their paragraph's start.
   Frames without a speech verb (a noun of saying or demanding, ``wonach``, a
   name before a colon) are ``statement_noun_frames``'.
3. Attribution phrases credit the rest of their clause (``statement_channels``): ``laut X``,
   ``X zufolge``, ``nach Angaben von X``, ``gemäß X`` (X a source that speaks),
   ``..., so X.`` (also set in, ``..., so der Bericht, ...``, or inverted, ``so
   bestätigt X``); where a speech verb
   of the same sentence has its own speaker, the phrase is its channel
   (``via``) instead, unless the phrase opens the sentence (``Nach Angaben der
   Polizei habe der Mann ... verlangt, ...``): then it credits all of it as well.
4. A Konjunktiv I sentence without a frame right after a statement goes on
   with it (free indirect speech, ``statement_free_indirect``; ``speaker_basis: carried``), as does a
   Konjunktiv II one right after an indirect or reported statement (not in a
   subordinate clause, not after a verb-first condition); consecutive ones are
   one statement. The speaker carried is the speaking subject of the sentence
   right before where that has no statement, else the latest statement's.
   ``Demnach ...`` carries the previous source (``Demnach`` its mention). Hearsay
   ``sollen`` (with a perfect infinitive or the copula) goes on from a source
   named in the sentences before in its paragraph. A
   sentence whose own inverted frame follows it (``..., sind die Ärzte
   überzeugt``) has that frame's speaker, whatever the verb, never a carried one; so has one whose
   Konjunktiv I follows an active indicative main clause and its comma (``Die BVG begegnet der Kritik
   mit dem Argument, die Züge seien ...``): that clause's subject, the content after the comma.
5. Unmarked direct speech runs over the sentences around its frame that speak in
   the first person (an interview's turn, ``Name: ...``, up to the next turn), never opening with
   the reporter's preterite narration, and in an article that prints no quotation marks such a
   sentence after a person's statement goes on in their words, as does one in the present
   indicative linked back to it (``Das wird ...``); first-person sentences before a person's
   inverted indirect frame are theirs. An unmarked clause that names its own speaker, or says
   ``sollen`` before its inverted frame, is the reporter's rendering: indirect (``statement_unmarked_direct``).

Speakers (``statement_speakers``): the frame's subject, expanded to the fullest name the article gives
(``text``; a name set off by commas after a role's phrase is the role's); a
pronoun resolves to the latest person speaker (``pronoun``); a role noun to the
name it stood beside earlier (``Verkehrsministerin X`` ... ``die Ministerin``), else
like a pronoun, and a definite person noun (``der Franzose``, ``der Publizist``) to
the person mentioned last (``role``); a plural role (``die Ärzte``) is a group;
a relative pronoun (``Ägypten, das vorschlug``) stands for the noun before it that
agrees in gender (``pronoun``). A passive frame's speaker is its agent, but a
quoting verb's is its subject (``X wird von der Agentur Y zitiert``: Y the
channel), and without an agent the report it is said in (``Im Bericht wird
kritisiert, ...``).
An outlet the speaker talked to (``sagte X der Zeitung Y``, ``im Gespräch mit Y``,
``gegenüber der APA``) is the ``addressee``, never the speaker; a dateline
(``Wien –``, ``Berlin (APA) –``) is neither a speaker nor part of a message.
Hearsay ``soll`` with no frame in its sentence or the one before is the
reporter's hedge and no statement.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from chronik.extract.statement_channels import channel
from chronik.extract.statement_frames import clause_anaphor, cut_at_next_frame, verb_frames
from chronik.extract.statement_free_indirect import free_indirect, merge_free
from chronik.extract.statement_noun_frames import wonach
from chronik.extract.statement_reader import StatementReader as _Reader
from chronik.extract.statement_speakers import owner_of, predicate_judge
from chronik.extract.statement_unmarked_direct import (
    direct_before_indirect, extend_direct, free_direct, labelled_paragraph)
from chronik.records import Quote, Statement

# A quote with no speaker and fewer words is a title or a term, not a statement
# (the quote stage keeps it as a quote).
MIN_UNATTRIBUTED_WORDS = 4


def extract_statements(view, quotes: Sequence[Quote], lexicon) -> tuple[Statement, ...]:
    """Every statement of one article, direct, indirect and reported, in text order."""
    if view is None or not view.tokens:
        return ()
    r = _Reader(view, quotes, lexicon)
    v = view
    by_sentence: dict[int, list[Statement]] = {}
    out: list[Statement] = []

    def add(st: Statement | None) -> None:
        if st is None:
            return
        for o in by_sentence.get(st.sentence, ()):
            if o.start == st.start and o.end == st.end:
                return
        by_sentence.setdefault(st.sentence, []).append(st)
        out.append(st)
        r.remember(st)

    own_voice: list[Statement] = []
    quote_sents = sorted(((q.sentence, q) for q in quotes), key=lambda x: x[1].start)
    qi = 0
    for si in range(len(v.sentences)):
        # 1. quotes of this sentence
        while qi < len(quote_sents) and quote_sents[qi][0] <= si:
            q = quote_sents[qi][1]
            if q.speaker_name or len(q.text.split()) >= MIN_UNATTRIBUTED_WORDS:
                add(_from_quote(r, q))
            qi += 1
        sent = r.sentence_tokens(si)
        anaphor = clause_anaphor(r, si, sent, by_sentence)
        framed, covered = ([anaphor], False) if anaphor is not None else verb_frames(r, si, sent)
        framed = cut_at_next_frame(r, framed)
        # (the text's own voice, "Ich sage Ihnen: ...", waits until every other reading is done: a first
        # person is more often someone's unmarked words, which those readings find)
        own_voice += [st for st in framed if st.speaker_basis == "self" and (st.kind != "reported" or not r.marks_speech)]
        framed = [st for st in framed if st.speaker_basis != "self"]
        for st in framed:
            add(st)
        if not framed and not covered:
            add(channel(r, si, sent, None))
        else:
            via = channel(r, si, sent, framed)
            if via is not None:
                for st in framed:
                    if st.via is None and st.speaker_name != via.speaker_name and via.speaker_name \
                            and any(o is st for o in out):  # (a frame add() dropped as a repeat has no place)
                        i = next(j for j, o in enumerate(out) if o is st)
                        out[i] = replace(st, via=via.speaker_name)
            # "Nach Angaben der Polizei habe der Mann begonnen, Flugblätter zu verteilen, und verlangt, ...":
            # a phrase that opens the sentence credits all of it, frames after it included ("Demnach habe X
            # erwidert, ...": the adverb that carries a source on stays the frame's channel)
            if via is not None and not covered and v.token_at(via.start) == v.dateline_end[si] \
                    and r.low(v.token_at(via.start)) not in r.lex.demnach \
                    and all(st.cue_start is not None and st.cue_start > via.end for st in framed):
                add(channel(r, si, sent, None))
        rel = wonach(r, si, sent)
        # (a marked partial quote inside the sentence leaves room for the reported speech around it)
        if not any(not o.marked for o in by_sentence.get(si, ())):
            free = free_indirect(r, si, sent, by_sentence)
            if free is not None and rel is not None and not r.subjunctive(
                    [t for t in sent if v.tokens[t].end <= rel.cue_start]):
                free = None  # its Konjunktiv is the wonach clause's, not the sentence's
            add(free)
        if rel is not None and not any(o.start <= rel.cue_start < o.end for o in by_sentence.get(si, ())):
            add(rel)  # (inside a statement's content it is part of what that reports)
    out = [extend_direct(r, st, by_sentence) for st in out]
    out += direct_before_indirect(r, out, by_sentence)
    out += free_direct(r, out, by_sentence)
    # a frame inside someone's own unmarked words is part of what they say ("Ich habe das
    # Gefühl, dass ..., sagte X"), not a statement of its own
    own = [(st.start, st.end) for st in out if st.kind == "direct" and not st.marked]
    out = [st for st in out if st.kind == "direct" or st.cue_start is None
           or not any(a <= st.cue_start < b for a, b in own)]
    # the text's own speaker's frames, where no statement has the sentence (and not in an interview's answer,
    # whose first person is the speaker its label names)
    taken = {st.sentence for st in out}
    out += [st for st in own_voice if st.sentence not in taken and not labelled_paragraph(v.text, st.cue_start)]
    return tuple(merge_free(sorted(out, key=lambda s: (s.start, s.end, s.kind)), v.text))


def _from_quote(r: _Reader, q: Quote) -> Statement:
    v = r.v
    si = q.sentence
    basis = q.speaker_basis
    # the quote stage carries a speaker on to a quote that continues an earlier one
    if q.speaker_start is not None and any(o.speaker_start == q.speaker_start and o.start < q.start
                                           and o.sentence < q.sentence for o in r.quotes):
        basis = "carried"
    cue = None
    for k in r.sentence_tokens(si):
        if v.pos(k) == "VERB" and not r.in_quote(k) and r.verb_lemma(k) in r.lex.speech_verbs:
            cue = r.cue_of(k)
            break
    date, date_basis = r.date(si)
    c0 = c1 = None
    cue_text = None
    if cue is not None:
        c0, c1 = v.tokens[cue[0]].start, v.tokens[cue[1]].end
        cue_text = v.tokens[cue[0]].text if cue[0] == cue[1] else f"{v.tokens[cue[0]].text} {v.tokens[cue[1]].text}"
    name, s0, s1 = q.speaker_name, q.speaker_start, q.speaker_end
    owner = owner_of(r, v.token_at(s0)) if s0 is not None and basis == "text" else None
    if owner is not None:
        name, s0, s1, basis = owner
    judged = predicate_judge(r, q, cue[0]) if cue is not None else None
    if judged is not None:
        name, s0, s1, basis = judged
    return Statement(kind="direct", start=q.start, end=q.end, text=q.text, cue=cue_text, cue_start=c0, cue_end=c1,
                     speaker_name=name, speaker_start=s0, speaker_end=s1,
                     speaker_basis=basis if name else None, via=q.via, date=date, date_basis=date_basis,
                     marked=True, sentence=si)
