"""The bars of the orientation by signs, on the real data: simulated patients (the Phenomizer's test) and the
30 French clinical vignettes of `benchmarks/data/vignettes_fr.csv`. Quality only: no time is asserted here."""

from __future__ import annotations

from benchmarks import phenotype_bench
from centre_finder.core.phenotypes.orientation import Orienter
from centre_finder.core.reference.database import ReferenceData


def test_simulated_patients_in_the_networks_scope(orienter: Orienter, reference: ReferenceData) -> None:
    result = phenotype_bench.simulated(orienter, reference, per_disease=5)["networks"]
    assert result["diseases"] >= 90  # every annotated disease of FAI²R's ground that the networks cover
    assert result["precise"]["top1"] >= 80 and result["precise"]["top10"] >= 96
    assert result["imprecise"]["top1"] >= 60


def test_french_vignettes(orienter: Orienter, reference: ReferenceData) -> None:
    result = phenotype_bench.vignettes(orienter, reference)
    assert result["count"] == 30
    assert all(row["id"] and row["text"] for row in result["rows"])
    assert result["first"] >= 200 / 3 and result["top5"] >= 90


def test_every_vignette_cites_its_source() -> None:
    for row in phenotype_bench.read_vignettes():
        assert row["source_url"].startswith(("https://www.has-sante.fr/", "https://www.orpha.net/",
                                             "https://www.em-consulte.com/", "https://em-consulte.com/")), row["id"]
