"""Benchmark: German temporal expressions in news, on German Wikinews articles with a publication date.

    python3 benchmarks/timex_wikinews.py [--part tune|report|all|tune-ext|tune-ext2|tune-ext3] [--errors N] [--peer]
    python3 benchmarks/timex_wikinews.py --draw-extension [N]   (once each, before annotation: the extra tuning draws)

KRAUTS (Dolomiten, South Tyrol) and WikiWarsDE (war narratives) are the two open German timex sets, and
chronik's timex rules were tuned on their tuning halves until those were far above the reporting halves
(KRAUTS tune 92/88, report 84/72). This third set is news of another kind: 60 articles of the German
Wikinews train file (``quotes-wikinews-de``, CC BY-NC-SA 4.0: evaluation only), none of
them in the event gold, 600 to 2,600 characters, drawn by SHA-256 of ``"timex-wikinews:" + id``.
Their time expressions were annotated as TIMEX3 (extent, type, value against the publication date,
mod) in the KRAUTS conventions by two annotator sessions that never saw chronik's output
(``timex_gold/README.md``). The split is fixed by SHA-256 of the article id, before any tuning:
the first 30 tune, the other 30 report. Scoring is ``timex_score.score``, as for the other two sets.

A second tuning set (part ``tune-ext``, gold in ``timex_gold/wikinews_ext.json``) was drawn on
2026-12-06 by ``draw_extension`` and committed (``timex_gold/wikinews_ext_draw.json``) before anyone
annotated it: the tuning halves of KRAUTS and of the first 60 had been learned (tune 90/85 against
report 84/72 on KRAUTS), so rules need fresh text to be tuned on. It holds only articles that no
Wikinews benchmark reports on. When tune-ext had been learned in turn (one round raised every held-out time
figure, the first since stop 26), the next 30 articles of the same order were drawn the same way
(``--draw-extension 2``: ``timex_gold/wikinews_ext2_draw.json``, part ``tune-ext2``), and after that
round the 30 after those (``--draw-extension 3``, part ``tune-ext3``), then the next 30 (``--draw-extension 4``,
part ``tune-ext4``).
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
EXTENSIONS = 4  # tuning draws made so far: ext, ext2, ext3, ext4


def _ext_name(which: int) -> str:
    return "ext" if which == 1 else f"ext{which}"


def gold_ext(which: int) -> Path:
    return ROOT / "benchmarks" / "timex_gold" / f"wikinews_{_ext_name(which)}.json"


def draw_ext(which: int) -> Path:
    return ROOT / "benchmarks" / "timex_gold" / f"wikinews_{_ext_name(which)}_draw.json"
EVENT_DRAWS = [ROOT / "benchmarks" / "events_gold" / name for name in ("wikinews_draw.json", "wikinews_draw_ext.json")]
EXT_ARTICLES = 30
MIN_CHARS, MAX_CHARS = 600, 2600
# The fourth draw found one article of that length left; it and later ones draw longer articles.
LONGER_FROM, LONGER_CHARS = 4, (2601, 6000)


def _read(data: Path) -> list[dict]:
    with gzip.open(data, "rt", encoding="utf-8") as f:
        return [json.loads(line) for line in f]


def draw_extension(lines: list[dict], which: int = 1) -> dict:
    """Articles that no Wikinews benchmark reports on: an even line (the quote benchmark's tuning
    half), the statement benchmark's tuning half (even last hex digit of the id's SHA-1), in
    neither event draw nor the first 60; 600 to 2,600 characters (2,601 to 6,000 from the fourth
    draw on: the shorter ones were all drawn); sorted by SHA-256 of ``"timex-wikinews-ext:" + id``,
    the next 30 of that length."""
    first = {str(a["id"]) for a in json.loads(GOLD.read_text(encoding="utf-8"))["articles"]}
    events = {str(item["id"]) for path in EVENT_DRAWS for part in json.loads(path.read_text(encoding="utf-8"))
              .values() if isinstance(part, list) for item in part if isinstance(item, dict)}
    low, high = LONGER_CHARS if which >= LONGER_FROM else (MIN_CHARS, MAX_CHARS)
    chosen = [d for i, d in enumerate(lines) if i % 2 == 0 and low <= len(d["text"]) <= high
              and str(d["id"]) not in first | events
              and int(hashlib.sha1(str(d["id"]).encode()).hexdigest()[-1], 16) % 2 == 0]
    chosen.sort(key=lambda d: hashlib.sha256(f"timex-wikinews-ext:{d['id']}".encode()).hexdigest())
    part = "tune-ext" if which == 1 else f"tune-ext{which}"
    nth = which - LONGER_FROM if which >= LONGER_FROM else which - 1
    taken = chosen[EXT_ARTICLES * nth:EXT_ARTICLES * (nth + 1)]
    return {"rule": draw_extension.__doc__.split("\n")[0], "chars": [low, high],
            part: [{"id": str(d["id"]), "published": d.get("published")} for d in taken]}


def load(data: Path = DEFAULT_DATA) -> list[Doc]:
    """The annotated articles with their text from the Wikinews file; the gold's excerpts must match it.
    The second tuning set's articles come last, named ``ext:<id>``."""
    texts = {d["id"]: d for d in _read(data)}
    golds = [("", GOLD)] + [(_ext_name(n) + ":", gold_ext(n)) for n in range(1, EXTENSIONS + 1)
                            if gold_ext(n).exists()]
    docs = []
    for prefix, path in golds:
        docs += _load_gold(texts, path, prefix)
    return docs


def _load_gold(texts: dict, path: Path, prefix: str) -> list[Doc]:
    docs = []
    for article in json.loads(path.read_text(encoding="utf-8"))["articles"]:
        text = texts[article["id"]]["text"]
        gold = []
        for t in article["timexes"]:
            if text[t["start"]:t["end"]] != t["text"]:
                raise ValueError(f"{path.name}: article {article['id']}: {t['text']!r} is not at {t['start']}")
            gold.append((t["start"], t["end"], t["value"], t["mod"]))
        docs.append(Doc(prefix + article["id"], text, article["published"], sorted(gold)))
    return docs


def parts(docs) -> dict[str, list]:
    """Tune and report halves by article, fixed before tuning: sorted by SHA-256 of the article id."""
    first = [d for d in docs if ":" not in d.name]
    ordered = sorted(first, key=lambda d: hashlib.sha256(d.name.encode("utf-8")).hexdigest())
    half = len(ordered) // 2
    split = {"tune": ordered[:half], "report": ordered[half:], "all": first}
    for n in range(1, EXTENSIONS + 1):
        split["tune-" + _ext_name(n)] = [d for d in docs if d.name.startswith(_ext_name(n) + ":")]
    return split


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    results, _, _, _ = run_chronik(parts(load())[part])
    return gate_figures(results)


LABELS = {"tune": "tune 30", "report": "report 30", "all": "all 60",
          **{f"tune-{_ext_name(n)}": f"tune-{_ext_name(n)}" for n in range(1, EXTENSIONS + 1)}}


def main():
    if "--draw-extension" in sys.argv:
        at = sys.argv.index("--draw-extension") + 1
        which = int(sys.argv[at]) if at < len(sys.argv) and sys.argv[at].isdigit() else 1
        path = draw_ext(which)
        if path.exists():
            raise SystemExit(f"{path.name} exists: a draw is made once")
        path.write_text(json.dumps(draw_extension(_read(DEFAULT_DATA), which), ensure_ascii=False, indent=1) + "\n",
                        encoding="utf-8")
        print(f"wrote {path}")
        return
    cli(__doc__, DEFAULT_DATA, load, parts, LABELS, modes=("news",))


if __name__ == "__main__":
    main()
