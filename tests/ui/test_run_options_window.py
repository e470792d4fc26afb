"""The runtime flags in the window (issue 12): the window plans with the same run options as
``vramscope estimate`` (llama.cpp's -ctk/-ctv, -nkvo, -ts, -np), keeps them in its settings
file though it has no widgets for them, and takes them from its launcher."""

from __future__ import annotations

from tests._support.window import wait_ready
from tests.ui.test_window_matches_cli import _assert_window_shows, _cli_json, _machine
from tests.ui.test_window_matches_cli import open_window as open_window  # the fixture

from vramscope.app import export
from vramscope.hardware import FakeProbe
from vramscope.ui.launch import _apply_run_options, build_parser
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState


def test_window_equals_cli_with_every_llama_cpp_flag(qtbot, open_window) -> None:  # type: ignore[no-untyped-def]
    win, hw_file = open_window(_machine(2))
    st = win.state
    st.set_model("catalog:llama-3.1-8b")
    st.set_format("q4_k_m")
    st.set_context(8192)
    st.set_workload(
        batch=2,
        kv_cache_type="q8_0",
        kv_cache_type_v="q4_0",
        kv_offload=False,
        tensor_split=(3.0, 1.0),
    )
    wait_ready(qtbot, st)
    cli = _cli_json(
        ["estimate", "llama-3.1-8b", "--weights", "q4_k_m", "--ctx", "8192", "--parallel", "2",
         "--cache-type-k", "q8_0", "--cache-type-v", "q4_0", "--no-kv-offload",
         "--tensor-split", "3,1", "--fake-hardware", hw_file]
    )  # fmt: skip
    assert (cli["verdict"], cli["verdict_detail"]) == ("spills_to_ram", "kv_in_ram")
    _assert_window_shows(win, cli)
    # the window's "Save JSON" reports the settings as the command line does
    assert st.plan is not None and st.hardware is not None
    saved = export.estimate_json(st.model, st.plan, st.hardware, st.workload)
    assert saved["settings"] == cli["settings"]


def test_settings_keep_the_options_without_widgets(
    qapp, settings: Settings, state: EstimatorState
) -> None:  # type: ignore[no-untyped-def]
    state.set_workload(kv_cache_type_v="q4_0", kv_offload=False, tensor_split=(2.0, 1.0))
    state.save()
    again = EstimatorState(FakeProbe(_machine(2)), settings)
    try:
        run = again.workload
        assert (run.kv_cache_type_v, run.kv_offload, run.tensor_split) == (
            "q4_0",
            False,
            (2.0, 1.0),
        )
    finally:
        again.wait_idle()


def test_a_split_for_another_gpu_count_falls_back_with_a_message(
    qtbot, qapp, settings: Settings
) -> None:  # type: ignore[no-untyped-def]
    st = EstimatorState(FakeProbe(_machine(1)), settings)
    messages: list[tuple[str, str]] = []
    st.message.connect(lambda level, text: messages.append((level, text)))
    try:
        st.set_workload(tensor_split=(3.0, 1.0))
        st.refresh_hardware()
        wait_ready(qtbot, st)
        assert st.workload.tensor_split == ()
        assert st.plan is not None  # planned with llama.cpp's own split, not an error
        assert (
            "info",
            "The tensor split 3,1 does not match 1 GPU(s): splitting by free memory.",
        ) in messages
    finally:
        st.wait_idle()


def test_launcher_flags_reach_the_window(qapp, state: EstimatorState) -> None:  # type: ignore[no-untyped-def]
    args = build_parser().parse_args(
        ["--cache-type-k", "q8_0", "--cache-type-v", "q4_0", "--no-kv-offload",
         "--tensor-split", "1,1", "--parallel", "3"]
    )  # fmt: skip
    _apply_run_options(state, args)
    run = state.workload
    assert (run.kv_type, run.v_type, run.kv_offload) == ("q8_0", "q4_0", False)
    assert (run.tensor_split, run.batch) == ((1.0, 1.0), 3)
