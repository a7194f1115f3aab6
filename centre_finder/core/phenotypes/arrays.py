"""The phenotype arrays of the reference database (see `tables.py`), loaded once, on first use, in milliseconds."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property

import numpy as np

Query = Callable[[str, tuple], list[tuple]]

_DTYPES = {
    "disease_code": "<i4", "dis_ptr": "<i4", "dis_term": "<i4", "dis_freq": "<i1", "post_ptr": "<i4",
    "post_disease": "<i4", "post_logp": "<f4", "excl_ptr": "<i4", "excl_disease": "<i4", "ic": "<f4",
    "anc_ptr": "<i4", "anc": "<i4", "par_ptr": "<i4", "par": "<i4", "name_term": "<i4", "name_words": "<i2",
    "name_kind": "<i1", "words": "u1", "word_ptr": "<i4", "word_entries": "<i4",
}


@dataclass(frozen=True)
class Term:
    idx: int
    hpo_id: str
    name_en: str
    label_fr: str
    ic: float

    def label(self, lang: str = "fr") -> str:
        """The official French label (the English name when the translation has none yet)."""
        return self.name_en if lang == "en" or not self.label_fr else self.label_fr


class PhenotypeArrays:
    """Every array a query needs, and the terms' ids and labels."""

    def __init__(self, query: Query):
        self._query = query
        rows = query("select name, data from phenotype_arrays", ())
        a = {name: np.frombuffer(data, dtype=_DTYPES[name]) for name, data in rows if name in _DTYPES}
        self.disease_code = a["disease_code"]
        self.dis_ptr, self.dis_term, self.dis_freq = a["dis_ptr"], a["dis_term"], a["dis_freq"]
        self.post_ptr, self.post_disease, self.post_logp = a["post_ptr"], a["post_disease"], a["post_logp"]
        self.excl_ptr, self.excl_disease = a["excl_ptr"], a["excl_disease"]
        self.ic, self.anc_ptr, self.anc = a["ic"], a["anc_ptr"], a["anc"]
        self.par_ptr, self.par = a["par_ptr"], a["par"]
        # the diseases annotated with each term itself (not a more specific one), with the frequency code
        order = np.argsort(self.dis_term, kind="stable")
        self.direct_ptr = np.searchsorted(self.dis_term[order], np.arange(len(self.ic) + 1)).astype(np.int32)
        self.direct_disease = np.repeat(np.arange(len(self.disease_code), dtype=np.int32),
                                        np.diff(self.dis_ptr))[order]
        self.direct_freq = self.dis_freq[order]
        self.name_term, self.name_words, self.name_kind = a["name_term"], a["name_words"], a["name_kind"]
        self.words = a["words"].tobytes().decode("utf-8").split("\n")  # sorted
        self.word_ptr, self.word_entries = a["word_ptr"], a["word_entries"]
        self.n_terms = len(self.ic)
        self.n_diseases = len(self.disease_code)
        self.disease_index = {int(c): i for i, c in enumerate(self.disease_code)}
        terms = query("select idx, hpo_id, name_en, label_fr, ic from hpo_terms order by idx", ())
        self.terms = [Term(*row) for row in terms]
        self.by_id = {t.hpo_id: t for t in self.terms}

    def ancestors(self, term: int) -> np.ndarray:
        """The term and every term above it."""
        return self.anc[self.anc_ptr[term]:self.anc_ptr[term + 1]]

    def parents(self, term: int) -> np.ndarray:
        return self.par[self.par_ptr[term]:self.par_ptr[term + 1]]

    def is_ancestor(self, upper: int, term: int) -> bool:
        """`upper` is `term` or above it."""
        return bool((self.ancestors(term) == upper).any())

    def annotations(self, disease: int) -> tuple[np.ndarray, np.ndarray]:
        """A disease's signs (term indices) and their frequency codes (`tables.FREQUENCY_CODES`)."""
        lo, hi = self.dis_ptr[disease], self.dis_ptr[disease + 1]
        return self.dis_term[lo:hi], self.dis_freq[lo:hi]

    @cached_property
    def breadth(self) -> np.ndarray:
        """log of each disease's number of annotated signs."""
        return np.log(np.diff(self.dis_ptr).astype(np.float32))


class LazyArrays:
    """Loads the arrays the first time they are asked for (safe from a worker thread)."""

    def __init__(self, query: Query):
        self._query = query
        self._arrays: PhenotypeArrays | None = None
        self._lock = threading.Lock()

    def get(self) -> PhenotypeArrays:
        if self._arrays is None:
            with self._lock:
                if self._arrays is None:
                    self._arrays = PhenotypeArrays(self._query)
        return self._arrays
