#!/usr/bin/env bash
# The Debian/Ubuntu packages of the Qt runtime (and Xvfb for headless runs): one dpkg query, and apt only when
# one is missing. When another apt or dpkg holds a lock (unattended upgrades…), wait up to APT_LOCK_WAIT seconds
# instead of failing at once: apt's own DPkg::Lock::Timeout covers dpkg's lock, and `apt-get update`, which
# ignores it for the lists lock, is tried again until the lock is free.
set -euo pipefail

APT_PACKAGES=(
  python3 python3-venv python3-pip
  libegl1 libgl1 libopengl0 libglib2.0-0 libnss3 libnspr4 libxkbcommon0 libxkbcommon-x11-0 libxcomposite1
  libxdamage1 libxrandr2 libxtst6 libxfixes3 libxi6 libxrender1 libxshmfence1 libasound2 libfontconfig1
  libfreetype6 libdbus-1-3 libdrm2 libgbm1 libxcb1 libxcb-cursor0 libxcb-icccm4 libxcb-keysyms1 libxcb-image0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-randr0 libxcb-xkb1 libx11-xcb1 libxkbfile1
  libcups2 libatk1.0-0 libatk-bridge2.0-0 libpango-1.0-0 libcairo2 fonts-dejavu-core xvfb xauth
)
APT_LOCK_WAIT=${APT_LOCK_WAIT:-600}
APT_LOCK_POLL=${APT_LOCK_POLL:-5}

if ! command -v dpkg-query >/dev/null; then
  echo "setup: not a Debian/Ubuntu system; make sure the Qt 6 runtime libraries (X11/xcb, EGL, NSS) are installed"
  exit 0
fi
installed=$(dpkg-query -W -f='${Package} ${db:Status-Status}\n' 2>/dev/null | awk '$2 == "installed" {print $1}') || true
missing=()
for pkg in "${APT_PACKAGES[@]}"; do
  # newer releases renamed some libraries with a t64 suffix (libasound2 → libasound2t64)
  grep -qxF -e "$pkg" -e "${pkg}t64" <<<"$installed" || missing+=("$pkg")
done
[ ${#missing[@]} -eq 0 ] && exit 0

sudo=()
if [ "$(id -u)" -ne 0 ]; then
  if ! command -v sudo >/dev/null; then
    echo "setup: these Debian packages are missing and there is no sudo to install them: ${missing[*]}" >&2
    exit 1
  fi
  sudo=(sudo)
fi
# run an apt-get command; while another apt or dpkg holds one of its locks, wait and try again
deadline=$((SECONDS + APT_LOCK_WAIT))
said_waiting=0
apt_get() {
  local out
  while true; do
    if out=$("${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get -o "DPkg::Lock::Timeout=$APT_LOCK_WAIT" -qq \
             "$@" 2>&1); then
      [ -n "$out" ] && printf '%s\n' "$out"
      return 0
    fi
    if grep -q -e "Could not get lock" -e "Unable to lock" -e "Unable to acquire" <<<"$out" \
       && [ $SECONDS -lt $deadline ]; then
      [ $said_waiting = 1 ] || echo "setup: another apt or dpkg is running; waiting for it to finish…"
      said_waiting=1
      sleep "$APT_LOCK_POLL"
      continue
    fi
    printf '%s\n' "$out" >&2
    return 1
  done
}

echo "Installing Debian packages: ${missing[*]}"
apt_get update
apt_get install -y --no-install-recommends "${missing[@]}" \
  || apt_get install -y --no-install-recommends $(printf '%s\n' "${missing[@]}" | sed 's/^libasound2$/libasound2t64/')
