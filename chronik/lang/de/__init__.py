"""German resources, wired into one ``LanguageResources`` record."""
from chronik.lang import LanguageResources
from chronik.lang.de.abbreviations import ABBREVIATIONS
from chronik.lang.de.cleaning import CLEANING_RULES
from chronik.lang.de.demonyms import DEMONYM_DATA
from chronik.lang.de.entities import ENTITY_LEXICON
from chronik.lang.de.events import EVENT_LEXICON
from chronik.lang.de.grammar import GRAMMAR
from chronik.lang.de.names import NAME_RULES
from chronik.lang.de.numbers import NUMBER_LEXICON
from chronik.lang.de.quotes import QUOTE_LEXICON
from chronik.lang.de.statements import STATEMENT_LEXICON
from chronik.lang.de.time import TIME_LEXICON

RESOURCES = LanguageResources(
    code="de",
    abbreviations=ABBREVIATIONS,
    cleaning=CLEANING_RULES,
    entities=ENTITY_LEXICON,
    names=NAME_RULES,
    time=TIME_LEXICON,
    numbers=NUMBER_LEXICON,
    quotes=QUOTE_LEXICON,
    events=EVENT_LEXICON,
    demonyms=DEMONYM_DATA,
    grammar=GRAMMAR,
    statements=STATEMENT_LEXICON,
)
