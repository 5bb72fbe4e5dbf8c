"""Quality gate on the development benchmarks: every figure of each benchmark's
reporting (held-out) part stays at or above its floor in benchmark_floors.json.
The seeds are five articles; these floors are what guards generality."""
import json
from pathlib import Path

import pytest

from benchmarks.gate_figures import load_script
from tests.conftest import shared_data

FLOORS = json.loads((Path(__file__).parent / "benchmark_floors.json").read_text(encoding="utf-8"))["benchmarks"]


@pytest.mark.parametrize("name", sorted(FLOORS))
def test_benchmark_stays_above_its_floors(name):
    entry = FLOORS[name]
    for relative in entry["data"]:
        shared_data(relative)
    got = load_script(entry["script"]).scores(entry["part"])
    below = [f"{figure} {got[figure]:.3f} < floor {floor}" for figure, floor in sorted(entry["floors"].items())
             if got[figure] < floor - 1e-9]
    assert not below, f"{name} ({entry['part']} part): " + "; ".join(below)
