"""Quality gate on the development benchmarks: every figure of each benchmark's
reporting (held-out) part stays at or above its floor in benchmark_floors.json.
The seeds are five articles; these floors are what guards generality."""
import importlib.util
import json
import sys
from pathlib import Path

import pytest

from tests.conftest import ROOT, shared_data

FLOORS = json.loads((Path(__file__).parent / "benchmark_floors.json").read_text(encoding="utf-8"))["benchmarks"]


def _load(script: str):
    spec = importlib.util.spec_from_file_location(f"benchmark_{Path(script).stem}", ROOT / script)
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # dataclasses in the script look their module up
    spec.loader.exec_module(module)
    return module


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_benchmark_stays_above_its_floors(name):
    entry = FLOORS[name]
    for relative in entry["data"]:
        shared_data(relative)
    got = _load(entry["script"]).scores(entry["part"])
    below = [f"{figure} {got[figure]:.3f} < floor {floor}" for figure, floor in sorted(entry["floors"].items())
             if got[figure] < floor - 1e-9]
    assert not below, f"{name} ({entry['part']} part): " + "; ".join(below)
