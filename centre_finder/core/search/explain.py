"""Plain-data views of results and diseases, shared by the JSON output, exports and the UI."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from centre_finder.core.labels import (
    BASIS_LABELS,
    EMPTY_REASONS,
    NOTICES,
    POPULATION_LABELS,
    ROLE_EXPLANATIONS,
    ROLE_SHORT,
    TRIAL_RECRUITMENT_LABELS,
    WARNING_LABELS,
    WARNING_SHORT,
    WHY_LABELS,
    WHY_SHORT,
    label,
    message,
)
from centre_finder.core.models import (
    OPEN_RECRUITMENT,
    REFERENCE_ROLES,
    ROLES,
    Centre,
    Disease,
    Location,
    Match,
    Result,
    SearchOutcome,
    Trial,
)
from centre_finder.core.reference.coverage import network
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.reference.links import trial_link
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
        status = match.evidence or (trial.recruitment if trial else "")
        status_text = f" — {label(TRIAL_RECRUITMENT_LABELS, status, lang).lower()}" if status else ""
        return f"{'Trial site' if en else 'Site de l’essai'} {ident}{status_text}"
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
        "trials": trial_records(data, result),
        "source_urls": list(c.source_urls),
    }


def trial_records(data: ReferenceData, result: Result) -> list[dict[str, Any]]:
    """The trials run at a result's site, those the search matched first: the registry's id, its overall status,
    this site's own status in the registry ("" when it gives none), what that means for inclusion, and the link."""
    c = result.centre
    matched = [m.trial_id for m in result.matches if m.kind == "trial"]
    trials = sorted(data.trials_for_centre(c.id), key=lambda t: (t.id not in matched, matched.index(t.id)
                                                                  if t.id in matched else 0))
    out = []
    for t in trials:
        site = t.site(c.id)
        out.append({
            "nct_id": t.registry_id or None,
            "title": t.title,
            "status": t.status,
            "site_status": site.registry_status if site is not None else "",
            "recruitment": t.site_recruitment(c.id),
            "url": trial_link(t.registry_id, t.url) or None,
            "matched": t.id in matched,
        })
    return out


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


def distance_text(km: float | None) -> str:
    """Whole kilometres ("4 km", "213 km", "< 1 km"): a tenth of a kilometre means nothing to a referral."""
    if km is None:
        return ""
    return "< 1 km" if km < 0.5 else f"{km:,.0f} km".replace(",", "\u202f")


def site_name(centre: Centre) -> str:
    """The establishment and the department, which tell sites apart ("CHU de Rouen — Service de rhumatologie")."""
    if centre.hospital and centre.department:
        return f"{centre.hospital} — {centre.department}"
    return centre.hospital or centre.name


def why(result: Result) -> str:
    """Why a site is listed for the disease asked: a key of `labels.WHY_LABELS`, or "" (a search by name…)."""
    first = result.matches[0] if result.matches else None
    if first is None:
        return ""
    if first.kind == "trial":
        return "trial"
    if first.kind not in ("disease", "group"):
        return ""
    roles = set(result.centre.roles)
    if first.basis == "crmr_scope":
        return "reference"
    if "ccmr" in roles:
        return "competence"
    return "labelled_expertise" if roles & REFERENCE_ROLES else "expertise"


@dataclass(frozen=True)
class Badge:
    kind: str  # a role, or "expertise": picks the colour
    text: str
    explanation: str


def badges(data: ReferenceData, result: Result, lang: str = "fr", *, age_asked: bool = False) -> list[Badge]:
    """The badges of a row: first why the site is there, then its other roles, then what to check (with
    `age_asked`, the user asked for adults or children: a site whose age group is unknown says so)."""
    reason = why(result)
    roles = [r for r in ROLES if r in result.centre.roles]
    out: list[Badge] = []
    if reason == "trial":
        trial = data.trials.get(result.matches[0].trial_id)
        if trial is not None:
            what = ("Trial" if lang == "en" else "Essai") + f" {trial.registry_id or trial.kind}"
            recruitment = result.matches[0].evidence or trial.recruitment
            status = label(TRIAL_RECRUITMENT_LABELS, recruitment, lang)
            out.append(Badge("cart_trial_site", what.strip(), f"{label(WHY_LABELS, reason, lang)}\n{trial.title}"))
            kind = ("trial_open" if recruitment == "recruiting" else "trial_soon" if recruitment in OPEN_RECRUITMENT
                    else "trial_closed")
            out.append(Badge(kind, status,
                             f"{trial.registry_id or trial.title} : {status}"))
            roles = [r for r in roles if r != "cart_trial_site"]
    elif reason == "expertise":
        out.append(Badge("expertise", label(WHY_SHORT, reason, lang), label(WHY_LABELS, reason, lang)))
    elif reason:
        main = next((r for r in roles if r in REFERENCE_ROLES or r == "ccmr"), "")
        if main:
            out.append(Badge(main, label(ROLE_SHORT, main, lang),
                             f"{label(WHY_LABELS, reason, lang)}\n{label(ROLE_EXPLANATIONS, main, lang)}"))
            roles.remove(main)
    out += [Badge(r, label(ROLE_SHORT, r, lang), label(ROLE_EXPLANATIONS, r, lang)) for r in roles]
    return out + warning_badges(result, lang, age_asked=age_asked)


def warning_badges(result: Result, lang: str = "fr", *, age_asked: bool = False) -> list[Badge]:
    """What a GP must know before referring there, in two or three words (the sentence is the explanation)."""
    c = result.centre
    out = []
    for warning in result.warnings:
        if warning == "not_referral_destination":
            short = "not_clinical" if c.specialty == "other" else "not_named"
        elif warning == "establishment_unconfirmed":
            short = warning
        elif warning == "population_mismatch":
            short = "for_children" if c.population == "paediatric" else "for_adults"
        elif warning == "population_unknown" and age_asked:
            short = warning
        else:
            continue
        out.append(Badge("warning", label(WARNING_SHORT, short, lang), label(WARNING_LABELS, warning, lang)))
    return out


def ranking_notices(data: ReferenceData, outcome: SearchOutcome, lang: str = "fr") -> list[str]:
    """What the order of the list needs said: a nearer unlabelled department, a directory that may miss a
    nearer centre (with today's coverage of the competence centres)."""
    lines = []
    nearer = outcome.notes.get("nearer_unlabelled")
    if nearer:
        first, labelled = data.centres.get(str(nearer["first"])), data.centres.get(str(nearer["labelled"]))
        if first and labelled:
            lines.append(message(NOTICES, "nearer_unlabelled", lang, first=site_name(first),
                                 first_km=f"{float(nearer['first_km']):.0f}", labelled=site_name(labelled),
                                 labelled_km=f"{float(nearer['labelled_km']):.0f}"))
    far = outcome.notes.get("far_from_network")
    if far:
        row = network(data, "FAI²R competence centres (CCMR)")
        published = row.published or 0
        lines.append(message(NOTICES, "far_from_network", lang, km=f"{float(far['km']):,.0f}".replace(",", "\u202f"),
                             have=row.have, published=published,
                             share=f"{100 * row.have / published:.0f}" if published else "?"))
    return lines
