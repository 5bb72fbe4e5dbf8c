"""Bytes to text: UTF-8 first, then Windows-1252 or Latin-1 when that reads as
German, then a detector, and a refusal for binary data.

A short German file in an 8-bit encoding holds too few non-ASCII bytes for a
detector to tell code pages apart: charset-normalizer reads "Ab März gibt es
zusätzliche Züge für Pendler." saved as Latin-1 as the Baltic DOS code page
(cp775: "Ab Mõrz gibt es zusõtzliche Z³ge f³r Pendler."). Western European
encodings are by far the most common 8-bit ones for German text, so they are
tried first and kept when the result is plausible German; the detector only
decides what they cannot read.
"""
from __future__ import annotations

import re

from charset_normalizer import from_bytes

from chronik.errors import InputError
from chronik.lang.de.encoding import LETTERS

# Share of control characters (other than tab/newline/CR/form feed) above
# which a file is binary, not text; real text has practically none.
BINARY_CONTROL_SHARE = 0.01
# At most this share of a plausible text's letters are non-ASCII: German has
# about 1-2 % umlauts and ß; a Cyrillic or Greek file read as Windows-1252 is
# almost all accented Latin letters. A short text gets more room (a title such
# as "Größe" is 40 % umlauts): below this many letters, half may be.
MAX_NON_ASCII_LETTERS = 0.2
SHORT_TEXT_LETTERS = 40
MAX_NON_ASCII_LETTERS_SHORT = 0.5
# Inside a word only letters, apostrophes and soft or hard hyphens stand between letters.
_WORD_INNER = frozenset("'’‘\u00ad\u2010\u2011-")
_WESTERN = ("cp1252", "latin-1")
_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0e-\x1f]")  # all but tab, newline, CR and form feed


def decode(data: bytes) -> str:
    """Decode a text file; raises InputError with a one-line reason."""
    if not data.strip():
        raise InputError("the file is empty")
    if data.startswith(b"\xef\xbb\xbf"):
        data = data[3:]
    if b"\x00" in data[:4096]:
        raise InputError("the file looks binary (it contains NUL bytes), not text")
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError:
        text = _western(data) or _detected(data)
    if len(_CONTROLS.findall(text)) > BINARY_CONTROL_SHARE * len(text):
        raise InputError("the file looks binary (control characters), not text")
    return text.replace("\r\n", "\n").replace("\r", "\n")


def _western(data: bytes) -> str | None:
    """The text as Windows-1252 (or Latin-1), when that reads as German."""
    for encoding in _WESTERN:
        try:
            text = data.decode(encoding)
        except UnicodeDecodeError:
            continue  # one of the five bytes Windows-1252 leaves undefined
        if plausible_german(text):
            return text
    return None


def _detected(data: bytes) -> str:
    best = from_bytes(data).best()
    if best is None:
        raise InputError("cannot tell the text encoding; save the file as UTF-8")
    return str(best)


def plausible_german(text: str) -> bool:
    """No C1 control characters; few non-ASCII letters, German ones (or at
    least one German one among other Latin-1 letters: "François traf im Café
    in Köln"); no symbol between two letters of a word ("M„rz", "f³r")."""
    if any("\x80" <= ch <= "\x9f" for ch in text):
        return False
    letters = [ch for ch in text if ch.isalpha()]
    foreign = [ch for ch in letters if ord(ch) > 127]
    limit = MAX_NON_ASCII_LETTERS if len(letters) >= SHORT_TEXT_LETTERS else MAX_NON_ASCII_LETTERS_SHORT
    if len(foreign) > limit * len(letters):
        return False
    german = sum(ch in LETTERS for ch in foreign)
    if german * 2 < len(foreign) and not (german and all(ch <= "\xff" for ch in foreign)):
        return False
    for i in range(1, len(text) - 1):
        ch = text[i]
        if ord(ch) > 127 and not ch.isalpha() and ch not in _WORD_INNER \
                and text[i - 1].isalpha() and text[i + 1].isalpha():
            return False
    return True
