"""Figure series: grouping across wording, increments apart, conflicts versus updates (seed figures)."""
from chronik.lang.de.demonyms import DEMONYM_DATA
from chronik.link.figures import FigureRef, anchors, as_of, link_series, series_id
from chronik.records import Figure


def fig(low, high, predicate, counted, subject="Nordkorea", attribution=None, time=None, unit="Soldaten", **kw):
    return Figure(start=0, end=1, text="x", low=low, high=high, unit=unit, counted=counted, predicate=predicate,
                  subject=subject, attribution=attribution, time=time, **kw)


def ref(fid, article, published, f):
    return FigureRef(figure_id=fid, article_id=article, published=published, figure=f)


# The seed figures as the extractor reads them.
F1 = fig(10000, 12000, "deployed", "soldiers", attribution="Nach westlichen Angaben", time="2024-FA")
F2 = fig(3000, 4000, "reinforced", "soldiers", subject=None, attribution="nach Informationen Südkoreas",
         time="2025", unit="Mann")
F5 = fig(10000, None, "deployed", "soldiers", attribution="Nach westlichen Angaben", unit="Nordkoreaner",
         bound="lower")
F6 = fig(600, 600, "killed", "soldiers", attribution="nach südkoreanischen Angaben", unit="Nordkoreaner", approx=True)
F10 = fig(2000, 2000, "killed", "soldiers", time="2025-H1", unit="Nordkoreaner", approx=True)
F11 = fig(12000, 12000, "deployed", "soldiers", time="2024")
F13 = fig(6000, None, "killed", "soldiers", attribution="laut CNN", bound="lower")
F15 = fig(5600000000, None, "worth", "USD", attribution="laut einer Analyse aus Südkorea", unit="Dollar",
          bound="lower")
SEEDS = [ref("F1", "000", "2025-08-13", F1), ref("F2", "000", "2025-08-13", F2),
         ref("F5", "001", "2025-08-15", F5), ref("F6", "001", "2025-08-15", F6),
         ref("F10", "003", "2025-09-03", F10), ref("F11", "004", "2025-12-27", F11),
         ref("F13", "004", "2025-12-27", F13), ref("F15", "004", "2025-12-27", F15)]


def by_figure(series):
    return {fid: s for s in series for fid in s.figure_ids}


def test_same_measure_shares_a_series_whatever_the_wording():
    s = by_figure(link_series(SEEDS, DEMONYM_DATA))
    assert s["F6"].id == s["F10"].id == s["F13"].id
    assert s["F1"].id == s["F5"].id == s["F11"].id
    assert s["F6"].id != s["F1"].id and s["F15"].id != s["F6"].id
    assert s["F6"].label == "killed soldiers (Nordkorea)"
    assert s["F6"].id == series_id(F6) and len(s["F6"].id) == 16


def test_increment_is_never_in_the_total_series():
    s = by_figure(link_series(SEEDS, DEMONYM_DATA))
    assert s["F2"].id != s["F1"].id and s["F2"].predicate == "reinforced"


def test_series_ordered_by_as_of_then_publication():
    s = by_figure(link_series(SEEDS, DEMONYM_DATA))
    assert s["F1"].figure_ids == ("F1", "F11", "F5")  # 2024-11-30, 2024-12-31, 2025-08-15
    assert s["F6"].figure_ids == ("F10", "F6", "F13")


def test_a_key_without_a_subject_spans_no_articles():
    a = ref("a", "x", "2025-03-01", fig(100, 100, "killed", "people", subject=None))
    b = ref("b", "y", "2025-03-01", fig(300, 300, "killed", "people", subject=None))
    c = ref("c", "x", "2025-03-01", fig(120, 120, "killed", "people", subject=None))
    s = by_figure(link_series([a, b, c]))
    assert s["a"].id == s["c"].id != s["b"].id
    assert s["a"].id == series_id(a.figure, "x") != series_id(a.figure)
    s = by_figure(link_series([a, b, c], duplicate_of={"y": "x"}))
    assert s["a"].id == s["b"].id == s["c"].id == series_id(a.figure, "x")


def test_no_predicate_or_counted_kind_no_series():
    assert series_id(fig(3, 3, None, "people")) is None
    assert series_id(fig(3, 3, "killed", None)) is None
    assert link_series([ref("X", "a", "2025-01-01", fig(3, 3, None, "people"))]) == ()


def test_as_of():
    assert as_of(F1, "2025-08-13") == "2024-11-30"
    assert as_of(F10, "2025-09-03") == "2025-06-30"  # "Anfang des Jahres": 2025 START read as 2025-H1
    assert as_of(fig(1, 1, "killed", "people", time="2025"), "2025-09-03") == "2025-09-03"  # cut at publication
    assert as_of(F6, "2025-08-15T16:38") == "2025-08-15"
    assert as_of(fig(1, 1, "killed", "people", time="2024-Q1"), None) == "2024-03-31"
    assert as_of(fig(1, 1, "killed", "people", time="2024-WI"), None) == "2025-02-28"
    assert as_of(fig(1, 1, "killed", "people", time="XXXX-08"), "2025-09-01") == "2025-09-01"


def test_rising_cumulative_count_is_an_update_not_a_conflict():
    series = link_series(SEEDS, DEMONYM_DATA)
    assert all(s.conflicts == () for s in series)
    # days apart, a later higher toll from another source: an update
    a = ref("a", "x", "2025-03-01", fig(100, 100, "killed", "people", attribution="laut Polizei"))
    b = ref("b", "y", "2025-03-03", fig(150, 150, "killed", "people", attribution="laut Rotem Kreuz"))
    assert link_series([a, b])[0].conflicts == ()


def test_two_sources_same_day_incompatible_values_conflict():
    a = ref("a", "x", "2025-03-01", fig(100, 100, "killed", "people", attribution="laut Polizei"))
    b = ref("b", "y", "2025-03-01", fig(300, 300, "killed", "people", attribution="laut Rotem Kreuz"))
    c = ref("c", "z", "2025-03-01", fig(90, 120, "killed", "people", attribution="nach Angaben der Armee"))
    d = ref("d", "w", "2025-03-01", fig(280, None, "killed", "people", attribution="laut Polizei", bound="lower"))
    (s,) = link_series([d, c, b, a])
    assert s.conflicts == (("a", "b"), ("b", "c"), ("c", "d"))
    # one source naming itself two ways is one source: "südkoreanisch" and "Südkoreas"
    e = ref("e", "x", "2025-03-01", fig(100, 100, "killed", "people", attribution="nach südkoreanischen Angaben"))
    f = ref("f", "y", "2025-03-01", fig(300, 300, "killed", "people", attribution="nach Informationen Südkoreas"))
    assert link_series([e, f], DEMONYM_DATA)[0].conflicts == ()
    assert link_series([e, f])[0].conflicts == (("e", "f"),)
    # a later lower count of the same cumulative toll by another source is a conflict
    g = ref("g", "y", "2025-03-04", fig(50, 50, "killed", "people", attribution="laut Rotem Kreuz"))
    assert link_series([a, g])[0].conflicts == (("a", "g"),)


def test_output_independent_of_input_order():
    assert link_series(SEEDS, DEMONYM_DATA) == link_series(list(reversed(SEEDS)), DEMONYM_DATA)


# -- series for any measure, from real-style articles through the whole per-article pipeline -----------------
def _analysis_of(toolkit, text, published):
    from chronik.ids import article_id
    from chronik.pipeline import analyze
    from chronik.records import Article

    article = Article(id=article_id(text), source="test", title=None, published=published, authors=(), agencies=(),
                      language="de", outlet=None, text=text)
    return analyze(article, toolkit).analysis("")


def _link(toolkit, *articles, duplicates=False, story=False):
    """Series over ``articles``; ``duplicates``: every later article is a near-duplicate of the first;
    ``story``: all are one story (anchors: the entity mentions by their text)."""
    refs, texts, ids = [], {}, []
    for text, published in articles:
        analysis = _analysis_of(toolkit, text, published)
        aid = analysis.article_id
        ids.append(aid)
        of_mention = {(aid, i): m.text for i, m in enumerate(analysis.mentions)}
        for f in analysis.figures:
            refs.append(FigureRef(figure_id=f"{aid}:{f.text}", article_id=aid, published=published, figure=f,
                                  anchors=anchors(analysis, f, of_mention)))
            texts[f"{aid}:{f.text}"] = f.text
    duplicate_of = {aid: ids[0] for aid in ids[1:]} if duplicates else None
    story_of = {aid: "story" for aid in ids} if story else None
    series = link_series(refs, DEMONYM_DATA, duplicate_of=duplicate_of, story_of=story_of)
    return {texts[fid]: s for s in series for fid in s.figure_ids}, series


def test_two_reports_of_one_vote_form_a_series_for_each_side_with_conflicts(toolkit):
    a = ("Der Bundestag hat das Gesetz am Donnerstag mit 310 zu 299 Stimmen gebilligt. "
         "Die Opposition kündigte eine Klage an.")
    b = ("Der Bundestag hat das umstrittene Gesetz am Donnerstag mit 312 zu 297 Stimmen gebilligt. "
         "Nun muss der Bundesrat zustimmen.")
    s, series = _link(toolkit, (a, "2016-07-07"), (b, "2016-07-07"))
    assert s["310"].id == s["312"].id
    assert s["299 Stimmen"].id == s["297 Stimmen"].id != s["310"].id
    votes_for, against = s["310"], s["299 Stimmen"]
    assert (votes_for.predicate, votes_for.counted, votes_for.subject) == ("billigen", "votes", "Bundestag")
    assert (against.predicate, against.counted) == ("billigen", "votes against")
    assert len(votes_for.conflicts) == 1 and len(against.conflicts) == 1


def test_a_leak_reported_by_two_outlets_forms_a_series_with_a_conflict(toolkit):
    a = "Die Enthüllungsplattform Wikileaks hat mehr als 2.000 interne E-Mails der SPD veröffentlicht."
    b = ("Die Enthüllungsplattform Wikileaks hat am Sonntag 1.800 interne E-Mails der SPD veröffentlicht. "
         "Die Partei prüft rechtliche Schritte.")
    s, series = _link(toolkit, (a, "2016-07-22"), (b, "2016-07-24"))
    leak = s["mehr als 2.000 interne E-Mails"]
    assert leak.id == s["1.800 interne E-Mails"].id
    assert (leak.predicate, leak.counted, leak.subject) == ("veröffentlichen", "E-Mail", "SPD")
    assert len(leak.conflicts) == 1


def test_a_count_that_names_no_owner_stays_in_its_article(toolkit):
    # "E-Mails der Partei": which party's, another article may not mean the same
    a = "Die Enthüllungsplattform Wikileaks hat mehr als 2.000 interne E-Mails der Partei veröffentlicht."
    b = "Die Plattform hat am Sonntag 1.800 interne E-Mails der Partei veröffentlicht."
    s, series = _link(toolkit, (a, "2016-07-22"), (b, "2016-07-24"))
    leak = s["mehr als 2.000 interne E-Mails"]
    assert (leak.predicate, leak.counted, leak.subject) == ("veröffentlichen", "E-Mail", None)
    assert leak.id != s["1.800 interne E-Mails"].id and leak.label == s["1.800 interne E-Mails"].label


def test_the_same_count_in_two_near_duplicates_is_one_series_and_no_conflict(toolkit):
    a = "Hacker haben 2.400 Dateien aus dem Netzwerk der Behörde kopiert."
    b = "Unbekannte Hacker haben nach Angaben der Behörde 2.400 Dateien aus ihrem Netzwerk kopiert."
    s, series = _link(toolkit, (a, "2016-03-01"), (b, "2016-03-02"), duplicates=True)
    files = s["2.400 Dateien"]
    assert (files.predicate, files.counted, files.subject) == ("kopieren", "Datei", None)
    assert len(files.figure_ids) == 2 and files.conflicts == ()
    s, series = _link(toolkit, (a, "2016-03-01"), (b, "2016-03-02"))
    assert [len(x.figure_ids) for x in series] == [1, 1]  # no owner named, no near-duplicate: apart


def test_a_count_without_owner_spans_a_story_where_both_sentences_name_the_place(toolkit):
    a = ("Bei einem Großbrand in einer Lagerhalle in Linz sind am Montag nach Angaben der Polizei 12 Menschen "
         "verletzt worden. Das Feuer war am Vormittag ausgebrochen.")
    b = ("Bei dem Brand in einer Lagerhalle in Linz sind am Montag nach Angaben der Sanitäter 40 Menschen verletzt "
         "worden. Viele der Verletzten erlitten Rauchvergiftungen.")
    c = ("Bei einem Brand in einem Wohnhaus in Graz sind am Montag nach Angaben der Feuerwehr 5 Menschen verletzt "
         "worden.")
    s, series = _link(toolkit, (a, "2025-03-04"), (b, "2025-03-04"), (c, "2025-03-04"), story=True)
    hurt = s["12 Menschen"]
    assert (hurt.predicate, hurt.counted, hurt.subject) == ("wounded", "people", None)
    assert hurt.id == s["40 Menschen"].id != s["5 Menschen"].id
    assert hurt.conflicts == ((hurt.figure_ids[0], hurt.figure_ids[1]),)
    s, series = _link(toolkit, (a, "2025-03-04"), (b, "2025-03-04"))  # no story: each report apart
    assert s["12 Menschen"].id != s["40 Menschen"].id
