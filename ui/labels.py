"""Translated labels for the codes the store uses (channels, statuses, states).

The texts are marked with QT_TRANSLATE_NOOP so that lupdate collects them; they are
translated when shown, so a language switch at run time takes effect on the next refresh.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

_CHANNELS = {
    "phone": QT_TRANSLATE_NOOP("Labels", "Phone"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "web_form": QT_TRANSLATE_NOOP("Labels", "Web form"),
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "whatsapp": QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
}
_TICKET_STATUSES = {
    "open": QT_TRANSLATE_NOOP("Labels", "Open"),
    "pending": QT_TRANSLATE_NOOP("Labels", "Pending"),
    "closed": QT_TRANSLATE_NOOP("Labels", "Closed"),
    "reopened": QT_TRANSLATE_NOOP("Labels", "Reopened"),
}
_CALLBACK_KINDS = {
    "now": QT_TRANSLATE_NOOP("Labels", "Call me now"),
    "scheduled": QT_TRANSLATE_NOOP("Labels", "Call me back"),
}
_CALLBACK_OUTCOMES = {
    "reached": QT_TRANSLATE_NOOP("Labels", "Reached"),
    "no_answer": QT_TRANSLATE_NOOP("Labels", "No answer"),
    "busy": QT_TRANSLATE_NOOP("Labels", "Busy"),
    "wrong_number": QT_TRANSLATE_NOOP("Labels", "Wrong number"),
    "call_back_later": QT_TRANSLATE_NOOP("Labels", "Call back later"),
    "resolved": QT_TRANSLATE_NOOP("Labels", "Resolved"),
    "skipped": QT_TRANSLATE_NOOP("Labels", "Skipped"),
}
_CALLBACK_STATUSES = {
    "queued": QT_TRANSLATE_NOOP("Labels", "Waiting"),
    "assigned": QT_TRANSLATE_NOOP("Labels", "Assigned"),
    "dialling": QT_TRANSLATE_NOOP("Labels", "Dialling"),
    "done": QT_TRANSLATE_NOOP("Labels", "Done"),
    "expired": QT_TRANSLATE_NOOP("Labels", "Expired"),
    "cancelled": QT_TRANSLATE_NOOP("Labels", "Cancelled"),
}
# Why an agent passes a request on without calling (the store keeps the code).
SKIP_REASONS = {
    "language": QT_TRANSLATE_NOOP("Labels", "I do not speak the caller's language well enough"),
    "topic": QT_TRANSLATE_NOOP("Labels", "Needs a specialist for this topic"),
    "duplicate": QT_TRANSLATE_NOOP("Labels", "Already handled in another request"),
    "no_consent": QT_TRANSLATE_NOOP("Labels", "The caller withdrew consent"),
    "other": QT_TRANSLATE_NOOP("Labels", "Other reason"),
}
_AGENT_STATES = {
    "available": QT_TRANSLATE_NOOP("Labels", "Available"),
    "on_call": QT_TRANSLATE_NOOP("Labels", "On call"),
    "wrap_up": QT_TRANSLATE_NOOP("Labels", "Wrap-up"),
    "paused": QT_TRANSLATE_NOOP("Labels", "Paused"),
    "offline": QT_TRANSLATE_NOOP("Labels", "Offline"),
    # Not a state an agent chooses: the wallboard's word for a signed-in agent whose desk
    # stopped answering (crashed, cut off: crm.presence).
    "not_responding": QT_TRANSLATE_NOOP("Labels", "Not responding"),
}
_PAUSE_REASONS = {
    "break": QT_TRANSLATE_NOOP("Labels", "Break"),
    "training": QT_TRANSLATE_NOOP("Labels", "Training"),
    "back_office": QT_TRANSLATE_NOOP("Labels", "Back office"),
    "meeting": QT_TRANSLATE_NOOP("Labels", "Meeting"),
}
_REGISTRATION_FAILURES = {
    "auth": QT_TRANSLATE_NOOP("Labels", "the password was not accepted"),
    "forbidden": QT_TRANSLATE_NOOP("Labels", "wrong user or password"),
    "not_found": QT_TRANSLATE_NOOP("Labels", "unknown user"),
    "timeout": QT_TRANSLATE_NOOP("Labels", "the PBX does not answer"),
    "dns": QT_TRANSLATE_NOOP("Labels", "the PBX's name cannot be found"),
    "transport": QT_TRANSLATE_NOOP("Labels", "no connection to the PBX"),
    "other": QT_TRANSLATE_NOOP("Labels", "refused by the PBX"),
}


_INTERACTION_KINDS = {
    "call": QT_TRANSLATE_NOOP("Labels", "Call"),
    "note": QT_TRANSLATE_NOOP("Labels", "Note"),
    "email": QT_TRANSLATE_NOOP("Labels", "E-mail"),
    "web_form": QT_TRANSLATE_NOOP("Labels", "Web form"),
    "chat": QT_TRANSLATE_NOOP("Labels", "Chat"),
    "whatsapp": QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    "sms": QT_TRANSLATE_NOOP("Labels", "SMS"),
}
_DIRECTIONS = {
    "inbound": QT_TRANSLATE_NOOP("Labels", "from the caller"),
    "outbound": QT_TRANSLATE_NOOP("Labels", "to the caller"),
    "internal": QT_TRANSLATE_NOOP("Labels", "internal"),
}


def _label(table: dict[str, str], code: str) -> str:
    source = table.get(code)
    return QCoreApplication.translate("Labels", source) if source else code


def channel_label(code: str) -> str:
    return _label(_CHANNELS, code)


def ticket_status_label(code: str) -> str:
    return _label(_TICKET_STATUSES, code)


def callback_kind_label(code: str) -> str:
    return _label(_CALLBACK_KINDS, code)


def callback_outcome_label(code: str) -> str:
    return _label(_CALLBACK_OUTCOMES, code)


def callback_status_label(code: str) -> str:
    return _label(_CALLBACK_STATUSES, code)


def skip_reason_label(code: str) -> str:
    return _label(SKIP_REASONS, code)


def agent_state_label(code: str) -> str:
    return _label(_AGENT_STATES, code)


def registration_failure_label(code: str) -> str:
    return _label(_REGISTRATION_FAILURES, code)


def pause_reason_label(code: str) -> str:
    """Known reasons translated; a reason the centre configured itself is shown as written."""
    return _label(_PAUSE_REASONS, code)


def interaction_kind_label(code: str) -> str:
    return _label(_INTERACTION_KINDS, code)


def direction_label(code: str) -> str:
    return _label(_DIRECTIONS, code)
