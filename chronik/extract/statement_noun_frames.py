"""Statements framed without a speech verb: a noun of saying or demanding (``mit dem Hinweis,
dass ...``, ``die Forderung Frankreichs nach ...``), a relative adverb of content (``Berichte,
wonach ...``) and a person's name before a colon (``Kohlschreiber zum Spiel: ...``).

Each reads its frame off the words around one token, not off a verb's dependents, so they share
nothing with the verb frames but the speaker lookups.
"""
from __future__ import annotations

from chronik.extract.statement_channels import source_noun
from chronik.extract.statement_reader import StatementReader as _Reader
from chronik.extract.statement_speakers import is_owner
from chronik.records import Statement

# Most tokens before the colon of a verbless frame ("Kohlschreiber zum Spiel:").
MAX_COLON_FRAME = 6


def wonach(r: _Reader, si: int, sent: range) -> Statement | None:
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
    if spk is not None and source_noun(v.tokens[head].text, r.lex):
        owner = [c for c in v.children[head] if v.dep(c) in ("nmod", "nmod:poss") and v.case_marker(c) in (None, "von")]
        spk = r.speaker(owner[0]) if owner else spk
    return r.make("indirect", toks, (k, k), spk, si)


def colon_frame(r: _Reader, si: int, sent: range) -> Statement | None:
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
        return None  # an article that marks speech (see verb_frames)
    return r.make(kind, rest, (colon, colon), spk, si)


def noun_frame(r: _Reader, k: int, si: int, sent: range) -> Statement | None:
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


def demand(r: _Reader, k: int, si: int, sent: range) -> Statement | None:
    """``Eine Forderung Frankreichs nach der Einschaltung des Sicherheitsrats``: a noun of demanding
    with its owner named (a genitive, ``von`` phrase or possessive right after it) and what is
    demanded in its ``nach`` phrase; that phrase is the message. Without an owner the demand is
    no one's in particular (``Die Forderung nach mehr Autonomie wird lauter``): no statement."""
    v, lex = r.v, r.lex
    if v.lemma(k) not in lex.demand_nouns:
        return None
    owner = next((c for c in v.children[k] if v.dep(c) in ("nmod", "nmod:poss", "det:poss") and (
        c < k and v.dep(c) == "det:poss" or c > k and is_owner(r, c))), None)
    what = next((c for c in v.children[k] if c > k and v.dep(c) == "nmod"
                 and v.case_marker(c) in lex.demand_prepositions), None)
    if owner is None or what is None or (owner > k and owner > what):
        return None
    spk = r.speaker(owner)
    if spk is None:
        return None
    toks = [t for t in v.subtree(what) if t in sent and r.low(t) not in lex.demand_prepositions]
    return r.make("indirect", toks, (k, k), spk, si)
