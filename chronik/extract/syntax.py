"""The German language core: part of speech, lemma, morphology and dependency
tree for every sentence, read once per article and shared by every extractor.

The model (``chronik/models/lang_de/``) is a small spaCy pipeline (a shared
CNN token encoder, a morphologizer for part of speech and features, a
transition-based dependency parser) trained here by ``scripts/train_lang.py``
from Universal Dependencies German; its accuracy and licence are stated next
to it. This module is the only one that runs it: it feeds chronik's own
tokens and sentences (so numbers like ``12'000`` stay whole) and returns a
plain ``Syntax`` record. Lemmas come from rules and lookups
(``chronik.lang.de.lemmas``), not from the network.
"""
from __future__ import annotations

from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path

from chronik.records import Sentence, Syntax, Token

MODEL_PATH = Path(__file__).resolve().parent.parent / "models" / "lang_de"
# Sentences the network takes at once: enough to fill its matrix products.
BATCH_SENTENCES = 256


_CORES: dict[str, "LanguageCore"] = {}


def model_version(path: Path = MODEL_PATH) -> str:
    """The trained model's version (a hash of its weights, written by
    scripts/train_lang.py), read without loading the model."""
    import json

    try:
        meta = json.loads((path / "meta.json").read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "missing"
    return str(meta.get("chronik_weights") or meta.get("version", "0"))


def load_language_core(language: str = "de") -> "LanguageCore":
    """The language core of ``language``, loaded once per process."""
    if language not in _CORES:
        _CORES[language] = LanguageCore()
    return _CORES[language]


class LanguageCore:
    """The trained model and the lemma rules, loaded once per process."""

    def __init__(self, path: Path = MODEL_PATH, lemma_rules=None) -> None:
        import spacy

        from chronik.errors import ConfigError

        try:
            self.nlp = spacy.load(path)
        except (OSError, IOError, ValueError) as err:
            raise ConfigError(f"cannot load chronik's language model at {path}: {str(err).splitlines()[0]}; "
                              "reinstall chronik or run scripts/train_lang.py") from None
        self._one_blas_thread = _numpy_matrix_products(self.nlp)
        if lemma_rules is None:
            from chronik.lang.de.lemmas import LEMMA_RULES as lemma_rules
        self.lemmas = Lemmatizer(lemma_rules)
        self.lemmas.known("Haus")  # the lookup reads its dictionary on first use: here, with the model
        self.version = model_version(Path(path))
        self._strings: dict[int, str] = {}

    def analyse(self, text: str, tokens: Sequence[Token], sentences: Sequence[Sentence]) -> Syntax:
        """Tags, lemmas, features and the tree of every token of every sentence.

        Each sentence is its own spaCy document (the network was trained on
        single sentences); the attributes come back as arrays, their strings
        looked up once per kind, which is most of the time saved."""
        from spacy.attrs import DEP, HEAD, MORPH, POS
        from spacy.tokens import Doc

        if not tokens:
            return Syntax()
        vocab = self.nlp.vocab
        ends = [t.start for t in tokens[1:]] + [len(text)]
        docs = [Doc(vocab, words=[t.text for t in tokens[s.first_token:s.last_token]],
                    spaces=[tokens[k].end < ends[k] for k in range(s.first_token, s.last_token)])
                for s in sentences]
        pos: list[str] = []
        morph: list[str] = []
        head: list[int] = []
        dep: list[str] = []
        names = self._names
        with self._one_blas_thread():
            parsed = list(self.nlp.pipe(docs, batch_size=BATCH_SENTENCES))
        for s, doc in zip(sentences, parsed):
            array = doc.to_array([POS, MORPH, HEAD, DEP])
            offsets = array[:, 2].view("int64").tolist()  # HEAD: the signed offset to the head
            first = s.first_token
            for i, (p, m, _, d) in enumerate(array.tolist()):
                pos.append(names(p) or "X")
                morph.append(names(m))
                head.append(first + i + offsets[i])
                dep.append(names(d))
        lookup = self.lemmas.lookup  # (the cached lookup itself, one call less per token)
        lemma = tuple([lookup(t.text, p) for t, p in zip(tokens, pos)])
        return Syntax(pos=tuple(pos), lemma=lemma, morph=tuple(morph), head=tuple(head), dep=tuple(dep))

    def _names(self, key: int) -> str:
        """The string of a spaCy attribute id (part of speech, features, relation), cached."""
        name = self._strings.get(key)
        if name is None:
            name = "" if key == 0 else self.nlp.vocab.strings[key]
            name = {"ROOT": "root", "": ""}.get(name, name)
            self._strings[key] = name
        return name


def _numpy_matrix_products(nlp):
    """Let the network multiply its matrices with numpy's BLAS, one thread at a
    time, instead of thinc's default (blis): the same tags and trees (checked on
    the 1,028 10kGNAD test articles) for about 30 % less time in the language
    core on this machine. One thread, since the build already runs a process
    per core and more threads only wait for each other. Returns the context
    that holds BLAS to one thread while the network runs; only this model's
    layers change, so other spaCy or numpy work in the process is left as it is."""
    from thinc.api import NumpyOps
    from threadpoolctl import ThreadpoolController

    ops = NumpyOps(use_blis=False)
    for _, component in nlp.pipeline:
        model = getattr(component, "model", None)
        if model is not None:
            for layer in model.walk():
                layer.ops = ops
    controller = ThreadpoolController()
    return lambda: controller.limit(limits=1, user_api="blas")


class Lemmatizer:
    """Word and part of speech to lemma: the treebank's exceptions first, then
    simplemma's lookup with the rules of ``LemmaRules``."""

    def __init__(self, rules) -> None:
        self.rules = rules
        self.lookup = lru_cache(maxsize=200_000)(self._lookup)

    def __call__(self, word: str, pos: str) -> str:
        return self.lookup(word, pos)

    def known(self, word: str) -> bool:
        """A word the lookup holds (``legen``; not ``beiführen``)."""
        import simplemma

        return simplemma.is_known(word, lang="de")

    def _lookup(self, word: str, pos: str) -> str:
        import simplemma

        rules = self.rules
        known = rules.exceptions.get((word, pos))
        if known is not None:
            return known
        if pos in rules.unchanged_pos or not word[:1].isalpha():
            return word
        if pos == "NOUN":
            lemma = simplemma.lemmatize(word, lang="de")
            return lemma[:1].upper() + lemma[1:] if word[:1].isupper() else lemma
        low = word.lower()
        lemma = simplemma.lemmatize(low, lang="de")
        if pos in ("VERB", "AUX") and not lemma.endswith("n"):
            return self._verb(low)
        if pos == "ADJ" and (lemma == low or lemma.endswith("en") and low.startswith(lemma[:-2])
                             and not low.startswith(lemma)):
            return self._adjective(low)
        return lemma

    def _verb(self, low: str) -> str:
        """A verb form the lookup reads as another word (``berichten`` -> ``Bericht``):
        the infinitive from the regular endings; a weak participle loses its
        ``ge`` (``ausgebombt`` -> ``ausbomben``, ``zugebilligt`` -> ``zubilligen``)."""
        cut = 2 if low.endswith("et") else 1  # "ausgerichtet" -> ausrichten, "ausgebombt" -> ausbomben
        for prefix in self.rules.participle_prefixes:
            if low.startswith(prefix + "ge") and low.endswith("t") and len(low) - len(prefix) >= 5:
                return self._infinitive(prefix + low[len(prefix) + 2:-cut])
        if low.endswith("t"):  # a particle the rules do not list: "herbeigeführt" -> herbei + führen
            import simplemma

            for i in range(2, len(low) - 4):
                if low.startswith("ge", i) and simplemma.is_known(low[i + 2:-cut] + "en", lang="de"):
                    return low[:i] + low[i + 2:-cut] + "en"
        if low.endswith(("en", "ern", "eln")):
            return low
        for ending, infinitive in self.rules.verb_endings:
            if low.endswith(ending) and len(low) - len(ending) >= 3:
                return self._infinitive(low[:-len(ending)]) if infinitive == "en" else low[:-len(ending)] + infinitive
        return low

    @staticmethod
    def _infinitive(stem: str) -> str:
        """The infinitive of a weak verb's stem: ``-en``, but ``-n`` after the unstressed ``-er`` and
        ``-el`` of a stem (German grammar: ``erwider-t`` -> ``erwidern``, ``verdoppel-t`` ->
        ``verdoppeln``), where the lookup knows that word and not the ``-en`` one (``beschweren``)."""
        import simplemma

        if stem.endswith(("er", "el")) and not simplemma.is_known(stem + "en", lang="de") \
                and simplemma.is_known(stem + "n", lang="de"):
            return stem + "n"
        return stem + "en"

    def _adjective(self, low: str) -> str:
        """An inflected adjective or participle the lookup does not know as one."""
        for ending in self.rules.adjective_endings:
            if low.endswith(ending) and len(low) - len(ending) >= self.rules.min_adjective_stem:
                return low[:-len(ending)]
        return low
