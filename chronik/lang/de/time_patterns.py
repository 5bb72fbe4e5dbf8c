"""German regular expressions of the timex rules, as data for ``chronik.extract.timexes``.

``rule_patterns(lex)`` gives one pattern per rule name of ``timexes.RULES``; the
extractor joins them, in the table's order, into one regex, so a rule earlier in
the table wins where two match at the same place. A pattern names its own groups
(``(?P<d>...)``); the extractor prefixes them with the rule name, so a group name
need be unique only within its pattern. Every word list comes from the
``TimeLexicon`` of ``time.py``.

Origin: German date and time notation (DIN 5008 and Duden: ``15.08.2025``,
``15. August 2025``, ``14.30 Uhr``, ``20 Uhr``, era suffixes ``v. Chr.``) and the
TIMEX3 span convention (a leading preposition or article is not part of the span;
a modifier that changes the value is).
"""
from __future__ import annotations

import re
from typing import Any, Iterable

# A year that runs over two calendar years, as German writes it (a business year, a season, a school
# year: "Geschäftsjahr 2010/2011", "Saison 2010/11"): no one year dates what happened in it.
TWO_CALENDAR_YEARS = re.compile(r"\b\d{4}/(?:\d{4}|\d{2})\b")

# Regex fragments with German words, kept here so that the extractor holds no German literal.
BC = r"v\.\s?Chr\.?|vor\s+Christus"
AD = r"n\.\s?Chr\.?|nach\s+Christus"
OF_YEAR = r"(?:des(?:selben)?|dieses)\s+Jahres"
EVERY_YEAR = r"(?:eines\s+)?jede[ns]\s+Jahres"  # "im Mai (eines) jeden Jahres": every year's May, no one year
OF_THE = r"(?:des|der|dieses|diesen)"
YEAR_OF = r"des\s+Jahres"  # "im ersten Quartal des Jahres 2007"
HALVES = r"(?:Quartals?|Halbjahr(?:es|s)?|Jahreshälfte)"
DAY_RANGE = r"(?:bis(?:\s+zum)?|und|oder|/|–|-|auf\s+den|zum)"
# Between the days of a list or range ("15. bis 17.", "3., 4. und 5.", "16. und 17. sowie am 23."); each
# alternative takes at least one character, so that the repeated list cannot backtrack without end.
DAY_LIST = r"\s*(?:,\s*(?:(?:und|sowie|oder|bis)\s+)?|(?:und|sowie|oder|bis(?:\s+zum)?|auf\s+den|zum)\s+|[/–-]\s*)"
ARTICLE = r"(?:den|dem)"
YEAR_WORD = r"Jahr(?:e|es)?"
CENTURY_WORD = r"Jahrhundert(?:s|e|en)?|Jh\."
DECADE_SUFFIX = r"er(?:\s+|-)Jahre[ns]?"
# "1950er und 1960er Jahren": the first decade of a list names its decade without "Jahre"; "1990-er" is a
# common spelling beside "1990er" (Duden writes "1990er-Jahre").
DECADE_LIST = r"(?:und|oder|bis|/)"
CLOCK = r"Uhr"
HOUR = r"(?:[01]?\d|2[0-3])"
MINUTE = r"[0-5]\d"
TIME_LIST = r"(?:bis|und|oder|/|–|-)"  # "10 bis 18 Uhr", "14.00 und 17.40 Uhr", "9.30/12.30 Uhr"
AGO = r"[Vv]or"
AFTER = r"[Nn]ach|[Ii]nnerhalb|[Bb]innen"
OF_DAY = r"(?:desselben|dieses|des\s+(?:gleichen|selben|folgenden|nächsten|darauffolgenden))\s+Tages"
# "seit Langem", "seit Längerem": the capitals the 2006 spelling allows (Duden)
LONG_TIME = r"[Ll]ange[mr]?(?:\s+Zeit)?|[Ll]ängerem|(?:kurze|längere|einige)[mr]?\s+Zeit"
SINCE = r"[Ss]eit"
NIGHT_FROM = r"Nacht\s+(?:vom|zum)"
NIGHT_FROM_WEEKDAY = r"Nacht\s+von"  # "in der Nacht von Freitag auf Samstag": the night of Friday
NIGHT_TO = r"Nacht\s+(?:auf|zum|zu)"  # "in der Nacht auf/zu Sonntag": the night that ends on Sunday
# "kurz vor Weihnachten", "kurz nach Ostern": some days before or after a holiday, not the holiday itself (the
# modifier changes the value, so it belongs to the span: TIMEX3 extent)
SHORTLY = r"[Kk]urz"
BEFORE_AFTER = r"vor|nach"
# "Morgen" (capitalized) is tomorrow only at the start of a sentence and not before a genitive ("Morgen des
# 3. Mai") or "für" ("Morgen für Morgen"): the lookbehind admits text start or a sentence mark and a space.
TOMORROW_AT_START = r"(?<![^\n.!?:\"„“]\s)(?P<w2>Morgen)(?!\s+(?:des|der|dieses|für)\b)(?=\s+(?:[a-zäöüß]|Abend|Nachmittag|Vormittag|Mittag))"
# "in (der) Zukunft", "für die Zukunft"; "in" is a leading preposition, out of the span (as all news gold has it)
FUTURE_PHRASE = r"(?:(?<=[Ii]n\s)(?:der\s+Zukunft|Zukunft)|(?<=[Ff]ür\s)die\s+Zukunft)"
# "in der (jüngeren) Vergangenheit": the past (TIMEX3 PAST_REF, as "in the past" in the TimeML guidelines); the
# span keeps the article, as KRAUTS does ("der Zukunft"). "die Vergangenheit aufarbeiten" is no time.
PAST_PHRASE = r"(?<=[Ii]n\s)der\s+(?:(?:jüngeren|jüngsten|näheren|nahen|ferneren|fernen)\s+)?Vergangenheit"
ADJ_ENDING = r"(?:e|en|er|es|em)?"
# "einundzwanzig" ... "neunundneunzig": a unit, "und", a tens word (num_value reads it)
COMPOUND_NUMBER = r"(?:[Ee]in|[Zz]wei|[Dd]rei|[Vv]ier|[Ff]ünf|[Ss]echs|[Ss]ieben|[Aa]cht|[Nn]eun)und(?:zwanzig|dreißig|vierzig|fünfzig|sechzig|siebzig|achtzig|neunzig)"
HALF = r"[Ee]in(?:e[mnrs]?)?\s+halbe[mnrs]?"  # "ein halbes Jahr", "einer halben Stunde"


def alt(words: Iterable[str], capitalize: bool = True) -> str:
    """An alternation of ``words``, longest first, with their capitalized forms when asked."""
    forms: set[str] = set()
    for word in words:
        forms.add(word)
        if capitalize:
            forms.add(word[:1].upper() + word[1:])
    return _longest_first(forms)


def _longest_first(words: Iterable[str]) -> str:
    """A regex that tries ``words`` longest first, written as a tree of their shared beginnings
    (``Jän(?:ner)?``, ``M(?:ai|ärz)``): it matches what ``Jänner|Jän|März|Mai`` matches, in the
    same order (of the words that match at one place each is the beginning of the next longer
    one, and both forms try the longer first), but the regex engine reads a shared beginning
    once instead of once per word. Only for patterns that tell upper from lower case."""
    tree: dict = {}
    for word in words:
        node = tree
        for ch in word:
            node = node.setdefault(ch, {})
        node[""] = {}  # a word ends here
    return "(?:" + _branches(tree) + ")"


def _branches(node: dict) -> str:
    branches = []
    for ch in sorted(k for k in node if k):
        text, child = re.escape(ch), node[ch]
        while len(child) == 1 and "" not in child:  # one way on: no choice to make
            (ch, child), = child.items()
            text += re.escape(ch)
        branches.append(text + _branches(child))
    if not branches:
        return ""
    if "" in node:
        return "(?:" + "|".join(branches) + ")?"  # the longer words first, then the word that ends here
    return branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"


def _noun_case(word: str) -> str:
    """A word of a holiday name as written: nouns and adjectives capitalized, also after a hyphen
    ("Herz-Jesu-Sonntag"), the article "der" and an ordinal not ("Tag der Arbeit", "ersten Weihnachtsfeiertag")."""
    if word in ("der", "des", "ersten", "zweiten"):
        return word
    return "-".join(part[:1].upper() + part[1:] for part in word.split("-"))


def _capitalized(words: Iterable[str]) -> str:
    """Nouns (months, weekdays): the capitalized form only."""
    return _longest_first(w[:1].upper() + w[1:] for w in words)


def rule_patterns(lex: Any) -> dict[str, str]:
    """Rule name -> German pattern, built from the word lists of ``lex`` (a ``TimeLexicon``)."""
    sp = r"\s+"
    end = r"(?!\w)"
    mon = _capitalized(lex.months)
    mabbr = _capitalized(lex.month_abbreviations) + r"\."
    anymon = f"(?:{mon}|{mabbr})"
    day = r"(?:0?[1-9]|[12]\d|3[01])"
    y4 = r"(?<![\d.,'’])(?:1\d\d\d|20\d\d)(?![\d]|[.,'’]\d)"
    era_year = rf"(?:{y4}|\d{{1,4}}(?=\s*(?:{BC}|{AD})))"
    weekday = _capitalized(lex.weekdays)
    weekday_set = alt(w + "s" for w in lex.weekdays)
    dpart = alt(lex.day_parts)
    dp_suffix = "(?:" + "|".join(sorted(lex.day_parts, key=len, reverse=True)) + ")"
    dp_adv = alt(lex.day_part_adverbs, capitalize=False)
    # the hours 1-12 as words ("acht"), for "halb acht"; inflected "ein" forms are articles
    hour_words = alt([w for w, v in lex.number_words.items() if 1 <= v <= 12 and v == int(v)
                      and w not in ("ein", "eine", "einen", "einem", "einer", "eines", "beiden")], capitalize=False)
    numw = alt(lex.number_words)
    num = rf"(?:(?<![\d.])\d{{1,3}}(?:\.\d{{3}})+(?![\d.])|(?<![\d.])\d+(?:,\d+)?|{numw})"  # "14.000", "2,5"
    quant = alt(lex.vague_quantities)
    rel = alt(list(lex.deictic_relatives) + list(lex.anaphoric_relatives))
    period = alt(lex.periods)
    phase = alt(lex.phases)
    qmod = alt(lex.quantity_mods)
    rel_day = "(?:" + "|".join(
        w if w in lex.lower_case_only else f"{w}|{w[:1].upper() + w[1:]}"
        for w in sorted(lex.relative_days, key=len, reverse=True)
    ) + ")"
    period_unit = alt(w for w, v in lex.set_units.items() if v.startswith("P"))
    # "im Monat", "am Tag": the unit only, after its preposition (a lookbehind per preposition: fixed widths)
    holidays = "|".join(r"\s+".join(re.escape(_noun_case(w)) for w in name.split()) for name in sorted(
        [*lex.fixed_holidays, *lex.easter_holidays, *lex.weekday_holidays], key=lambda n: (-len(n), n)))
    # "im Mai des vergangenen Jahres", and without the article "im April letzten Jahres" (genitive "Jahres" only)
    # "im Februar des Vorjahres", "im Herbst des Folgejahres": the year a relative noun names
    of_year_rel = (rf"(?P<of>{OF_YEAR}|des{sp}(?P<ofr>{rel}){sp}{YEAR_WORD}s?|(?P<ofr2>{rel}){sp}Jahres"
                   rf"|des{sp}(?P<ofn>Vorjahres|Folgejahres))")
    return {
        "iso": r"(?P<y>\d{4})-(?P<m>\d\d)-(?P<d>\d\d)(?:T(?P<h>\d\d):(?P<mi>\d\d)(?::\d\d)?)?(?!\d)",
        "numeric": rf"(?:(?P<dp>(?:(?:früh|spät)(?:en)?{sp})?{dpart}){sp}(?:des|vom){sp})?(?<![\d.])(?P<d>{day})\.(?P<m>0?[1-9]|1[0-2])\.(?P<y>(?:1\d|20)\d\d|\d\d)(?!\d|[.,]\d)",
        "day_month": rf"(?:(?P<dp>(?:(?:früh|spät)(?:en)?{sp})?{dpart}|{phase}){sp}(?:des|vom){sp})?"
              rf"(?P<d>{day})\.\s?(?P<m>{anymon})s?"
              rf"(?:,?{sp}(?:{YEAR_OF}{sp})?(?P<y>{era_year})(?:\s*(?P<bc>{BC})|\s*{AD})?|{sp}{of_year_rel}|(?={sp}{CLOCK}))?{end}"
              rf"(?:{sp}(?P<dpa>{dp_adv}){end})?",  # "am 17. Juli morgens"
        "day_range": rf"(?:(?P<n>{NIGHT_FROM}){sp})?(?P<d>{day})\."
                     rf"(?=(?:{DAY_LIST}(?:(?:am|{ARTICLE}){sp})?{day}\.)+\s?(?P<m>{anymon})(?:{sp}(?P<y>{y4}))?)",
        "holiday": rf"(?:(?P<k>{SHORTLY}){sp}(?P<kd>{BEFORE_AFTER}){sp})?(?P<w>{holidays}){end}(?:{sp}(?P<y>{y4}))?",
        "weekday": rf"(?:(?P<n>{NIGHT_TO}){sp}|(?P<nf>{NIGHT_FROM_WEEKDAY}){sp})?(?:(?P<r>{rel}){sp})?(?<!-)(?P<w>{weekday})"
                   rf"(?:(?P<dp>{dp_suffix})|{sp}(?P<dp2>{_capitalized(lex.weekday_day_parts)}|früh){end}"
                   rf"(?!{sp}(?:des|der|vom|zum)\b))?"
                   rf"(?:\s*,\s*(?:{ARTICLE}{sp})?(?P<d>{day})\.\s?(?P<m>{anymon})(?:{sp}(?P<y>{y4}))?"
                   rf"|\s*,\s*(?:{ARTICLE}{sp})?(?P<nd>{day})\.(?P<nm>0?[1-9]|1[0-2])\.(?:(?P<ny>(?:1\d|20)\d\d)(?!\d)|(?![\d]|\s?\d))"
                   rf"|{sp}(?:der{sp})?(?P<wr>{rel}){sp}Woche)?{end}",
        "numeric_day_month": rf"(?<![\d.])(?P<d>{day})\.(?P<m>0?[1-9]|1[0-2])\.(?![\d]|\s?\d)",
        "weekday_set": rf"(?P<w>{weekday_set}){end}"
                       # "an Sonntagen", "an den Wochenenden": the plural after "an" recurs, as "sonntags"
                       rf"|(?<=\b[Aa]n\s)(?:den{sp})?(?P<pl>{alt(w[:1].upper() + w[1:] + 'en' for w in lex.weekdays if w.endswith('tag'))}|Wochenenden){end}",
        "ago": rf"{AGO}{sp}(?:(?P<q>{qmod}){sp})?(?:(?P<n>{num}|{quant}){sp}(?:(?P<x>{alt(lex.large_numbers)}){sp})?)?"
               rf"(?P<u>{alt(lex.units_dative)}){end}",
        "century": rf"(?:(?P<p>{phase}){sp}(?:{OF_THE}{sp})?)?(?P<n>\d{{1,2}})\.\s?(?:{CENTURY_WORD})(?P<bc>\s*{BC})?",
        "decade": rf"(?:(?P<p>{phase}){sp}(?:{OF_THE}{sp})?)?"
               rf"(?:(?P<n>(?:1\d|20)?\d0)-?(?:{DECADE_SUFFIX}|er(?={sp}{DECADE_LIST}{sp}(?:1\d|20)?\d0-?{DECADE_SUFFIX}))"
               rf"|(?P<w>{alt(lex.decade_words)})(?:{sp}|-)?[Jj]ahre[ns]?){end}",
        # "im letzten Quartal des Jahres 2007": with a year named, "letzten" is the year's last quarter (half)
        # "im 1. Quartal", "im 2. Halbjahr 2014": the ordinal written in digits
        "quarter": rf"(?:(?P<o>{alt(lex.ordinals, capitalize=False)})|(?<![\d.])(?P<od>[1-4])\.|(?P<last>letzte[nm]?)(?={sp}{HALVES}{sp}(?:{YEAR_OF}{sp})?{y4}))"
              rf"{sp}(?:(?P<q>Quartals?)|Halbjahr(?:es|s)?|Jahreshälfte)"
              rf"(?:{sp}(?:{YEAR_OF}{sp})?(?P<y>{y4})|{sp}(?P<of>{OF_YEAR})|{sp}des{sp}(?P<rn>Vorjahres|Folgejahres))?{end}",
        "relative_period": rf"(?:(?P<p>{phase}){sp}(?:{OF_THE}{sp})?)?(?P<r>{rel}){sp}(?:(?P<n>{num}){sp})?(?P<u>{period}){end}",
        "phase_of": rf"(?P<p>{phase}){sp}(?:des|der){sp}(?P<u>{period})(?:{sp}(?P<y>{y4}))?{end}",
        "phase_compound": rf"(?P<w>{alt(lex.phase_compounds)})(?:{sp}(?P<y>{y4}))?{end}",
        # "Ende des Vorjahres", "Mitte des Vormonats": the phase belongs to the span, as in "Ende des Jahres"
        "relative_noun": rf"(?:(?P<p>{phase}){sp}(?:des|der){sp})?(?P<w>{alt(lex.relative_nouns)}){end}",
        "season": rf"(?:(?P<r>{rel}){sp})?(?:(?:(?P<early>früh|Früh)|(?P<late>spät|Spät))(?:en)?{sp})?(?P<w>{alt(lex.seasons)})"
               rf"(?:{sp}(?:{OF_YEAR}{sp})?(?P<y>{era_year})(?P<bc>\s*{BC})?|{sp}{of_year_rel})?{end}",
        "month": rf"(?:(?P<p>{phase}){sp})?(?P<m>{anymon})"
              rf"(?:{sp}(?:{YEAR_OF}{sp})?(?P<y>{era_year})(?P<bc>\s*{BC})?|{sp}{of_year_rel}|{sp}(?P<every>{EVERY_YEAR}))?(?!\w)"
              rf"(?:(?=\s*{DAY_RANGE}\s*{anymon}{sp}(?P<ly>{y4})))?",
        # a phase word is no heading over the paragraph of its year ("Verlauf\n\n1861 ..."): no blank line between
        "year": rf"(?:(?P<p>{phase})(?:(?!\n\s*\n)\s)+(?:{OF_YEAR}{sp})?|(?P<q>{qmod}){sp}(?:(?:das|dem){sp}{YEAR_WORD}{sp})?)?"
              # "264–260 v. Chr.", "478/477 v. Chr.": the first year of a range before Christ is one too
              rf"(?:(?P<j>{YEAR_WORD}|(?:{alt(lex.year_compounds, capitalize=False)})jahr(?:es|s)?){sp})?(?P<y>(?<![\d.,])\d{{1,4}}(?=\s*[–/-]\s*(?P<bcr_y>\d{{1,4}})\s*(?P<bcr>{BC}))|{era_year})"
              rf"(?P<bc>\s*{BC})?(?P<ad>\s*{AD})?(?!\w)"
              # "1870/71", "1914–18": a second year, written short, after a slash or a dash
              rf"(?=(?P<sep>[/–-])(?P<y2>\d\d)(?![\d/]|[.,]\d))?",
        "relative_day": rf"(?:(?P<w>{rel_day})|{TOMORROW_AT_START})(?:{sp}(?P<dp>{dp_adv}|{dpart}))?{end}",
        "today_adjective": rf"(?P<a>{alt(lex.day_adjectives)}(?:e[nm]?)){sp}(?:(?P<w>{weekday})(?P<wdp>{dp_suffix})?|(?P<dp>{_capitalized(lex.day_parts)})"
                           rf"|(?P<t>Tag|Tages)){end}"
                           # "die heutige Kundgebung", "der heutigen Landtagssitzung": the adjective alone
                           rf"|(?P<oa>[Hh]eutige[nm]?)(?={sp}(?:[A-ZÄÖÜ][a-zäöüß]*{alt((h + e for h in lex.occasion_heads for e in ('', 'n', 'en')), capitalize=False)}|{alt(h + e for h in lex.occasion_heads for e in ('', 'n', 'en'))})(?![\wäöüß-]))",
        "day_part": rf"(?:(?P<r>{rel}){sp})?(?:(?:(?P<early>früh)|(?P<late>spät))(?:en)?{sp})?"
                    rf"(?P<dp>{_capitalized(lex.day_parts)}){end}(?!{sp}(?:des|der|dies|vom|von|zum|zu|auf)(?:\b|selben|jenigen|es))"
                    rf"(?:{sp}(?P<s>{alt(lex.shift_words, capitalize=False)}){end})?",
        "relative_year": rf"(?P<w>{alt(lex.relative_year_words)}){end}"
                         rf"|(?P<a>{alt(lex.relative_year_adjectives, capitalize=False)})(?:e|en|er|es|em){end}",
        "clock": rf"(?P<h>{HOUR})(?:[:.](?P<m>{MINUTE}))?\s?{CLOCK}(?:{sp}(?P<m2>{MINUTE})(?![\d,.]\d))?"
              rf"(?:{sp}(?P<dp>{dp_adv}))?{end}",
        "clock_list": rf"(?<![\d.,:])(?P<h>{HOUR})(?:[:.](?P<m>{MINUTE}))?"
                      rf"(?=(?:\s*,\s*{HOUR}(?:[:.]{MINUTE})?)*\s*{TIME_LIST}\s*{HOUR}(?:[:.]{MINUTE})?\s?{CLOCK}{end})",
        "clock_dateline": rf"(?:(?<=\d[.,/–-]\s)|(?<=\d\d\s)|(?<=\d\s[|/–-]\s))(?P<h>{HOUR}):(?P<m>{MINUTE})(?::\d\d)?(?![\d:]|[.,]\d)",
        "clock_cued": rf"(?P<pre>{alt(lex.clock_prepositions)})\s(?P<h>{HOUR})[:.](?P<m>{MINUTE})"
                      rf"(?!\d|[.,:]\d|\s?{CLOCK})",
        # "halb acht (Uhr)" 7:30, "Viertel nach zehn" 10:15, "Viertel vor acht" 7:45; Austrian and southern
        # "viertel acht" 7:15, "dreiviertel acht" 7:45: the hour named is the one being approached
        "clock_half": rf"(?P<f>[Hh]alb|[Vv]iertel(?:{sp}(?P<vd>nach|vor))?|[Dd]rei(?:{sp})?[Vv]iertel){sp}"
                      rf"(?P<h>0?[1-9]|1[0-2]|eins|{hour_words})"
                      rf"(?P<u>{sp}{CLOCK})?(?:{sp}(?P<dp>{dp_adv}))?{end}",
        "clock_word": rf"(?=[a-zäöüß]+{sp}{CLOCK}\b)(?P<w>{alt(w for w, v in lex.number_words.items() if 1 <= v <= 12 and v == int(v) and w not in ('eine', 'einen', 'einem', 'einer', 'eines', 'beiden'))})"
                      rf"{sp}{CLOCK}(?:{sp}(?P<dp>{dp_adv}))?{end}",
        "duration": rf"(?:(?P<a>{AFTER}){sp})?(?:(?P<q>{qmod}){sp})?(?P<n>{num}|{quant}|{alt(lex.first_words, capitalize=False)}|{HALF}|{COMPOUND_NUMBER}){sp}(?P<u>{alt(lex.units)})"
               rf"(?:{sp}(?P<s>{alt(lex.shift_words, capitalize=False)}))?{end}",
        "duration_range": rf"(?P<n>{num})(?=\s*(?:bis|oder|-|–)\s*{num}{sp}(?P<u>{alt(lex.units)}){end})",
        "adjective_duration": rf"(?P<n>{alt(lex.number_words)}|{alt(lex.vague_duration_stems)}|\d+-?)(?P<u>{alt(lex.duration_suffixes, capitalize=False)}){ADJ_ENDING}{end}",
        "long_duration": rf"(?P<w>{alt(lex.long_durations)}){ADJ_ENDING}{end}",
        "day_part_of": rf"(?P<dp>{dpart}){sp}(?P<r>{OF_DAY})",
        # "über Jahre (hinweg)", "über die Jahre hinweg", "über Monate": a vague stretch (not "über Tage", the
        # miners' "above ground"; "über Jahre der Unterdrückung" is a topic)
        "over_years": rf"(?<=\b[Üü]ber\s)(?:(?P<art>die){sp})?(?P<u>{alt(lex.over_units)}){end}(?!{sp}(?:der|des|voller)\b)",
        # "in den Stunden nach dem Erdbeben" (a vague stretch, PTXH), "in den Jahren zuvor" (PAST_REF), "in den
        # Tagen danach" (FUTURE_REF): a plural unit with no number that a following word places
        "units_around": rf"(?<=\b[Ii]n\s)[Dd]en{sp}(?P<u>{alt(lex.around_units)})"
                        rf"(?:{sp}(?P<s>{alt(lex.around_shifts, capitalize=False)}){end}|(?={sp}(?:nach|vor){sp}))",
        "since_long": rf"{SINCE}{sp}(?P<u>{alt(lex.units_dative)}|{LONG_TIME}){end}",
        "unit_shift": rf"(?P<u>Tag|Jahr|Monat|[Tt]ags){sp}(?P<s>{alt(lex.shift_words, capitalize=False)}){end}",
        "set": rf"(?P<w>{alt(lex.sets)}){ADJ_ENDING}{end}"
               rf"|(?P<q>{alt(lex.set_quantifiers)}){sp}(?P<u>{alt(lex.set_units)}){end}",
        "every_weekday": rf"(?P<q>{alt(lex.every_words)}){sp}(?:(?P<o>{alt(lex.weekday_ordinals, capitalize=False)}){sp})?"
                         rf"(?P<w>{weekday})(?P<dp>{dp_suffix})?{end}",
        "every_n": rf"[Aa]lle{sp}(?P<n>{num}){sp}(?P<u>{alt(lex.plural_units, capitalize=True)}){end}",
        "per_unit": rf"(?P<f>{alt(lex.frequency_words)}|\d+-?mal){sp}(?:{alt(lex.per_unit_prepositions)}){sp}"
                    rf"(?P<u>{period_unit}){end}"
                    rf"|(?P<u2>{period_unit}){end}(?!{sp}(?:{alt(lex.not_per_unit_next)}|\d)(?!\w))",
        "future": rf"(?:{FUTURE_PHRASE}|(?P<past>{PAST_PHRASE})){end}",
        "vague": rf"(?P<w>{alt(lex.vague)}){end}",
        "now_adverb": rf"(?<!\w)(?P<w>{alt(lex.now_adverbs)}){end}",
    }
