"""The names a phrase stands for (``chronik.extract.events``): entity mentions inside it, completed to
the fullest form the article gives; and what a phrase without a name refers to: a pronoun, a singular
role noun (``der Kremlchef``) or ``beide`` for the persons named before (of the gender the article
introduced them with), a definite office for the one the article names by its place (``die Feuerwehr``:
``Feuerwehr Olpe``), a relative pronoun for the noun its clause hangs on."""
from __future__ import annotations

import re
from functools import lru_cache

from chronik.extract.event_participants import ACTOR_LABELS, CLAUSE_RELATIONS
from chronik.extract.statement_speaker_phrases import same_role

# Sentences searched back for the person a pronoun or role noun stands for.
LOOKBACK_SENTENCES = 2
# Sentences searched back for the person a pronoun stands for.
PRONOUN_LOOKBACK = 4
# Between two names of one list: commas and "und"/"sowie", each with an article
# and a noun or an unrecognised name (", die Drogeriekette", ", Rewe,"); a list
# ends in "und"/"sowie" before its last name.
LIST_GAP = re.compile(r"(?:\s*(?:,|\bund\b|\bsowie\b)\s*(?:(?:der|die|das|dem|den)\s+)?(?:[\w-]+\s*)?){1,2}")
LIST_END = re.compile(r"\b(?:und|sowie)\b")
# Relations inside a phrase whose mentions are parties of it.
CORE_RELATIONS = frozenset({"conj", "cc", "appos", "flat", "flat:name", "compound", "det", "amod", "nummod",
                            "punct", "case"})


class ReferenceReading:
    """Names and references: the persons, organisations and places a phrase stands for."""

    def names(self, k: int) -> list[str]:
        """The entities a phrase names: its mentions, else what its pronoun, role
        noun, ``beide`` or demonym stands for."""
        v, lex = self.v, self.lex
        if self._case(k) in lex.source_preps or k in self.sourced or self._focus_word(k):
            return []
        tokens = self._core(k)
        found = [mi for mi in v.mentions_in(tokens) if v.mentions[mi].label in ACTOR_LABELS
                 and not self._source_mention(mi) and v.token_at(v.mentions[mi].start) not in self.sourced and not self._possessor(mi, tokens)
                 and not self._attributive_agent(mi) and not self._time_mention(v.mentions[mi])
                 and not self._work_title(mi)
                 and v.mentions[mi].text.lower() not in lex.currency_words]  # "1,7 Milliarden Euro": no party
        if not self.as_found:
            found = [mi for mi in found if not v.in_dateline(v.token_at(v.mentions[mi].start))]
        if self._is_role(v.lemma(k)) and any(v.mentions[mi].label == "PER" for mi in found):
            # "der Anführer der Abu Sayyaf, Radulan Sahiron": the role's holder, not whose role it is
            found = [mi for mi in found if v.mentions[mi].label == "PER"]
        names = [self._actor_name(v.mentions[mi]) for i, mi in enumerate(found)
                 if not (i and self._bracketed(v.mentions[mi]))]
        if names:
            return names
        owned = self._possessed_name(tokens) or (None if self.as_found else self._close_apposition(k))
        if owned:
            return [owned]
        low, lemma = self.low[k], v.lemma(k)
        if v.pos(k) == "PROPN" and low in lex.place_forms and (self.as_found or not v.in_dateline(k)):
            country = lex.place_forms[low]
            return [country if country in self.named else v.tokens[k].text]  # a place the recognizer missed
        if low in lex.both_words or any(self.low[c] in lex.both_words for c in v.children[k]):
            return self._last_pair(k)
        listed = None if self.as_found else self._plural_of_list(k)
        if listed:
            return listed  # "Edeka, Metro und Lidl ... Die Konkurrenten hatten sich geeinigt": the three
        last = None if self.as_found else self._last_listed(k)
        if last:
            return [last]  # "Jaroslaw und sein Zwillingsbruder Lech, der 2010 ... starb": Lech
        antecedent = None if self.as_found else self._antecedent_noun(k)
        if antecedent is not None:
            return self.names(antecedent)  # "der Fahrer Berger, der ... verursacht hatte": Berger
        if v.pos(k) == "PRON" and low in lex.pronouns and not self._plural_verb(k):
            return self._pronoun_person(k)
        if not self.as_found and self._definite_age_noun(k):  # "erzielte der 22-Jährige zwei Treffer"
            return self._last_person(k, LOOKBACK_SENTENCES, subjects_first=True, gender=self._noun_gender(k))
        if self._is_role(lemma) and (self.as_found or lemma in lex.group_nouns or (
                (not self._plural_noun(k) or v.singular_by_verb(k)) and not self._plural_by_verb(k))):
            # ("die Entführer", plural, are not the one person named before)
            named = None if self.as_found else self._phrase_final_name(k) or self._introduced_person(k)
            return [named] if named else self._role_person(k)
        if not self.as_found and v.pos(k) in ("NOUN", "PROPN") and v.mention_at[k] < 0 and \
                (not self._plural_noun(k) or v.singular_by_verb(k)) and any(
                self.low[c] in lex.definite_articles for c in v.deps_of(k, "det")):
            named = self._introduced_person(k) or self._organisation_named(k)
            if named:
                return [named]  # "die Werft" for "die Meyer Werft", "der Konzern" for "der Stahlkonzern X"
        if lemma in lex.alliance_nouns or self._compound_head(lemma, lex.alliance_nouns):
            for c in v.deps_of(k, "nmod"):
                if self._case(c) in lex.member_preps:
                    return self.names(c)  # "die Koalition aus CDU und FDP": the members
        if lemma in lex.state_nouns or self._compound_head(lemma, lex.state_nouns):
            # (a compound too: "die österreichische Bundesregierung", "russische SU-24-Bomber")
            for c in v.deps_of(k, "amod"):
                country = lex.demonym_forms.get(self.low[c])
                if country:
                    return [country]  # "die russischen Truppen": Russia acts
            for c in v.deps_of(k, "nmod"):
                mi = v.mention_at[c]
                if self._case(c) is None and mi >= 0 and v.mentions[mi].label == "LOC" and c > k:
                    text = v.mentions[mi].text  # "die Behörden der Philippinen", "die Regierung Frankreichs"
                    return [lex.place_forms.get(text.lower(), text)]  # the state acts
        return []

    def _phrase_final_name(self, k: int) -> str | None:
        """``Der Weltmarktführer im Segment Energiesparlampen Philips hat ...``:
        a role noun whose own phrase ends in a name right after a noun is that
        name (a close apposition the parser hung deeper), not a person named
        before."""
        v = self.v
        tokens = sorted(v.subtree(k, CLAUSE_RELATIONS))
        while tokens and v.pos(tokens[-1]) == "PUNCT":
            tokens.pop()
        mi = v.mention_at[tokens[-1]] if tokens else -1
        if mi < 0 or v.mentions[mi].label not in ("ORG", "PER"):
            return None
        first = v.token_at(v.mentions[mi].start)
        if first - 1 not in tokens or v.pos(first - 1) not in ("NOUN", "PROPN") or v.mention_at[first - 1] >= 0 \
                or tokens[-1] - first > 3 or any(v.mention_at[t] >= 0 for t in tokens if t < first):
            return None
        return self._actor_name(v.mentions[mi])

    def _introduced_person(self, k: int) -> str | None:
        """``der Grazer Arzt Rainer Possert`` ... ``Der Arzt hat``, ``Premierminister David Cameron``
        ... ``der Regierungschef``: a definite singular noun with no name of its own stands for the
        person the article introduced before it with that noun right before the name (a close
        apposition, Duden Grammatik: enge Apposition, which the definite article then takes up), or
        with a compound ending in it, or with an office of the kind it names (``lexicon.office_kinds``);
        the one person so introduced: with two (``Außenminister X``, ``Innenminister Y`` ... ``der
        Minister``) no guess, unless one alone has the noun itself. Not one the article gives the other
        gender (``Amtsrichterin X`` is no ``der Richter``)."""
        v, lex = self.v, self.lex
        if self.as_found or v.mention_at[k] >= 0 or v.feature(k, "Number") == "Plur" or not any(
                self.low[d] in lex.definite_articles for d in v.deps_of(k, "det")):
            return None
        noun = v.lemma(k).lower()
        if len(noun) < 4:
            return None
        kinds = lex.office_kinds.get(noun, frozenset())
        gender = self._noun_gender(k)
        start = v.tokens[k].start
        same: dict[str, bool] = {}
        for m in v.mentions:
            if m.label != "PER" or m.end > start or self._time_mention(m):
                continue
            first = v.token_at(m.start)
            j = first - 1
            if j < 0 or v.pos(j) not in ("NOUN", "PROPN") or v.mention_at[j] >= 0 \
                    or v.sentence_of[j] != v.sentence_of[first] or v.tokens[j].end == m.start:
                continue
            said = v.lemma(j).lower()
            if not (same_role(said, noun) or said in kinds) or (gender and self._person_gender(m) not in (None, gender)):
                continue
            name = self._actor_name(m)
            same[name] = same.get(name, False) or said == noun
        exact = [name for name, is_same in same.items() if is_same]
        found = exact if exact else list(same)
        return found[0] if len(found) == 1 else None

    def _organisation_named(self, k: int) -> str | None:
        """The organisation a definite common noun refers to: the one whose
        name holds the noun (``die Feuerwehr`` and ``die Feuerwehr Hagen``, ``die
        Werft`` and ``die Meyer Werft``), also as the head of a compound in it
        (``das Gericht`` and ``das Amtsgericht Wismar``: a compound's head alone
        takes the compound up, Duden Grammatik, Determinativkompositum; the compound
        first, as German names an office before its place), or that the text introduced with it or
        a compound ending in it (``der Stahlkonzern X`` ... ``der Konzern``), the
        nearest before it, else the nearest after it in the article."""
        v = self.v
        noun = v.lemma(k).lower()
        if len(noun) < 4:
            return None

        def introduced(m) -> bool:
            words = [w.lower() for w in m.text.split()]
            if noun in words[:-1] + words[-1:] and len(words) > 1:
                return True
            if len(words) > 1 and words[0].endswith(noun) and len(words[0]) >= len(noun) + 3:
                return True  # "das Amtsgericht Wismar" ... "das Gericht": a compound's head takes it up
            j = v.token_at(m.start) - 1
            if j > 0 and v.pos(j) == "PUNCT" and v.tokens[j].end == m.start:
                j -= 1  # "des Flugzeugträgers „Graf Zeppelin“"
            return j >= 0 and v.pos(j) == "NOUN" and v.mention_at[j] < 0 and \
                v.sentence_of[j] == v.sentence_of[v.token_at(m.start)] and v.lemma(j).lower().endswith(noun)

        start = v.tokens[k].start
        orgs = [m for m in v.mentions if m.label == "ORG" and introduced(m) and not (m.start <= start < m.end)]
        before = [m for m in orgs if m.end <= start]
        after = [m for m in orgs if m.start > start]
        m = before[-1] if before else after[0] if after else None
        if m is None and (noun.capitalize() in self.lex.company_nouns or
                          self._compound_head(v.lemma(k), self.lex.company_nouns)):
            # "X war der größte Verlierer. ... weist der Konzern aus": the company named last
            floor = v.sentences[max(0, v.sentence_of[k] - LOOKBACK_SENTENCES)].start
            near = [m for m in v.mentions if m.label == "ORG" and floor <= m.start and m.end <= start]
            m = near[-1] if near else None
        if m is None:
            return self._office_of_place(k)
        return self._actor_name(m)

    def _office_of_place(self, k: int) -> str | None:
        """``Die Feuerwehr Olpe rückte an. ... Die Feuerwehr konnte abrücken``: a definite office's noun
        the article also writes before a place's name (German names an office by its place: ``Polizei
        Hagen``, ``Stadt Köln``) is that office, the nearest such before it, else the nearest after it;
        only where the article writes the noun before one place alone."""
        v, lex = self.v, self.lex
        if v.lemma(k) not in lex.place_offices and not self._compound_head(v.lemma(k), lex.place_offices):
            return None
        noun = v.lemma(k).lower()
        found: dict[str, int] = {}
        for m in v.mentions:
            j = v.token_at(m.start) - 1
            if m.label == "LOC" and j >= 0 and j != k and v.pos(j) == "NOUN" and v.mention_at[j] < 0 \
                    and v.lemma(j).lower() == noun and v.tokens[j].end + 1 == m.start:
                found.setdefault(f"{v.tokens[j].text} {m.text}", j)
        if len({name.split(" ", 1)[1] for name in found}) != 1:
            return None  # (none, or offices of two places: "die Polizei" could be either)
        return next(iter(found))

    def _antecedent_noun(self, k: int) -> int | None:
        """The noun a relative pronoun stands for: the one its clause hangs on."""
        v = self.v
        if v.pos(k) != "PRON" or self.low[k] not in v.grammar.relative_pronouns:
            return None
        clause = v.head(k)
        if clause == k or v.dep(k) not in ("nsubj", "nsubj:pass", "obj", "iobj"):
            return None
        if len(v.deps_of(clause, "nsubj")) > 1:
            return None  # an active and a passive subject: the parse does not say which the pronoun is
        if v.dep(clause) in ("acl:relcl", "acl"):
            noun = self._outside_brackets(v.head(clause))
            if noun not in (clause, k) and v.pos(noun) in ("NOUN", "PROPN"):
                return noun
            if v.pos(v.head(clause)) not in ("VERB", "AUX"):
                return None  # (a relative clause the parser hung on a verb: extraposed, after it)
        return self._extraposed_antecedent(k)

    def _last_listed(self, k: int) -> str | None:
        """``Jaroslaw und sein Zwillingsbruder Lech, der 2010 ... starb``: a
        relative pronoun in the singular (its verb singular) right after a list
        of persons stands for the list's last member, the name before the comma
        (German grammar: a relative clause follows its antecedent), not for the
        whole list the parser or the recognizer made one phrase."""
        v = self.v
        if v.pos(k) != "PRON" or self.low[k] not in v.grammar.relative_pronouns or k < 2 \
                or self.low[k - 1] != "," or v.dep(k) not in ("nsubj", "nsubj:pass"):
            return None
        clause = v.head(k)
        if not any(v.feature(t, "Number") == "Sing" for t in [k, clause] + v.deps_of(clause, "aux", "aux:pass")):
            return None
        j, mi = k - 2, v.mention_at[k - 2]
        if mi < 0 or v.mentions[mi].label not in ACTOR_LABELS or v.sentence_of[j] != v.sentence_of[k]:
            return None
        start = v.token_at(v.mentions[mi].start)
        joiners = ("und", "sowie")
        if any(self.low[t] in joiners for t in range(start, j)):  # a list the recognizer took for one name
            run = j
            while run - 1 > start and v.pos(run - 1) == "PROPN":
                run -= 1
            return " ".join(v.tokens[t].text for t in range(run, j + 1)) \
                if v.pos(j) == "PROPN" and self.low[run - 1] not in joiners else None
        first = v.sentences[v.sentence_of[k]].first_token
        if not any(self.low[t] in joiners for t in range(max(first, start - 4), start)):
            return None
        return self._actor_name(v.mentions[mi])

    def _outside_brackets(self, k: int) -> int:
        """``Scott Boback (Dickinson College), der ...``: a clause hung on the
        gloss in brackets is about the name before them."""
        v = self.v
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, max(first, k - 8) - 1, -1):
            if v.tokens[j].text == ")":
                return k
            if v.tokens[j].text == "(":
                return j - 1 if j > first and v.pos(j - 1) in ("NOUN", "PROPN") else k
        return k

    def _extraposed_antecedent(self, k: int) -> int | None:
        """``nahm den Fahrer Berger fest, der ...``: a relative clause after the
        verb's particle, parsed as a clause of the verb; its noun is the last
        one before the comma."""
        v = self.v
        j = k - 1
        if j <= 0 or v.tokens[j].text != "," or v.sentence_of[j] != v.sentence_of[k]:
            return None
        j -= 1
        if v.dep(j) == "compound:prt":
            j -= 1
        # past the verbs that close the clause: "wurde von dem Hacker Marcel Lazar enthüllt, der ..."
        # (a relative clause may follow its clause's last verb; its noun is the last before that verb)
        end = j
        while j > 0 and j > end - 3 and v.pos(j) in ("VERB", "AUX") and v.sentence_of[j - 1] == v.sentence_of[k]:
            j -= 1
        bracket = self._age_bracket_before(j + 1)
        if bracket is not None:  # "das Mandat von Nicole Solarz (34) übernehmen, die ...": the age is the name's
            j = bracket
        if (j != end or bracket is not None) and (
                v.pos(j) != "PROPN" or v.mention_at[j] < 0 or v.mentions[v.mention_at[j]].label != "PER"
                or not (self.low[k] == "der" or (self.low[k] == "die" and v.singular_clause(v.head(k))))):
            return None  # (only a person's name, for "der" or "die" with a singular verb: one person)
        return j if v.pos(j) in ("NOUN", "PROPN") and v.sentence_of[j] == v.sentence_of[k] else None

    def _age_bracket_before(self, j: int) -> int | None:
        """``Nicole Solarz (34)``: the token before a bracketed number that ends right before ``j``
        (German news gives a person's age so), else None."""
        v = self.v
        close = j - 1
        if close < 3 or v.tokens[close].text != ")" or v.tokens[close - 2].text != "(" \
                or v.pos(close - 1) != "NUM" or v.sentence_of[close - 3] != v.sentence_of[close]:
            return None
        return close - 3

    def _definite_age_noun(self, k: int) -> bool:
        """``der 22-Jährige``: a definite singular noun of age after a number
        stands for the person the text is about, as a role noun does (German
        news names a person, then refers to them by age; ``ein 23-Jähriger``,
        indefinite, is someone new)."""
        v = self.v
        low = self.low[k]
        if not low.endswith(_age_suffixes(self.lex)) or self._plural_noun(k):
            return False
        if not any(ch.isdigit() for t in range(max(0, k - 2), k + 1) for ch in v.tokens[t].text):
            return False
        return any(self.low[d] in self.lex.definite_articles and d < k for d in v.deps_of(k, "det")) or any(
            self.low[j] in self.lex.definite_articles and v.pos(j) == "DET" for j in range(max(0, k - 3), k))

    def _plural_noun(self, k: int) -> bool:
        """A plural noun by its tag, or by its form where the tag says otherwise:
        a noun in -er or -el with an -n added is a dative plural (``den Entführern``)."""
        lemma = self.v.lemma(k).lower()
        return self.v.feature(k, "Number") == "Plur" or (
            lemma.endswith(("er", "el")) and self.low[k] == lemma + "n")

    def _close_apposition(self, k: int) -> str | None:
        """``das Dorf Panabaj``, ``der Konzern Siemens`` parsed as two phrases of
        the verb: the name right after a common noun is the one the noun names."""
        v = self.v
        j = k + 1
        if j >= len(self.low) or v.pos(k) != "NOUN" or v.mention_at[k] >= 0 or v.mention_at[j] < 0 \
                or v.sentence_of[j] != v.sentence_of[k]:
            return None
        m = v.mentions[v.mention_at[j]]
        # the name's own head: "der Terrorist Radulan/compound Sahiron/obl" hangs on the verb through "Sahiron"
        inside = range(j, v.token_at(m.end))
        root = next((t for t in inside if v.head(t) not in inside or v.head(t) == t), j)
        if v.head(root) != v.head(k) or self._case(root) is not None:
            return None
        return self._actor_name(m) if m.label in ACTOR_LABELS and v.token_at(m.start) == j else None

    def _bracketed(self, mention) -> bool:
        """``Haute-Savoie (Frankreich)``, ``Pétanque Verband (DPV)``: a name in
        brackets after another glosses it (its short form, its country); it is
        no second party."""
        return self.v.text[:mention.start].rstrip().endswith("(")

    def _possessed_name(self, tokens: list[int]) -> str | None:
        """``an Nordkoreas Machthaber Kim Jong Un`` parsed with the name outside
        the phrase: the person the possessor's role noun introduces."""
        v = self.v
        for mi in v.mentions_in(tokens):
            if not self._possessor(mi, tokens):
                continue
            j = v.token_at(v.mentions[mi].end)
            while j < len(self.low) and v.pos(j) in ("NOUN", "PROPN") and v.mention_at[j] < 0 and j - v.token_at(
                    v.mentions[mi].end) < 2:
                j += 1
            if j < len(self.low) and v.mention_at[j] >= 0 and v.mentions[v.mention_at[j]].label == "PER" \
                    and v.sentence_of[j] == v.sentence_of[tokens[0]]:
                return self._actor_name(v.mentions[v.mention_at[j]])
        return None

    def _possessor(self, mi: int, tokens: list[int]) -> bool:
        """``Nordkoreas`` in ``Nordkoreas Machthaber Kim``: a genitive before a
        noun or name of the same phrase is whose it is, not a party."""
        v = self.v
        m = v.mentions[mi]
        if not m.text.endswith(("s", "'", "’")):
            return False
        after = v.token_at(m.end)
        if after < len(self.low) and v.sentence_of[after] == v.sentence_of[v.token_at(m.start)] \
                and v.tokens[after].text[:1].isupper() and v.mention_at[after] != mi \
                and (after in tokens or v.pos(after) in ("NOUN", "PROPN")):
            return True  # "Nordkoreas Machthaber", however the parser hung "Machthaber"
        before = v.token_at(m.start) - 1
        return m.label == "LOC" and before in tokens and v.pos(before) == "NOUN"  # "die Frau Deutschlands"

    def _actor_name(self, mention) -> str:
        """A capital acting for its state (``Pjöngjang bestätigte``) is the
        state, when the article names the state too; a person or organisation
        named in the genitive is named without its ending."""
        long = getattr(self, "long_forms", {}).get(mention.text)
        if long:
            return long  # "MLC": "Mouvement de Libération du Congo", as the article introduced it
        if mention.label != "LOC":
            # "den Anhängern Bembas": a name the recognizer took with its genitive "s", where the
            # article names it without, is that name
            # (a name the article has, so the linker knows it: "Obamas" -> "Barack Obama")
            text = mention.text
            stem = self._genitive_stem(mention)
            if stem:
                if hasattr(self, "genitive_forms"):
                    self.genitive_forms.setdefault(stem, self.short_forms.get(stem, mention.text))
                return stem
            if text.endswith("s") and len(text) > 4:
                if text[:-1] in self.named:
                    return text[:-1]
                fuller = sorted(m for m in self.named if m.endswith(" " + text[:-1]))
                if fuller:
                    return max(fuller, key=len)
            fuller = self.full_person_names.get(text) if mention.label == "PER" else None
            return fuller or text  # "der 22-jährige Lahm": Philipp Lahm, as the article introduced him
        country = self.lex.place_forms.get(mention.text.lower())
        if country and country != mention.text and country in self.named:
            return country
        return mention.text

    def _core(self, k: int) -> list[int]:
        """The tokens of a phrase that name its parties: the head with its names,
        appositions and coordinated parts; a genitive only after a role noun."""
        v = self.v
        out, todo = [], [k]
        while todo:
            j = todo.pop()
            out.append(j)
            for c in v.children[j]:
                dep = v.dep(c)
                if dep in CORE_RELATIONS or (dep == "nmod" and self._is_role(v.lemma(j)) and not self._case(c)) \
                        or (v.mention_at[c] >= 0 and v.mention_at[c] == v.mention_at[j]):
                    todo.append(c)  # (a name the parser split, "Daimler AG/nmod und Tesla Motors": one phrase)
        return out

    def _is_role(self, lemma: str) -> bool:
        low = lemma.lower()
        lex = self.lex
        return low in lex.role_nouns or lemma in lex.group_nouns or low.endswith(_role_suffixes(lex))

    def _attributive_agent(self, mi: int) -> bool:
        """``die von der Daimler AG geplante Version``: a ``von`` name before an
        adjective is the agent of that participle, no party of the phrase's
        noun. Only where a noun follows: an attributive adjective stands
        before its noun (Duden, attributiver Gebrauch); a participle the
        tagger read as an adjective that ends its clause is the passive's own
        verb (``wurde von den Grünen beendet``), whose agent it names."""
        v = self.v
        m = v.mentions[mi]
        first, after = v.token_at(m.start), v.token_at(m.end)
        j = first - 1
        if j >= 0 and v.pos(j) == "DET":
            j -= 1
        if not (j >= 0 and self.low[j] in v.grammar.agent_preps and after < len(self.low) and v.pos(after) == "ADJ"
                and v.sentence_of[after] == v.sentence_of[first]):
            return False
        noun = after
        while noun < len(self.low) and v.pos(noun) == "ADJ" and v.sentence_of[noun] == v.sentence_of[first]:
            noun += 1
        return noun < len(self.low) and v.sentence_of[noun] == v.sentence_of[first] and v.pos(noun) in (
            "NOUN", "PROPN")

    def _work_title(self, mi: int) -> bool:
        """``das aktuelle Album Rivers & Streams``, ``die Gemälde „Madonna“ und
        „Der Schrei“``: a name right after a noun of a work with its article
        or adjective (an opening quotation mark between them), or joined by
        ``und`` to such a name, is the work's title, no party."""
        v, lex = self.v, self.lex

        def word_before(j: int) -> int:  # past quotation marks and dashes, not past a comma or a bracket
            while j >= 0 and v.pos(j) == "PUNCT" and v.tokens[j].text not in ",.()[]":
                j -= 1
            return j

        for _ in range(3):  # (a list of titles: "„Madonna“ und „Der Schrei“")
            j = word_before(v.token_at(v.mentions[mi].start) - 1)
            if j < 0:
                return False
            lemma = v.lemma(j)
            if v.pos(j) == "NOUN" and v.mention_at[j] < 0 and v.deps_of(j, "det", "det:poss", "amod") and j > 0 \
                    and (v.pos(j - 1) == "DET" or v.tokens[j - 1].text[:1].islower()) and (
                    lemma in lex.work_nouns or self._compound_head(lemma, lex.work_nouns)):
                # (a German phrase with its article: not "das National Film Board of Canada")
                return True
            if self.low[j] != "und":
                return False
            j = word_before(j - 1)
            if j < 0 or v.mention_at[j] < 0 or v.sentence_of[j] != v.sentence_of[v.token_at(v.mentions[mi].start)]:
                return False
            mi = v.mention_at[j]
        return False

    def _time_mention(self, m) -> bool:
        """``Ein Mädchen ist Montagfrüh getötet worden`` with ``Montagfrüh``
        taken for a person: a name the time tagger reads as a time (a weekday,
        a month, a part of a day) tells when, never who."""
        return self.v.timex_at[self.v.token_at(m.start)] >= 0

    def _source_mention(self, mi: int) -> bool:
        m = self.v.mentions[mi]
        k = self.v.token_at(m.start)
        return k > 0 and self.low[k - 1] in self.lex.source_preps

    def _role_person(self, k: int) -> list[str]:
        """The person a role noun stands for: one introduced before with the same
        role (``Kremlchef Wladimir Putin`` ... ``der Kremlchef``), else, for a
        group (``die Delegation``), one introduced with any role, else the last
        person named as a subject."""
        v = self.v
        si = v.sentence_of[k]
        floor = v.sentences[max(0, si - LOOKBACK_SENTENCES)].start
        persons = [m for m in v.mentions if floor <= m.start < v.tokens[k].start and m.label == "PER"]
        role = v.lemma(k).lower()
        introduced = [(m, self._introducing_role(m)) for m in persons]
        for m, r in reversed(introduced):
            if r and same_role(r, role):
                return [m.text]
        if v.lemma(k) in self.lex.group_nouns:
            for m, r in reversed(introduced):
                if r:
                    return [m.text]
        return self._last_person(k, LOOKBACK_SENTENCES, subjects_first=True, gender=self._noun_gender(k))

    def _introducing_role(self, m) -> str | None:
        """The role noun right before a person's name (``Präsident der Duma,
        Wolodin``), lower case, if any."""
        j = self._introducing_role_token(m)
        return self.v.lemma(j).lower() if j is not None else None

    def _introducing_role_token(self, m, wide: bool = False) -> int | None:
        """The role noun's token; ``wide``: a title (``Frau``) or a compound of a role (``Amtsrichterin``)
        counts too."""
        v = self.v
        first = v.token_at(m.start)
        s = v.sentences[v.sentence_of[first]]
        for j in range(first - 1, max(s.first_token, first - 6) - 1, -1):
            if v.pos(j) in ("VERB", "AUX"):
                return None
            if v.pos(j) in ("NOUN", "PROPN") and (self._is_role(v.lemma(j)) or wide and self._person_role(j)):
                return j
        return None

    def _person_role(self, j: int) -> bool:
        lemma = self.v.lemma(j)
        return bool(self._title_gender(j) or self._is_role(lemma) or self._compound_head(lemma, self.lex.role_nouns))

    def _title_gender(self, j: int) -> str | None:
        return dict(self.v.grammar.gendered_titles).get(self.low[j])

    def _noun_gender(self, j: int) -> str | None:
        """The gender a person's noun shows by its form: ``Frau``, ``Herr``; a role in ``-in`` is a woman
        (``Amtsrichterin``), another role the tagger calls masculine a man (``Sprecher``); else None."""
        v = self.v
        title = self._title_gender(j)
        if title:
            return title
        if not self._person_role(j) or v.feature(j, "Number") == "Plur":
            return None
        if self.low[j].endswith(v.grammar.feminine_role_ending):
            return "Fem"
        return "Masc" if v.feature(j, "Gender") == "Masc" else None

    def _person_gender(self, m) -> str | None:
        """A person's gender as the article tells it: the noun it introduces the person with
        (``Amtsrichterin Ute Bader``, ``Ein Sprecher der Polizei, Lars Beringer``) or a first name
        given to one gender only (``Philipp Lahm``), for any mention sharing a word of the name
        (``Bader``, ``Lahm``); None where it tells none or two."""
        genders = getattr(self, "_name_genders", None)
        if genders is None:
            genders = {}
            for p in self.v.mentions:
                if p.label != "PER":
                    continue
                j = self._introducing_role_token(p, wide=True)
                words = p.text.split()
                told = {self._noun_gender(j) if j is not None else None,
                        self.lex.first_name_genders.get(words[0]) if len(words) > 1 else None} - {None}
                for w in words:
                    if len(w) > 2:
                        genders.setdefault(w, set()).update(told)
            self._name_genders = genders
        found = set().union(*(genders.get(w, set()) for w in m.text.split()))
        return next(iter(found)) if len(found) == 1 else None

    def _plural_by_verb(self, k: int) -> bool:
        """``Am Montag haben die Minister/Sing unterschrieben``: the subject of a finite verb in a form
        that is only plural (``haben``, ``sind``, ``wurden``) is plural, whatever number the tagger
        guessed for a noun of one form in both numbers: not the one person named before."""
        v = self.v
        if not v.dep(k).startswith("nsubj"):
            return False
        h = v.head(k)
        verbs = [h] + v.deps_of(h, "aux", "aux:pass", "cop")
        if any(v.feature(t, "Number") == "Sing" for t in verbs):
            return False  # ("soll ... unterschrieben haben": "haben" the infinitive, "soll" the finite verb)
        return any(self.low[t] in v.grammar.plural_auxiliaries and v.pos(t) == "AUX" for t in verbs[1:]) or (
            v.feature(h, "Number") == "Plur" and v.feature(h, "VerbForm") == "Fin")

    def _plural_verb(self, k: int) -> bool:
        """``sie`` as the subject of a plural verb is a group, not a person."""
        h = self.v.head(k)
        return self.v.dep(k).startswith("nsubj") and self.v.feature(h, "Number") == "Plur" or \
            any(self.v.feature(c, "Number") == "Plur" for c in self.v.deps_of(h, "aux"))

    def _last_person(self, k: int, lookback: int, subjects_first: bool = False,
                     gender: str | None = None, subjects_only: bool = False) -> list[str]:
        """The person last named before ``k``; for a role noun, the last one
        named as a subject (``Wolodin dankte Kim ... Die Delegation``). With a
        ``gender`` (``er``, ``die Frau``) a person the article gives the other
        gender is passed over, and where the last one is, no one is taken
        (``Amtsrichterin Ute Bader ... der Student ... zwang ihn``: the unnamed
        man, not a man named before her)."""
        v = self.v
        si = v.sentence_of[k]
        floor = v.sentences[max(0, si - lookback)].start
        start = v.tokens[k].start
        # a place the recognizer took for a person ("auf Malta/PER aufmerksam") is no one a pronoun stands for
        persons = [m for m in v.mentions if floor <= m.start < start and m.label == "PER"
                   and m.text.lower() not in self.lex.place_forms and not self._time_mention(m)]
        if gender and persons:
            known = [self._person_gender(m) for m in persons]
            if known[-1] not in (None, gender):
                return []  # (an unnamed person of that gender, more likely than one named before her)
            persons = [m for m, g in zip(persons, known) if g in (None, gender)]
        if subjects_first:
            for m in reversed(persons):
                t = v.token_at(m.start)
                # (a name the subject's head holds as its part, "Präsident X"; not its attribute: "lag er
                # hinter Watabe" with "Sekunden" misread as the subject, "Putins Brief an Kim")
                if v.dep(t).startswith("nsubj") or (v.dep(v.head(t)).startswith("nsubj")
                                                    and v.dep(t) in ("flat", "flat:name", "appos", "compound")):
                    return [m.text]
            if subjects_only:
                return []
        return [persons[-1].text] if persons else []

    def _pronoun_person(self, k: int) -> list[str]:
        """The person a pronoun stands for: the last one named in the sentences
        before; where none is named there, the one an earlier pronoun of the same
        gender stood for (a text about one person goes on with ``sie ... Sie
        ... sie`` long after her name)."""
        v = self.v
        # a subject pronoun goes on with the person the sentence or the one before had as its subject
        # ("Demjanjuk sei in Majdanek eingesetzt worden, bevor er ... verlegt worden sei")
        if k in self.chain:
            return [self.chain[k]] if self.chain[k] else []
        self.chain[k] = ""  # (while it is read: a pronoun is never its own antecedent)
        said = dict(v.grammar.pronoun_genders).get(self.low[k])
        subject = v.dep(k).startswith("nsubj")
        found = (self._role_subject_before(k, said) or self._last_person(
            k, 1, subjects_first=True, gender=said, subjects_only=True)) if subject else []
        if not found and subject:
            before = self._subject_pronoun_before(k)
            found = self._pronoun_person(before) if before is not None else []
            found = found or self._last_person(k, 1, gender=said)
        found = found or self._last_person(k, PRONOUN_LOOKBACK, gender=said)
        if not found:
            gender = v.feature(k, "Gender")
            floor = v.sentences[max(0, v.sentence_of[k] - PRONOUN_LOOKBACK)].start
            chained = [name for t, name in sorted(self.chain.items())
                       if name and t < k and v.tokens[t].start >= floor and gender and v.feature(t, "Gender") == gender]
            found = chained[-1:]
        if found:
            self.chain[k] = found[0]
        return found

    def _role_subject_before(self, k: int, gender: str | None) -> list[str]:
        """``Der russische Präsident betrieb früher Sambo, ehe er zum Judo
        wechselte``: a subject pronoun after a singular role noun that is the
        subject earlier in its own sentence, of the pronoun's gender, goes on
        with it (the clause it hangs on is about that person), not with a name
        in an object between them."""
        v = self.v
        if gender is None:
            return []
        first = v.sentences[v.sentence_of[k]].first_token
        for j in range(k - 1, first - 1, -1):
            if v.dep(j) == "nsubj" and v.head(j) != v.head(k) and v.pos(j) == "NOUN" and v.mention_at[j] < 0 \
                    and self._is_role(v.lemma(j)) and self._noun_gender(j) == gender:
                return self._role_person(j)
            if v.dep(j).startswith("nsubj"):
                return []  # (another subject between them is whom it goes on with)
        return []

    def _subject_pronoun_before(self, k: int) -> int | None:
        """``Doch Frenzel startete eine Aufholjagd. Nach drei Runden lag er noch hinter Watabe, der ...
        In der Schlussrunde steigerte er``: where no person is the subject of the sentence before, a
        subject pronoun goes on with the same pronoun as the subject there (or before it in its own
        sentence), not with a person named in an object since; the last such pronoun, else None."""
        v = self.v
        floor = v.sentences[max(0, v.sentence_of[k] - 1)].first_token
        for j in range(k - 1, floor - 1, -1):
            if self.low[j] == self.low[k] and v.pos(j) == "PRON" and v.dep(j).startswith("nsubj") \
                    and not self._plural_verb(j):
                return j
        return None

    def _last_pair(self, k: int) -> list[str]:
        """The two parties last named together (``A und B``) before ``k``."""
        v = self.v
        start = v.tokens[k].start
        before = [m for m in v.mentions if m.end <= start and m.label in ACTOR_LABELS]
        for i in range(len(before) - 1, 0, -1):
            a, b = before[i - 1], before[i]
            between = v.text[a.end:b.start].strip().lower()
            if between in ("und", "sowie", "und der", "und die", "und dem", "und den"):
                if i > 1 and v.text[before[i - 2].end:a.start].strip() == ",":
                    return []  # ("Siemens, Bosch und die Telekom": a list of three, not the two "beide" means)
                return [a.text, b.text]
        typed = self._typed_pair(k, before)
        if typed:
            return typed
        # "Putin traf Kim Jong Un. Beide vereinbarten ...": the only two persons the sentence before names
        # (not organisations or places: "das Landeskriminalamt ... zwei Jäger ... bei Deutschkreutz. Beiden
        # wurde ... entzogen" is about the two hunters)
        floor = v.sentences[max(0, v.sentence_of[k] - 1)].start
        persons = list(dict.fromkeys(m.text for m in before if m.start >= floor and m.label == "PER"))
        return persons if len(persons) == 2 else []

    def _plural_of_list(self, k: int) -> list[str]:
        """A definite plural subject of rivals, companies or states (``die
        Konkurrenten``, ``die Konzerne``, ``die Länder``) with no name of its own
        takes up the list of names of that kind the text gave last, in its own
        sentence or the two before (``Edeka, Metro und Lidl``): German refers to
        a list just given by a plural noun of its kind; else none."""
        v, lex = self.v, self.lex
        if v.pos(k) != "NOUN" or v.dep(k) not in ("nsubj", "nsubj:pass") or v.mention_at[k] >= 0 \
                or not self._plural_noun(k) or not any(self.low[c] in lex.definite_articles
                                                        for c in v.deps_of(k, "det")):
            return []
        lemma = v.lemma(k)
        if lemma in lex.rival_nouns:
            labels = ("ORG", "PER")
        elif lemma in lex.company_nouns or self._compound_head(lemma, lex.company_nouns):
            labels = ("ORG",)
        elif lemma in lex.state_kind_nouns:
            labels = ("LOC",)
        else:
            return []
        floor = v.sentences[max(0, v.sentence_of[k] - LOOKBACK_SENTENCES)].start
        start = v.tokens[k].start
        before = [m for m in v.mentions if floor <= m.start and m.end <= start and m.label in ACTOR_LABELS
                  and not (m.label == "LOC" and m.text.lower() not in lex.place_forms)]
        for i in range(len(before) - 1, 0, -1):
            if before[i].label not in labels:
                continue
            chain = [before[i]]
            for m in reversed(before[:i]):
                if m.label != chain[-1].label or not LIST_GAP.fullmatch(v.text[m.end:chain[-1].start]):
                    break
                chain.append(m)
            if len(chain) >= 2 and LIST_END.search(v.text[chain[1].end:chain[0].start]):
                return list(dict.fromkeys(self._actor_name(m) for m in reversed(chain)))
        return []

    def _typed_pair(self, k: int, before: list) -> list[str]:
        """``Die Daimler AG ... Tesla Motors ... Die ersten Kontakte zwischen beiden Unternehmen``: ``beide``
        with a plural noun of a kind (a company, a state, a person's role) stands for the two parties of
        that kind the article named last, where the sentences before name exactly two of them (one named
        twice, ``Daimler`` and ``Daimler AG``, is one); else none."""
        v, lex = self.v, self.lex
        noun = k if v.pos(k) == "NOUN" else v.head(k) if v.pos(v.head(k)) == "NOUN" else None
        if noun is None:
            return []
        lemma = v.lemma(noun)
        if lemma in lex.company_nouns or self._compound_head(lemma, lex.company_nouns):
            label = "ORG"
        elif lemma in lex.state_kind_nouns:
            label = "LOC"
        elif self._is_role(lemma) and lemma not in lex.group_nouns:
            label = "PER"
        else:
            return []
        floor = v.sentences[max(0, v.sentence_of[k] - PRONOUN_LOOKBACK)].start
        names: list[set[str]] = []
        out: list[str] = []
        for m in reversed([m for m in before if m.start >= floor and m.label == label]):
            if label == "LOC" and m.text.lower() not in lex.place_forms:
                continue  # ("beide Staaten": countries, not the cities named beside them)
            name = self._actor_name(m)
            words = {w for w in name.casefold().split() if len(w) > 2}
            if any(words <= seen or seen <= words for seen in names):
                continue
            names.append(words)
            out.append(name)
        if len(out) != 2:
            return []
        first = {name: i for i, name in reversed(list(enumerate(self._actor_name(m) for m in before)))}
        return sorted(out, key=lambda name: first.get(name, len(before)))  # in the order the text named them

    def _case(self, k: int) -> str | None:
        """The preposition of a phrase (``in``, ``zwischen``), lower case."""
        for c in self.v.children[k]:
            if self.v.dep(c) == "case":
                return self.low[c]
        return None


@lru_cache(maxsize=8)
def _role_suffixes(lexicon) -> tuple[str, ...]:
    return tuple(lexicon.role_suffixes)


@lru_cache(maxsize=8)
def _age_suffixes(lexicon) -> tuple[str, ...]:
    return tuple(lexicon.age_words)
