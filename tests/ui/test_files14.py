"""Opened model files in the fit table, File > Recent files, and the searchable model list of
"Check a real run" (issue 14, items 11 and 13). Each test has its own settings file and user
data folder (tests/ui/conftest.py, tests/conftest.py)."""

from __future__ import annotations

import json
from pathlib import Path

import gguf
from PySide6.QtCore import QSettings, Qt
from tests._support.model_files import write_llama_gguf
from tests._support.window import rtx3060_machine, wait_ready

from vramscope.hardware import FakeProbe
from vramscope.ui.check_dialog import CheckRunDialog
from vramscope.ui.main_window import MainWindow
from vramscope.ui.recent_files import MAX_RECENT, decode_recent, recent_files
from vramscope.ui.settings import Settings
from vramscope.ui.state import EstimatorState

LOGS = Path(__file__).resolve().parents[1] / "data" / "logs"


def _open(qtbot, window: MainWindow, path: Path) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(window.state.file_opened, timeout=30_000):
        window.state.open_model_file(str(path))
    wait_ready(qtbot, window.state)


def _headers(window: MainWindow) -> list[str]:
    model = window.fit_table.model
    return [
        model.headerData(c, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        for c in range(model.columnCount())
    ]


def _restart(qtbot, tmp_path: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """A new window on the same settings file as the ``settings`` fixture (a restart)."""
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    state = EstimatorState(FakeProbe(rtx3060_machine()), settings)
    win = MainWindow(state, settings, "en")
    qtbot.addWidget(win)
    state.refresh_hardware()
    return win


def test_an_opened_gguf_becomes_a_row_with_its_own_format_and_a_confirmation(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    (path,) = write_llama_gguf(
        tmp_path / "Tiny-Q4_K_M.gguf", file_type=gguf.LlamaFileType.MOSTLY_Q4_K_M
    )
    _open(qtbot, window, path)
    st = window.state
    key = f"file:{path}"
    assert st.row_source == "presets" and key in [r.key for r in st.rows]
    # its own format's column says so; its cell there is the file's real tensors
    headers = _headers(window)
    assert "Q4_K_M\n(file)" in headers
    assert st.cells[(key, "q4_k_m")].error == ""
    shown = window.statusBar().currentMessage()
    assert shown.startswith("Added Tiny Llama Test Q4_K_M (GGUF, ") and "to the table" in shown


def test_a_gguf_mix_llama_cpp_does_not_name_is_a_column_of_its_own(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    # file type 1234: a third-party mix (ModelChoice.file_weight_format labels it by its most
    # common tensor type); not one of the common formats, so a new column
    (path,) = write_llama_gguf(tmp_path / "mix.gguf", file_type=1234)
    before = _headers(window)
    _open(qtbot, window, path)
    fmt = window.state.model.file_weight_format()
    assert fmt is not None and fmt.id == "gguf-mixed"
    main = dict(fmt.label.params)["main_type"]
    assert _headers(window) == [f"{main} mix\n(file)", *before]
    assert window.state.cells[(f"file:{path}", "gguf-mixed")].error == ""
    # no other model has that mix: its cells there say so instead of an error
    model = window.fit_table.model
    row = next(r for r in range(model.rowCount()) if model.row_choice(r).kind == "preset")
    tip = model.index(row, 0).data(Qt.ItemDataRole.ToolTipRole)
    assert tip == "Only your file Tiny Llama Test has this mix of types"


def test_recent_files_persist_across_a_restart_and_clear(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    paths = [write_llama_gguf(tmp_path / f"model-{i}.gguf")[0] for i in range(2)]
    for p in paths:
        _open(qtbot, window, p)
    assert recent_files(window).paths == [str(paths[1]), str(paths[0])]  # newest first
    again = _restart(qtbot, tmp_path)
    recent = recent_files(again)
    assert recent.paths == [str(paths[1]), str(paths[0])]
    texts = [a.text() for a in again.recent_menu.actions() if not a.isSeparator()]
    assert texts == ["&1 model-1.gguf", "&2 model-0.gguf", "&Clear recent files"]
    # a file deleted since: greyed in the menu; choosing it anyway takes it off with a message
    paths[0].unlink()
    recent.fill(again.recent_menu)
    gone = again.recent_menu.actions()[1]
    assert not gone.isEnabled() and gone.text() == "&2 model-0.gguf (not found)"
    recent.open(str(paths[0]))
    assert recent.paths == [str(paths[1])]
    assert "removed from Recent files" in again.message_bar.label.text()
    clear = next(a for a in again.recent_menu.actions() if a.text() == "&Clear recent files")
    clear.trigger()
    assert recent.paths == []
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    assert decode_recent(str(settings.get("files/recent"))) == []
    again.state.wait_idle()


def test_recent_files_keep_the_last_eight(qtbot, window: MainWindow, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (path,) = write_llama_gguf(tmp_path / "newest.gguf")
    recent = recent_files(window)
    recent.paths = [str(tmp_path / f"old-{i}.gguf") for i in range(MAX_RECENT)]
    _open(qtbot, window, path)
    assert len(recent.paths) == MAX_RECENT
    assert recent.paths[0] == str(path) and str(tmp_path / "old-7.gguf") not in recent.paths
    # a hand-edited value that is not a list of paths gives an empty list, not a crash
    assert decode_recent('{"a": 1}') == [] and decode_recent("not json") == []
    assert decode_recent(json.dumps(["a", 5, "a", "b"])) == ["a", "b"]


def test_a_restart_reopens_and_selects_the_opened_file(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    (path,) = write_llama_gguf(tmp_path / "kept.gguf")
    _open(qtbot, window, path)
    window.state.save()
    again = _restart(qtbot, tmp_path)
    qtbot.waitUntil(lambda: again.state.model.key == f"file:{path}", timeout=30_000)
    wait_ready(qtbot, again.state)
    assert f"file:{path}" in [r.key for r in again.state.rows]
    # gone by the next start: the default model, and a line that says so
    again.state.save()
    path.unlink()
    third = _restart(qtbot, tmp_path)
    qtbot.waitUntil(lambda: "no longer there" in third.message_bar.label.text(), timeout=30_000)
    assert str(path) in third.message_bar.label.text()
    assert third.state.model.kind != "file"
    third.state.wait_idle()


def test_a_broken_file_gives_one_error_line_and_leaves_the_table_as_it_was(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow, tmp_path: Path
) -> None:
    st = window.state
    bad = tmp_path / "broken.gguf"
    bad.write_bytes(b"GGUF\x03\x00\x00\x00" + b"\xff" * 41)
    rows, formats, model = [r.key for r in st.rows], [f.id for f in st.formats], st.model
    cells = dict(st.cells)
    headers = _headers(window)
    st.open_model_file(str(bad))
    qtbot.waitUntil(lambda: window.message_bar.isVisible(), timeout=30_000)
    text = window.message_bar.label.text()
    assert window.message_bar.level == "error"
    assert text.startswith("Cannot open this model: ") and "broken.gguf" in text
    assert "\n" not in text
    assert [r.key for r in st.rows] == rows and [f.id for f in st.formats] == formats
    assert st.model == model and st.cells == cells and _headers(window) == headers
    assert recent_files(window).paths == []


def test_check_asks_with_a_searchable_list_when_the_log_does_not_tell(  # type: ignore[no-untyped-def]
    qtbot, window: MainWindow
) -> None:
    dialog = CheckRunDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.show()
    # a CPU-only excerpt without the model's shape or name (llama.cpp issue #15946)
    dialog.text.setPlainText((LOGS / "llamacpp-2025-09-cpu-only.log").read_text())
    dialog.run_check()
    qtbot.waitUntil(lambda: dialog.model_picker is not None, timeout=30_000)
    picker = dialog.model_picker
    assert picker is not None and picker.isVisible()
    total = len(picker.shown_keys())
    assert total == len(window.state.files) + len(window.state.catalog)
    qtbot.keyClicks(picker.search, "qwen2.5 7b")
    keys = picker.shown_keys()
    target = "catalog:qwen2.5-7b"
    # every shown model matches every word; ranked as the model picker ranks (app.model_search)
    assert 1 < len(keys) < total and target in keys
    assert all("qwen2.5" in k and "7b" in k for k in keys)
    # the arrows move in the list without leaving the search field; Enter takes the model
    for i in range(1, keys.index(target) + 1):
        qtbot.keyClick(picker.search, Qt.Key.Key_Down)
        assert picker.chosen_key() == keys[i]
    qtbot.keyClick(picker.search, Qt.Key.Key_Down)
    qtbot.keyClick(picker.search, Qt.Key.Key_Up)
    assert picker.chosen_key() == target
    qtbot.keyClick(picker.search, Qt.Key.Key_Return)
    assert not picker.isVisible()
    assert dialog.model_combo.currentData() == "catalog:qwen2.5-7b"
    # checked again with that model: now it asks only for the weight format
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)
    assert dialog.check_result is not None and dialog.check_result.needs == "format"
