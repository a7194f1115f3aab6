"""The core knows no Qt: it imports and searches with PySide6 made unimportable."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def test_core_and_cli_import_without_qt(built_db: Path) -> None:
    code = (
        "import sys; sys.modules['PySide6'] = None\n"
        "import importlib, pkgutil, centre_finder.core as core\n"
        "for m in pkgutil.walk_packages(core.__path__, 'centre_finder.core.'): importlib.import_module(m.name)\n"
        "from centre_finder.cli import main\n"
        f"sys.exit(main(['search', 'lupus', '--json', '--db', {str(built_db)!r}]))\n"
    )
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "PySide6" not in proc.stderr
