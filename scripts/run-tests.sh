#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite headless: lint, then pytest, including the smoke
# test of the PyInstaller bundle, which is built first (set CENTRE_FINDER_SKIP_BUNDLE=1 to skip it).
# A second run repeats no set-up: packages, database and bundle are rebuilt only when their inputs changed.
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
.venv/bin/python -m pytest "$@"
