"""The CLI as the review tests call it: real commands through click's runner."""
from click.testing import CliRunner

from chronik.cli import cli


def run(*args, ok=True):
    """The result of ``chronik ARGS``; asserts success unless ``ok`` is False."""
    result = CliRunner().invoke(cli, [str(a) for a in args])
    if ok:
        assert result.exit_code == 0, result.output + result.stderr
    return result


def out(*args) -> str:
    """What a successful ``chronik ARGS`` writes to standard output."""
    return run(*args).stdout
