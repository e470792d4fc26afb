#!/usr/bin/env bash
# Install what the tests need (system libraries for Qt, a virtual environment with the dev
# extras) and run every check CI runs: ruff, mypy, the import contracts, pytest.
# Usage: ./test.sh [extra pytest arguments]
set -euo pipefail
cd "$(dirname "$0")"
source scripts/setup-env.sh dev

echo "== ruff" && ruff check . && ruff format --check .
echo "== mypy" && mypy
echo "== import contracts" && lint-imports
echo "== packaging" && scripts/ci-package.sh
echo "== pytest"
set +e
QT_QPA_PLATFORM=offscreen python -m pytest "$@"
rc=$?
set -e
if [ "$rc" -eq 5 ]; then
    echo "pytest collected no tests: failing on purpose" >&2
    exit 1
fi
exit "$rc"
