"""The referral sheet: what a GP sends with the patient, as data and as (escaped) HTML for printing.

Patient fields exist only in memory while the sheet is prepared; nothing here writes them anywhere.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from html import escape

from centre_finder.core.labels import (
    CONFIDENCE_LABELS,
    POPULATION_LABELS,
    ROLE_LABELS,
    WARNING_LABELS,
    label,
    phone_text,
)
from centre_finder.core.models import Centre, Disease, Pnds
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.links import pnds_link
from centre_finder.core.vocabulary.card import pnds_for
from centre_finder.core.vocabulary.orphanet import orphanet_url

CHECKLIST = {
    "fr": [
        "Courrier de demande d'avis (motif, question posée)",
        "Comptes rendus de consultation et d'hospitalisation récents",
        "Résultats biologiques récents, dont auto-anticorps",
        "Comptes rendus d'imagerie",
        "Liste des traitements en cours et antérieurs",
        "Coordonnées du patient et du médecin traitant",
    ],
    "en": [
        "Referral letter (reason, question asked)",
        "Recent consultation and hospital reports",
        "Recent laboratory results, including autoantibodies",
        "Imaging reports",
        "Current and past treatments",
        "Contact details of the patient and of the GP",
    ],
}


@dataclass
class Doctor:
    name: str = ""
    rpps: str = ""
    address: str = ""
    phone: str = ""

    @property
    def is_empty(self) -> bool:
        return not any((self.name, self.rpps, self.address, self.phone))


@dataclass
class Patient:
    """Filled by the user for one sheet; never stored unless the user saves the sheet itself."""

    initials: str = ""
    birth_date: str = ""


@dataclass
class ReferralSheet:
    centre: Centre
    disease: Disease | None
    pnds: list[Pnds]
    doctor: Doctor
    patient: Patient
    checklist: list[tuple[str, bool]]
    lang: str
    data_version: str
    made_on: str = field(default_factory=lambda: date.today().isoformat())
    trials: list[str] = field(default_factory=list)
    icd10: list[str] = field(default_factory=list)
    orphanet_version: str = ""


def build_referral(
    data: ReferenceData,
    centre_id: str,
    *,
    disease_id: str | None = None,
    doctor: Doctor | None = None,
    patient: Patient | None = None,
    ticked: set[int] | None = None,
    lang: str = "fr",
) -> ReferralSheet:
    if centre_id not in data.centres:
        raise KeyError(centre_id)
    centre = data.centres[centre_id]
    disease = data.disease(disease_id) if disease_id else None
    pnds = pnds_for(data, disease.id)[:2] if disease else []
    icd10 = data.orphanet.icd10_codes(disease.orpha_code) if disease and disease.orpha_code else []
    items = CHECKLIST["en" if lang == "en" else "fr"]
    ticked = ticked or set()
    trials = [f"{t.registry_id or t.title} — {t.status}" for t in data.trials_for_centre(centre_id)
              if disease is None or disease.id in t.disease_ids or set(data.ancestors(disease.id)) & set(t.disease_ids)]
    return ReferralSheet(
        centre=centre, disease=disease, pnds=pnds, doctor=doctor or Doctor(), patient=patient or Patient(),
        checklist=[(text, i in ticked) for i, text in enumerate(items)], lang=lang,
        data_version=data.metadata.get("data_version", "?"), trials=trials, icd10=icd10,
        orphanet_version=data.metadata.get("orphanet_nomenclature_fr", ""),
    )


def _t(sheet: ReferralSheet, fr: str, en: str) -> str:
    return en if sheet.lang == "en" else fr


def referral_html(sheet: ReferralSheet) -> str:
    """HTML for QTextDocument. Every value from the data or the user is escaped: shown, never interpreted."""
    c = sheet.centre
    e = escape
    unknown = _t(sheet, "non renseigné", "not known")

    def row(key: str, value: str) -> str:
        shown = e(value) if value else f"<i>{e(unknown)}</i>"
        return (f"<tr><td width='30%' style='color:#374151'>{e(key)}</td>"
                f"<td>{shown.replace(chr(10), '<br/>')}</td></tr>")

    address = c.full_address
    phone = phone_text(c.phone, c.phone_type, sheet.lang)
    parts = [
        "<html><body style='font-family: DejaVu Sans, Arial, sans-serif'>",
        f"<h2 style='margin-bottom:2px'>{e(_t(sheet, 'Fiche d’adressage', 'Referral sheet'))}</h2>",
        f"<p style='color:#4b5563; margin-top:0'>{e(_t(sheet, 'Préparée le', 'Prepared on'))} {e(sheet.made_on)}</p>",
        f"<h3>{e(_t(sheet, 'Centre destinataire', 'Receiving centre'))}</h3>",
        "<table cellspacing='0' cellpadding='2' width='100%'>",
        row(_t(sheet, "Centre", "Centre"), c.name),
        row(_t(sheet, "Rôle", "Role"), ", ".join(label(ROLE_LABELS, r, sheet.lang) for r in c.roles)),
        row(_t(sheet, "Centre de référence", "Reference centre"), c.reference_centre_name),
        row(_t(sheet, "Établissement", "Establishment"), c.hospital),
        row(_t(sheet, "Service", "Department"), c.department),
        row(_t(sheet, "Patients", "Patients"), label(POPULATION_LABELS, c.population, sheet.lang)),
        row(_t(sheet, "Coordonnateur", "Coordinator"), c.coordinator),
        row(_t(sheet, "Adresse", "Address"), address),
        row(_t(sheet, "Téléphone", "Phone"), phone),
        row(_t(sheet, "Site web", "Website"), c.website),
        "</table>",
    ]
    cautions = []
    if c.confidence == "inferred":
        cautions.append(label(CONFIDENCE_LABELS, "inferred", sheet.lang))
    if not c.population:
        cautions.append(label(WARNING_LABELS, "population_unknown", sheet.lang))
    if cautions:
        parts.append(f"<p style='color:#92400e'>{e(' · '.join(cautions))}</p>")
    if not c.is_referral_destination:
        parts.append(f"<p style='color:#92400e'><b>{e(_t(sheet, 'Attention : ce site n’est pas un service clinique identifié. Vérifiez avant d’adresser.', 'Warning: this site is not an identified clinical department. Check before referring.'))}</b></p>")  # noqa: E501
    parts.append(f"<h3>{e(_t(sheet, 'Maladie', 'Disease'))}</h3><table cellspacing='0' cellpadding='2' width='100%'>")
    if sheet.disease:
        d = sheet.disease
        name = d.name_en if sheet.lang == "en" else d.name_fr
        parts.append(row(_t(sheet, "Maladie", "Disease"), name))
        parts.append(row("ORPHA", f"{d.orpha_code} — {orphanet_url(d.orpha_code, sheet.lang)}" if d.orpha_code
                         else ""))
        if sheet.icd10:
            parts.append(row(_t(sheet, "CIM-10", "ICD-10"), ", ".join(sheet.icd10)))
    else:
        parts.append(row(_t(sheet, "Maladie", "Disease"), ""))
    for p in sheet.pnds:
        parts.append(row("PNDS", f"{p.title} ({p.year})\n{pnds_link(p.url)}"))
    if sheet.disease and not sheet.pnds:
        parts.append(row("PNDS", ""))
    for trial in sheet.trials:
        parts.append(row(_t(sheet, "Essai", "Trial"), trial))
    parts.append("</table>")
    parts.append(f"<h3>{e(_t(sheet, 'Patient', 'Patient'))}</h3><table cellspacing='0' cellpadding='2' width='100%'>")
    blank = "________________"
    parts.append(row(_t(sheet, "Initiales", "Initials"), sheet.patient.initials or blank))
    parts.append(row(_t(sheet, "Date de naissance", "Date of birth"), sheet.patient.birth_date or blank))
    parts.append("</table>")
    parts.append(f"<h3>{e(_t(sheet, 'Documents joints', 'Documents enclosed'))}</h3><p>")
    for text, ticked in sheet.checklist:
        parts.append(f"{'☒' if ticked else '☐'} {e(text)}<br/>")
    parts.append("</p>")
    d = sheet.doctor
    parts.append(f"<h3>{e(_t(sheet, 'Médecin adresseur', 'Referring doctor'))}</h3>"
                 "<table cellspacing='0' cellpadding='2' width='100%'>")
    parts.append(row(_t(sheet, "Nom", "Name"), d.name))
    parts.append(row("RPPS", d.rpps))
    parts.append(row(_t(sheet, "Adresse", "Address"), d.address))
    parts.append(row(_t(sheet, "Téléphone", "Phone"), d.phone))
    parts.append("</table>")
    verified = (_t(sheet, f"vérifiée le {c.verified}", f"checked on {c.verified}") if c.verified
                else _t(sheet, "jamais revérifiée depuis la collecte", "never re-checked since collection"))
    source = c.source_urls[0] if c.source_urls else unknown
    parts.append(
        "<p style='color:#6b7280; font-size:7.5pt; margin-top:10px'>"
        + e(_t(sheet, "Données Centre Finder", "Centre Finder data")) + f" {e(sheet.data_version)} · "
        + e(_t(sheet, "fiche du centre", "centre record")) + f" {e(verified)} · "
        + e(_t(sheet, "source", "source")) + f" : {e(source)}. "
        + (e(_t(sheet, "Nomenclature Orphanet", "Orphanet nomenclature")) + f" {e(sheet.orphanet_version)}, "
           "CC BY 4.0 — Orphanet / INSERM. " if sheet.disease and sheet.disease.orpha_code else "")
        + e(_t(sheet, "Vérifiez les coordonnées auprès de l'établissement avant l'envoi.",
               "Check the contact details with the establishment before sending."))
        + "</p></body></html>"
    )
    return "\n".join(parts)
