#!/usr/bin/env bash
# Set up (if needed) and run the test suite headless: lint, then pytest, including the smoke test of the
# PyInstaller bundle, which is built first (set CENTRE_FINDER_SKIP_BUNDLE=1 to skip it).
#
# A second run repeats no work: packages, database and bundle are rebuilt only when their inputs changed, and the
# tests that run are those the changes since the last run can affect (scripts/test_selection.py: pytest-testmon
# for the Python code each test ran; the tests that start processes again when the app's code changed; every
# test after a change of data, resources, scripts or packages, and on a first run, so on every CI run).
#   bash scripts/run-tests.sh --all      every test, whatever changed
#   bash scripts/run-tests.sh tests/ui   the tests named (pytest's arguments), nothing recorded
set -euo pipefail
cd "$(dirname "$0")/.."
bundle=1
[ "${CENTRE_FINDER_SKIP_BUNDLE:-0}" = "1" ] && bundle=0
if [ $bundle = 1 ]; then bash scripts/setup.sh test bundle; else bash scripts/setup.sh test; fi
export CENTRE_FINDER_SET_UP=1  # tests/test_scripts.py: a second setup must then need no network
.venv/bin/ruff check centre_finder tests db scripts benchmarks
if [ $bundle = 1 ]; then
  bash scripts/build_bundle.sh
  export CENTRE_FINDER_BUNDLE_BUILT=1
fi
export QT_QPA_PLATFORM=offscreen
export TESTMON_DATAFILE="$PWD/.venv/testmondata"
if [ $# -gt 0 ] && [ "$1" != "--all" ]; then
  exec .venv/bin/python -m pytest "$@"
fi
[ "${1:-}" = "--all" ] && .venv/bin/python scripts/test_selection.py forget
{ read -r mode; read -r spawning; } < <(.venv/bin/python scripts/test_selection.py plan)
case $mode in
  full) rm -f "$TESTMON_DATAFILE"*
        echo "Tests: all of them (a first run here, or data, resources, scripts or packages changed)." ;;
  *) echo "Tests: those the changes since the last run can affect (pytest-testmon); --all runs every test." ;;
esac
set +e
.venv/bin/python -m pytest --testmon
rc=$?
set -e
[ $rc = 5 ] && rc=0  # nothing to run: nothing changed
[ $rc -le 1 ] && .venv/bin/python scripts/test_selection.py record inputs
if [ "$mode" = spawns ]; then
  echo "Tests that start processes (the app, the CLI, the bundle): again, as the app's code changed."
  set +e
  # shellcheck disable=SC2086  # a list of paths
  .venv/bin/python -m pytest -p no:testmon $spawning
  spawned=$?
  set -e
  [ $spawned = 0 ] && .venv/bin/python scripts/test_selection.py record app
  [ $spawned != 0 ] && [ $rc = 0 ] && rc=$spawned
elif [ "$mode" = full ] && [ $rc = 0 ]; then
  .venv/bin/python scripts/test_selection.py record app
fi
exit $rc
