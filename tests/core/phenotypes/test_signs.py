"""Sign recognition: French labels, curated French clinical wording, English, accents, typos, completion."""

from __future__ import annotations

import pytest

from centre_finder.core.phenotypes.orientation import Orienter


def ids(orienter: Orienter, text: str) -> list[str]:
    return [s.hpo_id for s in orienter.recognise(text).signs]


@pytest.mark.parametrize(("text", "hpo_id"), [
    ("Phénomène de Raynaud", "HP:0030880"),  # the official French label
    ("fièvre récurrente", "HP:0001954"),  # curated: the official label is "Fièvre épisodique sévère"
    ("aphtes", "HP:0011107"),
    ("mal de gorge", "HP:0025439"),
    ("bouche sèche", "HP:0000217"),
    ("CPK élevées", "HP:0003236"),
    ("anticorps antinucléaires", "HP:0003493"),
    ("anticorps anti-nucléaires", "HP:0003493"),  # hyphenated word typed apart
    ("AAN positifs", "HP:0003493"),
    ("dry mouth", "HP:0000217"),  # English: the HPO's exact synonym
    ("Proximal muscle weakness", "HP:0003701"),
    ("phenomene de raynaud", "HP:0030880"),  # no accents
    ("sclérodactilie", "HP:0011838"),  # a typo
    ("HP:0001945", "HP:0001945"),  # an HPO id
])
def test_a_sign_is_recognised(orienter: Orienter, text: str, hpo_id: str) -> None:
    assert ids(orienter, text) == [hpo_id]


def test_signs_are_separated_by_commas_semicolons_and_new_lines(orienter: Orienter) -> None:
    found = ids(orienter, "fièvre récurrente, aphtes; mal de gorge\nganglions du cou")
    assert found == ["HP:0001954", "HP:0011107", "HP:0025439", "HP:0025289"]


def test_signs_typed_without_commas_are_read_as_several(orienter: Orienter) -> None:
    assert ids(orienter, "fièvre aphtes") == ["HP:0001945", "HP:0011107"]


def test_unknown_words_are_reported_not_dropped(orienter: Orienter) -> None:
    parse = orienter.recognise("aphtes, xyzzy, fièvre récurrente toutes les 3 semaines")
    assert [s.hpo_id for s in parse.signs] == ["HP:0011107", "HP:0001954"]
    assert parse.unknown == ["xyzzy", "toutes 3 semaines"]


def test_absent_signs_are_not_signs_of_the_patient(orienter: Orienter) -> None:
    parse = orienter.recognise("aphtes, pas de fièvre, sans toux, ANCA négatifs")
    assert [s.hpo_id for s in parse.signs] == ["HP:0011107"]
    assert parse.negated == ["pas de fièvre", "sans toux", "ANCA négatifs"]


def test_completion_offers_french_signs_first(orienter: Orienter) -> None:
    offered = orienter.suggest("fiè")
    assert offered[0].sign.hpo_id == "HP:0001945" and offered[0].display == "Fièvre"
    shown = [s.display for s in orienter.suggest("fièvre réc")]
    assert "Fièvre épisodique sévère — fièvre récurrente" in shown  # the label, with the wording typed
    assert orienter.suggest("bouche sè")[0].sign.hpo_id == "HP:0000217"


@pytest.mark.parametrize("text", [
    "".join("!?.,;:-_()[]{}«»\"'/\\*&%$#@"[i % 26] for i in range(300)),
    ", ".join(f"signe {i}" for i in range(200)),
    "лихорадка, 发烧, حمى, πυρετός, 🤒",
    "a" * 5000,
    "HP:9999999, HP:, hp 0000118",
    "\x00\x01\u202e fièvre",
])
def test_hostile_text_never_crashes(orienter: Orienter, text: str) -> None:
    parse = orienter.recognise(text)
    assert len(parse.signs) <= 40
    orienter.suggest(text)
    orienter.orient(text)


def test_two_hundred_signs_are_bounded(orienter: Orienter) -> None:
    parse = orienter.recognise(", ".join(["fièvre", "aphtes", "arthralgies", "toux", "Raynaud"][i % 5] + f" {i}"
                                         for i in range(200)))
    assert parse.ignored == 160  # 40 parts are read, the rest counted
    result = orienter.orient(", ".join(["fièvre", "aphtes", "arthralgies", "toux", "Raynaud"] * 40))
    assert len(result.signs) == 5  # the same sign typed again counts once
