#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite headless: lint, then pytest, including the smoke
# test of the PyInstaller bundle, which is built first (set CENTRE_FINDER_SKIP_BUNDLE=1 to skip it).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/ruff check centre_finder tests db scripts benchmarks
if [ "${CENTRE_FINDER_SKIP_BUNDLE:-0}" != "1" ]; then
  bash scripts/build_bundle.sh
fi
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
