"""Announcements: the banner agents see above their work, the list of all current ones, and the
supervisors' compose dialog. Messages are shown as plain text, whoever wrote them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta

from PySide6.QtCore import QDateTime, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QListWidget,
    QListWidgetItem,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import buddy_form, readable, set_name
from ui.announcer import announce
from ui.formatting import language_name
from ui.retranslating import Retranslating
from ui.text import plain_label

BODY_MAX = 2000


@dataclass(frozen=True)
class AnnouncementItem:
    id: int
    author: str
    language: str  # "" for everyone
    body: str
    at: str  # when it was posted, for people
    read: bool = False


class AnnouncementBar(Retranslating, QFrame):
    """The newest unread announcement, with "mark read" and the way to all of them."""

    mark_read = Signal(int)
    show_all = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcementBar")
        self.setStyleSheet(
            "#announcementBar { background: #fff8e1; border: 1px solid #ffca28; "
            "border-radius: 6px; }"
        )
        self.heading = plain_label()
        self.heading.setObjectName("announcementHeading")
        self.body = plain_label(wrap=True)
        self.body.setObjectName("announcementBody")
        self.read_button = QPushButton()
        self.read_button.setObjectName("markRead")
        self.read_button.clicked.connect(self._on_read_clicked)
        self.all_button = QPushButton()
        self.all_button.setObjectName("allAnnouncements")
        self.all_button.clicked.connect(self.show_all)
        text = QVBoxLayout()
        text.addWidget(self.heading)
        text.addWidget(self.body)
        layout = QHBoxLayout(self)
        layout.addLayout(text, 1)
        layout.addWidget(self.read_button)
        layout.addWidget(self.all_button)
        readable(self.heading)
        readable(self.body)
        self._items: tuple[AnnouncementItem, ...] = ()
        self._shown: AnnouncementItem | None = None
        self._said: set[int] = set()  # the announcements already spoken
        self._retranslate()
        self.setVisible(False)

    def set_items(self, items: tuple[AnnouncementItem, ...]) -> None:
        self._items = items
        unread = [item for item in items if not item.read]
        self._shown = unread[0] if unread else None
        self.setVisible(self._shown is not None)
        if self._shown is not None:
            self._show(self._shown, len(unread))
        fresh = [item for item in unread if item.id not in self._said]
        if fresh:
            self._said.update(item.id for item in fresh)
            newest = fresh[0]
            announce(
                self,
                self.tr("Announcement from %1: %2")
                .replace("%1", newest.author or self.tr("Supervisor"))
                .replace("%2", newest.body),
            )

    def items(self) -> tuple[AnnouncementItem, ...]:
        return self._items

    def _show(self, item: AnnouncementItem, unread: int) -> None:
        audience = language_name(item.language) if item.language else self.tr("everyone")
        self.heading.setText(
            self.tr("%1, to %2, %3 (%Ln unread)", "", unread)
            .replace("%1", item.author or self.tr("Supervisor"))
            .replace("%2", audience)
            .replace("%3", item.at)
        )
        self.body.setText(item.body)

    def _on_read_clicked(self) -> None:
        if self._shown is not None:
            self.mark_read.emit(self._shown.id)

    def _retranslate(self) -> None:
        self.read_button.setText(self.tr("Mark read"))
        self.all_button.setText(self.tr("All announcements…"))
        if self._shown is not None:
            self._show(self._shown, sum(1 for item in self._items if not item.read))


class AnnouncementList(QDialog):
    """Every current announcement, unread first; marking one read here too."""

    mark_read = Signal(int)

    def __init__(self, items: tuple[AnnouncementItem, ...], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("announcementList")
        self.setWindowTitle(self.tr("Announcements"))
        self.list = QListWidget()
        self.list.setWordWrap(True)
        self.list.itemDoubleClicked.connect(self._on_item_double_clicked)
        set_name(
            self.list,
            self.tr("Announcements"),
            self.tr("Unread first; Mark read marks the chosen one"),
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        self.read_button = buttons.addButton(
            self.tr("Mark read"), QDialogButtonBox.ButtonRole.ActionRole
        )
        self.read_button.clicked.connect(self._on_read_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addWidget(buttons)
        self.resize(560, 420)
        self.set_items(items)

    def set_items(self, items: tuple[AnnouncementItem, ...]) -> None:
        self.list.clear()
        for item in sorted(items, key=lambda i: i.read):
            marker = "" if item.read else "● "
            audience = language_name(item.language) if item.language else self.tr("everyone")
            row = QListWidgetItem(f"{marker}{item.at} · {item.author} → {audience}\n{item.body}")
            row.setData(Qt.ItemDataRole.UserRole, item.id)
            self.list.addItem(row)

    def _on_read_clicked(self) -> None:
        row = self.list.currentItem()
        if row is not None:
            self.mark_read.emit(int(row.data(Qt.ItemDataRole.UserRole)))

    def _on_item_double_clicked(self, row: QListWidgetItem) -> None:
        self.mark_read.emit(int(row.data(Qt.ItemDataRole.UserRole)))


class AnnouncementComposer(QDialog):
    """A supervisor writes a message, picks who gets it and until when."""

    def __init__(
        self, languages: tuple[str, ...], now: datetime, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("announcementComposer")
        self.setWindowTitle(self.tr("New announcement"))
        self.body = QPlainTextEdit()
        self.body.setObjectName("announcementText")
        self.body.setTabChangesFocus(True)
        self.audience = QComboBox()
        self.audience.setObjectName("announcementAudience")
        self.audience.addItem(self.tr("Everyone"), "")
        for code in languages:
            self.audience.addItem(self.tr("%1 speakers").replace("%1", language_name(code)), code)
        self.expires = QDateTimeEdit(QDateTime(now + timedelta(hours=4)))
        self.expires.setObjectName("announcementExpiry")
        self.expires.setCalendarPopup(True)
        self.expires.setMinimumDateTime(QDateTime(now))
        self.expires.setMaximumDateTime(QDateTime(now + timedelta(days=30)))
        self.error = plain_label(wrap=True)
        self.error.setObjectName("announcementError")
        self.error.setStyleSheet("color: #b71c1c;")
        form = QFormLayout()
        form.addRow(self.tr("Message"), self.body)
        form.addRow(self.tr("To"), self.audience)
        form.addRow(self.tr("Until"), self.expires)
        buddy_form(form)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Broadcast"))
        self.buttons.accepted.connect(self._on_accepted)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.error)
        layout.addWidget(self.buttons)
        self.resize(520, 320)

    def payload(self) -> dict[str, str | None]:
        expires = self.expires.dateTime().toPython()
        return {
            "body": self.body.toPlainText().strip(),
            "language": self.audience.currentData() or None,
            "expires_at": expires.astimezone().isoformat(),
        }

    def _on_accepted(self) -> None:
        body = self.body.toPlainText().strip()
        if not body:
            self.error.setText(self.tr("Write the message first."))
            return
        if len(body) > BODY_MAX:
            self.error.setText(
                self.tr("The message is too long: at most %1 characters.").replace(
                    "%1", self.locale().toString(BODY_MAX)
                )
            )
            return
        self.accept()
