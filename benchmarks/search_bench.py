"""Search latency on one directory: the kinds of query people type, with and without place and filters."""

from __future__ import annotations

import time
from pathlib import Path

from benchmarks.measure import Timing, timed
from centre_finder.core.models import Query
from centre_finder.core.reference import database
from centre_finder.core.search.explain import suggestions
from centre_finder.core.search.searcher import Searcher

QUERIES: dict[str, Query] = {
    "disease": Query("lupus"),
    "disease, synonym": Query("Gougerot-Sjögren"),
    "typo": Query("sclerodremie"),
    "ORPHA code": Query("ORPHA:42642"),
    "abbreviation + prefix": Query("fm"),
    "free text (coordinator)": Query("Hachulla"),
    "free text (city)": Query("Toulouse"),
    "disease near a place": Query("sclérodermie", location="62400"),
    "disease, place, radius": Query("vascularite", location="Lyon", radius_km=200),
    "disease + filters": Query("myosite", population="adult", specialties=("internal_medicine",),
                               roles=("crmr_coordinating", "crmr_constitutive", "ccmr")),
    "town in the text": Query("FMF Nîmes"),
    "empty (everything)": Query(""),
    "everything near a place": Query("", location="33000", radius_km=100),
    "FTS operators": Query('"lupus" AND (NOT'),
    "Orphanet disease (classification route)": Query("myosite à inclusions", location="33000"),
    "ICD-10 code": Query("M32.1"),
    "obsolete ORPHA code": Query("ORPHA:325004"),
    "disease of another network": Query("Huntington"),
    "300 random characters": Query("".join(chr(33 + (i * 7919) % 90) for i in range(300))),
}
# what people type in the search field, one keystroke at a time: the completion list follows each
TYPED = ("sclérodermie", "myosite à inclusions", "syndrome de Schnitzler", "polychondrite", "Huntington",
         "fièvre méditerranéenne", "ORPHA:93672", "M32.1", "lupsu", "maladie de Still de l'adulte")


def run(db: Path, repeat: int) -> dict[str, tuple[Timing, int]]:
    """{query label: (timing, number of results)} on the database at `db`."""
    data = database.load(db)
    try:
        searcher = Searcher(data)
        searcher.gazetteer.load()
        out = {}
        for name, query in QUERIES.items():
            count = len(searcher.run(query).results)
            out[name] = (timed(lambda q=query: searcher.run(q), repeat), count)
        return out
    finally:
        data.close()


def completion(db: Path, repeat: int) -> Timing:
    """Time of the completion list per keystroke (the matcher's suggestions and their labels, as the window
    shows them), over every prefix of the typed texts."""
    data = database.load(db)
    try:
        searcher = Searcher(data)
        searcher.matcher.load()
        prefixes = [text[:n] for text in TYPED for n in range(1, len(text) + 1)]
        samples = []
        for prefix in prefixes * max(1, repeat // 10):
            start = time.perf_counter()
            suggestions(data, searcher.matcher.suggest(prefix, limit=10), "fr")
            samples.append((time.perf_counter() - start) * 1000)
        return Timing(samples)
    finally:
        data.close()
