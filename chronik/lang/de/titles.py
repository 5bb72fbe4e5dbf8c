"""Words of German news page titles that are navigation, not headline.

Origin: the section names ("Ressorts") of German, Austrian and Swiss news
sites as their menus and the ``<title>`` trails of their pages write them
("... - Politik", "... - Sport - <Site>", "Kultur : ..."), written down from
the general conventions of the press (the classic newspaper sections and
their web forms); none names one outlet. Lower-case for lookup.
"""

# A title segment that is exactly one of these (case folded) is a section
# name: "Landtag streitet über Rentenalter - Landespolitik - Nachrichten".
SECTIONS = frozenset(
    """
    politik innenpolitik außenpolitik landespolitik inland ausland international welt europa
    wirtschaft finanzen geld börse unternehmen karriere job
    sport fußball bundesliga
    kultur feuilleton literatur musik kino film medien
    panorama gesellschaft leben vermischtes buntes stil
    wissen wissenschaft gesundheit bildung umwelt klima
    digital technik netzwelt auto mobilität reise
    meinung kommentar kommentare debatte
    regional region lokales lokal stadt land
    nachrichten news aktuell startseite home
    """.split()
)


# A live ticker's page: its og:title and <h1> follow the latest entry ("Nahost-
# Ticker: ...", "... +++ ... +++"), its JSON-LD headline names the ticker. The
# words German sites call a ticker by, as the endings of a title's words
# ("Liveticker", "News-Ticker", "Liveblog"); "+++" sets entries apart.
TICKER_WORD_ENDINGS = ("ticker", "liveblog", "live-blog", "newsblog")
TICKER_MARK = "+++"
