"""`chronik build` speed and peak memory on the 10kGNAD test articles.

    python3 benchmarks/build_speed.py [--workers N] [--csv PATH]

Runs the real CLI in a subprocess on a fresh store and reports articles/s
and the peak resident memory of the build and its worker processes
(RUSAGE_CHILDREN: the largest single process).
"""
from __future__ import annotations

import argparse
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

DEFAULT_CSV = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "test.csv"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--csv", default=str(DEFAULT_CSV))
    ap.add_argument("--workers", default="0", help="as chronik build --workers (0: one per core)")
    args = ap.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        cmd = [sys.executable, "-m", "chronik.cli", "build", args.csv, "--db", f"{tmp}/b.db",
               "--csv-delimiter", ";", "--csv-quotechar", "'", "--csv-no-header", "--workers", args.workers]
        start = time.perf_counter()
        out = subprocess.run(cmd, capture_output=True, text=True, check=True).stdout.strip().splitlines()[-1]
        seconds = time.perf_counter() - start
    added = int(out.split()[0])
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    print(out)
    print(f"{added} articles in {seconds:.1f} s: {added / seconds:.1f} articles/s "
          f"(workers={args.workers}); peak memory of one process {peak_mb:.0f} MB")


if __name__ == "__main__":
    main()
