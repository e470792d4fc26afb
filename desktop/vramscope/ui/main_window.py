"""The main window: machine and inputs on the left; fit table, chart and breakdown on the right."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QByteArray, QCoreApplication, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QGuiApplication,
    QKeySequence,
    QResizeEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from vramscope import __version__
from vramscope.app import export
from vramscope.app.present.errors import error_text
from vramscope.core import GIB

from .app import install_language
from .breakdown import BreakdownPanel, breakdown_markdown, breakdown_text
from .chart_slot import ChartPlaceholder
from .dialogs import AboutDialog, OtherHardwareDialog, PreferencesDialog
from .fit_table import FitTable
from .machine_panel import MachinePanel
from .run_panel import RunPanel
from .settings import Settings
from .state import EstimatorState

if TYPE_CHECKING:
    from .check_dialog import CheckRunDialog
    from .measure_dialog import MeasureDialog
    from .memory_chart import MemoryChart

__all__ = ["MainWindow"]

# Fits a 1920x1080 screen with room for a taskbar; the fit table shows ~8 formats at this width.
_DEFAULT_SIZE = (1440, 900)
# The left column's narrowest: the form's fields stay usable; below their own minimum the column
# scrolls sideways. With the right side's minimum this keeps the window within 1024 px.
_LEFT_MIN_WIDTH = 260
_LEFT_MAX_MIN_WIDTH = 360
# The room the breakdown needs under the inputs before it moves there from beside the chart: the
# verdict, every figure line and a few rows of the terms. Measured on the screenshots: 300 px
# (1440x900) cut the last figure line of a 70B spill's breakdown; 1920x1080 leaves about 470.
_BREAKDOWN_LEFT_MIN_HEIGHT = 360
_QWIDGETSIZE_MAX = 16777215  # Qt's "no maximum" (QWIDGETSIZE_MAX)
# The right side's narrowest (table, chart and breakdown): wider content scrolls sideways.
_RIGHT_MIN_WIDTH = 300
# Long enough to read a two-line error; it stays until dismissed if the user hovers to copy it.
_MESSAGE_SECONDS = 20


class MessageBar(QWidget):
    """A dismissable line at the top of the window: errors are shown here, never as crashes."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(8, 4, 4, 4)
        self.label = QLabel()
        self.label.setWordWrap(True)
        self.label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.label, 1)
        close = QToolButton()
        close.setText("✕")
        close.setToolTip(self.tr("Dismiss"))
        close.clicked.connect(self.hide)
        layout.addWidget(close)
        self.level = ""
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.timeout.connect(self.hide)
        self.hide()

    def show_message(self, level: str, text: str) -> None:
        """Show ``text`` ("error" in red, "info" in blue) until dismissed or timed out."""
        self.level = level
        self.label.setText(text)
        # fixed light colours with dark text: readable on light and dark themes alike
        color = "#f5b3b3" if level == "error" else "#cfe3fa"
        self.setStyleSheet(f"MessageBar {{ background: {color}; }} QLabel {{ color: #161616; }}")
        # a plain QWidget ignores its style sheet's background without this attribute
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.show()
        self._timer.start(_MESSAGE_SECONDS * 1000)


def _sideways_scroll(widget: QWidget) -> QScrollArea:
    """``widget`` in a frameless area that scrolls only where the window is smaller than the
    widget's minimum (it fills the area otherwise, and scrolls its own rows)."""
    area = QScrollArea()
    area.setWidget(widget)
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    # no minimum width of its own: the point is that the widget's does not reach the window
    area.setMinimumWidth(_RIGHT_MIN_WIDTH)
    return area


class MainWindow(QMainWindow):
    """Builds the panels around one EstimatorState; rebuilt in place when the language changes."""

    def __init__(
        self, state: EstimatorState, settings: Settings | None = None, language: str = ""
    ) -> None:
        super().__init__()
        self.state = state
        self.settings = settings
        self.language = language
        # a model file dropped anywhere on the window opens it (dropEvent)
        self.setAcceptDrops(True)
        self.resize(*_DEFAULT_SIZE)
        self._check_dialog: CheckRunDialog | None = None
        self._measure_dialog: MeasureDialog | None = None
        self._build()
        state.message.connect(self._on_state_message)
        state.inputs_changed.connect(self._update_title)
        # after the panels have shown or hidden the workload's controls
        state.inputs_changed.connect(self._on_state_inputs_changed_layout)
        if settings is not None:
            geometry = settings.get("window/geometry")
            if isinstance(geometry, QByteArray) and not geometry.isEmpty():
                self.restoreGeometry(geometry)
            notice = self._settings_notice(settings)
            if notice:
                # after the constructor: the message bar must be laid out to show the message
                QTimer.singleShot(0, lambda: self._on_state_message("info", notice))
        app = QGuiApplication.instance()
        if isinstance(app, QGuiApplication):
            app.styleHints().colorSchemeChanged.connect(self._on_color_scheme_changed)

    def _settings_notice(self, settings: Settings) -> str:
        """One line about a settings file that was reset or is read only (issue 17)."""
        if settings.was_reset and settings.backup_path:
            return self.tr(
                "The settings file could not be read and was reset to defaults; the old file "
                "was kept as %1"
            ).replace("%1", settings.backup_path)
        if settings.was_reset:
            return self.tr(
                "The settings file could not be read and was reset to defaults: %1"
            ).replace("%1", settings.path)
        if settings.newer_version is not None:
            return self.tr(
                "The settings file is from a newer VRAMScope: it is read as far as this version "
                "understands it, and changes are not saved to it (%1)"
            ).replace("%1", settings.path)
        if settings.read_only:
            return self.tr(
                "The settings file could not be read and no copy could be made: defaults are "
                "used and the file is left as it is (%1)"
            ).replace("%1", settings.path)
        return ""

    # ----- building ---------------------------------------------------------------------------

    def _build(self) -> None:
        """Create menus and panels; called again after a language change."""
        self.menuBar().clear()
        # rebuilding replaces every panel; the state and its cached results stay, so a
        # language change costs a repaint, not a recomputation
        old = self.centralWidget()
        if old is not None:
            old.deleteLater()
        central = QWidget()
        outer = QVBoxLayout(central)
        outer.setContentsMargins(6, 6, 6, 6)
        self.message_bar = MessageBar()
        outer.addWidget(self.message_bar)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.machine_panel = MachinePanel(self.state)
        self.run_panel = RunPanel(self.state)
        left_layout.addWidget(self.machine_panel)
        left_layout.addWidget(self.run_panel)
        left_layout.addStretch(1)
        # the inputs scroll on small screens, both ways, instead of squeezing the chart and
        # table or clipping a long row (training's controls, a long translation: issue 14)
        self.left_scroll = scroll = QScrollArea()
        scroll.setWidget(left)
        scroll.setWidgetResizable(True)
        # as narrow as the form allows (a long translation may need more: then it scrolls)
        form_width = (
            left.minimumSizeHint().width()
            + 2 * scroll.frameWidth()
            + scroll.verticalScrollBar().sizeHint().width()
        )
        scroll.setMinimumWidth(min(max(form_width, _LEFT_MIN_WIDTH), _LEFT_MAX_MIN_WIDTH))
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAsNeeded)
        self._inputs = left
        # a row shown or hidden later (the image count of a vision model, the training
        # controls) changes the inputs' height without an input change: refit them then, or the
        # column keeps the old height and hides the context slider (1920x1080, issue 14 review)
        left.installEventFilter(self)
        # the left column: the inputs, and under them the verdict and breakdown when the window
        # is tall enough to leave the column half empty otherwise (_place_breakdown)
        self.left_column = QSplitter(Qt.Orientation.Vertical)
        self.left_column.setChildrenCollapsible(False)
        self.left_column.addWidget(scroll)
        self.splitter.addWidget(self.left_column)
        # a narrower column wraps more rows of the inputs: their height follows
        self.splitter.splitterMoved.connect(self._on_state_inputs_changed_layout)
        self.right_splitter = QSplitter(Qt.Orientation.Vertical)
        # the table's sort and filters are kept between runs (issue 14)
        self.fit_table = FitTable(self.state, settings=self.settings)
        # the table's own minimum width (its legend chips, its caption) must not set the
        # window's: below it the table part scrolls sideways instead of the window refusing
        # to shrink (issue 14: 1,258 px)
        self.table_scroll = _sideways_scroll(self.fit_table)
        self.right_splitter.addWidget(self.table_scroll)
        self.bottom_splitter = bottom = QSplitter(Qt.Orientation.Horizontal)
        # The chart (pyqtgraph, numpy) is built once the window has painted: a stand-in holds
        # its place until then (ui/chart_slot.py; issue 14, start-up). A rebuild for a new
        # language builds it at once: pyqtgraph is loaded by then.
        rebuilt = getattr(self, "_chart", None) is not None
        self._chart: MemoryChart | None = None
        self._chart_slot = ChartPlaceholder()
        self._chart_slot.painted.connect(self._on_chart_slot_painted)
        self.breakdown = BreakdownPanel(self.state)
        bottom.addWidget(self._chart_slot)
        bottom.addWidget(self.breakdown)
        bottom.setSizes([560, 480])
        self.right_splitter.addWidget(bottom)
        # the table a little taller than the chart: at 1280x720 it shows five rows, not 3.5
        self.right_splitter.setSizes([560, 380])
        self.splitter.addWidget(self.right_splitter)
        # both columns follow the window's width, the inputs by a sixth of the change: about
        # 350 px at 1024 (the form without a sideways scroll bar), 500 at 1920
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 5)
        self.splitter.setSizes([420, 1020])
        outer.addWidget(self.splitter, 1)
        self.setCentralWidget(central)
        self.machine_panel.refresh_requested.connect(self.state.refresh_hardware)
        self.machine_panel.other_hardware_requested.connect(self.plan_for_other_hardware)
        self.machine_panel.own_hardware_requested.connect(self._use_own_hardware)
        self.run_panel.open_file_requested.connect(self.open_model_file)
        self.status_label = QLabel()
        self.statusBar().addPermanentWidget(self.status_label)
        self.state.busy_changed.connect(self._on_state_busy_changed)
        self._build_menus()
        self._restore_splitters()
        self._update_title()
        if rebuilt:
            self.ensure_chart()

    @property
    def chart(self) -> MemoryChart:
        """The memory chart, built now if the window has not painted yet."""
        return self.ensure_chart()

    @property
    def chart_built(self) -> bool:
        """Whether the real chart has replaced its stand-in (tests)."""
        return self._chart is not None

    def ensure_chart(self) -> MemoryChart:
        """Build the chart in its stand-in's place (once); --screenshot calls this before it
        grabs the window, the first paint otherwise."""
        if self._chart is None:
            from .memory_chart import MemoryChart

            chart = MemoryChart(self.state)
            # the splitter gives the new widget the stand-in's size
            slot = self.bottom_splitter.indexOf(self._chart_slot)
            self.bottom_splitter.replaceWidget(slot, chart)
            self._chart_slot.deleteLater()
            self._chart = chart
        return self._chart

    def _on_chart_slot_painted(self) -> None:
        # after this paint pass: the first frame is shown before pyqtgraph is imported
        QTimer.singleShot(0, self, self.ensure_chart)

    def _build_menus(self) -> None:
        # every action lives in a menu with a mnemonic, so the whole window works by keyboard
        bar = self.menuBar()
        file_menu = bar.addMenu(self.tr("&File"))
        self.open_action = self._action(
            self.tr("&Open model file…"), self.open_model_file, QKeySequence.StandardKey.Open
        )
        file_menu.addAction(self.open_action)
        # File > Import to your catalog…; files opened once stay listed (ui/user_catalog.py)
        from .user_catalog import catalog_hook

        self.import_catalog_action = catalog_hook(self).action()
        file_menu.addAction(self.import_catalog_action)
        # File > Recent files (last 8, kept in the settings) and the "Added … to the table" line
        from .recent_files import recent_files

        self.recent_menu = recent_files(self).menu(file_menu)
        file_menu.addMenu(self.recent_menu)
        export_menu = file_menu.addMenu(self.tr("&Export"))
        self.copy_text_action = self._action(
            self.tr("Copy breakdown as &text"), self.copy_text, QKeySequence.StandardKey.Copy
        )
        self.copy_md_action = self._action(
            self.tr("Copy breakdown as &Markdown"), self.copy_markdown
        )
        self.png_action = self._action(self.tr("Save chart as &PNG…"), self.save_png)
        self.svg_action = self._action(self.tr("Save chart as &SVG…"), self.save_svg)
        self.json_action = self._action(
            self.tr("Save &JSON…"), self.save_json, QKeySequence.StandardKey.Save
        )
        for a in (
            self.copy_text_action,
            self.copy_md_action,
            self.png_action,
            self.svg_action,
            self.json_action,
        ):
            export_menu.addAction(a)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)
        )
        hw_menu = bar.addMenu(self.tr("&Hardware"))
        hw_menu.addAction(
            self._action(
                self.tr("&Refresh"), self.state.refresh_hardware, QKeySequence.StandardKey.Refresh
            )
        )
        hw_menu.addAction(
            self._action(self.tr("Plan for &other hardware…"), self.plan_for_other_hardware)
        )
        hw_menu.addAction(self._action(self.tr("Use &this machine"), self._use_own_hardware))
        check_menu = bar.addMenu(self.tr("&Check"))
        self.check_action = self._action(self.tr("Check a &real run…"), self.show_check_dialog)
        # no standard key exists for these two; L for "log", M for "measure"
        self.check_action.setShortcut(QKeySequence("Ctrl+Shift+L"))
        self.check_action.setToolTip(
            self.tr("Compare the estimate with the buffers a llama.cpp / Ollama load log shows")
        )
        self.measure_action = self._action(self.tr("&Measure…"), self.show_measure_dialog)
        self.measure_action.setShortcut(QKeySequence("Ctrl+Shift+M"))
        self.clear_measured_action = self._action(
            self.tr("&Clear the measured peak from the chart"), self._clear_measured
        )
        for a in (self.check_action, self.measure_action, self.clear_measured_action):
            check_menu.addAction(a)
        settings_menu = bar.addMenu(self.tr("&Settings"))
        settings_menu.addAction(
            self._action(
                self.tr("&Preferences…"),
                self.show_preferences,
                QKeySequence.StandardKey.Preferences,
            )
        )
        help_menu = bar.addMenu(self.tr("&Help"))
        help_menu.addAction(self._action(self.tr("&About VRAMScope"), self.show_about))

    def _action(
        self, text: str, slot: object, shortcut: QKeySequence.StandardKey | None = None
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(slot)
        return action

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Put the breakdown where the window has room for it (see _place_breakdown)."""
        super().resizeEvent(event)
        self._place_breakdown()
        # the inputs' height depends on the column's width, final once this resize is laid out
        QTimer.singleShot(0, self, self._fit_inputs_height)

    def _place_breakdown(self) -> None:
        """The verdict and breakdown sit under the inputs when the left column has room for
        them (tall windows, where that column was half empty), beside the chart otherwise
        (1280x720 and such, where the inputs need the whole column)."""
        central = self.centralWidget()
        if central is None:
            return
        spare = central.height() - self._inputs_height() - 24
        in_left = self.breakdown.parent() is self.left_column
        # a margin between the two thresholds: a resize near the edge does not flip it back
        # and forth
        if not in_left and spare >= _BREAKDOWN_LEFT_MIN_HEIGHT:
            self.left_column.addWidget(self.breakdown)
            self.left_column.setStretchFactor(1, 1)
            # the splitter's height is known once the move is laid out
            QTimer.singleShot(0, self, self._fit_inputs_height)
        elif in_left and spare < _BREAKDOWN_LEFT_MIN_HEIGHT - 40:
            self.left_scroll.setMaximumHeight(_QWIDGETSIZE_MAX)
            self.bottom_splitter.addWidget(self.breakdown)
            self.bottom_splitter.setSizes([560, 480])

    def _inputs_height(self) -> int:
        """The height the inputs need at the column's width (wrapped rows included)."""
        width = self.left_scroll.viewport().width()
        wrapped = self._inputs.heightForWidth(width) if self._inputs.hasHeightForWidth() else -1
        return max(wrapped, self._inputs.sizeHint().height()) + 2 * self.left_scroll.frameWidth()

    def _on_state_inputs_changed_layout(self) -> None:
        QTimer.singleShot(0, self, self._fit_inputs_height)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self._inputs and event.type() == QEvent.Type.LayoutRequest:
            self._on_state_inputs_changed_layout()
        return super().eventFilter(watched, event)

    def _fit_inputs_height(self) -> None:
        # with the breakdown under them the inputs keep their own height (it changes with the
        # workload's controls); the rest of the column is the breakdown's. Only a maximum: a
        # minimum would stop the window from shrinking before the breakdown moves back.
        if self.breakdown.parent() is not self.left_column:
            return
        need = self._inputs_height()
        self.left_scroll.setMaximumHeight(need)
        rest = self.left_column.height() - need - self.left_column.handleWidth()
        self.left_column.setSizes([need, max(rest, 1)])
        self._place_breakdown()

    @property
    def breakdown_in_left_column(self) -> bool:
        """Whether the breakdown sits under the inputs (tall windows) (tests)."""
        return self.breakdown.parent() is self.left_column

    def _restore_splitters(self) -> None:
        if self.settings is None:
            return
        for key, splitter in (
            ("window/splitter", self.splitter),
            ("window/right_splitter", self.right_splitter),
        ):
            data = self.settings.get(key)
            if isinstance(data, QByteArray) and not data.isEmpty():
                splitter.restoreState(data)

    def _update_title(self) -> None:
        self.setWindowTitle(self.tr("VRAMScope — %1").replace("%1", self.state.model.name))

    # ----- state ------------------------------------------------------------------------------

    def _on_state_message(self, level: str, text: str) -> None:
        self.message_bar.show_message(level, text)

    def _on_state_busy_changed(self) -> None:
        self.status_label.setText(self.tr("Working…") if self.state.busy else "")

    def _on_color_scheme_changed(self, *_args: object) -> None:
        self.fit_table.refresh_colors()
        if self._chart is not None:  # a chart built later takes the palette then
            self._chart.apply_theme()
        self.breakdown.refresh()

    # ----- actions ----------------------------------------------------------------------------

    def open_model_file(self) -> None:
        """Ask for a config.json or GGUF and open it (read off the GUI thread)."""
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Open model file"),
            str(Path.home()),
            self.tr("Model files (config.json *.json *.gguf *.safetensors);;All files (*)"),
        )
        if path:
            self.state.open_model_file(path)

    def plan_for_other_hardware(self) -> None:
        """Describe GPUs and RAM to plan for instead of this machine."""
        reading = self.state.reading
        # start from this machine's RAM: most people ask "what if I bought that GPU?"
        ram = reading.ram.total_bytes / GIB if reading and reading.ram.total_bytes else 32.0
        dialog = OtherHardwareDialog(self.state.override, round(ram), self)
        if dialog.exec() == OtherHardwareDialog.DialogCode.Accepted:
            self.state.set_override(dialog.override())

    def _use_own_hardware(self) -> None:
        self.state.set_override(None)

    def show_check_dialog(self) -> CheckRunDialog:
        """Non-modal: the user may keep the log open while changing the main window."""
        if self._check_dialog is None:
            # imported on first use: the log parser and the sampler are not needed at start-up
            from .check_dialog import CheckRunDialog

            self._check_dialog = CheckRunDialog(self.state, self)
        self._check_dialog.show()
        self._check_dialog.raise_()
        return self._check_dialog

    def show_measure_dialog(self) -> MeasureDialog:
        """Non-modal, like the check dialog: a recording runs while the user starts the model."""
        if self._measure_dialog is None:
            from .measure_dialog import MeasureDialog

            self._measure_dialog = MeasureDialog(self.state, self)
        self._measure_dialog.show()
        self._measure_dialog.raise_()
        return self._measure_dialog

    def _clear_measured(self) -> None:
        self.state.set_measured(None)

    def show_preferences(self) -> None:
        """Units and language; a new language applies at once."""
        dialog = PreferencesDialog(
            self.state.binary_units, self.language, self, self.state.min_speed_tps
        )
        if dialog.exec() != PreferencesDialog.DialogCode.Accepted:
            return
        self.state.set_binary_units(dialog.binary)
        self.state.set_min_speed(dialog.min_speed.value())
        if self.settings is not None:
            self.settings.set("prefs/gib_units", dialog.binary)
            self.settings.set("prefs/language", dialog.language_code)
        if dialog.language_code != self.language:
            self.set_language(dialog.language_code)

    def set_language(self, code: str) -> None:
        """Switch language now: load the translation and rebuild every panel."""
        app = QApplication.instance()
        if app is None:
            return
        self.language = code
        install_language(app, code)
        self._save_layout()
        # open dialogs keep their old language until closed: deleting one mid-recording would
        # lose the user's work
        for dialog in (self._check_dialog, self._measure_dialog):
            if dialog is not None and not dialog.isVisible():
                dialog.deleteLater()
        self._check_dialog = self._measure_dialog = None
        self._build()

    def show_about(self) -> None:
        """Version, licence and where the numbers come from."""
        AboutDialog(__version__, self).exec()

    def _require_plan(self) -> bool:
        if self.state.plan is None or self.state.hardware is None:
            self._on_state_message("error", self.tr("Nothing to export yet."))
            return False
        return True

    def copy_text(self) -> None:
        """Copy the breakdown as aligned plain text (app.export lays it out)."""
        if self._require_plan():
            assert self.state.plan is not None and self.state.hardware is not None
            QGuiApplication.clipboard().setText(
                breakdown_text(
                    self.state.model,
                    self.state.plan,
                    self.state.hardware,
                    self.state.binary_units,
                    self.state.context_figures(),
                    suggestions=self.state.suggestions(),
                    best_pick=self.state.best_pick(),
                )
            )

    def copy_markdown(self) -> None:
        """Copy the breakdown as a Markdown table for forums and bug reports."""
        if self._require_plan():
            assert self.state.plan is not None and self.state.hardware is not None
            QGuiApplication.clipboard().setText(
                breakdown_markdown(
                    self.state.model,
                    self.state.plan,
                    self.state.hardware,
                    self.state.binary_units,
                    self.state.workload,
                    self.state.context_figures(),
                    suggestions=self.state.suggestions(),
                    best_pick=self.state.best_pick(),
                )
            )

    def _ask_path(self, title: str, suffix: str, pattern: str) -> str:
        base = f"vramscope-{self.state.model.spec.model_id}-{self.state.format_id}.{suffix}"
        path, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / base), pattern)
        if path and not path.lower().endswith("." + suffix):
            path += "." + suffix
        return path

    def save_png(self, path: str = "") -> None:
        """Save the chart as a PNG (asks where when no ``path`` is given)."""
        path = path or self._ask_path(
            self.tr("Save chart as PNG"), "png", self.tr("PNG images (*.png)")
        )
        if path:
            self._write(lambda: self.save_chart(path))

    def save_svg(self, path: str = "") -> None:
        """Save the chart as an SVG (asks where when no ``path`` is given)."""
        path = path or self._ask_path(
            self.tr("Save chart as SVG"), "svg", self.tr("SVG images (*.svg)")
        )
        if path:
            self._write(lambda: self.save_chart(path))

    def save_chart(self, path: str) -> None:
        """Write the chart to ``path``: SVG by its suffix, else a raster image."""
        import pyqtgraph.exporters as exporters

        plot = self.chart.plot
        if path.lower().endswith(".svg"):
            # pyqtgraph 0.14's SVGExporter cannot parse Qt 6.11's path data; QSvgGenerator
            # renders the same scene as vectors
            from PySide6.QtCore import QRect, QSize
            from PySide6.QtGui import QPainter
            from PySide6.QtSvg import QSvgGenerator

            view = self.chart.plot_widget
            gen = QSvgGenerator()
            gen.setFileName(path)
            gen.setSize(QSize(view.width(), view.height()))
            gen.setViewBox(QRect(0, 0, view.width(), view.height()))
            gen.setTitle(self.chart.title.text())
            painter = QPainter(gen)
            view.render(painter)
            painter.end()
            # QSvgGenerator reports no error of its own (a read-only folder fails silently)
            if not Path(path).is_file():
                raise OSError(f"{path} was not written")
        else:
            exporter = exporters.ImageExporter(plot)
            # at least twice the on-screen size: sharp when pasted into a document or a post
            ratio = self.devicePixelRatioF()
            exporter.parameters()["width"] = int(
                max(self.chart.plot_widget.width(), 640) * max(ratio, 2)
            )
            exporter.export(path)

    def save_json(self, path: str = "") -> None:
        """Save the estimate in the ``vramscope estimate --json`` shape (app.export)."""
        if not self._require_plan():
            return
        assert self.state.plan is not None and self.state.hardware is not None
        path = path or self._ask_path(self.tr("Save JSON"), "json", self.tr("JSON files (*.json)"))
        if path:
            text = export.dumps(
                export.estimate_json(
                    self.state.model,
                    self.state.plan,
                    self.state.hardware,
                    self.state.workload,
                    suggestions=self.state.suggestions(),
                    best_pick=self.state.best_pick(),
                )
            )
            self._write(lambda: Path(path).write_text(text, encoding="utf-8"))

    def _write(self, fn: object) -> None:
        try:
            fn()  # type: ignore[operator]
        except (OSError, ValueError, RuntimeError) as exc:
            reason = error_text(exc, QCoreApplication.translate)
            self._on_state_message("error", self.tr("Could not save: %1").replace("%1", reason))

    # ----- drag and drop ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        """Accept drags that carry a local file (a model to open)."""
        if event.mimeData().hasUrls() and any(u.isLocalFile() for u in event.mimeData().urls()):
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        """Open the first dropped file; several at once would fight over the selection."""
        paths = [u.toLocalFile() for u in event.mimeData().urls() if u.isLocalFile()]
        if paths:
            event.acceptProposedAction()
            self.state.open_model_file(paths[0])

    # ----- closing ----------------------------------------------------------------------------

    def _save_layout(self) -> None:
        if self.settings is None:
            return
        self.settings.set("window/geometry", self.saveGeometry())
        self.settings.set("window/splitter", self.splitter.saveState())
        self.settings.set("window/right_splitter", self.right_splitter.saveState())

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        """Save the layout and the inputs: the next start opens where this one ended."""
        self._save_layout()
        self.state.save()
        event.accept()
