"""Recognising every Orphanet disease as a GP types it: names, synonyms, codes, typos; and saying what each is."""

from __future__ import annotations

import random
import string

import pytest

from centre_finder.core.models import Query
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.explain import empty_message, explain_match, search_notices, suggestions
from centre_finder.core.search.searcher import Searcher


def first_disease(searcher: Searcher, text: str) -> tuple[str, str]:
    outcome = searcher.run(Query(text))
    found = outcome.diseases or outcome.out_of_network
    assert found, f"{text!r}: nothing recognised ({outcome.empty_reason})"
    return found[0].id, found[0].orpha_code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        # names and synonyms, French and English, whatever the case, accents and hyphens
        ("polychondrite", "728"),
        ("syndrome de Schnitzler", "37748"),
        ("SYNDROME DE SCHNITZLER", "37748"),
        ("myosite à inclusions", "611"),
        ("myosite a inclusions", "611"),
        ("inclusion body myositis", "611"),
        ("sIBM", "611"),
        ("DADA2", "404553"),
        ("syndrome VEXAS", "596753"),
        ("familial mediterranean fever", "342"),
        ("gougerot sjogren", "289390"),
        ("maladie de Kikuchi", "50918"),
        # codes: ORPHA with or without its prefix, ICD-10 with or without the dot
        ("ORPHA:93672", "93672"),
        ("orpha 93672", "93672"),
        ("ORPHA93672", "93672"),
        ("93672", "93672"),
        ("M32.1", "536"),
        ("M321", "536"),
        ("m32.1", "536"),
        # one or two typos
        ("lupsu", "536"),
        ("polychondrit", "728"),
        ("schnitzlr", "37748"),
        ("dermatomyosite juvenil", "93672"),
        # a prefix, as one types
        ("myosite à incl", "611"),
    ],
)
def test_gp_queries_reach_the_disease(searcher: Searcher, text: str, code: str) -> None:
    _disease_id, found = first_disease(searcher, text)
    assert found == code, text


def test_an_obsolete_code_says_what_replaced_it(searcher: Searcher, reference: ReferenceData) -> None:
    outcome = searcher.run(Query("ORPHA:325004"))  # CANDLE's old code, moved to 324977 (PRAAS)
    assert outcome.redirected == [("325004", "324977")]
    assert [d.orpha_code for d in outcome.diseases] == ["324977"]
    notice = search_notices(reference, outcome, "fr")[0]
    assert "325004" in notice and "324977" in notice and "remplace" in notice


def test_a_code_that_does_not_exist_says_so(searcher: Searcher) -> None:
    outcome = searcher.run(Query("ORPHA:9999999"))
    assert list(outcome.results) == [] and outcome.empty_reason == "unknown_orpha"
    text = empty_message(outcome, "ORPHA:9999999", "fr", version="2023-06-22")
    assert "9999999" in text and "n'existe pas" in text and "2023-06-22" in text


def test_an_unknown_icd10_code_says_so(searcher: Searcher) -> None:
    outcome = searcher.run(Query("Z99.9"))
    assert outcome.empty_reason == "unknown_icd10"
    assert "Z99.9" in empty_message(outcome, "Z99.9", "en")


def test_a_typo_is_corrected_and_said(searcher: Searcher, reference: ReferenceData) -> None:
    outcome = searcher.run(Query("lupsu"))
    assert outcome.diseases[0].id == "lupus-systemique" and len(outcome.results) > 5
    assert outcome.corrections == [("lupsu", "lupus")]
    assert "lupsu" in " ".join(search_notices(reference, outcome, "fr"))


def test_far_typos_get_a_did_you_mean(searcher: Searcher) -> None:
    outcome = searcher.run(Query("xlupus"))  # a wrong first letter: not corrected silently
    assert list(outcome.results) == []
    assert "lupus-systemique" in [d.id for d in outcome.suggestions]
    assert "Vouliez-vous dire" in empty_message(outcome, "xlupus", "fr")


@pytest.mark.parametrize("text", ["PNDS lupus", "lupus réfractaire essai", "protocole sclérodermie", "CHU lupus"])
def test_intention_words_are_not_names(searcher: Searcher, text: str) -> None:
    outcome = searcher.run(Query(text))
    assert outcome.diseases, text
    assert len(outcome.results) > 0, f"{text!r}: {outcome.empty_reason}"


def test_classification_routes_a_disease_to_the_centres_of_its_group(
        searcher: Searcher, reference: ReferenceData) -> None:
    """Nobody lists inclusion body myositis: its group, inflammatory myopathies, is in RESO's scope."""
    results = searcher.search(Query("myosite à inclusions", location="33000"))
    first = results[0]
    assert first.centre.reference_centre_id == "crmr-reso"
    reason = explain_match(reference, first.matches[0], "fr")
    assert "par son centre de référence" in reason
    assert "Myopathies inflammatoires idiopathiques → Myosite à inclusions" in reason
    assert first.matches[0].relation == "ancestor"


@pytest.mark.parametrize(("text", "code"), [("Huntington", "399"), ("mucoviscidose", "586"),
                                            ("syndrome de Marfan", "558"), ("myasthénie", "589")])
def test_a_disease_of_another_network_is_named_and_explained(searcher: Searcher, text: str, code: str) -> None:
    outcome = searcher.run(Query(text, location="75013"))
    assert list(outcome.results) == [], "never a made-up centre"
    assert outcome.empty_reason == "out_of_network"
    assert outcome.out_of_network[0].orpha_code == code
    message = empty_message(outcome, text, "fr")
    assert f"ORPHA {code}" in message and "filière" in message and "FAI²R" in message and "CRI-IMIDIATE" in message
    assert f"https://www.orpha.net/fr/disease/detail/{code}" in message
    assert "network" in empty_message(outcome, text, "en")


def test_a_hospital_name_is_not_a_disease_beside_a_covered_one(searcher: Searcher) -> None:
    """"Saint-Louis" names St. Louis encephalitis too: beside lupus, it is the hospital."""
    outcome = searcher.run(Query("lupus Saint-Louis"))
    assert [d.id for d in outcome.diseases] == ["lupus-systemique"] and not outcome.out_of_network
    assert "saint" in outcome.text_words


def test_completion_shows_name_code_and_the_synonym_typed(searcher: Searcher, reference: ReferenceData) -> None:
    lines = suggestions(reference, searcher.matcher.suggest("Horton"), "fr")
    assert lines[0].text == "Artérite à cellules géantes (ORPHA 397)"
    assert "Horton" in lines[0].display
    lines = suggestions(reference, searcher.matcher.suggest("myosite à in"), "fr")
    assert "Myosite à inclusions (ORPHA 611)" in [s.text for s in lines]
    lines = suggestions(reference, searcher.matcher.suggest("scléro"), "fr")
    assert lines[0].text == "Sclérodermie systémique (ORPHA 90291)"


def test_random_text_never_breaks(searcher: Searcher) -> None:
    rng = random.Random(13)
    alphabet = string.ascii_letters + string.digits + string.punctuation + " éèàçœ:-’" + "\u0416\u4e2d\u0627"
    for _ in range(200):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 300)))
        outcome = searcher.run(Query(text))
        for result in outcome.results[:3]:
            assert result.centre.id
        searcher.matcher.suggest(text)
