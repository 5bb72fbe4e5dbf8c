from chronik.lang.de.names import NAME_RULES
from chronik.link.entities import link_entities
from chronik.records import Analysis, Mention


def analysis(article_id: str, text: str, names: list[tuple[str, str]]) -> Analysis:
    mentions, pos = [], 0
    for name, label in names:
        start = text.index(name, pos)
        mentions.append(Mention(start=start, end=start + len(name), text=name, label=label, sentence=0))
        pos = start + len(name)
    return Analysis(article_id=article_id, mentions=tuple(mentions))


def groups(index):
    return {e.name: (e.type, set(e.aliases), e.articles) for e in index.entities}


def test_full_name_surname_genitive_and_hyphen_merge_across_articles():
    a = analysis("a", "Kremlchef Wladimir Putin lobte Kim Jong Un. Putins Brief an Kim fiel damit zusammen.",
                 [("Wladimir Putin", "PER"), ("Kim Jong Un", "PER"), ("Putins", "PER"), ("Kim", "PER")])
    b = analysis("b", "Putin und Kim Jong-un trafen sich. Kims Antwort kam später.",
                 [("Putin", "PER"), ("Kim Jong-un", "PER"), ("Kims", "PER")])
    g = groups(link_entities([a, b], NAME_RULES))
    assert g["Wladimir Putin"] == ("PER", {"Putin", "Putins"}, ("a", "b"))
    assert g["Kim Jong Un"] == ("PER", {"Kim", "Kim Jong-un", "Kims"}, ("a", "b"))


def test_two_kims_keep_a_bare_kim_apart():
    a = analysis("a", "Kim Jong Un und seine Schwester Kim Yo Jong reisten. Kim sprach zuerst.",
                 [("Kim Jong Un", "PER"), ("Kim Yo Jong", "PER"), ("Kim", "PER")])
    g = groups(link_entities([a], NAME_RULES))
    assert set(g) == {"Kim Jong Un", "Kim Yo Jong", "Kim"}


def test_organisation_is_not_its_head_and_transliterations_merge():
    a = analysis("a", "Der Kreml bestätigte, dass Putin mit Sergej Lawrow sprach.",
                 [("Kreml", "ORG"), ("Putin", "PER"), ("Sergej Lawrow", "PER")])
    b = analysis("b", "Foreign minister Sergei Lavrov met Kim.", [("Sergei Lavrov", "PER"), ("Kim", "PER")])
    g = groups(link_entities([a, b], NAME_RULES))
    assert g["Kreml"][0] == "ORG" and "Putin" in g
    assert g["Sergej Lawrow"] == ("PER", {"Sergei Lavrov"}, ("a", "b"))


def test_a_shared_title_does_not_merge_people():
    a = analysis("a", "Präsident Yang Moo Jin widersprach Präsident Putin.",
                 [("Präsident Yang Moo Jin", "PER"), ("Präsident Putin", "PER")])
    g = groups(link_entities([a], NAME_RULES))
    assert len(g) == 2


def test_two_names_run_together_are_no_merge_target():
    a = analysis("a", "Wladimir Putin sprach. Dann könnte Putin Kim Jong Uns Haltung vermitteln. Kim Jong Un und Putin.",
                 [("Wladimir Putin", "PER"), ("Putin Kim Jong Uns", "PER"), ("Kim Jong Un", "PER"), ("Putin", "PER")])
    g = groups(link_entities([a], NAME_RULES))
    assert g["Wladimir Putin"][1] == {"Putin"}
