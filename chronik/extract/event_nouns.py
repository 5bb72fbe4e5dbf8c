"""Nominal predicates (``chronik.extract.events``): a noun that names one happening (``Telefonat``,
``Festnahme``), also as the head of a compound (``Gipfeltreffen``), and when it counts as an event: made
to happen by a light verb, the occasion of a clause, naming parties or a date of its own, or referring
back to an event of the article (a noun that only repeats one told before is none of its own)."""
from __future__ import annotations

from chronik.extract.event_participants import CLAUSE_RELATIONS, PARTICIPATION_TYPES
from chronik.extract.event_predicates import _Event

# Prefixes that make another noun, not a compound of an event noun
# ("Auswahl" is no "Wahl", "Abschluss" no "Schluss").
NOT_MODIFIERS = frozenset({"aus", "ab", "an", "auf", "um", "vor", "zu", "ein", "bei", "nach", "über", "unter", "ver",
                           "ent", "zer", "wieder"})


class NounPredicates:
    """Event nouns: which nouns name a happening of their own."""

    # -- nominal predicates --------------------------------------------------------------
    def _event_noun(self, k: int) -> str | None:
        """The event type of a noun (or of the event noun heading its compound)."""
        v, lex = self.v, self.lex
        if v.pos(k) not in ("NOUN", "PROPN"):
            return None
        lemma = self._noun_lemma(k)
        kind = lex.noun_types.get(lemma)
        if kind:
            return kind
        head = self._compound_head(lemma, lex.noun_types)
        return lex.noun_types[head] if head else None

    def _compound_head(self, lemma: str, table) -> str | None:
        return _compound_head(lemma, _heads_by_ending(table))

    def _noun_lemma(self, k: int) -> str:
        """A noun's lemma in the spelling of its text: the dictionary gives the
        old ``ß`` after a short vowel (``Prozess`` -> ``Prozeß``, ``Beschluss``
        -> ``Beschluß``, ``Kongress`` -> ``Kongreß``), which the word lists,
        written in today's spelling, do not hold."""
        lemma = self.v.lemma(k)
        if "ß" in lemma and "ss" in self.low[k] and "ß" not in self.low[k]:
            return lemma.replace("ß", "ss")
        return lemma

    def _noun(self, k: int, occasions: dict[int, int], earlier: list[_Event]) -> _Event | None:
        v, lex = self.v, self.lex
        dets = self._determiners(k)
        told = bool(self._object_phrases(k)) and self._told_as_one(k, dets)
        kind = self._event_noun(k) or ("other" if k in self.happening_nouns else None) or (
            self._object_noun_type(k) if told or (k in occasions and self._object_phrases(k)) else None) or (
            self._contest(k))
        if not kind:
            return None
        lemma = self._noun_lemma(k)
        if lemma in lex.document_nouns or self._compound_head(lemma, lex.noun_types) in lex.document_nouns:
            return None
        if any(d in lex.negations for d in dets):
            return None
        if any(self.low[c] in lex.possible_adjectives for c in v.deps_of(k, "amod")):
            return None  # "eine mögliche Blockade des Abkommens": a possibility, not told as having happened
        if v.feature(k, "Number") == "Plur" and not dets and k not in occasions:
            return None  # a kind of happening, not one: "Wahlen sind wichtig"
        clause = occasions.get(k)
        if clause is None and kind in PARTICIPATION_TYPES and self._case(k) in lex.participation_preps:
            clause = self._governing_clause(k)
        e = _Event(k=k, kind="noun", lemma=lemma, type=kind, clause=clause if clause is not None else k)
        if clause is not None:
            return e
        self.as_found = True
        own = self._noun_parties(k)
        self.as_found = False
        if own or self._own_date(k) is not None:
            return e
        if told and v.feature(k, "Number") != "Plur":
            return e  # "die Schließung der Banken", "eine Übermittlung eines Protokolls": one happening
        if any(d in lex.definite for d in dets) and self._repeated(e, earlier):
            return None  # "die Wahl" after "die Landtagswahl": the happening told before, nothing new
        prev = self._antecedent(e, earlier) if any(d in lex.definite for d in dets) else None
        if prev:
            if not prev.place and not self._named_before(prev):
                return None  # "das Ziel des Bombenanschlags" after "eine Autobombe ging hoch": told before
            e.refers_back = True
            return e
        if self._case(k) in lex.time_preps and v.dep(k) == "obl" and self._case(k) not in lex.before_preps \
                and any(d in lex.indefinite for d in dets):
            # "starb 1982 bei einem Autounfall": the happening the clause took place in, told as new, of its date
            clause = self._governing_clause(k)
            e.clause = clause if clause is not None else k
            return e
        if self._case(k) in lex.time_preps and any(d in lex.definite for d in dets) and v.dep(k) in ("obl", "nmod"):
            # "kurz nach dem Unfall": the one told; "nach dessen Tod": the death of whom the clause names just before
            e.refers_back = not any(d in lex.relative_genitives for d in dets) and self._antecedent(e, earlier) is not None
            return e  # "nach dem Krieg", "seit der Wiedereinführung": a happening the clause is placed by
        return None

    def _contest(self, k: int) -> str | None:
        """The type of a match (``bei einem Testspiel``) that no verb tells: not
        the object or subject of one (``hatte das Gruppenspiel verloren``), nor
        one with its opponent after it (``setzten sich im Heimspiel gegen
        Mattersburg durch``: its subject played it), wherever the parser hung
        the opponent."""
        v, lex = self.v, self.lex
        lemma = self._noun_lemma(k)
        if lemma not in lex.contest_nouns and not self._compound_head(lemma, lex.contest_nouns):
            return None
        if v.dep(k) in ("obj", "nsubj", "nsubj:pass") or (
                k + 1 < len(self.low) and v.sentence_of[k + 1] == v.sentence_of[k]
                and self.low[k + 1] in lex.opponent_preps):
            return None
        return "other"

    def _object_noun_type(self, k: int) -> str | None:
        """The type of an action noun whose genitive names what undergoes it."""
        table = self.lex.object_noun_types
        lemma = self._noun_lemma(k)
        head = lemma if lemma in table else self._compound_head(lemma, table)
        if head:
            return table[head]
        # a nominalised infinitive of a verb of happening ("das Abschmelzen des Eises",
        # "das Erschießen des Geiselnehmers"): the type of the verb; not a noun of its own
        # ("Treffen zwischen X und Y": a meeting of both, not a hitting of Y)
        if lemma.endswith("en") and lemma not in self.lex.noun_types and self.low[k] == lemma.lower() \
                and self.v.tokens[k].text[:1].isupper():
            return self.lex.verb_types.get(lemma.lower())
        return None

    def _determiners(self, k: int) -> list[str]:
        """A noun's articles and possessives, also a genitive pronoun before it
        (``nach dessen Tod``, ``mit deren Bau``), which the parser hangs as a
        possessor (``nmod:poss``), not as a determiner."""
        v, low = self.v, self.low
        return [low[c] for c in v.children[k] if v.dep(c) in ("det", "det:poss")
                or (v.dep(c) == "nmod:poss" and c < k and v.pos(c) == "PRON" and low[c] in self.lex.definite)]

    def _action_with_object(self, k: int) -> bool:
        return bool(self._object_phrases(k)) and any(d in self.lex.definite for d in self._determiners(k))

    def _told_as_one(self, k: int, dets: list[str]) -> bool:
        """Whether an action noun with its object is told as one happening: not
        aimed at, wished, demanded or refused (``Eine Änderung der Verträge
        strebt sie an``, ``fordert die Schließung der Grenze``), not the topic
        of a plea or a debate (``plädiert für die Einführung``, ``eine
        Volksabstimmung über die Abschaffung``); with only an indefinite
        article, only as what there was (``es gab eine Änderung der
        Statistik``): ``eine Öffnung des Arbeitsmarkts`` alone is a possibility."""
        v, lex = self.v, self.lex
        h = v.head(k)
        verb = self.predicate_lemma(h).lower() if h != k and v.pos(h) in ("VERB", "AUX") else ""
        if verb in lex.existential_verbs:
            return True  # "es gibt" tells of one, whatever list "geben" is on
        if not any(d in lex.definite for d in dets):
            return False
        if self._case(k) in lex.topic_preps:
            return False
        if verb and v.dep(k) in ("obj", "nsubj", "nsubj:pass") and any(
                self.low[a] in lex.hypothetical_forms for a in [h] + v.deps_of(h, "aux", "cop")):
            return False  # "Die Veröffentlichung des Modells würde nichts ändern": a possibility
        return not (v.dep(k) in ("obj", "nsubj", "nsubj:pass") and (
            verb in lex.no_event_verbs or verb in lex.belief_verbs or verb in lex.demand_verbs))

    def _object_phrases(self, k: int) -> list[int]:
        """The genitive or ``von`` phrase after an action noun that names what
        undergoes it (``die Schließung der Banken``, ``die Räumung von 300
        Häusern``): a genitive, or a ``von`` phrase with an article, a number or
        a name (``von Schulen`` alone names a kind)."""
        v, lex = self.v, self.lex
        if v.pos(k) != "NOUN" or self._object_noun_type(k) is None:
            return []
        out = []
        for c in v.children[k]:
            if c < k and v.dep(c) == "nmod:poss" and v.pos(c) == "PRON" and self.low[c] in lex.relative_genitives:
                out.append(c)  # "mit dessen Bau": what "dessen" stands for is built
                continue
            if c < k or v.dep(c) != "nmod" or v.timex_at[c] >= 0:
                continue
            case = self._case(c)
            # a bare phrase after the noun is its genitive, whatever case the tagger read in "der"
            if case is None and v.pos(c) in ("NOUN", "PROPN") and (v.deps_of(c, "det") or v.pos(c) == "PROPN"):
                out.append(c)
            elif case in lex.genitive_preps and (v.deps_of(c, "det", "nummod") or v.pos(c) == "PROPN"):
                out.append(c)
        return out

    def _noun_parties(self, k: int) -> list[tuple[str, str]]:
        """Parties named in an event noun's own phrase, in the order the text names them;
        the genitive or ``von`` phrase of an action noun undergoes it."""
        v, lex = self.v, self.lex
        roles: list[tuple[str, str]] = []
        objects = self._object_phrases(k)
        for c in sorted(v.children[k], key=lambda c: min(self._core(c))):
            dep, case = v.dep(c), self._case(c)
            # (a name the parse hangs twice, "der Region Kursk" with "Kursk" on the noun too, has one role)
            names = [n for n in self.names(c) if n not in {name for name, _ in roles}]
            if not names and not self.as_found and (dep == "nmod" and not case or case in lex.agent_preps):
                # "der Rückzug der Luftwaffe": a body the article gives no name
                names = [n for n in self._unnamed_parties(c) if n not in {name for name, _ in roles}]
            if not names or (v.pos(c) == "PRON" and self.low[c] in lex.subject_pronouns and dep == "nmod"):
                continue  # ("nach dessen Tod sie ... zurückzog": she is the verb's, not the death's)
            if c in objects:
                roles += [(n, "patient") for n in names]
            elif dep == "conj" and roles:  # "zwischen Trump und Putin" with Putin hung on the noun
                roles += [(n, roles[-1][1]) for n in names]
            elif case in lex.between_preps:
                roles += [(n, "agent") for n in names]
            elif case in lex.recipient_preps or case in lex.opponent_preps:
                roles += [(n, "patient") for n in names]
            elif case in lex.companion_preps:
                roles += [(n, "patient") for n in names]
            elif case in lex.agent_preps or dep == "nmod:poss" or (dep == "nmod" and not case):
                roles += [(n, "agent") for n in names]
        if not self.as_found:  # "beim CDU-Parteitag": the party its first part names; "Gespräche zwischen ..."
            before = self._genitive_before(k)  # "Merkels Rücktritt", "Putins Besuch": as the genitive after it
            if before and before not in {n for n, _ in roles}:
                roles.insert(0, (before, "patient" if self._object_noun_type(k) else "agent"))
            listed = {n for n, _ in roles}
            roles += [r for r in self._compound_parties(k) + self._adjacent_parties(k) if r[0] not in listed]
            owner = None if roles else self._possessive_owner(k)
            if owner:  # "Seine Festnahme erfolgte am Montag": as the genitive after it ("die Festnahme Müllers")
                roles.append((owner, "patient" if self._object_noun_type(k) else "agent"))
        return roles

    def _possessive_owner(self, k: int) -> str | None:
        """The person a third-person possessive before an event noun stands for (``Seine Festnahme
        erfolgte am Montag``, ``ihre Rede``): the possessive takes the place of the genitive after the
        noun (Duden Grammatik: Possessivartikel for a genitive attribute), so its owner is the noun's
        doer, or, of an action noun, who undergoes it. A possessive in a phrase of a clause with a
        subject of its own refers to that subject, also one after it (``In seiner Rede sprach der
        Generalsekretär``, ``hat der Flughafen seine Verträge gekündigt``: Duden Grammatik, the
        possessive bound by the subject); else ``sein`` a man, ``ihr`` a woman, the one last named, a
        subject first, in the sentence or the one before. (``ihr`` may be plural: ``ihre Festnahme``
        of two people; no woman named there, no owner.)"""
        v = self.v
        poss = [c for c in v.deps_of(k, "det:poss") if c < k and self.low[c] in self.lex.third_possessives]
        if len(poss) != 1:
            return None
        clause = self._governing_clause(k)
        if clause is None or v.head(k) != clause:
            return None  # (a phrase inside another noun's: "das Ziel von Pilgern während ihrer Reise")
        subject = v.actor_subject(clause)
        if subject is not None and subject != k and k not in v.subtree(subject, CLAUSE_RELATIONS):
            names = self.names(subject)
            if names or not (self.low[subject] in self.lex.subject_pronouns or self._is_role(v.lemma(subject))):
                return names[0] if len(names) == 1 else None
        gender = "Masc" if self.low[poss[0]].startswith("sein") else "Fem"
        if gender == "Fem" and self._plural_owner(poss[0]) or self._thing_subject_before(poss[0]):
            return None
        found = self._last_person(poss[0], 1, subjects_first=True, gender=gender)
        return self.full_person_names.get(found[0], found[0]) if found else None  # ("Putin": Wladimir Putin)

    def _thing_subject_before(self, c: int) -> bool:
        """Whether the subject nearest before ``c``, in its sentence or the one before, is a common
        noun that names no one (``Chinas Parteibürokratie sieht das anders. Ihr Verbot ...``): a
        possessive goes on with the subject before it, and that one is no person."""
        v = self.v
        floor = v.sentences[max(0, v.sentence_of[c] - 1)].first_token
        for j in range(c - 1, floor - 1, -1):
            if v.pos(j) == "PRON" and self.low[j] not in self.lex.subject_pronouns:
                continue  # ("sieht das anders": "das" the parser made the subject is none)
            if v.dep(j) in ("nsubj", "nsubj:pass"):
                return v.pos(j) == "NOUN" and v.mention_at[j] < 0 and not self._is_role(v.lemma(j)) \
                    and not self.names(j)
        return False

    def _plural_owner(self, c: int) -> bool:
        """``ihr`` of a plural subject before it in its sentence (``Die Minister ... ihre Reise``)."""
        v = self.v
        first = v.sentences[v.sentence_of[c]].first_token
        return any(v.dep(t).startswith("nsubj") and v.feature(t, "Number") == "Plur" for t in range(first, c))

    def _named_before(self, prev: _Event) -> bool:
        """Whether the extractor named parties of ``prev`` before the role
        repairs (``as_found``): a later definite noun refers back to it only
        then, so the repairs leave which clauses are events as they were."""
        if not prev.read:
            return False
        self.as_found = True
        try:
            if prev.kind == "verb":
                return bool(self._verb_roles(prev.k))
            subject = self._subject_roles(prev.clause) if prev.clause != prev.k and \
                self.v.subject(prev.clause) != prev.k else []
            return bool(self._noun_parties(prev.k) or subject or (prev.refers_back and prev.roles))
        finally:
            self.as_found = False

    def _repeated(self, e: _Event, earlier: list[_Event]) -> bool:
        """An event noun the article named before, as itself or as the head of
        its compound (``die Landtagswahl`` ... ``die Wahl``): one happening."""
        low = e.lemma.lower()
        return any(prev.kind == "noun" and prev is not e and prev.lemma.lower().endswith(low) for prev in earlier)

    def _antecedent(self, e: _Event, earlier: list[_Event]) -> _Event | None:
        for prev in reversed(earlier):
            if prev.type == e.type and prev is not e and (prev.date or self._named_before(prev)):
                return prev
        return None


class _HeadsByEnding:
    """A table's nouns by their lower-cased form, and the lengths they come in,
    longest first: a compound's head is found by looking up its endings, not by
    trying every noun of the table."""

    def __init__(self, words) -> None:
        self.by_low: dict[str, str] = {}
        for w in sorted(words, key=lambda w: (-len(w), w)):
            self.by_low.setdefault(w.lower(), w)
        self.lengths = tuple(sorted({len(k) for k in self.by_low}, reverse=True))
        self.found: dict[str, str | None] = {}  # lemma -> its head, as ``_compound_head`` read it


# Lemmas whose head one table remembers before it starts over: the rules ask about the same
# nouns again and again, in every article, and a long build must not grow without bound.
MAX_REMEMBERED_HEADS = 100_000


_ENDING_INDEXES: dict[int, tuple[object, _HeadsByEnding]] = {}


def _heads_by_ending(table) -> _HeadsByEnding:
    """The index of a lexicon table, made once per table (tables are immutable)."""
    known = _ENDING_INDEXES.get(id(table))
    if known is None or known[0] is not table:
        known = (table, _HeadsByEnding(table))
        _ENDING_INDEXES[id(table)] = known
    return known[1]


def _compound_head(lemma: str, heads: _HeadsByEnding) -> str | None:
    """The event noun a compound ends in (``Gipfeltreffen`` -> ``Treffen``):
    the longest head with a modifier of three letters or more before it."""
    try:
        return heads.found[lemma]
    except KeyError:
        if len(heads.found) >= MAX_REMEMBERED_HEADS:
            heads.found.clear()
        found = heads.found[lemma] = _read_compound_head(lemma, heads)
        return found


def _read_compound_head(lemma: str, heads: _HeadsByEnding) -> str | None:
    low = lemma.lower()
    for n in heads.lengths:
        h = heads.by_low.get(low[-n:]) if n < len(low) else None
        if h is None:
            continue
        modifier = low[:-n].rstrip("-")
        if len(modifier) >= 3 and modifier not in NOT_MODIFIERS and (low[-n - 1] in "-s" or n >= 4):
            return h
    return None
