"""Name variants and titles, for merging entity mentions.

Origin: German press spellings (Duden/dpa transliteration of Russian,
Ukrainian, Korean, Chinese and Arabic names) against the English/Latin forms
found in international copy; titles and honorifics of German news style.
"""
from __future__ import annotations

from dataclasses import dataclass

from chronik.lang.de.roles import ROLE_NOUNS

# Variant spellings -> one canonical key (all lower-case, compared per word).
TRANSLITERATIONS = {
    "lavrov": "lawrow", "lawrov": "lawrow",
    "pyongyang": "pjöngjang", "phjongjang": "pjöngjang",
    "beijing": "peking",
    "kyiv": "kiew", "kyjiw": "kiew", "kiev": "kiew",
    "zelensky": "selenskyj", "zelenskyy": "selenskyj", "selenski": "selenskyj", "zelenskyj": "selenskyj",
    "vladimir": "wladimir", "sergei": "sergej", "sergey": "sergej", "dmitry": "dmitri", "dmitrij": "dmitri",
    "peskov": "peskow", "medvedev": "medwedew", "shoigu": "schoigu", "lukashenko": "lukaschenko",
    "erdogan": "erdoğan", "netanyahu": "netanjahu", "khrushchev": "chruschtschow",
    "khamenei": "chamenei", "navalny": "nawalny", "moscow": "moskau", "seoul": "seoul",
    "tehran": "teheran", "gaddafi": "gaddafi", "kadhafi": "gaddafi", "ghaddafi": "gaddafi",
    "xi": "xi", "jinping": "jinping", "choe": "choe", "choi": "choe",
}

# Words that precede a name as a title and are not part of it.
TITLES = ROLE_NOUNS | frozenset("herr frau dr dr. prof prof. us-präsident".split())

# Endings of an inflected (genitive) name: "Putins", "Kims", "Russlands".
GENITIVE_ENDINGS = ("s", "'", "’")


@dataclass(frozen=True, slots=True, eq=False)
class NameRules:
    transliterations: dict
    titles: frozenset[str]
    genitive_endings: tuple[str, ...]


NAME_RULES = NameRules(transliterations=TRANSLITERATIONS, titles=TITLES, genitive_endings=GENITIVE_ENDINGS)
