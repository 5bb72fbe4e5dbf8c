"""Where the content of a speech verb's frame lies in its sentence: after a colon, after a comma
(a ``dass``/``ob`` clause, Konjunktiv, first person, an infinitive), the rest of the sentence around
``wie X mitteilte``, or before ``..., sagte X`` (a main clause, the frame's tail short), and whether a
partial quote makes it indirect speech; a part of ``statement_reader.StatementReader``.
"""
from __future__ import annotations

import itertools
from collections.abc import Sequence

# "..., sagte der Minister am Montag in Berlin.": the most words a frame after
# its content has (counted on the Wikinews tuning part: 20 keeps frames with an
# occasion and a place, "erklärte X nach einem Treffen mit Y in der Küstenstadt Z";
# longer tails are a main clause after a subordinate one).
MAX_FRAME_TAIL = 20
# "wie X mitteilte": the most tokens back from the verb to its "wie" (without an apposition, and with one
# between commas: "wie Anna Berger, Direktorin des Landesamts für Verkehr, mitteilte"; the longer limit
# also for a "wie" that opens its clause with no verb before the frame's: "Wie die Forscher um X im
# Fachjournal Y schreiben, ...").
MAX_WIE_PLAIN = 10
MAX_WIE_FRAME = 16
# "wie X, Sprecher der Y, am Montag in Bangkok mitteilte": the most words of a place or time phrase between an
# apposition's closing comma and the verb of a "wie" frame.
MAX_ADVERBIAL_TAIL = 5
# The dashes that set a phrase in ("Die Lage ist – das sagte der Minister – ernst").
DASHES = frozenset("-–—")


class ContentReading:
    """The content-clause lookups of ``StatementReader`` over one article."""

    # (a part of ``StatementReader``: ``self.v``, ``self.lex``, ``self.n`` and the word lookups
    # ``low``, ``in_quote``, ``trim`` are the reader's, as are the other parts' lookups)

    def dash_host(self, k: int, sent: range) -> list[int] | None:
        """``Unternehmen erleben gerade – das hat die Kollegin gesagt – einen Crashkurs``: a frame set in between
        dashes whose object, ``das``/``dies``, stands for its host sentence; the host's tokens (those outside the
        dashes, with a verb of their own), else None."""
        v = self.v
        if not any(self.low(c) in self.lex.clause_anaphors and v.dep(c) in ("obj", "nsubj", "nsubj:pass") and c < k
                   for c in v.children[k]):
            return None
        a = next((j for j in range(k - 1, sent.start - 1, -1) if v.tokens[j].text in DASHES), None)
        b = next((j for j in range(k + 1, sent.stop) if v.tokens[j].text in DASHES), None)
        if a is None or b is None or any(v.tokens[j].text in DASHES for j in range(a + 1, b) if j != k):
            return None
        host = [t for t in sent if t < a or t > b]
        return host if any(v.pos(t) in ("VERB", "AUX") for t in host) else None

    def content_clause(self, k: int) -> tuple[list[int], str] | None:
        """The tokens of what the verb ``k`` frames, and where: ``after``, ``before`` or ``colon``."""
        v = self.v
        si = v.sentence_of[k]
        sent = self.sentence_tokens(si)
        host = self.dash_host(k, sent)
        if host is not None:
            return host, "dash"
        # "X sagte: ..."
        nxt = k + 1
        while nxt < sent.stop and (v.dep(nxt) in ("nsubj", "compound:prt", "advmod", "det", "flat", "flat:name",
                                                  "amod", "appos") or v.head(nxt) != nxt and
                                   v.head(nxt) < nxt and v.dep(nxt) in ("flat", "flat:name", "det")):
            nxt += 1
        for j in range(k + 1, min(sent.stop, k + 12)):
            if v.tokens[j].text == ":":
                rest = [t for t in range(j + 1, sent.stop)]
                if not rest and j + 1 == sent.stop and si + 1 < len(v.sentences) and not self.in_quote(sent.stop) \
                        and "\n\n" not in v.text[v.tokens[j].end:v.tokens[sent.stop].start]:
                    # "Er hat gesagt:" closing its sentence (a line): the next sentence of its paragraph is
                    # what was said
                    rest = list(self.sentence_tokens(si + 1))
                    return rest, "colon"
                if rest and all(v.pos(t) not in ("VERB", "AUX") or v.sentence_of[t] == si for t in rest):
                    return rest, "colon"
            if v.pos(j) in ("VERB", "AUX") or v.tokens[j].text in (",", ";"):
                break
        # "Wie X mitteilte, lag ...", "..., wie X berichtete.": the rest of the sentence
        j = self.wie_of(k, sent)
        if j is not None:
            end = k + 1
            while end < sent.stop and v.head(end) == k and v.dep(end) in ("aux", "aux:pass", "cop"):
                end += 1  # "wie heute bekannt wurde, ..."
            before = j - 1 > sent.start and v.tokens[j - 1].text == ","
            if end < sent.stop and v.tokens[end].text == ",":
                # ("Drei Menschen wurden, wie die Polizei berichtete, schwer verletzt": a frame set in the
                # clause frames both its parts, the one before it from its own clause's start)
                a = max((t + 1 for t in range(sent.start, j - 1) if v.tokens[t].text in (",", ";", ":")),
                        default=sent.start)
                a += a < j - 1 and v.pos(a) == "CCONJ"  # ("..., und der Konzern habe, wie X sagte, ...")
                return list(range(a, j - 1)) * before + list(range(end + 1, sent.stop)), "wie"
            if before:
                return list(range(sent.start, j - 1)), "wie"
        # "X erklärte (den Angaben zufolge), dass ... / Putin habe ...": the clause after the comma
        for j in range(k + 1, min(sent.stop, k + 16)):
            t = v.tokens[j].text
            if t == "," and j + 1 < sent.stop:
                rest = list(range(j + 1, sent.stop))
                first = rest[0]
                opens = self.low(first) in self.lex.content_conjunctions or self.low(first) in self.lex.interrogatives
                if self.low(first) in self.lex.subordinators and not opens and v.pos(first) != "ADP":
                    # "erinnert an die Zeiten, als ...": an adverbial clause, not what was said (but
                    # "warf X vor, seit 2014 ... verletzt zu haben": a preposition of the same form)
                    break
                if "Rel" in (v.feature(first, "PronType") or "").split(",") and not self.subjunctive(rest[:6]) \
                        and not self.bare_main_clause(k, j, rest):
                    break  # (but "sagte, das ist ...": a demonstrative opening the clause a frame takes)
                if v.pos(first) == "ADP" and len(rest) > 1 and v.pos(rest[1]) == "PRON" and (
                        "Rel" in (v.feature(rest[1], "PronType") or "").split(",")
                        or self.low(rest[1]) in self.lex.definite_articles):
                    break  # "fordert eine Untersuchung des Vorfalls, bei dem es sich ... handle": a relative clause
                if opens or self.subjunctive(rest, any_mood=True) or self.first_person(rest) or self.infinitive(rest) \
                        or self.bare_main_clause(k, j, rest):
                    return rest, "after"
                break
            if v.pos(j) in ("VERB", "AUX", "SCONJ") and v.dep(j) != "compound:prt" and j != k and t[:1].islower() \
                    or t in (";", ":"):
                break  # (a capitalised "verb" after the frame verb is a mis-tagged name: "SPIEGEL ONLINE")
        clauses = [c for c in v.children[k] if v.dep(c) in ("ccomp", "parataxis", "csubj")
                   and v.pos(c) in ("VERB", "AUX", "NOUN", "ADJ", "PROPN", "PRON")]
        after = [c for c in clauses if c > k]
        for c in after:
            toks = v.subtree(c)
            first = self.trim(toks)[:1]
            if len(toks) >= 3 and first and "Rel" not in (v.feature(first[0], "PronType") or "").split(",") \
                    and not (self.low(first[0]) in self.lex.subordinators
                             and self.low(first[0]) not in self.lex.content_conjunctions):
                # (not a relative clause on the speaker: "sagte Bosch, der ..."; nor an adverbial one:
                # "erinnert an die Zeiten, als ...")
                return toks, "after"
        # "dass" clause hung as advcl/obj
        for c in v.children[k]:
            if c > k and v.dep(c) in ("advcl", "obj", "xcomp") and v.pos(c) in ("VERB", "AUX"):
                marks = [d for d in v.children[c] if v.dep(d) == "mark"]
                if marks and self.low(marks[0]) in self.lex.content_conjunctions:
                    return v.subtree(c), "after"
        # "..., sagte X." : the frame after its content
        h = v.head(k)
        comma_before = k > sent.start and v.tokens[k - 1].text == ","
        subj = v.subject(k)
        # "..., sagte UNIQA-Vorstandsdirektor Robert Wasner.": verb first, its subject right
        # after it (the parser may have taken a noun of the content for it)
        named_after = k + 1 < sent.stop and (v.pos(k + 1) in ("NOUN", "PROPN", "DET", "PRON", "ADV") or
                                             v.tokens[k + 1].text[:1].isupper()) and v.tokens[k + 1].text[:1].isalpha()
        if comma_before and (subj is None or subj > k or named_after) and (
                v.dep(k) in ("parataxis", "conj", "ccomp", "advcl") or v.head(k) == k):
            toks = self.trim(range(sent.start, k - 1))
            # the content is a main clause up to the frame ("Wenn ..., droht X" is none, but
            # "Da man ..., konnten ..., sagt X" is one: a subordinate clause with its main clause);
            # the frame is short: its subject and a few words up to the next comma (an
            # apposition or relative clause may follow: "sagte der Staatssekretär, Gergely
            # Pröhle, am Montag", "sagte Bosch, der für den Betrieb zuständig ist")
            # (a line break ends the frame too: a heading run on into the sentence by a lost full stop)
            first = next((t for t in range(k + 1, sent.stop) if v.tokens[t].text in (",", ";")
                          or "\n" in v.text[v.tokens[t - 1].end:v.tokens[t].start]), sent.stop)
            tail = [t for t in range(k + 1, first) if v.tokens[t].text[:1].isalnum()]
            opener = toks[0] if toks else None
            # ("Zum 19. April sollen ..., sagte X", "Seit einem Monat ist ...": a preposition of a
            # subordinator's form opens a main clause, its finite verb second, not at the clause's end:
            # "Während die Post von 100.000 sprach, ..." is a subordinate clause the tagger misread)
            main = opener is not None and (v.pos(opener) != "SCONJ" and (
                self.low(opener) not in self.lex.subordinators or v.pos(opener) == "ADP" and self.verb_second(toks))
                or self.main_after_subordinate(toks))
            # (a clause has a verb: "Die Politikerin der Grünen, Anja Hajduk, kritisierte ..." is the
            # frame's own subject with its apposition)
            clause = any(v.pos(t) in ("VERB", "AUX") or self.verb_read_as_other(t) for t in toks)
            if len(toks) >= 3 and len(tail) <= MAX_FRAME_TAIL and main and clause and not self.subject_with_relative(toks) \
                    and not any(v.pos(t) in ("VERB", "AUX") and v.tokens[t].text[:1].islower() for t in tail):
                return toks, "before"
        before = [c for c in clauses if c < k]
        for c in before:
            toks = v.subtree(c)
            if len(toks) >= 3 and h != k:
                return toks, "before"
        return None

    def bare_main_clause(self, k: int, comma: int, rest: Sequence[int]) -> bool:
        """``Der Minister sagte, das ist der falsche Ansatz``: a verb of saying proper, with no object of its own
        and its comma right after its phrase, frames the main clause after it (its finite verb second, before
        any comma of its own), whatever the parse made of that clause. Not a verb that names an act (``lobte
        die Hilfe, die Lage ist ...``), a clause joined by a conjunction (``sagte zu, aber ...``) nor a
        relative clause on a noun before the comma (``berichtete über den Sturm, der ... zieht``)."""
        v = self.v
        if self.verb_lemma(k) not in self.lex.bare_clause_verbs or v.pos(rest[0]) in ("CCONJ", "VERB", "AUX"):
            return False  # (a verb first goes on with the clause a frame is set in: "Sie, sagt er, müssen ...")
        if k > 0 and v.tokens[k - 1].text == ",":
            return False  # ("..., sagte X, ...": a frame set in or after its content has that content)
        if any(v.dep(c) in ("obj", "ccomp", "xcomp") and c < comma for c in v.children[k]):
            return False
        alone = v.pos(rest[0]) == "PRON" or len(rest) < 2 or v.pos(rest[1]) not in ("NOUN", "PROPN", "ADJ", "NUM")
        subj = v.subject(k)
        speaker = set(v.subtree(subj)) if subj is not None else set()
        if alone and self.low(rest[0]) in self.lex.relative_pronouns and any(
                v.pos(t) in ("NOUN", "PROPN") and t not in speaker
                for t in range(self.sentence_tokens(v.sentence_of[k]).start, comma)):
            return False  # (a relative pronoun stands alone; an article has its noun: "sagte dem Sender, der Plan ...")
        field = [t for t in itertools.takewhile(lambda t: v.tokens[t].text != ",", rest)
                 if v.tokens[t].text[:1].isalnum()]
        finite = next((i for i, t in enumerate(field) if v.pos(t) in ("VERB", "AUX")
                       and v.feature(t, "Mood") is not None), None)
        return finite is not None and 1 <= finite < len(field) - 1

    def verb_second(self, toks: Sequence[int]) -> bool:
        """The clause's first finite verb stands inside it, not at its end (before a comma, a bracket or
        the last word): a main clause's verb-second order (``Zum 19. April sollen die Tarife gelten``)."""
        v = self.v
        for i, t in enumerate(toks):
            if v.pos(t) in ("VERB", "AUX") and v.feature(t, "Mood") is not None:
                return i + 1 < len(toks) and v.tokens[toks[i + 1]].text[:1].isalnum()
        return False

    def main_after_subordinate(self, toks: Sequence[int]) -> bool:
        """``Da man ..., konnten die Ergebnisse ...``: a comma followed by a finite verb (the
        main clause's, first after its subordinate clause)."""
        v = self.v
        return any(v.tokens[t].text == "," and t + 1 < self.n and v.pos(t + 1) in ("VERB", "AUX")
                   and (v.feature(t + 1, "VerbForm") == "Fin" or v.feature(t + 1, "Mood") is not None)
                   for t in toks)

    def wie_of(self, k: int, sent: range) -> int | None:
        """The ``wie`` of a frame ``wie X mitteilte`` whose verb is ``k``, also across an apposition set
        off by commas right before the verb (``wie Anna Berger, Direktorin des Landesamts, mitteilte``)."""
        v = self.v
        commas = 0
        for j in range(k - 1, max(sent.start - 1, k - MAX_WIE_FRAME), -1):
            t = v.tokens[j].text
            if t in (";", ":") or (t == "," and (commas == 2 or (commas == 0 and j != k - 1
                                                                 and not self.adverbial_tail(j, k)))):
                return None
            commas += t == ","
            if self.low(j) in self.lex.wie_frame:
                if commas == 0:
                    # (a longer one opens its clause and has no verb before its own: "Wie die Forscher um X
                    # im Fachjournal Y schreiben, ...")
                    opens = j == sent.start or v.tokens[j - 1].text in (",", ";", ":") or (
                        j - 1 == sent.start and v.pos(j - 1) in ("CCONJ", "ADV"))  # ("Denn wie ...")
                    return j if k - j < MAX_WIE_PLAIN or (k - j < MAX_WIE_FRAME and opens and not any(
                        v.pos(t) in ("VERB", "AUX") for t in range(j + 1, k))) else None
                return j if self.apposition_frame(j, k) else None
        return None

    def adverbial_tail(self, c: int, k: int) -> bool:
        """``wie Steve Marshall, Sprecher der UN-Büros, in Bangkok mitteilte``: between the comma ``c``
        that closes an apposition and the verb ``k`` a short prepositional phrase (where or when), no verb."""
        v = self.v
        words = range(c + 1, k)
        return 0 < len(words) <= MAX_ADVERBIAL_TAIL and v.pos(c + 1) == "ADP" and not any(
            v.pos(t) in ("VERB", "AUX") or v.tokens[t].text in (",", ";", ":") for t in words)

    def apposition_frame(self, j: int, k: int) -> bool:
        """``wie Anna Berger, Direktorin des Landesamts, mitteilte``: a name or noun right after ``wie``
        and noun phrases only up to the verb ``k`` (not a comparison inside a clause: ``wie alle ...``)."""
        v = self.v
        opens = v.pos(j + 1) in ("PROPN", "NOUN") or self.low(j + 1) in self.lex.definite_articles
        return opens and not any(v.pos(t) in ("VERB", "AUX") for t in range(j + 1, k))

    def subject_with_relative(self, toks: Sequence[int]) -> bool:
        """``Der PSOE-Vorsitzende Pedro Sanchez, der ... betraut worden war, lehnte ... ab``: a noun
        phrase without a verb and its relative clause, the frame's own subject, not its content."""
        v = self.v
        toks = list(toks)
        comma = next((i for i, t in enumerate(toks) if v.tokens[t].text == ","), None)
        if comma is None or comma + 1 >= len(toks):
            return False
        rel = toks[comma + 1]
        if "Rel" not in (v.feature(rel, "PronType") or "").split(",") and not (
                self.low(rel) in self.lex.definite_articles and v.pos(rel) == "PRON"):
            return False
        if any(v.pos(t) in ("VERB", "AUX") for t in toks[:comma]):
            return False
        if comma + 2 < len(toks) and v.pos(toks[comma + 2]) in ("VERB", "AUX"):
            return False  # "Zehnter, das passt schon": a verb-second clause, no relative clause
        clause = set(v.subtree(v.head(rel)))
        return not [t for t in toks[comma + 1:] if t not in clause and v.tokens[t].text[:1].isalnum()]

    def woven_quote(self, toks: Sequence[int]) -> bool:
        """``er sei „äußerst erschüttert“``, ``dass Pädophilie „in der Ideologie angelegt“ sei``:
        a clause in the reporter's words around a partial quote (a ``dass``/``ob`` or a Konjunktiv
        verb outside the marks), indirect speech as a whole."""
        toks = self.trim(toks)
        outside = [k for k in toks if not self.in_quote(k) and self.v.tokens[k].text[:1].isalnum()]
        if not outside or len(outside) == len(toks):
            return False
        return self.low(outside[0]) in self.lex.content_conjunctions or self.subjunctive(outside)

    def quote_covers(self, toks: Sequence[int]) -> bool:
        toks = self.trim(toks)
        if not toks:
            return True
        inside = sum(1 for k in toks if self.in_quote(k))
        return inside >= 0.6 * len(toks)
