"""Before writing a file: which path, and why it cannot be written."""

from __future__ import annotations

import errno
from pathlib import Path

import pytest

from centre_finder.core.writable import WriteError, check_writable, write_problem


def test_a_writable_place_passes_and_leaves_nothing(tmp_path: Path) -> None:
    check_writable(tmp_path / "sheet.pdf")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(("where", "reason"), [
    ("missing/sheet.pdf", "the folder {tmp}/missing does not exist"),
    ("a-file/sheet.pdf", "{tmp}/a-file is not a folder"),
    ("a-folder", "it is a folder; give a file name"),
])
def test_what_is_wrong_with_the_place_is_said(tmp_path: Path, where: str, reason: str) -> None:
    (tmp_path / "a-file").write_text("x")
    (tmp_path / "a-folder").mkdir()
    with pytest.raises(WriteError) as caught:
        check_writable(tmp_path / where)
    assert str(caught.value) == f"cannot write {tmp_path / where}: {reason.format(tmp=tmp_path)}"


@pytest.mark.parametrize(("code", "reason"), [
    (errno.EACCES, "no permission to write in /srv/out"),
    (errno.EROFS, "/srv/out is on a read-only disk or file system"),
    (errno.ENOSPC, "the disk holding /srv/out is full"),
])
def test_system_errors_become_one_sentence(code: int, reason: str) -> None:
    problem = write_problem(Path("/srv/out/list.csv"), OSError(code, "ignored"))
    assert str(problem) == f"cannot write /srv/out/list.csv: {reason}"
    assert problem.strerror == str(problem) and problem.errno == code  # windows show exc.strerror
