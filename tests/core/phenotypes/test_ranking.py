"""The ranking on cases with known answers: information content, ontology, frequency, noise, age, scope."""

from __future__ import annotations

import numpy as np

from centre_finder.core.phenotypes import ranking
from centre_finder.core.phenotypes.orientation import Orienter
from centre_finder.core.reference.database import ReferenceData


def first(orienter: Orienter, text: str, **options) -> str:
    return orienter.orient(text, **options).candidates[0].orpha_code


def rank_of(orienter: Orienter, text: str, code: str, **options) -> int:
    found = orienter.orient(text, limit=50, **options).candidates
    return next((c.rank for c in found if c.orpha_code == code), 99)


def test_the_method_is_explained_with_its_reference() -> None:
    assert "Köhler" in ranking.__doc__ and "information content" in ranking.__doc__.lower()


def test_classic_presentations_come_first(orienter: Orienter) -> None:
    assert first(orienter, "fièvre récurrente, aphtes, mal de gorge, ganglions du cou", population="paediatric") \
        == "42642"  # PFAPA
    assert first(orienter, "bouche sèche, yeux secs, douleurs articulaires, anti-SSA") == "289390"  # Sjögren
    assert first(orienter, "CPK élevées, faiblesse musculaire proximale, érythème héliotrope, papules de Gottron") \
        == "221"  # dermatomyositis
    assert first(orienter, "céphalées, claudication de la mâchoire, VS élevée") == "397"  # giant cell arteritis


def test_specific_signs_count_more_than_common_ones(orienter: Orienter) -> None:
    a = orienter.arrays
    assert a.by_id["HP:0100662"].ic > 2 * a.by_id["HP:0001945"].ic  # chondritis says more than fever
    # chondritis alone already points to relapsing polychondritis; fever alone does not
    assert first(orienter, "chondrite auriculaire") == "728"
    assert rank_of(orienter, "fièvre", "728") > 5


def test_a_sign_credits_a_disease_annotated_with_a_more_specific_one(orienter: Orienter) -> None:
    a = orienter.arrays
    oligo = a.by_id["HP:0040313"].idx  # oligoarthritis
    arthritis = a.by_id["HP:0001369"].idx
    disease = a.direct_disease[a.direct_ptr[oligo]]
    assert arthritis not in a.annotations(disease)[0].tolist()
    candidate = next(c for c in orienter.orient("arthrite", all_diseases=True, limit=400).candidates
                     if c.orpha_code == str(a.disease_code[disease]))
    assert candidate.signs[0].relation == "more_specific" and candidate.signs[0].annotation.hpo_id == "HP:0040313"
    assert candidate.signs[0].credit > 0.9 * a.ic[arthritis] + np.log(0.03)


def test_a_more_frequent_sign_counts_more(orienter: Orienter) -> None:
    a = orienter.arrays
    scores = orienter.ranker.sign_scores([a.by_id["HP:0030880"].idx])[0]  # Raynaud
    ssc, behcet = a.disease_index[90291], a.disease_index[117]
    freq = dict(zip(*(x.tolist() for x in a.annotations(ssc)), strict=True))
    assert freq[a.by_id["HP:0030880"].idx] == 1  # very frequent in systemic sclerosis
    assert scores[ssc] > scores[behcet] >= 0


def test_an_unrelated_sign_does_not_push_the_disease_away(orienter: Orienter) -> None:
    text = "bouche sèche, yeux secs, douleurs articulaires"
    assert first(orienter, text) == "289390"
    assert first(orienter, text + ", surdité") == "289390"  # the patient's noise


def test_an_excluded_sign_counts_against(orienter: Orienter) -> None:
    a = orienter.arrays
    term = int(np.flatnonzero(np.diff(a.excl_ptr))[0])
    disease = int(a.excl_disease[a.excl_ptr[term]])
    assert orienter.ranker.sign_scores([term])[0][disease] < 0


def test_age_moves_diseases_that_do_not_begin_at_that_age(orienter: Orienter) -> None:
    text = "céphalées, fièvre, perte de poids, douleurs musculaires"
    adult = rank_of(orienter, text, "397", population="adult")  # giant cell arteritis: over 50
    child = rank_of(orienter, text, "397", population="paediatric")
    assert child > adult
    text = "fièvre récurrente, aphtes, mal de gorge"
    assert rank_of(orienter, text, "42642", onset_years=3) <= rank_of(orienter, text, "42642", onset_years=40)
    assert ranking.onset_class(1.5) == "infancy" and ranking.onset_class(70) == "elderly"


def test_default_scope_is_the_networks_and_the_switch_reaches_every_disease(orienter: Orienter,
                                                                            reference: ReferenceData) -> None:
    text = "surdité, rétinite pigmentaire"
    networks = orienter.orient(text, limit=20)
    everything = orienter.orient(text, limit=20, all_diseases=True)
    assert all(c.in_networks for c in networks.candidates)
    assert not everything.candidates[0].in_networks  # Usher syndrome is no FAI²R disease
    assert not networks.all_diseases and everything.all_diseases
    code = networks.candidates[0].orpha_code
    entity = reference.orphanet.entity(code)
    assert entity is not None and (entity.in_network or reference.orphanet.routes(entity.disease_id))


def test_every_candidate_says_what_it_matched_and_how_often(orienter: Orienter) -> None:
    result = orienter.orient("fièvre récurrente, aphtes, mal de gorge, ganglions du cou")
    top = result.candidates[0]
    assert top.name_fr == "Syndrome PFAPA" and top.search_text() == "Syndrome PFAPA (ORPHA 42642)"
    assert {m.sign.hpo_id for m in top.matched} == {"HP:0001954", "HP:0011107", "HP:0025439", "HP:0025289"}
    assert all(m.frequency in ("obligate", "very_frequent", "frequent") for m in top.matched)
    record = top.record()
    assert {"orpha_code", "name_fr", "name_en", "score", "matched_signs", "in_networks"} <= set(record)
    assert record["matched_signs"][0]["frequency_fr"] and record["matched_signs"][0]["hpo_id"].startswith("HP:")
    assert result.hpo["hpo_version"] == "2025-01-16"
