"""The referral letter: what a GP sends with the patient, as data and as (escaped) HTML for printing.

Patient fields (name, date of birth, reason, question, clinical summary) exist only in memory while the letter is
prepared; nothing here writes them anywhere. Empty fields print as lines to fill in by hand.
"""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass, field
from datetime import date
from html import escape

from centre_finder.core.labels import (
    CONFIDENCE_LABELS,
    POPULATION_LABELS,
    ROLE_LABELS,
    TRIAL_RECRUITMENT_LABELS,
    WARNING_LABELS,
    label,
)
from centre_finder.core.models import Centre, Disease, Pnds
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.links import citable, first_citable, pnds_link
from centre_finder.core.vocabulary.card import pnds_for
from centre_finder.core.vocabulary.orphanet import orphanet_url

CHECKLIST = {
    "fr": [
        "Comptes rendus de consultation et d'hospitalisation récents",
        "Résultats biologiques récents, dont auto-anticorps",
        "Comptes rendus d'imagerie",
        "Liste des traitements en cours et antérieurs",
        "Courrier du médecin traitant (ce document)",
        "Coordonnées du patient",
    ],
    "en": [
        "Recent consultation and hospital reports",
        "Recent laboratory results, including autoantibodies",
        "Imaging reports",
        "Current and past treatments",
        "Letter from the GP (this document)",
        "Patient's contact details",
    ],
}
MONTHS = {
    "fr": ("janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre",
           "novembre", "décembre"),
    "en": ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
           "November", "December"),
}
OLDEST_YEARS = 125
NETWORK_SITE = "www.fai2r.org"

# what is wrong with a typed value (French, English)
PROBLEMS = {
    "birth_date_format": ("Date de naissance : écrivez-la JJ/MM/AAAA (ex. 04/03/1982).",
                          "Date of birth: write it DD/MM/YYYY (e.g. 04/03/1982)."),
    "birth_date_invalid": ("Date de naissance : le {text} n'existe pas.", "Date of birth: {text} does not exist."),
    "birth_date_future": ("Date de naissance : le {text} est dans le futur.",
                          "Date of birth: {text} is in the future."),
    "birth_date_old": ("Date de naissance : {text} est trop ancienne.", "Date of birth: {text} is too far back."),
    "rpps": ("Numéro RPPS : 11 chiffres attendus (« {text} » en a {digits}).",
             "RPPS number: 11 digits expected (“{text}” has {digits})."),
}


class LetterError(ValueError):
    """A typed value the letter cannot carry; `field` names it ("birth_date", "rpps")."""

    def __init__(self, field: str, code: str, **params: object):
        super().__init__(code)
        self.field, self.code, self.params = field, code, params

    def message(self, lang: str = "fr") -> str:
        return label(PROBLEMS, self.code, lang).format(**self.params)


def long_date(day: date, lang: str = "fr") -> str:
    """'2 décembre 2026', '1er mai 2026'; '2 December 2026'."""
    en = lang == "en"
    number = "1er" if day.day == 1 and not en else str(day.day)
    return f"{number} {MONTHS['en' if en else 'fr'][day.month - 1]} {day.year}"


def short_date(day: date) -> str:
    """'02/12/2026'."""
    return day.strftime("%d/%m/%Y")


def parse_birth_date(text: str, today: date | None = None) -> date | None:
    """A date of birth as people type it (04/03/1982, 4.3.1982, 04-03-1982, 04031982); None when empty."""
    text = text.strip()
    if not text:
        return None
    match = re.fullmatch(r"(\d{1,2})[/.\- ](\d{1,2})[/.\- ](\d{4})", text) or re.fullmatch(
        r"(\d{2})(\d{2})(\d{4})", text)
    if not match:
        raise LetterError("birth_date", "birth_date_format", text=text)
    day, month, year = (int(x) for x in match.groups())
    try:
        born = date(year, month, day)
    except ValueError:
        raise LetterError("birth_date", "birth_date_invalid", text=text) from None
    today = today or date.today()
    if born > today:
        raise LetterError("birth_date", "birth_date_future", text=text)
    if born.year < today.year - OLDEST_YEARS:
        raise LetterError("birth_date", "birth_date_old", text=text)
    return born


def check_rpps(text: str) -> str:
    """An RPPS number has 11 digits (spaces allowed when typed); empty is allowed (filled in by hand)."""
    digits = re.sub(r"\s", "", text)
    if digits and not re.fullmatch(r"\d{11}", digits):
        raise LetterError("rpps", "rpps", text=text.strip(), digits=sum(ch.isdigit() for ch in digits))
    return digits


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
    """Typed by the user for one letter; printed, never stored."""

    name: str = ""
    birth_date: str = ""
    reason: str = ""  # reason for referral
    question: str = ""  # the question asked of the centre
    summary: str = ""  # short clinical summary


@dataclass
class ReferralSheet:
    centre: Centre
    disease: Disease | None
    pnds: list[Pnds]
    doctor: Doctor
    patient: Patient
    born: date | None
    checklist: list[tuple[str, bool]]
    lang: str
    data_version: str
    support: str  # what supports this centre for this disease: evidence and a citable link
    made_on: date = field(default_factory=date.today)
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
    today: date | None = None,
) -> ReferralSheet:
    """The letter's data; raises KeyError for an unknown centre and LetterError for a bad birth date or RPPS."""
    if centre_id not in data.centres:
        raise KeyError(centre_id)
    centre = data.centres[centre_id]
    disease = data.disease(disease_id) if disease_id else None
    patient = patient or Patient()
    doctor = doctor or Doctor()
    born = parse_birth_date(patient.birth_date, today)
    doctor = Doctor(doctor.name, check_rpps(doctor.rpps), doctor.address, doctor.phone)
    pnds = pnds_for(data, disease.id)[:2] if disease else []
    icd10 = data.orphanet.icd10_codes(disease.orpha_code) if disease and disease.orpha_code else []
    items = CHECKLIST["en" if lang == "en" else "fr"]
    ticked = ticked or set()
    related = {disease.id, *data.ancestors(disease.id)} if disease else set()
    trials = [f"{t.registry_id or t.title} — {label(TRIAL_RECRUITMENT_LABELS, t.recruitment, lang)}"
              for t in data.trials_for_centre(centre_id) if disease is None or related & set(t.disease_ids)]
    return ReferralSheet(
        centre=centre, disease=disease, pnds=pnds, doctor=doctor, patient=patient, born=born,
        checklist=[(text, i in ticked) for i, text in enumerate(items)], lang=lang,
        data_version=data.metadata.get("data_version", "?"), trials=trials, icd10=icd10,
        orphanet_version=data.metadata.get("orphanet_nomenclature_fr", ""),
        support=support_for(data, centre, disease, lang), made_on=today or date.today(),
    )


def support_for(data: ReferenceData, centre: Centre, disease: Disease | None, lang: str = "fr") -> str:
    """What supports this centre for this disease: the expertise's evidence and its source (or, for a reference
    centre's scope, the scope's source), never a document-mirror link."""
    en = lang == "en"
    if disease is None:
        return first_citable(centre.source_urls)
    wanted = [disease.id, *data.ancestors(disease.id)]
    entries = [e for d in wanted for e in data.expertise.get(centre.id, []) if e.disease_id == d]
    for entry in entries:
        urls = [entry.source_url] if entry.source_url else _scope_sources(data, centre, entry.disease_id)
        if entry.basis == "ccmr_label" and not any(citable(u) for u in urls):
            urls = list(centre.source_urls)
        url = first_citable(urls)
        evidence = entry.evidence
        if url or evidence:
            return " — ".join(x for x in (evidence, url) if x)
    return ("no documented expertise for this disease in Centre Finder" if en
            else "aucune expertise documentée pour cette maladie dans Centre Finder")


def _scope_sources(data: ReferenceData, centre: Centre, disease_id: str) -> list[str]:
    if data.conn is None or not centre.reference_centre_id:
        return []
    try:
        rows = data.conn.execute("select source_urls from reference_centre_scope where reference_centre_id = ? "
                                 "and disease_id = ?", (centre.reference_centre_id, disease_id)).fetchall()
    except sqlite3.Error:
        return []
    return [u for r in rows for u in (r[0] or "").split()]


def _t(sheet: ReferralSheet, fr: str, en: str) -> str:
    return en if sheet.lang == "en" else fr


def phone_line(centre: Centre, lang: str = "fr") -> str:
    """'03 20 44 59 62 — standard de l'hôpital (demandez : Service de médecine interne)'."""
    if not centre.phone:
        return ""
    en = lang == "en"
    ask = f" ({'ask for:' if en else 'demandez :'} {centre.department})" if centre.department else ""
    kinds = {
        "switchboard": ("standard de l'hôpital" + ask, "hospital switchboard" + ask),
        "registry": ("numéro de l'établissement d'après le registre FINESS 2020, pas celui du service" + ask,
                     "the establishment's number from the FINESS register (2020), not the department's" + ask),
        "department": ("ligne du service", "department line"),
    }
    kind = kinds.get(centre.phone_type, ("type de ligne non précisé", "kind of line not stated"))
    return f"{centre.phone} — {kind[1] if en else kind[0]}"


def missing_contact(centre: Centre, lang: str = "fr") -> str:
    """When Centre Finder knows neither the address nor the phone: what is missing and how to reach the site."""
    if centre.address or centre.phone:
        return ""
    en = lang == "en"
    where = centre.hospital if centre.confidence != "unverified" else ""
    ways = []
    if centre.website and citable(centre.website):
        ways.append(f"{'the centre’s website' if en else 'le site web du centre'} {centre.website}")
    if where:
        ways.append(f"{'the switchboard of the establishment' if en else 'le standard de l’établissement'} ({where})")
    ways.append(f"{'the FAI²R network' if en else 'la filière FAI²R'} ({NETWORK_SITE})")
    if en:
        return ("Centre Finder knows neither the street address nor the phone number of this site "
                f"({centre.city}). To reach it: {'; '.join(ways)}.")
    return ("Centre Finder ne connaît ni l'adresse postale ni le téléphone de ce site "
            f"({centre.city}). Pour le joindre : {' ; '.join(ways)}.")


def referral_html(sheet: ReferralSheet) -> str:
    """HTML for QTextDocument. Every value from the data or the user is escaped: shown, never interpreted."""
    c = sheet.centre
    e = escape
    lang = sheet.lang
    unknown = _t(sheet, "non renseigné", "not known")
    blank = "_" * 44

    def row(key: str, value: str, *, empty: str | None = None) -> str:
        """A labelled value; when empty, `empty` (a line to fill in) or "not known"."""
        missing = e(empty) if empty is not None else f"<i>{e(unknown)}</i>"
        shown = e(value).replace("\n", "<br/>") if value else missing
        return f"<tr><td width='26%' style='color:#374151'>{e(key)}</td><td>{shown}</td></tr>"

    def heading(text: str) -> str:
        return f"<h3 style='margin-top:8px; margin-bottom:2px'>{e(text)}</h3>"

    table = "<table cellspacing='0' cellpadding='1' width='100%'>"
    when = long_date(sheet.made_on, lang)
    parts = [
        "<html><body style='font-family: DejaVu Sans, Arial, sans-serif'>",
        "<table width='100%' cellspacing='0' cellpadding='0'><tr>"
        f"<td><h2 style='margin:0'>{e(_t(sheet, 'Demande d’avis — adressage', 'Request for an opinion — referral'))}"
        f"</h2></td><td align='right'>{e(_t(sheet, 'Le', 'Date:'))} {e(when)}</td></tr></table>",
        heading(_t(sheet, "Destinataire", "To")),
        table,
        row(_t(sheet, "Centre", "Centre"), c.name),
        row(_t(sheet, "Rôle", "Role"), ", ".join(label(ROLE_LABELS, r, lang) for r in c.roles)),
        row(_t(sheet, "Centre de référence", "Reference centre"), c.reference_centre_name),
        row(_t(sheet, "Établissement", "Establishment"), c.hospital),
        row(_t(sheet, "Service", "Department"), c.department),
        row(_t(sheet, "Patients", "Patients"), label(POPULATION_LABELS, c.population, lang)),
        row(_t(sheet, "Coordonnateur", "Coordinator"), c.coordinator),
    ]
    missing = missing_contact(c, lang)
    if not missing:
        address = c.full_address if c.address else _t(sheet, f"adresse postale non renseignée — {c.place}",
                                                      f"street address not known — {c.place}")
        parts.append(row(_t(sheet, "Adresse", "Address"), address))
        parts.append(row(_t(sheet, "Téléphone", "Phone"), phone_line(c, lang)))
    if c.website:
        parts.append(row(_t(sheet, "Site web", "Website"), c.website))
    parts.append("</table>")
    if missing:
        parts.append(f"<p style='color:#92400e; border:1px solid #f59e0b; padding:3px'><b>{e(missing)}</b></p>")
    cautions = []
    if c.establishment_unconfirmed:
        cautions.append(label(WARNING_LABELS, "establishment_unconfirmed", lang))
    if c.confidence == "inferred":
        cautions.append(label(CONFIDENCE_LABELS, "inferred", lang))
    if not c.population:
        cautions.append(label(WARNING_LABELS, "population_unknown", lang))
    if cautions:
        parts.append(f"<p style='color:#92400e; margin:2px 0'>{e(' · '.join(cautions))}</p>")
    if not c.is_referral_destination:
        parts.append(f"<p style='color:#92400e'><b>{e(label(WARNING_LABELS, 'not_referral_destination', lang))}"
                     "</b></p>")

    p = sheet.patient
    parts.append(heading(_t(sheet, "Patient", "Patient")) + table)
    parts.append(row(_t(sheet, "Nom, prénom", "Name"), p.name, empty=blank))
    parts.append(row(_t(sheet, "Date de naissance", "Date of birth"),
                     short_date(sheet.born) if sheet.born else "", empty="____ / ____ / ________"))
    parts.append(row(_t(sheet, "Motif de l'adressage", "Reason for referral"), p.reason, empty=blank))
    parts.append(row(_t(sheet, "Question posée", "Question asked"), p.question, empty=blank))
    parts.append("</table>")
    parts.append(f"<p style='margin:4px 0 0 0; color:#374151'>{e(_t(sheet, 'Résumé clinique', 'Clinical summary'))}"
                 "</p>")
    if p.summary:
        parts.append(f"<p style='margin-top:0'>{e(p.summary).replace(chr(10), '<br/>')}</p>")
    else:
        parts.append("<p style='margin-top:0'>" + "<br/>".join([blank * 2] * 3) + "</p>")

    parts.append(heading(_t(sheet, "Maladie", "Disease")) + table)
    if sheet.disease:
        d = sheet.disease
        name = d.name_en if lang == "en" else d.name_fr
        parts.append(row(_t(sheet, "Maladie suspectée ou connue", "Suspected or known disease"),
                         f"{name} (ORPHA {d.orpha_code})" if d.orpha_code else name))
        if d.orpha_code:
            parts.append(row(_t(sheet, "Page Orphanet", "Orphanet page"), orphanet_url(d.orpha_code, lang)))
        if sheet.icd10:
            parts.append(row(_t(sheet, "CIM-10", "ICD-10"), ", ".join(sheet.icd10)))
    else:
        parts.append(row(_t(sheet, "Maladie suspectée ou connue", "Suspected or known disease"), "", empty=blank))
    for pnds in sheet.pnds:
        parts.append(row("PNDS", f"{pnds.title} ({pnds.year})\n{pnds_link(pnds.url)}"))
    if sheet.disease and not sheet.pnds:
        parts.append(row("PNDS", ""))
    for trial in sheet.trials:
        parts.append(row(_t(sheet, "Essai", "Trial"), trial))
    parts.append("</table>")

    parts.append(heading(_t(sheet, "Documents joints", "Documents enclosed")))
    boxes = [f"{'☒' if ticked else '☐'} {e(text)}" for text, ticked in sheet.checklist]
    half = (len(boxes) + 1) // 2
    parts.append("<table width='100%' cellspacing='0' cellpadding='0'><tr><td width='50%'>"
                 + "<br/>".join(boxes[:half]) + "</td><td>" + "<br/>".join(boxes[half:]) + "</td></tr></table>")

    doc = sheet.doctor
    parts.append(heading(_t(sheet, "Médecin adresseur", "Referring doctor")) + table)
    parts.append(row(_t(sheet, "Nom", "Name"), doc.name, empty=blank))
    parts.append(row("RPPS", doc.rpps, empty=blank))
    parts.append(row(_t(sheet, "Adresse", "Address"), doc.address, empty=blank))
    parts.append(row(_t(sheet, "Téléphone", "Phone"), doc.phone, empty=blank))
    parts.append(row(_t(sheet, "Date", "Date"), when))
    parts.append(row(_t(sheet, "Signature", "Signature"), "", empty=blank))
    parts.append("</table>")

    verified = (_t(sheet, f"vérifiée le {c.verified}", f"checked on {c.verified}") if c.verified
                else _t(sheet, "jamais revérifiée depuis la collecte", "never re-checked since collection"))
    parts.append(
        "<p style='color:#6b7280; font-size:7pt; margin-top:8px'>"
        + e(_t(sheet, "Ce centre pour cette maladie", "This centre for this disease") if sheet.disease
            else _t(sheet, "Source de la fiche du centre", "Source of the centre record"))
        + (": " if lang == "en" else " : ") + f"{e(sheet.support or unknown)}. "
        + e(_t(sheet, "Données Centre Finder", "Centre Finder data")) + f" {e(sheet.data_version)} · "
        + e(_t(sheet, "fiche du centre", "centre record")) + f" {e(verified)}. "
        + (e(_t(sheet, "Nomenclature Orphanet", "Orphanet nomenclature")) + f" {e(sheet.orphanet_version)}, "
           "CC BY 4.0 — Orphanet / INSERM. " if sheet.disease and sheet.disease.orpha_code else "")
        + e(_t(sheet, "Vérifiez les coordonnées auprès de l'établissement avant l'envoi.",
               "Check the contact details with the establishment before sending."))
        + "</p></body></html>"
    )
    return "\n".join(parts)
