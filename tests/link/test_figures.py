"""Figure series: grouping across wording, increments apart, conflicts versus updates (seed figures)."""
from chronik.lang.de.demonyms import DEMONYM_DATA
from chronik.link.figures import FigureRef, as_of, link_series, series_id
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
def _figures_of(toolkit, text, published):
    from chronik.ids import article_id
    from chronik.pipeline import analyze
    from chronik.records import Article

    article = Article(id=article_id(text), source="test", title=None, published=published, authors=(), agencies=(),
                      language="de", outlet=None, text=text)
    return article.id, analyze(article, toolkit).figures


def _link(toolkit, *articles):
    refs, texts = [], {}
    for text, published in articles:
        aid, figures = _figures_of(toolkit, text, published)
        for f in figures:
            refs.append(ref(f"{aid}:{f.text}", aid, published, f))
            texts[f"{aid}:{f.text}"] = f.text
    series = link_series(refs, DEMONYM_DATA)
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
    a = "Die Enthüllungsplattform Wikileaks hat mehr als 2.000 interne E-Mails der Partei veröffentlicht."
    b = ("Die Enthüllungsplattform Wikileaks hat am Sonntag 1.800 interne E-Mails der Partei veröffentlicht. "
         "Die Partei prüft rechtliche Schritte.")
    s, series = _link(toolkit, (a, "2016-07-22"), (b, "2016-07-24"))
    leak = s["mehr als 2.000 interne E-Mails"]
    assert leak.id == s["1.800 interne E-Mails"].id
    assert (leak.predicate, leak.counted) == ("veröffentlichen", "E-Mail")
    assert len(leak.conflicts) == 1


def test_the_same_count_in_two_articles_is_no_conflict(toolkit):
    a = "Hacker haben 2.400 Dateien aus dem Netzwerk der Behörde kopiert."
    b = "Unbekannte Hacker haben nach Angaben der Behörde 2.400 Dateien aus ihrem Netzwerk kopiert."
    s, series = _link(toolkit, (a, "2016-03-01"), (b, "2016-03-02"))
    files = s["2.400 Dateien"]
    assert (files.predicate, files.counted) == ("kopieren", "Datei")
    assert len(files.figure_ids) == 2 and files.conflicts == ()
