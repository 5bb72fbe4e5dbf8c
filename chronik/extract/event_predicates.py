"""Verbal predicates of the event reader (``chronik.extract.events``): which tokens are verbs that head a
clause (also a main-clause auxiliary used as a full verb, a fronted participle or a root the
tagger mistook), their lemma with its separated particle, and the type a verb or its phrase gives the
event; with ``_Event``, one predicate while it is being read."""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache

from chronik.extract.event_participants import PARTICIPATION_TYPES

# Relations the parser gives a clause-final particle it did not recognise.
LOOSE_PARTICLE_RELATIONS = frozenset({"dep", "advmod", "compound", "case", "mark", "amod", "xcomp", "obl"})
# Endings of a participle used as an adjective ("eingesetzte", "besetzten").
ATTRIBUTIVE_ENDINGS = ("te", "ten", "ter", "tes", "tem", "ene", "enen", "ener", "enes", "enem")
ADJECTIVE_ENDINGS = ("e", "en", "er", "es", "em")


@lru_cache(maxsize=8)
def _particles_by_opening(particles: tuple[str, ...]) -> tuple[int, dict[str, tuple[str, ...]]]:
    """The particles grouped by their first letters (as many as the shortest has, at most two), each
    group in the order given."""
    width = min(2, min(map(len, particles), default=2))
    groups: dict[str, list[str]] = {}
    for p in particles:
        groups.setdefault(p[:width], []).append(p)
    return width, {opening: tuple(group) for opening, group in groups.items()}


def opening_particles(word: str, particles: tuple[str, ...]) -> tuple[str, ...]:
    """The particles ``word`` starts with, in the order given (the lexicon's: longest first). Only
    the few that share its first letters are tried: a word is read against the particle list many
    times per sentence."""
    width, groups = _particles_by_opening(particles)
    return tuple(p for p in groups.get(word[:width], ()) if word.startswith(p))


@dataclass
class _Event:
    """One predicate while it is being read (internal, mutable)."""

    k: int
    kind: str  # "verb" or "noun"
    lemma: str
    type: str
    clause: int  # the verb whose clause dates and places it
    roles: list[tuple[str, str]] = field(default_factory=list)
    place: str | None = None
    date: str | None = None
    date_basis: str | None = None
    status: str = "happened"
    via: str | None = None
    label: str = ""
    refers_back: bool = False
    read: bool = False  # its parts are read (events of the same sentence are read after all are found)
    place_prep: str = "in"
    owners: dict[str, str] = field(default_factory=dict)  # a genitive party -> the noun it owns ("Rating von")
    recipients: tuple[str, ...] = ()  # parties an "an" phrase names: they receive it


class VerbPredicates:
    """Finding the verbs that report a happening, their lemma and type."""

    # -- verbal predicates ---------------------------------------------------------------
    def _verb_like(self, k: int) -> bool:
        """A verb, a main-clause auxiliary used as a full verb, or a lower-case
        root with a subject or object that the tagger mistook for another part
        of speech (``Österreich schließt/ADV die Grenze``)."""
        v = self.v
        pos = v.pos(k)
        if pos == "VERB":
            return True
        if pos == "AUX":
            return v.dep(k) in ("root", "conj") and not v.deps_of(k, "cop")
        if pos in ("ADJ", "ADV") and self._dated_attribute(k):
            return True
        if pos == "ADJ":  # a participle the tagger read as an adjective: "hätten ... telefoniert/ADJ"
            form = self.low[k]
            return (form.endswith(("t", "en")) and v.dep(k) in ("root", "conj", "parataxis", "ccomp", "advcl")
                    and not v.deps_of(k, "cop") and not self._attributive(k)
                    and (form.startswith("ge") or form.endswith("iert") or self._werden_passive(k)
                         or form.startswith(self._particle_ge))
                    and bool(v.deps_of(k, "obj", "nsubj", "aux", "obl") or v.dep(k) != "root"))
        if pos == "NOUN" and self._fronted_participle(k):
            return True
        return (v.dep(k) == "root" and pos in ("ADV", "NOUN", "X") and self.low[k].isalpha()
                and v.tokens[k].text[:1].islower() and bool(v.deps_of(k, "obj", "nsubj", "dep"))
                and not v.deps_of(k, "cop") and v.lemma(k).endswith("n") and self.low[k].endswith(("t", "te", "ten")))

    def _dated_attribute(self, k: int) -> bool:
        return self._attribute_date(k) is not None

    def _attribute_date(self, k: int) -> int | None:
        """``_read_attribute_date`` of token ``k``, read once per article (five rules ask)."""
        if k not in self.attribute_dates:
            self.attribute_dates[k] = self._read_attribute_date(k)
        return self.attribute_dates[k]

    def _read_attribute_date(self, k: int) -> int | None:
        """A participle before its noun whose extended attribute names a date
        (``die am 6. August 1945 über Hiroshima abgeworfene Atombombe``, ``des
        1849 verstorbenen Schriftstellers``): the attribute tells a happening of
        its own, dated there (Duden: erweitertes Partizipialattribut); read from
        the words, as the parser hangs the date anywhere. Not a date that only
        bounds it (``der seit 1973 eingesetzte Hubschrauber``, ``vor 1970
        erworben``), nor a participle of state (``die 2010 bekannte Firma``: no
        ``ge-``, particle or prefix). The index of the date's time expression, else None."""
        v, lex, low = self.v, self.lex, self.low
        form = low[k]
        if not form.isalpha() or not form.endswith(ADJECTIVE_ENDINGS) or k + 1 >= len(low) \
                or v.pos(k + 1) not in ("NOUN", "PROPN") or v.sentence_of[k + 1] != v.sentence_of[k]:
            return None
        if self._participle_stem(form) is None:
            return None
        first = v.sentences[v.sentence_of[k]].first_token
        dated = None
        for j in range(k - 1, max(first, k - 12) - 1, -1):
            if v.pos(j) in ("VERB", "AUX", "PUNCT", "CCONJ", "SCONJ") and v.timex_at[j] < 0:
                return None  # the attribute ends at a clause's verb, a comma or a conjunction
            t = v.timex_at[j]
            if t >= 0 and v.timexes[t].type == "DATE" and (v.timexes[t].value or "")[:4].isdigit() \
                    and (j == first or v.timex_at[j - 1] != t):  # a day, month or year ("damals" is none)
                if low[j - 1] in lex.bound_preps or low[j - 1] in lex.outer_bound_preps or low[j] in lex.bound_preps:
                    return None
                dated = t
            if v.timex_at[j] < 0 and (v.pos(j) == "DET" or low[j] in lex.definite or low[j] in lex.indefinite):
                if j == k - 1:
                    return None  # the participle's own article ("kurz vor der geplanten Kundgebung"): no attribute
                if j > first and v.pos(j - 1) in ("ADP", "NOUN", "PROPN"):
                    continue  # the article of a phrase inside the attribute ("bei einem Spiel der Elf")
                return dated  # the article that opens the phrase
        return None

    def _participle_stem(self, form: str) -> str | None:
        """The past participle an attributive form inflects (``abgeworfene`` ->
        ``abgeworfen``, ``erbauten`` -> ``erbaut``): ``ge-``, a particle and
        ``ge-``, or an inseparable prefix, ending in ``-t`` or ``-en``."""
        stem = form[:-2] if form.endswith(("en", "er", "es", "em")) else form[:-1]
        prefix = "ge" if stem.startswith("ge") else next(
            (p + "ge" for p in opening_particles(stem, self.lex.separable_particles) if stem.startswith(p + "ge")),
            None) or next((p for p in self.lex.inseparable_prefixes if stem.startswith(p)), None)
        # a verb's stem after the prefix ("er-st-en" is the ordinal "ersten", no participle)
        if prefix is not None and stem.endswith(("t", "en")) and len(stem) - len(prefix) >= 3:
            return stem
        return None

    def _fronted_participle(self, k: int) -> bool:
        """A participle that opens the sentence before its auxiliary
        (``Gefunden wurde das Wrack``, ``Abgelöst wird der Hubschrauber``), which
        the tagger reads as a capitalised noun: its form (``ge-``, a particle and
        ``ge-``, an inseparable prefix and ``-t``) and the auxiliary after it say it is one."""
        v, lex = self.v, self.lex
        if k != v.sentences[v.sentence_of[k]].first_token or k + 1 >= len(self.low):
            return False
        if v.pos(k + 1) != "AUX" or v.lemma(k + 1).lower() not in ("werden", "sein", "haben"):
            return False
        form = self.low[k]
        return form.isalpha() and form.endswith(("t", "en")) and (
            form.startswith("ge") or form.startswith(self._particle_ge)
            or (form.startswith(lex.inseparable_prefixes) and form.endswith("t")))

    def _verb(self, k: int, occasions: dict[int, int]) -> _Event | None:
        v, lex = self.v, self.lex
        lemma = self.predicate_lemma(k)
        base = v.lemma(k).lower()
        if base in lex.modal_verbs or lemma in lex.modal_verbs or not lemma.isalpha():
            return None
        if lemma == self.low[k] and not lemma.endswith("n"):
            return None  # an adjective tagged as a verb ("stärker", "fair", "tätig"): no verb's lemma ends so
        form = self.low[k]
        if lex.infinitive_endings and v.pos(k) == "VERB" and not form.endswith("t") \
                and not base.endswith(lex.infinitive_endings + lex.short_infinitives):
            # an adverb or a numeral tagged as a verb ("nebenan", "hinein", "Nummer eins"); a participle
            # may keep its own form for a lemma ("vertagt")
            return None
        if (self._adjective_form(k) and not self._dated_attribute(k)) or self._english(k) \
                or self._bracketed_participle(k):
            return None
        if form.endswith("st") and base == form[:-2] + "en":
            return None  # read as a "du" form: in news an adverb ("zumeist", "längst")
        head = v.head(k)
        if head != k and self._participle(k) and v.dep(k) in ("xcomp", "advmod", "obj", "obl", "acomp") \
                and v.lemma(head).lower() in lex.copula_verbs and not self._sein_perfect_under_copula(k, lemma):
            return None  # "zeigte sich besorgt", "blieb unbesiegt": how someone is
        if self._absolute_participle(k) and not self._fronted_participle(k):
            return None
        if self._participial_preposition(k) or self._restated(k) or self._page_record(k) or self._form_reply(k) \
                or self._additive_frame(k):
            return None
        if v.mention_at[k] >= 0 or (v.tokens[k].text[:1].isupper() and (
                k != v.sentences[v.sentence_of[k]].first_token or not lemma.endswith("n"))):
            return None  # a name or noun the tagger took for a verb (infinitives end in -n)
        if self._attributive(k) and not self._dated_attribute(k):
            return None  # an attributive participle: "die entsandten Soldaten"
        if self._not_a_verb(k) and any(self._adopted_aux(c) for c in v.deps_of(k, "xcomp")):
            return None  # "hatten ... vehement/VERB abgelehnt": the participle after it is the clause's verb
        happening = self._impersonal_happening(k)
        if happening is not None and self._happens(k) and not self._standing_relative(k):
            self.happening_nouns.add(happening)
            occasions.setdefault(happening, k)
            return None
        if self._there_was(k) and self._happens(k):
            for c in v.deps_of(k, "obj", "nsubj"):
                if self._event_noun(c):
                    occasions.setdefault(c, k)  # "es gab einen Übergriff": the noun is the happening
            return None
        if self._state(k) or self._idiom(k) or self._finding(k, lemma):
            return None
        if not self._happens(k) or self._undated_plan(k, self._conj_chain(k)):
            return None
        # a particle verb with a type of its own is no act of saying, whatever its base
        # ("sagte das Konzert ab": a cancellation; "sprach den Angeklagten frei": a ruling)
        own_type = lemma != base and lemma not in lex.speech_verbs and lemma in lex.verb_types
        if lemma in lex.speech_verbs or (base in lex.speech_verbs and not own_type) or (
                lex.verb_types.get(lemma) == "letter" and not self._letter_written(k)):
            occasion = self._occasion_of(k)
            if occasion is not None:
                occasions[occasion] = k
                return None
            if lemma in lex.announce_verbs and self._institution_subject(k):
                return _Event(k=k, kind="verb", lemma=lemma, type="announcement", clause=k)
            if self._to_the_press(k):
                return _Event(k=k, kind="verb", lemma=lemma, type="statement", clause=k)
            return None
        if lemma in lex.reflexive_states and any(self.low[c] == "sich" for c in v.children[k]):
            return None  # "hielten sich in Traiskirchen auf": where someone is
        if (lemma in lex.no_event_verbs or (lemma == base and base in lex.no_event_verbs)) \
                and not (lemma in lex.verb_types and self._werden_passive(k)):
            # a verb listed for its reading of state or opinion ("findet, dass"), but typed for
            # its happening, counts in the passive: "wurden Spuren gefunden" (no opinion has one)
            if lemma in lex.light_verbs or lemma in lex.existential_verbs:
                for c in v.deps_of(k, "nsubj", "obj", "obl", "nsubj:pass") + self._stray_subject(k):
                    if self._event_noun(c) or (self._case(c) in lex.begun_preps and self._action_with_object(c)):
                        occasions.setdefault(c, k)  # "wurde in New York mit dem Neubau ... begonnen"
            return None
        held = v.deps_of(k, "nsubj", "nsubj:pass", "obj") + self._stray_subject(k) if lemma in lex.light_verbs else []
        if any(self._event_noun(c) or self._action_with_object(c) for c in held):
            for c in held:
                if self._event_noun(c) or self._action_with_object(c):
                    occasions.setdefault(c, k)  # "die Übermittlung des Protokolls erfolgte": the noun is it
            return None
        kind = self._verb_type(k, lemma, base)
        for c in v.deps_of(k, "obl"):
            if self._event_noun(c) in PARTICIPATION_TYPES and self._case(c) in lex.participation_preps:
                occasions.setdefault(c, k)
        return _Event(k=k, kind="verb", lemma=lemma, type=kind, clause=k)

    def _stray_subject(self, k: int) -> list[int]:
        """The subject of a verb with none that the parser hung as a genitive
        on a phrase before it (``Heute begann in Oslo der Prozess``: ``der
        Prozess`` on ``Oslo``): a noun the tagger reads as a nominative under
        a phrase of the verb."""
        v = self.v
        if v.deps_of(k, "nsubj", "nsubj:pass", "expl"):
            return []
        return [n for c in v.deps_of(k, "obl") for n in v.deps_of(c, "nmod")
                if v.pos(n) == "NOUN" and v.feature(n, "Case") == "Nom" and not self._case(n)]

    def _finding(self, k: int, lemma: str) -> bool:
        """``Auch wird angenommen, dass ...``, ``stellen fest, dass ...``: a
        verb of belief or finding with a clause of its own tells what someone
        holds true, a statement, not a happening."""
        v, lex = self.v, self.lex
        if lemma not in lex.belief_verbs and lemma not in lex.finding_verbs:
            return False
        # the clause as the parser hung it: a complement, or an adverbial clause it took the "dass" clause for
        return any(self.low[m] in lex.complement_marks for c in v.deps_of(k, "ccomp", "csubj", "csubj:pass", "advcl")
                   for m in v.deps_of(c, "mark"))

    def _there_was(self, k: int) -> bool:
        """``es gab``, ``hat es ... gegeben``: the verb of "there is" with ``es``."""
        v = self.v
        if v.lemma(k).lower() not in self.lex.there_is_verbs:
            return False
        holders = [k] + v.deps_of(k, "aux")
        return any(self.low[c] == "es" for h in holders for c in v.children[h])

    def _adjective_form(self, k: int) -> bool:
        """A word the dictionary reads as an adjective or adverb, whatever the
        tagger said (``juristischen``, ``zuverlässigen``, ``permanent``,
        ``besorgt``): every German verb's infinitive ends in -n, so a form whose
        dictionary lemma does not is no verb."""
        lemmatize = self.v.lemmatize
        if self._negated_participle(self.low[k]):
            return True
        if lemmatize is None:
            return False
        v, form = self.v, self.low[k]
        lemma = lemmatize(form, "ADV")
        if not form.isalpha() or lemma.endswith("n"):
            return False
        if form in (lemma + "e", lemma + "en") and v.deps_of(k, "nsubj") and v.feature(k, "Tense") == "Past" \
                and lemma.endswith("t"):
            # a past with a subject, read as the participle's adjective: "Sie verbrachten";
            # not an adjective in -en ("sicheren"): a weak past has its -t-
            return False
        # a participle that a perfect or passive makes a verb keeps its reading
        # ("wurden teilverschüttet", "hat ... überredet", "von Antel verfilmt")
        return not (self._participle(k) and (
            any(v.lemma(c).lower() in ("haben", "werden") for h in self._conj_chain(k)
                for c in v.deps_of(h, "aux", "aux:pass"))
            or self._surface_passive(k) or any(self._case(c) in self.lex.agent_preps for c in v.deps_of(k, "obl"))))

    def _negated_participle(self, form: str) -> bool:
        """``ungeschlagen``, ``unverletzt``, ``unbesetzt``: ``un-`` before a
        participle makes an adjective, never a verb form (no German verb begins
        with this ``un-``; ``unter-`` is another prefix)."""
        if not form.startswith("un") or form.startswith("unter"):
            return False
        rest = form[2:]
        return rest.endswith(("t", "en")) and (rest.startswith("ge") or rest.startswith(self.lex.inseparable_prefixes))

    def _werden_passive(self, k: int) -> bool:
        """``wurde ... vertagt/ADJ``: a form of "werden" as its passive auxiliary makes it a participle."""
        return any(self.v.lemma(c).lower() == "werden" for c in self.v.deps_of(k, "aux:pass"))

    def _english(self, k: int) -> bool:
        """A word of an English tweet or post quoted inline (``apples 2015
        lineup is looking great``, ``sales grew 74% when we added ...``): two
        English function words among the word and the four on either side and
        no German one (``Pirates of the Caribbean wurde gedreht``: a title)."""
        v, lex = self.v, self.lex
        s = v.sentences[v.sentence_of[k]]
        window = range(max(s.first_token, k - 4), min(s.last_token, k + 5))
        return sum(self.low[j] in lex.english_words for j in window) >= 2 \
            and not any(self.low[j] in lex.german_words for j in window)

    def _bracketed_participle(self, k: int) -> bool:
        """A participle with no auxiliary inside round brackets: an aside of the
        writer on a name or a figure (``Aysha (35, Name geändert)``, ``53.000
        (ausverkauft)``), no happening the article tells."""
        v = self.v
        if not self._participle(k):
            return False
        s = v.sentences[v.sentence_of[k]]
        opened = next((j for j in range(k - 1, max(s.first_token, k - 8) - 1, -1)
                       if v.tokens[j].text in ("(", ")")), None)
        closed = next((j for j in range(k + 1, min(s.last_token, k + 4)) if v.tokens[j].text in ("(", ")")), None)
        if opened is None or v.tokens[opened].text != "(" or closed is None or v.tokens[closed].text != ")":
            return False
        # an auxiliary inside the brackets makes it a clause ("(sie wurde alarmiert)"); one the parser
        # hung on it from outside is none of its own
        return not any(v.dep(c).startswith("aux") and opened < c < closed for c in v.children[k])

    def _attributive(self, k: int) -> bool:
        """A participle used as an adjective before its noun (``die entsandten
        Soldaten``, ``der seit 1973 eingesetzte Hubschrauber``)."""
        v = self.v
        if v.dep(k) in ("amod", "acl") and v.feature(k, "VerbForm") == "Part":
            return True
        if self._after_fused_preposition(k):
            return True
        form = self.low[k]
        nxt = k + 1
        while nxt < len(self.low) and v.tokens[nxt].text in ("„", "\"", "»", "«", "‚", "'"):
            nxt += 1  # 'ausgerichtete „Parteien“'
        if nxt + 2 < len(self.low) and v.tokens[nxt].text == "," and form.endswith(ATTRIBUTIVE_ENDINGS) \
                and self.low[nxt + 1].endswith(ADJECTIVE_ENDINGS) and v.pos(nxt + 2) == "NOUN" \
                and v.pos(k - 1) == "DET":
            nxt += 2  # "seine traumatisierte, blutverschmierte Tochter": attributes in a row
        while nxt < len(self.low) and self.low[nxt].isalpha() and self.low[nxt].endswith(ADJECTIVE_ENDINGS) \
                and v.tokens[nxt].text[:1].islower() and v.dep(nxt) == "amod" and v.head(nxt) == v.head(k) > nxt:
            nxt += 1  # "die bedrohten arabischen Regime": adjectives in a row agree with one noun (Duden)
        before_noun = (form.endswith(ATTRIBUTIVE_ENDINGS + ADJECTIVE_ENDINGS) and nxt < len(self.low)
                       and v.pos(nxt) in ("NOUN", "ADJ", "PROPN") and v.sentence_of[nxt] == v.sentence_of[k])
        if before_noun and self._after_article_and_phrase(k):
            return True
        if before_noun and form.endswith(ATTRIBUTIVE_ENDINGS) and self._no_finite_place(k, nxt):
            return True
        if not before_noun or v.deps_of(k, "aux", "aux:pass", "nsubj"):
            return False
        # a participle (ge-, or a particle and ge-) or a word after an article:
        # "die entsandten", "eingesetzte"; not a verb in the past ("bestätigte Pjöngjang")
        participle = form.startswith("ge") or form.startswith(self._particle_ge)
        # or the parse hangs it under the noun after it ("die gegen die Ukraine entsandten Soldaten")
        modifies = v.head(k) > k and v.pos(v.head(k)) == "NOUN" and v.sentence_of[v.head(k)] == v.sentence_of[k]
        return participle or modifies or (k > 0 and v.pos(k - 1) in ("DET", "ADJ", "ADV"))

    def _no_finite_place(self, k: int, noun: int) -> bool:
        """A form in ``-te``/``-ten`` before a noun where no finite verb can stand is a participle used as an
        adjective, whatever the parser made its subject: right after a subordinating conjunction, whose
        clause has its finite verb last (``weil traumatisierte Bürgerkriegsopfer ...``); after ``und`` with
        no verb before it to join a clause to (``Moderne Optik und verbesserte Usability``); or before a
        noun that another finite verb follows, as a clause has one (``Mehrere ... maskierte Polizeibeamte
        stürmten in das Lokal``) (Duden: Stellung des finiten Verbs)."""
        v = self.v
        span = self._clause_span(k)
        before = k - 1
        if before < span[0]:
            return False
        if v.pos(before) == "SCONJ" and v.dep(before) == "mark":
            return True
        if v.pos(before) == "CCONJ":
            return not any(v.pos(j) in ("VERB", "AUX") for j in range(span[0], before))
        # the finite verb right after the noun, a lower-case word with a finite verb's ending (the tagger
        # reads stray words as verbs: "Touchdowns", "ver.di")
        j = noun + 1
        return j in span and v.pos(noun) == "NOUN" and v.pos(j) in ("VERB", "AUX") and v.tokens[j].text.isalpha() \
            and v.tokens[j].text.islower() and v.feature(j, "Mood") == "Ind" and self.low[j].endswith(("t", "en"))

    def _verb_type(self, k: int, lemma: str, base: str) -> str:
        """A law passed, else the type of a verb idiom or of a launch's
        destination, the verb's own, or that of the event noun it does."""
        lex = self.lex
        if self._law_passed(k, lemma):
            return "law"
        return (self._phrase_type(k, lemma) or lex.verb_types.get(lemma)
                or (lex.verb_types.get(base) if lemma == base else None)
                or self._noun_type_of_arguments(k) or "other")

    def _impersonal_happening(self, k: int) -> int | None:
        """``es war zu gewaltsamen Auseinandersetzungen gekommen``: the noun
        after ``zu`` is the happening, the verb says only that it happened."""
        v, lex = self.v, self.lex
        if v.lemma(k).lower() not in lex.happening_verbs:
            return None
        holders = [k] + v.deps_of(k, "aux")
        if not any(self.low[c] == "es" for h in holders for c in v.children[h]):
            return None
        # its own phrase first, then one the parser hung on another word ("am Samstag zu Ausschreitungen")
        for c in v.deps_of(k, "obl", "obl:arg") + self._clause_tokens(k):
            if v.pos(c) == "NOUN" and self._case(c) in lex.happening_preps:
                return c
        return None

    def _phrase_type(self, k: int, lemma: str) -> str | None:
        """The type of presenting a report (``legte eine Studie vor``), of a
        verb idiom (``lief vom Stapel``, ``geht in Serie``) or of a launch's
        destination (``ins All``), from the nouns of the verb's phrases."""
        v, lex = self.v, self.lex
        if lemma in lex.presenting_verbs and any(self._report(c) for c in self._object_nouns(k)):
            return "announcement"
        for c in v.deps_of(k, "obl", "obl:arg", "obj", "nsubj:pass"):
            noun = v.lemma(c)
            kind = lex.phrase_types.get((lemma, noun))
            if kind is None and self._case(c):
                kind = lex.destination_types.get(noun)  # "ins All", with any verb
            if kind:
                return kind
        return None

    def _object_nouns(self, k: int) -> list[int]:
        """What a verb acts on: its objects, its passive subject, or the noun its relative pronoun stands for."""
        out = []
        for c in self.v.deps_of(k, "obj", "nsubj:pass"):
            antecedent = self._antecedent_noun(c)
            out.append(c if antecedent is None else antecedent)
        return out

    def _report(self, c: int) -> bool:
        """A noun that names a report or findings (``Bericht``, ``Jahresbericht``, ``Studie``)."""
        v, nouns = self.v, self.lex.report_nouns
        return v.pos(c) == "NOUN" and (v.lemma(c) in nouns or self._compound_head(v.lemma(c), nouns) is not None)

    def _law_passed(self, k: int, lemma: str) -> bool:
        """``unterzeichnete ein Gesetz``, ``per Gesetz abgeschafft``: a law
        passed, signed or enacted; other objects keep the verb's own type."""
        v, lex = self.v, self.lex
        for c in v.deps_of(k, "obj", "nsubj:pass", "obl"):
            if not self._document(c):
                continue
            if v.dep(c) == "obl" and self._case(c) in lex.means_preps:
                return True
            if v.dep(c) != "obl" and lemma in lex.passing_verbs:
                return True
        return False

    def _document(self, c: int) -> bool:
        """A noun that names a text of law (``Gesetz``, ``Klimaschutzgesetz``)."""
        v, docs = self.v, self.lex.document_nouns
        return v.pos(c) == "NOUN" and (v.lemma(c) in docs or self._compound_head(v.lemma(c), docs) is not None)

    def _idiom(self, k: int) -> bool:
        """A verb with an object that makes an idiom of state or habit
        (``spielen die Hauptrollen``, ``schafft es, ... zu``), or with a preposition that makes it a
        relation (``setzt auf den Handel``): no happening."""
        v = self.v
        if self._relation_frame(k):
            return True
        nouns = self.lex.idiom_objects.get(self.predicate_lemma(k))
        if not nouns:
            return False
        # its object, or a noun of its clause the parser hung elsewhere ("spiele dieser Aspekt eine Rolle/nmod")
        nouns_of_clause = [c for c in self._clause_tokens(k) if c > k and v.pos(c) == "NOUN" and v.dep(c) == "nmod"]
        for c in v.deps_of(k, "obj", "nsubj", "expl", "obl") + nouns_of_clause:
            lemma = v.lemma(c) if v.pos(c) in ("NOUN", "PROPN") else self.low[c]
            if lemma in nouns or self._compound_head(lemma, nouns):
                return True
        return False

    def _relation_frame(self, k: int) -> bool:
        """``setzt wieder verstärkt auf den Handel``, ``setzen darauf, dass``, ``entfällt auf das
        Flugzeuggeschäft``: the verb's prepositional object makes it a relation, with no object and no
        ``sich`` of its own (``setzte sich auf die Bank``, ``setzte den Wagen auf die Straße``: acts)."""
        v = self.v
        preps = self.lex.relation_preps.get(self.predicate_lemma(k))
        if not preps or v.deps_of(k, "obj", "iobj") or any(self.low[c] == "sich" for c in v.children[k]):
            return False
        # the phrase wherever the parser hung it in the clause ("setzt verstärkt/xcomp auf den Handel/obl")
        return any(self.low[c] in preps and (v.dep(c) == "case" and v.dep(v.head(c)).startswith("obl")
                                              or v.dep(c) in ("advmod", "obl", "obj"))
                   for c in self._clause_span(k) if c != k)

    def _after_fused_preposition(self, k: int) -> bool:
        """``beim erstklassig besetzten Turnier``: a participle that follows a
        preposition fused with its article, with at most adverbs or adjectives
        in between, opens that preposition's noun phrase."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, max(first, k - 4) - 1, -1):
            if self.low[j] in self.lex.fused_preps:
                return self.low[k].endswith(ADJECTIVE_ENDINGS)
            if v.pos(j) not in ("ADV", "ADJ"):
                return False
        return False

    def _after_article_and_phrase(self, k: int) -> bool:
        """An article, then a prepositional phrase, then the word: ``die [gegen
        die Ukraine] entsandten``, ``der [seit 1973] eingesetzte``."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, max(first, k - 6) - 1, -1):
            pos = v.pos(j)
            if pos == "ADP":
                while j - 1 > first and v.pos(j - 1) == "ADV":
                    j -= 1  # "Seine damals bei Ashley Madison verwendete Kreditkarte"
                return j > first and v.pos(j - 1) == "DET" and v.dep(j - 1) != "case"
            if pos not in ("NOUN", "PROPN", "DET", "ADJ", "NUM"):
                return False
        return False

    def _state(self, k: int) -> bool:
        """A state, not a happening: the stative passive with ``sein`` (``sind
        ausgesetzt``, ``waren bewaffnet``); an infinitive with no auxiliary that
        makes it a future or a schedule (``ist zu erreichen``, ``zu locken``);
        a present-tense relative clause with no date (``die Tiernahrung vertreibt``)."""
        v, lex = self.v, self.lex
        # "waren ... geöffnet" with "waren" parsed as a copula is the same stative "sein"
        auxes = [c for h in self._conj_chain(k) for c in v.children[h] if v.dep(c).startswith("aux")
                 or (v.dep(c) == "cop" and v.lemma(c).lower() == "sein")]
        adopted = self._adopted_aux(k) if not auxes else []
        if not auxes:
            auxes = (self._bracket_aux(k) if self._participle(k) else []) or adopted
        sein_perfect = self.predicate_lemma(k) in v.grammar.sein_perfect or v.lemma(k).lower() in v.grammar.sein_perfect
        if any(v.dep(c) == "aux:pass" and v.lemma(c).lower() == "sein" for c in auxes) and \
                not any(self.low[c] == "worden" for c in auxes) and not (
                    sein_perfect and v.feature(k, "VerbForm") == "Part" and self.low[k] not in lex.adjectival_participles):
            # "ist ... ausgesetzt"; but "ist ... getötet worden" is the perfect of the passive, and
            # "sind ... ums Leben gekommen" the perfect of a verb that takes "sein" (it has no passive)
            return True
        if v.feature(k, "VerbForm") == "Part" and any(v.lemma(c).lower() == "sein" for c in auxes) and \
                not any(v.lemma(c).lower() == "werden" or self.low[c] == "worden" for c in auxes) and \
                self.predicate_lemma(k) not in v.grammar.sein_perfect and v.lemma(k).lower() not in v.grammar.sein_perfect:
            return True  # "ist ... entfernt": the perfect of this verb takes "haben"; with "sein" it is a state
        # "sein werden": the future of the state ("betroffen sein werden"), "werden" no passive
        future_state = any(self.low[c] == "sein" for c in auxes)
        if self.low[k] in lex.adjectival_participles and any(v.lemma(c).lower() == "sein" for c in auxes) and \
                (future_state or not any(v.lemma(c).lower() == "werden" or self.low[c] == "worden" for c in auxes)):
            return True  # "sind ... betroffen", "ist ... vertreten": an adjective, whatever the tagger says
        if self.low[k] in lex.adjectival_participles and not any(
                v.lemma(j).lower() in ("werden", "haben") or self.low[j] == "worden" for j in self._clause_span(k)) \
                and not any(self.low[c] == "sich" for c in v.children[k]):
            # "Besonders betroffen war die Küstenstadt" ("war" parsed as its subject), "(auch Österreich
            # betroffen)" with no verb: with no "werden" nor "haben" in its stretch it can only be the
            # adjective; not a past with "sich" of the same form ("entschlossen sich": entschließen)
            return True
        if self._participle(k) and any(self.low[c] in lex.state_auxiliaries for c in auxes) and \
                not any(self.low[c] == "worden" for c in auxes):
            return True  # "war ... ausgesetzt gewesen": a state before the time told
        if self._until_now(k, auxes):
            return True
        subject = v.subject(k)
        if subject is not None and self.low[subject] == "es" and v.lemma(k).lower() in lex.existential_verbs:
            return True  # "es geht um", "es gab", "es kam zu": the noun, if any, is the event
        form = self.low[k]
        zu = any(self.low[c] == "zu" and v.dep(c) == "mark" for c in v.children[k]) or any(
            form.startswith(p + "zu") and self.predicate_lemma(k) == p + form[len(p) + 2:]
            for p in opening_particles(form, lex.separable_particles))  # "anzusehen", "aufzubauen": the "zu" inside the word
        if zu and not self._planned(k):
            return True  # "ist zu erreichen", "um ... zu": no happening
        if v.feature(k, "VerbForm") == "Inf" and not adopted:  # "hatten ... verlassen/Inf": a perfect
            lemmas = {v.lemma(c).lower() for c in auxes}
            if not lemmas & (lex.future_aux | lex.schedule_modals) and not self._planned(k) \
                    and not v.deps_of(k, "nsubj", "nsubj:pass"):
                return True
        return self._standing_relative(k)

    def _standing_relative(self, k: int) -> bool:
        """A present-tense relative clause with no date (``die Tiernahrung
        vertreibt``, ``in dem es zu einer Regierung kommt``): what a thing is."""
        v = self.v
        relative = v.dep(k) in ("acl:relcl", "acl") or self._relative_pronoun_first(k) or self._relative_span(k)
        return relative and (v.feature(k, "Tense") == "Pres" or self._present_form(k)) and self._own_date(k) is None

    def _present_form(self, k: int) -> bool:
        """A verb-final plural present the tagger read as a past (``linke
        Krawallbrüder, die FPÖ-Plakate beschmieren``): the form is the
        infinitive's, with a plural subject, and no auxiliary stands in its
        stretch of text (``die ... vertreten haben``)."""
        v = self.v
        if v.pos(k) != "VERB" or self.low[k] != v.lemma(k).lower():
            return False
        if not any(v.feature(c, "Number") == "Plur" for c in v.deps_of(k, "nsubj")) and not (
                v.dep(k) == "acl:relcl" and v.feature(v.head(k), "Number") == "Plur"):
            return False  # "das ... geschehen war": a participle like its infinitive
        if self.low[k] in self.lex.preterite_forms or v.weak_preterite(k):
            return False
        return not any(v.pos(j) == "AUX" for j in self._clause_span(k))

    def _until_now(self, k: int, auxes: list[int]) -> bool:
        """``Die Gemälde sind bis heute verschwunden``: a perfect with ``sein``
        that lasts ``bis heute`` tells a state, not a happening."""
        v, lex = self.v, self.lex
        if not any(v.lemma(c).lower() == "sein" for c in auxes):
            return False
        span = self._clause_span(k)
        return any(self.low[j] in lex.bound_preps and j + 1 in span and self.low[j + 1] in lex.until_now
                   for j in span)

    def _bracket_aux(self, k: int) -> list[int]:
        """The auxiliary that opens the clause a participle closes, where the
        parser hung it elsewhere: the nearest one before it, with no verb or
        comma in between (``Die Wahllokale waren von 08:00 bis 18:00 Uhr geöffnet``)."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, first - 1, -1):
            if v.pos(j) == "AUX":
                return [j]
            if v.pos(j) == "VERB" or v.tokens[j].text in (",", ";"):
                return []
        return []

    def _participle(self, k: int) -> bool:
        """A past participle by its tag, or by its form where the tagger left
        the feature out (``geöffnet``, ``angegriffen``; ``hat ... organisiert``; ``ist spezialisiert``, with
        ``sein`` hung as a copula: a finite verb takes none)."""
        v = self.v
        form = self.low[k]
        if form.startswith("ge") and form in self.lex.preterite_forms:
            return False  # "gewannen": a past with "ge" of its stem, no participle
        if v.feature(k, "VerbForm") == "Part":
            return True
        if form.endswith("t") and any(v.lemma(c).lower() in ("haben", "sein", "werden")
                                         for c in v.deps_of(k, "aux", "aux:pass", "cop")):
            return True
        return form.endswith(("t", "en")) and (form.startswith("ge") or form.startswith(self._particle_ge))

    def _noun_type_of_arguments(self, k: int) -> str | None:
        """A verb of no type that does what its event noun names (``ein Urteil
        fällen``, ``Angriffe führen``, ``es kam zu Auseinandersetzungen``): the noun's type."""
        v = self.v
        for c in v.children[k]:
            if v.dep(c) in ("obj", "nsubj", "nsubj:pass") or (v.dep(c) == "obl" and self._case(c) in ("zu", "zur",
                                                                                                       "zum")):
                kind = self._event_noun(c)
                if kind:
                    return kind
        return None

    def predicate_lemma(self, k: int) -> str:
        """The verb's lemma with its separable particle joined: gab ... bekannt -> bekanntgeben.
        Read once per token (the rules ask about eight times per verb)."""
        lemma = self.predicate_lemmas.get(k)
        if lemma is None:
            lemma = self.predicate_lemmas[k] = self._read_predicate_lemma(k)
        return lemma

    def _read_predicate_lemma(self, k: int) -> str:
        v = self.v
        lemma = v.lemma(k).lower()
        if v.pos(k) in ("ADJ", "ADV", "NOUN", "X") and v.lemmatize is not None:
            lemma = v.lemmatize(v.tokens[k].text.lower(), "VERB")  # read as the verb it is
        if v.lemmatize is not None and self._dated_attribute(k):
            lemma = v.lemmatize(self._participle_stem(self.low[k]), "VERB")  # "abgeworfene": as "abgeworfen"
        if self.low[k] in v.grammar.sein_participles and any(
                v.lemma(a).lower() == "sein" for a in v.deps_of(k, "aux")):
            lemma = v.grammar.sein_participles[self.low[k]]
        for c in self._particles(k):
            particle = self.low[c]
            if not lemma.startswith(particle):
                lemma = particle + lemma
        return lemma

    def _particles(self, k: int) -> list[int]:
        """The separable particle of a verb: what the parser calls one, or a
        particle word that closes the verb's clause after it, which the parser
        took for something else (``gab ... bekannt/ADJ/dep``). Read once per
        token; a new list each call."""
        found = self.particles.get(k)
        if found is None:
            found = self.particles[k] = tuple(self._read_particles(k))
        return list(found)

    def _read_particles(self, k: int) -> list[int]:
        v, lex = self.v, self.lex
        found = [c for c in v.deps_of(k, "compound:prt") if v.is_particle_of(c, k, lex.separable_particles)]
        if len(found) > 1:
            # a verb has one particle, the last word of its clause; one before a phrase is a preposition
            # ("teilte ... auf/compound:prt tagesschau.de mit/compound:prt")
            found = [c for c in found if self._clause_end(c)][:1] or found[-1:]
        if found or v.pos(k) not in ("VERB", "ADV", "NOUN", "X", "ADJ"):
            return found
        for c in v.children[k]:
            if c > k and self.low[c] in lex.separable_particles and v.dep(c) in LOOSE_PARTICLE_RELATIONS:
                if self._clause_end(c):
                    return [c]
        return self._stranded_particle(k)

    def _clause_end(self, c: int) -> bool:
        """Nothing but punctuation, ``und``/``oder`` or the sentence end after ``c``."""
        v, nxt = self.v, c + 1
        return nxt >= len(self.low) or v.pos(nxt) in ("PUNCT", "CCONJ") or v.sentence_of[nxt] != v.sentence_of[c]

    def _stranded_particle(self, k: int) -> list[int]:
        """``rief ... den Notstand aus`` with ``aus`` parsed as the preposition of
        the noun before it: a preposition comes before its noun, so a particle
        word that closes the verb's clause after its head is the verb's particle,
        where the verb with it is one the dictionary knows (``ausrufen``)."""
        v = self.v
        known = getattr(v.lemmatize, "known", None)
        if known is None or v.pos(k) != "VERB":
            return []
        for c in self._clause_tokens(k):
            if c > k and v.pos(c) == "ADP" and v.dep(c) == "case" and v.head(c) < c \
                    and self.low[c] in self.lex.separable_particles and self._clause_end(c) \
                    and known(self.low[c] + v.lemma(k).lower()):
                return [c]
        return []
