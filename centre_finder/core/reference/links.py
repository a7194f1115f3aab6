"""Which links may be shown to a user: those a doctor can cite.

Document-sharing mirrors (scribd, fdocuments, pdfslide, studylib…) were sometimes where a fact was read: they stay
in the provenance of a row, never as the link of a PNDS, a disease or a trial. Trials are linked to their
ClinicalTrials.gov record, diseases to their Orphanet page, PNDS to has-sante.fr (or the journal that published
them), and where no such address is known, to the HAS list of every PNDS.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

# hosts that re-publish documents uploaded by anyone: evidence at best, never a reference
MIRROR_HOSTS = (
    "scribd.com", "fdocuments", "pdfslide", "studylib", "quizgecko", "vdocuments", "slideshare", "pdffox", "readkong",
    "youscribe", "docksci", "123dok", "issuu.com", "fanyv88.com", "booksci", "ouci.dntb", "pdfcoffee", "doczz",
    "yumpu", "calameo", "docplayer", "dokumen", "kupdf", "idoc.pub", "documents.pub", "vdoc.pub", "fliphtml5",
    # copies of registry records: the record itself is on ClinicalTrials.gov
    "ichgcp.net", "crick.ai", "meddatax.com", "clinicaltrials.report", "trialbulletin", "pdfhall", "dokumen.tips",
)
# where the project's data files come from (coordinates, registers): a source of a value, not of an expertise
DATA_HOSTS = ("github.com", "raw.githubusercontent.com")
HAS_PNDS_LIST = "https://www.has-sante.fr/portail/jcms/c_1340879/fr/protocoles-nationaux-de-diagnostic-et-de-soins-pnds"
NCT_RE = re.compile(r"^NCT\d{8}$")


def is_mirror(url: str) -> bool:
    host = (urlsplit(url.strip()).hostname or "").lower()
    return any(m in host for m in MIRROR_HOSTS)


def citable(url: str) -> bool:
    """An http(s) link to a page that supports a clinical fact (a hospital's site, a journal, HAS, Orphanet…):
    not a document-sharing mirror, not a data file."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    return not is_mirror(url) and not any(host == d or host.endswith("." + d) for d in DATA_HOSTS)


def first_citable(urls: list[str] | tuple[str, ...]) -> str:
    return next((u for u in urls if citable(u)), "")


def clinicaltrials_url(registry_id: str) -> str:
    """The ClinicalTrials.gov record of an NCT id ("" for another registry's id)."""
    return f"https://clinicaltrials.gov/study/{registry_id}" if NCT_RE.match(registry_id) else ""


def trial_link(registry_id: str, url: str) -> str:
    """The link shown for a trial: its ClinicalTrials.gov record, else its own citable page, else nothing."""
    return clinicaltrials_url(registry_id) or (url if citable(url) else "")


def pnds_link(url: str) -> str:
    """The link shown for a PNDS: its official address, else the HAS list of all PNDS."""
    return url if url and citable(url) else HAS_PNDS_LIST
