"""Trials in the window: the trial card in the detail pane, the "recrutement ouvert" filter, and the menu's refresh
against recorded ClinicalTrials.gov answers (a local HTTP server: only the network is replaced)."""

from __future__ import annotations

import socket
from pathlib import Path

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QLabel, QPushButton

from benchmarks.registry_replay import RecordedRegistry
from centre_finder.ui.trials_dialog import TrialsDialog
from tests.core.trials.test_refresh import changed_studies
from tests.ui.test_list_behaviour import search
from tests.ui.test_main_window import row_ids


def labels(window) -> list[str]:
    return [w.text() for w in window.detail.findChildren(QLabel)]


def test_the_trial_card_of_a_site_the_registry_does_not_name(qtbot, make_window) -> None:
    window = make_window(lang="fr")
    search(window, "CAR-T lupus", "33000")
    assert row_ids(window)[0] == "ctgov-bordeaux-33076-novartis-investigative-site"
    window.select_centre(row_ids(window)[0])
    texts = labels(window)
    assert "Site non nommé par le registre (« Novartis Investigative Site »)" in texts
    warning = "⚠ Site non nommé par le registre : pour une inclusion, passer par le contact"
    assert any(t.startswith(warning) for t in texts)
    assert texts.index(next(t for t in texts if t.startswith("NCT06581198 — "))) < texts.index(
        next(t for t in texts if t.startswith("NCT07048197 — "))), "the trial asked first"
    for expected in ("Sur ce site : Recrute (RECRUITING)", "rapcabtagene autoleucel",
                     "Novartis Pharmaceuticals (industriel)", "adultes, adultes âgés; 18 ans – 75 ans", "179 prévus",
                     "2026-08-22", "Lupus systémique"):
        assert any(expected in t for t in texts), expected
    assert any(t.startswith("Sites en France (9)") for t in texts)
    buttons = [b for b in window.detail.findChildren(QPushButton) if b.objectName() == "openTrialRecord"]
    assert [b.toolTip() for b in buttons] == ["https://clinicaltrials.gov/study/NCT06581198",
                                              "https://clinicaltrials.gov/study/NCT07048197"]
    assert buttons[0].text() == "Ouvrir la fiche ClinicalTrials.gov"
    assert set(buttons) <= set(window.detail.focus_chain()), "the records are reachable with the keyboard"
    window.language_actions["en"].trigger()
    texts = labels(window)
    assert "At this site: Recruiting (RECRUITING)" in texts and any(t.startswith("Sites in France (9)") for t in texts)
    assert any(t.startswith("⚠ Site not named by the registry") for t in texts)


def test_open_recruitment_keeps_the_sites_that_recruit_now(qtbot, make_window) -> None:
    window = make_window(lang="fr")
    search(window, "sclérodermie", "59000")
    everything = row_ids(window)
    check = window.search_panel.recruiting_check
    assert check.text() == "Recrutement ouvert"
    check.setChecked(True)
    kept = row_ids(window)
    # the sites of the trials open to systemic sclerosis that recruit now, instead of its centres
    assert kept and kept != everything
    assert all(r.matches[0].evidence == "recruiting" for r in window.searcher.search(window.current_query()))
    assert kept[0] == "lille-huriez-mi-crmr-ceraino"
    window.reset_filters()
    assert not check.isChecked() and row_ids(window) == everything


def test_the_menu_refreshes_the_trials_from_the_registry(qtbot, make_window, own_db: Path, monkeypatch) -> None:
    window = make_window(own_db, lang="fr")
    assert window.menus.trials_action.text() == "Mettre à jour les &essais (ClinicalTrials.gov)…"
    with RecordedRegistry(changed_studies()) as registry:
        def drive() -> None:
            dialog = window.window_actions.trials_dialog
            dialog.read()
            assert dialog.is_busy(), "the registry is read in a worker thread"
            qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=30000)
            report = dialog.report.toPlainText()
            assert "1 changement(s) de statut" in report and "NOT_YET_RECRUITING → RECRUITING" in report
            assert dialog.apply_button.isEnabled()
            dialog.apply()
            qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=60000)

        QTimer.singleShot(0, drive)
        assert window.window_actions.refresh_trials(api_url=registry.url)
    assert window.data.trials["nct07544225"].recruitment == "recruiting"
    assert window.data.path == own_db
    search(window, "NCT07544225", "")
    assert row_ids(window) == ["ctgov-villejuif-94805-gustave-roussy"]


def test_the_refresh_dialog_without_network_changes_nothing(qtbot, make_window, own_db: Path) -> None:
    window = make_window(own_db, lang="en")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    dialog = TrialsDialog(own_db, window, lang="en", api_url=f"http://127.0.0.1:{port}/api/v2/studies", timeout=2)
    before = own_db.read_bytes()
    dialog.read()
    qtbot.waitUntil(lambda: not dialog.is_busy(), timeout=20000)
    text = dialog.report.toPlainText()
    assert text.startswith("The trials were not updated; nothing was changed.")
    assert "no network" in text and not dialog.apply_button.isEnabled()
    assert own_db.read_bytes() == before
    dialog.reject()
