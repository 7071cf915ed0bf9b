"""Small helpers that give widgets what a screen reader needs: a name, a description, a label
tied to its field, a label that Tab and the reader's focus can reach."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import (
    QAbstractScrollArea,
    QAbstractSpinBox,
    QAccessibleWidget,
    QComboBox,
    QFormLayout,
    QKeySequenceEdit,
    QLabel,
    QLineEdit,
    QWidget,
)


def set_name(widget: QWidget, text: str, description: str | None = None) -> None:
    """The spoken name (and, when given, the longer description) of a control."""
    widget.setAccessibleName(text)
    if description is not None:
        widget.setAccessibleDescription(description)
    for inner in _inner_editors(widget):
        set_name(inner, text, description)


def _inner_editors(widget: QWidget) -> list[QLineEdit]:
    """The line edit a spin box, date editor, key-sequence editor or editable combo box
    types into: a reader may land on it and must hear its owner's name."""
    if isinstance(widget, QAbstractSpinBox | QKeySequenceEdit | QComboBox):
        return widget.findChildren(QLineEdit, options=Qt.FindChildOption.FindDirectChildrenOnly)
    return []


def buddy(label: QLabel, field: QWidget) -> None:
    """The label names the field for a reader, and its mnemonic (if any) focuses it. Qt finds
    a buddy's name only when label and field share a parent: the name is set as well, so call
    this again after the label's text changes (a retranslation)."""
    label.setBuddy(field)
    text = label.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
    set_name(field, text.strip().rstrip(":："))


def readable(label: QLabel) -> QLabel:
    """A label whose text matters during a call (who is calling, the IVR's findings, a warning):
    Tab and the reader's caret reach it, so a blind agent reads it without a mouse."""
    label.setTextInteractionFlags(
        label.textInteractionFlags() | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    label.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
    return label


# Qt leaves a widget with this object name out of its parent's accessible children (Qt's own
# list of implementation details, qaccessiblewidget.cpp: rubber bands, a spin box's editor...).
# Qt has no public "hidden from assistive technology" flag for a widget: QAccessible's factory
# can only replace an interface, not remove one, and a role of NoRole or an empty name still
# leaves an object for the reader to stop on.
_HIDDEN_NAME = "qt_rubberband"


def decorative(widget: QWidget) -> QWidget:
    """A purely visual widget (a caption repeated in its value's spoken name): out of the
    accessibility tree and the focus chain. Style it by its "decorative" property, not its
    object name (which is Qt's exclusion marker)."""
    widget.setObjectName(_HIDDEN_NAME)
    widget.setProperty("decorative", True)
    widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    if isinstance(widget, QLabel):
        widget.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
    return widget


def no_tab_stop(area: QAbstractScrollArea) -> None:
    """A scroll area that only holds other controls: Tab goes to them (the area scrolls to
    whatever gets the focus), not to the frame, which a reader would announce as a nameless
    pane."""
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)


def buddy_form(form: QFormLayout) -> None:
    """Tie every row's label to its field (the first focusable widget of the row)."""
    for row in range(form.rowCount()):
        label_item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
        field_item = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
        label = label_item.widget() if label_item is not None else None
        field = field_item.widget() if field_item is not None else None
        if isinstance(label, QLabel) and field is not None:
            buddy(label, first_focusable(field))


def first_focusable(widget: QWidget) -> QWidget:
    """The widget itself, or the first child Tab can reach (a field inside its container)."""
    if widget.focusPolicy() & Qt.FocusPolicy.TabFocus:
        return widget
    for child in widget.findChildren(QWidget):
        if child.focusPolicy() & Qt.FocusPolicy.TabFocus:
            return child
    return widget


_factory_installed = False


def _interface_for(key: str, obj: QObject) -> QAccessibleInterface | None:
    # Qt has no interface of its own for a key-sequence editor: a reader would call it a
    # "panel". It is a hotkey field; its name comes from its label like any field's.
    if key == "QKeySequenceEdit" and isinstance(obj, QWidget):
        return QAccessibleWidget(obj, QAccessible.Role.HotkeyField)
    return None


def install_interfaces() -> None:
    """Register the interfaces Qt lacks (once per process; harmless to call again)."""
    global _factory_installed
    if not _factory_installed:
        QAccessible.installFactory(_interface_for)
        _factory_installed = True
