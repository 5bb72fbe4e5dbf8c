"""`chronik build` at scale: throughput and peak memory on a synthetic pile.

    python3 benchmarks/scale_build.py --articles 10000 [--workers N] [--scheduler tcp://H:P]
                                      [--db URL] [--pile DIR] [--relink] [--profile-link]

The pile is made from the 10kGNAD test articles (1,028 derStandard articles,
CC BY-NC-SA: evaluation only). Each synthetic article is the lead paragraph
of one article followed by two to four paragraphs (runs of three sentences)
from other articles of the same section; person names ("Vorname Nachname",
the first name from chronik's first-name list) are swapped for another
first name and a surname seen elsewhere, and every number gets new digits.
Each gets a publication date in 2015-2016. The near-duplicate rate is what
chronik's own MinHash index finds in the built store.

The build runs as a subprocess of the real CLI. Peak memory is the largest
sum of resident memory over the process tree (psutil, sampled every 0.5 s;
Dask workers included) and the largest single process (RUSAGE_CHILDREN).
``--relink`` times one more ``link_store`` over the built store on its own;
``--profile-link`` prints its cProfile top functions.
"""
from __future__ import annotations

import argparse
import csv
import json
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
GNAD = ROOT.parent / "shared" / "data" / "10kgnad" / "test.csv"
FIRST_NAMES = ROOT / "chronik" / "lang" / "de" / "entities_first_names.txt"
PER_FILE = 1000  # articles per JSONL file: far below the 20 MB file limit
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9])")
_NUMBER = re.compile(r"\d+")
# Two capitalized words, found overlapping ("Kanzler Werner Faymann" holds "Werner Faymann").
_TWO_WORDS = re.compile(r"(?=\b([A-ZÄÖÜ][a-zäöüß]+) ([A-ZÄÖÜ][a-zäöüß]{2,})\b)")


def read_gnad(path: Path = GNAD) -> list[tuple[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return [(row[0], row[1]) for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) == 2]


def _paragraphs(text: str) -> list[str]:
    sentences = _SENTENCE_END.split(text)
    return [" ".join(sentences[i:i + 3]) for i in range(0, len(sentences), 3)]


class PileMaker:
    """Synthetic articles from recombined paragraphs with swapped names and numbers."""

    def __init__(self, rows: list[tuple[str, str]], seed: int) -> None:
        self.rng = random.Random(seed)
        self.docs = [(label, _paragraphs(text)) for label, text in rows]
        self.by_label: dict[str, list[int]] = defaultdict(list)
        for i, (label, _) in enumerate(self.docs):
            self.by_label[label].append(i)
        firsts = [w.strip() for w in FIRST_NAMES.read_text(encoding="utf-8").splitlines()
                  if w.strip() and not w.startswith("#")]
        self.first_names = sorted(set(firsts))
        self.first_set = set(self.first_names)
        self.surnames = sorted({last for _, text in rows for _, last in self._names(text)})

    def article(self, i: int) -> dict:
        rng = self.rng
        base = rng.randrange(len(self.docs))
        label, paras = self.docs[base]
        body = [paras[0]]
        for _ in range(rng.randint(2, 4)):
            other = self.docs[rng.choice(self.by_label[label])][1]
            body.append(rng.choice(other[1:] or other))
        text = self._swap_numbers(self._swap_names(" ".join(body)))
        title, _, rest = text.partition(". ")
        day = rng.randrange(540)
        published = time.strftime("%Y-%m-%d", time.gmtime(1420070400 + day * 86400))  # from 2015-01-01
        return {"url": f"https://pile.invalid/{i}", "title": title, "published": published, "text": rest or text}

    def _names(self, text: str) -> list[tuple[str, str]]:
        return [(m.group(1), m.group(2)) for m in _TWO_WORDS.finditer(text) if m.group(1) in self.first_set]

    def _swap_names(self, text: str) -> str:
        mapping: dict[str, str] = {}
        for first, last in self._names(text):
            if last not in mapping:
                mapping[first] = self.rng.choice(self.first_names)
                mapping[last] = self.rng.choice(self.surnames)
        if not mapping:
            return text
        words = re.compile(r"\b(" + "|".join(map(re.escape, sorted(mapping, key=len, reverse=True))) + r")\b")
        return words.sub(lambda m: mapping[m.group(1)], text)

    def _swap_numbers(self, text: str) -> str:
        def new(m: re.Match) -> str:
            digits = m.group(0)
            if len(digits) == 4 and digits[:2] in ("19", "20"):
                return str(self.rng.randint(2005, 2016))  # keep years looking like years
            first = str(self.rng.randint(1, 9)) if len(digits) > 1 else ""
            return first + "".join(str(self.rng.randint(0, 9)) for _ in range(len(digits) - len(first)))
        return _NUMBER.sub(new, text)


def write_articles(folder: Path, maker: PileMaker, first: int, count: int) -> None:
    """The next ``count`` articles of ``maker`` (numbered from ``first``) as
    JSONL files of PER_FILE articles under ``folder``."""
    folder.mkdir(parents=True, exist_ok=True)
    for start in range(first, first + count, PER_FILE):
        end = min(first + count, start + PER_FILE)
        lines = [json.dumps(maker.article(i), ensure_ascii=False) for i in range(start, end)]
        (folder / f"pile_{start // PER_FILE:05d}.jsonl").write_text("\n".join(lines) + "\n", encoding="utf-8")


def write_pile(folder: Path, n: int, seed: int) -> None:
    write_articles(folder, PileMaker(read_gnad(), seed), 0, n)


def run_measured(cmd: list[str]) -> tuple[subprocess.CompletedProcess, float, float]:
    """Run ``cmd``; return it with wall seconds and the peak summed RSS (MB) of its process tree."""
    import psutil

    start = time.perf_counter()
    proc = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    parent = psutil.Process(proc.pid)
    peak = 0
    while proc.poll() is None:
        total = 0
        try:
            for p in [parent] + parent.children(recursive=True):
                try:
                    total += p.memory_info().rss
                except psutil.Error:
                    pass
        except psutil.Error:
            pass
        peak = max(peak, total)
        time.sleep(0.5)
    out, err = proc.communicate()
    seconds = time.perf_counter() - start
    done = subprocess.CompletedProcess(cmd, proc.returncode, out, err)
    return done, seconds, peak / 2**20


def run_build(paths: list[Path], db: str, options: list[str]) -> tuple[str, float, float]:
    """`chronik build` in a subprocess: its summary line, wall seconds and peak
    summed RSS (MB) of its process tree; exits when the build fails."""
    cmd = [sys.executable, "-m", "chronik.cli", "build", *map(str, paths), "--db", db, *options]
    done, seconds, peak_mb = run_measured(cmd)
    if done.returncode != 0:
        sys.exit(f"build failed ({done.returncode}): {done.stderr.strip()[-2000:]}")
    return done.stdout.strip().splitlines()[-1], seconds, peak_mb


def store_figures(db: str) -> dict:
    import chronik

    with chronik.open(db, read_only=True) as chron:
        links = chron.store.links("article")
        stories = chron.store.links("story")
    sizes = sorted((len(s["articles"]) for s in stories), reverse=True)
    return {
        "near_duplicates": sum(1 for r in links if r.get("duplicate_of")),
        "stories": len(stories),
        "in_stories": sum(sizes),
        "largest_story": sizes[0] if sizes else 0,
    }


_RELINK = """
import cProfile, pstats, sys, time
import chronik
from chronik.lang import load
from chronik.review.curation import link_reviewed as link_store
chron = chronik.open(sys.argv[1])
lang = load("de")
start = time.perf_counter()
if sys.argv[2] == "1":
    cProfile.run("link_store(chron.store, lang)", sys.argv[3])
else:
    link_store(chron.store, lang)
print(f"{time.perf_counter() - start:.2f}")
if sys.argv[2] == "1":
    pstats.Stats(sys.argv[3], stream=sys.stderr).sort_stats("tottime").print_stats(25)
"""


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--articles", type=int, default=10000)
    ap.add_argument("--workers", default="0", help="as chronik build --workers")
    ap.add_argument("--scheduler", default=None, help="as chronik build --scheduler")
    ap.add_argument("--db", default=None, help="store URL (default: a fresh SQLite file); must be empty")
    ap.add_argument("--pile", default=None, help="folder for the pile (kept; reused when it has the files)")
    ap.add_argument("--seed", type=int, default=9)
    ap.add_argument("--relink", action="store_true", help="time link_store once more on its own")
    ap.add_argument("--profile-link", action="store_true", help="with --relink: cProfile top functions")
    args = ap.parse_args()

    with tempfile.TemporaryDirectory() as tmp:
        pile = Path(args.pile or f"{tmp}/pile")
        expected = (args.articles + PER_FILE - 1) // PER_FILE
        if len(list(pile.glob("pile_*.jsonl"))) != expected:
            start = time.perf_counter()
            write_pile(pile, args.articles, args.seed)
            print(f"pile: {args.articles} articles in {pile} ({time.perf_counter() - start:.0f} s)")
        db = args.db or f"{tmp}/scale.db"
        options = ["--workers", args.workers] + (["--scheduler", args.scheduler] if args.scheduler else [])
        summary, seconds, tree_mb = run_build([pile], db, options)
        added = int(summary.split()[0])
        one_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
        facts = store_figures(db)
        mode = f"--scheduler {args.scheduler}" if args.scheduler else f"--workers {args.workers}"
        print(summary)
        print(f"{added} articles, {mode}, db {'postgresql' if db.startswith('postgres') else 'sqlite'}: "
              f"{seconds:.1f} s = {added / seconds:.1f} articles/s; peak memory {tree_mb:.0f} MB "
              f"(process tree), {one_mb:.0f} MB (largest process)")
        print(f"near-duplicates {facts['near_duplicates']} ({facts['near_duplicates'] / max(added, 1):.2%}); "
              f"stories {facts['stories']} holding {facts['in_stories']} articles, largest {facts['largest_story']}")
        if args.relink:
            profile = "1" if args.profile_link else "0"
            relink, link_s, link_mb = run_measured([sys.executable, "-c", _RELINK, db, profile, f"{tmp}/link.prof"])
            if relink.returncode != 0:
                sys.exit(f"re-link failed: {relink.stderr.strip()[-2000:]}")
            print(f"link_store alone: {relink.stdout.strip()} s inside, {link_s:.1f} s with start-up; "
                  f"peak memory {link_mb:.0f} MB")
            if args.profile_link:
                print(relink.stderr)


if __name__ == "__main__":
    main()
