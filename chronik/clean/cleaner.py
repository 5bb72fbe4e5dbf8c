"""The line-by-line cleaner (see the package docstring for the order of steps)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from chronik.clean.authors import people
from chronik.clean.dates import LocalTime, iso_date, normalize_published
from chronik.ids import article_id
from chronik.lang.de.cleaning import CleaningRules
from chronik.records import Article, RawArticle

# A line of at most this many words without sentence-final punctuation is a
# heading, a menu entry or an ad fragment; a trailing run of such lines is cut.
SHORT_LINE_WORDS = 8
# Only the first lines of an article can hold its header, byline or title.
HEADER_LINES = 4
# Longest line that can still be a byline, a caption or an ad line: cues such
# as "zu gewinnen" or "Quelle:" inside a long paragraph are story text (a
# whole article on one line is common in CSV and JSONL exports).
BYLINE_MAX_WORDS = 25
CAPTION_MAX_WORDS = 80
PROMO_MAX_WORDS = 15
# An appeal to the reader ("Der ... Newsletter informiert Sie ...") can be a
# sentence or two; a paragraph longer than this is story text that mentions one.
APPEAL_MAX_WORDS = 60
# A box closing the page that asks for support can be a paragraph of its own;
# only the last ones are looked at (``CLOSING_APPEAL_PATTERNS``).
CLOSING_APPEAL_MAX_WORDS = 150
CLOSING_APPEAL_LINES = 2
# A page's standfirst counts as present in the text when its first words are.
LEAD_MATCH_WORDS = 10


@dataclass(frozen=True)
class _Patterns:
    header_date: re.Pattern
    byline: tuple[re.Pattern, ...]
    bare_byline: re.Pattern
    byline_date: re.Pattern
    byline_from: re.Pattern
    byline_name: re.Pattern
    caption: tuple[re.Pattern, ...]
    promo: tuple[re.Pattern, ...]
    appeal: tuple[re.Pattern, ...]
    closing_appeal: tuple[re.Pattern, ...]
    sources_note: re.Pattern
    author: re.Pattern
    author_box: re.Pattern
    dateline: re.Pattern
    credit_line: re.Pattern
    credit_tail: re.Pattern
    dated_credit: re.Pattern
    agency_dateline: re.Pattern
    labelled_date: tuple[re.Pattern, re.Pattern]
    page_byline: re.Pattern
    date_stamp: re.Pattern


@lru_cache(maxsize=4)
def _compile(rules: CleaningRules) -> _Patterns:
    months = "|".join(sorted(rules.months, key=len, reverse=True))
    agency_names = "|".join(sorted((re.escape(a) for a in rules.agencies if " " not in a), key=len, reverse=True))
    agency_list = rf"(?:{agency_names})(?:\s*[,/;]\s*(?:{agency_names}))*"
    roles = "|".join(rules.author_roles)
    labels = "|".join(sorted((re.escape(label) for label in rules.date_labels), key=len, reverse=True))
    on, at, hours = (re.escape(rules.date_line_words[k]) for k in ("on", "at", "hours"))
    name = r"[A-ZÄÖÜ][a-zäöüß]+(?:-[A-ZÄÖÜ][a-zäöüß]+)?"
    return _Patterns(
        header_date=re.compile(r"^\s*date\s+(\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2})?)\s*"),
        byline=tuple(re.compile(p) for p in rules.byline_patterns),
        bare_byline=re.compile(rules.bare_byline),
        byline_date=re.compile(r"(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2}\b)(?:\s*[-–,|]?\s*(\d{1,2}):(\d{2})\s*Uhr)?"),
        byline_from=re.compile(rf"^{rules.byline_cue}\s+(.+?)\s+\d{{1,2}}\.\d{{1,2}}\.\d{{4}}"),
        byline_name=re.compile(rf"\b{rules.byline_cue}\s+[A-ZÄÖÜ]"),
        caption=tuple(re.compile(p) for p in rules.caption_patterns),
        promo=tuple(re.compile(p) for p in rules.promo_patterns),
        appeal=tuple(re.compile(p) for p in rules.appeal_patterns),
        closing_appeal=tuple(re.compile(p) for p in rules.closing_appeal_patterns),
        sources_note=re.compile(rules.sources_note),
        author=re.compile(rf"^({name}(?:\s+{name}){{1,2}})\s+(?:{roles})\b[^.!?]{{0,60}}$"),
        # "Manuela Conrad ist ZDF-Reporterin für ...", "Ben Beispiel ist freier Wirtschaftsjournalist".
        author_box=re.compile(rf"^{name}(?:\s+{name}){{1,2}}\s+(?:ist|war)\s+(?:[a-zäöüß]+e[rns]?\s+)?"
                              rf"[\w-]*?(?i:{roles})\b"),
        dateline=re.compile(
            rf"^(\d{{1,2}})\.\s*({months})\s+(\d{{4}})(?:,?\s*(\d{{1,2}})[:.](\d{{2}})\s*Uhr)?\s*[-–—|:]?\s*",
            re.IGNORECASE,
        ),
        credit_line=re.compile(rf"^(?:[a-zäöü]{{1,5}}(?:/[a-zäöü]{{1,5}})*\s*)?\(\s*({agency_list})\s*\)\s*\.?$",
                               re.IGNORECASE),
        credit_tail=re.compile(rf"\s+\(\s*({agency_list})\s*\)\s*\.?$", re.IGNORECASE),
        # The credit Austrian outlets close a report with after its last sentence: agencies, editors'
        # initials or the reporters' names (a correspondent with "aus" and the place), then the day
        # ("... erhöht.  (APA, red, 25.7.2015)", "(wh, 31.7.2015)", "(Thomas Mayer aus Brüssel, 14.12.2015)").
        dated_credit=re.compile(r"\((?:\s*[A-Za-zÄÖÜäöüßéèáàóòúíçñ.-]{2,20}(?:\s+[A-Za-zÄÖÜäöüßéèáàóòúíçñ.-]{2,20}){0,4}"
                                r"\s*[,/]){1,4}\s*(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4})\s*\)"),
        agency_dateline=re.compile(rf"^[A-ZÄÖÜ][\w./ -]{{1,40}}?\s\(\s*({agency_list})\s*\)\s*[-–—:]\s*",
                                   re.IGNORECASE),
        # "von Erika Beispiel, MDR THÜRINGEN Stand: 28. April 2023": the names
        # after the cue, up to a digit, a separator or a date label.
        page_byline=re.compile(rf"^{rules.byline_cue}\s+([A-ZÄÖÜ].*?)\s*(?=$|\d|\s[-–—|]\s|\b(?:{labels})\b)",
                               re.IGNORECASE),
        # A page's time stamp at the top of its text: an optional source in brackets
        # and place ("(pressebox) Wiesbaden, 14.03.2016 -", "DAUN, 12.04.2016 - 15:47 Uhr"),
        # "vom", a clock time before or after the numeric date ("14:31 24.02.16",
        # "13.01.16 | 07:40 Uhr |", "25.09.2015 08:13").
        date_stamp=re.compile(
            r"^\s*(?:\([\w.-]{2,30}\)\s*)?(?:[A-ZÄÖÜ][\w./ -]{1,30},\s*)?(?:vom\s+)?"
            r"(?:(\d{1,2}):(\d{2})\s+)?(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?!\d)"
            r"(?:\s*[-–,|]?\s*(\d{1,2})[:.](\d{2})(?!\d)(?:\s*Uhr)?)?"
            r"(\s*[-–—|:]\s*|\s*$)?"),
        # label, optional weekday ("Mo.,"), day, optional time: "Stand: 03.05.2021, 14:10 Uhr"
        labelled_date=tuple(re.compile(rf"^\s*({labels})(?:\s+{on})?\s*:?\s*(?:{on}\s+)?(?:[^\W\d]+\.?,\s*)?{day}"
                                       rf"(?:\s*[-–,|]?\s*(?:{at}\s+)?(\d{{1,2}})[:.](\d{{2}})(?:\s*{hours})?)?",
                                       re.IGNORECASE)
                            for day in (r"(\d{1,2})\.\s?(\d{1,2})\.\s?(\d{4}|\d{2}\b)",
                                        rf"(\d{{1,2}})\.\s*({months})\s+(\d{{4}})")),
    )


@dataclass
class _Draft:
    lines: list[str]
    title: str | None = None
    published: str | None = None
    updated: str | None = None  # from a "Stand:" or "Aktualisiert am" line
    credited: str | None = None  # the day of the report's closing credit
    authors: list[str] = field(default_factory=list)
    agencies: list[str] = field(default_factory=list)
    dropped: list[tuple[str, str]] = field(default_factory=list)

    def drop(self, index: int, reason: str) -> None:
        if self.lines[index].strip():
            self.dropped.append((self.lines[index].strip(), reason))
        self.lines[index] = ""


# Control characters a text can carry by accident (NUL from a broken export,
# a form feed between pages): never part of a story, and PostgreSQL cannot
# store NUL at all. Tab and newline stay.
_CONTROLS = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")


def clean(raw: RawArticle, rules: CleaningRules) -> Article:
    """The story text of ``raw`` with title, date, authors and agencies as metadata."""
    pat = _compile(rules)
    draft = _Draft(lines=[line.rstrip() for line in _CONTROLS.sub(" ", raw.text).split("\n")])
    _take_header(draft, pat, rules)
    _take_date_stamp(draft, pat)
    if not raw.structured and not raw.title:
        _take_title(draft)
    _take_dateline(draft, pat, rules)
    _drop_noise(draft, pat, rules)
    _take_credits(draft, pat, rules)
    _take_credit_date(draft, pat)
    _drop_closing_appeal(draft, pat)
    _cut_tail(draft)
    text = "\n\n".join(re.sub(r"[ \t]+", " ", line).strip() for line in draft.lines if line.strip())
    lead = raw.lead if raw.lead and not _is_box(raw.lead, pat) else None
    text = _with_lead(text, lead)
    authors, agencies = people(list(raw.authors) + draft.authors, [raw.outlet], rules, [raw.url, raw.source])
    byline = None if authors else _page_byline(raw.page_lines, pat)
    if byline:  # the page's own byline, where the container names no person
        authors, more = people([byline], [raw.outlet], rules, [raw.url, raw.source])
        agencies += more
    return Article(
        id=article_id(text),
        source=raw.source,
        url=raw.url,
        title=(" ".join(_CONTROLS.sub(" ", raw.title).split()) or None) if raw.title else draft.title,
        published=_published(raw, draft, pat, rules),
        authors=authors,
        agencies=tuple(sorted(set(draft.agencies) | set(agencies))),
        language=raw.language[:2].lower() if raw.language else detect_language(text, rules),
        outlet=raw.outlet,
        text=text,
        dropped=tuple(draft.dropped),
    )


def _is_box(line: str, pat: _Patterns) -> bool:
    """A caption, promotion or appeal, as ``_drop_noise`` reads them."""
    words = len(line.split())
    return ((words <= CAPTION_MAX_WORDS and any(p.search(line) for p in pat.caption))
            or (words <= PROMO_MAX_WORDS and any(p.search(line) for p in pat.promo))
            or (words <= APPEAL_MAX_WORDS and any(p.search(line) for p in pat.appeal)))


def _with_lead(text: str, lead: str | None) -> str:
    """The page's standfirst as the first paragraph, where the text lacks it
    (its first words nowhere in the text)."""
    if not lead or not text:
        return text
    lead = " ".join(_CONTROLS.sub(" ", lead).split())
    words = _LEAD_WORDS.findall(lead)
    if len(words) < 5 or " ".join(words[:LEAD_MATCH_WORDS]) in " ".join(_LEAD_WORDS.findall(text)):
        return text
    return f"{lead}\n\n{text}"


_LEAD_WORDS = re.compile(r"\w+")


def _published(raw: RawArticle, draft: _Draft, pat: _Patterns, rules: CleaningRules) -> str | None:
    """The first of: the date the container states as published; the text's
    own date (header, byline, dateline); a page line stating publication; the
    day of the text's closing credit; the text's or the page's "Stand:" (last
    update) line; the container's last update; a date the reader only guessed."""
    local = LocalTime(rules.utc_offset_minutes, rules.eu_summer_time)
    stated = normalize_published(raw.published, local)
    if stated or draft.published:
        return stated or draft.published
    lines: dict[str, str] = {}  # kind -> the first such date of the page
    for line in raw.page_lines:
        found = _line_date(line, pat, rules)
        if found:
            lines.setdefault(found[0], found[1])
    return (lines.get("published") or draft.credited or draft.updated or lines.get("updated")
            or normalize_published(raw.modified, local) or normalize_published(raw.date_guess, local))


def _page_byline(lines: tuple[str, ...], pat: _Patterns) -> str | None:
    """The names of the page's first byline line ("Von Anna Muster, Brüssel
    17.04.2024, 12:24" -> "Anna Muster, Brüssel"), if they read as names:
    capitalised words before any comma ("Von Montag an gilt ..." is no byline)."""
    for line in lines:
        m = pat.page_byline.match(line)
        if not m:
            continue
        names = m.group(1).strip(" ,;")
        first = names.split(",")[0].strip()
        return names if first and pat.bare_byline.match(f"{m.group(0).split()[0]} {first}") else None
    return None


def _byline_date(m: re.Match) -> str | None:
    d, mo, y, h, mi = m.groups()
    year = int(y) + 2000 if len(y) == 2 else int(y)
    return iso_date(year, int(mo), int(d), int(h) if h else None, int(mi) if mi else None)


def _line_date(line: str, pat: _Patterns, rules: CleaningRules) -> tuple[str, str] | None:
    """A page line's date: a labelled one, or that of a dated byline
    ("Do 25.04.24 | 14:07 Uhr | Von Anna Muster"), a publication date."""
    labelled = _labelled_date(line, pat, rules)
    if labelled:
        return labelled
    m = pat.byline_date.search(line) if pat.byline_name.search(line) else None
    date = _byline_date(m) if m else None
    return ("published", date) if date else None


def _labelled_date(line: str, pat: _Patterns, rules: CleaningRules) -> tuple[str, str] | None:
    """("published" or "updated", ISO date) of a line such as "Stand: 03.05.2021
    14:10 Uhr" or "Veröffentlicht am 28. April 2023, 05:00 Uhr"."""
    for numeric, pattern in zip((True, False), pat.labelled_date):
        m = pattern.match(line)
        if not m:
            continue
        label, d, mo, y, h, mi = m.groups()
        month = int(mo) if numeric else rules.months[mo.lower()]
        year = int(y) + 2000 if len(y) == 2 else int(y)
        date = iso_date(year, month, int(d), int(h) if h else None, int(mi) if mi else None)
        kind = rules.date_labels.get(" ".join(label.lower().split()))
        if date and kind:
            return kind, date
    return None


def _nonempty(draft: _Draft, limit: int | None = None) -> list[int]:
    idx = [i for i, line in enumerate(draft.lines) if line.strip()]
    return idx[:limit] if limit else idx


def _agency(rules: CleaningRules, name: str) -> str | None:
    return rules.agencies.get(name.strip().lower())


def _take_header(draft: _Draft, pat: _Patterns, rules: CleaningRules) -> None:
    for i in _nonempty(draft, HEADER_LINES):
        line = draft.lines[i]
        m = pat.header_date.match(line)
        if m:
            draft.published = normalize_published(m.group(1))
            draft.dropped.append((m.group(0).strip(), "date header"))
            draft.lines[i] = line[m.end():]
            line = draft.lines[i]
        if len(line.split()) <= BYLINE_MAX_WORDS and any(p.search(line) for p in pat.byline):
            _read_byline(draft, pat, rules, line)
            draft.drop(i, "byline")
            continue
        m = pat.author.match(line.strip())
        if m:
            draft.authors.append(m.group(1))
            draft.drop(i, "author line")
        elif pat.bare_byline.match(line):
            draft.authors.extend(_bare_byline_names(line, rules))
            draft.drop(i, "byline")
    # An author line can also close an article, or a box on its author.
    for i in _nonempty(draft)[-2:]:
        line = draft.lines[i].strip()
        m = pat.author.match(line)
        if m:
            draft.authors.append(m.group(1))
            draft.drop(i, "author line")
        elif len(line.split()) <= APPEAL_MAX_WORDS and pat.author_box.match(line):
            draft.drop(i, "author box")


def _bare_byline_names(line: str, rules: CleaningRules) -> list[str]:
    """The names of a byline with nothing but names ("Von Anna Muster und Ben Beispiel")."""
    names = re.sub(rf"^\s*{rules.byline_cue}\s+", "", line.strip(), flags=re.IGNORECASE)
    return [n.strip() for n in re.split(r"\s+(?:und|&)\s+", names) if n.strip()]


def _read_byline(draft: _Draft, pat: _Patterns, rules: CleaningRules, line: str) -> None:
    labelled = _labelled_date(line, pat, rules)
    if labelled and labelled[0] == "updated":
        draft.updated = draft.updated or labelled[1]
        return
    m = pat.byline_date.search(line)
    if m and draft.published is None:
        draft.published = _byline_date(m)
    m = pat.byline_from.match(line)
    if m:
        for name in re.split(r"\s*(?:,|\bund\b|/)\s*", m.group(1)):
            agency = _agency(rules, name)
            if agency:
                draft.agencies.append(agency)
            elif name and name.lower() not in rules.agencies:
                draft.authors.append(name.strip())


def _take_date_stamp(draft: _Draft, pat: _Patterns) -> None:
    """A numeric date with its clock time, or standing alone or before a dash,
    among the first lines: the time the page was published. A date inside a
    sentence ("12.04.2016 wurde das Gesetz ...") is not one."""
    if draft.published is not None:
        return
    for i in _nonempty(draft, HEADER_LINES):
        line = draft.lines[i]
        m = pat.date_stamp.match(line)
        if not m:
            continue
        h1, m1, d, mo, y, h2, m2, tail = m.groups()
        if tail is None and h1 is None and h2 is None:
            continue
        hour, minute = (h1, m1) if h1 is not None else (h2, m2)
        year = int(y) + 2000 if len(y) == 2 else int(y)
        date = iso_date(year, int(mo), int(d), int(hour) if hour else None, int(minute) if minute else None)
        if date is None:
            continue
        draft.published = date
        draft.dropped.append((line[:m.end()].strip(), "date stamp"))
        draft.lines[i] = line[m.end():]
        return


def _take_title(draft: _Draft) -> None:
    idx = _nonempty(draft, 2)
    if len(idx) < 2:
        return
    line = draft.lines[idx[0]].strip()
    if len(line.split()) <= 20 and not re.search(r"[.!?:;,]\W*$", line):
        draft.title = line
        draft.lines[idx[0]] = ""


def _take_dateline(draft: _Draft, pat: _Patterns, rules: CleaningRules) -> None:
    idx = _nonempty(draft, 1)
    if not idx:
        return
    line = draft.lines[idx[0]]
    m = pat.dateline.match(line)
    glued = m and (m.end() == len(line) or not line[m.end() - 1].isspace() or line[m.end():m.end() + 1] in "\"„«»")
    if m and glued:
        d, month, y, h, mi = m.groups()
        date = iso_date(int(y), rules.months[month.lower()], int(d), int(h) if h else None, int(mi) if mi else None)
        if draft.published is None:
            draft.published = date
        draft.dropped.append((line[:m.end()].strip(), "dateline"))
        draft.lines[idx[0]] = line[m.end():]
        return
    m = pat.agency_dateline.match(line)
    if m:
        draft.agencies.extend(a for a in (_agency(rules, x) for x in re.split(r"[,/;]", m.group(1))) if a)


def _drop_noise(draft: _Draft, pat: _Patterns, rules: CleaningRules) -> None:
    for i in _nonempty(draft):
        line = draft.lines[i]
        words = len(line.split())
        if words <= APPEAL_MAX_WORDS and pat.sources_note.match(line):
            draft.agencies.extend(a for a in (_agency(rules, w) for w in re.findall(r"[\w-]+", line)) if a)
            draft.drop(i, "credit line")
        elif words <= CAPTION_MAX_WORDS and any(p.search(line) for p in pat.caption):
            draft.drop(i, "caption")
        elif words <= PROMO_MAX_WORDS and any(p.search(line) for p in pat.promo):
            draft.drop(i, "promotion or tag list")
        elif words <= APPEAL_MAX_WORDS and any(p.search(line) for p in pat.appeal):
            draft.drop(i, "appeal to the reader")
        elif pat.bare_byline.match(line):
            draft.drop(i, "byline")
        elif not re.search(r"\w", line):
            draft.drop(i, "separator")
        elif re.match(r"^\s*[-•*]\s+\S", line) and _is_short(line):
            draft.drop(i, "menu or list")


def _take_credits(draft: _Draft, pat: _Patterns, rules: CleaningRules) -> None:
    for i in _nonempty(draft)[-3:]:
        line = draft.lines[i].strip()
        m = pat.credit_line.match(line)
        if m:
            draft.agencies.extend(a for a in (_agency(rules, x) for x in re.split(r"[,/;]", m.group(1))) if a)
            draft.drop(i, "credit line")
            continue
        m = pat.credit_tail.search(line)
        if m:
            draft.agencies.extend(a for a in (_agency(rules, x) for x in re.split(r"[,/;]", m.group(1))) if a)
            draft.dropped.append((m.group(0).strip(), "credit"))
            draft.lines[i] = line[:m.start()]


def _take_credit_date(draft: _Draft, pat: _Patterns) -> None:
    """The day of the first dated credit that follows a finished sentence or
    ends its paragraph ("... ausgefallen.  (APA, 12.9.2015)"): the day the
    report was filed. A fact box or a second report may follow it, so the
    first one counts; the credit stays in the text."""
    for line in draft.lines:
        for m in pat.dated_credit.finditer(line):
            before = line[:m.start()].rstrip()
            if not before or before[-1] in _SENTENCE_ENDS or not line[m.end():].strip():
                d, mo, y = (int(g) for g in m.groups())
                draft.credited = iso_date(y, mo, d)
                return


# What a finished sentence ends with, before a closing credit.
_SENTENCE_ENDS = frozenset('.!?:"“”»«)')


def _drop_closing_appeal(draft: _Draft, pat: _Patterns) -> None:
    """A support or subscription box among the last paragraphs (its heading,
    a short line, then goes with the trailing menu lines)."""
    for i in _nonempty(draft)[-CLOSING_APPEAL_LINES:]:
        line = draft.lines[i].strip()
        if len(line.split()) <= CLOSING_APPEAL_MAX_WORDS and any(p.search(line) for p in pat.closing_appeal):
            draft.drop(i, "appeal to the reader")


def _is_short(line: str) -> bool:
    stripped = line.strip()
    return len(stripped.split()) <= SHORT_LINE_WORDS and not re.search(r"[.!?][\"“”«»']?$", stripped)


def _cut_tail(draft: _Draft) -> None:
    idx = _nonempty(draft)
    for i in reversed(idx):
        if not _is_short(draft.lines[i]):
            break
        draft.drop(i, "trailing menu, ad or tag list")


def detect_language(text: str, rules: CleaningRules) -> str:
    words = re.findall(r"[a-zäöüß]+", text[:5000].lower())
    own = sum(w in rules.function_words for w in words)
    best, best_count = "de", own
    for code, vocab in sorted(rules.foreign_function_words.items()):
        count = sum(w in vocab for w in words)
        if count > best_count * 1.5:
            best, best_count = code, count
    return best
