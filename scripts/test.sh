#!/usr/bin/env bash
# Installs everything the tests need and runs them (the README's second command).
set -euo pipefail
cd "$(dirname "$0")/.."
python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'
python3 -m pytest -q -p no:cacheprovider "$@"
