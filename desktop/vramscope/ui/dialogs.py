"""Dialogs: 'Plan for other hardware', Preferences and About (with the licence notices)."""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QFontDatabase
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from vramscope.app.advice import DEFAULT_MIN_SPEED_TPS
from vramscope.app.present.errors import error_text
from vramscope.app.session import HardwareOptions, parse_gpu
from vramscope.catalog.gpus import CatalogGpu, load_gpus
from vramscope.core import GIB, Note
from vramscope.paths import resources_dir

from .app import LANGUAGES

__all__ = ["AboutDialog", "OtherHardwareDialog", "PreferencesDialog"]

# The licence texts of VRAMScope and every bundled component (Qt is LGPL: its notice must ship).
LICENSES_DIR = "licenses"
LICENSE_INDEX = "README.txt"


class AboutDialog(QDialog):
    """Version, the offline promise, Qt/PySide6 versions and every bundled licence text."""

    def __init__(self, version: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        # the LGPL asks that users can see which Qt they run: read it at run time
        import PySide6
        from PySide6.QtCore import qVersion

        self.setWindowTitle(self.tr("About VRAMScope"))
        self.resize(720, 560)
        layout = QVBoxLayout(self)
        intro = QLabel(
            self.tr(
                "<b>VRAMScope %1</b><br>Can this PC run that model? Memory, placement and "
                "speed estimates you can check.<br>Works offline: no network access, ever."
                "<br>Qt %2, PySide6 %3. The Qt libraries are used under the LGPL 3.0 and can "
                "be replaced in the installed program's folder."
            )
            .replace("%1", version)
            .replace("%2", qVersion())
            .replace("%3", PySide6.__version__)
        )
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.files = QComboBox()
        self.text = QPlainTextEdit()
        self.text.setReadOnly(True)
        self.text.setFont(QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont))
        folder = resources_dir() / LICENSES_DIR
        names = sorted(p.name for p in folder.glob("*.txt")) if folder.is_dir() else []
        # the index explains which licence covers what: it opens first
        if LICENSE_INDEX in names:
            names.remove(LICENSE_INDEX)
            names.insert(0, LICENSE_INDEX)
        self._folder = folder
        self.files.addItems(names)
        self.files.currentTextChanged.connect(self._on_files_changed)
        layout.addWidget(QLabel(self.tr("Licences of VRAMScope and the components it bundles:")))
        layout.addWidget(self.files)
        layout.addWidget(self.text, 1)
        box = QDialogButtonBox()
        box.addButton(self.tr("Close"), QDialogButtonBox.ButtonRole.RejectRole)
        box.rejected.connect(self.reject)
        layout.addWidget(box)
        if names:
            self._on_files_changed(names[0])
        else:
            self.text.setPlainText(self.tr("The licence files are missing from this installation."))

    def _on_files_changed(self, name: str) -> None:
        try:
            self.text.setPlainText((self._folder / name).read_text(encoding="utf-8"))
        except OSError as exc:
            self.text.setPlainText(
                self.tr("Could not read %1: %2").replace("%1", name).replace("%2", str(exc))
            )


def _buttons(dialog: QDialog) -> QDialogButtonBox:
    # our own translated texts, so the buttons read right even without Qt's translations
    box = QDialogButtonBox()
    ok = box.addButton(dialog.tr("OK"), QDialogButtonBox.ButtonRole.AcceptRole)
    ok.setDefault(True)
    box.addButton(dialog.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
    box.accepted.connect(dialog.accept)
    box.rejected.connect(dialog.reject)
    return box


# The GPU list's filter: every GPU, or one kind (CatalogGpu.laptop / unified_memory).
_KIND_ALL, _KIND_DESKTOP, _KIND_LAPTOP, _KIND_UNIFIED = "all", "desktop", "laptop", "unified"
# The free-VRAM and bandwidth fields' limits: above the largest GPU's memory (288 GB, B300)
# and bandwidth (8 TB/s, B200) with room. source: NVIDIA B200/B300 datasheets
_MAX_GPU_GIB = 1024.0
_MAX_GPU_BANDWIDTH_GBS = 20_000.0


def _gpu_kind(gpu: CatalogGpu) -> str:
    if gpu.unified_memory:
        return _KIND_UNIFIED
    return _KIND_LAPTOP if gpu.laptop else _KIND_DESKTOP


class OtherHardwareDialog(QDialog):
    """Pick one or several catalog GPUs (desktop, laptop or Apple), or a custom GPU by its name
    and memory size (``NAME:GB``, as ``--gpu`` takes it) and bandwidth, each with a count; the
    VRAM other programs leave free on each (``--free-vram``), and a RAM size."""

    def __init__(
        self,
        current: HardwareOptions | None,
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
        self.kind = QComboBox()
        self.kind.addItem(self.tr("All GPUs"), _KIND_ALL)
        self.kind.addItem(self.tr("Desktop and datacenter"), _KIND_DESKTOP)
        self.kind.addItem(self.tr("Laptop GPUs"), _KIND_LAPTOP)
        self.kind.addItem(self.tr("Apple Silicon (unified memory)"), _KIND_UNIFIED)
        self.kind.setToolTip(self.tr("Show only one kind of GPU"))
        self.kind.currentIndexChanged.connect(lambda _i: self._on_search(self.search.text()))
        row = QHBoxLayout()
        row.addWidget(self.search, 1)
        row.addWidget(self.kind)
        layout.addLayout(row)
        self.list = QListWidget()
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.MultiSelection)
        chosen = {g.gpu_id for g, _ in current.gpus if g.in_catalog} if current else set()
        for gpu in self._gpus:
            bandwidth = gpu.bandwidth_bytes_per_s / 1e9
            text = f"{gpu.name} — {gpu.vram_bytes / GIB:.0f} GiB, {bandwidth:.0f} GB/s"
            item = QListWidgetItem(text)
            item.setData(Qt.ItemDataRole.UserRole, gpu.gpu_id)
            item.setData(Qt.ItemDataRole.UserRole + 1, _gpu_kind(gpu))
            self.list.addItem(item)
            item.setSelected(gpu.gpu_id in chosen)
        layout.addWidget(self.list, 1)
        form = QFormLayout()
        self.count = QSpinBox()
        self.count.setRange(1, 8)
        self.count.setToolTip(self.tr("How many of each chosen GPU"))
        # the override stores each GPU as often as it was counted: recover the count
        if current and current.gpus:
            kinds = len(chosen) + any(not g.in_catalog for g, _ in current.gpus)
            self.count.setValue(max(1, len(current.gpus) // max(kinds, 1)))
        form.addRow(self.tr("Count of each:"), self.count)
        # what a browser, the desktop or a game already hold: --free-vram GB
        self.free_vram = QDoubleSpinBox()
        self.free_vram.setRange(0.0, _MAX_GPU_GIB)
        self.free_vram.setDecimals(1)
        self.free_vram.setSingleStep(0.5)
        self.free_vram.setSuffix(" " + self.tr("GiB"))
        self.free_vram.setSpecialValueText(self.tr("all of it"))
        self.free_vram.setToolTip(
            self.tr(
                "VRAM left free on each GPU by other programs, e.g. 10.5 on a 12 GB card whose "
                "browser and desktop hold 1.5 (vramscope --free-vram). Lowest: all of it free."
            )
        )
        if current and len(current.free_vram_bytes) == 1:
            self.free_vram.setValue(current.free_vram_bytes[0] / GIB)
        form.addRow(self.tr("Free VRAM on each:"), self.free_vram)
        # a GPU the list lacks (a laptop GPU, a new card): the command line's --gpu NAME:GB
        self.other = QLineEdit()
        self.other.setPlaceholderText(self.tr("e.g. RTX 2050 Laptop:4"))
        self.other.setToolTip(
            self.tr(
                "A GPU that is not in the list: its name and memory size in GB. Give its "
                "memory bandwidth too, or speeds assume a typical one."
            )
        )
        self.other_bandwidth = QDoubleSpinBox()
        self.other_bandwidth.setRange(0.0, _MAX_GPU_BANDWIDTH_GBS)
        self.other_bandwidth.setDecimals(0)
        self.other_bandwidth.setSuffix(" " + self.tr("GB/s"))
        self.other_bandwidth.setSpecialValueText(self.tr("unknown"))
        self.other_bandwidth.setToolTip(
            self.tr(
                "The custom GPU's memory bandwidth, from its specifications (bus width in "
                "bits / 8 x data rate in Gbps); the speed estimate reads its weights at it."
            )
        )
        if current:
            unlisted = [(g, size) for g, size in current.gpus if not g.in_catalog]
            if unlisted:
                g, size = unlisted[0]
                self.other.setText(f"{g.name}:{size / GIB:g}")
                self.other_bandwidth.setValue(g.bandwidth_bytes_per_s / 1e9)
        form.addRow(self.tr("Custom GPU (NAME:GB):"), self.other)
        form.addRow(self.tr("Custom GPU bandwidth:"), self.other_bandwidth)
        self.ram = QDoubleSpinBox()
        # whole GiB: RAM comes in whole sizes, and a spin box with decimals invites typos
        self.ram.setRange(1, 4096)
        self.ram.setDecimals(0)
        self.ram.setSuffix(" " + self.tr("GiB"))
        self.ram.setValue(
            current.ram_bytes / GIB if current and current.ram_bytes else ram_default_gib
        )
        form.addRow(self.tr("System RAM:"), self.ram)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        layout.addWidget(_buttons(self))
        self.resize(560, 600)

    def accept(self) -> None:
        """Close only with a GPU name and size that can be planned for; else say why."""
        try:
            self.override()
        except ValueError as exc:  # SpecError and CatalogError are ValueErrors
            self.error.setText(error_text(exc, QCoreApplication.translate))
            self.error.setVisible(True)
            return
        super().accept()

    def _on_search(self, text: str) -> None:
        # hiding keeps the selection of filtered-out GPUs, so a search does not undo a choice
        needle = text.casefold().strip()
        kind = self.kind.currentData()
        for i in range(self.list.count()):
            item = self.list.item(i)
            wrong_kind = kind != _KIND_ALL and item.data(Qt.ItemDataRole.UserRole + 1) != kind
            item.setHidden(wrong_kind or (bool(needle) and needle not in item.text().casefold()))

    def select_gpu(self, gpu_id: str) -> None:
        """Select a catalog GPU by id (tests, and a restored choice)."""
        for i in range(self.list.count()):
            item = self.list.item(i)
            if item.data(Qt.ItemDataRole.UserRole) == gpu_id:
                item.setSelected(True)

    def show_kind(self, kind: str) -> None:
        """Filter the list to one kind: "all", "desktop", "laptop" or "unified"."""
        self.kind.setCurrentIndex(max(self.kind.findData(kind), 0))

    def override(self) -> HardwareOptions:
        """The described hardware: each chosen GPU ``count`` times, with the free VRAM given
        (all of it by default), and the RAM."""
        by_id = {g.gpu_id: g for g in self._gpus}
        gpus: list[tuple[CatalogGpu, int]] = []
        for item in self.list.selectedItems():
            gpu = by_id[str(item.data(Qt.ItemDataRole.UserRole))]
            gpus.extend((gpu, gpu.vram_bytes) for _ in range(self.count.value()))
        choices: tuple[Note, ...] = ()
        if self.other.text().strip():
            # parsed as --gpu parses it (raises SpecError / CatalogError for a bad entry)
            gpu, size, note = parse_gpu(self.other.text())
            if not gpu.in_catalog and self.other_bandwidth.value() > 0:
                # a custom GPU: its bandwidth as given (a catalog GPU keeps its own)
                gpu = replace(gpu, bandwidth_bytes_per_s=round(self.other_bandwidth.value() * 1e9))
            gpus.extend((gpu, size) for _ in range(self.count.value()))
            choices = (note,) if note is not None else ()
        free = self.free_vram.value()
        return HardwareOptions(
            tuple(gpus),
            int(self.ram.value() * GIB),
            choices,
            free_vram_bytes=(int(free * GIB),) if free > 0 else (),
        )


class PreferencesDialog(QDialog):
    """Units, language and the usable speed (the best pick's and the suggestions')."""

    def __init__(
        self,
        binary: bool,
        language: str,
        parent: QWidget | None = None,
        min_speed_tps: float = DEFAULT_MIN_SPEED_TPS,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Preferences"))
        form = QFormLayout(self)
        self.units = QComboBox()
        # GiB first: the default, and what nvidia-smi and Windows show for a card ("12 GB"
        # reads 12.0 GiB, not 12.9 GB); every size in the window, its dialogs and its exports
        # follows this choice (the command line prints GiB)
        self.units.addItem(
            self.tr("GiB (2³⁰ bytes: a 12 GB card shows 12.0, as nvidia-smi and Windows)"), True
        )
        self.units.addItem(self.tr("GB (10⁹ bytes, as drive makers count)"), False)
        self.units.setCurrentIndex(0 if binary else 1)
        self.units.setToolTip(
            self.tr(
                "The unit of every size in the window, the chart, the dialogs and the copied"
                " breakdown. llama.cpp's load log is compared in MiB, as it prints."
            )
        )
        form.addRow(self.tr("&Units:"), self.units)
        self.language = QComboBox()
        self.language.addItem(self.tr("System language"), "")
        for code, name in LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(language), 0))
        form.addRow(self.tr("&Language:"), self.language)
        self.min_speed = QDoubleSpinBox()
        self.min_speed.setRange(0.1, 10_000.0)  # the setting's range (settings.KEYS)
        self.min_speed.setDecimals(1)
        self.min_speed.setSuffix(" " + self.tr("tokens/s"))
        self.min_speed.setValue(min_speed_tps)
        self.min_speed.setToolTip(
            self.tr(
                "The best pick in the table and the suggestions under the verdict decode at "
                "least this fast (vramscope --min-speed)."
            )
        )
        form.addRow(self.tr("Usable &speed:"), self.min_speed)
        form.addRow(_buttons(self))

    @property
    def binary(self) -> bool:
        """True for GiB, False for GB."""
        return bool(self.units.currentData())

    @property
    def language_code(self) -> str:
        """The chosen language code; "" follows the system."""
        return str(self.language.currentData())
