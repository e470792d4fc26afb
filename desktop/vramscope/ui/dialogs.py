"""Dialogs: 'Plan for other hardware' and Preferences."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vramscope.catalog.gpus import CatalogGpu, load_gpus
from vramscope.core.units import GIB

from .app import LANGUAGES
from .state import HardwareOverride

__all__ = ["OtherHardwareDialog", "PreferencesDialog"]


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    # our own translated texts, so the buttons read right even without Qt's translations
    box = QDialogButtonBox()
    ok = box.addButton(dialog.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    box.addButton(dialog.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


class OtherHardwareDialog(QDialog):
    """Pick one or several catalog GPUs (each with a count) and a RAM size."""

    def __init__(
        self,
        current: HardwareOverride | None,
        ram_default_gib: float,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Plan for other hardware"))
        self._gpus: tuple[CatalogGpu, ...] = load_gpus()
        layout = QVBoxLayout(self)
        layout.addWidget(
            QLabel(self.tr("Choose GPUs (Ctrl+click for several) and the system RAM to plan for."))
        )
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search GPUs, e.g. 4090"))
        self.search.setClearButtonEnabled(True)
        self.search.textChanged.connect(self._on_search)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        chosen = {g.gpu_id for g, _ in current.gpus} if current else set()
        for gpu in self._gpus:
            bandwidth = gpu.bandwidth_bytes_per_s / 1e9
            text = f"{gpu.name} — {gpu.vram_bytes / GIB:.0f} GiB, {bandwidth:.0f} GB/s"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, gpu.gpu_id)
            self.list.addItem(item)
            item.setSelected(gpu.gpu_id in chosen)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setRange(1, 8)
        self.count.setToolTip(self.tr("How many of each chosen GPU"))
        if current and current.gpus:
            self.count.setValue(max(1, len(current.gpus) // max(len(chosen), 1)))
        form.addRow(self.tr("Count of each:"), self.count)
        self.ram = QDoubleSpinBox()
        self.ram.setRange(1, 4096)
        self.ram.setDecimals(0)
        self.ram.setSuffix(" " + self.tr("GiB"))
        self.ram.setValue(current.ram_bytes / GIB if current else ram_default_gib)
        form.addRow(self.tr("System RAM:"), self.ram)
        layout.addLayout(form)
        layout.addWidget(_buttons(self))
        self.resize(520, 560)

    def _on_search(self, text: str) -> None:
        needle = text.casefold().strip()
        for i in range(self.list.count()):
            item = self.list.item(i)
            item.setHidden(bool(needle) and needle not in item.text().casefold())

    def select_gpu(self, gpu_id: str) -> None:
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == gpu_id:
                item.setSelected(True)

    def override(self) -> HardwareOverride:
        by_id = {g.gpu_id: g for g in self._gpus}
        gpus: list[tuple[CatalogGpu, int]] = []
        for item in self.list.selectedItems():
            gpu = by_id[str(item.data(Qt.ItemDataRole.UserRole))]
            gpus.extend((gpu, gpu.vram_bytes) for _ in range(self.count.value()))
        return HardwareOverride(tuple(gpus), int(self.ram.value() * GIB))


class PreferencesDialog(QDialog):
    """Units and language."""

    def __init__(self, binary: bool, language: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.units = QComboBox()
        self.units.addItem(self.tr("GB (10⁹ bytes, as drives and most tools)"), False)
        self.units.addItem(self.tr("GiB (2³⁰ bytes, as nvidia-smi and Windows)"), True)
        self.units.setCurrentIndex(1 if binary else 0)
        form.addRow(self.tr("&Units:"), self.units)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form.addRow(self.tr("&Language:"), self.language)
        form.addRow(_buttons(self))

    @property
    def binary(self) -> bool:
        return bool(self.units.currentData())

    @property
    def language_code(self) -> str:
        return str(self.language.currentData())
