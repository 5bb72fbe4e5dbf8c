"""Name variants and titles, for merging entity mentions.

Origin: German press spellings (Duden/dpa transliteration of Russian,
Ukrainian, Korean, Chinese and Arabic names) against the English/Latin forms
found in international copy; titles and honorifics of German news style;
short forms of given names common in German and English news.
"""
from __future__ import annotations

from dataclasses import dataclass, field

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

# Letter groups that differ between the English and the German (Duden)
# transliteration of the same Cyrillic, Arabic or Korean sound, mapped to one
# class so that "Zelensky"/"Selenskyj", "Navalny"/"Nawalny" and
# "Sakharova"/"Sacharowa" share a spelling key. Applied in this order, to a
# lower-cased word without diacritics. Origin: Duden transliteration table
# (ш sch/sh, ж sch/zh, ч tsch/ch, х ch/kh, ц z/ts, з s/z, в w/v, й j/y).
TRANSLITERATION_CLASSES = (
    ("schtsch", "S"), ("shch", "S"), ("tsch", "C"), ("tch", "C"), ("sch", "S"), ("sh", "S"), ("zh", "S"),
    ("kh", "C"), ("ch", "C"), ("ts", "Z"), ("tz", "Z"), ("ß", "Z"), ("z", "Z"), ("s", "Z"),
    ("w", "V"), ("v", "V"), ("y", "j"), ("ij", "j"),
)

# Short forms of given names that name the same person as the full form
# ("Joe Biden" = "Joseph R. Biden"). A short form that is a prefix of the full
# one ("Alex"/"Alexander") needs no entry. Origin: common German and English
# hypocorisms in news copy.
NAME_SHORT_FORMS = {
    "joe": ("joseph", "josef"), "bill": ("william",), "will": ("william",), "bob": ("robert",),
    "rob": ("robert",), "bobby": ("robert",), "dick": ("richard",), "rick": ("richard",),
    "mike": ("michael",), "jim": ("james",), "jimmy": ("james",), "tom": ("thomas",), "tommy": ("thomas",),
    "tony": ("anthony", "anton"), "ted": ("edward", "theodore"), "teddy": ("theodore", "edward"),
    "ed": ("edward",), "nick": ("nicholas", "nikolaus"), "steve": ("stephen", "steven"),
    "dave": ("david",), "andy": ("andrew", "andreas"), "fred": ("frederick", "friedrich"),
    "kate": ("katherine", "catherine", "katharina"), "liz": ("elizabeth", "elisabeth"),
    "peggy": ("margaret",), "maggie": ("margaret",), "sue": ("susan",), "chuck": ("charles",),
    "larry": ("lawrence",), "jerry": ("gerald", "jerome"), "hank": ("henry",), "harry": ("henry", "harold"),
    "jack": ("john",), "jeff": ("jeffrey",), "pete": ("peter",), "walt": ("walter",),
    "hans": ("johannes",), "hannes": ("johannes",), "sepp": ("josef",), "jupp": ("josef",),
    "fritz": ("friedrich",), "heinz": ("heinrich",), "kalle": ("karl",), "uli": ("ulrich",),
    "klaus": ("nikolaus",), "gerd": ("gerhard",), "jörg": ("georg",), "lutz": ("ludwig",),
    "willi": ("wilhelm",), "willy": ("wilhelm",), "lisa": ("elisabeth",), "sascha": ("alexander",),
    "wolf": ("wolfgang",), "resi": ("theresia",), "franz": ("franziskus",),
}

# Words that precede a name as a title and are not part of it.
TITLES = ROLE_NOUNS | frozenset("herr frau dr dr. prof prof. us-präsident".split())

# Endings of an inflected (genitive) name: "Putins", "Kims", "Russlands",
# "Wetterdienstes".
GENITIVE_ENDINGS = ("s", "'", "’", "es")

# Endings of a declined adjective inside a name ("der Deutschen Bank", "der
# Europäischen Zentralbank") and the base ending they go back to. Origin:
# German adjective declension.
ADJECTIVE_ENDINGS = (("en", "e"), ("er", "e"), ("es", "e"), ("em", "e"))

# Words after an organisation's name that give its legal form or call it a
# group ("Apogenix AG", "German Pellets GmbH", "Toyota-Gruppe"): the name
# without them is the same organisation. Origin: German, Austrian, Swiss and
# international company-register forms.
LEGAL_FORMS = frozenset(
    "ag gmbh mbh kg kgaa se sa s.a. plc inc inc. ltd ltd. llc corp corp. co co. & e.v. ev oyj nv n.v. bv b.v. "
    "spa s.p.a. s.à r.l. sarl ohg gbr ug gruppe group holding".split()
)

# Articles that can open a name in running text ("Die Deutsche Bank", "Die Bahn").
LEADING_ARTICLES = frozenset("die der das des dem den".split())


@dataclass(frozen=True, slots=True, eq=False)
class NameRules:
    transliterations: dict
    titles: frozenset[str]
    genitive_endings: tuple[str, ...]
    transliteration_classes: tuple[tuple[str, str], ...] = ()
    short_forms: dict = field(default_factory=dict)
    adjective_endings: tuple[tuple[str, str], ...] = ()
    legal_forms: frozenset[str] = frozenset()
    leading_articles: frozenset[str] = frozenset()


NAME_RULES = NameRules(transliterations=TRANSLITERATIONS, titles=TITLES, genitive_endings=GENITIVE_ENDINGS,
                       transliteration_classes=TRANSLITERATION_CLASSES, short_forms=NAME_SHORT_FORMS,
                       adjective_endings=ADJECTIVE_ENDINGS, legal_forms=LEGAL_FORMS,
                       leading_articles=LEADING_ARTICLES)
