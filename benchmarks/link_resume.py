"""One link of a store with the story fold resumed against folded anew (issue 15).

    python3 benchmarks/link_resume.py --db STORE [--rounds 2]

Links a copy of STORE (the store itself is left as it is) the way a build does (``chronik.link`` with the
review layer), first once to keep a fold, then alternately with the kept fold ignored (what ``--relink``, a
back-dated article or new code cost) and resumed (what a build that appends later articles costs: it folds
again only the articles of the last ``RESUME_DAYS`` days). Prints the whole link and the story stage in wall
seconds, and the peak resident memory of the process. A store built by ``scale_build.py`` or
``incremental_build.py`` (a synthetic pile over 540 days) serves.
"""
from __future__ import annotations

import argparse
import resource
import shutil
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the checkout's chronik, installed or not

import chronik  # noqa: E402
import chronik.link as link  # noqa: E402
from chronik.lang import load  # noqa: E402
from chronik.review.curation import ReviewCuration  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="an SQLite store")
    ap.add_argument("--rounds", type=int, default=2, help="pairs of links (anew, resumed)")
    args = ap.parse_args()
    stage: dict[str, float] = {}
    story_rows = link.story_rows

    def timed(*a, **k):
        t = time.perf_counter()
        out = story_rows(*a, **k)
        stage["stories"] = time.perf_counter() - t
        return out

    link.story_rows = timed
    lang = load("de")
    with tempfile.TemporaryDirectory() as tmp:
        copy = f"{tmp}/store.db"
        for ext in ("", "-wal", "-shm"):
            if Path(args.db + ext).exists():
                shutil.copy(args.db + ext, copy + ext)
        store = chronik.open(copy).store
        runs = [("first link (folds and keeps)", False)] + [("folded anew", False), ("resumed", True)] * args.rounds
        for label, resume in runs:
            with store.linking():
                t = time.perf_counter()
                link._link(store, lang, ReviewCuration, "link_resume benchmark", resume=resume)
                total = time.perf_counter() - t
            print(f"{label:30} link {total:7.2f} s, story stage {stage['stories']:6.2f} s", flush=True)
        store.close()
    print(f"peak memory of the process {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")


if __name__ == "__main__":
    main()
