"""From registry records to the project's source rows: `trials.csv`, `trial_sites.csv` and `registry_sites.csv`.

The same function serves the first import (a snapshot's CSV) and every refresh (the API): given the current rows,
it keeps what a curator decided (a site's join to a known centre, the name and position of a site of its own, a
trial's product and keywords) and takes everything else from the registry, so that reading the same registry twice
gives the same rows.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field

from centre_finder.core.models import REGISTRY_RECRUITMENT
from centre_finder.core.reference.links import clinicaltrials_url
from centre_finder.core.reference.sources import COLUMNS, parse_csv
from centre_finder.core.text import fold, readable_capitals
from centre_finder.core.trials import places
from centre_finder.core.trials.conditions import (
    TO_REVIEW,
    ConditionMapper,
    ConditionMapping,
    TrialScope,
    resolve,
    trial_scope,
)
from centre_finder.core.trials.registry import NCT_RE, RegistrySite, RegistryTrial
from centre_finder.core.trials.sites import FinessEstablishment, SiteMatcher, is_masked

# the source files an import reads and writes
TRIAL_FILES = ("trials.csv", "trial_sites.csv", "registry_sites.csv")
KEYWORDS = ("CAR-T; CART; cellules CAR-T; lymphocytes CAR-T; thérapie cellulaire; cell therapy; essai; "
            "essai clinique; essai thérapeutique; clinical trial; trial")
# what a trial gives besides the cells studied: conditioning, premedication, comparators
_NOT_PRODUCT = re.compile(r"cyclophosphamide|fludarabine|bendamustine|tocilizumab|rituximab|nintedanib|mycophenol|"
                          r"belimumab|anifrolumab|placebo|comparator|standard of care|prednisolone|methylpred|"
                          r"glucocorticoid|lymphodepl", re.IGNORECASE)
_ANTIGEN = re.compile(r"\b(CD-?\d{1,3}|BCMA|BAFF-?R|DSG3|MuSK|GPRC5D)\b", re.IGNORECASE)
_UNNAMED = "Site non nommé par le registre"


def recruitment(status: str) -> str:
    return REGISTRY_RECRUITMENT.get(status, "unknown")


@dataclass(frozen=True)
class SiteName:
    """A sourced fact naming the establishment behind a masked registry site (`trial_site_names.csv`)."""

    registry_id: str
    facility: str
    postal_code: str
    city: str
    named_as: str
    source_url: str
    source_date: str = ""


@dataclass
class ImportReport:
    trials_read: int = 0
    kept: list[str] = field(default_factory=list)
    left_out: dict[str, list[str]] = field(default_factory=dict)  # reason -> NCT ids
    sites: int = 0  # French sites of the kept trials (one per trial and site)
    locations: int = 0  # distinct registry places among them
    joined: int = 0  # sites joined to known centres
    own_named: int = 0  # sites of their own that the registry (or a source) names
    masked: int = 0  # sites left unnamed ("site non nommé par le registre")
    named_by_source: int = 0  # masked sites a sourced fact names
    to_review: list[str] = field(default_factory=list)  # conditions the vocabulary could not map exactly
    mappings: dict[tuple[str, str], ConditionMapping] = field(default_factory=dict)

    def leave_out(self, reason: str, nct_id: str) -> None:
        self.left_out.setdefault(reason, []).append(nct_id)

    def text(self) -> str:
        lines = [f"{self.trials_read} trials read; {len(self.kept)} kept with {self.sites} French site(s) "
                 f"({self.locations} distinct places): {self.joined} joined to known centres, {self.own_named} "
                 f"named sites of their own, {self.masked} left unnamed (\"{_UNNAMED}\"); "
                 f"{self.named_by_source} masked site(s) named by a cited source instead of the registry"]
        for reason, ids in sorted(self.left_out.items()):
            lines.append(f"left out ({reason}): {len(ids)}")
        if self.to_review:
            lines.append("conditions to review: " + "; ".join(sorted(set(self.to_review))))
        return "\n".join(lines)


@dataclass
class Current:
    """The current source rows the import starts from (curated decisions are kept)."""

    trials: list[dict[str, str]] = field(default_factory=list)
    trial_sites: list[dict[str, str]] = field(default_factory=list)
    registry_sites: list[dict[str, str]] = field(default_factory=list)
    centre_ids: set[str] = field(default_factory=set)


def read_current(files: Mapping[str, bytes]) -> Current:
    """The current rows, from the source files (a folder's, or those stored in a database)."""

    def rows(name: str) -> list[dict[str, str]]:
        return [r.values for r in parse_csv(files[name], name, COLUMNS[name])[0]]

    return Current(rows("trials.csv"), rows("trial_sites.csv"), rows("registry_sites.csv"),
                   {r["id"] for r in rows("centres.csv")})


def read_site_names(data: bytes) -> list[SiteName]:
    return [SiteName(r["registry_id"], r["facility"], r["postal_code"], r["city"], r["named_as"], r["source_url"],
                     r["source_date"])
            for r in (row.values for row in parse_csv(data, "trial_site_names.csv",
                                                      COLUMNS["trial_site_names.csv"])[0])]


def csv_bytes(name: str, rows: Iterable[Mapping[str, str]]) -> bytes:
    """A source file's content, as the project writes them (UTF-8, `,`, `\\n`)."""
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=list(COLUMNS[name]), lineterminator="\n", extrasaction="ignore")
    writer.writeheader()
    for row in rows:
        writer.writerow({k: row.get(k, "") for k in COLUMNS[name]})
    return out.getvalue().encode("utf-8")


@dataclass
class ImportResult:
    trials: list[dict[str, str]]
    trial_sites: list[dict[str, str]]
    registry_sites: list[dict[str, str]]
    report: ImportReport

    def files(self) -> dict[str, bytes]:
        return {"trials.csv": csv_bytes("trials.csv", self.trials),
                "trial_sites.csv": csv_bytes("trial_sites.csv", self.trial_sites),
                "registry_sites.csv": csv_bytes("registry_sites.csv", self.registry_sites)}


def _slug(text: str, limit: int = 40) -> str:
    return "-".join(fold(text).split())[:limit].strip("-")


def site_key(facility: str, postal_code: str, city: str) -> tuple[str, str, str]:
    return fold(facility), postal_code.strip(), fold(city)


def _population(trials: Iterable[RegistryTrial]) -> str:
    ages = {a for t in trials for a in t.std_ages}
    adults, children = bool(ages & {"ADULT", "OLDER_ADULT"}), "CHILD" in ages
    return "both" if adults and children else "adult" if adults else "paediatric" if children else ""


def _target(trial: RegistryTrial) -> str:
    text = " ".join((trial.title, trial.summary, *trial.interventions))
    found = dict.fromkeys(m.upper().replace("CD-", "CD").replace("BAFF-R", "BAFFR") for m in _ANTIGEN.findall(text))
    return "; ".join(found)


def _kind(trial: RegistryTrial) -> str:
    text = " ".join((trial.title, trial.summary, *trial.interventions))
    if re.search(r"\bCAR[- ]?NK\b", text, re.IGNORECASE):
        return "CAR-NK"
    if re.search(r"\bCAAR", text):
        return "CAAR-T"
    if re.search(r"\bCAR[- ]?Treg", text, re.IGNORECASE):
        return "CAR-Treg"
    return "CAR-T"


def import_trials(
    trials: Iterable[RegistryTrial],
    *,
    current: Current,
    mapper: ConditionMapper,
    matcher: SiteMatcher,
    names: Iterable[SiteName] = (),
    read_date: str,
    town_departments: Mapping[str, str] | None = None,
) -> ImportResult:
    """The new rows. The records given are every registry trial (a snapshot, or a refresh that also asked for each
    known trial by its id): registry trials of the current rows that are not among those kept leave.
    `town_departments`: the département of a town's folded name, for sites the registry gives without postal code."""
    report = ImportReport()
    records = {t.nct_id: t for t in trials}
    report.trials_read = len(records)
    named = {(n.registry_id, *site_key(n.facility, n.postal_code, n.city)): n for n in names}
    old_trials = {r["id"]: r for r in current.trials}
    old_own = {r["id"]: r for r in current.registry_sites}
    # where each registry place went before: a curator's join, or a site of its own (reused as is); a masked
    # place is one trial's (sponsors number their sites per trial)
    decided: dict[tuple[str, ...], list[str]] = {}
    decided_how: dict[tuple[str, ...], str] = {}
    for row in current.trial_sites:
        if row.get("site_status") == "registry" and row.get("facility"):
            key = _decision_key(row["trial"], row["facility"], row["postal_code"], row["city"])
            ids = decided.setdefault(key, [])
            ids += [c for c in row["centre"].split() if (c in current.centre_ids or c in old_own) and c not in ids]
            decided_how[key] = decided_how.get(key) or row["joined_by"]

    kept: list[tuple[RegistryTrial, TrialScope]] = []
    for nct, trial in sorted(records.items()):
        if not trial.french_sites():  # whatever its diseases, of no use to a French doctor
            report.leave_out("no_french_site", nct)
            continue
        scope = trial_scope(mapper, nct, trial.conditions)
        for m in scope.mappings:
            report.mappings.setdefault((m.condition, m.trial), m)
            if m.matched_by == TO_REVIEW:
                report.to_review.append(m.condition)
        if not scope.kept:
            report.leave_out(scope.reason, nct)
        else:
            kept.append((trial, scope))
            report.kept.append(nct)

    trial_rows, site_rows = [], []
    own: dict[str, dict[str, str]] = {}
    own_trials: dict[str, list[RegistryTrial]] = {}
    places_seen: set[tuple[str, str, str]] = set()
    for trial, scope in kept:
        trial_id = trial.nct_id.lower()
        url = clinicaltrials_url(trial.nct_id)
        old = old_trials.get(trial_id, {})
        adults = bool(set(trial.std_ages) & {"ADULT", "OLDER_ADULT"}) or not trial.std_ages
        children = "CHILD" in trial.std_ages or not trial.std_ages
        diseases = [resolve(mapper.data, d) for d in scope.diseases]
        seen_links: set[str] = set()
        for site in trial.french_sites():
            report.sites += 1
            key = site_key(site.facility, site.postal_code, site.city)
            places_seen.add(key)
            name = named.get((trial.nct_id, *key)) if is_masked(site.facility) else None
            facility_used = name.named_as if name else site.facility
            previous = _decision_key(trial_id, site.facility, site.postal_code, site.city)
            centres, how = decided.get(previous), decided_how.get(previous, "")
            if not centres:
                match = matcher.match(facility_used, site.city, site.postal_code, adults=adults, children=children,
                                      diseases=diseases)
                centres, how = list(match.centres), match.how
                if not centres:
                    own_id = _own_id(facility_used, site)
                    centres, how = [own_id], ""
                    dep = places.department(site.postal_code) or (town_departments or {}).get(fold(site.city), "")
                    own.setdefault(own_id, _own_row(own_id, facility_used, site, name, match.finess,
                                                    old_own.get(own_id), dep))
            for centre in centres:
                if centre in seen_links:
                    continue
                seen_links.add(centre)
                if centre in own or centre in old_own:
                    if centre not in own:
                        own[centre] = dict(old_own[centre])
                    own_trials.setdefault(centre, []).append(trial)
                    joined_by = ""
                else:
                    joined_by = how
                site_rows.append({
                    "trial": trial_id, "centre": centre, "site_status": "registry", "registry_status": site.status,
                    "facility": site.facility, "city": site.city, "postal_code": site.postal_code,
                    "joined_by": joined_by, "named_by": name.source_url if name else "", "source_url": url})
            report.named_by_source += bool(name)
            if any(c not in own for c in centres):
                report.joined += 1
            elif name or not is_masked(site.facility):
                report.own_named += 1
            else:
                report.masked += 1
        sites_text = "; ".join(
            f"{s.facility}, {' '.join(x for x in (s.postal_code, s.city) if x)}"
            + (f" ({s.status})" if s.status else "") for s in trial.french_sites())
        trial_rows.append({
            "id": trial_id, "registry_id": trial.nct_id, "title": trial.title,
            "product": old.get("product") or "; ".join(i for i in trial.interventions if not _NOT_PRODUCT.search(i)),
            "target": old.get("target") or _target(trial), "kind": old.get("kind") or _kind(trial),
            "keywords": old.get("keywords") or KEYWORDS, "diseases": "; ".join(scope.diseases),
            "common_conditions": "; ".join(scope.common), "diseases_as_published": " | ".join(trial.conditions),
            "french_sites_as_published": sites_text, "status": trial.overall_status,
            "recruitment": recruitment(trial.overall_status), "phase": "; ".join(trial.phases),
            "sponsor": trial.sponsor, "sponsor_class": trial.sponsor_class, "ages": "; ".join(trial.std_ages),
            "min_age": trial.min_age, "max_age": trial.max_age,
            "enrollment": "" if trial.enrollment is None else str(trial.enrollment),
            "enrollment_type": trial.enrollment_type, "start_date": trial.start_date,
            "last_update": trial.last_update, "registry_read": read_date, "url": url,
        })
    report.locations = len(places_seen)
    for centre_id, row in own.items():
        trials_here = own_trials.get(centre_id, [])
        row["population"] = _population(trials_here) or row.get("population", "")
        urls = [clinicaltrials_url(t.nct_id) for t in sorted(trials_here, key=lambda t: t.nct_id)]
        extra = [u for u in row.get("source_urls", "").split() if "clinicaltrials.gov" not in u]
        row["source_urls"] = " ".join(dict.fromkeys([*urls, *extra]))

    # trials that are not the registry's (a project, an inclusion a centre announced) stay as they are
    others = [r for r in current.trials if not NCT_RE.match(r.get("registry_id", ""))]
    other_ids = {r["id"] for r in others}
    other_sites = [r for r in current.trial_sites if r["trial"] in other_ids]
    return ImportResult(
        trials=sorted(trial_rows, key=lambda r: r["id"]) + others,
        trial_sites=sorted(site_rows, key=lambda r: (r["trial"], r["centre"])) + other_sites,
        registry_sites=sorted(own.values(), key=lambda r: r["id"]),
        report=report,
    )


def _decision_key(trial_id: str, facility: str, postal_code: str, city: str) -> tuple[str, ...]:
    return (trial_id if is_masked(facility) else "", *site_key(facility, postal_code, city))


def _own_id(facility: str, site: RegistrySite) -> str:
    parts = ["ctgov", _slug(site.city, 24), site.postal_code, _slug(facility, 40)]
    return "-".join(p for p in parts if p)


def _own_row(own_id: str, facility: str, site: RegistrySite, name: SiteName | None,
             finess: FinessEstablishment | None, old: Mapping[str, str] | None, dep: str) -> dict[str, str]:
    """A site of its own, in `centres.csv`'s columns; a curator's corrections to the previous row are kept."""
    if old is not None:
        return dict(old)
    masked = is_masked(facility)
    place = " ".join(x for x in (site.postal_code, site.city) if x)
    has_point = site.latitude is not None and site.longitude is not None
    row = {
        "id": own_id, "roles": "cart_trial_site", "reference_centre": "", "department": "", "specialty": "",
        "population": "", "coordinator": "", "address": "", "postal_code": site.postal_code, "city": site.city,
        "department_code": dep, "region": places.region(dep),
        "latitude": f"{site.latitude:.5f}" if has_point else "", "longitude": f"{site.longitude:.5f}" if has_point
        else "", "coord_precision": "city" if has_point else "", "phone": "", "phone_type": "", "website": "",
        "finess_id": "", "label_scope": "", "verified": "", "source_urls": "",
    }
    city_point = "position : celle que le registre donne pour la commune (approximative)"
    if masked:
        row.update(name=f"{_UNNAMED} (« {facility} »)", hospital="", confidence="unverified",
                   notes=f"Le registre ne nomme pas l'établissement : « {facility} », {place} ; {city_point}. "
                         "Pour une inclusion, passer par le contact de l'essai sur sa fiche ClinicalTrials.gov.")
        return row
    row.update(name=facility, hospital=facility, confidence="cited",
               notes=f"Établissement tel que le registre le nomme ; {city_point}.")
    if name is not None:
        row["source_urls"] = name.source_url
        row["notes"] = (f"Le registre actuel ne nomme pas l'établissement (« {name.facility} », {place}) ; "
                        f"un relevé antérieur du registre le nommait « {name.named_as} »"
                        + (f" ({name.source_date})" if name.source_date else "") + f" ; {city_point}.")
    if finess is not None:
        row["finess_id"] = finess.finess_id
        if finess.address:
            row["address"] = readable_capitals(finess.address)
        if finess.latitude is not None and finess.geo_quality == "1":
            row.update(latitude=f"{finess.latitude:.5f}", longitude=f"{finess.longitude:.5f}",
                       coord_precision="building")
            row["notes"] = row["notes"].replace(city_point, "position de l'établissement")
        row["notes"] += f" FINESS {finess.finess_id} (registre 2020-03-06) : adresse et position."
        row["source_urls"] = " ".join(x for x in (row["source_urls"], "https://github.com/eurostat/healthcare-services")
                                      if x)
    return row
