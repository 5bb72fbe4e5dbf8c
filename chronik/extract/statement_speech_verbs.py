"""Which verb a frame's verb is: its separable prefix (``teilte ... mit``, ``stellte klar``), its lemma with
it, the cue's tokens, and a speech verb's finite form the tagger read as another part of speech; a part
of ``statement_reader.StatementReader``.
"""
from __future__ import annotations


class SpeechVerbReading:
    """The verb lookups of ``StatementReader`` over one article."""

    # (a part of ``StatementReader``: ``self.v``, ``self.lex``, ``self.n`` and the word lookups
    # ``low``, ``in_quote``, ``trim`` are the reader's, as are the other parts' lookups)

    def particle(self, k: int) -> int | None:
        """The separable prefix of verb ``k`` (``teilte ... mit``), also where the parser took it
        for an adjective or adverb (``stellte klar, dass``, ``stellte fest, dass``: the verb with
        it is a speech verb, the verb alone is not)."""
        v = self.v
        prt = [c for c in v.children[k] if v.dep(c) == "compound:prt"]
        if prt:
            return prt[0]
        lemma = v.lemma(k).lower()
        if lemma in self.lex.speech_verbs:
            return None
        # (a prefix the tagger read as a preposition stands at the end of its clause: "teilte auch mit, ...")
        # ("machte klar, dass": an adjective the parse took for the object)
        return next((c for c in v.children[k] if (c > k or c == k - 1) and v.dep(c) in ("xcomp", "advmod", "compound",
                                                                                        "obj")
                     and (v.pos(c) in ("ADJ", "ADV") or (v.pos(c) == "ADP" and c > k and c + 1 < self.n
                                                         and not v.tokens[c + 1].text[:1].isalnum()))
                     and (self.low(c) + lemma in self.lex.speech_verbs
                          or self.low(c) + lemma in self.lex.content_verbs)), None)  # ("fanden heraus, dass")

    def verb_lemma(self, k: int) -> str:
        prt = self.particle(k)
        lemma = self.v.lemma(k).lower()
        if prt is None and lemma not in self.lex.speech_verbs:
            # "wie heute bekannt wurde": the prefix parsed as the verb, the verb as its auxiliary
            for c in self.v.children[k]:
                if self.v.dep(c) in ("aux", "aux:pass", "cop") and self.low(k) + self.v.lemma(c).lower() \
                        in self.lex.speech_verbs:
                    return self.low(k) + self.v.lemma(c).lower()
        return (self.low(prt) + lemma) if prt is not None else lemma

    def cue_of(self, k: int) -> tuple[int, int]:
        prt = self.particle(k)
        return (min(k, prt), max(k, prt)) if prt is not None else (k, k)

    def mistagged_verb(self, k: int) -> str | None:
        """The speech verb lemma of a finite form the tagger read as another part of
        speech (``Lammert würdigte ...`` tagged as an adverb), else None."""
        v = self.v
        w = v.tokens[k].text
        if v.pos(k) in ("VERB", "AUX") or not w[:1].islower() or v.lemmatize is None:
            return None
        # a separable prefix taken for the head of its verb ("wurde bekannt", "bekannt geworden war")
        for c in v.children[k]:
            if v.dep(c) in ("aux", "aux:pass", "cop") and self.low(k) + v.lemma(c).lower() in self.lex.speech_verbs:
                return self.low(k) + v.lemma(c).lower()
        # a strong participle ("hatten angegeben", "hat hingewiesen") only with its auxiliary right before;
        # a strong past form ("empfahl", "sprach") only as the root of its sentence
        strong = w.endswith("en") and "ge" in w[:-2] and k > 0 and self.low(k - 1) in self.lex.perfect_auxiliaries
        root = v.head(k) == k and v.pos(k) in ("NOUN", "ADV", "ADJ", "X")
        if not (w.endswith(("t", "te", "ten")) or strong or root):
            return None
        lemma = v.lemmatize(w, "VERB").lower()
        # ("Russland warf Polen ... vor" with "warf" read as an adjective: the particle the parse hung on it
        # makes the separable verb, as for a verb read right)
        prt = next((c for c in v.children[k] if v.dep(c) == "compound:prt" and c > k), None)
        if prt is not None and self.low(prt) + lemma in self.lex.speech_verbs:
            lemma = self.low(prt) + lemma
        if w.endswith("te") and lemma == w.lower() + "n" and not root and not any(
                0 <= j < self.n and self.low(j) in self.lex.self_speakers for j in (k - 1, k + 1)):
            # "hören Sie bitte auf", "werte Kolleginnen und Kollegen": a present form in "-te" (the stem ends
            # in "t": "bitten", "werten"), no weak verb's preterite; read as a particle or an adjective, it is
            # one, unless its subject "ich"/"wir" stands beside it ("Ich bitte um Zustimmung")
            return None
        return lemma if lemma in self.lex.speech_verbs or lemma in self.lex.content_verbs else None
