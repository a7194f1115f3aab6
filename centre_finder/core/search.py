"""The search: from a `Query` to ranked `Result`s that say why each centre is there.

Ranking follows how the network wants patients referred. For a disease: the sites labelled for it
(reference and competence centres) first, then other departments with documented expertise; with
a location each group is sorted by distance, without one by role (coordinating, constituent,
other reference sites, competence centres, the rest). Sites that are not an identified clinical
department always come last in their group and carry a warning.
"""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from dataclasses import replace

from geopy.distance import great_circle

from centre_finder.core.database import ReferenceData
from centre_finder.core.diseases import ADULT_WORDS, CHILD_WORDS, DiseaseMatcher
from centre_finder.core.gazetteer import Gazetteer, LocationError, default_gazetteer
from centre_finder.core.models import OPEN_RECRUITMENT, Centre, Location, Match, Query, Result, SearchOutcome
from centre_finder.core.sources import FRENCH_AREAS
from centre_finder.core.text import fold, fts_phrase

MAX_QUERY_CHARS = 300  # longer input is cut: nobody types more, and it bounds the work
BASIS_ORDER = {"crmr_scope": 0, "ccmr_label": 1, "explicit": 2}
RELATION_ORDER = {"self": 0, "descendant": 1, "ancestor": 2, "group": 3}
TEXT_FIELDS = ("name", "hospital", "department", "city", "coordinator", "reference_centre_name", "postal_code",
               "region")


class Searcher:
    def __init__(self, data: ReferenceData, gazetteer: Gazetteer | None = None):
        self.data = data
        self.gazetteer = gazetteer or default_gazetteer()
        self.matcher = DiseaseMatcher(
            data.diseases.values(), data.groups.values(), data.common_conditions.values()
        )
        self._lock = threading.Lock()
        self._warnings = {cid: _warnings(c) for cid, c in data.centres.items()}
        self._cities = {fold(c.city) for c in data.centres.values() if c.city}
        self._collation = {cid: (fold(c.city), fold(c.name)) for cid, c in data.centres.items()}
        self._trial_sites = {site for trial in data.trials.values() for site in trial.site_ids}
        self._centre_rowids = {
            rowid: cid for rowid, cid in self._sql("select rowid, id from centres", ())
        }

    # -- public API ---------------------------------------------------------------------------
    def search(self, query: Query) -> list[Result]:
        return self.run(query).results

    def run(self, query: Query) -> SearchOutcome:
        """Search; raises gazetteer.LocationError when the location is unknown."""
        location = None
        if query.location and query.location.strip():
            location = self.gazetteer.resolve(query.location)
        text = (query.text or "")[:MAX_QUERY_CHARS]
        outcome = SearchOutcome(results=[], location=location)
        self._relation: dict[str, int] = {}
        parse = self.matcher.parse(text, prefix_last=not text.endswith(" "))
        outcome.matched_names = [h.matched_name for h in parse.hits]
        outcome.diseases = [self.data.diseases[i] for i in parse.ids("disease")]
        outcome.groups = [self.data.groups[i] for i in parse.ids("group")]
        commons = parse.ids("common")
        outcome.common = self.data.common_conditions[commons[0]] if commons else None

        # "lupus enfant": the age words left over say who the patient is; they are not words of a centre's name
        ages = {"paediatric" for w in parse.leftover if w in CHILD_WORDS} | {"adult" for w in parse.leftover
                                                                               if w in ADULT_WORDS}
        leftover = [w for w in parse.leftover if w not in CHILD_WORDS and w not in ADULT_WORDS]
        if len(ages) == 1 and not query.population:
            query = replace(query, population=ages.pop())
            outcome.population_from_text = query.population
        trial_words, text_words = [], []
        for i, word in enumerate(leftover):
            prefix = i == len(leftover) - 1 and not text.endswith(" ")
            in_centres = self._fts("centres", [word], prefix)
            # a word of trials ("CAR-T", "essai", "NCT…") may also be in trial sites' names: still a trial word
            if self._fts("trials", [word], prefix) and in_centres <= self._trial_sites:
                trial_words.append(word)
            elif in_centres:
                text_words.append(word)
            else:
                outcome.unmatched_words.append(word)
        # "lupus Lyon", "FMF Nîmes": a town after the disease is where the patient is, not a word of a name
        medical = bool(parse.hits or trial_words)
        place_words = [w for w in leftover if w in text_words or w in outcome.unmatched_words]
        if query.location is None and medical and place_words:
            place = self._place_in_text(place_words)
            if place is not None:
                location = outcome.location = place
                outcome.location_from_text = " ".join(place_words)
                text_words = [w for w in text_words if w not in place_words]
                outcome.unmatched_words = [w for w in outcome.unmatched_words if w not in place_words]
        outcome.text_words = text_words
        if outcome.unmatched_words:
            outcome.empty_reason = "unmatched_words"
            outcome.empty_details = {"words": " ".join(outcome.unmatched_words)}
            return outcome
        if parse.unknown_orpha and not parse.hits:
            outcome.empty_reason = "unknown_orpha"
            outcome.empty_details = {"code": parse.unknown_orpha[0]}
            return outcome

        targets = self._disease_targets(parse.ids("disease"), parse.ids("group"))
        candidates: dict[str, list[Match]] = {}
        tiers: dict[str, int] = {}
        names = {h.target_id: h.matched_name for h in parse.hits}
        if targets:
            self._add_expertise(targets, names, candidates, tiers)
            if not candidates:
                first = outcome.diseases[0] if outcome.diseases else None
                outcome.empty_reason = "no_expertise"
                outcome.empty_details = {
                    "disease": first.name_fr if first else outcome.groups[0].name_fr,
                    "group": self.data.groups[first.group].name_fr if first and first.group in self.data.groups else "",
                }
        if outcome.common:
            for centre in self.data.centres.values():
                if centre.specialty == outcome.common.specialty:
                    candidates.setdefault(centre.id, []).append(
                        Match("specialty", matched_name=names.get(outcome.common.id, ""))
                    )
                    tiers.setdefault(centre.id, 2)
        if trial_words:
            trial_ids = self._fts("trials", trial_words, not text.endswith(" "))
            trials = [self.data.trials[t] for t in self.data.trials if t in trial_ids]
            if targets:
                trials = [t for t in trials if targets.keys() & set(t.disease_ids)]
            outcome.trials = trials
            if not trials:
                outcome.empty_reason = "no_trial"
                outcome.empty_details = {"words": " ".join(trial_words)}
                return outcome
            for trial in trials:
                for site in trial.site_ids:
                    status = trial.site_status(site)
                    candidates.setdefault(site, []).insert(0, Match("trial", trial_id=trial.id, evidence=status))
                    # sites of trials that are closed or not yet set up come after the labelled centres
                    is_open = trial.recruitment in OPEN_RECRUITMENT and status != "project"
                    tiers[site] = min(tiers.get(site, 9), 0 if is_open else 3)
        if not (targets or outcome.common or trial_words):
            if text_words:
                for cid in self._fts("centres", text_words, not text.endswith(" ")):
                    candidates[cid] = [self._text_match(self.data.centres[cid], text_words)]
                    tiers[cid] = 1
            elif not parse.unknown_orpha:
                for cid in self.data.centres:
                    candidates[cid] = [Match("all")]
                    tiers[cid] = 1
        elif text_words:
            keep = self._fts("centres", text_words, not text.endswith(" "))
            before = len(candidates)
            for cid in list(candidates):
                if cid in keep:
                    candidates[cid].append(self._text_match(self.data.centres[cid], text_words))
                else:
                    del candidates[cid]
            if before and not candidates and not outcome.empty_reason:
                outcome.empty_reason = "text_excludes_all"
                outcome.empty_details = {"count": before, "words": " ".join(text_words),
                                         "what": ", ".join(outcome.matched_names) or text}

        # a department for adults only is not where a child with a children's disease goes first (and the reverse)
        ages_wanted = {d.population for d in outcome.diseases if d.population}
        mismatched = set()
        if len(ages_wanted) == 1:
            wanted = ages_wanted.pop()
            for cid in candidates:
                population = self.data.centres[cid].population
                if population in ("adult", "paediatric") and population != wanted:
                    mismatched.add(cid)
                    tiers[cid] = tiers.get(cid, 1) + 4
        centres = [self.data.centres[cid] for cid in candidates]
        if not centres:
            if not outcome.empty_reason:
                outcome.empty_reason = "no_data" if not self.data.centres else "unmatched_words"
                outcome.empty_details.setdefault("words", text)
            return outcome
        distances = self._distances(centres, location)
        centres = self._filter(centres, query, location, distances, outcome)
        results = [
            Result(c, tiers.get(c.id, 1), tuple(candidates[c.id]), distances.get(c.id),
                   self._warnings[c.id] + (("population_mismatch",) if c.id in mismatched else ()))
            for c in centres
        ]
        results.sort(key=self._sort_key(location))
        if query.limit:
            results = results[: query.limit]
        outcome.results = results
        return outcome

    # -- pieces -------------------------------------------------------------------------------
    def _sort_key(self, location: Location | None) -> Callable[[Result], tuple]:
        """With a location: centres of the same territory first (a patient in La Réunion is seen on the island
        before Paris), then the referral tiers, then distance. Without: tiers, then the network's order."""
        collation = self._collation
        relation = self._relation
        here = territory(location.latitude, location.longitude) if location else ""

        def key(r: Result) -> tuple:
            c = r.centre
            demoted = not c.is_referral_destination
            city, name = collation[c.id]
            rel = relation.get(c.id, 0)
            if location is not None:
                distance = r.distance_km if r.distance_km is not None else math.inf
                elsewhere = c.has_position and territory(c.latitude, c.longitude) != here
                return (elsewhere, r.tier, rel, demoted, distance, c.role_rank, name)
            return (r.tier, rel, demoted, c.role_rank, city, name)

        return key

    def _sql(self, sql: str, params: tuple) -> list[tuple]:
        assert self.data.conn is not None, "reference data was closed"
        with self._lock:
            return self.data.conn.execute(sql, params).fetchall()

    def _fts(self, table: str, words: list[str], prefix: bool) -> set[str]:
        """Ids of rows whose full-text index holds every word (the last one as a prefix)."""
        expression = fts_phrase(words, prefix_last=prefix)
        if not expression:
            return set()
        rows = self._sql(f"select rowid from {table}_fts where {table}_fts match ?", (expression,))
        if table == "centres":
            return {self._centre_rowids[r[0]] for r in rows if r[0] in self._centre_rowids}
        rowids = [r[0] for r in rows]
        if not rowids:
            return set()
        marks = ",".join("?" * len(rowids))
        return {r[0] for r in self._sql(f"select id from {table} where rowid in ({marks})", tuple(rowids))}

    def _place_in_text(self, words: list[str]) -> Location | None:
        """The commune these words name, unless they rather name a centre ("Saint-Louis" is a hospital)."""
        phrase = " ".join(words)
        try:
            place = self.gazetteer.resolve(phrase)
        except LocationError:
            return None
        if place.precision != "commune" or any(w.isdigit() for w in words):
            return None
        if phrase in self._cities or not self._fts("centres", words, prefix=False):
            return place
        return None

    def _disease_targets(self, disease_ids: list[str], group_ids: list[str]) -> dict[str, tuple[str, str]]:
        """Every disease whose expertise answers the query: {disease: (the disease asked, relation)}."""
        targets: dict[str, tuple[str, str]] = {}

        def add(disease: str, asked: str, relation: str) -> None:
            old = targets.get(disease)
            if old is None or RELATION_ORDER[relation] < RELATION_ORDER[old[1]]:
                targets[disease] = (asked, relation)

        for d in disease_ids:
            add(d, d, "self")
            for a in self.data.ancestors(d):
                add(a, d, "ancestor")
            for c in self.data.descendants(d):
                add(c, d, "descendant")
        for g in group_ids:
            for d in self.data.diseases.values():
                if d.group == g:
                    add(d.id, g, "group")
        return targets

    def _add_expertise(
        self,
        targets: dict[str, tuple[str, str]],
        names: dict[str, str],
        candidates: dict[str, list[Match]],
        tiers: dict[str, int],
    ) -> None:
        for cid, entries in self.data.expertise.items():
            found = []
            for e in entries:
                if e.disease_id not in targets:
                    continue
                asked, relation = targets[e.disease_id]
                kind = "group" if relation == "group" else "disease"
                found.append((RELATION_ORDER[relation], BASIS_ORDER[e.basis], Match(
                    kind, disease_id=asked, matched_name=names.get(asked, ""), basis=e.basis,
                    via_disease_id="" if relation == "self" else e.disease_id, evidence=e.evidence,
                )))
            if not found:
                continue
            found.sort(key=lambda item: (item[0], item[1]))
            best = found[0][2]
            candidates[cid] = [best]
            centre = self.data.centres[cid]
            tiers[cid] = 1 if centre.is_labelled else 2
            self._relation[cid] = found[0][0]

    def _text_match(self, centre: Centre, words: list[str]) -> Match:
        for name in TEXT_FIELDS:
            value = fold(str(getattr(centre, name)))
            value_words = value.split()
            if all(any(v == w or v.startswith(w) for v in value_words) for w in words):
                return Match("text", field=name, matched_name=getattr(centre, name))
        return Match("text", field="keywords")

    @staticmethod
    def _distances(centres: list[Centre], location: Location | None) -> dict[str, float]:
        if location is None:
            return {}
        origin = (location.latitude, location.longitude)
        return {
            c.id: great_circle(origin, (c.latitude, c.longitude)).km
            for c in centres if c.latitude is not None and c.longitude is not None
        }

    def _filter(
        self,
        centres: list[Centre],
        query: Query,
        location: Location | None,
        distances: dict[str, float],
        outcome: SearchOutcome,
    ) -> list[Centre]:
        population = query.population if query.population in ("adult", "paediatric") else None
        region = fold(query.region) if query.region else ""
        radius = query.radius_km if location is not None and query.radius_km else None
        stages: list[tuple[str, Callable[[Centre], bool], dict[str, object]]] = [
            ("filter_population", lambda c: c.population in (population, "both", ""), {"population": population}),
            ("filter_specialty", lambda c: c.specialty in query.specialties, {}),
            ("filter_role", lambda c: bool(set(query.roles) & set(c.roles)), {}),
            ("filter_region", lambda c: fold(c.region) == region, {"region": query.region}),
            ("filter_selection", lambda c: c.id in (query.centre_ids or ()), {}),
            ("filter_radius", lambda c: c.id in distances and distances[c.id] <= (radius or 0),
             {"radius": radius, "place": location.label if location else ""}),
        ]
        active = {
            "filter_population": population is not None,
            "filter_specialty": bool(query.specialties),
            "filter_role": bool(query.roles),
            "filter_region": bool(region),
            "filter_selection": query.centre_ids is not None,
            "filter_radius": radius is not None,
        }
        for code, keep, details in stages:
            if not active[code]:
                continue
            kept = [c for c in centres if keep(c)]
            if centres and not kept and not outcome.empty_reason:
                outcome.empty_reason = code
                outcome.empty_details = {"count": len(centres), **details}
                if code == "filter_radius":
                    near = [distances[c.id] for c in centres if c.id in distances]
                    outcome.empty_details["nearest"] = f"{min(near):.0f}" if near else "?"
                    outcome.empty_details["radius"] = f"{radius:g}"
            centres = kept
        return centres


def territory(latitude: float | None, longitude: float | None) -> str:
    """Metropolitan France or which overseas territory a point is in ("" when none)."""
    if latitude is None or longitude is None:
        return ""
    for name, (a, b, c, d) in FRENCH_AREAS.items():
        if a <= latitude <= b and c <= longitude <= d:
            return name
    return ""


def _warnings(centre: Centre) -> tuple[str, ...]:
    warnings = []
    if not centre.is_referral_destination:
        warnings.append("not_referral_destination")
    if centre.confidence == "inferred":
        warnings.append("establishment_inferred")
    if not centre.population:
        warnings.append("population_unknown")
    if not centre.has_position:
        warnings.append("position_unknown")
    elif centre.coord_precision == "city":
        warnings.append("position_approximate")
    return tuple(warnings)


