"""Reading the registry's own format: API v2 JSON pages and the snapshot's CSV columns (the same fields)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from benchmarks.registry_replay import load_studies
from centre_finder.core.trials.registry import (
    RegistryFormatError,
    from_api_page,
    from_api_study,
    from_snapshot,
    to_api_study,
)

DATA = Path(__file__).resolve().parent / "data" / "ctgov_studies.json"


def test_an_api_page_gives_trials_sites_and_the_next_token() -> None:
    studies = load_studies(DATA)
    trials, token = from_api_page({"studies": studies[:3], "nextPageToken": "abc"})
    assert token == "abc" and [t.nct_id for t in trials] == ["NCT04146051", "NCT05798117", "NCT05869955"]
    breakfree = trials[2]
    assert breakfree.overall_status == "ACTIVE_NOT_RECRUITING" and breakfree.phases == ("PHASE1",)
    assert breakfree.conditions[:2] == ("Systemic Lupus Erythematosus", "Idiopathic Inflammatory Myopathy")
    assert breakfree.sponsor.startswith("Juno Therapeutics") and breakfree.sponsor_class == "INDUSTRY"
    assert breakfree.min_age == "18 Years" and breakfree.std_ages == ("ADULT", "OLDER_ADULT")
    assert breakfree.enrollment == 270 and breakfree.enrollment_type == "ESTIMATED"
    nice = next(s for s in breakfree.french_sites() if s.city == "Nice")
    assert (nice.facility, nice.postal_code, nice.status) == ("Local Institution - 0040", "06202", "")
    assert nice.latitude == pytest.approx(43.70313) and nice.longitude == pytest.approx(7.26608)
    assert from_api_page({"studies": []}) == ([], "")


def test_the_snapshot_csv_and_the_api_json_are_the_same_record(tmp_path: Path) -> None:
    studies = load_studies(DATA)
    trials = [from_api_study(s) for s in studies]
    for trial in trials:
        assert from_api_study(json.loads(json.dumps(to_api_study(trial)))) == trial
    # the snapshot's own columns, written the way the snapshot writes them
    (tmp_path / "trials.csv").write_text(
        "NCTId,BriefTitle,OverallStatus,Phase,Conditions,Interventions,StartDate,LastUpdatePostDate,EnrollmentCount,"
        "EnrollmentType,BriefSummary,LeadSponsor,LeadSponsorClass,MinAge,MaxAge,StdAges,DiseaseEntity\n"
        "NCT07493395,Phase IIa Trial,RECRUITING,PHASE2,\"Scleroderma, Systemic\",CD19 CAR T Arm,2026-06-11,"
        "2026-06-22,6.0,ESTIMATED,Summary,\"University Hospital, Montpellier\",OTHER,18 Years,64 Years,ADULT,SSc\n",
        encoding="utf-8")
    (tmp_path / "sites.csv").write_text(
        "NCTId,BriefTitle,OverallStatus,Facility,City,State,Zip,Country,SiteStatus,Latitude,Longitude\n"
        "NCT07493395,t,RECRUITING,Chu Rouen,Rouen,,,France,NOT_YET_RECRUITING,49.44313,1.09932\n"
        "NCT02445222,t,RECRUITING,Novartis Investigative Site,Paris,,75019,France,RECRUITING,48.85341,2.3488\n",
        encoding="utf-8")
    trials, orphans = from_snapshot(tmp_path / "trials.csv", tmp_path / "sites.csv")
    assert len(trials) == 1 and trials[0].conditions == ("Scleroderma, Systemic",) and trials[0].enrollment == 6
    assert trials[0].sites[0].status == "NOT_YET_RECRUITING" and trials[0].sites[0].postal_code == ""
    assert list(orphans) == ["NCT02445222"], "a site whose trial has no row is reported, not dropped silently"


@pytest.mark.parametrize("page", [
    [], {"studies": "x"}, {"studies": [{"protocolSection": {"identificationModule": {"nctId": "NCT1"}}}]},
    {"studies": [{}]}, {"studies": [], "nextPageToken": 5},
    {"studies": [{"protocolSection": {"identificationModule": {"nctId": "NCT05869955"},
                                      "contactsLocationsModule": {"locations": ["Paris"]}}}]},
])
def test_answers_not_in_the_registry_format_say_where(page: object) -> None:
    with pytest.raises(RegistryFormatError, match="page 2"):
        from_api_page(page, "page 2")


def test_a_snapshot_without_its_columns_is_refused(tmp_path: Path) -> None:
    (tmp_path / "trials.csv").write_text("NCTId,Title\nNCT05869955,x\n", encoding="utf-8")
    (tmp_path / "sites.csv").write_text("NCTId\n", encoding="utf-8")
    with pytest.raises(RegistryFormatError, match="missing column"):
        from_snapshot(tmp_path / "trials.csv", tmp_path / "sites.csv")
