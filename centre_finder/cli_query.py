"""The options every command shares, checked in one place, and how a centre is named on the command line.

`check_options` is the one validation of search, export, screenshot and referral: the same option gets the
same answer (and exit code 2) whichever command carries it. A centre is named by its id, an unambiguous
start of it, or its row number (#) in the last `search`, whose ids are kept in the user's data folder.
"""

from __future__ import annotations

import argparse
import contextlib
import json
import os
from dataclasses import dataclass
from pathlib import Path

from centre_finder import paths
from centre_finder.core.models import ROLES, SPECIALTIES, Query
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.text import fold

LAST_SEARCH = "last-search.json"
MAX_CANDIDATES_SHOWN = 8


class OptionError(ValueError):
    """A bad option: the message says which and why (exit code 2)."""


def positive(kind):
    def parse(text: str):
        value = kind(text)
        if not value > 0 or value != value or value == float("inf"):
            raise argparse.ArgumentTypeError(f"must be a positive number, got {text!r}")
        return value

    parse.__name__ = kind.__name__
    return parse


def add_query_options(parser: argparse.ArgumentParser) -> None:
    """The filters of a search, for every command that runs one (search, export)."""
    parser.add_argument("query", nargs="?", default="", help="disease, centre, city, coordinator, trial…")
    parser.add_argument("--near", help="postal code, commune (e.g. 'Saint-Denis 93') or 'lat,lon'")
    parser.add_argument("--radius", type=positive(float), help="kilometres around --near")
    parser.add_argument("--population", choices=("adult", "paediatric"))
    parser.add_argument("--specialty", action="append", choices=SPECIALTIES, default=[])
    parser.add_argument("--role", action="append", choices=ROLES, default=[])
    parser.add_argument("--region")
    parser.add_argument("--limit", type=positive(int))


@dataclass(frozen=True)
class Options:
    query: Query
    centre_id: str | None = None  # from --centre (referral) or --select (screenshot)


def check_options(args: argparse.Namespace, data: ReferenceData | None) -> Options:
    """Validate the query and centre options a command has; raises OptionError (exit 2) on the first bad one.

    `data` may be None for a command with neither --region nor a centre to name (screenshot without --select).
    """
    near = getattr(args, "near", None)
    radius = getattr(args, "radius", None)
    region = getattr(args, "region", None)
    if radius is not None and not near:
        raise OptionError("error: --radius needs --near (the place the distance is measured from)")
    if near is not None:
        from centre_finder.core.search.gazetteer import LocationError, default_gazetteer

        try:
            default_gazetteer().resolve(near)
        except LocationError as exc:
            raise OptionError(f"error: --near: {exc}") from exc
    if region and data is not None:
        regions = data.regions()
        if fold(region) not in {fold(r) for r in regions}:
            raise OptionError(f"error: unknown region {region!r}; regions: {', '.join(regions)}")
    text = getattr(args, "query", "") or ""
    query = Query(text=text, location=near, radius_km=radius, population=getattr(args, "population", None),
                  specialties=tuple(getattr(args, "specialty", ()) or ()), roles=tuple(getattr(args, "role", ()) or ()),
                  region=region, limit=getattr(args, "limit", None),
                  recruiting=bool(getattr(args, "recruiting", False)))
    ref = getattr(args, "centre", None) or getattr(args, "select", None)
    return Options(query, resolve_centre(ref, data) if ref and data is not None else None)


# -- naming a centre --------------------------------------------------------------------------------------------
def last_search_path() -> Path:
    return paths.user_data_dir() / LAST_SEARCH


def save_last_search(ids: list[str], query: str) -> None:
    """Keep the ids of the rows just shown, for `--centre 3`; never a reason for the search to fail."""
    path = last_search_path()
    with contextlib.suppress(OSError):
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f".{LAST_SEARCH}.{os.getpid()}.tmp")
        tmp.write_text(json.dumps({"query": query, "ids": ids}, ensure_ascii=False), encoding="utf-8")
        tmp.replace(path)


def last_search_ids() -> list[str] | None:
    try:
        record = json.loads(last_search_path().read_text(encoding="utf-8"))
        ids = record["ids"]
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return [i for i in ids if isinstance(i, str)] if isinstance(ids, list) else None


def resolve_centre(ref: str, data: ReferenceData) -> str:
    """The centre id that `ref` names: an id, the row number (#) of the last search, or the start of one id."""
    ref = ref.strip()
    if ref in data.centres:
        return ref
    if ref.isdigit():
        return _from_last_search(int(ref), data)
    start = ref.lower()
    found = sorted(cid for cid in data.centres if cid.lower().startswith(start)) if start else []
    if len(found) == 1:
        return found[0]
    if not found:
        raise OptionError(f"error: unknown centre {ref!r}: give its id, the start of its id, or its row number "
                          "(#) in the last `centre-finder search` (`search --ids` shows the ids)")
    shown = "\n".join(f"  {cid}  ({data.centres[cid].name}, {data.centres[cid].city})"
                      for cid in found[:MAX_CANDIDATES_SHOWN])
    more = f"\n  … and {len(found) - MAX_CANDIDATES_SHOWN} more" if len(found) > MAX_CANDIDATES_SHOWN else ""
    raise OptionError(f"error: {ref!r} starts {len(found)} centre ids; which one?\n{shown}{more}")


def _from_last_search(row: int, data: ReferenceData) -> str:
    ids = last_search_ids()
    if not ids:
        raise OptionError(f"error: no last search to take row {row} from: run `centre-finder search …` first, "
                          "or give the centre's id")
    if not 1 <= row <= len(ids):
        raise OptionError(f"error: the last search listed {len(ids)} centre(s): no row {row}")
    centre_id = ids[row - 1]
    if centre_id not in data.centres:
        raise OptionError(f"error: row {row} of the last search ({centre_id}) is not in this database "
                          f"({data.path})")
    return centre_id
