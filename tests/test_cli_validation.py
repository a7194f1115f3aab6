"""One validation for every command, centres named by row number or id prefix, no display, unwritable outputs.

The commands run on a real database with a temporary user data folder: those that start Qt (the window,
screenshot, referral) as subprocesses, since they take over the process's standard error; search and export here.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from centre_finder import cli
from centre_finder.cli_query import OptionError, resolve_centre, save_last_search


@pytest.fixture(autouse=True)
def user_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("CENTRE_FINDER_HOME", str(tmp_path / "home"))
    return tmp_path / "home"


def run(*args: str, env: dict[str, str] | None = None, timeout: float = 120) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "centre_finder", *args], capture_output=True, text=True,
                          timeout=timeout, env=env)


# -- the same option gets the same answer from every command ------------------------------------------------------
BAD_OPTIONS = [
    (["--region", "Narnia"], "unknown region 'Narnia'"),
    (["--radius", "50"], "--radius needs --near"),
    (["--near", "99999"], "unknown postal code: 99999"),
    (["--near", "Atlantis"], "unknown location: Atlantis"),
]


def main(capsys: pytest.CaptureFixture[str], *args: str) -> tuple[int, str, str]:
    """The command in this process (search and export start no Qt): exit code, stdout, stderr."""
    code = cli.main(list(args))
    out, err = capsys.readouterr()
    return code, out, err


@pytest.mark.parametrize(("options", "message"), BAD_OPTIONS)
def test_search_and_export_refuse_the_same_options_alike(built_db: Path, tmp_path: Path, options: list[str],
                                                         message: str, capsys: pytest.CaptureFixture[str]) -> None:
    search = main(capsys, "search", "lupus", *options, "--db", str(built_db))
    out = tmp_path / "list.csv"
    export = main(capsys, "export", "lupus", *options, "--out", str(out), "--db", str(built_db))
    assert search[0] == export[0] == 2, (search, export)
    assert message in search[2] and search[2] == export[2]
    assert not out.exists() and search[1] == ""


def test_screenshot_refuses_an_unknown_place_before_drawing(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "shot.png"
    proc = run("screenshot", "--near", "99999", "--out", str(out), "--db", str(built_db))
    assert proc.returncode == 2 and "unknown postal code: 99999" in proc.stderr
    assert not out.exists()


def test_export_keeps_its_filters_like_search(built_db: Path, tmp_path: Path,
                                              capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "list.csv"
    code, _, err = main(capsys, "export", "lupus", "--near", "33600", "--radius", "50", "--out", str(out), "--db",
                        str(built_db))
    assert code == 0, err
    rows = out.read_text(encoding="utf-8-sig").splitlines()[1:]
    assert rows and all("Bordeaux" in r or "Pessac" in r for r in rows), rows  # the radius is applied


# -- naming a centre ----------------------------------------------------------------------------------------------
def test_the_table_shows_ids_and_the_row_number_names_the_centre(built_db: Path, tmp_path: Path,
                                                                  capsys: pytest.CaptureFixture[str]) -> None:
    code, table, err = main(capsys, "search", "sclérodermie", "--near", "62400", "--ids", "--db", str(built_db))
    assert code == 0, err
    first_row = table.splitlines()[1]
    assert first_row.split()[:2] == ["1", "lille-huriez-mi-crmr-ceraino"]
    assert "--centre 1" in err  # the hint says how to use it
    out = tmp_path / "sheet.pdf"
    proc = run("referral", "--centre", "1", "--out", str(out), "--db", str(built_db),
               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 0, proc.stderr
    from pypdf import PdfReader

    text = "".join(page.extract_text() for page in PdfReader(str(out)).pages)
    assert "Lille" in text and "Huriez" in text


def test_rows_prefixes_and_ids_resolve(reference, user_home: Path) -> None:
    save_last_search(["toulouse-ccmr-mai", "bordeaux-chu-reso"], "lupus")
    assert json.loads((user_home / "last-search.json").read_text(encoding="utf-8"))["ids"][1] == "bordeaux-chu-reso"
    assert resolve_centre("2", reference) == "bordeaux-chu-reso"
    assert resolve_centre("bordeaux-chu-reso", reference) == "bordeaux-chu-reso"
    assert resolve_centre("lille-huriez-mi", reference) == "lille-huriez-mi-crmr-ceraino"
    with pytest.raises(OptionError, match="no row 3"):
        resolve_centre("3", reference)
    with pytest.raises(OptionError, match=r"starts \d+ centre ids; which one\?") as ambiguous:
        resolve_centre("paris", reference)
    assert "paris-cochin-mi-crmr-idf" in str(ambiguous.value)
    with pytest.raises(OptionError, match="unknown centre"):
        resolve_centre("atlantis-hospital", reference)


def test_a_row_number_without_a_last_search_says_what_to_do(built_db: Path, tmp_path: Path) -> None:
    proc = run("referral", "--centre", "2", "--out", str(tmp_path / "x.pdf"), "--db", str(built_db))
    assert proc.returncode == 2 and "no last search" in proc.stderr
    proc = run("screenshot", "--select", "paris", "--out", str(tmp_path / "x.png"), "--db", str(built_db))
    assert proc.returncode == 2 and "which one?" in proc.stderr
    assert not (tmp_path / "x.pdf").exists() and not (tmp_path / "x.png").exists()


# -- no display ---------------------------------------------------------------------------------------------------
def test_the_window_without_a_display_says_so_and_how_to_get_one(built_db: Path) -> None:
    env = {k: v for k, v in os.environ.items() if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM")}
    proc = run("gui", "--db", str(built_db), env=env, timeout=30)
    assert proc.returncode == 1
    assert "no display" in proc.stderr and "xvfb-run -a" in proc.stderr and "desktop session" in proc.stderr
    bare = subprocess.run([sys.executable, "-m", "centre_finder"], capture_output=True, text=True, timeout=30, env=env)
    assert bare.returncode == 1 and "no display" in bare.stderr


# -- outputs that cannot be written -------------------------------------------------------------------------------
def test_a_referral_to_a_missing_folder_names_the_folder(built_db: Path, tmp_path: Path) -> None:
    out = tmp_path / "nowhere" / "sheet.pdf"
    proc = run("referral", "--centre", "bordeaux-chu-reso", "--out", str(out), "--db", str(built_db),
               env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"error: cannot write {out}: the folder {out.parent} does not exist"
    assert "QPainter" not in proc.stderr


def test_an_export_onto_a_folder_says_so(built_db: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    code, _, err = main(capsys, "export", "lupus", "--out", str(tmp_path), "--db", str(built_db))
    assert code == 1 and f"cannot write {tmp_path}: it is a folder" in err


def test_the_log_is_kept_unless_verbose(built_db: Path, tmp_path: Path, user_home: Path) -> None:
    log = user_home / "logs" / "centre-finder.log"
    out = tmp_path / "nowhere" / "sheet.pdf"  # fails before Qt starts: quick
    run("--verbose", "referral", "--centre", "bordeaux-chu-reso", "--out", str(out), "--db", str(built_db))
    assert not log.exists(), "--verbose leaves Qt's messages on the terminal"
    proc = run("referral", "--centre", "bordeaux-chu-reso", "--out", str(out), "--db", str(built_db))
    assert "centre-finder referral" in log.read_text(encoding="utf-8")
    assert "does not exist" in proc.stderr, "the app's own messages still reach the terminal"
