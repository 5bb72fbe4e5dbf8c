"""Statements framed by a speech verb (``sagte``, ``warnte vor``, ``teilte ... mit``, ``hält für``).

The main reader of the cascade: for each verb of the lexicon outside quotation marks, its
content clause (``indirect`` or unmarked ``direct``), else the act it names (``reported``) or
the view it states, and its speaker; a demonstrative that opens the frame's sentence (``Dies
bestätigte X``) takes up the sentences before. Kept apart from the frames without a verb
(``statement_noun_frames``) because nearly all its rules are about the verb: its particle,
mood, negation, passive and the clause it governs.
"""
from __future__ import annotations

from dataclasses import replace

from chronik.extract.statement_channels import source_noun
from chronik.extract.statement_noun_frames import colon_frame, demand, noun_frame
from chronik.extract.statement_reader import StatementReader as _Reader
from chronik.extract.statement_speakers import (
    MAX_SPEAKER_DISTANCE,
    addressee,
    after_dateline,
    bare_dative,
    before_outlet,
    carried_source,
    inverted_subject,
    is_person,
    named_before_apposition,
    phrase_head_after,
    prefield_name,
    relative_speaker,
    subject_after,
    subject_between,
)
from chronik.records import Statement

# "Der Trainer tritt zurück. Dies gab der Verein bekannt.": the most sentences before its frame that a
# clause anaphor takes up (back to the start of their paragraph; on the Wikinews tuning part such a
# report runs over one to three sentences, most often the whole lead paragraph).
MAX_ANAPHOR_SENTENCES = 3
# "zeigte sich besonders darüber sehr besorgt, dass ...": the most words between "sich" and the comma.
MAX_STANCE_WORDS = 5


def verb_frames(r: _Reader, si: int, sent: range) -> tuple[list[Statement], bool]:
    """The statements framed by the speech verbs and nouns of one sentence, and
    whether a frame of it introduces a quote the quote stage has."""
    v, lex = r.v, r.lex
    found: list[Statement] = []
    colon = colon_frame(r, si, sent)
    if colon is not None:
        return [colon], False
    covered = False
    for k in sent:
        if v.pos(k) == "NOUN" and (v.lemma(k) in lex.speech_nouns or v.lemma(k) in lex.demand_nouns) \
                and not r.in_quote(k):
            st = noun_frame(r, k, si, sent) or demand(r, k, si, sent)
            if st is not None:
                found.append(st)
            continue
        mistagged = r.mistagged_verb(k)
        # "Ich will deutlich sagen: ...": the parse made the modal the head, the speech verb its bare infinitive
        modal = v.head(k) if v.dep(k) == "xcomp" and v.head(k) != k and v.lemma(v.head(k)).lower() \
            in lex.frame_modals and not any(r.low(c) == "zu" for c in v.children[k]) else None
        # (a verb the tagger read as an auxiliary, "warnt" as AUX: its lemma is no auxiliary's)
        if (v.pos(k) != "VERB" and not mistagged and not r.false_auxiliary(k)) or r.in_quote(k) \
                or (v.dep(k) in ("amod", "acl", "xcomp") and modal is None
                    and not (v.dep(k) == "acl" and r.dash_host(k, sent) is not None)):
            continue  # (but "– das hat die Kollegin gesagt –", a frame set in the parse hung on the host)
        lemma = mistagged or r.verb_lemma(k)
        if not mistagged and _not_saying_particle_verb(r, k, lemma):
            continue  # "Ein Sondergericht sprach Wałęsa ... frei": a particle verb whose meaning is no saying
        if lemma in lex.imposing_verbs and any(
                (v.dep(c) == "obj" or (v.dep(c) == "nsubj" and c > k)) and r.low(c).endswith(tuple(lex.imposed_nouns))
                for c in v.children[k]):
            # "Der Verband sprach eine Sperre von drei Spielen aus": a penalty imposed, no message (the parse
            # may take the object after the verb for a subject: "Das Gericht sprach eine Haftstrafe ... aus")
            continue
        if lemma in lex.performing_verbs and any(
                (v.dep(c) == "obj" or (v.dep(c) == "nsubj" and c > k)) and r.low(c).endswith(tuple(lex.performed_nouns))
                for c in v.children[k]):
            continue  # "Deutschland bestreitet sein zweites Gruppenspiel gegen Spanien": a match played, no denial
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
        # (read off the words where the parse makes the participle the head: "zeigte sich besorgt, dass")
        stance_head = _shown_stance(r, k, sent) if lemma in lex.stance_verbs else None
        stance = stance or stance_head is not None
        content_only = content_only or stance
        told = _causative_speech(r, k)
        # "Experten sehen in X den ersten Schritt", "hält es für möglich, dass ...": a judgement stated
        opinion = _opinion(r, k, lemma, sent)
        # "wandten sich gegen eine Verkürzung", "hatte für eine Zusammenarbeit geworben": a position taken
        advocacy = _advocacy(r, k, lemma, sent)
        # "übte Kritik an X", "erhob Vorwürfe gegen X": a verb that says nothing by itself, its object's noun the act
        named = _act_noun(r, k, lemma) if lemma not in lex.speech_verbs else None
        if told is not None:
            cue = (min(k, told), max(k, told))
        elif named is not None:
            cue = (min(k, named), max(k, named))
        elif lemma not in lex.speech_verbs and not impersonal and not content_only and not opinion and not advocacy \
                and not (lemma in lex.wie_source_verbs and r.wie_of(k, sent) is not None):
            continue
        subj = v.subject(k) if not mistagged else (v.subject(k) if v.head(k) == k else None) or prefield_name(
            r, k, sent)
        if modal is not None:
            subj = v.subject(modal)
        if subj is not None and not r.can_speak(subj):
            # "Die Universität hatte die Aberkennung ... begründet": the parse gave the auxiliary a
            # subject of its own and the verb its object; "fordert al Huthi die Schaffung ...": it
            # took a name's first word for a preposition; the subject that can speak is the subject
            subj = next((c for a in [k] + v.children[k] if a == k or v.dep(a) in ("aux", "aux:pass")
                         for c in v.children[a] if v.dep(c) == "nsubj" and r.can_speak(c)), subj)
        if subj is not None and subj < k and not r.can_speak(subj):
            subj = named_before_apposition(r, subj, sent) or subj
        inverted = fronted = None
        if subj is not None and subj < k and (not r.can_speak(subj) or v.case_marker(subj) is not None) \
                and r.low(subj) not in lex.connectives:  # (for "Des Weiteren verwies X" see below)
            # "Als Grund nannte die NASA, ...", "Unter Berufung auf Quellen gab die Zeitung an, ...": a fronted
            # phrase that cannot speak is an object or adverbial; the subject follows the finite verb
            inverted = inverted_subject(r, k, sent)
            fronted = subj if inverted is not None else None
            subj = inverted or subj
        if subj is not None and subj in r.dateline:
            subj = after_dateline(r, subj, k)
        if subj is not None and subj < k and r.low(subj) in lex.connectives:
            # "Des Weiteren verwies Steinbrück auf ...": the adverb taken for the subject; the name after the verb
            subj = next((t for t in range(k + 1, min(sent.stop, k + 4)) if v.pos(t) in ("NOUN", "PROPN")
                         and v.case_marker(t) is None and not bare_dative(r, t)), None)
        elif subj is not None and subj < k and r.low(subj) in lex.demnach:
            # "Demnach habe Abbas erwidert, dass ...": the adverb of the source before taken for the subject;
            # the one who speaks is named in the middle field (that source is the channel, see channel)
            # (a capitalised word there the tagger took for a verb is a name: "habe Abbas erwidert")
            subj = next((t for t in range(subj + 1, min(sent.stop, k + 4)) if t != k and v.tokens[t].text[:1].isupper()
                         and (r.can_speak(t) or v.pos(t) in ("PROPN", "VERB", "AUX")) and v.case_marker(t) is None
                         and not bare_dative(r, t)), None)
        spk = None
        if impersonal:
            # "In dem Bericht heißt es, ...", "..., hieß es aus Regierungskreisen": the document or source
            subj = next((c for c in v.children[k] if v.dep(c).startswith("obl")
                         and v.case_marker(c) in lex.impersonal_sources), None)
            if subj is None and r.low(sent.start) in lex.impersonal_sources and sent.start < k:
                # "In der Vorabversion des Berichts, der ..., heißt es": the phrase that opens the sentence
                subj = phrase_head_after(r, sent.start, sent)
        stative = v.feature(k, "VerbForm") == "Part" and any(
            v.dep(c) in ("aux", "aux:pass") and v.lemma(c) == lex.stative_auxiliary for c in v.children[k])
        if stative and subj is not None and (r.low(subj) in lex.not_speakers or not r.can_speak(subj)):
            continue  # "Dies ist darin begründet, daß ...": a state, no one's act
        quoter = None  # (the outlet that quotes a speaker, see below)
        passive = stative or any(v.dep(c) == "aux:pass" or (v.dep(c) == "aux" and v.lemma(c) == "werden" and (v.feature(
                k, "VerbForm") == "Part" or v.feature(k, "VerbForm") is None and v.feature(k, "Mood") is None
                and c < k)) for c in v.children[k])
        if passive:
            # (a participle may come without features: "es wird befürchtet, dass ..."; the agent may
            # hang on the auxiliary: "wurden von Bundesverkehrsminister X als unrealistisch bezeichnet";
            # a speech verb's perfect takes "haben": with "sein" its participle is a state passive, its
            # subject the one addressed: "Heute waren 62 Millionen Bundesbürger zur Abgabe ... aufgerufen")
            agent = next((c for a in [k] + v.children[k] if a == k or v.dep(a) in ("aux", "aux:pass")
                          for c in v.children[a] if v.dep(c) == "obl:agent" or (
                              v.dep(c) == "obl" and v.case_marker(c) in v.grammar.agent_preps)), None)
            if lemma in lex.quoting_verbs and subj is not None and subj != agent and r.can_speak(subj) \
                    and r.low(subj) not in lex.not_speakers and v.case_marker(subj) is None:
                # "X wird (von der Agentur Y) mit den Worten zitiert, ...": the one quoted is the passive's
                # subject, who spoke; the agent only passes the words on (the channel)
                quoter = agent
            else:
                subj = agent
            if subj is None:
                # "In einem Bericht der Salzburger Nachrichten wurde vermutet, dass ...": with no agent, the
                # report the saying is put in is its source (as in "In dem Bericht heißt es, ...")
                subj = next((c for a in [k] + v.children[k] if a == k or v.dep(a) in ("aux", "aux:pass")
                             for c in v.children[a] if v.dep(c).startswith("obl")
                             and v.case_marker(c) in lex.impersonal_sources and source_noun(v.tokens[c].text, lex)),
                            None)
        relative = relative_speaker(r, subj, k) if subj is not None and subj < k else None
        if subj is not None and subj < k and k > sent.start and v.tokens[k - 1].text == "," \
                and r.low(subj) in lex.not_speakers:
            subj = None  # "Das sei ..., sagte X.": the parser took the content's subject for the frame's
        if relative is not None:
            spk = relative  # "von Ägypten, das vorschlug, ...": the relative pronoun stands for the noun before
        elif subj is not None and abs(subj - k) <= MAX_SPEAKER_DISTANCE and (not r.in_quote(subj) or r.quoted_name(subj)):
            if r.low(subj) in lex.self_speakers and not r.in_quote(subj):
                # "Ich sage Ihnen: ...", "Wir fordern, dass ...": the text's own speaker, whose name the text
                # does not give (``speaker_basis: self``)
                spk = (None, v.tokens[subj].start, v.tokens[subj].end, "self")
            elif r.low(subj) in lex.not_speakers:
                if not (r.low(subj) in lex.clause_anaphors and r.dash_host(k, sent) is not None):
                    continue  # "man sagt", "es heißt": generic
                # ("– das sagte der Minister –": the object the parse took for the subject; the speaker follows)
            elif r.low(subj) not in v.grammar.oblique_pronouns:
                spk = r.speaker(subj)
                if subj > k:
                    spk = before_outlet(r, subj, sent, spk)  # ("sagte X der dpa")
            # (else "droht ihm die Todesstrafe", "Ihm wird vorgeworfen, ...": a dative is never the
            # one who speaks; the act has no speaker named)
        content = r.content_clause(k) or (r.content_clause(told) if told is not None else None) or (
            r.content_clause(stance_head) if stance_head is not None else None)
        if (content_only and spk is None and r.low(sent.start) == lex.impersonal_subject) or (
                subj is not None and r.low(subj) in lex.negative_subjects):
            continue  # "Es wird erwartet, dass ...", "Niemand erwartet, dass ...": no one's statement
        if content_only and (content is None or content[1] != "after" or not (
                r.low(content[0][0]) in lex.content_conjunctions or r.infinitive(content[0])
                or r.subjunctive(content[0], any_mood=True))):
            continue  # (a decision's content is reported, never the speaker's own words)
        if content is not None:
            toks, where = content
            if where == "wie" and lemma in lex.naming_verbs and (passive or any(
                    r.low(c) in lex.reflexive_pronouns for c in v.children[k])):
                continue  # "„Trap“, wie er genannt wird, ...": the name one goes by, no one's content
            opener = r.trim(toks)[:1]
            if opener and r.low(opener[0]) in lex.question_openers and not r.in_quote(opener[0]) and _negated(r, k):
                continue  # "wollte sich nicht festlegen, ob ...": a question left open, nothing said
            if r.quote_covers(toks):
                covered = True  # the quote stage has it; a "laut X" of this sentence is its channel
                if not r.woven_quote(toks):
                    continue
            if where == "before":
                spk = subject_after(r, k, sent) or spk  # "..., sagte X.": the subject follows the verb
            elif subj is not None and subj in set(toks):
                spk = None  # the parser took a word of the content for the frame's subject
            if where == "wie" and k > 0 and v.tokens[k - 1].text == ",":
                # "wie Anna Berger, Direktorin für ..., mitteilte": the parser takes the apposition for
                # the subject; the name after "wie" is the speaker
                spk = subject_between(r, k, sent) or spk
            if spk is None and where == "dash":
                # "– das hat die Kollegin gesagt –": the noun or name after the pronoun that stands for the host
                # (the parse may take it for an object or a time: "das hat die Kollegin/obl:tmod X gesagt")
                spk = next((r.speaker(t) for t in range(sent.start, k) if v.sentence_of[t] == si
                            and t not in set(toks) and v.pos(t) in ("NOUN", "PROPN")
                            and v.case_marker(t) is None and not bare_dative(r, t)), None)
            if spk is None and not impersonal:
                # "..., sagte X.", "wie X mitteilte": a subject the parser missed
                spk = subject_after(r, k, sent) if where != "wie" else subject_between(r, k, sent)
            if spk is None and impersonal:
                # "..., hieß es vom Sprecher X": the source's phrase right after the frame, however parsed
                prep = next((j for j in range(k + 1, min(sent.stop, k + 4)) if r.low(j) in lex.impersonal_sources),
                            None)
                head = phrase_head_after(r, prep, sent) if prep is not None else None
                spk = r.speaker(head) if head is not None else None
            if spk is None and impersonal:
                # "Als Begründung dafür heißt es, ...": no source named; the one before goes on
                name = carried_source(r, si)
                spk = (name, None, None, "carried") if name else None
            if spk is None and where in ("after", "colon") and (subj is None or subj in set(toks)) \
                    and not stative:  # ("Die Bürger sind aufgerufen, ...": the one addressed)
                # "Bundesaußenminister X sagte, die Grünen seien ...": the parser took a word of the content
                # for the subject; the name or noun right before the verb-second verb is the speaker
                pre = prefield_name(r, k, sent) if v.dep(k) != "conj" else v.subject(v.head(k))
                if pre is not None and pre not in set(toks) and r.can_speak(pre) and not bare_dative(r, pre):
                    spk = r.speaker(pre) or spk
            marks = [t for t in toks[:2] if r.low(t) in lex.content_conjunctions] or [
                t for t in toks[:1] if r.low(t) in lex.interrogatives and where == "after"]
            clause = [t for t in toks if v.sentence_of[t] == si or where == "colon"]
            if where in ("after", "wie"):
                clause = _cut_at_indicative_clause(r, clause)
            # (before the frame the clause's own verbs decide, read off the parse; where the parse lost the
            # clause, "In Deutschland habe X bessere Chancen, sagte Y" with "habe" as a determiner, its first
            # clause's Konjunktiv I form read off the words, unless it speaks in the first person: "Dann habe
            # ich ... gespürt, schildert sie")
            if marks or (r.clause_subjunctive(clause) or r.leading_subjunctive(clause) and not r.first_person(clause)
                         if where in ("before", "colon") else r.subjunctive(clause)):
                kind = "indirect"
            elif where == "wie" or (where == "after" and r.infinitive(clause)):
                kind = "indirect"  # (a zu-infinitive has no subject of its own: never the speaker's words)
            elif where == "before" and r.v.quotes and not r.first_person(clause):
                # an article that prints speech between quotation marks: an unmarked
                # indicative clause is the reporter's paraphrase
                kind = "indirect"
            elif where == "before" and not r.first_person(clause) and not is_person(r, spk):
                # "..., schrieb die Zeitung": a body's indicative words are the reporter's paraphrase
                kind = "indirect"
            elif where in ("before", "colon"):
                kind = "direct"
            else:
                kind = "direct" if r.first_person(clause) else "indirect"
            if kind == "direct" and spk is not None and spk[3] == "self" and (
                    lemma not in lex.self_direct_verbs or where != "colon"):
                continue  # (the text's own words are its own only with a verb of saying and a colon, "Ich
                # sage Ihnen: ...", never a view, "Ich hoffe: ...", nor a frame set in, "..., sage ich, ...")
            if kind == "direct" and r.marks_speech:
                continue  # an article that marks speech: its unmarked words are no one's own (measured
                # on the Wikinews tuning part: 0 of 14 such were direct speech)
            via = r.speaker(quoter) if quoter is not None else None
            st = r.make(kind, clause, cue, spk, si, via=via[0] if via else None,
                        addressee=addressee(r, k, sent, spk))
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
        if lemma not in lex.reflexive_speech_verbs and not advocacy and any(
                r.low(c) in lex.reflexive_pronouns and v.dep(c) in ("obj", "expl", "expl:pv", "iobj")
                for c in v.children[k]):
            continue  # "der Verdacht bestätigte sich": no act of saying (but "sprach sich für ... aus")
        if (lemma in lex.reported_verbs or opinion or advocacy or named is not None
            or (lemma in lex.topic_verbs and _has_topic(r, k, sent))) \
                and r.can_speak(subj) and (inverted is None or _fronted_object(r, fronted, k)) \
                and (opinion or not _negated(r, k)):
            # (an act with a pronoun fronted, "Dies gab die Polizei bekannt", mostly takes up what was
            # said before: the subject found after the verb frames content clauses only; a noun phrase
            # fronted, "Den Einspareffekt bezifferte X mit ...", is the act's own object)
            # (a view stated denies nothing by its negation: "rechnet nicht mit einem Freispruch",
            # "hält das nicht für möglich" is still said)
            if _impending(r, k, subj, lemma):
                continue  # "Griechenland droht die Pleite": what threatens, no threat said
            toks = _act_tokens(r, k, subj, sent, lemma, bool(mistagged))
            if toks is None:
                continue  # "verurteilte den Mann zu einer Geldstrafe": a court's sentence, no saying
            st = r.make("reported", toks, cue, spk, si, addressee=addressee(r, k, sent, spk))
            if st is not None and not r.quote_covers(r.trim(toks)):
                found.append(st)
    return found, covered


def _shown_stance(r: _Reader, k: int, sent: range) -> int | None:
    """``zeigte sich (besonders darüber) besorgt, dass ...``, ``gab sich zuversichtlich, ...``: the stance verb
    ``k`` with ``sich`` right after it and an adjective or participle closing its clause before a comma; that
    word (whose content clause follows the comma), else None."""
    v, lex = r.v, r.lex
    if k + 2 >= sent.stop or r.low(k + 1) not in lex.reflexive_pronouns:
        return None
    for t in range(k + 2, min(sent.stop, k + 2 + MAX_STANCE_WORDS)):
        if v.tokens[t].text == ",":
            last = t - 1
            return last if last > k + 1 and v.tokens[last].text[:1].islower() \
                and v.pos(last) in ("ADJ", "VERB", "ADV") else None
        if v.pos(t) in ("NOUN", "PROPN", "SCONJ") or v.tokens[t].text in (";", ":") or r.in_quote(t):
            return None
    return None


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
        if finite and v.dep(c) in ("nsubj", "nsubj:pass") and subj is not None and c < k < subj \
                and _fronted_object(r, c, k):
            # "Eine Interviewanfrage lehnt er ab": the parse took the fronted object for a subject; the
            # speaker follows the verb
            toks.extend(v.subtree(c, stop=frozenset({"parataxis", "advcl"})))
            continue
        if c == subj or v.dep(c) in ("nsubj", "nsubj:pass", "punct", "cc", "mark", "conj", "parataxis",
                                     "ccomp", "advcl", "acl", "acl:relcl"):
            continue
        if c < k and finite and v.dep(c) != "compound:prt" and (
                v.timex_at[c] >= 0 or v.pos(c) in ("ADV", "CCONJ", "SCONJ", "PART")):
            continue  # the time or linking adverb of a verb-second clause is not the act
        toks.extend(v.subtree(c, stop=frozenset({"acl:relcl", "parataxis", "conj", "advcl"})))
    toks = [t for t in toks if v.sentence_of[t] == si and not (subj is not None and t == subj)]
    # (the penalty may hang on the court, the agent: "war vom Amtsgericht zu einer Geldstrafe verurteilt worden")
    if any(l == lemma and any(v.lemma(t) == m and v.pos(t) == "ADP" for t in range(min(toks), max(toks) + 1))
           for l, m in lex.sentencing):
        return None
    # (nor past a dash right after the verb: "auf denen sie für ihr Modell warb – ebenso wie ...", a verb-final
    # clause closed by the verb, the words after the dash an addition)
    if finite and k + 1 < sent.stop and v.tokens[k + 1].text not in (",", ";", ".", ":", "–", "—"):
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


def _impending(r: _Reader, k: int, subj: int | None, lemma: str) -> bool:
    """``Den Verkehrsbetrieben droht ein Streik``, ``Griechenland droht die Pleite``: verb ``k`` (``drohen``)
    with a subject after it besides the one taken for the speaker (the parse reads the dative for a
    subject too) and no ``mit`` phrase: what threatens, no threat said."""
    v, lex = r.v, r.lex
    if lemma not in lex.impending_verbs or any(v.case_marker(c) in lex.threat_prepositions for c in v.children[k]):
        return False
    return any(v.dep(c) == "nsubj" and c > k and c != subj for c in v.children[k])


def _act_noun(r: _Reader, k: int, lemma: str) -> int | None:
    """``übte scharfe Kritik an X``, ``fand lobende Worte für X``: the object of verb ``k`` whose noun names
    a speech act with that verb (the lexicon's ``act_phrases``), else None."""
    v = r.v
    nouns = next((n for verb, n in r.lex.act_phrases if verb == lemma), None)
    if nouns is None:
        return None
    # (the parse may read the bare accusative as an oblique: "erteilte ... eine Absage", obl with no preposition)
    return next((c for c in v.children[k] if (v.dep(c) == "obj" or (v.dep(c) == "obl" and v.case_marker(c) is None))
                 and v.pos(c) == "NOUN" and not r.in_quote(c)
                 and (v.lemma(c) in nouns or v.tokens[c].text in nouns)
                 and not any(r.low(d).startswith("kein") for d in v.children[c])), None)  # ("fand keine Worte")


def _fronted_object(r: _Reader, c: int | None, k: int) -> bool:
    """Whether ``c``, before the finite speech verb ``k`` whose speaker follows it, heads a noun phrase
    fronted as the act's object (``Den Einspareffekt bezifferte X mit ...``, ``Eine Interviewanfrage lehnt
    er ab``): a phrase of more than one word with a noun, in ``k``'s clause, that neither opens with a
    pronoun for what was said before (``Dies``, ``Das``) nor stands in a prepositional phrase."""
    v, lex = r.v, r.lex
    if c is None or c >= k or v.case_marker(c) is not None or r.in_quote(c):
        return False
    phrase = [t for t in v.subtree(c) if t < k]
    if len(phrase) < 2 or r.low(phrase[0]) in lex.clause_anaphors or any(r.low(t) in lex.connectives
                                                                          for t in phrase[:2]) \
            or not any(v.pos(t) in ("NOUN", "PROPN") for t in phrase):
        return False  # (nor an adverb the tagger took for a noun: "Des Weiteren schlug X ... vor")
    # (the phrase opens the sentence, after its dateline and a linking word: "Auch den Vorwurf wies X zurück")
    return all(t in r.dateline or v.pos(t) in ("CCONJ", "ADV", "PART", "PUNCT")
               for t in range(r.sentence_tokens(v.sentence_of[k]).start, phrase[0]))


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
    # (and its separable particle's, which the parse may give the negation: "gab ... nicht bekannt")
    prt = r.particle(k)
    if prt is not None and prt > k:
        words += [c for c in v.children[prt] if v.dep(c) == "advmod"] + [prt - 1]
    return any(r.low(c) in lex.negations and not (c + 1 < r.n and r.low(c + 1) in lex.negation_limits)
               for c in words)


def clause_anaphor(r: _Reader, si: int, sent: range, by_sentence) -> Statement | None:
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
                     and not bare_dative(r, c) and r.can_speak(c)), None)
    spk = r.speaker(head) if head is not None else subject_after(r, k, sent)
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


def cut_at_next_frame(r: _Reader, found: list[Statement]) -> list[Statement]:
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


def _advocacy(r: _Reader, k: int, lemma: str, sent: range) -> bool:
    """``wandte sich gegen X``, ``trat für X ein``, ``warb für X``: a verb of taking a position with its
    preposition or pronominal adverb (``dagegen``, ``dafür``) in its own clause, and its ``sich`` where the
    lexicon asks for one (unlike a view stated, a position denied, ``warb nicht für X``, is no act)."""
    v = r.v
    entries = [(m, refl) for l, m, refl in r.lex.advocacy_verbs if l == lemma]
    if not entries:
        return False
    m, refl = entries[0]
    markers = {m, ("dar" if m[:1] in "aeiouäöü" else "da") + m}
    clause = []
    for step in (1, -1):
        j = k + step
        while sent.start <= j < sent.stop and not r.in_quote(j) and v.tokens[j].text not in (",", ";", ":") \
                and not (v.pos(j) in ("VERB", "AUX", "SCONJ") and v.dep(j) != "compound:prt"):
            clause.append(j)
            j += step
    if refl and not any(r.low(j) in r.lex.reflexive_pronouns for j in clause):
        return False
    return any(r.low(j) in markers and v.pos(j) in ("ADP", "ADV", "PART") for j in clause)


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
