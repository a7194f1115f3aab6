"""Qt's own strings that Qt's French translation (qtbase_fr) lacks, translated in the app's .ts file.

Qt 6 added keyboard accelerators to a few labels of its standard dialogs ("&Look in:", "Files of &type:"…);
qtbase_fr.qm only knows the older texts, so those labels stayed English in a French file dialog. Listing
them here puts them, under Qt's own contexts, in centre_finder_fr.ts (scripts/update_translations.sh); the
app's translator is installed after Qt's and answers first for them.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP

QT_STRINGS = (
    QT_TRANSLATE_NOOP("QFileDialog", "&Look in:"),
    QT_TRANSLATE_NOOP("QFileDialog", "Files of &type:"),
    QT_TRANSLATE_NOOP("QPrintSettingsOutput", "Page &Set:"),
)
