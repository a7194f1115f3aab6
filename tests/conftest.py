"""Shared fixtures: a real reference database built from the real curated sources."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from centre_finder import paths
from centre_finder.core.reference import database
from centre_finder.core.reference.build import build_database
from centre_finder.core.search.searcher import Searcher

ROOT = Path(__file__).resolve().parent.parent


@pytest.fixture(scope="session", autouse=True)
def _user_data_folder_of_the_tests(tmp_path_factory: pytest.TempPathFactory):
    """Nothing a test starts (the commands keep a log and their last search) writes to the real user's folder."""
    previous = os.environ.get("CENTRE_FINDER_HOME")
    os.environ["CENTRE_FINDER_HOME"] = str(tmp_path_factory.mktemp("user-data"))
    yield
    if previous is None:
        os.environ.pop("CENTRE_FINDER_HOME", None)
    else:
        os.environ["CENTRE_FINDER_HOME"] = previous


@pytest.fixture(scope="session")
def built_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("refdb") / "centres.db"
    build_database(paths.sources_dir(), path)
    return path


@pytest.fixture(scope="session")
def reference(built_db: Path) -> database.ReferenceData:
    data = database.load(built_db)
    yield data
    data.close()


@pytest.fixture(scope="session")
def searcher(reference: database.ReferenceData) -> Searcher:
    return Searcher(reference)


@pytest.fixture
def sources_copy(tmp_path: Path) -> Path:
    """A writable copy of the curated sources, to break on purpose."""
    target = tmp_path / "sources"
    shutil.copytree(paths.sources_dir(), target)
    return target


@pytest.fixture
def own_db(tmp_path: Path, built_db: Path) -> Path:
    """A reference database of the test's own (to update, roll back, lock)."""
    path = tmp_path / "ref" / "centres.db"
    path.parent.mkdir()
    shutil.copy(built_db, path)
    return path
