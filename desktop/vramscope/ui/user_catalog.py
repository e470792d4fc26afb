"""The window's side of the user's own catalog: File > Import to your catalog…, and model
files opened once (Open, drag and drop) kept in the catalog so they are listed after a restart.

The work is ``app.user_catalog`` (the same as ``vramscope catalog import``), run off the GUI
thread; this module only asks for a file, shows the outcome in the message bar and refreshes
the model picker.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, QTimer
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QFileDialog

from vramscope.app import session
from vramscope.app.present.errors import error_text
from vramscope.app.user_catalog import (
    ImportResult,
    import_path,
    import_summary,
    problem_lines,
    remember_model_file,
)
from vramscope.core import SpecError

from .workers import TaskRunner

if TYPE_CHECKING:
    from .main_window import MainWindow

__all__ = ["UserCatalogHook", "catalog_hook"]

# The message bar shows this many lines of an import's outcome; the rest are counted.
_MAX_LINES = 8
_FILE_PREFIX = "file:"


class UserCatalogHook(QObject):
    """One per window: the import action's slot and the remembering of opened files."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self._window = window
        self._state = window.state
        # keys ("file:<path>") of the opened files already added to the catalog this session
        self._remembered: set[str] = set()
        self._importer = TaskRunner(self)
        self._importer.finished.connect(self._on_imported)
        self._importer.failed.connect(self._on_import_failed)
        self._rememberer = TaskRunner(self)
        self._rememberer.failed.connect(self._on_remember_failed)
        self._state.choices_changed.connect(self._remember_opened)
        # a broken user catalog is said once the window is up; the bundled catalog still loads
        QTimer.singleShot(0, self._report_problems)

    def action(self) -> QAction:
        """A fresh File menu action (menus are rebuilt when the language changes)."""
        action = QAction(self.tr("&Import to your catalog…"), self._window)
        action.setToolTip(
            self.tr("Add a catalog file, config.json or GGUF to the models listed, offline")
        )
        action.triggered.connect(lambda: self.import_file())
        return action

    def import_file(self, path: str = "") -> None:
        """Import ``path`` (asked for when empty) into the user's catalog, off the GUI thread."""
        if not path:
            path, _ = QFileDialog.getOpenFileName(
                self._window,
                self.tr("Import to your catalog"),
                str(Path.home()),
                self.tr("Catalog or model files (*.json *.gguf);;All files (*)"),
            )
        if not path:
            return

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return import_path(path)

        self._importer.start(work)

    def wait(self, msecs: int = 30_000) -> None:
        """Block until imports and remembered files are written (tests, closing)."""
        self._importer.wait(msecs)
        self._rememberer.wait(msecs)

    # ----- outcomes ---------------------------------------------------------------------------

    def _on_imported(self, result: object) -> None:
        if not isinstance(result, ImportResult):
            return
        lines = import_summary(result, QCoreApplication.translate)
        if len(lines) > _MAX_LINES:
            more = self.tr("… and %1 more").replace("%1", str(len(lines) - _MAX_LINES + 1))
            lines = [*lines[: _MAX_LINES - 1], more]
        self._state.message.emit("error" if result.refused else "info", "\n".join(lines))
        if result.changed:
            self._refresh()

    def _on_import_failed(self, exc: object) -> None:
        reason = " ".join(error_text(exc, QCoreApplication.translate).split())
        self._state.message.emit(
            "error", self.tr("Cannot import this file: %1").replace("%1", reason)
        )

    def _on_remember_failed(self, exc: object) -> None:
        reason = " ".join(error_text(exc, QCoreApplication.translate).split())
        self._state.message.emit(
            "info", self.tr("The model was not added to your catalog: %1").replace("%1", reason)
        )

    def _refresh(self) -> None:
        """List the catalog again (bundled + the user's) in the picker and the table."""
        self._state.catalog = session.catalog_choices()
        self._state.choices_changed.emit()

    def _report_problems(self) -> None:
        lines = problem_lines(QCoreApplication.translate)
        if lines:
            self._state.message.emit("error", "\n".join(lines[:_MAX_LINES]))

    def _remember_opened(self) -> None:
        """Add every model file opened in this window to the user's catalog, once each."""
        new = [
            c.key
            for c in self._state.files
            if c.kind == "file" and c.key.startswith(_FILE_PREFIX) and c.key not in self._remembered
        ]
        if not new:
            return
        self._remembered.update(new)
        paths = [key[len(_FILE_PREFIX) :] for key in new]

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            # one task for all (the runner keeps only its latest task's result); one file that
            # cannot be added does not keep the others out
            failed: Exception | None = None
            for p in paths:
                try:
                    remember_model_file(p)
                except (SpecError, OSError) as exc:
                    failed = failed or exc
            if failed is not None:
                raise failed
            return None

        self._rememberer.start(work)


def catalog_hook(window: MainWindow) -> UserCatalogHook:
    """The window's hook, made on first use (the File menu is built again on a language change)."""
    hook = getattr(window, "_user_catalog_hook", None)
    if not isinstance(hook, UserCatalogHook):
        hook = UserCatalogHook(window)
        window._user_catalog_hook = hook  # type: ignore[attr-defined]
    return hook
