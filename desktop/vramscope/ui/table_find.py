"""The fit table's search box, sort order, filters and "Classics" toggle (issue 14 item 10).

A thin adapter: the widgets build an :class:`app.table_filter.TableFilter`, and the table's
model applies it (app.table_filter.visible_rows), so the logic is tested without Qt and the
command line can reuse it. Filters only hide and order rows; no number changes.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLineEdit,
    QMenu,
    QToolButton,
    QWidget,
    QWidgetAction,
)

from vramscope.app.table_filter import TableFilter

if TYPE_CHECKING:
    from .settings import Settings

__all__ = ["FindBar", "load_filter", "save_filter"]

# The size filter's spin boxes, in billions of parameters: up to the largest catalog models
# (DeepSeek-V3's 671B, Qwen3.5's 397B) with room to spare; 0 means "no bound".
_MAX_SIZE_B = 2000.0
_GIGA = 1_000_000_000


class FindBar(QWidget):
    """Search, sort, filters and classics in one line above the table; ``changed`` carries
    the new filter."""

    changed = Signal(object)  # TableFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)

        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search models…"))
        self.search.setClearButtonEnabled(True)
        self.search.setToolTip(self.tr("Show the rows whose name contains every word typed"))
        self.search.setAccessibleName(self.tr("Search models"))
        self.search.textChanged.connect(self._emit)
        # packed to the left: when the table is wider than a small window and scrolls
        # sideways, the search and the toggles stay in view
        self.search.setMinimumWidth(80)
        self.search.setMaximumWidth(260)
        row.addWidget(self.search, 1)

        self.sort = QComboBox()
        for key, text in (
            ("size", self.tr("Smallest first")),
            ("size_desc", self.tr("Largest first")),
            ("speed", self.tr("Fastest first")),
            ("context", self.tr("Longest context first")),
            ("release", self.tr("Newest first")),
            ("catalog", self.tr("Catalog order")),
        ):
            self.sort.addItem(text, key)
        self.sort.setToolTip(self.tr("Order of the rows"))
        self.sort.setAccessibleName(self.tr("Sort rows"))
        self.sort.currentIndexChanged.connect(self._emit)
        row.addWidget(self.sort)

        # the less used filters sit in a drop-down, so the bar fits a 1024 px window
        self.filters_button = QToolButton()
        self.filters_button.setText(self.tr("Filters"))
        self.filters_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        menu = QMenu(self.filters_button)
        panel = QWidget(menu)
        form = QFormLayout(panel)
        self.fits_gpu = QCheckBox(self.tr("Fits on the GPU"))
        self.fits_gpu.setToolTip(self.tr("Only models with a format that runs all on the GPU"))
        form.addRow(self.fits_gpu)
        self.min_tps = QDoubleSpinBox()
        self.min_tps.setRange(0.0, 1000.0)
        self.min_tps.setDecimals(0)
        self.min_tps.setSpecialValueText(self.tr("any"))
        self.min_tps.setSuffix(self.tr(" tok/s"))
        form.addRow(self.tr("At least:"), self.min_tps)
        self.family = QComboBox()
        self.family.addItem(self.tr("All families"), "")
        form.addRow(self.tr("Family:"), self.family)
        self.min_size = self._size_box()
        self.max_size = self._size_box()
        form.addRow(self.tr("Size from:"), self.min_size)
        form.addRow(self.tr("Size up to:"), self.max_size)
        self.compatible = QCheckBox(self.tr("Runtime can load it"))
        self.compatible.setToolTip(
            self.tr("Hide models that the chosen runtime cannot load in any format")
        )
        form.addRow(self.compatible)
        action = QWidgetAction(menu)
        action.setDefaultWidget(panel)
        menu.addAction(action)
        self.filters_button.setMenu(menu)
        row.addWidget(self.filters_button)
        for box in (self.fits_gpu, self.compatible):
            box.toggled.connect(self._emit)
        for spin in (self.min_tps, self.min_size, self.max_size):
            spin.valueChanged.connect(self._emit)
        self.family.currentIndexChanged.connect(self._emit)

        self.classics = QCheckBox(self.tr("Classics"))
        self.classics.setToolTip(
            self.tr("Show historic models (GPT-2, GPT-3, BLOOM, T5) that articles still quote")
        )
        self.classics.toggled.connect(self._emit)
        row.addWidget(self.classics)
        row.addStretch(1)

    def _size_box(self) -> QDoubleSpinBox:
        box = QDoubleSpinBox()
        box.setRange(0.0, _MAX_SIZE_B)
        box.setDecimals(1)
        box.setSpecialValueText(self.tr("any"))
        box.setSuffix(self.tr(" B parameters"))
        return box

    def set_families(self, families: Sequence[str]) -> None:
        """Offer these families (the table's rows' groups), keeping the current choice."""
        current = self.family.currentData()
        self.family.blockSignals(True)
        while self.family.count() > 1:
            self.family.removeItem(1)
        for name in families:
            self.family.addItem(name.capitalize() if name.islower() else name, name)
        found = self.family.findData(current)
        self.family.setCurrentIndex(max(found, 0))
        self.family.blockSignals(False)
        if found < 0 and current:
            self._emit()

    def current(self) -> TableFilter:
        """The filter the widgets describe."""
        active = (
            self.fits_gpu.isChecked(),
            self.min_tps.value() > 0,
            bool(self.family.currentData()),
            self.min_size.value() > 0,
            self.max_size.value() > 0,
            self.compatible.isChecked(),
        )
        n = sum(active)
        self.filters_button.setText(
            self.tr("Filters (%1)").replace("%1", str(n)) if n else self.tr("Filters")
        )
        return TableFilter(
            search=self.search.text(),
            fits_gpu_only=self.fits_gpu.isChecked(),
            min_tps=self.min_tps.value(),
            family=str(self.family.currentData() or ""),
            min_params=round(self.min_size.value() * _GIGA),
            max_params=round(self.max_size.value() * _GIGA),
            runtime_compatible_only=self.compatible.isChecked(),
            classics=self.classics.isChecked(),
            sort=str(self.sort.currentData()),
        )

    def set_filter(self, f: TableFilter) -> None:
        """Show ``f`` in the widgets (a family the rows lack is dropped), then emit once."""
        boxes = (
            self.search,
            self.sort,
            self.fits_gpu,
            self.min_tps,
            self.family,
            self.min_size,
            self.max_size,
            self.compatible,
            self.classics,
        )
        for box in boxes:
            box.blockSignals(True)
        self.search.setText(f.search)
        self.sort.setCurrentIndex(max(self.sort.findData(f.sort), 0))
        self.fits_gpu.setChecked(f.fits_gpu_only)
        self.min_tps.setValue(f.min_tps)
        self.family.setCurrentIndex(max(self.family.findData(f.family), 0))
        self.min_size.setValue(f.min_params / _GIGA)
        self.max_size.setValue(f.max_params / _GIGA)
        self.compatible.setChecked(f.runtime_compatible_only)
        self.classics.setChecked(f.classics)
        for box in boxes:
            box.blockSignals(False)
        self._emit()

    def _emit(self, *_args: object) -> None:
        self.changed.emit(self.current())


def load_filter(settings: Settings) -> TableFilter:
    """The sort, filters and classics saved by :func:`save_filter` (the search starts empty:
    a forgotten search would hide rows at the next start)."""
    min_b, max_b = (
        float(settings.get("table/min_params_b")),
        float(settings.get("table/max_params_b")),
    )
    return TableFilter(
        fits_gpu_only=bool(settings.get("table/fits_gpu_only")),
        min_tps=float(settings.get("table/min_tps")),
        family=str(settings.get("table/family")),
        min_params=round(min_b * _GIGA),
        max_params=round(max_b * _GIGA),
        runtime_compatible_only=bool(settings.get("table/runtime_compatible_only")),
        classics=bool(settings.get("table/classics")),
        sort=str(settings.get("table/sort")),
    )


def save_filter(settings: Settings, f: TableFilter) -> None:
    """Keep ``f`` for the next start (all but the search text, see :func:`load_filter`)."""
    settings.set("table/sort", f.sort)
    settings.set("table/fits_gpu_only", f.fits_gpu_only)
    settings.set("table/min_tps", float(f.min_tps))
    settings.set("table/family", f.family)
    settings.set("table/min_params_b", f.min_params / _GIGA)
    settings.set("table/max_params_b", f.max_params / _GIGA)
    settings.set("table/runtime_compatible_only", f.runtime_compatible_only)
    settings.set("table/classics", f.classics)
