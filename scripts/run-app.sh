#!/usr/bin/env bash
# Set up (if needed) and start Centre Finder on the bundled database and offline map.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
exec .venv/bin/centre-finder "$@"
