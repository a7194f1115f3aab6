"""One import at a time per database, and an import touches nothing in the folder but its own files.

Issue 14: an import deleted every `.update-*` folder next to the target (`mkdir D/.update-notifier` was gone),
and the same cleanup made two concurrent imports into one folder fail (7 of 10, 3 with a traceback).
"""

from __future__ import annotations

import json
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

from centre_finder import paths
from centre_finder.core.reference import database
from centre_finder.core.reference.import_lock import import_lock, lock_path, work_path
from centre_finder.core.reference.updates import UpdateError, apply_update, plan_update


@pytest.fixture
def folder(tmp_path: Path, built_db: Path) -> Path:
    folder = tmp_path / "D"
    folder.mkdir()
    shutil.copy(built_db, folder / "centres.db")
    return folder


def changed_centres(tmp_path: Path, coordinator: str) -> Path:
    update = tmp_path / f"update-{coordinator.replace(' ', '-')}.csv"
    text = (paths.sources_dir() / "centres.csv").read_text(encoding="utf-8")
    update.write_text(text.replace("Pr Luc Mouthon", coordinator), encoding="utf-8")
    return update


def import_cli(update: Path, db: Path, home: Path) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "centre_finder", "import", str(update), "--db", str(db), "--yes",
                             "--offline"], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            env={**__import__("os").environ, "CENTRE_FINDER_HOME": str(home)})


def test_an_import_leaves_other_folders_alone(tmp_path: Path, folder: Path) -> None:
    other = folder / ".update-notifier"
    other.mkdir()
    (other / "state.json").write_text("{}")
    plan = plan_update(changed_centres(tmp_path, "Pr Autre"), folder / "centres.db")
    apply_update(plan)
    assert (other / "state.json").read_text() == "{}"
    assert sorted(p.name for p in folder.iterdir()) == [".update-notifier", "backups", "centres.db"]


def test_concurrent_imports_into_one_folder_all_end_cleanly(tmp_path: Path, folder: Path) -> None:
    """Six imports into the same database and two into another one of the same folder, all at once (real
    processes): each either applies (one after the other) or says an import is running; never a traceback."""
    jobs = [import_cli(changed_centres(tmp_path, f"Pr Numero {n}"), folder / "centres.db", tmp_path / f"h{n}")
            for n in range(6)]
    shutil.copy(folder / "centres.db", folder / "other.db")
    jobs += [import_cli(changed_centres(tmp_path, f"Pr Autre {n}"), folder / "other.db", tmp_path / f"o{n}")
             for n in range(2)]
    results = [(job.wait(timeout=300), job.stderr.read()) for job in jobs]
    for code, err in results:
        assert "Traceback" not in err, err
        assert code == 0 or "another import into" in err, err
    assert sum(code == 0 for code, _ in results) >= 2
    for name in ("centres.db", "other.db"):
        data = database.load(folder / name)
        assert "Pr Numero" in data.centres["paris-cochin-mi-crmr-idf"].coordinator or name == "other.db"
        data.close()
    assert not lock_path(folder / "centres.db").exists() and not work_path(folder / "centres.db").exists()
    assert {p.name for p in folder.iterdir()} == {"backups", "centres.db", "other.db"}


def test_a_running_import_is_said_clearly(tmp_path: Path, folder: Path) -> None:
    target = folder / "centres.db"
    plan = plan_update(changed_centres(tmp_path, "Pr Autre"), target)
    before = target.read_bytes()
    with import_lock(target), pytest.raises(UpdateError, match=r"another import into .* is running"):
        apply_update(plan, wait_s=0.3)
    assert target.read_bytes() == before
    apply_update(plan, wait_s=0)  # released: the same plan applies


def test_a_lock_left_by_a_killed_import_is_broken(tmp_path: Path, folder: Path) -> None:
    target = folder / "centres.db"
    dead = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    lock_path(target).write_text(json.dumps({"pid": int(dead.stdout), "host": __import__("socket").gethostname(),
                                             "started": time.time(), "token": "x"}))
    work_path(target).mkdir()
    (work_path(target) / "new.db").write_bytes(b"half-built")
    apply_update(plan_update(changed_centres(tmp_path, "Pr Autre"), target), wait_s=0)
    assert database.load(target).centres["paris-cochin-mi-crmr-idf"].coordinator == "Pr Autre"
    assert not lock_path(target).exists() and not work_path(target).exists()
