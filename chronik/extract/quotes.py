"""Direct quotes and who said them.

Rules over characters and tokens, no parser:

1. Quotation marks are paired in one left-to-right scan (``„…“``, ``»…«``,
   ``«…»``, ``"…"``, ``“…”``, ``‚…‘``); a quote never crosses a line break.
2. Each quote looks for its frame, in this order: a frame verb right after it
   (``"…", sagte X``; ``"…", so X``; verb-final ``als "…" lobte``), a colon
   frame before it (``X erklärte: "…"``), a reporting verb elsewhere in the
   sentence (``X versicherte, dass … "…"``; ``"…" habe …, schrieb X``), a
   channel alone (``laut X``, ``X zufolge``), and last the speaker of the
   quote or reporting frame in the two sentences before (a quote that goes
   on in the next sentence).
3. The subject of a frame verb is found by German word order: in the
   prefield (``Müller erklärte``) unless the sentence starts with a preposition
   (``Auf X schrieb Müller``), else right after the verb; noun
   phrases governed by a preposition are skipped.
4. Pronouns (``er``) resolve to the latest person that was the subject of a
   reporting frame; role nouns (``der Kremlchef``) to the name they stood
   beside earlier in the text, else like pronouns. Names are expanded to the
   longest form the text gives (``Müller`` -> ``Anna Müller``).

Special frames: ``heißt es in X`` / ``In X heißt es`` name the document X;
a passive reporting participle names its agent (``wurde von X ... gewürdigt``);
``nach Angaben des X`` and ``seiner Ansicht nach`` name X or the pronoun's
referent; a bare plural noun can be a subject (``fragen sich Experten``); a
genitive name (``Müllers Auftrag``) is never one. A short heading ``Place:
"…"`` with no reporting verb has no speaker.

A quote woven into a sentence with no frame at all (no reporting verb, no
opinion noun, no subjunctive) is dropped when it is short or capitalised: such
quotes are terms, titles and scare quotes.

Partial quotes: a quote with words of its sentence before it (other than a
colon frame) is ``partial``. A quote of one or two words is kept only when its
sentence has a reporting frame or a channel: short quotes without one are
scare quotes, names or titles ("All-in-Rechner"). Three words is the threshold
because quoted names and titles are mostly one or two words while quoted
fragments of speech are mostly longer (checked on the Wikinews tuning half).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace

from chronik.extract.view import quote_spans
from chronik.records import Mention, Quote, Sentence, Token

# A quote with fewer words than this needs a reporting frame in its sentence.
MIN_FREE_WORDS = 3
# How far (in sentences) a quote without frame looks back for its speaker.
CONTINUATION_SENTENCES = 2
# Longest quoted name or title, in words ("die „Nürnberg Ice Tigers“").
MAX_NAME_WORDS = 8
# Most lower-case words in a quoted name ("Times of London", "Bild am Sonntag"); a quoted sentence
# has more ("Allerdings bleibt das Problem der ...").
MAX_NAME_LOWER = 1
# Longest quotation after a definite article that is a name whatever its last word ("der „Aktion
# Deutschland hilft“"); longer ones after an article are speech as often.
MAX_TITLE_AFTER_ARTICLE = 4
# How far (in characters) a subject may stand from its verb.
MAX_SUBJECT_GAP = 120
# How far (in characters) the brackets around a quoted gloss may reach from it.
MAX_GLOSS_REACH = 120
_SPEAKER_LABELS = frozenset({"PER", "ORG", "LOC"})
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_QUOTED = re.compile(r"[„“”\"«»‚‘’][^„“”\"«»]*?[„“”\"«»‚‘’](?!\w)")
_DOMAIN = re.compile(r"^[\w-]+\.(?:[a-z]{2,3}|info|online)$")
# A frameless quote woven into a plain sentence is kept only when it is
# lower-case and at least this long; shorter or capitalised ones are scare
# quotes, terms or titles ("die „documenta“", Vorträge wie „Bau der Bahn“).
MAX_TITLE_WORDS = 12


@dataclass(frozen=True, slots=True)
class _Cand:
    start: int
    end: int
    kind: str  # name, role, pronoun, np
    text: str
    label: str = ""


@dataclass(frozen=True, slots=True)
class _Speaker:
    cand: _Cand
    name: str | None
    basis: str | None
    person: bool


_NO_SUBJECT = _Cand(-1, -1, "none", "")


class _Doc:
    """Per-article indexes shared by the frame rules."""

    def __init__(self, text, tokens, sentences, mentions, lexicon, quote_spans):
        self.text = text
        self.tokens = tokens
        self.tstarts = [t.start for t in tokens]
        self.sentences = sentences
        self.sstarts = [s.start for s in sentences]
        self.lex = lexicon
        self.quote_spans = quote_spans  # (open, close) mark positions
        self.qopens = [o for o, _ in quote_spans]
        self.cands = self._candidates(mentions)
        self.cstarts = [c.start for c in self.cands]
        self.full_names = self._full_names(mentions)
        self.per_mentions = sorted((m.start, m.text) for m in mentions if m.label == "PER")
        self.per_starts = [p for p, _ in self.per_mentions]
        self.events: list[tuple[int, _Speaker]] = []  # speakers of frames, in text order
        self.role_names: list[tuple[int, str, str]] = []  # (pos, role key, name)
        for a, b in zip(self.cands, self.cands[1:]):
            if a.kind == "role" and b.kind == "name" and b.label == "PER" and text[a.end:b.start].strip() == "":
                self.role_names.append((a.start, self.role_key(a.text), b.text))

    def role_key(self, word: str) -> str:
        """``Präsidenten`` and ``Präsident`` are one role."""
        w = word.lower()
        for suf in ("en", "n", "s"):
            stem = w[: -len(suf)]
            if w.endswith(suf) and (stem in self.lex.role_nouns or stem.endswith(self.lex.role_suffixes)):
                return stem
        return w

    # -- indexes ---------------------------------------------------------
    def inside_quote(self, pos: int) -> bool:
        i = bisect_right(self.qopens, pos) - 1
        return i >= 0 and self.quote_spans[i][0] < pos < self.quote_spans[i][1]

    def sent_of(self, pos: int) -> int:
        return max(bisect_right(self.sstarts, pos) - 1, 0)

    def tok_at(self, pos: int) -> int:
        """Index of the first token starting at or after pos."""
        return bisect_left(self.tstarts, pos)

    def _candidates(self, mentions: Sequence[Mention]) -> list[_Cand]:
        lex, text = self.lex, self.text
        out: list[_Cand] = []
        names = sorted((m for m in mentions if m.label in _SPEAKER_LABELS), key=lambda m: m.start)
        taken = [(m.start, m.end) for m in names]
        for m in names:
            out.append(_Cand(m.start, m.end, "name", m.text, m.label))
        starts = [a for a, _ in taken]

        def overlaps(a: int, b: int) -> bool:
            i = bisect_right(starts, b) - 1
            return i >= 0 and taken[i][1] > a and taken[i][0] < b

        for rx, kind in ((lex.role_re, "role"), (lex.pronoun_re, "pronoun")):
            for m in rx.finditer(text):
                if not overlaps(m.start(), m.end()):
                    out.append(_Cand(m.start(), m.end(), kind, m.group()))
        out = [c for c in out if not self.inside_quote(c.start)]
        out.sort(key=lambda c: (c.start, c.end))
        return out

    def _full_names(self, mentions: Sequence[Mention]) -> dict[str, str]:
        """Short form -> longest person name in the text that contains it."""
        forms: dict[str, tuple[int, int]] = {}
        for m in mentions:
            if m.label == "PER":
                n, first = forms.get(m.text, (0, m.start))
                forms[m.text] = (n + 1, min(first, m.start))
        words_of = {f: f.split() for f in forms}
        out: dict[str, str] = {}
        for short in forms:
            sw = set(words_of[short])
            best = max(
                (f for f in forms if sw <= set(words_of[f])),
                key=lambda f: (len(words_of[f]), not f.endswith("s"), forms[f][0], -forms[f][1]),
            )
            out[short] = best
        return out

    def full_name(self, name: str) -> str:
        if name in self.full_names:
            return self.full_names[name]
        if name.endswith("s") and name[:-1] in self.full_names:
            return self.full_names[name[:-1]]
        return name

    def cands_between(self, a: int, b: int) -> list[_Cand]:
        i, j = bisect_left(self.cstarts, a), bisect_left(self.cstarts, b)
        return [c for c in self.cands[i:j] if c.end <= b]

    # -- noun phrase tests -------------------------------------------------
    def in_pp(self, cand: _Cand, floor: int) -> bool:
        """True when a preposition governs the candidate's noun phrase."""
        toks, lex = self.tokens, self.lex
        i = self.tok_at(cand.start) - 1
        if i >= 0 and cand.kind == "name" and toks[i].start >= floor and toks[i].text[:1].isupper() \
                and toks[i].text not in lex.determiners and toks[i].text not in lex.prepositions:
            i -= 1  # "Agentur DPA", "Präsident Müller"
        while i >= 0 and toks[i].start >= floor:
            w = toks[i].text
            if w[:1].islower() and w.endswith(_ADJ_ENDINGS) and w not in lex.prepositions \
                    and w not in lex.determiners:
                i -= 1
                continue
            break
        if i >= 0 and toks[i].start >= floor and toks[i].text in lex.determiners:
            i -= 1
        return i >= 0 and toks[i].start >= floor and toks[i].text in lex.prepositions

    def noun_phrase(self, ti: int, limit: int) -> _Cand | None:
        """``die Polizei``, ``das russische Außenministerium`` starting at token ti."""
        toks, lex = self.tokens, self.lex
        if ti >= len(toks) or toks[ti].text.lower() not in lex.determiners:
            return None
        j = ti + 1
        while j < len(toks) and toks[j].end <= limit and toks[j].text[:1].islower() \
                and toks[j].text.endswith(_ADJ_ENDINGS) and toks[j].text not in lex.determiners:
            j += 1
        if j < len(toks) and toks[j].end <= limit and toks[j].text[:1].isupper() and toks[j].text[0].isalpha():
            if self.inside_quote(toks[j].start):
                return None
            return _Cand(toks[ti].start, toks[j].end, "np", self.text[toks[ti].start:toks[j].end])
        return None

    def with_apposition(self, cand: _Cand, limit: int) -> _Cand:
        """A role noun followed by the name it stands for: ``Präsident Anna Müller``,
        ``Der Präsident des Verbands, Anna Müller,``."""
        if cand.kind not in ("role", "np"):
            return cand
        for nxt in self.cands_between(cand.end, min(limit, cand.end + 60)):
            gap = self.text[cand.end:nxt.start]
            if cand.kind == "np" and nxt.kind == "name" and gap == " ":
                return nxt  # "die Nachrichtenagentur AFP"
            if nxt.kind != "name" or nxt.label != "PER":
                continue
            after = self.text[nxt.end:nxt.end + 2].lstrip()[:1]
            if gap.strip() == "" or (gap.rstrip().endswith(",") and "," not in gap.rstrip()[:-1]
                                      and (after in ",:(" or nxt.end >= limit)):
                if cand.kind == "role":
                    self.role_names.append((cand.start, self.role_key(cand.text), nxt.text))
                    self.role_names.sort()
                return nxt
            break
        return cand

    # -- subjects ------------------------------------------------------------
    def genitive(self, c: _Cand) -> bool:
        """``Müllers Auftrag``, ``Frankreichs Präsident``: a possessor, not a subject."""
        if c.kind != "name" or not c.text.endswith("s"):
            return False
        j = self.tok_at(c.end)
        return j < len(self.tokens) and self.tokens[j].start == c.end + 1 and self.tokens[j].text[:1].isupper() \
            and self.tokens[j].text.isalpha() and self.tokens[j].text not in self.lex.pronouns

    def subject_after(self, verb_end: int, limit: int, allow_np: bool = True) -> _Cand | None:
        limit = min(limit, verb_end + MAX_SUBJECT_GAP)
        for c in self.cands_between(verb_end, limit):
            if self.in_pp(c, verb_end) or self.is_channel(c) or self.genitive(c):
                continue
            return self.with_apposition(c, limit)
        if not allow_np:
            return None
        ti = self.tok_at(verb_end)
        np_ = self.subject_phrase(ti, limit)
        if np_ is None and ti < len(self.tokens) and self.tokens[ti].text[:1].islower() \
                and self.tokens[ti].text not in self.lex.prepositions:
            np_ = self.subject_phrase(ti + 1, limit)  # "sagte heute die Polizei"
            if np_ is None:
                np_ = self.bare_noun(ti + 1, limit)  # "fragen sich Experten"
        if np_ is None:
            np_ = self.bare_noun(ti, limit)  # "sprechen Medienberichte"
        return self.with_apposition(np_, limit) if np_ else None

    def subject_phrase(self, ti: int, limit: int) -> _Cand | None:
        """A noun phrase that can be a subject: ``nannte seinen Platzverweis
        „überzogen“`` has its object after the verb, not its speaker."""
        if ti < len(self.tokens) and self.tokens[ti].text.capitalize() in self.lex.object_determiners:
            return None
        return self.noun_phrase(ti, limit)

    def bare_noun(self, ti: int, limit: int) -> _Cand | None:
        """A plural noun without article as subject: ``Experten``, ``Datenschützer``."""
        toks, lex = self.tokens, self.lex
        if ti >= len(toks) or toks[ti].end > limit:
            return None
        w = toks[ti].text
        if not (w[:1].isupper() and w.isalpha() and len(w) > 3) or w in lex.not_bare_subjects \
                or w in lex.prepositions or w.lower() in lex.determiners or w in lex.pronouns \
                or self.inside_quote(toks[ti].start) or not w.endswith(("er", "en", "e")):
            return None
        return _Cand(toks[ti].start, toks[ti].end, "np", w)

    def subject_before(self, clause_start: int, verb_start: int) -> _Cand | None:
        """Subject in the prefield; None when the prefield is adverbial."""
        toks, lex = self.tokens, self.lex
        ti = self.tok_at(clause_start)
        while ti < len(toks) and toks[ti].start < verb_start and not toks[ti].text[0].isalnum():
            ti += 1
        if ti >= len(toks) or toks[ti].start >= verb_start:
            return None
        if toks[ti].text in lex.prepositions or toks[ti].text in lex.object_determiners:
            return None
        for c in self.cands_between(clause_start, verb_start):
            if not self.in_pp(c, clause_start) and not self.is_channel(c) and not self.genitive(c):
                return self.with_apposition(c, verb_start)
        np_ = self.noun_phrase(ti, verb_start)
        if np_ is not None:
            return self.with_apposition(np_, verb_start)
        if ti + 1 < len(toks) and (toks[ti + 1].start >= verb_start or toks[ti + 1].text in ("der", "des")) \
                and toks[ti + 1].text not in lex.pronouns and toks[ti + 1].text != lex.impersonal_es:
            np_ = self.bare_noun(ti, verb_start)  # "Datenschützer warnten", "Vertreter der Partei sagten"
        return np_

    def is_channel(self, c: _Cand) -> bool:
        lex = self.lex
        i = self.tok_at(c.start) - 1
        while i >= 0 and (self.tokens[i].text in lex.determiners
                          or (self.tokens[i].text[:1].islower() and self.tokens[i].text.endswith(_ADJ_ENDINGS)
                              and self.tokens[i].text not in lex.prepositions)
                          or (c.kind == "name" and self.tokens[i].end + 1 >= c.start
                              and self.tokens[i].text[:1].isupper()
                              and self.tokens[i].text not in lex.channel_before)):
            i -= 1
            if i >= 0 and self.tokens[i].text in lex.channel_before:
                break
        if i >= 0 and self.tokens[i].text in lex.channel_before:
            return True
        j = self.tok_at(c.end)
        return j < len(self.tokens) and self.tokens[j].text in lex.channel_after

    def channel_in(self, a: int, b: int, exclude: _Cand | None = None) -> _Cand | None:
        """``laut X``, ``X zufolge`` or ``wie X berichtete`` inside [a, b)."""
        for c in self.cands_between(a, b):
            if c.kind != "name" or (exclude is not None and c.start == exclude.start):
                continue
            if self.is_channel(c):
                return c
            i = self.tok_at(c.start) - 1
            if i >= 0 and self.tokens[i].text.lower() == self.lex.channel_wie:
                j = self.tok_at(c.end)
                while j < len(self.tokens) and self.tokens[j].end <= b and self.tokens[j].text[:1].islower() \
                        and self.lex.verb_re.fullmatch(self.tokens[j].text) is None:
                    j += 1
                if j < len(self.tokens) and self.tokens[j].end <= b and self.lex.verb_re.fullmatch(self.tokens[j].text):
                    return c
        return None

    def frame_of_verb(self, vstart: int, vend: int, sent: Sentence, stop: int) -> _Cand | None:
        """The subject of a reporting verb at [vstart, vend) of sentence ``sent``."""
        text, lex = self.text, self.lex
        verb = text[vstart:vend]
        if verb in lex.impersonal_verbs:
            imp = self.impersonal_source(vstart, vend, sent, stop)
            if imp is not False:
                return imp
        if verb in lex.reporting_participles:
            agent = self.passive_agent(vstart, sent)
            if agent is not None:
                return agent
        before = text[sent.start:vstart].rstrip()
        if before.endswith(","):
            # ", erklärte Müller" after a clause or quote; but "Der Präsident
            # des Verbands, Müller, dankte": the comma closes an apposition.
            seg_start = before.rfind(",", 0, len(before) - 1)
            seg = before[seg_start + 1:-1].strip() if seg_start >= 0 else ""
            segc = [c for c in self.cands_between(sent.start, vstart) if c.kind == "name"]
            if seg_start >= 0 and segc and text[segc[-1].start:segc[-1].end] == seg:
                subj = self.subject_before(sent.start, vstart)
                if subj is not None:
                    return None if subj is _NO_SUBJECT else subj
            subj = self.subject_after(vend, stop)
            if subj is None:
                # "X, Vorsitzender des Verbands, sagte angesichts der Lage, ...":
                # the name opening the sentence
                first = self.cands_between(sent.start, vstart)
                if first and first[0].kind == "name" and first[0].start == self.tokens[self.tok_at(sent.start)].start:
                    subj = first[0]
            return subj
        comma = before.rfind(",")
        clause_start = sent.start + comma + 1 if comma >= 0 else sent.start
        if comma >= 0:
            # a verb-final subordinate clause ("..., der die Hilfe lobte")
            subj = self._first_subject(clause_start, vstart)
            if subj is not None:
                return subj
            if self.opens_relative_clause(clause_start):
                names = [c for c in self.cands_between(sent.start, clause_start) if c.kind == "name"]
                return names[-1] if names else None
            clause_start = sent.start
        subj = self.subject_before(clause_start, vstart)
        if subj is None:
            subj = self.subject_after(vend, stop, allow_np=False)
        if subj is None:
            # verb-final after an auxiliary: "In einem Brief hat X … gelobt"
            vi = self.guess_verb(clause_start, vstart)
            if vi is not None:
                subj = self.subject_after(self.tokens[vi].end, vstart)
        return None if subj is _NO_SUBJECT else subj

    def opens_relative_clause(self, pos: int) -> bool:
        """Whether the word at ``pos`` is a relative pronoun opening its clause
        (``der auf``, ``die dort``), not an article before a noun (``die Lage``)."""
        ti = self.tok_at(pos)
        toks = self.tokens
        return ti + 1 < len(toks) and toks[ti].text in self.lex.relative_pronouns \
            and not toks[ti + 1].text[:1].isupper()

    def pp_object(self, pi: int, limit: int) -> _Cand | None:
        """The noun phrase governed by the preposition at token pi:
        ``in einer Erklärung des Verbands``, ``im Abschlussbericht``, ``von Demjanjuks Sohn``."""
        toks = self.tokens
        if pi + 1 >= len(toks) or toks[pi + 1].end > limit:
            return None
        nxt = toks[pi + 1]
        for c in self.cands_between(nxt.start, limit):
            if c.start == nxt.start and c.kind in ("name", "role"):
                return self.with_apposition(c, limit)
            break
        np_ = self.noun_phrase(pi + 1, limit)
        if np_ is not None:
            return self.with_apposition(np_, limit)
        # a contraction ("im", "vom") or a bare noun: adjectives and a noun
        j = pi + 1
        while j < len(toks) and toks[j].end <= limit and toks[j].text[:1].islower() \
                and toks[j].text.endswith(_ADJ_ENDINGS) and toks[j].text not in self.lex.determiners:
            j += 1
        if j < len(toks) and toks[j].end <= limit and toks[j].text[:1].isupper() and toks[j].text[0].isalpha() \
                and not self.inside_quote(toks[j].start):
            return _Cand(nxt.start, toks[j].end, "np", self.text[nxt.start:toks[j].end])
        return None

    def impersonal_source(self, vstart: int, vend: int, sent: Sentence, stop: int):
        """``heißt es in der Erklärung``, ``In dem Antrag heißt es``: the document
        is the speaker; ``so heißt es`` has none. False when not impersonal."""
        toks, lex = self.tokens, self.lex
        vi = self.tok_at(vstart)
        after_es = vi + 1 < len(toks) and toks[vi + 1].text == lex.impersonal_es
        before_es = vi >= 1 and toks[vi - 1].text.lower() == lex.impersonal_es and toks[vi - 1].start >= sent.start
        if not (after_es or before_es):
            return False
        j = vi + 2 if after_es else vi + 1
        limit = min(stop, sent.end)
        # a source right after the verb: "heißt es weiter in einer Erklärung des X"
        while j < len(toks) and toks[j].end <= limit and j <= vi + 5:
            w = toks[j].text
            if w in lex.source_prepositions:
                return self.pp_object(j, limit)
            if not w[:1].islower() or w in (",", ":"):
                break
            j += 1
        # a source in the prefield: "Auf der Homepage heißt es"
        comma = self.text.rfind(",", sent.start, vstart)
        i = self.tok_at(comma + 1 if comma >= 0 else sent.start)
        if i < len(toks) and toks[i].text in lex.source_prepositions:
            return self.pp_object(i, vstart)
        return None

    def passive_agent(self, vstart: int, sent: Sentence) -> _Cand | None:
        """``wurde von X als ... bezeichnet``: the agent of a passive reporting participle."""
        toks, lex = self.tokens, self.lex
        comma = self.text.rfind(",", sent.start, vstart)
        a = comma + 1 if comma >= 0 else sent.start
        i0, i1 = self.tok_at(a), self.tok_at(vstart)
        after = toks[i1 + 1].text if i1 + 1 < len(toks) else ""
        if after not in lex.passive_auxiliaries \
                and not any(toks[i].text in lex.passive_auxiliaries for i in range(i0, i1)):
            return None
        for i in range(i0, i1):
            if toks[i].text in lex.agent_prepositions and not self.inside_quote(toks[i].start):
                obj = self.pp_object(i, vstart)
                if obj is not None:
                    return obj
        return None

    def opinion_source(self, a: int, b: int) -> _Cand | None:
        """``nach Angaben des Verbands``, ``Nach den Worten von X``, ``seiner Ansicht nach``."""
        toks, lex = self.tokens, self.lex
        i, j = self.tok_at(a), self.tok_at(b)
        while i < j:
            w = toks[i].text
            if w in lex.opinion_nouns and not self.inside_quote(toks[i].start):
                prev = toks[i - 1].text if i >= 1 else ""
                prev2 = toks[i - 2].text if i >= 2 else ""
                nxt = toks[i + 1].text if i + 1 < len(toks) else ""
                if prev in lex.possessives and nxt == lex.opinion_after:
                    return _Cand(toks[i - 1].start, toks[i - 1].end, "pronoun", prev)
                if prev in lex.opinion_before or (prev.lower() in lex.determiners and prev2 in lex.opinion_before):
                    if nxt.lower() in lex.determiners:
                        return self.pp_object(i, b)
                    if nxt in lex.agent_prepositions:
                        return self.pp_object(i + 1, b)
                    for c in self.cands_between(toks[i].end, b):
                        if c.kind == "name" and c.start == toks[i + 1].start:
                            return c
                        break
                # "Nach Schäubles Idee": a genitive name before the noun
                if prev2 in lex.opinion_before:
                    for c in self.cands_between(toks[i - 1].start, toks[i].start):
                        if c.kind == "name":
                            return c
            i += 1
        return None

    def guess_verb(self, a: int, b: int) -> int | None:
        """Token index of the likely finite verb of [a, b): the first lower-case
        word that is no article, preposition or attributive adjective."""
        toks, lex = self.tokens, self.lex
        i = self.tok_at(a)
        while i < len(toks) and toks[i].end <= b:
            w = toks[i].text
            if w[:1].islower() and w not in lex.determiners and w not in lex.prepositions \
                    and w not in lex.not_frame_words and not self.inside_quote(toks[i].start):
                nxt = toks[i + 1].text if i + 1 < len(toks) else ""
                if not (nxt[:1].isupper() and nxt not in lex.pronouns and w.endswith(_ADJ_ENDINGS)):
                    return i
            i += 1
        return None

    def sentence_subject(self, a: int, b: int) -> _Cand | None:
        """Subject of the clause [a, b) whose verb is not known to be a reporting verb."""
        vi = self.guess_verb(a, b)
        if vi is None:
            return self._first_subject(a, b)
        v = self.tokens[vi]
        subj = self.subject_before(a, v.start)
        if subj is None:
            subj = self.subject_after(v.end, b)
        return None if subj is _NO_SUBJECT else subj

    def name_just_before(self, a: int, b: int) -> _Cand | None:
        """A person named right before the quote's colon or bracket, where no
        reporting verb frames it: ``Mohammed ElBaradei („…“)``."""
        cands = self.cands_between(a, b)
        if cands and cands[-1].kind == "name" and cands[-1].label == "PER" \
                and self.text[cands[-1].end:b].strip() in (":", "("):
            return cands[-1]
        return None

    def _first_subject(self, a: int, b: int) -> _Cand | None:
        for c in self.cands_between(a, b):
            if not self.in_pp(c, a) and not self.is_channel(c):
                return self.with_apposition(c, b)
        return None

    # -- resolution ------------------------------------------------------------
    def resolve(self, c: _Cand) -> _Speaker:
        if c.kind == "name":
            name = self.full_name(c.text) if c.label == "PER" else c.text
            return _Speaker(c, name, "text", c.label == "PER")
        if c.kind == "np":
            return _Speaker(c, c.text, "text", False)
        if c.kind == "role":
            word = self.role_key(c.text)
            for pos, role, name in reversed(self.role_names):
                if pos < c.start and role == word:
                    return _Speaker(c, self.full_name(name), "role", True)
        basis = "role" if c.kind == "role" else "pronoun"
        for pos, sp in reversed(self.events):
            if pos < c.start and sp.person and sp.name:
                return _Speaker(c, sp.name, basis, True)
        i = bisect_left(self.per_starts, c.start) - 1
        if i >= 0:
            return _Speaker(c, self.full_name(self.per_mentions[i][1]), basis, True)
        if c.kind == "role":  # "fragen sich Experten" with no person before: the role itself
            return _Speaker(c, c.text, "text", False)
        return _Speaker(c, None, None, False)


def extract_quotes(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    lexicon,
) -> tuple[Quote, ...]:
    """Direct quotes of one article with their speakers, in text order."""
    if not sentences or not tokens:
        return ()
    spans = quote_spans(text, lexicon.marks)
    doc = _Doc(text, tokens, sentences, mentions, lexicon, spans)
    # Reporting frames outside quotes, to resolve later pronouns and to
    # continue a speaker into the next sentence.
    verb_hits = [(m.start(), m.end()) for m in lexicon.verb_re.finditer(text) if not doc.inside_quote(m.start())]
    frame_at: dict[int, _Cand | None] = {}
    for vs, ve in verb_hits:
        s = sentences[doc.sent_of(vs)]
        nxt_q = bisect_right(doc.qopens, ve)
        stop = min(s.end, doc.qopens[nxt_q]) if nxt_q < len(doc.qopens) else s.end
        frame_at[vs] = doc.frame_of_verb(vs, ve, s, stop)
    # One pass in text order: frame subjects become speakers that later
    # pronouns and role nouns resolve to.
    items = sorted([(vs, 1, vs) for vs, _ in verb_hits] + [(c, 0, (o, c)) for o, c in spans], key=lambda it: it[:2])
    out: list[Quote] = []
    last: tuple[int, Quote] | None = None  # (sentence of quote end, quote)
    for _, kind, data in items:
        if kind == 1:
            subj = frame_at[data]
            if subj is not None:
                doc.events.append((subj.start, doc.resolve(subj)))
            continue
        o, c = data
        q = _quote(doc, o, c, verb_hits, frame_at, last)
        if q is None:
            continue
        out.append(q)
        last = (doc.sent_of(c), q)
        if q.speaker_start is not None:
            cand = _Cand(q.speaker_start, q.speaker_end, "name", text[q.speaker_start:q.speaker_end])
            person = q.speaker_basis in ("pronoun", "role") or any(
                m.label == "PER" and m.start == q.speaker_start for m in mentions)
            doc.events.append((c, _Speaker(cand, q.speaker_name, q.speaker_basis, person)))
    return tuple(out)


def _quote(doc: _Doc, o: int, c: int, verb_hits, frame_at, last) -> Quote | None:
    text, lex = doc.text, doc.lex
    inner_start, inner_end = o + 1, c
    while inner_start < inner_end and text[inner_start].isspace():
        inner_start += 1
    while inner_end > inner_start and text[inner_end - 1].isspace():
        inner_end -= 1
    inner = text[inner_start:inner_end]
    words = inner.split()
    if not words:
        return None
    so, sc = doc.sent_of(o), doc.sent_of(c)
    s_open, s_close = doc.sentences[so], doc.sentences[sc]
    left = text[s_open.start:o]
    left_words = left.split()
    colon = left.rstrip().endswith(":")
    partial = bool(left.strip()) and not colon

    def unattributed() -> Quote:
        return Quote(start=inner_start, end=inner_end, text=inner, partial=partial, sentence=so)

    def spoken_by(cand: _Cand, via: str | None) -> Quote:
        sp = doc.resolve(cand)
        return Quote(start=inner_start, end=inner_end, text=inner, speaker_name=sp.name,
                     speaker_start=cand.start, speaker_end=cand.end, via=via, partial=partial,
                     speaker_basis=sp.basis, sentence=so)
    if left_words and (left_words[-1] in lex.scare_markers or left_words[-1] in lex.title_nouns):
        return None
    if len(words) < MIN_FREE_WORDS and words[-1].strip(".,!?") in lex.title_nouns:
        return None
    if partial and _looks_like_name(doc, o, c, words):
        return None
    if len(words) <= MAX_TITLE_WORDS and words[-1][-1:] not in ".!?" and _in_gloss(doc, o, c):
        return None  # a translation in brackets, after a colon or not: "(etwa: „Partei der Volksmacht“)"
    if not left.strip() and _name_as_subject(text, c, words):
        return None
    nxt_q = bisect_right(doc.qopens, c)
    stop = min(s_close.end, doc.qopens[nxt_q]) if nxt_q < len(doc.qopens) else s_close.end

    subj: _Cand | None = None
    frame_lo, frame_hi = s_open.start, s_close.end
    # 1. a frame verb right after the quote
    right = text[c + 1:s_close.end]
    m = re.match(r"\s*(,?)\s*([^\W\d_][\w-]*)", right)
    if m:
        word = m.group(2)
        wstart, wend = c + 1 + m.start(2), c + 1 + m.end(2)
        if m.group(1) and word[0].islower() and word not in lex.not_frame_words:
            subj = frame_at.get(wstart) if wstart in frame_at else doc.subject_after(wend, stop)
            if subj is None and wstart in frame_at:
                subj = doc.subject_after(wend, stop)
        elif not m.group(1) and word in lex.reporting_verbs:
            comma = left.rfind(",")
            subj = doc._first_subject(s_open.start + comma + 1 if comma >= 0 else s_open.start, o)
    # 2. a colon frame before it, in this sentence or ending the one before
    if subj is None and (colon or (not left.strip() and so > 0
                                   and text[doc.sentences[so - 1].start:o].rstrip().endswith(":"))):
        if colon:
            a = s_open.start
        else:
            a = doc.sentences[so - 1].start
            frame_lo = a
        subj = _clause_subject(doc, a, o, verb_hits, frame_at, colon_frame=True)
        line = text[text.rfind("\n", 0, o) + 1:o]
        if subj is not None and subj.kind == "name" and subj.label == "LOC" and not _has_verb(verb_hits, a, o) \
                and len(line.split()) <= 3:
            # "Frankreich: „Volle Unterstützung“": a heading naming a topic; a
            # place speaks only through a reporting verb ("Frankreich erklärte:")
            return unattributed()
    # 2b. a person's words in brackets after the name: "ElBaradei („…“)"
    if subj is None and left.rstrip().endswith("("):
        subj = doc.name_just_before(s_open.start, o)
    # 3. a reporting verb elsewhere in the sentence: the first one after
    #    the quote when it ends the quote's clause ("als "…" lobte") or
    #    follows a comma ("…" habe …, schrieb Müller); else the one before
    if subj is None:
        i = bisect_right(verb_hits, (c, c))
        clause_verb: int | None = None
        while i < len(verb_hits) and verb_hits[i][0] < s_close.end:
            vs = verb_hits[i][0]
            if not doc.inside_quote(vs):
                if text[c:vs].rstrip().endswith(","):
                    subj = frame_at.get(vs)
                    if subj is not None:
                        break
                elif clause_verb is None and "," not in text[c + 1:vs]:
                    clause_verb = vs
            i += 1
        if subj is None and clause_verb is not None:
            subj = frame_at.get(clause_verb)
        if subj is None:
            subj = _clause_subject(doc, s_open.start, o, verb_hits, frame_at, colon_frame=False)
    # 3b. a quote woven into a relative clause on a name is the name's
    #    ("... Grüße von Putin, der auf „…“ hoffe"), whatever channel frames
    #    the sentence around it: the channel passed it on
    if subj is None and partial:
        subj = _relative_clause_antecedent(doc, s_open.start, o)
    # 4. a channel alone names the speaker
    channel = doc.channel_in(frame_lo, frame_hi, exclude=subj)
    via = None
    if subj is None and channel is not None:
        subj = channel
    elif channel is not None:
        via = channel.text
    if subj is None:
        subj = doc.opinion_source(frame_lo, frame_hi)
    if subj is not None:
        return spoken_by(subj, via)
    if len(words) < MIN_FREE_WORDS and not (partial and words[0][:1].islower()):
        return None
    # 5. no frame. In reported speech (subjunctive) or a quote standing
    #    alone, the quote goes on from the speaker just before; a fragment
    #    woven into a plain sentence belongs to the sentence's subject.
    reported = any(w in lex.subjunctive for w in text[s_open.start:s_close.end].split())
    framed = _has_verb(verb_hits, s_open.start, s_close.end) or any(
        w in lex.opinion_nouns for w in text[s_open.start:s_close.end].split())
    if partial and not reported and not framed and (len(words) < MIN_FREE_WORDS or (
            words[0][:1].isupper() and len(words) <= MAX_TITLE_WORDS and words[-1][-1:] not in ".!?")):
        return None
    if partial and not reported:
        subj = _content_clause_frame(doc, s_open.start, o) or doc.sentence_subject(s_open.start, o)
        return spoken_by(subj, via) if subj is not None else unattributed()
    if last is not None and so - last[0] <= CONTINUATION_SENTENCES:
        prev = last[1]
        if prev.speaker_start is not None or prev.speaker_name is not None:
            return replace(prev, start=inner_start, end=inner_end, text=inner, partial=partial, sentence=so)
    for pos, sp in reversed(doc.events):
        if pos < o and doc.sent_of(pos) >= so - CONTINUATION_SENTENCES:
            return Quote(start=inner_start, end=inner_end, text=inner, speaker_name=sp.name,
                         speaker_start=sp.cand.start, speaker_end=sp.cand.end, via=None, partial=partial,
                         speaker_basis=sp.basis, sentence=so)
        break
    if partial:
        subj = doc.sentence_subject(s_open.start, o)
        if subj is not None:
            return spoken_by(subj, via)
    return unattributed()


def _relative_clause_antecedent(doc: _Doc, a: int, o: int) -> _Cand | None:
    """The name a relative clause holding the quote opening at ``o`` hangs on:
    ``Name, der/die/welche`` (a subject's case: the one who hopes, warns,
    calls for) with no other comma before the quote."""
    text = doc.text
    comma = text.rfind(",", a, o)
    if comma < 0:
        return None
    ti = doc.tok_at(comma + 1)
    toks = doc.tokens
    if not (ti + 2 < len(toks) and toks[ti].start < o and doc.opens_relative_clause(comma + 1)):
        return None
    if toks[ti + 1].text[:1].isalpha() and toks[ti + 2].text[:1].isupper():
        return None  # an article with its adjective and noun ("Y., die geplante Route"), not a pronoun
    names = [c for c in doc.cands_between(a, comma) if c.kind == "name"]
    if names and not text[names[-1].end:comma].strip():
        return names[-1]
    return None


def _has_verb(verb_hits, a: int, b: int) -> bool:
    i = bisect_left(verb_hits, (a, a))
    return i < len(verb_hits) and verb_hits[i][0] < b


def _content_clause_frame(doc: _Doc, a: int, o: int) -> _Cand | None:
    """A partial quote in a content clause whose frame is a main clause set after another with a comma:
    its subject (``Die Slowakei übernimmt ..., Premier Robert Fico fürchtet, dass Migranten „...“``: Fico,
    not the first clause's subject). The frame clause opens with a subject (a capitalised word, or an
    article and a noun), not with a subordinating word or relative pronoun."""
    text = doc.text
    m = None
    for m in re.finditer(r",\s*(\w+)\s", text[a:o]):
        pass
    if m is None or m.group(1) not in doc.lex.content_conjunctions:
        return None
    conj = a + m.start()
    comma = text.rfind(",", a, conj)
    if comma < 0:
        return None
    start = comma + 1
    first = text[start:conj].split()
    if len(first) < 2 or not (first[0][:1].isupper() or (first[0] in doc.lex.determiners and first[1][:1].isupper())):
        return None  # (an article then a noun opens a subject too: "der Minister glaubt"; "der glaubt" a relative)
    return doc.sentence_subject(start, conj)


def _name_as_subject(text: str, c: int, words: list[str]) -> bool:
    """A quoted name or title that opens its sentence and is followed by the clause's verb with no comma
    between (German punctuation sets a comma after quoted words before their frame: „Wir kommen“, sagte
    er): it is the subject, no quote (``„Times of London“ berichtete, ...``, ``„Der Spiegel“ meldete
    ...``): words that end capitalised, with no sentence mark. (Inside a sentence a quoted noun phrase
    is a quoted fragment as often: ``Er sagte, „No-Go-Areas“ dürfe es nicht geben``.)"""
    if len(words) > MAX_NAME_WORDS or not words[0][:1].isupper() or not words[-1][:1].isupper() \
            or words[-1][-1:] in ".!?,;:" or sum(w[:1].islower() for w in words) > MAX_NAME_LOWER:
        return False  # (a name has at most one word in lower case: "Times of London", "Ärzte ohne Grenzen")
    m = re.match(r"[ \t]*([^\W\d_][\w-]*)", text[c + 1:c + 40])
    return m is not None and m.group(1)[:1].islower()


def _looks_like_name(doc: _Doc, o: int, c: int, words: list[str]) -> bool:
    """A quoted name or title woven into a sentence: ``die „New York Times“``,
    ``Enzyklika „Deus caritas est“``, ``auch „Bonus View“ genannt``, ``(„Fed“)``."""
    lex, text = doc.lex, doc.text
    after = text[c + 1:c + 40].split()
    nxt = after[0].strip(".,;:") if after else ""
    if len(words) <= MAX_TITLE_WORDS and words[-1][-1:] not in ".!?" and nxt in lex.naming_words:
        return True  # "die sich selbst „Rat für ... (CDRM)“ nennt": a name may be long before its naming verb
    if len(words) == 1 and _DOMAIN.search(words[0]):
        return True  # "amazon.de", "tagesschau.de"
    if len(words) <= MAX_NAME_WORDS and words[-1][-1:] not in ".!?" and text[o - 1:o] == "(" \
            and text[c + 1:c + 2] == ")":
        return True  # a gloss: "Operation „Cast Lead“ („gegossenes Blei“)"
    if not words[0][:1].isupper() or len(words) > MAX_NAME_WORDS or words[-1][-1:] in ".!?":
        return False
    before = text[max(0, o - 40):o].split()
    if before and before[-1] in lex.definite_articles and len(words) <= MAX_TITLE_AFTER_ARTICLE:
        return True  # a short title after an article, whatever its last word: "der „Aktion Deutschland hilft“"
    if len(words) > 1 and words[-1][:1].islower() and words[-1].isalpha():
        return False  # ends in a verb or adverb: "ihre „Souveränität verteidigen“"
    if text[o - 1:o] == "(" or (after and after[0].startswith("(")):
        return True
    before = text[max(0, o - 40):o].split()
    if not before:
        return False
    prev = before[-1]
    if prev.lower() in lex.determiners or prev in lex.prepositions:
        return True
    if prev[:1].isupper() and prev[-1:].isalpha():
        ti = doc.tok_at(o) - 1
        prev_start = doc.tokens[ti].start if ti >= 0 else 0
        return not any(cd.start <= prev_start < cd.end and cd.kind != "role" for cd in doc.cands_between(prev_start, o))
    return False


def _in_gloss(doc: _Doc, o: int, c: int) -> bool:
    """A quoted translation or explanation in brackets: apart from the quoted
    glosses, the brackets hold only gloss words (``der „Palang Prachachon“
    (etwa: „Partei der Volksmacht“, engl. „People's Power Party“)``)."""
    text = doc.text
    opening = text.rfind("(", max(0, o - MAX_GLOSS_REACH), o)
    closing = text.find(")", c, c + MAX_GLOSS_REACH)
    if opening < 0 or closing < 0 or ")" in text[opening:o] or "(" in text[c:closing]:
        return False
    rest = _QUOTED.sub(" ", text[opening + 1:closing])
    words = rest.replace(",", " ").split()
    return all(w in doc.lex.gloss_cues for w in words)


def _clause_subject(doc: _Doc, a: int, b: int, verb_hits, frame_at, colon_frame: bool) -> _Cand | None:
    """Subject of the frame in [a, b): of its first reporting verb, else (for a
    colon frame) its first noun phrase outside a prepositional phrase."""
    hits = verb_hits[bisect_left(verb_hits, (a, a)):bisect_left(verb_hits, (b, b))]
    # a colon frame's verb is the last one before the colon ("nachdem er
    # gesehen hatte, sagte er:"); an indirect frame's is its main verb, the first
    for vs, _ in (reversed(hits) if colon_frame else hits):
        if frame_at.get(vs) is not None and frame_at[vs].start < b:
            return frame_at[vs]
    if not colon_frame:
        return None
    subj = doc.name_just_before(a, b)  # "..., und Ministerpräsident Jens Stoltenberg: „…“"
    if subj is not None:
        return subj
    subj = doc.sentence_subject(a, b)
    if subj is None:
        cands = doc.cands_between(a, b)
        subj = cands[0] if cands else None
    if subj is None:  # "In dem Antrag heißt es:"
        for ti in range(doc.tok_at(a), doc.tok_at(b)):
            np_ = doc.noun_phrase(ti, b)
            if np_ is not None:
                return np_
    return subj
