"""Events reported in one article: meetings, calls, letters, visits, treaties,
deployments, parades and confirmations, from trigger words.

Rules over tokens, no parser. For each trigger the extractor takes the clause
it stands in (commas, semicolons, colons and dashes outside quotation marks
end a clause) and reads from it:

* participants: for a trigger noun first its own phrase ("Treffen zwischen A
  und B", "Brief an C", "Macrons Brief", "Besuch Macrons"); unless the phrase is
  "zwischen ...", which names every party, the persons and organisations of
  the clause join; countries join as actors of deployments, treaties and
  confirmations ("Paris bestätigte", "französische Soldaten" both name
  North Korea); a role noun ("der russische Chefdiplomat") with no name in the
  clause stands for the person last named before it;
* place: "in"/"nach" + a place mention, also behind a role ("in der
  chinesischen Hauptstadt Peking");
* date: the nearest DATE time expression of the clause (``date_basis`` "text");
  else, for a report of what just happened (in the lead of the article or with
  "heute", "soeben" ..., not marked as background, not announced), the
  publication date (``date_basis`` "published"); else none;
* status: "announced" for a future time, "wird/werden" + infinitive,
  "bevorstehend", "geplant", "vor einem Treffen", "es wird erwartet ...".

Precision over recall: triggers inside direct quotes and in hypothetical
clauses ("Sollten ...", "könnte") are skipped; a definite or possessive
mention of an event ("das Treffen", "Macrons Brief") refers back to an earlier
event of the article and repeats it, so that the merge step joins them; an
indefinite event noun that is only a topic ("für eine Neujahrsbotschaft")
needs a date to count; a confirmation reports the event it confirms.
"""
from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from datetime import date as _date
from datetime import timedelta
from functools import lru_cache

from chronik.extract.entities import compound_about_a_place
from chronik.records import EventMention, Mention, Sentence, Timex, Token

# A trigger in one of the first sentences of an article reports its news
# (the inverted pyramid of news writing): with no date in the text it took
# place just before publication. Six sentences cover title, teaser and lead.
LEAD_SENTENCES = 6
# The longest event phrase the participant scan walks ("an den russischen
# Präsidenten Emmanuel Macron"): words between a preposition and the name.
_MAX_PHRASE = 8
_MAX_PLACE_GAP = 5
_ROLE_LOOKBACK = 2  # sentences searched back for the person a role noun stands for

_PERSON_TYPES = frozenset({"meeting", "call", "letter", "visit"})
_ACTOR_TYPES = frozenset({"deployment", "agreement", "statement"})
_NEED_PARTIES = frozenset({"meeting", "call", "letter", "visit"})
_NO_PLACE_TYPES = frozenset({"call", "letter", "statement"})
_ACTOR_LABELS = frozenset({"PER", "ORG"})
_CLAUSE_PUNCT = frozenset({",", ";", ":", "–", "—", "-", "‐"})
_ADJ_ENDINGS = ("e", "en", "er", "es", "em")
_QUOTE_RE = re.compile(r'„[^“”"\n]{1,1500}[“”"]|"[^"\n]{1,1500}"|«[^»\n]{1,1500}»|»[^«\n]{1,1500}«|“[^”\n]{1,1500}”')
_DATE_VALUE = re.compile(r"^\d{4}(?:-(?:\d\d(?:-\d\d)?|SP|SU|FA|WI|Q[1-4]|H[12]|W\d\d))?$")
_PART_MONTHS = {"SP": ("03", "05"), "SU": ("06", "08"), "FA": ("09", "11"), "WI": ("12", "12"),
                "Q1": ("01", "03"), "Q2": ("04", "06"), "Q3": ("07", "09"), "Q4": ("10", "12"),
                "H1": ("01", "06"), "H2": ("07", "12")}


@lru_cache(maxsize=8)
def _noun_suffixes(lexicon) -> tuple[str, ...]:
    return tuple(sorted(lexicon.nouns, key=lambda w: (-len(w), w)))


@lru_cache(maxsize=8)
def _role_suffixes(lexicon) -> tuple[str, ...]:
    return tuple(sorted(lexicon.role_suffixes, key=len, reverse=True))


def date_range(value: str) -> tuple[str, str] | None:
    """First and last day (ISO) of a TIMEX3 date value such as ``2025``,
    ``2025-04``, ``2024-FA`` or ``2025-08-12``; None for other values."""
    if not value or not _DATE_VALUE.match(value):
        return None
    year = value[:4]
    rest = value[5:]
    if not rest:
        return f"{year}-01-01", f"{year}-12-31"
    if rest in _PART_MONTHS:
        a, b = _PART_MONTHS[rest]
        return f"{year}-{a}-01", f"{year}-{b}-31"
    if rest.startswith("W"):
        try:
            first = _date.fromisocalendar(int(year), int(rest[1:]), 1)
        except ValueError:
            return None
        return first.isoformat(), (first + timedelta(days=6)).isoformat()
    if len(rest) == 2:
        return f"{year}-{rest}-01", f"{year}-{rest}-31"
    return value, value


class _Article:
    """Per-article lookup tables shared by the trigger rules."""

    def __init__(self, text, tokens, sentences, mentions, timexes, lexicon, published):
        self.text = text
        self.tokens = tokens
        self.sentences = sentences
        self.lex = lexicon
        self.published = published[:10] if published and re.match(r"\d{4}-\d\d-\d\d", published) else None
        self.low = [t.text.lower() for t in tokens]
        self.starts = [t.start for t in tokens]
        self.quotes = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(text)]
        self.quote_starts = [q[0] for q in self.quotes]
        self.sent_of = [0] * len(tokens)
        for si, s in enumerate(sentences):
            for k in range(s.first_token, min(s.last_token, len(tokens))):
                self.sent_of[k] = si
        # mentions by token
        self.mentions = sorted(mentions, key=lambda m: (m.start, m.end))
        self.m_first: list[int] = []
        self.m_end: list[int] = []
        self.tok_m = [-1] * len(tokens)
        for mi, m in enumerate(self.mentions):
            a = bisect.bisect_left(self.starts, m.start)
            b = bisect.bisect_left(self.starts, m.end)
            self.m_first.append(a)
            self.m_end.append(max(b, a + 1))
            for k in range(a, min(b, len(tokens))):
                self.tok_m[k] = mi
        self.timexes = sorted(
            (t for t in timexes if t.type == "DATE" and t.value and date_range(t.value) and not self.in_quote(t.start)),
            key=lambda t: t.start,
        )
        self.timex_starts = [t.start for t in self.timexes]
        # the surface each country is named by in this article ("Frankreich")
        self.country_surface: dict[str, str] = {}
        for m in self.mentions:
            if m.label != "LOC":
                continue
            country = lexicon.place_forms.get(m.text.lower())
            if country and (country not in self.country_surface or m.text == country):
                self.country_surface[country] = m.text

    def in_quote(self, pos: int) -> bool:
        k = bisect.bisect_right(self.quote_starts, pos) - 1
        return k >= 0 and self.quotes[k][0] < pos < self.quotes[k][1]

    def is_word(self, k: int) -> bool:
        w = self.low[k]
        return w[:1].isalpha()

    def capitalized(self, k: int) -> bool:
        return self.tokens[k].text[:1].isupper()

    def adjective_like(self, k: int) -> bool:
        w = self.low[k]
        return (self.is_word(k) and not self.capitalized(k) and w not in self.lex.function_words
                and w.endswith(_ADJ_ENDINGS))

    def genitive_modifier(self, mi: int) -> bool:
        """``Frankreichs Machthaber``: a genitive place before a noun."""
        m = self.mentions[mi]
        end = self.m_end[mi]
        return (m.text.endswith(("s", "'", "’")) and end < len(self.tokens) and self.tok_m[end] < 0
                and self.capitalized(end) and self.is_word(end))

    def channel(self, mi: int) -> bool:
        """``laut CNN``, ``die Nachrichtenagentur Xinhua``, ``CNN zufolge``: a source."""
        a, b = self.m_first[mi], self.m_end[mi]
        lex = self.lex
        if a > 0 and self.low[a - 1] in lex.channel_words:
            return True
        if a > 1 and self.low[a - 2] in lex.channel_words and self.low[a - 1] in lex.definite:
            return True
        return b < len(self.low) and self.low[b] in lex.channel_words

    def actor(self, mi: int, ca: int) -> bool:
        """A place mention that acts (``Paris bestätigte``, ``hat Frankreich
        ... entsandt``), not one governed by a preposition or a noun."""
        if self.genitive_modifier(mi):
            return False
        return self.actor_position(self.m_first[mi], ca)

    def actor_position(self, first: int, ca: int) -> bool:
        p = first - 1
        lex = self.lex
        while p >= ca and (self.low[p] in lex.conjunctions or self.low[p] == "," or self.tok_m[p] >= 0):
            p = self.m_first[self.tok_m[p]] - 1 if self.tok_m[p] >= 0 else p - 1
        if p < ca:
            return True
        w = self.low[p]
        if w in lex.prepositions or w in lex.indefinite:
            return False
        if w in lex.definite:
            return p - 1 < ca or not (self.low[p - 1] in lex.prepositions or self.capitalized(p - 1))
        if self.capitalized(p) and self.is_word(p) and p != self.sentences[self.sent_of[p]].first_token:
            return False  # "zur Unterstützung Russlands"
        return True

    def clauses(self, si: int) -> list[int]:
        """Token indices that end a clause inside sentence ``si``."""
        s = self.sentences[si]
        cuts = []
        for k in range(s.first_token, s.last_token):
            if self.tokens[k].text in _CLAUSE_PUNCT and not self.in_quote(self.starts[k]):
                cuts.append(k)
        return cuts

    def country_name(self, country: str) -> str:
        return self.country_surface.get(country, country)


def _noun_type(word: str, low: str, lexicon) -> tuple[str, str] | None:
    """(type, head form) of a trigger noun or of a compound ending in one."""
    if not word[:1].isupper():
        return None
    kind = lexicon.nouns.get(low)
    if kind:
        return kind, low
    head = low.rsplit("-", 1)[-1] if "-" in low else None
    if head and head in lexicon.nouns:
        mod = low[:-len(head) - 1]
        if mod.endswith(lexicon.compound_blocked.get(head, ())):
            return None
        return lexicon.nouns[head], head
    if not low.endswith(_noun_suffixes(lexicon)):
        return None
    for suf in _noun_suffixes(lexicon):
        if low.endswith(suf) and len(low) - len(suf) >= 3 and suf not in lexicon.exact_nouns:
            mod = low[:-len(suf)]
            allowed = lexicon.compound_allowed.get(suf)
            if allowed is not None and not mod.endswith(allowed):
                return None  # "Plattenvertrag", "Pressegespräch"
            if mod.endswith(lexicon.compound_blocked.get(suf, ())):
                return None  # "Hintertreffen", "Kinobesuch"
            return lexicon.nouns[suf], suf
    return None


class _Cand:
    __slots__ = ("i", "type", "kind", "head", "si", "ca", "cb", "np_end", "np_parts", "between", "place",
                 "det", "det_at", "prep", "possessor", "extra")

    def __init__(self, i, type_, kind, head, si, ca, cb):
        self.i, self.type, self.kind, self.head, self.si, self.ca, self.cb = i, type_, kind, head, si, ca, cb
        self.np_end = i + 1
        self.np_parts: list[int] = []
        self.between = False
        self.place: str | None = None
        self.det: str | None = None  # "def" / "indef" / None
        self.det_at = i
        self.prep: str | None = None
        self.possessor: int = -1
        self.extra: tuple[int, int] | None = None  # clause of a confirming verb


def extract_events(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    mentions: Sequence[Mention],
    timexes: Sequence[Timex],
    lexicon,
    published: str | None,
) -> tuple[EventMention, ...]:
    """The events one article reports, one ``EventMention`` per report, in text order."""
    if not tokens or not sentences:
        return ()
    art = _Article(text, tokens, sentences, mentions, timexes, lexicon, published)
    by_sentence: dict[int, list[tuple[int, str, str, str]]] = {}
    for k, tok in enumerate(tokens):
        low = art.low[k]
        kind = lexicon.verbs.get(low)
        if kind and not tok.text[:1].isupper() or (kind and k == sentences[art.sent_of[k]].first_token):
            by_sentence.setdefault(art.sent_of[k], []).append((k, kind, "verb", low))
            continue
        if tok.text[:1].isupper():
            hit = _noun_type(tok.text, low, lexicon)
            if hit:
                by_sentence.setdefault(art.sent_of[k], []).append((k, hit[0], "noun", hit[1]))
    events: list[EventMention] = []
    for si in sorted(by_sentence):
        _sentence_events(art, si, by_sentence[si], events)
    return tuple(sorted(events, key=lambda e: (e.start, e.end, e.type)))


# --------------------------------------------------------------------------- per sentence


def _sentence_events(art: _Article, si: int, found, events: list[EventMention]) -> None:
    lex = art.lex
    s = art.sentences[si]
    cuts = art.clauses(si)
    cands: list[_Cand] = []
    for k, kind, pos, head in found:
        if art.in_quote(art.starts[k]):
            continue
        j = bisect.bisect_left(cuts, k)
        ca = cuts[j - 1] + 1 if j > 0 else s.first_token
        cb = cuts[j] if j < len(cuts) else s.last_token
        c = _Cand(k, kind, pos, head, si, ca, cb)
        if _valid(art, c):
            cands.append(c)
    if not cands:
        return
    # A confirmation reports the event it confirms ("bestätigte ..., dass
    # Soldaten geschickt worden seien"): its clause lends actors and date.
    statements = [c for c in cands if c.type == "statement"]
    others = [c for c in cands if c.type != "statement"]
    if others:
        if statements:
            for c in others:
                st = statements[0]
                if (st.ca, st.cb) != (c.ca, c.cb):
                    c.extra = (st.ca, st.cb)
        cands = others
    else:
        cands = statements
    # One event per clause and type; a weak verb ("vereinbarten") yields to
    # the event the clause names ("in einem Telefonat ... vereinbart").
    kept: list[_Cand] = []
    for c in cands:
        if c.kind == "verb" and art.low[c.i] in lex.weak_verbs and any(
            o is not c and (o.ca, o.cb) == (c.ca, c.cb) and o.type != c.type for o in cands
        ):
            continue
        if c.type == "deployment" and c.kind == "noun" and c.head in lex.confirm_nouns and any(
            o is not c and (o.ca, o.cb) == (c.ca, c.cb) and o.type == "deployment" and o.kind == "verb" for o in cands
        ):
            continue
        if any((o.ca, o.cb, o.type) == (c.ca, c.cb, c.type) for o in kept):
            continue
        kept.append(c)
    for c in kept:
        if c.kind == "noun":
            _phrase(art, c)
    kept = [c for c in kept if not (c.kind == "noun" and c.head in lex.talk_nouns and c.prep in lex.talk_idiom_preps)]
    kept = [c for c in kept if c.kind != "noun" or _noun_ok(art, c)]
    for c in kept:
        ev = _build(art, c, kept, events)
        if ev is None:
            continue
        events.append(ev)


def _valid(art: _Article, c: _Cand) -> bool:
    lex = art.lex
    low = art.low
    window = range(c.ca, c.cb)
    if any(low[k] in lex.hypothetical for k in window):
        return False
    word = low[c.i]
    if c.kind == "verb":
        nxt = c.i + 1
        if nxt < c.cb and art.adjective_like(nxt):
            return False  # attributive participle: "die entsandten französischen Soldaten"
        if nxt < c.cb and art.capitalized(nxt) and art.tok_m[nxt] < 0 and c.i > c.ca and (
            low[c.i - 1] in lex.definite or low[c.i - 1] in lex.indefinite
        ):
            return False  # "die entsandten Soldaten"
        if c.type == "meeting" and not lex.reflexive & set(low[c.ca:c.cb]):
            if _sports(art, c):
                return False  # "traf zum Ausgleich", "empfängt im Hinspiel"
            if word in lex.partner_verbs and _pairing(art, c):
                return False  # "trifft im Viertelfinale auf X", "trifft auf Widerstand"
            if word in lex.receive_verbs and any(low[k] in lex.crowd_words for k in window):
                return False  # "von Tausenden Menschen empfangen"
        if c.type == "visit" and any(low[k] in lex.attend_words for k in window):
            return False  # "besuchten die Unterstufe"
        particle = lex.separable.get(word)
        if particle and particle not in low[c.i + 1:c.cb]:
            return False
        if word in lex.partner_verbs:
            after = low[c.i + 1:c.cb]
            persons = sum(1 for mi in _clause_mentions(art, c.ca, c.cb) if art.mentions[mi].label in _ACTOR_LABELS)
            if not (lex.reflexive & set(after) or persons >= 2 or _mit_party(art, c)):
                return False  # "traf eine Entscheidung", "trafen mit einem Eigentor"
    else:
        if c.head in lex.recipient_nouns and not (c.i + 1 < c.cb and low[c.i + 1] == "an"):
            return False  # "Botschaft" alone is as often an embassy
        if c.head in lex.confirm_nouns:
            s = art.sentences[c.si]
            if not any(low[k] in lex.statement_verbs for k in range(s.first_token, s.last_token)):
                return False
    if c.type == "deployment":
        lo, hi = c.ca, c.cb
        if not any(_is_troop(art, k) for k in range(lo, hi)):
            return False
    return True


_SCORE = re.compile(r"^\d{1,3}:\d{1,3}$")


def _sports(art: _Article, c: _Cand) -> bool:
    """Sports reporting around a meet verb: a score, a match, a goal."""
    lex = art.lex
    for k in range(c.ca, c.cb):
        w = art.low[k]
        if w in lex.sports_words or _SCORE.match(w) or (art.capitalized(k) and w.endswith(lex.sports_suffixes)):
            return True
    return False


def _pairing(art: _Article, c: _Cand) -> bool:
    """``trifft ... auf X`` (accusative): a pairing or an encounter; ``auf dem
    Gipfel`` (dative) is a place."""
    lex = art.lex
    for k in range(c.ca + 1, c.cb - 1):
        if art.low[k] in lex.pairing_preps and art.low[k + 1] not in lex.location_dets:
            return True
    return False


def _noun_ok(art: _Article, c: _Cand) -> bool:
    """Rules for an event noun once its phrase is known."""
    lex = art.lex
    low = art.low
    before = range(max(c.ca, c.i - 4), c.i)
    if any(low[k] in lex.negation for k in before):
        return False  # "keinen Vertrag"
    if any(low[k] in lex.generic_quantifiers for k in range(max(c.ca, c.i - 3), c.i)):
        return False  # "alle Gespräche", "solcher Verträge"
    if c.type == "meeting":
        if c.prep in lex.idiom_preps:
            return False  # "ins Gespräch bringen", "ins Treffen führen"
        if _media_participle(art, c):
            return False  # "in dem ausgestrahlten Gespräch"
        if c.i + 1 < c.cb and low[c.i + 1] == "mit" and _media_after(art, c.i + 2, c.cb):
            return False  # "Gespräch mit der Zeitung"
        if c.prep == "in" and any(low[k] in lex.speech_verbs for k in range(c.ca, c.cb)):
            return False  # "sagte X in einem Gespräch": an interview
    if c.head in lex.contract_heads:
        if c.prep in lex.state_preps:
            return False  # "unter Vertrag stehen"
        words = low[c.ca:c.cb]
        if any(w in lex.state_words for w in words):
            return False  # "ein bis 2018 laufender Vertrag"
        if not (c.np_parts or c.possessor >= 0 or c.between or any(w in lex.conclude_words for w in words)):
            return False  # a contract with no parties and no signing: a topic
    return True


def _media_participle(art: _Article, c: _Cand) -> bool:
    """``in dem am Donnerstag ausgestrahlten Gespräch``: between the article and the noun."""
    lex = art.lex
    for k in range(c.i - 1, max(c.ca, c.i - 5) - 1, -1):
        w = art.low[k]
        if w in lex.definite or w in lex.indefinite:
            return False
        if w in lex.media_participles:
            return True
    return False


def _media_after(art: _Article, j: int, b: int) -> bool:
    lex = art.lex
    for k in range(j, min(j + 4, b)):
        mi = art.tok_m[k]
        if mi >= 0:
            return art.mentions[mi].text.lower().endswith(lex.media_words)
        if art.capitalized(k) and art.is_word(k):
            return art.low[k].endswith(lex.media_words)
    return False


def _mit_party(art: _Article, c: _Cand) -> bool:
    """``traf ... mit seinem Amtskollegen X zusammen``: a party after "mit"."""
    for k in range(c.i + 1, c.cb):
        if art.low[k] == "mit":
            for j in range(k + 1, min(k + _MAX_PHRASE, c.cb)):
                mi = art.tok_m[j]
                if mi >= 0:
                    if art.mentions[mi].label in _ACTOR_LABELS:
                        return True
                    if not art.genitive_modifier(mi):
                        break
    return False


def _is_troop(art: _Article, k: int) -> bool:
    w = art.low[k]
    if not art.capitalized(k):
        return False
    if w in art.lex.troop_words:
        return True
    if any(w.endswith(t) for t in art.lex.troop_words if len(t) >= 6):
        return True
    return w in art.lex.demonym_forms  # "Franzosen"


def _clause_mentions(art: _Article, a: int, b: int) -> list[int]:
    out = []
    k = a
    while k < b:
        mi = art.tok_m[k]
        if mi >= 0:
            if not art.in_quote(art.mentions[mi].start):
                out.append(mi)
            k = max(art.m_end[mi], k + 1)
        else:
            k += 1
    return out


# --------------------------------------------------------------------------- phrases


def _phrase(art: _Article, c: _Cand) -> None:
    """The event noun's own phrase: determiner, possessor, parties, place."""
    lex = art.lex
    low = art.low
    # determiner and preposition before the noun (adjectives may intervene)
    p = c.i - 1
    while p >= c.ca and (art.adjective_like(p) or low[p] in ("bilaterale", "bilateralen")
                         or (p > c.ca and art.adjective_like(p - 1) and low[p] in lex.conjunctions)
                         or (p + 1 < c.i and art.adjective_like(p + 1) and low[p] in lex.intensifiers)):
        p -= 1  # "das sehr vertraute und formlose Gespräch"
    if p >= c.ca:
        mi = art.tok_m[p]
        if mi >= 0 and art.mentions[mi].text.endswith(("s", "'", "’")) and art.m_end[mi] == p + 1:
            c.possessor = mi  # "Macrons Brief"
            c.det = "def"
            p = art.m_first[mi] - 1
        elif low[p] in lex.definite:
            c.det = "def"
            c.det_at = p
            p -= 1
        elif low[p] in lex.indefinite:
            c.det = "indef"
            c.det_at = p
            p -= 1
    if p >= c.ca and low[p] in lex.prepositions:
        c.prep = low[p]
    if c.prep in ("im", "beim", "zum", "vom"):
        c.det = c.det or "def"
    # parties after the noun
    j = c.i + 1
    b = c.cb
    scan = False
    np_prep = None
    if j < b and low[j] in lex.np_preps:
        c.between = low[j] in lex.between_preps
        np_prep = low[j]
        j += 1
        scan = True
    elif j < b and art.tok_m[j] >= 0 and art.m_first[art.tok_m[j]] == j:
        mi = art.tok_m[j]
        m = art.mentions[mi]
        if m.label in _ACTOR_LABELS and m.text.endswith(("s", "'", "’")):
            c.np_parts.append(mi)  # "Besuch Macrons"
            j = art.m_end[mi]
    elif j < b and low[j] in ("des", "der"):
        scan = True
    if scan:
        expect = True
        steps = 0
        while j < b and steps < _MAX_PHRASE:
            mi = art.tok_m[j]
            if mi >= 0:
                m = art.mentions[mi]
                if m.label == "LOC" and art.genitive_modifier(mi):
                    j = art.m_end[mi]
                    continue
                if m.label == "LOC" and np_prep in lex.name_preps and c.type == "agreement" and not c.np_parts:
                    c.place = m.text  # "der Vertrag von Amsterdam"
                    j = art.m_end[mi]
                    expect = False
                    continue
                if m.label in ("PER", "ORG", "LOC") and not art.channel(mi):
                    c.np_parts.append(mi)
                j = art.m_end[mi]
                expect = False
                continue
            w = low[j]
            if not expect:
                if w in lex.conjunctions:
                    expect = True
                    j += 1
                    continue
                break
            if w in lex.definite or w in lex.indefinite or (art.is_word(j) and w not in lex.function_words):
                j += 1
                steps += 1
                continue
            break
        if not c.np_parts:
            j = c.i + 1  # no party found: the phrase is just the noun
            c.between = False
    c.np_end = j
    if j < b and low[j] in lex.place_preps:
        hit = _place_at(art, j, b)
        if hit:
            c.place, c.np_end = hit


def _about_a_country(text: str, lex) -> bool:
    """``im Ukraine-Krieg``: a war, not a place (a tagger may take it for one)."""
    forms = lex.place_forms
    return compound_about_a_place(text, lambda w: w.lower() in forms, lambda w: forms.get(w.lower()) == w)


def _place_at(art: _Article, j: int, b: int) -> tuple[str, int] | None:
    """``in der chinesischen Hauptstadt Peking`` starting at the preposition ``j``."""
    lex = art.lex
    k = j + 1
    steps = 0
    while k < b and steps <= _MAX_PLACE_GAP:
        mi = art.tok_m[k]
        if mi >= 0:
            m = art.mentions[mi]
            if m.label == "LOC" and not art.genitive_modifier(mi) and not _about_a_country(m.text, lex):
                return m.text, art.m_end[mi]
            return None
        w = art.low[k]
        if w in lex.definite or w in lex.indefinite or (art.is_word(k) and w not in lex.function_words):
            k += 1
            steps += 1
            continue
        return None
    return None


# --------------------------------------------------------------------------- one event


def _build(art: _Article, c: _Cand, kept: list[_Cand], events: list[EventMention]) -> EventMention | None:
    lex = art.lex
    low = art.low
    tok = art.tokens[c.i]
    consumed = [(o.i, o.np_end) for o in kept if o is not c and o.kind == "noun"]
    consumed += [(o.det_at, o.i) for o in kept if o is not c and o.kind == "noun"]

    def free(k: int) -> bool:
        return not any(a <= k < b for a, b in consumed)

    ranges = [(c.ca, c.cb)] + ([c.extra] if c.extra else [])
    # -- date
    date, basis = _text_date(art, c, ranges)
    # -- status
    announced = _announced(art, c, ranges, date)
    # -- anaphora: "das Treffen", "Macrons Brief", "ihres Gesprächs"
    if c.kind == "noun" and c.det == "def" and c.head not in lex.confirm_nouns:
        ante = _antecedent(art, c, events)
        if ante is not None and (date is None or ante.date is None or ante.date_basis == "published"
                                 or _dates_meet(date, ante.date)):
            return EventMention(
                type=ante.type, trigger=tok.text, start=tok.start, end=tok.end, sentence=c.si,
                participants=ante.participants, place=ante.place,
                date=date or ante.date, date_basis=basis if date else ante.date_basis,
                status="announced" if announced else ante.status,
            )
    # -- participants: (token index, name, is a person)
    names: list[tuple[int, str, bool]] = []
    if c.kind == "noun":
        if c.possessor >= 0:
            m = art.mentions[c.possessor]
            names.append((art.m_first[c.possessor], m.text, m.label == "PER"))
        for mi in c.np_parts:
            m = art.mentions[mi]
            names.append((art.m_first[mi], m.text, m.label == "PER"))
    own_phrase = bool(names)
    if not c.between:
        for a, b in ranges:
            for mi in _clause_mentions(art, a, b):
                first = art.m_first[mi]
                if not free(first) or (c.kind == "noun" and c.i < first < c.np_end) or mi == c.possessor:
                    continue
                m = art.mentions[mi]
                if art.channel(mi):
                    continue
                if m.label in _ACTOR_LABELS:
                    names.append((first, m.text, m.label == "PER"))
                elif m.label == "LOC" and c.type in _ACTOR_TYPES and art.actor(mi, a):
                    country = lex.place_forms.get(m.text.lower())
                    names.append((first, art.country_name(country) if country else m.text, False))
        if c.type in _ACTOR_TYPES:
            # a country the entity recognizer missed: "Paris entsandte ..."
            for a, b in ranges:
                for k in range(a, b):
                    country = lex.place_forms.get(low[k])
                    if (country and art.tok_m[k] < 0 and art.capitalized(k) and free(k)
                            and not (k + 1 < b and art.capitalized(k + 1) and art.tok_m[k + 1] < 0)
                            and art.actor_position(k, a)):
                        names.append((k, art.country_name(country), False))
        if c.type == "deployment" and not names:
            # no actor named: the troops' nationality is the sender ("10.000 Franzosen")
            for a, b in ranges:
                for k in range(a, b):
                    country = lex.demonym_forms.get(low[k])
                    if country and free(k) and (art.capitalized(k) or (k + 1 < b and _is_troop(art, k + 1))):
                        names.append((k, art.country_name(country), False))
                        break
    if c.type in _PERSON_TYPES and sum(1 for _, _, person in names if person) < 2:
        # "erklärte der russische Chefdiplomat nach einem Treffen mit ...": a
        # role noun stands for the person named before
        role = _role_person(art, c, free)
        if role and _name_keys(role).isdisjoint(set().union(*(_name_keys(n) for _, n, _ in names)) if names else set()):
            names.append((c.i, role, True))
    participants = _unique(n for _, n, _ in sorted(names, key=lambda x: x[0]))
    # -- place
    place = None
    if c.type not in _NO_PLACE_TYPES:
        place = c.place or _clause_place(art, c, free)
    # -- what does not count
    if c.kind == "noun" and date is None and not c.between and c.prep not in lex.participation_preps and (
        c.det == "indef" or (c.det is None and c.possessor < 0 and not own_phrase)
    ):
        return None  # a topic, not a report: "bedeutsam genug für eine Neujahrsbotschaft", "Gebühren für Telefonate"
    if c.type == "statement" and (date is None or not participants):
        return None
    if date is None and not announced:
        date, basis = _published_date(art, c)
    if not participants and (date is None or (c.type in _NEED_PARTIES and (place is None or c.kind == "noun"))
                             or (c.type == "agreement" and c.kind == "verb" and not _names_treaty(art, c))):
        return None  # an event with nobody named and nothing to place it is no chronicle entry
    if c.kind == "noun" and c.det == "def" and not own_phrase and date is None:
        return None  # refers back to something not found
    return EventMention(
        type=c.type, trigger=tok.text, start=tok.start, end=tok.end, sentence=c.si,
        participants=participants, place=place, date=date, date_basis=basis if date else None,
        status="announced" if announced else "happened",
    )


def _names_treaty(art: _Article, c: _Cand) -> bool:
    """The clause of an agreement verb names the treaty ("unterzeichneten ... einen Pakt")."""
    for k in range(c.ca, c.cb):
        if art.capitalized(k):
            hit = _noun_type(art.tokens[k].text, art.low[k], art.lex)
            if hit and hit[0] == "agreement":
                return True
    return False


def _unique(names) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:
        if n not in out:
            out.append(n)
    return tuple(out)


def _text_date(art: _Article, c: _Cand, ranges) -> tuple[str | None, str | None]:
    pos = art.starts[c.i]
    best = None
    for a, b in ranges:
        lo = art.starts[a]
        hi = art.tokens[b - 1].end if b > a else lo
        k = bisect.bisect_left(art.timex_starts, lo)
        while k < len(art.timexes) and art.timexes[k].start < hi:
            t = art.timexes[k]
            dist = abs(t.start - pos)
            if best is None or dist < best[0]:
                best = (dist, t.value)
            k += 1
    return (best[1], "text") if best else (None, None)


def _dates_meet(a: str, b: str) -> bool:
    ra, rb = date_range(a), date_range(b)
    return bool(ra and rb and ra[0] <= rb[1] and rb[0] <= ra[1])


def _announced(art: _Article, c: _Cand, ranges, date: str | None) -> bool:
    lex = art.lex
    low = art.low
    if c.kind == "noun":
        if any(low[k].startswith(lex.announce_prefixes) for k in range(max(c.det_at, c.ca), c.i)):
            return True
        if c.prep in lex.before_preps and c.det != "def" and (date is None or not art.published or date_range(date)[0] >= art.published):
            return True
    words: list[str] = []
    for a, b in ranges:
        words += low[a:b]
    s = art.sentences[c.si]
    before = low[s.first_token:c.ca]
    if any(w in lex.future_aux for w in before) and any(w in lex.expect_words for w in before):
        return True  # "Es wird erwartet, dass ..."
    if any(w in lex.future_aux for w in words) and any(
        w.endswith("en") and w.isalpha() and w not in lex.function_words and w not in lex.verbs
        and not w[:1].isupper() for w in words
    ) and not any(w in lex.past_aux for w in words):
        if _has_infinitive(art, ranges):
            return True
    if any(w in lex.schedule_modals for w in words) and any(w in lex.schedule_verbs for w in words):
        return True
    if date and art.published:
        first, _ = date_range(date)
        if first > art.published:
            return True
        if first >= art.published and not _past(art, c, words):
            return True  # "Am Freitag treffen sich ..." on that Friday
    return False


def _has_infinitive(art: _Article, ranges) -> bool:
    """A lower-case word in -en after or before "wird/werden" that is not an adjective."""
    for a, b in ranges:
        for k in range(a, b):
            w = art.low[k]
            if (w.endswith("en") and w.isalpha() and not art.capitalized(k) and w not in art.lex.function_words
                    and not (k + 1 < b and art.capitalized(k + 1) and art.is_word(k + 1))):
                return True
    return False


def _past(art: _Article, c: _Cand, words: list[str]) -> bool:
    lex = art.lex
    if any(w in lex.past_aux for w in words):
        return True
    if c.kind == "verb":
        w = art.low[c.i]
        return w in lex.preterite or w.endswith(("te", "ten"))
    return any(w in lex.preterite or (w.endswith(("te", "ten")) and w in lex.verbs) for w in words)


def _published_date(art: _Article, c: _Cand) -> tuple[str | None, str | None]:
    """The publication date for a report of what just happened."""
    if not art.published:
        return None, None
    lex = art.lex
    words = art.low[c.ca:c.cb]
    if any(w in lex.background or w in lex.pluperfect_aux for w in words):
        return None, None
    if c.si < LEAD_SENTENCES or any(w in lex.just_happened for w in words):
        return art.published, "published"
    return None, None


def _name_keys(name: str) -> set[str]:
    out = set()
    for w in re.split(r"[\s\-‐]+", name.lower()):
        w = w.rstrip("'’")
        if len(w) > 3 and w.endswith("s"):
            w = w[:-1]
        if w:
            out.add(w)
    return out


def _antecedent(art: _Article, c: _Cand, events: list[EventMention]) -> EventMention | None:
    lex = art.lex
    types = {"meeting", "call"} if c.head in lex.talk_nouns else {c.type}
    own = set()
    if c.possessor >= 0:
        own |= _name_keys(art.mentions[c.possessor].text)
    for mi in c.np_parts:
        own |= _name_keys(art.mentions[mi].text)
    s = art.sentences[c.si]
    here = set()
    for mi in _clause_mentions(art, s.first_token, s.last_token):
        if art.mentions[mi].label == "PER":
            here |= _name_keys(art.mentions[mi].text)
    best = None
    for idx, e in enumerate(events):
        if e.type not in types:
            continue
        keys = set().union(*(_name_keys(p) for p in e.participants)) if e.participants else set()
        if own and not own & keys:
            continue
        same_word = e.trigger.lower()[:6] == art.low[c.i][:6]
        score = (len(here & keys), same_word, idx)
        if best is None or score > best[0]:
            best = (score, e)
    return best[1] if best else None


def _is_role(art: _Article, k: int) -> bool:
    if not art.capitalized(k) or art.tok_m[k] >= 0:
        return False
    w = art.low[k]
    if w in art.lex.role_nouns:
        return True
    return any(w.endswith(s) and len(w) > len(s) + 1 for s in _role_suffixes(art.lex))


def _role_person(art: _Article, c: _Cand, free) -> str | None:
    """The person a role noun in the clause stands for: "der russische
    Chefdiplomat" -> the person last named before."""
    lex = art.lex
    found = False
    for k in range(c.ca, c.cb):
        if k == c.i or not free(k) or (c.kind == "noun" and c.i < k < c.np_end):
            continue
        if _is_role(art, k) and any(art.low[p] in lex.definite for p in range(max(c.ca, k - 3), k)):
            found = True
            break
    if not found:
        return None
    s = art.sentences[c.si]
    before = [mi for mi in _clause_mentions(art, s.first_token, c.ca) if art.mentions[mi].label == "PER"]
    if before:
        return art.mentions[before[-1]].text
    for back in range(1, _ROLE_LOOKBACK + 1):
        if c.si - back < 0:
            break
        p = art.sentences[c.si - back]
        persons = [mi for mi in _clause_mentions(art, p.first_token, p.last_token) if art.mentions[mi].label == "PER"]
        if persons:
            return art.mentions[persons[0]].text
    return None


def _clause_place(art: _Article, c: _Cand, free) -> str | None:
    lex = art.lex
    low = art.low
    if c.kind == "verb" and c.type == "visit":
        k = c.i + 1
        if k < c.cb and art.tok_m[k] >= 0 and art.mentions[art.tok_m[k]].label == "LOC":
            return art.mentions[art.tok_m[k]].text  # "besuchte Frankreich"
    hits = []
    for k in range(c.ca, c.cb):
        if low[k] in lex.place_preps and free(k) and not (c.kind == "noun" and c.i < k < c.np_end):
            hit = _place_at(art, k, c.cb)
            if hit:
                hits.append((k, hit[0]))
    after = [h for h in hits if h[0] > c.i]
    if after and c.kind == "verb":
        return after[0][1]
    return hits[-1][1] if hits else None
