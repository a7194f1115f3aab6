"""Plain dataclasses shared by the core, the command line and the UI."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

ROLES = (
    "crmr_coordinating",
    "crmr_constitutive",
    "crmr_site",
    "ccmr",
    "cri_imidiate",
    "ern_member",
    "cart_trial_site",
)
REFERENCE_ROLES = frozenset({"crmr_coordinating", "crmr_constitutive", "crmr_site"})
LABELLED_ROLES = REFERENCE_ROLES | {"ccmr"}
POPULATIONS = ("adult", "paediatric", "both")
SPECIALTIES = (
    "internal_medicine",
    "rheumatology",
    "paediatrics",
    "paediatric_rheumatology",
    "dermatology",
    "other",
)
CONFIDENCE = ("cited", "inferred", "unverified")
# building: published point of the establishment; address: geocoded from its street address; city: commune centre
COORD_PRECISIONS = ("building", "address", "city")
# registry: the establishment's number in the FINESS register (switchboard or not, the register does not say)
PHONE_TYPES = ("switchboard", "department", "registry")
EXPERTISE_BASES = ("crmr_scope", "ccmr_label", "explicit")
# registry: listed by a trial registry; announced: the centre announced an inclusion; project: trial not open
TRIAL_SITE_STATUSES = ("registry", "announced", "project")
# whether patients can be (or soon be) included: closed = inclusions over, the trial goes on (the registry's
# ACTIVE_NOT_RECRUITING); ended = completed, terminated or withdrawn; planned = not registered yet
TRIAL_RECRUITMENT = ("recruiting", "not_yet_recruiting", "ongoing", "closed", "ended", "planned", "unknown")
OPEN_RECRUITMENT = frozenset({"recruiting", "not_yet_recruiting", "ongoing"})
# a registry's status (overall, or of one site) as a recruitment state
REGISTRY_RECRUITMENT = {
    "RECRUITING": "recruiting", "NOT_YET_RECRUITING": "not_yet_recruiting", "ENROLLING_BY_INVITATION": "ongoing",
    "ACTIVE_NOT_RECRUITING": "closed", "SUSPENDED": "closed", "COMPLETED": "ended", "TERMINATED": "ended",
    "WITHDRAWN": "ended",
}
# the order of trial sites in a trial search: recruiting, not yet, other open states, inclusions closed, the rest
RECRUITMENT_RANK = {"recruiting": 0, "not_yet_recruiting": 1, "ongoing": 2, "closed": 3, "unknown": 3, "planned": 4,
                    "ended": 5}
DISEASE_GROUPS = ("connective_tissue", "vasculitis", "myositis", "autoinflammatory", "paediatric")

# Order in which sites are offered when no location is known (the network's referral order).
ROLE_RANK = {"crmr_coordinating": 0, "crmr_constitutive": 1, "crmr_site": 2, "ccmr": 3}


def role_rank(roles: Sequence[str]) -> int:
    """The network's referral order of a centre with these roles (lower first)."""
    return min((ROLE_RANK.get(r, 4) for r in roles), default=4)


def is_labelled(roles: Sequence[str]) -> bool:
    return bool(LABELLED_ROLES.intersection(roles))


def is_referral_destination(specialty: str, confidence: str, roles: Sequence[str]) -> bool:
    """`Centre.is_referral_destination` from the fields it depends on (the search computes it for every row)."""
    if specialty == "other":
        return False
    return confidence != "unverified" or is_labelled(roles)


@dataclass(frozen=True)
class Centre:
    id: str
    name: str
    roles: tuple[str, ...]
    reference_centre_id: str
    reference_centre_name: str
    hospital: str
    confidence: str
    department: str
    specialty: str
    population: str
    coordinator: str
    address: str
    postal_code: str
    city: str
    department_code: str
    region: str
    latitude: float | None
    longitude: float | None
    coord_precision: str
    phone: str
    phone_type: str
    website: str
    finess_id: str
    verified: str
    notes: str
    source_urls: tuple[str, ...]

    @property
    def role_rank(self) -> int:
        return role_rank(self.roles)

    @property
    def is_labelled(self) -> bool:
        """A FAI²R reference or competence centre site."""
        return is_labelled(self.roles)

    @property
    def is_referral_destination(self) -> bool:
        """False for a laboratory, and for an unlabelled site (a trial site) whose establishment is not named.

        A reference or competence centre site whose establishment the source does not name is still where the
        network is: it is a destination, with the establishment to be confirmed (`establishment_unconfirmed`)."""
        return is_referral_destination(self.specialty, self.confidence, self.roles)

    @property
    def establishment_unconfirmed(self) -> bool:
        """A network site to refer to, but which hospital it is must be confirmed (call the CHU's switchboard)."""
        return self.confidence == "unverified" and self.is_referral_destination

    @property
    def has_position(self) -> bool:
        return self.latitude is not None and self.longitude is not None

    @property
    def place(self) -> str:
        """"59037 Lille"."""
        return " ".join(x for x in (self.postal_code, self.city) if x)

    @property
    def full_address(self) -> str:
        """Street address and place, as far as known."""
        return ", ".join(x for x in (self.address, self.place) if x)


@dataclass(frozen=True)
class Disease:
    id: str
    orpha_code: str
    name_fr: str
    name_en: str
    synonyms: tuple[str, ...]
    group: str
    parent_id: str
    population: str = ""  # "paediatric" or "adult" when the disease belongs to one age group


@dataclass(frozen=True)
class DiseaseGroup:
    id: str
    name_fr: str
    name_en: str
    synonyms: tuple[str, ...]


@dataclass(frozen=True)
class CommonCondition:
    """A frequent disease people type that is not a rare disease (e.g. rheumatoid arthritis)."""

    id: str
    name_fr: str
    name_en: str
    synonyms: tuple[str, ...]
    specialty: str
    advice_fr: str
    advice_en: str


@dataclass(frozen=True)
class ReferenceCentre:
    id: str
    name: str
    short_name: str
    acronym: str
    network: str
    disease_ids: tuple[str, ...]


@dataclass(frozen=True)
class Pnds:
    id: str
    title: str
    year: int
    url: str
    disease_ids: tuple[str, ...]


@dataclass(frozen=True)
class TrialSite:
    """One site of a trial, joined to a centre of the directory (a known centre, or a registry site of its own)."""

    centre_id: str
    site_status: str  # how the site is known: TRIAL_SITE_STATUSES
    registry_status: str = ""  # the registry's status of this site ("RECRUITING"…), "" when it gives none
    facility: str = ""  # the facility as the registry names it ("Novartis Investigative Site")
    city: str = ""
    postal_code: str = ""
    joined_by: str = ""  # how the site was joined to a known centre ("finess 750100125", "hospital and town")
    named_by: str = ""  # the source naming a site the registry masks


@dataclass(frozen=True)
class Trial:
    id: str
    registry_id: str
    title: str
    product: str
    target: str
    kind: str
    status: str  # the registry's overall status ("RECRUITING"), or the source's words for a trial not registered
    url: str
    disease_ids: tuple[str, ...]
    site_ids: tuple[str, ...]
    site_statuses: tuple[str, ...] = ()  # aligned with site_ids
    recruitment: str = "unknown"
    sites: tuple[TrialSite, ...] = ()  # aligned with site_ids
    common_ids: tuple[str, ...] = ()  # common conditions (rheumatoid arthritis) the trial includes
    conditions: str = ""  # as published
    phase: str = ""
    sponsor: str = ""
    sponsor_class: str = ""
    ages: tuple[str, ...] = ()  # the registry's age groups: CHILD, ADULT, OLDER_ADULT
    min_age: str = ""
    max_age: str = ""
    enrollment: str = ""
    enrollment_type: str = ""
    start_date: str = ""
    last_update: str = ""
    registry_read: str = ""  # the date the registry was read

    def site_status(self, centre_id: str) -> str:
        return dict(zip(self.site_ids, self.site_statuses, strict=False)).get(centre_id, "")

    def site(self, centre_id: str) -> TrialSite | None:
        return next((s for s in self.sites if s.centre_id == centre_id), None)

    def site_recruitment(self, centre_id: str) -> str:
        """Whether this site includes: its own status in the registry when given, else the trial's."""
        site = self.site(centre_id)
        if site is not None and site.registry_status:
            return REGISTRY_RECRUITMENT.get(site.registry_status, "unknown")
        if self.site_status(centre_id) == "project":
            return "planned"
        return self.recruitment


@dataclass(frozen=True)
class Expertise:
    centre_id: str
    disease_id: str
    basis: str  # one of EXPERTISE_BASES
    evidence: str
    source_url: str


@dataclass(frozen=True)
class Location:
    label: str
    latitude: float
    longitude: float
    precision: str  # "coordinates", "commune"
    postal_code: str = ""
    insee: str = ""
    alternatives: tuple[str, ...] = ()


@dataclass(frozen=True)
class Query:
    text: str = ""
    location: str | None = None
    radius_km: float | None = None
    population: str | None = None  # "adult" | "paediatric" | None
    specialties: tuple[str, ...] = ()
    roles: tuple[str, ...] = ()
    region: str | None = None
    limit: int | None = None
    centre_ids: frozenset[str] | None = None  # e.g. the user's favourites
    recruiting: bool = False  # only sites of trials whose recruitment is open ("recrutement ouvert")


@dataclass(frozen=True)
class Match:
    """Why a centre is in the results."""

    kind: str  # "disease" | "group" | "trial" | "text" | "specialty" | "all"
    disease_id: str = ""
    matched_name: str = ""  # the name or synonym that the text matched
    basis: str = ""  # expertise basis for disease matches
    via_disease_id: str = ""  # the group/member through which the expertise applies
    path: tuple[str, ...] = ()  # disease ids from the upper entity down to the lower one (Orphanet classification)
    relation: str = ""  # of the disease with expertise to the one asked: self, ancestor (a group above), descendant
    trial_id: str = ""
    field: str = ""  # for text matches: which field matched
    evidence: str = ""


@dataclass(frozen=True)
class Result:
    centre: Centre
    tier: int
    matches: tuple[Match, ...]
    distance_km: float | None = None
    warnings: tuple[str, ...] = ()


@dataclass
class SearchOutcome:
    """The results and what the search understood, so a UI can explain an empty list."""

    results: Sequence[Result]  # ranked; a search gives a ranking.LazyResults
    diseases: list[Disease] = field(default_factory=list)
    groups: list[DiseaseGroup] = field(default_factory=list)
    common: CommonCondition | None = None
    trials: list[Trial] = field(default_factory=list)
    matched_names: list[str] = field(default_factory=list)
    text_words: list[str] = field(default_factory=list)
    unmatched_words: list[str] = field(default_factory=list)
    location: Location | None = None
    population_from_text: str = ""  # "lupus enfant": the text asked for children
    location_from_text: str = ""  # "lupus Lyon": the town typed after the disease, used as the location
    empty_reason: str = ""  # a code, see labels.EMPTY_REASONS
    # what the order of the results needs said, by code (see search.order and explain.ranking_notices)
    notes: dict[str, dict[str, object]] = field(default_factory=dict)
    empty_details: dict[str, object] = field(default_factory=dict)
    out_of_network: list[Disease] = field(default_factory=list)  # recognised, but no network of the app covers them
    also_outside: list[Disease] = field(default_factory=list)  # named beside a covered disease, outside the networks
    redirected: list[tuple[str, str]] = field(default_factory=list)  # (obsolete ORPHA code, its current code)
    inactive_codes: list[str] = field(default_factory=list)  # obsolete ORPHA codes with no current code
    corrections: list[tuple[str, str]] = field(default_factory=list)  # (word typed, word understood): typos
    suggestions: list[Disease] = field(default_factory=list)  # "did you mean" when nothing was recognised
    intent_words: list[str] = field(default_factory=list)  # "PNDS", "essai", "réfractaire": what the user wants
