#!/usr/bin/env bash
# Refresh the French translation after changing interface strings: extract (keeps existing
# translations), then compile. Translate new "unfinished" entries in the .ts (e.g. with Qt Linguist).
set -euo pipefail
cd "$(dirname "$0")/.."
.venv/bin/pyside6-lupdate -no-obsolete centre_finder/ui/*.py -ts resources/translations/centre_finder_fr.ts
.venv/bin/pyside6-lrelease resources/translations/centre_finder_fr.ts -qm resources/translations/centre_finder_fr.qm
