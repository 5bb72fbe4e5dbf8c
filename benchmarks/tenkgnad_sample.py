"""What the hand-judged random samples of 10kGNAD test items share (events_sample.py, statements_sample.py).

The articles (../shared/data/10kgnad/test.csv, CC BY-NC-SA: development and evaluation only; no
publication dates there), one article's run through ``chronik.pipeline.analyze``, a draw made once
from a seed fixed beforehand, and the judged items whose extractor output has not changed since.
"""
from __future__ import annotations

import csv
import json
import random
from pathlib import Path
from typing import Callable, Hashable, Iterable

ROOT = Path(__file__).resolve().parents[1]
DATA = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"


def texts() -> list[str]:
    with DATA.open(encoding="utf-8", newline="") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'")]


def analyze_row(kit, row: int, text: str):
    """The per-article pipeline's document for one row (no title, no date)."""
    from chronik.ids import article_id
    from chronik.pipeline import analyze
    from chronik.records import Article

    article = Article(id=article_id(text), source=f"10kgnad#{row}", title=None, published=None, authors=(),
                      agencies=(), language="de", outlet=None, text=text)
    return article, analyze(article, kit)


def write_draw(path: Path, seed: int, size: int, commit: str, items: list[dict], articles: int,
               noun: str, extra: dict | None = None) -> None:
    """Draw ``size`` of ``items`` with ``random.Random(seed)`` into ``path``, once."""
    if path.exists():
        raise SystemExit(f"{path.name} exists: a draw is made once")
    picked = random.Random(seed).sample(items, size)
    head = {"seed": seed, "size": size, "commit": commit, "pool": len(items), "articles": articles}
    path.write_text(json.dumps({**head, **(extra or {}), "items": picked}, ensure_ascii=False, indent=1) + "\n",
                    encoding="utf-8")
    print(f"{len(items)} {noun} in {articles} articles ({len(items) / articles:.2f} per article); "
          f"drew {size} -> {path}")


def score_draw(path: Path, now: Callable[[int], Iterable[dict]], key: Callable[[dict], Hashable], flag: str,
               fields: Iterable[str]) -> dict[str, float]:
    """Precision (unchanged judged items whose ``flag`` holds) and each field's share right over those.

    An item counts only while the extractor still gives it as drawn (``now(row)``: its items today)."""
    judged = [it for it in json.loads(path.read_text(encoding="utf-8"))["items"] if "judgment" in it]
    by_article: dict[int, set] = {}
    still = []
    for it in judged:
        if it["article"] not in by_article:
            by_article[it["article"]] = {key(e) for e in now(it["article"])}
        if key(it) in by_article[it["article"]]:
            still.append(it)
    real = [it["judgment"] for it in still if it["judgment"][flag]]
    out = {"judged": len(judged), "unchanged": len(still), "precision": len(real) / len(still) if still else 0.0}
    out.update({f"{f}_accuracy": sum(bool(j[f]) for j in real) / len(real) if real else 0.0 for f in fields})
    return out


def main(doc: str, draws: dict, draw: Callable, score: Callable, latest: str = "the latest") -> None:
    """``--draw COMMIT --sample N`` draws (``draw(kit, commit, n)``); without it, scores draw N."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--draw", metavar="COMMIT", help="draw the sample from the extractor of this commit")
    ap.add_argument("--sample", type=int, choices=sorted(draws), default=max(draws),
                    help=f"which draw (default: {latest})")
    args = ap.parse_args()
    from chronik.pipeline import load_toolkit

    kit = load_toolkit("de")
    if args.draw:
        draw(kit, args.draw, args.sample)
        return
    print(json.dumps(score(kit, args.sample), indent=1))
