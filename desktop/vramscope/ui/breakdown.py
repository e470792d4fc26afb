"""The breakdown: the verdict in one sentence, then every term with bytes, device and formula."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, QSize, Qt
from PySide6.QtGui import QGuiApplication, QPalette, QResizeEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vramscope.app.advice import Suggestion
from vramscope.app.export import EstimateTable, markdown_table, placement_json, text_table
from vramscope.app.present import format_speed, format_tokens, render
from vramscope.app.present.verdicts import speed_assumptions
from vramscope.app.run_settings import (
    RunCommands,
    run_settings,
    run_settings_markdown,
    run_settings_text,
)
from vramscope.app.session import ModelChoice, RunSettings, tensor_split_for
from vramscope.app.table_cache import plan_category
from vramscope.core import Hardware, Plan, SpecError, Term

from . import texts
from .app import is_dark
from .state import EstimatorState

__all__ = ["BreakdownPanel", "breakdown_markdown", "breakdown_settings", "breakdown_text"]


def _rows(p: Plan, hw: Hardware, binary: bool) -> list[tuple[str, str, str, str]]:
    return [
        (
            texts.term_label(t.name),
            texts.device_label(t.device, hw),
            texts.size(t.bytes, binary),
            render(t.formula, QCoreApplication.translate),
        )
        for t in p.estimate.terms
        if t.bytes
    ]


def _totals(p: Plan, hw: Hardware, binary: bool) -> list[tuple[str, str]]:
    est = p.estimate
    out = [
        (texts.device_label(f"gpu{i}", hw), texts.size(est.device_bytes(f"gpu{i}"), binary))
        for i in range(est.n_gpus)
    ]
    # needed, not resident: the resident figure comes with its explanation (_ram_note); a run
    # that holds nothing in RAM (transformers, vLLM) is not shown "RAM 0 MiB"
    if est.needed_ram_bytes > 0 or not out:
        out.append((texts.device_label("ram", hw), texts.size(est.needed_ram_bytes, binary)))
    return out


def _ram_note(p: Plan, binary: bool) -> str:
    """Why a task manager will show more RAM than the totals say ("" when it will not)."""
    note = p.estimate.ram_note
    return render(note, QCoreApplication.translate, binary=binary) if note else ""


def _estimate_notes(p: Plan, binary: bool) -> list[str]:
    """The estimate's own notes (the training stack assumed, a QLoRA base that is not 4-bit...),
    as the command line prints them."""
    tr = QCoreApplication.translate
    return [render(note, tr, binary=binary) for note in p.estimate.notes]


def _context_lines(p: Plan, contexts: tuple[int, int] | None) -> list[str]:
    """The labelled "largest context" figures (as ``estimate --json`` has them): with this
    placement, with the placement chosen again for that context, and with everything on the GPU
    (llama.cpp only: elsewhere there is one placement). A figure of 0 is left out, and a plan that
    streams from disk has none: a context that "fits" at disk speed is no use to anyone."""
    if p.verdict == "disk_offload":
        return []

    lines = []
    if p.max_context_tokens:
        lines.append(
            QCoreApplication.translate(
                "BreakdownPanel", "Largest context with this placement: %1 tokens"
            ).replace("%1", f"{p.max_context_tokens:,}")
        )
    if contexts is not None and p.estimate.workload.runtime == "llama.cpp":
        reoptimised, all_gpu = contexts
        if reoptimised:
            lines.append(
                QCoreApplication.translate(
                    "BreakdownPanel", "Largest context if the placement is chosen for it: %1 tokens"
                ).replace("%1", f"{reoptimised:,}")
            )
        if all_gpu:
            lines.append(
                QCoreApplication.translate(
                    "BreakdownPanel", "Largest context with everything on the GPU: %1 tokens"
                ).replace("%1", f"{all_gpu:,}")
            )
    return lines


def _flags(gpu_layers: int, n_cpu_moe: int, kv_offload: bool) -> str:
    """A llama.cpp placement as it is typed (``-ngl``, ``--n-cpu-moe``, ``-nkvo``)."""
    return (
        f"-ngl {gpu_layers}"
        + (f" --n-cpu-moe {n_cpu_moe}" if n_cpu_moe else "")
        + ("" if kv_offload else " -nkvo")
    )


def _placement_lines(p: Plan, hw: Hardware, binary: bool) -> list[str]:
    """llama.cpp's placement in its own flags, why the optimiser chose it, and the next two
    placements with their speed and needed memory (``estimate --json``'s ``placement`` and
    ``alternatives``); nothing for other runtimes, without a GPU, or when no placement was chosen
    (the model does not fit, or streams from disk)."""
    est = p.estimate
    if est.workload.runtime != "llama.cpp" or not est.n_gpus:
        return []
    if p.verdict in ("does_not_fit", "disk_offload"):
        return []

    chosen = placement_json(p)
    lines = [
        QCoreApplication.translate("BreakdownPanel", "llama.cpp placement: %1").replace(
            "%1", _flags(chosen["gpu_layers"], chosen["n_cpu_moe"], chosen["kv_offload"])
        )
    ]
    why = "; ".join(
        render(note, QCoreApplication.translate, binary=binary) for note in p.placement_notes
    )
    if why:
        lines.append(
            QCoreApplication.translate("BreakdownPanel", "Why this placement: %1").replace(
                "%1", why
            )
        )
    gpu_name = (
        texts.device_label("gpu0", hw)
        if est.n_gpus == 1
        else QCoreApplication.translate("BreakdownPanel", "GPUs")
    )
    for a in p.alternatives:
        lines.append(
            QCoreApplication.translate(
                "BreakdownPanel", "Alternative: %1, about %2 tokens/s, needs %3 on %4 and %5 of RAM"
            )
            .replace("%1", _flags(a.gpu_layers, a.n_cpu_moe, a.kv_offload))
            .replace("%2", f"{a.decode_tokens_per_s:.1f}")
            .replace("%3", texts.size(a.needed_gpu_bytes, binary))
            .replace("%4", gpu_name)
            .replace("%5", texts.size(a.needed_ram_bytes, binary))
        )
    return lines


def _title(choice: ModelChoice, p: Plan) -> str:
    wl = p.estimate.workload
    return (
        f"{choice.name} · {p.estimate.weights_format.upper()} · {wl.runtime} · "
        + QCoreApplication.translate("BreakdownPanel", "%1 tokens").replace(
            "%1", f"{wl.context_tokens:,}"
        )
        + (f" × {wl.batch}" if wl.batch > 1 else "")
    )


def _run_commands(
    choice: ModelChoice, p: Plan, hw: Hardware, run: RunSettings | None
) -> RunCommands:
    """The settings that reproduce ``p`` (app.run_settings, as ``estimate --json`` has them),
    with the tensor split the plan was made with."""
    try:
        split = tensor_split_for(run, hw) if run is not None else None
    except SpecError:
        split = None  # a split that does not match the GPUs was not planned with
    return run_settings(choice, p, split or ())


def breakdown_settings(
    choice: ModelChoice, p: Plan, hw: Hardware, run: RunSettings | None = None
) -> str:
    """The run settings as plain text for the clipboard (the "Copy settings" button): labels in
    the user's language, command lines as they are typed."""
    return run_settings_text(_run_commands(choice, p, hw, run), QCoreApplication.translate)


def _table(
    choice: ModelChoice,
    p: Plan,
    hw: Hardware,
    binary: bool,
    run: RunSettings | None = None,
    contexts: tuple[int, int] | None = None,
    suggestions: Sequence[Suggestion] = (),
    best_pick: str | None = None,
) -> EstimateTable:
    """The estimate in the user's language, for app.export to lay out (``contexts``: the two
    largest-context figures, :meth:`EstimatorState.context_figures`; ``suggestions`` and
    ``best_pick``: :meth:`EstimatorState.suggestions` and :meth:`EstimatorState.best_pick`,
    as the Save JSON export has them)."""

    footer = (
        *_advice_lines(suggestions, best_pick),
        *_context_lines(p, contexts),
        *_placement_lines(p, hw, binary),
    )
    ram_note = _ram_note(p, binary)
    if ram_note:
        footer = (*footer, ram_note)
    footer = (*footer, *_estimate_notes(p, binary))
    return EstimateTable(
        title=_title(choice, p),
        sentence=texts.plan_sentence(p, binary),
        rows=_rows(p, hw, binary),
        totals=_totals(p, hw, binary),
        header=(
            QCoreApplication.translate("BreakdownPanel", "Term"),
            QCoreApplication.translate("BreakdownPanel", "Device"),
            QCoreApplication.translate("BreakdownPanel", "Size"),
            QCoreApplication.translate("BreakdownPanel", "Formula"),
        ),
        # Qt's %1/%2 become str.format fields; the braces of a translation are doubled first
        total_line=QCoreApplication.translate("BreakdownPanel", "Total on %1: %2")
        .replace("{", "{{")
        .replace("}", "}}")
        .replace("%1", "{device}")
        .replace("%2", "{size}"),
        total_word=QCoreApplication.translate("BreakdownPanel", "Total"),
        footer=footer,
        run_settings_markdown=run_settings_markdown(
            _run_commands(choice, p, hw, run), QCoreApplication.translate
        ),
    )


def _advice_lines(suggestions: Sequence[Suggestion], best_pick: str | None) -> list[str]:
    """The best pick of the model's row and what would make the plan fit, as the window shows
    them (the table's star, the lines under the verdict)."""
    lines = []
    if best_pick is not None:
        lines.append(
            QCoreApplication.translate("BreakdownPanel", "Best pick in the table: %1").replace(
                "%1", best_pick.upper()
            )
        )
    if suggestions:
        lines.append(QCoreApplication.translate("BreakdownPanel", "What would make it fit:"))
        lines += [s.text(QCoreApplication.translate) for s in suggestions]
    return lines


def breakdown_text(
    choice: ModelChoice,
    p: Plan,
    hw: Hardware,
    binary: bool,
    contexts: tuple[int, int] | None = None,
    *,
    suggestions: Sequence[Suggestion] = (),
    best_pick: str | None = None,
) -> str:
    """Plain text for the clipboard: title, sentence, aligned terms, totals, the best pick and
    what would make it fit, the context figures and the placement."""
    return text_table(
        _table(
            choice, p, hw, binary, contexts=contexts, suggestions=suggestions, best_pick=best_pick
        )
    )


def breakdown_markdown(
    choice: ModelChoice,
    p: Plan,
    hw: Hardware,
    binary: bool,
    run: RunSettings | None = None,
    contexts: tuple[int, int] | None = None,
    *,
    suggestions: Sequence[Suggestion] = (),
    best_pick: str | None = None,
) -> str:
    """Markdown for the clipboard (a table that pastes into forums and issues), with the best
    pick and what would make it fit, the context figures, the placement and the run settings
    section."""
    return markdown_table(
        _table(choice, p, hw, binary, run, contexts, suggestions=suggestions, best_pick=best_pick)
    )


# the term table's least height, in pixels: its header and about one row stay visible
_TABLE_MIN_HEIGHT = 56


class _FiguresArea(QScrollArea):
    """The figures under the verdict: as tall as their wrapped text where the panel has room,
    scrolled (never cut or overlapped) where it has not."""

    def __init__(self, label: QLabel) -> None:
        super().__init__()
        self.setWidget(label)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)

    def _text_height(self) -> int:
        label = self.widget()
        width = self.viewport().width() if self.isVisible() else self.width()
        return label.heightForWidth(max(width, 1)) if label is not None else 0

    def sizeHint(self) -> QSize:  # noqa: N802
        # the whole text: the term table below (stretch 1) takes the rest of the panel
        hint = super().sizeHint()
        hint.setHeight(max(self._text_height(), 0) + 2 * self.frameWidth())
        return hint

    def minimumSizeHint(self) -> QSize:  # noqa: N802
        # about three lines before the table gives up its rows, fewer for a shorter text
        hint = super().minimumSizeHint()
        lines = 3 * self.fontMetrics().lineSpacing()
        hint.setHeight(min(max(self._text_height(), 0), lines) + 2 * self.frameWidth())
        return hint


class BreakdownPanel(QWidget):
    """Sentence, key figures and the term table for the chosen model and format."""

    def __init__(self, state: EstimatorState, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._state = state
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.title = QLabel()
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        self.sentence = QLabel()
        self.sentence.setWordWrap(True)
        self.sentence.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.sentence.font()
        font.setPointSizeF(font.pointSizeF() * 1.15)
        font.setBold(True)
        self.sentence.setFont(font)
        self.sentence.setMargin(6)
        layout.addWidget(self.sentence)
        self.figures = QLabel()
        self.figures.setWordWrap(True)
        # the figures scroll in an area of their own: a splitter does not ask a wrapped label
        # for its height, so at 1024x768 a spill's placement, alternatives and notes were cut
        # mid-line and drawn under the "Copy settings" button (issue 14 screenshot review)
        self.figures_area = _FiguresArea(self.figures)
        layout.addWidget(self.figures_area)
        buttons = QHBoxLayout()
        self.copy_settings_button = QPushButton(self.tr("Copy settings"))
        self.copy_settings_button.setToolTip(
            self.tr(
                "Copy the settings that reproduce this estimate: the llama.cpp command line,"
                " Ollama's and LM Studio's settings, the vLLM command or the Python code."
            )
        )
        self.copy_settings_button.clicked.connect(self.copy_settings)
        buttons.addWidget(self.copy_settings_button)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        self.table = QTableWidget(0, 4)
        self.table.setHorizontalHeaderLabels(
            [
                self.tr("Term"),
                self.tr("Device"),
                self.tr("Size"),
                self.tr("Formula"),
            ]
        )
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(False)
        header = self.table.horizontalHeader()
        for col in range(3):
            header.setSectionResizeMode(col, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Memory breakdown"))
        self.table.setMinimumHeight(_TABLE_MIN_HEIGHT)
        layout.addWidget(self.table, 1)
        # what the table shows now: rebuilt only when this changes (the slider's hot path often
        # brings the same terms again, or new sizes for the same rows)
        self._table_key: tuple[object, ...] = ()
        self._texts_key: tuple[object, ...] = ()
        state.plan_changed.connect(self.refresh)
        state.units_changed.connect(self.refresh)
        state.hardware_changed.connect(self.refresh)
        state.suggestions_changed.connect(self._on_state_suggestions_changed)
        self.refresh()

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        super().resizeEvent(event)
        self._keep_sentence_height()
        self.figures_area.updateGeometry()  # its wrapped height depends on the width

    def _keep_sentence_height(self) -> None:
        """The verdict never shrinks below its wrapped height at the panel's width: in a short
        window the term table gives up rows first (issue 14: the headline was cut at 1024x768).
        A size policy cannot say this: it would ask for the height at the narrowest width."""
        width = max(self.width(), 1)
        need = self.sentence.heightForWidth(width)
        if need > 0 and need != self.sentence.minimumHeight():
            self.sentence.setMinimumHeight(need)

    def _on_state_suggestions_changed(self) -> None:
        self._texts_key = ()  # the same plan, with its alternatives now known
        self.refresh()

    def copy_settings(self) -> None:
        """Copy the run settings of the current plan (the same as ``estimate --json``'s
        ``run_settings``) to the clipboard."""
        st = self._state
        if st.plan is None or st.hardware is None:
            return
        QGuiApplication.clipboard().setText(
            breakdown_settings(st.model, st.plan, st.hardware, st.workload)
        )

    def refresh(self) -> None:
        st = self._state
        p, hw = st.plan, st.hardware
        self.copy_settings_button.setEnabled(p is not None and hw is not None)
        if p is None or hw is None:
            self.title.setText("")
            self.sentence.setText(st.plan_error or self.tr("Working…"))
            self.sentence.setStyleSheet("")
            self.figures.setText("")
            self.table.setRowCount(0)
            self._table_key = self._texts_key = ()
            return
        binary = st.binary_units
        key = (p, hw, binary, st.model.name, is_dark(), st.min_speed_tps)
        if key == self._texts_key:
            return  # the same plan again (a cached cell): nothing to redraw
        self._texts_key = key
        self.title.setText(_title(st.model, p))
        self.sentence.setText(texts.plan_sentence(p, binary))
        self._keep_sentence_height()
        category = plan_category(p.verdict, p.detail)
        fill, fg = texts.verdict_colors(is_dark()).get(category, (None, None))
        if fill is not None and fg is not None:
            sheet = (
                f"QLabel {{ background: {fill.name()}; color: {fg.name()}; border-radius: 4px; }}"
            )
            if sheet != self.sentence.styleSheet():  # restyling costs a polish of the label
                self.sentence.setStyleSheet(sheet)
        self.sentence.setToolTip(texts.category_hint(category))
        contexts = _context_lines(p, st.context_figures())
        if not contexts and p.verdict != "disk_offload":
            contexts = [self.tr("No context fits this way.")]
        fixes = st.suggestions()
        if fixes:  # under the verdict: what would make it fit (app.advice, as the CLI lists)
            contexts = [
                "<b>" + self.tr("What would make it fit:") + "</b>",
                *("• " + s.text(QCoreApplication.translate) for s in fixes),
                *contexts,
            ]
        figures: list[str] = []
        if p.speed is not None:
            figures.append(
                self.tr("Generation: about %1 tokens/s").replace(
                    "%1", format_speed(p.speed.decode_tokens_per_s)
                )
            )
            if p.speed.prefill_tokens_per_s:
                figures.append(
                    self.tr("prompt: about %1 tokens/s").replace(
                        "%1", format_speed(p.speed.prefill_tokens_per_s)
                    )
                )
        est = p.estimate
        if est.workload.runtime == "llama.cpp" and est.n_gpus:
            figures.append(
                self.tr("GPU layers: %1 of %2")
                .replace("%1", str(est.gpu_layers))
                .replace("%2", str(est.model.n_layers + 1))
            )
        totals = " · ".join(f"{d} {s}" for d, s in _totals(p, hw, binary))
        likely = []
        if est.n_gpus:
            gpu_name = texts.device_label("gpu0", hw) if est.n_gpus == 1 else self.tr("GPUs")
            likely.append(f"{gpu_name} {texts.band_range(p.gpu_band, binary)}")
        if p.ram_band.high_bytes:
            ram_band = texts.band_range(p.needed_ram_band, binary)
            likely.append(f"{texts.device_label('ram', hw)} {ram_band}")
        self.figures.setText(
            "".join(f"{line}<br>" for line in [*contexts, "; ".join(figures)] if line)
            + self.tr("Totals: %1").replace("%1", totals)
            + "<br>"
            + self.tr("Likely range: %1").replace("%1", " · ".join(likely))
            + "".join(f"<br>{line}" for line in _placement_lines(p, hw, binary))
            + (f"<br>{ram_note}" if (ram_note := _ram_note(p, binary)) else "")
            + "".join(f"<br>{note}" for note in _estimate_notes(p, binary))
        )
        self.figures_area.updateGeometry()  # a new text, a new height
        self.figures.setToolTip(
            self.tr(
                "The likely range comes from how far measured runs were from the estimate, "
                "term by term (modelled terms carry a band; exact ones do not)."
            )
        )
        if p.speed is not None:
            self.figures.setToolTip(
                self.figures.toolTip()
                + "\n\n"
                + self.tr("Speed assumptions:")
                + "\n"
                + "\n".join(speed_assumptions(p, QCoreApplication.translate, binary=binary))
            )
        rows = [t for t in est.terms if t.bytes]
        self.ctx_label = format_tokens(est.workload.context_tokens)
        table_key = (tuple(rows), hw.gpus, binary)
        if table_key == self._table_key:
            return
        self._table_key = table_key
        self.table.setUpdatesEnabled(False)
        try:
            self._fill_table(rows, hw, binary)
        finally:
            self.table.setUpdatesEnabled(True)

    def _fill_table(self, rows: list[Term], hw: Hardware, binary: bool) -> None:
        if self.table.rowCount() != len(rows):
            self.table.setRowCount(len(rows))
        for r, t in enumerate(rows):
            formula = render(t.formula, QCoreApplication.translate)
            items = [
                QTableWidgetItem(texts.term_label(t.name)),
                QTableWidgetItem(texts.device_label(t.device, hw)),
                QTableWidgetItem(texts.size(t.bytes, binary)),
                QTableWidgetItem(formula),
            ]
            items[2].setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            tip = formula + (
                "\n" + self.tr("Source: %1").replace("%1", t.source) if t.source else ""
            )
            tip += "\n" + (
                self.tr("Exact arithmetic") if t.exact else self.tr("Modelled (measured constants)")
            )
            for col, item in enumerate(items):
                item.setToolTip(tip)
                if not t.exact and col == 2:
                    item.setForeground(self.palette().color(QPalette.ColorRole.PlaceholderText))
                old = self.table.item(r, col)
                if old is not None and _same_item(old, item):
                    continue  # same text, tooltip and colour: keep the item (no relayout)
                self.table.setItem(r, col, item)


def _same_item(a: QTableWidgetItem, b: QTableWidgetItem) -> bool:
    return (
        a.text() == b.text()
        and a.toolTip() == b.toolTip()
        and a.foreground() == b.foreground()
        and a.textAlignment() == b.textAlignment()
    )
