"""Fixtures for the window: settings in tmp_path, a fake machine, the state and the window."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import QSettings
from tests._support.window import rtx3060_machine, wait_ready

from vramscope.hardware import FakeProbe
from vramscope.ui.app import create_app, install_language
from vramscope.ui.main_window import MainWindow
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


@pytest.fixture(autouse=True)
def _states_stop_before_they_go(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Every EstimatorState a test makes is shut down when the test ends. wait_idle alone is
    not enough: a result still queued for the event loop can start more work afterwards, and a
    state collected while a pool thread runs its job crashes the process (seen once as a
    segmentation fault in a later test's set-up)."""
    made: list[EstimatorState] = []
    init = EstimatorState.__init__

    def tracked(self: EstimatorState, *args: object, **kwargs: object) -> None:
        init(self, *args, **kwargs)  # type: ignore[arg-type]
        made.append(self)

    monkeypatch.setattr(EstimatorState, "__init__", tracked)
    yield
    for st in made:
        st.shutdown()


@pytest.fixture
def settings(tmp_path) -> Settings:  # type: ignore[no-untyped-def]
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def state(qapp, settings: Settings) -> Iterator[EstimatorState]:  # type: ignore[no-untyped-def]
    create_app()
    install_language(qapp, "en")
    st = EstimatorState(FakeProbe(rtx3060_machine()), settings)
    yield st
    st.wait_idle()


@pytest.fixture
def window(qtbot, state: EstimatorState, settings: Settings) -> MainWindow:  # type: ignore[no-untyped-def]
    win = MainWindow(state, settings, "en")
    qtbot.addWidget(win)
    state.refresh_hardware()
    win.show()
    wait_ready(qtbot, state)
    return win
