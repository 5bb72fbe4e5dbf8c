"""The repo keeps its own copy of the seed acceptance data (gold, scorer, output
contracts) so that a clone with nothing beside it is tested in full; where
../shared/acceptance is there too, the two must not drift apart."""
import os

import pytest

from tests.conftest import ACCEPTANCE, SHARED

FILES = ("README.md", "score.py", "seeds.gold.json")


@pytest.mark.parametrize("name", FILES)
def test_the_repo_copy_equals_the_shared_acceptance_data(name):
    upstream = SHARED / "acceptance" / name
    if not upstream.exists():
        why = f"no ../shared/acceptance/{name} beside the repo to compare with"
        if os.environ.get("CHRONIK_REQUIRE_DATA"):
            pytest.fail(f"{why} (CHRONIK_REQUIRE_DATA is set)")
        pytest.skip(why)
    assert (ACCEPTANCE / name).read_bytes() == upstream.read_bytes(), (
        f"tests/gold/acceptance/{name} differs from ../shared/acceptance/{name}: copy the shared one over")


def test_the_bundled_seeds_are_the_shared_seeds():
    upstream = SHARED / "seeds"
    if not upstream.exists():
        pytest.skip("no ../shared/seeds beside the repo to compare with")
    ours = sorted(p.name for p in (ACCEPTANCE.parent.parent.parent / "examples" / "seeds").glob("*.txt"))
    assert ours == sorted(p.name for p in upstream.glob("*.txt"))
