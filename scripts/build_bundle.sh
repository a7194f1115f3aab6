#!/usr/bin/env bash
# Build the one-folder application: dist/centre-finder/centre-finder.
# Rebuilt only when its inputs changed (installer.spec, pyproject.toml, centre_finder/, resources/, the reference
# database and its sources: their hashes are kept in build/bundle.stamp); `--clean` forces a build from scratch.
set -euo pipefail
cd "$(dirname "$0")/.."
bash scripts/setup.sh bundle

STAMP=build/bundle.stamp
inputs=$(find installer.spec pyproject.toml centre_finder resources db/centres.db db/sources -type f \
           -not -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum | cut -c1-16)
clean=()
[ "${1:-}" = "--clean" ] && clean=(--clean)
if [ ${#clean[@]} -eq 0 ] && [ -x dist/centre-finder/centre-finder ] && [ "$(cat "$STAMP" 2>/dev/null)" = "$inputs" ]
then
  echo "bundle: dist/centre-finder is up to date (inputs unchanged; --clean rebuilds it)"
  exit 0
fi
rm -f "$STAMP"
start=$(date +%s.%N)
.venv/bin/pyinstaller --noconfirm "${clean[@]}" --log-level WARN installer.spec
end=$(date +%s.%N)
mkdir -p build
echo "$inputs" >"$STAMP"
size=$(du -sh dist/centre-finder | cut -f1)
printf 'bundle: dist/centre-finder (%s), built in %.0f s\n' "$size" "$(echo "$end - $start" | bc)"
