"""What a refresh would change in the trials: new and removed trials, status changes, sites opened or closed."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from centre_finder.core.reference.sources import COLUMNS, parse_csv

# a trial read on another day is the same trial: the date of reading is no change
IGNORED = frozenset({"registry_read"})
SITE_FIELDS = ("registry_status", "facility", "city", "postal_code", "joined_by", "named_by", "site_status")


def _rows(files: Mapping[str, bytes], name: str) -> list[dict[str, str]]:
    return [r.values for r in parse_csv(files[name], name, COLUMNS[name])[0]]


@dataclass
class TrialDiff:
    new_trials: list[dict[str, str]] = field(default_factory=list)
    removed_trials: list[dict[str, str]] = field(default_factory=list)
    status_changes: list[tuple[str, str, str]] = field(default_factory=list)  # (trial, old status, new status)
    changed: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)  # trial -> (field, old, new)
    sites_opened: list[dict[str, str]] = field(default_factory=list)  # trial_sites rows
    sites_closed: list[dict[str, str]] = field(default_factory=list)
    site_changes: list[tuple[dict[str, str], str, str, str]] = field(default_factory=list)  # (row, field, old, new)
    places_added: list[dict[str, str]] = field(default_factory=list)  # registry_sites rows
    places_removed: list[dict[str, str]] = field(default_factory=list)
    places_changed: dict[str, list[tuple[str, str, str]]] = field(default_factory=dict)

    @property
    def is_empty(self) -> bool:
        return not (self.new_trials or self.removed_trials or self.status_changes or self.changed
                    or self.sites_opened or self.sites_closed or self.site_changes or self.places_added
                    or self.places_removed or self.places_changed)

    def summary(self, lang: str = "en") -> str:
        if lang == "fr":
            return (f"{len(self.new_trials)} nouvel(s) essai(s), {len(self.removed_trials)} retiré(s), "
                    f"{len(self.status_changes)} changement(s) de statut, {len(self.sites_opened)} site(s) ouvert(s), "
                    f"{len(self.sites_closed)} site(s) retiré(s), {len(self.site_changes)} changement(s) de site")
        return (f"{len(self.new_trials)} new trial(s), {len(self.removed_trials)} removed, "
                f"{len(self.status_changes)} status change(s), {len(self.sites_opened)} site(s) opened, "
                f"{len(self.sites_closed)} site(s) closed, {len(self.site_changes)} site change(s)")

    def text(self, lang: str = "en") -> str:
        fr = lang == "fr"
        lines = [self.summary(lang)]
        for r in self.new_trials:
            lines.append(f"+ {r['registry_id'] or r['id']} ({r['status']}): {r['title']}")
        for r in self.removed_trials:
            what = "n'est plus dans la réponse du registre pour la France" if fr else "no longer in the registry's " \
                                                                                  "answer for France"
            lines.append(f"- {r['registry_id'] or r['id']} ({what}): {r['title']}")
        for trial, old, new in self.status_changes:
            lines.append(f"~ {trial.upper()} : {old} → {new}" if fr else f"~ {trial.upper()}: {old} → {new}")
        for trial, changes in self.changed.items():
            for name, old, new in changes:
                lines.append(f"~ {trial.upper()} {name}: {old!r} → {new!r}")
        for r in self.sites_opened:
            lines.append(f"+ {r['trial'].upper()} site: {_place(r)} → {r['centre']}"
                         + (f" ({r['registry_status']})" if r["registry_status"] else ""))
        for r in self.sites_closed:
            lines.append(f"- {r['trial'].upper()} site: {_place(r)} ({r['centre']})")
        for r, name, old, new in self.site_changes:
            lines.append(f"~ {r['trial'].upper()} site {_place(r)} {name}: {old or '∅'} → {new or '∅'}")
        for r in self.places_added:
            lines.append(f"+ {'lieu' if fr else 'place'} {r['id']}: {r['name']} ({r['city']})")
        for r in self.places_removed:
            lines.append(f"- {'lieu' if fr else 'place'} {r['id']}: {r['name']} ({r['city']})")
        for place, changes in self.places_changed.items():
            for name, old, new in changes:
                lines.append(f"~ {place} {name}: {old!r} → {new!r}")
        return "\n".join(lines)


def _place(row: Mapping[str, str]) -> str:
    return ", ".join(x for x in (row["facility"], " ".join(y for y in (row["postal_code"], row["city"]) if y)) if x)


def diff_trials(old: Mapping[str, bytes], new: Mapping[str, bytes]) -> TrialDiff:
    """Compare the trial files of two sets of sources."""
    diff = TrialDiff()
    before = {r["id"]: r for r in _rows(old, "trials.csv")}
    after = {r["id"]: r for r in _rows(new, "trials.csv")}
    for trial_id, row in after.items():
        previous = before.get(trial_id)
        if previous is None:
            diff.new_trials.append(row)
            continue
        if previous["status"] != row["status"]:
            diff.status_changes.append((trial_id, previous["status"], row["status"]))
        changes = [(k, previous.get(k, ""), v) for k, v in row.items()
                   if k not in IGNORED and k != "status" and previous.get(k, "") != v]
        if changes:
            diff.changed[trial_id] = changes
    diff.removed_trials = [r for trial_id, r in before.items() if trial_id not in after]
    sites_before = {(r["trial"], r["centre"]): r for r in _rows(old, "trial_sites.csv")}
    sites_after = {(r["trial"], r["centre"]): r for r in _rows(new, "trial_sites.csv")}
    for key, row in sites_after.items():
        previous = sites_before.get(key)
        if previous is None:
            diff.sites_opened.append(row)
            continue
        diff.site_changes += [(row, k, previous.get(k, ""), row[k]) for k in SITE_FIELDS
                              if previous.get(k, "") != row[k]]
    diff.sites_closed = [r for key, r in sites_before.items() if key not in sites_after]
    places_before = {r["id"]: r for r in _rows(old, "registry_sites.csv")}
    places_after = {r["id"]: r for r in _rows(new, "registry_sites.csv")}
    diff.places_added = [r for i, r in places_after.items() if i not in places_before]
    diff.places_removed = [r for i, r in places_before.items() if i not in places_after]
    for place_id, row in places_after.items():
        previous = places_before.get(place_id)
        if previous is not None:
            changes = [(k, previous.get(k, ""), v) for k, v in row.items() if previous.get(k, "") != v]
            if changes:
                diff.places_changed[place_id] = changes
    return diff
