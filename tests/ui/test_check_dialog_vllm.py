"""The window's "Check a real run" with vLLM start-up logs (app.vllm_check through
app.checks.check_log): the same rows as ``vramscope check``, and the model question."""

from __future__ import annotations

from pathlib import Path

from vramscope.app.check_report import check_file
from vramscope.ui.check_dialog import CheckRunDialog
from vramscope.ui.main_window import MainWindow

LOGS = Path(__file__).resolve().parents[1] / "data" / "logs"


def _wait_dialog(qtbot, dialog) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: not dialog.busy, timeout=30_000)


def test_vllm_log_fills_the_table_like_the_cli(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # source: generative-computing/mellea PR #416 (vLLM 0.7-0.8 log on an H100)
    path = LOGS / "vllm-2025-02-v0-worker-h100.log"
    dialog = CheckRunDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText(path.read_text(encoding="utf-8"))
    dialog.run_check()
    _wait_dialog(qtbot, dialog)
    assert dialog.message_level == ""
    shown = dialog.rows_shown()
    report = check_file(path)
    assert [row[0] for row in shown] == [
        "Weights",
        "Activations",
        "Runtime overhead",
        "KV cache",
        "CUDA graphs",
    ]
    assert len(shown) == len(report.comparison.rows)
    assert all("rank 0" in row[1] for row in shown)
    assert "Qwen3 0.6B" in dialog.setup_label.text()


def test_vllm_log_without_a_known_model_asks_for_it(qtbot, window: MainWindow) -> None:  # type: ignore[no-untyped-def]
    # source: vllm PR #3120: facebook/opt-125m is not in the catalog
    dialog = CheckRunDialog(window.state, window)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText((LOGS / "vllm-2024-02-v0-opt-125m.log").read_text(encoding="utf-8"))
    dialog.run_check()
    _wait_dialog(qtbot, dialog)
    assert dialog.message_level == "error"
    assert dialog.table.rowCount() == 0
