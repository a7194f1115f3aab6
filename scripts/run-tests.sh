#!/usr/bin/env bash
# Set up (if needed) and run the whole test suite, headless, plus the linter.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
export QT_QPA_PLATFORM=offscreen
.venv/bin/ruff check centre_finder tests db scripts benchmarks
.venv/bin/python -m pytest "$@"
