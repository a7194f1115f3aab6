#!/usr/bin/env bash
# Build the one-folder application from a clean checkout: dist/centre-finder/centre-finder
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh
.venv/bin/python -m pip install -q -e '.[bundle]'
start=$(date +%s.%N)
.venv/bin/pyinstaller --noconfirm --clean --log-level WARN installer.spec
end=$(date +%s.%N)
size=$(du -sh dist/centre-finder | cut -f1)
printf 'bundle: dist/centre-finder (%s), built in %.0f s\n' "$size" "$(echo "$end - $start" | bc)"
