"""How many figure series form on real articles: the 1,028 10kGNAD test articles through the
per-article pipeline, then ``link.figures.link_series`` over all their figures, with the entity
index and the stories as ``link_store`` makes them (near-duplicates are not looked for).

usage: python3 benchmarks/figures_series.py [--limit N] [--show N] [--part tune|report]

Prints the number of figures, of figures with a series key, of series, of series with two or more
figures and of series that span two or more articles; ``--show N`` prints N of the series that span
articles (drawn with random.Random(30)) with their figures in context, for judging by hand.
``--part tune`` keeps only the articles of even row index (for looking at series while changing the
keys), ``--part report`` only those of odd row index (judged once, at the end); rows keep their
index in test.csv either way.
10kGNAD gives no publication dates, so no figure has an ``as_of`` and no conflict is counted.
"""
from __future__ import annotations

import argparse
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--limit", type=int, default=None, help="only the first N articles")
    ap.add_argument("--show", type=int, default=0, help="print N series that span articles")
    ap.add_argument("--part", choices=("tune", "report"), default=None,
                    help="only even rows (tune) or only odd rows (report) of test.csv")
    args = ap.parse_args()
    from figures_sample import articles

    from chronik.ids import article_id
    from chronik.lang.de.demonyms import DEMONYM_DATA
    from chronik.link.entities import link_entities
    from chronik.link.figures import FigureRef, anchors, link_series
    from chronik.link.stories import story_rows
    from chronik.pipeline import analyze, load_toolkit
    from chronik.records import Article

    kit = load_toolkit("de")
    texts = articles()[:args.limit]
    parity = {"tune": 0, "report": 1}.get(args.part)
    arts, analyses, row_of = {}, [], {}
    for row, text in enumerate(texts):
        if parity is not None and row % 2 != parity:
            continue
        article = Article(id=article_id(text), source=f"10kgnad#{row}", title=None, published=None, authors=(),
                          agencies=(), language="de", outlet=None, text=text)
        arts[article.id], row_of[article.id] = article, row
        analyses.append(analyze(article, kit).analysis(""))
    index = link_entities(analyses, kit.lang.names, {a.id: a.text for a in arts.values()})
    _, story_of, _ = story_rows(arts, analyses, index, {}, kit.lang.names)
    refs, where = [], {}
    for analysis in analyses:
        row = row_of[analysis.article_id]
        for f in analysis.figures:
            fid = f"{row}:{f.start}"
            refs.append(FigureRef(figure_id=fid, article_id=analysis.article_id, published=None, figure=f,
                                  anchors=anchors(analysis, f, index.of_mention)))
            where[fid] = (row, f)
    series = link_series(refs, DEMONYM_DATA, story_of=story_of)
    keyed = sum(len(s.figure_ids) for s in series)
    multi = [s for s in series if len(s.figure_ids) > 1]
    across = [s for s in series if len({where[f][0] for f in s.figure_ids}) > 1]
    n = sum(1 for row in range(len(texts)) if parity is None or row % 2 == parity)
    print(f"{n} articles, {len(refs)} figures, {keyed} in a series; {len(series)} series, "
          f"{len(multi)} with two or more figures, {len(across)} across two or more articles")
    for s in random.Random(30).sample(across, min(args.show, len(across))):
        print(f"\n== {s.label}")
        for fid in s.figure_ids[:6]:
            row, f = where[fid]
            t = texts[row]
            print(f"   [{row}] ...{t[max(0, f.start - 70):f.end + 50]!r}")


if __name__ == "__main__":
    main()
