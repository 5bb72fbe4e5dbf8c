"""German abbreviations that end in a period but do not end a sentence.

Origin: common abbreviations of German news text (Duden list of frequent
abbreviations, newsroom style guides); lower-cased for lookup.
"""

ABBREVIATIONS = frozenset(
    """
    abb abs abt allg anm art bd bde bzgl bzw ca chr co corp dipl dr dt ebd ehem etc
    evtl ev fa fr frl gebr gegr gem ges gest ggf gmbh hl hr hrn hrsg inc ing jh jhd jr
    kap kfz kl lt ltd max mdb mdl min mio mrd mr mrs ms nr nachf nat nö od orig
    pkw pol prof rd rel s sek sen sog st std str tel u usw v vgl vs z zb zt zzt
    jan feb febr mär apr jun jul aug sep sept okt nov dez
    mo di mi do fr sa so l r
    """.split()
)
