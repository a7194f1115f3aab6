#!/usr/bin/env bash
# Set up what Centre Finder needs on a Debian/Ubuntu machine, once: the Qt runtime libraries (apt, only if
# missing: scripts/debian-packages.sh), a virtual environment with the app (pip), and the reference database
# built from db/sources. Arguments name extras to install as well: `test`, `bundle`.
#
# Runs again only what changed: .venv/centre-finder-setup.stamp keeps the hashes of pyproject.toml (the
# packages), of db/sources and the core code (the database) and the extras installed. When nothing changed it
# takes a fraction of a second and needs no network: the package index is only asked at the first setup and
# after a change of pyproject.toml.
set -euo pipefail
cd "$(dirname "$0")/.."

STAMP=.venv/centre-finder-setup.stamp

# --- the stamp -------------------------------------------------------------------------------------------------
stamp_get() { [ -f "$STAMP" ] && sed -n "s/^$1=//p" "$STAMP" || true; }
stamp_set() {
  local rest
  rest=$( [ -f "$STAMP" ] && grep -v "^$1=" "$STAMP" || true)
  printf '%s\n%s=%s\n' "$rest" "$1" "$2" | sed '/^$/d' >"$STAMP.tmp" && mv "$STAMP.tmp" "$STAMP"
}
hash_files() { find "$@" -type f -not -path '*/__pycache__/*' -print0 | sort -z | xargs -0 sha256sum | sha256sum \
               | cut -c1-16; }

bash scripts/debian-packages.sh

PYTHON="${PYTHON:-python3}"
if ! .venv/bin/python -c '' 2>/dev/null; then  # missing, or its Python was removed or upgraded
  rm -rf .venv
  "$PYTHON" -m venv .venv
  .venv/bin/python -m pip install -q --upgrade pip || echo "setup: pip not upgraded (no package index?)" >&2
fi

# --- Python packages: again only when pyproject.toml changed or new extras are asked for -------------------------
packages=$(hash_files pyproject.toml)
installed=""
[ "$(stamp_get packages)" = "$packages" ] && installed=$(stamp_get extras)
wanted=$(printf '%s\n' "$@" ${installed//,/ } | sed '/^$/d' | sort -u | paste -sd, -)
if [ "$(stamp_get packages)" != "$packages" ] || [ "$installed" != "$wanted" ]; then
  spec="."
  [ -n "$wanted" ] && spec=".[$wanted]"
  echo "Installing Python packages: -e '$spec'"
  if ! .venv/bin/python -m pip install -q -e "$spec"; then
    echo "setup: pip could not install the packages. The first setup (and the one after a change of" >&2
    echo "pyproject.toml) needs the Python package index (PyPI); after that the app starts offline." >&2
    exit 1
  fi
  stamp_set extras "$wanted"
  stamp_set packages "$packages"
fi

# --- the reference database: rebuilt when its sources or the code that builds it changed ----------------------------
sources=$(hash_files db/sources centre_finder/__init__.py centre_finder/core/{labels,models,text}.py \
          centre_finder/core/{reference,vocabulary,phenotypes} centre_finder/core/search/ranking.py)
if [ ! -f db/centres.db ] || [ "$(stamp_get database)" != "$sources" ]; then
  .venv/bin/centre-finder build-db
  stamp_set database "$sources"
fi
