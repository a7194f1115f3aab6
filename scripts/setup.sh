#!/usr/bin/env bash
# Set up everything Centre Finder needs on a Debian/Ubuntu machine, idempotently:
# the Qt runtime libraries (apt), a virtual environment with the app and its test tools (pip),
# and the reference database built from db/sources.
set -euo pipefail
cd "$(dirname "$0")/.."

APT_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libopengl0 libglib2.0-0 libnss3 libnspr4 libxkbcommon0 libxkbcommon-x11-0 libxcomposite1
  libxdamage1 libxrandr2 libxtst6 libxfixes3 libxi6 libxrender1 libxshmfence1 libasound2 libfontconfig1
  libfreetype6 libdbus-1-3 libdrm2 libgbm1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libx11-xcb1 libxkbfile1
  libcups2 libatk1.0-0 libatk-bridge2.0-0 libpango-1.0-0 libcairo2 fonts-dejavu-core xvfb xauth
)
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
done
if [ ${#missing[@]} -gt 0 ]; then
  SUDO=""
  [ "$(id -u)" -ne 0 ] && SUDO="sudo"
  echo "Installing Debian packages: ${missing[*]}"
  $SUDO apt-get update -qq
  # libasound2 was renamed libasound2t64 on newer releases: let apt pick whichever exists
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" \
    || DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends \
         $(printf '%s\n' "${missing[@]}" | sed 's/^libasound2$/libasound2t64/')
fi

PYTHON="${PYTHON:-python3}"
if [ ! -x .venv/bin/python ]; then
  "$PYTHON" -m venv .venv
fi
.venv/bin/python -m pip install -q --upgrade pip
.venv/bin/python -m pip install -q -e '.[test]'

.venv/bin/centre-finder build-db
