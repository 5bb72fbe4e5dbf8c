"""The only module that knows spaCy's component API.

chronik's extractors as spaCy components (``nlp.add_pipe("chronik_timexes")``
in a user's own German pipeline), and a user's spaCy pipeline as chronik's
entity recognizer (``--nlp NAME_OR_PATH``). Components run chronik's own
tokenizer on ``doc.text`` so numbers like ``12'000`` stay whole, and write to
``doc.spans["chronik_*"]``, never to ``doc.ents``; each span carries its
record in ``span._.chronik``. spaCy imports this module through the
``spacy_factories`` entry points when a pipeline asks for a component.
"""
from __future__ import annotations

from collections.abc import Sequence

from spacy.language import Language
from spacy.tokens import Doc, Span

from chronik.errors import ConfigError
from chronik.records import Mention, Sentence

# spaCy and OntoNotes-style labels -> chronik's four types.
LABEL_MAP = {
    "PER": "PER", "PERSON": "PER", "LOC": "LOC", "GPE": "LOC", "FAC": "LOC", "ORG": "ORG",
    "MISC": "MISC", "NORP": "MISC", "EVENT": "MISC", "WORK_OF_ART": "MISC", "LAW": "MISC", "PRODUCT": "MISC",
    "LANGUAGE": "MISC",
}


def _ensure_extension() -> None:
    if not Span.has_extension("chronik"):
        Span.set_extension("chronik", default=None)


class _Component:
    """Runs the chronik stages up to ``last`` and exposes one kind of record."""

    kind = ""

    def __init__(self, nlp: Language, name: str) -> None:
        from chronik.pipeline import STAGES, load_toolkit

        _ensure_extension()
        self.name = name
        self.kit = load_toolkit("de")
        wanted = {"entities": "mentions", "timexes": "timexes", "figures": "figures", "quotes": "quotes"}[self.kind]
        needed = {"tokens", wanted}
        for stage in STAGES:
            if stage.adds == wanted:
                needed |= set(stage.needs)
        self.stages = [s for s in STAGES if s.adds in needed]
        self.field = wanted

    def __call__(self, doc: Doc) -> Doc:
        from chronik.ids import article_id
        from chronik.pipeline import analyze
        from chronik.records import Article

        article = Article(id=article_id(doc.text), source="spacy", title=None,
                          published=doc.user_data.get("published"), authors=(), agencies=(), language="de",
                          outlet=None, text=doc.text)
        result = analyze(article, self.kit, self.stages)
        spans = []
        for record in getattr(result, self.field):
            span = doc.char_span(record.start, record.end, label=_label(record), alignment_mode="expand")
            if span is not None:
                span._.chronik = record
                spans.append(span)
        doc.spans[f"chronik_{self.kind}"] = spans
        return doc


def _label(record) -> str:
    for attr in ("label", "type"):
        value = getattr(record, attr, None)
        if value:
            return value
    return type(record).__name__.upper()


class EntitiesComponent(_Component):
    kind = "entities"


class TimexesComponent(_Component):
    kind = "timexes"


class FiguresComponent(_Component):
    kind = "figures"


class QuotesComponent(_Component):
    kind = "quotes"


@Language.factory("chronik_entities")
def make_entities(nlp: Language, name: str) -> EntitiesComponent:
    return EntitiesComponent(nlp, name)


@Language.factory("chronik_timexes")
def make_timexes(nlp: Language, name: str) -> TimexesComponent:
    return TimexesComponent(nlp, name)


@Language.factory("chronik_figures")
def make_figures(nlp: Language, name: str) -> FiguresComponent:
    return FiguresComponent(nlp, name)


@Language.factory("chronik_quotes")
def make_quotes(nlp: Language, name: str) -> QuotesComponent:
    return QuotesComponent(nlp, name)


class UserPipeline:
    """A user's spaCy pipeline standing in for chronik's entity recognizer."""

    def __init__(self, nlp: Language) -> None:
        self.nlp = nlp

    def user_mentions(self, text: str, sentences: Sequence[Sentence]) -> tuple[Mention, ...]:
        doc = self.nlp(text)
        starts = [s.start for s in sentences]
        mentions = []
        for ent in doc.ents:
            label = LABEL_MAP.get(ent.label_)
            if label is None:
                continue  # dates, numbers, money: chronik's own extractors cover them
            index = max((i for i, s in enumerate(starts) if s <= ent.start_char), default=-1)
            mentions.append(Mention(start=ent.start_char, end=ent.end_char, text=ent.text, label=label,
                                    sentence=index))
        return tuple(mentions)


def load_user_pipeline(name: str) -> UserPipeline:
    import spacy

    try:
        nlp = spacy.load(name)
    except (OSError, IOError, ValueError) as err:
        raise ConfigError(f"cannot load the spaCy pipeline {name!r} given with --nlp: {str(err).splitlines()[0]}; "
                          "install it or give the path of a saved pipeline") from None
    return UserPipeline(nlp)
