"""The set-up scripts: apt only when a package is missing (waiting for a held lock), nothing repeated on a second run.

apt is replaced by stubs on the PATH that record how they were called; the second-run tests run the real scripts
after `scripts/run-tests.sh` has set up (it says so in the environment), with the package index unreachable.
"""

from __future__ import annotations

import os
import re
import subprocess
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DEAD_INDEX = {"PIP_INDEX_URL": "http://127.0.0.1:9/", "PIP_NO_INDEX": "1", "PIP_FIND_LINKS": ""}


def apt_packages() -> list[str]:
    text = (ROOT / "scripts" / "debian-packages.sh").read_text(encoding="utf-8")
    return re.search(r"APT_PACKAGES=\(([^)]*)\)", text).group(1).split()


def stub(folder: Path, name: str, body: str) -> None:
    path = folder / name
    path.write_text("#!/bin/sh\n" + body + "\n", encoding="utf-8")
    path.chmod(0o755)


@pytest.fixture
def fake_apt(tmp_path: Path) -> Path:
    """dpkg-query reports what `installed.txt` lists; apt-get logs its calls and fails `lock-failures` times."""
    bin_dir = tmp_path / "bin"
    bin_dir.mkdir()
    stub(bin_dir, "dpkg-query", f"sed 's/$/ installed/' {tmp_path}/installed.txt")
    stub(bin_dir, "sudo", 'exec "$@"')
    stub(bin_dir, "apt-get", f"""echo "$*" >> {tmp_path}/apt-calls.txt
n=$(cat {tmp_path}/lock-failures 2>/dev/null || echo 0)
if [ "$n" -gt 0 ]; then
  echo $((n - 1)) > {tmp_path}/lock-failures
  echo "E: Could not get lock /var/lib/apt/lists/lock. It is held by process 4242 (apt-get)" >&2
  exit 100
fi""")
    return tmp_path


def run_debian_packages(fake: Path, installed: list[str]) -> subprocess.CompletedProcess[str]:
    (fake / "installed.txt").write_text("\n".join(installed) + "\n", encoding="utf-8")
    env = {**os.environ, "PATH": f"{fake / 'bin'}:{os.environ['PATH']}", "APT_LOCK_POLL": "0.1"}
    return subprocess.run(["bash", str(ROOT / "scripts" / "debian-packages.sh")], capture_output=True, text=True,
                          env=env, timeout=60)


def apt_calls(fake: Path) -> list[str]:
    calls = fake / "apt-calls.txt"
    return calls.read_text(encoding="utf-8").splitlines() if calls.exists() else []


def test_apt_is_not_run_when_every_package_is_there(fake_apt: Path) -> None:
    proc = run_debian_packages(fake_apt, apt_packages())
    assert proc.returncode == 0, proc.stderr
    assert apt_calls(fake_apt) == [] and proc.stdout == ""


def test_a_t64_renamed_library_counts_as_installed(fake_apt: Path) -> None:
    renamed = [p + "t64" if p == "libasound2" else p for p in apt_packages()]
    assert run_debian_packages(fake_apt, renamed).returncode == 0
    assert apt_calls(fake_apt) == []


def test_a_held_apt_lock_is_waited_for(fake_apt: Path) -> None:
    (fake_apt / "lock-failures").write_text("2")
    proc = run_debian_packages(fake_apt, [p for p in apt_packages() if p != "xauth"])
    assert proc.returncode == 0, proc.stderr
    assert "waiting for it to finish" in proc.stdout
    calls = apt_calls(fake_apt)
    assert [c.split()[-1] for c in calls] == ["update", "update", "update", "xauth"]
    assert all("DPkg::Lock::Timeout=" in c for c in calls)


@pytest.mark.skipif(os.environ.get("CENTRE_FINDER_SET_UP") != "1", reason="run by scripts/run-tests.sh, after setup")
def test_a_second_setup_needs_no_package_index_and_no_apt(fake_apt: Path) -> None:
    stub(fake_apt / "bin", "apt-get", "echo apt-get was called >&2; exit 1")
    (fake_apt / "installed.txt").write_text("\n".join(apt_packages()) + "\n", encoding="utf-8")
    env = {**os.environ, **DEAD_INDEX, "PATH": f"{fake_apt / 'bin'}:{os.environ['PATH']}"}
    proc = subprocess.run(["bash", "scripts/setup.sh"], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=60)
    assert proc.returncode == 0, proc.stderr
    assert "Installing" not in proc.stdout and "build" not in proc.stdout and "apt-get" not in proc.stderr


@pytest.mark.skipif(os.environ.get("CENTRE_FINDER_BUNDLE_BUILT") != "1", reason="run by scripts/run-tests.sh")
def test_an_unchanged_bundle_is_not_rebuilt() -> None:
    env = {**os.environ, **DEAD_INDEX}
    proc = subprocess.run(["bash", "scripts/build_bundle.sh"], cwd=ROOT, capture_output=True, text=True, env=env,
                          timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert "dist/centre-finder is up to date" in proc.stdout


def selection(repo: Path, *args: str) -> list[str]:
    proc = subprocess.run(["python3", str(repo / "scripts" / "test_selection.py"), *args], cwd=repo,
                          capture_output=True, text=True, check=True)
    return proc.stdout.splitlines()


def test_a_second_test_run_selects_what_the_changes_can_affect(tmp_path: Path) -> None:
    """run-tests.sh: everything on a first run, after a change of data or packages; the process-starting tests
    again after a change of the app's code; otherwise what testmon selects."""
    repo = tmp_path / "repo"
    for name, text in {"scripts/test_selection.py": (ROOT / "scripts" / "test_selection.py").read_text("utf-8"),
                       "centre_finder/search.py": "x = 1\n", "db/sources/centres.csv": "id\n1\n",
                       "tests/test_cli.py": "import subprocess\n", "tests/test_pure.py": "def test(): pass\n",
                       "tests/ui/conftest.py": "from subprocess import run\n", "tests/ui/test_a.py": "",
                       ".gitignore": ".venv/\n"}.items():
        (repo / name).parent.mkdir(parents=True, exist_ok=True)
        (repo / name).write_text(text, encoding="utf-8")
    subprocess.run(["git", "init", "-q"], cwd=repo, check=True)
    mode, spawning = selection(repo, "plan")
    assert mode == "full", "a first run runs everything"
    assert spawning.split() == ["tests/test_cli.py", "tests/ui"]
    selection(repo, "record", "inputs")
    selection(repo, "record", "app")
    assert selection(repo, "plan")[0] == "affected"
    (repo / "tests" / "test_pure.py").write_text("def test(): assert True\n", encoding="utf-8")
    assert selection(repo, "plan")[0] == "affected", "testmon sees a test's own changes"
    (repo / "centre_finder" / "search.py").write_text("x = 2\n", encoding="utf-8")
    assert selection(repo, "plan")[0] == "spawns", "the app's code runs in the processes tests start"
    selection(repo, "record", "app")
    assert selection(repo, "plan")[0] == "affected"
    (repo / "db" / "sources" / "centres.csv").write_text("id\n2\n", encoding="utf-8")
    assert selection(repo, "plan")[0] == "full", "testmon does not follow data files"
    selection(repo, "record", "inputs")
    assert selection(repo, "plan")[0] == "affected"
    selection(repo, "forget")
    assert selection(repo, "plan")[0] == "full"
