"""A broken bundled presets file is reported in the window, not swallowed (issue 11, point 8):
the fit table falls back to the catalog and the status bar says why."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from tests._support.window import rtx3060_machine, wait_ready

from vramscope.app import session
from vramscope.catalog import presets as catalog_presets
from vramscope.catalog.schema import CatalogError, catalog_dir
from vramscope.hardware import FakeProbe
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


@pytest.fixture
def broken_catalog(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """The bundled catalog with a presets.json cut off mid-file (a damaged install)."""
    root = tmp_path / "catalog"
    shutil.copytree(catalog_dir(), root)
    text = (root / "presets.json").read_text(encoding="utf-8")
    (root / "presets.json").write_text(text[: len(text) // 2], encoding="utf-8")
    monkeypatch.setattr(session, "load_presets", lambda: catalog_presets.load_presets(root))
    return root


def test_preset_choices_raise_for_a_broken_file(broken_catalog: Path) -> None:
    with pytest.raises(CatalogError, match=r"presets\.json"):
        session.preset_choices()


def test_the_window_says_the_presets_are_broken(  # type: ignore[no-untyped-def]
    qtbot, qapp, settings: Settings, broken_catalog: Path
) -> None:
    state = EstimatorState(FakeProbe(rtx3060_machine()), settings)
    messages: list[tuple[str, str]] = []
    state.message.connect(lambda level, text: messages.append((level, text)))
    win = MainWindow(state, settings, "en")
    qtbot.addWidget(win)
    state.refresh_hardware()
    win.show()
    wait_ready(qtbot, state)
    assert state.presets == [] and state.row_source == "presets"
    assert [r.key for r in state.rows] == [c.key for c in state.catalog]
    errors = [text for level, text in messages if level == "error"]
    assert len(errors) == 1 and "presets" in errors[0] and "presets.json" in errors[0]
    assert "\n" not in errors[0]
    state.wait_idle()
