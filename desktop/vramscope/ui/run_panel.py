"""'What to run': model picker, runtime, workload and its options, context, batch, KV cache."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSignalBlocker, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QCompleter,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QSlider,
    QSpinBox,
    QToolButton,
    QWidget,
)

from vramscope.app.model_search import rank_choices
from vramscope.app.present import format_tokens
from vramscope.app.session import CONTEXT_MIN_TOKENS, ModelChoice
from vramscope.app.table_cache import nearest_stop
from vramscope.core import GB, MAX_IMAGES

from .flow_layout import FlowLayout
from .state import EstimatorState

__all__ = ["RunPanel", "runtime_label"]

# The model key of a combo item; family headers have none, which makes them unselectable.
_KEY_ROLE = Qt.ItemDataRole.UserRole + 1


def runtime_label(runtime: str) -> str:
    labels = {
        "llama.cpp": QCoreApplication.translate("RunPanel", "llama.cpp / Ollama / LM Studio"),
        "transformers": QCoreApplication.translate("RunPanel", "transformers (PyTorch)"),
        "vllm": QCoreApplication.translate("RunPanel", "vLLM"),
    }
    return labels.get(runtime, runtime)


def _family_label(group: str) -> str:
    if group == "presets":
        return QCoreApplication.translate("RunPanel", "Size presets")
    if group == "files":
        return QCoreApplication.translate("RunPanel", "Your model files")
    if group == "user":  # the user's own catalog (File > Import, files opened before)
        return QCoreApplication.translate("RunPanel", "Your catalog")
    return group.capitalize() if group.islower() else group


def _choice_text(c: ModelChoice) -> str:
    if c.kind == "preset":
        return (
            QCoreApplication.translate("RunPanel", "%1 (like %2)")
            .replace("%1", c.name)
            .replace("%2", c.based_on)
        )
    return c.name


# the longest prompt the field takes: the longest context the window offers
_PROMPT_TOKENS_MAX = 16 * 1024 * 1024


class RunPanel(QGroupBox):
    """Inputs of the estimate; it writes to the state and mirrors the state's values."""

    open_file_requested = Signal()

    def __init__(self, state: EstimatorState, parent: QWidget | None = None) -> None:
        super().__init__(self.tr("What to run"), parent)
        self._state = state
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        # long labels (Russian, Polish) put their field on the next line instead of widening
        # the whole column
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)

        self.model_combo = QComboBox()
        self.model_combo.setEditable(True)
        self.model_combo.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.model_combo.setMaxVisibleItems(20)
        # long model names must not widen the whole left column
        self.model_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.model_combo.setMinimumContentsLength(16)
        self.model_combo.setToolTip(self.tr("Type to search the catalog; Enter picks the match"))
        self._model_items = QStandardItemModel(self)
        self.model_combo.setModel(self._model_items)
        # the completer lists app.model_search's ranking of what was typed (the real Qwen2.5 14B
        # above the preset "like Qwen2.5 14B"), not Qt's matches in the picker's order
        self._match_items = QStandardItemModel(self)
        completer = QCompleter(self._match_items, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        completer.setMaxVisibleItems(15)
        self.model_combo.setCompleter(completer)
        self.model_combo.activated.connect(self._on_model_activated)
        completer.activated[str].connect(self._on_completer_activated)  # type: ignore[index]
        line_edit = self.model_combo.lineEdit()
        assert line_edit is not None  # the combo is editable
        line_edit.textEdited.connect(self._on_model_text_edited)
        self.open_button = QToolButton()
        self.open_button.setText(self.tr("Open model file…"))
        self.open_button.setToolTip(
            self.tr("A config.json, a model folder or a GGUF file (you can also drop one here)")
        )
        self.open_button.clicked.connect(self.open_file_requested)
        self.model_label = QLabel(self.tr("&Model:"))
        self.model_label.setBuddy(self.model_combo)
        form.addRow(self.model_label, self.model_combo)
        form.addRow("", self.open_button)
        self.model_info = QLabel()
        self.model_info.setWordWrap(True)
        form.addRow("", self.model_info)

        self.runtime_combo = QComboBox()
        for rt in ("llama.cpp", "transformers", "vllm"):
            self.runtime_combo.addItem(runtime_label(rt), rt)
        self.runtime_combo.setToolTip(self.tr("The program that runs the model"))
        self.runtime_combo.currentIndexChanged.connect(self._on_runtime_changed)
        form.addRow(self._label(self.tr("&Runtime:"), self.runtime_combo), self.runtime_combo)

        self.mode_combo = QComboBox()
        for mode, text in (
            ("inference", self.tr("Inference (chat, generation)")),
            ("lora", self.tr("LoRA fine-tuning")),
            ("qlora", self.tr("QLoRA fine-tuning (4-bit base)")),
            ("full", self.tr("Full fine-tuning")),
        ):
            self.mode_combo.addItem(text, mode)
        self.mode_combo.setToolTip(self.tr("Fine-tuning is estimated for transformers + PEFT"))
        self.mode_combo.currentIndexChanged.connect(self._on_mode_changed)
        form.addRow(self._label(self.tr("&Workload:"), self.mode_combo), self.mode_combo)

        self.optimizer_combo = QComboBox()
        for opt, text in (
            ("adamw", self.tr("AdamW")),
            ("adamw-8bit", self.tr("AdamW 8-bit")),
            ("sgd", self.tr("SGD")),
            ("adafactor", self.tr("Adafactor")),
        ):
            self.optimizer_combo.addItem(text, opt)
        self.optimizer_combo.currentIndexChanged.connect(self._on_training_changed)
        self.lora_rank = QSpinBox()
        self.lora_rank.setRange(1, 4096)
        self.lora_rank.setToolTip(self.tr("LoRA rank r"))
        self.lora_rank.valueChanged.connect(self._on_training_changed)
        self.grad_ckpt = QCheckBox(self.tr("Gradient checkpointing"))
        self.grad_ckpt.setToolTip(self.tr("Recompute activations in the backward pass"))
        self.grad_ckpt.toggled.connect(self._on_training_changed)
        # The three training controls wrap onto as many lines as the column's width needs: in
        # one row they overflowed the left column and were clipped (issue 14). Each label stays
        # with its field.
        self.training_row = QWidget()
        tr_layout = FlowLayout(self.training_row, spacing=8)
        self.optimizer_label = QLabel(self.tr("Optimizer:"))
        self.optimizer_label.setBuddy(self.optimizer_combo)
        self.rank_label = QLabel(self.tr("LoRA rank:"))
        self.rank_label.setBuddy(self.lora_rank)
        for label, field in (
            (self.optimizer_label, self.optimizer_combo),
            (self.rank_label, self.lora_rank),
        ):
            pair = QWidget()
            pair_layout = QHBoxLayout(pair)
            pair_layout.setContentsMargins(0, 0, 0, 0)
            pair_layout.addWidget(label)
            pair_layout.addWidget(field)
            tr_layout.addWidget(pair)
        tr_layout.addWidget(self.grad_ckpt)
        form.addRow("", self.training_row)

        self.context_slider = QSlider(Qt.Orientation.Horizontal)
        self.context_slider.setToolTip(self.tr("Context length per sequence (log scale)"))
        self.context_slider.setPageStep(2)
        self.context_slider.setMinimumWidth(140)  # wrapped form rows must not squeeze it away
        self.context_slider.valueChanged.connect(self._on_slider_moved)
        self.context_spin = QSpinBox()
        self.context_spin.setSingleStep(256)
        self.context_spin.setSuffix(self.tr(" tokens"))
        self.context_spin.setGroupSeparatorShown(True)
        self.context_spin.setKeyboardTracking(False)  # plan when the typing is done
        # typing is not limited to the slider's stops: any context from 512 up is allowed
        self.context_spin.setToolTip(self.tr("Type an exact context length"))
        self.context_spin.valueChanged.connect(self._on_spin_changed)
        ctx_row = QHBoxLayout()
        ctx_row.addWidget(self.context_slider, 1)
        ctx_row.addWidget(self.context_spin)
        form.addRow(self._label(self.tr("&Context:"), self.context_slider), ctx_row)

        self.batch_spin = QSpinBox()
        self.batch_spin.setRange(1, 256)
        self.batch_spin.setToolTip(
            self.tr("Parallel sequences (llama.cpp -np, vLLM batch) or training batch size")
        )
        self.batch_spin.valueChanged.connect(self._on_batch_changed)
        self.batch_label = self._label(self.tr("&Parallel sequences:"), self.batch_spin)
        form.addRow(self.batch_label, self.batch_spin)

        self.kv_combo = QComboBox()
        self.kv_combo.setToolTip(self.tr("Data type of the KV cache (llama.cpp -ctk/-ctv)"))
        self.kv_combo.currentIndexChanged.connect(self._on_kv_changed)
        form.addRow(self._label(self.tr("&KV cache:"), self.kv_combo), self.kv_combo)
        self._form = form

        self.flash_combo = QComboBox()
        for value, text in (
            ("auto", self.tr("Auto")),
            ("on", self.tr("On")),
            ("off", self.tr("Off")),
        ):
            self.flash_combo.addItem(text, value)
        self.flash_combo.setToolTip(self.tr("Flash attention shrinks the compute buffers"))
        self.flash_combo.currentIndexChanged.connect(self._on_flash_changed)
        form.addRow(self._label(self.tr("&Flash attention:"), self.flash_combo), self.flash_combo)

        # the prompt a request brings: decode reads the cache it fills, so the speed depends
        # on it (issue 13); 0 stands for the CLI's default, half the context
        self.prompt_spin = QSpinBox()
        self.prompt_spin.setRange(0, _PROMPT_TOKENS_MAX)
        self.prompt_spin.setSingleStep(512)
        self.prompt_spin.setSpecialValueText(self.tr("Half the context"))
        self.prompt_spin.setSuffix(self.tr(" tokens"))
        self.prompt_spin.setToolTip(
            self.tr(
                "The prompt you expect to send, for the speed (vramscope --prompt-tokens);"
                " memory does not depend on it"
            )
        )
        self.prompt_spin.valueChanged.connect(self._on_prompt_changed)
        form.addRow(self._label(self.tr("Prompt lengt&h:"), self.prompt_spin), self.prompt_spin)

        # images per prompt (vramscope --images): 1 for a vision model until the user sets it
        self.images_spin = QSpinBox()
        self.images_spin.setRange(0, MAX_IMAGES)
        self.images_spin.setSpecialValueText(self.tr("None"))
        self.images_spin.setToolTip(
            self.tr(
                "Images per prompt for a vision model (vramscope --images): their tokens join"
                " the context and the runtime holds the image encoder"
            )
        )
        self.images_spin.valueChanged.connect(self._on_images_changed)
        form.addRow(self._label(self.tr("&Images:"), self.images_spin), self.images_spin)

        self._stops: list[int] = []
        state.choices_changed.connect(self._on_state_choices_changed)
        state.inputs_changed.connect(self._on_state_inputs_changed)
        state.context_changed.connect(self._on_state_context_changed)
        state.plan_changed.connect(self._update_model_info)
        self._on_state_choices_changed()
        self._on_state_inputs_changed()

    @staticmethod
    def _label(text: str, buddy: QWidget) -> QLabel:
        label = QLabel(text)
        label.setBuddy(buddy)
        return label

    # ----- state -> widgets -------------------------------------------------------------------

    def _on_state_choices_changed(self) -> None:
        # refilling the combo must not read as the user picking its first entry
        blocker = QSignalBlocker(self.model_combo)
        self._model_items.clear()
        group = None
        for c in self._state.all_choices():
            if c.group != group:
                group = c.group
                header = QStandardItem(_family_label(group))
                header.setFlags(Qt.ItemFlag.NoItemFlags)
                font = header.font()
                font.setBold(True)
                header.setFont(font)
                self._model_items.appendRow(header)
            item = QStandardItem(_choice_text(c))
            item.setData(c.key, _KEY_ROLE)
            item.setToolTip(self._choice_tip(c))
            self._model_items.appendRow(item)
        del blocker
        self._select_model()

    def _choice_tip(self, c: ModelChoice) -> str:
        spec = c.spec
        return (
            self.tr("%1 layers, context up to %2 tokens")
            .replace("%1", str(spec.n_layers))
            .replace("%2", f"{spec.max_context_tokens:,}")
        )

    def _select_model(self) -> None:
        key = self._state.model.key
        for row in range(self._model_items.rowCount()):
            if self._model_items.item(row).data(_KEY_ROLE) == key:
                with QSignalBlocker(self.model_combo):
                    self.model_combo.setCurrentIndex(row)
                break
        self._update_model_info()

    def _update_model_info(self) -> None:
        m = self._state.model
        plan = self._state.plan
        params = ""
        if plan is not None:
            total = plan.estimate.params_total
            active = plan.estimate.params_active
            # billions from 1 B up, millions below: never "0.0 B parameters" for a small model
            if round(total / GB, 1) >= 1:
                params = self.tr("%1 B parameters").replace("%1", f"{total / GB:.1f}")
            else:
                params = self.tr("%1 M parameters").replace("%1", f"{total / 1e6:.0f}")
            if active < total * 0.95:
                if round(active / GB, 1) >= 1:
                    params += self.tr(", %1 B active").replace("%1", f"{active / GB:.1f}")
                else:
                    params += self.tr(", %1 M active").replace("%1", f"{active / 1e6:.0f}")
            params += "; "
        self.model_info.setText(
            params
            + self.tr("up to %1 tokens of context").replace("%1", f"{m.max_context_tokens:,}")
        )

    def _on_state_inputs_changed(self) -> None:
        st = self._state
        wl = st.workload
        self._select_model()
        with QSignalBlocker(self.runtime_combo):
            self.runtime_combo.setCurrentIndex(self.runtime_combo.findData(wl.runtime))
        with QSignalBlocker(self.mode_combo):
            self.mode_combo.setCurrentIndex(self.mode_combo.findData(wl.mode))
        training = wl.mode != "inference"
        self.training_row.setVisible(training)
        # inference-only controls leave training mode: a training run has no KV cache to
        # type, no flash-attention switch of llama.cpp, and its batch is a batch, not slots
        self._form.setRowVisible(self.kv_combo, not training)
        self._form.setRowVisible(self.flash_combo, not training)
        self._form.setRowVisible(self.prompt_spin, not training)
        self._form.setRowVisible(self.images_spin, not training)
        self.batch_label.setText(
            self.tr("&Batch size:") if training else self.tr("&Parallel sequences:")
        )
        self.lora_rank.setEnabled(wl.mode in ("lora", "qlora"))
        self.rank_label.setEnabled(wl.mode in ("lora", "qlora"))
        with QSignalBlocker(self.optimizer_combo):
            self.optimizer_combo.setCurrentIndex(self.optimizer_combo.findData(wl.optimizer))
        with QSignalBlocker(self.lora_rank):
            self.lora_rank.setValue(wl.lora_rank)
        with QSignalBlocker(self.grad_ckpt):
            self.grad_ckpt.setChecked(wl.grad_checkpointing)
        with QSignalBlocker(self.batch_spin):
            self.batch_spin.setValue(wl.batch)
        with QSignalBlocker(self.prompt_spin):
            self.prompt_spin.setValue(wl.prompt_tokens or 0)
        with QSignalBlocker(self.images_spin):
            self.images_spin.setValue(wl.images)
        with QSignalBlocker(self.kv_combo):
            # the runtime decides the cache types on offer (vLLM has fp8, llama.cpp q8_0...)
            self.kv_combo.clear()
            for kv in st.kv_types():
                self.kv_combo.addItem(kv.upper(), kv)
            self.kv_combo.setCurrentIndex(max(self.kv_combo.findData(wl.kv_cache_type), 0))
        with QSignalBlocker(self.flash_combo):
            self.flash_combo.setCurrentIndex(self.flash_combo.findData(wl.flash_attention))
        # only llama.cpp has a flash-attention switch that changes its buffers
        self.flash_combo.setEnabled(wl.runtime == "llama.cpp")
        # the slider moves on log-spaced stops up to this model's own maximum context
        self._stops = st.context_stops()
        with QSignalBlocker(self.context_slider):
            self.context_slider.setRange(0, len(self._stops) - 1)
        with QSignalBlocker(self.context_spin):
            self.context_spin.setRange(CONTEXT_MIN_TOKENS, st.model.max_context_tokens)
        self._on_state_context_changed(st.context)

    def _on_state_context_changed(self, tokens: int) -> None:
        # a typed context between two stops leaves the slider on the nearest one
        if self._stops:
            with QSignalBlocker(self.context_slider):
                self.context_slider.setValue(nearest_stop(self._stops, tokens))
        with QSignalBlocker(self.context_spin):
            self.context_spin.setValue(tokens)
        self.context_slider.setToolTip(
            self.tr("Context length per sequence (log scale): %1").replace(
                "%1", format_tokens(tokens)
            )
        )

    # ----- widgets -> state -------------------------------------------------------------------

    def _on_model_activated(self, row: int) -> None:
        key = self._model_items.item(row).data(_KEY_ROLE) if row >= 0 else None
        if isinstance(key, str):
            self._state.set_model(key)
        else:
            # a family header was picked (keyboard): go back to the model that is chosen
            self._select_model()

    def _on_model_text_edited(self, text: str) -> None:
        self._match_items.clear()
        for c in rank_choices(self._state.all_choices(), text):
            item = QStandardItem(_choice_text(c))
            item.setData(c.key, _KEY_ROLE)
            self._match_items.appendRow(item)
        completer = self.model_combo.completer()
        if completer is not None and text.strip() and self._match_items.rowCount():
            completer.complete()

    def _on_completer_activated(self, text: str) -> None:
        # the completer gives the item's text; map it back to the model key
        for row in range(self._model_items.rowCount()):
            item = self._model_items.item(row)
            if item.text() == text and isinstance(item.data(_KEY_ROLE), str):
                self._state.set_model(item.data(_KEY_ROLE))
                return

    def _on_runtime_changed(self, _index: int) -> None:
        self._state.set_runtime(str(self.runtime_combo.currentData()))

    def _on_mode_changed(self, _index: int) -> None:
        self._state.set_workload(mode=str(self.mode_combo.currentData()))

    def _on_training_changed(self, *_args: object) -> None:
        self._state.set_workload(
            optimizer=str(self.optimizer_combo.currentData()),
            lora_rank=int(self.lora_rank.value()),
            grad_checkpointing=self.grad_ckpt.isChecked(),
        )

    def _on_slider_moved(self, index: int) -> None:
        if 0 <= index < len(self._stops):
            self._state.set_context(self._stops[index])

    def _on_spin_changed(self, value: int) -> None:
        self._state.set_context(int(value))

    def _on_batch_changed(self, value: int) -> None:
        self._state.set_workload(batch=int(value))

    def _on_prompt_changed(self, value: int) -> None:
        self._state.set_workload(prompt_tokens=int(value) or None)

    def _on_images_changed(self, value: int) -> None:
        self._state.set_images(int(value))

    def _on_kv_changed(self, _index: int) -> None:
        data = self.kv_combo.currentData()
        if isinstance(data, str):
            self._state.set_workload(kv_cache_type=data)

    def _on_flash_changed(self, _index: int) -> None:
        self._state.set_workload(flash_attention=str(self.flash_combo.currentData()))
