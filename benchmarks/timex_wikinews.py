"""Benchmark: German temporal expressions in news, on German Wikinews articles with a publication date.

    python3 benchmarks/timex_wikinews.py [--part tune|report|all] [--errors N] [--peer]

KRAUTS (Dolomiten, South Tyrol) and WikiWarsDE (war narratives) are the two open German timex sets, and
chronik's timex rules were tuned on their tuning halves until those were far above the reporting halves
(KRAUTS tune 92/88, report 84/72). This third set is news of another kind: 60 articles of the German
Wikinews train file (``quotes-wikinews-de``, CC BY-NC-SA 4.0: evaluation only), none of
them in the event gold, 600 to 2,600 characters, drawn by SHA-256 of ``"timex-wikinews:" + id``.
Their time expressions were annotated as TIMEX3 (extent, type, value against the publication date,
mod) in the KRAUTS conventions by two annotator sessions that never saw chronik's output
(``timex_gold/README.md``). The split is fixed by SHA-256 of the article id, before any tuning:
the first 30 tune, the other 30 report. Scoring is ``timex_score.score``, as for the other two sets.
"""
from __future__ import annotations

import gzip
import hashlib
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_score import Doc, cli, gate_figures, run_chronik  # noqa: E402

ROOT = Path(__file__).resolve().parents[1]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "quotes-wikinews-de" / "train.jsonl.gz"
GOLD = ROOT / "benchmarks" / "timex_gold" / "wikinews.json"


def load(data: Path = DEFAULT_DATA) -> list[Doc]:
    """The annotated articles with their text from the Wikinews file; the gold's excerpts must match it."""
    with gzip.open(data, "rt", encoding="utf-8") as f:
        texts = {d["id"]: d for d in map(json.loads, f)}
    docs = []
    for article in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]:
        text = texts[article["id"]]["text"]
        gold = []
        for t in article["timexes"]:
            if text[t["start"]:t["end"]] != t["text"]:
                raise ValueError(f"{GOLD.name}: article {article['id']}: {t['text']!r} is not at {t['start']}")
            gold.append((t["start"], t["end"], t["value"], t["mod"]))
        docs.append(Doc(article["id"], text, article["published"], sorted(gold)))
    return docs


def parts(docs) -> dict[str, list]:
    """Tune and report halves by article, fixed before tuning: sorted by SHA-256 of the article id."""
    ordered = sorted(docs, key=lambda d: hashlib.sha256(d.name.encode("utf-8")).hexdigest())
    half = len(ordered) // 2
    return {"tune": ordered[:half], "report": ordered[half:], "all": docs}


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    results, _, _, _ = run_chronik(parts(load())[part])
    return gate_figures(results)


LABELS = {"tune": "tune 30", "report": "report 30", "all": "all 60"}


def main():
    cli(__doc__, DEFAULT_DATA, load, parts, LABELS, modes=("news",))


if __name__ == "__main__":
    main()
