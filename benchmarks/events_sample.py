"""Precision of the event extractor on a fixed, hand-judged sample of 10kGNAD test events.

usage:
  python3 benchmarks/events_sample.py            score the current extractor against the judged sample
  python3 benchmarks/events_sample.py --draw     draw a new sample from the CURRENT extractor's output
                                                 and print it with context for judging (run once; the
                                                 judgments then go into events_gold/ by hand)
  python3 benchmarks/events_sample.py --show     also print every sampled item with its context

The sample: all events ``extract_events`` found in shared/data/10kgnad/test.csv (with chronik's own
tokens, entity mentions and time expressions, published=None, as in ``events_speed.py``) when it was
drawn; 60 drawn with random.Random(SEED). ``events_gold/10kgnad_test_sample.json`` keeps only the
article index (0-based row of test.csv), the trigger's character offsets, the event type, a short
hash of the participants and place the extractor gave (so that a changed output is not scored with
an old judgment) and the judgment with a reason in our own words: the CC BY-NC-SA text stays out of
the repository. See events_gold/GUIDELINE.md for what counts as a correct event.

Scoring the current extractor on the same sample: a judged item it still outputs unchanged keeps its
judgment; one it no longer outputs is "dropped"; one whose participants or place changed is
"changed" (unjudged). Precision is correct / (correct + wrong) over the kept items; the sampled
share of the original output gives the estimate of the events that remain. Outputs in the corpus
that did not exist when the sample was drawn are "new" (unjudged) and are counted and listed.
"""
from __future__ import annotations

import hashlib
import json
import random
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from events_speed import DATA, _mention_finder, _timex_finder  # noqa: E402

from chronik.extract.events import extract_events  # noqa: E402
from chronik.extract.tokens import split_sentences, tokenize  # noqa: E402
from chronik.lang.de.abbreviations import ABBREVIATIONS  # noqa: E402
from chronik.lang.de.events import EVENT_LEXICON  # noqa: E402

GOLD = Path(__file__).resolve().parent / "events_gold" / "10kgnad_test_sample.json"
POOL = Path(__file__).resolve().parent / "events_gold" / "10kgnad_test_pool.json"
SEED = 11
SIZE = 60


def articles() -> list[str]:
    import csv

    with DATA.open(encoding="utf-8") as f:
        return [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]


def signature(e) -> str:
    """Short hash of what the extractor said about the event (no text is stored)."""
    raw = json.dumps([e.type, list(e.participants), e.place], ensure_ascii=False)
    return hashlib.sha1(raw.encode("utf-8")).hexdigest()[:10]


def all_events(texts):
    mentions_of, timexes_of = _mention_finder(), _timex_finder()
    out = []
    for i, text in enumerate(texts):
        toks = tokenize(text, ABBREVIATIONS)
        sents = split_sentences(text, toks)
        try:
            tims = timexes_of(text, toks, sents)
        except Exception:  # noqa: BLE001 - a benchmark runs with what is there
            tims = ()
        for e in extract_events(text, toks, sents, mentions_of(text, toks, sents), tims, EVENT_LEXICON, None):
            out.append((i, e, sents[e.sentence]))
    return out


def key(article, start, end, type_):
    return f"{article}:{start}:{end}:{type_}"


def show(text, e, sent, judgment=""):
    print(f"  {e.type} {e.trigger!r} {e.participants} place={e.place} date={e.date} {e.status} {judgment}")
    print(f"    {text[sent.start:sent.end][:400]}")


def draw() -> None:
    texts = articles()
    found = all_events(texts)
    picked = random.Random(SEED).sample(range(len(found)), SIZE)
    items = []
    for n, idx in enumerate(picked):
        i, e, sent = found[idx]
        print(f"[{n}] article {i} {e.start}-{e.end}")
        show(texts[i], e, sent)
        items.append({"article": i, "start": e.start, "end": e.end, "type": e.type, "sig": signature(e),
                      "correct": None, "why": ""})
    pool = sorted({key(i, e.start, e.end, e.type) for i, e, _ in found})
    print(f"{len(found)} events; drew {SIZE}", file=sys.stderr)
    if "--write" in sys.argv:
        GOLD.parent.mkdir(exist_ok=True)
        GOLD.write_text(json.dumps({"seed": SEED, "pool_size": len(found), "items": items}, indent=1,
                                   ensure_ascii=False) + "\n", encoding="utf-8")
        POOL.write_text(json.dumps(pool) + "\n", encoding="utf-8")


def score(verbose: bool) -> None:
    gold = json.loads(GOLD.read_text(encoding="utf-8"))
    before_pool = set(json.loads(POOL.read_text(encoding="utf-8")))
    texts = articles()
    found = all_events(texts)
    now = {key(i, e.start, e.end, e.type): (i, e, sent) for i, e, sent in found}
    counts = {"correct": 0, "wrong": 0, "dropped_correct": 0, "dropped_wrong": 0, "changed": 0}
    for n, it in enumerate(gold["items"]):
        k = key(it["article"], it["start"], it["end"], it["type"])
        hit = now.get(k)
        label = "yes" if it["correct"] else "no"
        if hit is None:
            state = "dropped"
            counts["dropped_correct" if it["correct"] else "dropped_wrong"] += 1
        elif signature(hit[1]) != it["sig"]:
            state = "changed (unjudged)"
            counts["changed"] += 1
        else:
            state = "kept"
            counts["correct" if it["correct"] else "wrong"] += 1
        if verbose:
            print(f"[{n}] article {it['article']} {it['start']}-{it['end']} {it['type']}: judged {label}, {state}"
                  f" -- {it['why']}")
            if hit is not None:
                show(texts[hit[0]], hit[1], hit[2])
    judged = [it for it in gold["items"] if it["correct"] is not None]
    first_yes = sum(1 for it in judged if it["correct"])
    kept = counts["correct"] + counts["wrong"]
    print(f"sample: {len(gold['items'])} events drawn (seed {gold['seed']}) from {gold['pool_size']} "
          f"found when drawn")
    print(f"precision when drawn: {first_yes}/{len(judged)} = {first_yes / len(judged):.3f}")
    if kept:
        print(f"precision now (kept items): {counts['correct']}/{kept} = {counts['correct'] / kept:.3f}")
    print(f"kept {kept}, dropped {counts['dropped_correct'] + counts['dropped_wrong']} "
          f"(correct ones lost: {counts['dropped_correct']}, wrong ones removed: {counts['dropped_wrong']}), "
          f"changed/unjudged {counts['changed']}")
    new = [v for k, v in now.items() if k not in before_pool]
    print(f"events now {len(found)} (when drawn {gold['pool_size']}); new outputs not in the drawn pool "
          f"(unjudged): {len(new)}")
    for i, e, sent in new[:20]:
        print(f"  new: article {i} {e.start}-{e.end}")
        if verbose:
            show(texts[i], e, sent)


if __name__ == "__main__":
    if "--draw" in sys.argv:
        draw()
    else:
        score("--show" in sys.argv)
