"""Coverage of the directory against the networks' published sizes, and fields filled per column.

    .venv/bin/python db/tools/coverage.py [--db db/centres.db] [--lang en] [--markdown]

The same figures are in the app's "About the data" (centre_finder.core.reference.coverage).
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(ROOT))

from centre_finder import paths  # noqa: E402
from centre_finder.core.reference import database  # noqa: E402
from centre_finder.core.reference.coverage import coverage, coverage_lines, coverage_markdown  # noqa: E402


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", type=Path, default=paths.bundled_database())
    parser.add_argument("--lang", choices=("fr", "en"), default="en")
    parser.add_argument("--markdown", action="store_true", help="Markdown tables (for notes and READMEs)")
    args = parser.parse_args(argv)
    data = database.load(args.db)
    try:
        cov = coverage(data, args.lang)
        print(coverage_markdown(cov) if args.markdown else "\n".join(coverage_lines(cov, args.lang)))
    finally:
        data.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
