"""Ranking rare diseases from a patient's signs: an information-content similarity over the HPO, with frequencies.

The method follows the Phenomizer (Köhler S. et al., "Clinical diagnostics in human genetics with semantic
similarity searches in ontologies", Am J Hum Genet 2009;85:457-464), whose similarity between a sign and a disease
is the information content (Resnik 1995) of their most informative common ancestor in the ontology, summed over
the patient's signs. Here, for each sign q the patient has and each disease d:

- **Information content** rewards specific signs over common ones: IC(t) = -ln(share of annotated diseases that
  have t or a more specific sign). "Fièvre" (335 diseases) counts for little, "Chondrite auriculaire" for much.
- **The ontology**: q is credited in full, IC(q), when d is annotated with q *or a more specific sign* (typed
  "Arthrite", annotated "Polyarthrite"), and IC(a) when d is annotated with a less specific sign a above q. When d
  only has a sign that shares an ancestor a with q (a sibling), the credit is `PARTIAL` × IC(a): related, not the
  same finding.
- **Frequency**: the credit adds ln P(q | d), the chance that a patient with d shows q, from Orphanet's frequency
  classes (obligate 100 %, very frequent 80-99 %, frequent 30-79 %, occasional 5-29 %, very rare 1-4 %), the
  several annotations of d below q combined as independent causes (1 - Π(1 - p)). IC(q) + ln P(q | d) is the log
  of the likelihood ratio P(q | d) / P(q) of the likelihood-ratio methods (Robinson P.N. et al., LIRICAL, Am J Hum
  Genet 2020;107:403-417), with P(q) the share of diseases having q.
- **Noise**: a sign is credited at least 0, never less: a sign that does not belong to the disease (the patient's
  noise, an unrelated complaint) costs the true disease nothing, it only fails to help. Only a sign Orphanet marks
  as *excluded* in d (the "NOT" annotations) counts against d, by its information content.
- **Breadth**: a disease annotated with many signs matches any sign more easily (Behçet's disease has 85 signs, a
  vague query would always find it). The score subtracts `BREADTH` × ln(number of signs of d) — the role the
  disease-to-query half of the Phenomizer's symmetric similarity plays. The weight was set on the simulated
  patients of `benchmarks/phenotype_bench.py` and checked on the French vignettes there.
- **Age**: for a child, diseases whose onset (Orphanet) is only in adulthood are moved down; for an adult, those
  that begin only before the age of 2 (or only in childhood, less); a given age of onset moves down diseases that
  do not start at that age (less when they start at the neighbouring age).

The score is a sum of log-likelihood-like terms: only its order matters, its value is shown for the record.
Everything a query needs is precomputed by the build (`tables.py`): a query is ~15 array operations per sign.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from centre_finder.core.phenotypes.arrays import PhenotypeArrays
from centre_finder.core.phenotypes.tables import FREQUENCY_CHANCE

PARTIAL = 0.3  # share of a common ancestor's information content credited to a sibling sign
BREADTH = 0.8  # weight of ln(number of a disease's signs), subtracted
AGE_MISMATCH = 2.0  # a child with an adults-only disease, an adult with a disease that only begins in infancy
AGE_UNLIKELY = 1.0  # an adult with a disease that begins in childhood; an onset age next to the disease's

_CHANCE = np.array(FREQUENCY_CHANCE, dtype=np.float32)
ONSET_ORDER = ("antenatal", "neonatal", "infancy", "childhood", "adolescent", "adult", "elderly")


def onset_class(years: float) -> str:
    """Orphanet's age-of-onset class for an age in years."""
    if years < 1 / 12:
        return "neonatal"
    if years < 2:
        return "infancy"
    if years < 12:
        return "childhood"
    if years < 19:
        return "adolescent"
    if years < 66:
        return "adult"
    return "elderly"


@dataclass(frozen=True)
class SignCredit:
    """How one sign of the patient counts for one disease."""

    term: int  # the sign typed (term index)
    credit: float
    relation: str  # "same" | "more_specific" (d has a sign below q) | "more_general" | "related" | "excluded" | ""
    annotation: int  # the disease's annotated term that gave the credit (-1: none)
    frequency: int  # its frequency code (tables.FREQUENCY_CODES), -1 when none


class Ranker:
    """Scores every annotated disease for a set of signs (term indices)."""

    def __init__(self, arrays: PhenotypeArrays, onsets: dict[int, frozenset[str]]):
        self.a = arrays
        self.onsets = onsets  # disease index -> Orphanet onset classes
        self._ancestor_sets: dict[int, frozenset[int]] = {}
        self._adult_only = self._mask(lambda o: o <= {"adult", "elderly"})
        self._infant_only = self._mask(lambda o: o <= {"antenatal", "neonatal", "infancy"})
        self._child_only = self._mask(lambda o: o <= {"antenatal", "neonatal", "infancy", "childhood"})

    def _mask(self, test) -> np.ndarray:
        mask = np.zeros(self.a.n_diseases, dtype=bool)
        for disease, onset in self.onsets.items():
            if onset and "all_ages" not in onset and test(onset):
                mask[disease] = True
        return mask

    def sign_scores(self, terms: list[int]) -> np.ndarray:
        """The credit of each sign for each disease (signs × diseases)."""
        a = self.a
        out = np.zeros((len(terms), a.n_diseases), dtype=np.float32)
        for k, q in enumerate(terms):
            s = out[k]
            for t in a.ancestors(q):
                ic = float(a.ic[t])
                if ic <= 0:
                    continue
                lo, hi = a.post_ptr[t], a.post_ptr[t + 1]
                ids = a.post_disease[lo:hi]
                credit = ic if t == q else PARTIAL * ic
                s[ids] = np.maximum(s[ids], credit + a.post_logp[lo:hi])
                if t != q:  # diseases annotated with this less specific sign itself: the patient's sign is one
                    lo, hi = a.direct_ptr[t], a.direct_ptr[t + 1]
                    ids = a.direct_disease[lo:hi]
                    chance = np.log(np.minimum(_CHANCE[a.direct_freq[lo:hi]], 0.999))
                    s[ids] = np.maximum(s[ids], ic + chance)
            np.maximum(s, 0, out=s)
            for t in a.ancestors(q):  # Orphanet says the disease does not have this sign (or one it implies)
                lo, hi = a.excl_ptr[t], a.excl_ptr[t + 1]
                if hi > lo:
                    s[a.excl_disease[lo:hi]] = -float(a.ic[t])
        return out

    def age_shift(self, population: str | None, onset_years: float | None) -> np.ndarray:
        shift = np.zeros(self.a.n_diseases, dtype=np.float32)
        if population == "paediatric":
            shift[self._adult_only] -= AGE_MISMATCH
        elif population == "adult":
            shift[self._child_only] -= AGE_UNLIKELY
            shift[self._infant_only] -= AGE_MISMATCH - AGE_UNLIKELY
        if onset_years is not None:
            wanted = ONSET_ORDER.index(onset_class(onset_years))
            for disease, onset in self.onsets.items():
                if not onset or "all_ages" in onset:
                    continue
                gap = min(abs(ONSET_ORDER.index(o) - wanted) for o in onset if o in ONSET_ORDER)
                if gap == 1:
                    shift[disease] -= AGE_UNLIKELY
                elif gap > 1:
                    shift[disease] -= AGE_MISMATCH
        return shift

    def scores(self, terms: list[int], *, population: str | None = None, onset_years: float | None = None
               ) -> tuple[np.ndarray, np.ndarray]:
        """(total score per disease, the signs × diseases credits)."""
        per_sign = self.sign_scores(terms)
        total = per_sign.sum(axis=0) - BREADTH * self.a.breadth + self.age_shift(population, onset_years)
        return total, per_sign

    def _up(self, term: int) -> frozenset[int]:
        found = self._ancestor_sets.get(term)
        if found is None:
            found = self._ancestor_sets[term] = frozenset(self.a.ancestors(term).tolist())
        return found

    def explain(self, terms: list[int], disease: int, per_sign: np.ndarray) -> list[SignCredit]:
        """For one disease, how each sign counted and through which of its annotated signs."""
        annotated, freqs = (x.tolist() for x in self.a.annotations(disease))
        out = []
        for k, q in enumerate(terms):
            credit = float(per_sign[k, disease])
            q_up = self._up(q)
            best: tuple[float, str, int, int] = (-1.0, "", -1, -1)
            for t, f in zip(annotated, freqs, strict=True):
                if t == q:
                    found = (3.0 + FREQUENCY_CHANCE[f], "same", t, f)
                elif q in self._up(t):
                    found = (2.0 + FREQUENCY_CHANCE[f], "more_specific", t, f)
                elif t in q_up:
                    found = (1.0 + FREQUENCY_CHANCE[f], "more_general", t, f)
                else:
                    continue
                best = max(best, found)
            if best[2] < 0 and credit < 0:
                best = (0.0, "excluded", -1, -1)
            elif best[2] < 0 and credit > 0:
                related = self._related(q_up, annotated, float(self.a.ic[q]))
                best = (0.0, "related" if related >= 0 else "", related, -1)
            out.append(SignCredit(q, credit, best[1], best[2], best[3]))
        return out

    def _related(self, q_up: frozenset[int], annotated: list[int], q_ic: float) -> int:
        """The disease's sign closest to the patient's through a common ancestor (the most informative one), when
        that ancestor says at least half of what the patient's sign says; else -1."""
        ic = self.a.ic
        best, found = q_ic / 2, -1
        for t in annotated:
            shared = q_up & self._up(t)
            value = max((float(ic[u]) for u in shared), default=0.0)
            if value > best:
                best, found = value, t
        return found
