"""“Update data…”: pick a centres file, see what would change, then apply (or not)."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centre_finder import paths
from centre_finder.core.reference.database import DatabaseError
from centre_finder.core.reference.geocoding import GeocodeCache, Geocoder, make_geocoders
from centre_finder.core.reference.updates import (
    UpdateError,
    UpdatePlan,
    apply_update,
    load_mapping,
    plan_update,
)
from centre_finder.ui import plaintext


def _plan(update: Path, target: Path, current: Path, mapping_path: str, offline: bool) -> UpdatePlan:
    mapping = load_mapping(Path(mapping_path)) if mapping_path else None
    cache = None if offline else GeocodeCache()
    try:
        return plan_update(update, target, current=current, mapping=mapping,
                           geocoder=Geocoder(None if offline else make_geocoders(), cache))
    finally:
        if cache is not None:
            cache.close()


class UpdateDialog(QDialog):
    def __init__(self, current: Path, parent: QWidget | None = None):
        super().__init__(parent)
        self.current = Path(current)
        self.plan: UpdatePlan | None = None
        self.applied_to: Path | None = None
        self.setObjectName("updateDialog")
        self.setWindowTitle(self.tr("Update the data"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr("Choose an updated list of centres (the project's centres.csv format, or a CSV "
                               "export with a column mapping). The differences are shown before anything changes; "
                               "the current data are kept as a backup."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setObjectName("updateFile")
        self.file_edit.setAccessibleName(self.tr("Centres file"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the centres file"))
        browse.clicked.connect(lambda: self._browse(self.file_edit, "CSV (*.csv)"))
        row.addWidget(QLabel(self.tr("File")))
        row.addWidget(self.file_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        row = QHBoxLayout()
        self.mapping_edit = QLineEdit()
        self.mapping_edit.setObjectName("updateMapping")
        self.mapping_edit.setAccessibleName(self.tr("Column mapping (optional)"))
        self.mapping_edit.setPlaceholderText(self.tr("optional, for a CSV export with other column names"))
        browse = QPushButton(self.tr("Choose…"))
        browse.setAccessibleName(self.tr("Choose the column mapping"))
        browse.clicked.connect(lambda: self._browse(self.mapping_edit, "JSON (*.json)"))
        row.addWidget(QLabel(self.tr("Mapping")))
        row.addWidget(self.mapping_edit, 1)
        row.addWidget(browse)
        layout.addLayout(row)
        self.offline = QCheckBox(self.tr("Do not use the network (new addresses take their town's position)"))
        self.offline.setAccessibleName(self.offline.text())
        layout.addWidget(self.offline)
        self.check_button = QPushButton(self.tr("Show the differences"))
        self.check_button.setObjectName("checkUpdate")
        self.check_button.setAccessibleName(self.check_button.text())
        self.check_button.clicked.connect(self.check)
        layout.addWidget(self.check_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.report = QPlainTextEdit()
        self.report.setObjectName("updateReport")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("Differences and problems"))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_valid_button = buttons.addButton(self.tr("Apply the valid rows only"),
                                                    QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        for b in (self.apply_button, self.apply_valid_button, cancel):
            b.setAccessibleName(b.text())
        self.apply_button.setObjectName("applyUpdate")
        self.apply_valid_button.setObjectName("applyValidRows")
        self.apply_button.setEnabled(False)
        self.apply_valid_button.setEnabled(False)
        self.apply_button.clicked.connect(lambda: self.apply(valid_only=False))
        self.apply_valid_button.clicked.connect(lambda: self.apply(valid_only=True))
        cancel.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="update-check")
        self._job: Future | None = None
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._collect)

    def _browse(self, edit: QLineEdit, pattern: str) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.windowTitle(), edit.text(), pattern)
        if path:
            edit.setText(path)

    def target(self) -> Path:
        """Updates go to the user's copy; the bundled database is never modified."""
        return paths.user_database() if self.current.resolve() == paths.bundled_database().resolve() else self.current

    def check(self) -> None:
        """Read, check and geocode the update in a worker thread (geocoding may wait on the network)."""
        self.plan = None
        self.apply_button.setEnabled(False)
        self.apply_valid_button.setEnabled(False)
        self.check_button.setEnabled(False)
        self.report.setPlainText(self.tr("Checking the file…"))
        args = (Path(self.file_edit.text()), self.target(), self.current, self.mapping_edit.text().strip(),
                self.offline.isChecked())
        self._job = self._executor.submit(_plan, *args)
        self._poll.start()

    def is_checking(self) -> bool:
        return self._job is not None

    def _collect(self) -> None:
        if self._job is None or not self._job.done():
            return
        self._poll.stop()
        job, self._job = self._job, None
        self.check_button.setEnabled(True)
        try:
            self.plan = job.result()
        except (UpdateError, DatabaseError, OSError) as exc:
            self.report.setPlainText(str(exc))
            return
        except Exception as exc:  # whatever the file does, the dialog says so and stays usable
            self.report.setPlainText(self.tr("The file could not be checked: {error}").format(
                error=f"{type(exc).__name__}: {exc}"))
            return
        lines = []
        if self.plan.problems:
            lines.append(self.tr("{n} problem(s) — rejected rows:").format(n=len(self.plan.problems)))
            lines += [str(p) for p in self.plan.problems]
            lines.append("")
        lines.append(self.plan.diff.text())
        for centre_id, how in self.plan.geocoded.items():
            lines.append(self.tr("position of {id}: {how}").format(id=centre_id, how=how))
        self.report.setPlainText("\n".join(lines))
        changes = not self.plan.diff.is_empty
        self.apply_button.setEnabled(changes and not self.plan.problems)
        self.apply_valid_button.setEnabled(changes and bool(self.plan.problems))

    def done(self, result: int) -> None:
        self._poll.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
        super().done(result)

    def apply(self, *, valid_only: bool) -> None:
        if self.plan is None:
            return
        if self.plan.mass_removal and QMessageBox.question(
                self, self.windowTitle(), self.tr("This update removes {n} centres. Is the file complete?").format(
                    n=len(self.plan.diff.removed))) != QMessageBox.StandardButton.Yes:
            return
        try:
            # the UI thread does not wait for another import: it is told at once that one is running
            apply_update(self.plan, valid_only=valid_only, wait_s=0)
        except Exception as exc:  # UpdateError, OSError or anything else: said, never a lost window
            error = str(exc) if isinstance(exc, UpdateError | OSError) else f"{type(exc).__name__}: {exc}"
            plaintext.critical(self, self.windowTitle(), self.tr(
                "The update was not applied; the current data are unchanged.\n{error}").format(error=error))
            return
        self.applied_to = self.plan.target
        self.accept()
