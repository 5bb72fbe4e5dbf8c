#!/usr/bin/env bash
# Installs everything the tests need and runs them (the README's second command):
# Debian's chromium (browser tests) and postgresql (PostgreSQL store tests), then
# the Python packages, then pytest.
set -euo pipefail
cd "$(dirname "$0")/.."

missing=()
command -v chromium >/dev/null 2>&1 || missing+=(chromium)
ls /usr/lib/postgresql/*/bin/initdb >/dev/null 2>&1 || missing+=(postgresql)
if [ ${#missing[@]} -gt 0 ]; then
    sudo=""
    [ "$(id -u)" -eq 0 ] || sudo="sudo"
    echo "installing ${missing[*]} with apt-get" >&2
    $sudo apt-get update -qq
    DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq "${missing[@]}" >/dev/null
fi

python3 -m pip install --quiet --disable-pip-version-check -e '.[test]'

# The browser and database tests fail (not skip) when these were meant to run.
export CHRONIK_REQUIRE_BROWSER=1 CHRONIK_REQUIRE_POSTGRES=1
python3 -m pytest -q -p no:cacheprovider "$@"
