"""Figures: numbers that count or measure something, with what, whose, by whose account and when.

A regex over the whole text finds numerals (``10.000``, ``12'000``, ``5,6``) and
number words (``zwei``, ``Tausende``); each is then read outwards: a scale word
(``Milliarden``), a range (``zwischen .. und ..``, ``.. bis maximal ..``), a
bound or approximation before it (``mehr als``, ``knapp``, ``rund``), the unit
noun after it. Numbers that belong to a date, a time expression, an age, a
clock time, a score, an ordinal or a name (``Artikel 5``) are dropped. The
clause around the figure (split at commas) gives its predicate and time; the
sentence gives its attribution. All words come from ``NumberLexicon``.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import dataclass, replace as _replace
from decimal import Decimal

from chronik.extract import figure_measures as fm
from chronik.extract import figure_sources as fs
from chronik.extract.entities import is_role_noun
from chronik.lang.alternations import by_first_letter
from chronik.records import Figure, Mention, Sentence, Timex, Token

_SEP = "'’.\u00a0\u202f"
_DIGITS = (
    r"(?<![\w.,:'’/‐-])(?P<num>\d{1,3}(?:[" + _SEP + r"]\d{3})+(?:,\d+)?|\d+(?:,\d+)?)"
    r"(?![\w]|[.,:/'’]\d|[-‐][^\W\d])"
)
_CLAUSE_BREAK = re.compile(r"[,;:]\s|[()–—\"„“”«»]|\s-\s|\n")
_WORD = re.compile(r"\s*([^\s,;:!?()\"„“”»«]+)")
_CAPWORD = re.compile(r"(?<![\w-])[A-ZÄÖÜ][\w-]*")
_ADJ_END = ("e", "en", "er", "es", "em")


def _alt(words) -> str:
    return "|".join(map(_escape, sorted(set(words), key=lambda w: (-len(w), w))))


def _alt_case_blind(words) -> str:
    """``_alt`` for use inside ``(?i:...)``, grouped by first letter (faster to search a text with)."""
    return by_first_letter(sorted(set(words), key=lambda w: (-len(w), w)), escape=_escape)


def _escape(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"\s+")


@dataclass(frozen=True, slots=True)
class _Compiled:
    atom: re.Pattern
    scale: re.Pattern
    scale_of: dict
    words: dict
    before: re.Pattern
    between_open: re.Pattern
    joiner: re.Pattern
    currency_before: re.Pattern
    currency_of: dict
    predicate: re.Pattern
    predicate_of: dict
    change_of: dict
    change: re.Pattern
    worth_before: re.Pattern
    attribution: tuple
    military: re.Pattern
    counted_of: dict
    noun_predicate_of: dict
    predicate_lemma_of: dict


_CACHE: dict[int, tuple[object, _Compiled]] = {}


@dataclass(frozen=True, slots=True)
class _NoDemonyms:
    forms: dict
    places: dict


_NO_DEMONYMS = _NoDemonyms(forms={}, places={})


def _compile(lex) -> _Compiled:
    """Regexes for one lexicon, built once and kept with the lexicon they belong to."""
    hit = _CACHE.get(id(lex))
    if hit is not None and hit[0] is lex:
        return hit[1]
    words = dict(lex.number_words)
    word_alt = _alt_case_blind(list(words) + list(lex.vague_words))
    atom = re.compile(_DIGITS + r"|(?<![\w-])(?P<word>(?i:" + word_alt + r"))(?![\w]|[-‐]\w)")
    scale = re.compile(r"\s+(?P<s>(?i:" + _alt(w for w, _ in lex.scale_words) + r"))(?![\w])")
    q = r"(?P<{}>(?i:{}))"
    before = re.compile(
        r"(?<![\w])(?:" + "|".join([
            q.format("lower", _alt(lex.lower_bound)), q.format("upper", _alt(lex.upper_bound)),
            q.format("aupper", _alt(lex.approx_upper)), q.format("approx", _alt(lex.approx)),
            q.format("incr", _alt(lex.increment_words)), q.format("change", re.escape(lex.change_marker)),
        ]) + r")\s+$"
    )
    between_open = re.compile(r"(?<![\w])(?i:" + _alt(lex.range_open) + r")\s+$")
    joiner = re.compile(r"\s*(?P<j>(?i:" + _alt(lex.range_joiners) + r"))\s*")
    currency_of = {w: c for w, c in lex.currencies}
    signs = [w for w in currency_of if not w.isalpha() or w in ("fr.", "sfr.", "chf", "eur", "usd")]
    currency_before = re.compile(r"(?<![\w])(?P<c>(?i:" + _alt(signs) + r"))\s?$")
    predicate_of = {p: k for p, k in lex.predicates}
    predicate = re.compile(r"(?<![\w])(?i:" + _alt(predicate_of) + r")(?![\w])")
    change_of = dict(lex.change_verbs)
    change = re.compile(r"(?<![\w])(?i:" + _alt(change_of) + r")(?![\w])")
    worth_before = re.compile(r"(?<![\w])(?i:" + _alt(lex.worth_phrases) + r")\s+(?:\w+\s+){0,3}$")
    det = _alt(lex.determiners)
    # lower-case words with an adjective ending, but no determiner ("gehen der Umfrage zufolge")
    adj = r"(?:(?!(?:" + det + r")\s)[a-zäöüß][\w-]*(?:e|en|er|es|em)\s+){0,2}"
    name = r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*){0,2}"
    # in an attribution phrase a second capitalized word joins only as an acronym ("der Agentur DPA"),
    # so that "aus Japan Waffen" stops before the object
    name1 = (r"(?:[A-ZÄÖÜ][\w-]*er\s+(?=[A-ZÄÖÜ]))?"  # "laut Zentraler Staatsanwaltschaft", "laut Kanzler Scholz"
             r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][A-ZÄÖÜ0-9-]+(?![\w]))?")
    src = _alt(lex.source_nouns)
    genitive = (r"(?:\s+(?i:aus|von|vom|des|der)\s+(?:(?i:" + det + r")\s+)?" + adj + name1
                + r"|\s+[A-ZÄÖÜ][\w-]*s(?![\w])"
                # a genitive plural without article: "nach Angaben lokaler Medien", "syrischer Aktivisten"
                + r"|\s+(?!(?i:der|aus)\s)[a-zäöüß][\w-]*er\s+(?:[a-zäöüß][\w-]*er\s+)?[A-ZÄÖÜ][\w-]*)?")
    # "nach UNO-Angaben", "nach Armeeangaben": a source noun compounded with who gives it
    compound = r"(?:[A-ZÄÖÜ][\w]*-(?=[A-ZÄÖÜ])|[A-ZÄÖÜ][a-zäöüß]+(?=angaben|schätzungen))?"
    prep = re.compile(
        r"(?<![\w])(?P<a>(?i:" + _alt(lex.attribution_preps) + r")\s+(?:(?i:" + det + r")\s+)?" + adj
        + compound + r"(?i:" + src + r")(?![\w])" + genitive
        + r"|(?i:laut)\s+(?:(?i:" + det + r")\s+)?" + adj + name1 + r")"
    )
    post = re.compile(
        r"(?<![\w])(?P<a>(?:(?i:" + det + r")\s+)?" + adj + r"[A-ZÄÖÜ][\w-]*(?:\s+(?i:des|der|von)\s+(?:(?i:" + det
        + r")\s+)?" + adj + r"[A-ZÄÖÜ][\w-]*(?:\s+[A-ZÄÖÜ][\w-]*)?)?)\s+(?i:" + re.escape(lex.attribution_post)
        + r")(?![\w])"  # "Einer Studie der Universität Wien zufolge"
    )
    adv = r"(?:\s+(?:" + _alt(lex.reporting_adverbs) + r")(?:\s+[A-ZÄÖÜ]\w*)?)?"
    verbs = _alt(lex.reporting_verbs)
    subj_verb = re.compile(
        r"(?:^|(?<=[\s,]))(?:(?i:" + det + r")\s+)?" + adj + r"(?P<n>" + name + r")(?:\s+\([^()]{1,20}\))?" + adv
        + r"\s+(?:" + verbs
        + r")(?![\w])"
    )
    verb_subj = re.compile(
        r"(?<![\w])(?:" + verbs + r")\s+(?:(?i:" + _alt(lex.nominative) + r")\s+)" + adj + r"(?P<n>" + name + r")"
    )
    military = re.compile(r"(?i:" + _alt_case_blind(lex.military_cues) + r")")
    compiled = _Compiled(
        atom=atom, scale=scale, scale_of={w: v for w, v in lex.scale_words}, words=words, before=before,
        between_open=between_open, joiner=joiner, currency_before=currency_before, currency_of=currency_of,
        predicate=predicate, predicate_of=predicate_of, change_of=change_of, change=change,
        worth_before=worth_before, attribution=(prep, post, subj_verb, verb_subj), military=military,
        counted_of=dict(lex.counted), noun_predicate_of=dict(lex.noun_predicates),
        predicate_lemma_of=dict(lex.predicate_lemmas),
    )
    _CACHE[id(lex)] = (lex, compiled)
    return compiled


def _value(raw: str) -> Decimal:
    return Decimal(re.sub(r"[" + _SEP + r"]", "", raw).replace(",", "."))


def _plain(d: Decimal | None):
    if d is None:
        return None
    return int(d) if d == d.to_integral_value() else float(d)


def extract_figures(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    timexes: Sequence[Timex],
    mentions: Sequence[Mention],
    lexicon,
    demonyms,
    published: str | None = None,
    view=None,
    quotes: Sequence = (),
    statements: Sequence = (),
) -> tuple[Figure, ...]:
    """Every figure in ``text``, in text order.

    ``timexes`` and ``mentions`` come from the other extractors: numbers inside
    a time expression are not figures, and an entity mention names a figure's
    subject or source. ``lexicon`` is ``NumberLexicon``, ``demonyms`` the
    ``Demonyms`` tables. ``published`` is unused here (``as_of`` is computed in
    ``chronik.link.figures``) and kept for the common extractor signature.
    ``view`` (an ``ArticleView``), when given, lets the parse name the source
    of a figure whose sentence has no attribution phrase (``figure_sources``);
    ``quotes`` (the quote extractor's) give a figure inside a quote its speaker, and ``statements``
    (the statement extractor's) one inside reported speech whose frame the sentence's own parse misses.
    """
    if lexicon is None:
        return ()
    if demonyms is None:
        demonyms = _NO_DEMONYMS
    if view is not None and len(view.syntax.pos) != len(view.tokens):
        view = None  # no parse: the sentence's own phrases only
    c = _compile(lexicon)
    ordinal_ends = {t.end for t in tokens if t.text.endswith(".") and t.text[:-1].isdigit()}
    sent_starts = [s.start for s in sentences]
    spans = sorted((t.start, t.end, t) for t in timexes)
    military = len(c.military.findall(text)) >= lexicon.military_min
    ctx = _Context(text, lexicon, demonyms, c, sentences, sent_starts, mentions, spans, military, view=view)
    figures: list[Figure] = []
    pos = 0
    for m in c.atom.finditer(text):
        if m.start() < pos:
            continue
        fig, end = _read(ctx, m, ordinal_ends)
        if fig is None:
            continue
        pos = end
        if fig.unit is None and figures and figures[-1].sentence == fig.sentence and figures[-1].unit:
            prev = figures[-1]  # "600 Syrer getötet und Tausende verletzt"
            subject = fig.subject if fig.subject is not None else prev.subject
            fig = _replace(fig, unit=prev.unit, counted=prev.counted, subject=subject)
        figures.append(fig)
    figures = fm.tallies(text, lexicon, figures)
    figures = fm.restated(text, lexicon, figures, sentences)
    figures = fm.parts(text, lexicon, figures, sentences)
    if view is not None:
        figures = fm.bracketed(view, text, figures)
    if view is not None and lexicon.source_frames is not None:
        figures = fs.attribute(view, lexicon.source_frames, figures, quotes, statements=statements,
                               phrase_in=lambda si: _phrase_in(ctx, si),
                               is_number=lambda word: c.atom.fullmatch(word) is not None)
    return tuple(figures)


@dataclass(slots=True)
class _Context:
    text: str
    lex: object
    dem: object
    c: _Compiled
    sentences: Sequence[Sentence]
    sent_starts: list
    mentions: Sequence[Mention]
    timexes: list
    military: bool
    sent_cache: dict = None
    view: object = None  # the ArticleView, when the parse is there

    def sentence(self, pos: int) -> int:
        i = bisect_right(self.sent_starts, pos) - 1
        return i if i >= 0 else -1

    def sentence_span(self, idx: int) -> tuple[int, int]:
        if idx < 0:
            return 0, len(self.text)
        s = self.sentences[idx]
        return s.start, s.end

    def sentence_info(self, idx: int):
        if self.sent_cache is None:
            self.sent_cache = {}
        info = self.sent_cache.get(idx)
        if info is None:
            info = _analyse_sentence(self, *self.sentence_span(idx))
            self.sent_cache[idx] = info
        return info


def _atom_value(c: _Compiled, m: re.Match) -> tuple[Decimal | None, bool]:
    """(value, vague) of a numeral or number word match."""
    if m.group("num"):
        return _value(m.group("num")), False
    w = m.group("word").lower()
    if w in c.words:
        return Decimal(c.words[w]), False
    return None, True


def _read(ctx: _Context, m: re.Match, ordinal_ends) -> tuple[Figure | None, int]:
    text, c, lex = ctx.text, ctx.c, ctx.lex
    value, vague = _atom_value(c, m)
    start, end = m.start(), m.end()
    is_digit = m.group("num") is not None
    scaled = False
    if value is not None:
        s = c.scale.match(text, end)
        if s:
            value *= c.scale_of[s.group("s").lower()]
            end, scaled = s.end(), True
    # a range: "3.000 bis 4.000", "zwischen 10.000 und 12.000", "457 Millionen bis maximal 1,2 Milliarden"
    high = value
    is_range = False
    left = text[max(0, start - 40):start]
    opened = bool(c.between_open.search(left))
    if value is not None:
        j = c.joiner.match(text, end)
        if j and (j.group("j").lower() != "und" or opened):
            m2 = c.atom.match(text, j.end())
            if m2 and m2.group("num") is not None or (m2 and m2.group("word") and m2.group("word").lower() in c.words):
                v2, vague2 = _atom_value(c, m2)
                e2 = m2.end()
                s2 = c.scale.match(text, e2)
                if s2:
                    mult = c.scale_of[s2.group("s").lower()]
                    if not scaled and value <= v2:
                        value *= mult
                    v2 *= mult
                    e2 = s2.end()
                if v2 is not None and v2 > value:
                    high, end, is_range = v2, e2, True
    # qualifiers before the number
    bound = None
    approx = increment = change = False
    q_start = start
    for _ in range(3):
        b = c.before.search(text, max(0, q_start - 30), q_start)
        if not b:
            break
        kind = b.lastgroup
        if kind == "lower" and bound is None:
            bound = "lower"
        elif kind == "upper" and bound is None:
            bound = "upper"
        elif kind == "aupper":
            bound, approx = "upper", True
        elif kind == "approx":
            approx = True
        elif kind == "incr":
            increment = True
        elif kind == "change":
            change = True
        q_start = b.start()
    if opened and is_range:
        q_start = c.between_open.search(text, max(0, q_start - 40), q_start).start()
    cur = c.currency_before.search(text, max(0, q_start - 6), q_start)
    currency_word = None
    if cur and is_digit:
        currency_word = cur.group("c")
        q_start = cur.start()
    # what follows: currency, percent, unit noun (after up to two adjectives)
    after = _words_after(text, end, 4)
    unit = adjective = None
    unit_end = end
    first = after[0][0] if after else ""
    fl = first.lower()
    if after and (fl in c.currency_of or fl in lex.percent_words or fl.rstrip(".") in lex.percent_words):
        unit, unit_end = first, after[0][2]
        if fl not in c.currency_of and first.endswith("."):
            unit, unit_end = first[:-1], after[0][2] - 1
        if fl in c.currency_of and first.endswith(".") and fl not in ("fr.", "sfr."):
            unit, unit_end = first[:-1], after[0][2] - 1
    else:
        adjs = []
        for w, ws, we in after[:3]:
            wl = w.lower()
            if w[:1].isupper() or (not adjs and wl in lex.measure_units):
                keep = w if wl in lex.measure_units else w.rstrip(".")
                unit, unit_end = keep, ws + len(keep)
                break
            if wl.endswith(_ADJ_END) and wl not in lex.prepositions and wl not in c.predicate_of \
                    and wl not in lex.determiners and not wl.isdigit():
                adjs.append(w)
                continue
            break
        if unit is not None and adjs:
            adjective = adjs[-1]
    if currency_word is not None and unit is None:
        unit = currency_word
    ul = unit.lower() if unit else None
    strong = bool(scaled or is_range or bound or approx or (ul and (ul in c.currency_of or ul in lex.percent_words
                  or ul in c.counted_of or ctx.dem.forms.get(ul))))
    if not is_range and not scaled and _not_a_figure(ctx, m, start, end, ul, value, strong, ordinal_ends, approx or bound):
        return None, 0
    if not is_range and not scaled and unit is None and not (bound or approx or currency_word) \
            and _name_number(text, start):
        return None, 0  # "Eurosport 2", "Internet Explorer 6", "ORF 3"
    if ul and (ul.rstrip(".") in lex.time_units or ul in lex.age_words or ul in lex.clock_words or ul in lex.month_words):
        return None, 0
    low = value
    hi = high
    if bound == "lower" and not is_range:
        hi = None
    elif bound == "upper" and not is_range:
        low = None
    if is_range:
        bound = None if bound != "upper" else None
    text_end = max(end, unit_end)
    sent = ctx.sentence(start)
    counted, subject = _counted_and_subject(ctx, unit, adjective, unit_end)
    info = ctx.sentence_info(sent)
    c_start, c_end = _clause(info, start, text_end)
    predicate = _predicate(ctx, info, q_start, text_end, c_start, c_end, ul, change)
    if predicate is None and ctx.view is not None:
        # any measure: the lemma of the verb governing the number; an amount, a share or a measure
        # (Euro, Prozent, km) measures something named in the clause ("Der Umsatz legte auf 4 Mrd. Euro zu")
        amount = bool(ul) and (ul in c.currency_of or ul in lex.percent_words or ul in lex.measure_units)
        predicate = fm.measure_lemma(ctx.view, lex, c.predicate_lemma_of, start, text_end, amount)
    attribution, attr_span = _attribution(info, q_start, text_end, c_start, c_end, ctx.lex.source_nouns,
                                          ctx.lex.determiners)
    if subject is None:
        subject = _agent(ctx, info, c_start, c_end, q_start, text_end, attr_span)
    if subject is None and ctx.view is not None:
        subject = fm.named_subject(ctx.view, ctx.dem.places, start, attr_span)
    time = _time(ctx, c_start, c_end, start, text_end)
    fig = Figure(
        start=q_start, end=text_end, text=text[q_start:text_end], low=_plain(low), high=_plain(hi), bound=bound,
        approx=approx, vague=vague, unit=unit, counted=counted, predicate=predicate, subject=subject,
        attribution=attribution, time=time, sentence=sent,
    )
    return fig, end


def _words_after(text: str, pos: int, n: int):
    out = []
    for _ in range(n):
        w = _WORD.match(text, pos)
        if not w or "\n" in text[pos:w.start(1)]:
            break
        out.append((w.group(1), w.start(1), w.end(1)))
        pos = w.end()
    return out


def _not_a_figure(ctx, m, start, end, ul, value, strong, ordinal_ends, qualified) -> bool:
    text, lex = ctx.text, ctx.lex
    if end in ordinal_ends or (text[end:end + 1] == "." and m.group("num") and end + 1 in ordinal_ends):
        return True  # "80. Jahrestag"
    for ts, te, t in ctx.timexes:
        if ts >= end:
            break
        if te > start and not strong:
            return True  # "vor 80 Jahren", "15. August 1945"
    if text[start - 1:start] == "(" and text[end:end + 1] == ")":
        return True  # "Angela Merkel (61)"
    if text[end:end + 1] == "." and not text[end + 1:end + 2].isspace() and text[end + 1:end + 2] != "":
        return True  # "(56.)", "(32./SH)": ordinals in result lines
    if text[end:end + 1] == ")" and text[start - 1:start] != "(":
        return True  # list numbering "4)"
    if _TUPLE.match(text, end) or _TUPLE_BEFORE.search(text, max(0, start - 4), start):
        return True  # "144 x 75,2 x 8,9 mm", "1.440 x 2.560 Pixel"
    prev = _prev_word(text, start)
    pl = prev.lower()
    if pl in lex.id_words or pl in lex.month_words:
        return True  # "Artikel 5", "August 1945"
    raw = m.group("num")
    if raw and raw.isdigit() and len(raw) == 4 and 1000 <= int(raw) <= 2100:
        if pl in lex.year_context or not strong or (not qualified and ul not in ctx.c.counted_of
                                                    and not ctx.dem.forms.get(ul or "")
                                                    and ul not in ctx.c.currency_of and ul not in lex.percent_words):
            return True  # a year
    return False


_TUPLE = re.compile(r"\s?[x×]\s?\d")
_TUPLE_BEFORE = re.compile(r"\d\s?[x×]\s?$")


def _name_number(text: str, start: int) -> bool:
    """A bare number right after a capitalized word inside a sentence names a thing."""
    i = start
    while i > 0 and text[i - 1] == " ":
        i -= 1
    if i == start or i == 0:
        return False
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    word = text[j:i]
    if not word[:1].isupper() or not word.isalnum() and not word.replace("-", "").isalnum():
        return False
    k = j
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return k > 0 and text[k - 1] not in ".!?\n:–\"„“”«»"


def _prev_word(text: str, pos: int) -> str:
    i = pos
    while i > 0 and text[i - 1] in " \t\u00a0":
        i -= 1
    j = i
    while j > 0 and not text[j - 1].isspace():
        j -= 1
    return text[j:i].strip("\"„“”«»(")


def _counted_and_subject(ctx: _Context, unit, adjective, unit_end):
    if unit is None:
        return None, None
    c, dem, lex = ctx.c, ctx.dem, ctx.lex
    ul = unit.lower()
    subject = None
    if ul in c.currency_of:
        return c.currency_of[ul], None
    if ul in lex.percent_words:
        return "percent", None
    place = dem.forms.get(ul)
    if place is not None:  # "600 Syrer"
        subject = place
        counted = lex.military_kind if ctx.military else lex.person_kind
    else:
        counted = c.counted_of.get(ul)
        if counted is None:  # any noun: what is counted is its lemma ("Dateien": Datei)
            counted = fm.noun_lemma(ctx.view.lemmatize, unit) if ctx.view is not None and unit[:1].isupper() \
                and ctx.view.lemmatize is not None else ul
    if subject is None and adjective is not None:
        subject = dem.forms.get(adjective.lower())  # "französische Soldaten"
    if subject is None:
        nxt = _words_after(ctx.text, unit_end, 2)
        if len(nxt) == 2 and nxt[0][0].lower() in ("aus", "von"):
            subject = dem.places.get(nxt[1][0].lower())  # "Soldaten aus Syrien"
    return counted, subject


def _analyse_sentence(ctx: _Context, s_start: int, s_end: int):
    text, c = ctx.text, ctx.c
    breaks = [s_start] + [b.start() for b in _CLAUSE_BREAK.finditer(text, s_start, s_end)] + [s_end]
    preds = [(p.start(), p.end(), c.predicate_of[re.sub(r"\s+", " ", p.group(0).lower())])
             for p in c.predicate.finditer(text, s_start, s_end)]
    changes = [(p.start(), c.change_of[p.group(0).lower()]) for p in c.change.finditer(text, s_start, s_end)]
    attrs = []
    prep, post, subj_verb, verb_subj = c.attribution
    for p in prep.finditer(text, s_start, s_end):
        a_end = _name_end(ctx, p.start("a"), p.end("a"))  # "laut Stadtpolizeikommandant Kurt Kemeter"
        a_end = _owner_end(ctx, p.start("a"), a_end, s_end)  # "nach Angaben eines Polizeisprechers"
        phrase = _trim(ctx, text[p.start("a"):a_end])
        if phrase and text.startswith(phrase, p.start("a")):
            a_end = p.start("a") + len(phrase)  # "laut Veranstalter Tausende": the number is no part of it
        attrs.append((p.start("a"), a_end, phrase, 0))
    for p in post.finditer(text, s_start, s_end):
        phrase = p.group("a")
        a_start = p.start("a")
        first = phrase.split(None, 1)[0]
        if first[:1].isupper() and first.lower() in ctx.lex.determiners and len(phrase.split()) > 1:
            pass  # "Den Angaben zufolge": keep the determiner
        named = _name_start(ctx, a_start, s_start)
        if named < a_start:  # "Amnesty International zufolge": the name the pattern cut in two
            phrase, a_start = text[named:a_start] + phrase, named
        owner = _OWNER_BEFORE.search(text, max(s_start, a_start - 60), a_start)
        if owner is not None:  # "dem Bericht vom Donnerstag zufolge": the noun the attribute belongs to
            phrase, a_start = text[owner.start():a_start] + phrase, owner.start()
        lead = _lead_verbs(ctx, a_start, a_start + len(phrase))
        if lead:  # "Rund 4000 Postler waren Verdi zufolge": a verb the adjective pattern took
            phrase, a_start = phrase[lead:], a_start + lead
        attrs.append((a_start, p.end(), phrase + " " + ctx.lex.attribution_post, 0))
    for rx in (subj_verb, verb_subj):
        for p in rx.finditer(text, s_start, s_end):
            if rx is subj_verb and (_PREP_BEFORE.search(text, max(s_start, p.start() - 12), p.start())
                                    or _DATIVE.match(text, p.start()) and _NOUN_BEFORE.search(
                                        text, max(s_start + 1, p.start() - 40), p.start())):
                continue  # "unter Berufung auf die Polizei berichtete", "ein Polizeisprecher der APA sagte"
            if rx is subj_verb and _counted_by_number(ctx, p.start("n"), s_start):
                continue  # "mit 360.000 bzw. etwa 1 Mio. Euro beziffert": the unit a number counts is no one
            if rx is verb_subj and _subject_before(ctx, p.start(), p.start("n")):
                continue  # "Der Bürgermeister bezifferte die Kosten auf ...": "die Kosten" is the object
            if _other_verb(ctx, p.start("n") if rx is verb_subj else p.end("n"), rx is verb_subj):
                continue  # "meldete der Hersteller ... ein Sanierungsverfahren an": "anmelden" reports nothing
            name = _appositive_name(ctx, p.end("n"), s_end) or _mention_name(ctx, p.start("n"), p.end("n")) \
                or _trim(ctx, p.group("n"))
            owner = _OWNER_AFTER.match(text, p.end("n"), s_end) if rx is verb_subj and name == p.group("n") else None
            if owner is not None and owner.group("art") not in _GENITIVE_ONLY:
                owner = None  # ("der" also opens an addressee: "sagte ein Sprecher der Zeitung")
            if owner is not None:  # "sagte ein Sprecher des Innenministeriums": the owner is part of who
                name = text[p.start("n"):owner.end()]
            head = _HEAD_BEFORE.search(text, max(s_start, p.start() - 40), p.start()) \
                if rx is subj_verb and text[p.start():p.start("n")].split()[:1] in (["des"], ["eines"]) else None
            if head is not None:  # "Ein Sprecher des Unternehmens bezifferte": a genitive is no subject, its noun is
                name = text[head.start("h"):p.start("n")] + name
            frames = ctx.lex.source_frames
            if name and not name.lower() in ctx.lex.determiners \
                    and not (frames is not None and (name.lower() in frames.not_sources
                                                     or name.lower() in frames.measure_nouns)):
                # "Er sagte", "Wie berichtet", "bestätigte die Zahl von 300 Toten"
                attrs.append((p.start("n"), p.end("n"), name, 1))
    return breaks, preds, changes, attrs


# "nach Angaben eines Polizeisprechers", "laut einem Sprecher der Polizei", "sagte ein Sprecher des
# Innenministeriums": the genitive owner after a noun (Duden: Genitivattribut), up to two deep in an attribution
# phrase ("eines Sprechers der Gewerkschaft Verdi"). "des" and "eines" open a genitive only (Duden, declension
# of "der" and "ein"); "der" and "einer" also open a subject, a dative or an addressee.
_OWNER_AFTER = re.compile(r"\s+(?P<art>des|der|eines|einer)\s+(?:[a-zäöüß][\w-]*(?:e|en|er|es)\s+){0,2}"
                          r"(?P<n>[A-ZÄÖÜ][\w-]*)")
_GENITIVE_ONLY = frozenset({"des", "eines"})


def _owner_end(ctx: _Context, start: int, end: int, s_end: int) -> int:
    """The end of the attribution phrase ``start``-``end`` with the genitive owners after it. An owner
    opened by ``der`` or ``einer`` (also a subject's or a dative's: "hat laut Polizei der Fahrer ...")
    joins only where the words rule the subject out (``_not_nominative``), after a role noun, or where
    the phrase fills the place before the finite verb (verb second: one phrase only stands there, "Laut einem Sprecher der Polizei wurden ...")."""
    for _ in range(2):
        m = _OWNER_AFTER.match(ctx.text, end, s_end)
        if m is None:
            break
        owner_end = _name_end(ctx, m.start("n"), m.end("n"))
        if m.group("art") not in _GENITIVE_ONLY and not _not_nominative(ctx, m, owner_end) \
                and not _fronted(ctx, start, owner_end) and not _role_before(ctx, end):
            break
        end = owner_end
    return end


def _not_nominative(ctx: _Context, m: re.Match, end: int) -> bool:
    """``der`` or ``einer`` of the owner match ``m`` is no subject's article: an adjective after it ends in
    ``-en`` (weak declension: the nominative singular ends in ``-e``, "der steirische Polizist"; Duden), as
    in ``der steirischen Polizei``, or the owner ends the sentence (``laut Index der AK Oberösterreich.``)."""
    between = ctx.text[m.end("art"):m.start("n")].split()
    return bool(between) and between[-1].endswith("en") \
        or ctx.text[end:end + 1] in (".", "")


def _role_before(ctx: _Context, end: int) -> bool:
    """The phrase ends with a role noun (``laut einem Sprecher``, ``eines Sprechers``), which names a
    post and takes the body it serves as its genitive (``der Polizei``), not a subject after it."""
    frames = ctx.lex.source_frames
    words = ctx.text[max(0, end - 40):end].split()
    return frames is not None and bool(words) \
        and any(is_role_noun(w, frames) for w in (words[-1], words[-1].removesuffix("s")))


def _fronted(ctx: _Context, start: int, end: int) -> bool:
    """The phrase ``start``-``end`` opens its sentence and the finite verb follows it."""
    view = ctx.view
    if view is None:
        return False
    first, after = view.token_at(start), view.token_at(end)
    if after >= len(view.tokens) or view.sentence_of[after] != view.sentence_of[first]:
        return False
    opening = view.sentences[view.sentence_of[first]].first_token
    return all(view.in_dateline(k) for k in range(opening, first)) \
        and view.pos(after) in ("VERB", "AUX") \
        and (view.feature(after, "VerbForm") == "Fin" or view.feature(after, "Mood") is not None)


# "Ein Sprecher des Unternehmens bezifferte": the noun a genitive subject read by pattern belongs to, with
# an article that can open a subject
_HEAD_BEFORE = re.compile(r"(?<![\w])(?P<h>(?:(?:[Ee]in|[Ee]ine|[Dd]er|[Dd]ie|[Dd]as)\s+)?[A-ZÄÖÜ][\w-]*)\s+$")

# "dem Bericht vom Donnerstag zufolge": a noun with its article, then the preposition or article of an
# attribute, right before a "zufolge" phrase.
_OWNER_BEFORE = re.compile(r"(?<![\w])(?:(?:dem|den|der|einem|einer|des|eines)\s+)[A-ZÄÖÜ][\w-]*"
                           r"\s+(?:vom|von|des|der)\s+$")


def _lead_verbs(ctx: _Context, start: int, end: int) -> int:
    """The length of the finite verbs the parse finds at the start of the phrase at ``start``."""
    view = ctx.view
    if view is None:
        return 0
    k = view.token_at(start)
    cut = 0
    while k < len(view.tokens) and view.tokens[k].start < end and view.pos(k) in ("VERB", "AUX") \
            and view.tokens[k].text.islower():
        k += 1
        cut = view.tokens[k].start - start if k < len(view.tokens) else 0
    return cut


# A preposition right before a name a verb follows: the name is its object, not the subject.
_PREP_BEFORE = re.compile(r"(?<![\w])(?:auf|mit|von|vom|bei|beim|für|gegen|über|unter|aus|zu|zur|zum|in|im)\s+$")

# "Wie ein Polizeisprecher der APA sagte": a noun phrase after a noun, before the verb, is the
# addressee (dative) or a genitive; the subject is the noun before it, left to the parse.
_DATIVE = re.compile(r"(?:der|dem)\s")
_NOUN_BEFORE = re.compile(r"[A-ZÄÖÜ][\w-]*\s+$")

# "der Geschäftsführer des AIT, Wolfgang Knoll,": a role, perhaps its genitive, then the name
_APPOSITION = re.compile(r"(?:\s+(?:des|der|für|von|vom|im|in|am)\s+[\w-]+(?:\s+[\w-]+)?)?,\s+")


def _counted_by_number(ctx: _Context, start: int, s_start: int) -> bool:
    """The word before offset ``start`` is a number or a scale word (``1 Mio.``, ``300``): the noun
    after it is what the number counts or its unit, never the subject that gives it."""
    words = ctx.text[max(s_start, start - 20):start].split()
    if not words:
        return False
    last = words[-1].rstrip(",")
    return ctx.c.atom.fullmatch(last) is not None or last.lower() in ctx.c.scale_of


def _other_verb(ctx: _Context, at: int, before: bool) -> bool:
    """The reporting verb next to offset ``at`` (before it, or after it) has a separable particle that
    makes it another verb than a frame (``meldete ... an``: anmelden), as the parse reads it."""
    view, frames = ctx.view, ctx.lex.source_frames
    if view is None or frames is None:
        return False
    k = view.token_at(at)
    v = k - 1 if before else k
    while 0 <= v < len(view.tokens) and view.pos(v) not in ("VERB", "AUX") and abs(v - k) < 6:
        v = v - 1 if before else v + 1
    if not 0 <= v < len(view.tokens) or view.pos(v) not in ("VERB", "AUX"):
        return False
    has_particle = any(view.dep(c) == "compound:prt" and view.tokens[c].text.isalpha() for c in view.children[v])
    return has_particle and fs.source_lemma(view, frames, v) not in frames.verbs


def _subject_before(ctx: _Context, verb: int, name: int) -> bool:
    """The verb at offset ``verb`` has its subject, a noun phrase, before it in the parse (German verb
    second: ``Ein Sprecher bestätigte der APA ...``), so the phrase after it at ``name`` is an object
    or an addressee, whatever its article (``die``, ``der`` are also accusative and dative)."""
    view = ctx.view
    if view is None:
        return False
    frames = ctx.lex.source_frames
    v, n = view.token_at(verb), view.token_at(name)
    s = view.subject(v)
    if s is None or not s < v or view.sentence_of[s] != view.sentence_of[v] or n in view.subtree(s) \
            or view.tokens[v - 1].text in (",", "–", ":"):
        return False  # "..., erklärte der UNO-Hochkommissar": a trailing frame's subject follows its verb
    # only an unambiguous nominative ("Der Bürgermeister", "Ein Sprecher"): "Die Aktiva der Aval
    # beziffert die Ratingagentur" fronts the object, and its article reads either way
    dets = [c for c in view.children[s] if view.dep(c) == "det" and c < s]
    return bool(dets) and view.tokens[dets[0]].text.lower() in frames.nominative_articles \
        and view.feature(s, "Gender") == "Masc" and view.feature(s, "Number") == "Sing"


def _appositive_name(ctx: _Context, end: int, s_end: int) -> str | None:
    """The person's name set off by commas after a role (``sagte der Sprecher der Polizei, Hans
    Huber, am Montag``), from the entity mentions."""
    m = _APPOSITION.match(ctx.text, end, s_end)
    if m is None:
        return None
    for mn in ctx.mentions:
        if mn.start == m.end() and mn.label == "PER" and ctx.text[mn.end:mn.end + 1] in (",", ".", " ", ""):
            return mn.text
    return None


def _name_start(ctx: _Context, start: int, s_start: int) -> int:
    """The start of a phrase, moved to the start of a name (an entity mention) that it begins inside."""
    for mn in ctx.mentions:
        if s_start <= mn.start < start < mn.end and "\n" not in ctx.text[mn.start:start]:
            return mn.start
    return start


def _name_end(ctx: _Context, start: int, end: int) -> int:
    """The end of a phrase, moved to the end of a name that it cuts in two."""
    for mn in ctx.mentions:
        if start <= mn.start <= end + 1 and end < mn.end and not ctx.text[end:mn.start].strip() \
                and "\n" not in ctx.text[end:mn.end]:
            return mn.end
    return end


def _trim(ctx: _Context, phrase: str) -> str:
    """Cut a phrase before a number word or a vague word it swallowed ("laut Polizei Tausende")."""
    words = phrase.split()
    out = []
    for w in words:
        wl = w.lower()
        if wl in ctx.c.words or wl in ctx.lex.vague_words:
            break
        out.append(w)
    return " ".join(out)


def _mention_name(ctx: _Context, start: int, end: int) -> str | None:
    """The name (an entity mention) in the phrase ``start``-``end``; the whole phrase where a mention that
    names no person only ends it (``Statistik Austria`` with ``Austria`` recognized: the body, not the
    country; but ``Bürgermeister Hans Huber`` stays the person's name)."""
    for mn in ctx.mentions:
        if mn.start <= start < mn.end or start <= mn.start < end:
            if start < mn.start and mn.end >= end and mn.label != "PER" \
                    and ctx.text[start:mn.start].strip()[:1].isupper() \
                    and " " not in ctx.text[start:mn.start].strip():
                return ctx.text[start:mn.end]
            return mn.text
    return None


def _phrase_in(ctx, si: int) -> str | None:
    """The first attribution phrase of sentence ``si`` (``laut X``, ``X zufolge``), or None."""
    attrs = [a for a in ctx.sentence_info(si)[3] if a[2]]
    return min(attrs, key=lambda a: (a[3], a[0]))[2] if attrs else None


def _clause(info, start, end):
    breaks = info[0]
    i = bisect_right(breaks, start) - 1
    c_start = breaks[max(i, 0)]
    j = bisect_right(breaks, end - 1)
    c_end = breaks[min(j, len(breaks) - 1)]
    return c_start, max(c_end, end)


def _predicate(ctx, info, start, end, c_start, c_end, ul, change):
    _, preds, changes, _ = info
    if change:
        for p, kind in changes:
            if end <= p < c_end:
                return kind
    if ul and ul in ctx.c.noun_predicate_of:
        return ctx.c.noun_predicate_of[ul]
    if ctx.c.worth_before.search(ctx.text, max(0, start - 50), start):
        return "worth"
    for ps, pe, kind in preds:
        if ps >= end and pe <= c_end:
            return kind
    for ps, pe, kind in reversed(preds):
        if pe <= start and ps >= c_start:
            return kind
    return None


def _ownerless(phrase: str, source_nouns, determiners) -> bool:
    """``nach jüngsten Angaben``, ``Berichten zufolge``: a source noun with no one named after it and
    no determiner pointing to one document (``laut dem Bericht`` names one)."""
    words = [w for w in phrase.split() if w.lower() != "zufolge"]
    return bool(words) and words[-1].lower() in source_nouns and not any(w.lower() in determiners for w in words)


def _attribution(info, start, end, c_start, c_end, source_nouns=(), determiners=()):
    attrs = info[3]
    best = None
    best_key = None
    # an attribution phrase ("laut X", "X zufolge") before a reporting frame, the figure's own clause
    # before the rest of the sentence, then the nearest
    for a_start, a_end, phrase, rank in attrs:
        if a_start < end and a_end > start or not phrase:
            continue
        dist = a_start - end if a_start >= end else start - a_end
        same = c_start <= a_start and a_end <= c_end
        if not same and rank == 0 and _ownerless(phrase, source_nouns, determiners):
            continue  # "hatte nach jüngsten Angaben rund 700 Beschäftigte, ...": no one, and another clause
        key = (not same, rank, dist)
        if best_key is None or key < best_key:
            best, best_key = (phrase, (a_start, a_end)), key
    if best is None:
        return None, None
    return best


def _agent(ctx, info, c_start, c_end, f_start, f_end, attr_span):
    """The first place or entity in the clause that is no prepositional object and no source."""
    text, lex, dem = ctx.text, ctx.lex, ctx.dem
    for w in _CAPWORD.finditer(text, c_start, c_end):
        ws, we = w.start(), w.end()
        if f_start <= ws < f_end:
            continue
        if attr_span and attr_span[0] <= ws < attr_span[1]:
            continue
        if _prev_word(text, ws).lower() in lex.prepositions:
            continue
        name = None
        for mn in ctx.mentions:
            if mn.start <= ws < mn.end and mn.label in ("LOC", "ORG", "PER"):
                name = dem.places.get(mn.text.lower(), mn.text)
                break
        if name is None:
            name = dem.places.get(w.group(0).lower())
        if name is not None:
            return name
    return None


def _time(ctx, c_start, c_end, start, end):
    best = None
    for ts, te, t in ctx.timexes:
        if ts >= c_end:
            break
        if te <= c_start or (ts < end and te > start):
            continue
        if t.type != "DATE" or not t.value:
            continue
        dist = ts - end if ts >= end else start - te
        if best is None or dist < best[0]:
            best = (dist, _narrowed(t))
    return best[1] if best else None


def _narrowed(t: Timex) -> str:
    """A year with START/END ("Anfang des Jahres" = 2025 START) read as its half (2025-H1),
    so that the figure's as_of falls in that part of the year."""
    if t.mod in ("START", "END") and re.fullmatch(r"\d{4}", t.value):
        return t.value + ("-H1" if t.mod == "START" else "-H2")
    return t.value
