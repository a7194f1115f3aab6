"""“Update the trials (ClinicalTrials.gov)…”: read the registry, see what changed, then apply (or not).

Reading and applying run in a worker thread: the window never waits on the network or on the rebuild."""

from __future__ import annotations

from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centre_finder import paths
from centre_finder.core.reference.database import DatabaseError
from centre_finder.core.reference.updates import UpdateError
from centre_finder.core.trials.refresh import (
    API_URL,
    RefreshError,
    RefreshPlan,
    apply_refresh,
    gazetteer_hints,
    plan_refresh,
)

FAILURES = (RefreshError, UpdateError, DatabaseError, OSError)


def _plan(current: Path, target: Path, api_url: str, timeout: float) -> RefreshPlan:
    towns, departments = gazetteer_hints()
    return plan_refresh(current, target, base_url=api_url, timeout=timeout, town_words=towns,
                        town_departments=departments)


class TrialsDialog(QDialog):
    def __init__(self, current: Path, parent: QWidget | None = None, *, lang: str = "fr", api_url: str = API_URL,
                 timeout: float = 20.0):
        super().__init__(parent)
        self.current = Path(current)
        self.lang = lang
        self.api_url = api_url
        self.timeout = timeout
        self.plan: RefreshPlan | None = None
        self.applied_to: Path | None = None
        self.setObjectName("trialsDialog")
        self.setWindowTitle(self.tr("Update the trials (ClinicalTrials.gov)"))
        self.resize(760, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Reads ClinicalTrials.gov (this needs a network) for the CAR-T trials of the networks' diseases with a "
            "site in France, and for every trial already known. The differences are shown before anything changes; "
            "the current data are kept as a backup (File → Go back to the previous data)."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.read_button = QPushButton(self.tr("Read the registry"))
        self.read_button.setObjectName("readRegistry")
        self.read_button.setAccessibleName(self.read_button.text())
        self.read_button.clicked.connect(self.read)
        layout.addWidget(self.read_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.report = QPlainTextEdit()
        self.report.setObjectName("trialsReport")
        self.report.setReadOnly(True)
        self.report.setAccessibleName(self.tr("What the registry says has changed"))
        layout.addWidget(self.report, 1)
        buttons = QDialogButtonBox()
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.apply_button.setObjectName("applyTrials")
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        for b in (self.apply_button, close):
            b.setAccessibleName(b.text())
        close.clicked.connect(self.reject)
        layout.addWidget(buttons)
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="trials-refresh")
        self._job: Future | None = None
        self._on_done = self._show_plan
        self._poll = QTimer(self)
        self._poll.setInterval(50)
        self._poll.timeout.connect(self._collect)

    def target(self) -> Path:
        """Updates go to the user's copy; the bundled database is never modified."""
        return paths.user_database() if self.current.resolve() == paths.bundled_database().resolve() else self.current

    def is_busy(self) -> bool:
        return self._job is not None

    def read(self) -> None:
        self.plan = None
        self.apply_button.setEnabled(False)
        self.read_button.setEnabled(False)
        self.report.setPlainText(self.tr("Reading ClinicalTrials.gov…"))
        self._start(_plan, (self.current, self.target(), self.api_url, self.timeout), self._show_plan)

    def apply(self) -> None:
        if self.plan is None or self.plan.is_empty:
            return
        self.apply_button.setEnabled(False)
        self.read_button.setEnabled(False)
        self.report.appendPlainText("\n" + self.tr("Applying…"))
        self._start(apply_refresh, (self.plan,), self._applied)

    def _start(self, function, args: tuple, on_done) -> None:
        self._on_done = on_done
        self._job = self._executor.submit(function, *args)
        self._poll.start()

    def _collect(self) -> None:
        if self._job is None or not self._job.done():
            return
        self._poll.stop()
        job, self._job = self._job, None
        self.read_button.setEnabled(True)
        try:
            result = job.result()
        except FAILURES as exc:
            self.report.setPlainText(self.tr("The trials were not updated; nothing was changed.\n{error}").format(
                error=exc))
            return
        self._on_done(result)

    def _show_plan(self, plan: RefreshPlan) -> None:
        self.plan = plan
        lines = [plan.diff.text(self.lang), "", plan.report.text()]
        if plan.is_empty:
            lines.insert(0, self.tr("No change: the trials are as the registry gives them."))
        self.report.setPlainText("\n".join(lines))
        self.apply_button.setEnabled(not plan.is_empty)

    def _applied(self, _result) -> None:
        assert self.plan is not None
        self.applied_to = self.plan.target
        self.accept()

    def done(self, result: int) -> None:
        self._poll.stop()
        self._executor.shutdown(wait=False, cancel_futures=True)
        super().done(result)
