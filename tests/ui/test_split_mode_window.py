"""``--split-mode row`` in the window: its settings file keeps the split mode (it has no widget
for it), and a run in another runtime never restores it."""

from __future__ import annotations

from tests.ui.test_window_matches_cli import _machine

from vramscope.hardware import FakeProbe
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


def test_settings_keep_the_split_mode(qapp, settings: Settings, state: EstimatorState) -> None:  # type: ignore[no-untyped-def]
    state.set_workload(split_mode="row")
    state.save()
    again = EstimatorState(FakeProbe(_machine(2)), settings)
    try:
        assert again.workload.split_mode == "row"
        assert again.workload.workload(4096).split_mode == "row"
    finally:
        again.wait_idle()
    settings.set("run/runtime", "vllm")
    other = EstimatorState(FakeProbe(_machine(2)), settings)
    try:
        assert other.workload.runtime == "vllm" and other.workload.split_mode == "layer"
    finally:
        other.wait_idle()
