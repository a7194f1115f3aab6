"""“Prepare a referral”: the one-page sheet, printed or saved as PDF. Patient fields are never stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt
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
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from centre_finder.core.models import Disease
from centre_finder.core.reference.database import ReferenceData
from centre_finder.core.referral.letter import CHECKLIST, Doctor, Patient, build_referral, referral_html
from centre_finder.core.search.explain import disease_label
from centre_finder.ui import plaintext
from centre_finder.ui.printing import print_html, write_pdf
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
    def __init__(self, data: ReferenceData, centre_id: str, diseases: list[Disease], settings: QSettings | None,
                 lang: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.data = data
        self.centre_id = centre_id
        self.settings = settings
        self.lang = lang
        self.setObjectName("referralDialog")
        self.setWindowTitle(self.tr("Prepare a referral"))
        self.setMinimumWidth(560)
        centre = data.centres[centre_id]
        layout = QVBoxLayout(self)
        title = QLabel(centre.name)
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addWidget(title)

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
        self.initials = QLineEdit()
        self.initials.setObjectName("patientInitials")
        self.initials.setAccessibleName(self.tr("Patient initials"))
        self.initials.setMaxLength(12)
        self.birth_date = QLineEdit()
        self.birth_date.setObjectName("patientBirthDate")
        self.birth_date.setAccessibleName(self.tr("Patient date of birth"))
        self.birth_date.setPlaceholderText(self.tr("DD/MM/YYYY"))
        self.birth_date.setMaxLength(20)
        form.addRow(self.tr("Patient initials"), self.initials)
        form.addRow(self.tr("Date of birth"), self.birth_date)
        layout.addLayout(form)
        privacy = QLabel(self.tr("Patient details are printed on the sheet only; Centre Finder does not keep them."))
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
        self.remember = QCheckBox(self.tr("Remember my details for the next sheets"))
        self.remember.setObjectName("rememberDoctor")
        self.remember.setAccessibleName(self.remember.text())
        self.remember.setChecked(settings is not None and load_doctor(settings).is_empty)
        layout.addWidget(self.remember)

        buttons = QDialogButtonBox()
        self.print_button = QPushButton(self.tr("Print…"))
        self.print_button.setObjectName("printReferral")
        self.pdf_button = QPushButton(self.tr("Save as PDF…"))
        self.pdf_button.setObjectName("saveReferralPdf")
        for b in (self.print_button, self.pdf_button):
            b.setAccessibleName(b.text())
            buttons.addButton(b, QDialogButtonBox.ButtonRole.ActionRole)
        close = buttons.addButton(QDialogButtonBox.StandardButton.Close)
        close.setAccessibleName(self.tr("Close"))
        buttons.rejected.connect(self.reject)
        self.print_button.clicked.connect(self.print_sheet)
        self.pdf_button.clicked.connect(lambda: self.save_pdf())
        layout.addWidget(buttons)

    def html(self) -> str:
        doctor = self.doctor_fields.doctor()
        if self.remember.isChecked():
            save_doctor(self.settings, doctor)
        sheet = build_referral(
            self.data, self.centre_id, disease_id=self.disease_combo.currentData(), doctor=doctor,
            patient=Patient(self.initials.text().strip(), self.birth_date.text().strip()),
            ticked={i for i, c in enumerate(self.checks) if c.isChecked()}, lang=self.lang,
        )
        return referral_html(sheet)

    def print_sheet(self) -> None:
        print_html(self.html(), self, title=self.tr("Referral"), one_page=True)

    def save_pdf(self, path: str | None = None) -> Path | None:
        if path is None:
            suggested = f"adressage-{self.centre_id}.pdf" if self.lang == "fr" else f"referral-{self.centre_id}.pdf"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save the referral as PDF"), suggested, "PDF (*.pdf)")
            if not path:
                return None
        target = Path(path)
        if target.suffix.lower() != ".pdf":
            target = target.with_suffix(".pdf")
        try:
            write_pdf(self.html(), target, title=self.tr("Referral"), one_page=True)
        except OSError as exc:
            plaintext.critical(self, self.tr("Prepare a referral"),
                                 self.tr("The PDF could not be written: {error}").format(error=exc))
            return None
        return target

    def done(self, result: int) -> None:
        # forget the patient as soon as the dialog closes
        self.initials.clear()
        self.birth_date.clear()
        super().done(result)
