"""The quality gate's figures, printed: each benchmark of tests/gold/benchmark_floors.json
run on its reporting (held-out) part, with the floors it falls under.

    python3 benchmarks/gate_figures.py [NAME ...]     # all benchmarks, or the named ones

The same ``scores(part)`` calls tests/gold/test_benchmark_floors.py asserts, as numbers one can
compare before and after a change (run it once per round: these parts are not for tuning).
"""
from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FLOORS = ROOT / "tests" / "gold" / "benchmark_floors.json"


def load_script(script: str):
    """A benchmark script as a module (registered, so dataclasses in it find their module)."""
    spec = importlib.util.spec_from_file_location(f"benchmark_{Path(script).stem}", ROOT / script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def main() -> None:
    sys.path.insert(0, str(ROOT))  # the checkout's chronik, installed or not
    entries = json.loads(FLOORS.read_text(encoding="utf-8"))["benchmarks"]
    for name in sys.argv[1:] or sorted(entries):
        entry = entries[name]
        got = load_script(entry["script"]).scores(entry["part"])
        figures = {k: round(v, 4) for k, v in got.items() if isinstance(v, (int, float))}
        below = {k: f for k, f in entry["floors"].items() if got[k] < f - 1e-9}
        print(name, entry["part"], json.dumps(figures), f"BELOW {below}" if below else "", flush=True)


if __name__ == "__main__":
    main()
