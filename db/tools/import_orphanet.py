"""Derive the project's Orphanet tables (`db/sources/orphanet/`) from the Orphanet open data.

Input: the research folder `../shared/data/orphanet/` (see its README): the French nomenclature pack of
2023 (names, synonyms, classification links, as TSV), the English nomenclature pack (XML, inside its zip),
the ICD-10 links of the 2023 master file, age of onset and prevalence (Orphadata product 9, 2021).
Output: small CSV files of facts (codes, names, links), with the versions and the Orphanet credit in
`db/sources/orphanet/README.md`. The build (`centre-finder build-db`) loads them into the reference database.

Usage: python db/tools/import_orphanet.py [--data ../shared/data/orphanet] [--out db/sources/orphanet]
(idempotent: the same inputs give byte-identical outputs).
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
import xml.etree.ElementTree as ET
import zipfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
DEFAULT_DATA = ROOT.parent / "shared" / "data" / "orphanet"
DEFAULT_OUT = ROOT / "db" / "sources" / "orphanet"

LEVELS = {"36540": "group", "36547": "disorder", "36554": "subtype"}
STATUSES = {
    "Active": "active",
    "Inactive: Obsolete": "obsolete",
    "Inactive: Deprecated": "deprecated",
    "Inactive: Non rare disease in Europe": "non_rare",
}
REDIRECTIONS = {"21471": "moved_to", "27341": "referred_to"}
# Orphanet's own classifications (by their number) that are FAI²R's ground: systemic and rheumatological
# diseases, the same for children, immunological diseases. English definitions are kept for these.
FAI2R_CLASSIFICATIONS = {"196", "231", "195"}
ICD10_RE = re.compile(r"^[A-Z]\d\d(?:\.\d{1,2})?[+*]?$")
ONSET_CLASSES = {
    "Antenatal": "antenatal", "Neonatal": "neonatal", "Infancy": "infancy", "Childhood": "childhood",
    "Adolescent": "adolescent", "Adult": "adult", "Elderly": "elderly", "All ages": "all_ages",
}


def _write(path: Path, header: list[str], rows: list[list[str]]) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    buffer = io.StringIO(newline="")
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    path.write_text(buffer.getvalue(), encoding="utf-8")
    print(f"{path.relative_to(ROOT) if path.is_relative_to(ROOT) else path}: {len(rows)} rows")


def _tsv(path: Path) -> list[dict[str, str]]:
    with path.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def _clean(text: str) -> str:
    return " ".join(text.split())


def _code_key(code: str) -> tuple[int, str]:
    return (int(code), code) if code.isdigit() else (sys.maxsize, code)


def read_english(pack: Path) -> tuple[dict[str, dict], str, dict[str, str]]:
    """English names, synonyms, definitions, level, type, status and redirections, from the XML pack."""
    with zipfile.ZipFile(pack) as z:
        name = next(n for n in z.namelist() if n.endswith(".xml") and "ORPHAnomenclature_en" in n)
        root = ET.fromstring(z.read(name))
        classification_names = {}
        for member in z.namelist():
            match = re.search(r"ORPHAclassification_(\d+)_", member)
            if match and member.endswith(".xml"):
                head = z.read(member)[:4000].decode("iso-8859-1")
                found = re.search(r"<OrphaCode>(\d+)</OrphaCode>\s*<ExpertLink[^>]*>[^<]*</ExpertLink>\s*"
                                  r"<Name lang=\"en\">([^<]+)</Name>", head)
                if found:
                    classification_names[match.group(1)] = found.group(1) + "\t" + found.group(2)
    version = root.get("ExtractionDate", "")[:10]
    entities: dict[str, dict] = {}
    for disorder in root.iter("Disorder"):
        code = disorder.findtext("OrphaCode")
        if not code or disorder.find("Totalstatus") is None:
            continue  # a disorder mentioned inside another one's associations
        targets = []
        for assoc in disorder.iter("DisorderDisorderAssociation"):
            kind = REDIRECTIONS.get(assoc.find("DisorderDisorderAssociationType").get("id", ""))
            target = assoc.findtext("TargetDisorder/OrphaCode")
            if kind and target and target != code:
                targets.append((target, kind))
        definition = ""
        for section in disorder.iter("TextSection"):
            if section.findtext("TextSectionType/Name") == "Definition":
                definition = _clean(section.findtext("Contents") or "")
        entities[code] = {
            "name_en": _clean(disorder.findtext("Name") or ""),
            "synonyms_en": [_clean(s.text or "") for s in disorder.iter("Synonym") if (s.text or "").strip()],
            "level": LEVELS.get(disorder.find("ClassificationLevel").get("id", ""), ""),
            "type": _clean(disorder.findtext("DisorderType/Name") or ""),
            "status": STATUSES.get(_clean(disorder.findtext("Totalstatus") or ""), "other"),
            "definition_en": re.sub(r"</?i>", "", definition),
            "redirections": targets,
        }
    return entities, version, classification_names


def _french_version(readme: Path) -> str:
    """The extraction date of the French pack, as the research folder's README states it."""
    found = re.search(r"French nomenclature pack, extraction (\d{4}-\d\d-\d\d)", readme.read_text(encoding="utf-8"))
    if not found:
        raise SystemExit(f"{readme}: cannot find the French pack's extraction date")
    return found.group(1)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--data", type=Path, default=DEFAULT_DATA)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT)
    args = parser.parse_args(argv)
    data, out = args.data, args.out

    english, en_version, classification_heads = read_english(data / "Orphanet_Nomenclature_Pack_EN.zip")
    french = {r["orpha_code"]: r for r in _tsv(data / "orpha_fr_2023_nomenclature.tsv")}
    codes = sorted(set(french) | set(english), key=_code_key)

    # classification links: the classification number, parent, child
    links: set[tuple[str, str, str]] = set()
    for r in _tsv(data / "orpha_fr_2023_classification_edges.tsv"):
        number = re.search(r"ORPHAclassification_(\d+)_", r["classification"]).group(1)
        links.add((number, r["parent"], r["child"]))
    children = defaultdict(set)
    for number, parent, child in links:
        children[(number, parent)].add(child)
    ground: set[str] = set()
    for number, head in classification_heads.items():
        if number in FAI2R_CLASSIFICATIONS:
            todo = [head.split("\t")[0]]
            while todo:
                node = todo.pop()
                if node not in ground:
                    ground.add(node)
                    todo.extend(children.get((number, node), ()))

    entity_rows, synonym_rows, definition_rows = [], [], []
    for code in codes:
        fr, en = french.get(code, {}), english.get(code, {})
        status = en.get("status") or ("active" if fr.get("status") == "1" else "obsolete")
        entity_rows.append([code, _clean(fr.get("label", "")), en.get("name_en", ""),
                            en.get("level") or LEVELS.get(fr.get("level", ""), ""), en.get("type", ""), status])
        if en.get("definition_en") and code in ground:
            definition_rows.append([code, en["definition_en"]])
        for synonym in en.get("synonyms_en", []):
            synonym_rows.append([code, "en", synonym])
    seen = set()
    for r in _tsv(data / "orpha_fr_2023_synonyms.tsv"):
        for synonym in r["synonyms"].split("|"):
            synonym = _clean(synonym)
            if synonym and (r["orpha_code"], synonym) not in seen:
                seen.add((r["orpha_code"], synonym))
                synonym_rows.append([r["orpha_code"], "fr", synonym])
    synonym_rows.sort(key=lambda r: (_code_key(r[0]), r[1] != "fr", r[1]))

    redirection_rows = {}
    for r in _tsv(data / "orpha_fr_2023_redirections.tsv"):
        redirection_rows[r["from"]] = [r["from"], r["to"], REDIRECTIONS.get(r["redir_type"], "")]
    for code, en in english.items():
        if en["status"] != "active":
            for target, kind in en["redirections"]:
                redirection_rows.setdefault(code, [code, target, kind])

    icd_rows = []
    for r in _tsv(data / "orpha_icd10_2023_from_masterfile.tsv"):
        for icd in re.split(r"[,;\s]+", r["ICDcodes"]):
            if ICD10_RE.match(icd):
                icd_rows.append([r["ORPHAcode"], icd])
    icd_rows = sorted({tuple(r) for r in icd_rows}, key=lambda r: (_code_key(r[0]), r[1]))

    onset_rows = []
    for r in _tsv(data / "age_of_onset_2021.tsv"):
        classes = [ONSET_CLASSES[c.strip()] for c in r["average_age_of_onset"].split(";") if c.strip() in ONSET_CLASSES]
        if classes:
            order = list(ONSET_CLASSES.values())
            onset_rows.append([r["orpha_code"], ";".join(sorted(set(classes), key=order.index))])
    onset_rows.sort(key=lambda r: _code_key(r[0]))

    # prevalence: the point prevalence class, preferring Europe then worldwide, validated records first
    best: dict[str, tuple[tuple, list[str]]] = {}
    for r in _tsv(data / "prevalence_2021.tsv"):
        if r["prevalence_type"] not in ("Point prevalence", "Annual incidence", "Prevalence at birth") \
                or not r["prevalence_class"] or r["prevalence_class"] == "Unknown":
            continue
        rank = (("Point prevalence", "Prevalence at birth", "Annual incidence").index(r["prevalence_type"]),
                {"Europe": 0, "Worldwide": 1}.get(r["geography"], 2), r["validation"] != "Validated")
        row = [r["orpha_code"], r["prevalence_type"], r["prevalence_class"], r["geography"]]
        if r["orpha_code"] not in best or rank < best[r["orpha_code"]][0]:
            best[r["orpha_code"]] = (rank, row)
    prevalence_rows = sorted((row for _, row in best.values()), key=lambda r: _code_key(r[0]))

    heads = []
    for number, head in sorted(classification_heads.items(), key=lambda kv: int(kv[0])):
        root_code, name_en = head.split("\t")
        heads.append([number, root_code, _clean(french.get(root_code, {}).get("label", "")), name_en,
                      "yes" if number in FAI2R_CLASSIFICATIONS else ""])

    _write(out / "entities.csv", ["orpha_code", "name_fr", "name_en", "level", "type", "status"], entity_rows)
    _write(out / "synonyms.csv", ["orpha_code", "lang", "synonym"], synonym_rows)
    _write(out / "redirections.csv", ["from_code", "to_code", "kind"],
           sorted(redirection_rows.values(), key=lambda r: _code_key(r[0])))
    _write(out / "classifications.csv", ["classification", "root_code", "name_fr", "name_en", "fai2r_ground"], heads)
    _write(out / "links.csv", ["classification", "parent", "child"],
           sorted(([n, p, c] for n, p, c in links), key=lambda r: (int(r[0]), _code_key(r[1]), _code_key(r[2]))))
    _write(out / "icd10.csv", ["orpha_code", "icd10"], [list(r) for r in icd_rows])
    _write(out / "onset.csv", ["orpha_code", "onset"], onset_rows)
    _write(out / "prevalence.csv", ["orpha_code", "kind", "class", "geography"], prevalence_rows)
    _write(out / "definitions_en.csv", ["orpha_code", "definition"], definition_rows)
    fr_version = _french_version(data / "README.md")
    _write(out / "version.csv", ["key", "value"], [
        ["nomenclature_fr", fr_version],
        ["nomenclature_en", en_version],
        ["classifications", f"Orphanet classifications {fr_version[:4]} (French pack)"],
        ["icd10", "ORPHA–ICD-10 links of the Orphanet nomenclature master file 2023"],
        ["onset_prevalence", "Orphadata product 9 (age of onset, prevalence), 2021-03-01"],
        ["definitions", f"English nomenclature pack {en_version}"],
        ["licence", "CC BY 4.0"],
        ["credit", "Orphanet / INSERM"],
        ["url", "https://www.orphadata.com"],
    ])
    print(f"English pack extracted {en_version}; {len(ground)} codes in FAI²R's ground")
    return 0


if __name__ == "__main__":
    sys.exit(main())
