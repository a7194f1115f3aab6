"""A local HTTP server that answers `/api/v2/studies` as ClinicalTrials.gov does, from recorded studies.

Used by the tests and the benchmark of `centre-finder trials refresh`: only the network is replaced; the refresh's
own HTTP client, paging, parsing, import and database update all run. The server answers a search with the recorded
studies that have a site in France (what `query.locn=France` selects), `filter.ids` with those studies, both a page
of `pageSize` at a time with an opaque `nextPageToken`. It can also fail on purpose (an error status, a body cut
short, a silence longer than the client's timeout) from a given request on.
"""

from __future__ import annotations

import copy
import gzip
import json
import threading
import time
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

DATA = Path(__file__).resolve().parent / "data" / "ctgov-studies-2026-08-22.json.gz"


def load_studies(path: Path = DATA) -> list[dict[str, Any]]:
    raw = Path(path).read_bytes()
    if Path(path).suffix == ".gz":
        raw = gzip.decompress(raw)
    return json.loads(raw.decode("utf-8"))["studies"]


def nct_id(study: dict[str, Any]) -> str:
    return study["protocolSection"]["identificationModule"]["nctId"]


def in_france(study: dict[str, Any]) -> bool:
    locations = study["protocolSection"].get("contactsLocationsModule", {}).get("locations", [])
    return any(loc.get("country") == "France" for loc in locations)


class RecordedRegistry:
    """`with RecordedRegistry(studies) as registry:` … `registry.url` is the API address to give the refresh."""

    def __init__(self, studies: list[dict[str, Any]], *, fail_from: int | None = None, failure: str = "status",
                 delay_s: float = 0.0, everywhere: bool = False):
        self.studies = copy.deepcopy(studies)
        self.everywhere = everywhere  # the search answers every study, wherever its sites (the benchmark's worst case)
        self.fail_from = fail_from  # the number (1-based) of the first request that fails
        self.failure = failure  # "status" (HTTP 503), "truncated" (JSON cut short), "silence" (no answer in time)
        self.delay_s = delay_s
        self.requests: list[dict[str, list[str]]] = []
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        assert self._server is not None
        return f"http://127.0.0.1:{self._server.server_address[1]}/api/v2/studies"

    def answer(self, query: dict[str, list[str]]) -> dict[str, Any]:
        if "filter.ids" in query:
            wanted = set(query["filter.ids"][0].split(","))
            found = [s for s in self.studies if nct_id(s) in wanted]
        else:
            found = [s for s in self.studies if self.everywhere or in_france(s)]
        size = int(query.get("pageSize", ["10"])[0])
        start = int(query.get("pageToken", ["p0"])[0][1:] or 0)
        page: dict[str, Any] = {"studies": found[start:start + size]}
        if start + size < len(found):
            page["nextPageToken"] = f"p{start + size}"
        return page

    def __enter__(self) -> RecordedRegistry:
        registry = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                parts = urlsplit(self.path)
                query = parse_qs(parts.query)
                registry.requests.append(query)
                number = len(registry.requests)
                failing = registry.fail_from is not None and number >= registry.fail_from
                if registry.delay_s:
                    time.sleep(registry.delay_s)
                if parts.path != "/api/v2/studies":
                    self.send_error(404)
                    return
                if failing and registry.failure == "status":
                    self.send_error(503, "Service Unavailable")
                    return
                if failing and registry.failure == "silence":
                    time.sleep(3.0)
                body = json.dumps(registry.answer(query)).encode("utf-8")
                if failing and registry.failure == "truncated":
                    body = body[: len(body) // 2]
                self.send_response(200)
                self.send_header("Content-Type", "application/json")
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                return

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        assert self._server is not None and self._thread is not None
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)
