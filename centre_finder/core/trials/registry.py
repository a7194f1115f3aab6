"""A ClinicalTrials.gov record as the registry gives it, from the API v2 JSON or from the CSV columns of a snapshot
taken from that API (same fields, flattened): no interpretation here, only reading and checking the shape.

API v2 paths read (`protocolSection.…`): identificationModule.nctId / briefTitle; statusModule.overallStatus,
startDateStruct.date, lastUpdatePostDateStruct.date; conditionsModule.conditions; designModule.phases,
enrollmentInfo.count / type; armsInterventionsModule.interventions[].name; sponsorCollaboratorsModule.leadSponsor
.name / class; eligibilityModule.minimumAge / maximumAge / stdAges; contactsLocationsModule.locations[].facility,
city, state, zip, country, status, geoPoint.lat / lon.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

NCT_RE = re.compile(r"^NCT\d{8}$")
# the registry's overall and site statuses
STATUSES = ("RECRUITING", "NOT_YET_RECRUITING", "ENROLLING_BY_INVITATION", "ACTIVE_NOT_RECRUITING", "SUSPENDED",
            "TEMPORARILY_NOT_AVAILABLE", "AVAILABLE", "NO_LONGER_AVAILABLE", "APPROVED_FOR_MARKETING", "WITHHELD",
            "COMPLETED", "TERMINATED", "WITHDRAWN", "UNKNOWN")


class RegistryFormatError(ValueError):
    """An answer or a file that is not in the registry's format; says where."""


@dataclass(frozen=True)
class RegistrySite:
    facility: str
    city: str
    state: str
    postal_code: str
    country: str
    status: str  # the site's own status ("RECRUITING"…), "" when the registry gives none
    latitude: float | None  # the registry's geocode of the city, not of the building
    longitude: float | None


@dataclass(frozen=True)
class RegistryTrial:
    nct_id: str
    title: str
    overall_status: str
    phases: tuple[str, ...]
    conditions: tuple[str, ...]
    interventions: tuple[str, ...]
    sponsor: str
    sponsor_class: str
    min_age: str
    max_age: str
    std_ages: tuple[str, ...]
    enrollment: int | None
    enrollment_type: str
    start_date: str
    last_update: str
    summary: str
    sites: tuple[RegistrySite, ...]

    def french_sites(self) -> list[RegistrySite]:
        return [s for s in self.sites if s.country == "France"]


def _text(value: Any) -> str:
    return value.strip() if isinstance(value, str) else ""


def _number(value: Any) -> float | None:
    if isinstance(value, bool) or not isinstance(value, int | float | str):
        return None
    try:
        number = float(value)
    except ValueError:
        return None
    return number if number == number and abs(number) != float("inf") else None


def _texts(value: Any) -> tuple[str, ...]:
    return tuple(t for v in value if (t := _text(v))) if isinstance(value, list) else ()


def _module(section: dict, name: str) -> dict:
    value = section.get(name)
    return value if isinstance(value, dict) else {}


def from_api_study(study: Any, where: str = "answer") -> RegistryTrial:
    """One element of the API's `studies` list."""
    if not isinstance(study, dict) or not isinstance(study.get("protocolSection"), dict):
        raise RegistryFormatError(f"{where}: a study without protocolSection")
    section = study["protocolSection"]
    ident = _module(section, "identificationModule")
    nct = _text(ident.get("nctId"))
    if not NCT_RE.match(nct):
        raise RegistryFormatError(f"{where}: bad or missing nctId {nct[:20]!r}")
    status = _module(section, "statusModule")
    design = _module(section, "designModule")
    enrolment = _module(design, "enrollmentInfo")
    sponsor = _module(_module(section, "sponsorCollaboratorsModule"), "leadSponsor")
    eligibility = _module(section, "eligibilityModule")
    interventions = _module(section, "armsInterventionsModule").get("interventions")
    locations = _module(section, "contactsLocationsModule").get("locations")
    names = [i.get("name") for i in interventions if isinstance(i, dict)] if isinstance(interventions, list) else []
    sites = []
    for location in locations if isinstance(locations, list) else ():
        if not isinstance(location, dict):
            raise RegistryFormatError(f"{where}: {nct}: a location that is not an object")
        point = location.get("geoPoint") if isinstance(location.get("geoPoint"), dict) else {}
        sites.append(RegistrySite(
            _text(location.get("facility")), _text(location.get("city")), _text(location.get("state")),
            _text(location.get("zip")), _text(location.get("country")), _text(location.get("status")),
            _number(point.get("lat")), _number(point.get("lon"))))
    count = _number(enrolment.get("count"))
    return RegistryTrial(
        nct_id=nct, title=_text(ident.get("briefTitle")), overall_status=_text(status.get("overallStatus")),
        phases=_texts(design.get("phases")), conditions=_texts(_module(section, "conditionsModule").get("conditions")),
        interventions=tuple(dict.fromkeys(t for n in names if (t := _text(n)))),
        sponsor=_text(sponsor.get("name")), sponsor_class=_text(sponsor.get("class")),
        min_age=_text(eligibility.get("minimumAge")), max_age=_text(eligibility.get("maximumAge")),
        std_ages=_texts(eligibility.get("stdAges")), enrollment=int(count) if count is not None else None,
        enrollment_type=_text(enrolment.get("type")),
        start_date=_text(_module(status, "startDateStruct").get("date")),
        last_update=_text(_module(status, "lastUpdatePostDateStruct").get("date")),
        summary=_text(_module(section, "descriptionModule").get("briefSummary")), sites=tuple(sites))


def from_api_page(page: Any, where: str = "answer") -> tuple[list[RegistryTrial], str]:
    """The studies of one page of `/api/v2/studies` and the token of the next page ("" on the last)."""
    if not isinstance(page, dict) or not isinstance(page.get("studies", []), list):
        raise RegistryFormatError(f"{where}: not a page of studies (no 'studies' list)")
    token = page.get("nextPageToken") or ""
    if not isinstance(token, str):
        raise RegistryFormatError(f"{where}: nextPageToken is not text")
    return [from_api_study(s, f"{where}, study {i + 1}") for i, s in enumerate(page.get("studies", []))], token


def to_api_study(trial: RegistryTrial) -> dict[str, Any]:
    """The API v2 JSON of a record (what `from_api_study` reads): used to record answers from a snapshot."""
    locations = []
    for s in trial.sites:
        location: dict[str, Any] = {"facility": s.facility, "city": s.city, "country": s.country}
        for key, value in (("status", s.status), ("state", s.state), ("zip", s.postal_code)):
            if value:
                location[key] = value
        if s.latitude is not None and s.longitude is not None:
            location["geoPoint"] = {"lat": s.latitude, "lon": s.longitude}
        locations.append(location)
    enrolment: dict[str, Any] = {}
    if trial.enrollment is not None:
        enrolment["count"] = trial.enrollment
    if trial.enrollment_type:
        enrolment["type"] = trial.enrollment_type
    eligibility: dict[str, Any] = {"stdAges": list(trial.std_ages)}
    if trial.min_age:
        eligibility["minimumAge"] = trial.min_age
    if trial.max_age:
        eligibility["maximumAge"] = trial.max_age
    return {"protocolSection": {
        "identificationModule": {"nctId": trial.nct_id, "briefTitle": trial.title},
        "statusModule": {"overallStatus": trial.overall_status,
                         "startDateStruct": {"date": trial.start_date},
                         "lastUpdatePostDateStruct": {"date": trial.last_update, "type": "ACTUAL"}},
        "sponsorCollaboratorsModule": {"leadSponsor": {"name": trial.sponsor, "class": trial.sponsor_class}},
        "descriptionModule": {"briefSummary": trial.summary},
        "conditionsModule": {"conditions": list(trial.conditions)},
        "designModule": {"studyType": "INTERVENTIONAL", "phases": list(trial.phases), "enrollmentInfo": enrolment},
        "armsInterventionsModule": {"interventions": [{"name": n} for n in trial.interventions]},
        "eligibilityModule": eligibility,
        "contactsLocationsModule": {"locations": locations},
    }, "hasResults": False}


# -- the snapshot's CSV (one row per trial in trials.csv, one per site in sites.csv) -------------------------------
TRIAL_COLUMNS = ("NCTId", "BriefTitle", "OverallStatus", "Phase", "Conditions", "Interventions", "StartDate",
                 "LastUpdatePostDate", "EnrollmentCount", "EnrollmentType", "BriefSummary", "LeadSponsor",
                 "LeadSponsorClass", "MinAge", "MaxAge", "StdAges")
SITE_COLUMNS = ("NCTId", "Facility", "City", "State", "Zip", "Country", "SiteStatus", "Latitude", "Longitude")


def _split(value: str) -> tuple[str, ...]:
    return tuple(v.strip() for v in value.split("|") if v.strip())


def _csv_rows(path: Path, columns: Iterable[str]) -> list[dict[str, str]]:
    try:
        text = Path(path).read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise RegistryFormatError(f"{path}: cannot read ({exc})") from exc
    reader = csv.DictReader(text.splitlines(keepends=True))
    missing = [c for c in columns if c not in (reader.fieldnames or [])]
    if missing:
        raise RegistryFormatError(f"{path}:1: missing column(s) {', '.join(missing)}")
    try:
        return list(reader)
    except csv.Error as exc:
        raise RegistryFormatError(f"{path}:{reader.line_num}: {exc}") from exc


def _enrolment(value: str) -> int | None:
    number = _number(value.strip()) if value.strip() else None
    return int(number) if number is not None else None


def from_snapshot(trials_csv: Path, sites_csv: Path) -> tuple[list[RegistryTrial], dict[str, list[RegistrySite]]]:
    """The trials of a snapshot with their sites, and the sites whose trial has no row (by NCT id)."""
    sites: dict[str, list[RegistrySite]] = {}
    for i, row in enumerate(_csv_rows(sites_csv, SITE_COLUMNS), start=2):
        nct = row["NCTId"].strip()
        if not NCT_RE.match(nct):
            raise RegistryFormatError(f"{sites_csv}:{i}: bad NCTId {nct[:20]!r}")
        sites.setdefault(nct, []).append(RegistrySite(
            row["Facility"].strip(), row["City"].strip(), row["State"].strip(), row["Zip"].strip(),
            row["Country"].strip(), row["SiteStatus"].strip(), _number(row["Latitude"].strip() or "x"),
            _number(row["Longitude"].strip() or "x")))
    trials = []
    for i, row in enumerate(_csv_rows(trials_csv, TRIAL_COLUMNS), start=2):
        nct = row["NCTId"].strip()
        if not NCT_RE.match(nct):
            raise RegistryFormatError(f"{trials_csv}:{i}: bad NCTId {nct[:20]!r}")
        trials.append(RegistryTrial(
            nct_id=nct, title=row["BriefTitle"].strip(), overall_status=row["OverallStatus"].strip(),
            phases=_split(row["Phase"]), conditions=_split(row["Conditions"]),
            interventions=_split(row["Interventions"]), sponsor=row["LeadSponsor"].strip(),
            sponsor_class=row["LeadSponsorClass"].strip(), min_age=row["MinAge"].strip(),
            max_age=row["MaxAge"].strip(), std_ages=_split(row["StdAges"]),
            enrollment=_enrolment(row["EnrollmentCount"]), enrollment_type=row["EnrollmentType"].strip(),
            start_date=row["StartDate"].strip()[:10], last_update=row["LastUpdatePostDate"].strip()[:10],
            summary=row["BriefSummary"].strip(), sites=tuple(sites.pop(nct, ()))))
    return trials, sites
