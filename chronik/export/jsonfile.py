"""The JSON export: keys in contract order, whole numbers as integers."""
from __future__ import annotations

import json


def to_json(doc: dict) -> str:
    return json.dumps(doc, ensure_ascii=False, indent=1) + "\n"
