"""The search: from a `Query` to ranked `Result`s that say why each centre is there.

A query's text is read as diseases, trial words, a place and words of centres' names; the candidates are the
centres with expertise in the diseases (or the trials' sites, or the centres named); the filters narrow them,
and `order.order_results` ranks them with the user's question in mind (see that module).
"""

from __future__ import annotations

import gc
import sqlite3
from collections.abc import Callable
from dataclasses import replace
from typing import NamedTuple

import numpy as np

from centre_finder.core.models import (
    RECRUITMENT_RANK,
    Centre,
    Disease,
    Expertise,
    Location,
    Match,
    Query,
    Result,
    SearchOutcome,
)
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.search.gazetteer import Gazetteer, LocationError, default_gazetteer
from centre_finder.core.search.order import order_results
from centre_finder.core.search.ranking import TERRITORIES, CentreIndex, LazyResults, territory
from centre_finder.core.text import fold, fts_phrase
from centre_finder.core.vocabulary.matcher import ADULT_WORDS, CHILD_WORDS, INTENT_WORDS, DiseaseMatcher, TextParse

MAX_QUERY_CHARS = 300  # longer input is cut: nobody types more, and it bounds the work
BASIS_ORDER = {"crmr_scope": 0, "ccmr_label": 1, "explicit": 2}
RELATION_ORDER = {"self": 0, "descendant": 1, "ancestor": 2, "group": 3}
# in the list, a centre covered through a group above the disease (its reference centre's scope names inflammatory
# myopathies) is as good as one listed for the disease itself: distance then decides
LIST_ORDER = {"self": 0, "ancestor": 0, "descendant": 1, "group": 2}
# words that ask for trials rather than name one ("CAR-T lupus", "lupus essai"): every trial of the disease
TRIAL_INTENT = frozenset({"essai", "essais", "trial", "trials", "etude", "etudes", "study", "cart", "car", "cellules",
                          "cell", "cells", "inclusion", "recrutement", "recruiting"})
NO_TRIAL = 99  # the trial rank of a centre that is no site of the trials asked
MAX_TARGET_DISEASES = 8  # "scléro" as one types: the best few diseases, not every name starting so
TEXT_FIELDS = ("name", "hospital", "department", "city", "coordinator", "reference_centre_name", "postal_code",
               "region")


def _stored_ranks(data: ReferenceData) -> dict[str, object]:
    """What the database build stored for the alphabetical orders (`ranking.stored_ranks`); none in an older one."""
    try:
        return dict(data.query("select name, data from centre_arrays", ()))
    except sqlite3.Error:
        return {}


class _Target(NamedTuple):
    """How a disease with expertise answers the disease (or group) asked."""

    asked: str
    relation: str  # "self" | "descendant" | "ancestor" | "group"
    distance: int  # steps in the classification
    path: tuple[str, ...]  # disease ids from the upper entity down to the lower one

    DISTANCES = 64

    @property
    def order(self) -> int:
        return RELATION_ORDER[self.relation] * self.DISTANCES + min(self.distance, self.DISTANCES - 1)


class _TextReason(NamedTuple):
    """The centre matched these words of its name, hospital, city…; which field is worked out when shown."""

    words: tuple[str, ...]


# a Match, words of a text match, or (an int) the position of the expertise entry that put the centre there
_Reason = Match | _TextReason | int
_ALL = [Match("all")]


class Searcher:
    def __init__(self, data: ReferenceData, gazetteer: Gazetteer | None = None):
        self.data = data
        self.gazetteer = gazetteer or default_gazetteer()
        self.matcher = DiseaseMatcher(data.query, data.orphanet)
        self.index = CentreIndex(data.centres, _stored_ranks(data))
        self._cities = {fold(city) for city in set(data.centres.column("city")) if city}
        # every expertise entry as arrays, in the database's order (ties between centres keep that order); made
        # from the rows, as Expertise objects are only made for the results shown
        rows = data.expertise.rows
        position = self.index.position
        self._entry_rows = [k for k, row in enumerate(rows) if row[0] in position]  # all, in a consistent database
        self._disease_codes: dict[str, int] = {}
        codes = self._disease_codes
        children = {d.id for d in data.diseases.values() if d.population == "paediatric"}
        self._expertise = {
            "centre": np.array([position[rows[k][0]] for k in self._entry_rows], dtype=np.int64),
            "disease": np.array([codes.setdefault(rows[k][1], len(codes)) for k in self._entry_rows], dtype=np.int64),
            "basis": np.array([BASIS_ORDER[rows[k][2]] for k in self._entry_rows], dtype=np.int64),
            "seq": np.arange(len(self._entry_rows), dtype=np.int64),
            # expertise through a children's group ("… de l'enfant"): for a child, as good as any
            "children": np.array([rows[k][1] in children for k in self._entry_rows], dtype=np.int64),
        }
        # the directory lives as long as the searcher: the collector need not rescan its objects (with 100,000
        # centres every full collection took ~0.1 s, paid at random moments while results were built)
        gc.freeze()
        self._trial_sites = {site for trial in data.trials.values() for site in trial.site_ids}
        rowids = [r[0] for r in self._sql("select rowid from centres order by rowid", ())]
        self._centre_rowids = dict(zip(rowids, self.index.ids, strict=False))

    # -- public API ---------------------------------------------------------------------------
    def search(self, query: Query) -> list[Result]:
        return list(self.run(query).results)

    def run(self, query: Query) -> SearchOutcome:
        """Search; raises gazetteer.LocationError when the location is unknown."""
        location = None
        if query.location and query.location.strip():
            location = self.gazetteer.resolve(query.location)
        text = (query.text or "")[:MAX_QUERY_CHARS]
        outcome = SearchOutcome(results=[], location=location)
        parse = self.matcher.parse(text, prefix_last=not text.endswith(" "))
        self._understand(parse, outcome)

        # "lupus enfant": the age words left over say who the patient is; they are not words of a centre's name
        ages = {"paediatric" for w in parse.leftover if w in CHILD_WORDS} | {"adult" for w in parse.leftover
                                                                               if w in ADULT_WORDS}
        leftover = [w for w in parse.leftover if w not in CHILD_WORDS and w not in ADULT_WORDS]
        # "PNDS lupus", "lupus réfractaire essai": what the user wants, not words of a name
        outcome.intent_words = [w for w in leftover if w in INTENT_WORDS]
        trial_intent = any(w in TRIAL_INTENT for w in outcome.intent_words)
        leftover = [w for w in leftover if w not in INTENT_WORDS]
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
        medical = bool(parse.hits or trial_words or trial_intent)
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
            if not parse.hits:
                outcome.suggestions = [d for h in self.matcher.did_you_mean(outcome.unmatched_words)
                                       if h.target == "disease" and (d := self.data.disease(h.target_id))]
            return outcome
        if not parse.hits and (parse.unknown_orpha or parse.unknown_icd10 or outcome.inactive_codes):
            outcome.empty_reason = ("unknown_orpha" if parse.unknown_orpha else "inactive_orpha"
                                    if outcome.inactive_codes else "unknown_icd10")
            outcome.empty_details = {"code": (parse.unknown_orpha + outcome.inactive_codes + parse.unknown_icd10)[0]}
            return outcome

        targets = self._disease_targets([d.id for d in outcome.diseases], [g.id for g in outcome.groups])
        index = self.index
        n = len(index)
        # the candidates, as arrays over every centre: in the list, tier, relation to the disease asked, and the
        # expertise entry that put them there; the other reasons go into `front` (trials) and the flags below
        member = np.zeros(n, dtype=bool)
        tier = np.ones(n, dtype=np.int16)
        rel = np.zeros(n, dtype=np.int16)
        entry = np.full(n, -1, dtype=np.int64)
        front: dict[int, list[Match]] = {}
        common_match: Match | None = None
        common_mask: np.ndarray | None = None
        text_reason: _TextReason | None = None
        names = {h.target_id: h.matched_name for h in parse.hits}
        if targets:
            children = query.population == "paediatric" or (bool(outcome.diseases) and all(
                d.population == "paediatric" for d in outcome.diseases))
            self._add_expertise(targets, member, tier, rel, entry, children=children)
            if not member.any() and not outcome.empty_reason:
                first = outcome.diseases[0] if outcome.diseases else None
                outcome.empty_reason = "no_expertise"
                outcome.empty_details = {
                    "disease": first.name_fr if first else outcome.groups[0].name_fr,
                    "group": self.data.groups[first.group].name_fr if first and first.group in self.data.groups else "",
                }
        elif outcome.out_of_network and not outcome.common:
            outcome.empty_reason = "out_of_network"
            first = outcome.out_of_network[0]
            outcome.empty_details = {"disease": first.name_fr, "disease_en": first.name_en, "code": first.orpha_code,
                                     "classification": self._classification_names(first, "fr"),
                                     "classification_en": self._classification_names(first, "en")}
        if outcome.common:
            common_match = Match("specialty", matched_name=names.get(outcome.common.id, ""))
            common_mask = np.zeros(n, dtype=bool)
            common_mask[index.by_specialty.get(outcome.common.specialty, [])] = True
            tier[common_mask & ~member] = 2
            member |= common_mask
        trial_rank = np.full(n, NO_TRIAL, dtype=np.int16)
        if query.recruiting:
            trial_intent = True
        if trial_words or trial_intent:
            trial_ids = self._fts("trials", trial_words, not text.endswith(" ")) if trial_words else self.data.trials
            trials = [self.data.trials[t] for t in self.data.trials if t in trial_ids]
            if targets or outcome.common:
                related = self._trial_diseases([d.id for d in outcome.diseases], targets)
                common = outcome.common.id if outcome.common else ""
                trials = [t for t in trials if related & set(t.disease_ids) or common in t.common_ids]
            outcome.trials = trials
            if not trials:
                outcome.empty_reason = "no_trial"
                outcome.empty_details = {"words": " ".join(trial_words or outcome.intent_words)}
                return outcome
            found: dict[int, list[tuple[int, Match]]] = {}
            for trial in trials:
                for site in trial.site_ids:
                    i = index.position.get(site)
                    if i is None:
                        continue
                    recruitment = trial.site_recruitment(site)
                    rank = RECRUITMENT_RANK.get(recruitment, RECRUITMENT_RANK["unknown"])
                    found.setdefault(i, []).append((rank, Match("trial", trial_id=trial.id, evidence=recruitment)))
            for i, matches in found.items():
                matches.sort(key=lambda m: m[0])  # stable: the trials' order among equals
                if query.recruiting:
                    matches = [m for m in matches if m[1].evidence == "recruiting"]
                    if not matches:
                        continue
                front[i] = [m for _r, m in matches]
                trial_rank[i] = matches[0][0]
                # sites of trials that include (or will, or did until lately) come before the centres for the
                # disease; those of trials ended or only planned after them
                is_open = trial_rank[i] <= RECRUITMENT_RANK["closed"]
                tier[i] = min(int(tier[i]) if member[i] else 9, 0 if is_open else 3)
                member[i] = True
            if query.recruiting:
                member &= trial_rank < NO_TRIAL
                if not member.any():
                    outcome.empty_reason = "no_recruiting_trial"
                    outcome.empty_details = {"words": text}
                    return outcome
        if not (targets or outcome.common or trial_words or trial_intent or outcome.out_of_network):
            if text_words:
                text_reason = _TextReason(tuple(text_words))
                member[self._fts_positions(text_words, not text.endswith(" "))] = True
            elif not parse.unknown_orpha:
                member[:] = True
        elif text_words:
            before = int(member.sum())
            text_reason = _TextReason(tuple(text_words))
            keep = np.zeros(n, dtype=bool)
            keep[self._fts_positions(text_words, not text.endswith(" "))] = True
            member &= keep
            if before and not member.any() and not outcome.empty_reason:
                outcome.empty_reason = "text_excludes_all"
                outcome.empty_details = {"count": before, "words": " ".join(text_words),
                                         "what": ", ".join(outcome.matched_names) or text}

        idx = np.flatnonzero(member)
        tier, rel, trial_rank = tier[idx], rel[idx], trial_rank[idx]
        # a department for adults only is not where a child with a children's disease goes first (and the reverse)
        ages_wanted = {d.population for d in outcome.diseases if d.population}
        mismatched = np.zeros(len(idx), dtype=bool)
        if len(ages_wanted) == 1:
            wanted = ages_wanted.pop()
            other = index.codes(index.population_codes, [p for p in ("adult", "paediatric") if p != wanted])
            mismatched = np.isin(index.population[idx], other)
            tier = tier + 4 * mismatched
        if not len(idx):
            if not outcome.empty_reason:
                outcome.empty_reason = "no_data" if not self.data.centres else "unmatched_words"
                outcome.empty_details.setdefault("words", text)
            return outcome
        distance = index.distances_km(location.latitude, location.longitude)[idx] if location else None
        keep = self._filter(idx, distance, query, location, outcome)
        if keep is not None:
            idx, tier, rel, mismatched = idx[keep], tier[keep], rel[keep], mismatched[keep]
            trial_rank = trial_rank[keep]
            distance = distance[keep] if distance is not None else None
        elsewhere = None
        if location is not None and distance is not None:
            here = territory(location.latitude, location.longitude)
            here_code = TERRITORIES.index(here) if here else -2
            elsewhere = index.has_position[idx] & (index.territory[idx] != here_code)
        candidates = idx
        # for a trial, a site the registry does not name is the answer (with its warning), not a site to push down
        demoted = index.demoted[idx].astype(bool) & (tier % 4 != 0)
        ordering = order_results(
            tier=tier, rel=rel, warned=demoted | mismatched, role_rank=index.role_rank[idx], trial_rank=trial_rank,
            name_rank=(index.name_rank if distance is not None else index.city_name_rank)[idx], distance=distance,
            elsewhere=elsewhere, centre_id=lambda k: index.ids[int(candidates[k])], disease_asked=bool(targets))
        order, outcome.notes = ordering.order, ordering.notes
        if query.limit:
            order = order[: query.limit]
        idx, tier, mismatched = idx[order], tier[order], mismatched[order]
        distance = distance[order] if distance is not None else None

        def build(k: int) -> Result:
            i = int(idx[k])
            centre = index.centre(i)
            found: list[_Reason] = [*front.get(i, ())]
            if entry[i] >= 0:
                found.append(int(entry[i]))
            if common_mask is not None and common_match is not None and common_mask[i]:
                found.append(common_match)
            if text_reason is not None:
                found.append(text_reason)
            d = float(distance[k]) if distance is not None and index.has_position[i] else None
            return Result(centre, int(tier[k]), tuple(self._match(r, centre, targets, names) for r in found or _ALL), d,
                          _warnings(centre) + (("population_mismatch",) if mismatched[k] else ()))

        def locate(centre_id: str) -> int:
            i = index.position.get(centre_id)
            rows = np.flatnonzero(idx == i) if i is not None else ()
            return int(rows[0]) if len(rows) else -1

        outcome.results = LazyResults(len(idx), build, locate, lambda k: index.centre(idx[k]))
        return outcome

    # -- pieces -------------------------------------------------------------------------------
    def _sql(self, sql: str, params: tuple) -> list[tuple]:
        return self.data.query(sql, params)

    def _understand(self, parse: TextParse, outcome: SearchOutcome) -> None:
        """Which diseases, groups and common conditions the text names, and what the search should say of them.

        Of the many names a prefix may match ("scléro"), the search keeps those the networks cover (at most a
        few); a disease no network of the app covers is kept aside to be explained, never dropped."""
        data = self.data
        outcome.corrections = list(parse.corrections)
        outcome.redirected = [(c.code, c.replaced_by.code) for c in parse.inactive_orpha if c.replaced_by]
        outcome.inactive_codes = [c.code for c in parse.inactive_orpha if not c.replaced_by]
        # each part of the text that names diseases: its best match decides whether the networks cover it
        # ("myasthénie" is myasthenia gravis, outside them, before a covered neonatal form)
        spans: dict[str, list[Disease]] = {}
        for hit in parse.hits:
            d = data.disease(hit.target_id) if hit.target == "disease" else None
            if d is not None and d not in spans.setdefault(hit.words, []):
                spans[hit.words].append(d)
        covered, outside = [], []
        any_covered = any(self._reachable(diseases[0]) for diseases in spans.values())
        for words, diseases in spans.items():
            if self._reachable(diseases[0]):
                covered += [d for d in diseases if d not in covered and self._reachable(d)]
            elif any_covered and self._fts("centres", words.split(), prefix=False):
                # "lupus Saint-Louis": the hospital, not St. Louis encephalitis
                parse.leftover += words.split()
                parse.hits = [h for h in parse.hits if h.words != words]
            else:
                outside.append(diseases[0])
        outcome.matched_names = [h.matched_name for h in parse.hits]
        outcome.diseases = covered[:MAX_TARGET_DISEASES]
        outcome.out_of_network = outside if not covered else []
        outcome.also_outside = outside if covered else []
        outcome.groups = [data.groups[i] for i in parse.ids("group")]
        commons = parse.ids("common")
        outcome.common = data.common_conditions[commons[0]] if commons else None

    def _reachable(self, disease: Disease) -> bool:
        """Some centre of the app's networks is listed for this disease, a group above it or one below it."""
        return disease.id in self._disease_codes or bool(self.data.orphanet.routes(disease.id)) or any(
            d in self._disease_codes for d in (*self.data.ancestors(disease.id), *self.data.descendants(disease.id)))

    def _classification_names(self, disease: Disease, lang: str) -> str:
        """The heads of the Orphanet classifications a disease is in ("Maladie neurologique rare")."""
        heads = self.data.orphanet.classifications(disease.orpha_code) if disease.orpha_code else []
        return ", ".join(dict.fromkeys(en if lang == "en" else fr for _n, fr, en in heads))

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

    def _fts_positions(self, words: list[str], prefix: bool) -> list[int]:
        return [self.index.position[cid] for cid in self._fts("centres", words, prefix)]

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

    def _disease_targets(self, disease_ids: list[str], group_ids: list[str]) -> dict[str, _Target]:
        """Every disease whose expertise answers the query, with how it relates to the disease asked.

        A disease is covered by the expertise of a group above it in the Orphanet classification ("Myosite à
        inclusions" by inflammatory myopathies) and, when the user names a group, by that of the diseases below."""
        targets: dict[str, _Target] = {}

        def add(disease: str, target: _Target) -> None:
            old = targets.get(disease)
            if old is None or target.order < old.order:
                targets[disease] = target

        for d in disease_ids:
            add(d, _Target(d, "self", 0, ()))
            for route in self.data.orphanet.routes(d):
                add(route.node_id, _Target(d, route.relation, route.distance, route.path))
            for a in self.data.ancestors(d):
                add(a, _Target(d, "ancestor", 1, ()))
            for c in self.data.descendants(d):
                add(c, _Target(d, "descendant", 1, ()))
        for g in group_ids:
            for d in self.data.diseases.values():
                if d.group == g:
                    add(d.id, _Target(g, "group", 0, ()))
        return targets

    def _trial_diseases(self, disease_ids: list[str], targets: dict[str, _Target]) -> set[str]:
        """The diseases a trial may name to be open to those asked: them, the groups above them in the Orphanet
        classification (a basket trial of systemic autoimmune diseases), the forms below them, and the diseases
        whose centres answer them."""
        related = set(targets)
        todo = [self.data.disease(d) for d in disease_ids]
        seen: set[str] = set()
        while todo:
            disease = todo.pop()
            if disease is None or not disease.orpha_code or disease.orpha_code in seen:
                continue
            seen.add(disease.orpha_code)
            related.add(disease.id)
            for parent in self.data.orphanet.parents(disease.orpha_code):
                related.add(parent.disease_id)
                todo.append(self.data.disease(parent.disease_id))
        return related

    def _add_expertise(self, targets: dict[str, _Target], member: np.ndarray, tier: np.ndarray,
                       rel: np.ndarray, entry: np.ndarray, *, children: bool = False) -> None:
        """Mark each centre with expertise in a target disease, by its best link: closest relation, strongest
        basis, then the order of the database. Vectorised: a disease group may touch most of a large directory.

        Unless the patient is a child, a link through a children's disease or group (RAISE's scope, "de
        l'enfant") comes after the direct ones, as a link through a form below the disease does."""
        e = self._expertise
        rank_of = np.full(len(self._disease_codes), -1, dtype=np.int64)
        for disease, target in targets.items():
            code = self._disease_codes.get(disease)
            if code is not None:
                rank_of[code] = target.order
        rank = rank_of[e["disease"]] if len(e["disease"]) else np.zeros(0, dtype=np.int64)
        hit = np.flatnonzero(rank >= 0)
        if not len(hit):
            return
        # one sortable number per entry (relation and distance, basis, position), and its minimum per centre
        key = (rank[hit] << 40) | (e["basis"][hit] << 36) | e["seq"][hit]
        best = np.full(len(member), np.iinfo(np.int64).max, dtype=np.int64)
        np.minimum.at(best, e["centre"][hit], key)
        centres = np.flatnonzero(best != np.iinfo(np.int64).max)
        chosen = best[centres]
        member[centres] = True
        tier[centres] = np.where(self.index.labelled_array[centres], 1, 2)
        order = np.array([LIST_ORDER[r] for r in sorted(RELATION_ORDER, key=RELATION_ORDER.get)], dtype=np.int16)
        rel[centres] = order[(chosen >> 40) // _Target.DISTANCES]  # the relation, not the distance, orders the list
        entry[centres] = chosen & ((1 << 36) - 1)
        if not children:
            rel[centres] = np.maximum(rel[centres], e["children"][entry[centres]])

    def _match(self, reason: _Reason, centre: Centre, targets: dict[str, _Target],
               names: dict[str, str]) -> Match:
        if isinstance(reason, Match):
            return reason
        if isinstance(reason, _TextReason):
            return self._text_match(centre, reason.words)
        e = Expertise(*self.data.expertise.rows[self._entry_rows[reason]])
        target = targets[e.disease_id]
        return Match(
            "group" if target.relation == "group" else "disease", disease_id=target.asked,
            matched_name=names.get(target.asked, ""), basis=e.basis,
            via_disease_id="" if target.relation == "self" else e.disease_id, evidence=e.evidence, path=target.path,
            relation=target.relation,
        )

    def _text_match(self, centre: Centre, words: tuple[str, ...] | list[str]) -> Match:
        for name in TEXT_FIELDS:
            value = fold(str(getattr(centre, name)))
            value_words = value.split()
            if all(any(v == w or v.startswith(w) for v in value_words) for w in words):
                return Match("text", field=name, matched_name=getattr(centre, name))
        return Match("text", field="keywords")

    def _filter(
        self,
        idx: np.ndarray,
        distance: np.ndarray | None,
        query: Query,
        location: Location | None,
        outcome: SearchOutcome,
    ) -> np.ndarray | None:
        """Which candidates the filters keep (a mask over `idx`; None when no filter is on). The first filter that
        empties a non-empty list is recorded, so the UI can say which one to relax."""
        index = self.index
        population = query.population if query.population in ("adult", "paediatric") else None
        region = fold(query.region) if query.region else ""
        radius = query.radius_km if location is not None and query.radius_km else None
        stages: list[tuple[str, bool, Callable[[np.ndarray], np.ndarray], dict[str, object]]] = [
            ("filter_population", population is not None,
             lambda i: np.isin(index.population[idx[i]],
                               index.codes(index.population_codes, [population or "", "both", ""])),
             {"population": population}),
            ("filter_specialty", bool(query.specialties),
             lambda i: np.isin(index.specialty[idx[i]], index.codes(index.specialty_codes, query.specialties)), {}),
            ("filter_role", bool(query.roles), lambda i: (index.roles[idx[i]] & index.role_mask(query.roles)) != 0,
             {}),
            ("filter_region", bool(region),
             lambda i: index.region[idx[i]] == index.region_codes.get(region, -1), {"region": query.region}),
            ("filter_selection", query.centre_ids is not None,
             lambda i: np.isin(idx[i], [index.position[c] for c in query.centre_ids or () if c in index.position]),
             {}),
            ("filter_radius", radius is not None,
             lambda i: distance[i] <= (radius or 0) if distance is not None else np.zeros(len(i), dtype=bool),
             {"radius": radius, "place": location.label if location else ""}),
        ]
        kept = np.arange(len(idx))
        filtered = False
        for code, active, keep, details in stages:
            if not active:
                continue
            filtered = True
            mask = keep(kept)
            if len(kept) and not mask.any() and not outcome.empty_reason:
                outcome.empty_reason = code
                outcome.empty_details = {"count": len(kept), **details}
                if code == "filter_radius":
                    near = distance[kept] if distance is not None else np.array([])
                    near = near[np.isfinite(near)]
                    outcome.empty_details["nearest"] = f"{near.min():.0f}" if len(near) else "?"
                    outcome.empty_details["radius"] = f"{radius:g}"
            kept = kept[mask]
        return kept if filtered else None


def _warnings(centre: Centre) -> tuple[str, ...]:
    warnings = []
    if not centre.is_referral_destination:
        warnings.append("not_referral_destination")
        if "cart_trial_site" in centre.roles and centre.confidence == "unverified":
            warnings.append("registry_site_not_named")
    if centre.establishment_unconfirmed:
        warnings.append("establishment_unconfirmed")
    if centre.confidence == "inferred":
        warnings.append("establishment_inferred")
    if not centre.population:
        warnings.append("population_unknown")
    if not centre.has_position:
        warnings.append("position_unknown")
    elif centre.coord_precision == "city":
        warnings.append("position_approximate")
    return tuple(warnings)


