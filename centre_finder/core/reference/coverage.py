"""How much of the published networks the directory holds, and how complete its rows are.

The published sizes are the networks' own figures (FAI²R: 19 reference-centre sites, 6 coordinating and 13
constituent, and 67 competence centres; CRI-IMIDIATE: 54 centres); the same figures are shown in the app's
"About the data" and printed by `db/tools/coverage.py`.
"""

from __future__ import annotations

from dataclasses import dataclass

from centre_finder.core.models import REFERENCE_ROLES
from centre_finder.core.reference.database import ReferenceData

# (label fr, label en, roles counted, published size or None when the network publishes no count we have)
NETWORKS = (
    ("Sites de centres de référence FAI²R (CRMR)", "FAI²R reference-centre sites (CRMR)", REFERENCE_ROLES, 19),
    ("  dont sites coordonnateurs", "  of which coordinating sites", frozenset({"crmr_coordinating"}), 6),
    ("  dont sites constitutifs", "  of which constituent sites", frozenset({"crmr_constitutive"}), 13),
    ("Centres de compétence FAI²R (CCMR)", "FAI²R competence centres (CCMR)", frozenset({"ccmr"}), 67),
    ("Centres CRI-IMIDIATE", "CRI-IMIDIATE centres", frozenset({"cri_imidiate"}), 54),
    ("Membres ERN (ReCONNET, RITA)", "ERN members (ReCONNET, RITA)", frozenset({"ern_member"}), None),
    ("Sites d'essais CAR-T", "CAR-T trial sites", frozenset({"cart_trial_site"}), None),
)

# (label fr, label en, the centres' column, test on its value): on the columns, as the search notice that cites
# these figures may come with any search, and a directory may hold 100,000 centres
FIELDS = (
    ("téléphone (tout type)", "phone (any kind)", "phone", bool),
    ("téléphone du service", "department phone", "phone_type", lambda v: v == "department"),
    ("coordonnateur", "coordinator", "coordinator", bool),
    ("adresse", "street address", "address", bool),
    ("code postal", "postal code", "postal_code", bool),
    ("position du bâtiment", "building-level position", "coord_precision", lambda v: v in ("building", "address")),
    ("numéro FINESS", "FINESS number", "finess_id", bool),
    ("site web", "website", "website", bool),
    ("patients (adultes/enfants)", "patients (adults/children)", "population", bool),
    ("revérifié (date)", "re-verified (date)", "verified", bool),
)


@dataclass(frozen=True)
class CoverageRow:
    label: str
    have: int
    published: int | None


@dataclass(frozen=True)
class Coverage:
    centres: int
    networks: list[CoverageRow]
    fields: list[CoverageRow]  # `published` = the number of centres
    diseases_with_orpha: int
    diseases: int


def network(data: ReferenceData, en_label: str, lang: str = "fr") -> CoverageRow:
    """One row of NETWORKS (named by its English label): the centres the directory holds and the published size."""
    fr_label, _en, roles, published = next(n for n in NETWORKS if n[1] == en_label)
    have = sum(n for combination, n in data.centres.role_combinations.items() if roles.intersection(combination))
    return CoverageRow(en_label if lang == "en" else fr_label, have, published)


def coverage(data: ReferenceData, lang: str = "fr") -> Coverage:
    size = len(data.centres)
    en = lang == "en"
    networks = [network(data, en_label, lang) for _fr, en_label, _roles, _size in NETWORKS]
    fields = [CoverageRow(en_label if en else fr_label, sum(map(test, data.centres.column(column))), size)
              for fr_label, en_label, column, test in FIELDS]
    return Coverage(size, networks, fields, sum(1 for d in data.diseases.values() if d.orpha_code),
                    len(data.diseases))


def _share(row: CoverageRow, lang: str) -> str:
    if row.published is None:
        return f"{row.have}" + (" (published count unknown)" if lang == "en" else " (effectif publié inconnu)")
    return f"{row.have} / {row.published}" + (f" ({100 * row.have / row.published:.0f} %)" if row.published else "")


def coverage_lines(cov: Coverage, lang: str = "fr") -> list[str]:
    """Plain-text lines (the About dialog and the coverage script)."""
    en = lang == "en"
    lines = ["Coverage of the published networks:" if en else "Couverture des réseaux publiés :"]
    lines += [f"  {r.label} : {_share(r, lang)}" for r in cov.networks]
    lines.append("Fields filled, over the centres:" if en else "Champs renseignés, sur l'ensemble des centres :")
    lines += [f"  {r.label} : {_share(r, lang)}" for r in cov.fields]
    lines.append(f"Diseases with an ORPHA code: {cov.diseases_with_orpha} / {cov.diseases}" if en
                  else f"Maladies avec un code ORPHA : {cov.diseases_with_orpha} / {cov.diseases}")
    return lines


def coverage_markdown(cov: Coverage) -> str:
    out = ["| network | in the directory | published |", "|---|---:|---:|"]
    out += [f"| {r.label.strip()} | {r.have} | {r.published if r.published is not None else '?'} |"
            for r in cov.networks]
    out += ["", f"| field ({cov.centres} centres) | filled | share |", "|---|---:|---:|"]
    out += [f"| {r.label} | {r.have} | {100 * r.have / max(1, cov.centres):.0f} % |" for r in cov.fields]
    out += ["", f"Diseases with an ORPHA code: {cov.diseases_with_orpha} of {cov.diseases}."]
    return "\n".join(out)
