"""The order of the results, with the GP's question in mind: where can this patient be seen, nearest first?

With a location:
1. Sites that can take the patient come first; then sites in another territory than the patient's (metropolitan
   France, Guadeloupe…); sites with a warning come last, whatever their distance: a laboratory or an unnamed
   trial site (not a clinical department), and departments for the other age group than the disease's.
2. Among those, when a trial was asked, the sites of the trials for the disease come first: recruiting, then not yet
   recruiting, then with inclusions closed (nearest first within each); then the sites for the disease; then sites
   of trials that ended or are only planned.
3. Sites for the disease are compared by distance, a labelled site (reference or competence centre) against
   an unlabelled department with documented expertise as if the latter were `UNLABELLED_FACTOR` times, plus
   `UNLABELLED_EXTRA_KM`, farther: a labelled site is preferred unless it is much farther.
4. When a nearer unlabelled department still comes first, the nearest labelled site is moved up to second
   place, and the outcome's notes say why both are there.

Without a location: acceptable sites first, then by tier, relation to the disease asked, role (coordinating,
constituent, other reference sites, competence centres) and town.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np

UNLABELLED_FACTOR = 1.25
UNLABELLED_EXTRA_KM = 30.0
# when the nearest site a GP can refer to is farther than this, a nearer competence centre may exist that the
# directory does not hold yet: the outcome says so (see `explain.ranking_notices`)
FAR_KM = 100.0

OPEN_TRIAL, LABELLED, UNLABELLED, CLOSED_TRIAL = 0, 1, 2, 3  # the searcher's tiers (4 more: other age group)


@dataclass
class Ordering:
    """A permutation of the candidates and what a user should know about it (see `SearchOutcome.notes`)."""

    order: np.ndarray
    notes: dict[str, dict[str, object]] = field(default_factory=dict)


def order_results(
    *,
    tier: np.ndarray,
    rel: np.ndarray,
    warned: np.ndarray,
    role_rank: np.ndarray,
    name_rank: np.ndarray,
    distance: np.ndarray | None = None,
    elsewhere: np.ndarray | None = None,
    centre_id: Callable[[int], str] = str,
    disease_asked: bool = False,
    trial_rank: np.ndarray | None = None,
) -> Ordering:
    """Order candidates described by parallel arrays (one entry per candidate); see the module's docstring.

    `centre_id` names a candidate (for the notes); `disease_asked` says the notes about the network apply;
    `trial_rank` orders trial sites by their recruitment (`models.RECRUITMENT_RANK`), before their distance."""
    base = tier % 4
    trial_rank = np.zeros(len(tier), dtype=np.int16) if trial_rank is None else trial_rank
    if distance is None:
        return Ordering(np.lexsort((name_rank, role_rank, rel, trial_rank, tier, warned)))
    elsewhere = np.zeros(len(tier), dtype=bool) if elsewhere is None else elsewhere
    block = np.select([base == OPEN_TRIAL, base == CLOSED_TRIAL], [0, 2], default=1)
    effective = np.where(base == UNLABELLED, distance * UNLABELLED_FACTOR + UNLABELLED_EXTRA_KM, distance)
    order = np.lexsort((name_rank, role_rank, distance, effective, rel, trial_rank, block, elsewhere, warned))
    notes: dict[str, dict[str, object]] = {}
    acceptable = order[~warned[order] & ~elsewhere[order] & (block[order] == 1)]
    if len(acceptable) and base[acceptable[0]] == UNLABELLED:
        labelled = acceptable[base[acceptable] == LABELLED]
        if len(labelled):
            first, nearest = int(acceptable[0]), int(labelled[0])
            rest = order[order != nearest]
            at = int(np.flatnonzero(rest == first)[0]) + 1
            order = np.concatenate([rest[:at], [nearest], rest[at:]])
            notes["nearer_unlabelled"] = {
                "first": centre_id(first), "first_km": float(distance[first]),
                "labelled": centre_id(nearest), "labelled_km": float(distance[nearest])}
    reachable = order[~warned[order] & np.isfinite(distance[order])]
    if disease_asked and len(reachable):
        nearest_km = float(distance[reachable].min())
        if elsewhere[reachable].all() or nearest_km > FAR_KM:
            notes["far_from_network"] = {"km": nearest_km, "elsewhere": bool(elsewhere[reachable].all())}
    return Ordering(order, notes)
