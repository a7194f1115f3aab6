"""Orientation by signs: what the user typed → recognised signs → ranked candidate rare diseases → their centres.

This is an aid to orientation, not a diagnosis: the candidates are the diseases whose Orphanet annotations best
explain the signs, named as Orphanet names them, each leading to the centre search for that disease. By default
only the diseases of the networks the app covers (a centre of the directory is listed for the disease, a group
above it or one below it) are ranked; `all_diseases` ranks every annotated rare disease.
"""

from __future__ import annotations

import threading
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from centre_finder.core.phenotypes.arrays import LazyArrays, PhenotypeArrays, Term
from centre_finder.core.phenotypes.ranking import Ranker
from centre_finder.core.phenotypes.signs import MAX_SIGNS, Sign, SignMatcher, SignParse, Suggestion
from centre_finder.core.phenotypes.tables import FREQUENCY_CODES
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.vocabulary.orphanet import orphanet_url

DEFAULT_LIMIT = 10
# frequency classes as Orphanet words them (French, English)
FREQUENCY_LABELS = {
    "obligate": ("obligatoire (100 %)", "obligate (100%)"),
    "very_frequent": ("très fréquent (99-80 %)", "very frequent (99-80%)"),
    "frequent": ("fréquent (79-30 %)", "frequent (79-30%)"),
    "occasional": ("occasionnel (29-5 %)", "occasional (29-5%)"),
    "very_rare": ("très rare (4-1 %)", "very rare (4-1%)"),
    "unknown": ("fréquence non précisée", "frequency not given"),
}


@dataclass(frozen=True)
class MatchedSign:
    """A sign of the patient as one candidate disease explains it."""

    sign: Sign
    relation: str  # "same" | "more_specific" | "more_general" | "related" | "excluded" | ""
    annotation: Term | None  # the disease's own annotated sign
    frequency: str  # FREQUENCY_CODES value, "" when not annotated
    credit: float

    @property
    def matched(self) -> bool:
        return self.relation in ("same", "more_specific", "more_general")

    def frequency_label(self, lang: str = "fr") -> str:
        return FREQUENCY_LABELS[self.frequency][lang == "en"] if self.frequency else ""

    def record(self) -> dict[str, Any]:
        return {
            "hpo_id": self.sign.hpo_id, "label_fr": self.sign.label_fr, "label_en": self.sign.label_en,
            "frequency": self.frequency, "frequency_fr": self.frequency_label("fr"), "relation": self.relation,
            "annotation": ({"hpo_id": self.annotation.hpo_id, "label_fr": self.annotation.label("fr"),
                            "label_en": self.annotation.name_en} if self.annotation else None),
        }


@dataclass(frozen=True)
class Candidate:
    rank: int
    orpha_code: str
    disease_id: str
    name_fr: str
    name_en: str
    score: float
    signs: tuple[MatchedSign, ...]  # every sign of the patient, as this disease explains it
    in_networks: bool

    def name(self, lang: str = "fr") -> str:
        return (self.name_en or self.name_fr) if lang == "en" else (self.name_fr or self.name_en)

    @property
    def matched(self) -> tuple[MatchedSign, ...]:
        return tuple(s for s in self.signs if s.matched)

    def search_text(self, lang: str = "fr") -> str:
        """What the centre search is given for this disease: "Name (ORPHA n)", as its completion writes it."""
        return f"{self.name(lang)} (ORPHA {self.orpha_code})"

    def record(self) -> dict[str, Any]:
        return {
            "rank": self.rank, "orpha_code": self.orpha_code, "disease_id": self.disease_id,
            "name_fr": self.name_fr, "name_en": self.name_en, "score": round(self.score, 3),
            "matched_signs": [s.record() for s in self.matched],
            "related_signs": [s.record() for s in self.signs if s.relation == "related"],
            "excluded_signs": [s.record() for s in self.signs if s.relation == "excluded"],
            "in_networks": self.in_networks, "orphanet_url": orphanet_url(self.orpha_code),
            "centre_search": self.search_text("fr"),
        }


@dataclass
class Orientation:
    signs: list[Sign]
    unknown: list[str]  # what was typed and recognised as no sign
    candidates: list[Candidate]
    all_diseases: bool
    population: str | None = None
    onset_years: float | None = None
    ignored: int = 0  # signs beyond MAX_SIGNS
    negated: list[str] = field(default_factory=list)  # "pas de fièvre": absent signs, not used
    hpo: dict[str, str] = field(default_factory=dict)  # versions to show with the results


class Orienter:
    """Signs → diseases over a reference database. Loads its arrays on first use (or `load()` in a thread)."""

    def __init__(self, data: ReferenceData):
        self.data = data
        self._arrays = LazyArrays(data.query)
        self.matcher = SignMatcher(data.query, self._arrays)
        self._ranker: Ranker | None = None
        self._scope: np.ndarray | None = None
        self._lock = threading.Lock()

    @property
    def arrays(self) -> PhenotypeArrays:
        return self._arrays.get()

    def load(self) -> None:
        """Read the arrays and the word index (tens of milliseconds); safe from a worker thread."""
        self.matcher.load()
        self.ranker  # noqa: B018 (loads)

    @property
    def is_loaded(self) -> bool:
        return self._ranker is not None and self.matcher.is_loaded

    @property
    def ranker(self) -> Ranker:
        if self._ranker is None:
            with self._lock:
                if self._ranker is None:
                    self._scope, onsets = self._scope_and_onsets()
                    self._ranker = Ranker(self.arrays, onsets)
        return self._ranker

    @property
    def scope(self) -> np.ndarray:
        """Per annotated disease: in the networks the app covers."""
        self.ranker  # noqa: B018 (loads)
        assert self._scope is not None
        return self._scope

    def hpo_versions(self) -> dict[str, str]:
        meta = self.data.metadata
        return {"hpo_version": meta.get("hpo_version", ""), "annotations": meta.get("hpo_annotations_version", ""),
                "labels_fr": meta.get("hpo_labels_fr_date", "")}

    def _scope_and_onsets(self) -> tuple[np.ndarray, dict[int, frozenset[str]]]:
        a, query = self.arrays, self.data.query
        codes = {str(c) for c in a.disease_code.tolist()}
        reached = {r[0] for r in query(
            "select orpha_code from orpha_entities where in_network = 1 "
            "union select e.orpha_code from orpha_entities e join disease_routes r on r.disease_id = e.disease_id "
            "union select d.orpha_code from diseases d join expertise x on x.disease_id = d.id", ())}
        # a curated disease whose parent or child (in the project's tree) has a centre is covered too
        with_centres = self.data.expertise.disease_ids()
        for disease in self.data.diseases.values():
            if disease.orpha_code and {*self.data.ancestors(disease.id), *self.data.descendants(disease.id)} \
                    & with_centres:
                reached.add(disease.orpha_code)
        scope = np.array([str(c) in reached for c in a.disease_code.tolist()], dtype=bool)
        onsets: dict[int, frozenset[str]] = {}
        for code, onset in query("select orpha_code, onset from orpha_onset", ()):
            if code in codes:
                onsets[a.disease_index[int(code)]] = frozenset(onset.split(";"))
        return scope, onsets

    # -- the questions ------------------------------------------------------------------------
    def recognise(self, text: str) -> SignParse:
        return self.matcher.parse(text)

    def suggest(self, text: str, limit: int = 10) -> list[Suggestion]:
        return self.matcher.suggest(text, limit=limit)

    def orient(self, text: str, *, population: str | None = None, onset_years: float | None = None,
               all_diseases: bool = False, limit: int = DEFAULT_LIMIT) -> Orientation:
        """Recognise the signs in `text` (separated by commas or semicolons) and rank the diseases."""
        parse = self.recognise(text)
        result = self.rank(parse.signs, population=population, onset_years=onset_years, all_diseases=all_diseases,
                           limit=limit)
        result.unknown = parse.unknown
        result.negated = parse.negated
        result.ignored += parse.ignored
        return result

    def rank(self, signs: list[Sign], *, population: str | None = None, onset_years: float | None = None,
             all_diseases: bool = False, limit: int = DEFAULT_LIMIT) -> Orientation:
        a = self.arrays
        signs = list({s.hpo_id: s for s in signs if s.hpo_id in a.by_id}.values())
        ignored = max(0, len(signs) - MAX_SIGNS)
        signs = signs[:MAX_SIGNS]
        result = Orientation(signs, [], [], all_diseases, population=population, onset_years=onset_years,
                             ignored=ignored, hpo=self.hpo_versions())
        if not signs:
            return result
        terms = [a.by_id[s.hpo_id].idx for s in signs]
        total, per_sign = self.ranker.scores(terms, population=population, onset_years=onset_years)
        scope = self.scope
        if not all_diseases:
            total = np.where(scope, total, -np.inf)
        # only diseases that match at least one sign for real are candidates
        explained = (per_sign > 0).any(axis=0)
        total = np.where(explained, total, -np.inf)
        count = int(np.isfinite(total).sum())
        top = np.argsort(-total, kind="stable")[:min(limit, count)]
        orphanet = self.data.orphanet
        for rank, disease in enumerate(top.tolist(), 1):
            code = str(int(a.disease_code[disease]))
            entity = orphanet.entity(code)
            credits = self.ranker.explain(terms, disease, per_sign)
            matched = tuple(
                MatchedSign(sign, c.relation, a.terms[c.annotation] if c.annotation >= 0 else None,
                            FREQUENCY_CODES[c.frequency] if c.frequency >= 0 else "", c.credit)
                for sign, c in zip(signs, credits, strict=True))
            result.candidates.append(Candidate(
                rank, code, entity.disease_id if entity else f"orpha-{code}", entity.name_fr if entity else "",
                entity.name_en if entity else "", float(total[disease]), matched, bool(scope[disease])))
        return result
