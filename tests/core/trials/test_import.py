"""From registry records to the project's sources: conditions mapped, sites joined or left unnamed, the same rows
each time."""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.registry_replay import load_studies
from centre_finder import paths
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.sources import SOURCE_FILES
from centre_finder.core.trials import conditions, importer, sites
from centre_finder.core.trials.registry import RegistrySite, from_api_study

DATA = Path(__file__).resolve().parent / "data" / "ctgov_studies.json"
# the trials relevant to FAI²R's diseases with a site in France (../shared/data/research/sweep4_cart_sites_and_ccmr.csv)
RELEVANT = {"NCT05798117", "NCT05869955", "NCT06308978", "NCT06581198", "NCT06665256", "NCT07015983", "NCT07048197",
            "NCT07115745", "NCT07335562", "NCT07493395", "NCT07544225"}


@pytest.fixture(scope="module")
def files() -> dict[str, bytes]:
    return {name: (paths.sources_dir() / name).read_bytes() for name in SOURCE_FILES}


@pytest.fixture(scope="module")
def mapper(reference: ReferenceData, files: dict[str, bytes]) -> conditions.ConditionMapper:
    return conditions.ConditionMapper(reference, conditions.read_table(files["trial_conditions.csv"]))


def run_import(reference, files, mapper, records=None) -> importer.ImportResult:
    records = records if records is not None else [from_api_study(s) for s in load_studies(DATA)]
    return importer.import_trials(records, current=importer.read_current(files), mapper=mapper,
                                  matcher=sites.SiteMatcher(reference), read_date="2026-08-22",
                                  names=importer.read_site_names(files["trial_site_names.csv"]))


def test_the_vocabulary_maps_only_whole_names(mapper: conditions.ConditionMapper) -> None:
    assert mapper.by_vocabulary("Systemic Lupus Erythematosus (SLE)").mapped_to == ("lupus-systemique",)
    assert mapper.by_vocabulary("Lupus Erythematosus, Systemic").matched_by == "vocabulary: same words"
    ra = mapper.by_vocabulary("Rheumatoid Arthritis")
    assert (ra.mapped_to, ra.scope) == (("polyarthrite-rhumatoide",), "common")
    mg = mapper.by_vocabulary("Myasthenia Gravis")
    assert (mg.mapped_to, mg.scope) == (("ORPHA:589",), "neurology")
    # "Pediatric multiple sclerosis" is not multiple sclerosis; a generic condition names no disease
    for text in ("Multiple Sclerosis", "Autoimmune Diseases", "CAR-T Cell Therapy", "Lupus Nephritis"):
        assert mapper.by_vocabulary(text).matched_by == conditions.TO_REVIEW, text


def test_the_reviewed_table_comes_first_and_may_hold_one_trial_s_row(mapper: conditions.ConditionMapper) -> None:
    assert mapper.map("Lupus Nephritis").mapped_to == ("lupus-systemique",)
    assert mapper.map("Lupus Nephritis").reviewed
    assert mapper.map("Refractory Autoimmune Diseases", "NCT07115745").mapped_to == ("ORPHA:182228",)
    assert mapper.map("Refractory Autoimmune Diseases", "NCT09999999").scope == "generic"
    scope = conditions.trial_scope(mapper, "NCT07048197", ["Rheumatoid Arthritis (RA) and Sjögren's Disease (SjD)"])
    assert scope.kept and scope.diseases == ("syndrome-de-gougerot-sjogren",)
    assert scope.common == ("polyarthrite-rhumatoide",), "rheumatoid arthritis: common, kept"
    ms = conditions.trial_scope(mapper, "NCT06617793", ["Relapsing Multiple Sclerosis"])
    assert (ms.kept, ms.reason) == (False, "neurology")


def test_masked_sites_are_never_joined(reference: ReferenceData) -> None:
    matcher = sites.SiteMatcher(reference)
    for facility in ("Novartis Investigative Site", "Local Institution - 0040", "Research Site", "Site Number 250"):
        assert sites.is_masked(facility)
        assert matcher.match(facility, "Paris", "75013").centres == ()
    assert not sites.is_masked("Hôpital La Pitié Salpêtrière")


def test_named_sites_join_the_centre_of_their_establishment(reference: ReferenceData) -> None:
    matcher = sites.SiteMatcher(reference)
    # the lupus reference centre of the Pitié, not its rheumatology department (not listed for lupus)
    pitie = matcher.match("Pitie Salpetriere University Hospital", "Paris", "75013", diseases=["lupus-systemique"])
    assert pitie.centres == ("paris-pitie-mi2-crmr-lupus",) and pitie.how == "hospital and town"
    assert set(pitie.establishment_centres) == {"paris-pitie-mi2-crmr-lupus", "paris-pitie-rhumatologie"}
    assert matcher.match("CHU Strasbourg-Hautepierre", "Strasbourg", "67098").centres == (
        "strasbourg-hautepierre-rhumatologie-reso",)
    # Necker's known centre is for children: an adults' trial there is a site of its own
    assert matcher.match("APHP Necker", "Paris", "", adults=True, children=False).centres == ()
    # a name that only says the institution is the same hospital as a centre that only says it too
    assert set(matcher.match("Chu Rouen", "Rouen", "").centres) >= {"rouen-chu-mi-ccmr"}
    assert matcher.match("CHRU Lille", "Lille", "").centres == (), "Claude-Huriez is one hospital of the CHRU"


def test_the_finess_register_names_the_establishment(reference: ReferenceData) -> None:
    register = [sites.FinessEstablishment("750100125", "HOSPITAL UNIVERSITAIRE PITIE SALPETRIERE", "75651", "PARIS",
                                          "47 BOULEVARD DE L HOPITAL", 48.84, 2.36, "1", "CHR"),
                sites.FinessEstablishment("750058737", "UNITE DE SOINS LONGUE DURE D PITIE SALPETRIERE APHP", "75013",
                                          "PARIS", "", 48.84, 2.36, "1", "Soins Longue Durée")]
    matcher = sites.SiteMatcher(reference, [e for e in register if "Longue" not in e.facility_type])
    found = matcher.match("Hôpital La Pitié Salpêtrière", "Paris", "75013", diseases=["lupus-systemique"])
    assert found.how == "finess 750100125" and found.centres == ("paris-pitie-mi2-crmr-lupus",)


def test_every_french_site_of_the_relevant_trials_is_imported(reference, files, mapper) -> None:
    result = run_import(reference, files, mapper)
    assert {r["registry_id"] for r in result.trials if r["registry_id"]} == RELEVANT
    assert result.report.left_out == {"no_french_site": ["NCT04146051"], "neurology": ["NCT06220201"]}
    recorded = {(t.nct_id.lower(), s.facility, s.postal_code, s.city)
                for t in (from_api_study(s) for s in load_studies(DATA)) if t.nct_id in RELEVANT
                for s in t.french_sites()}
    imported = {(r["trial"], r["facility"], r["postal_code"], r["city"]) for r in result.trial_sites
                if r["site_status"] == "registry"}
    assert imported == recorded and len(recorded) == 48
    own = {r["id"]: r for r in result.registry_sites}
    masked = [r for r in own.values() if r["confidence"] == "unverified"]
    assert len(masked) == 28 and all(
        r["name"].startswith("Site non nommé par le registre") and r["hospital"] == ""
        and r["coord_precision"] == "city" and "approximative" in r["notes"] for r in masked)
    # the two masked sites an earlier reading of the registry names (research file), cited
    for place in ("ctgov-pessac-33600-chu-bordeaux-haut-leveque",
                  "ctgov-nice-06202-centre-hospitalier-universitaire-de-nice"):
        assert own[place]["confidence"] == "cited" and "github.com/ptjeong" in own[place]["source_urls"]
        assert "relevé antérieur du registre" in own[place]["notes"]
    report = result.report
    assert (report.sites, report.joined, report.own_named, report.masked, report.named_by_source) == (48, 8, 6, 34, 3)


def test_the_import_gives_the_committed_rows_and_the_same_rows_twice(reference, files, mapper) -> None:
    result = run_import(reference, files, mapper)
    assert result.files() == {name: files[name] for name in importer.TRIAL_FILES}
    again = {**files, **result.files()}
    assert run_import(reference, again, mapper).files() == result.files()


def test_a_curator_s_join_is_kept_and_a_new_named_site_is_matched(reference, files, mapper) -> None:
    records = [from_api_study(s) for s in load_studies(DATA)]
    rouen_row = next(r for r in importer.read_current(files).trial_sites if r["facility"] == "Chu Rouen")
    # the curator decides that the Rouen site is the internal medicine department only
    current = importer.read_current(files)
    current.trial_sites = [r for r in current.trial_sites if r["facility"] != "Chu Rouen"] + [
        {**rouen_row, "centre": "rouen-chu-mi-ccmr", "joined_by": "curator"}]
    trial = next(t for t in records if t.nct_id == "NCT07493395")
    opened = RegistrySite("Hôpital Claude Huriez", "Lille", "", "59037", "France", "RECRUITING", 50.63, 3.05)
    records = [t for t in records if t is not trial] + [
        type(trial)(**{**trial.__dict__, "sites": (*trial.sites, opened)})]
    result = importer.import_trials(records, current=current, mapper=mapper, matcher=sites.SiteMatcher(reference),
                                    read_date="2026-09-01")
    rows = [r for r in result.trial_sites if r["trial"] == "nct07493395"]
    assert [r["centre"] for r in rows if r["facility"] == "Chu Rouen"] == ["rouen-chu-mi-ccmr"]
    assert any(r["centre"] == "lille-huriez-mi-crmr-ceraino" and r["registry_status"] == "RECRUITING" for r in rows)
