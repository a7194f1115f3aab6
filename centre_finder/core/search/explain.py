"""Plain-data views of results and diseases, shared by the JSON output, exports and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from centre_finder.core.labels import (
    BASIS_LABELS,
    EMPTY_REASONS,
    NOTICES,
    POPULATION_LABELS,
    ROLE_SHORT,
    label,
    message,
)
from centre_finder.core.models import Disease, Location, Match, Result, SearchOutcome, Trial
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.text import fold
from centre_finder.core.vocabulary.matcher import TermHit
from centre_finder.core.vocabulary.orphanet import orphanet_url


def disease_label(disease: Disease, lang: str = "fr") -> str:
    name = disease.name_en if lang == "en" else disease.name_fr
    return f"{name} (ORPHA {disease.orpha_code})" if disease.orpha_code else name


@dataclass(frozen=True)
class Suggestion:
    """One line of the completion list: what it shows, and the text it puts in the search field."""

    display: str  # "Artérite à cellules géantes (ORPHA 397) — « Horton »"
    text: str  # "Artérite à cellules géantes (ORPHA 397)"


def suggestions(data: ReferenceData, hits: list[TermHit], lang: str = "fr") -> list[Suggestion]:
    """Completion lines for matcher hits; the synonym that matched is shown when the name does not hold it."""
    out: list[Suggestion] = []
    for hit in hits:
        if hit.target == "group" and (group := data.groups.get(hit.target_id)) is not None:
            text = group.name_en if lang == "en" else group.name_fr
        elif hit.target == "disease" and (disease := data.disease(hit.target_id)) is not None:
            text = disease_label(disease, lang)
        else:
            continue
        display = text
        if hit.kind == "synonym" and fold(hit.matched_name) not in fold(text):
            display = f"{text} — “{hit.matched_name}”" if lang == "en" else f"{text} — « {hit.matched_name} »"
        if text not in [s.text for s in out]:
            out.append(Suggestion(display, text))
    return out


def trial_label(trial: Trial) -> str:
    """The registry id, or the trial's short name when it has none ("Cell-Attack")."""
    if trial.registry_id:
        return trial.registry_id
    short = trial.title.split(" – ")[0].split(":")[0].strip()
    return short if len(short) <= 40 else short[:39] + "…"


def explain_match(data: ReferenceData, match: Match, lang: str = "fr") -> str:
    """One line saying why a centre is listed, e.g. 'Lupus systémique — par son centre de référence'."""
    en = lang == "en"
    if match.kind in ("disease", "group"):
        if match.kind == "group":
            group = data.groups.get(match.disease_id)
            what = (group.name_en if en else group.name_fr) if group else match.disease_id
        else:
            disease = data.disease(match.disease_id)
            what = (disease.name_en if en else disease.name_fr) if disease else match.disease_id
        if match.matched_name and _informative(data, match):
            what = f"{what} “{match.matched_name}”" if en else f"{what} « {match.matched_name} »"
        text = f"{what} — {label(BASIS_LABELS, match.basis, lang)}"
        if match.path:
            text += f" ({route_text(data, match.path, lang)})"
        elif match.via_disease_id and (via := data.disease(match.via_disease_id)) is not None:
            text += f" (via {via.name_en if en else via.name_fr})"
        return text
    if match.kind == "trial":
        trial = data.trials.get(match.trial_id)
        ident = trial_label(trial) if trial else match.trial_id
        return f"{'Trial site' if en else 'Site de l’essai'} {ident}"
    if match.kind == "specialty":
        return "Specialty (common disease)" if en else "Spécialité (maladie fréquente)"
    if match.kind == "text":
        return f"{'Matches' if en else 'Correspond à'} « {match.matched_name} »" if match.matched_name else (
            "Matches the text" if en else "Correspond au texte")
    return ""


def route_text(data: ReferenceData, path: tuple[str, ...], lang: str = "fr", *, longest: int = 4) -> str:
    """A path in the Orphanet classification, top down: "Myopathie inflammatoire idiopathique → Myosite à inclusions".

    A long path keeps its two ends and the step above the disease."""
    names = []
    for disease_id in path:
        disease = data.disease(disease_id)
        names.append((disease.name_en if lang == "en" else disease.name_fr) if disease else disease_id)
    if len(names) > longest:
        names = [names[0], "…", *names[-2:]]
    return " → ".join(names)


def _informative(data: ReferenceData, match: Match) -> bool:
    """Show the typed synonym only when it adds something ("Horton" for giant cell arteritis)."""
    matched = fold(match.matched_name)
    names = []
    if match.kind == "disease" and (d := data.disease(match.disease_id)) is not None:
        names = [d.name_fr, d.name_en]
    elif match.disease_id in data.groups:
        g = data.groups[match.disease_id]
        names = [g.name_fr, g.name_en]
    return not any(matched in fold(n) for n in names)


def result_record(data: ReferenceData, result: Result, lang: str = "fr") -> dict[str, Any]:
    """The JSON object of one result (`centre-finder search --json`)."""
    c = result.centre
    return {
        "id": c.id,
        "name": c.name,
        "hospital": c.hospital,
        "department": c.department,
        "city": c.city,
        "postal_code": c.postal_code,
        "region": c.region,
        "roles": list(c.roles),
        "role_labels": [label(ROLE_SHORT, r, lang) for r in c.roles],
        "reference_centre": c.reference_centre_name,
        "specialty": c.specialty,
        "population": c.population,
        "coordinator": c.coordinator,
        "address": c.address,
        "phone": c.phone,
        "phone_type": c.phone_type,
        "website": c.website,
        "latitude": c.latitude,
        "longitude": c.longitude,
        "coord_precision": c.coord_precision,
        "confidence": c.confidence,
        "verified": c.verified,
        "distance_km": round(result.distance_km, 1) if result.distance_km is not None else None,
        "tier": result.tier,
        "matched": [
            {
                "kind": m.kind,
                "disease": m.disease_id,
                "matched_name": m.matched_name,
                "basis": m.basis,
                "via": m.via_disease_id,
                "path": list(m.path),
                "trial": m.trial_id,
                "field": m.field,
                "explanation": explain_match(data, m, lang),
            }
            for m in result.matches
        ],
        "warnings": list(result.warnings),
        "source_urls": list(c.source_urls),
    }


def empty_message(outcome: SearchOutcome, text: str, lang: str = "fr", *, version: str = "2023") -> str:
    """Why nothing matched and what to relax, in the user's language."""
    details = dict(outcome.empty_details)
    if "population" in details:
        details["population"] = label(POPULATION_LABELS, str(details["population"]), lang)
    if lang == "en":  # details given in both languages ("disease_en")
        details.update({k[:-3]: v for k, v in outcome.empty_details.items() if k.endswith("_en")})
    if outcome.empty_reason == "out_of_network":
        details["url"] = orphanet_url(str(details.get("code", "")), lang)
        details["classification"] = details.get("classification") or (
            "classification not found" if lang == "en" else "classification non trouvée")
    details.setdefault("words", text)
    details.setdefault("version", version)
    try:
        text_out = message(EMPTY_REASONS, outcome.empty_reason or "unmatched_words", lang, **details)
    except (KeyError, IndexError):
        text_out = message(EMPTY_REASONS, "unmatched_words", lang, words=text)
    if outcome.suggestions:
        names = ", ".join(disease_label(d, lang) for d in outcome.suggestions)
        text_out += " " + message(NOTICES, "did_you_mean", lang, names=names)
    return text_out


def search_notices(data: ReferenceData, outcome: SearchOutcome, lang: str = "fr") -> list[str]:
    """What the search understood that the user should know: obsolete codes, typos corrected, intentions."""
    notices = []
    for old, new in outcome.redirected:
        entity = data.orphanet.entity(new)
        name = (entity.name_en if lang == "en" else entity.name_fr) if entity else ""
        notices.append(message(NOTICES, "redirected", lang, old=old, new=new, name=name))
    if outcome.corrections:
        notices.append(message(NOTICES, "corrected", lang, typed=" ".join(t for t, _ in outcome.corrections),
                               understood=" ".join(u for _, u in outcome.corrections)))
    return notices


def ambiguity_message(location: Location, typed: str, lang: str = "fr") -> str:
    """'Saint-Denis' names several communes: which one was used, and how to choose another."""
    return message(NOTICES, "ambiguous_location", lang, query=typed, chosen=location.label,
                   others=", ".join(location.alternatives), example=location.alternatives[0])
