"""The subject and object of an event's clause read from its word order (``chronik.extract.event_labels``):
the bare noun phrases of a verb-second clause and of the verb bracket (Duden Grammatik: Feldermodell,
Satzklammer), a passive's agent in its ``von``/``durch`` phrase, and the noun a relative clause hangs
on, where the parse gives the label no subject or object of its own. Kept apart from the label's
wording because these read the clause's fields, not the line built from them."""
from __future__ import annotations

# The mark of a noun phrase read from the surface that a conjunct follows ("A und B").
LISTED = "&"


class LabelClauses:
    """Subjects and objects of a clause read from its fields and its relative clauses."""

    def _relative_object(self, k: int) -> str:
        """The noun a relative clause hangs on, where the relative pronoun is
        the clause's object (``das Lager, das die Regierung geschlossen hat``:
        ``Lager``); the subject is another phrase."""
        v = self.v
        if v.dep(k) not in ("acl:relcl", "acl") or v.pos(v.head(k)) not in ("NOUN", "PROPN"):
            return ""
        subject = v.actor_subject(k)
        for c in v.deps_of(k, "obj"):
            if c != subject and c < k and self.low[c] in v.grammar.relative_pronouns \
                    and (subject is None or c < subject) and self._agrees(c, v.head(k)):
                return self._short_phrase(v.head(k))
        return ""

    def _agrees(self, pronoun: int, noun: int) -> bool:
        """A relative pronoun and the noun it stands for agree in gender and
        number, as the noun's article shows them (``der Rückkehr, das ...``
        do not: the parser hung the clause on the nearest noun)."""
        v = self.v
        marked = ([d for d in v.deps_of(noun, "det") if d < noun] or [noun])[0]  # the article shows it best
        return all(not v.feature(pronoun, f) or not v.feature(marked, f) or v.feature(pronoun, f) == v.feature(marked, f)
                   for f in ("Gender", "Number"))

    def _surface_tag(self, j: int) -> str:
        """The word class, "als" hung on a noun as its case marker a preposition (``Als Zeichen``)."""
        return "ADP" if self.v.dep(j) == "case" else self.v.pos(j)

    def _bare_phrases(self, first: int, last: int) -> list[tuple[int, str]]:
        """(head, opening article) of each noun phrase with no preposition in
        first..last-1, read from the surface: not a date, nor a phrase in
        brackets, nor a genitive after a noun (``zu Beginn der Krise``); a
        conjunct joins the phrase before it, whose article then ends in
        ``LISTED``."""
        v, tag = self.v, self._surface_tag
        found, det, governed, j, depth, joined = [], "", False, first, 0, False
        while j < last:
            pos = tag(j)
            if pos == "CCONJ" and j > first and v.pos(j - 1) in ("NOUN", "PROPN"):
                joined = True  # "auf Nachhaltigkeit und Kostenoptimierung", "Hollande und Ban": one phrase
                j += 1
                continue
            depth += {"(": 1, ")": -1}.get(self.low[j], 0)
            if depth > 0 or v.timex_at[j] >= 0:  # "am Dienstag": a date, no phrase of the clause's parties
                governed, det = depth > 0, ""
            elif pos == "ADP" and self._count_bound(j):
                j += len(self.lex.count_bounds[self.low[j]])  # "bis zu 12.000 Menschen": a subject all the same
            elif pos == "ADP":
                governed, det = True, ""
            elif pos == "PRON":
                if not governed:
                    found.append((j, self.low[j]))
                governed, det = False, ""
            elif pos == "DET":
                if det and v.pos(j - 1) == "DET" and not governed:
                    found.append((j - 1, det))  # "ergab dies einen Anstieg": the first stands alone, a pronoun
                    det = ""
                # (an article of the genitive right after a noun opens its owner: "Beginn der Krise")
                owner = not det and j > first and v.pos(j - 1) in ("NOUN", "PROPN") \
                    and self.low[j] in self.lex.genitive_articles
                det = det or self.low[j]
                governed = governed or owner
            elif pos in ("NOUN", "PROPN"):
                end = j
                while end + 1 < last and v.pos(end + 1) in ("NOUN", "PROPN") and v.timex_at[end + 1] < 0:
                    end += 1
                if not governed and not joined and v.tokens[end].text[:1].isupper():
                    found.append((end, det))
                elif joined and not governed and found and found[-1][0] < j:
                    found[-1] = (found[-1][0], found[-1][1] + LISTED)  # a list of parties: "A und B"
                governed, det, j, joined = False, "", end, False
            elif pos not in ("ADJ", "NUM", "ADV", "PART", "PUNCT"):
                governed, det = False, ""
            j += 1
        return found

    def _verb_second_phrases(self, k: int) -> tuple[int | None, int | None, bool, str]:
        """The subject and the object of a main clause whose finite verb
        follows an adverbial (``Bereits in den vergangenen Jahren stoppten
        mehrere deutsche Verwaltungsgerichte geplante Rücktransporte``): as
        in the verb bracket (``_bracket_phrases``), the first noun phrase
        with no preposition after the verb is the subject, the next, not in
        the dative or genitive, the object (none with ``sich``); then whether
        the verb is plural, and the separable particle that closes the clause
        where the parse left it loose (``wendet Wels ... auf``), else ""."""
        v, g, tag = self.v, self.v.grammar, self._surface_tag
        none = (None, None, False, "")
        if v.pos(k) != "VERB" or not self._finite(k) or v.mention_at[k] >= 0:
            return none  # (not "van" in a name)
        span = self._clause_span(k)
        if k == span[0] or any(tag(j) in ("VERB", "AUX", "SCONJ", "CCONJ") for j in range(span[0], k)) \
                or any(v.pos(j) == "AUX" for j in span if j > k) \
                or not (tag(span[0]) in ("ADP", "ADV") or v.timex_at[span[0]] >= 0
                        or self.low[span[0]] in g.clause_adverbs):
            return none
        ends = next((j for j in span if j > k and tag(j) in ("CCONJ", "VERB", "SCONJ")), span[-1] + 1)
        after = [p for p in self._bare_phrases(k + 1, ends) if p[1] not in g.oblique_pronouns]
        # the third person plural ends in "-en", "-n" (Duden), not the singular ("begann", "kam", "stoppte")
        form = self.low[k]
        plural = form.endswith("en") or (form.endswith(("ern", "eln")) and not form.endswith("nn"))
        if not after or after[0][1] in g.oblique_determiners or v.pos(after[0][0]) in ("PRON", "DET") \
                or after[0][1].endswith(LISTED) \
                or not self._nominal(after[0][0]) or (not plural and v.feature(after[0][0], "Number") == "Plur"):
            return none  # (the subject agrees with the verb: not "steht einer der Termine an")
        reflexive = any(self.low[j] in g.reflexives for j in range(k + 1, ends))
        rest = [p for p in after[1:]
                if v.pos(p[0]) not in ("PRON", "DET") and p[1] not in ("dem", "einem", "des", "eines")]
        obj = rest[0][0] if rest and not reflexive and self._nominal(rest[0][0]) \
            and not self._measured(rest[0][0]) else None  # (not a measure: "wendet fünf Millionen Euro auf")
        last = max((j for j in range(k + 1, ends) if v.pos(j) != "PUNCT"), default=k)
        closing = self.low[last] if tag(last) == "ADP" and self.low[last] in self.lex.separable_particles else ""
        return after[0][0], obj, plural, closing

    def _count_bound(self, j: int) -> bool:
        """Whether the word at ``j`` opens a bound of the number after it (``bis zu 12.000``), an adverb
        there, not a preposition that governs the phrase."""
        rest = self.lex.count_bounds.get(self.low[j])
        if rest is None:
            return False
        after = j + 1 + len(rest)
        return after < len(self.low) and tuple(self.low[j + 1:after]) == rest and self.v.pos(after) == "NUM"

    def _bracket_phrases(self, k: int) -> tuple[int | None, int | None, bool]:
        """The subject and the object of a main clause whose verb closes the
        verb bracket a finite ``haben`` or modal opens, or ``sein`` before a
        verb whose perfect takes it (German word order, Duden: Verbklammer), read from the surface where the parse went
        astray. A noun phrase that fills the field before the finite verb is
        the subject (``Österreich hat eine Obergrenze gesetzt``), unless an
        article of the accusative or dative opens it, its number is not the
        finite verb's, or ``der`` opens the first phrase after the finite
        verb (``Die Strategie hatte der Microsoft-Boss geerbt``: that one is).
        After an adverbial there (``Als Zeichen hatte das Weiße Haus am
        Dienstag Vertreter ... eingeladen``) the first noun phrase with no
        preposition after the finite verb is the subject, as the nominative
        comes first in the middle field. The next such phrase, not in the
        dative or genitive, is the object; a clause with ``sich`` has none.
        (None, None) where the clause is no such bracket or a pronoun stands
        for the subject."""
        v, g = self.v, self.v.grammar
        if v.pos(k) not in ("VERB", "ADJ", "AUX") or v.feature(k, "VerbForm") == "Fin":
            return None, None, False
        span = self._clause_span(k)

        tag = self._surface_tag
        # (a verb whose perfect takes "sein" opens its bracket with it: "waren ... Menschen auf die Straße
        # gegangen")
        moving = self._active_form(k)
        openers = ("haben", "sein") if moving else ("haben",)
        finite = next((j for j in span if j < k and v.lemma(j).lower() in openers + tuple(self.lex.modal_verbs)
                       and self._finite(j)), None)
        def joins_nouns(j: int) -> bool:  # "für die Differenzen bei Bürgerrechten und Meinungsfreiheit"
            return 0 < j < len(self.low) - 1 and v.pos(j - 1) in ("NOUN", "PROPN") \
                and v.pos(j + 1) in ("NOUN", "PROPN", "ADJ", "DET")
        if finite is None or finite == span[0] or any(tag(j) in ("VERB", "SCONJ") or
                                                      (tag(j) == "CCONJ" and not joins_nouns(j)) or
                                                      (v.pos(j) == "AUX" and j != finite)
                                                      for j in range(span[0], k) if j != finite) \
                or any(v.pos(j) == "AUX" or v.lemma(j).lower() in ("werden", "sein") for j in span if j > k):
            return None, None, False  # (not "sollen ... geschlossen werden": a passive)
        for j in span:  # the verb closes the bracket: after it only another verb joined by "und"
            if j > k and v.pos(j) == "CCONJ":
                break
            if j > k and v.pos(j) != "PUNCT":
                return None, None, False

        phrases = self._bare_phrases

        def number(j: int) -> str | None:
            return v.feature(j, "Number")
        before, after = phrases(span[0], finite), phrases(finite + 1, k)
        after = [p for p in after if p[1] not in g.oblique_pronouns]  # ("hat sich", "hat ihn")
        reflexive = any(self.low[j] in g.reflexives for j in range(finite + 1, k))
        # (a date there with no preposition makes the first word one misread: "Binnen/NOUN zehn Monaten habe")
        dated = any(v.timex_at[j] >= 0 and tag(j - 1) != "ADP" for j in range(span[0] + 1, finite))
        if before and len(before) == 1 and v.pos(span[0]) in ("DET", "ADJ", "NOUN", "PROPN") and not dated \
                and before[0][1] not in g.oblique_determiners and before[0][1] not in g.oblique_pronouns:
            first = after[0] if after else None
            if first is not None and v.pos(first[0]) not in ("PRON", "DET") \
                    and first[1] not in g.oblique_determiners and (
                    first[1] == "der" or (number(before[0][0]) != number(finite) == number(first[0]))):
                # "Einige Forderungen musste HD Austria schlucken": the object leads, the subject follows
                subject, rest = first, [before[0]]
            elif first is not None and (v.pos(first[0]) == "PROPN" or v.mention_at[first[0]] >= 0) \
                    and not first[1] and v.pos(before[0][0]) == "NOUN" and v.mention_at[before[0][0]] < 0:
                # "Das Grundstück hat Daniell Porsche ... gestellt": either may be the subject
                return None, None, False
            else:
                subject, rest = before[0], after
        else:
            if tag(span[0]) not in ("ADP", "ADV") and v.timex_at[span[0]] < 0 \
                    and self.low[span[0]] not in g.clause_adverbs:
                return None, None, False
            if not after or after[0][1] in g.oblique_determiners:
                return None, None, False
            subject, rest = after[0], after[1:]
        if v.pos(subject[0]) in ("PRON", "DET") or not self._nominal(subject[0]) or subject[1].endswith(LISTED):
            return None, None, False  # (a list of subjects the label would cut: "Hollande und Ban")
        rest = [p for p in rest
                if v.pos(p[0]) not in ("PRON", "DET") and p[1] not in ("dem", "einem", "des", "eines")]
        # (a particle verb of motion may take one: "ist die Reformen angegangen")
        objectless = moving and v.lemma(k).lower() in g.sein_perfect
        obj = rest[0][0] if rest and not reflexive and not objectless and self._nominal(rest[0][0]) else None
        return subject[0], obj, number(finite) == "Plur"

    def _common_agent(self, k: int) -> tuple[int, bool] | None:
        """The agent of a ``werden`` passive that a ``von``/``durch`` phrase
        names by a person's or an office's noun or by a name of a person or an
        organisation (``wurde von der Polizei festgenommen``, ``vom Täter
        niedergefahren``, ``von den Grünen beendet``), and whether it is
        plural (``von den``: a dative plural; a bare plural noun). Not a
        thing (``von der Liste gestrichen``) nor a verb the parser made a
        passive that is no participle (``die vom Ministerium kommt``)."""
        v = self.v
        form = self.low[k]
        if not v.passive(k) or not self._participle(k) or not (form.startswith(
                ("ge",) + self._particle_ge + tuple(self.lex.inseparable_prefixes)) or form.endswith("iert")):
            return None  # (a participle by its shape too: "kommt", tagged one, is a present)
        # (a participle listed after another shares its "von" phrase: "von Menschen angestoßen und überwacht")
        shared = [c for c in v.children[v.head(k)] if c < k] if v.dep(k) == "conj" and v.pos(v.head(k)) == "VERB" \
            and not v.deps_of(k, "nsubj", "nsubj:pass") else []
        for c in v.children[k] + shared:
            case = v.deps_of(c, "case")
            # (not "durch", which names the means as often: "durch eine doppelte Buchführung ersetzt")
            if v.dep(c) not in ("obl", "obl:agent") or not case or self.low[case[0]] not in v.grammar.agent_preps \
                    or self.low[case[0]] == "durch" or not self._nominal(c):
                continue
            mi = v.mention_at[c]
            # (or one who acts for a body: "von einem Vertreter der Polizei begleitet")
            if not (self._person_role(c) or self._institution(v.lemma(c)) or v.lemma(c) in self.lex.representative_nouns
                    or (mi >= 0 and v.mentions[mi].label in ("PER", "ORG"))):
                continue
            dets = [self.low[d] for d in v.deps_of(c, "det") if d < c]
            return c, dets[:1] == ["den"] or (not dets and self.low[case[0]] != "vom"
                                              and v.feature(c, "Number") == "Plur")
        return None

    def _bracket_text(self, c: int | None) -> str:
        """A phrase of the verb bracket in the label: the whole name it ends (``Weiße Haus``), or its noun."""
        if c is None:
            return ""
        mi = self.v.mention_at[c]
        if mi < 0:
            return self._short_phrase(c)
        m = self.v.mentions[mi]
        return self._short(m.text) if m.label == "PER" else m.text  # (a firm keeps its name: "Rockstar Games")

    def _relative_head(self, k: int) -> str:
        """The noun a relative clause hangs on, for the clause's own subject
        (``das Grenzgebiet, das ... besetzt wurde``: ``Grenzgebiet``)."""
        v = self.v
        if v.dep(k) not in ("acl:relcl", "acl", "dep"):
            return ""
        subject = v.subject(k)
        if subject is None or self.low[subject] not in v.grammar.relative_pronouns:
            return ""
        head = v.head(k)
        if v.pos(head) in ("NOUN", "PROPN") and v.dep(k) != "dep":
            return v.tokens[head].text
        # "Einer der Kritiker ist Thom Yorke, der sich ... eingeschossen hat", the clause hung on the
        # pronoun "Einer": a relative clause follows the noun it stands for, right after the comma
        # (Duden, Relativsatz), if they agree in gender and number
        t = subject - 2
        # "weitere Indizien gegen den Mitarbeiter sprechen, der dienstfrei gestellt wurde": a relative clause
        # may follow the verbs that close the clause of its noun (Duden, Nachfeld), so it stands for the noun
        # right before them
        verbs = 0
        if t > 0 and self.low[t + 1] == "," and v.pos(subject + 1) not in ("AUX", "VERB"):
            while verbs < 2 and t > 0 and v.pos(t) in ("VERB", "AUX") and v.feature(t, "VerbForm") != "Fin" \
                    and v.sentence_of[t] == v.sentence_of[k]:
                t, verbs = t - 1, verbs + 1
            # (a noun with a preposition has its dative's ending: "von fünf Flüchtlingen entdeckt, die")
            if verbs and v.pos(t) in ("NOUN", "PROPN") and v.sentence_of[t] == v.sentence_of[k] \
                    and self._agrees(subject, t) and v.timex_at[t] < 0 and not self._in_prepositional(t):
                return self._bracket_text(t) if v.mention_at[t] >= 0 else v.tokens[t].text
            t = subject - 2
        # (with its finite verb right after it "das" opens a main clause: "München, das sei ... passiert")
        if t < 0 or self.low[t + 1] != "," or v.pos(t) not in ("NOUN", "PROPN") \
                or v.pos(subject + 1) in ("AUX", "VERB") \
                or v.sentence_of[t] != v.sentence_of[k] or not self._agrees(subject, t) or v.timex_at[t] >= 0:
            return ""
        return self._bracket_text(t) if v.mention_at[t] >= 0 else v.tokens[t].text

    def _in_prepositional(self, t: int) -> bool:
        """The noun stands in a phrase a preposition opens, read from the
        surface back over its articles, adjectives and numbers."""
        v, j = self.v, t - 1
        while j > 0 and v.pos(j) in ("DET", "ADJ", "NUM", "PROPN", "NOUN") and v.sentence_of[j] == v.sentence_of[t]:
            j -= 1
        return v.pos(j) == "ADP" or self.low[j] in self.lex.fused_preps
