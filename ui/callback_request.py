"""The callback request assigned to the agent: who to call and why, the countdown to the
automatic dial, and after the call the outcome.

Progressive dialling: the request arrives, the caller's card and the script are on screen, and
after a short preview the phone dials by itself. The agent can dial at once, or pass the request
on with a reason (it then goes to a colleague). The outcome is one click after the call.
"""

from __future__ import annotations

from datetime import UTC, datetime

from PySide6.QtCore import QCoreApplication, QDateTime, QLocale, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDateTimeEdit,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from ui.accessibility import readable, set_name
from ui.announcer import announce
from ui.formatting import language_name, local_datetime
from ui.labels import (
    SKIP_REASONS,
    callback_kind_label,
    callback_outcome_label,
    skip_reason_label,
)
from ui.retranslating import Retranslating
from ui.text import plain_label
from ui.viewmodels import CallbackRequestView

OUTCOMES = ("reached", "resolved", "no_answer", "busy", "wrong_number")


def minutes_text(minutes: float) -> str:
    """ "1 h 05 min" / "45 min": a duration in opening hours, for the service-level line, in
    the language's units and digits."""
    whole = int(abs(minutes))
    hours, rest = divmod(whole, 60)
    locale = QLocale()
    if hours:
        return (
            QCoreApplication.translate("CallbackRequestPanel", "%1 h %2 min")
            .replace("%1", locale.toString(hours))
            .replace("%2", locale.toString(rest).rjust(2, locale.zeroDigit()))
        )
    return QCoreApplication.translate("CallbackRequestPanel", "%1 min").replace(
        "%1", locale.toString(rest)
    )


class CallbackRequestPanel(Retranslating, QFrame):
    dial_requested = Signal()
    skip_requested = Signal(str, str)  # reason code, the agent's words
    outcome_chosen = Signal(str, object)  # outcome code, datetime to call back (or None)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("callbackRequest")
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self._view: CallbackRequestView | None = None
        self._seconds_left = 0
        self._suggested = ""
        self._sla_left: float | None = None
        self._unannounced = False

        self.title = plain_label(wrap=True)
        self.title.setObjectName("callbackTitle")
        self.language = plain_label()
        self.language.setObjectName("callbackLanguage")  # prominent: the language to speak
        self.details = plain_label(wrap=True)
        self.details.setObjectName("callbackDetails")
        self.message = plain_label(wrap=True)
        self.message.setObjectName("callbackMessage")
        self.sla = plain_label()
        self.sla.setObjectName("callbackSla")
        self.status = plain_label(wrap=True)
        self.status.setObjectName("callbackStatus")

        # Before the call: countdown, dial now, skip with a reason.
        self.preview_page = QWidget()
        self.countdown = QProgressBar()
        self.countdown.setObjectName("callbackCountdown")
        self.countdown.setTextVisible(True)
        self.dial_now = QPushButton()
        self.dial_now.setObjectName("callbackDialNow")
        self.dial_now.clicked.connect(self.dial_requested)
        self.skip_reason = QComboBox()
        self.skip_reason.setObjectName("callbackSkipReason")
        self.skip_words = QLineEdit()
        self.skip_words.setObjectName("callbackSkipWords")
        self.skip = QPushButton()
        self.skip.setObjectName("callbackSkip")
        self.skip.clicked.connect(self._on_skip_clicked)
        preview = QGridLayout(self.preview_page)
        preview.setContentsMargins(0, 0, 0, 0)
        preview.addWidget(self.countdown, 0, 0, 1, 2)
        preview.addWidget(self.dial_now, 1, 0, 1, 2)
        preview.addWidget(self.skip_reason, 2, 0, 1, 2)
        preview.addWidget(self.skip_words, 3, 0)
        preview.addWidget(self.skip, 3, 1)

        # During the call: nothing to press here (the call panel has the controls).
        self.calling_page = QWidget()
        calling = QVBoxLayout(self.calling_page)
        calling.setContentsMargins(0, 0, 0, 0)
        self.calling_text = plain_label(wrap=True)
        calling.addWidget(self.calling_text)

        # After the call: the outcome, one click; or a new time to call back.
        self.outcome_page = QWidget()
        outcome = QGridLayout(self.outcome_page)
        outcome.setContentsMargins(0, 0, 0, 0)
        self.outcome_title = plain_label(wrap=True)
        outcome.addWidget(self.outcome_title, 0, 0, 1, 2)
        self.outcome_buttons: dict[str, QPushButton] = {}
        for index, code in enumerate(OUTCOMES):
            button = QPushButton()
            button.setObjectName(f"outcome_{code}")
            button.clicked.connect(lambda _checked=False, c=code: self.outcome_chosen.emit(c, None))
            self.outcome_buttons[code] = button
            outcome.addWidget(button, 1 + index // 2, index % 2)
        self.later_at = QDateTimeEdit()
        self.later_at.setObjectName("callBackLaterAt")
        self.later_at.setCalendarPopup(True)
        self.later = QPushButton()
        self.later.setObjectName("outcome_call_back_later")
        self.later.clicked.connect(self._on_later_clicked)
        later_row = QHBoxLayout()
        later_row.addWidget(self.later_at, 1)
        later_row.addWidget(self.later)
        outcome.addLayout(later_row, 4, 0, 1, 2)

        self.pages = QStackedWidget()
        self.pages.addWidget(self.preview_page)
        self.pages.addWidget(self.calling_page)
        self.pages.addWidget(self.outcome_page)

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.language)
        layout.addWidget(self.details)
        layout.addWidget(self.message)
        layout.addWidget(self.sla)
        layout.addWidget(self.pages)
        layout.addWidget(self.status)
        self.setStyleSheet(
            "QLabel#callbackTitle { font-weight: 600; font-size: 12pt; }"
            "QLabel#callbackLanguage { font-weight: 600; font-size: 12pt; color: #0b57d0; }"
            'QLabel#callbackSla[late="true"] { color: #b00020; font-weight: 600; }'
            "QLabel#callbackStatus { color: #8a5300; }"
        )
        for label in (
            self.title,
            self.language,
            self.details,
            self.message,
            self.sla,
            self.status,
            self.calling_text,
            self.outcome_title,
        ):
            readable(label)  # fmt: skip
        self.hide()
        self._retranslate()

    # -- what the app shows ------------------------------------------------------------------

    def show_request(self, view: CallbackRequestView, sla_minutes_left: float | None) -> None:
        self._view = view
        self._unannounced = True  # said with its countdown, once that is set
        self._sla_left = sla_minutes_left
        self._suggested = ""
        self.status.clear()
        self.status.hide()
        self.skip_words.clear()
        self.skip_reason.setCurrentIndex(0)
        self.pages.setCurrentWidget(self.preview_page)
        self.dial_now.setEnabled(True)
        self.skip.setEnabled(True)
        self.show()
        self._retranslate()

    def set_countdown(self, seconds_left: int, total: int) -> None:
        self._seconds_left = max(0, seconds_left)
        self.countdown.setRange(0, max(1, total))
        self.countdown.setValue(self._seconds_left)
        self._retranslate()
        if self._unannounced and self._view is not None:
            self._unannounced = False
            announce(self, self.spoken_text(self._view, self._seconds_left), urgent=True)

    def spoken_text(self, view: CallbackRequestView, seconds_left: int) -> str:
        """The request in one breath: who, in which language, about what, when it dials."""
        parts = [
            self.tr("Callback for you: %1, %2.")
            .replace("%1", view.caller or self.tr("an unknown caller"))
            .replace("%2", view.number),
            self.tr("Speak %1.").replace("%1", language_name(view.language)),
        ]
        if view.topic:
            parts.append(self.tr("Topic: %1.").replace("%1", view.topic))
        if seconds_left:
            parts.append(self.tr("Dialling in %Ln seconds.", "", seconds_left))
        return " ".join(parts)

    def show_calling(self) -> None:
        self.pages.setCurrentWidget(self.calling_page)
        self._retranslate()

    def show_outcomes(self, suggested: str) -> None:
        """After the call; `suggested` is what the phone saw (busy, no answer...), marked."""
        self._suggested = suggested
        later = QDateTime.currentDateTime().addSecs(2 * 3600)
        self.later_at.setDateTime(later)
        self.later_at.setMinimumDateTime(QDateTime.currentDateTime())
        self.pages.setCurrentWidget(self.outcome_page)
        for code, button in self.outcome_buttons.items():
            button.setDefault(code == suggested)
        if suggested in self.outcome_buttons:
            self.outcome_buttons[suggested].setFocus()
        self._retranslate()

    def show_status(self, text: str) -> None:
        self.status.setText(text)
        self.status.setVisible(bool(text))

    def clear(self) -> None:
        self._view = None
        self.hide()

    @property
    def view(self) -> CallbackRequestView | None:
        return self._view

    # -- the agent's clicks ------------------------------------------------------------------

    def _on_skip_clicked(self) -> None:
        self.skip.setEnabled(False)
        self.dial_now.setEnabled(False)
        self.skip_requested.emit(
            str(self.skip_reason.currentData()), self.skip_words.text().strip()[:200]
        )

    def _on_later_clicked(self) -> None:
        when = self.later_at.dateTime().toSecsSinceEpoch()
        self.outcome_chosen.emit("call_back_later", datetime.fromtimestamp(when, UTC))

    # -- text ----------------------------------------------------------------------------------

    def _retranslate(self) -> None:
        current = self.skip_reason.currentData()
        self.skip_reason.clear()
        for code in SKIP_REASONS:
            self.skip_reason.addItem(skip_reason_label(code), code)
        if current is not None:
            self.skip_reason.setCurrentIndex(max(0, self.skip_reason.findData(current)))
        self.skip_words.setPlaceholderText(self.tr("In your words (optional)"))
        set_name(self.skip_words, self.tr("Why you skip it, in your words (optional)"))
        set_name(self.skip_reason, self.tr("Reason to skip"))
        set_name(self.countdown, self.tr("Time before the call is dialled"))
        set_name(self.later_at, self.tr("When to call back"))
        self.skip.setText(self.tr("Skip"))
        self.dial_now.setText(self.tr("Dial now"))
        self.later.setText(callback_outcome_label("call_back_later"))
        for code, button in self.outcome_buttons.items():
            label = callback_outcome_label(code)
            button.setText(
                self.tr("%1 (suggested)").replace("%1", label) if code == self._suggested else label
            )
        self.outcome_title.setText(self.tr("How did the callback go?"))
        self.countdown.setFormat(self.tr("Dialling in %Ln s", "", self._seconds_left))
        view = self._view
        if view is None:
            return
        self.title.setText(
            self.tr("Call back %1 at %2")
            .replace("%1", view.caller or self.tr("an unknown caller"))
            .replace("%2", view.number)
        )
        self.language.setText(self.tr("Speak %1").replace("%1", language_name(view.language)))
        lines = [f"{callback_kind_label(view.kind)} · {view.topic}" if view.topic else
                 callback_kind_label(view.kind)]  # fmt: skip
        if view.window_start is not None:
            window = local_datetime(view.window_start)
            if view.window_end is not None:
                window = (
                    self.tr("%1 to %2")
                    .replace("%1", window)
                    .replace("%2", local_datetime(view.window_end))
                )
            lines.append(self.tr("Asked for: %1").replace("%1", window))
        attempt = (
            self.tr("Attempt %1 of %2")
            .replace("%1", QLocale().toString(view.attempts + 1))
            .replace("%2", QLocale().toString(view.max_attempts))
        )
        if view.last_outcome:
            attempt += " · " + self.tr("last time: %1").replace(
                "%1", callback_outcome_label(view.last_outcome)
            )
        lines.append(attempt)
        if view.ticket_number:
            lines.append(self.tr("Ticket %1").replace("%1", view.ticket_number))
        self.details.setText("\n".join(lines))
        self.message.setText(view.message)
        self.message.setVisible(bool(view.message))
        late = self._sla_left is not None and self._sla_left < 0
        if self._sla_left is None:
            self.sla.clear()
        elif late:
            self.sla.setText(  # a sign as well as the red: not colour alone
                "⚠ "
                + self.tr("Service level missed by %1").replace("%1", minutes_text(self._sla_left))
            )
        else:
            self.sla.setText(
                self.tr("Service level: %1 left").replace("%1", minutes_text(self._sla_left))
            )
        self.sla.setProperty("late", late)
        self.sla.style().unpolish(self.sla)
        self.sla.style().polish(self.sla)
        self.calling_text.setText(self.tr("Calling %1…").replace("%1", view.number))
