"""Coverage against the networks' published sizes: the script and the app say the same."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from pathlib import Path

from centre_finder.core.reference import database
from centre_finder.core.reference.coverage import FIELDS, coverage, coverage_lines, network
from centre_finder.core.reference.database import ReferenceData

ROOT = Path(__file__).resolve().parents[3]


def test_counts_come_from_the_roles_and_the_published_sizes(reference: ReferenceData, built_db: Path) -> None:
    cov = coverage(reference, "en")
    rows = {r.label.strip(): r for r in cov.networks}
    with sqlite3.connect(built_db) as conn:
        ccmr = conn.execute("select count(*) from centre_roles where role = 'ccmr'").fetchone()[0]
        phones = conn.execute("select count(*) from centres where phone != ''").fetchone()[0]
    competence = rows["FAI²R competence centres (CCMR)"]
    assert competence.have == ccmr and competence.published == 67
    assert rows["CRI-IMIDIATE centres"].published == 54
    assert rows["FAI²R reference-centre sites (CRMR)"].published == 19
    assert next(r for r in cov.fields if r.label == "phone (any kind)").have == phones


def test_the_script_prints_what_the_about_dialog_shows(reference: ReferenceData, built_db: Path) -> None:
    proc = subprocess.run([sys.executable, str(ROOT / "db" / "tools" / "coverage.py"), "--db", str(built_db),
                           "--lang", "fr"], capture_output=True, text=True, check=True)
    assert proc.stdout.splitlines() == coverage_lines(coverage(reference, "fr"), "fr")


def test_the_counts_read_the_columns_not_every_centre(built_db: Path) -> None:
    """The search's notice cites the competence-centre count with any search: with 100,000 centres, making every
    Centre for it froze the window for a second."""
    data = database.load(built_db)
    try:
        cov = coverage(data, "fr")
        assert data.centres._made == {}
        ccmr = next(r for r in cov.networks if r.label == network(data, "FAI²R competence centres (CCMR)").label)
        assert ccmr.have == sum(1 for c in data.centres.values() if "ccmr" in c.roles) > 0
        for (_fr, _en, column, test), row in zip(FIELDS, cov.fields, strict=True):
            assert row.have == sum(1 for c in data.centres.values() if test(getattr(c, column)))
    finally:
        data.close()
