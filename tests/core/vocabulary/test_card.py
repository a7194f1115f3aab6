"""The disease card and the `diseases` command: names, codes, classification, covering centres, PNDS, links."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.links import citable
from centre_finder.core.vocabulary.card import disease_card


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "centre_finder", *args], capture_output=True, text=True, timeout=120)


def test_card_of_a_disease_no_curated_row_names(reference: ReferenceData) -> None:
    card = disease_card(reference, "orpha-611")
    assert card is not None
    assert (card.name_fr, card.name_en) == ("Myosite à inclusions", "Inclusion body myositis")
    assert card.icd10 == ("M60.8",)
    assert ("98482", "Myopathie inflammatoire idiopathique", "Idiopathic inflammatory myopathy") in card.parents
    assert card.onset == ("adult", "elderly") and "1 000 000" in card.prevalence_text("fr")
    assert card.in_networks and card.reference_centres[0].id == "crmr-reso"
    assert card.reference_centres[0].route == ("myopathies-inflammatoires-idiopathiques", "orpha-611")
    assert [p.year for p in card.pnds] == [2021]  # its own PNDS, on has-sante.fr
    assert card.url("fr") == "https://www.orpha.net/fr/disease/detail/611"


def test_a_disease_without_its_own_pnds_gets_its_groups(reference: ReferenceData) -> None:
    card = disease_card(reference, "lupus-systemique")
    assert card is not None and card.pnds[0].year == 2024
    assert card.pnds[0].url == "https://www.has-sante.fr/jcms/p_3493410"


def test_every_link_shown_is_citable(reference: ReferenceData) -> None:
    for pnds in reference.pnds:
        assert not pnds.url or citable(pnds.url), pnds
    for disease_id in list(reference.diseases)[:60]:
        card = disease_card(reference, disease_id)
        assert card is not None and (not card.orpha_code or card.url().startswith("https://www.orpha.net/"))


def test_diseases_json_lists_best_matches_with_their_fields(built_db: Path) -> None:
    proc = run("diseases", "myosite à inclusions", "--json", "--db", str(built_db))
    assert proc.returncode == 0, proc.stderr
    records = json.loads(proc.stdout)
    first = records[0]
    for key in ("orpha_code", "name_fr", "name_en", "icd10", "in_networks", "reference_centres", "pnds",
                "orphanet_url"):
        assert key in first
    assert first["orpha_code"] == "611" and first["in_networks"] is True
    assert first["orphanet_url"] == "https://www.orpha.net/fr/disease/detail/611"


def test_diseases_says_what_replaced_an_obsolete_code_and_refuses_an_unknown_one(built_db: Path) -> None:
    proc = run("diseases", "ORPHA:325004", "--db", str(built_db))
    assert proc.returncode == 0 and "324977" in proc.stderr and "ORPHA 324977" in proc.stdout
    proc = run("diseases", "ORPHA:9999999", "--db", str(built_db))
    assert "9999999" in proc.stderr and "n'existe pas" in proc.stderr and proc.stdout == ""


def test_search_on_a_disease_of_another_network_exits_0_with_an_explanation(built_db: Path) -> None:
    proc = run("search", "Huntington", "--json", "--db", str(built_db))
    assert proc.returncode == 0 and json.loads(proc.stdout) == []
    assert "ORPHA 399" in proc.stderr and "filière" in proc.stderr
