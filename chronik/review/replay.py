"""Replaying corrections inside every link, in three places.

1. Figure values and rejected figures change the per-article figures before
   series are formed, so series and conflicts follow the corrected values.
2. Entity merges, splits, renames and rejections change the entity index
   before quotes, events, figures and stories resolve names, so every row
   refers to the corrected entities.
3. Everything else changes the linked rows: accept, reject, set on events,
   quotes and statements, merging and splitting events.
Corrections run in their order (``seq``); each ends ``applied`` with the ids
it matched, or ``stale`` with the reason.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import replace
from chronik.ids import content_id
from chronik.link.entities import Entity, EntityIndex
from chronik.link.figures import figure_id
from chronik.review.anchors import (
    find_entity, find_event, find_figure, find_quote, find_statement, same_article,
)
from chronik.review.corrections import Correction, parse_value
from chronik.review.reports import Report

FIGURE_ACTIONS = ("set", "reject")
ENTITY_ACTIONS = ("set", "reject", "merge-entities", "split-entity")


def _phase(c: Correction) -> str:
    if c.kind == "figure" and c.action in FIGURE_ACTIONS:
        return "figures"
    if c.kind == "entity" and c.action in ENTITY_ACTIONS:
        return "entities"
    return "rows"


class Replay:
    """The corrections of one link, and what became of each."""

    def __init__(self, corrections: list[Correction], articles: dict) -> None:
        self.corrections = sorted(corrections, key=lambda c: (c.seq, c.id))
        self.source_of = {a.id: a.source for a in articles.values()}
        self.outcome: dict[str, tuple[str, str | None, tuple[str, ...]]] = {}
        # item id -> "accepted" or "corrected"
        self.reviewed: dict[str, str] = {}
        self.rejected: set[str] = set()
        self.last_split = ""

    def _of(self, phase: str) -> list[Correction]:
        return [c for c in self.corrections if _phase(c) == phase]

    def _applied(self, c: Correction, matched, detail: str | None = None) -> None:
        self.outcome[c.id] = ("applied", detail, tuple(matched))

    def _stale(self, c: Correction, why: str) -> None:
        self.outcome[c.id] = ("stale", why, ())

    def records(self) -> list[dict]:
        """Correction records whose outcome changed in this link."""
        out = []
        for c in self.corrections:
            status, detail, matched = self.outcome.get(c.id, ("stale", "not replayed", ()))
            if (status, detail, matched) != (c.status, c.detail, c.matched):
                out.append(replace(c, status=status, detail=detail, matched=matched).as_record())
        return out

    # -- 1. figures --------------------------------------------------------------
    def figures(self, analyses: list) -> list:
        todo = self._of("figures")
        if not todo:
            return analyses
        figs: dict[str, list] = {a.article_id: list(a.figures) for a in analyses}
        where = {figure_id(art, f.start, f.end): (art, i) for art, fl in figs.items() for i, f in enumerate(fl)}
        for c in todo:
            fid = c.targets[0] if c.targets[0] in where else self._refind_figure(c.anchors[0], figs, figure_id)
            if fid is None:
                self._stale(c, "the figure is no longer in its article")
                continue
            art, i = where[fid]
            if c.action == "reject":
                figs[art][i] = None
                del where[fid]
            else:
                figs[art][i] = replace(figs[art][i], **_figure_change(c.field, parse_value("figure", c.field, c.value)))
                self.reviewed[fid] = "corrected"
            self._applied(c, [fid])
        return [replace(a, figures=tuple(f for f in figs[a.article_id] if f is not None)) for a in analyses]

    def _refind_figure(self, anchor: dict, figs: dict[str, list], figure_id) -> str | None:
        """A figure whose id changed: looked for in its article, or in the
        current version of it (same source)."""
        items = [(figure_id(art, f.start, f.end), art, f.text, f.start) for art, fl in figs.items()
                 if same_article(art, anchor.get("article"), anchor.get("source"), self.source_of)
                 for f in fl if f is not None]
        return find_figure("", anchor, items, self.source_of)

    # -- 2. entities ---------------------------------------------------------------
    def entities(self, index: EntityIndex, analyses: list) -> EntityIndex:
        todo = self._of("entities")
        if not todo:
            return index
        book = _EntityBook(index, analyses)
        for c in todo:
            ids = [book.find(t, a) for t, a in zip(c.targets, c.anchors)]
            if None in ids:
                self._stale(c, f"entity {c.anchors[ids.index(None)]['name']!r} is no longer found")
                continue
            why = book.apply(c, ids)
            if why:
                self._stale(c, why)
                continue
            self.reviewed[ids[0]] = "corrected"
            if c.action == "split-entity":
                self.reviewed[book.last_new] = "corrected"
                self._applied(c, [ids[0], book.last_new])
            else:
                self._applied(c, ids)
        return book.index()

    # -- 3. rows -----------------------------------------------------------------------
    def rows(self, rows: dict[str, list[dict]], reports: dict[str, list[Report]], linker) -> None:
        """Change ``rows`` (and the events' ``reports``) in place; ``linker``
        turns a set of reports into event rows the way linking does."""
        for c in self._of("rows"):
            kind_rows = rows[c.kind]
            ids = [self._find(c.kind, t, a, kind_rows) for t, a in zip(c.targets, c.anchors)]
            if None in ids:
                self._stale(c, f"no {c.kind} matches {c.anchors[ids.index(None)].get('label', '')!r} any more")
                continue
            if c.action == "accept":
                self.reviewed[ids[0]] = "accepted"
            elif c.action == "reject":
                rows[c.kind] = [r for r in kind_rows if r["id"] != ids[0]]
                self.rejected.add(ids[0])
                reports.pop(ids[0], None)
            elif c.action == "set":
                self._set(c, ids[0], rows)
            elif c.action == "merge-events":
                if ids[0] != ids[1]:
                    rows["event"] = _merge_event_rows(kind_rows, ids[0], ids[1])
                    reports[ids[0]] = reports.get(ids[0], []) + reports.pop(ids[1], [])
                self.reviewed[ids[0]] = "corrected"
            elif c.action == "split-event":
                why = self._split(c, ids[0], rows, reports, linker)
                if why:
                    self._stale(c, why)
                    continue
                if self.last_split == ids[0]:
                    self._applied(c, ids, "already apart: linking keeps the other articles' reports separate")
                    continue
                ids = [ids[0], self.last_split]
            self._applied(c, ids)

    def _find(self, kind: str, target: str, anchor: dict, kind_rows: list[dict]) -> str | None:
        if kind == "event":
            return find_event(target, anchor, kind_rows, self.source_of)
        if kind == "quote":
            return find_quote(target, anchor, kind_rows)
        if kind == "statement":
            return find_statement(target, anchor, kind_rows, self.source_of)
        if kind == "figure":
            items = [(r["id"], r["article"], r["text"], r.get("start") or 0) for r in kind_rows]
            return find_figure(target, anchor, items, self.source_of)
        view = {r["id"]: (r["name"], r["type"], set(r["aliases"])) for r in kind_rows}
        return find_entity(target, anchor, view)

    def _set(self, c: Correction, item: str, rows: dict[str, list[dict]]) -> None:
        value = parse_value(c.kind, c.field, c.value)
        row = next(r for r in rows[c.kind] if r["id"] == item)
        if c.kind == "event":
            row[c.field] = value
            if c.field == "date":
                row["date_basis"] = "corrected" if value else None
            if c.field in ("type", "place"):
                row["label"] = _event_label(row, rows["entity"])
        elif c.field == "speaker":
            entity = _entity_named(rows["entity"], value)
            row["speaker"] = entity["id"] if entity else None
            row["speaker_name"] = entity["name"] if entity else value
            row["speaker_basis"] = "corrected" if value else None
        else:
            row[c.field] = value
        self.reviewed[item] = "corrected"

    def _split(self, c: Correction, event_id: str, rows, reports, linker) -> str | None:
        split = c.anchors[0].get("split") or [[a, None] for a in c.args]
        mine = reports.get(event_id, [])
        part = [r for r in mine if any(same_article(r.article, a, s, self.source_of) for a, s in split)]
        rest = [r for r in mine if r not in part]
        if not part:
            return "none of the articles to split off reports this event any more"
        if not rest:
            # linking already keeps the other articles' reports apart: nothing to split
            self.reviewed[event_id] = "corrected"
            self.last_split = event_id
            return None
        events = rows["event"]
        old = next(e for e in events if e["id"] == event_id)
        kept_rows, new_rows = linker(rest), linker(part)
        if not kept_rows or not new_rows:
            return "the linker found no event in the reports to split"
        kept = _combine(kept_rows)
        kept.update(id=event_id)
        new = _combine(new_rows)
        if any(e["id"] == new["id"] for e in events):
            new["id"] = content_id("event-split", new["id"], event_id)
        rows["event"] = [kept if e is old else e for e in events] + [new]
        reports[event_id], reports[new["id"]] = rest, part
        self.reviewed[event_id] = self.reviewed[new["id"]] = "corrected"
        self.last_split = new["id"]
        return None


def _event_label(row: dict, entities: list[dict]) -> str:
    """The label linking gives an event ("meeting: A, B in Peking"), after a
    user changed its type or place."""
    names = {e["id"]: e["name"] for e in entities}
    who = ", ".join(names[p] for p in row["participants"] if p in names)
    if not who:
        return row["type"] + (f" in {row['place']}" if row["place"] else "")
    return f"{row['type']}: {who}" + (f" in {row['place']}" if row["place"] else "")


def _figure_change(field: str, value) -> dict:
    """A bound follows the export's convention: "mehr als 6000" is low 6000,
    high null; "bis zu 500" is low null, high 500."""
    if field == "bound" and value == "lower":
        return {"bound": value, "high": None}
    if field == "bound" and value == "upper":
        return {"bound": value, "low": None}
    return {field: value}


def _entity_named(entities: list[dict], name: str | None) -> dict | None:
    if not name:
        return None
    key = name.strip().lower()
    return next((e for e in entities if e["name"].lower() == key), None) or next(
        (e for e in entities if key in (a.lower() for a in e["aliases"])), None)


def _combine(parts: list[dict]) -> dict:
    """Event rows a user says are one event, as one row; the first one leads."""
    row = dict(parts[0])
    for other in parts[1:]:
        if row["date"] is None and other["date"] is not None:
            row["date"], row["date_basis"] = other["date"], other["date_basis"]
        row["place"] = row["place"] or other["place"]
        if other["status"] == "happened":
            row["status"] = "happened"
        row["participants"] = sorted(set(row["participants"]) | set(other["participants"]))
        row["articles"] = sorted(set(row["articles"]) | set(other["articles"]))
        row["evidence"] = row["evidence"] + [ev for ev in other["evidence"] if ev not in row["evidence"]]
    return row


def _merge_event_rows(events: list[dict], keep: str, drop: str) -> list[dict]:
    a = next(e for e in events if e["id"] == keep)
    b = next(e for e in events if e["id"] == drop)
    merged = _combine([a, b])
    return [merged if e is a else e for e in events if e is not b]


class _EntityBook:
    """The entity index while corrections change it: which mentions belong to
    which entity, and each entity's name and type."""

    def __init__(self, index: EntityIndex, analyses: list) -> None:
        self.original = index
        self.text = {(a.article_id, i): m.text for a in analyses for i, m in enumerate(a.mentions)}
        self.meta = {e.id: (e.name, e.type) for e in index.entities}
        self.members: dict[str, set] = defaultdict(set)
        for ref, eid in index.of_mention.items():
            self.members[eid].add(ref)
        self.touched: set[str] = set()
        self.last_new = ""

    def find(self, target: str, anchor: dict) -> str | None:
        if target in self.meta:
            return target
        view = {eid: (name, etype, {self.text[r] for r in self.members.get(eid, ())})
                for eid, (name, etype) in self.meta.items()}
        return find_entity(target, anchor, view)

    def apply(self, c: Correction, ids: list[str]) -> str | None:
        first = ids[0]
        if c.action == "reject":
            self.members.pop(first, None)
            del self.meta[first]
        elif c.action == "set":
            name, etype = self.meta[first]
            value = parse_value("entity", c.field, c.value)
            self.meta[first] = (value, etype) if c.field == "name" else (name, value)
        elif c.action == "merge-entities":
            if ids[1] != first:
                self.members[first] |= self.members.pop(ids[1], set())
                del self.meta[ids[1]]
        else:
            return self._split(first, c.args)
        self.touched.add(first)
        return None

    def _split(self, eid: str, forms: tuple[str, ...]) -> str | None:
        moving = {r for r in self.members.get(eid, ()) if self.text[r] in forms}
        if not moving:
            return f"entity {self.meta[eid][0]!r} has none of the forms {', '.join(forms)} any more"
        if moving == self.members[eid]:
            return f"every form of {self.meta[eid][0]!r} would be split off"
        etype = self.meta[eid][1]
        new = content_id("entity", forms[0], etype)
        self.members[eid] -= moving
        self.members[new] |= moving
        self.meta.setdefault(new, (forms[0], etype))
        self.touched |= {eid, new}
        self.last_new = new
        return None

    def index(self) -> EntityIndex:
        """The corrected index; untouched entities keep their records."""
        owner = {ref: eid for eid, refs in self.members.items() if eid in self.meta for ref in refs}
        entities = [e for e in self.original.entities if e.id in self.meta and e.id not in self.touched]
        for eid in sorted(self.touched & set(self.meta)):
            name, etype = self.meta[eid]
            refs = self.members.get(eid, set())
            forms = sorted({self.text[r] for r in refs} - {name})
            entities.append(Entity(id=eid, name=name, type=etype, aliases=tuple(forms), mentions=len(refs),
                                   articles=tuple(sorted({r[0] for r in refs}))))
        entities.sort(key=lambda e: (-e.mentions, e.name, e.id))
        of_surface = dict(self.original.of_surface)
        for ref, old in self.original.of_mention.items():
            now = owner.get(ref)
            if now != old:
                key = (ref[0], self.text[ref])
                if now is None:
                    of_surface.pop(key, None)
                else:
                    of_surface[key] = now
        return EntityIndex(entities=tuple(entities), of_mention=owner, of_surface=of_surface)
