"""Statements of every kind and who made them, read off the language core's parse.

A cascade over one article, in text order:

1. Direct quotes (the quote stage's, between quotation marks) are ``direct``
   statements as they are; a quote whose speaker the quote stage carried over
   from an earlier sentence says so (``speaker_basis: carried``).
2. Every speech verb of the lexicon (``sagte``, ``warnte``, ``teilte ... mit``)
   outside quotation marks frames a statement:
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
3. Attribution phrases credit the rest of their clause: ``laut X``,
   ``X zufolge``, ``nach Angaben von X``, ``gemäß X`` (X a source that speaks),
   ``..., so X.`` (also set in, ``..., so der Bericht, ...``, or inverted, ``so
   bestätigt X``); where a speech verb
   of the same sentence has its own speaker, the phrase is its channel
   (``via``) instead.
4. A Konjunktiv I sentence without a frame right after a statement goes on
   with it (free indirect speech; ``speaker_basis: carried``), as does a
   Konjunktiv II one right after an indirect or reported statement (not in a
   subordinate clause, not after a verb-first condition); consecutive ones are
   one statement. The speaker carried is the speaking subject of the sentence
   right before where that has no statement, else the latest statement's.
   ``Demnach ...`` carries the previous source (``Demnach`` its mention). A
   sentence whose own inverted frame follows it (``..., sind die Ärzte
   überzeugt``) has that frame's speaker, whatever the verb, never a carried one; so has one whose
   Konjunktiv I follows an active indicative main clause and its comma (``Die BVG begegnet der Kritik
   mit dem Argument, die Züge seien ...``): that clause's subject, the content after the comma.

Speakers: the frame's subject, expanded to the fullest name the article gives
(``text``; a name set off by commas after a role's phrase is the role's); a
pronoun resolves to the latest person speaker (``pronoun``); a role noun to the
name it stood beside earlier (``Verkehrsministerin X`` ... ``die Ministerin``), else
like a pronoun, and a definite person noun (``der Franzose``, ``der Publizist``) to
the person mentioned last (``role``); a plural role (``die Ärzte``) is a group;
a relative pronoun (``Ägypten, das vorschlug``) stands for the noun before it that
agrees in gender (``pronoun``).
An outlet the speaker talked to (``sagte X der Zeitung Y``, ``im Gespräch mit Y``,
``gegenüber der APA``) is the ``addressee``, never the speaker; a dateline
(``Wien –``, ``Berlin (APA) –``) is neither a speaker nor part of a message.
Hearsay ``soll`` with no frame in its sentence or the one before is the
reporter's hedge and no statement.
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace
from functools import lru_cache

from chronik.extract.statement_reader import StatementReader as _Reader
from chronik.records import Quote, Statement

# A speech verb's subject farther than this many tokens is a misparse.
MAX_SPEAKER_DISTANCE = 25
# "..., so der Sprecher des Ministeriums.": the most words of a source's phrase after "so" (up to a comma).
MAX_SO_TAIL = 12
# Most sentences unmarked direct speech runs over beyond the one of its frame.
MAX_FREE_SENTENCES = 4
# Most tokens before the colon of a verbless frame ("Kohlschreiber zum Spiel:").
MAX_COLON_FRAME = 6
# How far back (in sentences) free indirect speech looks for the statement it continues.
CARRY_SENTENCES = 4
# "Der Trainer tritt zurück. Dies gab der Verein bekannt.": the most sentences before its frame that a
# clause anaphor takes up (back to the start of their paragraph; on the Wikinews tuning part such a
# report runs over one to three sentences, most often the whole lead paragraph).
MAX_ANAPHOR_SENTENCES = 3
# A quote with no speaker and fewer words is a title or a term, not a statement
# (the quote stage keeps it as a quote).
MIN_UNATTRIBUTED_WORDS = 4
# The most words between a first-field "nach" and the finite verb after its phrase ("Nach dem Plan
# der Europäischen Union vom Sommer 2011 müssen ...").
MAX_FRONTED_SOURCE = 10
# How far before its clause's comma a relative possessive's noun is looked for ("die Tasche des
# Mannes, die nach dessen Angaben ...").
MAX_ANTECEDENT_WORDS = 8
# How many heads up from "nach eigenen Angaben" the verb whose subject owns the account is looked for
# (the parse hangs the phrase on a noun of the clause as often as on its verb).
MAX_OWN_HOPS = 3


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
        anaphor = _clause_anaphor(r, si, sent, by_sentence)
        framed, covered = ([anaphor], False) if anaphor is not None else _frames(r, si, sent)
        framed = _cut_at_next_frame(r, framed)
        for st in framed:
            add(st)
        if not framed and not covered:
            add(_channel(r, si, sent, None))
        else:
            via = _channel(r, si, sent, framed)
            if via is not None:
                for st in framed:
                    if st.via is None and st.speaker_name != via.speaker_name and via.speaker_name \
                            and any(o is st for o in out):  # (a frame add() dropped as a repeat has no place)
                        i = next(j for j, o in enumerate(out) if o is st)
                        out[i] = replace(st, via=via.speaker_name)
        rel = _wonach(r, si, sent)
        # (a marked partial quote inside the sentence leaves room for the reported speech around it)
        if not any(not o.marked for o in by_sentence.get(si, ())):
            free = _free_indirect(r, si, sent, by_sentence)
            if free is not None and rel is not None and not r.subjunctive(
                    [t for t in sent if v.tokens[t].end <= rel.cue_start]):
                free = None  # its Konjunktiv is the wonach clause's, not the sentence's
            add(free)
        if rel is not None and not any(o.start <= rel.cue_start < o.end for o in by_sentence.get(si, ())):
            add(rel)  # (inside a statement's content it is part of what that reports)
    out = [_extend_direct(r, st, by_sentence) for st in out]
    out += _free_direct(r, out, by_sentence)
    # a frame inside someone's own unmarked words is part of what they say ("Ich habe das
    # Gefühl, dass ..., sagte X"), not a statement of its own
    own = [(st.start, st.end) for st in out if st.kind == "direct" and not st.marked]
    out = [st for st in out if st.kind == "direct" or st.cue_start is None
           or not any(a <= st.cue_start < b for a, b in own)]
    return tuple(_merge_free(sorted(out, key=lambda s: (s.start, s.end, s.kind)), v.text))


def _extend_direct(r: _Reader, st: Statement, by_sentence) -> Statement:
    """Unmarked direct speech over several sentences: ``Wir sind ... gelangt. Es werden keine
    Mauern errichtet, kommentierte X.`` reaches back over the sentences before its frame
    that have no statement of their own and speak in the first or second person (or,
    with a colon frame, forward over those after it)."""
    if st.kind != "direct" or st.marked:
        return st
    v = r.v
    start, end = st.start, st.end
    free = st.cue_start is None  # (frameless first-person speech goes on forward, see _free_direct)
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
    owner = _owner_of(r, v.token_at(s0)) if s0 is not None and basis == "text" else None
    if owner is not None:
        name, s0, s1, basis = owner
    judged = _predicate_judge(r, q, cue[0]) if cue is not None else None
    if judged is not None:
        name, s0, s1, basis = judged
    return Statement(kind="direct", start=q.start, end=q.end, text=q.text, cue=cue_text, cue_start=c0, cue_end=c1,
                     speaker_name=name, speaker_start=s0, speaker_end=s1,
                     speaker_basis=basis if name else None, via=q.via, date=date, date_basis=date_basis,
                     marked=True, sentence=si)


def _predicate_judge(r: _Reader, q: Quote, k: int):
    """``Die Bundesregierung hatte den Bericht umgehend als „falsch“ zurückgewiesen``, ``bezeichnet ihre
    Investition als „strategisch“``: a quoted predicate after ``als`` is the judgement of the subject of
    the sentence's speech verb ``k`` (where it can speak), never of the object judged; that subject's
    speaker tuple, else None."""
    v = r.v
    opening = v.token_at(q.start) - 1
    if opening < 1 or v.tokens[opening].text not in _QUOTE_MARKS or r.low(opening - 1) not in r.lex.predicative_markers:
        return None
    subj = v.subject(k)
    if subj is None or not r.can_speak(subj):  # ("Ein nicht genannter Vertreter": the parse's first nsubj)
        subj = next((c for c in v.children[k] if v.dep(c) == "nsubj" and r.can_speak(c)), subj)
    if subj is None or r.in_quote(subj) or r.low(subj) in r.lex.not_speakers or not r.can_speak(subj) \
            or (q.speaker_start is not None and v.tokens[subj].start >= q.speaker_start):
        return None  # (the subject stands before the objects: a speaker the quote stage found first stays)
    spk = r.speaker(subj)
    return spk if spk is not None and spk[0] else None


def _owner_of(r: _Reader, a: int):
    """``Das Fazit von Sandra Boser ...: „...“``, ``Seine Zuversicht gründet sich auf ...: „...“``: where a
    quote's speaker phrase (from token ``a``) is a noun that cannot speak, whose view, words or feeling it
    names, its owner speaks: a name after ``von`` or in the genitive, or a possessive (resolved like a
    pronoun); None where it has none or the noun can speak."""
    v = r.v
    k = a
    while k + 1 < r.n and v.head(k) != k and v.head(k) > k and v.pos(k) in ("DET", "ADJ"):
        k = v.head(k)
    if v.pos(k) != "NOUN" or v.mention_at[k] >= 0 or r.can_speak(k) or r.in_quote(k):
        return None
    for c in v.children[k]:
        if c > k and v.dep(c) == "nmod" and v.mention_at[c] >= 0 and v.mentions[v.mention_at[c]].label in ("PER", "ORG") \
                and (v.case_marker(c) is None or v.case_marker(c) in r.lex.owner_prepositions):
            return r.speaker(c)
        if c < k and v.dep(c) == "det:poss" and r.low(c) in r.lex.possessive_speakers:
            name = r.last_person(v.tokens[c].start)
            return (name, v.tokens[c].start, v.tokens[c].end, "pronoun") if name else None
    return None


def _frames(r: _Reader, si: int, sent: range) -> tuple[list[Statement], bool]:
    """The statements framed by the speech verbs and nouns of one sentence, and
    whether a frame of it introduces a quote the quote stage has."""
    v, lex = r.v, r.lex
    found: list[Statement] = []
    colon = _colon_frame(r, si, sent)
    if colon is not None:
        return [colon], False
    covered = False
    for k in sent:
        if v.pos(k) == "NOUN" and (v.lemma(k) in lex.speech_nouns or v.lemma(k) in lex.demand_nouns) \
                and not r.in_quote(k):
            st = _noun_frame(r, k, si, sent) or _demand(r, k, si, sent)
            if st is not None:
                found.append(st)
            continue
        mistagged = r.mistagged_verb(k)
        if (v.pos(k) != "VERB" and not mistagged) or r.in_quote(k) or v.dep(k) in ("amod", "acl", "xcomp"):
            continue
        lemma = mistagged or r.verb_lemma(k)
        if not mistagged and _not_saying_particle_verb(r, k, lemma):
            continue  # "Ein Sondergericht sprach Wałęsa ... frei": a particle verb whose meaning is no saying
        if lemma in lex.imposing_verbs and any(
                (v.dep(c) == "obj" or (v.dep(c) == "nsubj" and c > k)) and r.low(c).endswith(tuple(lex.imposed_nouns))
                for c in v.children[k]):
            # "Der Verband sprach eine Sperre von drei Spielen aus": a penalty imposed, no message (the parse
            # may take the object after the verb for a subject: "Das Gericht sprach eine Haftstrafe ... aus")
            continue
        if lemma not in lex.speech_verbs and v.lemma(k).lower() in lex.speech_verbs:
            lemma = v.lemma(k).lower()  # a particle of another verb hung on this one ("begrüßte ... und griff ... an")
        cue = r.cue_of(k) if lemma == r.verb_lemma(k) else (k, k)
        impersonal = lemma in lex.impersonal_verbs and any(r.low(c) == lex.impersonal_subject for c in v.children[k])
        # "Das Gericht entschied, dass ...", "Die UN beschloss, ... einzurichten": a decision, plan or
        # estimate is a statement only with its content clause
        content_only = lemma in lex.content_verbs and lemma not in lex.speech_verbs
        # "X zeigte sich optimistisch, dass ...": a stance shown, stated by its content clause alone
        stance = lemma in lex.stance_verbs and any(r.low(c) in lex.reflexive_pronouns for c in v.children[k]) \
            and any(v.pos(c) == "ADJ" and v.dep(c) in ("xcomp", "advmod", "obj") for c in v.children[k])
        content_only = content_only or stance
        told = _causative_speech(r, k)
        # "Experten sehen in X den ersten Schritt", "hält es für möglich, dass ...": a judgement stated
        opinion = _opinion(r, k, lemma, sent)
        if told is not None:
            cue = (min(k, told), max(k, told))
        elif lemma not in lex.speech_verbs and not impersonal and not content_only and not opinion and not (
                lemma in lex.wie_source_verbs and r.wie_of(k, sent) is not None):
            continue
        subj = v.subject(k) if not mistagged else (v.subject(k) if v.head(k) == k else None) or _prefield_name(
            r, k, sent)
        if subj is not None and not r.can_speak(subj):
            # "Die Universität hatte die Aberkennung ... begründet": the parse gave the auxiliary a
            # subject of its own and the verb its object; "fordert al Huthi die Schaffung ...": it
            # took a name's first word for a preposition; the subject that can speak is the subject
            subj = next((c for a in [k] + v.children[k] if a == k or v.dep(a) in ("aux", "aux:pass")
                         for c in v.children[a] if v.dep(c) == "nsubj" and r.can_speak(c)), subj)
        if subj is not None and subj < k and not r.can_speak(subj):
            subj = _named_before_apposition(r, subj, sent) or subj
        inverted = None
        if subj is not None and subj < k and (not r.can_speak(subj) or v.case_marker(subj) is not None) \
                and r.low(subj) not in lex.connectives:  # (for "Des Weiteren verwies X" see below)
            # "Als Grund nannte die NASA, ...", "Unter Berufung auf Quellen gab die Zeitung an, ...": a fronted
            # phrase that cannot speak is an object or adverbial; the subject follows the finite verb
            inverted = _inverted_subject(r, k, sent)
            subj = inverted or subj
        if subj is not None and subj in r.dateline:
            subj = _after_dateline(r, subj, k)
        if subj is not None and subj < k and r.low(subj) in lex.connectives:
            # "Des Weiteren verwies Steinbrück auf ...": the adverb taken for the subject; the name after the verb
            subj = next((t for t in range(k + 1, min(sent.stop, k + 4)) if v.pos(t) in ("NOUN", "PROPN")
                         and v.case_marker(t) is None and not _bare_dative(r, t)), None)
        elif subj is not None and subj < k and r.low(subj) in lex.demnach:
            # "Demnach habe Abbas erwidert, dass ...": the adverb of the source before taken for the subject;
            # the one who speaks is named in the middle field (that source is the channel, see _channel)
            # (a capitalised word there the tagger took for a verb is a name: "habe Abbas erwidert")
            subj = next((t for t in range(subj + 1, min(sent.stop, k + 4)) if t != k and v.tokens[t].text[:1].isupper()
                         and (r.can_speak(t) or v.pos(t) in ("PROPN", "VERB", "AUX")) and v.case_marker(t) is None
                         and not _bare_dative(r, t)), None)
        spk = None
        if impersonal:
            # "In dem Bericht heißt es, ...", "..., hieß es aus Regierungskreisen": the document or source
            subj = next((c for c in v.children[k] if v.dep(c).startswith("obl")
                         and v.case_marker(c) in lex.impersonal_sources), None)
            if subj is None and r.low(sent.start) in lex.impersonal_sources and sent.start < k:
                # "In der Vorabversion des Berichts, der ..., heißt es": the phrase that opens the sentence
                subj = _phrase_head_after(r, sent.start, sent)
        stative = v.feature(k, "VerbForm") == "Part" and any(
            v.dep(c) in ("aux", "aux:pass") and v.lemma(c) == lex.stative_auxiliary for c in v.children[k])
        if stative and subj is not None and (r.low(subj) in lex.not_speakers or not r.can_speak(subj)):
            continue  # "Dies ist darin begründet, daß ...": a state, no one's act
        passive = stative or any(v.dep(c) == "aux:pass" or (v.dep(c) == "aux" and v.lemma(c) == "werden" and (v.feature(
                k, "VerbForm") == "Part" or v.feature(k, "VerbForm") is None and v.feature(k, "Mood") is None
                and c < k)) for c in v.children[k])
        if passive:
            # (a participle may come without features: "es wird befürchtet, dass ..."; the agent may
            # hang on the auxiliary: "wurden von Bundesverkehrsminister X als unrealistisch bezeichnet";
            # a speech verb's perfect takes "haben": with "sein" its participle is a state passive, its
            # subject the one addressed: "Heute waren 62 Millionen Bundesbürger zur Abgabe ... aufgerufen")
            subj = next((c for a in [k] + v.children[k] if a == k or v.dep(a) in ("aux", "aux:pass")
                         for c in v.children[a] if v.dep(c) == "obl:agent" or (
                             v.dep(c) == "obl" and v.case_marker(c) in v.grammar.agent_preps)), None)
        relative = _relative_speaker(r, subj, k) if subj is not None and subj < k else None
        if subj is not None and subj < k and k > sent.start and v.tokens[k - 1].text == "," \
                and r.low(subj) in lex.not_speakers:
            subj = None  # "Das sei ..., sagte X.": the parser took the content's subject for the frame's
        if relative is not None:
            spk = relative  # "von Ägypten, das vorschlug, ...": the relative pronoun stands for the noun before
        elif subj is not None and abs(subj - k) <= MAX_SPEAKER_DISTANCE and (not r.in_quote(subj) or r.quoted_name(subj)):
            if r.low(subj) in lex.not_speakers:
                continue  # "ich sage", "man sagt": inside speech or generic
            if r.low(subj) not in v.grammar.oblique_pronouns:
                spk = r.speaker(subj)
                if subj > k:
                    spk = _before_outlet(r, subj, sent, spk)  # ("sagte X der dpa")
            # (else "droht ihm die Todesstrafe", "Ihm wird vorgeworfen, ...": a dative is never the
            # one who speaks; the act has no speaker named)
        content = r.content_clause(k) or (r.content_clause(told) if told is not None else None)
        if (content_only and spk is None and r.low(sent.start) == lex.impersonal_subject) or (
                subj is not None and r.low(subj) in lex.negative_subjects):
            continue  # "Es wird erwartet, dass ...", "Niemand erwartet, dass ...": no one's statement
        if content_only and (content is None or content[1] != "after" or not (
                r.low(content[0][0]) in lex.content_conjunctions or r.infinitive(content[0])
                or r.subjunctive(content[0], any_mood=True))):
            continue  # (a decision's content is reported, never the speaker's own words)
        if content is not None:
            toks, where = content
            if r.quote_covers(toks):
                covered = True  # the quote stage has it; a "laut X" of this sentence is its channel
                if not r.woven_quote(toks):
                    continue
            if where == "before":
                spk = _subject_after(r, k, sent) or spk  # "..., sagte X.": the subject follows the verb
            elif subj is not None and subj in set(toks):
                spk = None  # the parser took a word of the content for the frame's subject
            if where == "wie" and k > 0 and v.tokens[k - 1].text == ",":
                # "wie Anna Berger, Direktorin für ..., mitteilte": the parser takes the apposition for
                # the subject; the name after "wie" is the speaker
                spk = _subject_between(r, k, sent) or spk
            if spk is None and not impersonal:
                # "..., sagte X.", "wie X mitteilte": a subject the parser missed
                spk = _subject_after(r, k, sent) if where != "wie" else _subject_between(r, k, sent)
            if spk is None and impersonal:
                # "..., hieß es vom Sprecher X": the source's phrase right after the frame, however parsed
                prep = next((j for j in range(k + 1, min(sent.stop, k + 4)) if r.low(j) in lex.impersonal_sources),
                            None)
                head = _phrase_head_after(r, prep, sent) if prep is not None else None
                spk = r.speaker(head) if head is not None else None
            if spk is None and impersonal:
                # "Als Begründung dafür heißt es, ...": no source named; the one before goes on
                name = _carried_source(r, si)
                spk = (name, None, None, "carried") if name else None
            if spk is None and where in ("after", "colon") and (subj is None or subj in set(toks)) \
                    and not stative:  # ("Die Bürger sind aufgerufen, ...": the one addressed)
                # "Bundesaußenminister X sagte, die Grünen seien ...": the parser took a word of the content
                # for the subject; the name or noun right before the verb-second verb is the speaker
                pre = _prefield_name(r, k, sent) if v.dep(k) != "conj" else v.subject(v.head(k))
                if pre is not None and pre not in set(toks) and r.can_speak(pre) and not _bare_dative(r, pre):
                    spk = r.speaker(pre) or spk
            marks = [t for t in toks[:2] if r.low(t) in lex.content_conjunctions] or [
                t for t in toks[:1] if r.low(t) in lex.interrogatives and where == "after"]
            clause = [t for t in toks if v.sentence_of[t] == si]
            if where in ("after", "wie"):
                clause = _cut_at_indicative_clause(r, clause)
            if marks or (r.clause_subjunctive(clause) if where in ("before", "colon") else r.subjunctive(clause)):
                kind = "indirect"
            elif where == "wie" or (where == "after" and r.infinitive(clause)):
                kind = "indirect"  # (a zu-infinitive has no subject of its own: never the speaker's words)
            elif where == "before" and r.v.quotes and not r.first_person(clause):
                # an article that prints speech between quotation marks: an unmarked
                # indicative clause is the reporter's paraphrase
                kind = "indirect"
            elif where == "before" and not r.first_person(clause) and not _person(r, spk):
                # "..., schrieb die Zeitung": a body's indicative words are the reporter's paraphrase
                kind = "indirect"
            elif where in ("before", "colon"):
                kind = "direct"
            else:
                kind = "direct" if r.first_person(clause) else "indirect"
            if kind == "direct" and r.marks_speech:
                continue  # an article that marks speech: its unmarked words are no one's own (measured
                # on the Wikinews tuning part: 0 of 14 such were direct speech)
            st = r.make(kind, clause, cue, spk, si, addressee=_addressee(r, k, sent, spk))
            if st is not None:
                found.append(st)
            end = _act_before_content(r, k, clause) if where == "after" and lemma in lex.reported_verbs \
                and spk is not None and r.can_speak(subj) and inverted is None and not _negated(r, k) else None
            if end is not None:
                act = [t for t in (_act_tokens(r, k, subj, sent, lemma, bool(mistagged)) or ()) if t < end]
                st = r.make("reported", act, cue, spk, si) if len(act) >= 2 else None
                if st is not None and not r.quote_covers(r.trim(act)):
                    found.append(st)
            continue
        if spk is None:
            continue
        if lemma not in lex.reflexive_speech_verbs and any(
                r.low(c) in lex.reflexive_pronouns and v.dep(c) in ("obj", "expl", "expl:pv", "iobj")
                for c in v.children[k]):
            continue  # "der Verdacht bestätigte sich": no act of saying (but "sprach sich für ... aus")
        if (lemma in lex.reported_verbs or opinion or (lemma in lex.topic_verbs and _has_topic(r, k, sent))) \
                and r.can_speak(subj) and inverted is None and (opinion or not _negated(r, k)):
            # (an act with its object fronted, "Dies gab die Polizei bekannt", mostly takes up what was
            # said before: the subject found after the verb frames content clauses only)
            # (a view stated denies nothing by its negation: "rechnet nicht mit einem Freispruch",
            # "hält das nicht für möglich" is still said)
            toks = _act_tokens(r, k, subj, sent, lemma, bool(mistagged))
            if toks is None:
                continue  # "verurteilte den Mann zu einer Geldstrafe": a court's sentence, no saying
            st = r.make("reported", toks, cue, spk, si, addressee=_addressee(r, k, sent, spk))
            if st is not None and not r.quote_covers(r.trim(toks)):
                found.append(st)
    return found, covered


def _not_saying_particle_verb(r: _Reader, k: int, lemma: str) -> bool:
    """Verb ``k`` with its separable particle is a verb whose meaning is no saying (``sprach ... frei``,
    ``rief ... zurück``): the particle the parse found, or one it took for an adjective, adverb or
    preposition after the verb (``frei``, ``heilig``, ``zurück``)."""
    v, lex = r.v, r.lex
    if any(v.dep(c) in ("ccomp", "xcomp", "csubj") and v.pos(c) == "VERB" for c in v.children[k]):
        return False  # with a content clause it reports what was granted or denied ("sprach dem Kosovo zu, ...")
    if lemma in lex.not_saying_particle_verbs:
        return True
    base = v.lemma(k).lower()
    return any(c > k and v.dep(c) in ("compound:prt", "advmod", "xcomp", "compound", "obj", "obl")
               and v.pos(c) in ("ADJ", "ADV", "ADP", "PART") and r.low(c) + base in lex.not_saying_particle_verbs
               for c in v.children[k])


def _act_tokens(r: _Reader, k: int, subj: int | None, sent: range, lemma: str, mistagged: bool) -> list[int] | None:
    """The tokens of the act the speech verb ``k`` names without content (``warnte vor ...``,
    ``lobte die Hilfe``): the verb and its dependents but its subject, clauses and a verb-second
    clause's time or linking adverb; None for a court's sentence (``verurteilte X zu ...``)."""
    v, lex = r.v, r.lex
    si = v.sentence_of[k]
    toks = [k]
    finite = v.feature(k, "VerbForm") == "Fin" or v.feature(k, "Mood") is not None or mistagged
    for c in v.children[k]:
        if c == subj or v.dep(c) in ("nsubj", "nsubj:pass", "punct", "cc", "mark", "conj", "parataxis",
                                     "ccomp", "advcl", "acl", "acl:relcl"):
            continue
        if c < k and finite and v.dep(c) != "compound:prt" and (
                v.timex_at[c] >= 0 or v.pos(c) in ("ADV", "CCONJ", "SCONJ", "PART")):
            continue  # the time or linking adverb of a verb-second clause is not the act
        toks.extend(v.subtree(c, stop=frozenset({"acl:relcl", "parataxis", "conj", "advcl"})))
    toks = [t for t in toks if v.sentence_of[t] == si and not (subj is not None and t == subj)]
    if any(l == lemma and any(v.lemma(t) == m and v.pos(t) == "ADP" for t in toks) for l, m in lex.sentencing):
        return None
    if finite and k + 1 < sent.stop and v.tokens[k + 1].text not in (",", ";", ".", ":"):
        # a verb-second act runs to its clause's end (the parser may lose its objects:
        # "Thierse fordert zusätzliche Offenlegungspflichten"), over a comma after a truncated word
        # ("forderten Presse-, Meinungs- und Versammlungsfreiheit") and a conjunction of phrases
        # ("verwies auf Verzögerungen und auf die Schließung der Banken"), not of clauses
        for j in range(max(toks) + 1, sent.stop):
            truncated = v.tokens[j].text == "," and (r.truncated(j - 1) or v.tokens[j - 1].text == "-"
                                                     and v.tokens[j - 2].end == v.tokens[j - 1].start)
            if (v.tokens[j].text in (",", ";", ":") and not truncated) or (
                    v.pos(j) == "CCONJ" and _clause_follows(r, j, sent)) or (
                    v.pos(j) == "SCONJ" and r.low(j) not in lex.comparatives):
                break
            toks.append(j)
    # (nor a coordinated clause the parse hung on the act: "begrüßte den Beschluss und griff X an")
    cut = next((j for j in range(k + 1, max(toks)) if v.pos(j) == "CCONJ" and _clause_follows(r, j, sent)), None)
    return [t for t in toks if t < cut] if cut is not None else toks


def _clause_follows(r: _Reader, j: int, sent: range) -> bool:
    """Whether a clause follows conjunction ``j``: a verb of its own within its first words, before a comma
    (a verb the tagger read as another word shows by its lemma, an infinitive unlike the word): ``und griff
    X an``, ``und die Regierung kritisierte``, not ``und auf die Schließung der Banken``."""
    v = r.v
    if r.low(j) in r.lex.comparatives:
        return False  # ("verurteilte den Anschlag als zutiefst erschütternd": a comparison)
    for t in range(j + 1, min(sent.stop, j + 4)):
        w = v.tokens[t].text
        if w in (",", ";", ":", "(", "–") or r.in_quote(t):
            return False
        if w[:1].islower() and (v.pos(t) in ("VERB", "AUX") or (
                v.lemma(t).endswith("en") and v.lemma(t) != w and v.pos(t) in ("ADJ", "ADV"))):
            return True
    return False


def _act_before_content(r: _Reader, k: int, content: list[int]) -> int | None:
    """``X lehnt einen Verkauf ab, ein Verkauf von Anteilen werde geprüft``, ``X rief die Regierung
    zur Beendigung auf und beschloss, ...``: where the speech verb ``k`` names a whole act before the
    content clause after it, the act is a statement of its own; the token the act ends before (the
    comma, or the conjunction of a verb coordinated with ``k``, whose content the clause is), else None.
    A whole act has a noun phrase of its own (object or prepositional) before a verb-second clause
    (not ``dass``/``ob``, not a ``zu``-infinitive: those are what the act itself says)."""
    v, lex = r.v, r.lex
    c0 = content[0] if content else None
    if c0 is None or c0 <= k + 1 or v.tokens[c0 - 1].text != ",":
        return None
    for j in range(k + 1, c0 - 1):
        # (the content is the coordinated verb's: "und beschloss auch, ..."; a verb the tagger read as
        # another word shows by its lemma, an infinitive unlike the word)
        if v.pos(j) == "CCONJ" and j + 2 < c0 and any(v.tokens[t].text[:1].islower() and (
                v.pos(t) in ("VERB", "AUX") or v.lemma(t).endswith("en") and v.lemma(t) != v.tokens[t].text)
                for t in (j + 1, j + 2)):
            return j
    if r.low(c0) in lex.content_conjunctions or r.low(c0) in lex.interrogatives or r.infinitive(content) \
            or v.pos(c0) in ("VERB", "AUX"):
        return None  # (nor a verb: "bestätigten den Zwischenfall, teilten jedoch mit, ...", one act goes on)
    # (an object that names speech or a claim, "wies eine Äußerung Trumps zurück, Russland habe ...", has
    # the clause for its content: one statement; a source, "verwies auf eine Umfrage, ...", does not)
    heads = [c for c in v.children[k] if k < c < c0 - 1 and v.dep(c) in ("obj", "obl")
             and v.pos(c) in ("NOUN", "PROPN") and not r.in_quote(c) and v.lemma(c) not in lex.speech_nouns
             and v.lemma(c).lower() not in lex.mute_nouns]
    return c0 - 1 if heads else None


def _negated(r: _Reader, k: int) -> bool:
    """``wollte den Kandidaten nicht nennen``, ``äußerte sich nie dazu``: an act without content
    that the verb (or its auxiliary or modal) denies did not take place; ``warnte nicht nur vor
    ...`` still did."""
    v, lex = r.v, r.lex
    heads = [k] + [a for a in v.children[k] if v.dep(a) in ("aux", "aux:pass")]
    if v.dep(k) == "xcomp":  # ("wollte ... nicht äußern": the modal's negation)
        heads.append(v.head(k))
    # (its own adverbs, or the word right before it, however parsed: "wollte X indes nicht nennen")
    words = [c for h in heads for c in v.children[h] if v.dep(c) == "advmod"] + ([k - 1] if k > 0 else [])
    return any(r.low(c) in lex.negations and not (c + 1 < r.n and r.low(c + 1) in lex.negation_limits)
               for c in words)


def _clause_anaphor(r: _Reader, si: int, sent: range, by_sentence) -> Statement | None:
    """``Der Trainer tritt zurück. Dies gab der Verein bekannt.``, ``Das geht aus einem Bericht
    hervor.``: a frame whose sentence opens with a demonstrative pronoun for a clause, as its object
    (or, as the parser often has it, its subject), and has no content clause of its own reports the
    sentences before it, back to the start of their paragraph; its speaker is the frame's other noun."""
    v, lex = r.v, r.lex
    toks = r.trim(list(sent))
    if si == 0 or len(toks) < 3 or r.low(toks[0]) not in lex.clause_anaphors or r.in_quote(toks[0]):
        return None
    d, k = toks[0], toks[1]  # verb-second: the finite verb right after the pronoun
    if v.pos(k) not in ("VERB", "AUX") and not r.mistagged_verb(k):
        return None
    main = v.head(k) if v.dep(k) in ("aux", "aux:pass", "cop") and v.head(k) > k else k
    lemma = r.mistagged_verb(main) or r.verb_lemma(main)
    source = lemma in lex.source_verbs
    if not source and (lemma not in lex.speech_verbs or lemma in lex.reflexive_speech_verbs) \
            or r.content_clause(main) is not None:
        return None
    args = [c for c in v.children[main] if c != d and c > k and (not r.in_quote(c) or r.quoted_name(c))]
    if source:
        head = next((c for c in args if v.dep(c).startswith("obl")
                     and v.case_marker(c) in lex.source_verb_prepositions), None)
    elif any(v.dep(c) == "aux:pass" for c in v.children[main]):
        head = next((c for c in args if v.dep(c) == "obl:agent" or (
            v.dep(c) == "obl" and v.case_marker(c) in v.grammar.agent_preps)), None)
    else:
        head = next((c for c in args if v.dep(c) in ("nsubj", "obj") and v.case_marker(c) is None
                     and not _bare_dative(r, c) and r.can_speak(c)), None)
    spk = r.speaker(head) if head is not None else _subject_after(r, k, sent)
    if spk is None:
        return None
    first = si
    for j in range(si - 1, max(-1, si - 1 - MAX_ANAPHOR_SENTENCES), -1):
        if by_sentence.get(j) or not r.trim(list(r.sentence_tokens(j))) or r.quote_covers(list(r.sentence_tokens(j))):
            break
        first = j
        if j == 0 or "\n" in v.text[v.sentences[j - 1].end:v.sentences[j].start]:
            break  # (the start of its paragraph)
    if first == si:
        return None
    content = [t for j in range(first, si) for t in r.sentence_tokens(j)]
    kind = "direct" if r.first_person(content) and not r.marks_speech else "indirect"
    return r.make(kind, content, r.cue_of(main), spk, si)


def _cut_at_indicative_clause(r: _Reader, clause: list[int]) -> list[int]:
    """``X hatte erklärt, er sei unschuldig, erkannte das Gericht nicht an``, ``Während X ankündigte,
    ... prüfen zu lassen, stellt sich Y hinter ...``: content after its frame ends at a comma followed
    by an indicative finite verb (the frame's next predicate, or the main clause after it), or at a
    semicolon whose clause has no Konjunktiv; a Konjunktiv verb there goes on with the content (``er
    sei unschuldig, habe nichts getan``)."""
    v = r.v
    start = 0
    for i, t in enumerate(clause[:-1]):
        if v.tokens[t].text == ";" and not r.in_quote(t) and i >= 2:
            # "..., dass der Vater sie geschlagen hatte; es wird geprüft, ob ...": a semicolon sets a
            # main clause of its own; without a Konjunktiv it is the reporter's again
            rest = clause[i + 1:]
            stop = next((j for j, u in enumerate(rest) if v.tokens[u].text == ";"), len(rest))
            if not r.subjunctive(rest[:stop], any_mood=True):
                return clause[:i]
            continue
        if v.tokens[t].text != "," or r.in_quote(t) or i < 2:
            continue
        # (a comma that closes a clause, not an apposition: "Der Präsident der Duma, X, dankte ...")
        verbs = any(v.pos(j) in ("VERB", "AUX") or r.verb_read_as_other(j) for j in clause[start:i])
        start = i + 1
        if not verbs:
            continue
        n = clause[i + 1]
        if v.pos(n) in ("VERB", "AUX") and v.tokens[n].text[:1].islower() and v.feature(n, "Mood") == "Ind" \
                and r.low(n) not in r.lex.subjunctive_forms and not r.konjunktiv_one(n) \
                and v.feature(n, "VerbForm") in ("Fin", None):
            return clause[:i]
    return clause


def _causative_speech(r: _Reader, k: int) -> int | None:
    """``ließ wissen``, ``hatte verlauten lassen``: ``lassen`` with an infinitive of telling is a speech
    act of its subject; the other word of the pair, or None (the parser heads the pair with either)."""
    v, lex = r.v, r.lex
    if v.lemma(k).lower() in lex.causative_verbs:
        return next((c for c in v.children[k] if v.dep(c) == "xcomp" and r.low(c) in lex.causative_speech), None)
    if r.low(k) in lex.causative_speech:
        return next((c for c in v.children[k] if v.dep(c) == "xcomp" and v.lemma(c).lower() in lex.causative_verbs),
                    None)
    return None


def _cut_at_next_frame(r: _Reader, found: list[Statement]) -> list[Statement]:
    """``X sagte, Annabi sei tot, doch Y erklärte, ...``: a content clause ends before the
    clause of the next frame of its sentence (at the comma before it)."""
    v = r.v
    out = []
    for st in found:
        inner = [o.cue_start for o in found if o is not st and o.cue_start is not None
                 and st.start < o.cue_start < st.end and (st.cue_start is None or st.cue_start < st.start)]
        if inner:
            a, b = v.token_at(st.start), v.token_at(min(inner))
            commas = [t for t in range(a, b) if v.tokens[t].text in (",", ";")]
            if commas:
                keep = r.trim(range(a, commas[-1]))
                if keep:
                    end = v.tokens[keep[-1]].end
                    st = replace(st, end=end, text=v.text[st.start:end])
        out.append(st)
    return out


def _wonach(r: _Reader, si: int, sent: range) -> Statement | None:
    """``Berichte der Agentur Interfax, wonach Milinkewitsch festgenommen worden sei``: a relative
    adverb of content; what follows is what the noun before it says."""
    v = r.v
    k = next((t for t in sent if r.low(t) in r.lex.content_relatives and not r.in_quote(t)), None)
    if k is None or k == sent.start or v.tokens[k - 1].text != ",":
        return None
    toks = r.trim(range(k + 1, sent.stop))
    if len(toks) < 3 or r.quote_covers(toks):
        return None
    head = next((j for j in range(k - 2, max(sent.start - 1, k - 8), -1)
                 if v.pos(j) in ("NOUN", "PROPN") and v.case_marker(j) is None), None)
    if head is not None and v.dep(head) in ("nmod", "flat", "flat:name", "appos") and v.head(head) < head:
        head = v.head(head)  # "Berichte der Agentur Interfax": the noun the phrase hangs on
    spk = r.speaker(head) if head is not None else None
    if spk is not None and _source_noun(v.tokens[head].text, r.lex):
        owner = [c for c in v.children[head] if v.dep(c) in ("nmod", "nmod:poss") and v.case_marker(c) in (None, "von")]
        spk = r.speaker(owner[0]) if owner else spk
    return r.make("indirect", toks, (k, k), spk, si)


def _opinion(r: _Reader, k: int, lemma: str, sent: range) -> bool:
    """``sieht in X Y``, ``hält X für Y``, ``geht von X aus``: a verb of judging with its predicative
    marker in its own clause (read off the words on either side up to the clause's comma)."""
    v = r.v
    markers = {m for l, m in r.lex.opinion_verbs if l == lemma}
    if not markers:
        return False
    for step in (1, -1):
        j = k + step
        while sent.start <= j < sent.stop and not r.in_quote(j) \
                and not (v.pos(j) in ("VERB", "AUX", "SCONJ") and v.dep(j) != "compound:prt"):
            if v.tokens[j].text in (",", ";", ":"):
                # "Sie halten das Verfahren, das zur Auflösung führte, für verfassungswidrig": a relative
                # clause inside the verb's clause is passed over to its closing comma
                end = _relative_end(r, j, sent) if step == 1 else None
                if end is None:
                    break
                j = end + 1
                continue
            if r.low(j) in markers and v.pos(j) in ("ADP", "CCONJ", "ADV", "PART"):
                return _judgement_after(r, j, sent)
            j += step
    return False


def _relative_end(r: _Reader, j: int, sent: range) -> int | None:
    """The closing comma of a relative clause that opens at comma ``j`` (``, das ... führte,``), or
    None where no relative pronoun follows the comma or no comma closes the clause."""
    v = r.v
    t = j + 1
    if t < sent.stop and v.pos(t) == "ADP":  # ", in dem ..."
        t += 1
    if t >= sent.stop or v.pos(t) != "PRON" or not (
            r.low(t) in r.lex.relative_pronouns or v.feature(t, "PronType") == "Rel"):
        return None
    return next((e for e in range(t + 1, sent.stop) if v.tokens[e].text == ","), None)


def _judgement_after(r: _Reader, j: int, sent: range) -> bool:
    """Whether the words after marker ``j`` are a judgement: not a place or time (``sah in Berlin``),
    and no verb of their own (``hält die Straße für den Verkehr gesperrt``)."""
    v = r.v
    for t in range(j + 1, sent.stop):
        if v.tokens[t].text in (",", ";", ":", ".") or r.in_quote(t):
            break
        if t <= j + 3 and (v.timex_at[t] >= 0 or (v.mention_at[t] >= 0 and v.mentions[v.mention_at[t]].label == "LOC")):
            return False
        if v.pos(t) in ("VERB", "AUX") and v.dep(t) != "compound:prt" and v.tokens[t].text[:1].islower() \
                and v.feature(t, "VerbForm") in ("Part", "Inf", None) and v.feature(t, "Mood") is None:
            return False
    return True


def _has_topic(r: _Reader, k: int, sent: range) -> bool:
    """``sprach von einer freien Wahl``, ``berichtet über``: the verb has a topic phrase (read off
    the words of its clause after it where the parse hung the phrase elsewhere)."""
    v = r.v
    if any(v.case_marker(c) in r.lex.topic_prepositions for c in v.children[k]):
        return True
    for j in range(k + 1, min(sent.stop, k + 8)):
        if v.tokens[j].text in (",", ";", ":") or v.pos(j) in ("VERB", "AUX", "SCONJ"):
            return False
        if r.low(j) in r.lex.topic_prepositions and v.pos(j) == "ADP":
            return True
    return False


def _colon_frame(r: _Reader, si: int, sent: range) -> Statement | None:
    """``Kohlschreiber zum Spiel: Das war ...``: a person named before a colon, no verb
    between; the words after it are theirs (direct, or indirect in Konjunktiv I)."""
    v = r.v
    colon = next((k for k in sent if v.tokens[k].text == ":" and not r.in_quote(k)), None)
    if colon is None or colon - sent.start > MAX_COLON_FRAME or colon + 3 >= sent.stop:
        return None
    head = list(range(sent.start, colon))
    if any(v.pos(k) in ("VERB", "AUX") for k in head) or r.quote_covers(list(range(colon + 1, sent.stop))):
        return None
    person = next((k for k in head if v.mention_at[k] >= 0 and v.mentions[v.mention_at[k]].label == "PER"), None)
    if person is None:
        return None
    m = v.mentions[v.mention_at[person]]
    name = r.name_in(person, person)
    spk = (name[0] if name else m.text, m.start, m.end, "text")
    rest = list(range(colon + 1, sent.stop))
    kind = "indirect" if r.main_subjunctive(rest) and not r.first_person(rest) else "direct"
    if v.tokens[r.trim(rest)[0]].text[:1].islower() if r.trim(rest) else False:
        kind = "indirect"  # "X: könnte ...": the speaker's words go on without their subject
    if kind == "direct" and r.marks_speech:
        return None  # an article that marks speech (see _frames)
    return r.make(kind, rest, (colon, colon), spk, si)


def _noun_frame(r: _Reader, k: int, si: int, sent: range) -> Statement | None:
    """``mit dem Hinweis (darauf), dass ...``, ``die Forderung, ... zu ...``: a noun of saying and its clause."""
    v, lex = r.v, r.lex
    j = k + 1
    # (over its genitive and the name in it, however the parse hung the name: "die Forderung des
    # CSU-Vorsitzenden Edmund Stoiber, ... zuzugehen")
    while j < sent.stop and (r.low(j) in lex.pronominal_adverbs or (v.dep(j) in (
            "nmod", "det", "amod", "flat", "flat:name", "case", "appos") or v.mention_at[j] >= 0)
                             and v.tokens[j].text != ","):
        j += 1
    # "mit dem Hinweis abgelehnt worden, man sei ...": the clause is set after the verbs that close its sentence
    while j < sent.stop and v.pos(j) in ("VERB", "AUX") and v.tokens[j].text[:1].islower() and not r.in_quote(j):
        j += 1
    if j + 1 >= sent.stop or v.tokens[j].text != ",":
        return None
    rest = list(range(j + 1, sent.stop))
    if r.low(rest[0]) in lex.subordinators and r.low(rest[0]) not in lex.content_conjunctions:
        return None  # "Angaben machen, um ... zu beziehen": an adverbial clause, not what the noun says
    if not (r.low(rest[0]) in lex.content_conjunctions or r.subjunctive(rest[:12], any_mood=True)
            or r.infinitive(rest)):
        return None
    if r.quote_covers(rest):
        return None
    owner = next((c for c in v.children[k] if v.dep(c) in ("nmod", "det:poss", "nmod:poss")), None)
    spk = r.speaker(owner) if owner is not None else None
    if spk is None and any(v.dep(c) == "cop" for c in v.children[k]):
        # "Der Minister ist der Meinung, dass ...", "37 Prozent sind der gegenteiligen Auffassung, ...": the
        # copula's subject holds the view
        subj = next((c for c in v.children[k] if v.dep(c) == "nsubj" and c < k), None)
        if subj is not None and r.can_speak(subj) and r.low(subj) not in lex.not_speakers:
            spk = r.speaker(subj)
    if spk is None:
        h = v.head(k)
        if h != k and v.pos(h) in ("VERB", "AUX"):
            subj = v.subject(h)
            if any(v.dep(c) == "aux:pass" for c in v.children[h]):
                # "wurde von der Junta mit dem Hinweis abgelehnt, ...": the agent gave the reason
                subj = next((c for c in v.children[h] if v.dep(c) == "obl:agent" or (
                    v.dep(c) == "obl" and v.case_marker(c) in v.grammar.agent_preps)), None)
            spk = r.speaker(subj) if subj is not None and subj != k else None
            if spk is None and subj == k:
                # "Von der Polizei kam die Information, ...": the noun is the subject; where it came
                # from is whose it is
                src = next((c for c in v.children[h] if v.dep(c).startswith("obl")
                            and v.case_marker(c) in v.grammar.agent_preps), None)
                spk = r.speaker(src) if src is not None else None
    kind = "indirect"
    return r.make(kind, rest, (k, k), spk, si)


def _demand(r: _Reader, k: int, si: int, sent: range) -> Statement | None:
    """``Eine Forderung Frankreichs nach der Einschaltung des Sicherheitsrats``: a noun of demanding
    with its owner named (a genitive, ``von`` phrase or possessive right after it) and what is
    demanded in its ``nach`` phrase; that phrase is the message. Without an owner the demand is
    no one's in particular (``Die Forderung nach mehr Autonomie wird lauter``): no statement."""
    v, lex = r.v, r.lex
    if v.lemma(k) not in lex.demand_nouns:
        return None
    owner = next((c for c in v.children[k] if v.dep(c) in ("nmod", "nmod:poss", "det:poss") and (
        c < k and v.dep(c) == "det:poss" or c > k and _owner(r, c))), None)
    what = next((c for c in v.children[k] if c > k and v.dep(c) == "nmod"
                 and v.case_marker(c) in lex.demand_prepositions), None)
    if owner is None or what is None or (owner > k and owner > what):
        return None
    spk = r.speaker(owner)
    if spk is None:
        return None
    toks = [t for t in v.subtree(what) if t in sent and r.low(t) not in lex.demand_prepositions]
    return r.make("indirect", toks, (k, k), spk, si)


def _source_noun(word: str, lex) -> bool:
    """``Angaben``, ``Polizeiangaben``, ``Expertenmeinung``: a noun that credits a source."""
    if word in lex.source_nouns:
        return True
    if not word[:1].isupper():
        return False
    lowered, lengths = _source_endings(lex.source_nouns)
    for n in lengths:
        if len(word) <= n + 2:
            break
        tail = word[-n:]
        if tail in lowered or (word[-n - 1] == "-" and tail in lex.source_nouns):
            return True
    return False


@lru_cache(maxsize=4)
def _source_endings(nouns: frozenset[str]) -> tuple[frozenset[str], tuple[int, ...]]:
    """The source nouns lower-cased (the head of a compound) and their lengths, shortest first."""
    return frozenset(n.lower() for n in nouns), tuple(sorted({len(n) for n in nouns}))


def _prefield_name(r: _Reader, k: int, sent: range) -> int | None:
    """The subject of a mis-tagged verb: the last noun or name before it in its clause."""
    v = r.v
    for j in range(k - 1, sent.start - 1, -1):
        if v.tokens[j].text in (",", ";", ":"):
            return None
        h = v.head(j)
        if v.pos(j) in ("NOUN", "PROPN") and v.dep(j) in ("flat", "flat:name") and sent.start <= h < j \
                and _person_name(r, h):
            # ("Hilda Morales Trujillo spricht": the last word of a name the parse split, its first word
            # read as a preposition; the name's head stands for it)
            return h
        if r.in_quote(j):
            continue  # ("X von der „Aktion Deutschland hilft“ sagte": a title's word)
        if v.dep(j) == "nsubj" and r.low(j) in v.grammar.nominative_pronouns and r.low(j) not in r.lex.not_speakers:
            return j  # ("Außerdem hatte er laut „tagesschau.de“ kritisiert": a subject the parse hung elsewhere)
        if v.pos(j) in ("NOUN", "PROPN") and v.case_marker(j) is None:
            return j
    return None


def _subject_between(r: _Reader, k: int, sent: range):
    """``wie der Bundeswahlleiter mitteilte``: the noun or name between ``wie`` and the verb."""
    v = r.v
    j = r.wie_of(k, sent)
    if j is None:
        return None
    for t in range(j + 1, k):
        if v.pos(t) in ("NOUN", "PROPN") or r.low(t) in r.lex.speaker_pronouns or (r.in_quote(t) and r.quoted_name(t)):
            return r.speaker(t)
    return None


def _named_before_apposition(r: _Reader, subj: int, sent: range) -> int | None:
    """``Elon Musk, der Milliardär hinter der Firma, kündigte ... an``: the parse took the apposition
    set off by commas for the subject; the person named before it, opening the sentence, is the subject
    (the first token of that name), else None."""
    v = r.v
    a = r.noun_phrase(subj)[0]
    if a - 2 < sent.start or v.tokens[a - 1].text != "," or v.mention_at[a - 2] < 0:
        return None
    m = v.mentions[v.mention_at[a - 2]]
    first = v.token_at(m.start)
    return first if m.label == "PER" and first == sent.start else None


def _inverted_subject(r: _Reader, k: int, sent: range) -> int | None:
    """``Als Grund nannte die NASA, ...``: the head of the noun phrase right after the finite verb ``k``
    of a verb-second clause, where it can speak and is neither in a prepositional phrase nor a bare
    dative (``sagte dem Magazin``); None where the verb is not finite or no such phrase follows."""
    v = r.v
    if v.feature(k, "Mood") is None or _outlet_at(r, k + 1):
        return None  # (a participle or infinitive: "hatte ... genannt"; "erzählte der Agentur X": its addressee)
    for j in range(k + 1, min(sent.stop, k + 5)):
        if v.pos(j) in ("DET", "ADJ") or v.tokens[j].text in _QUOTE_MARKS:
            continue
        if (v.pos(j) in ("NOUN", "PROPN") or _person_name(r, j)) and v.case_marker(j) is None \
                and not _bare_dative(r, j) and r.can_speak(j):
            return j
        return None
    return None


def _subject_after(r: _Reader, k: int, sent: range):
    """``..., sagte der Minister.``: the first noun or name after the verb."""
    v = r.v
    for j in range(k + 1, min(sent.stop, k + 6)):
        # (a capitalised word the tagger took for an adjective is an unknown name: "sagte Juraczka";
        # a person's name may even be tagged as a preposition: "sagte Nikolic der Zeitung")
        if v.pos(j) in ("NOUN", "PROPN") or (v.pos(j) == "PRON" and r.low(j) in r.lex.speaker_pronouns) or (
                v.pos(j) in ("ADJ", "X", "VERB") and v.tokens[j].text[:1].isupper()) or _person_name(r, j):
            if v.case_marker(j) is not None and not _person_name(r, j):
                return None
            if _bare_dative(r, j):
                continue  # "..., sagte er dem Magazin": the one spoken to, never the speaker
            # "Großbritanniens Cheftrainer Heiko Salzwedel": the person among the capitalised words
            run = [j]
            while run[-1] + 1 < sent.stop and v.tokens[run[-1] + 1].text[:1].isupper() \
                    and v.pos(run[-1] + 1) in ("NOUN", "PROPN", "X", "ADJ"):
                run.append(run[-1] + 1)
            person = [t for t in run if v.mention_at[t] >= 0 and v.mentions[v.mention_at[t]].label == "PER"]
            return _before_outlet(r, j, sent, r.speaker(person[0] if person else j))
        if v.pos(j) in ("VERB", "AUX", "SCONJ") or v.tokens[j].text in (",", ";"):
            return None
    return None


def _before_outlet(r: _Reader, j: int, sent: range, spk):
    """``..., sagte ein Sprecher der dpa``, ``sagte der Minister der Zeitung``: after an inverted frame an
    outlet in the dative right after the subject is the one spoken to, not the subject's genitive; the
    speaker's phrase ends before it (a person's name in it is the speaker)."""
    v, lex = r.v, r.lex
    if spk is None or spk[1] is None:
        return spk
    for t in range(j + 1, min(sent.stop - 1, j + 6)):
        if v.tokens[t].start >= spk[2] or v.tokens[t].text in (",", ";", "("):
            break
        if _outlet_at(r, t):
            end = v.tokens[t - 1].end
            person = next((x for x in range(j, t) if v.mention_at[x] >= 0
                           and v.mentions[v.mention_at[x]].label == "PER"), None)
            if person is not None:
                named = r.name_in(person, person)
                if named is not None:
                    return named[0], spk[1], end, "text"
            head = r.speaker(j) if spk[0] and v.tokens[j].start >= spk[1] else None
            if head is not None and head[2] <= end:
                return head
            return v.text[spk[1]:end], spk[1], end, spk[3] or "text"
    return spk


def _outlet_at(r: _Reader, t: int) -> bool:
    """A dative article at ``t`` before an outlet's noun or an agency's name (``der Zeitung``, ``der
    Deutschen Presse-Agentur``, ``der dpa``)."""
    lex = r.lex
    if t + 1 >= r.n or r.low(t) not in lex.dative_determiners:
        return False
    words = [r.low(t + 1)] + ([r.low(t + 2)] if t + 2 < r.n and r.v.pos(t + 1) == "ADJ" else [])
    return any(w in lex.outlet_names or w.endswith(lex.outlet_nouns) for w in words)


def _after_dateline(r: _Reader, subj: int, k: int) -> int | None:
    """``Wien – ÖGB-Präsident X nennt ...``: the parser took the dateline's place for the subject; the
    subject is the person (else the first noun) between the dateline and the verb."""
    v = r.v
    words = [t for t in range(subj + 1, k) if t not in r.dateline and v.case_marker(t) is None]
    return next((t for t in words if _person_name(r, t)), None) or next(
        (t for t in words if v.pos(t) in ("NOUN", "PROPN")), None)


def _person_name(r: _Reader, j: int) -> bool:
    """A capitalised word the recogniser found a person's name in, whatever its tag."""
    v = r.v
    m = v.mention_at[j]
    return m >= 0 and v.mentions[m].label == "PER" and v.tokens[j].text[:1].isupper()


def _bare_dative(r: _Reader, j: int) -> bool:
    """A noun in the dative with no preposition: the one a speech verb addresses (``sagte der
    Zeitung``, ``dem Magazin``), never its subject."""
    v = r.v
    return v.pos(j) in ("NOUN", "PROPN") and v.feature(j, "Case") == "Dat" and v.case_marker(j) is None \
        and _dative_article(r, j)  # (the tagger's case alone misleads)


def _dative_article(r: _Reader, j: int) -> bool:
    """Whether the words before noun ``j`` (over adjectives and quotation marks) open with a dative
    article, whatever the parser hung it on (``dem "Spiegel"``)."""
    v = r.v
    i = j - 1
    while i >= 0 and (v.pos(i) == "ADJ" or v.tokens[i].text in _QUOTE_MARKS):
        i -= 1
    return i >= 0 and r.low(i) in r.lex.dative_determiners


def _addressee(r: _Reader, k: int, sent: range, spk) -> str | None:
    """Whom the speech verb ``k`` addresses: its dative (``sagte X der Zeitung Y``), a phrase with
    ``gegenüber``/``an``, or the partner of a conversation the clause names (``im Gespräch mit Y``);
    never the speaker's own phrase (the parse may give it both roles)."""
    v, lex = r.v, r.lex
    heads = [c for c in v.children[k] if v.dep(c) == "iobj" or (
        v.dep(c).startswith("obl") and v.case_marker(c) in lex.addressee_prepositions and v.pos(c) in ("NOUN", "PROPN"))]
    for j in range(k + 1, min(sent.stop, k + 6)):
        if v.tokens[j].text in (",", ";", ":") or v.pos(j) in ("VERB", "AUX", "SCONJ"):
            break
        if _bare_dative(r, j):  # (a title in quotation marks included: dem "Spiegel")
            heads.append(j)
        elif spk is not None and spk[2] is not None and v.tokens[j].start > spk[2] and _outlet_at(r, j - 1):
            heads.append(j)  # "sagte X der dpa": the outlet the speaker's phrase was cut before
    for j in sent:
        if v.lemma(j) in lex.conversation_nouns and j + 1 < sent.stop and r.low(j + 1) in lex.conversation_partner:
            heads += [t for t in range(j + 2, min(sent.stop, j + 6)) if v.pos(t) in ("NOUN", "PROPN")][:1]
    for h in heads:
        a, b, text = _phrase(r, h)
        if not r.in_quote(h) or _bare_dative(r, h):
            if spk is None or spk[1] is None or not a <= spk[1] < b:  # (the speaker's phrase may run on over it)
                return text
    return None


def _phrase(r: _Reader, k: int) -> tuple[int, int, str]:
    """The character span and text of the noun phrase around ``k`` with the name it runs on into
    (``der Zeitung Danas``, ``dem "Spiegel"``: the parser may hang the name elsewhere)."""
    v = r.v
    a, b = k, max(k, r.noun_phrase(k)[1])  # (its start read off the words: a name recognised across it misleads)
    while a > 0 and (v.pos(a - 1) in ("DET", "ADJ", "NUM") or v.tokens[a - 1].text in _QUOTE_MARKS) \
            and v.sentence_of[a - 1] == v.sentence_of[k]:
        a -= 1

    def marks(x: int, y: int) -> int:
        return sum(v.tokens[t].text in _QUOTE_MARKS for t in range(x, y + 1))

    while b + 1 < len(v.tokens) and v.sentence_of[b + 1] == v.sentence_of[k] and (
            v.pos(b + 1) in ("PROPN", "NOUN") or v.tokens[b + 1].text in _QUOTE_MARKS and (
                marks(a, b) % 2 or b + 2 < len(v.tokens) and v.pos(b + 2) in ("PROPN", "NOUN"))):
        b += 1
    if marks(a, b) % 2:
        b -= 1  # (an opening mark the phrase does not close)
    start, end = v.tokens[a].start, v.tokens[b].end
    return start, end, v.text[start:end]


_QUOTE_MARKS = frozenset('"„“”»«‚‘’›‹')


def _channel(r: _Reader, si: int, sent: range, framed) -> Statement | None:
    """``laut X``, ``X zufolge``, ``nach Angaben von X``, ``..., so X.``, ``Demnach``."""
    v, lex = r.v, r.lex
    for k in sent:
        if r.in_quote(k):
            continue
        low = r.low(k)
        src = None
        frame: list[int] = []
        quoted = _quoted_source(r, k, sent) if low in lex.channel_before else None
        if quoted is not None:
            # "Laut „tagesschau.de“ gehören ...": a title in quotation marks the parse cannot read is the source
            last, spk = quoted
            frame = list(range(k, last + 1))
            if framed is not None:
                return r.make("indirect", frame, (k, k), spk, si)
            toks = r.trim(_relative_clause(r, k, sent, [t for t in sent if t not in set(frame)]))
            return r.make("indirect", toks, (k, k), spk, si) if len(toks) >= 3 and not r.quote_covers(toks) else None
        if low in lex.channel_before and v.pos(k) == "ADP" and not _noun_form(r, k, sent):
            src = v.head(k)
            while src > k and v.pos(src) in ("DET", "ADJ", "NUM") and v.head(src) > src \
                    and v.pos(v.head(src)) in ("NOUN", "PROPN"):
                # "Laut einer am Dienstag veröffentlichten Pressemitteilung des WFP": the parse hung the
                # preposition on the article; its noun is the source
                src = v.head(src)
            frame = _frame_span(r, [k, src], sent)
        elif low in lex.channel_if_speaker and (src := _phrase_head_after(r, k, sent)) is not None and (
                r.speaking_noun(src) or r.is_role(src)):
            # (read off the words: the tagger takes "gemäß" for an adjective as often; a name after it is a
            # law's or plan's as often as a source's: "gemäß Artikel 5")
            frame = _frame_span(r, [k, src], sent)
        elif low in lex.channel_after:
            src = v.head(k) if v.head(k) < k else (k - 1 if k > sent.start else None)
            if src is not None and v.pos(src) not in ("NOUN", "PROPN", "PRON") and k > sent.start and \
                    v.pos(k - 1) in ("NOUN", "PROPN"):
                src = k - 1  # (the parse hung "zufolge" on the verb: "Es handele sich ersten Angaben zufolge um")
            if src is not None:
                frame = _frame_span(r, [src, k], sent)
        elif (_source_noun(v.tokens[k].text, lex) or (v.lemma(k) in lex.speech_nouns and v.lemma(k) not in
                                                        lex.event_nouns)) and (
                v.case_marker(k) in lex.source_prepositions or r.low(r.noun_phrase(k)[0] - 1) in
                lex.source_prepositions or _postposed_source(r, k, sent)):
            # (whose account: a possessive, or a genitive or "von" phrase right after the noun; a noun the
            # parse hung on it farther on is no owner: "nach offiziellen Angaben ... die Luft")
            owners = [c for c in v.children[k] if v.dep(c) in ("det:poss", "nmod:poss") or (
                v.dep(c) == "nmod" and c > k and min(v.subtree(c)) <= k + 2 and _owner(r, c))]
            src = owners[0] if owners else _genitive_after(r, k, sent)
            after = [k + 1] if _postposed_source(r, k, sent) else []
            frame = _frame_span(r, [k] + ([src] if src is not None else []) + after, sent)
            marker = [c for c in v.children[k] if v.dep(c) == "case" and c < k] or (
                [r.noun_phrase(k)[0] - 1] if r.low(r.noun_phrase(k)[0] - 1) in lex.source_prepositions else [])
            frame = sorted(set(frame) | set(range(marker[0], k)) if marker else frame)
            if src is None and any(v.dep(c) == "amod" for c in v.children[k]):
                # "nach südkoreanischen Angaben": the adjective names the source; "nach eigenen Angaben":
                # the clause's subject is (the phrase its mention, resolved like a pronoun)
                a, b = r.noun_phrase(k)
                spk = (v.text[v.tokens[a].start:v.tokens[b].end], v.tokens[a].start, v.tokens[b].end, "text")
                own = _own_source(r, k, a, b)
                spk = own if own is not None else spk
                toks = _relative_clause(r, k, sent, [t for t in sent if t not in set(frame)])
                return r.make("indirect", toks, (k, k), spk, si)
            if src is None:
                toks = _relative_clause(r, k, sent, [t for t in sent if t not in set(frame)])
                return r.make("indirect", toks, (k, k), _unnamed_source(r, k), si)
        elif low in lex.source_prepositions and (src := _fronted_source(r, k, sent)) is not None:
            # "Nach einem EU-Dokument leben sie ...", "Nach Schäubles Idee soll ...": "nach" and a
            # document or a speaker as the whole first field credit the clause after them
            frame = _frame_span(r, [k, src], sent)
            toks = r.trim([t for t in sent if t not in set(frame)])
            if len(toks) < 3 or r.quote_covers(toks):
                return None
            # (a document's owner named before or after it is its source: "Nach Schäubles Idee")
            owner = next((c for c in v.children[src] if v.dep(c) in ("nmod", "nmod:poss") and (
                v.pos(c) == "PROPN" or v.mention_at[c] >= 0 and v.mentions[v.mention_at[c]].label in ("PER", "ORG"))),
                None)
            spk = r.speaker(owner if owner is not None else src)
            return r.make("indirect", toks, (k, k), spk, si) if framed is None else None
        elif low == lex.so_frame and k > sent.start and v.tokens[k - 1].text == "," and k + 1 < sent.stop:
            # "..., so X.", "..., so X, Leiter der Y.", "Alles sei, so der Bericht, möglich gewesen",
            # "..., so bestätigt das Gericht": the source's phrase (or an inverted frame) up to its comma
            stop = next((t for t in range(k + 1, sent.stop) if v.tokens[t].text in (",", ";", ":", "(")), sent.stop)
            tail = [t for t in range(k + 1, stop) if v.tokens[t].text[:1].isalnum()]
            if not tail or v.pos(tail[0]) in ("SCONJ", "ADP") or r.low(tail[0]) in lex.subordinators:
                continue  # "..., so dass ...", "..., so in Paris": a consequence or a comparison, no source
            verb = r.mistagged_verb(tail[0]) or (r.verb_lemma(tail[0]) if v.pos(tail[0]) == "VERB" else None)
            head = None
            if verb in lex.speech_verbs or verb in lex.content_verbs:  # ("so schätzen die Forscher")
                spk, cue = _subject_after(r, tail[0], sent), (k, tail[0])
            elif len(tail) <= MAX_SO_TAIL and not any(v.pos(t) in ("VERB", "AUX") for t in tail):
                head = next((t for t in tail if v.pos(t) in ("PROPN", "NOUN", "PRON")), None)
                spk, cue = (r.speaker(head) if head is not None else None), (k, k)
            else:
                continue
            if spk is None:
                continue
            after = [t for t in range(stop + 1, sent.stop)] if stop < sent.stop and v.tokens[stop].text == "," else []
            # (words after the frame's comma with a verb of their own go on with the content: the frame
            # was set in; else they are the source's apposition)
            rest = after if any(v.pos(t) in ("VERB", "AUX") for t in after) else []
            toks = list(range(sent.start, k - 1)) + rest
            if len(r.trim(toks)) < 3 or r.quote_covers(toks):
                return None
            # (an article that marks speech: its unmarked words are the reporter's paraphrase; a body's
            # indicative words too: "..., so das Ergebnis einer Studie", see _frames)
            body = not _person(r, spk) and not (head is not None and r.is_role(head))
            estimate = verb in lex.content_verbs and verb not in lex.speech_verbs  # never the speaker's words
            kind = "indirect" if r.subjunctive(toks, any_mood=True) or r.marks_speech or body or estimate \
                else "direct"
            return r.make(kind, toks, cue, spk, si)
        elif low in lex.demnach:
            # "Demnach wurden ...", "Bei den Angriffen wurden demnach ...": the source before goes on
            # (the adverb stands for the source: its mention, resolved like a pronoun); with a frame of
            # its own ("Demnach habe Abbas erwidert, dass ...") that source is the channel
            name = _carried_source(r, si)
            spk = (name, v.tokens[k].start, v.tokens[k].end, "carried")
            if framed is not None:
                return r.make("indirect", [k], (k, k), spk, si) if name else None
            toks = list(range(k + 1, sent.stop)) if k == sent.start else [t for t in sent if t != k]
            return r.make("indirect", toks, (k, k), spk, si)
        if src is None or not frame:
            continue
        first_noun = next((t for t in range(k + 1, src + 1) if v.pos(t) in ("NOUN", "PROPN")), src) if src > k else src
        if v.mention_at[first_noun] < 0 and r.low(first_noun).endswith(tuple(lex.norm_nouns)):
            continue  # "laut Verfassung": what a rule prescribes, no statement (the parse may hang it on the next noun)
        owner = [c for c in v.children[src] if v.dep(c) in ("det:poss", "nmod:poss") or (
            v.dep(c) == "nmod" and c > src and _owner(r, c))]  # ("laut der Studie hinsichtlich der ...": no owner)
        if _source_noun(v.tokens[src].text, lex) and owner:
            src = owner[0]  # "laut Angaben der Tagesschau"
        elif _source_noun(v.tokens[src].text, lex):
            # "den Angaben zufolge": no source named; the previous one goes on, if any
            if framed is not None:
                continue
            fs = set(frame)
            toks = r.trim(_relative_clause(r, k, sent, [t for t in sent if t not in fs]))
            spk = _unnamed_source(r, src)
            return r.make("indirect", toks, (k, k), spk, si) if len(toks) >= 3 and not r.quote_covers(toks) else None
        spk = r.speaker(src) or _relative_possessive(r, src)
        if spk is not None and spk[0] and src > k + 1 and all(v.pos(t) == "ADJ" for t in range(k + 1, src)) \
                and spk[1] == v.tokens[k + 1].start and spk[2] > v.tokens[src].end:
            # "nach Angaben unabhängiger Experten Senfgas eingesetzt": an article-less genitive ends at its
            # noun (the parse may hang the next word on it)
            spk = (v.text[spk[1]:v.tokens[src].end], spk[1], v.tokens[src].end, spk[3])
        if spk is None and low in lex.channel_before and src > k and v.tokens[src].text.rsplit("-", 1)[-1][:1].isupper() \
                and not r.in_quote(src):
            # "laut ai-Bericht": a noun after "laut" the tagger took for a verb (its last part capitalised)
            # is its source
            a = min(t for t in frame if t > k)
            spk = (v.text[v.tokens[a].start:v.tokens[src].end], v.tokens[a].start, v.tokens[src].end, "text")
        if framed is not None:
            return r.make("indirect", frame, (k, k), spk, si) if spk else None
        fs = set(frame)
        toks = _relative_clause(r, k, sent, [t for t in sent if t not in fs])
        toks = r.trim(toks)
        if len(toks) < 3 or r.quote_covers(toks):
            return None
        return r.make("indirect", toks, (k, k), spk, si)
    return None


def _quoted_source(r: _Reader, k: int, sent: range):
    """``laut „tagesschau.de“``, ``laut „Computerwoche“``: the short quoted name right after ``k`` (its
    last token, the closing mark, and the speaker tuple), else None."""
    v = r.v
    j = k + 1
    if j + 2 >= sent.stop or v.tokens[j].text not in _QUOTE_MARKS or not r.in_quote(j + 1) or not r.quoted_name(j + 1):
        return None
    last = next((t for t in range(j + 1, sent.stop) if v.tokens[t].text in _QUOTE_MARKS), None)
    if last is None or last == j + 1:
        return None
    a, b = v.tokens[j + 1].start, v.tokens[last - 1].end
    return last, (v.text[a:b], a, b, "text")


def _relative_clause(r: _Reader, k: int, sent: range, toks: list[int]) -> list[int]:
    """``Die Tasche, die nach dessen Angaben die Bombe enthalten sollte, wurde ...``: an attribution
    phrase inside a relative clause credits that clause alone (from its pronoun to its closing
    comma); elsewhere ``toks`` as they are."""
    v = r.v
    opens = [t for t in range(sent.start, k) if v.tokens[t].text == ","]
    if not opens or opens[-1] + 1 >= k:
        return toks
    first = opens[-1] + 1
    if v.pos(first) == "ADP":  # ("..., von dem laut Polizei ...")
        first += 1
    if not (v.pos(first) == "PRON" and "Rel" in (v.feature(first, "PronType") or "").split(",")):
        return toks
    stop = next((t for t in range(k + 1, sent.stop) if v.tokens[t].text == ","), sent.stop)
    return [t for t in toks if opens[-1] < t < stop]


def _relative_possessive(r: _Reader, j: int):
    """``der Mann, dessen Anwalt ...``, ``die Tasche des Mannes, die nach dessen Angaben ...``: a
    relative possessive stands for the nearest noun before its clause's comma that agrees with it
    (``dessen`` a masculine or neuter one, ``deren`` a feminine or plural one); the pronoun its
    mention (``pronoun``), or None."""
    v, lex = r.v, r.lex
    genders = dict(lex.relative_possessives).get(r.low(j))
    if genders is None:
        return None
    sent = r.sentence_tokens(v.sentence_of[j])
    comma = next((t for t in range(j - 1, sent.start - 1, -1) if v.tokens[t].text == ","), None)
    if comma is None:
        return None
    for t in range(comma - 1, max(sent.start - 1, comma - MAX_ANTECEDENT_WORDS), -1):
        if v.pos(t) in ("NOUN", "PROPN") and (v.feature(t, "Gender") in genders or v.feature(t, "Number") in genders):
            spk = r.speaker(t)
            return (spk[0], v.tokens[j].start, v.tokens[j].end, "pronoun") if spk and spk[0] else None
    return None


def _owner(r: _Reader, c: int) -> bool:
    """Whether the noun ``c`` the parse hung on a source noun says whose account it is: a ``von``
    phrase, a genitive opened by its article or possessive (``nach Angaben der Polizei``) or a bare name
    (``nach Angaben Israels``); not a dative or accusative the parse hung there (``dienten nach
    israelischen Angaben dem Transport``, ``haben Medieninformationen zufolge ... das Gehalt``)."""
    v = r.v
    marker = v.case_marker(c)
    if marker is not None:
        return marker == "von"
    first = min(v.subtree(c))
    # (a possessive the tagger reads as genitive opens one too: "laut Angaben ihrer Witwen")
    return r.low(first) in r.lex.genitive_determiners or (first == c and v.pos(c) == "PROPN") or (
        v.dep(first) == "det:poss" and v.feature(first, "Case") == "Gen")


def _own_source(r: _Reader, k: int, a: int, b: int):
    """``Tesla will nach eigenen Angaben ...``: a source noun with ``eigen`` is the account of its
    clause's subject; that subject resolved, the phrase its mention (``pronoun``), or None."""
    v = r.v
    if not any(v.dep(c) == "amod" and v.lemma(c).lower() in r.lex.own_adjectives for c in v.children[k]):
        return None
    head, subj = v.head(k), None
    for _ in range(MAX_OWN_HOPS):  # (the verb above the phrase, over a noun the parse hung it on)
        if v.pos(head) in ("VERB", "AUX") or v.head(head) == head:
            break
        head = v.head(head)
    # (the subject of the verb, of an auxiliary or modal the parse hung on it or of the modal it is
    # the infinitive of: "Tesla will ... eingehen"; the one before the phrase first: "Die Polizei hat
    # nach eigenen Angaben drei Verdächtige festgenommen")
    for _ in range(2):
        around = [head] + [c for c in v.children[head] if v.dep(c) in ("aux", "aux:pass")]
        subjects = sorted(c for h in around for c in v.children[h] if v.dep(c) in ("nsubj", "nsubj:pass"))
        before = [c for c in subjects if c < k]
        subj = before[-1] if before else subjects[0] if subjects else None
        if subj is not None or v.dep(head) != "xcomp":
            break
        head = v.head(head)
    spk = r.speaker(subj) if subj is not None else None
    if spk is None or spk[0] is None:
        return None
    return spk[0], v.tokens[a].start, v.tokens[b].end, "pronoun"


def _fronted_source(r: _Reader, k: int, sent: range) -> int | None:
    """The head of the phrase after a sentence's first-field "nach" that names whose account the
    sentence gives: a document (``Nach einem EU-Dokument``, ``Nach dem Grundgesetz``), where the
    sentence's finite verb follows the phrase right away; not a source noun (the phrase's own
    rule), nor a noun of an event or a time (``Nach dem Treffen``, ``Nach der Wahl``)."""
    v, lex = r.v, r.lex
    if k != r.v.dateline_end[v.sentence_of[k]] and k != sent.start:
        return None
    # (the phrase runs to the finite verb, its head the last noun before it, unless a genitive
    # follows the head: "Nach dem Plan der Europäischen Union müssen ...")
    verb = next((j for j in range(k + 1, min(sent.stop, k + MAX_FRONTED_SOURCE + 2))
                 if v.pos(j) in ("VERB", "AUX") and v.tokens[j].text[:1].islower() or v.tokens[j].text == ","), None)
    if verb is None or v.tokens[verb].text == ",":
        return None
    nouns = [j for j in range(k + 1, verb) if v.pos(j) in ("NOUN", "PROPN") or v.tokens[j].text[:1].isupper()]
    if not nouns:
        return None
    src = next((j for j in nouns if any(r.genitive(j, c) for c in v.children[j])), nouns[-1])
    if v.timex_at[src] >= 0 or _source_noun(v.tokens[src].text, lex) or v.lemma(src) in lex.speech_nouns \
            or v.lemma(src) in lex.event_nouns:
        return None
    m = v.mention_at[src]
    if m >= 0 and v.mentions[m].label == "LOC":
        return None
    # (a person "nach" names the one before in a race or a line: "Nach Kathrin Zettel fiel auch ...")
    return src if any(v.lemma(src).lower().endswith(d) for d in lex.document_nouns) else None


def _postposed_source(r: _Reader, k: int, sent: range) -> bool:
    """``seinen Angaben nach ist ...``, ``meiner Meinung nach``: a source preposition after its noun,
    the clause going on after it; not ``die Forderung nach mehr Autonomie`` (a phrase of its own
    follows: what is asked for, not who says it)."""
    v = r.v
    if k + 1 >= sent.stop or r.low(k + 1) not in r.lex.source_prepositions:
        return False
    if k + 2 >= sent.stop:
        return True
    phrase = ("DET", "NOUN", "PROPN", "ADJ", "NUM", "PRON")
    return v.pos(k + 2) not in phrase and not (
        v.pos(k + 2) == "ADV" and k + 3 < sent.stop and v.pos(k + 3) in ("NOUN", "PROPN"))  # ("nach mehr Autonomie")


def _noun_form(r: _Reader, k: int, sent: range) -> bool:
    """``einen gewissen Laut``: a preposition's form capitalised inside its sentence (not after a colon
    or an opening quote) is a noun of the same spelling, whatever the tagger read."""
    v = r.v
    if not v.tokens[k].text[:1].isupper() or k == sent.start:
        return False
    before = v.tokens[k - 1].text
    return before[-1:].isalnum() or before in (",", ")")


def _phrase_head_after(r: _Reader, k: int, sent: range) -> int | None:
    """The noun that heads the phrase right after preposition ``k`` (over its articles and adjectives)."""
    v = r.v
    for j in range(k + 1, min(sent.stop, k + 5)):
        if v.pos(j) in ("NOUN", "PROPN"):
            return j
        if v.pos(j) not in ("DET", "ADJ", "ADV", "NUM"):
            return None
    return None


def _genitive_after(r: _Reader, k: int, sent: range) -> int | None:
    """``nach Angaben lokaler Medien``: the genitive right after a source noun, read off the words
    (the parser may hang an article-less genitive elsewhere); its noun, or None."""
    v = r.v
    j = k + 1
    adjectives = []
    while j < sent.stop and v.pos(j) == "ADJ":
        adjectives.append(j)
        j += 1
    if j >= sent.stop or v.pos(j) not in ("NOUN", "PROPN") or v.case_marker(j) is not None:
        return None
    # (an adjective in strong "-er" with no article before a noun after the source noun is a genitive plural,
    # whatever case the tagger gives: "nach Angaben unabhängiger Experten", German grammar)
    return j if any(v.feature(t, "Case") == "Gen" for t in [*adjectives, j]) or (
        adjectives and r.low(adjectives[0]).endswith("er")) else None


def _person(r: _Reader, spk) -> bool:
    """Whether a resolved speaker is a person: a pronoun or role resolved to one, or a person's name."""
    if spk is None:
        return False
    name, start, end, basis = spk
    if basis == "pronoun":
        return name is not None
    if basis == "role":  # a role resolved to a person, not an organisation noun to its organisation
        return name is not None and r.person_named(name)
    return start is not None and any(m.label == "PER" and m.start < end and m.end > start for m in r.v.mentions)


def _unnamed_source(r: _Reader, k: int):
    """``ersten Angaben zufolge``: the phrase is the speaker's mention; its name is
    the previous statement's speaker when there is one (carried). A compound names
    its own source (``nach Polizeiangaben``, ``laut Augenzeugenberichten``): that
    phrase is the speaker, whoever spoke before."""
    v = r.v
    a, b = r.noun_phrase(k)
    start, end = v.tokens[a].start, v.tokens[b].end
    if r.speakers and v.tokens[k].text in r.lex.source_nouns:
        return r.speakers[-1][1], start, end, "carried"
    return v.text[start:end], start, end, "text"


def _frame_span(r: _Reader, heads: list[int], sent: range) -> list[int]:
    """The tokens of an attribution phrase: its words and the noun phrases of its
    heads, with a genitive or ``von`` phrase right after (``laut Angaben der Polizei``),
    as one contiguous stretch."""
    v = r.v
    a, b = min(heads), max(heads)
    for h in heads:
        x, y = r.noun_phrase(h)
        a, b = min(a, x), max(b, y)
        for c in v.children[h]:
            if v.dep(c) in ("nmod", "nmod:poss") and c > y:
                x2, y2 = r.noun_phrase(c)
                if x2 <= b + 2:
                    b = max(b, y2)
    return [t for t in range(a, b + 1) if t in sent]


def _free_indirect(r: _Reader, si: int, sent: range, by_sentence) -> Statement | None:
    """A sentence in Konjunktiv I with no frame of its own: reported speech that goes
    on from the latest statement (a Konjunktiv II sentence only right after one)."""
    toks = list(sent)
    prev = None
    for back in range(si - 1, max(-1, si - 1 - CARRY_SENTENCES), -1):
        if by_sentence.get(back):
            prev = by_sentence[back][-1]
            break
    # (after a reported act too: "Die Regierung warnt vor Überschwemmungen. Die Dämme befänden sich ...")
    right_after = bool(by_sentence.get(si - 1)) and prev is not None and prev.kind in ("indirect", "reported")
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
    near = None if by_sentence.get(si - 1) else _previous_subject(r, si)
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
    return r.make("indirect", toks, (modal, modal) if modal is not None else None, spk, si)


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
    it) has a frame of its own or goes on from a source the sentence before names (``Exilgruppen
    berichteten ... Dabei sollen ...``); without one the modal is the reporter's own hedge (``Der
    Mann soll ... geschlagen haben``), not anyone's statement."""
    if si > 0 and any(st.speaker_name for st in by_sentence.get(si - 1, ())):
        return True
    v, lex = r.v, r.lex
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
    if j > toks[-1] or v.pos(j) not in ("VERB", "AUX") or v.feature(j, "VerbForm") not in ("Fin", None) \
            or not v.tokens[j].text[:1].islower() or r.in_quote(j):
        return None  # (the tagger may leave a copula without features)
    end = next((t for t in toks if t > j and v.tokens[t].text in (",", ":", ";")), toks[-1] + 1)
    if end + 1 <= toks[-1] and v.tokens[end].text == "," and r.low(end + 1) in lex.content_conjunctions:
        return None  # "..., macht die Ministerin kein Hehl daraus, dass ...": a frame of what follows it
    tail = [t for t in range(j + 1, end) if v.tokens[t].text[:1].isalnum()]
    if not tail or len(tail) > MAX_SPEAKER_DISTANCE or any(
            v.pos(t) == "SCONJ" or (v.pos(t) in ("VERB", "AUX") and v.dep(t) in _CLAUSE_DEPS) for t in tail):
        return None  # (a clause of its own after the frame)
    head = v.head(j) if v.dep(j) == "cop" and v.head(j) in tail else j  # "sind ... überzeugt"
    subj = v.subject(head)
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
    kind = "indirect" if r.clause_subjunctive(content) or r.marks_speech or not _person(r, spk) else "direct"
    return r.make(kind, content, (head, head), spk, v.sentence_of[j])


def _free_direct(r: _Reader, found: list[Statement], by_sentence) -> list[Statement]:
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
            subject = _previous_subject(r, si)
            if subject is not None and subject[1] is not None and _person(r, (*subject[:3], "text")) \
                    and "\n" not in v.text[p.end:s.start]:
                made = r.make("direct", toks, None, subject, si)
                if made is not None:
                    by_sentence.setdefault(si, []).append(made)
                    out.append(_extend_direct(r, made, by_sentence))
            continue
        if not prev or prev[-1].kind == "direct" or not prev[-1].speaker_name:
            continue
        st = prev[-1]
        if not _person(r, (st.speaker_name, st.speaker_start, st.speaker_end, st.speaker_basis)) \
                or "\n" in v.text[st.end:s.start]:
            continue  # (a new paragraph is a new voice)
        made = r.make("direct", toks, None, (st.speaker_name, st.speaker_start, st.speaker_end, "carried"), si)
        if made is not None:
            by_sentence.setdefault(si, []).append(made)
            out.append(_extend_direct(r, made, by_sentence))
    return out


def _relative_speaker(r: _Reader, j: int, k: int):
    """``Ägypten, das vorschlug, ...``, ``ein Prediger, der alle aufforderte, ...``: the subject ``j`` of
    verb ``k`` is a relative pronoun right after a comma; the speaker is the noun before the comma,
    its mention the pronoun (resolved like a personal pronoun)."""
    v, lex = r.v, r.lex
    if j == 0 or v.tokens[j - 1].text != "," or v.pos(j) not in ("PRON", "DET") or j + 4 < k \
            or r.low(j) not in lex.relative_pronouns:
        return None
    nouns = []
    for t in range(j - 2, max(-1, j - 8), -1):
        if v.tokens[t].text in (",", ";", ":", "."):
            break  # (a verb may stand between: "wurde ein Prediger zugeschaltet, der ...")
        if v.pos(t) in ("NOUN", "PROPN"):
            nouns.append(t)
    # the noun the pronoun agrees with in gender ("ein Prediger aus London, der ...", "von Ägypten, das ..."),
    # else the nearest
    gender = {"der": "Masc", "welcher": "Masc", "das": "Neut", "welches": "Neut"}.get(r.low(j))
    agreeing = [t for t in nouns if gender and v.feature(t, "Gender") == gender]
    ante = agreeing[0] if agreeing else (nouns[0] if nouns else None)
    if ante is None or v.timex_at[ante] >= 0 or (v.mention_at[ante] < 0 and (
            r.low(ante) in lex.mute_nouns or r.low(ante).endswith(tuple(lex.document_nouns)))):
        return None  # ("für einen Gesetzesentwurf, der die Vereinbarung ablehnen sollte": a text, no speaker)
    spk = r.speaker(ante)
    if spk is None or not spk[0]:
        return None
    return spk[0], v.tokens[j].start, v.tokens[j].end, "pronoun"


def _carried_source(r: _Reader, si: int) -> str | None:
    """Whose report a sentence without a source of its own goes on (``Demnach ...``, ``Als Begründung
    heißt es, ...``): the speaker of a statement of the sentence before, else that sentence's subject where
    it can speak, else the latest speaker."""
    v = r.v
    if si == 0:
        return r.speakers[-1][1] if r.speakers else None
    prev = v.sentences[si - 1]
    recent = [sp for sp in r.speakers if prev.start <= sp[0] < v.sentences[si].start]
    if recent:
        return recent[-1][1]
    subject = _previous_subject(r, si)
    if subject is not None:
        return subject[0]
    return r.speakers[-1][1] if r.speakers else None


def _previous_subject(r: _Reader, si: int):
    """``Die Kriminalpolizei bittet um Mithilfe. Der Mann sei ...``: with no statement before,
    the subject of the sentence before, where it can speak, is whose report goes on (carried)."""
    v = r.v
    if si == 0:
        return None
    for k in r.sentence_tokens(si - 1):
        if v.head(k) == k and v.pos(k) in ("VERB", "AUX"):
            subj = v.subject(k)
            if any(v.dep(c) == "aux:pass" for c in v.children[k]):
                return None  # ("X war für den Posten gehandelt worden": whom it is about, not who speaks)
            if subj is None or not r.can_speak(subj) or r.low(subj) in r.lex.not_speakers \
                    or r.low(subj) in v.grammar.oblique_pronouns:
                return None
            spk = r.speaker(subj)
            return (spk[0], spk[1], spk[2], "carried") if spk and spk[0] else None
    return None


def _merge_free(items: list[Statement], text: str) -> list[Statement]:
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
