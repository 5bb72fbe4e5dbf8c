"""Quality gate: build the seeds, score the export with the acceptance scorer
(the repo's copy in tests/gold/acceptance),
and fail when any area falls below the floors pinned in floors.json."""
import json
import re
import subprocess
import sys
from pathlib import Path

import pytest
from click.testing import CliRunner

from chronik.cli import cli
from tests.conftest import ACCEPTANCE, SEEDS

SCORER = ACCEPTANCE / "score.py"
GOLD = ACCEPTANCE / "seeds.gold.json"
FLOORS = json.loads((Path(__file__).parent / "floors.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def score_line(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("gate")
    runner = CliRunner()
    assert runner.invoke(cli, ["build", str(SEEDS), "--db", str(tmp / "s.db")]).exit_code == 0
    assert runner.invoke(cli, ["export", "--db", str(tmp / "s.db"), "--output", str(tmp / "s.json")]).exit_code == 0
    out = subprocess.run([sys.executable, str(SCORER), str(tmp / "s.json"), str(GOLD)],
                         capture_output=True, text=True, check=True).stdout
    return out.strip().splitlines()[-1]


def test_overall_score_and_forbidden_items(score_line):
    overall = float(re.match(r"score (-?[\d.]+)", score_line).group(1))
    forbidden = int(re.search(r"forbidden items (\d+)", score_line).group(1))
    assert overall >= FLOORS["overall"] - 1e-9, score_line
    assert forbidden <= FLOORS["forbidden_max"], score_line


@pytest.mark.parametrize("area", sorted(FLOORS["areas"]))
def test_area_floor(score_line, area):
    m = re.search(rf"\b{area} (\d+)/(\d+)", score_line)
    assert m, f"{area} missing from {score_line}"
    hit, total = int(m.group(1)), int(m.group(2))
    assert hit / total >= FLOORS["areas"][area] - 1e-9, score_line
