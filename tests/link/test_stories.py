"""Story clusters on real articles: the five seed reports (one story, dated)
and 10kGNAD articles (CC BY-NC-SA, read from the shared data for tests only)
on two other stories, plus two unrelated ones."""
import csv
import json
import shutil
from dataclasses import replace
from datetime import date

import pytest
from click.testing import CliRunner

import chronik
from chronik.cli import cli
from chronik.lang import load
from chronik.link.stories import (
    FOLD_KIND, WINDOW_DAYS, StoryFold, _sentence_initial, article_features, story_rows,
)
from chronik.records import Analysis, Article, Mention, Sentence
from chronik.store.codec import dumps
from tests.conftest import SEEDS, shared_data

# Lines of test.csv, checked by reading (benchmarks/stories_gold/10kgnad_stories.json).
GREEK_CRISIS = (209, 211, 265, 297, 805)
PRESIDENTIAL_ELECTION = (118, 366, 546, 558)
UNRELATED = (43, 937)  # a cartel fine; the Paris attackers identified


def _gnad_lines() -> list[str]:
    with open(shared_data("10kgnad/test.csv"), encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]


def _write_pile(folder, lines, with_seeds=True):
    folder.mkdir()
    if with_seeds:
        for f in sorted(SEEDS.glob("*.txt")):
            shutil.copy(f, folder / f.name)
    texts = _gnad_lines()
    for n in lines:
        (folder / f"gnad_{n:04d}.txt").write_text(texts[n - 1], encoding="utf-8")
    return folder


def run(*args):
    result = CliRunner().invoke(cli, [str(a) for a in args])
    assert result.exit_code == 0, result.output
    return result.output


@pytest.fixture(scope="module")
def built(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("stories")
    pile = _write_pile(tmp / "pile", GREEK_CRISIS + PRESIDENTIAL_ELECTION + UNRELATED)
    db = tmp / "s.db"
    run("build", pile, "--db", db)
    return db, json.loads(run("export", "--db", db))


def _by_name(doc) -> dict[str, dict]:
    return {a["source"].rsplit("/", 1)[-1]: a for a in doc["articles"]}


def test_three_stories_with_labels_dates_and_no_strays(built):
    _, doc = built
    names = _by_name(doc)
    groups = {}
    for name, article in sorted(names.items()):
        groups.setdefault(article["story"], []).append(name[:8])
    assert sorted(groups.values()) == [
        ["000_dae9", "001_39f8", "002_a5f7", "003_4dbd", "004_4b27"],
        ["gnad_004", "gnad_093"],  # in no story: the key is None
        ["gnad_011", "gnad_036", "gnad_054", "gnad_055"],
        ["gnad_020", "gnad_021", "gnad_026", "gnad_029", "gnad_080"],
    ]
    assert None in groups and len(groups[None]) == 2
    seeds = next(s for s in doc["stories"] if names["000_dae933c4ef42b23d.txt"]["id"] in s["articles"])
    assert (seeds["first"], seeds["last"]) == ("2025-08-13", "2025-12-27")
    assert seeds["label"] == "Wladimir Putin, Nordkorea, Kim Jong Un, Soldaten, Truppen"
    entity_names = {e["id"]: e["name"] for e in doc["entities"]}
    assert [entity_names[e] for e in seeds["entities"]][:3] == ["Wladimir Putin", "Nordkorea", "Kim Jong Un"]
    greek = next(s for s in doc["stories"] if names["gnad_0297.txt"]["id"] in s["articles"])
    assert greek["label"].startswith("Griechenland, Alexis Tsipras")
    assert (greek["first"], greek["last"]) == (None, None)  # 10kGNAD articles carry no date
    assert [s["first"] for s in doc["stories"]] == ["2025-08-13", None, None]


def test_adding_articles_in_two_builds_gives_the_stories_of_one_build(tmp_path, built):
    _, full = built
    first = _write_pile(tmp_path / "first", GREEK_CRISIS[:3] + PRESIDENTIAL_ELECTION[:2])
    second = _write_pile(tmp_path / "second", GREEK_CRISIS[3:] + PRESIDENTIAL_ELECTION[2:] + UNRELATED,
                         with_seeds=False)
    db = tmp_path / "inc.db"
    run("build", first, "--db", db)
    after_first = json.loads(run("export", "--db", db))
    assert len(after_first["stories"]) == 2  # the seeds and the Greek crisis; two election articles are not one yet
    run("build", second, "--db", db)
    again = json.loads(run("export", "--db", db))
    # Sources differ (two folders), so compare the stories and each article's story by text.
    assert again["stories"] == full["stories"]
    story_by_text = {a["text"]: a["story"] for a in full["articles"]}
    assert {a["text"]: a["story"] for a in again["articles"]} == story_by_text


def test_a_near_duplicate_joins_its_originals_story(tmp_path):
    pile = _write_pile(tmp_path / "pile", ())
    original = (SEEDS / "001_39f8654ab03ef7f7.txt").read_text(encoding="utf-8")
    (pile / "copy.txt").write_text(original.replace("Tausende Nordkoreaner kämpfen",
                                                    "Tausende Soldaten aus Nordkorea kämpfen"), encoding="utf-8")
    db = tmp_path / "d.db"
    run("build", pile, "--db", db)
    doc = json.loads(run("export", "--db", db))
    names = _by_name(doc)
    assert names["copy.txt"]["duplicate_of"] == names["001_39f8654ab03ef7f7.txt"]["id"]
    assert len(doc["stories"]) == 1 and len(doc["stories"][0]["articles"]) == 6
    assert names["copy.txt"]["story"] == doc["stories"][0]["id"]


def test_cli_story_filters(built):
    db, doc = built
    listing = run("stories", "--db", db).splitlines()
    assert listing[0] == "story\tfirst\tlast\tarticles\tlabel"
    assert [line.split("\t")[3] for line in listing[1:]] == ["5", "5", "4"]
    names = _by_name(doc)
    seeds_story = names["000_dae933c4ef42b23d.txt"]["story"]
    greek_story = names["gnad_0297.txt"]["story"]
    seed_ids = {a["id"] for n, a in names.items() if n[:3].isdigit()}
    seed_quotes = [q for q in doc["quotes"] if set(q["articles"]) & seed_ids]
    with chronik.open(str(db), read_only=True) as chron:
        assert [q["id"] for q in chron.quotes(story=seeds_story)] == [q["id"] for q in seed_quotes]
    listed = run("quotes", "--db", db, "--story", seeds_story)
    assert seed_quotes and all(f"„{q['text']}“" in listed for q in seed_quotes)
    greek_quotes = run("quotes", "--db", db, "--story", greek_story)
    assert "Putin" not in greek_quotes and "Kim" not in greek_quotes
    for story in (seeds_story, greek_story):
        members = set(next(s["articles"] for s in doc["stories"] if s["id"] == story))
        timeline = json.loads(run("timeline", "--db", db, "--story", story, "--format", "json"))
        assert [e["id"] for e in timeline] == [e["id"] for e in doc["events"] if members & set(e["articles"])]
    assert len(json.loads(run("timeline", "--db", db, "--story", seeds_story, "--format", "json"))) == len(
        [e for e in doc["events"] if set(e["articles"]) & seed_ids])
    entities = run("entities", "--db", db, "--story", greek_story, "--limit", "2").splitlines()
    assert [line.split("\t")[0] for line in entities[1:]] == ["Griechenland", "Alexis Tsipras"]
    figures = run("figures", "--db", db, "--story", greek_story)
    assert "Nordkorea" not in figures
    result = CliRunner().invoke(cli, ["quotes", "--db", str(db), "--story", "nope"])
    assert result.exit_code == 1
    assert result.output.strip() == f"Error: no story 'nope' in {db}; list the stories with 'chronik stories'"


def _counts(*names: str) -> dict[str, int]:
    """An article's features: each name once as a name and once as a noun."""
    return {f"{kind}:{name}": 1 for name in names for kind in ("e", "t")}


def _fold(articles: list[tuple[str, dict, date | None]]) -> list[list[str]]:
    return [s.members for s in _whole(articles).stories]


def test_an_article_joins_on_features_an_earlier_article_had():
    # b shares x and y with a; c shares nothing a or b had; d shares y and z, now both seen.
    stories = _fold([("a", _counts("x", "y"), None), ("b", _counts("x", "y", "w"), None),
                     ("c", _counts("z", "v"), None), ("d", _counts("y", "z", "v"), None)])
    assert stories == [["a", "b"], ["c", "d"]]


def test_a_story_silent_for_longer_than_the_window_is_over():
    late = date.fromordinal(date(2025, 1, 31).toordinal() + WINDOW_DAYS + 1)
    stories = _fold([("a", _counts("x", "y"), date(2025, 1, 1)), ("b", _counts("x", "y"), date(2025, 1, 31)),
                     ("c", _counts("x", "y"), late)])
    assert stories == [["a", "b"], ["c"]]


def test_a_kept_fold_resumes_where_it_stopped():
    first = [("a", _counts("x", "y"), date(2025, 1, 1)), ("b", _counts("z", "v"), date(2025, 1, 2))]
    later = [("c", _counts("x", "y", "w"), date(2025, 1, 3)), ("d", _counts("z", "v", "w"), date(2025, 1, 4))]
    fold = StoryFold()
    for article in first:
        fold.add(*article)
    record = json.loads(dumps(fold.as_record("stamp")))  # as the store keeps it: keys sorted
    resumed = StoryFold.from_record(record)
    for article in later:
        resumed.add(*article)
    assert [s.members for s in resumed.stories] == _fold(first + later) == [["a", "c"], ["b", "d"]]
    whole = _whole(first + later)
    assert resumed.as_record("stamp") == json.loads(dumps(whole.as_record("stamp")))
    # a story's features keep the order they came in, on which its float sums depend
    assert [list(s.tf) for s in resumed.stories] == [list(s.tf) for s in whole.stories]
    assert list(whole.stories[0].tf) != sorted(whole.stories[0].tf)


def _whole(articles) -> StoryFold:
    fold = StoryFold()
    for article in articles:
        fold.add(*article)
    return fold


def test_features_are_names_and_nouns_not_sentence_starts():
    text = ("Die Regierung plant Neuwahlen. Laut Angela Merkel bleibt „Die Koalition“ stabil. "
            "Merkels Sprecher und Merkel selbst schweigen.")
    article = Article(id="x", source="x.txt", title=None, published=None, authors=(), agencies=(),
                      language="de", outlet=None, text=text)
    mentions = tuple(Mention(start=text.index(name, at), end=text.index(name, at) + len(name), text=name, label="PER")
                     for name, at in (("Angela Merkel", 0), ("Merkels", 0), ("Merkel", 90)))
    analysis = Analysis(article_id="x", sentences=(Sentence(start=0, end=30, first_token=0, last_token=5),
                                                   Sentence(start=31, end=81, first_token=5, last_token=14),
                                                   Sentence(start=82, end=len(text), first_token=14, last_token=20)),
                        mentions=mentions)
    features = article_features(article, analysis, load("de").names)
    # a word after a name that opens its sentence counts as sentence-initial
    assert dict(features) == {"e:PER merkel": 3, "t:Regierung": 1, "t:Neuwahlen": 1, "t:Koalition": 1}
    assert _sentence_initial(text, text.index("Laut"), {0, 31})
    assert not _sentence_initial(text, text.index("Regierung"), {0, 31})


def test_a_one_word_name_is_the_articles_fuller_name_holding_it():
    text = "Kim Jong Un empfing Gäste. Kim lachte."
    article = Article(id="k", source="k.txt", title=None, published=None, authors=(), agencies=(),
                      language="de", outlet=None, text=text)
    analysis = Analysis(article_id="k", sentences=(Sentence(start=0, end=26, first_token=0, last_token=5),
                                                   Sentence(start=27, end=len(text), first_token=5, last_token=8)),
                        mentions=(Mention(start=0, end=11, text="Kim Jong Un", label="PER"),
                                  Mention(start=27, end=30, text="Kim", label="PER")))
    assert dict(article_features(article, analysis, load("de").names)) == {"e:PER un": 2, "t:Gäste": 1}


@pytest.fixture(scope="module")
def stage_input(built):
    """What the story stage reads of the built pile: five dated seed reports, ten undated 10kGNAD articles."""
    from chronik.link.entities import link_entities

    with chronik.open(str(built[0]), read_only=True) as chron:
        articles = {a.id: a for a in chron.store.articles()}
        analyses = list(chron.store.analyses())
    rules = load("de").names
    index = link_entities(analyses, rules, {i: a.text for i, a in articles.items()})
    return articles, analyses, index, rules


def _featured(monkeypatch) -> list[str]:
    """The articles whose features the story stage reads, in order."""
    import chronik.link.stories as stories

    read, features = [], stories.article_features
    monkeypatch.setattr(stories, "article_features", lambda article, *rest, **kw: read.append(article.id) or
                        features(article, *rest, **kw))
    return read


def test_a_build_that_appends_later_articles_resumes_the_kept_fold(stage_input, monkeypatch):
    articles, analyses, index, rules = stage_input
    dated = sorted((a for a in articles.values() if a.published), key=lambda a: (a.published[:10], a.id))
    undated = sorted(a.id for a in articles.values() if not a.published)
    assert (len(dated), len(undated)) == (4, 12)  # one seed report carries no date
    assert [a.published[:10] for a in dated] == ["2025-08-13", "2025-08-15", "2025-09-03", "2025-12-27"]
    whole_rows, _, whole_record = story_rows(articles, analyses, index, {}, rules, None, "stamp")
    # the kept fold holds what was published before the pile's last RESUME_DAYS days
    assert (whole_record["folded"], whole_record["since"]) == (3, "2025-12-24")
    earlier = {a.id: articles[a.id] for a in dated[:3]} | {i: articles[i] for i in undated}
    _, _, kept = story_rows(earlier, analyses, index, {}, rules, None, "stamp")
    assert (kept["folded"], kept["since"]) == (2, "2025-08-31")  # the undated tail is folded anew each time
    read = _featured(monkeypatch)
    rows, _, record = story_rows(articles, analyses, index, {}, rules, json.loads(dumps(kept)), "stamp")
    assert (rows, record) == (whole_rows, whole_record)
    assert read == [a.id for a in dated[2:]] + undated


def test_an_article_late_by_less_than_the_kept_days_still_resumes(stage_input, monkeypatch):
    articles, analyses, index, rules = stage_input
    dated = sorted((a for a in articles.values() if a.published), key=lambda a: (a.published[:10], a.id))
    # the third report arrives after the fourth, though published two days before it
    moved = {**articles, dated[2].id: replace(dated[2], published="2025-12-25")}
    whole_rows, _, whole_record = story_rows(moved, analyses, index, {}, rules, None, "stamp")
    first = {i: a for i, a in moved.items() if i != dated[2].id}
    _, _, kept = story_rows(first, analyses, index, {}, rules, None, "stamp")
    assert kept["since"] == "2025-12-24"
    read = _featured(monkeypatch)
    assert story_rows(moved, analyses, index, {}, rules, kept, "stamp")[::2] == (whole_rows, whole_record)
    assert read[:2] == [dated[2].id, dated[3].id]


def test_a_back_dated_article_or_new_code_folds_everything_again(stage_input, monkeypatch):
    articles, analyses, index, rules = stage_input
    dated = sorted((a for a in articles.values() if a.published), key=lambda a: (a.published[:10], a.id))
    whole_rows, _, whole_record = story_rows(articles, analyses, index, {}, rules, None, "stamp")
    _, _, later = story_rows({a.id: a for a in dated[2:]}, analyses, index, {}, rules, None, "stamp")
    read = _featured(monkeypatch)
    assert story_rows(articles, analyses, index, {}, rules, later, "stamp")[::2] == (whole_rows, whole_record)
    assert len(read) == len(articles)
    read.clear()
    _, _, whole_record2 = story_rows(articles, analyses, index, {}, rules, whole_record, "other code")
    assert len(read) == len(articles) and whole_record2["stamp"] == "other code"


def test_a_build_keeps_the_fold_in_the_store(built):
    with chronik.open(str(built[0]), read_only=True) as chron:
        [record] = chron.store.records(FOLD_KIND)
    assert (record["folded"], record["since"]) == (3, "2025-12-24")
