"""Attribution phrases that credit the rest of their clause: ``laut X``, ``X zufolge``, ``nach
Angaben von X``, ``gemäß X``, ``..., so X.``, ``Demnach``, ``Nach einem EU-Dokument ...``.

A phrase, not a verb, names the source here, and where a speech verb of the same sentence has its
own speaker the phrase is that statement's channel (``via``) instead; both uses need the same
reading of the phrase (its source noun, its owner, an unnamed source carried on), kept together.
"""
from __future__ import annotations

from functools import lru_cache

from chronik.extract.statement_reader import QUOTE_MARKS, StatementReader as _Reader
from chronik.extract.statement_speakers import carried_source, is_owner, is_person, phrase_head_after, subject_after
from chronik.records import Statement

# "..., so der Sprecher des Ministeriums.": the most words of a source's phrase after "so" (up to a comma).
MAX_SO_TAIL = 12
# The most words between a first-field "nach" and the finite verb after its phrase ("Nach dem Plan
# der Europäischen Union vom Sommer 2011 müssen ...").
MAX_FRONTED_SOURCE = 10
# How far before its clause's comma a relative possessive's noun is looked for ("die Tasche des
# Mannes, die nach dessen Angaben ...").
MAX_ANTECEDENT_WORDS = 8
# How many heads up from "nach eigenen Angaben" the verb whose subject owns the account is looked for
# (the parse hangs the phrase on a noun of the clause as often as on its verb).
MAX_OWN_HOPS = 3


def source_noun(word: str, lex) -> bool:
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


def channel(r: _Reader, si: int, sent: range, framed) -> Statement | None:
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
        elif low in lex.channel_if_speaker and (src := phrase_head_after(r, k, sent)) is not None and (
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
        elif (source_noun(v.tokens[k].text, lex) or (v.lemma(k) in lex.speech_nouns and v.lemma(k) not in
                                                        lex.event_nouns)) and (
                v.case_marker(k) in lex.source_prepositions or r.low(r.noun_phrase(k)[0] - 1) in
                lex.source_prepositions or _postposed_source(r, k, sent)):
            # (whose account: a possessive, or a genitive or "von" phrase right after the noun; a noun the
            # parse hung on it farther on is no owner: "nach offiziellen Angaben ... die Luft")
            # ("nach Andrejews Worten": a name in the Saxon genitive the parse may take for an adjective)
            owners = [c for c in v.children[k] if v.dep(c) in ("det:poss", "nmod:poss") or (
                v.dep(c) == "nmod" and c > k and min(v.subtree(c)) <= k + 2 and is_owner(r, c)) or (
                v.dep(c) == "amod" and c == k - 1 and v.mention_at[c] >= 0
                and v.mentions[v.mention_at[c]].label in ("PER", "ORG"))]
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
            if src is None and not source_noun(v.tokens[k].text, lex):
                # "Nach dem Beschluss zur Aufnahme von Verhandlungen gab es Bedenken", "Nach der Nachricht
                # vom Rücktritt stiegen die Kurse", "nach Wunsch": "nach" and a noun of saying or deciding
                # with no one's account is a time (after it) or a manner, no source (an account names
                # its owner, "nach dem Bericht der Zeitung", or is a noun of accounts, "nach Angaben")
                continue
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
                spk, cue = subject_after(r, tail[0], sent), (k, tail[0])
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
            # indicative words too: "..., so das Ergebnis einer Studie", see verb_frames)
            body = not is_person(r, spk) and not (head is not None and r.is_role(head))
            estimate = verb in lex.content_verbs and verb not in lex.speech_verbs  # never the speaker's words
            kind = "indirect" if r.subjunctive(toks, any_mood=True) or r.marks_speech or body or estimate or (
                r.leading_subjunctive(toks) and not r.first_person(toks)) else "direct"
            return r.make(kind, toks, cue, spk, si)
        elif low in lex.demnach:
            # "Demnach wurden ...", "Bei den Angriffen wurden demnach ...": the source before goes on
            # (the adverb stands for the source: its mention, resolved like a pronoun); with a frame of
            # its own ("Demnach habe Abbas erwidert, dass ...") that source is the channel
            name = carried_source(r, si)
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
            v.dep(c) == "nmod" and c > src and is_owner(r, c))]  # ("laut der Studie hinsichtlich der ...": no owner)
        if source_noun(v.tokens[src].text, lex) and owner:
            src = owner[0]  # "laut Angaben der Tagesschau"
        elif source_noun(v.tokens[src].text, lex):
            # "den Angaben zufolge": no source named; the previous one goes on, if any
            if framed is not None:
                continue
            fs = set(frame)
            toks = r.trim(_relative_clause(r, k, sent, [t for t in sent if t not in fs]))
            spk = _unnamed_source(r, src)
            return r.make("indirect", toks, (k, k), spk, si) if len(toks) >= 3 and not r.quote_covers(toks) else None
        spk = _saxon_genitive(r, src, r.speaker(src)) or _relative_possessive(r, src)
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
    if j + 2 >= sent.stop or v.tokens[j].text not in QUOTE_MARKS or not r.in_quote(j + 1) or not r.quoted_name(j + 1):
        return None
    last = next((t for t in range(j + 1, sent.stop) if v.tokens[t].text in QUOTE_MARKS), None)
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


def _saxon_genitive(r: _Reader, j: int, spk):
    """``nach Andrejews Worten``: a person's name in the genitive before its noun is the person whose
    account it is, named as the article names them elsewhere (``Sergej Andrejew``)."""
    if spk is None or not spk[0] or r.v.dep(j) != "amod" or not spk[0].endswith("s"):
        return spk
    stem = spk[0][:-1]
    name = r.full.get(stem) or next((g for g in r.full.values() if g.split()[-1] == stem), None)
    return (name, spk[1], spk[2], spk[3]) if name else spk


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
    if v.timex_at[src] >= 0 or source_noun(v.tokens[src].text, lex) or v.lemma(src) in lex.speech_nouns \
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
            # (not a phrase of another preposition the parse hung on it: "stieg nach Angaben der Behörden auf 30")
            if v.dep(c) in ("nmod", "nmod:poss") and c > y and v.case_marker(c) in (None, "von"):
                x2, y2 = r.noun_phrase(c)
                if x2 <= b + 2:
                    b = max(b, y2)
    # (a time phrase the parse hung on the source is the clause's: "entscheidet sich laut dem Direktor der
    # Behörde in der nächsten Woche")
    when = next((t for t in range(max(heads) + 1, b + 1) if v.timex_at[t] >= 0), None)
    if when is not None:
        b = when - 1 if v.pos(when - 1) != "ADP" or when - 1 == max(heads) else when - 2
    return [t for t in range(a, b + 1) if t in sent]
