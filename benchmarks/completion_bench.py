"""Disease completion per keystroke: what the window's search field calls on every key it gets.

The window fills its completer with `SearchController.disease_suggestions(text, lang)`
(ui/search_controller.py: `matcher.suggest(text, limit=10)` and the names shown); here the same call runs
for every prefix of words people type, one keystroke at a time, on the real database, with the full Orphanet
vocabulary (the first call, unmeasured, reads its word index).
"""
from __future__ import annotations

from pathlib import Path

from benchmarks.measure import Timing
from centre_finder.core.reference import database

TYPED = ("sclérodermie systémique", "lupus", "Gougerot-Sjögren", "maladie de Horton", "Still de l'adulte",
         "fièvre méditerranéenne familiale", "dermatomyosite", "sclerodremie", "ORPHA:536", "vascularite",
         # names only the Orphanet nomenclature holds, codes, a disease of another network, a typo
         "myosite à inclusions", "syndrome de Schnitzler", "Huntington", "M32.1", "lupsu")


def keystrokes() -> list[str]:
    """Every text the field holds while those words are typed, one key at a time."""
    return [word[:n] for word in TYPED for n in range(1, len(word) + 1)]


def run(db: Path, rounds: int = 3) -> dict[str, float]:
    import time

    data = database.load(db)
    try:
        from centre_finder.ui.search_controller import SearchController  # a QObject; no event loop needed

        controller = SearchController(data)
        texts = keystrokes()
        controller.disease_suggestions("a", "fr")  # unmeasured: the first call (the matcher caches nothing)
        samples = []
        for _ in range(rounds):
            for text in texts:
                start = time.perf_counter()
                controller.disease_suggestions(text, "fr")
                samples.append((time.perf_counter() - start) * 1000)
        t = Timing(samples)
        return {"disease_completion_ms_p50": t.p50, "disease_completion_ms_p95": t.p95,
                "disease_completion_ms_max": max(samples), "disease_completion_keystrokes": len(texts)}
    finally:
        data.close()
