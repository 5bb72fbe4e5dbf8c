"""``python3 -m chronik``: the same as the ``chronik`` command."""
from chronik.cli import main

main()
