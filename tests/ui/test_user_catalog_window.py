"""The window and the user's catalog: File > Import, and opened files still listed after a
restart. Each test has its own empty user data folder (tests/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

from PySide6.QtCore import QSettings
from tests._support.model_files import write_llama_gguf
from tests._support.window import rtx3060_machine

from vramscope.catalog.user import load_user_catalog, user_catalog_path
from vramscope.hardware import FakeProbe
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState
from vramscope.ui.user_catalog import catalog_hook


def _restart(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    settings = Settings(QSettings(str(tmp_path / "again.ini"), QSettings.Format.IniFormat))
    state = EstimatorState(FakeProbe(rtx3060_machine()), settings)
    win = MainWindow(state, settings, "en")
    qtbot.addWidget(win)
    return win


def test_file_menu_has_the_import_action(window: MainWindow) -> None:
    file_menu = window.menuBar().actions()[0].menu()
    texts = [a.text() for a in file_menu.actions()]  # type: ignore[union-attr]
    assert "&Import to your catalog…" in texts


def test_an_opened_model_is_listed_after_a_restart(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    (gguf,) = write_llama_gguf(tmp_path / "Tiny-Llama-Q4_0.gguf")
    window.state.open_model_file(str(gguf))
    qtbot.waitUntil(lambda: window.state.model.kind == "file", timeout=30_000)
    hook = catalog_hook(window)
    qtbot.waitUntil(lambda: bool(load_user_catalog().models), timeout=30_000)
    hook.wait()
    assert [m.model_id for m in load_user_catalog().models] == ["tiny-llama-q4-0"]
    again = _restart(qtbot, tmp_path)
    keys = [c.key for c in again.state.all_choices()]
    assert "catalog:tiny-llama-q4-0" in keys
    items = again.run_panel.model_combo.model()
    shown = [items.index(r, 0).data() for r in range(items.rowCount())]
    assert "Your catalog" in shown  # the group header of the user's models


def test_import_from_the_window_lists_the_models_at_once(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    (gguf,) = write_llama_gguf(tmp_path / "tiny.gguf")
    hook = catalog_hook(window)
    with qtbot.waitSignal(window.state.choices_changed, timeout=30_000):
        hook.import_file(str(gguf))
    assert "catalog:tiny" in {c.key for c in window.state.catalog}
    assert "1 added" in window.message_bar.label.text()


def test_a_refused_import_is_shown_as_an_error(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps({"schema_version": 1, "family": "x", "models": [5]}))
    hook = catalog_hook(window)
    hook.import_file(str(bad))
    qtbot.waitUntil(lambda: "refused" in window.message_bar.label.text(), timeout=30_000)
    assert window.message_bar.level == "error"
    assert "models[0] must be an object" in window.message_bar.label.text()
    assert not user_catalog_path().exists()


def test_a_corrupt_user_catalog_is_said_once_and_the_window_still_opens(  # type: ignore[no-untyped-def]
    qtbot, tmp_path: Path
) -> None:
    path = user_catalog_path()
    path.parent.mkdir(parents=True)
    path.write_text("{")
    win = _restart(qtbot, tmp_path)
    win.show()
    qtbot.waitUntil(lambda: win.message_bar.isVisible(), timeout=10_000)
    assert "only the bundled catalog is used" in win.message_bar.label.text()
    assert win.state.catalog  # the bundled catalog loaded
