#!/usr/bin/env bash
# Set up (the first time, and after pyproject.toml or the data sources changed) and start Centre Finder on the
# bundled database and offline map. Later starts need no network. Arguments go to `centre-finder`
# (e.g. `--verbose` shows Qt's and Chromium's messages, otherwise kept in the log of the user's data folder).
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/centre-finder "$@"
