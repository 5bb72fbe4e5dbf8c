"""What a figure measures, read from the language core's parse, so that a series can form for any
measure: the lemma of the verb that governs the number (``nahm ... fest``: festnehmen; a listed
measure under its normalized name: ``tötete``: killed), for an amount (money, a share, a measure)
the noun it measures (``Der Umsatz legte auf 4 Mrd. Euro zu``: Umsatz), the named subject of that
verb, and the two sides of a vote (``mit 310 zu 299 Stimmen``).

Every word list is in ``NumberLexicon`` (``chronik.lang.de.numbers``).
"""
from __future__ import annotations

import re
from dataclasses import replace

from chronik.extract.figure_sources import frame_lemma
from chronik.extract.view import ArticleView
from chronik.records import Figure


def governing_verb(view: ArticleView, start: int) -> int | None:
    """The verb above the number at ``start`` in the parse, within its sentence."""
    k = view.token_at(start)
    if k >= len(view.tokens):
        return None
    si = view.sentence_of[k]
    for _ in range(12):
        if view.pos(k) == "VERB":
            return k
        h = view.head(k)
        if h == k or view.sentence_of[h] != si:
            return None
        k = h
    return None


def named_subject(view: ArticleView, places: dict, start: int, attr_span) -> str | None:
    """The subject of the verb that governs the number, when it is a name: a proper noun that is
    an entity mention or a known place. The tag alone names nothing: the tagger reads capitalized
    words as proper nouns ("Sieben der acht Spiele", "Demgemäß", "Drei Tote"), and such a subject
    would let a series span articles (``chronik.link.figures``) by a word any article may have."""
    verb = governing_verb(view, start)
    if verb is None:
        return None
    subj = view.subject(verb)
    if subj is None or view.pos(subj) != "PROPN" or not view.tokens[subj].text[:1].isupper():
        return None
    if attr_span and attr_span[0] <= view.tokens[subj].start < attr_span[1]:
        return None  # the source, not whose figure it is
    mi = view.mention_at[subj]
    name = view.mentions[mi].text if mi >= 0 else view.tokens[subj].text
    place = places.get(name.lower())
    if place is not None:
        return place
    return name if mi >= 0 else None


# The shortest head a compound noun is split at ("Gebühren" in "Gerichtsgebühren"): shorter
# endings are mostly word parts ("-ung", "-heit") that the lookup would wrongly take for nouns.
MIN_HEAD = 4


def noun_lemma(lemmatize, word: str, lemma: str | None = None) -> str:
    """A noun's lemma; for a compound the lookup does not know (``Gerichtsgebühren``), its
    modifier and the lemma of its longest known head (``Gerichtsgebühr``), so that the plural of a
    compound counts as its singular. ``lemma``: the lemma the parse already gives."""
    if lemma is None:
        lemma = lemmatize(word, "NOUN") if lemmatize is not None else word
    known = getattr(lemmatize, "known", None)
    if lemma != word or known is None or not word[:1].isupper() or known(word):
        return lemma
    cut = word.rfind("-")
    if cut > 0:  # "Demo-Spielen": the part after the last hyphen
        head = word[cut + 1:]
        return word[:cut + 1] + lemmatize(head, "NOUN") if head[:1].isupper() else lemma
    for i in range(1, len(word) - MIN_HEAD + 1):
        head = word[i:].capitalize()
        if known(head):
            head_lemma = lemmatize(head, "NOUN")
            return word[:i] + head_lemma.lower() if head_lemma != head and known(head_lemma) else lemma
    return lemma


def measure_lemma(view: ArticleView, lex, listed_of: dict, start: int, end: int, amount: bool = False) -> str | None:
    """The lemma of the verb above the number at ``start`` in the parse, with its particle
    (``nahm ... fest``: festnehmen), or for a verb that only states a measure (``betragen``)
    the lemma of its subject noun, as for any verb of an ``amount`` (money, a share, a measure);
    None when no verb of its sentence governs the number."""
    verb = governing_verb(view, start)
    if verb is None or start <= view.tokens[verb].start < end:
        return None  # no verb, or a number word the tagger read as one ("hundert")
    lemma = frame_lemma(view, verb, lex.separable_particles)
    listed = listed_of.get(lemma)
    if listed is not None:
        return listed  # a listed measure under its normalized name ("tötete": killed)
    frames = lex.source_frames
    if amount and frames is not None and lemma in frames.verbs:
        # "Die Polizei beziffert den Schaden auf 3 Millionen Euro": the object is what is measured
        for obj in view.objects(verb):
            if view.pos(obj) == "NOUN" and not start <= view.tokens[obj].start < end:
                return noun_lemma(view.lemmatize, view.tokens[obj].text, view.lemma(obj))
        return None  # "meldete 3 Prozent": a frame says who gives the amount, not what it measures
    if amount or lemma in lex.measure_verbs:  # "Die Inflationsrate betrug 0,7 Prozent": what is measured
        subj = view.subject(verb)
        if subj is not None and view.pos(subj) == "NOUN" and not start <= view.tokens[subj].start < end:
            return noun_lemma(view.lemmatize, view.tokens[subj].text, view.lemma(subj))
    if lemma in lex.light_verbs and (amount or lemma not in lex.existential_verbs):
        return None  # "macht 3 Prozent", "kamen auf 39 Prozent (44 Mandate)": it names nothing measured
    return lemma  # and "Es gab 16.579 Anzeigen": how many of what is counted there are


def tallies(text: str, lex, figures: list[Figure]) -> list[Figure]:
    """``mit 310 zu 299 Stimmen``: the first number counts what the second names, for;
    the second counts it against (``votes against``), so that each side is its own series."""
    joiners = {w.lower() for w in lex.tally_joiners}
    against = dict(lex.tally_sides)
    out = list(figures)
    for i in range(len(out) - 1):
        a, b = out[i], out[i + 1]
        if a.unit is not None or b.unit is None or a.sentence != b.sentence or a.vague or b.vague:
            continue
        if text[a.end:b.start].strip().lower() not in joiners or b.counted not in against:
            continue
        out[i] = replace(a, unit=b.unit, counted=b.counted, predicate=a.predicate or b.predicate,
                          subject=a.subject if a.subject is not None else b.subject)
        out[i + 1] = replace(b, counted=against[b.counted])
    return out


def restated(text: str, lex, figures: list[Figure], sentences) -> list[Figure]:
    """``New Orleans zählte 452.000 Einwohner, 2014 waren es 384.000``: a figure of a clause with
    ``es`` and a form of ``sein`` (``sind es``, ``sollen es ... sein``) restates the measure of the
    last figure before it, in its sentence or the two before, that counts the same: it takes that
    figure's predicate (and its subject where it names none), and none where that figure has none."""
    forms = "|".join(sorted(lex.restating_verbs, key=lambda w: (-len(w), w)))
    if not forms:
        return list(figures)
    cue = re.compile(r"(?i)\b(?:(?:" + forms + r")\s+es|es\s+(?:" + forms + r"))\b")
    out = list(figures)
    for i, f in enumerate(out):
        if f.predicate is not None or f.counted is None or not 0 <= f.sentence < len(sentences):
            continue
        s_start = sentences[f.sentence].start
        opening = max(s_start, *(text.rfind(p, s_start, f.start) + 1 for p in ",;:("))
        if not cue.search(text, opening, f.start):
            continue
        for j in range(i - 1, -1, -1):
            prev = out[j]
            if prev.sentence < f.sentence - 2:
                break
            if prev.counted == f.counted:
                if prev.predicate is not None:
                    out[i] = replace(f, predicate=prev.predicate,
                                     subject=f.subject if f.subject is not None else prev.subject)
                break  # the nearest such figure is the one restated, measured or not
    return out


def parts(text: str, lex, figures: list[Figure], sentences) -> list[Figure]:
    """``45.000 Teilnehmer, davon 16.000 in Duisburg``: a figure of a clause opened by ``davon``,
    ``darunter``, ``von ihnen`` counts a part of the figure before it, not that measure again: it
    joins no series (its predicate is dropped); nor does a difference (``335 Anzeigen weniger als
    2014``, ``das waren 830 mehr``), which is no value of the measure it compares."""
    words = "|".join(sorted((re.escape(w) for w in lex.part_openers), key=lambda w: (-len(w), w)))
    if not words:
        return list(figures)
    cue = re.compile(r"(?i)(?<!\w)(?:" + words + r")(?!\w)")
    difference = re.compile(r"\s+(?:" + "|".join(lex.difference_words) + r")(?!\w)")
    out = list(figures)
    for i, f in enumerate(out):
        if f.predicate is None or not 0 <= f.sentence < len(sentences):
            continue
        s_start = sentences[f.sentence].start
        opening = max(s_start, *(text.rfind(p, s_start, f.start) + 1 for p in ",;:(–"))
        if cue.search(text, opening, f.start) or difference.match(text, f.end):
            out[i] = replace(f, predicate=None)
        elif i and out[i - 1].sentence == f.sentence and (d := difference.match(text, out[i - 1].end)) \
                and f.start <= d.end():
            out[i] = replace(f, predicate=None)  # "335 weniger als 2014": what the difference is taken from
    return out


_OPEN = re.compile(r"\(\s*$")
_CLOSE = re.compile(r"\s*\)")


def bracketed(view: ArticleView, text: str, figures: list[Figure]) -> list[Figure]:
    """``Der Hauptpreis (20.000 Euro) geht an ...``: a figure that stands alone in brackets right
    after a common noun, with no verb of its own, gives the value of that noun: the noun's lemma
    names its measure. Not after a name (``Spar (30 Prozent)``: whose share, not what) or a figure."""
    out = list(figures)
    for i, f in enumerate(out):
        if f.predicate is not None or f.counted is None or not _CLOSE.match(text, f.end):
            continue
        m = _OPEN.search(text, max(0, f.start - 3), f.start)
        if m is None:
            continue
        k = view.token_at(m.start()) - 1
        if k < 0 or view.pos(k) != "NOUN" or view.mention_at[k] >= 0 or not view.tokens[k].text[:1].isupper():
            continue
        if i and out[i - 1].end >= view.tokens[k].start:
            continue  # "39,59 Prozent (44 Mandate)": the noun is the unit of the figure before
        out[i] = replace(f, predicate=noun_lemma(view.lemmatize, view.tokens[k].text, view.lemma(k)))
    return out
