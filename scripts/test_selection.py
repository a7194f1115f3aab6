"""Which tests `scripts/run-tests.sh` runs: all of them, or only what the changes since the last run can affect.

pytest-testmon records, per test, the Python code it ran in the test process, and re-selects a test when that
code (or the test) changed, or when it failed last time. What it cannot see is decided here, conservatively:

- `full`: the first run in this clone (and so every CI run), or a change of anything that is not Python code
  (curated sources, resources, translations, scripts, `pyproject.toml`, `installer.spec`…) or of the installed
  packages or the Python version since the last run: everything runs and testmon records afresh.
- `spawns`: Python code outside `tests/` changed since the tests that start processes (the app, the CLI, the
  benchmarks, the bundle) last passed. testmon cannot see into those processes, so these test files run again
  whole, besides what testmon selects.
- `affected`: nothing else changed; testmon's selection only.

    python scripts/test_selection.py plan          # prints full | spawns | affected, then the spawning test files
    python scripts/test_selection.py record inputs # after a run: the non-Python inputs it ran with
    python scripts/test_selection.py record app    # after the spawning tests passed: the code they ran
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import json
import re
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
STATE = ROOT / ".venv" / "centre-finder-tests.json"
SPAWNS = re.compile(r"\b(subprocess|Popen|multiprocessing)\b")


def project_files() -> list[Path] | None:
    """Tracked and untracked (not ignored) files, as git sees them; None outside a git work tree."""
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], cwd=ROOT,
                             capture_output=True, check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        return None
    return sorted(ROOT / name for name in out.decode("utf-8", "surrogateescape").split("\0") if name)


def digest(files: list[Path], extra: str = "") -> str:
    h = hashlib.sha256(extra.encode())
    for path in files:
        h.update(str(path.relative_to(ROOT)).encode("utf-8", "surrogateescape") + b"\0")
        h.update(hashlib.sha256(path.read_bytes()).digest() if path.is_file() else b"(missing)")
    return h.hexdigest()


def environment() -> str:
    packages = sorted(f"{d.metadata['Name']}=={d.version}" for d in importlib.metadata.distributions())
    return f"{sys.version}\n" + "\n".join(packages)


def fingerprints() -> dict[str, str] | None:
    files = project_files()
    if files is None:
        return None
    code = [p for p in files if p.suffix == ".py" and p.relative_to(ROOT).parts[0] != "tests"]
    others = [p for p in files if p.suffix != ".py"]
    return {"inputs": digest(others, environment()), "app": digest(code)}


def spawning_tests() -> list[str]:
    """Test files (and conftest folders) that start processes: testmon cannot follow what runs there."""
    found = set()
    for path in sorted((ROOT / "tests").rglob("*.py")):
        if SPAWNS.search(path.read_text(encoding="utf-8")):
            rel = path.relative_to(ROOT)
            found.add(str(rel.parent) if path.name == "conftest.py" else str(rel))
    folders = {f for f in found if not f.endswith(".py")}
    return sorted(f for f in found if f in folders or not any(f.startswith(d + "/") for d in folders))


def load_state() -> dict[str, str]:
    try:
        state = json.loads(STATE.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return state if isinstance(state, dict) else {}


def plan() -> str:
    now, before = fingerprints(), load_state()
    if now is None or before.get("inputs") != now["inputs"]:
        return "full"
    return "spawns" if before.get("app") != now["app"] else "affected"


def record(key: str) -> None:
    now = fingerprints()
    if now is None:
        return
    state = load_state()
    state[key] = now[key]
    STATE.parent.mkdir(parents=True, exist_ok=True)
    STATE.write_text(json.dumps(state, indent=1) + "\n", encoding="utf-8")


def forget() -> None:
    STATE.unlink(missing_ok=True)


def main(argv: list[str]) -> int:
    if argv[:1] == ["plan"]:
        print(plan())
        print(" ".join(spawning_tests()))
        return 0
    if len(argv) == 2 and argv[0] == "record" and argv[1] in ("inputs", "app"):
        record(argv[1])
        return 0
    if argv[:1] == ["forget"]:
        forget()
        return 0
    print(__doc__, file=sys.stderr)
    return 2


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
