"""How far adding articles ripples through entity linking (issue 15).

    python3 benchmarks/entity_ripple.py --db STORE [--shares 0.5,0.9,0.99]

Links the first share of a built store's articles (in id order, the order ``link_entities`` takes when
given none) and then all of them, and counts, over the first part's mentions: how many changed entity
id, in how many articles, and how many sit in an entity that the later articles split or merged. An
incremental link must redo what changed; ids that move without a real merge or split are avoidable.
"""
from __future__ import annotations

import argparse
from collections import defaultdict


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--db", required=True, help="a built store")
    ap.add_argument("--shares", default="0.5,0.9,0.99")
    args = ap.parse_args()

    import chronik
    from chronik.lang import load
    from chronik.link.entities import link_entities

    with chronik.open(args.db, read_only=True) as chron:
        texts = {a.id: a.text for a in chron.store.articles()}
        analyses = sorted(chron.store.analyses(), key=lambda x: x.article_id)
    rules = load("de").names
    whole = link_entities(analyses, rules, texts).of_mention
    for share in (float(s) for s in args.shares.split(",")):
        k = int(len(analyses) * share)
        first = link_entities(analyses[:k], rules, texts).of_mention
        onward, back = defaultdict(set), defaultdict(set)
        for ref, entity in first.items():
            onward[entity].add(whole.get(ref))
            back[whole.get(ref)].add(entity)
        changed = [ref for ref, entity in first.items() if whole.get(ref) != entity]
        regrouped = sum(1 for ref, entity in first.items() if len(onward[entity]) > 1 or len(back[whole.get(ref)]) > 1)
        print(f"first {share:.0%} ({k} articles, then +{len(analyses) - k}): {len(first)} linked mentions, "
              f"{len(changed)} changed id ({len(changed) / max(1, len(first)):.2%}) in "
              f"{len({ref[0] for ref in changed})} articles; {regrouped} in entities split or merged "
              f"({sum(len(v) > 1 for v in onward.values())} split, {sum(len(v) > 1 for v in back.values())} merged)")


if __name__ == "__main__":
    main()
