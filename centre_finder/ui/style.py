"""The window's style sheet: a focus ring a keyboard user can see on every control (dialogs inherit it)."""

from __future__ import annotations

FOCUS_COLOUR = "#1d4ed8"

FOCUS_RING = f"""
QLineEdit:focus, QPlainTextEdit:focus, QTableView:focus, QScrollArea:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
}}
QComboBox:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
    padding: 1px 4px;
}}
QPushButton {{
    border: 1px solid #9ca3af;
    border-radius: 4px;
    padding: 3px 10px;
    background: #f9fafb;
}}
QPushButton:hover {{ background: #eef2ff; }}
QPushButton:pressed {{ background: #dbeafe; }}
QPushButton:disabled {{ color: #9ca3af; border-color: #d1d5db; }}
QPushButton:focus {{
    border: 2px solid {FOCUS_COLOUR};
    padding: 2px 9px;
    background: #eef2ff;
}}
QCheckBox:focus {{
    border: 2px solid {FOCUS_COLOUR};
    border-radius: 3px;
}}
QCheckBox {{ border: 2px solid transparent; padding: 1px; }}
QTableView {{ selection-background-color: #1d4ed8; selection-color: #ffffff; }}
"""
