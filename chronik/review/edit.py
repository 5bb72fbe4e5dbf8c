"""Making corrections: what ``chronik correct`` and the web UI's editing mode call.

Each call checks the correction against the store's current items, records
it, and re-links the store so the correction shows at once (and is replayed
after every later build).
"""
from __future__ import annotations

from chronik.review.anchors import anchor_for, anchored_articles
from chronik.review.corrections import (
    ACTIONS, CORRECTION_KIND, Correction, CorrectionError, correction_id, import_corrections, now, parse_value,
    read_file, stored_corrections,
)
from chronik.review.curation import link_reviewed

# The shortest id prefix accepted in place of a whole id.
MIN_PREFIX = 4


def find_item(store, ident: str, kinds: tuple[str, ...]) -> tuple[str, dict]:
    """The (kind, row) whose id is ``ident`` or starts with it."""
    ident = ident.strip()
    hits = []
    for kind in kinds:
        for row in store.links(kind):
            if row["id"] == ident:
                return kind, row
            if len(ident) >= MIN_PREFIX and row["id"].startswith(ident):
                hits.append((kind, row))
    if len(hits) == 1:
        return hits[0]
    if hits:
        shown = ", ".join(f"{k} {r['id']}" for k, r in hits[:5])
        raise CorrectionError(f"id {ident!r} is ambiguous ({shown}); give more of it")
    for c in stored_corrections(store):
        if c.action == "reject" and (c.targets[0] == ident or (len(ident) >= MIN_PREFIX and
                                                               c.targets[0].startswith(ident))):
            raise CorrectionError(f"{c.kind} {c.targets[0]} was rejected by correction {c.id}; "
                                  f"'chronik correct undo {c.id}' brings it back")
    raise CorrectionError(f"no {' or '.join(kinds)} has the id {ident!r}; ids are shown by 'chronik review' "
                          "and in 'chronik export'")


def make_correction(store, action: str, ids: list[str], *, field: str | None = None, value=None,
                    args: tuple[str, ...] = (), note: str | None = None) -> Correction:
    """A checked correction about the store's current items (not yet recorded)."""
    if action not in ACTIONS:
        raise CorrectionError(f"unknown correction {action!r}; corrections: {', '.join(ACTIONS)}")
    kinds, count = ACTIONS[action]
    if len(ids) != count:
        raise CorrectionError(f"{action} names {count} item{'s' if count > 1 else ''}, not {len(ids)}")
    found = [find_item(store, i, kinds) for i in ids]
    kind = found[0][0]
    if any(k != kind for k, _ in found):
        raise CorrectionError(f"{action} needs two items of one kind")
    named = sorted(set().union(*(anchored_articles(kind, row) for _, row in found)))
    source_of = {a: article.source for a in named if (article := store.article(a)) is not None}
    anchors = [anchor_for(kind, row, source_of) for _, row in found]
    targets = [row["id"] for _, row in found]
    if action == "set":
        if not field:
            raise CorrectionError("set needs a field and a value")
        value = parse_value(kind, field, value)
    elif action in ("merge-entities", "merge-events") and targets[0] == targets[1]:
        raise CorrectionError(f"{action} needs two different items")
    elif action == "split-entity":
        args = _split_forms(found[0][1], args)
    elif action == "split-event":
        args = _split_articles(found[0][1], args)
        anchors[0]["split"] = [[a, source_of.get(a)] for a in args]
    return Correction(id=correction_id(action, targets, field, value, args), seq=0, action=action, kind=kind,
                      targets=tuple(targets), anchors=tuple(anchors), field=field if action == "set" else None,
                      value=value if action == "set" else None, args=tuple(args), note=note, created=now())


def _split_forms(entity: dict, forms) -> tuple[str, ...]:
    have = [entity["name"], *entity["aliases"]]
    if not forms:
        raise CorrectionError("split-entity needs the forms to split off (e.g. 'Kim')")
    for f in forms:
        if f not in have:
            raise CorrectionError(f"{f!r} is not a form of {entity['name']!r}; its forms: {', '.join(have)}")
    if entity["name"] in forms:
        raise CorrectionError(f"{entity['name']!r} is the entity's name; split off its other forms "
                              "(then rename with set NAME name ...)")
    if set(forms) >= set(have):
        raise CorrectionError(f"that would split off every form of {entity['name']!r}")
    return tuple(forms)


def _split_articles(event: dict, articles) -> tuple[str, ...]:
    chosen = []
    for a in articles:
        match = [x for x in event["articles"] if x == a or (len(a) >= MIN_PREFIX and x.startswith(a))]
        if len(match) != 1:
            raise CorrectionError(f"article {a!r} does not report this event; its articles: "
                                  f"{', '.join(event['articles'])}")
        chosen.append(match[0])
    if not chosen:
        raise CorrectionError("split-event needs the articles whose reports become a separate event")
    if set(chosen) >= set(event["articles"]):
        raise CorrectionError("that would split off every article of the event")
    return tuple(sorted(set(chosen)))


def record(store, correction: Correction) -> Correction:
    """Keep a correction (after the store's others); the same one twice is kept once."""
    added = import_corrections(store, [correction])
    return added[0] if added else next(c for c in stored_corrections(store) if c.id == correction.id)


def relink(store) -> None:
    """Re-link the store, which replays every correction."""
    from chronik.lang import load

    link_reviewed(store, load("de"))


def _outcome(store, ids: set[str]) -> list[Correction]:
    return [c for c in stored_corrections(store) if c.id in ids]


def in_place(c: Correction) -> bool:
    """Whether a correction changes one linked row and nothing linking derives
    from it (series, entities, other events), so it can be applied to the
    stored rows at once instead of re-linking the whole store."""
    return c.action == "accept" or (c.action in ("reject", "set") and c.kind in ("event", "quote", "statement"))


def apply_in_place(store, c: Correction) -> None:
    """Apply a recorded ``in_place`` correction to the stored rows; the next
    build replays it with all others and arrives at the same rows."""
    from chronik.review.channels import stored_book
    from chronik.review.replay import Replay  # imports chronik.link, which imports this package
    from chronik.review.rows import follow_quotes, mark, quote_chains

    with store.linking():
        rows = {c.kind: store.links(c.kind)}
        if c.kind == "quote":  # statements that are this quote follow it
            rows["statement"] = store.links("statement")
        if c.action == "set":  # only a new value is looked up among the entities (a speaker, a label)
            rows["entity"] = store.links("entity")
        articles = {a.id: a for a in store.articles()}
        replay = Replay([c], articles)
        replay.rows(rows, {}, linker=None)
        book = stored_book(store) if c.kind == "quote" else None
        for row in rows[c.kind]:
            if row["id"] in replay.reviewed:
                mark(c.kind, row, replay.reviewed[row["id"]])
                if book is not None:
                    row["chains"] = quote_chains(row, articles, book)
        if c.kind == "quote":
            rows["statement"] = follow_quotes(rows["statement"], rows["quote"], replay)
            for s in rows["statement"]:
                if s["id"] in replay.reviewed:
                    mark("statement", s, replay.reviewed[s["id"]])
        store.replace_links({kind: kind_rows for kind, kind_rows in rows.items() if kind != "entity"})
        store.put_records(CORRECTION_KIND, replay.records())


def correct(store, action: str, ids: list[str], *, field: str | None = None, value=None,
            args: tuple[str, ...] = (), note: str | None = None) -> Correction:
    """Make, record and replay one correction; returns it with its outcome."""
    kept = record(store, make_correction(store, action, ids, field=field, value=value, args=args, note=note))
    if kept.status == "new" and in_place(kept):
        apply_in_place(store, kept)
    else:
        relink(store)
    return _outcome(store, {kept.id})[0]


def undo(store, correction_id: str) -> Correction:
    """Forget a correction (whole id or prefix) and re-link without it."""
    matches = [c for c in stored_corrections(store)
               if c.id == correction_id or (len(correction_id) >= MIN_PREFIX and c.id.startswith(correction_id))]
    if len(matches) != 1:
        raise CorrectionError(f"no single correction has the id {correction_id!r}; see 'chronik correct list'")
    store.delete_records(CORRECTION_KIND, [matches[0].id])
    relink(store)
    return matches[0]


def apply_file(store, path: str) -> list[Correction]:
    """Add the corrections of a file (from 'chronik correct export') and replay them."""
    added = import_corrections(store, read_file(path))
    relink(store)
    return _outcome(store, {c.id for c in added})
