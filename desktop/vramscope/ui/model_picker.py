"""A searchable list of models: what "Check a real run" asks with when the log does not tell
which model ran (issue 14 item 13).

Typing filters and ranks the list as the model picker does (:func:`app.model_search.
rank_choices`: the real Qwen2.5 14B above a preset "like" it); Up, Down, Page Up and Page Down
move in the list without leaving the search field, and Enter takes the highlighted model.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from vramscope.app.model_search import rank_choices
from vramscope.app.session import ModelChoice

__all__ = ["KEY_ROLE", "ModelPickerDialog"]

# The model key ("catalog:<id>", "file:<path>") of a list item.
KEY_ROLE = Qt.ItemDataRole.UserRole + 1
# Keys the search field passes to the list, so the list is driven without leaving the field.
_LIST_KEYS = frozenset({Qt.Key.Key_Up, Qt.Key.Key_Down, Qt.Key.Key_PageUp, Qt.Key.Key_PageDown})


class ModelPickerDialog(QDialog):
    """A search field over a list of models; accepted with the chosen model's key."""

    def __init__(
        self,
        choices: Sequence[ModelChoice],
        parent: QWidget | None = None,
        *,
        prompt: str = "",
        first: Callable[[ModelChoice], bool] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Which model ran?"))
        # the models ``first`` picks (those the log's numbers agree with) lead the list; the
        # search keeps that order among equally good matches
        self._first = {c.key for c in choices if first is not None and first(c)}
        self._choices = sorted(choices, key=lambda c: c.key not in self._first)
        layout = QVBoxLayout(self)
        if prompt:
            text = QLabel(prompt)
            text.setWordWrap(True)
            layout.addWidget(text)
        self.search = QLineEdit()
        self.search.setPlaceholderText(self.tr("Search: a name or a size, e.g. qwen2.5 14"))
        self.search.setClearButtonEnabled(True)
        self.search.setAccessibleName(self.tr("Search the models"))
        search_label = QLabel(self.tr("&Search:"))
        search_label.setBuddy(self.search)
        layout.addWidget(search_label)
        layout.addWidget(self.search)
        self.list = QListWidget()
        self.list.setAccessibleName(self.tr("Models"))
        layout.addWidget(self.list, 1)
        self.count = QLabel()
        layout.addWidget(self.count)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._accept_current)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.search.textChanged.connect(self._refill)
        self.search.installEventFilter(self)
        # Enter in the search field presses OK, the default button (QDialog's own handling)
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setDefault(True)
        self.list.itemActivated.connect(lambda _item: self._accept_current())
        self.list.currentItemChanged.connect(self._on_current_changed)
        self._refill()
        self.search.setFocus()
        self.resize(460, 520)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        """Up/Down/Page keys typed in the search field move the list's highlight."""
        if (
            watched is self.search
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in _LIST_KEYS
        ):
            self.list.keyPressEvent(event)
            return True
        return super().eventFilter(watched, event)

    def shown_keys(self) -> list[str]:
        """The keys listed, top to bottom (tests)."""
        out = []
        for i in range(self.list.count()):
            item = self.list.item(i)
            out.append(str(item.data(KEY_ROLE)) if item is not None else "")
        return out

    def chosen_key(self) -> str:
        """The highlighted model's key ("" when the list is empty)."""
        item = self.list.currentItem()
        return str(item.data(KEY_ROLE)) if item is not None else ""

    def _refill(self) -> None:
        ranked = rank_choices(self._choices, self.search.text())
        self.list.clear()
        for c in ranked:
            text = c.name
            if c.key in self._first:
                text = self.tr("%1 (agrees with the log)").replace("%1", c.name)
            item = QListWidgetItem(text)
            item.setData(KEY_ROLE, c.key)
            item.setToolTip(c.model_id)
            self.list.addItem(item)
        if ranked:
            self.list.setCurrentRow(0)
        self.count.setText(
            self.tr("%1 of %2 models")
            .replace("%1", str(len(ranked)))
            .replace("%2", str(len(self._choices)))
        )
        self._on_current_changed()

    def _on_current_changed(self, *_args: object) -> None:
        ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        if ok is not None:
            ok.setEnabled(self.list.currentItem() is not None)

    def _accept_current(self) -> None:
        # Enter on the list both activates the item and reaches the default button: the
        # second is ignored once the dialog has closed
        if self.list.currentItem() is not None and self.isVisible():
            self.accept()
