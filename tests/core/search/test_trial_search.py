"""A trial search ("CAR-T lupus", "essai sclérodermie", "NCT05869955"): the sites of the trials open to the disease
first, recruiting before not yet recruiting before closed to inclusion, nearest first within each; then the reference
centres for the disease. Every French site of the registry's trials is found by its NCT id."""

from __future__ import annotations

import pytest

from centre_finder.core.models import RECRUITMENT_RANK, Query
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import explain_match, result_record
from centre_finder.core.search.searcher import Searcher

RELEVANT = ("NCT05798117", "NCT05869955", "NCT06308978", "NCT06581198", "NCT06665256", "NCT07015983", "NCT07048197",
            "NCT07115745", "NCT07335562", "NCT07493395", "NCT07544225")


def check_trial_order(results) -> None:
    """Trial sites, by recruitment then distance; then the centres for the disease."""
    tiers = [r.tier for r in results]
    trial_block = [r for r in results if r.tier == 0]
    assert trial_block and tiers[: len(trial_block)] == [0] * len(trial_block), "the trial sites come first"
    assert results[len(trial_block)].tier == 1, "then the reference and competence centres"
    keys = [(RECRUITMENT_RANK[r.matches[0].evidence], r.distance_km) for r in trial_block]
    assert keys == sorted(keys)


def test_car_t_lupus_near_bordeaux_puts_a_lupus_car_t_site_first(reference: ReferenceData, searcher: Searcher) -> None:
    outcome = searcher.run(Query("CAR-T lupus", location="33000"))
    results = list(outcome.results)
    first = results[0]
    trial = reference.trials[first.matches[0].trial_id]
    assert "lupus-systemique" in trial.disease_ids and trial.kind == "CAR-T"
    assert first.matches[0].evidence == "recruiting" and first.distance_km < 5
    assert first.centre.id == "ctgov-bordeaux-33076-novartis-investigative-site"
    # the registry does not name the site: it answers the question, with its warning
    assert "registry_site_not_named" in first.warnings
    assert explain_match(reference, first.matches[0], "fr") == "Site de l’essai NCT06581198 — recrute"
    check_trial_order(results)
    lupus_trials = {t.registry_id for t in outcome.trials}
    assert {"NCT05798117", "NCT06581198", "NCT07015983", "NCT05869955", "NCT06308978"} <= lupus_trials
    assert "NCT07115745" in lupus_trials, "a basket trial of systemic autoimmune diseases is open to lupus"
    assert "NCT07335562" not in lupus_trials, "a systemic sclerosis trial is not"


@pytest.mark.parametrize(("text", "near", "disease"), [
    ("essai myosite", "35000", "myopathies-inflammatoires-idiopathiques"),
    ("CAR-T sclérodermie", "59000", "sclerodermie-systemique"),
    ("essai sclérodermie", "59000", "sclerodermie-systemique"),
])
def test_trial_searches_rank_recruiting_then_not_yet_then_closed(
        reference: ReferenceData, searcher: Searcher, text: str, near: str, disease: str) -> None:
    results = list(searcher.run(Query(text, location=near)).results)
    check_trial_order(results)
    first = reference.trials[results[0].matches[0].trial_id]
    assert results[0].matches[0].evidence == "recruiting"
    assert disease in first.disease_ids or first.registry_id in ("NCT07115745", "NCT06308978")


def test_systemic_sclerosis_near_lille_lists_the_lille_sites_of_each_state(searcher: Searcher) -> None:
    results = list(searcher.run(Query("CAR-T sclérodermie", location="59000")).results)
    ids = [r.centre.id for r in results]
    assert ids[0] == "lille-huriez-mi-crmr-ceraino"  # NCT07115745, recruiting, 3 km
    chru = ids.index("ctgov-lille-chru-lille")  # NCT07493395 not yet recruiting there
    closed = ids.index("ctgov-lille-59037-local-institution-0016")  # NCT05869955, inclusions closed
    assert 0 < chru < closed


@pytest.mark.parametrize("registry_id", RELEVANT)
def test_every_french_site_of_the_relevant_trials_is_found_by_its_nct_id(
        reference: ReferenceData, searcher: Searcher, registry_id: str) -> None:
    trial = next(t for t in reference.trials.values() if t.registry_id == registry_id)
    found = {r.centre.id for r in searcher.search(Query(registry_id))}
    assert found == set(trial.site_ids) and found
    assert set(trial.site_ids) <= set(reference.centres)


def test_recruiting_only(reference: ReferenceData, searcher: Searcher) -> None:
    results = searcher.search(Query("lupus", location="33000", recruiting=True))
    assert results and all(r.matches[0].kind == "trial" and r.matches[0].evidence == "recruiting" for r in results)
    assert {reference.trials[r.matches[0].trial_id].registry_id for r in results} == {
        "NCT06581198", "NCT06308978", "NCT07115745"}
    # NCT05798117 has closed its inclusions: none of its sites is open, though they run another trial that recruits
    closed = searcher.run(Query("NCT05798117", recruiting=True))
    assert not list(closed.results) and closed.empty_reason == "no_recruiting_trial"
    assert searcher.run(Query("FMF", recruiting=True)).empty_reason == "no_trial"


def test_rheumatoid_arthritis_trials_are_found_though_the_disease_is_common(searcher: Searcher) -> None:
    outcome = searcher.run(Query("CAR-T polyarthrite rhumatoïde", location="75013"))
    assert outcome.common is not None and outcome.common.id == "polyarthrite-rhumatoide"
    assert {t.registry_id for t in outcome.trials} == {"NCT05869955", "NCT07048197", "NCT07544225"}
    assert next(iter(outcome.results)).matches[0].kind == "trial"


def test_json_results_carry_the_trials(reference: ReferenceData, searcher: Searcher) -> None:
    first = next(iter(searcher.run(Query("CAR-T lupus", location="33000")).results))
    record = result_record(reference, first, "fr")
    trials = record["trials"]
    assert trials[0] == {"nct_id": "NCT06581198", "title": trials[0]["title"], "status": "RECRUITING",
                         "site_status": "RECRUITING", "recruitment": "recruiting",
                         "url": "https://clinicaltrials.gov/study/NCT06581198", "matched": True}
    assert {t["nct_id"] for t in trials} == {"NCT06581198", "NCT07048197"}  # the same Bordeaux place, two trials
    assert all(t["url"].startswith("https://clinicaltrials.gov/study/NCT") for t in trials)
    pessac = next(r for r in searcher.search(Query("NCT05869955")) if r.centre.city == "Pessac")
    assert result_record(reference, pessac)["trials"][0]["site_status"] == "", "the registry gives none for it"
