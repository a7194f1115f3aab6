"""`trials refresh` against recorded ClinicalTrials.gov answers served by a local HTTP server: only the network is
replaced. Idempotent, atomic, clear when the registry cannot be read."""

from __future__ import annotations

import copy
import hashlib
import shutil
import socket
from pathlib import Path

import pytest

from benchmarks.registry_replay import RecordedRegistry, load_studies, nct_id
from centre_finder.core.reference import database
from centre_finder.core.reference.updates import UpdateError, list_backups, rollback
from centre_finder.core.trials.refresh import RefreshError, apply_refresh, fetch, http_get, plan_refresh

DATA = Path(__file__).resolve().parent / "data" / "ctgov_studies.json"


def sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()



def changed_studies() -> list[dict]:
    """The recorded answers, a week later: NCT05869955 reopens in Lille, Gustave Roussy's trial recruits, a new
    site joins NCT07335562, Montpellier leaves NCT07493395."""
    studies = copy.deepcopy(load_studies(DATA))
    by_id = {nct_id(s): s["protocolSection"] for s in studies}
    by_id["NCT07544225"]["statusModule"]["overallStatus"] = "RECRUITING"
    for location in by_id["NCT05869955"]["contactsLocationsModule"]["locations"]:
        if location.get("city") == "Lille":
            location["status"] = "RECRUITING"
    by_id["NCT07335562"]["contactsLocationsModule"]["locations"].append(
        {"facility": "Hopital Claude Huriez - CHU de Lille", "city": "Lille", "zip": "59037", "country": "France",
         "status": "NOT_YET_RECRUITING", "geoPoint": {"lat": 50.63391, "lon": 3.05512}})
    locations = by_id["NCT07493395"]["contactsLocationsModule"]["locations"]
    locations[:] = [loc for loc in locations if loc.get("city") != "Montpellier"]
    return studies


def test_reading_the_registry_again_changes_nothing(own_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "user" / "centres.db"
    with RecordedRegistry(load_studies(DATA)) as registry:
        plan = plan_refresh(own_db, target, base_url=registry.url, read_date="2026-12-02")
    assert plan.is_empty, plan.diff.text()
    assert plan.report.kept and len(plan.report.kept) == 11
    assert not target.exists(), "planning writes nothing"
    with pytest.raises(UpdateError, match="nothing to apply"):
        apply_refresh(plan)
    # the search asks for CAR-T trials of the networks' diseases in France, page after page
    first = registry.requests[0]
    assert first["query.locn"] == ["France"] and "lupus" in first["query.cond"][0] and "CAR-T" in first["query.intr"][0]
    assert first["pageSize"] == ["100"] and "protocolSection.contactsLocationsModule" in first["fields"][0]


def test_a_refresh_shows_the_differences_applies_them_once_and_can_be_undone(own_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "user" / "centres.db"
    before = sha(own_db)
    with RecordedRegistry(changed_studies()) as registry:
        plan = plan_refresh(own_db, target, base_url=registry.url, read_date="2026-12-02")
        diff = plan.diff
        assert diff.status_changes == [("nct07544225", "NOT_YET_RECRUITING", "RECRUITING")]
        assert [(r["trial"], r["centre"]) for r in diff.sites_opened] == [
            ("nct07335562", "lille-huriez-mi-crmr-ceraino")]
        assert [(r["trial"], r["facility"]) for r in diff.sites_closed] == [
            ("nct07493395", "Montpellier University Hospital")]
        assert [(r["trial"], name, old, new) for r, name, old, new in diff.site_changes] == [
            ("nct05869955", "registry_status", "", "RECRUITING")]
        text = diff.text("fr")
        assert "NOT_YET_RECRUITING → RECRUITING" in text and "Hopital Claude Huriez - CHU de Lille" in text
        _report, backup = apply_refresh(plan)
        assert sha(backup) == before, "the database it started from is kept"
        data = database.load(target)
        try:
            trial = data.trials["nct07544225"]
            assert trial.recruitment == "recruiting" and trial.registry_read == "2026-12-02"
            assert "lille-huriez-mi-crmr-ceraino" in data.trials["nct07335562"].site_ids
            assert "ctgov-montpellier-montpellier-university-hospital" not in data.centres
        finally:
            data.close()
        # idempotent: the same answers read again change nothing
        again = plan_refresh(target, target, base_url=registry.url, read_date="2026-12-03")
        assert again.is_empty, again.diff.text()
    rollback(target)
    assert sha(target) == before and list_backups(target) == []


@pytest.mark.parametrize("failure", ["status", "truncated", "silence"])
def test_a_failure_half_way_changes_nothing(own_db: Path, tmp_path: Path, failure: str) -> None:
    target = tmp_path / "user" / "centres.db"
    shutil.copyfile(own_db, tmp_path / "copy.db")
    target.parent.mkdir()
    shutil.copyfile(own_db, target)
    before = sha(target)
    # the second request fails: the search's first page was read, the known trials' page is not
    studies = load_studies(DATA)
    with RecordedRegistry(studies[:4], fail_from=2, failure=failure) as registry, \
            pytest.raises(RefreshError) as error:
        plan_refresh(target, target, base_url=registry.url, timeout=0.5)
    assert len(registry.requests) >= 2
    message = str(error.value)
    assert {"status": "HTTP 503", "truncated": "not JSON", "silence": "did not answer within 0.5 s"}[failure] in message
    assert sha(target) == before and list_backups(target) == []


def test_a_failure_while_installing_leaves_the_database_byte_identical(own_db: Path, tmp_path: Path) -> None:
    target = tmp_path / "user" / "centres.db"
    target.parent.mkdir()
    shutil.copyfile(own_db, target)
    before = sha(target)
    with RecordedRegistry(changed_studies()) as registry:
        plan = plan_refresh(target, target, base_url=registry.url)

    def crash(stage: str) -> None:
        if stage == "installing":  # built and backed up, not yet moved into place: the machine stops here
            raise KeyboardInterrupt

    with pytest.raises(KeyboardInterrupt):
        apply_refresh(plan, progress=crash)
    assert sha(target) == before
    assert not list(target.parent.glob(".update-*")), "the half-built database is removed"


def test_no_network_is_said_clearly() -> None:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]  # nothing listens there once closed
    with pytest.raises(RefreshError, match=r"no network, or ClinicalTrials\.gov cannot be reached"):
        fetch(http_get, base_url=f"http://127.0.0.1:{port}/api/v2/studies", timeout=2)


def test_known_trials_the_search_misses_are_asked_by_id(own_db: Path, tmp_path: Path) -> None:
    studies = load_studies(DATA)
    # NCT05798117 loses its French sites: the search no longer returns it, the request by id does
    for s in studies:
        if nct_id(s) == "NCT05798117":
            locations = s["protocolSection"]["contactsLocationsModule"]["locations"]
            locations[:] = [loc for loc in locations if loc.get("country") != "France"]
    with RecordedRegistry(studies) as registry:
        plan = plan_refresh(own_db, tmp_path / "user.db", base_url=registry.url)
    assert any("filter.ids" in r and "NCT05798117" in r["filter.ids"][0] for r in registry.requests)
    assert [r["registry_id"] for r in plan.diff.removed_trials] == ["NCT05798117"]
    assert plan.report.left_out["no_french_site"] == ["NCT05798117"]


def test_an_answer_missing_most_known_trials_is_refused(own_db: Path, tmp_path: Path) -> None:
    studies = [s for s in load_studies(DATA) if nct_id(s) in ("NCT06581198", "NCT07493395")]
    with RecordedRegistry(studies) as registry, pytest.raises(RefreshError, match="did not return 9 of the 11"):
        plan_refresh(own_db, tmp_path / "user.db", base_url=registry.url)
