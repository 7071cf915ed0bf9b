"""What a dead engine process leaves to be settled (sip/supervised.py): the calls the app was
told of and has not seen end, what ends each of them at the far end (sip.dialog), and the
accounts it last saw registered.

`Ledger` is kept from the engine's events as they pass to the app; when the child dies its
`Losses` become the app's CallStateChanged (DISCONNECTED, code 500) per call and
RegistrationChanged (503) per account, and `end_at_far_end` tells each far end, so that no
caller is left listening to silence.
"""

from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field, replace

from sip import dialog as dialogs
from sip.dialog import Dialog, Early
from sip.events import (
    CallDialog,
    CallDirection,
    CallReplaced,
    CallState,
    CallStateChanged,
    IncomingCall,
    RegistrationChanged,
    RegistrationFailure,
    SipEvent,
)

log = logging.getLogger(__name__)

LOST_CALL_CODE, LOST_CALL_REASON = 500, "the phone engine failed"


@dataclass
class _Live:
    """What the app was told of a call still up: enough to tell it that the call has ended."""

    event: CallStateChanged
    confirmed_at: float | None = None


@dataclass(frozen=True)
class Losses:
    """What one engine left when it died."""

    live: list[_Live] = field(default_factory=list)
    ends: list[tuple[Dialog | None, Early | None]] = field(default_factory=list)
    registered: list[str] = field(default_factory=list)

    def calls_ended(self, now: float) -> list[CallStateChanged]:
        """Each call still up, ended as lost (`now`: time.monotonic() when the engine died)."""
        ended = []
        for record in self.live:
            duration = 0.0 if record.confirmed_at is None else now - record.confirmed_at
            ended.append(
                replace(
                    record.event,
                    state=CallState.DISCONNECTED,
                    code=LOST_CALL_CODE,
                    reason=LOST_CALL_REASON,
                    connected_duration_s=round(duration, 1),
                )
            )
        return ended

    def unregistered(self) -> list[RegistrationChanged]:
        return [
            RegistrationChanged(
                account_id, False, 503, "the phone engine is restarting",
                RegistrationFailure.OTHER,
            )
            for account_id in self.registered
        ]  # fmt: skip


class Ledger:
    """Kept from the engine's events. Not thread-safe: its owner holds a lock around each use."""

    def __init__(self) -> None:
        self._live: dict[int, _Live] = {}
        # What ends each call at the far end: the dialog once established (a BYE); before that,
        # a CANCEL or a 500 to the caller. By call handle; it may come before the call's state.
        self._ends: dict[int, tuple[Dialog | None, Early | None]] = {}
        self._registered: set[str] = set()
        self.max_call_id = 0  # a new engine numbers its calls above every handle seen

    def saw_handle(self, handle: int) -> None:
        self.max_call_id = max(self.max_call_id, handle)

    def account_removed(self, account_id: str) -> None:
        self._registered.discard(account_id)

    def saw(self, event: SipEvent) -> None:
        handle = getattr(event, "call_id", None)
        if isinstance(event, CallReplaced):
            handle = event.new_call_id
        if isinstance(handle, int):
            self.saw_handle(handle)
        if isinstance(event, IncomingCall):
            self._live.setdefault(
                event.call_id,
                _Live(
                    CallStateChanged(
                        event.call_id, CallState.INCOMING, CallDirection.INCOMING, 0, "",
                        event.remote_uri, sip_call_id=event.sip_call_id,
                    )
                ),
            )  # fmt: skip
        elif isinstance(event, CallDialog):
            self._ends[event.call_id] = (event.dialog, event.early)
        elif isinstance(event, CallStateChanged):
            if event.state is CallState.DISCONNECTED:
                self._live.pop(event.call_id, None)
                self._ends.pop(event.call_id, None)
            else:
                live = self._live.setdefault(event.call_id, _Live(event))
                live.event = event
                if event.state is CallState.CONFIRMED and live.confirmed_at is None:
                    live.confirmed_at = time.monotonic()
        elif isinstance(event, RegistrationChanged):
            if event.registered:
                self._registered.add(event.account_id)
            else:
                self._registered.discard(event.account_id)

    def take(self) -> Losses:
        """What the engine leaves, now that it has died; the ledger starts empty again."""
        losses = Losses(
            list(self._live.values()), list(self._ends.values()), sorted(self._registered)
        )
        self._live, self._ends, self._registered = {}, {}, set()
        return losses


def end_at_far_end(dialog: Dialog | None, early: Early | None, bind_address: str) -> None:
    """Tell the far end of a lost call (its own thread: it waits for an answer)."""
    if dialog is None:
        if early is not None and dialogs.end_early(early, bind_address, LOST_CALL_REASON):
            what = "a CANCEL" if early.outgoing else "a 500"
            log.warning("an unanswered lost call: %s was sent to the far end", what)
        return
    code = dialogs.hang_up(dialog, bind_address, LOST_CALL_REASON)
    if code is None:
        log.warning("lost call %s: no answer to its BYE", dialog.call_id)
    elif 200 <= code < 300:
        log.warning("lost call %s: hung up at the far end", dialog.call_id)
    else:
        log.warning("lost call %s: its BYE was refused (%s)", dialog.call_id, code)
