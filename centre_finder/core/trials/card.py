"""A trial's card: what the registry says of it and of each French site, in French or English, as plain data for the
command line, the JSON output and the window."""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from centre_finder.core.labels import TRIAL_RECRUITMENT_LABELS, label
from centre_finder.core.models import Trial
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.links import trial_link

AGE_GROUPS = {"CHILD": ("enfants", "children"), "ADULT": ("adultes", "adults"),
              "OLDER_ADULT": ("adultes âgés", "older adults")}
SPONSOR_CLASSES = {"INDUSTRY": ("industriel", "industry"), "OTHER": ("académique ou autre", "academic or other"),
                   "NIH": ("NIH", "NIH"), "FED": ("agence fédérale américaine", "US federal agency"),
                   "OTHER_GOV": ("autorité publique", "public authority"), "NETWORK": ("réseau", "network"),
                   "INDIV": ("investigateur", "individual")}
ENROLMENT_TYPES = {"ESTIMATED": ("prévus", "planned"), "ACTUAL": ("inclus", "enrolled")}
_AGE = re.compile(r"^(\d+)\s+(Year|Month|Week|Day)s?$", re.IGNORECASE)
_AGE_UNITS = {"year": ("ans", "years"), "month": ("mois", "months"), "week": ("semaines", "weeks"),
              "day": ("jours", "days")}


def _pick(pair: tuple[str, str], lang: str) -> str:
    return pair[1] if lang == "en" else pair[0]


def _age(text: str, lang: str) -> str:
    """"18 Years" → "18 ans"."""
    match = _AGE.match(text.strip())
    if not match:
        return text
    return f"{match.group(1)} {_pick(_AGE_UNITS[match.group(2).lower()], lang)}"


@dataclass(frozen=True)
class CardSite:
    centre_id: str
    centre_name: str  # the directory's name of the site (a known centre, or the registry's facility)
    facility: str  # as the registry gives it
    place: str  # postal code and town
    recruitment: str  # the site's state, from its own status or the trial's
    registry_status: str  # the site's status in the registry, "" when it gives none
    known_centre: bool  # joined to a centre of the directory (not a site of its own)
    named_by: str  # the source naming a site the registry masks


@dataclass(frozen=True)
class TrialCard:
    trial: Trial
    url: str  # the ClinicalTrials.gov record (or the trial's own citable page)
    diseases: tuple[str, ...]  # names, in the card's language
    sites: tuple[CardSite, ...]

    def lines(self, lang: str = "fr") -> list[tuple[str, str]]:
        """(label, value) pairs, in the order a doctor reads them; unknown values say so."""
        t, en = self.trial, lang == "en"
        unknown = "not stated by the registry" if en else "non précisé par le registre"
        status = label(TRIAL_RECRUITMENT_LABELS, t.recruitment, lang)
        if t.registry_id and t.status:
            status += f" ({t.status})"
        elif t.status:
            status += f" — {t.status}"
        ages = ", ".join(_pick(AGE_GROUPS[a], lang) for a in t.ages if a in AGE_GROUPS)
        bounds = " – ".join(_age(x, lang) for x in (t.min_age, t.max_age) if x)
        if t.min_age and not t.max_age:
            bounds = (f"from {_age(t.min_age, lang)}" if en else f"à partir de {_age(t.min_age, lang)}")
        enrolment = ""
        if t.enrollment:
            kind = ENROLMENT_TYPES.get(t.enrollment_type)
            enrolment = f"{t.enrollment} {_pick(kind, lang)}" if kind else t.enrollment
        sponsor = t.sponsor + (f" ({_pick(SPONSOR_CLASSES[t.sponsor_class], lang)})"
                               if t.sponsor_class in SPONSOR_CLASSES else "")
        return [
            ("Trial" if en else "Essai", t.title),
            ("Registry" if en else "Registre", f"{t.registry_id}  {self.url}".strip() if t.registry_id else self.url),
            ("Product" if en else "Produit", t.product or unknown),
            ("Target" if en else "Cible", t.target or unknown),
            ("Phase", t.phase.replace("EARLY_PHASE1", "1 précoce" if not en else "early 1").replace("PHASE", "")
             .replace("; ", "/") or unknown),
            ("Sponsor" if en else "Promoteur", sponsor or unknown),
            ("Status" if en else "Statut", status),
            ("Ages" if en else "Âges", "; ".join(x for x in (ages, bounds) if x) or unknown),
            ("Enrolment" if en else "Effectif", enrolment or unknown),
            ("Conditions (registry)" if en else "Maladies (registre)", t.conditions or unknown),
            ("Diseases in Centre Finder" if en else "Maladies dans Centre Finder", ", ".join(self.diseases) or "—"),
            ("Start" if en else "Début", t.start_date or unknown),
            ("Last update in the registry" if en else "Dernière mise à jour au registre", t.last_update or unknown),
            ("Registry read on" if en else "Registre lu le", t.registry_read or ("—" if not t.registry_id
                                                                                 else unknown)),
        ]

    def site_lines(self, lang: str = "fr", *, here: str = "") -> list[str]:
        """One line per French site; the site `here` (a centre id) first and marked."""
        en = lang == "en"
        out = []
        for s in sorted(self.sites, key=lambda s: s.centre_id != here):
            state = label(TRIAL_RECRUITMENT_LABELS, s.recruitment, lang)
            if s.registry_status:
                state += f" ({s.registry_status})"
            elif s.facility:  # the registry gives none for the site
                state += " (" + ("the trial's status" if en else "statut de l'essai") + ")"
            where = s.facility if s.facility else s.centre_name
            text = f"{where}, {s.place} — {state}" if s.place else f"{where} — {state}"
            if (s.known_centre or s.named_by) and s.facility:
                text += f"\n   → {s.centre_name}"
            if here and s.centre_id == here:
                text += "  ◀ " + ("this site" if en else "ce site")
            if s.named_by:
                text += "\n   " + ("named by an earlier reading of the registry" if en
                                    else "nommé par un relevé antérieur du registre")
            out.append(text)
        return out


def trial_card(data: ReferenceData, trial_id: str, lang: str = "fr") -> TrialCard | None:
    trial = data.trials.get(trial_id) or next((t for t in data.trials.values()
                                               if t.registry_id.upper() == trial_id.upper() and t.registry_id), None)
    if trial is None:
        return None
    names = []
    for d in trial.disease_ids:
        disease = data.disease(d)
        if disease is not None:
            names.append(disease.name_en if lang == "en" else disease.name_fr)
    for c in trial.common_ids:
        common = data.common_conditions.get(c)
        if common is not None:
            names.append(common.name_en if lang == "en" else common.name_fr)
    sites = []
    for s in trial.sites:
        centre = data.centres.get(s.centre_id)
        place = " ".join(x for x in (s.postal_code, s.city) if x) or (centre.place if centre else "")
        sites.append(CardSite(s.centre_id, centre.name if centre else s.centre_id, s.facility, place,
                              trial.site_recruitment(s.centre_id), s.registry_status,
                              bool(s.joined_by) or s.site_status != "registry", s.named_by))
    order = {"recruiting": 0, "not_yet_recruiting": 1}
    sites.sort(key=lambda s: (order.get(s.recruitment, 2), s.place, s.centre_name))
    return TrialCard(trial, trial_link(trial.registry_id, trial.url), tuple(names), tuple(sites))


def card_record(card: TrialCard, lang: str = "fr") -> dict[str, Any]:
    t = card.trial
    return {
        "id": t.id, "nct_id": t.registry_id or None, "url": card.url or None, "title": t.title, "product": t.product,
        "target": t.target, "phase": t.phase, "sponsor": t.sponsor, "sponsor_class": t.sponsor_class,
        "status": t.status, "recruitment": t.recruitment, "ages": list(t.ages), "min_age": t.min_age,
        "max_age": t.max_age, "enrollment": t.enrollment, "enrollment_type": t.enrollment_type,
        "conditions": t.conditions, "diseases": list(t.disease_ids), "common_conditions": list(t.common_ids),
        "disease_names": list(card.diseases), "start_date": t.start_date, "last_update": t.last_update,
        "registry_read": t.registry_read,
        "sites": [{"centre": s.centre_id, "name": s.centre_name, "facility": s.facility, "place": s.place,
                   "site_status": s.registry_status, "recruitment": s.recruitment, "known_centre": s.known_centre,
                   "named_by": s.named_by} for s in card.sites],
    }
