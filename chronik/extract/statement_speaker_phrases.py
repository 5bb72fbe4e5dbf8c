"""The speaker a phrase names: its noun phrase with a genitive owner or an apposed name, the person's
fullest name, a role noun resolved to the name it stood beside (``Verkehrsministerin X`` ... ``die
Ministerin``), a pronoun to the latest person or body that spoke, an organisation noun to the
organisation named before, a plural role as a group; and whether a phrase can speak at all. A part of
``statement_reader.StatementReader``; the frames' own speaker questions are ``statement_speakers``'.
"""
from __future__ import annotations

from functools import lru_cache

# "TransCanada ... Die Firma teilte mit": how many sentences back an organisation noun looks for the
# organisation it stands for (two covers the judged 10kGNAD samples' cases; further back the
# article has moved on to others).
ORGANISATION_SENTENCES = 2
# "der Vorsitzende des Vorstands der Stadtwerke Nord, Karl Hofbauer": the most words a role's
# phrase runs before the comma of the name set off after it.
MAX_ROLE_PHRASE = 8
_QUOTE_CHARS = "„“”»«\"‚‘’'"
_SPEAKER_LABELS = ("PER", "ORG", "LOC")
_NP_DEPS = frozenset({"det", "det:poss", "amod", "flat", "flat:name", "compound", "appos", "nmod:poss", "nummod"})


def same_role(earlier: str, later: str) -> bool:
    """``Verkehrsministerin`` then ``die Ministerin``: the same role, a compound and its head alike."""
    return earlier == later or earlier.endswith(later) or later.endswith(earlier)


class SpeakerPhrases:
    """The speaker lookups of ``StatementReader`` over one article (``self.speakers``,
    ``self.group_heads``, ``self.role_names`` are the reader's memory of who spoke)."""

    # (a part of ``StatementReader``: ``self.v``, ``self.lex``, ``self.n`` and the word lookups
    # ``low``, ``in_quote``, ``trim`` are the reader's, as are the other parts' lookups)

    def speaker(self, k: int) -> tuple[str | None, int, int, str | None] | None:
        """(name, start, end, basis) of the speaker whose phrase is headed by ``k``."""
        v = self.v
        low = self.low(k)
        if low in self.lex.not_speakers or (self.in_quote(k) and not self.quoted_name(k)) or v.timex_at[k] >= 0 \
                or k in self.dateline:
            return None
        if v.lemma(k).lower() in self.lex.mute_nouns or low in self.lex.mute_nouns or low in self.lex.connectives:
            return None
        if self.in_quote(k):
            # "Wie „heise online“ berichtet", "die „Aktion Deutschland hilft“": a quoted name is the name
            # whole, however the tagger read its words
            q = next(q for q in v.quotes if q[0] < v.tokens[k].start < q[1])
            name = v.text[q[0] + 1:q[1]].strip(" " + _QUOTE_CHARS)
            return name, q[0] + 1, q[0] + 1 + len(name), "text"
        a, b = self.noun_phrase(k)
        if self.truncated(k):
            # "der frühere Austria- und Tirol-Trainer": a truncated first part heads nothing; the
            # compound it is coordinated with is the head, the whole coordination the phrase
            last = next((c for c in v.children[k] if v.dep(c) == "conj" and c > k), None)
            if last is not None:
                a0 = a
                k, low = last, self.low(last)
                a, b = self.noun_phrase(k)
                a = min(a, a0)
        b, parsed_end = self.named_after(k, b), b  # (the name after it is its own: see own_tokens below)
        start, end = v.tokens[a].start, v.tokens[b].end
        named = self.name_in(a, b)
        if named is not None:
            # "die in London ansässige Beobachtungsstelle": a name inside an attributive adjective's phrase
            # before the head says where or what it is, not who: a name after that phrase only
            attr = {j for c in v.children[k] if v.dep(c) == "amod" and a <= c < k for j in v.subtree(c) if j != c}
            first = next((j for j in range(a, b + 1) if v.mention_at[j] >= 0), None)
            if first in attr and max(attr) < k and v.case_marker(first) is not None:  # ("in London")
                named = self.name_in(max(attr) + 1, b)
        role_word = self.is_role(k) or low in self.lex.role_nouns or (low.endswith(self.lex.role_suffixes)
                                                                     and v.pos(k) in ("NOUN", "ADJ"))
        if named is not None and (role_word or self.speaking_noun(k)):
            # a person's role is named by a person's name before its genitive: the club before it
            # ("der frühere Austria- und Tirol-Trainer") and the one whose role it is ("Ein Sprecher
            # der Landesrätin X", "die Sprecherin der SPÖ") are not the speaker
            own = self.own_tokens(k, a) | set(range(parsed_end + 1, b + 1))
            labels = ("PER",) if role_word else _SPEAKER_LABELS
            person = next((j for j in range(a, b + 1) if j in own and v.mention_at[j] >= 0
                           and v.mentions[v.mention_at[j]].label in labels), None)
            named = self.name_in(person, person) if person is not None else None
        if named is not None:
            name, label = named
            if self.is_role(a) or self.is_role(k):
                role = v.lemma(a if self.is_role(a) else k).lower()
                self.role_names.append((start, role, name))
            return name, start, end, "text"
        if low in self.lex.demonstrative_speakers and a == b == k and v.dep(k) in ("nsubj", "nsubj:pass"):
            # "sagte dieser, dass ...": a demonstrative subject stands for the person mentioned last
            name = self.last_mentioned_person(start)
            return (name, start, end, "pronoun") if name else None
        if v.pos(k) == "PRON" or (v.pos(k) == "DET" and low in self.lex.speaker_pronouns):
            if low not in self.lex.speaker_pronouns:
                return None
            return self.group_for(k) or self.last_person(start), start, end, "pronoun"
        definite = v.tokens[a].text.lower() in self.lex.definite_articles
        if b > k and not (definite and self.is_role(k)):
            # with its genitive ("ein Sprecher der Autobauer"), up to a preposition or adverb the parse
            # hung on it ("ein Bewohner aus Lhasa telefonisch")
            last = next((j - 1 for j in range(k + 1, b + 1) if v.pos(j) in ("ADP", "ADV")), b)
            return v.text[start:v.tokens[last].end], start, end, "text"
        if definite and a == k - 1 and self.organisation(k):
            # "TransCanada ... Die Firma teilte mit": the organisation named last before, within a few
            # sentences (one whose name has the noun first: "die Zeitung" -> "Süddeutsche Zeitung");
            # with an adjective ("die britische Zeitung") the phrase brings in a new one
            first = v.sentences[max(0, v.sentence_of[k] - ORGANISATION_SENTENCES)].start
            near = [m for m in v.mentions if first <= m.start and m.end <= start and m.label == "ORG"]
            same = [m for m in near if low in m.text.lower() or v.lemma(k).lower() in m.text.lower()]
            if same or near:
                return (same or near)[-1].text, start, end, "role"
        if (self.is_role(k) or (definite and a < k and self.person_noun(k))) and self.plural(k, a):
            return v.text[start:end], start, end, "text"  # "die Ärzte": a group, never one person before
        if self.is_role(k) or (definite and a < k and self.person_noun(k)):
            name = self.apposed_name(k) or (self.closing_name(k) if self.is_role(k) else None)
            if name:
                return name, start, end, "text"
            role = v.lemma(k).lower()
            for pos, r, name in reversed(self.role_names):
                if pos < start and same_role(r, role):
                    return name, start, end, "role"
            if definite:
                # (a person noun is no role a speaker had: it stands for the person named last)
                name = self.last_person(start) if self.is_role(k) else self.last_mentioned_person(start)
                if name:
                    return name, start, end, "role"
            return v.text[start:end], start, end, "text"
        if v.pos(k) in ("NOUN", "PROPN", "X") or v.tokens[k].text[:1].isupper():
            return v.text[start:end], start, end, "text"
        return None

    def noun_phrase(self, k: int) -> tuple[int, int]:
        v = self.v
        keep = [k]
        todo = [c for c in v.children[k] if v.dep(c) in _NP_DEPS or self.genitive(k, c)]
        while todo:
            c = todo.pop()
            keep.append(c)
            todo.extend(d for d in v.children[c] if v.dep(d) in _NP_DEPS)
        a, b = min(keep), max(keep)
        # a name is taken whole, also one in a genitive ("eines Mitarbeiters des Roten Kreuzes")
        for m in {v.mention_at[j] for j in keep if v.mention_at[j] >= 0}:
            mm = v.mentions[m]
            a = min(a, v.token_at(mm.start))
            b = max(b, v.token_at(mm.end) - 1)
        while a < b and not v.tokens[a].text[:1].isalnum():
            a += 1
        while b > a and not v.tokens[b].text[-1:].isalnum():
            b -= 1
        # a parenthesis in the phrase is closed in it: "Landesrätin Martina Berthold (Grüne)"
        opened = sum(1 for j in range(a, b + 1) if v.tokens[j].text == "(")
        if opened > sum(1 for j in range(a, b + 1) if v.tokens[j].text == ")") and b + 1 < self.n \
                and v.tokens[b + 1].text == ")":
            b += 1
        return a, b

    def genitive(self, k: int, c: int) -> bool:
        """``Sprecher der Autobauer``, ``die Expertise des Finanzministeriums``: a genitive after a
        common noun says whose it is, part of the phrase (a prepositional ``nmod`` is not)."""
        v = self.v
        if c <= k or v.dep(c) != "nmod" or v.pos(k) != "NOUN" or self.in_quote(c):
            return False
        if any(v.dep(d) == "case" for d in v.children[c]):
            return False
        first = min(v.subtree(c))
        if self.attached_name(k, c):
            return True
        return first < c and self.low(first) in self.lex.genitive_determiners

    def attached_name(self, k: int, c: int) -> bool:
        """``des Gouverneurs Nasser Baoum``: a name right after a noun, its apposition however parsed."""
        v = self.v
        return c > k and min(v.subtree(c)) == k + 1 and v.pos(k + 1) == "PROPN" and v.mention_at[k + 1] >= 0 \
            and v.mentions[v.mention_at[k + 1]].label == "PER"

    def own_tokens(self, k: int, a: int) -> set[int]:
        """The tokens of the phrase headed by ``k`` that name it (its words up to the head, an
        apposition or a name right after it), not whose it is: ``Ein Sprecher der Landesrätin X``,
        ``der Vertreter ... im Aufsichtsrat der BA, Peter Clever``."""
        v = self.v
        own = set(range(a, k + 1))
        for c in v.children[k]:
            if v.dep(c) in ("appos", "flat", "flat:name") or self.attached_name(k, c):
                own.update(v.subtree(c))
        return own

    def truncated(self, k: int) -> bool:
        """``Austria-`` in ``Austria- und Tirol-Trainer``: a word cut by a hyphen before a conjunction."""
        v = self.v
        if v.tokens[k].text.endswith("-") and len(v.tokens[k].text) > 1:
            return True
        return k + 2 < self.n and v.tokens[k + 1].text == "-" and v.tokens[k].end == v.tokens[k + 1].start \
            and v.pos(k + 2) == "CCONJ"

    def name_in(self, a: int, b: int) -> tuple[str, str] | None:
        """The speaker name of the first entity mention in tokens [a, b], with its label (not one
        cut off by a hyphen, the first part of a compound: ``Austria- und Tirol-Trainer``)."""
        for k in range(a, b + 1):
            m = self.v.mention_at[k]
            if m >= 0 and self.v.mentions[m].label in _SPEAKER_LABELS and not self.truncated(self.v.token_at(self.v.mentions[m].end) - 1):
                mm = self.v.mentions[m]
                text = self.names.get(m, mm.text)
                name = self.full.get(text, text) if mm.label == "PER" else mm.text
                if mm.label == "PER" and name.endswith("s") and name[:-1] in self.full:
                    name = self.full[name[:-1]]
                return name, mm.label
        return None

    def named_after(self, k: int, b: int) -> int:
        """``laut der französischen Zeitung Le Monde``: an organisation's name right after a noun of
        organisations, however parsed, is part of its phrase, as is a person's name right after a
        role (``die Forderung des CSU-Vorsitzenden Edmund Stoiber``); the phrase's last token."""
        v = self.v
        if b != k or k + 1 >= self.n or v.mention_at[k + 1] < 0:
            return b
        m = v.mentions[v.mention_at[k + 1]]
        labels = ("ORG", "MISC") if self.organisation(k) else ("PER",) if self.is_role(k) else ()
        if m.label not in labels or v.token_at(m.start) != k + 1:
            return b
        return v.token_at(m.end) - 1

    def plural(self, k: int, a: int) -> bool:
        """``die Ärzte``, ``den Beamten``: a plural noun, an article of the plural before it (and the
        tagger's number or an inflected form: ``die Ministerin`` keeps its lemma)."""
        v = self.v
        if a >= k or self.low(a) not in self.lex.plural_articles:
            return False  # ("der seit Jahren amtierende Präsident": the tagger's number alone is not enough)
        return v.feature(k, "Number") == "Plur" or self.low(k) != v.lemma(k).lower()

    def is_role(self, k: int) -> bool:
        # (a capitalised adjective is a noun the tagger missed: "Tirol-Trainer"; the word itself counts
        # where the lemma of a nominalised adjective is cut: "Vorsitzende" -> "Vorsitzend")
        noun = self.v.pos(k) == "NOUN" or (self.v.pos(k) == "ADJ" and self.v.tokens[k].text[:1].isupper())
        for w in (self.v.lemma(k).lower(), self.low(k) if noun else ""):
            if w in self.lex.role_nouns or (noun and w.endswith(self.lex.role_suffixes)):
                return True
        return False

    def person_noun(self, k: int) -> bool:
        """``der Franzose``, ``der Beschuldigte``, ``der Publizist``: a noun of one person (not a role), which
        with a definite article stands for a person named before."""
        v = self.v
        w = v.tokens[k].text
        if not w[:1].isupper() or v.pos(k) not in ("NOUN", "ADJ") or v.feature(k, "Number") == "Plur":
            return False
        low = w.lower()
        return low in self.lex.person_nouns or v.lemma(k).lower() in self.lex.person_nouns or any(
            low.endswith(s) and len(low) > len(s) + 2 for s in self.lex.person_suffixes)

    def apposed_name(self, k: int) -> str | None:
        """``sagte der Vorsitzende des Vorstands der Stadtwerke, Karl Hofbauer, bei ...``: a person's
        name set off by commas right after the phrase of role ``k`` (no verb between) is whose role it is."""
        v = self.v
        si = v.sentence_of[k]
        comma = next((j for j in range(k + 1, min(self.n, k + 1 + MAX_ROLE_PHRASE))
                      if v.tokens[j].text in (",", ";", ".") or v.pos(j) in ("VERB", "AUX")), None)
        if comma is None or v.tokens[comma].text != "," or comma + 1 >= self.n or v.mention_at[comma + 1] < 0:
            return None
        m = v.mentions[v.mention_at[comma + 1]]
        if m.label != "PER" or v.token_at(m.start) != comma + 1:
            return None
        after = v.token_at(m.end)
        if after < self.n and v.sentence_of[after] == si and v.tokens[after].text not in (",", ".", ";"):
            return None  # (a name that opens a clause of its own: "..., Merkel sagte ...")
        named = self.name_in(comma + 1, comma + 1)
        return named[0] if named else None

    def closing_name(self, k: int) -> str | None:
        """``laut dem Direktor der peruanischen Zivilluftfahrtbehörde Roberto Rodriguez``: a person's name
        that closes the genitive of role ``k``'s phrase, set off by no comma, is whose role it is; not where
        the word before the name is a role of its own (``ein Sprecher der Ministerin Anna Berger``: hers)."""
        v = self.v
        si = v.sentence_of[k]
        for j in range(k + 2, min(self.n, k + 1 + MAX_ROLE_PHRASE)):
            if v.mention_at[j] >= 0 and v.mentions[v.mention_at[j]].label == "PER":
                m = v.mentions[v.mention_at[j]]
                if v.token_at(m.start) != j or self.is_role(j - 1) or v.pos(j - 1) not in ("NOUN", "PROPN"):
                    return None
                after = v.token_at(m.end)
                if after < self.n and v.sentence_of[after] == si and v.pos(after) not in ("ADP", "PUNCT", "VERB", "AUX"):
                    return None
                named = self.name_in(j, j)
                return named[0] if named else None
            if v.pos(j) not in ("DET", "ADJ", "NOUN", "PROPN") or v.sentence_of[j] != si:
                return None
        return None

    def speaking_noun(self, k: int) -> bool:
        """A common noun of a body or group that speaks itself (``das Außenministerium der
        Vereinigten Staaten``, ``ein Journalist der Agentur``): the name in its genitive is its owner."""
        if self.v.pos(k) != "NOUN" or self.v.mention_at[k] >= 0:
            return False
        endings = _lowered(self.lex.speaker_nouns)
        return self.v.lemma(k).lower().endswith(endings) or self.low(k).endswith(endings)

    def organisation(self, k: int) -> bool:
        """Whether ``k`` is a noun of an organisation (``Firma``, ``Nachrichtenmagazin``)."""
        endings = _lowered(self.lex.organisation_nouns)
        return self.v.lemma(k).lower().endswith(endings) or self.low(k).endswith(endings)

    def can_speak(self, k: int | None) -> bool:
        """Whether the phrase headed by ``k`` can perform a speech act: a named entity,
        a person's role, a pronoun, or a body or group of people (``die Opposition``)."""
        if k is None:
            return False
        v = self.v
        if v.mention_at[k] >= 0 or self.is_role(k) or v.pos(k) == "PRON":
            return True
        a, b = self.noun_phrase(k)
        if any(v.mention_at[j] >= 0 for j in range(a, b + 1)):
            return True
        endings = _lowered(self.lex.speaker_nouns)
        if v.lemma(k).lower().endswith(endings) or v.tokens[k].text.lower().endswith(endings):
            return True
        # "Das Auswärtige Amt": a name of adjective and noun the parser splits into a head and its apposition
        return any(v.dep(c) == "appos" and c == k + 1 and self.can_speak(c) for c in v.children[k])

    def person_named(self, name: str) -> bool:
        """Whether ``name`` is a person's name in the article (not an organisation's)."""
        return name in self.full or name in self.full.values()

    def group_for(self, k: int) -> str | None:
        """``Die Gewerkschaften kritisierten den Plan. Sie forderten, ...``: a subject pronoun stands for a
        body or group that spoke in the sentence before it (or earlier in its own), no person speaking
        since, where its head noun agrees: ``sie`` with a plural verb a plural noun, with a singular one a
        feminine noun (``die Regierung``), ``er`` a masculine one (``der Verband``); else None."""
        v = self.v
        if not self.group_heads or v.dep(k) != "nsubj" or self.low(k) not in self.lex.group_pronouns:
            return None
        si = v.sentence_of[k]
        pos, name, head = self.group_heads[-1]
        if pos >= v.tokens[k].start or v.sentence_of[head] < si - 1 or any(
                p > pos and person and p < v.tokens[k].start for p, _, person in self.speakers):
            return None
        plural = v.feature(k, "Number") == "Plur" or v.feature(v.head(k), "Number") == "Plur" or any(
            v.feature(c, "Number") == "Plur" for c in v.children[v.head(k)] if v.dep(c) in ("aux", "aux:pass", "cop"))
        number, gender = v.feature(head, "Number"), v.feature(head, "Gender")
        if self.low(k) == "er":
            agrees = gender == "Masc" and number != "Plur"
        else:
            agrees = number == "Plur" if plural else (gender == "Fem" and number != "Plur")
        return name if agrees else None

    def last_person(self, before: int) -> str | None:
        for pos, name, person in reversed(self.speakers):
            if pos < before and person:
                return name
        return self.last_mentioned_person(before)

    def last_mentioned_person(self, before: int) -> str | None:
        """The fullest name of the person mentioned last before ``before``."""
        v = self.v
        for i in range(len(v.mentions) - 1, -1, -1):
            m = v.mentions[i]
            if m.start < before and m.label == "PER":
                text = self.names.get(i, m.text)
                return self.full.get(text, text)
        return None


@lru_cache(maxsize=16)
def _lowered(nouns: frozenset[str]) -> tuple[str, ...]:
    """A word list in lower case as one tuple, for a single C-level ``str.endswith`` (a word that
    equals a noun ends in it too), made once per list."""
    return tuple(sorted({n.lower() for n in nouns}))
