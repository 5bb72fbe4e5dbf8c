"""Cost of an incremental build (new articles into a built store) against a full rebuild.

    python3 benchmarks/incremental_build.py [--base 10000] [--new 100] [--workers 0] [--pile DIR]

The articles are the synthetic pile of ``scale_build.py`` (recombined 10kGNAD
test articles, CC BY-NC-SA: evaluation only): the first ``--base`` articles
are built into a store, then the next ``--new`` ones are built into a copy of
it (``chronik build NEW --db COPY``: reading, cleaning and analysing the new
articles only, then re-linking the whole store), and all of them are built
into a fresh store from scratch. Between those, the new files are built into the
copy twice more: once as they are (nothing new: a build keeps the links) and once
with ``--relink`` (what every such build cost before it kept them). Every build is the real CLI in a subprocess;
peak memory is the summed resident memory of its process tree. The exports of
the incremental and the full store are compared byte for byte. With
``--later`` the new articles are published after every stored one, as when a
story is followed day by day: the case in which a build resumes the link's
kept state (the story fold) instead of redoing it.
"""
from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from datetime import date, timedelta
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from scale_build import PileMaker, read_gnad, run_build, write_articles  # noqa: E402

# News followed as it comes: with --later, the new articles appear at this many a day after the store's last.
LATER_PER_DAY = 25


def write_piles(base: Path, new: Path, n_base: int, n_new: int, seed: int, later: bool = False) -> None:
    """The first ``n_base`` pile articles under ``base``, the next ``n_new`` under ``new``; with
    ``later``, the new ones published after every base article (``LATER_PER_DAY`` a day)."""
    maker = PileMaker(read_gnad(), seed)
    write_articles(base, maker, 0, n_base)
    write_articles(new, maker, n_base, n_new)
    if later:
        last = max(json.loads(line)["published"] for f in base.glob("*.jsonl")
                   for line in f.read_text(encoding="utf-8").splitlines() if line)
        for f in sorted(new.glob("*.jsonl")):
            rows = [json.loads(line) for line in f.read_text(encoding="utf-8").splitlines() if line]
            for n, row in enumerate(rows):
                row["published"] = (date.fromisoformat(last) + timedelta(days=1 + n // LATER_PER_DAY)).isoformat()
            f.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")


def export(db: str) -> bytes:
    return subprocess.run([sys.executable, "-m", "chronik.cli", "export", "--db", db],
                          capture_output=True, check=True).stdout


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--base", type=int, default=10000, help="articles in the store before")
    ap.add_argument("--new", type=int, default=100, help="articles the incremental build adds")
    ap.add_argument("--workers", default="0", help="as chronik build --workers")
    ap.add_argument("--pile", default=None, help="folder for the piles (kept; reused when present)")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--later", action="store_true",
                    help="the new articles published after every stored one (a story followed day by day)")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        pile = Path(args.pile or f"{tmp}/pile")
        base, new = pile / f"base_{args.base}", pile / f"new_{args.new}{'_later' if args.later else ''}"
        if not (base.is_dir() and new.is_dir()):
            write_piles(base, new, args.base, args.new, args.seed, args.later)
        rows = []
        workers = ["--workers", args.workers]
        summary, seconds, peak = run_build([base], f"{tmp}/base.db", workers)
        rows.append((f"full build of {args.base}", summary, seconds, peak))
        shutil.copy(f"{tmp}/base.db", f"{tmp}/more.db")
        summary, seconds, peak = run_build([new], f"{tmp}/more.db", workers)
        rows.append((f"incremental: {args.new} new into the {args.base}-article store", summary, seconds, peak))
        summary, seconds, peak = run_build([new], f"{tmp}/more.db", workers)
        rows.append(("the same new files again (nothing new: the links are kept)", summary, seconds, peak))
        summary, seconds, peak = run_build([new], f"{tmp}/more.db", workers + ["--relink"])
        rows.append(("the same again with --relink (the whole store linked anew)", summary, seconds, peak))
        summary, seconds, peak = run_build([base, new], f"{tmp}/full.db", workers)
        rows.append((f"full rebuild of {args.base + args.new}", summary, seconds, peak))
        same = export(f"{tmp}/more.db") == export(f"{tmp}/full.db")

    print(f"| build (--workers {args.workers}) | chronik's summary | time | peak memory (process tree) |")
    print("|---|---|---|---|")
    for name, summary, seconds, peak in rows:
        print(f"| {name} | {summary} | {seconds:.1f} s | {peak:.0f} MB |")
    print(f"incremental store exports the same bytes as the full rebuild: {same}")


if __name__ == "__main__":
    main()
