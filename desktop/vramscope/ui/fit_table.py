"""The fit table: models (or sizes) against weight formats, each cell coloured by verdict."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QRect,
    QSize,
    Qt,
    QTimer,
)
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetricsF,
    QPainter,
    QPalette,
    QPen,
    QResizeEvent,
    QStaticText,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from vramscope.app.advice import best_pick
from vramscope.app.present import format_speed, format_tokens, render
from vramscope.app.session import ModelChoice
from vramscope.app.table_cache import Cell, CellKey
from vramscope.app.table_filter import TableFilter, families, visible_rows
from vramscope.core import Note, WeightFormat

from . import texts
from .app import is_dark
from .flow_layout import FlowLayout
from .state import EstimatorState
from .table_find import FindBar, load_filter, save_filter

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["FitTable", "FitTableModel", "file_format_label"]

# Roles the tests and the view read without parsing display text: the (row key, format id)
# of a cell, its colour class, the Cell itself, and whether it shows an older context.
# The best pick's marker (app.advice.best_pick): a star before its first line and tooltip line
BEST_PICK_MARK = "★ "
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
CATEGORY_ROLE = Qt.ItemDataRole.UserRole + 2
CELL_ROLE = Qt.ItemDataRole.UserRole + 3
STALE_ROLE = Qt.ItemDataRole.UserRole + 4
# Wide enough for "12.3 GB" / "max 128k" / "45 tok/s" at 90% of the default font; a fixed
# size spares the view from measuring hundreds of cells on every reset.
_CELL_SIZE = QSize(104, 54)
# The narrowest a format's column gets (a 1024x768 window shows the usual 8 formats without a
# sideways scroll bar): "✓ 18.2 GB", "max 128k" and "~101" at 90% of the default font, about
# 60 px measured with Qt's default 9 pt sans. Narrower than the full text, a cell drops the
# speed's likely range (its tooltip keeps it) and puts the best pick's star in its corner.
_COMPACT_CELL_WIDTH = 68
# room around a cell's text (its frame and the chosen cell's 3 px border)
_CELL_PAD = 6
# widest model-name column, in pixels: "Qwen2.5 Coder 14B" fits, longer names elide
_ROW_HEADER_MAX_WIDTH = 150
# ... and in a table too narrow for every column at full width: the names elide sooner (their
# tooltips name them in full), the cells keep the room
_ROW_HEADER_NARROW_WIDTH = 110

_Index = QModelIndex | QPersistentModelIndex


def _short_label(label: str) -> str:
    """'Q4_K_M (GGUF)' -> 'Q4_K_M'; the full label goes to the header's tooltip. Chinese
    writes the bracket full-width with no space ('NF4（bitsandbytes，双重量化）'): cut there too,
    or the header is the whole label, elided to 'F4（bitsandbytes，双重量化' (issue 14 review)."""
    cut = min((i for i in (label.find(" ("), label.find("（")) if i > 0), default=len(label))
    return label[:cut].rstrip()


def _compact_speed(cell: Cell) -> str:
    """The speed a narrow cell shows, "~52" (the figure of "~52 (44-60)")."""
    speed = cell.plan.speed if cell.plan is not None else None
    if speed is not None:
        mid = format_speed(speed.decode_tokens_per_s)
        return QCoreApplication.translate("Speed", "~{tps}").format(tps=mid)
    return format_speed(cell.tokens_per_s) if cell.tokens_per_s is not None else ""


def file_format_label(fmt: WeightFormat) -> str:
    """A file's own format in a few characters: 'Q4_K_M', or 'Q8_0 mix' for a GGUF whose file
    type llama.cpp does not name (ModelChoice.file_weight_format labels it by its main type)."""
    if fmt.label.code == "format_label.gguf_mixed":
        main = str(dict(fmt.label.params).get("main_type", ""))
        return QCoreApplication.translate("FitTableModel", "%1 mix").replace("%1", main)
    return _short_label(texts.format_label(fmt))


class FitTableModel(QAbstractTableModel):
    """Rows are the state's rows, columns its formats; data comes from the state's cells."""

    def __init__(self, state: EstimatorState) -> None:
        super().__init__(state)
        self._state = state
        self.colors = texts.verdict_colors(is_dark())
        # formatted cell text by cell identity: the delegate paints every visible cell on every
        # slider step, and the same cached cells come back as the slider moves to and fro
        self._texts: dict[int, tuple[Cell, str]] = {}
        self._compact: dict[int, tuple[Cell, str]] = {}  # the same for narrow columns
        # the rows shown, as indices into state.rows in display order (app.table_filter): the
        # filter hides and orders rows, it never touches a cell
        self.filter = TableFilter()
        self._order: list[int] = []
        self._view_row: dict[int, int] = {}
        self._update_order()
        state.table_reset.connect(self._on_state_table_reset)
        state.table_row_changed.connect(self._on_state_row_changed)
        state.cells_changed.connect(self._on_state_cells_changed)
        state.units_changed.connect(self._on_state_table_reset)
        state.inputs_changed.connect(self._on_state_selection_changed)

    def refresh_colors(self) -> None:
        """Take the verdict colours of the current (light or dark) theme."""
        self.colors = texts.verdict_colors(is_dark())
        self._on_state_table_reset()

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One row per model the filter shows (a flat table: no children)."""
        return 0 if parent.isValid() else len(self._order)

    def row_choice(self, row: int) -> ModelChoice:
        """The model shown in table row ``row`` (the filter's order, not the state's)."""
        return self._state.rows[self._order[row]]

    def set_filter(self, f: TableFilter) -> None:
        """Show the rows ``f`` lets through, in its order."""
        if f != self.filter:
            self.filter = f
            self._refilter()

    def _compute_order(self) -> list[int]:
        st = self._state
        if st.row_source == "model":  # the chosen model alone: nothing to filter
            return list(range(len(st.rows)))
        formats = [f.id for f in st.formats]
        return visible_rows(st.rows, st.cells, formats, self.filter, keep=st.model.key)

    def _update_order(self) -> None:
        self._order = self._compute_order()
        self._view_row = {src: i for i, src in enumerate(self._order)}

    def _refilter(self) -> bool:
        """Recompute the shown rows; True (after a reset) when they changed."""
        order = self._compute_order()
        if order == self._order:
            return False
        self.beginResetModel()
        self._order = order
        self._view_row = {src: i for i, src in enumerate(order)}
        self.endResetModel()
        return True

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        """One column per weight format the runtime loads."""
        return 0 if parent.isValid() else len(self._state.formats)

    def file_rows_of(self, format_id: str) -> list[str]:
        """The names of the opened files among the rows whose own format is ``format_id``: its
        column is headed "(file)", and those rows' cells there use the file's real tensors."""
        return [
            r.name
            for r in self._state.rows
            if r.kind == "file" and r.file_layout is not None and r.file_format == format_id
        ]

    def cell(self, index: _Index) -> Cell | None:
        """The computed cell at ``index``; None while it is being computed."""
        if not index.isValid():
            return None
        row = self.row_choice(index.row())
        fmt = self._state.formats[index.column()]
        return self._state.cells.get((row.key, fmt.id))

    def best_pick(self, row_key: str) -> str | None:
        """The row's best pick (app.advice, as ``vramscope fit`` marks it) once every cell of
        the row is computed; None before, or when no format is usable."""
        cells: dict[str, Cell] = {}
        for fmt in self._state.formats:
            cell = self._state.cells.get((row_key, fmt.id))
            if cell is None:
                return None
            cells[fmt.id] = cell
        return best_pick(cells, self._state.min_speed_tps)

    def is_best_pick(self, key: CellKey) -> bool:
        return self.best_pick(key[0]) == key[1]

    def display_text(self, key: CellKey, cell: Cell) -> str:
        """The cell's lines, the best pick's first line starred."""
        text = self.cell_text(cell)
        return BEST_PICK_MARK + text if self.is_best_pick(key) else text

    def cell_text(self, cell: Cell) -> str:
        """The cell's lines (total, largest context, speed), formatted once per cell."""
        found = self._texts.get(id(cell))
        # the id of a freed cell can be reused: the stored cell must be this very one
        if found is not None and found[0] is cell:
            return found[1]
        if len(self._texts) > 20_000:  # many settings visited: start again
            self._texts.clear()
        text = self._format_cell(cell)
        self._texts[id(cell)] = (cell, text)
        return text

    def compact_text(self, cell: Cell) -> str:
        """The cell's lines for a narrow column: the speed without its likely range (the
        tooltip keeps it), and no best-pick star (the delegate marks the cell's corner)."""
        found = self._compact.get(id(cell))
        if found is not None and found[0] is cell:
            return found[1]
        if len(self._compact) > 20_000:
            self._compact.clear()
        text = self._format_cell(cell, compact=True)
        self._compact[id(cell)] = (cell, text)
        return text

    def _format_cell(self, cell: Cell, *, compact: bool = False) -> str:
        binary = self._state.binary_units
        if cell.error:
            return "—"
        # GPU and RAM together: what the model needs wherever it lands; the colour says where.
        # Needed, not resident: reclaimable mapped pages would make Q4_K_M look bigger than Q6_K.
        total = cell.needed_bytes
        # the verdict's symbol first: the colour alone does not say it (issue 14 item 7)
        symbol = texts.category_symbol(cell.category)
        lines = [f"{symbol} {texts.size(total, binary)}" if symbol else texts.size(total, binary)]
        if cell.max_context_tokens:
            lines.append(self.tr("max %1").replace("%1", format_tokens(cell.max_context_tokens)))
        # the caption names the unit once: "~52 (44-60)" fits a cell, "~52 tok/s (44-60)" not
        speed = texts.plan_speed_text(cell.plan, cell.tokens_per_s, unit=False)
        if compact:
            speed = _compact_speed(cell)
        if speed:
            lines.append(speed)
        return "\n".join(lines)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        """Text, colours, tooltip and the custom roles of one cell."""
        if not index.isValid():
            return None
        row = self.row_choice(index.row())
        fmt = self._state.formats[index.column()]
        key = (row.key, fmt.id)
        cell = self._state.cells.get(key)
        if role == KEY_ROLE:
            return key
        if role == CELL_ROLE:
            return cell
        if role == STALE_ROLE:
            return self._state.cell_is_stale(key)
        if cell is None:
            # not computed yet: the worker fills the selected row first, then the rest
            if role == Qt.ItemDataRole.DisplayRole:
                return "…"
            if role == Qt.ItemDataRole.ToolTipRole:
                return self.tr("Computing…")
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.display_text(key, cell)
        if role == CATEGORY_ROLE:
            return cell.category
        if role == Qt.ItemDataRole.BackgroundRole:
            return self.colors[cell.category][0]
        if role == Qt.ItemDataRole.ForegroundRole:
            return self.colors[cell.category][1]
        if role == Qt.ItemDataRole.ToolTipRole:
            if cell.error and fmt.label.code == "format_label.gguf_mixed":
                # a file's unnamed mix: no other model has it, so its other cells are empty
                return self.tr("Only your file %1 has this mix of types").replace(
                    "%1", ", ".join(self.file_rows_of(fmt.id))
                )
            tip = self._tooltip(row.name, texts.format_label(fmt), cell)
            if self.is_best_pick(key):
                note = Note.of("advice.best_pick", min_tps=self._state.min_speed_tps)
                tip += "<br>" + BEST_PICK_MARK + render(note, QCoreApplication.translate)
            return tip
        if role == Qt.ItemDataRole.AccessibleTextRole:
            # screen readers cannot see the colour: say the verdict in words
            return f"{row.name}, {texts.format_label(fmt)}: {texts.category_label(cell.category)}"
        return None

    def _tooltip(self, model: str, fmt: str, cell: Cell) -> str:
        binary = self._state.binary_units
        head = f"<b>{model}</b> · {fmt}<br>"
        if cell.error:
            return head + texts.category_hint("error") + "<br><i>" + cell.error + "</i>"
        lines = [
            f"<b>{texts.category_label(cell.category)}</b>: {texts.category_hint(cell.category)}"
        ]
        if cell.plan is not None:
            lines.append(texts.plan_sentence(cell.plan, binary))
        lines.append(
            self.tr("GPU %1 · RAM %2")
            .replace("%1", texts.size(cell.peak_gpu_bytes, binary))
            .replace("%2", texts.size(cell.needed_ram_bytes, binary))
        )
        ram_note = cell.plan.estimate.ram_note if cell.plan is not None else None
        if ram_note is not None:  # why a task manager would show more RAM
            lines.append(render(ram_note, QCoreApplication.translate, binary=binary))
        lines.append(
            self.tr("Context %1 tokens; largest that fits: %2 tokens")
            .replace("%1", f"{cell.context_tokens:,}")
            .replace("%2", f"{cell.max_context_tokens:,}")
        )
        lines.append("<i>" + self.tr("Click to chart and break this down") + "</i>")
        return head + "<br>".join(lines)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        """Format names across, model names down (the chosen model in bold)."""
        if orientation == Qt.Orientation.Horizontal:
            if section >= len(self._state.formats):
                return None
            fmt = self._state.formats[section]
            files = self.file_rows_of(fmt.id)
            if role == Qt.ItemDataRole.DisplayRole:
                if files:  # the opened file's own format (issue 14 item 11), on two lines:
                    # a narrow window's columns (1024 px) clip "Q4_K_M (file)" on one
                    return file_format_label(fmt) + "\n" + self.tr("(file)")
                return _short_label(texts.format_label(fmt))
            if role == Qt.ItemDataRole.ToolTipRole:
                if files:
                    return (
                        texts.format_label(fmt)
                        + "\n"
                        + self.tr(
                            "The format of your file %1: its row uses the file's real tensor "
                            "sizes, the other rows are estimated for this format"
                        ).replace("%1", ", ".join(files))
                    )
                return texts.format_label(fmt)
            return None
        if section >= len(self._order):
            return None
        row = self.row_choice(section)
        if role == Qt.ItemDataRole.DisplayRole:
            return row.name
        if role == Qt.ItemDataRole.ToolTipRole:
            # a preset is a size class: say which real model's architecture it borrows
            if row.kind == "preset":
                return self.tr("Architecture of %1").replace("%1", row.based_on)
            if row.kind == "file":  # which file on disk this row was read from
                return self.tr("Your model file: %1").replace("%1", row.key.split(":", 1)[1])
            return row.name
        if role == Qt.ItemDataRole.FontRole and row.key == self._state.model.key:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _on_state_table_reset(self) -> None:
        self._texts.clear()  # units or language may have changed
        self._compact.clear()
        self.beginResetModel()
        self._update_order()
        self.endResetModel()

    def _on_state_cells_changed(self) -> None:
        # same rows and columns, new values: one dataChanged repaints without a model reset,
        # so the scroll position and the focus survive the slider (unless the new values
        # change which rows the filter shows)
        if self.filter.uses_cells and self._refilter():
            return
        if self.rowCount() and self.columnCount():
            last = self.index(self.rowCount() - 1, self.columnCount() - 1)
            self.dataChanged.emit(self.index(0, 0), last)

    def _on_state_row_changed(self, source_row: int) -> None:
        # a row's cells arrived: they may decide whether the filter shows it, or its place
        if self.filter.uses_cells and self._refilter():
            return
        row = self._view_row.get(source_row, -1)
        if 0 <= row < self.rowCount() and self.columnCount():
            self.dataChanged.emit(self.index(row, 0), self.index(row, self.columnCount() - 1))

    def _on_state_selection_changed(self) -> None:
        # the bold row header and the framed cell follow the chosen model and format; the
        # chosen model is always shown, whatever the filter
        if self._refilter():
            return
        if self.rowCount() and self.columnCount():
            self.headerDataChanged.emit(Qt.Orientation.Vertical, 0, self.rowCount() - 1)
            self.dataChanged.emit(
                self.index(0, 0), self.index(self.rowCount() - 1, self.columnCount() - 1)
            )


class _CellDelegate(QStyledItemDelegate):
    """Paints the verdict colour, two lines of text, a frame on the chosen cell, and dims cells
    still showing the previous context's result."""

    def __init__(self, state: EstimatorState, model: FitTableModel, parent: QWidget) -> None:
        super().__init__(parent)
        self._state = state
        self._model = model
        self._font: QFont | None = None
        self._line_height = 0.0
        # laid-out text per cell text: QStaticText skips the layout drawText does on every
        # paint (the largest cost of repainting the table while the slider moves)
        self._static: dict[str, list[QStaticText]] = {}

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: _Index) -> None:
        """Fill, frame and centred text of one cell."""
        painter.save()
        # one lookup per cell instead of a data() call per role: this runs for every visible
        # cell on every slider step
        rect: QRect = option.rect
        pal: QPalette = option.palette
        st = self._state
        key = (self._model.row_choice(index.row()).key, st.formats[index.column()].id)
        cell = st.cells.get(key)
        colors = self._model.colors.get(cell.category) if cell is not None else None
        fill = colors[0] if colors else pal.color(QPalette.ColorRole.Base)
        text_color = colors[1] if colors else pal.color(QPalette.ColorRole.Text)
        if st.cell_is_stale(key):
            # an older context's answer stays visible but faded until the new one arrives
            fill = QColor(fill)
            fill.setAlphaF(0.45)
        painter.fillRect(rect.adjusted(1, 1, -1, -1), fill)
        chosen = key == (self._state.model.key, self._state.format_id)
        state_flags = option.state
        if chosen or state_flags & QStyle.StateFlag.State_HasFocus:
            pen = QPen(pal.color(QPalette.ColorRole.Highlight) if chosen else text_color)
            pen.setWidth(3 if chosen else 1)
            if not chosen:
                pen.setStyle(Qt.PenStyle.DotLine)
            painter.setPen(pen)
            painter.drawRect(rect.adjusted(2, 2, -3, -3))
        painter.setPen(text_color)
        if self._font is None:
            # the font is fixed for the delegate's life; the static texts are laid out for it
            self._font = QFont(option.font)
            self._font.setPointSizeF(self._font.pointSizeF() * 0.9)
            self._line_height = QFontMetricsF(self._font).lineSpacing()
            self._static.clear()
        painter.setFont(self._font)
        text = self._model.display_text(key, cell) if cell is not None else "…"
        lines = self._lines(text, painter)
        star = False
        if cell is not None and max(s.size().width() for s in lines) + _CELL_PAD > rect.width():
            # a narrow column (a 1024 px window): the lines that fit, the star in a corner
            lines = self._lines(self._model.compact_text(cell), painter)
            star = self._model.is_best_pick(key)
        h = self._line_height
        y = rect.top() + (rect.height() - h * len(lines)) / 2
        cx = rect.left() + rect.width() / 2
        for static in lines:
            painter.drawStaticText(QPointF(cx - static.size().width() / 2, y), static)
            y += h
        if star:
            # bottom left: beside the short speed line, clear of the wide size line
            mark = self._lines(BEST_PICK_MARK.strip(), painter)[0]
            painter.drawStaticText(QPointF(rect.left() + 3, rect.bottom() - h - 1), mark)
        painter.restore()

    def _lines(self, text: str, painter: QPainter) -> list[QStaticText]:
        """``text``'s lines laid out once for the cell font (set by paint first)."""
        lines = self._static.get(text)
        if lines is None:
            assert self._font is not None
            if len(self._static) > 5000:
                self._static.clear()
            lines = []
            for part in text.split("\n"):
                static = QStaticText(part)
                static.setTextFormat(Qt.TextFormat.PlainText)
                static.prepare(painter.transform(), self._font)
                lines.append(static)
            self._static[text] = lines
        return lines

    def sizeHint(self, option: QStyleOptionViewItem, index: _Index) -> QSize:  # noqa: N802
        """Every cell has the same size (see :data:`_CELL_SIZE`)."""
        return _CELL_SIZE


class FitTable(QWidget):
    """Rows chooser, the table, a legend and a progress line."""

    def __init__(
        self,
        state: EstimatorState,
        parent: QWidget | None = None,
        *,
        settings: Settings | None = None,
    ) -> None:
        super().__init__(parent)
        self._state = state
        # where the sort and filters are kept between runs (None: not kept)
        self._settings = settings
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        # a flow, not a row: in a narrow window the search and the Rows box wrap onto a second
        # line instead of setting the window's minimum width (issue 14: 1024x768)
        top = FlowLayout(spacing=8)
        self.title = QLabel(self.tr("<b>What fits</b>"))
        top.addWidget(self.title)
        # search, sort, filters and classics share the title's line: no height taken from the
        # rows at 1280x720
        self.find_bar = FindBar()
        self.find_bar.changed.connect(self._on_filter_changed)
        top.addWidget(self.find_bar)
        self.rows_label = QLabel(self.tr("R&ows:"))
        self.rows_combo = QComboBox()
        for source, text in (
            ("presets", self.tr("Model sizes")),
            ("catalog", self.tr("Whole catalog")),
            ("model", self.tr("Chosen model")),
        ):
            self.rows_combo.addItem(text, source)
        self.rows_label.setBuddy(self.rows_combo)
        self.rows_combo.setToolTip(self.tr("What the table's rows are"))
        self.rows_combo.currentIndexChanged.connect(self._on_rows_changed)
        rows_box = QWidget()
        rows_row = QHBoxLayout(rows_box)
        rows_row.setContentsMargins(0, 0, 0, 0)
        rows_row.addWidget(self.rows_label)
        rows_row.addWidget(self.rows_combo)
        top.addWidget(rows_box)
        layout.addLayout(top)

        self.model = FitTableModel(state)
        self.view = QTableView()
        self.view.setModel(self.model)
        self.view.setItemDelegate(_CellDelegate(state, self.model, self.view))
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        # tooltips follow the pointer cell by cell without a click
        self.view.setMouseTracking(True)
        self.view.setWordWrap(False)
        # columns share the width; the minimum keeps "12.3 GB" readable in a narrow window
        self.view.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
        self.view.horizontalHeader().setMinimumSectionSize(_COMPACT_CELL_WIDTH)
        # model names elide past this width: a long name must not take the cells' room
        self.view.verticalHeader().setMaximumWidth(_ROW_HEADER_MAX_WIDTH)
        self.view.setTextElideMode(Qt.TextElideMode.ElideMiddle)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Fixed)
        self.view.verticalHeader().setDefaultSectionSize(_CELL_SIZE.height())
        self.view.setAccessibleName(self.tr("Fit table"))
        # a click, or Enter on the focused cell for keyboard users, selects that model and format
        self.view.clicked.connect(self._on_view_clicked)
        self.view.activated.connect(self._on_view_clicked)
        layout.addWidget(self.view, 1)

        self.legend = FlowLayout(spacing=10)
        self._legend_chips: list[QLabel] = []
        layout.addLayout(self.legend)
        self._build_legend()
        self.status = QLabel()
        self.status.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        # the status line counts fresh cells: coalesce the many signals into one count
        self._status_timer = QTimer(self)
        self._status_timer.setSingleShot(True)
        self._status_timer.setInterval(40)
        self._status_timer.timeout.connect(self._update_status)
        state.inputs_changed.connect(self._on_state_inputs_changed)
        state.table_reset.connect(self._on_state_rows_reset)
        for signal in (
            state.table_reset,
            state.table_row_changed,
            state.cells_changed,
            state.context_changed,
            state.busy_changed,
        ):
            signal.connect(self._on_state_table_changed)
        self._on_state_inputs_changed()
        if settings is not None:
            # after the rows: the saved family is offered only once the rows name it
            self.find_bar.set_filter(load_filter(settings))

    def _build_legend(self) -> None:
        colors = texts.verdict_colors(is_dark())
        for cat in texts.CATEGORIES:
            fill, fg = colors[cat]
            chip = QLabel(f"{texts.category_symbol(cat)} {texts.category_label(cat)}")
            chip.setStyleSheet(
                f"QLabel {{ background: {fill.name()}; color: {fg.name()};"
                " border-radius: 3px; padding: 2px 6px; }"
            )
            chip.setToolTip(texts.category_hint(cat))
            self.legend.addWidget(chip)
            self._legend_chips.append(chip)
        self.legend.addStretch(1)

    def refresh_colors(self) -> None:
        """Recolour cells and legend after a theme change."""
        self.model.refresh_colors()
        # the chips carry their colours in style sheets: rebuild them rather than restyle
        for chip in self._legend_chips:
            chip.deleteLater()
        self._legend_chips.clear()
        while self.legend.count():
            self.legend.takeAt(0)
        self._build_legend()

    def _on_filter_changed(self, f: object) -> None:
        if isinstance(f, TableFilter):
            self.model.set_filter(f)
            self._on_state_table_changed()
            if self._settings is not None:
                save_filter(self._settings, f)

    def _on_rows_changed(self, _index: int) -> None:
        self._state.set_row_source(str(self.rows_combo.currentData()))

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        """Narrow the model names' column when the formats' columns need the room."""
        super().resizeEvent(event)
        self._fit_row_header()

    def _fit_row_header(self) -> None:
        full = _ROW_HEADER_MAX_WIDTH + self.model.columnCount() * _CELL_SIZE.width()
        narrow = self.view.width() < full
        self.view.verticalHeader().setMaximumWidth(
            _ROW_HEADER_NARROW_WIDTH if narrow else _ROW_HEADER_MAX_WIDTH
        )

    def _on_view_clicked(self, index: QModelIndex) -> None:
        key = index.data(KEY_ROLE)
        if isinstance(key, tuple):
            self._state.select_cell(key[0], key[1])

    def _on_state_inputs_changed(self) -> None:
        i = self.rows_combo.findData(self._state.row_source)
        if i >= 0 and i != self.rows_combo.currentIndex():
            # mirroring the state must not echo back into it as a user choice
            self.rows_combo.blockSignals(True)
            self.rows_combo.setCurrentIndex(i)
            self.rows_combo.blockSignals(False)
        self._on_state_rows_reset()
        self._on_state_table_changed()

    def _on_state_rows_reset(self) -> None:
        self._fit_row_header()  # the number of formats may have changed
        self.find_bar.set_families(families(self._state.rows))
        # the chosen model alone needs no finding
        self.find_bar.setEnabled(self._state.row_source != "model")

    def _on_state_table_changed(self, *_args: object) -> None:
        if not self._status_timer.isActive():
            self._status_timer.start()

    def _update_status(self) -> None:
        st = self._state
        total = len(st.rows) * len(st.formats)
        # cells still showing the previous context count as not done
        fresh = sum(1 for k in st.cells if not st.cell_is_stale(k))
        ctx = format_tokens(st.context)
        if st.hardware is None:
            text = self.tr("Waiting for the hardware…")
        elif fresh < total:
            text = (
                self.tr("Computing %1 of %2 cells for %3 tokens…")
                .replace("%1", str(fresh))
                .replace("%2", str(total))
                .replace("%3", ctx)
            )
        else:
            text = self.tr(
                "Context %1 tokens per sequence (each row up to its own maximum); speed in "
                "tokens/s, the likely range in brackets."
            ).replace("%1", ctx)
        shown = self.model.rowCount()
        if shown < len(st.rows):  # the filters hide rows: say so, or they look missing
            text = (
                self.tr("%1 of %2 models shown.")
                .replace("%1", str(shown))
                .replace("%2", str(len(st.rows)))
                + " "
                + text
            )
        self.status.setText(text)
