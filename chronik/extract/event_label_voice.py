"""The form of an event's verb for its label (``chronik.extract.event_labels``): whether the clause
puts it in the infinitive, the perfect, the future or a passive (with ``werden``, with ``sein``, joined
by ``und`` to one), and its lemma spelt as the text spells it. The label reads these to say who does
what actively in the present; they are kept apart from the label's wording because they ask only what
the verb's form and auxiliaries show (Duden Grammatik: Tempus, Genus verbi), not what the line says."""
from __future__ import annotations

import re

from chronik.extract.event_predicates import opening_particles

# "ss" after "ie"/"ei" before a vowel, which German spells "ß" ("schießen", "reißen").
_LONG_SS = re.compile(r"(ie|ei)ss(?=[aeiou])")
# The past forms of "werden", which take a participle and never an infinitive.
_PAST_WERDEN = frozenset({"wurde", "wurden", "wurdest", "wurdet", "worden"})


class LabelVoice:
    """Tense and voice of an event's verb: infinitive, perfect, future, passive."""

    def _infinitive_form(self, k: int) -> bool:
        """The verb stands in its infinitive (its form is its lemma)."""
        return self.low[k] == self.v.lemma(k).lower()

    def _ge_infinitive(self, k: int) -> bool:
        """The infinitive of a separable verb whose own stem begins with
        ``ge``, which its form makes look like a participle (``wird ...
        bekanntgeben``, ``musste ... abgeben``; the participle is
        ``bekanntgegeben``): the form is its lemma, and after the particle
        stands a verb the lexicon knows (not ``aufgebrochen`` left as it was,
        nor the adjective ``eingeschränkten``)."""
        lex, form = self.lex, self.low[k]
        if form != self.v.lemma(k).lower() or not form.startswith(self._particle_ge):
            return False
        rest = form[max(len(p) for p in self._particle_ge if form.startswith(p)) - 2:]
        return rest in lex.verb_types or rest in lex.present_3sg or rest in lex.no_event_verbs \
            or rest in lex.speech_verbs

    def _text_spelling(self, lemma: str, form: str) -> str:
        """The lemma spelt as the text spells the word where the lemmatizer
        gave another spelling of the same letters: ``ss`` for an old ``ß``
        (``Kongreß`` for ``Kongress``), and an umlaut it dropped (``erlautern``
        for ``erläuterte``), where the lemma so spelt is a word it knows and the
        one it gave is not (not ``brauchen`` for ``bräuchte``)."""
        if "ß" in lemma and "ß" not in form:
            modern = lemma.replace("ß", "ss")
            return modern if form.lower().startswith(modern.lower()) else lemma
        # "einschiessen" for "eingeschossen": after "ie" and "ei", long sounds, German writes "ß" before a
        # vowel (Duden, s-Schreibung: "schießen", "reißen"), which the lemmatizer wrote "ss"
        lemma = _LONG_SS.sub(lambda m: m.group(1) + "ß", lemma)
        known = getattr(self.v.lemmatize, "known", None)
        plain = str.maketrans("äöüÄÖÜ", "aouAOU")
        flat, flat_form = lemma.translate(plain), form.translate(plain)
        at = flat_form.lower().find(flat[:3].lower()) if len(flat) > 3 else -1
        if known is None or at < 0 or not any(c in form for c in "äöüÄÖÜ") or known(lemma):
            return lemma
        out = list(lemma)
        for j, c in enumerate(lemma):
            if at + j >= len(form) or flat[j].lower() != flat_form[at + j].lower():
                break
            if form[at + j] in "äöü" and c in "aou":
                out[j] = form[at + j]
        spelt = "".join(out)
        return spelt if spelt != lemma and known(spelt) else lemma

    def _active_form(self, k: int) -> bool:
        """A verb the label's surface reading takes for a passive that is
        active by its form, where the parse has no passive: a present of a verb
        whose own stem begins with ``ge`` (``geht``, ``gewinnt``: no
        participle, though it begins with ``ge``), or the participle of a verb
        whose perfect takes ``sein`` after a form of ``sein`` (``war ...
        gegangen``, ``ist ... eingetroffen``: the pluperfect, Duden's grammar;
        ``ist gesperrt`` stays a state; a participle also by its form where
        the tagger gave none, and a ``sein`` the parser read as a copula:
        ``sei ... vorangekommen``)."""
        v = self.v
        if v.passive(k) or self._joined_passive(k):
            return False
        form, lemma = self.low[k], v.lemma(k).lower()
        if v.feature(k, "VerbForm") == "Fin" and form.startswith("ge") and lemma.startswith("ge") \
                and lemma.endswith("en") and form in (lemma[:-2] + "t", lemma[:-2] + "et"):
            return True
        # (also a "sein" the parser read as a copula: "Der Konzern sei ... vorangekommen")
        sein = [a for a in v.deps_of(k, "aux", "cop") if v.lemma(a).lower() == "sein"]
        # (a participle with an inseparable prefix and no "ge" by its form, not its lemma: "ist erschienen")
        if not (self._participle(k) or (sein and form != lemma)) \
                or any(self.low[j] in ("worden", "wurde", "wurden", "werden", "wird") for j in self._clause_span(k)):
            return False
        particle = next(iter(opening_particles(lemma, self.lex.separable_particles)), "")
        base = lemma[len(particle):]
        # (a participle by its form: "ge" after the particle, or an inseparable prefix; not "läuft")
        shaped = form[len(particle):].startswith("ge") if form.startswith(particle) else False
        shaped = shaped or form.startswith(tuple(self.lex.inseparable_prefixes))
        return bool(sein) and shaped and form.endswith(("en", "t")) \
            and (lemma in v.grammar.sein_perfect or base in v.grammar.sein_perfect)

    def _joined_passive(self, k: int) -> bool:
        """A participle joined by ``und`` to a passive, with no auxiliary,
        subject or particle of its own (``Zwei Menschen wurden getötet und drei
        verletzt``): the passive's auxiliary is its too. After ``wird`` or
        ``ist`` a form in ``-t`` may be a present of its own (``wird entmachtet
        und flieht``); after ``wurde(n)`` or ``werden`` it is the participle."""
        v = self.v
        chain = v.coordinated_with(k)
        if len(chain) < 2 or not self.low[k].endswith("t") or v.deps_of(k, "aux", "nsubj") or self._particles(k):
            return False
        auxes = v.deps_of(chain[-1], "aux")
        return v.passive(chain[-1]) and bool(auxes) and all(self.low[a].endswith(("e", "n")) for a in auxes)

    def _future(self, k: int) -> bool:
        """``werden`` with an infinitive, not a participle: the future
        (``wird sich dem Mars nähern``). The form is its lemma, and either a
        passive could not have it (``sich``) or its participle would end in
        ``-t`` (``nähern``: ``genähert``)."""
        v, form = self.v, self.low[k]
        if form != v.lemma(k).lower():
            return False
        if form.endswith(("ern", "eln")) or any(self.low[c] == "sich" for c in v.children[k]):
            return True
        # a participle in "-en" without "ge" has an inseparable prefix ("erhalten", "vergessen"); a
        # separable verb's has "ge" after its particle ("eingeflossen"): "einfließen" is the infinitive
        if not form.endswith("en") or form.startswith("ge") or form.startswith(tuple(self.lex.inseparable_prefixes)):
            return False
        particle = max(opening_particles(form, self.lex.separable_particles), key=len, default="")
        rest = form[len(particle):]
        known = getattr(v.lemmatize, "known", None)
        # (the rest a verb of its own: "hinterlassen" is no "hin" + "terlassen")
        return bool(particle) and len(rest) > 3 and not rest.startswith("ge") and known is not None and known(rest)

    def _verb_text(self, k: int) -> str:
        """The verb's form as the text has it, in lower case where it opens
        its sentence (``Verkauft``): inside a line a verb is written small."""
        v = self.v
        text = v.tokens[k].text
        return text.lower() if k == v.sentences[v.sentence_of[k]].first_token else text

    def _inseparable_lemma(self, k: int) -> str:
        """The infinitive of a participle with an inseparable prefix that the
        lemmatizer left as it was (``bestohlen``): such a participle has no
        ``ge``, so the lemma of the plain participle (``gestohlen``: ``stehlen``)
        after the prefix is it (``bestehlen``)."""
        v, form = self.v, self.low[k]
        lemmatize = v.lemmatize
        known = getattr(lemmatize, "known", None)
        finite = not self._perfect(k) and not v.deps_of(k, "aux")  # no auxiliary: the form is the finite verb
        if lemmatize is None or not form.endswith("en") or not (finite or self._perfect(k)):
            return ""
        for prefix in self.lex.inseparable_prefixes:
            rest = form[len(prefix):]
            if form.startswith(prefix) and len(rest) >= 4:
                # a past plural (``entschlossen``) is read as the plain past (``schlossen``)
                plain_form = rest if finite else "ge" + rest
                if finite and (known is None or not known(rest)):
                    continue
                plain = lemmatize(plain_form, "VERB").lower()
                if finite and (plain[:1] != rest[:1] or len(plain) > len(rest) + 1
                               or lemmatize("ge" + rest, "VERB").lower() not in (plain, "ge" + rest)):
                    continue  # the plain past names the same verb, as the participle does: "betroffen"
                    # ("troffen": "triefen", "getroffen": "treffen") is a participle, not a past
                if plain != plain_form and plain.endswith("n") and not plain.startswith("ge"):
                    return prefix + plain
        return ""

    def _perfect(self, k: int) -> bool:
        """``haben`` or ``sein`` with the verb or the verb it is coordinated with: a participle."""
        v = self.v
        return any(v.lemma(a).lower() in ("haben", "sein") for h in v.coordinated_with(k) for a in v.deps_of(h, "aux"))

    def _unlemmatized_participle(self, k: int, present: str) -> bool:
        """A participle whose lemma is the participle itself (``bestohlen``
        after ``haben``), where the present form built from it is no word the
        lemmatizer knows (``bestohlt``): the label keeps the participle."""
        v = self.v
        known = getattr(v.lemmatize, "known", None)
        return known is not None and self.low[k].endswith("en") and v.lemma(k).lower() == self.low[k] \
            and self._perfect(k) and not known(present.split()[-1])

    def _subject_undergoes(self, k: int) -> bool:
        """A verb whose subject is its patient (``starb``, ``erhielt``), read
        with its particle (``stürzte ab``; not ``steigt ... ein``)."""
        return self.v.undergoes(k, self._particles(k))

    def _infinitive_passive(self, k: int) -> bool:
        """A participle with an inseparable prefix whose form is its
        infinitive (``erlassen``, ``verlassen``, ``empfangen``), which the
        tagger leaves untold, after a past of ``werden`` in its stretch (``Gegen
        Faycal C. wurde Haftbefehl erlassen``): ``wurde`` takes no infinitive
        (the future's ``wird`` and the subjunctive's ``würde`` do), so it is a
        passive."""
        v, form = self.v, self.low[k]
        if form != v.lemma(k).lower() or not form.startswith(tuple(self.lex.inseparable_prefixes)) \
                or v.feature(k, "VerbForm") == "Inf":
            return False
        return any(self.low[j] in _PAST_WERDEN and v.lemma(j).lower() == "werden" for j in self._clause_span(k))

    def _prefixed_participle_passive(self, k: int) -> bool:
        """``Erstmals wird die Auszeichnung ... verliehen``: a verb with an inseparable prefix whose form
        ends in ``-en`` but is not its infinitive (a strong participle, which takes no ``ge``: ``verliehen``,
        ``entzogen``), untold by the tagger, with a form of ``werden`` in its stretch: ``werden`` with
        a form other than the infinitive is the passive (Duden, werden-Passiv), not the future."""
        v, form = self.v, self.low[k]
        if form == v.lemma(k).lower() or not form.endswith("en") or v.feature(k, "VerbForm") in ("Fin", "Inf") \
                or not form.startswith(tuple(self.lex.inseparable_prefixes)) \
                or getattr(v.lemmatize, "known", None) is None or not v.lemmatize.known(v.lemma(k).lower()):
            return False  # (a lemma the lookup does not know is a misread infinitive: "verabschieden werde")
        if v.lemma(k).lower() in v.grammar.sein_perfect:
            return False  # (no passive: "der 1941 erschienen war und ... übersetzt wurde")
        # (its own auxiliary, also past an apposition set off by commas: "wird ..., am Vorabend ..., verliehen";
        # not another verb's: "Das Grab des 1849 verstorbenen Schriftstellers ... wird")
        return any(v.lemma(j).lower() == "werden" for j in v.deps_of(k, "aux", "aux:pass"))

    def _coordinated_perfect(self, k: int) -> bool:
        """A participle with no auxiliary or subject of its own joined by ``und`` to one whose auxiliary is
        ``haben`` (``hatte ... eine Abkehr gefordert und für einen neuen Ansatz geworben``): coordinated
        verbs share the auxiliary of the first (Duden, Koordination: Ellipse), so it is an active perfect,
        not a passive. Only where each of its phrases has a preposition: a bare one could be its object
        or a passive's subject, which the parse does not tell."""
        v = self.v
        joiner = next((c for c in v.deps_of(k, "cc") if c < k and self.low[c] in self.lex.list_joiners), None)
        if not self._participle(k) or joiner is None:
            return False
        for j in range(joiner + 1, k):  # (a bare phrase the parse hung elsewhere: "und Konkursanträge gestellt")
            if v.pos(j) == "ADP":
                break
            if v.pos(j) in ("NOUN", "PROPN", "PRON"):
                return False
        for c in v.children[k]:
            if v.dep(c).startswith(("aux", "nsubj", "obj", "expl")) or (
                    v.dep(c) in ("obl", "obl:arg", "iobj") and not v.deps_of(c, "case")):
                return False
        shared = [v.lemma(a).lower() for h in v.coordinated_with(k)[1:] for a in v.children[h]
                  if v.dep(a).startswith("aux")]
        return "haben" in shared and not set(shared) & v.grammar.passive_aux

    def _surface_passive(self, k: int) -> bool:
        """A participle read as a passive however it was parsed: a form of
        "werden" in its own stretch of the sentence (``sei ein Paket abgefangen
        worden``), or no finite verb at all, as in a headline (``Video in China
        ausgestrahlt``)."""
        v = self.v
        if not self._participle(k) or any(v.lemma(c).lower() == "haben" for c in v.deps_of(k, "aux")) \
                or self._ge_infinitive(k):
            return False
        if any(v.dep(h) == "xcomp" and v.lemma(v.head(h)).lower() == "haben" for h in v.coordinated_with(k)):
            return False  # "Moody's hat/root das Rating ... angehoben/xcomp": a perfect the parser split
        if v.deps_of(k, "nsubj") and any(self.low[c] not in v.grammar.reflexives for c in v.deps_of(k, "obj")):
            return False  # a passive takes no accusative object: "nachdem er ... eine Niederlage erlitt"
        if any(v.lemma(j).lower() == "werden" and v.pos(j) == "AUX" for j in self._clause_span(k)):
            return True
        if self._sein_passive(k):
            return True
        s = v.sentences[v.sentence_of[k]]
        return not any(v.pos(j) in ("VERB", "AUX") and v.feature(j, "VerbForm") == "Fin"
                       for j in range(s.first_token, s.last_token) if j != k)

    def _sein_passive(self, k: int) -> bool:
        """``Der Täter ist festgenommen``, ``dass ihr Kind nun eingekesselt sei``: the participle with its
        own ``sein`` of a verb whose perfect takes ``haben`` is the state passive (Duden, Zustandspassiv),
        its subject what the act was done to; with a verb whose perfect takes ``sein`` it is the perfect
        (``ist gegangen``)."""
        v = self.v
        # (also a "sein" the parser read as a copula: "ist/cop inzwischen festgenommen")
        form = self.low[k]
        if not any(v.lemma(a).lower() == "sein" for a in v.deps_of(k, "aux", "cop")) \
                or v.feature(k, "VerbForm") == "Fin" or not (form.endswith("iert") or form.startswith(
                    ("ge",) + self._particle_ge + tuple(self.lex.inseparable_prefixes))):
            return False  # (a participle by its shape too: not "einführt", a present)
        lemma = v.lemma(k).lower()
        particle = next(iter(opening_particles(lemma, self.lex.separable_particles)), "")
        return lemma not in v.grammar.sein_perfect and lemma[len(particle):] not in v.grammar.sein_perfect
