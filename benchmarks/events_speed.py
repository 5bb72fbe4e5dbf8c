"""Speed of the event extractor, and what it finds, on the 10kGNAD test split.

usage: python3 benchmarks/events_speed.py [--limit N] [--show K]
Tokens, entity mentions and time expressions are computed first with chronik's
own extractors (when they load; otherwise the events run without them) and are
not counted; the words/s figure is ``extract_events`` alone, on one core.
10kGNAD has no publication dates: the articles run with published=None.
"""
from __future__ import annotations

import csv
import sys
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from chronik.extract.events import extract_events  # noqa: E402
from chronik.extract.tokens import split_sentences, tokenize  # noqa: E402
from chronik.lang.de.abbreviations import ABBREVIATIONS  # noqa: E402
from chronik.lang.de.events import EVENT_LEXICON  # noqa: E402

DATA = Path(__file__).resolve().parents[2] / "shared" / "data" / "10kgnad" / "test.csv"


def _mention_finder():
    try:
        from chronik.extract.entities import find_mentions, load_ner_model
        from chronik.lang.de.entities import ENTITY_LEXICON

        model = load_ner_model()
        return lambda text, toks, sents: find_mentions(text, toks, sents, ENTITY_LEXICON, model)
    except Exception as err:  # noqa: BLE001 - a benchmark runs with what is there
        print(f"(no entity mentions: {type(err).__name__}: {err})")
        return lambda text, toks, sents: ()


def _timex_finder():
    try:
        from chronik.extract.timexes import extract_timexes
        from chronik.lang.de.time import TIME_LEXICON

        extract_timexes("Am 3. März 2024.", tokenize("Am 3. März 2024.", ABBREVIATIONS), (), TIME_LEXICON, None)
        return lambda text, toks, sents: extract_timexes(text, toks, sents, TIME_LEXICON, None)
    except Exception as err:  # noqa: BLE001
        print(f"(no time expressions: {type(err).__name__}: {err})")
        return lambda text, toks, sents: ()


def main(limit: int | None = None, show: int = 0) -> None:
    with DATA.open(encoding="utf-8") as f:
        texts = [row[1] for row in csv.reader(f, delimiter=";", quotechar="'") if len(row) > 1]
    texts = texts[:limit] if limit else texts
    mentions_of, timexes_of = _mention_finder(), _timex_finder()
    prepared = []
    for text in texts:
        toks = tokenize(text, ABBREVIATIONS)
        sents = split_sentences(text, toks)
        try:
            tims = timexes_of(text, toks, sents)
        except Exception:  # noqa: BLE001
            tims = ()
        prepared.append((text, toks, sents, mentions_of(text, toks, sents), tims))
    words = sum(sum(1 for t in toks if t.text[:1].isalnum()) for _, toks, _, _, _ in prepared)
    best = None
    for _ in range(3):
        t0 = time.perf_counter()
        found = [extract_events(text, toks, sents, ments, tims, EVENT_LEXICON, None)
                 for text, toks, sents, ments, tims in prepared]
        dt = time.perf_counter() - t0
        best = dt if best is None else min(best, dt)
    kinds = Counter(e.type for evs in found for e in evs)
    total = sum(kinds.values())
    print(f"articles {len(prepared)}  words {words}  events {total}  ({dict(sorted(kinds.items()))})")
    print(f"extract_events: {best:.3f} s  ->  {words / best:,.0f} words/s (best of 3, one core)")
    shown = 0
    for (text, _, sents, _, _), evs in zip(prepared, found):
        for e in evs:
            if shown >= show:
                return
            s = sents[e.sentence]
            print(f"- {e.type} {e.trigger!r} {e.participants} place={e.place} date={e.date} {e.status}")
            print(f"    {text[s.start:s.end][:200]}")
            shown += 1


if __name__ == "__main__":
    args = sys.argv[1:]
    lim = int(args[args.index("--limit") + 1]) if "--limit" in args else None
    k = int(args[args.index("--show") + 1]) if "--show" in args else 0
    main(lim, k)
