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
ROLE_SHORT = {  # badges in the list and on the map; the explanation is ROLE_EXPLANATIONS (tooltips, legend)
    "crmr_coordinating": ("Centre de référence — site coordonnateur", "Reference centre — coordinating site"),
    "crmr_constitutive": ("Centre de référence — site constitutif", "Reference centre — constituent site"),
    "crmr_site": ("Centre de référence — site", "Reference centre — site"),
    "ccmr": ("Centre de compétence", "Competence centre"),
    "cri_imidiate": ("Réseau CRI-IMIDIATE", "CRI-IMIDIATE network"),
    "ern_member": ("Réseau européen (ERN)", "European network (ERN)"),
    "cart_trial_site": ("Site d'essai CAR-T", "CAR-T trial site"),
}
ROLE_EXPLANATIONS = {
    "crmr_coordinating": (
        "Site coordonnateur d'un centre de référence maladies rares (CRMR), labellisé par le ministère de la Santé : "
        "il anime le centre et reçoit les cas les plus complexes.",
        "Coordinating site of a rare-disease reference centre (CRMR), labelled by the Ministry of Health: it leads "
        "the centre and sees the most complex cases."),
    "crmr_constitutive": (
        "Site constitutif d'un centre de référence maladies rares (CRMR) : il a la même mission que le site "
        "coordonnateur, dans sa région.",
        "Constituent site of a rare-disease reference centre (CRMR): the same mission as the coordinating site, "
        "in its region."),
    "crmr_site": (
        "Site d'un centre de référence maladies rares (CRMR) ; la source ne dit pas s'il est coordonnateur ou "
        "constitutif.",
        "Site of a rare-disease reference centre (CRMR); the source does not say whether it is the coordinating "
        "or a constituent site."),
    "ccmr": (
        "Centre de compétence maladies rares (CCMR) : labellisé pour prendre en charge ces maladies près du "
        "domicile du patient, en lien avec un centre de référence.",
        "Rare-disease competence centre (CCMR): labelled to care for these diseases near the patient's home, "
        "with a reference centre."),
    "cri_imidiate": (
        "Centre du réseau de recherche clinique CRI-IMIDIATE (maladies inflammatoires) : recherche, pas un label "
        "de soins.",
        "Centre of the CRI-IMIDIATE clinical research network (inflammatory diseases): research, not a care label."),
    "ern_member": (
        "Membre d'un réseau européen de référence (ERN ReCONNET ou RITA).",
        "Member of a European Reference Network (ERN ReCONNET or RITA)."),
    "cart_trial_site": (
        "Site d'un essai de cellules CAR-T dans les maladies auto-immunes : pour une inclusion, pas pour un "
        "premier avis.",
        "Site of a CAR-T cell trial in autoimmune disease: for inclusion in the trial, not for a first opinion."),
}
# Why a site is in the list for the disease asked (a badge and a group of the list; see explain.why)
WHY_LABELS = {
    "reference": ("Site du centre de référence pour cette maladie",
                  "Site of the reference centre for this disease"),
    "competence": ("Centre de compétence pour cette maladie", "Competence centre for this disease"),
    "labelled_expertise": ("Site de centre de référence, expertise documentée pour cette maladie",
                           "Reference-centre site with documented expertise in this disease"),
    "trial": ("Site d'un essai pour cette maladie", "Site of a trial for this disease"),
    "expertise": ("Autre expertise documentée (service sans label pour cette maladie)",
                  "Other documented expertise (a department without a label for this disease)"),
}
WHY_SHORT = {
    "expertise": ("Expertise documentée", "Documented expertise"),
}
# a row's warning as a badge (the full sentence is WARNING_LABELS, in the tooltip and the detail pane)
WARNING_SHORT = {
    "not_clinical": ("Pas un service clinique", "Not a clinical department"),
    "not_named": ("Établissement non nommé", "Establishment not named"),
    "establishment_unconfirmed": ("Établissement à confirmer", "Establishment to be confirmed"),
    "for_children": ("Service pour enfants", "Children's department"),
    "for_adults": ("Service pour adultes", "Adults' department"),
    "population_unknown": ("Âge non précisé", "Age not stated"),
}
TRIAL_RECRUITMENT_LABELS = {
    "recruiting": ("Recrute", "Recruiting"),
    "not_yet_recruiting": ("Pas encore ouvert aux inclusions", "Not yet recruiting"),
    "ongoing": ("En cours", "Ongoing"),
    "closed": ("Inclusions terminées", "Closed to inclusion"),
    "ended": ("Essai terminé ou arrêté", "Trial completed or stopped"),
    "planned": ("En projet (pas encore ouvert)", "Planned (not open yet)"),
    "unknown": ("Statut inconnu", "Status unknown"),
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
    "registry": ("Numéro de l'établissement, registre FINESS 2020", "Establishment number, FINESS register 2020"),
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
    "establishment_unconfirmed": (
        "Établissement à confirmer — appeler le standard du CHU",
        "Establishment to be confirmed — call the university hospital's switchboard",
    ),
    "establishment_inferred": ("Établissement déduit (à vérifier)", "Establishment inferred (to be checked)"),
    "population_unknown": ("Population (adultes/enfants) non précisée", "Population (adults/children) not stated"),
    "position_approximate": ("Position approximative", "Approximate position"),
    "registry_site_not_named": (
        "Site non nommé par le registre : pour une inclusion, passer par le contact de l'essai sur sa fiche "
        "ClinicalTrials.gov ; position approximative (celle de la commune)",
        "Site not named by the registry: for an inclusion, go through the trial's contact on its ClinicalTrials.gov "
        "record; approximate position (the town's)",
    ),
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
    "no_recruiting_trial": (
        "Aucun site d'essai ne recrute en ce moment pour « {words} » (selon la dernière lecture du registre). "
        "Décochez « Recrutement ouvert » pour voir les essais pas encore ouverts ou fermés aux inclusions.",
        "No trial site is recruiting now for “{words}” (as of the registry's last reading). "
        "Untick “Open recruitment” to see trials not open yet or closed to inclusion.",
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
    "nearer_unlabelled": (
        "{first} ({first_km} km) est plus proche mais n'a pas de label pour cette maladie (expertise documentée) ; "
        "le site labellisé le plus proche, {labelled}, est à {labelled_km} km : les deux sont en tête de liste.",
        "{first} ({first_km} km) is nearer but has no label for this disease (documented expertise); the nearest "
        "labelled site, {labelled}, is {labelled_km} km away: both are at the top of the list.",
    ),
    "far_from_network": (
        "Le site le plus proche où adresser, parmi ceux que connaît Centre Finder, est à {km} km. Un centre de "
        "compétence plus proche peut exister : la base n'en contient aujourd'hui que {have} sur {published} "
        "({share} %). Vérifiez l'annuaire de la filière FAI²R (www.fai2r.org) ou d'Orphanet (www.orpha.net) "
        "avant d'adresser.",
        "The nearest site to refer to that Centre Finder knows is {km} km away. A nearer competence centre may "
        "exist: the directory holds only {have} of the {published} today ({share} %). Check the FAI²R network's "
        "directory (www.fai2r.org) or Orphanet's (www.orpha.net) before referring.",
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
