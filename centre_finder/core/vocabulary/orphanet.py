"""Orphanet facts read from the reference database on demand: entities, codes, redirections, ICD-10,
classification, age of onset, prevalence, and the routes from a disease to the diseases centres are listed for.

Nothing is loaded at start-up: each question is one indexed query (well under a millisecond).
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from centre_finder.core.models import Disease
from centre_finder.core.vocabulary.orphanet_tables import orpha_id

Query = Callable[[str, tuple], list[tuple]]

ORPHANET_PAGE = "https://www.orpha.net/{lang}/disease/detail/{code}"


def orphanet_url(code: str, lang: str = "fr") -> str:
    """The Orphanet page of a disease, by its ORPHA code (a link a doctor can cite)."""
    return ORPHANET_PAGE.format(lang="en" if lang == "en" else "fr", code=code)


@dataclass(frozen=True)
class Entity:
    code: str
    disease_id: str  # the curated disease with this code, or "orpha-<code>"
    name_fr: str
    name_en: str
    level: str  # "disorder" | "group" | "subtype"
    type: str
    status: str  # "active" | "obsolete" | "deprecated" | "non_rare"
    in_network: bool  # a FAI²R reference centre's scope covers it or a group above it


@dataclass(frozen=True)
class CodeLookup:
    """What an ORPHA code typed by a user stands for."""

    code: str
    entity: Entity | None  # None: no such code in the nomenclature
    replaced_by: Entity | None = None  # an inactive code's current code, when Orphanet gives one
    redirection: str = ""  # "moved_to" | "referred_to"

    @property
    def current(self) -> Entity | None:
        """The active entity the code leads to (itself, or what replaced it)."""
        if self.entity is not None and self.entity.status == "active":
            return self.entity
        return self.replaced_by


@dataclass(frozen=True)
class Route:
    """How a disease reaches a disease that centres are listed for."""

    node_id: str  # the disease with expertise
    relation: str  # "ancestor": the node is a group above the disease asked; "descendant": below it
    distance: int
    path: tuple[str, ...]  # disease ids from the upper entity down to the lower one


class Orphanet:
    """Read-only questions to the Orphanet tables of a reference database."""

    def __init__(self, query: Query):
        self._query = query
        self.entity = lru_cache(maxsize=4096)(self._entity)
        self.routes = lru_cache(maxsize=1024)(self._routes)

    def _entity(self, code: str) -> Entity | None:
        rows = self._query("select orpha_code, disease_id, name_fr, name_en, level, type, status, in_network "
                           "from orpha_entities where orpha_code = ?", (code,))
        return Entity(*rows[0][:7], bool(rows[0][7])) if rows else None

    def lookup(self, code: str) -> CodeLookup:
        code = code.lstrip("0") or "0"
        entity = self.entity(code)
        if entity is None or entity.status == "active":
            return CodeLookup(code, entity)
        rows = self._query("select to_code, kind from orpha_redirections where from_code = ?", (code,))
        seen = {code}
        while rows and rows[0][0] not in seen:  # follow a chain of redirections to an active code
            target = self.entity(rows[0][0])
            if target is None:
                break
            if target.status == "active":
                return CodeLookup(code, entity, target, rows[0][1])
            seen.add(target.code)
            rows = self._query("select to_code, kind from orpha_redirections where from_code = ?", (target.code,))
        return CodeLookup(code, entity)

    def disease(self, disease_id: str) -> Disease | None:
        """A `Disease` for an Orphanet entity no curated row names ("orpha-611")."""
        if not disease_id.startswith("orpha-"):
            return None
        entity = self.entity(disease_id[len("orpha-"):])
        if entity is None or entity.disease_id != disease_id:
            return None
        return Disease(disease_id, entity.code, entity.name_fr or entity.name_en, entity.name_en or entity.name_fr,
                       (), "", "")

    def _routes(self, disease_id: str) -> tuple[Route, ...]:
        rows = self._query("select node_id, relation, distance, path from disease_routes where disease_id = ? "
                           "order by relation, distance, node_id", (disease_id,))
        return tuple(Route(r[0], r[1], r[2], tuple(r[3].split())) for r in rows)

    def icd10_codes(self, code: str) -> list[str]:
        return [r[0] for r in self._query("select icd10 from orpha_icd10 where orpha_code = ? order by icd10", (code,))]

    def by_icd10(self, icd10: str) -> list[Entity]:
        """Active entities linked to an ICD-10 code; a three-character category takes its sub-codes too."""
        if len(icd10) == 3:
            rows = self._query("select distinct orpha_code from orpha_icd10 where icd10 = ? or icd10 like ?",
                               (icd10, icd10 + ".%"))
        else:
            rows = self._query("select distinct orpha_code from orpha_icd10 where icd10 = ?", (icd10,))
        found = [self.entity(r[0]) for r in rows]
        return [e for e in found if e is not None and e.status == "active"]

    def parents(self, code: str) -> list[Entity]:
        rows = self._query("select distinct parent from orpha_links where child = ? order by parent", (code,))
        return [e for e in (self.entity(r[0]) for r in rows) if e is not None]

    def classifications(self, code: str) -> list[tuple[str, str, str]]:
        """The Orphanet classifications holding a code: (number, French name, English name) of their heads."""
        return [(r[0], r[1], r[2]) for r in self._query(
            "select distinct c.classification, c.name_fr, c.name_en from orpha_links l "
            "join orpha_classifications c on c.classification = l.classification "
            "where l.child = ? or l.parent = ? order by c.classification", (code, code))]

    def synonyms(self, code: str, lang: str) -> list[str]:
        return [r[0] for r in self._query("select synonym from orpha_synonyms where orpha_code = ? and lang = ? "
                                          "order by rowid", (code, lang))]

    def onset(self, code: str) -> list[str]:
        rows = self._query("select onset from orpha_onset where orpha_code = ?", (code,))
        return rows[0][0].split(";") if rows else []

    def prevalence(self, code: str) -> tuple[str, str, str] | None:
        rows = self._query("select kind, class, geography from orpha_prevalence where orpha_code = ?", (code,))
        return (rows[0][0], rows[0][1], rows[0][2]) if rows else None

    def definition(self, code: str) -> str:
        rows = self._query("select definition from orpha_definitions where orpha_code = ?", (code,))
        return rows[0][0] if rows else ""


def canonical_id(entity: Entity) -> str:
    return entity.disease_id or orpha_id(entity.code)
