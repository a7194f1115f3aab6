"""From a registry's conditions ("Systemic Lupus Erythematosus", "Lupus Nephritis") to the app's diseases.

A reviewed table (`db/sources/trial_conditions.csv`) says, for each condition as published, which disease it is
(a curated id or an ORPHA code), or which common condition, and whether it is one of FAI²R's: a curator reads and
corrects it. A condition the table does not hold is matched by the disease vocabulary, and only an exact name,
synonym or code is taken without review (a typo or a partial match is left for the curator: the trial is then
left out and the refresh says so).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterable
from dataclasses import dataclass

from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.sources import COLUMNS, parse_csv, split_list
from centre_finder.core.text import STOPWORDS, fold
from centre_finder.core.vocabulary.matcher import DiseaseMatcher

# scopes (sources.TRIAL_CONDITION_SCOPES): fai2r, a disease of the networks; common, a frequent disease (rheumatoid
# arthritis), kept because its refractory patients are in the same trials; neurology, oncology, other (outside the
# networks) and generic (names no disease: "Autoimmune Diseases", "CAR-T Cell Therapy") leave a trial out
# words around a condition that do not change which disease it is ("Refractory Systemic Lupus Erythematosus (SLE)")
_QUALIFIERS = frozenset({"refractory", "relapsed", "severe", "active", "treatment", "resistant", "moderate", "to"})
_ABBREVIATION = re.compile(r"\(\s*[A-Za-z0-9\- ]{1,12}\s*\)")


_ACCEPTED = {"exact": "vocabulary: exact name", "words": "vocabulary: same words",
             "fuzzy": "vocabulary: same words, one spelling apart"}
TO_REVIEW = "vocabulary: no single disease (to review)"


def _content(text: str) -> list[str]:
    return [w for w in fold(text).split() if w not in STOPWORDS and w not in _QUALIFIERS]


def _unmapped(condition: str) -> ConditionMapping:
    return ConditionMapping(condition, "", (), "generic", TO_REVIEW)


@dataclass(frozen=True)
class ConditionMapping:
    condition: str  # as published
    trial: str  # "" for every trial, or the NCT id the row is for
    mapped_to: tuple[str, ...]  # disease ids, "ORPHA:code" references, or common-condition ids
    scope: str  # one of SCOPES
    matched_by: str
    reviewed: str = ""  # the date a curator checked the row ("" for a vocabulary match not reviewed)
    note: str = ""

    def row(self) -> dict[str, str]:
        return {"condition": self.condition, "trial": self.trial, "mapped_to": "; ".join(self.mapped_to),
                "scope": self.scope, "matched_by": self.matched_by, "reviewed": self.reviewed, "note": self.note}


def read_table(data: bytes) -> list[ConditionMapping]:
    """The reviewed table (`trial_conditions.csv`)."""
    rows = parse_csv(data, "trial_conditions.csv", COLUMNS["trial_conditions.csv"])[0]
    return [ConditionMapping(r["condition"], r["trial"], tuple(split_list(r["mapped_to"])), r["scope"],
                             r["matched_by"], r["reviewed"], r["note"]) for r in rows]


def condition_key(text: str) -> str:
    """How conditions are compared: folded, HTML entities decoded ("Sjogren&#39;s" = "Sjogren's")."""
    return fold(html.unescape(text))


class ConditionMapper:
    """Maps a trial's conditions with the reviewed table first, the vocabulary second."""

    def __init__(self, data: ReferenceData, table: Iterable[ConditionMapping] = ()):
        self.data = data
        self.matcher = DiseaseMatcher(data.query, data.orphanet)
        self.table: dict[tuple[str, str], ConditionMapping] = {}
        self._vocabulary: dict[str, ConditionMapping] = {}
        for row in table:
            self.table[(condition_key(row.condition), row.trial)] = row

    def map(self, condition: str, trial: str = "") -> ConditionMapping:
        key = condition_key(condition)
        found = self.table.get((key, trial)) or self.table.get((key, ""))
        if found is not None:
            return found
        if key not in self._vocabulary:  # many trials publish the same conditions
            self._vocabulary[key] = self.by_vocabulary(condition)
        return self._vocabulary[key]

    def by_vocabulary(self, condition: str) -> ConditionMapping:
        """The vocabulary's answer, taken only when one disease's name, synonym or code stands for the whole condition
        (the same words, or the same words with a typo; "Multiple Sclerosis" is not "Pediatric multiple sclerosis")."""
        text = _ABBREVIATION.sub(" ", html.unescape(condition))
        parse = self.matcher.parse(text, prefix_last=False)
        content = _content(text)
        leftover = [w for w in parse.leftover if w not in _QUALIFIERS]
        if not content or leftover or len({h.words for h in parse.hits}) != 1:
            return _unmapped(condition)
        hits = [h for h in parse.hits if h.target != "group" and (
            h.how in ("orpha", "icd10") or (h.how in _ACCEPTED and len(_content(h.matched_name)) == len(content)))]
        targets = list(dict.fromkeys((h.target, h.target_id) for h in hits))
        if len(targets) != 1:
            return _unmapped(condition)
        target, target_id = targets[0]
        matched_by = _ACCEPTED.get(hits[0].how) or f"vocabulary: {hits[0].how.upper()} code"
        if target == "common":
            return ConditionMapping(condition, "", (target_id,), "common", matched_by)
        disease = self.data.disease(target_id)
        if disease is None:
            return _unmapped(condition)
        ref = disease.id if not disease.id.startswith("orpha-") else f"ORPHA:{disease.orpha_code}"
        return ConditionMapping(condition, "", (ref,), self.scope_of(disease.id), matched_by)

    def scope_of(self, disease_id: str) -> str:
        """fai2r when a network of the app covers the disease; else the domain of its Orphanet classification."""
        disease = self.data.disease(disease_id)
        if disease is None:
            return "generic"
        if disease_id in self.data.diseases and not disease_id.startswith("orpha-"):
            return "fai2r"
        entity = self.data.orphanet.entity(disease.orpha_code) if disease.orpha_code else None
        if entity is not None and entity.in_network:
            return "fai2r"
        heads = " ".join(fold(en) for _n, _fr, en in self.data.orphanet.classifications(disease.orpha_code))
        if "neurolog" in heads:
            return "neurology"
        if "neoplastic" in heads or "oncolog" in heads:
            return "oncology"
        return "other"


def resolve(data: ReferenceData, ref: str) -> str:
    """The id a mapped reference stands for ("ORPHA:536" → the curated disease with that code, or "orpha-536")."""
    match = re.match(r"^ORPHA:(\d+)$", ref)
    if not match:
        return ref
    entity = data.orphanet.entity(match.group(1))
    return entity.disease_id if entity is not None else f"orpha-{match.group(1)}"


@dataclass(frozen=True)
class TrialScope:
    kept: bool
    reason: str  # "" when kept; else "neurology", "oncology", "other", "generic"
    diseases: tuple[str, ...]  # disease references of the FAI²R conditions
    common: tuple[str, ...]  # common-condition ids
    mappings: tuple[ConditionMapping, ...]


def trial_scope(mapper: ConditionMapper, nct_id: str, conditions: Iterable[str]) -> TrialScope:
    """Whether a trial is kept (one condition of FAI²R's, or a common one such as rheumatoid arthritis) and why not."""
    mappings = tuple(mapper.map(c, nct_id) for c in conditions)
    refs = [r for m in mappings if m.scope in ("fai2r", "common") for r in m.mapped_to]
    common = tuple(dict.fromkeys(r for r in refs if r in mapper.data.common_conditions))
    diseases = tuple(dict.fromkeys(r for r in refs if r not in mapper.data.common_conditions))
    if diseases or common:
        return TrialScope(True, "", diseases, common, mappings)
    named = {m.scope for m in mappings if m.scope != "generic"}
    reason = named.pop() if len(named) == 1 else ("other" if named else "generic")
    return TrialScope(False, reason, (), (), mappings)
