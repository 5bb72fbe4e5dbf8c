"""Merging event reports across articles: one event per real event."""
from __future__ import annotations

import hashlib
import random

from chronik.link.events import Event, EventReport, article_reports, dates_compatible, merge_events
from chronik.records import Analysis, ArticleMeta, EventMention, Sentence

PUB = {"000": "2025-08-13", "001": "2025-08-15T16:38", "002": None, "003": "2025-09-03", "004": "2025-12-27"}


def report(article, kind, ids, date=None, basis=None, status="happened", place=None, start=0,
           names=None, sentence="Satz.", predicate=None, label=None, roles=None, via=None):
    mention = EventMention(type=kind, trigger="x", start=start, end=start + 1, sentence=0,
                           participants=tuple(names or ids), place=place, date=date,
                           date_basis=basis if date else None, status=status, predicate=predicate,
                           label=label, via=via, roles=tuple(roles or ()))
    return EventReport(article_id=article, published=PUB.get(article), mention=mention,
                       participant_ids=tuple(ids), place_id=("L:" + place) if place else None,
                       sentence_text=sentence, role_ids=tuple(roles or ()))


def seed_reports():
    return [
        # 000: the summit announced (undated, then dated by "am Freitag"), the call, the confirmation
        report("000", "meeting", ["trump", "putin"], status="announced", place="Alaska", start=10,
               names=["Donald Trump", "Wladimir Putin"], sentence="Vor einem Treffen zwischen ... in Alaska ..."),
        report("000", "call", ["putin", "kim"], "2025-08-13", "published", start=120,
               names=["Putin", "Kim Jong Un"], sentence="... in einem Telefonat ... vereinbart."),
        report("000", "call", ["putin", "kim"], "2025-08-12", "text", start=300, names=["Putin", "Kim"],
               sentence="Putin und Kim hätten am Dienstag ... telefoniert ..."),
        report("000", "call", ["putin", "kim"], "2025-08-12", "text", start=500, names=["Putin", "Kim"],
               sentence="Der Kreml bestätigte das Gespräch."),
        report("000", "deployment", ["nordkorea"], "2025-04", "text", start=900,
               sentence="Nordkorea bestätigte im April den Einsatz ..."),
        report("000", "meeting", ["trump", "putin"], "2025-08-15", "text", status="announced", place="Alaska",
               start=1200, names=["Donald Trump", "Wladimir Putin"],
               sentence="Es wird erwartet, dass Trump bei dem Treffen am Freitag ..."),
        report("000", "deployment", ["nordkorea"], "2025-04", "text", start=2000,
               sentence="Nordkorea räumte im April erstmals ein, ..."),
        report("000", "deployment", ["nordkorea"], "2024-FA", "text", start=2600,
               sentence="... hat Nordkorea im Herbst 2024 ... entsandt ..."),
        # 001: the letter, the deployment confirmation, the summit heading, the delegation
        report("001", "letter", ["kim", "putin"], "2025-08-15", "text", start=50,
               names=["Kim Jong Un", "Wladimir Putin"], sentence="In einem Brief an ..."),
        report("001", "deployment", ["nordkorea"], "2025-04", "text", start=800,
               sentence="Im April bestätigte Pjöngjang erstmals, ..."),
        report("001", "meeting", ["trump", "putin"], "2025-08-15", "text", status="announced", place="Alaska",
               start=1000, names=["Trump", "Putin"], sentence="Am Freitag treffen sich Trump und Putin in Alaska"),
        report("001", "deployment", ["nordkorea"], start=1100, sentence="... 10.000 Nordkoreaner nach Kursk ..."),
        report("001", "letter", ["kim", "putin"], "2025-08-15", "text", start=1500,
               names=["Kim Jong Un", "Wladimir Putin"], sentence="Putins Brief an Kim fiel ..."),
        report("001", "meeting", ["wolodin"], "2025-08-14", "text", start=1700, names=["Wjatscheslaw Wolodin"],
               sentence="Die russische Delegation war am Donnerstag ... empfangen worden ..."),
        # 002: two meetings of one trip, no publication date
        report("002", "meeting", ["kim", "lawrow"], place="Pjöngjang", start=5,
               names=["Kim Jong Un", "Sergej Lawrow"], sentence="Bei einem hochrangigen Treffen ..."),
        report("002", "meeting", ["kim", "lawrow"], place="Pjöngjang", start=300,
               names=["Kim Jong Un", "Sergej Lawrow"], sentence="Das Treffen, das am vergangenen Samstag ..."),
        report("002", "meeting", ["lawrow", "choe"], place="Wonsan", start=1800,
               names=["Lawrow", "Choe Son Hui"], sentence="... nach einem Treffen mit ... Choe Son Hui ..."),
        # 003, 004: dated from publication
        report("003", "meeting", ["putin", "kim"], "2025-09-03", "published", place="Peking", start=70,
               names=["Wladimir Putin", "Kim Jong Un"], sentence="..., sagte ... bei einem Treffen mit ..."),
        report("004", "letter", ["putin", "kim"], "2025-12-27", "published", start=300,
               names=["Wladimir Putin", "Kim"], sentence="In einer Neujahrsbotschaft an ..."),
        report("004", "deployment", ["nordkorea"], "2024", "text", start=900,
               sentence="Pjöngjang entsandte im letzten Jahr 12'000 Soldaten nach Russland ..."),
    ]


def find(events, kind, date, ids):
    hits = [e for e in events if e.type == kind and e.date == date and set(ids) <= set(e.participants)]
    assert len(hits) == 1, (kind, date, ids, hits)
    return hits[0]


def test_seed_events_merge_as_the_gold_says():
    events = merge_events(seed_reports())
    e1 = find(events, "call", "2025-08-12", ["putin", "kim"])
    assert (e1.articles, e1.date_basis, len(e1.evidence)) == (("000",), "text", 3)
    e2 = find(events, "meeting", "2025-08-15", ["trump", "putin"])
    assert e2.articles == ("000", "001") and e2.status == "announced" and e2.place == "Alaska"
    assert len(e2.evidence) == 3
    e3 = find(events, "letter", "2025-08-15", ["putin", "kim"])
    assert e3.articles == ("001",) and len(e3.evidence) == 2
    assert find(events, "meeting", "2025-08-14", ["wolodin"]).articles == ("001",)
    e6 = find(events, "meeting", "2025-09-03", ["putin", "kim"])
    assert e6.date_basis == "published"
    e7 = find(events, "deployment", "2025-04", ["nordkorea"])
    assert e7.articles == ("000", "001") and len(e7.evidence) == 3
    e8 = find(events, "letter", "2025-12-27", ["kim", "putin"])
    assert e8.articles == ("004",)
    undated = [e for e in events if e.date is None]
    assert sorted(e.participants for e in undated if e.type == "meeting") == [("choe", "lawrow"), ("kim", "lawrow")]
    # autumn 2024 (000) lies inside 2024 (004): one deployment, dated by the narrower value
    e_2024 = find(events, "deployment", "2024-FA", ["nordkorea"])
    assert e_2024.articles == ("000", "004")
    assert len(events) == 11


def test_distinct_events_on_one_day_stay_distinct():
    events = merge_events(seed_reports())
    same_day = [e for e in events if e.date == "2025-08-15"]
    assert sorted(e.type for e in same_day) == ["letter", "meeting"]


def test_undated_report_that_fits_two_events_stays_apart():
    events = merge_events(seed_reports())
    undated = [e for e in events if e.type == "deployment" and e.date is None]
    assert [e.articles for e in undated] == [("001",)]


def test_undated_report_joins_the_one_event_it_fits():
    events = merge_events([
        report("000", "meeting", ["trump", "putin"], status="announced", place="Alaska", start=1),
        report("001", "meeting", ["trump", "putin"], "2025-08-15", "text", status="announced", place="Alaska"),
        report("003", "meeting", ["putin", "kim"], "2025-09-03", "published", place="Peking"),
    ])
    assert [(e.date, e.articles) for e in events] == [("2025-08-15", ("000", "001")), ("2025-09-03", ("003",))]


def test_announced_and_happened_in_one_article_are_two_meetings():
    events = merge_events([
        report("003", "meeting", ["putin", "kim"], "2025-09-03", "published", place="Peking", start=1),
        report("003", "meeting", ["kim"], status="announced", start=900),
    ])
    assert len(events) == 2


def test_meetings_in_different_places_stay_apart():
    events = merge_events([
        report("001", "meeting", ["putin", "kim"], "2025-09-03", "text", place="Peking"),
        report("003", "meeting", ["putin", "kim"], "2025-09-03", "text", place="Wladiwostok"),
    ])
    assert len(events) == 2


def test_id_order_and_label_are_deterministic():
    reports = seed_reports()
    first = merge_events(reports)
    shuffled = reports[:]
    random.Random(7).shuffle(shuffled)
    assert merge_events(shuffled) == first
    dated = [e.date for e in first if e.date]
    assert dated == sorted(dated)
    assert all(e.date is None for e in first[len(dated):])
    e2 = find(first, "meeting", "2025-08-15", ["trump", "putin"])
    key = "meeting||2025-08-15|putin,trump|L:Alaska"  # type, predicate, date, participants, place
    assert e2.id == hashlib.sha1(key.encode()).hexdigest()[:16]
    assert e2.label == "meeting: Donald Trump, Wladimir Putin in Alaska"
    assert isinstance(e2, Event) and e2.place_id == "L:Alaska"
    assert len({e.id for e in first}) == len(first)


def test_evidence_keeps_article_and_sentence_in_text_order():
    e2 = find(merge_events(seed_reports()), "meeting", "2025-08-15", ["trump", "putin"])
    assert e2.evidence == (
        ("000", "Vor einem Treffen zwischen ... in Alaska ..."),
        ("000", "Es wird erwartet, dass Trump bei dem Treffen am Freitag ..."),
        ("001", "Am Freitag treffen sich Trump und Putin in Alaska"),
    )


def test_date_compatibility():
    assert dates_compatible("2025-08-12", "text", "2025-08-13", "published")
    assert not dates_compatible("2025-08-15", "text", "2025-12-27", "published")
    assert not dates_compatible("2025-08-14", "text", "2025-08-13", "published")  # after publication
    assert dates_compatible("2024", "text", "2024-FA", "text")
    assert not dates_compatible("2024-FA", "text", "2025-04", "text")
    assert dates_compatible("2025-08-13", "published", "2025-08-14", "published")
    assert dates_compatible(None, None, "2025-04", "text")
    assert dates_compatible("2025-12", "text", "2025-12-27", "published")


def test_compatible_dates_across_a_month_and_a_year_boundary_still_merge():
    # The merge files clusters by month: a published date a few days after a
    # text date in the previous month (and year), a season, and a year all
    # reach the cluster they fit.
    reports = [
        report("a", "call", ["putin", "kim"], "2025-12-30", "text", sentence="Am Dienstag telefonierten sie."),
        report("b", "call", ["putin", "kim"], "2026-01-02", "published", sentence="Sie telefonierten."),
        report("c", "deployment", ["nordkorea"], "2024-WI", "text", sentence="Im Winter ..."),
        report("d", "deployment", ["nordkorea"], "2024-12", "text", sentence="Im Dezember ..."),
        report("e", "deployment", ["nordkorea"], "2024", "text", sentence="2024 ..."),
        report("f", "call", ["putin", "kim"], "2026-01-20", "published", sentence="Sie telefonierten erneut."),
    ]
    events = merge_events(reports)
    assert sorted(e.articles for e in events) == [("a", "b"), ("c", "d", "e"), ("f",)]


def test_a_month_read_in_a_later_report_keeps_the_day_of_the_first():
    first = report("003", "meeting", ["putin", "kim"], "2025-09-03", "published", place="Peking",
                   sentence="Kim und Putin trafen sich in Peking.")
    later = report("004", "meeting", ["putin", "kim"], "2025-09", "text", place="Peking",
                   sentence="Kim hatte Putin im September in Peking getroffen.")
    other_month = report("004", "meeting", ["putin", "kim"], "2025-10", "text", place="Peking", start=5,
                         sentence="Im Oktober trafen sie sich erneut in Peking.")
    (event,) = merge_events([first, later])
    assert (event.date, event.date_basis) == ("2025-09-03", "published")
    assert sorted((e.date, e.date_basis) for e in merge_events([first, other_month])) == [
        ("2025-09-03", "published"), ("2025-10", "text")]


def test_a_verb_and_a_noun_for_one_happening_merge_across_articles():
    events = merge_events([
        report("000", "call", ["putin", "kim"], "2025-08-12", "text", predicate="telefonieren",
               label="Putin und Kim telefonieren", roles=[("putin", "agent"), ("kim", "agent")]),
        report("001", "call", ["putin", "kim"], "2025-08-12", "text", predicate="Telefonat",
               label="Telefonat zwischen Putin und Kim"),
    ])
    assert [(e.type, e.articles, e.predicate, e.label) for e in events] == [
        ("call", ("000", "001"), "telefonieren", "Putin und Kim telefonieren")]
    assert events[0].roles == (("kim", "agent"), ("putin", "agent"))


def test_label_comes_from_the_earliest_report_and_stays_when_later_ones_join():
    early = report("000", "resignation", ["may"], "2025-08-13", "text", predicate="zurücktreten",
                   label="May tritt zurück")
    later = report("003", "resignation", ["may"], "2025-08-13", "text", predicate="Rücktritt",
                   label="Rücktritt von May")
    assert merge_events([later, early])[0].label == "May tritt zurück"
    assert merge_events([early, later, report("004", "resignation", ["may"], "2025-08-13", "text",
                                              predicate="zurücktreten", label="Premierministerin May tritt zurück")
                         ])[0].label == "May tritt zurück"


def test_other_events_merge_only_with_the_same_predicate_and_keep_apart_in_their_ids():
    events = merge_events([
        report("000", "other", ["eon"], "2025-08-12", "text", predicate="angreifen", start=1),
        report("000", "other", ["eon"], "2025-08-12", "text", predicate="erstatten", start=50),
        report("001", "other", ["eon"], "2025-08-12", "text", predicate="angreifen", start=9),
    ])
    assert sorted((e.predicate, e.articles) for e in events) == [
        ("angreifen", ("000", "001")), ("erstatten", ("000",))]
    assert len({e.id for e in events}) == 2


def test_reports_from_two_articles_need_something_in_common():
    # two undated deaths with no named party in two articles are not one death because they fit
    events = merge_events([
        report("000", "death", [], predicate="sterben"),
        report("001", "death", [], predicate="sterben", start=5),
    ])
    assert len(events) == 2
    # the same day named in the text and the same predicate are enough
    events = merge_events([
        report("000", "disaster", [], "2025-08-10", "text", predicate="erschüttern"),
        report("001", "disaster", [], "2025-08-10", "text", predicate="erschüttern", start=5),
    ])
    assert [e.articles for e in events] == [("000", "001")]


def test_an_announced_event_joins_its_later_report_that_it_happened():
    events = merge_events([
        report("000", "meeting", ["trump", "putin"], "2025-08-15", "text", status="announced", place="Alaska",
               predicate="Treffen"),
        report("003", "meeting", ["trump", "putin"], "2025-08-15", "text", place="Alaska", predicate="treffen"),
    ])
    assert [(e.status, e.articles) for e in events] == [("happened", ("000", "003"))]


def test_the_via_of_the_earliest_report_that_names_one():
    events = merge_events([
        report("001", "call", ["putin", "kim"], "2025-08-12", "text", via="KCNA"),
        report("000", "call", ["putin", "kim"], "2025-08-12", "text"),
    ])
    assert events[0].via == "KCNA"


def test_an_undated_report_does_not_join_a_happening_dated_after_its_article():
    """A visit told in August is not the visit of January: an article cannot
    report as done what happens after it was published."""
    from chronik.link.events import EventReport, merge_events
    from chronik.records import EventMention

    def report(article, published, date, sentence):
        m = EventMention(type="visit", trigger="Besuch", start=0, end=6, sentence=sentence, participants=("kim",),
                         place="Pjöngjang", date=date, date_basis="text" if date else None, status="happened",
                         predicate="Besuch", roles=(("kim", "patient"),), label="Besuch bei Kim")
        return EventReport(article_id=article, published=published, mention=m, participant_ids=("kim",),
                           place_id="Pjöngjang", sentence_text=sentence, role_ids=(("kim", "patient"),))
    august = report("a", "2025-08-15", None, "Der Besuch einer Delegation bei Kim in Pjöngjang.")
    january = report("b", "2026-01-15", "2026-01-14", "Am Mittwoch besuchte Schoigu Kim in Pjöngjang.")
    assert sorted(len(e.evidence) for e in merge_events([august, january])) == [1, 1]
    earlier = report("c", "2026-01-16", None, "Der Besuch Schoigus bei Kim in Pjöngjang.")
    assert [len(e.evidence) for e in merge_events([january, earlier])] == [2]


def test_reports_sharing_nothing_but_their_article_join_and_across_articles_stay_apart():
    # "Ein Mann starb am Unfallort ... Der Mann starb noch vor Ort": one death, told twice in one article
    same_article = merge_events([
        report("003", "death", [], "2025-09-03", "published", predicate="sterben", start=10),
        report("003", "death", [], "2025-09-03", "published", predicate="sterben", start=400),
    ])
    assert [e.articles for e in same_article] == [("003",)]
    two_articles = merge_events([
        report("003", "death", [], "2025-09-03", "published", predicate="sterben", start=10),
        report("004", "death", [], "2025-09-03", "published", predicate="sterben", start=10),
    ])
    assert len(two_articles) == 2


def test_two_verbs_of_one_sentence_are_two_happenings_even_with_one_party():
    # "Demjanjuk sei in Majdanek eingesetzt worden, bevor er nach Sobibór verlegt worden sei"
    from dataclasses import replace

    def at(r, sentence):
        return replace(r, mention=replace(r.mention, sentence=sentence))

    one_sentence = merge_events([
        at(report("000", "deployment", ["dem"], predicate="einsetzen", start=10, roles=[("dem", "patient")]), 4),
        at(report("000", "deployment", ["dem"], predicate="verlegen", start=90, roles=[("dem", "patient")]), 4),
    ])
    assert sorted(e.predicate for e in one_sentence) == ["einsetzen", "verlegen"]
    # a verb and a noun of one sentence still tell one happening ("bei dem Treffen vereinbarten sie")
    verb_and_noun = merge_events([
        at(report("000", "meeting", ["a", "b"], predicate="treffen", start=10), 4),
        at(report("000", "meeting", ["a", "b"], predicate="Treffen", start=90), 4),
    ])
    assert len(verb_and_noun) == 1


def test_a_verb_and_a_day_join_two_articles_only_when_their_sentences_name_the_same_things():
    car = [report("003", "other", [], "2016-03-06", "text", predicate="überschlagen", start=10,
                  sentence="Am Sonntagfrüh überschlug sich ein Auto auf einer Bundesstraße bei Schwedt."),
           report("004", "other", [], "2016-03-06", "text", predicate="überschlagen", start=10,
                  sentence="Bei Weiherhäuser überschlug sich auf der Staatsstraße 2082 gegen 9.20 Uhr ein Wagen.")]
    assert len(merge_events(car)) == 2
    copies = [report("003", "other", [], "2016-03-06", "text", predicate="überschlagen", start=10,
                     sentence="Am Sonntagfrüh überschlug sich ein Auto auf einer Bundesstraße bei Schwedt."),
              report("004", "other", [], "2016-03-06", "text", predicate="überschlagen", start=40,
                     sentence="Bei Schwedt (Uckermark) überschlug sich am Sonntagfrüh ein Auto auf der Bundesstraße.")]
    assert [len(e.articles) for e in merge_events(copies)] == [2]



class _NoEntities:
    def resolve(self, article_id, surface):
        return None


def test_the_events_of_one_sentence_share_one_sentence_text():
    text = "Der Kanzler traf den Präsidenten und unterzeichnete ein Abkommen. Danach reiste er ab."
    article = ArticleMeta(id="a1", source="a.txt", title=None, published="2025-08-13", authors=(), agencies=(),
                          language="de", outlet=None)
    events = tuple(EventMention(type=t, trigger=w, start=text.index(w), end=text.index(w) + len(w), sentence=s)
                   for t, w, s in (("meeting", "traf", 0), ("signing", "unterzeichnete", 0), ("travel", "reiste", 1)))
    analysis = Analysis(article_id="a1", sentences=(Sentence(start=0, end=65, first_token=0, last_token=10),
                                                    Sentence(start=66, end=86, first_token=10, last_token=14)),
                        events=events)
    met, signed, left = article_reports(article, analysis, _NoEntities(), text)
    assert [met.sentence_text, left.sentence_text] == [
        "Der Kanzler traf den Präsidenten und unterzeichnete ein Abkommen.", "Danach reiste er ab."]
    assert signed.sentence_text is met.sentence_text
