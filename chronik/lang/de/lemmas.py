"""German lemmas: the rules that turn a word and its part of speech into its lemma.

The lemmatizer in ``chronik.extract.syntax`` looks a word up in this order:
1. ``lemmas_ud.tsv``: word, part of speech and lemma from the Universal
   Dependencies German treebanks GSD (dev) and PUD (CC BY-SA 4.0 / 3.0; see
   ``chronik/models/lang_de/LICENSE.md``), written by ``scripts/train_lang.py``
   only where the general rules below give another lemma than the treebank;
2. simplemma's German lookup (a dependency; MIT, its data sources and
   licences listed in its own distribution), with the rules below.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import resources

# Words that are their own lemma whatever a lookup says.
UNCHANGED_POS = frozenset({"PROPN", "NUM", "PUNCT", "SYM", "X"})
# Adjective endings (superlative first), stripped from an adjective the
# lookup does not know or reads as a verb: "vereinigten" -> "vereinigt".
ADJECTIVE_ENDINGS = ("sten", "ster", "stes", "stem", "ste", "en", "er", "es", "em", "e")
MIN_ADJECTIVE_STEM = 3
# What may stand before "ge" in a weak participle: nothing, or a separable
# particle ("aus-ge-bombt"). Origin: German grammar.
PARTICIPLE_PREFIXES = tuple(sorted(("", "ab", "an", "auf", "aus", "bei", "ein", "fest", "fort", "frei", "her", "hin",
                                    "los", "mit", "nach", "vor", "weg", "zu", "zurück", "zusammen", "bekannt"),
                                   key=lambda p: (-len(p), p)))
# Regular (weak) verb endings and what the infinitive puts in their place,
# longest first: "meldete" -> "melden", "meldet" -> "melden".
VERB_ENDINGS = (("test", "en"), ("teten", "en"), ("eten", "en"), ("ten", "en"), ("tet", "en"), ("te", "en"),
                ("est", "en"), ("st", "en"), ("et", "en"), ("t", "en"), ("e", "en"))


@dataclass(frozen=True, slots=True, kw_only=True, eq=False)
class LemmaRules:
    exceptions: dict[tuple[str, str], str]  # (word, UPOS) -> lemma
    unchanged_pos: frozenset[str]
    adjective_endings: tuple[str, ...]
    min_adjective_stem: int
    verb_endings: tuple[tuple[str, str], ...]
    participle_prefixes: tuple[str, ...]  # "" and the separable particles, longest first


def _exceptions() -> dict[tuple[str, str], str]:
    table: dict[tuple[str, str], str] = {}
    path = resources.files("chronik.lang.de").joinpath("lemmas_ud.tsv")
    if not path.is_file():
        return table
    for line in path.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            word, pos, lemma = line.split("\t")
            table[(word, pos)] = lemma
    return table


LEMMA_RULES = LemmaRules(exceptions=_exceptions(), unchanged_pos=UNCHANGED_POS,
                         adjective_endings=ADJECTIVE_ENDINGS, min_adjective_stem=MIN_ADJECTIVE_STEM,
                         verb_endings=VERB_ENDINGS, participle_prefixes=PARTICIPLE_PREFIXES)
