"""Holidays and feast days named in German news, with the rule that dates them.

Origin: the public holidays of Germany, Austria, Switzerland and South Tyrol
(Italy) and the Christian feasts of the Western (Gregorian) calendar as their
statutes and the Duden name them; movable feasts are counted from Easter
Sunday (``Karfreitag`` = Easter - 2, ``Pfingsten`` = Easter + 49,
``Fronleichnam`` = Easter + 60; the Tyrolean ``Herz-Jesu-Sonntag`` is the
Sunday after the Feast of the Sacred Heart, Easter + 70). Names that differ by
country (``Nationalfeiertag``) or that mostly name something else
(``Martini``) are left out. Keys are lower case; several words are separated
by one space.
"""
from __future__ import annotations

# Fixed dates: name -> (month, day).
FIXED_HOLIDAYS: dict[str, tuple[int, int]] = {
    "neujahr": (1, 1), "neujahrstag": (1, 1),
    "dreikönigstag": (1, 6), "heilige drei könige": (1, 6), "heiligen drei könige": (1, 6), "epiphanias": (1, 6),
    "dreikönig": (1, 6),  # Austria, Switzerland, South Tyrol ("zu Dreikönig")
    "lichtmess": (2, 2), "mariä lichtmess": (2, 2), "maria lichtmess": (2, 2),
    "valentinstag": (2, 14),
    "josefitag": (3, 19), "josefstag": (3, 19),
    "tag der arbeit": (5, 1),
    "florianitag": (5, 4),  # Upper Austria's patron (St. Florian)
    "mariä himmelfahrt": (8, 15), "maria himmelfahrt": (8, 15), "ferragosto": (8, 15),
    "hochunserfrau": (8, 15), "hochunserfrauentag": (8, 15),  # South Tyrol and Tyrol: Assumption
    "tag der deutschen einheit": (10, 3),
    "reformationstag": (10, 31),
    "allerheiligen": (11, 1), "allerseelen": (11, 2),
    "martinstag": (11, 11),
    "leopolditag": (11, 15),  # Lower Austria's and Vienna's patron (St. Leopold)
    "nikolaustag": (12, 6),
    "mariä empfängnis": (12, 8), "maria empfängnis": (12, 8),  # Austria, South Tyrol write both
    "heiligabend": (12, 24), "heiliger abend": (12, 24), "heiligen abend": (12, 24),
    "weihnachten": (12, 25), "weihnachtstag": (12, 25), "christtag": (12, 25),
    "weihnachtsfeiertage": (12, 25), "weihnachtsfeiertagen": (12, 25),  # the holidays, from the first
    "weihnachtstage": (12, 25), "weihnachtstagen": (12, 25), "weihnachtsfeiertag": (12, 25),
    "ersten weihnachtsfeiertag": (12, 25), "zweiten weihnachtsfeiertag": (12, 26),
    "zweiten weihnachtstag": (12, 26),
    "stefanitag": (12, 26), "stephanitag": (12, 26), "stephanstag": (12, 26), "stefanstag": (12, 26),
    "silvester": (12, 31), "silvestertag": (12, 31),
    "silvesterabend": (12, 31), "silvesternacht": (12, 31), "weihnachtsabend": (12, 24),  # the day they begin on
}

# Movable feasts: name -> days from Easter Sunday.
EASTER_HOLIDAYS: dict[str, int] = {
    "rosenmontag": -48, "faschingsdienstag": -47, "fastnachtsdienstag": -47, "aschermittwoch": -46,
    "weiberfastnacht": -52, "unsinniger donnerstag": -52, "unsinnigen donnerstag": -52,  # Austria, Tyrol
    "palmsonntag": -7, "gründonnerstag": -3, "karfreitag": -2, "karsamstag": -1, "ostersamstag": -1,
    "ostern": 0, "ostersonntag": 0, "ostermontag": 1,
    "weißer sonntag": 7, "weißen sonntag": 7,
    "osterfeiertage": 0, "osterfeiertagen": 0, "pfingstfeiertage": 49, "pfingstfeiertagen": 49,  # from Sunday
    "ostertage": 0, "ostertagen": 0, "pfingsttage": 49, "pfingsttagen": 49,  # as "die Weihnachtstage"
    "christi himmelfahrt": 39, "vatertag": 39,
    "pfingsten": 49, "pfingstsonntag": 49, "pfingstmontag": 50, "pfingstdienstag": 51,
    "fronleichnam": 60,
    "herz-jesu-sonntag": 70,
}

# The n-th weekday of a month: name -> (month, ISO weekday, n).
WEEKDAY_HOLIDAYS: dict[str, tuple[int, int, int]] = {
    "muttertag": (5, 7, 2),
    "erntedankfest": (10, 7, 1), "erntedanksonntag": (10, 7, 1),
}
