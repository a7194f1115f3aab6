"""The French translation is complete and in step with the code's interface strings."""

from __future__ import annotations

import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from centre_finder.paths import app_root, resource_path


def test_every_interface_string_has_a_french_translation(tmp_path: Path) -> None:
    ts = tmp_path / "check_fr.ts"
    shutil.copy(resource_path("translations", "centre_finder_fr.ts"), ts)
    lupdate = Path(sys.executable).with_name("pyside6-lupdate")
    sources = sorted(str(p) for p in (app_root() / "centre_finder" / "ui").glob("*.py"))
    subprocess.run([str(lupdate), "-no-obsolete", *sources, "-ts", str(ts)], check=True, capture_output=True)
    tree = ET.parse(ts)
    unfinished = [m.find("source").text for m in tree.iter("message")
                  if m.find("translation").get("type") == "unfinished" or not m.find("translation").text]
    assert unfinished == [], "run scripts/update_translations.sh and translate these"
    assert resource_path("translations", "centre_finder_fr.qm").stat().st_size > 1000
