"""Search behaviour on the real reference database."""

from __future__ import annotations

import pytest

from centre_finder.core.models import Query, Result
from centre_finder.core.search.gazetteer import LocationError
from centre_finder.core.search.searcher import Searcher


def ids(results: list[Result]) -> list[str]:
    return [r.centre.id for r in results]


def disease_ids(searcher: Searcher, text: str) -> list[str]:
    return [d.id for d in searcher.run(Query(text=text)).diseases]


@pytest.mark.parametrize(
    ("text", "disease"),
    [
        ("lupus", "lupus-systemique"),
        ("LES", "lupus-systemique"),
        ("SLE", "lupus-systemique"),
        ("lupus érythémateux disséminé", "lupus-systemique"),
        ("ScS", "sclerodermie-systemique"),
        ("sclerodermie", "sclerodermie-systemique"),
        ("Sclérodermie", "sclerodermie-systemique"),
        ("scléro", "sclerodermie-systemique"),
        ("sjogren", "syndrome-de-gougerot-sjogren"),
        ("Goujerot-Sjögren", "syndrome-de-gougerot-sjogren"),
        ("Gougerot", "syndrome-de-gougerot-sjogren"),
        ("horton", "arterite-a-cellules-geantes"),
        ("Wegener", "granulomatose-avec-polyangeite"),
        ("Churg-Strauss", "granulomatose-eosinophilique-avec-polyangeite"),
        ("maladie périodique", "fievre-mediterraneenne-familiale"),
        ("FMF", "fievre-mediterraneenne-familiale"),
        ("AJI", "arthrite-juvenile-idiopathique"),
        ("Still de l'adulte", "maladie-de-still-de-l-adulte"),
        ("SAPL", "syndrome-des-anticorps-antiphospholipides"),
        ("PFAPA", "syndrome-pfapa"),
        ("ORPHA:42642", "syndrome-pfapa"),
        ("orpha 536", "lupus-systemique"),
        ("536", "lupus-systemique"),
        ("ORPHA536", "lupus-systemique"),
        ("lupus de l'enfant", "lupus-systemique-pediatrique"),
        ("systemic sclerosis", "sclerodermie-systemique"),
        ("Behcet", "maladie-de-behcet"),
        ("fievre mediteraneenne", "fievre-mediterraneenne-familiale"),  # typo
        ("lupuss", "lupus-systemique"),  # typo
    ],
)
def test_disease_names_synonyms_codes_and_typos(searcher: Searcher, text: str, disease: str) -> None:
    assert disease in disease_ids(searcher, text)


def test_pfapa_by_name_and_code_give_the_same_centres(searcher: Searcher) -> None:
    assert ids(searcher.search(Query("PFAPA"))) == ids(searcher.search(Query("ORPHA:42642")))
    assert searcher.search(Query("PFAPA"))


def test_group_query_covers_members(searcher: Searcher) -> None:
    outcome = searcher.run(Query("fièvre récurrente"))
    assert [g.id for g in outcome.groups] == ["autoinflammatory"]
    found = ids(outcome.results)
    assert "paris-tenon-mi-ceremaia" in found  # CEREMAIA scope: FMF, CAPS…
    assert "paris-robert-debre-rhumatologie-pediatrique" in found  # explicit FMF expertise


def test_crmr_scope_naming_a_group_covers_its_members(searcher: Searcher) -> None:
    # RESO's scope names "idiopathic inflammatory myopathies"; dermatomyositis is a member
    results = searcher.search(Query("dermatomyosite"))
    reso = [r for r in results if r.centre.id == "strasbourg-nhc-immunologie-clinique-reso"]
    assert reso, ids(results)
    match = reso[0].matches[0]
    assert match.basis == "crmr_scope"
    assert match.via_disease_id == "myopathies-inflammatoires-idiopathiques"


def test_every_result_says_why(searcher: Searcher) -> None:
    for result in searcher.search(Query("sclérodermie")):
        assert result.matches
        assert result.matches[0].kind == "disease"
        assert result.matches[0].basis in ("crmr_scope", "ccmr_label", "explicit")


def test_ranking_without_location_follows_referral_order(searcher: Searcher) -> None:
    results = searcher.search(Query("lupus"))
    tiers = [r.tier for r in results]
    assert tiers == sorted(tiers)
    labelled = [r for r in results if r.tier == 1]
    # listed for lupus itself or for a group above it (a reference centre's scope names systemic autoimmune
    # diseases), then those listed for a form of lupus below it
    direct = [r for r in labelled if r.matches[0].relation in ("self", "ancestor")]
    ranks = [r.centre.role_rank for r in direct if r.centre.is_referral_destination]
    assert ranks == sorted(ranks), "coordinating, constituent, other CRMR sites, competence centres"
    assert labelled.index(direct[-1]) == len(direct) - 1, "lupus or a group above it before a form below it"
    assert results[0].centre.role_rank == 0
    assert all(r.centre.is_labelled for r in labelled)
    assert not any(r.centre.is_labelled for r in results if r.tier == 2)


def test_ranking_with_location_puts_nearest_labelled_site_first(searcher: Searcher) -> None:
    results = searcher.search(Query("sclérodermie", location="62400"))
    assert results[0].centre.id == "lille-huriez-mi-crmr-ceraino"  # 29 km from Béthune
    # nearest first among the labelled sites for this (adult or any-age) patient; the children's departments,
    # listed through their reference centre's children's scope, come after them
    labelled = [r for r in results if r.tier == 1 and r.centre.is_referral_destination]
    for_all = [r.distance_km for r in labelled if r.centre.population != "paediatric"]
    assert for_all == sorted(for_all)
    assert 20 < results[0].distance_km < 40


def test_labelled_sites_before_other_departments_unless_much_farther(searcher: Searcher) -> None:
    results = searcher.search(Query("lupus", location="Lille"))
    first_other = next(i for i, r in enumerate(results) if r.tier == 2)
    assert first_other > 0 and all(r.tier == 1 for r in results[:first_other])
    # in Clermont the internal medicine department is in town but not labelled, the nearest labelled site is
    # 139 km away: both come first (see test_order)
    clermont = searcher.search(Query("lupus", location="Clermont-Ferrand"))
    assert clermont[0].centre.id == "clermont-gabriel-montpied-mi" and clermont[1].tier == 1


def test_radius_filters_and_empty_state_says_the_nearest(searcher: Searcher) -> None:
    near = searcher.search(Query("sclérodermie", location="Béthune", radius_km=50))
    assert ids(near) == ["lille-huriez-mi-crmr-ceraino"]
    outcome = searcher.run(Query("sclérodermie", location="Béthune", radius_km=10))
    assert outcome.results == []
    assert outcome.empty_reason == "filter_radius"
    assert outcome.empty_details["nearest"] == "29"


def test_population_filter_keeps_unknown_and_flags_it(searcher: Searcher) -> None:
    results = searcher.search(Query("fièvre récurrente", population="paediatric"))
    populations = {r.centre.population for r in results}
    assert "adult" not in populations
    unknown = [r for r in results if not r.centre.population]
    assert unknown, "sites whose population is unknown are kept"
    assert all("population_unknown" in r.warnings for r in unknown)


def test_filters_combine(searcher: Searcher) -> None:
    results = searcher.search(Query("lupus", specialties=("internal_medicine",), roles=("ccmr",)))
    assert results
    assert all(r.centre.specialty == "internal_medicine" and "ccmr" in r.centre.roles for r in results)
    outcome = searcher.run(Query("lupus", region="Corse"))
    assert outcome.empty_reason == "filter_region"


def test_car_t_lupus_lists_trial_sites_first_then_reference_centres(searcher: Searcher) -> None:
    outcome = searcher.run(Query("CAR-T lupus", location="33600"))
    assert {t.registry_id for t in outcome.trials} >= {"NCT05869955", "NCT05798117"}
    tiers = [r.tier for r in outcome.results]
    assert tiers[0] == 0 and 1 in tiers
    trial_sites = [r for r in outcome.results if r.tier == 0]
    assert all(r.matches[0].kind == "trial" for r in trial_sites)
    assert trial_sites[0].centre.id == "bordeaux-chu-reso"  # nearest to Pessac


def test_trial_id_and_product_find_the_sites(searcher: Searcher) -> None:
    assert set(ids(searcher.search(Query("NCT05869955")))) == {
        "lille-huriez-mi-crmr-ceraino", "nice-cart-site-0040", "paris-saint-louis-cart",
        "rennes-pontchaillou-mi-crmr-cerainom",
    }
    assert set(ids(searcher.search(Query("rapcabtagene")))) == {
        "pessac-cart-site-ytb323", "strasbourg-cart-site-ytb323",
    }


def test_sites_that_are_not_clinical_departments_are_warned_and_last(searcher: Searcher) -> None:
    results = searcher.search(Query("NCT05869955", location="Nice"))
    nice = next(r for r in results if r.centre.id == "nice-cart-site-0040")
    assert "not_referral_destination" in nice.warnings
    assert results[-1].centre.id == "nice-cart-site-0040", "demoted even though it is the nearest"


def test_text_matches_centres_cities_and_coordinators(searcher: Searcher) -> None:
    assert ids(searcher.search(Query("Hachulla"))) == ["lille-huriez-mi-crmr-ceraino"]
    assert "paris-necker-rhumato-pediatrique-raise" in ids(searcher.search(Query("Necker")))
    assert "vandoeuvre-brabois-pediatrie" in ids(searcher.search(Query("Vandœuvre")))
    assert "vandoeuvre-brabois-pediatrie" in ids(searcher.search(Query("vandoeuvre")))
    assert "lille-huriez-mi-crmr-ceraino" in ids(searcher.search(Query("sclérodermie lille")))


def test_disease_plus_words_that_exclude_everything_say_so(searcher: Searcher) -> None:
    outcome = searcher.run(Query("fièvre méditerranéenne familiale Pontchaillou"))
    assert outcome.results == []
    assert outcome.empty_reason == "text_excludes_all"


def test_prefix_matching_as_the_user_types(searcher: Searcher) -> None:
    for partial in ("scl", "sclé", "scler", "sclero"):
        assert "sclerodermie-systemique" in disease_ids(searcher, partial), partial
    assert "lille-huriez-mi-crmr-ceraino" in ids(searcher.search(Query("Hachul")))


def test_common_condition_is_said_not_rare(searcher: Searcher) -> None:
    outcome = searcher.run(Query("PR"))
    assert outcome.common is not None and outcome.common.id == "polyarthrite-rhumatoide"
    assert outcome.results and all(r.centre.specialty == "rheumatology" for r in outcome.results)


def test_unknown_words_and_codes_explain_the_empty_list(searcher: Searcher) -> None:
    outcome = searcher.run(Query("xyzzyq"))
    assert outcome.results == [] and outcome.empty_reason == "unmatched_words"
    outcome = searcher.run(Query("ORPHA:99999"))
    assert outcome.results == [] and outcome.empty_reason == "unknown_orpha"


def test_empty_query_lists_every_centre_in_referral_order(searcher: Searcher, reference) -> None:
    results = searcher.search(Query(""))
    assert len(results) == len(reference.centres)
    assert results[0].centre.role_rank == 0


def test_limit(searcher: Searcher) -> None:
    assert len(searcher.search(Query("lupus", limit=3))) == 3


HOSTILE = [
    "'", '"', "Still de l'adulte", '"lupus', "lupus)", "(lupus", "lupus*", "*", "**", "NOT", "lupus NOT",
    "AND OR NOT NEAR", "NEAR(lupus sjogren)", "lupus AND", "-lupus", "lupus-", "^lupus", "col:lupus",
    "name:lupus", "lupus OR 1=1; DROP TABLE centres; --", "'; DROP TABLE centres; --", "\\", "%", "_", "[lupus]",
    "{}", "lupus\x00", "\x00", "\t\n", "😀 lupus", "لوبوس", "ԱԲԳ", "a" * 5000, "lupus " * 500, "\u202elupus",
    "<script>alert(1)</script>", "NCT", "ORPHA:", "ORPHA:abc", "orpha orpha", "00000", "1e309",
]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_text_never_crashes(searcher: Searcher, text: str) -> None:
    outcome = searcher.run(Query(text))
    assert all(isinstance(r, Result) for r in outcome.results)  # every result can be built
    if not outcome.results:
        assert outcome.empty_reason


def test_very_many_words_are_bounded(searcher: Searcher) -> None:
    """A regression found by fuzzing the window: 2,000 one-letter words once took minutes to parse."""
    text = "zq wq " * 1000  # no disease name holds these words
    assert searcher.matcher.suggest(text) == []
    assert searcher.run(Query(text)).empty_reason == "unmatched_words"
    assert "lupus-systemique" in disease_ids(searcher, "lupus " + "de " * 500)


def test_quotes_and_apostrophes_are_plain_text(searcher: Searcher) -> None:
    assert "maladie-de-still-de-l-adulte" in disease_ids(searcher, "Still de l'adulte")
    assert ids(searcher.search(Query('"lupus"'))) == ids(searcher.search(Query("lupus")))


@pytest.mark.parametrize(
    ("place", "label"),
    [("62400", "Béthune (62400)"), ("Béthune", "Béthune (62400)"), ("bethune", "Béthune (62400)"),
     ("75013", "Paris 13e Arrondissement (75013)"), ("Paris", "Paris (75)"),
     ("Lyon 3e", "Lyon 3e Arrondissement (69003)"),
     ("Saint-Denis 93", "Saint-Denis (93)"), ("Saint-Denis 974", "Saint-Denis (974)"),
     ("St-Denis 93", "Saint-Denis (93)"), ("Pierre-Bénite", "Pierre-Bénite (69)")],
)
def test_locations_resolve_offline(searcher: Searcher, place: str, label: str) -> None:
    assert searcher.gazetteer.resolve(place).label == label


def test_unknown_location_is_an_error_not_an_empty_list(searcher: Searcher) -> None:
    with pytest.raises(LocationError):
        searcher.run(Query("lupus", location="Atlantis"))
    with pytest.raises(LocationError):
        searcher.run(Query("lupus", location="00000"))


def test_lat_lon_location(searcher: Searcher) -> None:
    results = searcher.search(Query("sclérodermie", location="50.63, 3.06"))
    assert results[0].centre.id == "lille-huriez-mi-crmr-ceraino"
    assert results[0].distance_km < 5


def test_same_territory_first_overseas(searcher: Searcher) -> None:
    """In La Réunion the island's department comes before sites 9,000 km away (found by review)."""
    results = searcher.search(Query("lupus", location="Saint-Denis 974"))
    assert results[0].centre.id == "saintdenis-felix-guyon-mi"
    assert results[0].distance_km < 5


def test_age_words_choose_the_population_not_a_centre_name(searcher: Searcher) -> None:
    outcome = searcher.run(Query("sclérodermie enfant"))
    assert outcome.population_from_text == "paediatric"
    assert outcome.results and all(r.centre.population != "adult" for r in outcome.results)
    assert len(searcher.search(Query("lupus adulte"))) > 5


def test_childrens_disease_puts_adult_departments_last_with_a_warning(searcher: Searcher) -> None:
    results = searcher.search(Query("lupus systémique pédiatrique", location="Paris"))
    adult = [r for r in results if r.centre.population == "adult"]
    assert adult and all("population_mismatch" in r.warnings for r in adult)
    first_adult = results.index(adult[0])
    assert all(r.centre.population != "adult" for r in results[:first_adult])
    assert results[0].centre.id == "paris-necker-rhumato-pediatrique-raise"


def test_closed_trials_do_not_put_their_sites_first(searcher: Searcher) -> None:
    results = searcher.search(Query("CAR-T lupus", location="Strasbourg"))
    strasbourg_site = next(r for r in results if r.centre.id == "strasbourg-cart-site-ytb323")
    assert strasbourg_site.tier == 3, "NCT05798117 has closed its inclusions"
    assert results[0].tier == 0


@pytest.mark.parametrize(("text", "expected"), [
    ("CHU", None), ("Pr Belot", "bron-hfme-pediatrie-fai2r"), ("rhumatologie", None), ("chr", None)])
def test_hospital_words_never_name_a_disease(searcher: Searcher, text: str, expected: str | None) -> None:
    outcome = searcher.run(Query(text))
    assert outcome.diseases == [] and outcome.groups == [] and outcome.common is None
    if expected:
        assert [r.centre.id for r in outcome.results] == [expected]


def test_bare_number_is_an_orpha_code_only_alone(searcher: Searcher) -> None:
    assert disease_ids(searcher, "92") == ["arthrite-juvenile-idiopathique"]
    assert "arthrite-juvenile-idiopathique" not in disease_ids(searcher, "lupus 92")


@pytest.mark.parametrize("text", ["13 100", "75 013", "48,8", "40.7, -74.0", "1.0; 1.0"])
def test_numbers_that_are_not_coordinates_in_france(searcher: Searcher, text: str) -> None:
    """'13 100' once became a point in Thailand (review): coordinates need a comma and decimals, in France."""
    try:
        location = searcher.gazetteer.resolve(text)
    except LocationError:
        return
    assert location.precision == "commune", location


def test_a_town_after_the_disease_is_the_location(searcher: Searcher) -> None:
    outcome = searcher.run(Query("lupus Lyon"))
    assert outcome.location_from_text == "lyon" and outcome.location.label.startswith("Lyon")
    assert outcome.results[0].distance_km < 10
    assert searcher.run(Query("FMF Nîmes")).location.label.startswith("Nîmes")
    # a hospital's name stays a filter, and a location typed in its own field wins
    saint_louis = searcher.run(Query("lupus Saint-Louis"))
    assert saint_louis.location is None
    assert [r.centre.id for r in saint_louis.results] == ["paris-saint-louis-dermatologie"]
    assert searcher.run(Query("lupus Lyon", location="62400")).location_from_text == ""
