"""The words shown for data values, in French (first) and English.

Data vocabularies (roles, populations…) are translated here, once, for the command line, the UI,
the referral sheet and the exports. Interface strings of the Qt window use Qt's translation system.
"""

from __future__ import annotations

LANGUAGES = ("fr", "en")

ROLE_LABELS = {
    "crmr_coordinating": ("Centre de référence — site coordonnateur", "Reference centre — coordinating site"),
    "crmr_constitutive": ("Centre de référence — site constitutif", "Reference centre — constituent site"),
    "crmr_site": ("Centre de référence (type de site non précisé)", "Reference centre (site type not stated)"),
    "ccmr": ("Centre de compétence", "Competence centre"),
    "cri_imidiate": ("Réseau de recherche CRI-IMIDIATE", "CRI-IMIDIATE research network"),
    "ern_member": ("Membre d'un réseau européen (ERN)", "European Reference Network member"),
    "cart_trial_site": ("Site d'essai CAR-T", "CAR-T trial site"),
}
ROLE_SHORT = {
    "crmr_coordinating": ("CRMR coordonnateur", "CRMR coordinating"),
    "crmr_constitutive": ("CRMR constitutif", "CRMR constituent"),
    "crmr_site": ("CRMR (site ?)", "CRMR (site?)"),
    "ccmr": ("Compétence", "Competence"),
    "cri_imidiate": ("CRI-IMIDIATE", "CRI-IMIDIATE"),
    "ern_member": ("ERN", "ERN"),
    "cart_trial_site": ("CAR-T", "CAR-T"),
}
POPULATION_LABELS = {
    "adult": ("Adultes", "Adults"),
    "paediatric": ("Enfants", "Children"),
    "both": ("Adultes et enfants", "Adults and children"),
    "": ("Population non précisée", "Population not stated"),
}
SPECIALTY_LABELS = {
    "internal_medicine": ("Médecine interne", "Internal medicine"),
    "rheumatology": ("Rhumatologie", "Rheumatology"),
    "paediatrics": ("Pédiatrie", "Paediatrics"),
    "paediatric_rheumatology": ("Rhumatologie pédiatrique", "Paediatric rheumatology"),
    "dermatology": ("Dermatologie", "Dermatology"),
    "other": ("Autre (non clinique)", "Other (not clinical)"),
    "": ("Spécialité non précisée", "Specialty not stated"),
}
CONFIDENCE_LABELS = {
    "cited": ("Établissement cité par la source", "Establishment cited by the source"),
    "inferred": ("Établissement déduit (à vérifier)", "Establishment inferred (to be checked)"),
    "unverified": ("Établissement non précisé par la source", "Establishment not stated by the source"),
}
PHONE_TYPE_LABELS = {
    "switchboard": ("Standard de l'hôpital", "Hospital switchboard"),
    "department": ("Ligne du service", "Department line"),
    "registry": ("Numéro de l'établissement (registre FINESS 2020)", "Establishment number (FINESS register, 2020)"),
    "": ("Type de numéro non précisé", "Number type not stated"),
}
COORD_PRECISION_LABELS = {
    "building": ("Position de l'établissement", "Position of the establishment"),
    "address": ("Position de l'adresse (géocodée)", "Position of the address (geocoded)"),
    "city": ("Position approximative (centre de la commune)", "Approximate position (town centre)"),
    "": ("Position inconnue", "Position unknown"),
}
BASIS_LABELS = {
    "crmr_scope": ("par son centre de référence", "through its reference centre"),
    "ccmr_label": ("par son label de centre de compétence", "through its competence-centre label"),
    "explicit": ("expertise documentée", "documented expertise"),
}
GROUP_LABELS = {
    "connective_tissue": ("Connectivites", "Connective tissue diseases"),
    "vasculitis": ("Vascularites", "Vasculitides"),
    "myositis": ("Myosites", "Myositis"),
    "autoinflammatory": ("Maladies auto-inflammatoires", "Autoinflammatory diseases"),
    "paediatric": ("Maladies de l'enfant", "Paediatric diseases"),
}
WARNING_LABELS = {
    "not_referral_destination": (
        "Attention : pas un service clinique identifié — ne pas y adresser un patient sans vérifier",
        "Warning: not an identified clinical department — do not refer a patient without checking",
    ),
    "establishment_inferred": ("Établissement déduit (à vérifier)", "Establishment inferred (to be checked)"),
    "population_unknown": ("Population (adultes/enfants) non précisée", "Population (adults/children) not stated"),
    "position_approximate": ("Position approximative", "Approximate position"),
    "position_unknown": ("Position inconnue", "Position unknown"),
    "population_mismatch": (
        "Service pour l'autre tranche d'âge que celle de la maladie recherchée",
        "Department for the other age group than the searched disease's",
    ),
}
EMPTY_REASONS = {
    "unmatched_words": (
        "Aucune maladie, aucun centre ni aucun essai ne correspond à « {words} ». Vérifiez l'orthographe "
        "ou essayez un synonyme (ex. : lupus, sclérodermie, Horton, FMF, ORPHA:536).",
        "No disease, centre or trial matches “{words}”. Check the spelling or try a synonym "
        "(e.g. lupus, scleroderma, Horton, FMF, ORPHA:536).",
    ),
    "unknown_orpha": (
        "Le code ORPHA {code} n'existe pas dans la nomenclature Orphanet ({version}). Vérifiez le code, ou tapez le "
        "nom de la maladie.",
        "ORPHA code {code} does not exist in the Orphanet nomenclature ({version}). Check the code, or type the "
        "disease's name.",
    ),
    "inactive_orpha": (
        "Le code ORPHA {code} n'est plus actif dans la nomenclature Orphanet ({version}) et aucun code ne le remplace. "
        "Tapez le nom de la maladie.",
        "ORPHA code {code} is no longer active in the Orphanet nomenclature ({version}) and no code replaces it. "
        "Type the disease's name.",
    ),
    "unknown_icd10": (
        "Aucune maladie rare de la nomenclature Orphanet n'est liée au code CIM-10 {code}.",
        "No rare disease of the Orphanet nomenclature is linked to ICD-10 code {code}.",
    ),
    "out_of_network": (
        "{disease} (ORPHA {code}) est une maladie rare connue d'Orphanet ({classification}), mais elle ne relève pas "
        "des réseaux que couvre Centre Finder : la filière FAI²R (maladies auto-immunes et auto-inflammatoires "
        "rares) et le réseau de recherche CRI-IMIDIATE. Elle relève d'une autre filière de santé maladies rares : "
        "les centres experts de cette maladie sont listés sur sa page Orphanet, {url}",
        "{disease} (ORPHA {code}) is a rare disease known to Orphanet ({classification}), but it is outside the "
        "networks Centre Finder covers: the FAI²R network (rare autoimmune and auto-inflammatory diseases) and the "
        "CRI-IMIDIATE research network. It belongs to another French rare-disease network (filière de santé maladies "
        "rares): its expert centres are listed on its Orphanet page, {url}",
    ),
    "no_expertise": (
        "Aucun centre de la base n'est documenté pour « {disease} ». Essayez le groupe de maladies "
        "({group}) ou un centre de référence proche.",
        "No centre in the database is documented for “{disease}”. Try the disease group ({group}) "
        "or a nearby reference centre.",
    ),
    "text_excludes_all": (
        "{count} centre(s) correspondent à « {what} », mais aucun ne correspond aussi à « {words} ». "
        "Retirez « {words} » ou utilisez le champ Lieu pour chercher autour d'une ville.",
        "{count} centre(s) match “{what}”, but none also matches “{words}”. "
        "Remove “{words}” or use the Location field to search around a town.",
    ),
    "no_trial": (
        "Aucun essai de la base ne correspond à « {words} » pour cette maladie.",
        "No trial in the database matches “{words}” for this disease.",
    ),
    "filter_population": (
        "{count} centre(s) correspondent, mais aucun pour la population « {population} ». "
        "Retirez le filtre adultes/enfants.",
        "{count} centre(s) match, but none for “{population}”. Remove the adults/children filter.",
    ),
    "filter_specialty": (
        "{count} centre(s) correspondent, mais aucun dans la spécialité choisie. Élargissez les spécialités.",
        "{count} centre(s) match, but none in the chosen specialty. Widen the specialties.",
    ),
    "filter_role": (
        "{count} centre(s) correspondent, mais aucun avec le rôle choisi. Élargissez les rôles.",
        "{count} centre(s) match, but none with the chosen role. Widen the roles.",
    ),
    "filter_region": (
        "{count} centre(s) correspondent, mais aucun en région « {region} ». Retirez le filtre de région.",
        "{count} centre(s) match, but none in region “{region}”. Remove the region filter.",
    ),
    "filter_radius": (
        "{count} centre(s) correspondent, mais aucun à moins de {radius} km de {place} "
        "(le plus proche est à {nearest} km). Augmentez le rayon.",
        "{count} centre(s) match, but none within {radius} km of {place} "
        "(the nearest is {nearest} km away). Increase the radius.",
    ),
    "filter_selection": (
        "{count} centre(s) correspondent, mais aucun parmi vos favoris.",
        "{count} centre(s) match, but none among your favourites.",
    ),
    "no_data": ("La base ne contient aucun centre.", "The database holds no centre."),
}
NOTICES = {
    "common_condition": ("{advice}", "{advice}"),
    "redirected": (
        "Le code ORPHA {old} n'est plus actif : Orphanet le remplace par ORPHA {new} ({name}).",
        "ORPHA code {old} is no longer active: Orphanet replaces it with ORPHA {new} ({name}).",
    ),
    "corrected": (
        "Résultats pour « {understood} » (vous avez tapé « {typed} »).",
        "Results for “{understood}” (you typed “{typed}”).",
    ),
    "did_you_mean": ("Vouliez-vous dire : {names} ?", "Did you mean: {names}?"),
    "intent": (
        "« {words} » : compris comme une intention, pas comme un nom de maladie ou de centre.",
        "“{words}”: understood as what you want, not as a disease or centre name.",
    ),
    "ambiguous_location": (
        "« {query} » désigne plusieurs communes : {chosen} retenue (autres : {others}). Précisez le département, "
        "ex. « {example} ».",
        "“{query}” names several communes: {chosen} used (others: {others}). Add the département, e.g. “{example}”.",
    ),
}


def phone_text(phone: str, phone_type: str, lang: str = "fr") -> str:
    """'03 20 44 59 62 (Standard de l'hôpital)': a number always says what kind of line it is."""
    return f"{phone} ({label(PHONE_TYPE_LABELS, phone_type, lang)})" if phone else ""


def label(table: dict[str, tuple[str, str]], key: str, lang: str = "fr") -> str:
    """The French or English label of a data value; the value itself when unknown."""
    pair = table.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def message(table: dict[str, tuple[str, str]], key: str, lang: str = "fr", **params: object) -> str:
    return label(table, key, lang).format(**params)
