"""Which links a doctor can cite: never a document-mirror site (scribd, fdocuments…), never a data file."""

from __future__ import annotations

from urllib.parse import urlparse

# sites that re-host documents without their authors' authority: shown nowhere as a source
MIRROR_HOSTS = ("scribd.com", "fdocuments", "vdocuments", "pdfslide", "studylibfr", "quizgecko", "slideshare.net",
                "123dok", "pdfhall", "dokumen.tips", "documents.pub")
# where the project's data files come from (coordinates, registers): a source of a value, not of an expertise
DATA_HOSTS = ("github.com", "raw.githubusercontent.com")


def citable(url: str) -> bool:
    """An http(s) link to a page that supports a clinical fact (a hospital's site, a journal, HAS, Orphanet…)."""
    parts = urlparse(url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("http", "https") or not host:
        return False
    return not any(m in host for m in MIRROR_HOSTS) and not any(host == d or host.endswith("." + d)
                                                                  for d in DATA_HOSTS)


def first_citable(urls: list[str] | tuple[str, ...]) -> str:
    return next((u for u in urls if citable(u)), "")
