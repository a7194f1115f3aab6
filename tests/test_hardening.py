"""Hostile conditions around the app: no network, a hanging proxy, two instances, full disks, privacy."""

from __future__ import annotations

import os
import resource
import shutil
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from centre_finder import paths
from centre_finder.core.reference import database
from centre_finder.core.reference.build import build_database
from centre_finder.core.referral.userdb import UserData

PY = [sys.executable, "-m", "centre_finder"]


def env_with(home: Path, **extra: str) -> dict[str, str]:
    return {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CENTRE_FINDER_HOME": str(home), **extra}


def painted_seconds(stderr: str) -> float:
    line = next(x for x in stderr.splitlines() if "map painted after" in x)
    return float(line.split("map painted after ")[1].split(" s")[0])


@pytest.fixture
def hanging_proxy():
    """A proxy that accepts connections and never answers."""
    server = socket.socket()
    server.bind(("127.0.0.1", 0))
    server.listen(50)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        server.settimeout(0.2)
        while not stop.is_set():
            try:
                held.append(server.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    server.close()


def test_start_is_not_slowed_by_no_network_or_a_hanging_proxy(tmp_path: Path, built_db: Path,
                                                              hanging_proxy: str) -> None:
    """The app never waits on the network: painted time with no network or a dead proxy is about the same.

    A wait on the network would cost a connection timeout (tens of seconds); the bound is deliberately loose.
    """
    args = [*PY, "screenshot", "--out", str(tmp_path / "s.png"), "--query", "lupus", "--near", "Pessac",
            "--db", str(built_db)]
    normal = subprocess.run(args, capture_output=True, text=True, env=env_with(tmp_path / "h1"), timeout=120)
    assert normal.returncode == 0, normal.stderr[-2000:]
    proxied = subprocess.run(args, capture_output=True, text=True, timeout=120, env=env_with(
        tmp_path / "h2", http_proxy=hanging_proxy, https_proxy=hanging_proxy, HTTP_PROXY=hanging_proxy,
        HTTPS_PROXY=hanging_proxy, all_proxy=hanging_proxy))
    assert proxied.returncode == 0, proxied.stderr[-2000:]
    assert "0 request(s) outside the application" in proxied.stderr
    assert painted_seconds(proxied.stderr) < painted_seconds(normal.stderr) + 10
    if subprocess.run(["unshare", "-n", "true"], capture_output=True).returncode == 0:
        isolated = subprocess.run(["unshare", "-n", *args], capture_output=True, text=True, timeout=120,
                                  env=env_with(tmp_path / "h3"))
        assert isolated.returncode == 0, isolated.stderr[-2000:]
        assert painted_seconds(isolated.stderr) < painted_seconds(normal.stderr) + 10


def test_geocoding_through_a_hanging_proxy_times_out_fast_and_falls_back(tmp_path: Path,
                                                                         hanging_proxy: str,
                                                                         monkeypatch: pytest.MonkeyPatch) -> None:
    from centre_finder.core.reference.geocoding import GeocodeCache, Geocoder, make_geocoders

    for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY"):
        monkeypatch.setenv(name, hanging_proxy)
    geocoder = Geocoder(make_geocoders(timeout=1.5), GeocodeCache(tmp_path / "c.db"))
    start = time.monotonic()
    positions = [geocoder.locate(f"{i} rue de la Paix", "62400", "Béthune") for i in range(10)]
    elapsed = time.monotonic() - start
    assert all(p.precision == "city" for p in positions)
    assert elapsed < 15, "one timeout, then offline for the rest of the import"


def _writer(path: str, prefix: str, count: int) -> None:
    notes = UserData(Path(path))
    for i in range(count):
        notes.set_note(f"{prefix}-{i}", f"{prefix} note {i}")
        notes.set_favourite(f"{prefix}-{i}", True)
    notes.close()


def test_two_instances_writing_notes_at_once_lose_nothing(tmp_path: Path) -> None:
    path = tmp_path / "user.db"
    UserData(path).close()
    code = "import sys; from tests.test_hardening import _writer; _writer(sys.argv[1], sys.argv[2], 150)"
    procs = [subprocess.Popen([sys.executable, "-c", code, str(path), f"desk{n}"], cwd=paths.app_root())
             for n in (1, 2)]
    assert [p.wait(timeout=120) for p in procs] == [0, 0]
    notes = UserData(path)
    assert len(notes.notes()) == 300 and len(notes.favourites()) == 300
    notes.close()


def test_reference_update_while_another_instance_reads(tmp_path: Path, built_db: Path) -> None:
    target = tmp_path / "centres.db"
    shutil.copy(built_db, target)
    reader = database.load(target)
    before = len(reader.centres)
    centres = (paths.sources_dir() / "centres.csv").read_text(encoding="utf-8").splitlines()
    update = tmp_path / "update.csv"
    update.write_text("\n".join(line for line in centres if not line.startswith("angers-chu-pediatrie,")) + "\n",
                      encoding="utf-8")
    proc = subprocess.run([*PY, "import", str(update), "--db", str(target), "--yes", "--offline"],
                          capture_output=True, text=True, timeout=120, env=env_with(tmp_path / "h"))
    assert proc.returncode == 0, proc.stderr
    # the open instance still reads a consistent database (its file was replaced, not rewritten)
    assert reader.conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert reader.conn.execute("select count(*) from centres").fetchone()[0] == before
    reader.close()
    fresh = database.load(target)
    assert len(fresh.centres) == before - 1
    fresh.close()


def _limited(limit_bytes: int):
    def apply() -> None:
        resource.setrlimit(resource.RLIMIT_FSIZE, (limit_bytes, limit_bytes))
        import signal

        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # a full disk: writes fail with an error instead

    return apply


def test_full_disk_during_an_import_changes_nothing(tmp_path: Path, built_db: Path) -> None:
    target = tmp_path / "centres.db"
    shutil.copy(built_db, target)
    before = target.read_bytes()
    centres = (paths.sources_dir() / "centres.csv").read_text(encoding="utf-8").replace("Pr Luc Mouthon",
                                                                                        "Pr Autre")
    update = tmp_path / "update.csv"
    update.write_text(centres, encoding="utf-8")
    proc = subprocess.run([*PY, "import", str(update), "--db", str(target), "--yes", "--offline"],
                          capture_output=True, text=True, timeout=120, env=env_with(tmp_path / "h"),
                          preexec_fn=_limited(200_000))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr and "error" in proc.stderr.lower()
    assert target.read_bytes() == before
    assert database.load(target).centres


def test_full_disk_during_a_pdf_save_leaves_no_partial_file(tmp_path: Path, built_db: Path) -> None:
    out = tmp_path / "sheet.pdf"
    proc = subprocess.run([*PY, "referral", "--centre", "paris-pitie-mi2-crmr-lupus", "--out", str(out), "--db",
                           str(built_db)], capture_output=True, text=True, timeout=120,
                          env=env_with(tmp_path / "h"), preexec_fn=_limited(2_000))
    assert proc.returncode == 1, proc.stderr
    assert "cannot write" in proc.stderr and "Traceback" not in proc.stderr
    assert not out.exists() and not list(tmp_path.glob(".sheet.pdf.*"))


def test_user_data_folder_that_cannot_be_created(tmp_path: Path, built_db: Path) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    home = blocker / "centre-finder"
    proc = subprocess.run([*PY, "referral", "--centre", "paris-pitie-mi2-crmr-lupus", "--out",
                           str(tmp_path / "s.pdf"), "--db", str(built_db)], capture_output=True, text=True,
                          timeout=120, env=env_with(home))
    assert proc.returncode == 0, proc.stderr
    changed = tmp_path / "changed.csv"
    changed.write_text((paths.sources_dir() / "centres.csv").read_text(encoding="utf-8").replace(
        "Pr Luc Mouthon", "Pr Autre"), encoding="utf-8")
    proc = subprocess.run([*PY, "import", str(changed), "--offline", "--yes"],
                          capture_output=True, text=True, timeout=120, env=env_with(home))
    assert proc.returncode == 1 and "Traceback" not in proc.stderr and "error" in proc.stderr


def test_privacy_no_note_or_patient_data_outside_the_user_database(tmp_path: Path, built_db: Path) -> None:
    home = tmp_path / "home"
    notes = UserData(home / "user.db")
    secret = "NOTE-SECRET-4821"
    notes.set_note("paris-cochin-mi-crmr-idf", secret)
    notes.close()
    out = tmp_path / "sheet.pdf"
    proc = subprocess.run([*PY, "referral", "--centre", "paris-cochin-mi-crmr-idf", "--out", str(out),
                           "--patient-initials", "PATIENT-7731", "--db", str(built_db)],
                          capture_output=True, text=True, timeout=120, env=env_with(home))
    assert proc.returncode == 0
    assert secret not in proc.stdout + proc.stderr and "PATIENT-7731" not in proc.stdout + proc.stderr
    for path in home.rglob("*"):
        if path.is_file() and not path.name.startswith("user.db"):
            content = path.read_bytes()
            assert secret.encode() not in content and b"PATIENT-7731" not in content, path
    # the only log is Qt's and Chromium's messages (checked above: no note, no patient data in it)
    assert {p.name for p in home.rglob("*.log")} <= {"centre-finder.log"}
    build_database(paths.sources_dir(), tmp_path / "rebuilt.db")
    assert UserData(home / "user.db").note("paris-cochin-mi-crmr-idf") == secret
