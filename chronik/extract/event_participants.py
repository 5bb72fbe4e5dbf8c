"""Who did it and to whom (``chronik.extract.events``): the roles of a verb's subject and objects
(agent, patient; a passive's or a verb of receiving's subject is the patient and ``von X`` the agent),
the parties an event noun's own phrase names, owners in a genitive and those represented by an office."""
from __future__ import annotations

ACTOR_LABELS = frozenset({"PER", "ORG", "LOC", "MISC"})
# Relations that start a new clause: their subtrees belong to another predicate.
CLAUSE_RELATIONS = frozenset({"ccomp", "advcl", "acl", "acl:relcl", "parataxis", "csubj", "csubj:pass", "xcomp",
                              "conj", "discourse", "vocative"})
SUBJECT = frozenset({"nsubj"})
PASSIVE_SUBJECT = frozenset({"nsubj:pass"})
OBJECTS = frozenset({"obj", "iobj"})
# Events whose parties are the subject of the clause they are the occasion of:
# "bei einem Treffen vereinbarten A und B" (A and B met).
PARTICIPATION_TYPES = frozenset({"meeting", "call", "letter", "statement", "visit"})


class ParticipantRoles:
    """The parties of an event and their roles."""

    def _subject_roles(self, k: int) -> list[tuple[str, str]]:
        """The subject's names, the patient of a passive or of a verb whose
        subject undergoes it (``starb bei einem Unfall``), else the agent."""
        subject = self.v.subject(k) if self.as_found else self.v.actor_subject(k)
        if subject is None:
            return []
        undergoes = self._subject_undergoes(k)
        role = "patient" if self.v.passive(k) or undergoes else "agent"
        return [(n, role) for n in self.names(subject)]

    def _verb_roles(self, k: int) -> list[tuple[str, str]]:
        v, lex = self.v, self.lex
        roles: list[tuple[str, str]] = []
        owned: list[tuple[str, str]] = []  # the owners of phrases that name no one ("das Rating Sloweniens")
        arguments = v.arguments(k, self._particles(k), actor=not self.as_found)
        active = self._active_perfect(k)
        if active:  # "Kroatien/nsubj:pass ... hatte zuvor Österreich besiegt": no passive
            # (and the subject a passive subject beside it made a patient: "Zuletzt/nsubj:pass hatte die Hamas")
            first = arguments[0][0] if arguments else None
            arguments = [(c, "agent" if role == "patient" and (v.dep(c) == "nsubj:pass" or (
                c == first and v.dep(c) == "nsubj")) else role) for c, role in arguments]
        pair = None if self.as_found or active or not arguments else self._singular_beside_plural_subject(k)
        if pair and arguments[0][0] == pair[0]:  # "Der Rede Bans lauschten die Kandidaten": they listened
            arguments = [(pair[1], arguments[0][1]), (pair[0], "patient")] + arguments[1:]
        fronted = None if self.as_found or active or v.passive(k) or not arguments else self._fronted_object(
            k, arguments)
        if fronted is not None:  # "Bronze/nsubj sicherte sich Italien/obj": Italy secured it
            arguments = [(c, arguments[0][1] if c == fronted else "patient" if c == arguments[0][0] else role)
                         for c, role in arguments]
            arguments.sort(key=lambda a: a[0] != fronted)
        stray = None if self.as_found or v.deps_of(k, "nsubj", "nsubj:pass") else self._stray_pronoun(k)
        if stray is None and not self.as_found and not v.deps_of(k, "nsubj", "nsubj:pass") and not any(
                self.names(c) for c, _ in arguments):
            stray = self._verb_last_name(k)
            if stray is None:
                stray = self._name_after_finite(k)
        if stray is not None:  # "nach dessen Tod sie/nmod in ihr Elternhaus zurückzog": she is the subject
            undergoes = v.passive(k) or self._subject_undergoes(k)
            arguments.insert(0, (stray, "patient" if undergoes else "agent"))
        if not self.as_found and arguments and v.dep(arguments[0][0]) in ("nsubj", "nsubj:pass"):
            arguments[1:1] = [(d, arguments[0][1]) for d in self._split_subjects(k, arguments[0][0])]
        if not self.as_found and not any(role == "patient" for _, role in arguments) and (
                active or not v.passive(k)):
            bare = self._bare_oblique(k)
            arguments += [(bare, "patient")] if bare is not None else []
            named = [d for c, role in arguments if role == "agent" for d in [self._person_after_office(c)] if d]
            arguments += [(d, "patient") for d in named[:1]]
        if not self.as_found:
            arguments += self._stray_arguments(k, arguments, active)
        for c, role in arguments:
            if role == "agent" and not self.as_found and self._office_before(c) is not None:
                role = "patient"  # "hat das Gericht/compound Julia Timoschenko verurteilt"
            pair = None if self.as_found or (not active and v.passive(k)) else self._subject_and_object(k, c)
            if pair:  # "hatte Spanien Tschechien geschlagen": two phrases, the first the subject
                roles += [(pair[0], "agent"), (pair[1], "patient")]
                continue
            named = self.names(c)
            roles += [(n, role) for n in named]
            article = self._role_genitive(c, named) if named and not self.as_found else None
            if article:  # "der Chef des Roten Kreuzes": the line keeps the role it names
                self.owned[named[0]] = f"{self._short_phrase(c)} {article}"
            if not named and not self.as_found:
                by = role == "agent" and self._case(c) in lex.agent_preps
                owners, link = self._owners(c, of_object=role == "patient" and v.dep(c) != "nsubj:pass", of_agent=by)
                if link in self.lex.between_preps and role != "agent":
                    owners = []  # only the subject's "zwischen" parties take part ("Kontakte zwischen A und B")
                if by or link:
                    owned += [(n, role) for n in owners]
                    if not by:  # (by an agent the line names the body itself: "Hamas greift Synagoge an")
                        self.owned.update({n: f"{self._short_phrase(c)} {link}" for n in owners})
                else:  # "die Bundesstaaten New Mexico und New Jersey": the names the noun stands before
                    roles += [(n, role) for n in owners]
                if not owners and (self._case(c) is None or by):
                    roles += [(n, role) for n in self._unnamed_parties(c)]
        for c in v.children[k]:
            dep, case = v.dep(c), self._case(c)
            if dep in ("obl", "obl:arg"):
                if case in lex.companion_preps or case in lex.between_preps:
                    role = "patient" if self.lex.verb_types.get(self.predicate_lemma(k)) in (
                        "meeting", "call") else "other"
                    roles += [(n, role) for n in self.names(c)]
                    if role == "patient" and not self.names(c) and not self.as_found:
                        # "traf sich mit Vertretern von Siemens": whom the people met stand for
                        for n, link in self._represented(c):
                            roles.append((n, role))
                            self.owned.setdefault(n, f"{case} {link}")  # (the line keeps "mit")
                elif case in lex.recipient_preps and (self.lex.verb_types.get(self.predicate_lemma(k)) == "letter"
                                                      or self._accusative_recipient(c) or (
                        not self.as_found and self.predicate_lemma(k) in lex.giving_verbs
                        and not v.deps_of(c, "det"))):
                    # (a verb of giving takes "an" with the accusative: "an Angela Merkel übergeben";
                    # with a dative article the phrase is where: "an der Universität Wien übergeben")
                    roles += [(n, "patient") for n in self.names(c)]
                    self.received += self.names(c)
                elif case in lex.opponent_preps and not self._after_event_noun(c):
                    roles += [(n, "patient") for n in self.names(c)]  # "gewann gegen Schweden"
                elif case in lex.opponent_preps and not self.as_found and self._after_bare_event_noun(c):
                    noun = self._short_phrase(v.subtree(c, CLAUSE_RELATIONS)[0] - 1)
                    for n in self.names(c):  # "bestätigt Urteil gegen X": the line keeps the noun
                        roles.append((n, "patient"))
                        self.owned.setdefault(n, f"{noun} {case}")
        if not self.as_found:
            for n, link in self._object_noun_parties(k):
                if n not in {name for name, _ in roles}:  # "nimmt Verhandlungen mit Iran auf": the line keeps the noun
                    roles.append((n, "patient"))
                    if link:
                        self.owned[n] = link
        for t in self._clause_tokens(k):
            # "ermittelt seit Montag gegen Siemens" with "gegen Siemens" hung on "Montag":
            # the opponent of the verb, unless it belongs to an event noun ("Spiele gegen X")
            h = v.head(t)
            if h != k and v.mention_at[t] >= 0 and self._case(t) in lex.opponent_preps \
                    and not self._event_noun(h) and v.dep(t) != "conj" and not self._after_event_noun(t):
                roles += [(n, "patient") for n in self.names(t)]
        if not self.as_found:
            roles += [(n, "patient") for n in self._titled_opponents(k)]
            for n in self._stray_recipients(k):  # "konnte mit Verzögerung an die Reederei X übergeben werden"
                if n not in {name for name, _ in roles}:
                    roles.append((n, "patient"))
                    self.received.append(n)
        if not self.as_found and not active and v.passive(k) and not any(role == "agent" for _, role in roles):
            roles += [(n, "agent") for n in self._surface_agent(k) or self._maker(k)]
        if not any(role == "agent" for _, role in roles):
            perfect = self._perfect_subject(k)
            roles = [(n, "agent") for n in perfect] + roles
            if perfect:  # "Moody's hat das Rating/nsubj Sloweniens angehoben": the phrase was the object
                owned = [(n, "patient") for n, _ in owned if not self.owned.get(n, "").endswith(" zwischen")]
        if not roles:
            roles = self._subject_under_time(k)
        if not roles and not self.as_found:
            roles = self._subject_compound_parties(k)
        listed = {n for n, _ in roles}
        roles += [r for r in owned if r[0] not in listed]
        members = self._alliance_formed(k)
        if members:  # "wurde die Koalition aus CDU und FDP gebildet": the members formed it
            roles = [(n, "agent" if n in members else role) for n, role in roles]
        if self._harms_itself(k):
            roles = [(n, "patient" if role == "agent" else role) for n, role in roles]
        if not self.as_found:
            roles = self._attribute_noun_roles(k) + roles
        seen: dict[str, str] = {}
        for name, role in roles:
            seen.setdefault(name, role)
        return list(seen.items())

    def _stray_recipients(self, k: int) -> list[str]:
        """The recipients of a verb of giving in an ``an`` phrase with an accusative article
        (``an die``, ``an das``: where something goes, Duden, Wechselpräpositionen) that the parser
        hung on a noun of the clause (``konnte erst mit einem Tag Verzögerung an die Reederei
        Norwegian Cruise Line übergeben werden``): a noun that is no event's takes no such phrase
        of its own (not ``Brief an die Kanzlerin``, ``Appell an die Regierung``)."""
        v, lex = self.v, self.lex
        if self.predicate_lemma(k) not in lex.giving_verbs:
            return []
        out: list[str] = []
        for t in self._clause_tokens(k):
            h = v.head(t)
            if h == k or v.dep(t) != "nmod" or self._case(t) not in lex.recipient_preps \
                    or not self._accusative_recipient(t) or self._event_noun(h) is not None \
                    or self._after_event_noun(t) or v.pos(h) not in ("NOUN", "PROPN"):
                continue
            out += [n for n in self.names(t) if n not in out]
        return out

    def _unnamed_parties(self, c: int) -> list[str]:
        """The parties a phrase names by a common noun only (``das irakische
        Parlament``, ``vom Abgeordnetenhaus und vom Senat``, ``hatte die
        Kartellbehörde ermittelt``): a body one of which stands behind the
        noun (``lexicon.unique_bodies``, ``body_kinds``), named as the phrase
        says it, in the nominative without its article (``irakisches
        Parlament``). Not a plural, an indefinite or a negated one (``die
        Behörden``, ``ein Gericht``, ``keine Regierung``): no one body."""
        v = self.v
        out = []
        for t in [c] + [d for d in v.deps_of(c, "conj") if not self.names(d)]:
            name = self._body_phrase(t)
            if name and name not in out:
                out.append(name)
        self.unnamed.update(n for n in out if n not in self.named)
        return out

    def _body_phrase(self, t: int) -> str | None:
        v, lex = self.v, self.lex
        lemma = self._noun_lemma(t)
        # (a form that is its lemma is singular, whatever the tag: "der Luftwaffe/Plur")
        plural = self._plural_noun(t) and self.low[t] != lemma.lower()
        if v.pos(t) != "NOUN" or v.mention_at[t] >= 0 or plural or any(
                v.feature(d, "Definite") == "Ind" or v.feature(d, "PronType") == "Neg" for d in v.deps_of(t, "det")):
            return None
        if not (lemma in lex.unique_bodies or self._compound_head(lemma, lex.unique_bodies)
                or self._compound_head(lemma, lex.body_kinds)) or self._event_noun(t) is not None:
            return None
        ending = {"Masc": "er", "Neut": "es"}.get(v.feature(t, "Gender"), "e")  # strong nominative singular
        words = []
        for a in v.deps_of(t, "amod"):
            if a > t or v.pos(a) != "ADJ" or v.mention_at[a] >= 0:
                continue
            text, base = v.tokens[a].text, v.lemma(a)
            if text == base or not text.lower().startswith(base.lower()):
                words.append(text)  # ("Berliner Verfassungsschutz": an adjective that does not decline)
            else:
                word = base.lower() + ending
                words.append(word[:1].upper() + word[1:] if text[:1].isupper() else word)
        return " ".join(words + [lemma])

    def _attribute_noun_roles(self, k: int) -> list[tuple[str, str]]:
        """The names of the noun a dated participle stands before (``des 1849
        verstorbenen Schriftstellers Edgar Allan Poe``, ``der am Montag
        festgenommene Terrorist X``): an attributive participle is said of its
        noun, which undergoes it (a transitive verb's participle is passive),
        or does it where the verb's perfect takes ``sein`` and its subject acts
        (``der am Montag angereiste Minister X``)."""
        v = self.v
        if not self._dated_attribute(k):
            return []
        lemma = self.predicate_lemma(k)
        acts = lemma in v.grammar.sein_perfect and not self._subject_undergoes(k)
        names = self.names(k + 1)
        mi = v.mention_at[k + 2] if k + 2 < len(self.low) and v.sentence_of[k + 2] == v.sentence_of[k] else -1
        if not names and mi >= 0 and v.token_at(v.mentions[mi].start) == k + 2 \
                and v.mentions[mi].label in ("PER", "ORG") and v.mention_at[k + 1] < 0:
            names = [self._actor_name(v.mentions[mi])]  # ("Minister/flat X": the noun's name, however hung)
        return [(n, "agent" if acts else "patient") for n in names]

    def _singular_beside_plural_subject(self, k: int) -> tuple[int, int] | None:
        """Of two subjects the parser gave a plural finite verb (``Der Rede
        Bans lauschten auch die Kandidaten Hofer und Van der Bellen``), the
        singular noun: a finite verb agrees with its subject, so the plural one
        is it and the singular one, put first, is an object (German puts an
        object first: V2); (singular, plural) or None."""
        v = self.v
        subjects = v.deps_of(k, "nsubj")
        if len(subjects) != 2 or not any(v.feature(f, "Number") == "Plur" and v.feature(f, "VerbForm") not in (
                "Part", "Inf") for f in [k] + v.deps_of(k, "aux")):
            return None
        first, second = subjects
        if v.pos(first) != "NOUN" or v.feature(first, "Number") != "Sing" or self.low[first] != v.lemma(first).lower() \
                or v.deps_of(first, "conj") or v.mention_at[first] >= 0:
            return None
        if v.feature(second, "Number") == "Plur" or v.deps_of(second, "conj"):
            return first, second
        return None

    def _subject_compound_parties(self, k: int) -> list[tuple[str, str]]:
        """``Der EU-Gipfel findet am Donnerstag statt``: a verb whose subject
        is an event noun that names no one tells of that event, and the party
        the noun's first part names takes part (``_compound_parties``; also
        after a first part too short for a compound of its own: ``EU-``)."""
        v = self.v
        subject = v.subject(k)
        if subject is None or v.head(subject) != k or v.pos(subject) not in ("NOUN", "PROPN") or v.dep(subject) not in (
                "nsubj", "nsubj:pass") or self._preposition(subject) is not None or v.pos(
                min(v.subtree(subject, CLAUSE_RELATIONS)) - 1) == "ADP":
            return []  # (not a phrase the parser took for one: "Nach dem HG-Urteil haben die Versicherer")
        tail = v.tokens[subject].text.rsplit("-", 1)[-1]
        if not (self._event_noun(subject) or tail in self.lex.noun_types
                or self._compound_head(tail, self.lex.noun_types)):
            return []
        return self._compound_parties(subject)

    def _fronted_object(self, k: int, arguments: list[tuple[int, str]]) -> int | None:
        """The named object that is the subject of an object-first clause the
        parser read subject-first (``Bronze/nsubj sicherte sich Italien/obj``):
        German puts an object first (V2), and a bare common noun (no article)
        in the prefield, before a bare name after a singular finite verb with
        ``sich`` (``sich etwas sichern/holen``: the name secures it, the bare
        noun is what is secured), is that object; the name, else None. (Not
        without ``sich``: a headline drops its articles, "Ringen beunruhigt
        auch IWF".)"""
        v = self.v
        subject = arguments[0][0]
        if v.dep(subject) != "nsubj" or v.pos(subject) != "NOUN" or subject > k or v.mention_at[subject] >= 0 \
                or v.deps_of(subject, "det", "det:poss", "case") or self.names(subject) \
                or min(v.subtree(subject, CLAUSE_RELATIONS)) != self._clause_start(k):
            return None
        finite = [t for t in [k] + v.deps_of(k, "aux") if v.feature(t, "VerbForm") not in ("Part", "Inf")]
        if not finite or v.feature(finite[0], "Number") != "Sing":
            return None
        if not any(self.low[c] == "sich" for c in v.children[k]):
            return None  # (a headline's bare noun is its subject: "Ringen beunruhigt auch IWF")
        for c, _ in arguments[1:]:
            mi = v.mention_at[c]
            if v.dep(c) in ("obj", "iobj") and c > k and mi >= 0 and v.mentions[mi].label in ACTOR_LABELS \
                    and not v.deps_of(c, "det", "case") and v.feature(c, "Number") != "Plur" and self.names(c):
                return c
        return None

    def _clause_start(self, k: int) -> int:
        """The first token of the clause ``k`` heads (past a conjunction or a comma before it)."""
        v = self.v
        first = min(v.subtree(k, CLAUSE_RELATIONS))
        while first < k and v.pos(first) in ("CCONJ", "SCONJ", "PUNCT"):
            first += 1
        return first

    def _stray_arguments(self, k: int, arguments: list[tuple[int, str]], active: bool) -> list[tuple[int, str]]:
        """Named phrases of the clause the parser gave a relation no argument
        has, with their roles: a passive's ``von``/``durch`` phrase labelled a
        subject (``wurden von Evan/AUX Bless/nsubj:pass veröffentlicht``: a
        phrase with a preposition is never a subject, and in a passive it is
        the agent; so is a name whose ``von`` the parser hung on a noun before
        it, ``von dem Hacker/nmod Marcel Lazar/obl enthüllt``); a second named
        subject after the verb (``The Departed brachte Martin Scorsese/nsubj
        den Oscar``: a clause has one subject, so the other is an object; the
        subject, where the other has a preposition); a name the parser hung on the verb as an
        apposition right after an argument noun (``nominierte den ehemaligen
        Staatspräsidenten Danilo/appos Turk``: a verb has no apposition, the
        name is that noun's); and the subject of the
        verb a subjectless ``zu`` infinitive complements (``Luger kündigte an,
        eine Berufung prüfen zu lassen``: the subject of ``ankündigen``,
        ``versuchen``, ``planen`` does what it announces; not where that verb
        has an object, ``forderte ihn auf, ... zu``)."""
        v, lex = self.v, self.lex
        taken = {c for c, _ in arguments}
        out: list[tuple[int, str]] = []

        def named(c: int) -> bool:  # (not a body a common noun names that the recognizer took for a name,
            # "die türkische Polizei": a lower-case adjective in the name marks a description)
            if c in taken or v.timex_at[c] >= 0 or any(
                    v.pos(t) == "ADJ" and v.tokens[t].text[:1].islower() and v.mention_at[t] >= 0
                    for t in v.subtree(c, CLAUSE_RELATIONS)):
                return False
            return bool(self.names(c))

        passive = not active and v.passive(k)
        subjects = [c for c, _ in arguments if v.dep(c) in ("nsubj", "nsubj:pass")]
        for c in v.children[k]:
            dep = v.dep(c)
            if passive and dep in ("nsubj", "nsubj:pass", "obl") and self._preposition(c) in lex.agent_preps \
                    and named(c):
                out.append((c, "agent"))
            elif dep == "nsubj" and c > k and subjects and not self._case(c) and self._dative_article(c) and named(c):
                out.append((c, "patient"))  # "brachte dem 41-Jährigen/nsubj den Oscar ein": who it came to
            elif dep == "nsubj" and c > k and subjects and not self._case(c) and named(c) and not passive \
                    and len(v.deps_of(k, "nsubj")) == 2 and not any(  # (more: a parse of a list, no clause)
                        v.pos(t) == "PUNCT" for t in range(k + 1, min(v.subtree(c, CLAUSE_RELATIONS)))):
                if any(self.names(d) for d in subjects):  # (not beside a subject that names no one: "Der/nsubj
                    out.append((c, "patient"))  # am Dienstag verletzte Abwehrspieler/nsubj X", a participle)
                elif all(self._preposition(d) for d in subjects):  # "im ersten Spiel/nsubj erzielte der
                    out.append((c, "agent"))  # 22-Jährige/nsubj zwei Treffer": a phrase with a preposition is none
            elif dep in ("appos", "flat", "flat:name") and v.mention_at[c] >= 0 and named(c):
                before = [(a, role) for a, role in arguments if max(v.subtree(a, CLAUSE_RELATIONS)) == c - 1
                          and v.pos(a) in ("NOUN", "PROPN") and v.mention_at[a] < 0 and not self.names(a)]
                out += [(c, before[0][1])] if before else []
        if not subjects and not out and v.dep(k) in ("ccomp", "xcomp") and any(
                self.low[m] == "zu" for t in [k] + v.deps_of(k, "xcomp") for m in v.deps_of(t, "mark")):
            head = v.head(k)
            if head != k and v.pos(head) == "VERB" and not v.deps_of(head, "obj", "iobj"):
                out += [(c, "agent") for c in v.deps_of(head, "nsubj") if named(c)]
        return out

    def _verb_last_name(self, k: int) -> int | None:
        """The subject of a verb-last clause the parser gave none (``, ehe der Bolivianer Ronald
        Raldes/appos ... den Endstand fixierte``, ``, für deren Bau Brad Pitt/appos ... die
        Spendentrommel rührte``): such a clause opens after a comma with a conjunction or a relative
        phrase with a preposition, and the one name between its opening and its verb that no
        preposition or oblique article begins is its subject (a clause has one nominative; not beside
        a subject pronoun, ``weil er X traf``, nor after a bare relative, which may be the subject
        itself: ``, die Siemens kaufte``); the name's first token, else None."""
        v, g = self.v, self.v.grammar
        s, n = v.sentence_of[k], len(self.low)
        end = k + 1
        while end < n and v.sentence_of[end] == s and v.pos(end) == "AUX":
            end += 1
        if end < n and v.sentence_of[end] == s and v.pos(end) != "PUNCT":
            return None  # (the verb is not last: no clause of this kind)
        start = k
        while start > v.sentences[s].first_token and self.low[start - 1] != ",":
            start -= 1
        if self.low[start - 1] != "," or start == k:
            return None
        if self.low[start] in g.subordinators:
            body = start + 1
        elif v.pos(start) == "ADP" and self.low[start + 1] in g.relative_pronouns:
            body = start + 2  # "für deren Bau": past the noun "dessen"/"deren" stand before
            while body < k and self.low[start + 1] in ("dessen", "deren") and v.pos(body) in (
                    "ADJ", "NOUN", "PROPN") and v.mention_at[body] < 0:
                body += 1
        else:
            return None
        found: list[int] = []
        for t in range(body, k):
            if self.low[t] in self.lex.subject_pronouns and v.pos(t) == "PRON":
                return None
            mi = v.mention_at[t]
            if mi < 0 or v.token_at(v.mentions[mi].start) != t or v.mentions[mi].label not in ACTOR_LABELS \
                    or v.timex_at[t] >= 0:
                continue
            p = t - 1  # the phrase's start: an article, adjectives, one noun the name names ("die Firma X")
            if p >= body and v.pos(p) == "NOUN" and v.mention_at[p] < 0:
                p -= 1
            while p >= body and v.pos(p) in ("DET", "ADJ"):
                p -= 1
            if (p >= body and v.pos(p) in ("ADP", "NOUN", "PROPN", "DET")) or self.low[p + 1] in g.oblique_determiners:
                continue  # ("mit dem FBI", "die Tochter der Familie X", "dem Konzern X")
            found.append(t)
        return found[0] if len(found) == 1 else None

    def _name_after_finite(self, k: int) -> int | None:
        """The subject of a main clause the parser gave none, read from the
        word order (``Angeblich plant der Vorstandsvorsitzende Thomas/appos
        Enders den Ausstieg``, ``Nacke zufolge soll Mindermann/nmod ... Fragen
        gestellt haben``): after a fronted phrase the finite verb comes second
        and the subject, where it is not fronted, mostly right after it (the
        middle field opens with the nominative: Duden, Wortstellung im
        Mittelfeld); so a name there, after no preposition and no article of
        an object (``dem``, ``den``), is the subject; its first token, else
        None. (Not in a verb-first clause, a question or a command.) An
        unstressed reflexive stands before a subject noun phrase at the
        middle field's start (the Wackernagel position: ``verschätzte sich
        Innenverteidiger Paulo Miranda``), so the name after it counts too, as
        does a name after a title noun the tagger read as a proper noun."""
        v, g = self.v, self.v.grammar
        clause = self._clause_tokens(k)
        start = self._clause_start(k)
        finite = [t for t in sorted(set(clause) | set(v.deps_of(k, "aux", "aux:pass")))
                  if start < t <= k and v.pos(t) in ("VERB", "AUX") and v.feature(t, "VerbForm") not in ("Part", "Inf")
                  and not self._participle(t)]
        if not finite or v.pos(start) in ("VERB", "AUX") or self.low[start] in g.subordinators:
            return None
        t = finite[0] + 1
        if t < len(self.low) and self.low[t] == "sich" and v.pos(t) == "PRON":
            t += 1
        t = self._past_time_adverbial(t)
        if t < len(self.low) and self.low[t] in g.oblique_determiners:
            return None
        while t < len(self.low) and v.mention_at[t] < 0 and (v.pos(t) in ("DET", "ADJ") or (
                v.pos(t) in ("NOUN", "PROPN") and t + 1 < len(self.low) and v.mention_at[t + 1] >= 0)):
            t += 1  # "der Airbus-Vorstandsvorsitzende Thomas Enders": the noun before a name is one phrase with it
        mi = v.mention_at[t] if t < len(self.low) and v.sentence_of[t] == v.sentence_of[k] else -1
        if mi < 0 or v.token_at(v.mentions[mi].start) != t or v.mentions[mi].label not in ("PER", "ORG") \
                or t in self.sourced or v.timex_at[t] >= 0 or self._split_first_name(mi) or (
                t > k and not self._adverbial_prefield(start, finite[0])):
            return None
        return t

    def _past_time_adverbial(self, t: int) -> int:
        """The token after the time adverbials that open the middle field at ``t`` (``trafen sich am
        Montag erneut Merkel und Macron``): a time phrase or an adverb may stand before a subject that
        brings new information (Duden Grammatik, Wortstellung im Mittelfeld: given before new, and
        adverbials of time early), so the subject is looked for after them; ``t`` where none opens it."""
        v = self.v
        s, n = v.sentence_of[t] if t < len(self.low) else -1, len(self.low)
        j = t
        while j < n and v.sentence_of[j] == s and v.mention_at[j] < 0 and (
                v.timex_at[j] >= 0 or (v.pos(j) == "ADP" and j + 1 < n and v.timex_at[j + 1] >= 0)
                or (v.pos(j) == "ADV" and j > t)):
            j += 1
        return j if j > t and any(v.timex_at[i] >= 0 for i in range(t, j)) else t

    def _adverbial_prefield(self, start: int, finite: int) -> bool:
        """A prefield of adverbs or of one phrase with a preposition (``Dann
        aber``, ``Im Vorfeld des Kampfes``): it holds no noun phrase of its own
        that could be the subject, so a full verb in second place has its
        subject in the middle field (V2: one phrase before the finite verb);
        a bare noun phrase there may be the subject the parser lost (``Ogier,
        Weltmeister ..., feierte``), and then a name after the verb is its
        object."""
        v = self.v
        if start >= finite:
            return False
        if v.pos(start) == "ADP":
            return True
        return all(v.pos(t) in ("ADV", "CCONJ") for t in range(start, finite))

    def _split_first_name(self, mi: int) -> bool:
        """``Thomas/PER Enders``: a first name alone right before a capitalized
        word is a name the recognizer cut short, no party to name by itself."""
        v = self.v
        m = v.mentions[mi]
        j = v.token_at(m.end)
        return m.text.lower() in self.lex.first_names and j < len(self.low) and v.mention_at[j] < 0 \
            and v.tokens[j].text[:1].isupper() and v.sentence_of[j] == v.sentence_of[v.token_at(m.start)]

    def _dative_article(self, c: int) -> bool:
        """``dem 41-Jährigen``: a phrase the tagger reads as a dative, article
        and noun alike, is an object, never the subject the parser made it (a
        subject is in the nominative)."""
        v = self.v
        dets = v.deps_of(c, "det")
        return bool(dets) and v.feature(c, "Case") == "Dat" and all(v.feature(d, "Case") == "Dat" for d in dets)

    def _preposition(self, c: int) -> str | None:
        """The preposition of a phrase, also one the parser hung on a word
        inside it (``von Evan/AUX Bless``: ``von`` on ``Evan``), lower case."""
        case = self._case(c)
        if case is not None:
            return case
        tokens = self.v.subtree(c, CLAUSE_RELATIONS)
        first = min(tokens)
        return self.low[first] if self.v.pos(first) == "ADP" else None

    def _compound_parties(self, k: int) -> list[tuple[str, str]]:
        """The party an event noun's first part names (``beim CDU-Parteitag``,
        ``bei einem Cameron-Gipfel``, ``der Obama-Besuch``): a compound whose
        first part, before the hyphen, is a person or body the article names
        (``David Cameron`` for ``Cameron``) or a one-word name of one (not a
        place: ``US-Wahl``, ``Syrien-Konferenz`` tell the topic) holds or
        makes the happening (agent)."""
        v = self.v
        word = v.tokens[k].text
        if "-" not in word.strip("-") or v.mention_at[k] >= 0:
            return []
        part = word.split("-")[0]
        if len(part) < 2 or not part[0].isupper():
            return []
        fuller = [m.text for m in v.mentions if m.label == "PER" and m.text.endswith(" " + part)]
        if fuller or any(m.text == part and m.label in ("PER", "ORG") for m in v.mentions):
            return [(max(fuller, key=len) if fuller else part, "other")]
        if part in self.lex.actor_words and not any(m.text == part and m.label == "LOC" for m in v.mentions):
            return [(part, "other")]
        return []

    def _adjacent_parties(self, k: int) -> list[tuple[str, str]]:
        """The ``zwischen`` or ``mit`` phrase right after an event noun that the
        parser hung on the noun's verb (``soll es noch Gespräche/obj zwischen der
        JG/obl und Niessl geben``): a phrase right after a noun of meeting
        belongs to it, whom the talks are between hold them (agents; ``mit``:
        whom they are with, patients)."""
        v, lex = self.v, self.lex
        head = v.head(k)
        if head == k or v.dep(k) not in ("obj", "nsubj", "nsubj:pass") or self._event_noun(k) not in (
                "meeting", "call"):
            return []
        last = max(v.subtree(k, CLAUSE_RELATIONS))
        for c in v.children[head]:
            if v.dep(c) not in ("obl", "obl:arg") or min(v.subtree(c, CLAUSE_RELATIONS)) != last + 1:
                continue
            case = self._case(c)
            if case in lex.between_preps:
                return [(n, "agent") for n in self.names(c)]
            if case in lex.companion_preps:
                return [(n, "patient") for n in self.names(c)]
        return []

    def _election_parties(self, k: int) -> list[tuple[str, str]]:
        """The subject of the clause an election stands in as its occasion
        (``Bei der Europawahl konnten die Liberalen nur 2,6 % verbuchen``, ``Bei
        der Parlamentswahl hatte die HDP die Hürde übersprungen``): whoever the
        clause tells the result of ran in it (role ``other``: neither holds
        the election nor undergoes it)."""
        v = self.v
        if self._event_noun(k) != "election" or v.dep(k) != "obl" or self._case(k) not in self.lex.participation_preps:
            return []
        clause = self._governing_clause(k)
        if clause is None or v.head(k) != clause or any(
                self.low[a] in self.lex.hypothetical_forms for a in [clause] + v.deps_of(clause, "aux")):
            return []  # ("könnte die ÖVP bei der Wahl verlieren": a possible result tells no one who ran)
        return [(n, "other") for n, _ in self._subject_roles(clause)]

    def _object_noun_parties(self, k: int) -> list[tuple[str, str]]:
        """The parties of an event noun the verb takes as its object (``Gespräche
        mit X führen``, ``wurden Ermittlungen gegen X aufgenommen``): with a light
        verb the noun tells the happening, and whom it is with or against takes
        part in the verb's happening too."""
        v, lex = self.v, self.lex
        out: list[tuple[str, str]] = []
        for o in v.children[k]:
            kind = self._event_noun(o) if v.dep(o) in ("obj", "nsubj:pass") and v.pos(o) == "NOUN" else None
            if kind is None:
                continue
            for c in v.children[o]:
                if c < o or v.dep(c) != "nmod":
                    continue
                case = self._case(c)
                if case in lex.companion_preps and kind in ("meeting", "call"):
                    out += [(n, f"{self._short_phrase(o)} {case}") for n in self.names(c)]
                elif case in lex.opponent_preps:  # (the line keeps "gegen" by itself: "hebt Urteile gegen X auf")
                    out += [(n, "") for n in self.names(c)]
        return out

    def _stray_pronoun(self, k: int) -> int | None:
        """A subject pronoun (``er``, ``sie``) the parser hung on a noun of the
        clause as its modifier: a personal pronoun is never a noun's attribute
        (its genitive is a possessive, ``ihr``), so in a clause with no subject
        it is the subject."""
        v, lex = self.v, self.lex
        for t in self._clause_tokens(k):
            if v.pos(t) == "PRON" and self.low[t] in lex.subject_pronouns and v.dep(t) == "nmod" \
                    and v.head(t) != k and self._case(t) is None:
                return t
        return None

    def _subject_and_object(self, k: int, c: int) -> tuple[str, str] | None:
        """Two states side by side that the parser made one phrase (``Außerdem
        hatte Spanien/compound Tschechien mit 33:25 geschlagen``): German joins no
        two country names without ``und``, a comma or a hyphen, so they are two
        phrases, the subject and then the object of the middle field, where the
        clause has no other subject. (A noun or a title before a name is one
        phrase with it: "Bundesrat Gottfried Kneifel", "Landesarbeitsgericht
        Hessen".)"""
        v = self.v
        found = [mi for mi in v.mentions_in(self._core(c)) if v.mentions[mi].label in ACTOR_LABELS]
        if len(found) != 2 or any(v.dep(d) in ("nsubj", "nsubj:pass") for d in v.children[k] if d != c):
            return None
        first, second = (v.mentions[mi] for mi in found)
        if any(m.text.lower() not in self.lex.place_forms for m in (first, second)):
            return None  # (a title, an office or a court before a name is one phrase: "Landesarbeitsgericht Hessen")
        last, start = v.token_at(first.end) - 1, v.token_at(second.start)
        if start != last + 1 or v.tokens[last].end == v.tokens[start].start or first.text.endswith(("s", "'", "’")):
            return None  # (not "Frankreichs Präsident", nor a name glued to the next)
        one, two = range(v.token_at(first.start), start), range(start, v.token_at(second.end))
        if not any(v.dep(t) in ("compound", "flat", "flat:name", "appos") and v.head(t) in other
                   for part, other in ((one, two), (two, one)) for t in part):
            return None
        return self._actor_name(first), self._actor_name(second)

    def _owners(self, c: int, of_object: bool = False, of_agent: bool = False) -> tuple[list[str], str]:
        """The names a subject or object phrase that names no one belongs to,
        and the word that links them to its noun in a label: ``von`` for its
        genitive (``hat das Rating des Eurolandes
        Slowenien angehoben``, ``hielten Anhänger der Hisbollah ab``): whoever
        owns what the verb acts on undergoes it, whoever owns the doers acts
        through them. The genitive is a bare phrase after the noun with a
        genitive article before its name, or, where the parser hung it
        elsewhere, the name right after that article, or, of an object, a
        person or body in a ``von`` phrase, the genitive's stand-in (``parierte
        den Elfer von Ever Banega``; not the maker in ``Der Smart von Daimler
        wird ausgeliefert``); a name with no article
        after a plural noun (``die Bundesstaaten New Mexico und New Jersey``)
        is what the noun names (no word); the parties of its ``zwischen``
        phrase take part as the phrase does (``die Kontakte zwischen beiden
        Unternehmen kamen zustande``). A passive's ``von`` phrase (``of_agent``)
        has its owners too: ``von einem Religionsgericht der Al-Nusra-Front
        verurteilt``, the body acts through its court."""
        v, lex = self.v, self.lex
        if v.pos(c) not in ("NOUN", "PROPN") or (self._case(c) is not None and not of_agent):
            return [], ""
        before = None if self.as_found or v.dep(c) not in ("obj", "iobj") else self._genitive_before(c)
        if before:  # "wehrte Keitas Versuch ab": whose the object is undergoes it ("Versuch von Keita")
            self.owned[before] = f"{v.tokens[c].text} von"
            return [before], ""
        for d in v.children[c]:
            if v.dep(d) == "nmod" and d > c and self._case(d) in lex.between_preps and self.names(d):
                return self.names(d), self._case(d)
            if of_object and v.dep(d) == "nmod" and d > c and self._case(d) in lex.genitive_preps and self.names(d) \
                    and v.mentions[v.mention_at[d]].label in ("PER", "ORG"):
                # "parierte den Elfer von Ever Banega": "von" stands in for the genitive (not "die Bürger von Paris")
                return self.names(d), self._case(d)
            inside = v.mentions_in(self._core(d)) if v.dep(d) in ("nmod", "nmod:poss") and d > c else []
            if inside and self._case(d) is None:  # "des Flugzeugträgers „Graf Zeppelin“": its name
                first = v.token_at(v.mentions[inside[0]].start)
                genitive = any(self.low[t] in lex.genitive_articles for t in range(c + 1, first))
                if genitive or (first == c + 1 and self._plural_noun(c)):
                    names = self.names(d)
                    return names, (self._article_before(first, names) or "von") if genitive else ""
        j = c + 1
        if j < len(self.low) and self.low[j] in lex.genitive_articles:
            for t in range(j + 1, min(j + 5, len(self.low))):
                opening = v.pos(t) == "PUNCT" and t + 1 < len(self.low) and v.tokens[t].end == v.tokens[t + 1].start
                if v.sentence_of[t] != v.sentence_of[c] or (v.pos(t) not in ("ADJ", "NOUN", "PROPN") and not opening):
                    break  # (an opening quotation mark glued to the name goes on: "„Graf Zeppelin“")
                mi = v.mention_at[t]
                if mi >= 0 and v.token_at(v.mentions[mi].start) == t and v.mentions[mi].label in ACTOR_LABELS:
                    name = self._actor_name(v.mentions[mi])
                    return [name], self._article_before(t, [name]) or "von"
        return [], ""

    def _genitive_before(self, c: int) -> str | None:
        """The name in the genitive right before a noun, past its adjectives
        (``Merkels Rücktritt``, ``Keitas erster Versuch``, ``Googles
        Übernahme``): German puts only a name's genitive before its noun
        (Duden: vorangestellter Genitiv), so the name is whose the noun is,
        however the parser hung it; named without its ending (a person's
        ``-s``, also where the article names them no other way)."""
        v = self.v
        j = c - 1
        while j >= 0 and v.pos(j) == "ADJ" and v.mention_at[j] < 0 and v.sentence_of[j] == v.sentence_of[c]:
            j -= 1
        mi = v.mention_at[j] if j >= 0 and v.sentence_of[j] == v.sentence_of[c] else -1
        if mi < 0 or mi == v.mention_at[c] or v.token_at(v.mentions[mi].end) != j + 1:
            return None
        m = v.mentions[mi]
        if m.label not in ACTOR_LABELS or not m.text.endswith(("s", "'", "’")) or "-" in v.tokens[c].text[:1] \
                or m.text.lower() in self.lex.first_names \
                or v.tokens[j].end == v.tokens[j + 1].start:
            return None
        name = self._actor_name(m)
        if name == m.text and m.label == "PER" and m.text.endswith("s") and len(m.text) > 4:
            return m.text[:-1]  # ("Modestes Treffer": Modeste)
        return name.rstrip("'’") if name == m.text else name

    def _represented(self, c: int) -> list[tuple[str, str]]:
        """The names a phrase of people that names no one stands for (``mit
        Vertretern von Siemens und Bosch``, ``mit Abgesandten der Hamas``): a
        genitive or ``von`` phrase after a noun of those who act for a body
        (not ``mit Kontenbesitzern der KTB``); each with the words a line keeps
        before it."""
        v, lex = self.v, self.lex
        if v.pos(c) != "NOUN" or self._noun_lemma(c) not in lex.representative_nouns:
            return []
        for d in v.children[c]:
            if d < c or v.dep(d) != "nmod":
                continue
            case = self._case(d)
            article = next((self.low[t] for t in v.deps_of(d, "det") if self.low[t] in lex.genitive_articles), None)
            if case in lex.genitive_preps or (case is None and article):
                names = self.names(d)
                if names:
                    return [(n, f"{self._short_phrase(c)} {case or article}") for n in names]
        return []

    def _role_genitive(self, c: int, names: list[str]) -> str | None:
        """The genitive article of the one name a role noun's phrase holds in
        its genitive (``der Chef des Roten Kreuzes``): the role's holder is
        unnamed, the name is whose role it is."""
        v = self.v
        if len(names) != 1 or not self._is_role(v.lemma(c)) or v.mention_at[c] >= 0:
            return None
        for d in v.deps_of(c, "nmod"):
            mi = v.mention_at[d]
            if d > c and self._case(d) is None and mi >= 0 and names[0] in (v.mentions[mi].text,
                                                                              self._actor_name(v.mentions[mi])):
                return self._article_before(v.token_at(v.mentions[mi].start), names)
        return None

    def _article_before(self, first: int, names: list[str]) -> str | None:
        """The genitive article right before a name that is the only one named
        (``die Mitglieder der GAL``, ``die Anhänger der Hisbollah``): a label
        keeps it, as the name keeps its genitive ending (``von`` takes the
        dative: not ``von Internationalen Strafgerichtshofs``)."""
        v = self.v
        mi = v.mention_at[first]
        if len(names) != 1 or first == 0 or mi < 0 or names[0] not in (v.mentions[mi].text,
                                                                        self._actor_name(v.mentions[mi])):
            return None
        low = self.low[first - 1]
        return low if low in self.lex.genitive_articles and v.pos(first - 1) == "DET" else None

    def _subject_under_time(self, k: int) -> list[tuple[str, str]]:
        """``Heute um 06:35 Uhr ist Fürst X gestorben`` parsed with the time as
        the subject and the name hung below it: a time is never who acts, the
        name in its phrase outside the time expression is the subject."""
        v = self.v
        for c in v.deps_of(k, "nsubj", "nsubj:pass"):
            if v.timex_at[c] < 0:
                continue
            tokens = [t for t in v.subtree(c, CLAUSE_RELATIONS) if v.timex_at[t] < 0]
            found = [mi for mi in v.mentions_in(tokens) if v.mentions[mi].label in ("PER", "ORG")]
            if found:
                undergoes = v.passive(k) or self._subject_undergoes(k)
                return [(self._actor_name(v.mentions[found[0]]), "patient" if undergoes else "agent")]
        return []

    def _perfect_subject(self, k: int) -> list[str]:
        """``Die Agentur X hat das Rating ... angehoben`` parsed with ``hat`` as
        the main verb and the participle as its complement: the subject of
        ``haben`` is who did it."""
        v = self.v
        for h in self._conj_chain(k):
            head = v.head(h)
            if v.dep(h) == "xcomp" and head != h and v.lemma(head).lower() == "haben" and self._participle(h):
                return [n for c in v.deps_of(head, "nsubj") for n in self.names(c)]
        return []

    def _harms_itself(self, k: int) -> bool:
        """``verletzte sich``: a reflexive verb of harm, whose subject undergoes it."""
        return self.predicate_lemma(k) in self.lex.reflexive_harm and any(
            self.low[c] == "sich" for c in self.v.children[k])

    def _after_event_noun(self, c: int) -> bool:
        """``im Krieg gegen die Ukraine gefallen``: a phrase right after an event
        noun is that noun's, wherever the parser hung it."""
        first = self.v.subtree(c, CLAUSE_RELATIONS)[0]
        return first > 0 and self._event_noun(first - 1) is not None

    def _after_bare_event_noun(self, c: int) -> bool:
        """``hat das Urteil gegen X bestätigt``: the event noun before the phrase
        is a subject or an object, no phrase of its own (``im Krieg gegen X``),
        so whom it is directed at takes part in what the verb tells of it."""
        first = self.v.subtree(c, CLAUSE_RELATIONS)[0]
        return first > 0 and not self.v.deps_of(first - 1, "case")
