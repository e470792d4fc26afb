"""'Check a real run': paste or open a llama.cpp / Ollama / LM Studio load log, re-estimate the
setup it ran, and lay our terms beside the buffers the runtime logged."""

from __future__ import annotations

import math
import threading
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vramscope.app import session
from vramscope.app.checks import (
    CheckResult,
    check_log,
    export_checks,
    ollama_log_path,
    read_log_file,
    save_check,
)
from vramscope.app.log_match import agrees_with
from vramscope.app.present import checks as check_texts
from vramscope.app.present import render
from vramscope.app.present.errors import error_text
from vramscope.core import Comparison, ComparisonRow, Note, parse_weight_format

from . import texts
from .model_picker import ModelPickerDialog
from .state import EstimatorState
from .workers import TaskRunner

if TYPE_CHECKING:
    from vramscope.readers.runlog import RunLog

__all__ = ["CheckRunDialog", "comparison_summary"]

MIB = 1 << 20


def _device_name(row: ComparisonRow) -> str:
    return f"{texts.device_label(row.device)} ({', '.join(row.log_devices)})"


def comparison_summary(c: Comparison) -> str:
    """The comparison's summary, one sentence per device, in the window's language."""
    return check_texts.comparison_summary(c, QCoreApplication.translate)


class CheckRunDialog(QDialog):
    """Paste/open a load log -> parse -> re-estimate -> side-by-side table; save and export."""

    COLUMNS = 6

    def __init__(
        self,
        state: EstimatorState,
        parent: QWidget | None = None,
        *,
        checks_dir: Path | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        self._checks_dir = checks_dir
        self.check_result: CheckResult | None = None
        self._source_name = ""
        self.setWindowTitle(self.tr("Check a real run"))
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "Paste the load log of llama.cpp, Ollama or LM Studio (from the model load to "
                "the compute buffers), or open a log file. VRAMScope re-estimates that exact "
                "setup and shows both, term by term."
            )
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.text = QPlainTextEdit()
        self.text.setPlaceholderText(self.tr("Paste the log here…"))
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        self.text.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        self.text.setMaximumBlockCount(0)
        layout.addWidget(self.text, 2)

        row = QHBoxLayout()
        self.open_button = QPushButton(self.tr("&Open log file…"))
        self.open_button.clicked.connect(self.open_log)
        row.addWidget(self.open_button)
        self.ollama_button = QPushButton(self.tr("Ollama &server log"))
        self._ollama_path = ollama_log_path()
        self.ollama_button.setEnabled(self._ollama_path is not None)
        self.ollama_button.setToolTip(
            str(self._ollama_path)
            if self._ollama_path
            else self.tr("Not found here; on Linux run: journalctl -u ollama --no-pager")
        )
        self.ollama_button.clicked.connect(self._open_ollama_log)
        row.addWidget(self.ollama_button)
        row.addStretch(1)
        layout.addLayout(row)

        form = QFormLayout()
        self.model_combo = QComboBox()
        self.model_combo.addItem(self.tr("As in the log"), "")
        for choice in [*state.files, *state.catalog]:
            self.model_combo.addItem(choice.name, choice.key)
        self.model_combo.setToolTip(
            self.tr("Logs often show only part of the model's shape: choose the model that ran")
        )
        # the combo lists 200+ models: a searchable list finds one (and is what the check asks
        # with when the log does not tell which model ran)
        self.find_model_button = QPushButton(self.tr("&Find…"))
        self.find_model_button.setToolTip(self.tr("Search the models by name or size"))
        self.find_model_button.clicked.connect(lambda: self.ask_model(None))
        model_row = QHBoxLayout()
        model_row.addWidget(self.model_combo, 1)
        model_row.addWidget(self.find_model_button)
        model_label = QLabel(self.tr("&Model:"))
        model_label.setBuddy(self.model_combo)
        form.addRow(model_label, model_row)
        self.model_picker: ModelPickerDialog | None = None
        self.format_combo = QComboBox()
        self.format_combo.addItem(self.tr("As in the log"), "")
        for fmt in session.formats_for("llama.cpp"):
            self.format_combo.addItem(texts.format_label(fmt), fmt.id)
        form.addRow(self.tr("&Weight format:"), self.format_combo)
        layout.addLayout(form)

        self.check_button = QPushButton(self.tr("&Check"))
        self.check_button.setDefault(True)
        self.check_button.clicked.connect(self.run_check)
        row2 = QHBoxLayout()
        row2.addWidget(self.check_button)
        row2.addStretch(1)
        layout.addLayout(row2)

        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        layout.addWidget(self.message)
        self.setup_label = QLabel()
        self.setup_label.setWordWrap(True)
        layout.addWidget(self.setup_label)
        self.table = QTableWidget(0, self.COLUMNS)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Term"),
                self.tr("Device"),
                self.tr("Estimated"),
                self.tr("Logged"),
                self.tr("Difference"),
                self.tr("%"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Estimate against the log"))
        layout.addWidget(self.table, 2)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        font = self.summary.font()
        font.setBold(True)
        self.summary.setFont(font)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.notes = QLabel()
        self.notes.setWordWrap(True)
        self.notes.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.notes)

        buttons = QHBoxLayout()
        self.save_button = QPushButton(self.tr("&Save check"))
        self.save_button.setToolTip(self.tr("Keep this check in VRAMScope's data folder"))
        self.save_button.setEnabled(False)
        self.save_button.clicked.connect(self.save)
        self.export_button = QPushButton(self.tr("&Export all checks…"))
        self.export_button.setToolTip(
            self.tr("Write every saved check to one Markdown or JSON file, for a bug report")
        )
        self.export_button.clicked.connect(self.export_all)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.reject)
        buttons.addWidget(self.save_button)
        buttons.addWidget(self.export_button)
        buttons.addStretch(1)
        buttons.addWidget(close)
        layout.addLayout(buttons)

        self._reader = TaskRunner(self)
        self._reader.finished.connect(self._on_file_read)
        self._reader.failed.connect(self._on_failed)
        self._checker = TaskRunner(self)
        self._checker.finished.connect(self._on_checked)
        self._checker.failed.connect(self._on_failed)
        self._writer = TaskRunner(self)
        self._writer.finished.connect(self._on_written)
        self._writer.failed.connect(self._on_failed)
        self.resize(900, 760)

    # ----- input ------------------------------------------------------------------------------

    @property
    def busy(self) -> bool:
        """True while a log is read, checked or a check written."""
        return self._reader.running or self._checker.running or self._writer.running

    def wait_idle(self, msecs: int = 30_000) -> None:
        """Block until every worker of the dialog is done (tests)."""
        for r in (self._reader, self._checker, self._writer):
            r.wait(msecs)

    def open_log(self) -> None:
        """Ask for a log file and read it (its end only, when huge)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open a load log"),
            str(Path.home()),
            self.tr("Logs (*.log *.txt);;All files (*)"),
        )
        if path:
            self.load_file(path)

    def _open_ollama_log(self) -> None:
        if self._ollama_path is not None:
            self.load_file(str(self._ollama_path))

    def load_file(self, path: str) -> None:
        """Read the file on a worker thread (it may be a months-long server log), then check."""
        self._source_name = Path(path).name
        self._show_message("info", self.tr("Reading %1…").replace("%1", self._source_name))

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return read_log_file(path)

        self._reader.start(work)

    def _on_file_read(self, result: object) -> None:
        if not isinstance(result, tuple):
            return
        text, note = result
        self.text.setPlainText(str(text))
        if isinstance(note, Note):
            read = render(note, QCoreApplication.translate)
            self._show_message(
                "info", self.tr("Only the end of the file was read (%1).").replace("%1", read)
            )
        self.run_check()

    def run_check(self) -> None:
        """Parse and re-estimate on a worker thread; the table fills when it is done."""
        text = self.text.toPlainText()
        if not text.strip():
            self._show_message("error", self.tr("Paste a log or open a log file first."))
            return
        key = str(self.model_combo.currentData() or "")
        fid = str(self.format_combo.currentData() or "")
        choice = next((c for c in self._state.all_choices() if c.key == key), None)
        spec = choice.spec if choice is not None else None
        fmt = parse_weight_format(fid) if fid else None
        self.check_button.setEnabled(False)

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return check_log(text, spec=spec, fmt=fmt)

        self._checker.start(work)

    def ask_model(self, log: RunLog | None) -> ModelPickerDialog:
        """Ask which model ran with a searchable list (those the log's numbers agree with
        first); choosing one checks again with it."""
        if self.model_picker is not None:
            self.model_picker.deleteLater()
        prompt = self.tr("Which model wrote this log? Type to search, Enter to choose.")
        if log is not None and log.name:
            prompt = (
                self.tr("The log names the model “%1”, which is not in the catalog.").replace(
                    "%1", log.name
                )
                + " "
                + prompt
            )
        choices = [*self._state.files, *self._state.catalog]
        picker = ModelPickerDialog(
            choices,
            self,
            prompt=prompt,
            first=(lambda c: agrees_with(log, c.spec)) if log is not None else None,
        )
        picker.accepted.connect(lambda: self._on_model_picked(picker.chosen_key()))
        self.model_picker = picker
        picker.open()
        return picker

    def _on_model_picked(self, key: str) -> None:
        i = self.model_combo.findData(key)
        if i < 0:
            return
        self.model_combo.setCurrentIndex(i)
        if self.text.toPlainText().strip():
            self.run_check()

    # ----- results ----------------------------------------------------------------------------

    def _on_checked(self, result: object) -> None:
        self.check_button.setEnabled(True)
        if not isinstance(result, CheckResult):
            return
        self.check_result = result
        self.save_button.setEnabled(result.comparison is not None)
        if result.comparison is None:
            self.table.setRowCount(0)
            self.summary.setText("")
            self.setup_label.setText("")
            self.notes.setText("")
            if result.needs == "model":
                text = self.tr(
                    "Neither the log's model name nor its numbers point at one catalog model: "
                    "choose the model that ran."
                )
                self._show_message("error", text)
                self.ask_model(result.log)
                return
            if result.needs == "format":
                text = self.tr(
                    "The log does not say the weight format: choose it under Weight format, "
                    "then press Check."
                )
                self.format_combo.setFocus()
            else:
                reason = error_text(result.error, QCoreApplication.translate)
                reason = " ".join(reason.split()) or type(result.error).__name__
                text = self.tr("Cannot check this log: %1").replace("%1", reason)
            self._show_message("error", text)
            return
        self.message.hide()
        self._fill(result)

    def _fill(self, result: CheckResult) -> None:
        assert result.comparison is not None and result.setup is not None
        setup = result.setup
        wl = setup.workload
        kv = wl.kv_cache_type + (
            f"/{wl.kv_cache_type_v}" if wl.kv_cache_type_v not in (None, wl.kv_cache_type) else ""
        )
        layers = (
            texts.category_label("cpu_only")
            if setup.n_gpus == 0
            else self.tr("all layers on the GPU")
            if setup.gpu_layers is not None and setup.gpu_layers > setup.spec.n_layers
            else self.tr("%1 layers on the GPU").replace("%1", str(setup.gpu_layers or 0))
        )
        self.setup_label.setText(
            self.tr("Re-estimated: %1 · %2 · %3 tokens × %4 · KV %5 · %6 · %7 GPU(s)")
            .replace("%1", setup.spec.name)
            .replace("%2", setup.fmt.id.upper())
            .replace("%3", f"{wl.context_tokens:,}")
            .replace("%4", str(wl.batch))
            .replace("%5", kv)
            .replace("%6", layers)
            .replace("%7", str(setup.n_gpus))
        )
        rows = result.comparison.rows
        self.table.setUpdatesEnabled(False)
        self.table.setRowCount(len(rows))
        for r, row in enumerate(rows):
            rel = row.relative_error
            cells = [
                texts.term_label(row.term),
                _device_name(row),
                f"{row.estimated_bytes / MIB:,.2f} MiB",
                f"{row.logged_bytes / MIB:,.2f} MiB",
                f"{row.difference_bytes / MIB:+,.2f} MiB",
                "—" if math.isinf(rel) else f"{rel * 100:+.1f}%",
            ]
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if col >= 2:
                    item.setTextAlignment(
                        Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
                    )
                self.table.setItem(r, col, item)
        self.table.setUpdatesEnabled(True)
        self.summary.setText(comparison_summary(result.comparison))
        tr = QCoreApplication.translate
        self.notes.setText("\n".join(f"• {render(n, tr)}" for n in result.notes[:8]))

    def rows_shown(self) -> list[list[str]]:
        """The table's text, row by row (tests and copy)."""
        out: list[list[str]] = []
        for r in range(self.table.rowCount()):
            items = [self.table.item(r, c) for c in range(self.COLUMNS)]
            out.append([item.text() if item is not None else "" for item in items])
        return out

    # ----- saving -----------------------------------------------------------------------------

    def save(self) -> None:
        """Keep this check in the user data folder, with the setup that was re-estimated."""
        res = self.check_result
        if res is None or res.comparison is None or res.setup is None or res.log is None:
            return
        setup, log, comparison = res.setup, res.log, res.comparison
        wl = setup.workload
        # what a reader of a bug report needs to rerun the estimate, in CLI-like names
        settings = {
            "model": setup.spec.model_id,
            "weights": setup.fmt.id,
            "context_tokens": wl.context_tokens,
            "batch": wl.batch,
            "kv_cache_type": wl.kv_cache_type,
            "kv_cache_type_v": wl.kv_cache_type_v,
            "flash_attention": wl.flash_attention,
            "gpu_layers": setup.gpu_layers,
            "n_gpus": setup.n_gpus,
        }
        title = f"{setup.spec.name} {setup.fmt.id.upper()} ctx {wl.context_tokens}"
        source = log.source + (f" ({self._source_name})" if self._source_name else "")
        folder = self._checks_dir

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            path = save_check(
                comparison,
                title=title,
                source=source,
                settings=settings,
                notes=res.notes,
                directory=folder,
            )
            return ("saved", str(path))

        self._writer.start(work)

    def export_all(self, path: str = "") -> None:
        """Write every saved check to one Markdown or JSON file (by the suffix)."""
        if not path:
            path, _ = QFileDialog.getSaveFileName(
                self,
                self.tr("Export all checks"),
                str(Path.home() / "vramscope-checks.md"),
                self.tr("Markdown (*.md);;JSON (*.json)"),
            )
        if not path:
            return
        # no known suffix: Markdown, the format a bug report pastes best
        if not path.lower().endswith((".md", ".markdown", ".json")):
            path += ".md"
        folder = self._checks_dir

        def work(_report: Callable[[object], None], _cancel: threading.Event) -> object:
            return ("exported", str(export_checks(path, folder)))

        self._writer.start(work)

    def _on_written(self, result: object) -> None:
        if not isinstance(result, tuple):
            return
        kind, path = result
        text = (
            self.tr("Check saved: %1") if kind == "saved" else self.tr("All checks written to %1")
        )
        self._show_message("info", text.replace("%1", str(path)))

    # ----- messages ---------------------------------------------------------------------------

    def _on_failed(self, exc: object) -> None:
        self.check_button.setEnabled(True)
        reason = " ".join(error_text(exc, QCoreApplication.translate).split())
        reason = reason or type(exc).__name__
        self._show_message("error", self.tr("Failed: %1").replace("%1", reason))

    def _show_message(self, level: str, text: str) -> None:
        # the main window's message colours: light fills with dark text, on any theme
        color = "#f5b3b3" if level == "error" else "#cfe3fa"
        self.message.setStyleSheet(
            f"QLabel {{ background: {color}; color: #161616; padding: 4px; border-radius: 3px; }}"
        )
        self.message.setText(text)
        self.message.setProperty("level", level)
        self.message.show()

    @property
    def message_level(self) -> str:
        """The level of the message shown ("error", "info"), "" when none (tests)."""
        return "" if self.message.isHidden() else str(self.message.property("level") or "")
