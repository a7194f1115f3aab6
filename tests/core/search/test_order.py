"""The order of the results, as a GP asks: the nearest sites that can take this patient, and why each is there."""

from __future__ import annotations

import numpy as np

from centre_finder.core.models import Query
from centre_finder.core.reference.coverage import coverage
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import badges, distance_text, ranking_notices, why
from centre_finder.core.search.order import FAR_KM, order_results
from centre_finder.core.search.searcher import Searcher


def ids(results) -> list[str]:
    return [r.centre.id for r in results]


def test_still_near_marseille_adult_sites_first_children_and_laboratory_last(searcher: Searcher) -> None:
    outcome = searcher.run(Query("Still de l'adulte", location="13005"))
    results = list(outcome.results)
    assert ids(results)[:4] == ["lyon-ceremaia", "mulhouse-emile-muller-ccmr-mai", "paris-tenon-mi-ceremaia",
                                "nantes-mi-ccmr-mai"]
    assert [r.distance_km for r in results[:4]] == sorted(r.distance_km for r in results[:4])
    last = results[4:]
    assert {r.centre.id for r in last} == {"montpellier-genetique-ceremaia",
                                           "lekremlinbicetre-rhumatologie-pediatrique-ceremaia",
                                           "lechesnay-versailles-pediatrie-ceremaia"}
    assert all({"not_referral_destination", "population_mismatch"} & set(r.warnings) for r in last)
    # the Lyon site of the reference centre: its hospital is not named, it is still where the network is
    lyon = results[0]
    assert "establishment_unconfirmed" in lyon.warnings and "not_referral_destination" not in lyon.warnings
    assert why(lyon) == "reference"


def test_fmf_near_lyon_puts_the_lyon_reference_site_first(searcher: Searcher) -> None:
    results = list(searcher.run(Query("FMF", location="69003")).results)
    assert ids(results)[0] == "lyon-ceremaia" and results[0].distance_km < 5
    assert ids(results)[1] == "lyon-croix-rousse-mi"  # 4 km, documented expertise: before Mulhouse at 291 km
    assert ids(results)[-1] == "montpellier-genetique-ceremaia"  # a laboratory, however near
    children = list(searcher.run(Query("FMF enfant", location="69003")).results)
    # for a child, the children's hospital of Lyon (a RAISE site: its scope holds the auto-inflammatory diseases of
    # childhood) is as good as the auto-inflammatory reference site, and nearer
    assert set(ids(children)[:2]) == {"lyon-ceremaia", "bron-hfme-pediatrie-fai2r"}
    assert all(r.distance_km < 5 for r in children[:2])
    assert all(r.centre.population != "adult" for r in children)


def test_a_much_nearer_unlabelled_department_comes_first_with_the_nearest_labelled_site_second(
        reference: ReferenceData, searcher: Searcher) -> None:
    outcome = searcher.run(Query("lupus", location="Clermont-Ferrand"))
    results = list(outcome.results)
    assert results[0].centre.id == "clermont-gabriel-montpied-mi" and why(results[0]) == "expertise"
    labelled = [r for r in results if r.tier == 1 and "not_referral_destination" not in r.warnings]
    assert results[1] is labelled[0] or results[1].centre.id == labelled[0].centre.id
    assert results[1].distance_km == min(r.distance_km for r in labelled)
    note = outcome.notes["nearer_unlabelled"]
    assert note["first"] == "clermont-gabriel-montpied-mi" and note["labelled"] == results[1].centre.id
    text = ranking_notices(reference, outcome, "fr")[0]
    assert "les deux sont en tête de liste" in text and "139 km" in text


def test_the_nearest_labelled_site_first_when_it_is_about_as_near(searcher: Searcher) -> None:
    results = list(searcher.run(Query("sclérodermie", location="62400")).results)
    assert results[0].centre.id == "lille-huriez-mi-crmr-ceraino"
    outcome = searcher.run(Query("sclérodermie", location="62400"))
    assert "nearer_unlabelled" not in outcome.notes and "far_from_network" not in outcome.notes


def test_far_from_every_known_site_says_the_directory_is_incomplete(reference: ReferenceData,
                                                                    searcher: Searcher) -> None:
    outcome = searcher.run(Query("sclérodermie", location="97110"))  # Pointe-à-Pitre
    assert outcome.notes["far_from_network"]["elsewhere"] is True
    assert outcome.notes["far_from_network"]["km"] > 6000
    ccmr = next(r for r in coverage(reference, "en").networks if r.label == "FAI²R competence centres (CCMR)")
    for lang, words in (("fr", "Un centre de compétence plus proche peut exister"),
                        ("en", "A nearer competence centre may exist")):
        text = ranking_notices(reference, outcome, lang)[-1]
        assert words in text and f"{ccmr.have}" in text and f"{ccmr.published}" in text
        assert "www.fai2r.org" in text
    # a search by name is not a question about the network
    assert "far_from_network" not in searcher.run(Query("Hachulla", location="97110")).notes


def test_order_results_prefers_labelled_sites_unless_much_farther() -> None:
    tier = np.array([2, 1, 1, 2])
    distance = np.array([10.0, 30.0, 600.0, 40.0])
    zeros = np.zeros(4, dtype=np.int64)
    ordering = order_results(tier=tier, rel=zeros, warned=np.zeros(4, dtype=bool), role_rank=zeros,
                             name_rank=zeros, distance=distance, disease_asked=True)
    # 10 km unlabelled counts as 42.5: the labelled site at 30 km comes first
    assert ordering.order.tolist() == [1, 0, 3, 2]
    assert ordering.notes == {}
    far = order_results(tier=np.array([2, 1]), rel=zeros[:2], warned=np.zeros(2, dtype=bool), role_rank=zeros[:2],
                        name_rank=zeros[:2], distance=np.array([5.0, 2 * FAR_KM]), disease_asked=True)
    assert far.order.tolist() == [0, 1] and "nearer_unlabelled" in far.notes and "far_from_network" not in far.notes


def test_warned_sites_are_last_whatever_their_distance() -> None:
    zeros = np.zeros(3, dtype=np.int64)
    ordering = order_results(tier=np.array([1, 1, 1]), rel=zeros, warned=np.array([True, False, False]),
                             role_rank=zeros, name_rank=zeros, distance=np.array([1.0, 50.0, 20.0]))
    assert ordering.order.tolist() == [2, 1, 0]


def test_badges_say_why_and_warn(reference: ReferenceData, searcher: Searcher) -> None:
    results = {r.centre.id: r for r in searcher.run(Query("Still de l'adulte", location="13005")).results}
    texts = {cid: [b.text for b in badges(reference, r, "fr")] for cid, r in results.items()}
    assert texts["lyon-ceremaia"] == ["Centre de référence — site", "Établissement à confirmer"]
    assert texts["mulhouse-emile-muller-ccmr-mai"] == ["Centre de compétence"]
    assert texts["montpellier-genetique-ceremaia"][-1] == "Pas un service clinique"
    assert texts["lekremlinbicetre-rhumatologie-pediatrique-ceremaia"][-1] == "Service pour enfants"
    assert all("?" not in t for ts in texts.values() for t in ts)
    english = [b.text for b in badges(reference, results["paris-tenon-mi-ceremaia"], "en")]
    assert english == ["Reference centre — site", "European network (ERN)"]
    trial = next(r for r in searcher.run(Query("CAR-T lupus", location="33600")).results
                 if r.centre.id == "lille-huriez-mi-crmr-ceraino")
    assert [b.text for b in badges(reference, trial, "fr")][:2] == ["Essai NCT05869955", "Recrute"]


def test_distances_in_whole_kilometres() -> None:
    assert distance_text(0.04) == "< 1 km"
    assert distance_text(3.9) == "4 km"
    assert distance_text(213.4) == "213 km"
    assert distance_text(6438.0) == "6\u202f438 km"
    assert distance_text(None) == ""
