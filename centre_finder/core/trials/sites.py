"""Which known centre a registry site is, if any.

The registry names an establishment ("CHU Strasbourg-Hautepierre", "Pitie Salpetriere University Hospital"), never a
department. A site joins the known centres of the same establishment: the same FINESS establishment (when the
national register is at hand), or the same hospital in the same town. A name that only says the institution ("Chu
Rouen", "Montpellier University Hospital") is the same hospital only as a centre that also names the institution
alone. Where the establishment holds several centres, those whose patients' ages fit the trial and that are listed for
one of its diseases are kept. A masked site ("Novartis Investigative Site", "Local Institution - 0040") names no
establishment: it is never joined, unless a sourced fact names it (`trial_site_names.csv`).
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from centre_finder.core.models import Centre
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.text import fold

_MASKED = re.compile(
    r"investigative site|investigational site|^local institution\b|^research site\b|^study site\b|^clinical site\b|"
    r"^site\b|\bsite (number|no|n)\b|^research facility\b|^for additional information|^novartis\b|^pfizer\b|"
    r"^gsk\b|^sanofi\b|^janssen\b|^\d+$|^investigator site\b|^clinical research site\b|^recruiting site\b",
    re.IGNORECASE)
# words of every hospital's name: they tell no establishment apart
GENERIC_WORDS = frozenset("""
a au aux d de des du en et l la le les s st saint sainte the of and hospital hospitals hopital hopitaux hospitalier
hospitaliere hospitaliers centre center centres chu chr chru ch chi cht universitaire universitaires university
universitary regional regionale general generale groupe group gh ghu site sites aphp ap hp aphm hcl hus hospices civils
public assistance medical clinical clinique institut institute fondation foundation cedex campus unite service
departement department intercommunal intercommunale
""".split())  # noqa: SIM905
_UNIVERSITY = re.compile(r"\b(chu|chru|universitaire|universitaires|university)\b")
# register rows that are not where a trial runs (long-stay units, psychiatric sectors, rehabilitation)
_FINESS_EXCLUDED = re.compile(r"longue dur|maladies mentales|ssr|soins de suite|psychiatr", re.IGNORECASE)


def is_masked(facility: str) -> bool:
    """True when the registry's facility names no establishment (a sponsor's placeholder)."""
    return not facility.strip() or bool(_MASKED.search(facility.strip()))


@dataclass(frozen=True)
class FinessEstablishment:
    finess_id: str  # 9 characters, leading zero kept
    name: str
    postal_code: str
    city: str
    address: str
    latitude: float | None
    longitude: float | None
    geo_quality: str
    facility_type: str


def read_finess(path: Path) -> list[FinessEstablishment]:
    """The French establishments of the Eurostat GISCO harmonisation of FINESS (`../shared/data/hospitals/FR.csv`)."""
    out = []
    with open(path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            if _FINESS_EXCLUDED.search(row.get("facility_type", "")):
                continue
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                lat = lon = None
            street = " ".join(x for x in (row.get("house_number", ""), row.get("street", "")) if x).strip()
            out.append(FinessEstablishment(row["id"].zfill(9), " ".join((row["hospital_name"], row["site_name"])),
                                           row["postcode"].zfill(5) if row["postcode"] else "", row["city"], street,
                                           lat, lon, row.get("geo_qual", ""), row.get("facility_type", "")))
    return out


@dataclass(frozen=True)
class SiteMatch:
    centres: tuple[str, ...]  # the known centres the site joins (none: a site of its own)
    how: str  # "finess 750100125", "hospital and town", "" when not joined
    finess: FinessEstablishment | None = None  # the establishment in the register, when found
    establishment_centres: tuple[str, ...] = ()  # every known centre of the establishment (before the filters)


@dataclass
class SiteMatcher:
    data: ReferenceData
    finess: list[FinessEstablishment] = field(default_factory=list)
    town_words: frozenset[str] = frozenset()  # names of large towns: "CHU Bordeaux Haut-Lévêque" is in Pessac

    def __post_init__(self) -> None:
        # the directory's centres, not the registry's sites of their own (those are found by their id)
        registry_sites = {r["row_id"] for r in self.data.query(
            "select row_id from provenance where table_name = 'centres' and source_file = ?",
            ("db/sources/registry_sites.csv",))}
        self.centres = [c for c in self.data.centres.values() if c.id not in registry_sites]
        self._finess_by_place: dict[str, list[FinessEstablishment]] = {}
        for e in self.finess:
            self._finess_by_place.setdefault(fold(e.city), []).append(e)
            self._finess_by_place.setdefault(e.postal_code, []).append(e)

    def words(self, name: str, city: str = "") -> frozenset[str]:
        """The words of a hospital's name that tell it apart (not generic, not its town)."""
        skip = set(fold(city).split()) | self.town_words
        return frozenset(w for w in fold(name).split() if w not in GENERIC_WORDS and w not in skip and len(w) > 1)

    def _same_place(self, centre: Centre, city: str, postal_code: str) -> bool:
        return (bool(city) and fold(centre.city) == fold(city)) or (
            bool(postal_code) and centre.postal_code == postal_code)

    def establishment(self, facility: str, city: str, postal_code: str) -> FinessEstablishment | None:
        """The FINESS establishment a named facility is, when exactly one fits (same town, every telling word)."""
        wanted = self.words(facility, city)
        if not wanted:
            return None
        found = {e.finess_id: e for key in (fold(city), postal_code) if key
                 for e in self._finess_by_place.get(key, []) if wanted <= set(fold(e.name).split())}
        if not found:
            return None
        # the register lists units of a hospital beside it: the row that says least besides the name is the hospital
        ranked = sorted(found.values(), key=lambda e: (len(set(fold(e.name).split()) - wanted), e.finess_id))
        if len(ranked) > 1 and len(set(fold(ranked[0].name).split()) - wanted) == len(
                set(fold(ranked[1].name).split()) - wanted):
            return None
        return ranked[0]

    def match(self, facility: str, city: str, postal_code: str, *, adults: bool = True, children: bool = False,
              diseases: Iterable[str] = ()) -> SiteMatch:
        """The known centres a named registry site joins (see the module's docstring)."""
        if is_masked(facility):
            return SiteMatch((), "")
        wanted = self.words(facility, city)
        finess = self.establishment(facility, city, postal_code)
        by_finess = [c for c in self.centres if finess and c.finess_id == finess.finess_id]
        if wanted:
            by_name = [c for c in self.centres if self._same_place(c, city, postal_code)
                       and wanted <= self.words(c.hospital, c.city)]
        elif _UNIVERSITY.search(fold(facility)):
            by_name = [c for c in self.centres if self._same_place(c, city, postal_code)
                       and not self.words(c.hospital, c.city) and _UNIVERSITY.search(fold(c.hospital))]
        else:
            by_name = []
        candidates = list({c.id: c for c in (*by_finess, *by_name)}.values())
        if not candidates:
            return SiteMatch((), "", finess)
        how = f"finess {finess.finess_id}" if by_finess else "hospital and town"
        everyone = tuple(c.id for c in candidates)
        fitting = [c for c in candidates if c.specialty != "other" and _ages_fit(c, adults, children)]
        related = self._related(diseases)
        listed = [c for c in fitting if related & {e.disease_id for e in self.data.expertise.get(c.id, [])}]
        chosen = listed or fitting
        return SiteMatch(tuple(c.id for c in chosen), how if chosen else "", finess, everyone)

    def _related(self, diseases: Iterable[str]) -> set[str]:
        """The trial's diseases with the groups above them and the forms below them that centres are listed for."""
        out: set[str] = set()
        for d in diseases:
            out.add(d)
            out.update(r.node_id for r in self.data.orphanet.routes(d))
            if d in self.data.diseases:
                out.update(self.data.ancestors(d))
                out.update(self.data.descendants(d))
        return out


def _ages_fit(centre: Centre, adults: bool, children: bool) -> bool:
    if centre.population == "paediatric":
        return children
    if centre.population == "adult":
        return adults
    return True


def large_town_words(communes: Iterable[tuple[str, int]], minimum: int = 50_000) -> frozenset[str]:
    """Folded one-word names of towns of at least `minimum` inhabitants ("bordeaux", "lille")."""
    return frozenset(fold(name) for name, population in communes
                     if population >= minimum and len(fold(name).split()) == 1)


def town_departments(communes: Iterable[tuple[str, str]]) -> dict[str, str]:
    """The département of each town name that only one commune bears (folded name → "59")."""
    seen: dict[str, set[str]] = {}
    for name, dep in communes:
        seen.setdefault(fold(name), set()).add(dep)
    return {name: deps.pop() for name, deps in seen.items() if len(deps) == 1}
