"""Repairs of the parse where German case marking contradicts it (issue 16).

German marks case on the article: ``den`` (``einen``, ``diesen``, ``seinen`` ...) before a masculine
singular noun is only an accusative (Duden Grammatik, Deklination des Artikels: the nominative is
``der``/``ein``, the dative ``dem``/``einem``, the genitive ``des``/``eines``). A noun phrase takes no
accusative phrase as its attribute: a bare attribute after a noun is a genitive, and an apposition
without a comma agrees in case with its noun (Duden, Kongruenz der Apposition). So where the parser hung
such an accusative phrase inside another phrase of the verb (``hat das irakische Parlament/obj den
Industrieminister/nmod Hajim al-Hassani/appos ... gewählt``), it is the verb's object, the names after it
are its own, and the phrase it was hung on, where the verb has no subject and the phrase's article may be
a nominative agreeing with the finite verb, is the subject (the verb's finite form agrees in number with
its subject: Duden, Kongruenz von Subjekt und Prädikat).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from chronik.records import Syntax, Token

# The relations under which the parser hides a phrase of the verb inside a noun phrase.
ATTRIBUTE_RELATIONS = frozenset({"nmod", "appos"})
# Relations of the names that follow a phrase's noun and belong to it ("den Minister Hajim al-Hassani").
NAME_RELATIONS = frozenset({"appos", "flat", "flat:name", "compound"})
# A verb's own phrases without a preposition that may hide an object.
ARGUMENT_RELATIONS = frozenset({"nsubj", "obj", "obl", "obl:arg", "iobj"})
# A verb's phrases the parser may give a relation an accusative never has.
MISREAD_RELATIONS = frozenset({"nsubj", "obl", "obl:arg", "conj", "nmod", "iobj"})


def _feature(morph: str, name: str) -> str | None:
    for part in morph.split("|"):
        key, _, value = part.partition("=")
        if key == name:
            return value
    return None


def repair_cases(syntax: Syntax, tokens: Sequence[Token], grammar) -> Syntax:
    """The parse with each phrase only an accusative can be made its verb's object: one the parser hung
    inside another phrase of the verb, or gave the verb (or its auxiliary) as a subject, an oblique or a
    conjunct; and where the verb is then left without a subject, its one bare phrase whose article may
    be a nominative agreeing with the finite verb made the subject; a plural subject of a singular
    finite verb swapped with the singular phrase after the verb (``_plural_subjects``). The parse itself
    where nothing contradicts it. ``grammar``: the articles and endings of ``lang/de/grammar.py``."""
    head, dep = list(syntax.head), list(syntax.dep)
    children: list[list[int]] = [[] for _ in head]
    for k, h in enumerate(head):
        if h != k:
            children[h].append(k)
    repaired: dict[int, list[int]] = {}  # verb -> the objects given to it
    for d, c in enumerate(syntax.head):
        if d == c or syntax.pos[d] not in ("NOUN", "PROPN"):
            continue
        k = head[c]
        if d > c and dep[d] in ATTRIBUTE_RELATIONS and dep[c] in ARGUMENT_RELATIONS and k != c \
                and syntax.pos[k] in ("VERB", "AUX") \
                and _accusative_phrase(syntax, tokens, children, d, c, grammar):
            for t in children[c]:  # the names after the accusative phrase are its own
                if t > d and dep[t] in NAME_RELATIONS:
                    head[t] = d
        elif dep[d] in MISREAD_RELATIONS and syntax.pos[c] in ("VERB", "AUX") \
                and not any(syntax.dep[t] == "case" for t in children[d]) \
                and accusative_opening(syntax, tokens, _first(children, d), grammar):
            k = c
        else:
            continue
        if syntax.pos[k] == "AUX" and dep[k] in ("aux", "aux:pass") and head[k] != k:
            k = head[k]  # (a phrase the parser gave the auxiliary is the verb's)
        head[d], dep[d] = k, "obj"
        repaired.setdefault(k, []).append(d)
        for t in children[d]:  # a name goes on right after its noun, not after a prepositional phrase:
            # "den Stützpunkt Al-Umaliqa im Norden/nmod Jemens/flat" is the north's genitive
            before = [p for p in children[d] if d < p < t and dep[p] == "nmod" and any(
                syntax.dep[x] == "case" for x in children[p])]
            if dep[t] in NAME_RELATIONS and before:
                head[t], dep[t] = before[-1], "nmod"
    for k, found in _plural_subjects(syntax, tokens, head, dep, children, grammar).items():
        s, t = found
        dep[s], dep[t], head[t] = "obj", "nsubj", k
        repaired.setdefault(k, []).append(s)
    if not repaired:
        return syntax
    kids: list[list[int]] = [[] for _ in head]
    for t, h in enumerate(head):
        if h != t:
            kids[h].append(t)
    for k, objects in repaired.items():
        heads = [k] + [a for a in kids[k] if dep[a] in ("aux", "aux:pass")]
        if any(dep[t] in ("nsubj", "nsubj:pass") for h in heads for t in kids[h]):
            continue
        bare = [t for h in heads for t in kids[h] if t not in objects and dep[t] in ("obj", "obl", "obl:arg", "conj")
                and syntax.pos[t] in ("NOUN", "PROPN") and not any(dep[x] == "case" for x in kids[t])
                and _may_be_subject(syntax, tokens, kids, t, k, grammar)]
        if len(bare) == 1:
            head[bare[0]], dep[bare[0]] = k, "nsubj"
    return replace(syntax, head=tuple(head), dep=tuple(dep))


def _accusative_phrase(syntax: Syntax, tokens: Sequence[Token], children: list[list[int]], d: int, c: int,
                       grammar) -> bool:
    """``d`` is an accusative (``accusative_opening``) right after the phrase of ``c`` (no comma between)
    and ``c`` itself is no such accusative."""
    first = _first(children, d)
    if not accusative_opening(syntax, tokens, first, grammar) or any(
            syntax.dep[t] == "case" for t in children[d]):
        return False
    if any(tokens[t].text in (",", ";", ":", "(", "–", "-") for t in range(c + 1, first)):
        return False
    own = _first(children, c)
    return not accusative_opening(syntax, tokens, own, grammar) and syntax.pos[own] != "ADP"


def _first(children: list[list[int]], k: int) -> int:
    """The first token of the phrase ``k`` heads."""
    first, todo = k, [k]
    while todo:
        j = todo.pop()
        first = min(first, j)
        todo += [c for c in children[j] if c < k]
    return first


def accusative_opening(syntax: Syntax, tokens: Sequence[Token], first: int, grammar) -> bool:
    """A phrase that opens with an article only an accusative has: ``einen`` (ein has no plural), or
    ``den``, ``diesen``, ``seinen`` ... before a noun (after its adjectives) that ends in neither ``-n``
    nor ``-s`` (``den Industrieminister``). The same articles begin the dative plural, whose noun ends in
    ``-n`` or, in the s-plural, ``-s`` (Duden Grammatik, Dativ Plural), so ``den Präsidenten`` and
    ``den Chefs`` stay open."""
    if syntax.pos[first] != "DET" or tokens[first].text.lower() not in grammar.accusative_determiners:
        return False
    if tokens[first].text.lower() in grammar.indefinite_accusatives:
        return True
    j = first + 1
    while j < len(tokens) and syntax.pos[j] == "ADJ":
        j += 1
    if j >= len(tokens) or syntax.pos[j] not in ("NOUN", "PROPN"):
        return False
    word = tokens[j].text
    return word[:1].isupper() and word[-1:].isalpha() and word[-1:].lower() not in grammar.dative_plural_endings


def _may_be_subject(syntax: Syntax, tokens: Sequence[Token], children: list[list[int]], c: int, k: int,
                    grammar) -> bool:
    """``c`` opens with an article a nominative may have and its number is that of the clause's finite
    verb (the verb or its auxiliary)."""
    dets = [t for t in children[c] if syntax.dep[t] in ("det", "det:poss", "case") and t < c]
    if not dets or syntax.dep[dets[0]] == "case" or tokens[dets[0]].text.lower() not in grammar.nominative_articles:
        return False
    if tokens[dets[0]].text.lower() in grammar.masculine_nominatives and _feature(syntax.morph[c], "Gender") != "Masc":
        return False  # ("der Regierung": a dative or genitive)
    finite = [t for t in [k] + children[k] if syntax.pos[t] in ("VERB", "AUX")
              and (t == k or syntax.dep[t] in ("aux", "aux:pass", "cop"))
              and _feature(syntax.morph[t], "VerbForm") not in ("Part", "Inf") and _feature(syntax.morph[t], "Number")]
    numbers = {_feature(syntax.morph[t], "Number") for t in finite}
    return len(numbers) == 1 and numbers == {_feature(syntax.morph[c], "Number")}


def _plural_subjects(syntax: Syntax, tokens: Sequence[Token], head: list[int], dep: list[str],
                     children: list[list[int]], grammar) -> dict[int, tuple[int, int]]:
    """Verbs whose finite form is singular with a plural phrase the parser made their subject (``Die
    Sanktionen/nsubj verlängerte die EU/obj``): a finite verb agrees in number with its subject (Duden,
    Kongruenz), so the plural phrase is the object and the one singular phrase after the verb that
    an article shows may be a nominative is the subject. verb -> (plural phrase, singular phrase)."""
    out: dict[int, tuple[int, int]] = {}
    for k in range(len(head)):
        if syntax.pos[k] not in ("VERB", "AUX") or dep[k] in ("aux", "aux:pass", "cop"):
            continue
        heads = [k] + [a for a in children[k] if dep[a] in ("aux", "aux:pass")]
        finite = [t for t in heads if _feature(syntax.morph[t], "Number")
                  and _feature(syntax.morph[t], "VerbForm") not in ("Part", "Inf")]
        if not finite or any(_feature(syntax.morph[t], "Number") != "Sing" or _feature(
                syntax.morph[t], "Person") not in ("3", None) for t in finite):
            continue
        subjects = [t for h in heads for t in children[h] if dep[t] == "nsubj" and syntax.pos[t] == "NOUN"]
        plural = [t for t in subjects if _plural_phrase(syntax, tokens, children, t, grammar)]
        if len(plural) != 1 or plural[0] > min(finite):
            continue
        singular = [t for h in heads for t in children[h] if t > min(finite) and t != plural[0]
                    and dep[t] in ("obj", "nsubj", "obl", "obl:arg", "iobj") and syntax.pos[t] in ("NOUN", "PROPN")
                    and not any(syntax.dep[x] == "case" for x in children[t])
                    and _may_be_subject(syntax, tokens, children, t, k, grammar)]
        if len(singular) == 1:
            out[k] = (plural[0], singular[0])
    return out


def _plural_phrase(syntax: Syntax, tokens: Sequence[Token], children: list[list[int]], t: int, grammar) -> bool:
    """A noun the tagger reads as plural after a plural article a subject may have (``die``,
    ``diese``; not ``des``, which begins an adverbial genitive: ``Des Weiteren schlug er vor``)."""
    dets = [d for d in children[t] if syntax.dep[d] == "det" and d < t]
    return bool(dets) and _feature(syntax.morph[t], "Number") == "Plur" \
        and _feature(syntax.morph[dets[0]], "Number") == "Plur" and tokens[dets[0]].text.lower() in grammar.plural_subject_articles
