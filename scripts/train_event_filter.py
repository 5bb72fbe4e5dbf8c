"""Fit the event filter (``chronik/extract/event_filter.py``) on the judged SmartData candidates.

usage: python3 scripts/train_event_filter.py [--threshold P] [--l2 C] [--no-report]

Data: ``scripts/eventness/smartdata_items.json``, 640 of chronik's event candidates in the DFKI SmartData
news (CC BY 4.0, Schiersch et al., LREC 2018), each judged by hand (``judgment.event``) under the Wikinews
events guideline, split by document into ``train`` (409) and ``report`` (231). Each item's features are read
anew by running the current extractor on its document (``events_merging.documents()``, the same texts as the
draw) and taking the candidate at the item's trigger offsets, so the features are the extractor's own.

The filter is a logistic regression with an L2 penalty, fitted by Newton's method (numpy only) on the
standardised features of the ``train`` items alone; it is written with its provenance to
``chronik/models/event_filter.json``. The decision threshold is chosen for the product on development data
(the NC-licensed 10kGNAD draws and Wikinews tuning parts; see ``THRESHOLD``), never on ``report``. At the end
the precision and recall of true events among the ``report`` items are printed once: a held-out figure, not
a number to tune on.
"""
from __future__ import annotations

import argparse
import json
import subprocess
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "benchmarks"))

from chronik.extract.event_filter import FEATURE_NAMES, MODEL, vector  # noqa: E402

ITEMS = ROOT / "scripts" / "eventness" / "smartdata_items.json"
# Chosen on development data (10kGNAD draws 1-18, Wikinews tune and tune-ext): a timeline loses few real
# happenings (at most a few percent of the judged ones) while most of what it drops are non-events.
THRESHOLD = 0.15
L2 = 1.0


def document_features(kit, doc: dict, line: int) -> dict[tuple[int, int], tuple[float, ...]]:
    """The feature vector of every candidate the extractor finds in one SmartData document, by its
    trigger's offsets (the document made into an article as ``eventness_draw.py`` made it)."""
    from chronik.extract.events import event_candidates
    from chronik.ids import article_id
    from chronik.pipeline import analyze
    from chronik.records import Article

    article = Article(id=article_id(doc["text"]), source=f"smartdata#{line}", title=None,
                      published=doc["published"], authors=(), agencies=(), language="de", outlet=doc["outlet"],
                      text=doc["text"])
    analysis = analyze(article, kit)
    return {(m.start, m.end): vector(facts) for m, facts in event_candidates(analysis.view, kit.lang.events)}


def item_features(items: list[dict]) -> list[tuple[dict, tuple[float, ...]]]:
    """Each judged item with its features; an item whose candidate the current extractor no longer
    finds at its offsets is left out (and counted)."""
    from events_merging import documents

    from chronik.pipeline import load_toolkit

    MODEL.unlink(missing_ok=True)  # a model of other features would not load; it is written anew below
    kit, docs = load_toolkit("de"), documents()
    by_line: dict[int, dict] = {}
    out, lost = [], 0
    for it in items:
        if it["line"] not in by_line:
            by_line[it["line"]] = document_features(kit, docs[it["line"]], it["line"])
        x = by_line[it["line"]].get((it["start"], it["end"]))
        if x is None:
            lost += 1
        else:
            out.append((it, x))
    if lost:
        print(f"{lost} items have no candidate at their offsets now (left out)")
    return out


def fit(x: np.ndarray, y: np.ndarray, l2: float = L2, steps: int = 50) -> tuple[np.ndarray, float, np.ndarray,
                                                                                   np.ndarray]:
    """L2-penalised logistic regression (the bias unpenalised) on standardised features, by Newton's
    method: weights, bias, mean, scale."""
    mean = x.mean(axis=0)
    scale = x.std(axis=0)
    scale[scale == 0] = 1.0
    a = np.hstack([(x - mean) / scale, np.ones((len(x), 1))])
    w = np.zeros(a.shape[1])
    penalty = np.eye(a.shape[1]) * l2
    penalty[-1, -1] = 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-a @ w))
        gradient = a.T @ (p - y) + penalty @ w
        hessian = a.T @ (a * (p * (1 - p))[:, None]) + penalty
        step = np.linalg.solve(hessian, gradient)
        w -= step
        if np.abs(step).max() < 1e-8:
            break
    return w[:-1], float(w[-1]), mean, scale


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--threshold", type=float, default=THRESHOLD)
    ap.add_argument("--l2", type=float, default=L2)
    ap.add_argument("--no-report", action="store_true", help="development runs: fit and write, no held-out figure")
    args = ap.parse_args()
    data = json.loads(ITEMS.read_text(encoding="utf-8"))
    judged = [it for it in data["items"] if (it.get("judgment") or {}).get("event") is not None
              and (it["part"] == "train" or not args.no_report)]
    rows = item_features(judged)
    train = [(it, x) for it, x in rows if it["part"] == "train"]
    x = np.array([x for _, x in train], dtype=float)
    y = np.array([it["judgment"]["event"] for it, _ in train], dtype=float)
    w, b, mean, scale = fit(x, y, args.l2)
    commit = subprocess.run(["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True,
                            text=True).stdout.strip()
    model = {
        "features": list(FEATURE_NAMES), "weights": [round(float(v), 6) for v in w], "bias": round(b, 6),
        "mean": [round(float(v), 6) for v in mean], "scale": [round(float(v), 6) for v in scale],
        "threshold": args.threshold, "l2": args.l2,
        "provenance": {
            "data": "scripts/eventness/smartdata_items.json, part train: chronik's event candidates in the DFKI "
                    "SmartData corpus v1_20180119, judged by hand under the Wikinews events guideline",
            "licence": "CC BY 4.0",
            "attribution": "Schiersch, M., Mironova, V., Schmitt, M., Thomas, P., Gabryszak, A., Hennig, L. (2018): "
                           "A German Corpus for Fine-Grained Named Entity Recognition and Relation Extraction of "
                           "Traffic and Industry Events. LREC 2018. DFKI, CC BY 4.0",
            "trained_at_commit": commit, "items": len(train), "events": int(y.sum()),
            "non_events": int(len(y) - y.sum()),
            "threshold_chosen_on": "10kGNAD draws 1-18 and Wikinews tune/tune-ext (development only, NC)",
        },
    }
    MODEL.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
    print(f"fitted on {len(train)} train items ({int(y.sum())} events); wrote {MODEL.relative_to(ROOT)}")
    for name, weight in sorted(zip(FEATURE_NAMES, w), key=lambda p: p[1]):
        print(f"  {name:24s} {weight:+.3f}")
    if args.no_report:
        return
    # the held-out report part, once
    report = [(it, x) for it, x in rows if it["part"] == "report"]
    z = (np.array([x for _, x in report], dtype=float) - mean) / scale
    keep = 1.0 / (1.0 + np.exp(-(z @ w + b))) >= args.threshold
    truth = np.array([it["judgment"]["event"] for it, _ in report], dtype=bool)
    kept_true = int((keep & truth).sum())
    print(f"report part ({len(report)} items, {int(truth.sum())} events): kept {int(keep.sum())}, "
          f"precision {kept_true / max(1, int(keep.sum())):.3f} (unfiltered {truth.mean():.3f}), "
          f"recall {kept_true / max(1, int(truth.sum())):.3f}")


if __name__ == "__main__":
    main()
