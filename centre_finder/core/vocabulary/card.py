"""The disease card: what a GP needs to know of a disease before referring (detail pane, `diseases` command,
referral sheet), from the Orphanet nomenclature and the project's curated data.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from centre_finder.core.models import Pnds
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.vocabulary.orphanet import orphanet_url

ONSET_LABELS = {
    "antenatal": ("anténatal", "antenatal"),
    "neonatal": ("néonatal", "neonatal"),
    "infancy": ("petite enfance", "infancy"),
    "childhood": ("enfance", "childhood"),
    "adolescent": ("adolescence", "adolescence"),
    "adult": ("âge adulte", "adulthood"),
    "elderly": ("sujet âgé", "elderly"),
    "all_ages": ("tous âges", "all ages"),
}
PREVALENCE_KINDS = {
    "Point prevalence": ("prévalence", "point prevalence"),
    "Prevalence at birth": ("prévalence à la naissance", "prevalence at birth"),
    "Annual incidence": ("incidence annuelle", "annual incidence"),
}


@dataclass(frozen=True)
class CoveringCentre:
    """A FAI²R reference centre whose scope covers the disease, and through what."""

    id: str
    name: str
    route: tuple[str, ...]  # disease ids from the scope's disease down to this one; () when named directly


@dataclass(frozen=True)
class DiseaseCard:
    disease_id: str
    orpha_code: str
    name_fr: str
    name_en: str
    synonyms_fr: tuple[str, ...]
    synonyms_en: tuple[str, ...]
    definition_en: str
    icd10: tuple[str, ...]
    parents: tuple[tuple[str, str, str], ...]  # (ORPHA code, French name, English name)
    classifications: tuple[tuple[str, str, str], ...]  # (number, French name, English name) of their heads
    onset: tuple[str, ...]
    prevalence: tuple[str, str, str] | None  # (kind, class, geography)
    reference_centres: tuple[CoveringCentre, ...]
    pnds: tuple[Pnds, ...]
    in_networks: bool
    status: str = "active"

    def url(self, lang: str = "fr") -> str:
        return orphanet_url(self.orpha_code, lang) if self.orpha_code else ""

    def name(self, lang: str = "fr") -> str:
        return self.name_en if lang == "en" else self.name_fr

    def onset_text(self, lang: str = "fr") -> str:
        return ", ".join(ONSET_LABELS.get(o, (o, o))[lang == "en"] for o in self.onset)

    def prevalence_text(self, lang: str = "fr") -> str:
        if self.prevalence is None:
            return ""
        kind, value, geography = self.prevalence
        where = {"Europe": ("Europe", "Europe"), "Worldwide": ("monde", "worldwide")}.get(geography,
                                                                                       (geography, geography))
        return f"{PREVALENCE_KINDS.get(kind, (kind, kind))[lang == 'en']} {value} ({where[lang == 'en']})"


def covering_centres(data: ReferenceData, disease_id: str) -> list[CoveringCentre]:
    """The reference centres whose scope names the disease or a group above it (shortest route first)."""
    routes = {disease_id: ()}
    for route in data.orphanet.routes(disease_id):
        if route.relation == "ancestor" and route.node_id not in routes:
            routes[route.node_id] = route.path
    for ancestor in data.ancestors(disease_id):
        routes.setdefault(ancestor, (ancestor, disease_id))
    found = []
    for rc in data.reference_centres.values():
        scoped = [(len(path), path) for node, path in routes.items() if node in rc.disease_ids]
        if scoped:
            found.append((min(scoped)[0], CoveringCentre(rc.id, rc.name, min(scoped)[1])))
    return [c for _, c in sorted(found, key=lambda x: (x[0], x[1].name))]


def pnds_for(data: ReferenceData, disease_id: str) -> list[Pnds]:
    """The PNDS of a disease, else of the nearest group above it that has one (newest first)."""
    own = data.pnds_for(disease_id)
    if own:
        return own
    for route in sorted((r for r in data.orphanet.routes(disease_id) if r.relation == "ancestor"),
                        key=lambda r: r.distance):
        found = data.pnds_for(route.node_id)
        if found:
            return found
    return []


def disease_card(data: ReferenceData, disease_id: str) -> DiseaseCard | None:
    disease = data.disease(disease_id)
    if disease is None:
        return None
    code = disease.orpha_code
    orpha = data.orphanet
    entity = orpha.entity(code) if code else None
    synonyms_fr = list(disease.synonyms) + (orpha.synonyms(code, "fr") if code else [])
    centres = covering_centres(data, disease_id)
    return DiseaseCard(
        disease_id=disease.id,
        orpha_code=code,
        name_fr=disease.name_fr,
        name_en=disease.name_en,
        synonyms_fr=tuple(dict.fromkeys(s for s in synonyms_fr if s != disease.name_fr)),
        synonyms_en=tuple(s for s in (orpha.synonyms(code, "en") if code else []) if s != disease.name_en),
        definition_en=orpha.definition(code) if code else "",
        icd10=tuple(orpha.icd10_codes(code)) if code else (),
        parents=tuple((p.code, p.name_fr, p.name_en) for p in orpha.parents(code)) if code else (),
        classifications=tuple(orpha.classifications(code)) if code else (),
        onset=tuple(orpha.onset(code)) if code else (),
        prevalence=orpha.prevalence(code) if code else None,
        reference_centres=tuple(centres),
        pnds=tuple(pnds_for(data, disease_id)),
        in_networks=bool(centres),
        status=entity.status if entity else "active",
    )


def card_record(data: ReferenceData, card: DiseaseCard, lang: str = "fr") -> dict[str, Any]:
    """The JSON object of a disease (`centre-finder diseases --json`)."""
    from centre_finder.core.search.explain import route_text  # the search explains routes the same way

    return {
        "id": card.disease_id,
        "orpha_code": card.orpha_code,
        "name_fr": card.name_fr,
        "name_en": card.name_en,
        "synonyms_fr": list(card.synonyms_fr),
        "synonyms_en": list(card.synonyms_en),
        "icd10": list(card.icd10),
        "in_networks": card.in_networks,
        "reference_centres": [
            {"id": c.id, "name": c.name, "route": route_text(data, c.route, lang) if c.route else ""}
            for c in card.reference_centres
        ],
        "pnds": [{"title": p.title, "year": p.year, "url": p.url} for p in card.pnds],
        "orphanet_url": card.url(lang),
        "parents": [{"orpha_code": c, "name_fr": fr, "name_en": en} for c, fr, en in card.parents],
        "classifications": [en if lang == "en" else fr for _n, fr, en in card.classifications],
        "onset": list(card.onset),
        "prevalence": card.prevalence_text(lang),
        "definition_en": card.definition_en,
    }


def orphanet_credit(metadata: dict[str, str], lang: str = "fr") -> str:
    """The Orphanet credit for "About the data": CC BY 4.0 asks for the source and its version."""
    fr, en = metadata.get("orphanet_nomenclature_fr", "?"), metadata.get("orphanet_nomenclature_en", "?")
    onset = metadata.get("orphanet_onset_prevalence", "?")
    if lang == "en":
        return (f"Diseases: Orphanet nomenclature (French {fr}, English {en}), classifications and ICD-10 links; "
                f"age of onset and prevalence: {onset}. © Orphanet / INSERM, CC BY 4.0 (https://www.orphadata.com).")
    return (f"Maladies : nomenclature Orphanet (française {fr}, anglaise {en}), classifications et liens CIM-10 ; âge "
            f"de début et prévalence : {onset}. © Orphanet / INSERM, CC BY 4.0 (https://www.orphadata.com).")
