"""One CSV file per list of the export; lists inside a row are joined with '|'."""
from __future__ import annotations

import csv
import json
from pathlib import Path


def _cell(value) -> str:
    if value is None:
        return ""
    if isinstance(value, list):
        return "|".join(_cell(v) if not isinstance(v, (dict, list)) else json.dumps(v, ensure_ascii=False)
                        for v in value)
    if isinstance(value, bool):
        return "true" if value else "false"
    return str(value)


def write_csv(doc: dict, folder: Path) -> list[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    written = []
    for name, rows in doc.items():
        path = folder / f"{name}.csv"
        fields = list(rows[0]) if rows else []
        with path.open("w", encoding="utf-8", newline="") as f:
            writer = csv.writer(f, lineterminator="\n")
            writer.writerow(fields)
            for row in rows:
                writer.writerow([_cell(row[k]) for k in fields])
        written.append(path)
    return written
