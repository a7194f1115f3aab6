"""The sentences that go with every orientation by signs, in the window and the command line, French and English."""

from __future__ import annotations

from centre_finder.core.phenotypes.orientation import Orientation

NOTICE = (
    "Aide à l'orientation, pas un diagnostic : ces maladies rares sont celles dont les signes décrits par Orphanet "
    "ressemblent le plus à ceux saisis. Le diagnostic relève du spécialiste.",
    "An aid to orientation, not a diagnosis: these rare diseases are those whose signs, as Orphanet describes them, "
    "best resemble the ones entered. Diagnosis is the specialist's.",
)


def orientation_notice(lang: str = "fr") -> str:
    return NOTICE[lang == "en"]


def provenance_line(result: Orientation, lang: str = "fr") -> str:
    """The HPO's version and date, and what the ranking used (the HPO licence asks that both be shown)."""
    hpo = result.hpo
    if lang == "en":
        return (f"Uses the Human Phenotype Ontology (HPO), release {hpo.get('hpo_version', '?')}; Orphanet "
                f"annotations of {hpo.get('annotations', '?')} (Orphanet / INSERM, CC BY 4.0); official French labels "
                f"of {hpo.get('labels_fr', '?')}. "
                + ("Every annotated rare disease." if result.all_diseases else
                   "Diseases of the networks the app covers."))
    return (f"Utilise l'ontologie HPO (Human Phenotype Ontology), version {hpo.get('hpo_version', '?')} ; annotations "
            f"Orphanet du {hpo.get('annotations', '?')} (Orphanet / INSERM, CC BY 4.0) ; libellés français officiels "
            f"du {hpo.get('labels_fr', '?')}. "
            + ("Toutes les maladies rares annotées." if result.all_diseases else
               "Maladies des réseaux couverts par l'application."))


def hpo_credit(metadata: dict[str, str], lang: str = "fr") -> str:
    """The HPO credit for "About the data": the product uses the HPO, with its versions."""
    hpo = {"hpo_version": metadata.get("hpo_version", "?"), "annotations": metadata.get("hpo_annotations_version", "?"),
           "labels_fr": metadata.get("hpo_labels_fr_date", "?")}
    prefix = "Orientation by signs: " if lang == "en" else "Orientation par signes : "
    line = provenance_line(Orientation([], [], [], False, hpo=hpo), lang)
    return prefix + line[0].lower() + line[1:].rsplit(". ", 1)[0] + ". " + (
        "The HPO's terms and relations are shown unaltered (https://hpo.jax.org)." if lang == "en" else
        "Les termes et relations de la HPO sont montrés sans modification (https://hpo.jax.org).")


def unknown_line(result: Orientation, lang: str = "fr") -> list[str]:
    """What was typed and not used: unknown words, negated signs, signs beyond the limit."""
    lines = []
    if result.unknown:
        lines.append(("Not recognised: " if lang == "en" else "Non reconnu : ") + " ; ".join(result.unknown))
    if result.negated:
        lines.append(("Absent signs, not used: " if lang == "en" else "Signes absents, non utilisés : ")
                     + " ; ".join(result.negated))
    if result.ignored:
        lines.append(f"{result.ignored} more sign(s) ignored (at most 30 are used)." if lang == "en" else
                     f"{result.ignored} signe(s) de plus ignoré(s) (30 au plus sont utilisés).")
    return lines
