"""File > Recent files, and the line that confirms an opened model file (issue 14 item 11).

Every model file the window reads (Open, drag and drop, a recent entry, the launcher's path)
is confirmed in the status bar with what was read, and goes to the top of the recent list:
the last :data:`MAX_RECENT`, kept in the settings file across restarts. A file that is gone is
greyed in the menu; choosing it anyway (it went between opening the menu and the click) takes
it off the list with a message. A file that cannot be read gives the state's one-line error
and changes nothing.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QWidget

from vramscope.app.session import ModelChoice

from . import texts
from .fit_table import file_format_label

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["MAX_RECENT", "RecentFiles", "decode_recent", "recent_files"]

# The "last 8": as many as a menu shows without scrolling, each with a digit mnemonic.
MAX_RECENT = 8
# Long enough to read the confirmation after a drop; it is repeated in the title and the table.
_CONFIRM_MS = 30_000
# A hand-edited settings value longer than this is not a list of 8 paths: it is ignored.
_MAX_SETTING_CHARS = 64 * 1024


def decode_recent(text: str) -> list[str]:
    """The paths stored in the settings value (a JSON list of strings), newest first; a value
    that is not such a list (a hand edit, an older format) gives an empty list, not an error."""
    if not text or len(text) > _MAX_SETTING_CHARS:
        return []
    try:
        data = json.loads(text)
    except ValueError:
        return []
    if not isinstance(data, list):
        return []
    paths = [p for p in data if isinstance(p, str) and p and "\0" not in p]
    return list(dict.fromkeys(paths))[:MAX_RECENT]


def _display_name(path: str) -> str:
    """A file's name, with its folder for a config.json (every model has one of those)."""
    p = Path(path)
    if p.name.lower() == "config.json" and p.parent.name:
        return f"{p.parent.name}/{p.name}"
    return p.name or path


class RecentFiles(QObject):
    """One per window: the list, its submenu, and the confirmation of an opened file."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._state = window.state
        self._settings = window.settings
        stored = self._settings.get("files/recent") if self._settings is not None else ""
        self.paths: list[str] = decode_recent(str(stored))
        self._state.file_opened.connect(self._on_file_opened)

    def menu(self, parent: QWidget) -> QMenu:
        """A fresh "Recent files" submenu (menus are rebuilt when the language changes); its
        entries are listed each time it opens, so a file deleted meanwhile shows greyed."""
        menu = QMenu(self.tr("Recent &files"), parent)
        menu.aboutToShow.connect(lambda: self.fill(menu))
        self.fill(menu)
        return menu

    def fill(self, menu: QMenu) -> None:
        """List the recent files in ``menu``: &1 … &8, the missing ones greyed, then Clear."""
        menu.clear()
        for i, path in enumerate(self.paths):
            # "&" in a file name would become a mnemonic; "&&" shows one
            name = _display_name(path).replace("&", "&&")
            action = QAction(f"&{i + 1} {name}", menu)
            action.setToolTip(path)
            action.setStatusTip(path)
            action.setData(path)
            if not Path(path).exists():
                action.setText(f"&{i + 1} " + self.tr("%1 (not found)").replace("%1", name))
                action.setEnabled(False)
            action.triggered.connect(lambda _checked=False, p=path: self.open(p))
            menu.addAction(action)
        if not self.paths:
            empty = QAction(self.tr("No recent files"), menu)
            empty.setEnabled(False)
            menu.addAction(empty)
        menu.addSeparator()
        clear = QAction(self.tr("&Clear recent files"), menu)
        clear.setEnabled(bool(self.paths))
        clear.triggered.connect(self.clear)
        menu.addAction(clear)

    def open(self, path: str) -> None:
        """Open a recent file; one that is gone is taken off the list, with a message."""
        if not Path(path).exists():
            self._set_paths([p for p in self.paths if p != path])
            self._state.message.emit(
                "error",
                self.tr("%1 is no longer there: it was removed from Recent files.").replace(
                    "%1", path
                ),
            )
            return
        self._state.open_model_file(path)

    def clear(self) -> None:
        """Forget every recent file (the files themselves are not touched)."""
        self._set_paths([])

    def _set_paths(self, paths: list[str]) -> None:
        self.paths = list(dict.fromkeys(paths))[:MAX_RECENT]
        if self._settings is not None:
            self._settings.set("files/recent", json.dumps(self.paths))
            # written now: a crash later must not lose the list
            self._settings.sync()

    def _on_file_opened(self, path: str, choice: object) -> None:
        if not isinstance(choice, ModelChoice):
            return
        full = str(Path(path).expanduser().absolute())
        self._set_paths([full, *self.paths])
        self._window.statusBar().showMessage(self.confirmation(choice), _CONFIRM_MS)

    def confirmation(self, choice: ModelChoice) -> str:
        """ "Added Qwen3-8B Q4_K_M (GGUF, 4.68 GiB) to the table": the model, its own format and
        what was read, or that a config.json gave the architecture only."""
        fmt = choice.file_weight_format()
        layout = choice.file_layout
        if fmt is None or layout is None:
            return self.tr(
                "Added %1 to the table (config.json: the architecture only; each format's size "
                "is estimated)"
            ).replace("%1", choice.name)
        kind = "GGUF" if fmt.family == "gguf" else "safetensors"
        size = texts.size(sum(layout.tensor_bytes), self._state.binary_units)
        return (
            self.tr("Added %1 %2 (%3, %4) to the table")
            .replace("%1", choice.name)
            .replace("%2", file_format_label(fmt))
            .replace("%3", kind)
            .replace("%4", size)
        )


def recent_files(window: MainWindow) -> RecentFiles:
    """The window's recent files, made on first use (the File menu is rebuilt on a language
    change; the list and its connection to the state stay)."""
    hook = getattr(window, "_recent_files", None)
    if not isinstance(hook, RecentFiles):
        hook = RecentFiles(window)
        window._recent_files = hook  # type: ignore[attr-defined]
    return hook
