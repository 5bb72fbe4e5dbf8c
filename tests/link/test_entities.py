import pytest

from chronik.lang.de.names import NAME_RULES
from chronik.link.entities import acronym_of, link_entities, spelling_key
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


def link(*items):
    """Link (analysis, text) pairs with their texts, as the store does."""
    return link_entities([a for a, _ in items], NAME_RULES, {a.article_id: t for a, t in items})


def with_text(article_id: str, text: str, names: list[tuple[str, str]]):
    return analysis(article_id, text, names), text


def test_middle_initial_short_first_name_and_surname_are_one_person():
    text = ("US-Präsident Joe Biden hat am Dienstag ein Gesetz unterzeichnet. Im Amtsblatt steht Joseph R. Biden "
            "als Unterzeichner. Biden sprach von einem guten Tag.")
    g = groups(link(with_text("a", text, [("Joe Biden", "PER"), ("Joseph R. Biden", "PER"), ("Biden", "PER")])))
    assert g == {"Joseph R. Biden": ("PER", {"Joe Biden", "Biden"}, ("a",))}


def test_an_initial_for_the_first_name_joins_across_articles():
    a = with_text("a", "Bundeskanzler Olaf Scholz reist nach Washington.", [("Olaf Scholz", "PER"), ("Washington", "LOC")])
    b = with_text("b", "Das Treffen mit O. Scholz ist für Freitag geplant.", [("O. Scholz", "PER")])
    g = groups(link(a, b))
    assert g["Olaf Scholz"] == ("PER", {"O. Scholz"}, ("a", "b"))


def test_contradicting_middle_initials_stay_two_people_and_a_bare_form_joins_neither():
    text = ("George W. Bush erinnerte an seinen Vater George H. W. Bush. Schon George Bush hatte "
            "im Weißen Haus regiert.")
    g = groups(link(with_text("a", text, [("George W. Bush", "PER"), ("George H. W. Bush", "PER"),
                                          ("George Bush", "PER")])))
    assert set(g) == {"George W. Bush", "George H. W. Bush", "George Bush"}


def test_hyphenated_surname_alone_joins_the_full_name():
    text = ("CDU-Chefin Annegret Kramp-Karrenbauer will nicht Kanzlerkandidatin werden. "
            "Kramp-Karrenbauers Rückzug überraschte die Partei. Kramp-Karrenbauer bleibt Ministerin.")
    g = groups(link(with_text("a", text, [("Annegret Kramp-Karrenbauer", "PER"), ("Kramp-Karrenbauers", "PER"),
                                          ("Kramp-Karrenbauer", "PER")])))
    assert g == {"Annegret Kramp-Karrenbauer": ("PER", {"Kramp-Karrenbauer", "Kramp-Karrenbauers"}, ("a",))}


def test_transliterations_share_a_spelling_key():
    a = with_text("a", "Die Sprecherin Maria Sacharowa wies die Vorwürfe zurück. Auch Alexej Nawalny äußerte sich.",
                  [("Maria Sacharowa", "PER"), ("Alexej Nawalny", "PER")])
    b = with_text("b", "Spokeswoman Maria Zakharova and Alexej Navalny were named.",
                  [("Maria Zakharova", "PER"), ("Alexej Navalny", "PER")])
    g = groups(link(a, b))
    assert g["Maria Sacharowa"] == ("PER", {"Maria Zakharova"}, ("a", "b"))
    assert g["Alexej Nawalny"][1:] == ({"Alexej Navalny"}, ("a", "b"))
    assert spelling_key(("selenskyj",), NAME_RULES) == spelling_key(("zelensky",), NAME_RULES)


def test_acronym_introduced_after_its_long_form_is_one_organisation_in_every_article():
    a = with_text("a", "Das Bundesamt für Sicherheit in der Informationstechnik (BSI) warnt vor einer Lücke in "
                       "Microsoft Exchange. Das BSI rät zu einem Update.",
                  [("Bundesamt für Sicherheit in der Informationstechnik", "ORG"), ("BSI", "ORG"),
                   ("Microsoft", "ORG"), ("BSI", "ORG")])
    b = with_text("b", "Das BSI stuft die Lage als kritisch ein.", [("BSI", "ORG")])
    g = groups(link(a, b))
    assert g["Bundesamt für Sicherheit in der Informationstechnik"] == ("ORG", {"BSI"}, ("a", "b"))
    assert g["Microsoft"] == ("ORG", set(), ("a",))


def test_acronym_before_its_long_form_and_letters_inside_a_compound():
    text = ("Die Zahl der Anträge beim BAMF (Bundesamt für Migration und Flüchtlinge) stieg. "
            "Der Internationale Währungsfonds (IWF) senkte seine Prognose.")
    g = groups(link(with_text("a", text, [("BAMF", "ORG"), ("Bundesamt für Migration und Flüchtlinge", "ORG"),
                                          ("Internationale Währungsfonds", "ORG"), ("IWF", "ORG")])))
    assert g == {"Bundesamt für Migration und Flüchtlinge": ("ORG", {"BAMF"}, ("a",)),
                 "Internationale Währungsfonds": ("ORG", {"IWF"}, ("a",))}


def test_a_bracketed_word_that_is_no_acronym_of_the_name_stays_apart():
    text = "Die Europäische Zentralbank (EZB) und die Bundesbank (Frankfurt) äußerten sich, meldete Reuters (dpa)."
    g = groups(link(with_text("a", text, [("Europäische Zentralbank", "ORG"), ("EZB", "ORG"), ("Bundesbank", "ORG"),
                                          ("Frankfurt", "LOC"), ("Reuters", "ORG"), ("dpa", "ORG")])))
    assert set(g) == {"Europäische Zentralbank", "Bundesbank", "Frankfurt", "Reuters", "dpa"}
    assert g["Europäische Zentralbank"][1] == {"EZB"}


@pytest.mark.parametrize("acronym, long_form, expected", [
    ("BSI", "Bundesamt für Sicherheit in der Informationstechnik", True),
    ("BAMF", "Bundesamt für Migration und Flüchtlinge", True),
    ("AfD", "Alternative für Deutschland", True),
    ("EZB", "Europäische Zentralbank", True),
    ("WHO", "Weltgesundheitsorganisation", False),  # one word: no introduced acronym to check
    ("CDU", "Sozialdemokratische Partei Deutschlands", False),
])
def test_acronym_of(acronym, long_form, expected):
    assert acronym_of(acronym, long_form) is expected


def test_legal_form_leading_article_and_declined_adjective_are_one_organisation():
    text = ("Die Deutsche Bank AG hat ihre Prognose gesenkt. Aktien der Deutschen Bank fielen um drei Prozent. "
            "Die Deutsche Bank will dennoch an der Dividende festhalten.")
    g = groups(link(with_text("a", text, [("Deutsche Bank AG", "ORG"), ("Deutschen Bank", "ORG"),
                                          ("Die Deutsche Bank", "ORG")])))
    assert list(g) == ["Deutsche Bank AG"]
    assert g["Deutsche Bank AG"][1] == {"Deutschen Bank", "Die Deutsche Bank"}


def test_a_place_and_a_subsidiary_named_after_it_stay_apart():
    text = "Die Oracle Deutschland GmbH wächst, sagte Oracle. In Deutschland arbeiten 2000 Menschen für den Konzern."
    g = groups(link(with_text("a", text, [("Oracle Deutschland GmbH", "ORG"), ("Oracle", "ORG"),
                                          ("Deutschland", "LOC")])))
    assert set(g) == {"Oracle Deutschland GmbH", "Oracle", "Deutschland"}


def test_a_surname_alone_in_another_article_joins_the_one_person_of_the_corpus_with_it():
    a = analysis("a", "Bundeskanzler Olaf Scholz traf CDU-Chefin Annegret Kramp-Karrenbauer in Berlin.",
                 [("Olaf Scholz", "PER"), ("Annegret Kramp-Karrenbauer", "PER")])
    b = analysis("b", "Scholz und Kramp-Karrenbauer stritten über den Haushalt.",
                 [("Scholz", "PER"), ("Kramp-Karrenbauer", "PER")])
    c = analysis("c", "Kim Jong Un und Kim Yo Jong zeigten sich in Pjöngjang.",
                 [("Kim Jong Un", "PER"), ("Kim Yo Jong", "PER")])
    d = analysis("d", "Kim ließ Raketen testen.", [("Kim", "PER")])
    g = groups(link_entities([a, b, c, d], NAME_RULES))
    assert g["Olaf Scholz"] == ("PER", {"Scholz"}, ("a", "b"))
    assert g["Annegret Kramp-Karrenbauer"] == ("PER", {"Kramp-Karrenbauer"}, ("a", "b"))
    assert g["Kim"] == ("PER", set(), ("d",))  # two Kims in the corpus: which one is not known


def test_an_organisation_named_by_its_last_word_is_the_full_name_in_that_article_only():
    a = analysis("a", "Die Deutsche Telekom hat ihre Prognose erhöht. Die Telekom rechnet mit mehr Kunden.",
                 [("Deutsche Telekom", "ORG"), ("Telekom", "ORG")])
    b = analysis("b", "Galeria Kaufhof will in die Niederlande expandieren. Kaufhof plant 15 Filialen.",
                 [("Galeria Kaufhof", "ORG"), ("Kaufhof", "ORG")])
    c = analysis("c", "Die Telekom senkt die Preise.", [("Telekom", "ORG")])
    g = groups(link_entities([a, b, c], NAME_RULES))
    assert g["Deutsche Telekom"] == ("ORG", {"Telekom"}, ("a",))
    assert g["Galeria Kaufhof"] == ("ORG", {"Kaufhof"}, ("b",))
    assert g["Telekom"] == ("ORG", set(), ("c",))


def test_a_last_word_that_ends_two_organisations_or_opens_one_stays_apart():
    a = analysis("a", "Die Hamburger Sparkasse und die Berliner Sparkasse melden Gewinne; die Sparkasse sei stabil.",
                 [("Hamburger Sparkasse", "ORG"), ("Berliner Sparkasse", "ORG"), ("Sparkasse", "ORG")])
    b = analysis("b", "Bombardier Transportation streicht Stellen in Braunschweig, teilte Bombardier mit.",
                 [("Bombardier Transportation", "ORG"), ("Bombardier", "ORG")])
    g = groups(link_entities([a, b], NAME_RULES))
    assert set(g) == {"Hamburger Sparkasse", "Berliner Sparkasse", "Sparkasse", "Bombardier Transportation",
                      "Bombardier"}


def test_the_place_in_a_clubs_name_stays_the_place():
    a = analysis("a", "Der TSV Bisperode gewann 3:1. In Bisperode feierten die Fans bis spät.",
                 [("TSV Bisperode", "ORG"), ("Bisperode", "ORG")])
    g = groups(link_entities([a], NAME_RULES))
    assert set(g) == {"TSV Bisperode", "Bisperode"}


def test_a_subject_and_an_object_named_side_by_side_are_not_one_name():
    text = ("Friedensnobelpreisträger Lech Wałęsa war ein Spitzel, sagt Jarosław Kaczyński. "
            "Im Jahr 2008 warf Lech Kaczyński Wałęsa persönlich Spionage vor. Wałęsa bestreitet das.")
    a = analysis("a", text, [("Lech Wałęsa", "PER"), ("Jarosław Kaczyński", "PER"),
                             ("Lech Kaczyński Wałęsa", "PER"), ("Wałęsa", "PER")])
    g = groups(link_entities([a], NAME_RULES))
    assert g["Lech Wałęsa"] == ("PER", {"Wałęsa"}, ("a",))
    assert set(g) == {"Lech Wałęsa", "Jarosław Kaczyński", "Lech Kaczyński Wałęsa"}


def test_a_middle_name_that_is_no_ones_surname_keeps_the_name_whole():
    a = analysis("a", "George Herbert Walker Bush traf George Bush senior nicht. Bush schwieg.",
                 [("George Herbert Walker Bush", "PER"), ("George Bush", "PER"), ("Bush", "PER")])
    g = groups(link_entities([a], NAME_RULES))
    assert g["George Herbert Walker Bush"] == ("PER", {"George Bush", "Bush"}, ("a",))


def test_a_later_article_with_a_fuller_name_renames_the_entity_but_keeps_its_id():
    a = analysis("a", "Scholz reiste am Montag nach Paris. Dort traf Scholz den Präsidenten.",
                 [("Scholz", "PER"), ("Paris", "LOC"), ("Scholz", "PER")])
    b = analysis("b", "Bundeskanzler Olaf Scholz sprach am Dienstag im Bundestag.",
                 [("Olaf Scholz", "PER"), ("Bundestag", "ORG")])
    order = {"a": ("2025-03-03", "a"), "b": ("2025-03-04", "b")}
    before = link_entities([a], NAME_RULES, order=order)
    after = link_entities([a, b], NAME_RULES, order=order)
    assert [e.name for e in before.entities if e.type == "PER"] == ["Scholz"]
    assert [e.name for e in after.entities if e.type == "PER"] == ["Olaf Scholz"]
    assert after.of_mention[("a", 0)] == before.of_mention[("a", 0)] == after.of_mention[("b", 0)]
    assert after.of_mention[("a", 1)] == before.of_mention[("a", 1)]


def test_an_entity_id_is_its_first_mention_in_publication_order():
    a = analysis("a", "Merkel sprach.", [("Merkel", "PER")])
    b = analysis("b", "Angela Merkel sprach.", [("Angela Merkel", "PER")])
    early_b = link_entities([a, b], NAME_RULES, order={"a": ("2025-05-02", "a"), "b": ("2025-05-01", "b")})
    early_a = link_entities([a, b], NAME_RULES, order={"a": ("2025-05-01", "a"), "b": ("2025-05-02", "b")})
    assert len(early_a.entities) == len(early_b.entities) == 1
    assert early_b.entities[0].id == early_b.of_mention[("b", 0)] != early_a.entities[0].id
