"""The About dialog shows the version and every bundled licence (Qt is LGPL: its notice ships)."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from vramscope import __version__
from vramscope.ui.dialogs import LICENSE_INDEX, AboutDialog


def test_about_lists_the_licences_and_shows_the_index_first(qtbot: QtBot) -> None:
    dialog = AboutDialog(__version__)
    qtbot.addWidget(dialog)
    names = [dialog.files.itemText(i) for i in range(dialog.files.count())]
    assert names[0] == LICENSE_INDEX
    assert "Qt-and-PySide6-LGPL-3.0.txt" in names
    assert "LGPL" in dialog.text.toPlainText()
    dialog.files.setCurrentText("Qt-and-PySide6-LGPL-3.0.txt")
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in dialog.text.toPlainText().upper()
