"""Can a file be written there? Asked before writing, so the answer names the path and the reason.

Qt's PDF writer only says `QPainter::begin(): Returned false`; a plain OSError says "Permission denied"
without saying about which folder. `check_writable` tries for real (a file created and removed in the folder)
and `write_problem` turns any OSError into one sentence: which path, and why.
"""

from __future__ import annotations

import contextlib
import errno
import os
from pathlib import Path


class WriteError(OSError):
    """The file cannot be written; str() (and strerror) is the whole message, naming the path and the reason."""

    def __init__(self, message: str, code: int = 0):
        super().__init__(code, message)

    def __str__(self) -> str:
        return self.strerror or "cannot write"


def write_problem(path: Path, exc: OSError) -> WriteError:
    """One clear sentence for an OSError met while writing `path`."""
    if isinstance(exc, WriteError):
        return exc
    path = Path(path)
    folder = path.parent
    reasons = {
        errno.ENOENT: f"the folder {folder} does not exist",
        errno.ENOTDIR: f"{folder} is not a folder",
        errno.EISDIR: f"{path} is a folder",
        errno.EACCES: f"no permission to write in {folder}",
        errno.EPERM: f"no permission to write in {folder}",
        errno.EROFS: f"{folder} is on a read-only disk or file system",
        errno.ENOSPC: f"the disk holding {folder} is full",
        errno.EDQUOT: f"your disk quota on {folder} is used up",
        errno.ENAMETOOLONG: "the name is too long",
    }
    reason = reasons.get(exc.errno or 0, exc.strerror or str(exc))
    return WriteError(f"cannot write {path}: {reason}", exc.errno or 0)


def check_writable(path: Path) -> None:
    """Raise WriteError if `path` cannot be written (missing or read-only folder, no permission, a folder…)."""
    path = Path(path)
    if path.is_dir():
        raise WriteError(f"cannot write {path}: it is a folder; give a file name", errno.EISDIR)
    folder = path.parent
    if not folder.exists():
        raise WriteError(f"cannot write {path}: the folder {folder} does not exist", errno.ENOENT)
    if not folder.is_dir():
        raise WriteError(f"cannot write {path}: {folder} is not a folder", errno.ENOTDIR)
    probe = folder / f".{path.name}.{os.getpid()}.probe"
    try:
        fd = os.open(probe, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except OSError as exc:
        raise write_problem(path, exc) from exc
    os.close(fd)
    with contextlib.suppress(OSError):
        os.unlink(probe)
