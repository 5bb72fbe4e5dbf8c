"""Named-entity mentions (PER, LOC, ORG, MISC) in one article.

A linear-chain CRF (python-crfsuite, trained by ``scripts/train_ner.py`` on
GermEval 2014 + SmartData) tags each sentence; a few rule layers then fix what
a sentence-level tagger cannot see:

1. name runs: a person's name continues over the following capitalised,
   non-vocabulary tokens ("Moon Jae In", "Ho Chi Minh" stay one span);
2. role cues: a capitalised name after a role noun or another noun for a
   person is a person ("Staatschef Emmanuel Macron", "Rapper Ice-T");
3. acronyms: an all-caps token the model left untagged is an organisation
   (news agencies and broadcasters), or a place when its title-case form is one;
   a long form that introduces its acronym in brackets is one mention
   ("Bundesamt für Sicherheit in der Informationstechnik (BSI)");
4. one sense per document: a string tagged once is tagged the same elsewhere,
   and a part of a full personal name (also in the genitive) is a person;
5. verbs: given part-of-speech tags, a name never runs over a verb ("Merkel
   traf Macron" is two names); without tags, a person's name still never
   runs over a lower-case word (German capitalises every part of a name);
6. span rules (``SPAN_RULES``, an ordered table of named rules, each checked
   on GermEval 2014 dev): what German marks in the words around a name -
   a genitive place ("Hannovers"), a capitalised adjective opening a name
   ("Deutschen Bundestag"), a press noun before a quoted title, a place
   adjective before a newspaper's title word ("Eichsfelder Tageblatt"), a legal form
   ("GmbH"), a place-class noun ("Gemeinde"), a kind-of-organisation noun
   ("Spielzeughersteller Mattel"), a club prefix ("FC"), a road number
   ("A 7"), a street ending ("-straße") and more.

``find_mentions`` is pure; the model comes from ``load_ner_model``.
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources

from chronik.records import Mention, Sentence, Token

DEFAULT_MODEL = "ner_de.crfsuite"
LABELS = ("PER", "LOC", "ORG", "MISC")

_UPPER = re.compile(r"[^\W\d_a-zäöüß]+")
_LOWER = re.compile(r"[a-zäöüß]+")
_DIGIT = re.compile(r"\d+")
_ACRONYM = re.compile(r"[A-ZÄÖÜ][A-ZÄÖÜ0-9&]{1,6}")
_WORD_BREAK = re.compile(r"[\s\-‐]+")
_HYPHENS = "-‐–"
_GENITIVE_ARTICLES = frozenset(("des", "der"))
_LONG_FORM_WORD = re.compile(r"[^\W\d_]+(?:-[^\W\d_]+)*")
# Most words a long form before its acronym can have ("Bundesamt für
# Sicherheit in der Informationstechnik (BSI)" has six).
LONG_FORM_WORDS = 8


class NerModel:
    """An opened CRF tagger plus a per-process cache of word features.

    Picklable (re-opens the file), so it can travel to worker processes.
    The cache only memoises a pure function of (word, lexicon); it never
    changes a result.
    """

    __slots__ = ("path", "tagger", "_cache", "_cache_key")

    def __init__(self, path: str):
        import pycrfsuite

        self.path = path
        self.tagger = pycrfsuite.Tagger()
        self.tagger.open(path)
        self._cache: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {}
        self._cache_key: int | None = None

    def __getstate__(self):
        return {"path": self.path}

    def __setstate__(self, state):
        self.__init__(state["path"])


def load_ner_model(path: str | None = None) -> NerModel:
    """Open the CRF model at ``path``, or the one bundled in ``chronik/models``."""
    if path is None:
        ref = resources.files("chronik").joinpath("models", DEFAULT_MODEL)
        with resources.as_file(ref) as p:
            path = str(p)
    return NerModel(path)


# --------------------------------------------------------------------------- features


def _shape(word: str) -> str:
    s = _UPPER.sub("X", word)
    s = _LOWER.sub("x", s)
    return _DIGIT.sub("d", s)


def _strip_genitive(word: str, lexicon) -> str:
    for suf in lexicon.genitive_suffixes:
        if len(word) > len(suf) + 2 and word.endswith(suf):
            return word[: -len(suf)]
    return word


def is_role_noun(word: str, lexicon) -> bool:
    """``Kanzler``, ``Staatschef``, ``US-Präsident`` ..."""
    low = word.lower()
    if low in lexicon.role_nouns:
        return True
    if not word[:1].isupper():
        return False
    # one C-level test for the usual word that ends in none of them, then which one
    return low.endswith(lexicon.role_suffixes) and any(
        low.endswith(suf) and len(low) > len(suf) + 1 for suf in lexicon.role_suffixes)


def person_noun(word: str, lexicon) -> bool:
    """A role noun, or a capitalised noun for a person that introduces a name
    (``Sohn``, ``Rapper``, ``Löwen-Keeper``, ``Fußball-Experte``): a kin,
    trade or sports noun, or a hyphenated compound whose last part is a role
    noun."""
    if is_role_noun(word, lexicon):
        return True
    if not word[:1].isupper():
        return False
    low = word.lower()
    if low.rpartition("-")[2] in lexicon.role_nouns:
        return True
    return low.endswith(lexicon.person_noun_endings)


def _word_features(word: str, lexicon) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(features of the word itself, features a neighbour sees of it)."""
    low = word.lower()
    shape = _shape(word)
    cap = word[:1].isupper()
    flags = []
    if cap:
        flags.append("cap")
    if word.isupper() and len(word) > 1 and word.isalpha():
        flags.append("allcap")
    if word in lexicon.first_names:
        flags.append("fn")
    stem = _strip_genitive(word, lexicon) if cap else word
    if word in lexicon.countries or stem in lexicon.countries:
        flags.append("ctry")
    if word in lexicon.cities or stem in lexicon.cities:
        flags.append("city")
    if word in lexicon.common_words:
        flags.append("cw")
    if word in lexicon.plain_acronyms:
        flags.append("pacr")
    gz = lexicon.entity_words.get(word)
    if gz is not None:
        flags.append("gz" + gz)
    if is_role_noun(word, lexicon):
        flags.append("role")
    if cap and low.endswith(lexicon.org_suffixes):
        flags.append("orgsuf")
    if low in lexicon.org_heads:
        flags.append("orghead")
    if low in lexicon.name_particles and not cap:
        flags.append("part")
    own = [
        "w=" + word,
        "l=" + low,
        "p2=" + low[:2],
        "p3=" + low[:3],
        "p4=" + low[:4],
        "s1=" + low[-1:],
        "s2=" + low[-2:],
        "s3=" + low[-3:],
        "s4=" + low[-4:],
        "s5=" + low[-5:],
        "sh=" + shape,
        "len=" + str(min(len(word), 8)),
    ]
    if "-" in word[1:-1]:
        parts = low.split("-")
        own.append("hf=" + parts[0])
        own.append("hl=" + parts[-1])
    own.extend(flags)
    classes = _word_classes(word, low, lexicon.word_classes)
    own.extend(classes)
    neighbour = ["l=" + low, "sh=" + shape, "s3=" + low[-3:], *flags, *classes[1:]]
    return tuple(own), tuple(neighbour)


def _word_classes(word: str, low: str, classes: dict) -> tuple[str, ...]:
    """The word's distributional classes; an unseen form borrows those of
    its lower-case or capitalised spelling ("DEUTSCHLAND", "Weiter")."""
    found = classes.get(word) or classes.get(low) or classes.get(low[:1].upper() + low[1:])
    return found if found else ("c0=none",)


def sentence_features(words: Sequence[str], lexicon, cache: dict | None = None) -> list[list[str]]:
    """CRF features for one sentence (shared by training and tagging).

    ``cache`` maps a word to what the sentence needs of it, made once per
    word: its own features (after the bias ``b``), what the word before and
    the word after it see of it (already prefixed ``+1``/``-1``), and its
    lower case (as ``l=...``)."""
    if cache is None:
        cache = {}
    wf = []
    for w in words:
        f = cache.get(w)
        if f is None:
            own, neighbour = _word_features(w, lexicon)
            f = (("b", *own), tuple(["+1" + x for x in neighbour]), tuple(["-1" + x for x in neighbour]),
                 neighbour[0])
            cache[w] = f
        wf.append(f)
    n = len(words)
    lows = [f[3] for f in wf]
    out = []
    last = n - 1
    for i in range(n):
        feats = list(wf[i][0])
        if i == 0:
            feats.append("BOS")
        else:
            feats.extend(wf[i - 1][2])
            feats.append("-1|0" + lows[i - 1] + "|" + lows[i])
            if i > 1:
                feats.append("-2" + lows[i - 2])
                if i > 2:
                    feats.append("-3" + lows[i - 3])
            else:
                feats.append("-2BOS")
        if i == last:
            feats.append("EOS")
        else:
            feats.extend(wf[i + 1][1])
            feats.append("0|+1" + lows[i] + "|" + lows[i + 1])
            if i < n - 2:
                feats.append("+2" + lows[i + 2])
                if i < n - 3:
                    feats.append("+3" + lows[i + 3])
        out.append(feats)
    return out


# --------------------------------------------------------------------------- tagging


def find_mentions(
    text: str,
    tokens: Sequence[Token],
    sentences: Sequence[Sentence],
    lexicon,
    model: NerModel,
    *,
    rules: bool = True,
    pos: Sequence[str] | None = None,
) -> tuple[Mention, ...]:
    """Entity mentions of one article, in text order, without overlaps.

    ``rules=False`` gives the CRF's spans alone (for measuring the rules).
    ``pos``: universal part-of-speech tags aligned with ``tokens`` (from the
    language core), or None; with them no PER/LOC/ORG span crosses a verb.
    """
    if pos is not None and len(pos) != len(tokens):
        raise ValueError(f"pos has {len(pos)} tags for {len(tokens)} tokens; give one tag per token")
    if model._cache_key != id(lexicon):
        model._cache.clear()
        model._cache_key = id(lexicon)
    if len(model._cache) > 500_000:
        model._cache.clear()
    cache = model._cache
    words = [t.text for t in tokens]
    sent_of = [0] * len(tokens)
    spans: list[list] = []  # [first_token, last_token_exclusive, label]
    tagger = model.tagger
    for si, s in enumerate(sentences):
        a, b = s.first_token, s.last_token
        if b <= a:
            continue
        for k in range(a, b):
            sent_of[k] = si
        tags = tagger.tag(sentence_features(words[a:b], lexicon, cache))
        start = None
        for k, tag in enumerate(tags):
            if tag == "O" or tag[0] == "B" or (start is not None and tag[2:] != spans[-1][2]):
                start = None
            if tag == "O":
                continue
            if start is None:
                start = a + k
                spans.append([start, a + k + 1, tag[2:]])
            else:
                spans[-1][1] = a + k + 1
    if pos is not None:
        spans = split_at_verbs(spans, words, pos, lexicon.verb_tags)
    if rules:
        spans = split_at_lowercase_words(spans, words, lexicon)
        spans = _apply_rules(words, sentences, sent_of, spans, lexicon)
        spans = _split_run_together(words, spans, lexicon)
        spans = [[a, b, "ORG" if b - a == 1 and words[a] in lexicon.institution_seats else label]
                 for a, b, label in spans]
        if pos is not None:  # the rule layers may have grown a span again
            spans = split_at_verbs(spans, words, pos, lexicon.verb_tags)
    out = []
    for a, b, label in spans:
        start, end = tokens[a].start, tokens[b - 1].end
        out.append(Mention(start=start, end=end, text=text[start:end], label=label, sentence=sent_of[a]))
    return tuple(out)


def split_at_verbs(spans, words: Sequence[str], pos: Sequence[str], verb_tags: frozenset[str]):
    """Cut a PER/LOC/ORG span at each token tagged as a verb: the verb leaves
    the span and each side that still holds a capitalised word stays a
    mention with the span's label ("Merkel traf Macron" -> "Merkel",
    "Macron"). MISC keeps its verbs: titles of works are sentences ("Vom
    Winde verweht")."""
    return _cut_spans(spans, words, lambda k: pos[k] in verb_tags, ("PER", "LOC", "ORG"))


def split_at_lowercase_words(spans, words: Sequence[str], lexicon):
    """Without part-of-speech tags: German writes every part of a personal
    name capitalised, so a lower-case word of four letters or more inside a
    person span is no part of it ("Merkel traf Macron", "Scholz lobt
    Macron"); name particles ("von", "bin") and hyphenated or elided parts
    ("al-Baschir", "d'Alembert") stay. Places and organisations keep their
    lower-case words ("Frankfurt am Main", "Bundesamt für Migration")."""
    def cut(k: int) -> bool:
        w = words[k]
        return w[:1].islower() and len(w) >= 4 and w.isalpha() and w not in lexicon.name_particles
    return _cut_spans(spans, words, cut, ("PER",))


def _cut_spans(spans, words: Sequence[str], cut: Callable[[int], bool], labels: tuple[str, ...]):
    out = []
    for a, b, label in spans:
        if label not in labels or not any(cut(k) for k in range(a, b)):
            out.append([a, b, label])
            continue
        start = a
        for k in range(a, b + 1):
            if k == b or cut(k):
                if k > start and any(words[x][:1].isupper() for x in range(start, k)):
                    out.append([start, k, label])
                start = k + 1
    return out


def _split_run_together(words, spans, lexicon):
    """Split a person span that is two names of this document run together
    ("könnte Macron Moon Jae Ins Haltung" -> "Macron" + "Moon Jae Ins"):
    its head is a name seen alone and its tail a full name seen elsewhere."""
    persons = [tuple(words[a:b]) for a, b, label in spans if label == "PER"]
    singles = {p[0] for p in persons if len(p) == 1} | {p[-1] for p in persons if len(p) > 1}
    fulls = {p for p in persons if len(p) > 1}
    out = []
    for a, b, label in spans:
        cut = None
        if label == "PER" and b - a >= 3:
            whole = tuple(words[a:b])
            others = {p for p in fulls if p != whole}
            for k in range(a + 1, b - 1):
                head, tail = tuple(words[a:k]), tuple(words[k:b])
                last = tail[-1]
                bare_last = next((last[: -len(g)] for g in lexicon.genitive_suffixes
                                  if last.endswith(g) and len(last) > len(g)), last)
                bare_tail = tail[:-1] + (bare_last,)
                starts_other = any(p[:1] == head for p in others if p not in (tail, bare_tail))
                if (len(head) == 1 and head[0] in singles and not starts_other
                        and (tail in others or bare_tail in others)):
                    cut = k
                    break
        if cut is None:
            out.append([a, b, label])
        else:
            out.extend([[a, cut, label], [cut, b, label]])
    return out


def _name_token(word: str, lexicon) -> bool:
    """A capitalised word that is not ordinary vocabulary nor a role noun."""
    if not word[:1].isupper() or word in lexicon.common_words or is_role_noun(word, lexicon):
        return False
    # "Hohenzollern-Sigmaringen", and romanised "Jae-in" with a lower-case part.
    return all(part.isalpha() for part in word.split("-"))


def _short_name_token(word: str, lexicon) -> bool:
    """A short name part that continues a personal name ("Jae", "In", "Jae-in", "Chi")."""
    if word.isupper() or not _name_token(word, lexicon):
        return False
    return all(len(part) <= 4 for part in word.split("-"))


def _place_word(word: str, lexicon) -> bool:
    stem = _strip_genitive(word, lexicon)
    return any(w in lexicon.countries or w in lexicon.cities for w in (word, stem))


def compound_about_a_place(word: str, is_place: Callable[[str], bool],
                           is_country: Callable[[str], bool] | None = None) -> bool:
    """``Ukraine-Krieg``, ``Russland-Gipfel``: a hyphenated compound names
    what its last part names; with a place before the hyphen and none after
    it, it is something about the place, not a place (``Baden-Baden`` is one).
    ``is_country`` narrows the first part: ``Berlin-Mitte`` is a district."""
    first, hyphen, last = word.rpartition("-")
    return (bool(hyphen) and last[:1].isalpha() and not is_place(word) and is_place(first) and not is_place(last)
            and (is_country is None or is_country(first)))


def _known_place(word: str, lexicon) -> bool:
    """A country, city or gazetteer place, also in the genitive."""
    return _place_word(word, lexicon) or any(
        lexicon.entity_words.get(w) == "LOC" for w in (word, _strip_genitive(word, lexicon)))


def _apply_rules(words, sentences, sent_of, spans, lexicon):
    n = len(words)
    owner: list[int] = [-1] * n  # index into spans, -1 for none
    for idx, (a, b, _) in enumerate(spans):
        for k in range(a, b):
            owner[k] = idx
    dead: set[int] = set()

    def claim(a: int, b: int, label: str) -> None:
        for k in range(a, b):
            if owner[k] >= 0:
                dead.add(owner[k])
        spans.append([a, b, label])
        for k in range(a, b):
            owner[k] = len(spans) - 1

    # 1. A personal name continues over short name parts ("Moon Jae In"),
    #    also one the model took for a one-word MISC ("Kim Jong" + "Un"),
    #    and two person spans that touch are one name.
    for idx in range(len(spans)):
        a, b, label = spans[idx]
        if label != "PER" or idx in dead:
            continue
        end = sentences[sent_of[a]].last_token
        j = b
        while j < end:
            if owner[j] >= 0 and spans[owner[j]][2] == "PER" and owner[j] != idx:
                j = spans[owner[j]][1]
            elif (owner[j] < 0 or spans[owner[j]][2] == "MISC" and spans[owner[j]][:2] == [j, j + 1]) \
                    and _short_name_token(words[j], lexicon):
                j += 1
            else:
                break
        if j > b:
            claim(a, j, "PER")

    # 1b. Three short syllables opening with a first name are a romanised
    #     East Asian personal name ("Kim Jong Un", "Moon Jae In"), not the
    #     organisation, place or title the model may take them for.
    for idx, (a, b, label) in enumerate(spans):
        if (label != "PER" and idx not in dead and b - a == 3 and words[a] in lexicon.first_names
                and all(_short_name_token(w, lexicon) for w in words[a:b])):
            spans[idx][2] = "PER"

    # 2. A role noun or another noun for a person introduces a personal name
    #    ("Staatschef Emmanuel Macron", "Sohn Tobias", "Löwen-Keeper Hofmann").
    for k in range(n - 1):
        if not person_noun(words[k], lexicon) or sent_of[k + 1] != sent_of[k]:
            continue
        first = words[k + 1]
        if not _name_token(first, lexicon) or first.isupper() or _place_word(first, lexicon):
            continue
        end = min(sentences[sent_of[k]].last_token, k + 5)
        j = k + 1
        while j < end:
            if _name_token(words[j], lexicon) and not words[j].isupper():
                j += 1
            elif words[j] in lexicon.name_particles and j + 1 < end and _name_token(words[j + 1], lexicon):
                j += 1
            else:
                break
        inside = {owner[x] for x in range(k + 1, j) if owner[x] >= 0}
        if any(spans[i][2] not in ("PER", "MISC") or spans[i][0] < k + 1 for i in inside):
            continue
        j = max([j] + [spans[i][1] for i in inside])
        if any(owner[x] >= 0 and owner[x] not in inside for x in range(k + 1, j)):
            continue
        if inside != {owner[k + 1]} or spans[owner[k + 1]][1] != j or spans[owner[k + 1]][2] != "PER":
            claim(k + 1, j, "PER")

    # 3. An untagged acronym after an organisation noun ("Nachrichtenagentur
    #    Xinhua") or in brackets after an organisation is an organisation,
    #    and so is one that stands alone as the genitive attribute of a noun
    #    or after a possessive ("Recherchen des ICBL", "seiner UMP"): the
    #    owner of something named is mostly a body. In GermEval 2014 train
    #    113 of 138 such acronyms are organisations (the rest places, left
    #    out here, and technical terms: "Erkrankung des ZNS"). After other
    #    articles the model's silence is more often right ("mit dem RTW",
    #    "Das EHEC ist ein Bakterium" in SmartData news). An acronym opening a
    #    longer name ("der FC Bayern"), before a number ("der ICE 3") or in a
    #    compound ("im IT -Bereich") is left to the model.
    for k in range(1, n):
        w = words[k]
        if owner[k] >= 0 or not _ACRONYM.fullmatch(w) or not w.isalpha() or w in lexicon.plain_acronyms:
            continue
        prev = words[k - 1].lower()
        after_head = prev in lexicon.org_heads or any(prev.endswith(h) for h in lexicon.org_head_suffixes)
        in_brackets = (
            prev == "(" and k + 1 < n and words[k + 1] == ")" and k > 1 and owner[k - 2] >= 0
            and spans[owner[k - 2]][2] == "ORG"
        )
        if after_head or in_brackets:
            claim(k, k + 1, "LOC" if _place_word(w[:1] + w[1:].lower(), lexicon) else "ORG")
        elif (words[k - 1] in _GENITIVE_ARTICLES and k > 1 and words[k - 2][:1].isupper() and words[k - 2].isalpha()
              or prev in lexicon.possessives) and sent_of[k - 1] == sent_of[k] and w.isupper() \
                and not _known_place(w, lexicon) and not _place_word(w[:1] + w[1:].lower(), lexicon):
            nxt = words[k + 1] if k + 1 < n and sent_of[k + 1] == sent_of[k] else ""
            if not (nxt[:1].isupper() or nxt[:1].isdigit() or nxt[:1] in _HYPHENS):
                claim(k, k + 1, "ORG")

    # 3b. A long form the text introduces its acronym with ("Bundesamt für
    #     Sicherheit in der Informationstechnik (BSI)") is one organisation or
    #     place, however the model cut it: the longest run of words before the
    #     bracket that spells the acronym, within the sentence, where the
    #     model tagged the acronym or a part of the run as one.
    for k in range(2, n - 1):
        if words[k - 1] != "(" or words[k + 1] != ")" or not _ACRONYM.fullmatch(words[k]):
            continue
        first = max(sentences[sent_of[k]].first_token, k - 1 - LONG_FORM_WORDS)
        while first < k - 1 and not all(_LONG_FORM_WORD.fullmatch(w) for w in words[first:k - 1]):
            first += 1
        start = next((a for a in range(first, k - 2)
                      if words[a][:1].isupper() and acronym_of(words[k], " ".join(words[a:k - 1]))), None)
        if start is None:
            continue
        inside = {owner[x] for x in range(start, k - 1) if owner[x] >= 0}
        if inside == {owner[start]} and spans[owner[start]][:2] == [start, k - 1]:
            continue  # the model has it
        if any(spans[i][0] < start or spans[i][1] > k - 1 for i in inside):
            continue  # a mention reaches out of the long form: leave the model's reading
        tagged = [spans[i][2] for i in sorted(inside | {owner[k]} - {-1}) if spans[i][2] in ("ORG", "LOC")]
        if tagged:
            label = spans[owner[k]][2] if owner[k] >= 0 and spans[owner[k]][2] in tagged else tagged[0]
            claim(start, k - 1, label)
            if owner[k] < 0:
                claim(k, k + 1, label)

    # 4. A compound that starts with a place and ends in something else
    #    ("Ukraine-Krieg", "Russland-Gipfel") names that thing, not a place.
    for idx, (a, b, label) in enumerate(spans):
        if label == "LOC" and b == a + 1 and idx not in dead and compound_about_a_place(
                words[a], lambda w: _known_place(w, lexicon), lambda w: w in lexicon.countries):
            spans[idx][2] = "MISC"

    live = sorted((s for i, s in enumerate(spans) if i not in dead), key=lambda s: (s[0], s[1]))
    live = _split_place_and_person(live, words, lexicon)
    live = _drop_sentence_initial_words(live, words, sentences, sent_of, lexicon)
    context = SpanContext(words=tuple(words), sentences=tuple(sentences), sent_of=tuple(sent_of), lexicon=lexicon)
    for rule in SPAN_RULES:
        live = rule.apply(live, context)
    return _document_consistency(words, sent_of, live, lexicon)


# --------------------------------------------------------------------------- span rules


@dataclass(frozen=True, slots=True)
class SpanContext:
    """What the span rules read: the article's words, its sentences, the
    sentence of each word and the lexicon."""

    words: tuple[str, ...]
    sentences: tuple[Sentence, ...]
    sent_of: tuple[int, ...]
    lexicon: object


@dataclass(frozen=True, slots=True)
class SpanRule:
    """A named rule that maps the sorted, non-overlapping spans
    ``[first, end, label]`` of an article to new ones."""

    name: str
    apply: Callable[[list, SpanContext], list]


def _genitive_place(word: str, lexicon) -> bool:
    """A capitalised genitive form of a country, a city or a gazetteer place
    (``Berlins``, ``Kölns``, ``Kanadas``). The long ending -es only counts
    on a country (``Griechenlandes``): on a short word it is mostly a common
    noun's genitive (``des Harzes`` of resin). A place that is also ordinary
    vocabulary (``Bogen``), a stem of three letters (``News``, ``Hofs``) or
    a demonym in -er (``Frankfurters``) does not count."""
    if word[-1:] not in "s'’" or not word[:1].isupper() or word.isupper() \
            or lexicon.entity_words.get(word, "LOC") != "LOC":
        return False
    stem = _strip_genitive(word, lexicon)
    demonym = stem.endswith("er") and _known_place(stem[:-2], lexicon)  # "Frankfurter"
    if (stem != word and len(stem) >= 4 and not demonym and stem not in lexicon.common_words
            and _known_place(stem, lexicon)):
        return True
    return len(word) > 4 and word.endswith("es") and word[:-2] in lexicon.countries


# Determiners of a genitive noun: a place name in the genitive takes none
# ("die Geschichte Kanadas"), a common noun does ("des Regens", "dieses
# Limes"); with the lexicon's articles and possessives.
_GENITIVE_DEMONSTRATIVES = frozenset({"dieses", "jenes", "jedes", "welches", "manches"})


def _claim(out: list, owner: dict, covered, start: int, end: int, label: str = "ORG") -> None:
    """A span rule's new span over ``start``..``end``: the spans it covers are
    emptied (a rule drops empty spans when it returns) and it owns its tokens."""
    for s in covered:
        if s is not None:
            s[1] = s[0]
    span = [start, end, label]
    out.append(span)
    for x in range(start, end):
        owner[x] = span


def _rule_genitive_place(spans, ctx: SpanContext):
    """A place name in the genitive (``Berlins Bürgermeister``, ``die
    Geschichte Kanadas``) is a place: the model, seeing a capitalised word
    ending in -s, often takes it for a person's name or leaves it out. A
    genitive place that opens a longer span before a role noun is cut off
    (``Wetzlars Trainer Max Muster`` -> ``Wetzlars`` + ``Max Muster``). An
    untagged word after an article or a possessive is a noun's genitive
    (``des Regens``, not the town Regen)."""
    words, lexicon = ctx.words, ctx.lexicon
    covered = [False] * len(words)
    out = []
    for a, b, lab in spans:
        for k in range(a, b):
            covered[k] = True
        if not _genitive_place(words[a], lexicon) or lab == "LOC" and b - a == 1:
            out.append([a, b, lab])
        elif b - a == 1:
            out.append([a, b, "LOC"])
        elif b - a >= 3 and is_role_noun(words[a + 1], lexicon):
            out.extend([[a, a + 1, "LOC"], [a + 2, b, "PER"]])
        else:
            out.append([a, b, lab])
    for k, w in enumerate(words):
        prev = words[k - 1].lower() if k else ""
        if (not covered[k] and _genitive_place(w, lexicon) and prev not in lexicon.determiners
                and prev not in _GENITIVE_DEMONSTRATIVES):
            out.append([k, k + 1, "LOC"])
    return sorted(out)


def name_adjective(word: str, lexicon) -> bool:
    """A capitalised, inflected adjective of the kind that opens names
    (``Deutschen``, ``Große``, ``Medizinischen``); nouns such as ``Tische``
    have too short a stem for the derivational endings."""
    if not word[:1].isupper() or not word.isalpha():
        return False
    low = word.lower()
    for ending in lexicon.adjective_inflections:
        if low.endswith(ending):
            base = low[: -len(ending)]
            return base in lexicon.name_adjective_stems or (
                len(base) >= 6 and base.endswith(lexicon.name_adjective_suffixes))
    return False


def _rule_name_adjective(spans, ctx: SpanContext):
    """German writes an adjective with a capital mid-sentence only inside a
    name: one right before an organisation or a place belongs to it (``der
    Deutschen Bank``, ``der Große Schaftberg``, ``im Hinteren Bayerischen
    Wald``), also when the model left it out."""
    words, lexicon = ctx.words, ctx.lexicon
    covered = [False] * len(words)
    for a, b, _ in spans:
        for k in range(a, b):
            covered[k] = True
    for span in spans:
        if span[2] not in ("ORG", "LOC", "MISC"):
            continue
        first = ctx.sentences[ctx.sent_of[span[0]]].first_token
        while span[0] - 1 > first and not covered[span[0] - 1] and name_adjective(words[span[0] - 1], lexicon):
            span[0] -= 1
            covered[span[0]] = True
    return spans


# Most words a quoted title of a press outlet has ("Financial Times Deutschland").
QUOTED_TITLE_WORDS = 5


def press_noun(word: str, lexicon) -> bool:
    """``Zeitung``, ``Magazins``, ``Nachrichtenmagazin``, ``Fernsehsenders``."""
    low = word.lower()
    for ending in ("", "s", "es", "en", "n"):
        if ending and not low.endswith(ending):
            continue
        stem = low[: len(low) - len(ending)]
        if stem.endswith(lexicon.press_noun_endings):
            return True
    return False


def _rule_quoted_press_title(spans, ctx: SpanContext):
    """A quoted title is a press outlet (ORG) after a press noun (``die
    Zeitung "Die Welt"``, ``des Magazins "Spiegel"``) or when its last word
    is one of a newspaper's (``der "Berliner Kurier"``, ``der "Apotheken
    Umschau"``), whatever the model made of it; a mention reaching out of the
    quotes leaves it alone. So is a quoted name after a noun for a kind of
    organisation (``die Firma "Simmering-Graz-Pauker"``, ``der
    Männergesangverein "Sangeslust"``): in GermEval 2014 train 35 of 39
    quoted names after one are organisations (the rest titles of a show)."""
    words, lexicon = ctx.words, ctx.lexicon
    n = len(words)
    out = [list(s) for s in spans]
    for i in range(n - 2):
        if words[i] not in lexicon.opening_quotes or not words[i + 1][:1].isupper():
            continue
        last = ctx.sentences[ctx.sent_of[i]].last_token
        j = next((k for k in range(i + 2, min(last, i + 2 + QUOTED_TITLE_WORDS)) if words[k] in lexicon.closing_quotes), None)
        if j is None or any(not w[:1].isupper() and not w[:1].isdigit() for w in (words[i + 1], words[j - 1])):
            continue
        before = words[i - 1] if i > 0 and ctx.sent_of[i - 1] == ctx.sent_of[i] else ""
        after_noun = press_noun(before, lexicon) or before[:1].isupper() and before.lower().endswith(
            lexicon.org_kind_endings)
        if not after_noun and words[j - 1] not in lexicon.press_title_words:
            continue
        if any(a < i + 1 < b or a < j < b for a, b, _ in out):
            continue
        out = [s for s in out if not (i + 1 <= s[0] and s[1] <= j)]
        out.append([i + 1, j, "ORG"])
    return sorted(out)


def _rule_place_adjective_press_title(spans, ctx: SpanContext):
    """A place adjective in -er before a newspaper's title word opens the
    title (``Eichsfelder Tageblatt``, ``Frankfurter Rundschau``, ``Berliner
    Morgenpost``): the whole is one press outlet (ORG), also where the model
    took only the title word or read the adjective as a place. Generic press
    words (``Zeitung``, ``Presse``: ``einer Hamburger Zeitung``) are left to
    the model, and so is a mention reaching out of the pair on the left."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for k in range(1, len(words)):
        adj = words[k - 1]
        if (words[k] not in lexicon.press_title_words or words[k] in lexicon.generic_press_words
                or ctx.sent_of[k - 1] != ctx.sent_of[k] or not adj[:1].isupper() or not adj.isalpha()
                or len(adj) < 6 or not adj.endswith("er") or adj in lexicon.common_words):
            continue
        title, before = owner.get(k), owner.get(k - 1)
        if title is not None and title[0] < k - 1 or before is not None and before[0] < k - 1:
            continue
        if title is not None and title is before:
            title[2] = "ORG"
            continue
        if title is not None and title[1] > k + 1 and words[title[1] - 1] not in lexicon.press_title_words:
            continue  # "New Yorker" + "Times Square": no title
        end = title[1] if title is not None else k + 1
        _claim(out, owner, (title, before), k - 1, end)
    return sorted(s for s in out if s[1] > s[0])


_CAPITALISED_ARTICLES = frozenset(("Der", "Die", "Das"))


def _rule_article_of_a_press_title(spans, ctx: SpanContext):
    """A capitalised article right before a paper's title that carries it
    (``Der Spiegel``, ``Die Zeit``, ``Der Tagesspiegel``) opens the title,
    where the model read the title word as an organisation: mid-sentence
    German writes the article small unless it is part of a name, and at the
    start of a sentence the pair is mostly a source line (``Die Welt :``)."""
    words, lexicon = ctx.words, ctx.lexicon
    covered = set(k for a, b, _ in spans for k in range(a, b))
    for span in spans:
        a = span[0]
        if (span[2] == "ORG" and span[1] == a + 1 and words[a] in lexicon.article_titles and a > 0
                and words[a - 1] in _CAPITALISED_ARTICLES and a - 1 not in covered
                and ctx.sent_of[a - 1] == ctx.sent_of[a]):
            span[0] = a - 1
    return spans


# Most name words a legal form claims when the model tagged none of them.
LEGAL_FORM_NAME_WORDS = 3


def _legal_form_end(words: Sequence[str], k: int, last: int, lexicon) -> int | None:
    """The end of the legal form starting at ``k`` ("GmbH", "GmbH & Co. KG"), or None."""
    if words[k] not in lexicon.legal_forms:
        return None
    end = k + 1
    while True:
        j = end
        while j < last and j - end < 2 and words[j] in lexicon.legal_form_joiners:
            j += 1
        if j == end or j >= last or words[j] not in lexicon.legal_forms:
            return end
        end = j + 1


def _rule_legal_form(spans, ctx: SpanContext):
    """A legal form closes an organisation's name and makes it one: the
    mention right before ``GmbH``, ``AG``, ``e.V.``, ``Inc.`` grows over it
    and becomes ORG (``Ökodorf e.G.``, not a place); with no mention before
    it, the capitalised name words before it are claimed (``die Steria
    A/S``); a mention touching it from the left is part of the name
    (``Rheinland`` + ``Solar Inc.``). A name with a hyphenated legal form
    (``Saar-Elektrizitäts-AG``) is ORG."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for span in out:
        if any(w.endswith(lexicon.legal_form_compound_endings) for w in words[span[0]:span[1]]):
            span[2] = "ORG"
    for k in range(1, len(words)):
        sentence = ctx.sentences[ctx.sent_of[k]]
        end = _legal_form_end(words, k, sentence.last_token, lexicon)
        if end is None or k == sentence.first_token:
            continue
        before = owner.get(k - 1)
        if before is not None and before[1] > end:
            continue  # a mention reaches past the legal form: leave it
        inside = [owner[x] for x in range(k, end) if x in owner and owner[x] is not before]
        if any(s[1] > end for s in inside):
            continue
        if before is None:
            start = k
            while (start > sentence.first_token and k - start < LEGAL_FORM_NAME_WORDS
                   and start - 1 not in owner and _legal_name_word(words[start - 1], lexicon)):
                start -= 1
            if start == k:
                continue
            before = [start, k, "ORG"]
            out.append(before)
        for s in inside:
            if s is not before:
                s[1] = s[0]  # emptied; dropped below
        before[1] = end
        before[2] = "ORG"
        touching = owner.get(before[0] - 1)
        if touching is not None and touching is not before and touching[1] == before[0]:
            before[0] = touching[0]  # "Rheinland" + "Solar Inc.": one name
            touching[1] = touching[0]
        for x in range(before[0], end):
            owner[x] = before
    return sorted(s for s in out if s[1] > s[0])


def _legal_name_word(word: str, lexicon) -> bool:
    """A word that can be part of a company's name before its legal form:
    capitalised and no ordinary vocabulary, or written in capitals ("JFE")."""
    if not word[:1].isupper():
        return False
    return word.isupper() or (word not in lexicon.common_words and not is_role_noun(word, lexicon))


def _rule_place_class_noun(spans, ctx: SpanContext):
    """A noun that classifies a place (``Gemeinde``, ``Kanton``,
    ``Landkreis``, ``Berg``) is no part of the name after it: ``im Kanton
    Baselland`` names the place ``Baselland``, also where the model read an
    organisation; a rest that is not a name (``Stadt Bahnhof``) is left as
    it was."""
    words, lexicon = ctx.words, ctx.lexicon
    out = []
    for a, b, lab in spans:
        if (lab in ("LOC", "ORG") and b - a >= 2 and words[a] in lexicon.place_class_nouns
                and _name_token(words[a + 1], lexicon)):
            out.append([a + 1, b, "LOC"])
        else:
            out.append([a, b, lab])
    return out


# Most words of a place's name the model did not tag ("Bad Homburg vor der Höhe" is left to it).
PLACE_NAME_WORDS = 3
# Words that join the places of a list after a plural place noun.
_LIST_JOINERS = frozenset({",", "und", "oder", "sowie"})


def _rule_places_after_place_noun(spans, ctx: SpanContext):
    """A name right after a noun that classifies a place is a place (``die
    Gemeinde Pflückuff``, ``die Stadt Teirm``), and after a plural one each
    name of the list that follows (``die Dörfer Hokkala, Kumpula und
    Oikari``): the model, not knowing the names, leaves them out or takes
    them for persons. A name that the model read as part of a longer
    mention is left alone."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for k in range(len(words) - 1):
        w, low = words[k], words[k].lower()
        if not w[:1].isupper() or k in owner:
            continue
        plural = w in lexicon.place_class_plurals or low.endswith(lexicon.place_class_plural_endings)
        if not plural and w not in lexicon.place_class_nouns and not low.endswith(lexicon.place_class_endings):
            continue
        last = ctx.sentences[ctx.sent_of[k]].last_token
        j = k + 1
        while j < last and _name_token(words[j], lexicon):
            span = owner.get(j)
            if span is None:
                end = j + 1
                while end < last and end - j < PLACE_NAME_WORDS and end not in owner and _name_token(words[end], lexicon):
                    end += 1
                span = [j, end, "LOC"]
                out.append(span)
                for x in range(j, end):
                    owner[x] = span
            elif span[0] == j and all(_name_token(w, lexicon) for w in words[j:span[1]]):
                span[2] = "LOC"
            else:
                break
            j = span[1]
            if not plural or j + 1 >= last or words[j] not in _LIST_JOINERS:
                break
            j += 1
    return sorted(out)


def _compound_of_a_noun(word: str, lexicon) -> bool:
    """``Höhenluft``, ``Militärkoalitionen``: a word that ends in a known
    common noun of four letters or more (also without a plural or case
    ending -n, -en) is a compound noun, not a name."""
    common = lexicon.common_words
    for i in range(2, len(word) - 3):
        tail = word[i].upper() + word[i + 1:]
        if tail in common or tail[-1] == "n" and (tail[:-1] in common or tail[-2] == "e" and tail[:-2] in common):
            return True
    return False

def _rule_name_list(spans, ctx: SpanContext):
    """A name joined by ``und``, ``oder``, ``sowie`` or a comma to a place
    before it is a place too (``in Cincinnati und Indianapolis``, ``Helmand,
    und Kandahar``), and one joined by ``und``, ``oder``, ``sowie`` to a
    person is a person (``von Gönültas und Piskin``), if the name is one
    word that no capitalised word follows (``Frankfurt am Main`` and ``Bruck
    an der Mur`` are left to the model), that the open text of the word
    classes does not know (the model has its own reading of a known word:
    ``Berlin und Bund``), no acronym, no -isch adjective, no compound of a
    common noun (``Höhenluft``) and, after a place, no first name. In
    GermEval 2014 train, 175 of 196 such unknown words after a place are
    places, and 58 of 65 after a person and und/oder are persons; the
    model, not knowing a rarer name, often leaves it out."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for span in sorted(out):
        label = span[2]
        joiners = _LIST_JOINERS_OF.get(label)
        if joiners is None:
            continue
        last = ctx.sentences[ctx.sent_of[span[0]]].last_token
        j = span[1]
        if words[j - 1].endswith("-"):
            continue  # "West- und Zentralafrikas": one word's parts
        while j + 1 < last and words[j] in joiners:
            k = j + 2 if words[j] == "," and words[j + 1] in joiners else j + 1
            if k >= last or k in owner:
                break
            w = words[k]
            nxt = words[k + 1] if k + 1 < last else "."
            if (len(w) < 3 or not _name_token(w, lexicon) or w.isupper()
                    or label != "PER" and w in lexicon.first_names or nxt[:1].isupper() or nxt in _PLACE_NAME_LINKS
                    or w in lexicon.word_classes  # (the model has seen it, and has its own reading of it)
                    or w.endswith(_ADJECTIVE_ENDINGS) or _compound_of_a_noun(w, lexicon)):
                break
            new = [k, k + 1, label]
            out.append(new)
            owner[k] = new
            j = k + 1
    return sorted(out)


# The words that join a list of names of one kind: a comma after a person
# mostly opens an apposition ("Brad Smith, Chef-Justiziar"), so not there.
# Organisations are left out: on GermEval dev the rule only grew a wrong one.
_LIST_JOINERS_OF = {"LOC": _LIST_JOINERS, "PER": frozenset({"und", "oder", "sowie"})}
# Adjectives of places and peoples ("Armorikanischem"), not names.
_ADJECTIVE_ENDINGS = ("isch", "ische", "ischen", "ischem", "ischer", "isches")
# Lower-case words inside a place's name ("Frankfurt am Main", "Bruck an der Mur").
_PLACE_NAME_LINKS = frozenset({"am", "an", "im", "in", "ob", "bei", "upon", "on", "de", "di", "del", "la", "le"})


# Most words of an organisation's name after its kind noun ("Rockband ...").
ORG_KIND_NAME_WORDS = 4


def _org_name_word(word: str, lexicon) -> bool:
    """A word of an organisation's name: a name word or an acronym."""
    return _name_token(word, lexicon) or (bool(_ACRONYM.fullmatch(word)) and word not in lexicon.plain_acronyms)


def _rule_org_kind_noun(spans, ctx: SpanContext):
    """A noun for a kind of organisation introduces its name
    (``Spielzeughersteller Mattel``, ``die Rockband Fold Zandura``): the
    run of name words right after it is an organisation, whatever the model
    read, unless a mention reaches out of the run or the run is one word
    that is a known place or that the model read as one (``Ortsgruppe
    Amberg``, ``der größte Dienstleister Nordeuropas``), a title the model
    read (MISC: ``das Magazin Report Mainz``), a person's name opening with
    a first name, or a numeral (``Team II``)."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for k in range(len(words) - 1):
        w = words[k]
        if not w[:1].isupper() or k in owner or not w.lower().endswith(lexicon.org_kind_endings):
            continue
        last = ctx.sentences[ctx.sent_of[k]].last_token
        end = k + 1
        while end < last and end - k - 1 < ORG_KIND_NAME_WORDS and _org_name_word(words[end], lexicon):
            end += 1
        if end == k + 1 or end - k == 2 and (_known_place(words[k + 1], lexicon) or _genitive_place(words[k + 1], lexicon)):
            continue
        if words[k + 1] in lexicon.first_names and end - k > 2:
            continue  # "das Team Jupp Heynckes": a person
        if end - k == 2 and len(words[k + 1]) <= 2:
            continue  # "Team II"
        inside = {id(owner[x]): owner[x] for x in range(k + 1, end) if x in owner}.values()
        if any(s[0] < k + 1 or s[1] > end for s in inside):
            continue
        if any(s[:2] == [k + 1, end] and (s[2] in ("ORG", "MISC") or s[2] == "LOC" and end - k == 2) for s in inside):
            continue  # the model has it, reads a title, or one word as a place ("Dienstleister Nordeuropas")
        _claim(out, owner, inside, k + 1, end)
    return sorted(s for s in out if s[1] > s[0])


# Most words of the purpose phrase after a body's head ("für Technik und
# Wirtschaft des Saarlandes").
PURPOSE_PHRASE_WORDS = 9


def purpose_head(word: str, lexicon) -> bool:
    """``Bundesamt``, ``Instituts``, ``Bundesstiftung``: a capitalised noun
    ending (before a genitive -s/-es) in the head of a body named by its
    purpose."""
    if not word[:1].isupper():
        return False
    low = word.lower()
    for ending in ("", "s", "es"):
        if low.endswith(ending) and low[: len(low) - len(ending)].endswith(lexicon.purpose_heads):
            return True
    return False


def _noun_group_end(words: Sequence[str], j: int, last: int) -> int | None:
    """The end of a noun group at ``j``: up to two small adjectives and a
    capitalised noun (``politische Bildung``, ``SED-Diktatur``), or a
    truncated compound part joined by ``und`` (``Staats- und
    Rechtswissenschaft``); None where there is none."""
    k = j
    while k < last and k - j < 2 and words[k][:1].islower() and len(words[k]) >= 4 and words[k].isalpha() \
            and words[k].endswith(("e", "en", "er", "es")):
        k += 1
    if k < last - 2 and words[k][:1].isupper() and words[k].endswith("-") and words[k + 1] == "und":
        k += 2
    elif k < last - 3 and words[k][:1].isupper() and words[k + 1] == "-" and words[k + 2] == "und":
        k += 3  # the tokenizer's "Staats", "-", "und"
    if k < last and words[k][:1].isupper() and words[k].replace("-", "").isalpha() and not words[k].endswith("-"):
        return k + 1
    return None


def _rule_purpose_phrase(spans, ctx: SpanContext):
    """An organisation ending in the head of a body named by its purpose
    (``Bundesamt``, ``Institut``, ``Stiftung``) goes on over ``für``,
    ``zur``, ``zum`` and the noun phrase after them (``Bundesamt für
    Umwelt``, ``Hochschule für Technik und Wirtschaft``, ``Bundesstiftung zur
    Aufarbeitung der SED-Diktatur``): the name, not a modifier of the
    sentence. Nouns joined by ``und`` and one genitive attribute (``der
    SED-Diktatur``) belong to it; a mention reaching out of the phrase
    stops it. After ``zur``/``zum`` the phrase needs its genitive
    attribute (``Gesellschaft zur Förderung der Wissenschaften``): without
    one it is mostly the sentence's purpose (``verwendet die Anstalt zur
    Verbreitung ihrer Programme``)."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for span in out:
        a, b, lab = span
        if lab != "ORG" or b >= len(words) or words[b] not in lexicon.purpose_prepositions \
                or not purpose_head(words[b - 1], lexicon):
            continue
        last = min(ctx.sentences[ctx.sent_of[a]].last_token, b + 1 + PURPOSE_PHRASE_WORDS)
        end = _noun_group_end(words, b + 1, last)
        if end is None:
            continue
        while end < last - 1 and words[end] == "und":
            nxt = _noun_group_end(words, end + 1, last)
            if nxt is None:
                break
            end = nxt
        genitive = None
        if end < last - 1 and words[end] in _GENITIVE_ARTICLES:
            genitive = _noun_group_end(words, end + 1, last)
            end = genitive or end
        if words[b] != "für" and genitive is None:
            continue  # "verwendet die Fernsehanstalt zur Verbreitung ihrer Programme": an adverbial
        inside = {id(owner[x]): owner[x] for x in range(b, end) if x in owner}.values()
        while any(s[1] > end for s in inside):  # a mention reaches out: stop before it
            end = min(s[0] for s in inside if s[1] > end)
            inside = [s for s in inside if s[1] <= end]
        while end > b + 1 and not words[end - 1][:1].isupper():
            end -= 1  # "für Arbeit und" cut before a mention: no trailing small word
        if end <= b + 1:
            continue
        for s in inside:
            s[1] = s[0]
        span[1] = end
        for x in range(b, end):
            owner[x] = span
    return sorted(s for s in out if s[1] > s[0])


def _genitive_name(word: str, lexicon) -> bool:
    """A capitalised word in -s that is no vocabulary, nor a place, nor the
    genitive of either, nor a noun or adjective ending (-ss, -nis; -es and
    -ens of "Bürgerliches", "Reklamierens"): ``Kádárs``, ``Wulffs``."""
    if (len(word) < 4 or not word[:1].isupper() or not word.endswith("s") or not word.isalpha()
            or word.isupper() or word.endswith(("ss", "nis", "es", "ens"))):
        return False
    stem = word[:-1]
    if word in lexicon.common_words or stem in lexicon.common_words or is_role_noun(word, lexicon):
        return False
    return not (_known_place(word, lexicon) or _genitive_place(word, lexicon))


def _rule_genitive_name(spans, ctx: SpanContext):
    """A name in the genitive before the noun it governs is a person (``für
    Kádárs Werke``, ``zu Wulffs Hochzeitsfeier``, ``um Nerudas
    gesundheitliche Verfassung``): German puts only names (and poetic nouns)
    there, and a place in the genitive is left to the place rule; a word
    after an article is a noun (``der Preis``). The model, seeing an unknown
    word in -s, often leaves it out."""
    words, lexicon = ctx.words, ctx.lexicon
    covered = set(k for a, b, _ in spans for k in range(a, b))
    out = [list(s) for s in spans]
    for k in range(len(words) - 1):
        sentence = ctx.sentences[ctx.sent_of[k]]
        if (k in covered or k == sentence.first_token or not _genitive_name(words[k], lexicon)
                or words[k - 1].lower() in lexicon.determiners):
            continue  # "der Preis die Marke": a noun after its article
        j = k + 1
        nxt = words[j] if j < sentence.last_token - 1 else ""
        if nxt[:1].islower() and len(nxt) >= 5 and nxt.endswith(("e", "en")) and nxt not in lexicon.determiners:
            j += 1  # an adjective between: "Nerudas gesundheitliche Verfassung"
        head = words[j] if j < sentence.last_token else ""
        if len(head) >= 4 and head[:1].isupper() and head in lexicon.common_words and j not in covered:
            out.append([k, k + 1, "PER"])
    return sorted(out)


def _rule_company_name_word(spans, ctx: SpanContext):
    """A name that holds a company word after its first word (``Octagon
    Worldwide``, ``Carlsen Comics``, ``Sun Microsystems``) is an
    organisation, not a person; with no mention there, the name words
    before the company word are claimed (``Sun`` + ``Microsystems``)."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for span in out:
        if span[2] != "ORG" and any(w in lexicon.company_name_words for w in words[span[0] + 1:span[1]]):
            span[2] = "ORG"
    for k in range(1, len(words)):
        if words[k] not in lexicon.company_name_words or k in owner:
            continue
        sentence = ctx.sentences[ctx.sent_of[k]]
        before = owner.get(k - 1)
        if before is None:
            start = k
            while start > sentence.first_token and k - start < LEGAL_FORM_NAME_WORDS and \
                    start - 1 not in owner and _legal_name_word(words[start - 1], lexicon):
                start -= 1
            if start == k or start == sentence.first_token and words[start] in lexicon.common_words:
                continue
            before = [start, k, "ORG"]
            out.append(before)
        before[1] = k + 1
        before[2] = "ORG"
        owner[k] = before
    return sorted(out)


_PERCENT = re.compile(r"[+\-−–]?\d+(?:[,.]\d+)?\s*%|Prozent|%")
_SIGNED_CHANGE = re.compile(r"\([+\-−–]\d+(?:[,.]\d+)?(?:%|Prozent)")


def _signed_change_at(words: Sequence[str], k: int, last: int) -> bool:
    """A bracketed signed percentage starts at word ``k`` (before ``last``)
    however it was tokenised: ``( +2,5 % )``, ``(-1,8%``."""
    return bool(_SIGNED_CHANGE.match("".join(words[k:min(k + 5, last)])))


# How far after a name a share-price report reaches its percentage.
SHARE_REPORT_WORDS = 5


def _rule_share_price(spans, ctx: SpanContext):
    """Stock-market copy names a company for its shares: a name followed by
    a plural price verb and a percentage (``Mizuho gaben um 1,9 Prozent
    nach``) or by a bracketed signed change (``Transocean (-1,8%)``) is an
    organisation, not a person; an untagged name before a bracketed change
    is claimed."""
    words, lexicon = ctx.words, ctx.lexicon
    n = len(words)

    def share_report(k: int) -> bool:
        last = ctx.sentences[ctx.sent_of[min(k, n - 1)]].last_token
        if k < last and words[k].startswith("(") and _signed_change_at(words, k, last):
            return True
        if k < last and words[k] in lexicon.share_price_verbs:
            return any(_PERCENT.fullmatch(w) for w in words[k + 1:min(last, k + 1 + SHARE_REPORT_WORDS)])
        return False

    covered = set(k for a, b, _ in spans for k in range(a, b))
    out = [list(s) for s in spans]
    for span in out:
        if span[2] != "ORG" and span[1] < n and share_report(span[1]):
            span[2] = "ORG"
    for k in range(1, n):
        if not words[k].startswith("(") or k in covered or k - 1 in covered \
                or not _legal_name_word(words[k - 1], lexicon):
            continue
        if _signed_change_at(words, k, ctx.sentences[ctx.sent_of[k]].last_token):
            start = k - 1
            while start > ctx.sentences[ctx.sent_of[k]].first_token and start - 1 not in covered \
                    and k - start < LEGAL_FORM_NAME_WORDS and _legal_name_word(words[start - 1], lexicon):
                start -= 1
            out.append([start, k, "ORG"])
            covered.update(range(start, k))
    return sorted(out)


def federal_body(word: str, lexicon) -> bool:
    """``Bundesjustizministerium``, ``Landeskriminalamts``, ``Umweltbundesamt``."""
    if not word[:1].isupper() or "-" in word or len(word) < 9:
        return False
    low = word.lower()
    if low.startswith(lexicon.federal_prefixes) and low.endswith(lexicon.federal_body_heads):
        return True
    return any(infix in low[1:] for infix in lexicon.federal_infixes)


def _rule_federal_body(spans, ctx: SpanContext):
    """A federal or state body named by its ``Bundes-``/``Landes-``
    compound (``das Bundesjustizministerium``, ``den
    Bundesnachrichtendienst``) is an organisation, also where the model
    left the one word out."""
    words, lexicon = ctx.words, ctx.lexicon
    covered = set(k for a, b, _ in spans for k in range(a, b))
    out = [list(s) for s in spans]
    for k, w in enumerate(words):
        if k not in covered and federal_body(w, lexicon):
            out.append([k, k + 1, "ORG"])
    return sorted(out)


_ROAD_NUMBER = re.compile(r"\d{1,3}\.?")


def _rule_road(spans, ctx: SpanContext):
    """A road named by its number is a place: ``die A 7``, ``zur A 5``,
    ``die Autobahnen A 2 und A 7`` (a road letter after an article, a road
    noun or ``und``), and ``die Bundesstraße 216`` (the road noun with its
    number)."""
    words, lexicon = ctx.words, ctx.lexicon
    n = len(words)
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for k in range(1, n - 1):
        w, nxt = words[k], words[k + 1]
        if not _ROAD_NUMBER.fullmatch(nxt) or k + 1 in owner or ctx.sent_of[k + 1] != ctx.sent_of[k]:
            continue
        prev = words[k - 1]
        if w in lexicon.road_letters and k not in owner and (
                prev.lower() in lexicon.determiners or prev in lexicon.road_nouns or prev == "und"):
            span = [k, k + 2, "LOC"]
        elif w in lexicon.road_nouns and (owner.get(k) is None or owner[k][:2] == [k, k + 1]):
            span = owner.get(k) or [k, k + 2, "LOC"]
            span[1], span[2] = k + 2, "LOC"
        else:
            continue
        if span not in out:
            out.append(span)
        owner[k] = owner[k + 1] = span
    return sorted(out)


# Most words of a club's name after its prefix ("FC Carl Zeiss Jena").
CLUB_NAME_WORDS = 3


def _rule_sports_club(spans, ctx: SpanContext):
    """A club prefix and the name words after it (``AS Rom``, ``FC Schalke
    04``, ``Borussia Mönchengladbach``) are one organisation, however the
    model cut or labelled them, unless a mention reaches out of the run."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for k in range(len(words) - 1):
        if words[k] not in lexicon.club_prefixes:
            continue
        last = ctx.sentences[ctx.sent_of[k]].last_token
        end = k + 1
        while end < last and end - k <= CLUB_NAME_WORDS and (
                _org_name_word(words[end], lexicon) or end > k + 1 and words[end].isdigit() and len(words[end]) == 2):
            end += 1
        if end == k + 1:
            continue
        inside = {id(owner[x]): owner[x] for x in range(k, end) if x in owner}.values()
        if any(s[0] < k or s[1] > end for s in inside):
            continue
        _claim(out, owner, inside, k, end)
    return sorted(s for s in out if s[1] > s[0])


def _rule_compass_word(spans, ctx: SpanContext):
    """A compass direction alone (``von Norden nach Süden``) is no place."""
    return [s for s in spans if not (s[1] - s[0] == 1 and ctx.words[s[0]] in ctx.lexicon.compass_words)]


_INDEFINITE = frozenset("ein eine einer eines einem einen keine".split())


def street_name(word: str, lexicon) -> bool:
    """``Friedrich-Engels-Straße``, ``Rhein-Sieg-Kreises``: a name of two or
    more hyphenated parts before a street or district word (``Bastille-Platz``
    with one part is often a compound's part, and left to the model)."""
    if not word[:1].isupper() or word in lexicon.generic_streets:
        return False
    head, hyphen, last = word.rpartition("-")
    return bool(hyphen and head and last in lexicon.hyphen_place_words and head.count("-") >= 1)


def _rule_street(spans, ctx: SpanContext):
    """A street or district with a hyphenated name (``in der
    Friedrich-Engels-Straße``, ``des Rhein-Sieg-Kreises``) is a place where
    the model left it out; after an indefinite article it is a kind of
    street."""
    words, lexicon = ctx.words, ctx.lexicon
    covered = set(k for a, b, _ in spans for k in range(a, b))
    out = [list(s) for s in spans]
    for k, w in enumerate(words):
        if k in covered or not street_name(w, lexicon):
            continue
        if any(words[x].lower() in _INDEFINITE for x in range(max(0, k - 2), k)):
            continue
        out.append([k, k + 1, "LOC"])
    return sorted(out)


def english_plural_name_end(word: str, lexicon) -> bool:
    """``Bulls``, ``Wings``, ``Rangers``: a capitalised English plural in -s
    that no place name ends in (``Hills``, ``Islands`` are left out), no
    German word, place, or genitive of a place."""
    if (not word[:1].isupper() or not word.isalpha() or not word.isascii() or len(word) < 4
            or not word.endswith("s") or word.endswith(("ss", "us", "is", "es", "as", "os"))):
        return False
    return not (word in lexicon.place_plurals or word in lexicon.common_words
                or _known_place(word, lexicon) or _genitive_place(word, lexicon))


def _rule_english_plural_team(spans, ctx: SpanContext):
    """A name of two or more words that ends in an English plural (``Chicago
    Bulls``, ``Detroit Red Wings``, ``Lehman Brothers``) is a team, band or
    company, not the place the model read in its first word: in GermEval
    2014 train, 129 of 154 such names are organisations, and most of the
    places among them end in a word for land or water (``Beverly Hills``)
    or hold a German adjective (``des Osmanischen Reichs``). A place in the
    genitive owns what follows (``Bremerhavens Guards``: its players), and a
    Romance plural article opens a place (``Les Diablerets``)."""
    words, lexicon = ctx.words, ctx.lexicon
    for span in spans:
        a, b, lab = span
        if (lab == "LOC" and b - a >= 2 and all(w[:1].isupper() and w.isalpha() for w in words[a:b])
                and english_plural_name_end(words[b - 1], lexicon) and not _genitive_place(words[a], lexicon)
                and words[a] not in lexicon.plural_articles
                and not any(name_adjective(w, lexicon) for w in words[a:b])):
            span[2] = "ORG"
    return spans


def _spells_acronym(acronym: str, long_form: Sequence[str]) -> bool:
    """``acronym_of`` over words, also for one compound of three or more
    parts ("Gebühreneinzugszentrale GEZ")."""
    if len(long_form) == 1:
        return len(acronym) >= 3 and _spell(acronym.lower(), (long_form[0].lower(),), (True,))
    return acronym_of(acronym, " ".join(long_form))


def _rule_name_and_its_acronym(spans, ctx: SpanContext):
    """A name followed by its acronym without brackets (``Gewerkschaft der
    Lokführer GDL``, ``Gebühreneinzugszentrale GEZ``) is two mentions of one
    label, where the model ran them into one: GermEval 2014 train marks all
    six such pairs as two."""
    words = ctx.words
    out = []
    for a, b, lab in spans:
        last = words[b - 1]
        if (lab != "PER" and b - a >= 2 and _ACRONYM.fullmatch(last) and last.isalpha()
                and _spells_acronym(last, words[a:b - 1])):
            out.extend([[a, b - 1, lab], [b - 1, b, lab]])
        else:
            out.append([a, b, lab])
    return out


def _body_noun(word: str, lexicon) -> bool:
    """``Landeskriminalamt``, ``Turnvereins``, ``Betriebsgesellschaft``: a
    noun ending in the head of an organisation's name."""
    low = word.lower()
    return low.endswith(lexicon.org_suffixes) or low.endswith(lexicon.org_kind_endings) or purpose_head(word, lexicon)


_DATELINE_SOURCE = re.compile(r"[^\W\d_][\w/&\-]{0,15}")
_DATELINE_TIME = re.compile(r"\d{1,2}(?::\d{2})?|:\d{2}|Uhr")
_DASHES = frozenset("- – —".split())


def _rule_dateline_source(spans, ctx: SpanContext):
    """The source in a dateline (``Berlin (dpa) -``, ``Düsseldorf (ots) -``,
    ``Colombo (Reuters) -``) is an organisation: a word in brackets after
    the place that opens the sentence (maybe after a clock time), before a
    dash. GermEval 2014 train has 54 such datelines, 49 with the source
    tagged as an organisation (the rest untagged)."""
    words = ctx.words
    n = len(words)
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for sentence in ctx.sentences:
        first = sentence.first_token
        k = first
        while k < sentence.last_token and _DATELINE_TIME.fullmatch(words[k]):
            k += 1
        place = k
        while k < sentence.last_token and k - place < 3 and words[k][:1].isupper():
            k += 1
        if (k == place or k + 3 >= n or words[k] != "(" or words[k + 2] != ")" or words[k + 3] not in _DASHES
                or not _DATELINE_SOURCE.fullmatch(words[k + 1])):
            continue
        span = owner.get(k + 1)
        if span is None:
            out.append([k + 1, k + 2, "ORG"])
        elif span[:2] == [k + 1, k + 2]:
            span[2] = "ORG"
    return sorted(out)


# Most untagged name words an ampersand joins before it ("Royal P & O").
AMPERSAND_NAME_WORDS = 2


def _rule_ampersand_name(spans, ctx: SpanContext):
    """An ampersand between names makes one organisation where the model read
    one side as an organisation (``Royal P & O Nedlloyd NV``, ``Kiepenheuer &
    Witsch``): German writes "und" between persons, "&" in firm names. The
    other side is the mention touching the ampersand or untagged name words,
    up to two before it and one after it; two persons joined by it
    (authors: ``Linda Schele & David Freidel``) stay apart. In GermEval 2014
    train 46 of 76 ampersands between capitalised words are inside an
    organisation, 16 inside a title and 5 between persons."""
    words, lexicon = ctx.words, ctx.lexicon
    out = [list(s) for s in spans]
    owner = {k: s for s in out for k in range(s[0], s[1])}
    for k in range(1, len(words) - 1):
        if words[k] != "&" or k in owner or ctx.sent_of[k - 1] != ctx.sent_of[k] \
                or ctx.sent_of[k + 1] != ctx.sent_of[k]:
            continue
        left, right = owner.get(k - 1), owner.get(k + 1)
        if not any(s is not None and s[2] == "ORG" for s in (left, right)):
            continue
        sentence = ctx.sentences[ctx.sent_of[k]]
        if left is None:
            start = k
            while start > sentence.first_token and k - start < AMPERSAND_NAME_WORDS and start - 1 not in owner \
                    and _legal_name_word(words[start - 1], lexicon):
                start -= 1
        else:
            start = left[0]
        if right is None:  # one word: a firm's name goes on in a mention or a legal form
            end = k + 2 if k + 1 < sentence.last_token and _legal_name_word(words[k + 1], lexicon) else k + 1
        else:
            end = right[1]
        if start == k or end == k + 1:
            continue
        _claim(out, owner, (left, right), start, end)
    return sorted(s for s in out if s[1] > s[0])


_ADDRESS_MARKS = frozenset(". / : @".split())


def _rule_particle_goes_on(spans, ctx: SpanContext):
    """A name does not end in a small particle (``von``, ``de``, ``van``):
    where the model stopped a mention on one (``Herzog & de`` + ``Meuron``),
    the mention touching it, or the capitalised word after it, belongs to
    it."""
    words, lexicon = ctx.words, ctx.lexicon
    out = sorted([list(s) for s in spans])
    for i, span in enumerate(out):
        a, b, _ = span
        if b - a < 2 or words[b - 1] not in lexicon.name_particles or b >= len(words) \
                or ctx.sent_of[b] != ctx.sent_of[a] or words[b - 2] in _ADDRESS_MARKS:
            continue  # "dgap" "." "de": a web address, no particle
        nxt = out[i + 1] if i + 1 < len(out) else None
        if nxt is not None and nxt[0] == b and nxt[2] in ("PER", "ORG", "LOC"):
            span[1] = nxt[1]
            nxt[1] = nxt[0]
        elif (nxt is None or nxt[0] > b) and _name_token(words[b], lexicon) and not (
                "-" in words[b] and (_compound_of_a_noun(words[b], lexicon)
                                     or words[b].rpartition("-")[2] in lexicon.common_words)):
            span[1] = b + 1  # not into a compound: "Heinz von" + "Heiden-Aktion"
    return [s for s in out if s[1] > s[0]]


def _rule_acronym_of_a_common_noun(spans, ctx: SpanContext):
    """An acronym in brackets after the one untagged noun it abbreviates
    (``Fluorchlorkohlenwasserstoffe (FCKW)``, ``Bruttoinlandsprodukt
    (BIP)``, ``Schlachtgeschwadern (SG)``) is that noun's short form, no
    name: GermEval 2014 train has 20 such pairs, none of them an entity.
    A noun for a body (``Landeskriminalamt (LKA)``, ``Turnverein (TV)``) is
    left to the model: news names such bodies by their acronym later on."""
    words = ctx.words
    covered = set(k for a, b, _ in spans for k in range(a, b))
    out = []
    for a, b, lab in spans:
        acronym = words[a]
        if (b == a + 1 and 2 <= a and b < len(words) and words[a - 1] == "(" and words[b] == ")"
                and a - 2 not in covered and acronym.isupper() and acronym.isalpha()
                and words[a - 2][:1].isupper() and words[a - 2].replace("-", "").isalpha()
                and _spell(acronym.lower(), (words[a - 2].lower(),), (True,))
                and not _body_noun(words[a - 2], ctx.lexicon)):
            continue
        out.append([a, b, lab])
    return out


def _rule_name_before_acronym(spans, ctx: SpanContext):
    """A name word between a neuter article and an institute's acronym is
    part of its name (``das Fraunhofer IAO``, ``des Fraunhofer FIT``): the
    article agrees with the acronym, not with the word. A noun in apposition
    takes its own article and ending (``der Partner SAP``, ``des
    Zulieferers ZF``); a noun for the kind of organisation (``das
    Unternehmen SAP``) or a place is not part of the name either."""
    words, lexicon = ctx.words, ctx.lexicon
    owner = {k: s for s in spans for k in range(s[0], s[1])}
    for span in spans:
        a, b, lab = span
        if lab != "ORG" or b - a != 1 or not _ACRONYM.fullmatch(words[a]) or a < 2 or a - 1 in owner:
            continue
        w = words[a - 1]
        article = words[a - 2].lower()
        if ((article == "das" or article == "des" and not w.endswith("s")) and _name_token(w, lexicon)
                and not w.lower().endswith(lexicon.org_kind_endings) and not w.lower().endswith(lexicon.org_suffixes)
                and not _known_place(w, lexicon)):
            span[0] = a - 1
    return spans


SPAN_RULES: tuple[SpanRule, ...] = (
    SpanRule("compass word", _rule_compass_word),
    SpanRule("genitive place", _rule_genitive_place),
    SpanRule("name adjective", _rule_name_adjective),
    SpanRule("quoted press title", _rule_quoted_press_title),
    SpanRule("place adjective before a press title", _rule_place_adjective_press_title),
    SpanRule("article of a press title", _rule_article_of_a_press_title),
    SpanRule("legal form", _rule_legal_form),
    SpanRule("company name word", _rule_company_name_word),
    SpanRule("share price", _rule_share_price),
    SpanRule("federal body", _rule_federal_body),
    SpanRule("road", _rule_road),
    SpanRule("street", _rule_street),
    SpanRule("sports club", _rule_sports_club),
    SpanRule("name before an acronym", _rule_name_before_acronym),
    SpanRule("name and its acronym", _rule_name_and_its_acronym),
    SpanRule("acronym of a common noun", _rule_acronym_of_a_common_noun),
    SpanRule("dateline source", _rule_dateline_source),
    SpanRule("ampersand name", _rule_ampersand_name),
    SpanRule("particle goes on", _rule_particle_goes_on),
    SpanRule("English plural team", _rule_english_plural_team),
    SpanRule("place class noun", _rule_place_class_noun),
    SpanRule("places after a place noun", _rule_places_after_place_noun),
    SpanRule("name list", _rule_name_list),
    SpanRule("organisation kind noun", _rule_org_kind_noun),
    SpanRule("purpose phrase", _rule_purpose_phrase),
    SpanRule("genitive name", _rule_genitive_name),
)


def _split_place_and_person(spans, words, lexicon):
    """A place in the genitive before a person's name is two mentions
    ("Nordkoreas Kim", "Russlands Putin"): the model may run them into one
    place; the rest must be name words this document uses for a person."""
    person_words = {w for a, b, lab in spans if lab == "PER" for w in words[a:b]}
    out = []
    for a, b, lab in spans:
        first = words[a]
        if (lab in ("LOC", "ORG") and b - a >= 2 and _strip_genitive(first, lexicon) != first
                and _known_place(first, lexicon) and all(w in person_words for w in words[a + 1:b])):
            out.extend([[a, a + 1, "LOC"], [a + 1, b, "PER"]])
        else:
            out.append([a, b, lab])
    return out


def _drop_sentence_initial_words(spans, words, sentences, sent_of, lexicon):
    """A one-word mention opening a sentence that is ordinary vocabulary is not an entity."""
    out = []
    for a, b, lab in spans:
        if b - a == 1 and sentences[sent_of[a]].first_token == a and words[a] in lexicon.common_words:
            continue
        out.append([a, b, lab])
    return out


def _document_consistency(words, sent_of, spans, lexicon):
    n = len(words)
    labels: dict[tuple[str, ...], dict[str, int]] = {}
    aliases: dict[str, str] = {}
    for a, b, lab in spans:
        key = tuple(words[a:b])
        counts = labels.setdefault(key, {})
        counts[lab] = counts.get(lab, 0) + 1
        if lab == "PER" and b - a >= 2:
            for w in key:
                if _name_token(w, lexicon) and len(w) > 1:
                    aliases[w] = "PER"
    best: dict[tuple[str, ...], str] = {}
    for key, counts in labels.items():
        best[key] = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[0][0]
    for w, lab in aliases.items():
        best.setdefault((w,), lab)
    covered = [False] * n
    out = []
    for a, b, lab in spans:
        key = tuple(words[a:b])
        if b - a == 1 and words[a] in aliases:
            lab = "PER"
        else:
            lab = best.get(key, lab)
        out.append([a, b, lab])
        for k in range(a, b):
            covered[k] = True
    if not best:
        return out
    maxlen = max(len(k) for k in best)
    added = []
    k = 0
    while k < n:
        if covered[k] or not words[k][:1].isupper():
            k += 1
            continue
        hit = None
        for size in range(min(maxlen, n - k), 0, -1):
            if any(covered[x] for x in range(k, k + size)) or sent_of[k + size - 1] != sent_of[k]:
                continue
            key = tuple(words[k:k + size])
            if key in best:
                hit = (size, best[key])
                break
        if hit is None:
            stem = _strip_genitive(words[k], lexicon)
            if stem != words[k] and stem in aliases:
                hit = (1, "PER")
            elif stem != words[k] and best.get((stem,)) == "PER":
                hit = (1, "PER")
        if hit is not None:
            size, lab = hit
            # The next token must not continue a longer capitalised name.
            nxt = k + size
            if not (nxt < n and sent_of[nxt] == sent_of[k] and _name_token(words[nxt], lexicon) and not covered[nxt]):
                added.append([k, k + size, lab])
                k += size
                continue
        k += 1
    if added:
        out = sorted(out + added, key=lambda s: (s[0], s[1]))
    return out


def acronym_of(acronym: str, long_form: str) -> bool:
    """Whether ``acronym`` abbreviates ``long_form``: read left to right, each
    capitalised word of the long form gives its initial and maybe more letters
    of itself (compound parts: "BAMF" = "Bundesamt für Migration und
    Flüchtlinge"), a small word may give its initial ("AfD" = "Alternative für
    Deutschland") or none ("BSI" = "Bundesamt für Sicherheit in der
    Informationstechnik"), and no letter is left over."""
    short = "".join(c for c in acronym.lower() if c.isalnum())
    words = [w for w in _WORD_BREAK.split(long_form.strip()) if w]
    if len(short) < 2 or len(words) < 2:
        return False
    return _spell(short, tuple(w.lower() for w in words), tuple(w[:1].isupper() for w in words))


@lru_cache(maxsize=4096)
def _spell(short: str, words: tuple[str, ...], capital: tuple[bool, ...]) -> bool:
    if not words:
        return not short
    word, rest = words[0], words[1:]
    if not capital[0] and _spell(short, rest, capital[1:]):
        return True
    if not short or short[0] != word[0]:
        return False
    # The initial, then any further letters of the same word in order.
    options = {1}
    pos = [0]
    for k in range(1, len(short)):
        nxt = word.find(short[k], pos[-1] + 1)
        if nxt < 0:
            break
        pos.append(nxt)
        options.add(k + 1)
    return any(_spell(short[n:], rest, capital[1:]) for n in sorted(options))
