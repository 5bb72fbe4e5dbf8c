"""Tokens and sentences for German news text.

A regex tokenizer rather than a statistical one: news numbers must stay whole
(``10.000``, ``12'000``, ``5,6``, ``15.08.2025``), abbreviations keep their
period (``Prof.``, ``Dr.``, ``R.``) and an ordinal or date inside a sentence
(``3. September``, ``80. Jahrestag``) must not end it.
"""
from __future__ import annotations

import re
from collections.abc import Sequence

from chronik.records import Sentence, Token

_NUMBER = r"\d+(?:[.,'’]\d+)*"
_WORD = r"[^\W\d_](?:[\w]|[-‐'’](?=\w))*|\d+[-‐](?=[^\W\d_])[\w-]*"
_URL = r"(?:https?://|www\.)[^\s\"'<>«»„“”]+[^\s\"'<>«»„“”.,;:!?)]"
_TOKEN_RE = re.compile(
    rf"(?P<url>{_URL})|(?P<dotted>(?:[^\W\d_]\.){{2,}})|(?P<num>{_NUMBER})|(?P<word>{_WORD})|(?P<punct>\S)"
)
_SENTENCE_END = frozenset(".!?…")
_CLOSING = frozenset("\"'“”»«’)")


def tokenize(text: str, abbreviations: frozenset[str]) -> tuple[Token, ...]:
    """Split text into tokens; a period joins an abbreviation or an ordinal."""
    raw = [(m.start(), m.end(), m.lastgroup) for m in _TOKEN_RE.finditer(text)]
    tokens: list[Token] = []
    i = 0
    while i < len(raw):
        start, end, kind = raw[i]
        nxt = raw[i + 1] if i + 1 < len(raw) else None
        if nxt and text[nxt[0]:nxt[1]] == "." and nxt[0] == end:
            word = text[start:end]
            if kind == "word" and _is_abbreviation(word, abbreviations):
                tokens.append(Token(start=start, end=nxt[1], text=text[start:nxt[1]]))
                i += 2
                continue
            if kind == "num" and _is_ordinal(text, word, nxt[1]):
                tokens.append(Token(start=start, end=nxt[1], text=text[start:nxt[1]]))
                i += 2
                continue
        tokens.append(Token(start=start, end=end, text=text[start:end]))
        i += 1
    return tuple(tokens)


def _is_abbreviation(word: str, abbreviations: frozenset[str]) -> bool:
    if len(word) == 1 and word.isupper():
        return True  # an initial: "R. Werner"
    return word.lower() in abbreviations


def _is_ordinal(text: str, number: str, after: int) -> bool:
    """``3.`` before a month, a lower-case word or another number is an ordinal."""
    if not number.isdigit() or len(number) > 2:
        return False
    rest = text[after:after + 40]
    if not rest[:1].isspace() or "\n" in rest[:2]:
        return False
    # "3. September", "80. Jahrestag", "2. und 3. Mai": after a one- or
    # two-digit number a period is far more often an ordinal than a sentence
    # end, whatever word follows on the same line.
    return bool(rest.strip())


def split_sentences(text: str, tokens: Sequence[Token]) -> tuple[Sentence, ...]:
    """Sentences end at . ! ? (with any closing quotes) before an upper-case
    start, and always at a line break."""
    sentences: list[Sentence] = []
    first = 0
    n = len(tokens)
    for i, tok in enumerate(tokens):
        last = i + 1
        boundary = False
        if i + 1 < n and "\n" in text[tok.end:tokens[i + 1].start]:
            boundary = True
        elif tok.text in _SENTENCE_END or tok.text == "...":
            j = i + 1
            while j < n and tokens[j].text in _CLOSING and tokens[j].start == tokens[j - 1].end:
                j += 1
            if j >= n:
                boundary = False  # the text end closes the sentence below
            else:
                gap = text[tokens[j - 1].end:tokens[j].start]
                nxt = tokens[j].text
                if gap and (nxt[0].isupper() or nxt[0].isdigit() or nxt[0] in "\"„«»“'("):
                    boundary = True
                    last = j
        if boundary and last > first:
            sentences.append(_sentence(tokens, first, last))
            first = last
    if first < n:
        sentences.append(_sentence(tokens, first, n))
    return tuple(sentences)


def _sentence(tokens: Sequence[Token], first: int, last: int) -> Sentence:
    return Sentence(start=tokens[first].start, end=tokens[last - 1].end, first_token=first, last_token=last)
