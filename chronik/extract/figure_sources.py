"""Who gives a figure, read from the language core's parse across the sentence and the paragraph.

``chronik.extract.figures`` finds attribution phrases in the figure's own
sentence (``laut X``, ``X zufolge``, ``nach Angaben des X``); where there is
none, this module tries, in order:

1. a frame verb above the number in the parse, or a frame clause hung on the
   figure's clause: its subject (``..., vermutet der Sachverständige``,
   ``wie die Firma bestätigte``), the agent of a passive frame (``von der
   Polizei auf 300 beziffert``, ``wie von der Polizei mitgeteilt``), or its
   source phrase (``geht aus einem Bericht hervor``); a personal pronoun stands
   for the person named last before it (or the body it refers to);
   then frames read from the words where the parse fails (``..., so X``,
   ``wie X mitteilte``, ``laut``/``gemäß`` with a long phrase) and a survey,
   report or circle of informants the clause is placed in (``In einer Umfrage
   des X sagten 25 Prozent``, ``in Regierungskreisen``);
2. the speaker label of an interview answer (``Garrone: Die Struktur ...``);
3. a sentence that points back (``demnach``, Konjunktiv I of indirect speech
   that the reporter's own main clause does not govern): the source of one of
   the sentences before it in the paragraph;
4. a frame in the next sentence that covers this one (``Dies teilte die
   Küstenwache mit.``, ``Das Ministerium bestätigte diese Zahl.``, ``Die
   Angaben der X lassen sich nicht überprüfen.``).

A figure inside a direct quote takes the speaker the quote extractor read
from the text before all these, also over a phrase outside the quote. A
phrase that names no one (``nach vorläufigen Erkenntnissen``) in a sentence
that points back takes the source named before. A phrase headed by a noun of
time or measure (``die Monate Jänner``, ``die Quote``) is never a source.
Every word list is ``SourceFrames`` in ``chronik.lang.de.attribution``.
"""
from __future__ import annotations

import re
from collections.abc import Collection
from dataclasses import replace
from functools import lru_cache

from chronik.extract.entities import is_role_noun
from chronik.extract.statement_mood import umlaut_konjunktiv_two
from chronik.extract.view import ArticleView
from chronik.records import Figure

# Relations that leave a source phrase: clauses, coordination, punctuation.
_PHRASE_STOP = frozenset(("acl:relcl", "punct", "cc", "conj", "parataxis", "advcl", "ccomp", "xcomp",
                          "mark", "advmod", "orphan"))
# Relations by which a frame clause hangs on the clause it reports.
_FRAME_CLAUSES = ("parataxis", "advcl")
# Relations of a word that heads a clause (a finite verb can only be one of these).
_CLAUSE_HEADS = frozenset(("root", "conj", "ccomp", "advcl", "parataxis", "acl", "xcomp", "csubj"))
# Parts of speech no person's name is tagged with.
_NOT_NAMES = frozenset(("ADV", "PRON", "SCONJ", "CCONJ", "ADP", "DET", "AUX", "PART"))
_NAME_PARTS = ("det", "amod", "flat", "flat:name", "appos", "compound", "nmod")


def frame_lemma(view: ArticleView, k: int, particles: Collection[str] = ()) -> str:
    """The verb's lemma with its separable particle (``teilte ... mit``: ``mitteilen``), as
    ``ArticleView.is_particle_of`` reads one (``particles``: the listed ones)."""
    lemma = view.lemma(k).lower()
    for c in view.children[k]:
        if view.dep(c) == "compound:prt" and view.is_particle_of(c, k, particles):
            return view.tokens[c].text.lower() + lemma
    return lemma


def source_lemma(view: ArticleView, frames, k: int) -> str:
    """``frame_lemma``, also where the parser missed the separable particle (``gab ... bekannt``
    with ``bekannt`` read as an adjective): a later word of the verb that makes a listed frame."""
    lemma = frame_lemma(view, k)
    if lemma in frames.verbs:
        return lemma
    listed = frames.verbs | {v for v, _ in frames.from_verbs}
    for c in view.children[k]:
        joined = view.tokens[c].text.lower() + view.lemma(k).lower()
        if c > k and view.tokens[c].text.isalpha() and joined in listed:
            return joined  # "geht aus Daten des AMS hervor/ADV"
    if k > 0 and k - 1 in (view.head(k), *view.children[k]) and view.tokens[k - 1].text.isalpha() \
            and view.tokens[k - 1].text.islower():
        joined = view.tokens[k - 1].text.lower() + view.lemma(k).lower()
        if joined in listed:  # "hatte X bekannt/ADJ gegeben", "wie X bekannt/root gab": the verb written
            return joined  # apart from its first part, as Duden allows ("bekannt geben")
    h = view.head(k)
    if h > k and view.tokens[h].text.isalpha() and view.tokens[h].text.islower() and h + 1 < len(view.tokens) \
            and view.tokens[h + 1].text in (".", ",", ";", "!", "?") \
            and view.tokens[h].text + view.lemma(k).lower() in listed:
        return view.tokens[h].text + view.lemma(k).lower()  # "Das gab X bekannt/root.": the particle made the head
    # "Das teilte das Unternehmen via Aussendung mit" with "mit" hung on a word after the verb: the
    # particle closing the clause that no verb of its own takes
    last = view.sentences[view.sentence_of[k]].last_token
    for c in range(k + 1, last):
        if view.dep(c) != "compound:prt" or not view.tokens[c].text.isalpha() or view.head(c) == k:
            continue
        particle = view.tokens[c].text.lower()
        owner = view.head(c)
        if view.pos(owner) in ("VERB", "AUX") and particle + view.lemma(owner).lower() in frames.verbs:
            break  # the particle of a frame of its own
        if particle + view.lemma(k).lower() in frames.verbs and view.tokens[c + 1].text in (".", ",", ";", "!", "?"):
            return particle + view.lemma(k).lower()
    return lemma


def _concludes(view: ArticleView, frames, k: int) -> bool:
    """``kamen zu dem Ergebnis, dass ...``, ``Zu diesem Schluss kommt der Rechnungshof``: a verb of
    arriving with a noun of conclusion reports what its subject found."""
    if view.lemma(k).lower() in frames.finding_verbs:  # "war darauf gestoßen, dass ...": found it
        return any(view.tokens[c].text.lower() in frames.finding_adverbs for c in view.children[k]) \
            and any(view.dep(c) == "ccomp" for c in view.children[k])
    return view.lemma(k).lower() in frames.conclusion_verbs and any(
        _marker(view, c) in frames.conclusion_preps and view.tokens[c].text.lower() in frames.conclusion_nouns
        and (_demonstrative(view, frames, c) or _content_follows(view, c)) for c in view.children[k])


def _content_follows(view: ArticleView, c: int) -> bool:
    """A content clause or a colon right after noun ``c`` (``zu dem Ergebnis, dass ...``, ``zu dem
    Schluss: ...``); not ``kam zum Ergebnis 3:0``."""
    nxt = [view.tokens[j].text.lower() for j in range(c + 1, min(c + 3, len(view.tokens)))]
    return nxt[:1] == [":"] or nxt[:2] in ([",", "dass"], [",", "wonach"])


def _is_frame(view: ArticleView, frames, k: int, inside: int | None = None) -> bool:
    """Whether verb ``k`` is a frame; ``inside``: the number below it, whose own phrase may be the
    content a frame such as ``sprechen`` needs, wherever the parser hung it."""
    if view.pos(k) in ("VERB", "AUX") and _concludes(view, frames, k):
        return True
    if view.pos(k) not in ("VERB", "AUX") and not any(view.dep(c) == "aux:pass" for c in view.children[k]):
        return False  # a participle tagged as an adjective still heads a passive ("wurde ... angegeben")
    lemma = source_lemma(view, frames, k)
    if lemma in frames.content_verbs and not any(
            _marker(view, c) in frames.content_verb_preps or view.tokens[c].text.lower() in frames.content_adverbs
            for c in view.children[k]) and not _content_number(view, frames, k, inside):
        return False  # "das Votum ging 58 zu 42 aus", "sprach mit 30 Journalisten": only with "von"/"davon"
    if _reflexive(view, k):
        return False  # "ergebe sich ein Reformdruck", "zeigte sich zufrieden": nothing reported
    if any(view.dep(c) == "mark" and view.tokens[c].text.lower() == "zu" for c in view.children[k]):
        return False  # "ein Defizit zu schreiben": an infinitive has no subject of its own to name
    auxes = [c for c in view.children[k] if view.dep(c).startswith("aux") and c < k]
    if auxes and view.dep(max(auxes)) == "aux" and view.lemma(max(auxes)).lower() == "sein":
        return False  # "ist aber gewarnt": verbs of saying make their perfect with "haben"; a state
    return lemma in frames.verbs or any(lemma == v for v, _ in frames.from_verbs)


def _content_number(view: ArticleView, frames, k: int, t: int | None) -> bool:
    """The number ``t`` stands after verb ``k`` in a phrase of a content preposition that the parser hung
    on another word of the clause (``sprach am Abend von 3.000`` with ``von 3.000`` under ``Abend``)."""
    if t is None or t < k or view.sentence_of[t] != view.sentence_of[k]:
        return False
    p = t
    for _ in range(2):  # the number, or the noun it counts ("von 300 Anträgen")
        if _marker(view, p) in frames.content_verb_preps:
            return all(view.pos(j) not in ("VERB", "AUX") and view.tokens[j].text not in (",", ";", ":")
                       for j in range(k + 1, min(view.subtree(p))))
        p = view.head(p)
    return False


def _bare_participle(view: ArticleView, frames, f: int) -> bool:
    """``..., wie von der Polizei mitgeteilt.``: a comment clause of a bare participle is a passive
    without its auxiliary."""
    return view.feature(f, "VerbForm") == "Part" and _comment_clause(view, frames, f) \
        and not any(view.dep(c).startswith("nsubj") or view.dep(c).startswith("aux") for c in view.children[f])


def _phrase(view: ArticleView, frames, h: int, before: int | None = None) -> str | None:
    """The words of the noun phrase headed by ``h`` (a name as the recognizer read it); ``before``:
    a token the phrase ends before, whatever the parser hung on it."""
    if view.pos(h) not in frames.nominal_pos and view.mention_at[h] < 0 and not _partitive(view, frames, h):
        return None
    if view.tokens[h].text.lower() in frames.not_sources:
        return None
    if when_or_how_much(frames, view.tokens[h].text, view.lemma(h)) \
            or (view.timex_at[h] >= 0 and view.mention_at[h] < 0):
        return None  # "die Monate Jänner", "der Anteil": a time or a measure names no one
    if any(view.dep(c) == "nummod" and any(ch.isdigit() for ch in view.tokens[c].text) for c in view.children[h]):
        return None  # "7.112/PUNCT Tatverdächtige ermittelt": a counted noun, whatever the tagger calls its number
    if view.tokens[h].text.lower() in frames.claim_nouns and _demonstrative(view, frames, h):
        return None  # "Diese Angabe kommt aus dem Ministerium": the claim itself, not who makes it
    if h + 1 < len(view.tokens) and view.pos(h + 1) == "NOUN" and view.head(h + 1) == view.head(h) \
            and view.dep(h + 1) == view.dep(h) and view.tokens[h].text.endswith("s"):
        h += 1  # "Österreichs Wirtschaftsdelegierter" cut in two subjects by the parser: the noun heads it
    keep = [k for k in view.subtree(h, _PHRASE_STOP) if (view.pos(k) != "PUNCT" or view.tokens[k].text == "-")
            and (before is None or k < before)]
    run = [h]  # the contiguous run of the phrase around its head
    for k in sorted(keep):
        if k > run[-1] and k == run[-1] + 1:
            run.append(k)
    for k in sorted(keep, reverse=True):
        if k < run[0] and k == run[0] - 1:
            run.insert(0, k)
    while run[-1] + 1 < len(view.tokens) and view.sentence_of[run[-1] + 1] == view.sentence_of[h] \
            and (view.pos(run[-1] + 1) == "PROPN" or view.mention_at[run[-1] + 1] >= 0) \
            and view.tokens[run[-1] + 1].text[:1].isupper():
        run.append(run[-1] + 1)  # "WTO-Chef Roberto Azevedo" with the name hung elsewhere by the parser
    if len(run) > frames.max_words:
        parts = {h} | {c for c in view.children[h] if view.dep(c) in ("det", "amod", "flat", "flat:name", "appos")}
        parts |= {g for c in parts for g in view.children[c] if view.dep(g) in ("flat", "flat:name")}
        run = sorted(parts)
    cut = next((i for i, k in enumerate(run) if k > h and (
        view.tokens[k].text.lower() in frames.object_articles and view.pos(k - 1) != "ADP"
        or view.tokens[k].text.lower() in frames.phrase_stops
        or view.tokens[k].text.lower() == "der" and _person_name_at(view, k - 1)
        and view.mention_at[k] != view.mention_at[k - 1])), None)
    if cut:
        run = run[:cut]  # "schildert eine Bürgerin dem Standard": the addressee is no part of the source
    names = [c for k in run for c in view.children[k] if view.dep(c) == "appos" and c > run[-1]
             and (view.mention_at[c] >= 0 or view.pos(c) == "PROPN")]
    if names:  # "Der Anwalt der Steuerberaterin, Norbert Wess": the name set off by commas
        last = max(view.subtree(names[0], _PHRASE_STOP))
        if last - run[0] < frames.max_words + 4:
            run = list(range(run[0], last + 1))
    if any(view.tokens[k].text == "(" for k in run):  # "Werner Faymann (SPÖ)": the party is no part of it
        run = run[:next(i for i, k in enumerate(run) if view.tokens[k].text == "(")] or run
    named = _name_after(view, run[-1])
    if named is not None and named - run[0] < frames.max_words + 4:
        run = list(range(run[0], named + 1))
    if any(view.pos(k) == "NUM" and any(ch.isdigit() for ch in view.tokens[k].text) for k in run):
        return None  # "399 Gewehre", "ein Defizit von 0,1 Prozent": what is counted gives no number
    if any((view.pos(k) == "AUX" or view.pos(k) == "VERB" and view.feature(k, "VerbForm") == "Fin")
           and view.feature(k, "VerbForm") not in ("Inf", "Part") and view.tokens[k].text.islower() for k in run):
        return None  # "erklärten, sie seien gegen Tsipras neuen Sparkatalog": a clause is no source
    return _trimmed(view, run)


def _partitive(view: ArticleView, frames, h: int) -> bool:
    """``einer der Betreiber``: an indefinite pronoun with a genitive plural after it names one of a group."""
    return view.tokens[h].text.lower() in frames.partitives and h + 2 < len(view.tokens) \
        and view.tokens[h + 1].text.lower() == "der" and view.pos(h + 2) in frames.nominal_pos \
        and view.head(h + 2) == h


def _person_name_at(view: ArticleView, k: int) -> bool:
    """Token ``k`` ends a person's name: a genitive cannot follow it, so ``der`` after it opens the
    addressee (``sagte Peter Huber der Deutschen Presse-Agentur``)."""
    mi = view.mention_at[k]
    return mi >= 0 and view.mentions[mi].label == "PER"


def when_or_how_much(frames, word: str, lemma: str | None = None) -> bool:
    """A noun of time (``Monate``, ``Vorjahres``, ``Quartal``) or of measure (``Quote``, ``Anteil``):
    the phrase it heads says when or how much, never who gives the number. ``Zahlen`` (published
    numbers) is left to ``data_owner``."""
    w = word.lower()
    stems = {w[:len(w) - len(e)] for e in frames.noun_endings if e and w.endswith(e) and len(w) > len(e) + 2}
    stems |= {w} | ({lemma.lower()} if lemma else set())
    if stems & frames.time_nouns or any(st.endswith(h) for st in stems for h in frames.time_heads):
        return True
    return w not in frames.data_nouns and (bool(stems & frames.measure_nouns)
                                           or any(st.endswith(h) for st in stems for h in frames.measure_heads))


def phrase_head(frames, phrase: str) -> str | None:
    """The head word of a source phrase read from its words: the first one that is no preposition,
    article or lower-case adjective (``Laut den Monaten Jänner`` -> ``Monaten``)."""
    for w in phrase.split():
        w = w.strip(",.;:()„“\"")
        if w and w[:1].isupper() and w.lower() not in frames.lead_words:
            return w
    return None


def _trimmed(view: ArticleView, run: list[int]) -> str | None:
    """The phrase without what the parser hung on it but names no one: a leading preposition or
    adverb (``Auch Mitterlehner``), a trailing time or adverb (``das UN-Hilfswerk am Dienstag``,
    ``die Agenturgründer weiter``)."""
    if run and view.tokens[run[0]].text.lower() in ("gegenüber",):
        return None  # "Gegenüber News gibt einer der Betreiber an": the addressee, not the source
    while run and view.pos(run[0]) in ("ADP", "ADV"):
        run = run[1:]
    timed = next((i for i, k in enumerate(run) if i > 0 and view.timex_at[k] >= 0), None)
    if timed is not None and not any(view.pos(k) in ("NOUN", "PROPN") and view.timex_at[k] < 0 for k in run[:timed]):
        run = [k for k in run[timed:] if view.timex_at[k] < 0]  # "einer am Mittwoch veröffentlichten Umfrage"
    elif timed is not None:
        run = run[:timed]  # "die Nachrichtenagentur Reuters am Montag unter Berufung ...": the time ends it
    while run and (view.timex_at[run[-1]] >= 0 or view.pos(run[-1]) in ("ADV", "ADP")
                   and not (len(run) > 1 and view.tokens[run[-1]].text[:1].isupper())):
        run = run[:-1]  # not a capitalized word, a name the tagger took for an adverb ("Peter Huber/ADV")
    return view.span_text(run[0], run[-1]) if run else None


def _name_after(view: ArticleView, last: int) -> int | None:
    """``der UNO-Hochkommissar für Flüchtlinge, Filippo Grandi.``: the last token of a person's name
    set off by a comma after a role, however the parser hung it; None when there is none."""
    si = view.sentence_of[last]
    end = view.sentences[si].last_token
    comma = next((j for j in range(last + 1, min(last + 5, end)) if view.tokens[j].text == ","), None)
    if comma is None or comma + 1 >= end or any(view.pos(j) in ("VERB", "AUX") or view.pos(j) == "PUNCT"
                                                and view.tokens[j].text not in ("(", ")")
                                                for j in range(last + 1, comma)):
        return None  # (a bracketed short form may stand before the comma: "der Internet-Polizei (IIP), Kamal ...")
    mi = view.mention_at[comma + 1]
    if mi < 0 or view.mentions[mi].label != "PER" or view.mentions[mi].start != view.tokens[comma + 1].start:
        return None
    j = comma + 1
    while j + 1 < end and view.mention_at[j + 1] == mi:
        j += 1
    return j if j + 1 >= end or view.tokens[j + 1].text in (",", ".", "(", ";") else None


def _antecedent(view: ArticleView, k: int) -> str | None:
    """The person named last before token ``k`` in its paragraph, up to three sentences back."""
    m = _named_person(view, k)
    return m.text if m is not None else None


def _named_person(view: ArticleView, k: int):
    """The mention of ``_antecedent``, or None."""
    si = view.sentence_of[k]
    start = view.tokens[k].start
    for m in reversed(view.mentions):
        if m.end > start or m.label != "PER" or view.pos(view.token_at(m.start)) in _NOT_NAMES:
            continue  # "Wieso? Er erklärt ...": a question word the recognizer took for a name
        if view.sentence_of[view.token_at(m.start)] < si - 3 or "\n" in view.text[m.end:start]:
            return None
        return m
    return None


def _pronoun_antecedent(view: ArticleView, frames, k: int) -> str | None:
    """Whom the pronoun ``k`` (``er``, ``sie``) of a frame verb stands for: the person named last before
    it, or a body or a person's role as the subject of its own or the sentence before (``Der
    Finanzminister verteidigte das Budget. ..., sagte er``), whichever stands nearer."""
    person = _named_person(view, k)
    c = _body_subject(view, frames, k)
    if c is not None and (person is None or person.start < view.tokens[c].start):
        return _phrase(view, frames, c)
    return person.text if person is not None else None


def frame_source(view: ArticleView, frames, f: int, inside: int | None = None, own: bool = False) -> str | None:
    """Who the frame verb ``f`` names as the source; None when it names no one.
    ``inside``: the figure's number, which must not be part of the source. ``own``: the subject must
    stand in the frame's clause (``..., wie schon im Vorjahr erwartet`` borrows none from the clause
    it comments on)."""
    if f > 0 and view.tokens[f - 1].text.lower() in frames.comparison_marks and view.pos(f - 1) != "ADP":
        # "die Kosten steigen weniger stark als erwartet": a participle right after "als" has no subject
        # of its own (a finite verb never follows it directly), an expectation compared with
        return None
    lemma = source_lemma(view, frames, f)
    own = own or _comment_clause(view, frames, f)  # "Der Verlust beträgt, wie berichtet, ...": none borrowed
    if _concludes(view, frames, f):
        lemma = next(iter(sorted(frames.verbs)))  # read as any verb of saying: its subject found it
    preps = [prep for verb, prep in frames.from_verbs if lemma == verb]
    if lemma in frames.impersonal_verbs and not any(view.tokens[c].text.lower() == "es" for c in view.children[f]):
        return None  # "Das heißt im Umkehrschluss": "heißen" names a source only as "heißt es"
    for c in view.children[f]:
        if preps and view.dep(c).split(":")[0] in ("obl", "nmod") and _marker(view, c) in preps:
            return _phrase(view, frames, c)
    if preps:
        found = _prep_phrase_in_clause(view, frames, f, preps)
        if found:
            return found
    if lemma not in frames.verbs:
        return None
    comment_participle = f > 0 and view.tokens[f - 1].text.lower() in frames.frame_marks \
        and _opens_clause(view, f - 1)  # the verb right after "wie": no room for a subject before it
    if view.passive(f) or _bare_participle(view, frames, f) or comment_participle:
        # "Wie erwartet abgeräumt hat X": a participle right after "wie" has no subject, only an agent
        for c in view.children[f]:
            if not (view.dep(c).startswith("obl") and _marker(view, c) in frames.agent_preps):
                continue
            if inside is None or inside not in view.subtree(c):  # "der Abbau von 110 Stellen"
                # "von den Verbänden mit 360.000 bzw. etwa 1 Mio. Euro beziffert" with the first of
                # two numbers hung on the agent: the agent ends before the content's preposition
                cut = next((k for k in sorted(view.subtree(c)) if k > c and view.pos(k) == "ADP"
                            and view.tokens[k].text.lower() in frames.content_preps - frames.agent_preps
                            and any(view.pos(n) == "NUM" for n in view.subtree(c) if n > k)), None)
                return _phrase(view, frames, c, before=cut)
            if inside > c and all(view.pos(k) in ("ADV", "ADJ", "PART") for k in range(c + 1, inside)):
                # "wurden vom Ministerium 5.000 Neuinfektionen gemeldet" with the counted noun hung on
                # the agent: the agent ends where the number's phrase begins
                return _phrase(view, frames, c, before=c + 1)
            # "von Experten auf 2 Mrd. Euro beziffert" with the content hung on the agent: the agent
            # ends before the preposition of the content
            cut = next((k for k in range(c + 1, inside) if view.pos(k) == "ADP"
                        and view.tokens[k].text.lower() in frames.content_preps - frames.agent_preps), None)
            if cut is not None:
                return _phrase(view, frames, c, before=cut)
        return None
    s = _nearest_subject(view, f, view.subject(f))
    if s is not None and view.tokens[s].text.lower() in frames.anaphors:
        s = next((c for c in view._bare_phrases(f) if c != s and view.pos(c) in frames.nominal_pos
                  and not view._oblique(c)), None)
    if s is not None and s < f and f > 0 and view.tokens[f - 1].text == "," and not _closes_subject(view, s, f):
        # a trailing frame (", sagte der Sachverständige"): its subject follows the verb; what
        # stands before the comma is the content, whatever the parser hung on the verb (not a comma
        # that closes the subject's apposition: "Der Sprecher, Hans Berger, sagte")
        after = next((c for c in view._bare_phrases(f) if c > f and not view._oblique(c)
                      and (view.pos(c) in frames.nominal_pos or view.mention_at[c] >= 0)), None)
        first = view.sentences[view.sentence_of[f]].first_token
        # none after it and no reported speech before the comma: a second clause that leaves out the
        # subject it shares ("Das Ministerium nannte keine Zahlen, sprach aber von 300 Fällen")
        shared = after is None and s == _elided_subject(view, f) \
            and not _subjunctive_in(view, frames, first, f - 1, hypothetical=True)
        s = s if shared else after
    if s is not None and s < f and view.tokens[min(view.subtree(s))].text.lower() in frames.addressee_preps:
        # "Gegenüber News gibt einer der Betreiber an": the addressee, tagged as the subject; the subject
        # is the other one the parser hung on the verb
        s = next((c for c in view.children[f] if c != s and view.dep(c) == "nsubj"), None)
    if s is not None and s > f and view.lemma(s).lower() in frames.measure_nouns:
        # "Medien schätzten ihre Zahl auf ...": the measure after the verb is its object; the subject is
        # the bare phrase before the verb, whatever the parser called it
        s = next((c for c in view.children[f] if c < f and view.pos(c) in frames.nominal_pos
                  and _marker(view, c) is None and view.timex_at[c] < 0 and not _dateline(view, c)
                  and view.tokens[c].text.lower() not in frames.not_sources), s)
    if s is not None and s < f and view.mention_at[s] < 0 and view.tokens[f - 1].text != ",":
        # "Die Fortschritte beziffern die Forscherinnen Simone Breit und ...": a fronted object, the
        # named phrase after the verb its subject
        named = next((c for c in view.children[f] if c > f and view.dep(c) in ("obj", "nsubj")
                      and _marker(view, c) is None and not _oblique_article(view, frames, c)
                      and any(view.mention_at[k] >= 0 and view.mentions[view.mention_at[k]].label in ("PER", "ORG")
                              for k in view.subtree(c, _PHRASE_STOP))), None)
        s = named if named is not None else s
    if s is not None and s < f and view.lemma(s).lower() in frames.measure_nouns:
        # "Die Zahl der Besucher gab die Polizei mit 5.000 an": the measure, fronted, is the object; the
        # subject is the bare phrase after the verb, whatever the parser called it
        s = next((c for c in view.children[f] if c > f and view.dep(c) in ("obj", "nsubj")
                  and view.pos(c) in frames.nominal_pos and _marker(view, c) is None
                  and not _oblique_article(view, frames, c) and view.lemma(c).lower() not in frames.measure_nouns),
                 s)
    if s is None or view.lemma(s).lower() in frames.measure_nouns or _oblique_article(view, frames, s):
        return None  # "Die niedrigsten Quoten meldeten ...": the measure, fronted, is no source
    if own and s not in view.subtree(f):
        return None
    if inside is not None and s < inside and inside in view.subtree(s) and view.pos(s) in frames.nominal_pos:
        # "beziffern die Forscherinnen Simone Breit und Claudia Schreiner im Bereich Lesen mit 23 Punkten"
        # with the content hung on the subject: the subject ends before the first preposition after a
        # person's name, or before the preposition of the content
        cut = next((k for k in range(s + 1, inside) if view.pos(k) == "ADP" and (
            _person_name_at(view, k - 1) or view.tokens[k].text.lower() in frames.content_preps)
            or view.tokens[k].text == "," and view.pos(k + 1) == "SCONJ"), None)
        # (or before the comma of a content clause the parser hung on the subject: "kritisiert der
        # Rechnungshof, dass 300 Millionen Euro ...")
        return _phrase(view, frames, s, before=cut) if cut is not None else None
    if inside is not None and (inside in view.subtree(s) or s == inside + 1):
        return None  # the number's own phrase or its unit ("3672 Euro") gives nothing
    if lemma in frames.having_verbs and _counts_members(view, frames, f, s):
        return None
    word = view.tokens[s].text.lower()
    if word in frames.person_pronouns and view.feature(s, "Number") != "Plur":
        return _pronoun_antecedent(view, frames, s)
    return _phrase(view, frames, s)


def _elided_subject(view: ArticleView, f: int) -> int | None:
    """``Das Ministerium nannte keine Zahlen, sprach aber von 300 Fällen``: a verb that opens its clause
    right after a comma shares the subject of the clause before, which the parser hung on it."""
    if f < 1 or view.tokens[f - 1].text != ",":
        return None
    for c in view.children[f]:
        if c < f and view.dep(c) in ("ccomp", "conj", "parataxis") and view.pos(c) in ("VERB", "AUX"):
            s = view.subject(c)
            if s is not None and s < c:
                return s
    return None


def _body_subject(view: ArticleView, frames, k: int) -> int | None:
    """``Der Konzern erwirtschaftete 2 Milliarden Euro, teilte er mit``: the subject of the pronoun
    ``k``'s own or the sentence before that names a body (an organization, ``Konzern``, ``Behörde``)
    or a person's role (``Der Minister``, ``Die Sprecherin``) of the same gender; None when there is none."""
    gender = view.feature(k, "Gender")
    si = view.sentence_of[k]
    first = view.sentences[max(si - 1, 0)].first_token if si > 0 and same_paragraph(view, si - 1, si) \
        else view.sentences[si].first_token
    for c in range(k - 1, first - 1, -1):
        if view.dep(c) != "nsubj" or view.pos(c) not in frames.nominal_pos or view.feature(c, "Gender") != gender \
                or view.feature(c, "Number") == "Plur":
            continue
        mi = view.mention_at[c]
        if (mi >= 0 and view.mentions[mi].label == "ORG") or _body(frames, view.tokens[c].text) \
                or is_role_noun(view.tokens[c].text, frames):
            return c
    return None


def _oblique_article(view: ArticleView, frames, s: int) -> bool:
    """``erwartet einen vorsichtigeren Ansatz``: a noun whose article is accusative, dative or
    genitive (``einen``, ``dem``, ``des``) is no subject, whatever the parser says."""
    k = s - 1
    while k >= 0 and view.sentence_of[k] == view.sentence_of[s] and view.pos(k) in ("ADJ", "ADV", "CCONJ") \
            or (k >= 0 and view.tokens[k].text == "," and view.pos(k - 1) == "ADJ"):
        k -= 1
    return k >= 0 and view.pos(k) == "DET" and view.tokens[k].text.lower() in frames.oblique_articles


def _closes_subject(view: ArticleView, s: int, f: int) -> bool:
    """``Der Sprecher der Feuerwehr, Hans Berger, sagte``: the comma before the verb closes an
    apposition of the subject, the whole stretch from the subject to it being its phrase."""
    sub = set(view.subtree(s))
    set_off = any(view.dep(k) in ("appos", "conj") and view.pos(k) in ("NOUN", "PROPN")
                  and "," in (view.tokens[min(view.subtree(k))].text, view.tokens[k - 1].text) for k in sub)
    return set_off and all(j in sub and view.pos(j) not in ("VERB", "AUX") for j in range(s, f - 1))


def _prep_phrase_in_clause(view: ArticleView, frames, f: int, preps: list[str]) -> str | None:
    """``Wie aus Regierungskreisen verlautete``, ``hieß es seitens/AUX der Versicherung``: the source
    phrase of a frame read from the words of its clause, where the parser hung it elsewhere."""
    s = view.sentences[view.sentence_of[f]]
    start = next((j + 1 for j in range(f - 1, s.first_token - 1, -1) if view.tokens[j].text in (",", ":", ";")),
                 s.first_token)
    end = next((j for j in range(f + 1, s.last_token) if view.tokens[j].text in (",", ":", ";", ".")), s.last_token)
    for j in range(start, end - 1):
        if view.tokens[j].text.lower() not in preps:
            continue
        head = next((k for k in range(j + 1, min(j + 7, end)) if view.pos(k) in frames.nominal_pos), None)
        if head is not None and all(view.pos(k) in ("DET", "ADJ") or _hyphened(view, k)
                                    for k in range(j + 1, head)):  # "der 28-seitigen Klagsschrift"
            return _trimmed(view, list(range(j + 1, _genitive_end(view, frames, head, end) + 1)))
    return None


def _genitive_end(view: ArticleView, frames, head: int, end: int) -> int:
    """The last token of the genitive attribute after noun ``head`` (``dem Büro des Bürgermeisters``,
    ``der Sprecherin der Stadt Wien``), before token ``end``; ``head`` when there is none."""
    j = head + 1
    if j >= end or view.tokens[j].text.lower() not in frames.genitive_articles:
        return head
    j += 1
    while j < end and view.pos(j) == "ADJ":
        j += 1
    if j >= end or view.pos(j) not in frames.nominal_pos:
        return head
    while j + 1 < end and view.pos(j + 1) == "PROPN":
        j += 1
    return j


def _hyphened(view: ArticleView, k: int) -> bool:
    """Token ``k`` is part of a hyphenated adjective the tokenizer split (``28 - seitigen``)."""
    near = [view.tokens[j].text for j in (k - 1, k, k + 1) if 0 <= j < len(view.tokens)]
    return "-" in near or view.tokens[k].text.endswith("-")


def _dateline(view: ArticleView, k: int) -> bool:
    """Token ``k`` is in a dateline: the capitalized words that open a sentence before a dash
    (``Wien – ...``, ``St. Pölten – ...``)."""
    first = view.sentences[view.sentence_of[k]].first_token
    for j in range(first, min(first + 4, len(view.tokens))):
        if view.tokens[j].text in ("–", "-"):
            return first <= k < j
        if not view.tokens[j].text[:1].isupper():
            return False
    return False


def _marker(view: ArticleView, c: int) -> str | None:
    """The preposition of phrase ``c``, also where the parser hung it on a genitive before the head
    (``Aus Fischers Büro``: ``Aus`` under ``Fischers``)."""
    found = view.case_marker(c)
    if found is None:
        first = min(view.subtree(c))
        if first < c and view.pos(first) == "ADP" and view.dep(first) == "case":
            return view.tokens[first].text.lower()
    return found


def _nearest_subject(view: ArticleView, f: int, s: int | None) -> int | None:
    """The subject of ``f``, passing over a dateline the parser hung on it (``Wien – ... : Das
    Wifo rechnete``)."""
    if s is None or not _dateline(view, s):
        return s
    others = [c for c in view.children[f] if view.dep(c) == "nsubj" and c != s]
    return min(others, key=lambda c: abs(c - f)) if others else None


def _counts_members(view: ArticleView, frames, f: int, s: int) -> bool:
    """``New Orleans zählte 452.000 Einwohner``: a place, or a count of members, is what is counted."""
    if view.mention_at[s] >= 0 and view.mentions[view.mention_at[s]].label == "LOC":
        return True
    clause = view.subtree(f, _PHRASE_STOP)
    return any(view.lemma(k).lower() in frames.member_nouns or view.tokens[k].text.lower() in frames.member_nouns
               for k in clause)


def source_above(view: ArticleView, frames, t: int) -> str | None:
    """The source of the nearest frame above the number token ``t`` (or hung on a clause above it)."""
    si = view.sentence_of[t]
    j = t
    for _ in range(40):
        # frame clauses hung on the clause or on a verb coordinated with it ("ertrunken oder werden
        # vermisst, wie das UNHCR mitteilte"); a "wie" clause never has content of its own
        hosts = [j] + [c for c in view.children[j] if view.dep(c) == "conj" and view.pos(c) in ("VERB", "AUX")]
        tried = [j] + [c for h in hosts for c in view.children[h] if c != t and _frame_clause(view, frames, c)
                       and (_comment_clause(view, frames, c) or not _says_its_own(view, frames, c))]
        for f in tried:
            if _is_frame(view, frames, f, inside=t):
                found = frame_source(view, frames, f, inside=t, own=f != j)
                if found:
                    return found
        h = view.head(j)
        if h == j or view.sentence_of[h] != si:
            break
        j = h
    return None


def _frame_clause(view: ArticleView, frames, c: int) -> bool:
    """Whether ``c`` heads a clause hung on another one: parataxis, adverbial clause, or a clause
    opened by ``wie`` whatever the parser called it."""
    return view.dep(c) in _FRAME_CLAUSES or any(
        view.dep(m) in ("mark", "advmod") and view.tokens[m].text.lower() in frames.frame_marks
        and _opens_clause(view, m) for m in view.children[c])


def _comment_clause(view: ArticleView, frames, c: int) -> bool:
    """``wie die Polizei mitteilte``: a clause opened by ``wie`` comments on the clause it hangs on."""
    return any(view.dep(m) in ("mark", "advmod") and view.tokens[m].text.lower() in frames.frame_marks
               and _opens_clause(view, m) for m in view.children[c])


def _opens_clause(view: ArticleView, m: int) -> bool:
    """Token ``m`` stands after a comma or opens its sentence (``Wie aus dem Bericht hervorgeht, ...``)."""
    return m == view.sentences[view.sentence_of[m]].first_token or (m > 0 and view.tokens[m - 1].text == ",")


def _says_its_own(view: ArticleView, frames, f: int) -> bool:
    """A frame clause with its own content (``das Ministerium rechnet mit etwa 200``, ``sagte, dass ...``)
    does not cover the clause it is hung on."""
    for c in view.children[f]:
        dep = view.dep(c)
        if dep in ("obj", "ccomp", "xcomp") or (dep.startswith("obl") and view.case_marker(c) in frames.content_preps):
            return True
    return False


def sentence_frame(view: ArticleView, frames, si: int) -> str | None:
    """The source a frame verb of sentence ``si`` names (the first one that names one)."""
    s = view.sentences[si]
    for f in range(s.first_token, s.last_token):
        if _is_frame(view, frames, f):
            found = frame_source(view, frames, f)
            if found:
                return found
    return None


def before_colon(view: ArticleView, frames, t: int) -> str | None:
    """``Der Anwalt sieht kein Motiv: Sie habe 2.500 Euro bekommen``: indirect speech after a colon
    is what the subject of the clause before the colon says."""
    s = view.sentences[view.sentence_of[t]]
    colon = next((k for k in range(t - 1, s.first_token, -1) if view.tokens[k].text == ":"), None)
    if colon is None or not _subjunctive_in(view, frames, colon + 1, s.last_token):
        return None
    verbs = [k for k in range(s.first_token, colon) if view.pos(k) == "VERB"
             and not (s.first_token <= view.head(k) < colon and view.head(k) != k)]
    for v in verbs:
        if _subjunctive_in(view, frames, s.first_token, colon, main=True):
            return None  # "Der Solargenerator produziere viel Strom: Derzeit verfüge ...": reported itself
        subj = view.subject(v)
        if subj is not None and subj < colon and view.tokens[subj].text.lower() not in frames.not_sources:
            return _phrase(view, frames, subj)
    return None


def _subjunctive_in(view: ArticleView, frames, first: int, last: int, hypothetical: bool = False,
                    main: bool = False) -> bool:
    """A verb in Konjunktiv I (with ``hypothetical`` also II) between ``first`` and ``last``; with
    ``main``, only one the reporter's own indicative main clause does not govern."""
    forms = frames.subjunctive | frames.hypothetical if hypothetical else frames.subjunctive
    return any((_konjunktiv(view, forms, k) or hypothetical and _konjunktiv_two(view, k))
               and not (main and _governed(view, frames, k, forms)) for k in range(first, last))


def _konjunktiv(view: ArticleView, forms, k: int) -> bool:
    """Token ``k`` is a verb in one of ``forms`` or in Konjunktiv I; a listed form in lower case is a
    verb whatever the tagger says (``Dieser liege/NOUN unter 7 Prozent``)."""
    word = view.tokens[k].text
    if word in forms and view.pos(k) not in ("ADP", "DET", "PRON"):
        return True
    return (word.lower() in forms or _konjunktiv_one(view, k)) and view.pos(k) in ("AUX", "VERB")


def _konjunktiv_two(view: ArticleView, k: int) -> bool:
    """``kämen``, ``gäbe``, ``stünde``: a strong full verb's Konjunktiv II, in a form no indicative has,
    that the tagger reads so too; weak verbs' Konjunktiv II is their preterite, which reports no one."""
    return view.pos(k) == "VERB" and view.feature(k, "Mood") == "Sub" and view.dep(k).split(":")[0] in _CLAUSE_HEADS \
        and umlaut_konjunktiv_two(view.tokens[k].text.lower(), view.lemma(k).lower())


def _konjunktiv_one(view: ArticleView, k: int) -> bool:
    """``reise``, ``zahle``: a finite full verb in the third person singular of Konjunktiv I, the stem
    and ``-e`` (Duden, indirect speech); not after ``ich``, whose indicative has the same form."""
    word, lemma = view.tokens[k].text.lower(), view.lemma(k).lower()
    if view.pos(k) != "VERB" or not lemma.endswith("en") or word != lemma[:-2] + "e" \
            or view.feature(k, "VerbForm") in ("Inf", "Part") \
            or (view.tokens[k].text[:1].isupper() and k != view.sentences[view.sentence_of[k]].first_token) \
            or view.dep(k).split(":")[0] not in _CLAUSE_HEADS:
        return False  # a name, or a number word ("dutzende/VERB Millionen"), the tagger took for a verb
    subject = view.subject(k)
    return subject is not None and view.tokens[subject].text.lower() not in ("ich", "wir", "sie") \
        and view.feature(subject, "Number") != "Plur"


def _governed(view: ArticleView, frames, k: int, forms) -> bool:
    """The clause of verb ``k`` depends on an indicative main clause that is no frame (``..., ließ die
    Gewerkschaft offen``, ``hat X ausgeklammert, weil sie ... würden``): the reporter's own sentence."""
    v = view.head(k) if view.pos(k) == "AUX" and view.dep(k).startswith("aux") else k
    root = v
    while view.head(root) != root and view.sentence_of[view.head(root)] == view.sentence_of[k]:
        root = view.head(root)
    if root == v or view.dep(v).split(":")[0] not in ("advcl", "acl", "ccomp", "csubj"):
        return False  # a main clause, or one the parser hung oddly
    if view.pos(root) not in ("VERB", "AUX") or _is_frame(view, frames, root):
        return False
    finite = [root] + [c for c in view.children[root] if view.dep(c).startswith("aux") or view.dep(c) == "cop"]
    return not any(view.tokens[c].text.lower() in forms or _konjunktiv_one(view, c) for c in finite)


def points_back(view: ArticleView, frames, si: int) -> bool:
    """Whether sentence ``si`` reports what a source named before says (``demnach``, Konjunktiv I)."""
    s = view.sentences[si]
    if any(view.tokens[k].text.lower() in frames.continuation for k in range(s.first_token, s.last_token)):
        return True
    if _restates(view, frames, si) or _direct(view, frames, si):
        return True
    return _subjunctive_in(view, frames, s.first_token, s.last_token, hypothetical=True, main=True)


def _direct(view: ArticleView, frames, si: int) -> bool:
    """A sentence in the first person, or with the editor's note of a quote: direct speech goes on."""
    s = view.sentences[si]
    return any(view.tokens[k].text.lower().rstrip(".") in frames.direct_marks
               for k in range(s.first_token, s.last_token))


def _hearsay(view: ArticleView, frames, si: int) -> bool:
    """Sentence ``si`` reports hearsay with ``sollen`` (``sollen sich 2050 auch die Republik Kongo und
    Äthiopien ... wiederfinden``): its subject is what is reported on, not who reports it."""
    s = view.sentences[si]
    return any(view.tokens[k].text.lower() in frames.hearsay and view.pos(k) in ("AUX", "VERB")
               for k in range(s.first_token, s.last_token))


def _says_demnach(view: ArticleView, frames, si: int) -> bool:
    s = view.sentences[si]
    return any(view.tokens[k].text.lower() in frames.continuation for k in range(s.first_token, s.last_token))


def _main_subject(view: ArticleView, frames, si: int, before: int | None = None) -> str | None:
    """``Die Polizei zog am Montag Bilanz. Demnach ...``: ``demnach`` points to what the sentence
    before says, and where no frame verb names who, its main clause's subject does; ``before``: a
    colon that ends the clause (``Das Ministerium schlüsselt ... auf: Demnach ...``)."""
    s = view.sentences[si]
    last = s.last_token if before is None else before
    if before is None:
        root = next((k for k in range(s.first_token, last) if view.head(k) == k), None)
    else:
        root = next((k for k in range(s.first_token, last) if view.pos(k) in ("VERB", "AUX")
                     and (view.head(k) == k or not s.first_token <= view.head(k) < last)), None)
    if root is None or view.pos(root) not in ("VERB", "AUX"):
        return None
    subj = _nearest_subject(view, root, view.subject(root))
    if subj is None or (before is not None and subj >= before) or view.dep(subj) == "nsubj:pass" or any(
            view.dep(c) == "det" and view.tokens[c].text.lower() in ("dem", "den") for c in view.children[subj]):
        return None  # "Den Ländern wird ... erlaubt": a dative, whatever the parser says
    if view.tokens[subj].text.lower() in frames.not_sources or _dateline(view, subj) \
            or view.lemma(subj).lower() in frames.measure_nouns | frames.member_nouns \
            or (view.mention_at[subj] >= 0 and view.mentions[view.mention_at[subj]].label == "LOC"):
        return None
    return _phrase(view, frames, subj)


def _restates(view: ArticleView, frames, si: int) -> bool:
    """``Das entspricht 30,6 Prozent der Landfläche``: an anaphor subject of a verb of equivalence."""
    s = view.sentences[si]
    first = s.first_token
    if view.tokens[first].text.lower() not in frames.anaphors:
        return False
    verb = next((k for k in range(first + 1, min(first + 3, s.last_token)) if view.pos(k) in ("VERB", "AUX")), None)
    return verb is not None and view.lemma(verb).lower() in frames.restating_verbs \
        and any(view.pos(k) == "NUM" for k in range(verb + 1, s.last_token))  # not "Das bedeutet, dass ..."


def covers_previous(view: ArticleView, frames, si: int) -> str | None:
    """``Dies teilte die Küstenwache mit.``: the source of a frame that opens with an anaphor;
    ``..., wie örtliche Medien weiter berichteten.``: a frame saying its source went on;
    ``Das Ministerium bestätigte diese Zahl.``: a frame whose object points back."""
    s = view.sentences[si]
    if s.last_token - s.first_token < 3:
        return None
    if view.tokens[s.first_token].text.lower() in frames.anaphors and view.dep(s.first_token) != "det":
        f = view.head(s.first_token)
        if view.pos(f) in ("VERB", "AUX") and not _is_frame(view, frames, f):
            return None  # "Das dauert noch lange, sagte X": the anaphor is the subject of the quoted words
        return sentence_frame(view, frames, si)  # "Dies teilte ... mit", not "Das Unternehmen berichtet"
    first = s.first_token
    if view.tokens[first].text.lower() in frames.definite_dets and view.tokens[first + 1].text.lower() in \
            frames.data_nouns | frames.statement_nouns and view.feature(first + 1, "Number") != "Sing":
        found = data_owner(view, frames, si, before=min(first + 10, s.last_token),
                           nouns=frames.data_nouns | frames.statement_nouns, reach=8)
        if found and found.lower().startswith(view.tokens[first + 1].text.lower()):
            return found  # "Die Angaben der Beobachtungsstelle lassen sich kaum überprüfen."
    for f in range(s.first_token, s.last_token):
        if view.pos(f) in ("VERB", "AUX") and _concludes(view, frames, f) and any(
                _demonstrative(view, frames, c) for c in view.children[f]
                if view.tokens[c].text.lower() in frames.conclusion_nouns):
            found = frame_source(view, frames, f)
            if found:
                return found  # "Zu diesem Ergebnis kommt der Rechnungshof in seinem Bericht."
        if _is_frame(view, frames, f) and not _reflexive(view, f) and any(
                view.dep(c) == "advmod" and view.tokens[c].text.lower() in frames.again_marks
                or view.dep(c) == "obj" and _points_back_object(view, frames, c)
                and source_lemma(view, frames, f) in frames.confirming_verbs
                or _marker(view, c) is None and view.tokens[c].text.lower() in frames.anaphoric_adverbs
                and c < f and source_lemma(view, frames, f) in frames.confirming_verbs
                for c in view.children[f]):
            found = frame_source(view, frames, f)
            if found:
                return found
    return None


def _points_back_object(view: ArticleView, frames, c: int) -> bool:
    """``bestätigte diese Zahl``, ``bestätigte das``, ``bestätigte einen entsprechenden Bericht``,
    ``bestätigte die Zahl`` (a definite claim with no attribute of its own): an object that takes up what
    the sentence before said."""
    return _demonstrative(view, frames, c) or (view.pos(c) == "PRON" and view.tokens[c].text.lower()
                                               in frames.anaphors) \
        or any(view.dep(a) == "amod" and view.lemma(a).lower() in frames.anaphoric_adjectives for a in view.children[c]) \
        or view.tokens[c].text.lower() in frames.claim_nouns and any(  # "bestätigte die Zahl": the one just given
            view.dep(a) == "det" and view.tokens[a].text.lower() in frames.definite_dets for a in view.children[c]) \
        and not any(view.dep(a) in ("nmod", "acl", "acl:relcl") and view.timex_at[a] < 0 for a in view.children[c])


def _demonstrative(view: ArticleView, frames, k: int) -> bool:
    """``diese Zahl``, ``diesen Bericht``: a noun phrase pointing back with a demonstrative article."""
    return any(view.dep(c) == "det" and view.tokens[c].text.lower() in frames.demonstratives
               for c in view.children[k])


def verb_then_name(view: ArticleView, frames, t: int) -> str | None:
    """``In diesem Zeitraum registrierte Eurostat 213.000 Asylanträge``: a frame verb in second place
    with a bare name right after it and the number after that, read from the words where the parse
    fails (a colon before it, a name tagged as a noun)."""
    s = view.sentences[view.sentence_of[t]]
    for v in range(s.first_token, t - 1):
        if view.pos(v) != "VERB" or source_lemma(view, frames, v) not in frames.verbs \
                or view.feature(v, "VerbForm") in ("Part", "Inf"):
            continue  # "– genannt Lulinha –" is no verb in second place
        name = v + 1
        if not view.tokens[name].text[:1].isupper() or view.pos(name) in ("DET", "ADP", "PRON") \
                or view.timex_at[name] >= 0 or any(view.tokens[j].text == "," for j in range(v, t)):
            continue
        end = name
        while end + 1 < t and (view.mention_at[end + 1] >= 0 and view.mention_at[end + 1] == view.mention_at[name]):
            end += 1
        named = view.mention_at[name] >= 0 or view.pos(name) == "PROPN"
        if named and view.tokens[end].text.endswith("s"):  # "Österreichs größte Hoffnung": a genitive name
            noun = next((j for j in range(end + 1, min(end + 4, t)) if view.pos(j) not in ("ADJ",)), None)
            if noun is not None and noun > end + 0 and view.pos(noun) == "NOUN" \
                    and all(view.pos(j) == "ADJ" for j in range(end + 1, noun)):
                end = noun
        if not named and view.pos(end + 1) != "NUM":
            continue  # a common noun only where a number follows at once
        if view.lemma(name).lower() in frames.measure_nouns | frames.member_nouns:
            continue
        if source_lemma(view, frames, v) in frames.having_verbs and _counts_members(view, frames, v, name):
            continue
        return view.span_text(name, end)
    return None


def wie_clause(view: ArticleView, frames, si: int) -> str | None:
    """``Mindestens 40 Menschen kamen ums Leben, wie die Behörden mitteilten.``: a clause after a
    comma or at the sentence's start opened by ``wie`` and closed by a frame verb comments on its
    sentence; its subject, the phrase right after ``wie``, is the source. Read from the words,
    wherever the parser hung it."""
    s = view.sentences[si]
    for k in range(s.first_token, s.last_token - 2):
        if view.tokens[k].text.lower() not in frames.frame_marks or (
                k > s.first_token and view.tokens[k - 1].text not in (",", "–")):
            continue  # after a comma or a dash, or opening the sentence ("Wie X sagte, ...")
        end = next((j for j in range(k + 1, s.last_token) if view.tokens[j].text in (",", ".", ";", "!", "?")),
                   s.last_token)
        verb = next((j for j in range(end - 1, k, -1) if view.pos(j) in ("VERB", "AUX")), None)
        final = dict(frames.from_verb_forms).get(view.tokens[end - 1].text.lower())  # "hervorgeht/ADJ"
        if final is not None:
            verb = end - 1
        lemma = final or (source_lemma(view, frames, verb) if verb is not None else None)
        preps = [prep for v, prep in frames.from_verbs if lemma == v]
        if preps and not any(view.pos(j) == "NUM" for j in range(k + 1, end)):
            found = _prep_phrase_in_clause(view, frames, verb, preps)
            if found:
                return found  # "..., wie aus der Polizeistatistik hervorgeht"
        if verb is None or source_lemma(view, frames, verb) not in frames.verbs | frames.comment_verbs \
                or _reflexive(view, verb):
            continue
        if any(view.pos(j) == "NUM" for j in range(k + 1, end)):
            continue  # "wie 2015 berichtet", a comparison with a number
        subject = next((j for j in range(k + 1, verb) if view.pos(j) in frames.nominal_pos
                        or view.mention_at[j] >= 0), None)
        if subject is None or view.tokens[subject].text.lower() in frames.not_sources \
                or view.timex_at[subject] >= 0 or any(view.pos(j) not in ("DET", "ADJ", "ADV")
                                                      for j in range(k + 1, subject)):
            continue  # "wie schon im Vorjahr erwartet": no subject, only an oblique
        last = subject
        while last + 1 < verb and (view.pos(last + 1) in ("PROPN", "NOUN") and view.tokens[last + 1].text[:1].isupper()
                                   and view.timex_at[last + 1] < 0):
            last += 1  # "die Nachrichtenagentur Reuters"
        first = subject
        while first - 1 > k and view.pos(first - 1) in ("DET", "ADJ"):
            first -= 1
        return view.span_text(first, last)
    return None


def _reflexive(view: ArticleView, f: int) -> bool:
    """``sich weiter ... zeigt``: a frame verb used reflexively reports nothing."""
    return any(view.tokens[c].text.lower() in view.grammar.reflexives for c in view.children[f])


def trailing_so(view: ArticleView, frames, si: int) -> str | None:
    """``Die Firma habe 300 Stellen gestrichen, so ein Sprecher.``: the verbless frame after a comma
    or a dash."""
    s = view.sentences[si]
    stops = (".", ",", ";", "!", "?", ")")
    for k in range(s.first_token, s.last_token - 2):
        if view.tokens[k].text not in (",", "–", "-") or view.tokens[k + 1].text.lower() != frames.trailing_so:
            continue
        first = k + 2
        end = next((j for j in range(first, s.last_token) if view.tokens[j].text in stops), s.last_token)
        words = range(first, end)
        if not 0 < len(words) <= frames.max_words or any(view.pos(j) in ("VERB", "AUX") for j in words):
            continue
        last = end - 1
        cut = next((j for j in range(first + 1, end) if view.pos(j) == "ADP" and view.tokens[j].text.lower()
                    not in frames.owner_marks), None)
        if cut is not None:
            last = cut - 1  # "so ein Polizeisprecher gegenüber dem STANDARD"
        while last > first and (view.tokens[last].text.lower() in frames.again_marks or view.pos(last) == "ADV"):
            last -= 1  # "so die Agenturgründer weiter"
        if view.pos(first) == "DET" or view.tokens[first].text[:1].isupper():
            return view.span_text(first, last)
    return None


def statement_noun(view: ArticleView, frames, t: int) -> str | None:
    """``die Ankündigung des Unternehmens, Tausende Stellen zu schaffen``: a noun of stating with
    its owner, whose content (after a comma, a colon or ``dass``) holds the number ``t``."""
    s = view.sentences[view.sentence_of[t]]
    for n in range(s.first_token, t - 2):
        if view.tokens[n].text.lower() not in frames.statement_nouns:
            continue
        if view.tokens[n + 1].text == ":":
            return view.tokens[n].text  # "liegt an den Umfragen: Die ÖVP könnte mit 29 Prozent ..."
        if view.tokens[n + 1].text.lower() not in frames.owner_marks:
            continue
        owner = next((j for j in range(n + 2, min(n + 6, t)) if view.pos(j) in ("NOUN", "PROPN")), None)
        if owner is None:
            continue
        while owner + 1 < t and (view.pos(owner + 1) == "PROPN" or view.mention_at[owner + 1] >= 0):
            owner += 1  # "des Konzerns Siemens"
        between = [view.tokens[j].text.lower() for j in range(owner + 1, t)]
        if between and between[0] in frames.content_marks:
            return view.span_text(n, owner)
    return None


def data_owner(view: ArticleView, frames, si: int, before: int | None = None, nouns=None,
               reach: int = 6) -> str | None:
    """``Zahlen des Innenministeriums``, ``den offiziellen Zahlen von Google``: a noun for published
    numbers (``nouns``, by default ``data_nouns``) with a named owner (an organization or person the
    recognizer found) in sentence ``si``, before token ``before`` where given; the phrase from the noun
    to the owner, or None."""
    s = view.sentences[si]
    last = s.last_token if before is None else before
    nouns = frames.data_nouns if nouns is None else nouns
    for n in range(s.first_token, last - 2):
        if view.tokens[n].text.lower() not in nouns or view.tokens[n + 1].text.lower() \
                not in frames.owner_marks:
            continue
        for j in range(n + 2, min(n + reach, last)):
            mi = view.mention_at[j]
            if view.pos(j) == "NOUN" and _body(frames, view.tokens[j].text):
                return view.span_text(n, j)
            if mi >= 0 and view.mentions[mi].label in ("ORG", "PER"):
                while j + 1 < last and view.mention_at[j + 1] == mi:
                    j += 1
                return view.span_text(n, j)
            if view.pos(j) not in ("DET", "ADJ", "NOUN", "PROPN") and not (
                    view.pos(j) == "VERB" and view.tokens[j].text.islower() and view.tokens[j].text.endswith("en")):
                break  # past an attributive participle ("der den Rebellen nahestehenden Beobachtungsstelle")
    return None


def _body(frames, word: str) -> bool:
    """``Innenministeriums``, ``Bundesamtes``: a noun naming a body, in any case."""
    w = word.lower()
    return any(w.endswith(e) or w.endswith(e + "s") or w.endswith(e + "es") for e in frames.body_endings)


def trailing_frame(view: ArticleView, frames, si: int) -> str | None:
    """``..., berichtet Heise.``, ``..., heißt es in der Klagsschrift, die ...``, ``..., geht aus dem
    Antrag hervor``: a frame verb right after the sentence's last comma but its own, with no content of
    its own, covers all the sentence before it; its source read from the words, wherever the parser
    hung the clause."""
    s = view.sentences[si]
    for k in range(s.first_token + 2, s.last_token - 2):
        v = k + 1
        if view.tokens[k].text != "," or view.tokens[v].text[:1].isupper() or not (
                view.pos(v) in ("VERB", "AUX") or _weak_form(frames, view.tokens[v].text)):
            continue  # "..., berichteten/ADJ Belgrader Medien": a frame verb the tagger took for an adjective
        end = next((j for j in range(v + 1, s.last_token) if view.tokens[j].text in (",", ";", ":", ".", "!", "?")),
                   s.last_token)
        if any(view.pos(j) == "NUM" and not _hyphened(view, j) or view.tokens[j].text.lower() in frames.content_marks
               for j in range(v + 1, end)):
            continue  # "..., bestätigte die Polizei 300 Festnahmen": a frame with its own content
        lemma = _trailing_lemma(view, frames, v, end)
        preps = [prep for verb, prep in frames.from_verbs if verb == lemma]
        if preps:
            found = _prep_phrase_in_clause(view, frames, v, preps)
        elif lemma in frames.verbs and lemma not in frames.content_verbs and not _reflexive(view, v):
            # not "..., spricht Klartext": "sprechen" frames only with its content, which no trailing frame has
            found = _subject_after(view, frames, v, end)
        else:
            continue
        if found:
            return found
    return None


@lru_cache(maxsize=4)
def _weak_forms(frames) -> dict[str, str]:
    """The finite forms of the weak frame verbs (present and preterite, third person: ``berichtet``,
    ``berichtete``, ``berichteten``), to their lemma; Duden, weak conjugation."""
    out = {}
    for lemma in frames.verbs:
        stem = lemma[:-2] if lemma.endswith("en") else lemma[:-1]
        for end in ("t", "te", "ten", "et", "ete", "eten"):
            out.setdefault(stem + end, lemma)
    return out


def _weak_form(frames, word: str) -> str | None:
    return _weak_forms(frames).get(word.lower())


def _trailing_lemma(view: ArticleView, frames, v: int, end: int) -> str:
    """The frame lemma of verb ``v`` with a particle closing its clause (``geht ... hervor``)."""
    lemma = source_lemma(view, frames, v)
    if view.pos(v) not in ("VERB", "AUX") and _weak_form(frames, view.tokens[v].text):
        return _weak_form(frames, view.tokens[v].text)
    listed = frames.verbs | {verb for verb, _ in frames.from_verbs}
    if lemma in listed:
        return lemma
    last = end - 1
    joined = view.tokens[last].text.lower() + view.lemma(v).lower()
    return joined if last > v and view.tokens[last].text.isalpha() and joined in listed else lemma


def _subject_after(view: ArticleView, frames, v: int, end: int) -> str | None:
    """The subject right after the verb of a trailing frame, past ``es``, adverbs and times: a name
    or a noun phrase (``Belgrader Medien``, ``die Zeitung USA Today``); a pronoun stands for the
    person named before."""
    j = v + 1
    while j < end and (view.pos(j) == "ADV" or view.timex_at[j] >= 0 or view.tokens[j].text.lower() == "es"
                       or view.pos(j) == "ADP" and j + 1 < end and view.timex_at[j + 1] >= 0):
        j += 1
    if j >= end:
        return None
    word = view.tokens[j].text.lower()
    if word in frames.person_pronouns:
        if view.feature(j, "Number") == "Plur":
            return None  # "sagten sie": no one person
        return _pronoun_antecedent(view, frames, j)
    if word in frames.not_sources and view.pos(j) == "PRON" or view.pos(j) == "ADP":
        return None
    head = j
    while head < end and view.pos(head) in ("DET", "ADJ"):
        head += 1
    if head >= end or view.pos(head) not in frames.nominal_pos and view.mention_at[head] < 0:
        return None
    last = head
    while last + 1 < end and (view.pos(last + 1) == "PROPN" or view.mention_at[last + 1] >= 0
                              or view.tokens[last + 1].text[:1].isupper() and view.pos(last + 1) == "NOUN"):
        last += 1  # "die Zeitung USA Today"
    if when_or_how_much(frames, view.tokens[head].text, view.lemma(head)) or view.timex_at[head] >= 0:
        return None
    return _trimmed(view, list(range(j, last + 1)))


def laut_phrase(view: ArticleView, frames, si: int) -> str | None:
    """``Laut dem für Terrorismus zuständigen Staatsanwalt François Molins habe es ...``: the phrase of
    ``laut``/``gemäß`` read from the parse where it is too long for the sentence's own patterns."""
    s = view.sentences[si]
    for k in range(s.first_token, s.last_token - 1):
        if view.tokens[k].text.lower() not in frames.source_preps or view.dep(k) != "case":
            continue
        h = view.head(k)
        while view.timex_at[h] >= 0 and view.head(h) > h and view.pos(view.head(h)) in frames.nominal_pos:
            h = view.head(h)  # "laut einem am Montag veröffentlichten Bericht" with "laut" hung on the time
        found = _phrase(view, frames, h) if h > k and view.sentence_of[h] == si \
            and view.pos(h) in frames.nominal_pos and view.tokens[h].text[:1].isupper() else None
        if found:
            return found
        found = _phrase_after(view, frames, k)
        if found:
            return found
    return None


def _phrase_after(view: ArticleView, frames, k: int) -> str | None:
    """The noun phrase after preposition ``k`` read from the words: up to the verb or comma that ends
    it (past attributive participles, ``zuständigen``), its last run of nouns and names with the
    adjectives before it (``französischen Staatsanwalt François Molins``)."""
    s = view.sentences[view.sentence_of[k]]
    end = k + 1
    noun = False
    while end < s.last_token and end < k + 12 and view.tokens[end].text not in (",", ".", ";", ":", "(", "–") \
            and (view.pos(end) not in ("VERB", "AUX") or view.tokens[end].text.islower()
                 and view.pos(end + 1) in ("ADJ", "NOUN", "PROPN")) \
            and not (noun and view.pos(end) == "ADP" and view.tokens[end].text.lower() not in frames.owner_marks):
        noun = noun or view.pos(end) in ("NOUN", "PROPN")
        end += 1  # past "für Terrorismus" inside the attribute, up to "für die Times" after the noun
    last = end - 1
    if last <= k or view.pos(last) not in ("NOUN", "PROPN") or view.timex_at[last] >= 0:
        return None  # "laut einem am Montag ...": a time names no one
    first = last
    while first - 1 > k and view.pos(first - 1) in ("NOUN", "PROPN") and view.tokens[first - 1].text[:1].isupper():
        first -= 1
    while first - 1 > k and view.pos(first - 1) == "ADJ":
        first -= 1
    if last - first + 1 > frames.max_words or any(view.pos(j) == "NUM" for j in range(first, last + 1)):
        return None
    return view.span_text(first, last)


def placed_source(view: ArticleView, frames, si: int, before: int | None = None) -> str | None:
    """``In einer Umfrage des Verbandes Bitkom sagten 25 Prozent ...``, ``In Justizkreisen war von acht
    Toten die Rede``: a survey or a circle of informants the clause is placed in, with its owner;
    ``before``: the number, which must stand in the same clause after it."""
    s = view.sentences[si]
    last = s.last_token if before is None else before
    survey_endings = tuple(e + end for e in frames.survey_nouns for end in frames.noun_endings)
    circle_endings = tuple(frames.circle_nouns)
    for n in range(s.first_token + 1, last):
        word = view.tokens[n].text.lower()
        survey = word.endswith(survey_endings)
        circle = word.endswith(circle_endings) and not any(x in word for x in frames.circle_excluded)
        if not (survey or circle) or view.pos(n) not in ("NOUN", "PROPN"):
            continue
        p = n - 1
        while p > s.first_token and p > n - 8 and (view.pos(p) in ("DET", "ADJ", "ADV") or view.timex_at[p] >= 0
                                                   or view.pos(p) == "ADP" and view.timex_at[p + 1] >= 0):
            p -= 1  # "einer am Montag veröffentlichten Umfrage"
        if view.tokens[p].text.lower() not in (frames.survey_preps if survey else frames.circle_preps):
            continue
        if before is not None and any(view.tokens[j].text in (",", ";", ":") for j in range(n, before)):
            continue  # another clause
        if survey and before is not None and _done_by_subject(view, frames, before):
            continue  # "In einer Studie testeten die Forscher 1.135 Proben": the study's own design
        first = n
        while circle and view.pos(first - 1) == "ADJ":
            first -= 1  # "ägyptischen Justizkreisen"
        end = n
        if n + 1 < last and view.tokens[n + 1].text.lower() in frames.owner_marks:
            j = n + 2
            while j < last and j < n + 7 and view.pos(j) in ("DET", "ADJ", "NOUN", "PROPN") \
                    and not (before is not None and j >= before):
                j += 1
            if j > n + 2 and view.pos(j - 1) in ("NOUN", "PROPN"):
                end = j - 1
        return view.span_text(first, end)
    return None


def trailing_circle(view: ArticleView, frames, si: int, t: int) -> str | None:
    """``Die Firma will 200 Stellen streichen, ist aus Unternehmenskreisen zu hören``: a circle of
    informants in a clause after the number's, past a comma, with no number of its own."""
    s = view.sentences[si]
    commas = [k for k in range(t + 1, s.last_token) if view.tokens[k].text == ","]
    if not commas:
        return None
    start = commas[-1] + 1  # the sentence's last clause
    if any(view.pos(k) == "NUM" for k in range(start, s.last_token)) \
            or not any(view.pos(k) in ("VERB", "AUX") for k in range(start, s.last_token)):
        return None  # "..., auch aus Kreisen der Wirtschaft": no clause that says where it was heard
    for n in range(start + 1, s.last_token):
        word = view.tokens[n].text.lower()
        if not word.endswith(tuple(frames.circle_nouns)) or any(x in word for x in frames.circle_excluded) \
                or view.pos(n) not in ("NOUN", "PROPN"):
            continue
        p = n - 1
        while p > start and view.pos(p) in ("ADJ", "ADV", "DET"):
            p -= 1  # "aus gut informierten Kreisen"
        if view.tokens[p].text.lower() in frames.circle_preps:
            return view.span_text(p + 1, n)
    return None


def _done_by_subject(view: ArticleView, frames, t: int) -> bool:
    """The clause of number ``t`` has a subject of its own that neither holds the number nor measures
    it (``testeten die Forscher 1.135 Proben``): it tells what someone did, not what was found."""
    v = t
    for _ in range(8):
        if view.pos(v) in ("VERB", "AUX") or view.head(v) == v:
            break
        v = view.head(v)
    if view.pos(v) != "VERB" or view.lemma(v).lower() in frames.result_verbs:
        return False  # no verb, a copula ("war von 300 Toten die Rede") or a result ("kommt auf 33 Prozent")
    subj = view.subject(v)
    return subj is not None and t not in view.subtree(subj) \
        and not when_or_how_much(frames, view.tokens[subj].text, view.lemma(subj)) \
        and view.tokens[subj].text.lower() not in frames.not_sources


def relative_source(view: ArticleView, frames, t: int) -> str | None:
    """``eine Umfrage eines russischen Instituts, derzufolge sich 93 Prozent ... ausgesprochen hätten``,
    ``verweist auf eine Studie, wonach 30 Prozent ...``: a relative clause of ``zufolge`` or ``wonach``
    before the number reports what the noun before its comma says."""
    s = view.sentences[view.sentence_of[t]]
    for k in range(t - 1, s.first_token, -1):
        word = view.tokens[k].text.lower()
        apart = word in frames.relatives and view.tokens[k + 1].text.lower() == "zufolge"
        if not (word in frames.relative_post or apart) or view.tokens[k - 1].text != ",":
            continue
        h = next((j for j in range(k - 2, max(k - 5, s.first_token - 1), -1) if view.pos(j) in frames.nominal_pos),
                 None)  # "legte einen Bericht vor, dem zufolge": past the particle
        if h is None:
            return None
        while view.head(h) != h and view.head(h) < h and view.pos(view.head(h)) in frames.nominal_pos \
                and view.dep(h).startswith("nmod"):
            h = view.head(h)  # "eines russischen Instituts" up to "Umfrage"
        if word == frames.relative_content and not _stating_noun(frames, view.tokens[h].text):
            return None  # "der Vorschlag, wonach die Autos 20 Zentimeter breiter werden": its content, no report
        v = view.head(h)
        if view.dep(h) == "obj" and v < h and _is_frame(view, frames, v):
            found = frame_source(view, frames, v)
            if found:  # "Ein Sprecher bestätigte einen Bericht, wonach ...": who confirms it vouches for it
                return found
        found = _phrase(view, frames, h)
        if found and _unnamed(frames, found):
            return None  # "korrigierte frühere Angaben, wonach 176 ...": statements of no one named
        return found
    return None


def _stating_noun(frames, word: str) -> bool:
    """``Studie``, ``Medienberichte``, ``Angaben``: a noun of stating or reporting
    (``frames.statement_nouns``, ``frames.survey_nouns``), compounds and plurals included."""
    w = word.lower()
    return any(w.endswith(n + e) for n in frames.statement_nouns | set(frames.survey_nouns)
               for e in frames.noun_endings)


def own_source(view: ArticleView, frames, t: int) -> str | None:
    """``Nach eigenen Angaben hat das Unternehmen 500 Mitarbeiter``: the subject of the number's clause."""
    si = view.sentence_of[t]
    k = t
    for _ in range(12):
        if view.pos(k) in ("VERB", "AUX"):
            subjects = [view.subject(k)] + [c for c in view.children[k] if view.dep(c) == "nsubj"]
            subjects = [c for c in subjects if c is None or not _dateline(view, c)]
            found = next((found for c in subjects if c is not None and view.tokens[c].text.lower()
                          not in frames.not_sources and (found := _phrase(view, frames, c))), None)
            return _without_own(frames, found) if found else None
        h = view.head(k)
        if h == k or view.sentence_of[h] != si:
            return None
        k = h
    return None


def _without_own(frames, phrase: str) -> str:
    """``die Ermittler nach eigenen Angaben``, as the parser hung it: the subject without the phrase."""
    words = phrase.split()
    cut = next((i for i in range(1, len(words) - 1) if words[i + 1].lower() in frames.own_marks), len(words))
    return " ".join(words[:cut])


def names_own(frames, phrase: str) -> bool:
    return any(w.lower() in frames.own_marks for w in phrase.split())


def same_paragraph(view: ArticleView, a: int, b: int) -> bool:
    lo, hi = sorted((a, b))
    return "\n" not in view.text[view.sentences[lo].start:view.sentences[hi].start]


# The mark interview_labels puts on a sentence with the report's credit line: no answer runs past it.
_CREDITED = "-"


def interview_labels(view: ArticleView, frames=None) -> list[str | None]:
    """For every sentence, the speaker label it opens with (``Garrone: ...``), or None; all None
    when the article is no interview (fewer than two labelled sentences). A sentence with the
    report's credit line (``(red, 4.8.2015)``, ``frames.credit_line``) is marked ``_CREDITED``."""
    labels = [_label(view, i) for i in range(len(view.sentences))]
    if sum(1 for x in labels if x) < 2:
        return [None] * len(labels)
    if frames is not None and frames.credit_line:
        credit = _credit_re(frames.credit_line)
        for i, s in enumerate(view.sentences):
            a, b = view.tokens[s.first_token].start, view.tokens[s.last_token - 1].end
            if labels[i] is None and credit.search(view.text, a, b):
                labels[i] = _CREDITED
    return labels


@lru_cache(maxsize=4)
def _credit_re(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern)


def interview_speaker(labels: list[str | None], si: int) -> str | None:
    """The label of the interview answer sentence ``si`` belongs to; None for the outlet's
    questions (a label in capitals: ``STANDARD:``) and after the report's credit line."""
    for i in range(si, -1, -1):
        if labels[i] == _CREDITED:
            return None
        if labels[i]:
            return None if labels[i].isupper() else labels[i]
    return None


def _outlet_asks(labels: list[str | None], si: int) -> bool:
    """Sentence ``si`` belongs to a question of the outlet (a label in capitals)."""
    return next((lab.isupper() for lab in reversed(labels[:si + 1]) if lab), False)


def _label(view: ArticleView, si: int) -> str | None:
    s = view.sentences[si]
    for n in (1, 2, 3):
        colon = s.first_token + n
        if colon >= s.last_token or view.tokens[colon].text != ":":
            continue
        words = range(s.first_token, colon)
        if all(view.tokens[k].text[:1].isupper() and (view.pos(k) == "PROPN" or view.mention_at[k] >= 0
                                                    or view.tokens[k].text.isupper()) for k in words):
            return view.span_text(s.first_token, colon - 1)
    return None


def attribute(view: ArticleView, frames, figures: list[Figure], quotes=(), phrase_in=None,
              is_number=None, statements=()) -> list[Figure]:
    """Attribution for figures whose own sentence has no phrase: from a quote, the parse, then the
    paragraph. ``phrase_in(sentence)`` gives the attribution phrase of a sentence (``laut X``), and
    ``is_number(word)`` tells a numeral; both come from ``chronik.extract.figures``."""
    labels = None
    counted = {f.sentence for f in figures  # sentences with a number that is no date
               if view.timex_at[_number_token(view, f, is_number)] < 0}
    out = []
    for fig in figures:
        if fig.attribution and _names_no_one(frames, fig.attribution):
            fig = replace(fig, attribution=None)  # "die Monate Jänner" taken for a subject by pattern
        speaker = _quoted_by(quotes, fig)
        if speaker and fig.attribution and fig.attribution not in _quote_text(view, quotes, fig):
            fig = replace(fig, attribution=speaker)  # "Laut Polizei sagte der Zeuge: „... 20 Schüsse ...“"
        if fig.attribution is None and out and out[-1].attribution \
                and view.text[out[-1].end:fig.start].strip() == "(":
            fig = replace(fig, attribution=out[-1].attribution)  # "500 Millionen Dollar (450,86 Mio. Euro)"
        if fig.attribution is None and 0 <= fig.sentence < len(view.sentences):
            if labels is None:
                labels = interview_labels(view, frames)
            found = _quoted_by(quotes, fig) or gapped_subject(view, frames, _number_token(view, fig, is_number)) \
                or _source(view, frames, fig, labels, phrase_in, is_number) \
                or _announced(view, frames, fig, counted, is_number) or _speaking(view, frames, statements, fig, labels)
            if found and not _names_no_one(frames, found):
                fig = replace(fig, attribution=found)
        elif fig.attribution and 0 <= fig.sentence < len(view.sentences) \
                and (gapped := gapped_subject(view, frames, _number_token(view, fig, is_number))):
            fig = replace(fig, attribution=gapped)  # "Die Veranstalter sprachen von 20.000, die Polizei von 8.000"
        elif fig.attribution and names_own(frames, fig.attribution):
            found = own_source(view, frames, _number_token(view, fig, is_number))
            if found:
                fig = replace(fig, attribution=found)
        elif fig.attribution and _unnamed(frames, fig.attribution) and 0 <= fig.sentence < len(view.sentences) \
                and (points_back(view, frames, fig.sentence) or _anaphoric(frames, fig.attribution)):
            found = _named_before(view, frames, fig.sentence, phrase_in)
            if found:  # "Die Polizei habe demnach nach vorläufigen Erkenntnissen 921 Delikte registriert"
                fig = replace(fig, attribution=found)
        out.append(fig)
    return out


def gapped_subject(view: ArticleView, frames, t: int) -> str | None:
    """``Die Veranstalter sprachen von 20.000 Teilnehmern, die Polizei von 8.000.``: a second clause
    after a comma that leaves out the frame verb (gapping) has a subject of its own, a bare noun
    phrase the parser hangs on the verb, and the number in a phrase with a preposition hung on it."""
    k = t
    for _ in range(3):
        h = view.head(k)
        if h == k or view.sentence_of[h] != view.sentence_of[t]:
            return None
        if view.pos(h) in frames.nominal_pos and view.dep(h) in ("appos", "conj", "orphan") \
                and view.dep(k).split(":")[0] in ("nmod", "obl") and _marker(view, k) is not None \
                and _marker(view, h) is None and h < k:
            v = view.head(h)
            first = min(j for j in view.subtree(h) if view.pos(j) != "PUNCT")
            if first > 0 and view.tokens[first - 1].text == "," and view.pos(v) in ("VERB", "AUX") \
                    and _is_frame(view, frames, v) and v < first:
                return _phrase(view, frames, h, before=min(view.subtree(k)))
            return None
        k = h
    return None


def _unnamed(frames, phrase: str) -> bool:
    """``nach vorläufigen Erkenntnissen``, ``nach diesen Angaben``, ``Den Angaben zufolge``: a noun of
    stating with no one named after it."""
    words = [w.strip(",.") for w in phrase.split() if w.lower() != frames.continuation_post]
    return bool(words) and words[-1].lower() in frames.claim_nouns | frames.unnamed_nouns


def _anaphoric(frames, phrase: str) -> bool:
    """``nach diesen Angaben``, ``Den Angaben zufolge``, ``Seinen Angaben zufolge``: the phrase points to
    statements named before."""
    return any(w.lower() in frames.demonstratives | frames.definite_dets | frames.relatives | frames.possessives
               for w in phrase.split())


def _named_before(view: ArticleView, frames, si: int, phrase_in) -> str | None:
    """The first source named in the sentences before ``si`` in its paragraph, passing over those that
    give no name themselves but point further back."""
    for back in range(si - 1, max(si - 1 - frames.max_back, -1), -1):
        if not same_paragraph(view, back, si):
            break
        found = _stated_in(view, frames, back, phrase_in)
        if found and not _unnamed(frames, found) and not _names_no_one(frames, found):
            return found
        if not found and not points_back(view, frames, back):
            break
    return None


def _stated_in(view: ArticleView, frames, si: int, phrase_in) -> str | None:
    """The source sentence ``si`` names for all it says, as a sentence pointing back to it takes it up:
    its phrase (``laut X``), a frame verb, or a frame closing it read from the words where the parse
    fails (``..., so X``, ``..., berichteten/ADJ israelische Medien``, ``..., wie X mitteilte``)."""
    found = (phrase_in(si) if phrase_in else None) or laut_phrase(view, frames, si)
    parsed = sentence_frame(view, frames, si)
    if found and parsed and len(found.split()) == 1 and found in parsed.split():
        return parsed  # "sagte der Chef der Internet-Polizei (IIP), Kamal Hadiafar": the word's whole phrase
    return found or parsed or trailing_so(view, frames, si) or trailing_frame(view, frames, si) \
        or wie_clause(view, frames, si)


def _names_no_one(frames, phrase: str) -> bool:
    """A phrase headed by a noun of time or measure (``die Monate Jänner``) names no source."""
    head = phrase_head(frames, phrase)
    return head is not None and when_or_how_much(frames, head)


def _quote_text(view: ArticleView, quotes, fig: Figure) -> str:
    """The words of the direct quote the figure stands in ("" when none)."""
    for q in quotes:
        if q.start <= fig.start and fig.end <= q.end:
            return view.text[q.start:q.end]
    return ""


def _quoted_by(quotes, fig: Figure) -> str | None:
    """The speaker of the direct quote the figure stands in, when the text names one."""
    for q in quotes:
        if q.start <= fig.start and fig.end <= q.end and q.speaker_name and q.speaker_basis == "text":
            return q.speaker_name
    return None


def _source(view: ArticleView, frames, fig: Figure, labels, phrase_in, is_number) -> str | None:
    si = fig.sentence
    number = _number_token(view, fig, is_number)
    found = relative_source(view, frames, number) or source_above(view, frames, number) \
        or before_colon(view, frames, number) \
        or statement_noun(view, frames, number) or trailing_so(view, frames, si) \
        or verb_then_name(view, frames, number) or wie_clause(view, frames, si) \
        or trailing_frame(view, frames, si) or placed_source(view, frames, si, before=number) \
        or trailing_circle(view, frames, si, number) \
        or laut_phrase(view, frames, si)
    if found:
        return found
    found = interview_speaker(labels, si)
    if found:
        return found
    if _outlet_asks(labels, si):
        return None  # the outlet's question ("STANDARD: Sie haben 300 ...") quotes no one before it
    if _says_demnach(view, frames, si):
        s = view.sentences[si]
        colon = next((k for k in range(number - 1, s.first_token, -1) if view.tokens[k].text == ":"), None)
        found = _main_subject(view, frames, si, before=colon) if colon is not None else None
        if found:
            return found
    if points_back(view, frames, si) and (_restates(view, frames, si) or reports_around(view, frames, number)):
        for back in range(si - 1, max(si - 1 - frames.max_back, -1), -1):
            if not same_paragraph(view, back, si):
                break
            found = _stated_in(view, frames, back, phrase_in)
            if not found and back == si - 1 and _says_demnach(view, frames, si) \
                    and not points_back(view, frames, back) and not _hearsay(view, frames, back):
                found = _main_subject(view, frames, back)  # not "... seien neun Soldaten getötet worden"
            found = found or placed_source(view, frames, back)  # after who: "kommt X in ihrem Bericht"
            if found and _unnamed(frames, found) and points_back(view, frames, back):
                found = _named_before(view, frames, back, phrase_in) or found
            if found:
                return found
            if not points_back(view, frames, back):
                break
    found = announced_by_colon(view, frames, si, number)
    if found:
        return found
    if si + 1 < len(view.sentences) and same_paragraph(view, si, si + 1):
        return covers_previous(view, frames, si + 1) or reported_after_lead(view, frames, si, phrase_in)
    return None


def reported_after_lead(view: ArticleView, frames, si: int, phrase_in=None) -> str | None:
    """``Teheran – Die Polizei hat 53 Anhänger des IS festgenommen. Die Inhaftierten hätten ...
    versucht, ..., sagte der Chef der Polizei.``: a news lead (the sentence after the dateline) states
    what the report after it gives in indirect speech, when that report's subject takes up what the
    lead counted (a definite plural with no number of its own: ``Die Inhaftierten``, ``Die Opfer``);
    the frame of that report is the source."""
    if not _dateline(view, view.sentences[si].first_token):
        return None
    nxt = view.sentences[si + 1]
    for k in range(nxt.first_token, nxt.last_token):
        forms = frames.subjunctive | frames.hypothetical
        if not (_konjunktiv(view, forms, k) or _konjunktiv_two(view, k)) or _governed(view, frames, k, forms):
            continue
        v = view.head(k) if view.dep(k).startswith(("aux", "cop")) else k
        subj = view.subject(v)
        if subj is None or view.feature(subj, "Number") != "Plur" or view.pos(subj) not in frames.nominal_pos:
            return None
        phrase = sorted(view.subtree(subj, _PHRASE_STOP))
        if view.tokens[phrase[0]].text.lower() not in frames.definite_dets - frames.demonstratives \
                or any(view.pos(j) == "NUM" for j in phrase):
            return None
        return _stated_in(view, frames, si + 1, phrase_in)
    return None


def announced_by_colon(view: ArticleView, frames, si: int, t: int) -> str | None:
    """``Die Polizei zog am Montag Bilanz: 120 Anzeigen, ...``, ``Das Statistikamt teilte mit:`` and
    a new paragraph of numbers: a clause that ends with a colon and announces what follows (a frame
    verb with no content of its own, or a verb whose object is a report or numbers) gives the figures
    after the colon: in its own sentence, the sentence right after it, or the paragraph it opens."""
    s = view.sentences[si]
    colon = next((k for k in range(t - 1, s.first_token, -1) if view.tokens[k].text == ":"), None)
    if colon is not None:
        return _colon_frame(view, frames, si, colon)
    back = si - 1
    if back < 0:
        return None
    if same_paragraph(view, back, si) or view.tokens[view.sentences[back].last_token - 1].text != ":":
        first = si  # a sentence further into a paragraph that a colon before it opens
        while first > 0 and same_paragraph(view, first - 1, si):
            first -= 1
        if first == si or first == 0 or same_paragraph(view, first - 1, first):
            return None
        back = first - 1
    end = view.sentences[back].last_token - 1
    if view.tokens[end].text != ":":
        return None
    return _colon_frame(view, frames, back, end)


def _colon_frame(view: ArticleView, frames, si: int, colon: int) -> str | None:
    """The source a clause ending with the colon ``colon`` announces, or None."""
    s = view.sentences[si]
    start = next((j + 1 for j in range(colon - 1, s.first_token - 1, -1) if view.tokens[j].text in (":", ";")),
                 s.first_token)
    for v in range(start, colon):
        if view.pos(v) not in ("VERB", "AUX") or (start <= view.head(v) < colon and view.head(v) != v):
            continue  # the clause's main verb only, not one of its subordinate clauses
        if _is_frame(view, frames, v) and not _says_its_own(view, frames, v):
            found = frame_source(view, frames, v)
            if found:
                return found
        nouns = frames.data_nouns | frames.statement_nouns | frames.colon_nouns
        if any(view.dep(c).split(":")[0] in ("obj", "obl") and _marker(view, c) is None  # "Bilanz/obl"
               and view.tokens[c].text.lower() in nouns for c in view.children[v] if c < colon):
            subj = view.subject(v)
            if subj is not None and start <= subj < colon and view.tokens[subj].text.lower() not in frames.not_sources \
                    and not view.in_dateline(subj) and view.lemma(subj).lower() not in frames.measure_nouns:
                return _phrase(view, frames, subj)
    return None


def _announced(view: ArticleView, frames, fig: Figure, counted: set[int], is_number) -> str | None:
    """The owner of published numbers named before the figure in its sentence, or in the sentence
    before when that one gives no number of its own (``..., und dies schlägt sich in den offiziellen
    Zahlen von Google nieder. Aktuell läuft Android 6.0 auf 1,2 Prozent ...``)."""
    si = fig.sentence
    found = data_owner(view, frames, si, before=_number_token(view, fig, is_number))
    if found is None and si > 0 and si - 1 not in counted and same_paragraph(view, si - 1, si):
        found = data_owner(view, frames, si - 1)
    return found


def _number_token(view: ArticleView, fig: Figure, is_number) -> int:
    """The token of the figure's first number (after "mehr als", "rund")."""
    k = view.token_at(fig.start)
    while k < len(view.tokens) and view.tokens[k].start < fig.end:
        if is_number is not None and is_number(view.tokens[k].text):
            return k
        k += 1
    return view.token_at(fig.start)


def _speaking(view: ArticleView, frames, statements, fig: Figure, labels) -> str | None:
    """``Die Klimakonferenz sei eine schwierige Angelegenheit, hier geht es um tausende Arbeitsplätze.``:
    a figure in a sentence of reported speech (Konjunktiv I, first person) that goes on from a frame
    before it, too far back for the paragraph rules, is what the statement extractor carried its
    speaker over (``speaker_basis: carried``; or a speaker label before a colon, ``Fischer: ...``).
    The reported speech must be the figure's own part of the sentence (not ``nur sollte er 35.000
    Dollar zurückzahlen: Das Amt habe ...``)."""
    si = fig.sentence
    if _outlet_asks(labels, si) or not reports_around(view, frames, view.token_at(fig.start)):
        return None  # "STANDARD: Wir haben 300 Fragen": the outlet's question quotes no one
    for st in statements:
        if not (st.start <= fig.start and fig.end <= st.end) or not st.speaker_name:
            continue
        carried = st.kind in ("indirect", "direct") and st.speaker_basis == "carried"
        labelled = st.kind == "direct" and st.cue == ":" and st.speaker_basis == "text"
        if not (carried or labelled) or st.speaker_start == 0:
            return None  # a headline's kicker ("Literaturprojekt Crowd: Von Helsinki ...") is no speaker
        words = st.speaker_name.split()
        place = any(m.label == "LOC" and m.text == st.speaker_name for m in view.mentions)
        if words[0].lower() in frames.oblique_articles or any(ch.isdigit() for ch in st.speaker_name) \
                or _names_no_one(frames, st.speaker_name) or place:
            return None  # "einen Gesetzesentwurf", "acht Zähler", a place ("Kongo"): a misread speaker
        return _full_name(view, st.speaker_name)
    return None


def reports_around(view: ArticleView, frames, t: int) -> bool:
    """The part of token ``t``'s sentence between colons reports someone (Konjunktiv, ``demnach``, the
    first person): ``nur sollte er 35.000 Dollar zurückzahlen: Das Amt habe ...`` reports no one for
    the number before the colon."""
    s = view.sentences[view.sentence_of[t]]
    first = next((k + 1 for k in range(t - 1, s.first_token - 1, -1) if view.tokens[k].text == ":"), s.first_token)
    last = next((k for k in range(t, s.last_token) if view.tokens[k].text == ":"), s.last_token)
    # "demnach" covers the whole sentence ("Jüngere wählen demnach diesen Weg: Bei den Jungen sind es 41 Prozent")
    return _says_demnach(view, frames, view.sentence_of[t]) \
        or _subjunctive_in(view, frames, first, last, hypothetical=True, main=True) \
        or any(view.tokens[k].text.lower().rstrip(".") in frames.direct_marks for k in range(first, last))


def _full_name(view: ArticleView, name: str) -> str:
    """A person's name as the article gives it in full (``Eduardo`` -> ``Eduardo Paes``)."""
    return next((m.text for m in view.mentions if m.label == "PER" and m.text.startswith(name + " ")), name)
