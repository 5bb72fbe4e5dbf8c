"""German resources, wired into one ``LanguageResources`` record."""
from chronik.lang import LanguageResources
from chronik.lang.de.abbreviations import ABBREVIATIONS, MONTH_WORDS

RESOURCES = LanguageResources(
    code="de",
    abbreviations=ABBREVIATIONS,
    months=MONTH_WORDS,
)
