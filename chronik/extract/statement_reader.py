"""What the statement extractor reads off one article (``chronik.extract.statements`` runs the cascade
of frames on it): the reader holds the article's view, the person names completed over it, the
datelines, and its memory of who spoke so far, with the word lookups and the building of a
``Statement``; its other lookups are parts by job, each a module of its own:

- ``statement_mood``: Konjunktiv, hearsay ``sollen``, infinitive, present, first person;
- ``statement_content``: where a frame's content clause lies;
- ``statement_speech_verbs``: the frame verb's prefix, lemma and cue;
- ``statement_speaker_phrases``: the speaker a phrase names.
"""
from __future__ import annotations

import bisect
from collections.abc import Sequence

from chronik.extract.statement_content import ContentReading
from chronik.extract.statement_mood import MoodReading
from chronik.extract.statement_speaker_phrases import SpeakerPhrases
from chronik.extract.statement_speech_verbs import SpeechVerbReading
from chronik.extract.view import DATELINE_DASHES
from chronik.records import Quote, Statement

# Quotation mark pairs from which on an article counts as printing speech between them.
MIN_MARKED_QUOTES = 2
# Most capitalised words of a dateline's place and agency ("Sankt Pölten (APA) –").
MAX_DATELINE_WORDS = 3
# Most tokens an aside between two dashes runs over ("X – seit zwei Jahren Parteichef – sagte").
MAX_ASIDE = 12
# Most words of a name or title in quotation marks that can be a speaker ("Aktion Deutschland hilft").
MAX_QUOTED_NAME = 4
# ... and with a definite article before its opening mark, which makes it a name ("die „Kampagne für ein
# Freies Tibet“"; an organisation's name runs longer than a title).
MAX_ARTICLED_NAME = 7
# Most characters a speaker's phrase may open before its name ("einer Aussendung des Landespressedienstes").
MAX_NAME_OFFSET = 40
# The marks that open or close a quotation (not the typewriter apostrophe: it mostly elides a letter).
QUOTE_MARKS = frozenset('"„“”»«‚‘’›‹')


class StatementReader(MoodReading, ContentReading, SpeechVerbReading, SpeakerPhrases):
    """Lookups over one article that the statement frames share."""

    def __init__(self, v, quotes: Sequence[Quote], lex) -> None:
        self.v, self.lex = v, lex
        self.quotes = tuple(quotes)
        self.n = len(v.tokens)
        # each token's lower case, and whether it stands inside quotation marks: the frames ask both of
        # the same tokens many times over
        self._low = [t.text.lower() for t in v.tokens]
        self._in_quote = [v.in_quote(t.start) for t in v.tokens]
        # short person name -> the fullest form of it in the article
        # each person mention's name, cut and completed on the parse (``person_name``)
        self.names = {i: self.person_name(i) for i, m in enumerate(v.mentions) if m.label == "PER"}
        forms = sorted(set(self.names.values()))
        words = {f: f.split() for f in forms}
        self.full = {f: max((g for g in forms if set(words[f]) <= set(words[g])),
                            key=lambda g: (len(words[g]), not g.endswith("s"), g)) for f in forms}
        # Whether the article prints speech between quotation marks: two pairs at least (one
        # may be a headline's, as in 10kGNAD, whose bodies lost their marks).
        self.marks_speech = len(v.quotes) >= MIN_MARKED_QUOTES
        self.speakers: list[tuple[int, str, bool]] = []  # (position, name, is a person)
        # the head noun of each speaker who is no person, by position: an antecedent of "sie"/"er" (see group_for)
        self.group_heads: list[tuple[int, str, int]] = []  # (position, name, head token)
        self.role_names: list[tuple[int, str, str]] = self.introduced_roles()  # (position, role, name)
        self.dateline: frozenset[int] = self.datelines()

    def datelines(self) -> frozenset[int]:
        """The tokens of each dateline (``Wien –``, ``Berlin (APA) –``): a place, and maybe an agency in
        brackets, before a dash at the start of a text or sentence; a place that is never a speaker."""
        v = self.v
        out: set[int] = set()
        for d, tok in enumerate(v.tokens):
            if tok.text not in DATELINE_DASHES:
                continue
            a = d
            if a > 0 and v.tokens[a - 1].text == ")":
                opening = next((j for j in range(a - 2, max(-1, a - 6), -1) if v.tokens[j].text == "("), None)
                if opening is None:
                    continue
                a = opening
            words = 0
            while a > 0 and words < MAX_DATELINE_WORDS and v.tokens[a - 1].text[:1].isupper():
                a, words = a - 1, words + 1
            starts = a == 0 or v.tokens[a - 1].text in (".", "!", "?", ":") or "\n" in v.text[
                v.tokens[a - 1].end:v.tokens[a].start]
            person = any(v.mention_at[j] >= 0 and v.mentions[v.mention_at[j]].label == "PER" for j in range(a, d))
            # ("X – seit zwei Jahren Parteichef – kündigte an": a dash that opens an aside closes it)
            aside = any(v.tokens[j].text in DATELINE_DASHES for j in range(d + 1, min(self.n, d + MAX_ASIDE)))
            if words and starts and not person and not aside:
                out.update(range(a, d + 1))
        return frozenset(out)

    def introduced_roles(self) -> list[tuple[int, str, str]]:
        """``Verkehrsministerin Anna Berger``: each person named right after a role noun, with that role,
        so that a later ``die Verkehrsministerin`` or ``die Ministerin`` resolves to them (in text order)."""
        v = self.v
        out = []
        for i, m in enumerate(v.mentions):
            a = v.token_at(m.start)
            if m.label != "PER" or a < 1 or v.pos(a) != "PROPN" or not self.is_role(a - 1) \
                    or v.feature(a - 1, "Number") == "Plur":
                continue  # (a plural role before a word the recognizer took for a name)
            text = self.names.get(i, m.text)
            out.append((v.tokens[a - 1].start, v.lemma(a - 1).lower(), self.full.get(text, text)))
        return out

    def person_name(self, i: int) -> str:
        """The name of person mention ``i``: a name never runs on into a determiner or a
        common noun (``Peter McDonald das Setting``, ``Franz Küberl von Konzernen``), and, where it
        ends in a short particle (``Maggie De``), takes the proper noun the parser hangs on it (``Block``)."""
        v = self.v
        m = v.mentions[i]
        a, b = v.token_at(m.start), v.token_at(m.end) - 1
        if b < a or b >= self.n:
            return m.text
        end = b
        for j in range(a + 1, b + 1):
            w = v.tokens[j].text
            if not w[:1].islower():
                continue
            after_particle = v.tokens[j - 1].text[:1].islower()
            if (v.pos(j) == "DET" and not after_particle) or (
                    v.pos(j) in ("ADP", "DET") and j + 1 <= b and v.pos(j + 1) == "NOUN"):
                end = j - 1
                break
        while end == b and len(v.tokens[end].text) <= 3 and end + 1 < self.n and v.mention_at[end + 1] < 0 \
                and v.pos(end + 1) in ("PROPN", "NOUN") \
                and v.tokens[end + 1].text[:1].isupper() and v.head(end + 1) in range(a, end + 1) \
                and v.dep(end + 1) in ("flat", "flat:name") and "\n" not in v.text[v.tokens[end].end:v.tokens[end + 1].start]:
            end += 1
            b = end
        if end < a:
            return m.text
        return v.text[v.tokens[a].start:v.tokens[end].end]

    def low(self, k: int) -> str:
        return self._low[k]

    def in_quote(self, k: int) -> bool:
        return self._in_quote[k]

    def quoted_name(self, k: int) -> bool:
        """``Wie „heise online“ berichtet``, ``die „Aktion Deutschland hilft“``: a word inside a short
        quotation that opens with a capital and has no verb, the title or name of a speaker, not speech."""
        v = self.v
        off = v.tokens[k].start
        i = bisect.bisect_right([o for o, _ in v.quotes], off) - 1
        if i < 0 or not (v.quotes[i][0] < off < v.quotes[i][1]):
            return False
        a, b = v.quotes[i]
        inner = [j for j in range(v.token_at(a), min(self.n, v.token_at(b) + 1))
                 if a < v.tokens[j].start and v.tokens[j].end < b + 1 and v.tokens[j].text[:1].isalnum()]
        # (a verb in it makes it speech, unless an article right before the mark makes it a name:
        # "die „Aktion Deutschland hilft“")
        opening = v.token_at(a)
        named = opening > 0 and v.pos(opening - 1) == "DET" and self.low(opening - 1) in self.lex.definite_articles
        return 0 < len(inner) <= (MAX_ARTICLED_NAME if named else MAX_QUOTED_NAME) and (v.tokens[inner[0]].text[:1].isupper() or v.pos(inner[0]) == "PROPN"
                                                   or inner[0] == k) and (named or not any(
            v.pos(j) in ("VERB", "AUX") and v.tokens[j].text[:1].islower() for j in inner))

    def sentence_tokens(self, si: int) -> range:
        s = self.v.sentences[si]
        return range(s.first_token, min(s.last_token, self.n))

    def trim(self, toks: Sequence[int]) -> list[int]:
        """Tokens without leading/trailing punctuation and quotation marks."""
        toks = sorted(toks)
        while toks and not self.v.tokens[toks[0]].text[:1].isalnum():
            toks = toks[1:]
        while toks and not self.v.tokens[toks[-1]].text[-1:].isalnum():
            toks = toks[:-1]
        return toks

    def make(self, kind: str, toks: Sequence[int], cue: tuple[int, int] | None, spk, si: int,
             marked: bool = False, via: str | None = None, addressee: str | None = None) -> Statement | None:
        toks = self.trim([t for t in toks if t not in self.dateline])  # (the dateline is no one's words)
        if not toks:
            return None
        v = self.v
        start, end = v.tokens[toks[0]].start, v.tokens[toks[-1]].end
        name, s0, s1, basis = spk if spk else (None, None, None, None)
        if name and basis in ("text", "carried"):
            name = self.nominative(name, s0)
        date, date_basis = self.date(si)
        c0 = c1 = None
        cue_text = None
        if cue is not None:
            c0, c1 = v.tokens[cue[0]].start, v.tokens[cue[1]].end
            cue_text = v.text[c0:c1] if cue[1] - cue[0] <= 1 else " ".join(
                v.tokens[k].text for k in cue if k >= 0)
        return Statement(kind=kind, start=start, end=end, text=v.text[start:end], cue=cue_text, cue_start=c0,
                         cue_end=c1, speaker_name=name, speaker_start=s0, speaker_end=s1, speaker_basis=basis,
                         via=via, addressee=addressee, date=date, date_basis=date_basis, marked=marked, sentence=si)

    def date(self, si: int) -> tuple[str | None, str | None]:
        v = self.v
        s = v.sentences[si]
        for t in v.timexes:
            if s.start <= t.start < s.end and t.type == "DATE" and t.value and t.value[:1].isdigit() \
                    and "X" not in t.value and not v.in_quote(t.start):
                return t.value, "text"
        if v.published:
            return v.published[:10], "published"
        return None, None

    def nominative(self, name: str, start: int | None) -> str:
        """``des Berliner Tagesspiegels`` -> ``Berliner Tagesspiegel``: a speaker's name in the genitive
        (after ``des``/``eines``, in the name or right before it in the text) without the article and
        with its last noun's genitive ending dropped (``-es`` where a consonant stays, else ``-s``;
        not an acronym's capital ``S``)."""
        lex, text = self.lex, self.v.text
        words = name.split()
        # (the phrase may open before the name: "einer Aussendung des Landespressedienstes")
        at = text.find(name, start, start + len(name) + MAX_NAME_OFFSET) if start is not None else -1
        before = text[max(0, at - 8):at].split()[-1:] if at >= 0 else []
        if len(words) > 1 and words[0].lower() in lex.genitive_articles:
            words = words[1:]
        elif not (before and before[0].lower() in lex.genitive_articles):
            return name
        # "des Leiters des öffentlichen Gesundheitsdienstes": the head before a genitive of its own
        head = next((i - 1 for i in range(1, len(words)) if words[i].lower() in lex.genitive_articles), len(words) - 1)
        last = words[head]
        for ending in lex.genitive_endings:
            stem = last[:-len(ending)]
            if last.endswith(ending) and len(stem) >= 4 and last[:1].isupper() and stem[-1:].isalpha() and (
                    ending != "es" or stem[-1:].lower() not in "aeiouäöüy"):
                return " ".join(words[:head] + [stem] + words[head + 1:])
        return " ".join(words)

    def unnamed_role(self, st: Statement) -> bool:
        """``sagte ein Behördensprecher. Er kündigte ... an``: one person brought in by a role alone (its
        head the phrase's last word, no plural; bare or with an indefinite article, where a definite role
        or a possessive one, ``der Machthaber``, ``seine Frau``, stands for someone named before) is the
        person a later pronoun stands for."""
        if st.speaker_basis != "text" or st.speaker_start is None:
            return False
        v = self.v
        a, k = v.token_at(st.speaker_start), v.token_at(st.speaker_end) - 1
        return a <= k and self.is_role(k) and v.feature(k, "Number") != "Plur" and not self.plural(k, a) \
            and (a == k or v.feature(a, "Definite") == "Ind")

    def remember(self, st: Statement) -> None:
        if st.speaker_name and st.speaker_basis in ("text", "pronoun", "role"):
            person = st.speaker_basis == "pronoun" or (st.speaker_basis == "role" and self.person_named(
                st.speaker_name)) or any(
                m.label == "PER" and st.speaker_start is not None and m.start >= st.speaker_start
                and m.end <= st.speaker_end for m in self.v.mentions) or self.unnamed_role(st)
            self.speakers.append((st.start, st.speaker_name, person))
            if not person and st.speaker_start is not None:
                v = self.v
                head = next((t for t in range(v.token_at(st.speaker_start), v.token_at(st.speaker_end))
                             if v.pos(t) == "NOUN"), None)
                # (a body or group, not a person's role or a noun of a person: those stand for a person)
                if head is not None and self.speaking_noun(head) and not self.is_role(head) \
                        and not self.person_noun(head):
                    self.group_heads.append((st.start, st.speaker_name, head))
