"""Builds in worker processes (a real Dask LocalCluster, the default pool)
give exactly the store of a serial build."""
import json
import sys

import distributed  # in the test extra; chronik itself needs it only for --workers N / --scheduler
import pytest
from click.testing import CliRunner

import chronik
from chronik.cli import cli
from chronik.pipeline import BuildOptions
from tests.link.test_stories import GREEK_CRISIS, UNRELATED, _write_pile, run
from tests.test_build import _pile


@pytest.fixture(scope="module")
def pile_and_serial(tmp_path_factory):
    tmp = tmp_path_factory.mktemp("dask")
    pile = _write_pile(tmp / "pile", GREEK_CRISIS + UNRELATED)
    run("build", pile, "--db", tmp / "serial.db", "--workers", "1")
    return pile, run("export", "--db", tmp / "serial.db", "--format", "json")


def test_workers_2_export_is_byte_identical_to_serial(tmp_path, pile_and_serial):
    pile, serial = pile_and_serial
    out = run("build", pile, "--db", tmp_path / "d.db", "--workers", "2")
    assert out.strip().splitlines()[-1] == "12 articles added, 0 duplicates, 0 files skipped"
    assert run("export", "--db", tmp_path / "d.db", "--format", "json") == serial
    assert len(json.loads(serial)["stories"]) == 2


def test_existing_cluster_through_its_scheduler_with_small_batches(tmp_path, pile_and_serial):
    pile, serial = pile_and_serial
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                                  dashboard_address=":0") as cluster:
        run("build", pile, "--db", tmp_path / "s.db", "--scheduler", cluster.scheduler_address)
        assert run("export", "--db", tmp_path / "s.db", "--format", "json") == serial
        # Batches of 3: four tasks in flight on two workers, stored in order.
        with chronik.open(str(tmp_path / "b.db")) as chron:
            report = chron.add([str(pile)], BuildOptions(scheduler=cluster.scheduler_address, batch_size=3))
        assert report.added == 12
    assert run("export", "--db", tmp_path / "b.db", "--format", "json") == serial


def test_unreachable_scheduler_is_one_line(tmp_path, pile_and_serial):
    pile, _ = pile_and_serial
    result = CliRunner().invoke(cli, ["build", str(pile), "--db", str(tmp_path / "x.db"),
                                      "--scheduler", "tcp://127.0.0.1:1"])
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: cannot use the Dask scheduler at tcp://127.0.0.1:1: "
                                     "[Errno 111] Connection refused")


def test_missing_dask_names_the_extra(tmp_path, pile_and_serial, monkeypatch):
    pile, _ = pile_and_serial
    monkeypatch.setitem(sys.modules, "distributed", None)  # what an install without the extra sees
    result = CliRunner().invoke(cli, ["build", str(pile), "--db", str(tmp_path / "x.db"), "--workers", "2"])
    assert result.exit_code == 1
    assert result.output.strip() == ("Error: --workers 2 runs on Dask, which is not installed: "
                                     "pip install 'chronik[dask]'")


def test_default_pool_for_a_build_of_more_than_one_batch(tmp_path):
    pile = _pile(tmp_path, 70)  # a full batch of 64: the default starts its pool (on more than one core)
    run("build", pile, "--db", tmp_path / "serial.db", "--workers", "1")
    run("build", pile, "--db", tmp_path / "auto.db")
    assert run("export", "--db", tmp_path / "auto.db") == run("export", "--db", tmp_path / "serial.db")
