"""“Prepare a referral”: the one-page letter, previewed, printed or saved as PDF. Patient fields are never stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
from PySide6.QtPrintSupport import QPrintPreviewDialog
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centre_finder.core.models import Disease
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.referral.letter import (
    CHECKLIST,
    Doctor,
    LetterError,
    Patient,
    build_referral,
    missing_contact,
    referral_html,
)
from centre_finder.core.search.explain import disease_label
from centre_finder.ui import plaintext
from centre_finder.ui.printing import documents_folder, preview_dialog, print_html, write_pdf
from centre_finder.ui.settings import get_str

DOCTOR_KEYS = ("name", "rpps", "address", "phone")


def load_doctor(settings: QSettings | None) -> Doctor:
    if settings is None:
        return Doctor()
    return Doctor(*(get_str(settings, f"doctor/{k}") for k in DOCTOR_KEYS))


def save_doctor(settings: QSettings | None, doctor: Doctor) -> None:
    if settings is None:
        return
    for key in DOCTOR_KEYS:
        settings.setValue(f"doctor/{key}", getattr(doctor, key))
    settings.sync()


class DoctorFields(QGroupBox):
    def __init__(self, doctor: Doctor, parent: QWidget | None = None):
        super().__init__(parent)
        self.setTitle(self.tr("Referring doctor"))
        form = QFormLayout(self)
        self.edits: dict[str, QLineEdit] = {}
        labels = {"name": self.tr("Name"), "rpps": self.tr("RPPS number"), "address": self.tr("Practice address"),
                  "phone": self.tr("Phone")}
        for key in DOCTOR_KEYS:
            edit = QLineEdit(getattr(doctor, key))
            edit.setObjectName(f"doctor_{key}")
            edit.setAccessibleName(labels[key])
            form.addRow(labels[key], edit)
            self.edits[key] = edit
        self.edits["rpps"].setInputMask("")
        self.edits["rpps"].setPlaceholderText(self.tr("11 digits"))

    def doctor(self) -> Doctor:
        return Doctor(*(self.edits[k].text().strip() for k in DOCTOR_KEYS))


class DoctorDialog(QDialog):
    """Settings → Referring doctor: the block printed on every referral sheet."""

    def __init__(self, settings: QSettings | None, parent: QWidget | None = None):
        super().__init__(parent)
        self.settings = settings
        self.setWindowTitle(self.tr("Referring doctor"))
        layout = QVBoxLayout(self)
        self.fields = DoctorFields(load_doctor(settings), self)
        layout.addWidget(self.fields)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def accept(self) -> None:
        save_doctor(self.settings, self.fields.doctor())
        super().accept()


class ReferralDialog(QDialog):
    """The letter: disease, patient (never stored), documents enclosed, the referring doctor; preview, print, PDF."""

    def __init__(self, data: ReferenceData, centre_id: str, diseases: list[Disease], settings: QSettings | None,
                 lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.centre_id = centre_id
        self.settings = settings
        self.lang = lang
        self.setObjectName("referralDialog")
        self.setWindowTitle(self.tr("Prepare a referral"))
        self.setMinimumWidth(620)
        centre = data.centres[centre_id]
        layout = QVBoxLayout(self)
        title = QLabel(centre.name)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)
        missing = missing_contact(centre, lang)
        if missing:
            warning = QLabel(missing)
            warning.setObjectName("missingContact")
            warning.setTextFormat(Qt.TextFormat.PlainText)
            warning.setWordWrap(True)
            warning.setStyleSheet("background: #fef3c7; color: #78350f; padding: 4px 6px; border-radius: 4px;")
            layout.addWidget(warning)

        form = QFormLayout()
        self.disease_combo = QComboBox()
        self.disease_combo.setObjectName("referralDisease")
        self.disease_combo.setAccessibleName(self.tr("Disease"))
        self.disease_combo.addItem(self.tr("(no disease stated)"), None)
        ordered = diseases + [d for d in data.diseases.values() if d not in diseases]
        for d in ordered:
            self.disease_combo.addItem(disease_label(d, lang), d.id)
        self.disease_combo.setCurrentIndex(1 if diseases else 0)
        form.addRow(self.tr("Disease"), self.disease_combo)
        self.patient_name = self._line("patientName", self.tr("Patient's name"), 80)
        self.birth_date = self._line("patientBirthDate", self.tr("Patient's date of birth"), 20)
        self.birth_date.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.reason = self._line("referralReason", self.tr("Reason for referral"), 300)
        self.question = self._line("referralQuestion", self.tr("Question asked"), 300)
        self.summary = QPlainTextEdit()
        self.summary.setObjectName("clinicalSummary")
        self.summary.setAccessibleName(self.tr("Short clinical summary"))
        self.summary.setPlaceholderText(self.tr("History, signs, results, treatments tried…"))
        self.summary.setTabChangesFocus(True)
        self.summary.setFixedHeight(76)
        form.addRow(self.tr("Patient's name"), self.patient_name)
        form.addRow(self.tr("Date of birth"), self.birth_date)
        form.addRow(self.tr("Reason for referral"), self.reason)
        form.addRow(self.tr("Question asked"), self.question)
        form.addRow(self.tr("Clinical summary"), self.summary)
        layout.addLayout(form)
        privacy = QLabel(self.tr("Patient details are printed on the letter only; Centre Finder does not keep them. "
                                 "Empty fields print as lines to fill in by hand."))
        privacy.setWordWrap(True)
        privacy.setStyleSheet("color: #4b5563;")
        layout.addWidget(privacy)

        checklist = QGroupBox(self.tr("Documents enclosed"))
        box = QVBoxLayout(checklist)
        self.checks: list[QCheckBox] = []
        for text in CHECKLIST["en" if lang == "en" else "fr"]:
            check = QCheckBox(text)
            check.setAccessibleName(text)
            box.addWidget(check)
            self.checks.append(check)
        layout.addWidget(checklist)

        self.doctor_fields = DoctorFields(load_doctor(settings), self)
        layout.addWidget(self.doctor_fields)
        self.remember = QCheckBox(self.tr("Remember my details for the next letters"))
        self.remember.setObjectName("rememberDoctor")
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setChecked(settings is not None and load_doctor(settings).is_empty)
        layout.addWidget(self.remember)
        self.problem = QLabel()
        self.problem.setObjectName("letterProblem")
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #b91c1c; font-weight: bold;")
        self.problem.hide()
        layout.addWidget(self.problem)

        buttons = QDialogButtonBox()
        self.preview_button = QPushButton(self.tr("Preview…"))
        self.preview_button.setObjectName("previewReferral")
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printReferral")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("saveReferralPdf")
        for b in (self.preview_button, self.print_button, self.pdf_button):
            b.setAccessibleName(b.text())
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.preview_button.clicked.connect(lambda: self.preview())
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        layout.addWidget(buttons)

    def _line(self, name: str, accessible: str, length: int) -> QLineEdit:
        edit = QLineEdit()
        edit.setObjectName(name)
        edit.setAccessibleName(accessible)
        edit.setMaxLength(length)
        return edit

    def _patient_fields(self) -> tuple[QLineEdit | QPlainTextEdit, ...]:
        return (self.patient_name, self.birth_date, self.reason, self.question, self.summary)

    def html(self) -> str | None:
        """The letter, or None (and the problem said under the form) when a typed value is wrong."""
        doctor = self.doctor_fields.doctor()
        patient = Patient(self.patient_name.text().strip(), self.birth_date.text().strip(),
                          self.reason.text().strip(), self.question.text().strip(),
                          self.summary.toPlainText().strip())
        try:
            sheet = build_referral(
                self.data, self.centre_id, disease_id=self.disease_combo.currentData(), doctor=doctor,
                patient=patient, ticked={i for i, c in enumerate(self.checks) if c.isChecked()}, lang=self.lang)
        except LetterError as error:
            self.problem.setText(error.message(self.lang))
            self.problem.show()
            field = self.birth_date if error.field == "birth_date" else self.doctor_fields.edits["rpps"]
            field.setFocus(Qt.FocusReason.OtherFocusReason)
            field.selectAll()
            return None
        self.problem.hide()
        if self.remember.isChecked():
            save_doctor(self.settings, sheet.doctor)
        return referral_html(sheet)

    def _title(self) -> str:
        return self.tr("Referral")

    def preview(self) -> QPrintPreviewDialog | None:
        html = self.html()
        if html is None:
            return None
        dialog = preview_dialog(html, self, title=self._title(), one_page=True)
        dialog.open()
        return dialog

    def print_sheet(self) -> None:
        html = self.html()
        if html is not None:
            print_html(html, self, title=self._title(), one_page=True)

    def suggested_path(self) -> Path:
        name = f"adressage-{self.centre_id}.pdf" if self.lang == "fr" else f"referral-{self.centre_id}.pdf"
        return documents_folder() / name

    def save_pdf(self, path: str | None = None) -> Path | None:
        html = self.html()
        if html is None:
            return None
        if path is None:
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the referral as PDF"), str(self.suggested_path()),
                                                  "PDF (*.pdf)")
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_pdf(html, target, title=self._title(), one_page=True)
        except OSError as exc:
            plaintext.critical(self, self.tr("Prepare a referral"),
                               self.tr("The PDF could not be written: {error}").format(error=exc))
            return None
        return target

    def done(self, result: int) -> None:
        # forget the patient as soon as the dialog closes
        for field in self._patient_fields():
            field.clear()
        super().done(result)
