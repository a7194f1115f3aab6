"""Keeping the trials current: ask ClinicalTrials.gov (API v2), show what changed, apply it like a data update.

The registry is asked twice: for the CAR-T trials of FAI²R's diseases with a site in France (page after page), then
for each trial already known that this search did not return (its status may have changed, or its French sites
closed). The answer goes through the same import as the snapshot (`importer.import_trials`), the difference is shown
(`diff.TrialDiff`), and applying it rebuilds the database from its stored sources with the trial files replaced,
keeps a backup and moves the new file into place (`updates.install_sources`): an error at any step changes nothing.
Reading the registry twice on the same day changes nothing the second time.
"""

from __future__ import annotations

import json
import socket
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from centre_finder import __version__
from centre_finder.core.reference import database
from centre_finder.core.reference.build import BuildReport
from centre_finder.core.reference.updates import UpdateError, bundled_base, current_sources, install_sources
from centre_finder.core.trials import conditions, importer, sites
from centre_finder.core.trials.diff import TrialDiff, diff_trials
from centre_finder.core.trials.registry import NCT_RE, RegistryFormatError, RegistryTrial, from_api_page

API_URL = "https://clinicaltrials.gov/api/v2/studies"
# the diseases FAI²R's centres care for, and rheumatoid arthritis, as the registry's condition search reads them
CONDITIONS = ("lupus OR \"systemic sclerosis\" OR scleroderma OR myositis OR dermatomyositis OR polymyositis OR "
              "\"inflammatory myopathy\" OR \"antisynthetase syndrome\" OR sjogren OR vasculitis OR \"ANCA\" OR "
              "\"rheumatoid arthritis\" OR \"autoimmune disease\" OR \"autoimmune diseases\" OR \"IgG4-related "
              "disease\" OR \"Still disease\" OR \"antiphospholipid syndrome\"")
INTERVENTIONS = "\"CAR-T\" OR \"CAR T\" OR \"chimeric antigen receptor\" OR \"CAR-NK\" OR \"CAAR-T\""
FIELDS = ",".join(f"protocolSection.{m}" for m in (
    "identificationModule", "statusModule", "sponsorCollaboratorsModule", "descriptionModule", "conditionsModule",
    "designModule", "armsInterventionsModule", "eligibilityModule", "contactsLocationsModule"))
PAGE_SIZE = 100
MAX_PAGES = 50  # 5,000 trials: far more than the registry holds for this question
TIMEOUT_S = 20.0
MISSING_SHARE = 0.25  # more known trials than this missing from the answers: it is refused

# (url, timeout in seconds) -> the answer's body; raises RefreshError
Transport = Callable[[str, float], bytes]


class RefreshError(Exception):
    """The registry could not be read (no network, a timeout, an error page, an answer not in its format)."""


def http_get(url: str, timeout: float) -> bytes:
    """GET with a timeout and a user agent that says who asks; network failures become RefreshError."""
    request = urllib.request.Request(url, headers={
        "Accept": "application/json", "User-Agent": f"CentreFinder/{__version__} (trial sites for French GPs)"})
    try:
        with urllib.request.urlopen(request, timeout=timeout) as answer:
            return answer.read()
    except urllib.error.HTTPError as exc:
        raise RefreshError(f"ClinicalTrials.gov answered HTTP {exc.code} ({exc.reason})") from exc
    except TimeoutError as exc:
        raise RefreshError(f"ClinicalTrials.gov did not answer within {timeout:g} s") from exc
    except urllib.error.URLError as exc:
        if isinstance(exc.reason, TimeoutError | socket.timeout):
            raise RefreshError(f"ClinicalTrials.gov did not answer within {timeout:g} s") from exc
        raise RefreshError(f"no network, or ClinicalTrials.gov cannot be reached ({exc.reason})") from exc
    except OSError as exc:
        raise RefreshError(f"no network, or ClinicalTrials.gov cannot be reached ({exc})") from exc


def _pages(transport: Transport, base_url: str, params: dict[str, str], timeout: float) -> list[RegistryTrial]:
    out: list[RegistryTrial] = []
    token = ""
    for number in range(1, MAX_PAGES + 1):
        query = {**params, **({"pageToken": token} if token else {})}
        url = f"{base_url}?{urllib.parse.urlencode(query)}"
        body = transport(url, timeout)
        try:
            page = json.loads(body.decode("utf-8"))
        except (UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise RefreshError(f"ClinicalTrials.gov's answer (page {number}) is not JSON ({exc})") from exc
        try:
            trials, token = from_api_page(page, f"ClinicalTrials.gov's answer, page {number}")
        except RegistryFormatError as exc:
            raise RefreshError(str(exc)) from exc
        out += trials
        if not token:
            return out
    raise RefreshError(f"ClinicalTrials.gov's answer has more than {MAX_PAGES} pages: stopped, nothing applied")


def fetch(transport: Transport, *, known: Iterable[str] = (), base_url: str = API_URL,
          timeout: float = TIMEOUT_S) -> list[RegistryTrial]:
    """The CAR-T trials of the networks' diseases with a site in France, and every known trial (by its NCT id)."""
    common = {"format": "json", "pageSize": str(PAGE_SIZE), "fields": FIELDS}
    found = {t.nct_id: t for t in _pages(transport, base_url, {
        **common, "query.cond": CONDITIONS, "query.intr": INTERVENTIONS, "query.locn": "France"}, timeout)}
    missing = sorted(i for i in set(known) - set(found) if NCT_RE.match(i))
    for start in range(0, len(missing), PAGE_SIZE):
        ids = ",".join(missing[start:start + PAGE_SIZE])
        found.update((t.nct_id, t) for t in _pages(transport, base_url, {**common, "filter.ids": ids}, timeout))
    return list(found.values())


@dataclass
class RefreshPlan:
    current: Path  # the database read
    target: Path  # the database to write (the user's copy)
    files: dict[str, bytes]  # the new source files (all of them)
    diff: TrialDiff
    report: importer.ImportReport
    read_date: str
    base: str  # the shipped data the current database descends from

    @property
    def is_empty(self) -> bool:
        return self.diff.is_empty


def plan_refresh(current: Path, target: Path, *, transport: Transport = http_get, base_url: str = API_URL,
                 timeout: float = TIMEOUT_S, read_date: str | None = None,
                 town_words: frozenset[str] = frozenset(),
                 town_departments: dict[str, str] | None = None) -> RefreshPlan:
    """Read the registry and work out the new trial files; nothing is written."""
    try:
        files = current_sources(current)
    except database.DatabaseError as exc:
        raise UpdateError(str(exc)) from exc
    data = database.load(current)
    try:
        current_rows = importer.read_current(files)
        known = {r["registry_id"] for r in current_rows.trials if r["registry_id"]}
        trials = fetch(transport, known=known, base_url=base_url, timeout=timeout)
        # a record is never deleted from the registry: known trials missing even when asked by id mean an answer
        # that is incomplete, not trials that ended (those come back with their status)
        missing = sorted(known - {t.nct_id for t in trials})
        if missing and len(missing) > MISSING_SHARE * len(known):
            raise RefreshError(f"ClinicalTrials.gov did not return {len(missing)} of the {len(known)} known trials, "
                               f"even asked by id ({', '.join(missing[:5])}…): the answer looks incomplete")
        mapper = conditions.ConditionMapper(data, conditions.read_table(files["trial_conditions.csv"]))
        matcher = sites.SiteMatcher(data, [], town_words)
        result = importer.import_trials(
            trials, current=current_rows, mapper=mapper, matcher=matcher,
            names=importer.read_site_names(files["trial_site_names.csv"]),
            read_date=read_date or date.today().isoformat(), town_departments=town_departments)
        base = data.metadata.get("bundled_base") or data.metadata.get("data_version", "")
    finally:
        data.close()
    new_files = {**files, **result.files()}
    return RefreshPlan(Path(current), Path(target), new_files, diff_trials(files, new_files), result.report,
                       read_date or date.today().isoformat(), base)


def apply_refresh(plan: RefreshPlan, *, progress: Callable[[str], None] | None = None) -> tuple[BuildReport, Path]:
    """Rebuild with the new trial files, keep a backup, swap atomically (see `updates.install_sources`)."""
    if plan.is_empty:
        raise UpdateError("nothing to apply: the trials are as the registry gives them")
    return install_sources(plan.files, plan.target, current=plan.current, bundled_base=plan.base or bundled_base(
        plan.current), progress=progress)


def gazetteer_hints() -> tuple[frozenset[str], dict[str, str]]:
    """From the offline gazetteer: names of large towns (not telling words of a hospital's name) and the département
    of each town name only one commune bears."""
    from centre_finder.core.search.gazetteer import LocationError, default_gazetteer

    gazetteer = default_gazetteer()
    try:
        gazetteer.load()
    except LocationError:
        return frozenset(), {}
    towns = sites.large_town_words((c.name, c.population) for c in gazetteer.communes)
    return towns, sites.town_departments((c.name, c.dep) for c in gazetteer.communes if c.kind == "COM")
