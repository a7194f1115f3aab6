"""What the menus do: exports and printing of the list, favourites and notes, data updates, settings, about."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import QFileDialog, QInputDialog, QMessageBox

from centre_finder import __version__, paths
from centre_finder.core.labels import ROLE_LABELS, label
from centre_finder.core.models import ROLES, Result
from centre_finder.core.phenotypes.texts import hpo_credit
from centre_finder.core.reference.coverage import coverage, coverage_lines
from centre_finder.core.referral.exports import file_name, with_extension, write_csv
from centre_finder.core.referral.printed_list import PrintedList, printed_list
from centre_finder.core.referral.userdb import UserDataError
from centre_finder.core.search.explain import ranking_notices
from centre_finder.core.search.gazetteer import LocationError
from centre_finder.core.vocabulary.card import orphanet_credit
from centre_finder.ui import plaintext
from centre_finder.ui.list_printing import preview_list, write_list_pdf
from centre_finder.ui.printing import documents_folder
from centre_finder.ui.referral_dialog import DoctorDialog, ReferralDialog
from centre_finder.ui.settings import get_str

if TYPE_CHECKING:
    from centre_finder.ui.main_window import MainWindow


class WindowActions(QObject):
    def __init__(self, window: MainWindow):
        super().__init__(window)
        self.window = window

    def _results(self) -> list[Result]:
        """The results in the order the table shows them (the user may have sorted a column)."""
        view = self.window.results_view
        proxy, model = view.proxy, view.model
        rows = (model.result_at(proxy.mapToSource(proxy.index(r, 0)).row()) for r in range(proxy.rowCount()))
        return [r for r in rows if r is not None]

    def _write_failed(self, exc: OSError) -> None:
        plaintext.critical(self.window, self.tr("Export"), self.tr("The file could not be written: {error}").format(
            error=exc.strerror or exc))

    # -- the list ---------------------------------------------------------------------------------
    def list_title(self) -> str:
        return f"Centre Finder — {self.window.summary_label.text()}"

    def _place(self) -> str:
        outcome = self.window.outcome
        location = outcome.location if outcome else None
        return location.label if location else ""

    def suggested_name(self, extension: str) -> Path:
        """In the user's Documents folder, named after the search: 'centres-lupus-33000.csv'."""
        outcome = self.window.outcome
        location = outcome.location if outcome else None
        place = (location.postal_code or location.label) if location else ""
        return documents_folder() / file_name(self.window.search_edit.text(), place, extension)

    def printed(self) -> PrintedList:
        w = self.window
        outcome = w.outcome
        notes = ranking_notices(w.data, outcome, w.lang) if outcome else []
        return printed_list(w.data, self._results(), query=w.search_edit.text(), place=self._place(),
                            summary=w.summary_label.text(), notes=notes, lang=w.lang)

    def export_csv(self, path: str | None = None) -> Path | None:
        w = self.window
        results = self._results()
        if path is None:
            path, _ = QFileDialog.getSaveFileName(w, self.tr("Export the list as CSV"), str(self.suggested_name("csv")),
                                                  "CSV (*.csv)")
            if not path:
                return None
        target = with_extension(Path(path), "csv")
        favourites = w.userdata.favourites() if w.userdata is not None else set()
        notes = {n.centre_id: n.body for n in w.userdata.notes()} if w.userdata is not None else {}
        try:
            write_csv(target, w.data, results, w.lang, favourites=favourites, notes=notes)
        except OSError as exc:
            self._write_failed(exc)
            return None
        w.statusBar().showMessage(self.tr("{count} centre(s) exported to {path}").format(
            count=len(results), path=target), 5000)
        return target

    def print_list(self) -> QPrintPreviewDialog:
        """The list in Qt's print preview, from which it prints."""
        dialog = preview_list(self.printed(), self.window, title=self.list_title())
        dialog.open()
        return dialog

    def save_list_pdf(self, path: str | None = None) -> Path | None:
        w = self.window
        if path is None:
            path, _ = QFileDialog.getSaveFileName(w, self.tr("Save the list as PDF"), str(self.suggested_name("pdf")),
                                                  "PDF (*.pdf)")
            if not path:
                return None
        target = with_extension(Path(path), "pdf")
        try:
            write_list_pdf(self.printed(), target, title=self.list_title())
        except OSError as exc:
            self._write_failed(exc)
            return None
        return target

    # -- favourites and notes ---------------------------------------------------------------------
    def export_user_data(self, path: str | None = None) -> Path | None:
        w = self.window
        if w.userdata is None:
            return None
        if path is None:
            suggested = documents_folder() / ("centre-finder-favourites.json" if w.lang == "en"
                                              else "centre-finder-favoris.json")
            path, _ = QFileDialog.getSaveFileName(w, self.tr("Export favourites and notes"), str(suggested),
                                                  "JSON (*.json)")
            if not path:
                return None
        target = with_extension(Path(path), "json")
        try:
            count = w.userdata.export_json(target)
        except OSError as exc:
            self._write_failed(exc)
            return None
        w.statusBar().showMessage(self.tr("{count} favourite(s) and note(s) exported").format(count=count), 5000)
        return target

    def import_user_data(self, path: str | None = None) -> bool:
        w = self.window
        if w.userdata is None:
            return False
        if path is None:
            path, _ = QFileDialog.getOpenFileName(w, self.tr("Import favourites and notes"), str(documents_folder()),
                                                  "JSON (*.json)")
            if not path:
                return False
        try:
            added, updated = w.userdata.import_json(Path(path))
        except UserDataError as exc:
            plaintext.warning(w, self.tr("Import"), str(exc))
            return False
        plaintext.information(w, self.tr("Import"), self.tr(
            "{added} favourite(s) added, {updated} note(s) added or updated.").format(added=added, updated=updated))
        w._search_now()
        return True

    def orphans_text(self) -> str:
        w = self.window
        if w.userdata is None:
            return ""
        notes, favourites = w.userdata.orphans(set(w.data.centres))
        if not notes and not favourites:
            return self.tr("Every favourite and note refers to a centre of the current data.")
        lines = [self.tr("These centres are no longer in the reference data; your notes are kept:"), ""]
        for note in notes:
            lines.append(f"{note.centre_id} ({note.updated_at[:10]}) : {note.body}")
        for centre_id in favourites:
            lines.append(f"★ {centre_id}")
        return "\n".join(lines)

    def show_orphans(self) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, self.tr("Notes on centres no longer listed"),
                          self.orphans_text(), QMessageBox.StandardButton.Close, self.window)
        box.setTextFormat(Qt.TextFormat.PlainText)
        box.exec()

    # -- reference data ---------------------------------------------------------------------------
    # The dialogs below and the update machinery (sources, the build, urllib: 0.15 s of imports) are imported when
    # the user asks for them: the window's start-up does not wait for them.
    def update_data(self) -> bool:
        from centre_finder.ui.update_dialog import UpdateDialog

        w = self.window
        dialog = UpdateDialog(w.data.path, w)
        if dialog.exec() != UpdateDialog.DialogCode.Accepted or dialog.applied_to is None:
            return False
        if not w.reload_data(dialog.applied_to):
            return False
        w.statusBar().showMessage(self.tr("Data updated; the previous version is kept."), 6000)
        return True

    def refresh_trials(self, *, api_url: str | None = None) -> bool:
        """Read ClinicalTrials.gov, show the differences, apply them like a data update."""
        from centre_finder.ui.trials_dialog import TrialsDialog

        w = self.window
        dialog = TrialsDialog(w.data.path, w, lang=w.lang, **({"api_url": api_url} if api_url else {}))
        self.trials_dialog = dialog  # tests reach the open dialog
        if dialog.exec() != TrialsDialog.DialogCode.Accepted or dialog.applied_to is None:
            return False
        if not w.reload_data(dialog.applied_to):
            return False
        w.statusBar().showMessage(self.tr("Trials updated from ClinicalTrials.gov; the previous data are kept."), 6000)
        return True

    def rollback_data(self) -> bool:
        from centre_finder.core.reference.updates import UpdateError, rollback

        w = self.window
        # on the shipped data, "previous" is the user's own updated copy, kept in its backups
        bundled = w.data.path.resolve() == paths.bundled_database().resolve()
        target = paths.user_database() if bundled else w.data.path
        try:
            rollback(target)
        except (UpdateError, OSError) as exc:
            plaintext.information(w, self.tr("Go back to the previous data"), str(exc))
            return False
        # the user's copy back to the data it was copied from gives way to the shipped data
        if not w.reload_data(paths.active_database() if target == paths.user_database() else target):
            return False
        w.statusBar().showMessage(self.tr("The previous data are back."), 6000)
        return True

    # -- settings ---------------------------------------------------------------------------------
    def edit_practice_location(self) -> None:
        w = self.window
        current = get_str(w.settings, "practice/location") if w.settings is not None else ""
        text, ok = QInputDialog.getText(w, self.tr("Practice location"), self.tr(
            "Postal code or town of your practice (used as the default location):"), text=current)
        if not ok:
            return
        text = text.strip()
        if text:
            try:
                place = w.searcher.gazetteer.resolve(text)
            except LocationError:
                plaintext.warning(w, self.tr("Practice location"),
                                  self.tr("Unknown location “{place}”.").format(place=text[:80]))
                return
            text = place.label if place.precision == "commune" else text
        if w.settings is not None:
            w.settings.setValue("practice/location", text)
        if text:
            w.location_edit.setText(text)

    def edit_doctor(self) -> None:
        DoctorDialog(self.window.settings, self.window).exec()

    def prepare_referral(self, centre_id: str) -> ReferralDialog:
        w = self.window
        dialog = ReferralDialog(w.data, centre_id, w.outcome.diseases if w.outcome else [], w.settings, w.lang, w)
        dialog.open()
        return dialog

    # -- help -------------------------------------------------------------------------------------
    def show_about_data(self) -> None:
        w = self.window
        counts = w.data.counts
        meta = w.data.metadata
        lines = [
            self.tr("Data version: {version}").format(version=meta.get("data_version", "?")),
            self.tr("Built on: {date}").format(date=meta.get("built_at", "?")),
            self.tr("{n} centres, {d} diseases, {s} synonyms, {p} PNDS, {t} trials").format(
                n=counts.get("centres", 0), d=counts.get("diseases", 0), s=counts.get("synonyms", 0),
                p=counts.get("pnds", 0), t=counts.get("trials", 0)),
            self.tr("Database file: {path}").format(path=w.data.path),
            self.tr("Centres re-checked against their sources: {n} of {total} (latest: {date})").format(
                n=sum(1 for verified in w.data.centres.column("verified") if verified), total=len(w.data.centres),
                date=meta.get("data_date", "?")),
            "",
            self.tr("Centres by role:"),
            *[f"  {label(ROLE_LABELS, role, w.lang)} : {counts.get(f'role:{role}', 0)}" for role in ROLES],
            "",
            *coverage_lines(coverage(w.data, w.lang), w.lang),  # as db/tools/coverage.py prints them
            "",
            orphanet_credit(meta, w.lang),
            hpo_credit(meta, w.lang),
            "",
            self.tr("Sources: public pages cited for every row (see each centre's provenance). Map © OpenStreetMap "
                    "contributors (ODbL); communes © INSEE, La Poste, IGN (Licence Ouverte)."),
        ]
        plaintext.information(w, self.tr("About the data"), "\n".join(lines))

    def show_about(self) -> None:
        QMessageBox.about(self.window, self.tr("About Centre Finder"), self.tr(
            "Centre Finder {version}\nFinds the French expert centre for a rare autoimmune or autoinflammatory "
            "disease. Works offline.").format(version=__version__))
