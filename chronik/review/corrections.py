"""Corrections: a user's decisions about linked items, kept apart from what was extracted.

A correction names its items by content id and keeps an anchor (what the item
was: a name, a figure's text in its article, an event's reports) so that it
finds its item again after a rebuild changed the id (more articles, a merged
entity, a new version of an article). Corrections are kept as store records
(kind ``correction``), replayed in order (``seq``) after every link, exported
with the chronicle and as a file another store can apply. One that matches
nothing is marked ``stale`` with the reason, never dropped.
"""
from __future__ import annotations

import json
import re
from dataclasses import dataclass, replace
from datetime import datetime, timezone

from chronik.errors import ConfigError
from chronik.ids import content_id

CORRECTION_KIND = "correction"
FILE_FORMAT = "chronik-corrections"
FILE_VERSION = 1
ITEM_KINDS = ("event", "quote", "statement", "figure", "entity")
# action -> (kinds it applies to, number of items it names)
ACTIONS = {
    "accept": (ITEM_KINDS, 1),
    "reject": (ITEM_KINDS, 1),
    "set": (ITEM_KINDS, 1),
    "merge-entities": (("entity",), 2),
    "split-entity": (("entity",), 1),
    "merge-events": (("event",), 2),
    "split-event": (("event",), 1),
}
_TIMEX = re.compile(r"^(?:\d{4}|XXXX)(?:-(?:\d{2}|XX)(?:-(?:\d{2}|XX))?|-W\d{2}|-Q[1-4]|-H[12]|-(?:SP|SU|FA|WI))?"
                    r"(?:T\d{2}:\d{2})?$")
_THOUSANDS = re.compile(r"^-?\d{1,3}(?:[.']\d{3})+$")
_NULL = {"", "null", "none", "-"}


class CorrectionError(ConfigError):
    """A correction that cannot be made as asked."""


def _text(value, *, nullable: bool = False):
    if value is None or (isinstance(value, str) and value.strip().lower() in _NULL):
        if nullable:
            return None
        raise CorrectionError("this field needs a value")
    return str(value).strip()


def _text_or_null(value):
    return _text(value, nullable=True)


def _number_or_null(value):
    if isinstance(value, bool):
        raise CorrectionError(f"{value!r} is not a number")
    if value is None or isinstance(value, (int, float)):
        return value
    text = str(value).strip()
    if text.lower() in _NULL:
        return None
    if _THOUSANDS.match(text):
        plain = re.sub(r"[.']", "", text)
        raise CorrectionError(f"write {text} without thousands separators ({plain})")
    try:
        number = float(text)
    except ValueError:
        raise CorrectionError(f"{text!r} is not a number (digits, e.g. 6000 or 2.5)") from None
    return int(number) if number.is_integer() else number


def _bool(value):
    if isinstance(value, bool):
        return value
    text = str(value).strip().lower()
    if text in ("true", "yes", "1"):
        return True
    if text in ("false", "no", "0"):
        return False
    raise CorrectionError(f"{value!r} is not true or false")


def _timex(value, *, nullable: bool = False):
    text = _text(value, nullable=nullable)
    if text is None:
        return None
    if not _TIMEX.match(text):
        raise CorrectionError(f"{text!r} is not a date value (e.g. 2025-08-12, 2025-08, 2025, 2025-Q1, 2024-FA)")
    return text


def _choice(*options):
    def parse(value):
        text = _text(value, nullable=None in options)
        if text not in options:
            shown = ", ".join("null" if o is None else o for o in options)
            raise CorrectionError(f"{value!r} is not one of {shown}")
        return text
    return parse


FIELDS = {
    "event": {"date": _timex, "place": _text_or_null, "status": _choice("happened", "announced"),
              "type": _text, "label": _text},
    "figure": {"low": _number_or_null, "high": _number_or_null, "bound": _choice("lower", "upper", None),
               "approx": _bool, "vague": _bool, "unit": _text_or_null, "counted": _text_or_null,
               "predicate": _text_or_null, "subject": _text_or_null, "attribution": _text_or_null,
               "time": lambda v: _timex(v, nullable=True)},
    "quote": {"speaker": _text_or_null, "via": _text_or_null},
    "statement": {"speaker": _text_or_null, "via": _text_or_null, "addressee": _text_or_null,
                  "kind": _choice("direct", "indirect", "reported")},
    "entity": {"name": _text, "type": _choice("PER", "LOC", "ORG", "MISC")},
}


def parse_value(kind: str, field_name: str, value):
    """The typed value of ``field_name`` of a ``kind`` item, from text or JSON."""
    fields = FIELDS[kind]
    if field_name not in fields:
        raise CorrectionError(f"a {kind} has no field {field_name!r} to set; fields: {', '.join(fields)}")
    try:
        return fields[field_name](value)
    except CorrectionError as err:
        raise CorrectionError(f"{kind} {field_name}: {err}") from None


@dataclass(frozen=True, slots=True, kw_only=True)
class Correction:
    """One decision of a user. ``anchors`` (one per target) describe the items
    named by ``targets`` well enough to find them again after a rebuild."""

    id: str
    seq: int
    action: str
    kind: str
    targets: tuple[str, ...]
    anchors: tuple[dict, ...]
    field: str | None = None
    value: object = None
    args: tuple[str, ...] = ()
    note: str | None = None
    created: str | None = None
    status: str = "new"  # new (not replayed yet), applied, stale
    detail: str | None = None
    matched: tuple[str, ...] = ()

    def as_record(self) -> dict:
        return {"id": self.id, "seq": self.seq, "action": self.action, "kind": self.kind,
                "targets": list(self.targets), "anchors": list(self.anchors), "field": self.field,
                "value": self.value, "args": list(self.args), "note": self.note, "created": self.created,
                "status": self.status, "detail": self.detail, "matched": list(self.matched)}

    @classmethod
    def from_record(cls, row: dict) -> Correction:
        return cls(id=row["id"], seq=int(row["seq"]), action=row["action"], kind=row["kind"],
                   targets=tuple(row["targets"]), anchors=tuple(row["anchors"]), field=row.get("field"),
                   value=row.get("value"), args=tuple(row.get("args") or ()), note=row.get("note"),
                   created=row.get("created"), status=row.get("status") or "new", detail=row.get("detail"),
                   matched=tuple(row.get("matched") or ()))

    def describe(self) -> str:
        """``set figure 3bc75ec1 (schätzungsweise 2000 Nordkoreaner) low = 2500``."""
        named = ", ".join(f"{t[:8]} ({a.get('label', '')})" for t, a in zip(self.targets, self.anchors))
        text = f"{self.action} {self.kind} {named}"
        if self.action == "set":
            text += f" {self.field} = {json.dumps(self.value, ensure_ascii=False)}"
        elif self.args:
            text += ": " + ", ".join(self.args)
        return text


def correction_id(action: str, targets, field_name, value, args) -> str:
    """The same decision about the same items has the same id: recording it twice adds nothing."""
    return content_id("correction", action, ",".join(targets), field_name,
                      json.dumps(value, ensure_ascii=False, sort_keys=True), ",".join(args))


def stored_corrections(store) -> list[Correction]:
    """The store's corrections in replay order."""
    return sorted((Correction.from_record(r) for r in store.records(CORRECTION_KIND)), key=lambda c: (c.seq, c.id))


def now() -> str:
    return datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def stale_corrections(store) -> list[Correction]:
    return [c for c in stored_corrections(store) if c.status == "stale"]


def export_file(store, path: str) -> int:
    """Write the store's corrections to a file another store can apply; returns how many."""
    records = [c.as_record() for c in stored_corrections(store)]
    for r in records:
        for key in ("status", "detail", "matched"):
            r.pop(key)
    doc = {"format": FILE_FORMAT, "version": FILE_VERSION, "corrections": records}
    try:
        with open(path, "w", encoding="utf-8") as f:
            f.write(json.dumps(doc, ensure_ascii=False, indent=1) + "\n")
    except OSError as err:
        raise ConfigError(f"cannot write {path}: {err}") from None
    return len(records)


def read_file(path: str) -> list[Correction]:
    """The corrections of a file written by ``export_file``, checked."""
    try:
        with open(path, encoding="utf-8") as f:
            doc = json.load(f)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as err:
        raise ConfigError(f"cannot read corrections from {path}: {err}") from None
    if not isinstance(doc, dict) or doc.get("format") != FILE_FORMAT:
        raise ConfigError(f"{path} is not a chronik corrections file (written by 'chronik correct export')")
    if doc.get("version") != FILE_VERSION:
        raise ConfigError(f"{path} has corrections format version {doc.get('version')}; this chronik reads "
                          f"version {FILE_VERSION}")
    out = []
    for n, row in enumerate(doc.get("corrections") or [], 1):
        try:
            c = Correction.from_record({**row, "status": "new", "detail": None, "matched": []})
        except (KeyError, TypeError, ValueError) as err:
            raise ConfigError(f"{path}: correction {n} is incomplete ({err})") from None
        check(c, f"{path}: correction {n}")
        out.append(c)
    return out


def check(c: Correction, where: str) -> None:
    """A correction read from a file must be one chronik could have made."""
    if c.action not in ACTIONS:
        raise ConfigError(f"{where}: unknown action {c.action!r}; actions: {', '.join(ACTIONS)}")
    kinds, n = ACTIONS[c.action]
    if c.kind not in kinds or len(c.targets) != n or len(c.anchors) != n:
        raise ConfigError(f"{where}: {c.action} needs {n} {'/'.join(kinds)} item(s)")
    if c.action == "set":
        try:
            parse_value(c.kind, c.field or "", c.value)
        except CorrectionError as err:
            raise ConfigError(f"{where}: {err}") from None


def import_corrections(store, corrections: list[Correction]) -> list[Correction]:
    """Add corrections (from another store) after this store's own, in their
    order; one already here (same id) is skipped. Returns those added."""
    stored = stored_corrections(store)
    have = {c.id for c in stored}
    seq = max((c.seq for c in stored), default=0) + 1
    added = []
    for c in corrections:
        if c.id in have:
            continue
        have.add(c.id)
        added.append(replace(c, seq=seq, status="new", detail=None, matched=()))
        seq += 1
    if added:
        store.put_records(CORRECTION_KIND, [c.as_record() for c in added])
    return added
