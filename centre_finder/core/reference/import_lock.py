"""One import at a time into a database: a lock file next to it, and a work folder that only the lock holder uses.

The lock is a file created with `O_CREAT | O_EXCL` (atomic on every platform, no fcntl/msvcrt) holding who
took it. A second import waits for it, then says clearly that an import is running. A lock left by a killed
import is recognised (its process is gone, or it is older than any import takes) and broken safely. The work
folder has a name of its own (`.centres.db.import-work`), so clearing a leftover one never touches anything
else in the folder (issue 14: a cleanup of every `.update-*` deleted other programs' folders and made
concurrent imports fail).
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import socket
import time
import uuid
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

STALE_AFTER_S = 30 * 60  # no import takes this long (100,000 centres build in about 20 s)
BREAKER_STALE_S = 10.0  # breaking a lock takes milliseconds
POLL_S = 0.1


class ImportBusy(Exception):
    """Another import into the same database is running."""


def lock_path(target: Path) -> Path:
    return Path(target).parent / f".{Path(target).name}.import-lock"


def work_path(target: Path) -> Path:
    return Path(target).parent / f".{Path(target).name}.import-work"


@contextlib.contextmanager
def import_lock(target: Path, *, wait_s: float = 60.0) -> Iterator[Path]:
    """Hold the import lock of `target` (waiting up to `wait_s`); yields an empty work folder of this import."""
    target = Path(target)
    target.parent.mkdir(parents=True, exist_ok=True)
    lock = lock_path(target)
    token = _acquire(lock, wait_s)
    work = work_path(target)
    try:
        shutil.rmtree(work, ignore_errors=True)  # left by a killed import of this database: ours, under the lock
        work.mkdir()
        yield work
    finally:
        shutil.rmtree(work, ignore_errors=True)
        if _owner(lock).get("token") == token:
            with contextlib.suppress(FileNotFoundError):
                lock.unlink()


def _acquire(lock: Path, wait_s: float) -> str:
    token = uuid.uuid4().hex
    owner = {"pid": os.getpid(), "host": socket.gethostname(), "started": time.time(), "token": token}
    deadline = time.monotonic() + wait_s
    while True:
        try:
            fd = os.open(lock, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
        except FileExistsError:
            seen = _owner(lock)
            if _is_stale(lock, seen):
                _break(lock, seen)
                continue
            if time.monotonic() >= deadline:
                raise ImportBusy(_busy_message(lock, seen)) from None
            time.sleep(POLL_S)
            continue
        with os.fdopen(fd, "w", encoding="utf-8") as f:
            json.dump(owner, f)
        return token


def _owner(lock: Path) -> dict:
    try:
        owner = json.loads(lock.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return owner if isinstance(owner, dict) else {}


def _is_stale(lock: Path, owner: dict) -> bool:
    try:
        age = time.time() - lock.stat().st_mtime
    except FileNotFoundError:
        return False  # released meanwhile: try again
    if age > STALE_AFTER_S:
        return True
    if not owner:
        return age > BREAKER_STALE_S  # being written right now, or left empty by a process killed at once
    pid = owner.get("pid")
    return owner.get("host") == socket.gethostname() and isinstance(pid, int) and not _alive(pid)


def _break(lock: Path, seen: dict) -> None:
    """Remove a stale lock, unless someone else took it meanwhile (one breaker at a time)."""
    breaker = lock.with_name(lock.name + ".break")
    try:
        fd = os.open(breaker, os.O_CREAT | os.O_EXCL | os.O_WRONLY, 0o644)
    except FileExistsError:
        with contextlib.suppress(FileNotFoundError):
            if time.time() - breaker.stat().st_mtime > BREAKER_STALE_S:
                breaker.unlink()
        time.sleep(POLL_S)
        return
    try:
        if _owner(lock) == seen:
            with contextlib.suppress(FileNotFoundError):
                lock.unlink()
    finally:
        os.close(fd)
        breaker.unlink()


def _alive(pid: int) -> bool:
    if pid == os.getpid():
        return True
    if os.name == "nt":  # os.kill(pid, 0) would terminate the process on Windows
        import ctypes

        handle = ctypes.windll.kernel32.OpenProcess(0x1000, False, pid)  # PROCESS_QUERY_LIMITED_INFORMATION
        if not handle:
            return False
        code = ctypes.c_ulong()
        ctypes.windll.kernel32.GetExitCodeProcess(handle, ctypes.byref(code))
        ctypes.windll.kernel32.CloseHandle(handle)
        return code.value == 259  # STILL_ACTIVE
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        return True
    return True


def _busy_message(lock: Path, owner: dict) -> str:
    started = owner.get("started")
    since = datetime.fromtimestamp(started).strftime("%H:%M:%S") if isinstance(started, int | float) else "?"
    return (f"une autre importation est en cours dans {lock.parent} (processus {owner.get('pid', '?')}, depuis "
            f"{since}) ; réessayez quand elle sera finie / another import into {lock.parent} is running "
            f"(process {owner.get('pid', '?')}, since {since}); try again when it has finished")
