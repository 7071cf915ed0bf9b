"""Listening in, both sides, on the Qt thread (see crm.monitoring for the store's rules).

Agent side, `ListenInGuard`: a call carrying a listen-in token never rings. The guard claims the
session in the central store (the claim commits its audit row), and only then routes the call
into the agent's conference bridge for the mode and answers it; any refusal declines it with
403. A DTMF digit from the supervisor (4, 5, 6) switches to the mode the store now holds. When
the policy says so (on by default), the agent sees who listens and how.

Supervisor side, `ListenInService`: opens the session, calls the agent's phone with the token (or
dials the PBX's feature code), switches modes (store first, then the digit), and ends it. The
supervisor's microphone is muted on their side too while they only listen.
"""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject, Signal

from sip.events import CallState, CallStateChanged, DtmfReceived, IncomingCall
from softphone.calls import CallCenter
from softphone.store_service import StoreService
from softphone.telephony import Telephony

log = logging.getLogger(__name__)

Spawn = Callable[[Coroutine[Any, Any, None]], Any]


@dataclass
class _Leg:
    leg_id: int
    token: str
    target_id: int = 0
    mode: str = ""
    supervisor_name: str = ""


class ListenInGuard(QObject):
    """The agent's app: verify, audit, route, and tell the agent."""

    notice_changed = Signal(str, str)  # supervisor's name, mode ("" when nobody listens)
    refused = Signal(str)  # the refusal's reason code (for the log and tests)
    switch_ignored = Signal(str)  # a digit asked for a mode the store does not hold

    def __init__(
        self,
        telephony: Telephony,
        calls: CallCenter,
        store: StoreService,
        *,
        agent_login: str,
        spawn: Spawn,
        show_notice: bool = True,
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._telephony = telephony
        self._calls = calls
        self._store = store
        self._login = agent_login
        self._spawn = spawn
        self.show_notice = show_notice
        self._legs: dict[int, _Leg] = {}
        telephony.incoming_call.connect(self._on_telephony_incoming_call)
        telephony.dtmf_received.connect(self._on_telephony_dtmf_received)
        telephony.call_state_changed.connect(self._on_telephony_call_state_changed)

    def _on_telephony_incoming_call(self, event: IncomingCall) -> None:
        if event.monitor_token:
            self._legs[event.call_id] = _Leg(event.call_id, event.monitor_token)
            self._spawn(self._verify(event.call_id, event.monitor_token))

    def _on_telephony_dtmf_received(self, event: DtmfReceived) -> None:
        if event.call_id in self._legs:
            self._spawn(self._switch(self._legs[event.call_id], event.digit))

    def _on_telephony_call_state_changed(self, event: CallStateChanged) -> None:
        if event.call_id in self._legs and event.state is CallState.DISCONNECTED:
            self._spawn(self._ended(self._legs.pop(event.call_id)))

    async def _verify(self, leg_id: int, token: str) -> None:
        from crm import monitoring

        engine = self._telephony.engine
        connected = self._calls.connected_calls()
        if engine is None:
            return

        def claim(conn: Any) -> Any:
            try:
                return monitoring.claim(
                    conn, token=token, agent_login=self._login, current_call_ids=set(connected)
                )
            except monitoring.MonitorRefused as exc:
                return exc  # returned, not raised: the refusal's audit row is committed

        try:
            session = await self._store.transact(claim)
        except Exception as exc:  # the store is unreachable: nobody listens unverified
            log.warning("listen-in request not verified: %s", exc)
            self._legs.pop(leg_id, None)
            self.refused.emit("unverified")
            await asyncio.wrap_future(engine.reject(leg_id, 503))
            return
        if isinstance(session, monitoring.MonitorRefused):
            log.warning("listen-in request refused: %s", session.reason)
            self._legs.pop(leg_id, None)
            self.refused.emit(session.reason)
            await asyncio.wrap_future(engine.reject(leg_id, 403))
            return
        leg = self._legs.get(leg_id)
        target = connected.get(session.sip_call_id)
        if leg is None or target is None:
            return  # the supervisor gave up, or the call ended, while the store answered
        leg.target_id, leg.mode, leg.supervisor_name = target, session.mode, session.supervisor_name
        # Routed before it is answered: not one frame flows the way the mode does not allow.
        await asyncio.wrap_future(engine.listen_in(leg_id, target, session.mode))
        await asyncio.wrap_future(engine.answer(leg_id, 200))
        log.info("listen-in by %s (%s) started", session.supervisor_login, session.mode)
        self._notify()

    async def _switch(self, leg: _Leg, digit: str) -> None:
        from crm import monitoring

        wanted = monitoring.MODE_FOR_DTMF.get(digit)
        engine = self._telephony.engine
        if wanted is None or engine is None or not leg.target_id:
            return
        session = await self._store.transact(
            lambda conn: monitoring.current(conn, leg.token, self._login)
        )
        if session is None:
            await asyncio.wrap_future(engine.hangup(leg.leg_id))  # ended in the store
            return
        if session.mode != wanted:
            log.warning("listen-in mode %s asked in the call but not in the store", wanted)
            self.switch_ignored.emit(wanted)
            return
        await asyncio.wrap_future(engine.listen_in(leg.leg_id, leg.target_id, wanted))
        leg.mode = wanted
        self._notify()

    async def _ended(self, leg: _Leg) -> None:
        from crm import monitoring

        self._notify()
        if not leg.target_id:
            return
        try:
            await self._store.transact(
                lambda conn: monitoring.end(conn, token=leg.token, actor_login=self._login)
            )
        except Exception as exc:  # the supervisor's side ends it too
            log.warning("listen-in end not recorded: %s", exc)

    def _notify(self) -> None:
        active = [leg for leg in self._legs.values() if leg.target_id]
        if not self.show_notice or not active:
            self.notice_changed.emit("", "")
            return
        self.notice_changed.emit(active[-1].supervisor_name, active[-1].mode)


class ListenInService(QObject):
    """The supervisor's app: one listen-in at a time."""

    changed = Signal(str, str)  # agent login, mode ("" when not listening)
    problem = Signal(str)  # for people

    def __init__(
        self,
        telephony: Telephony,
        store: StoreService,
        *,
        supervisor_login: str,
        spawn: Spawn,
        via: str = "client",  # "client", or a PBX template of crm.monitoring.PBX_TEMPLATES
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent)
        self._telephony = telephony
        self._store = store
        self._login = supervisor_login
        self._spawn = spawn
        self.via = via
        self._call_id: int | None = None
        self._token = ""
        self._agent = ""
        self._mode = ""
        telephony.call_state_changed.connect(self._on_telephony_call_state_changed)

    @property
    def listening_to(self) -> str:
        return self._agent

    @property
    def mode(self) -> str:
        return self._mode

    def start(self, agent_login: str, mode: str) -> None:
        self._spawn(self._start(agent_login, mode))

    def switch(self, mode: str) -> None:
        self._spawn(self._switch(mode))

    def stop(self) -> None:
        self._spawn(self._stop())

    async def _start(self, agent_login: str, mode: str) -> None:
        from crm import monitoring, presence

        engine, account = self._telephony.engine, self._telephony.default_account()
        if engine is None or account is None:
            self.problem.emit(self.tr("Listening in needs a registered phone."))
            return
        if self._call_id is not None:
            await self._stop()

        def open_session(conn: Any) -> tuple[Any, str]:
            found = presence.presence_of(conn, agent_login)
            call = found[2] if found else {}
            target = presence.phone_of(conn, agent_login)
            session = monitoring.open_session(
                conn,
                supervisor_login=self._login,
                agent_login=agent_login,
                sip_call_id=str(call.get("sip_call_id") or ""),
                mode=mode,
                how=self.via,
            )
            if self.via != "client":
                target = monitoring.pbx_dial(
                    self.via, mode, presence.extension_of(conn, agent_login)
                )
            return session, target

        try:
            session, target = await self._store.transact(open_session)
        except monitoring.MonitorRefused as exc:
            self.problem.emit(self._refusal_text(exc.reason))
            return
        except Exception as exc:
            log.warning("listen-in not opened: %s", exc)
            self.problem.emit(self.tr("The ticket store is unreachable: nobody can listen in."))
            return
        if not target:
            self.problem.emit(self.tr("No phone address is known for this agent."))
            return
        headers = {engine.config.monitor_header: session.token} if self.via == "client" else {}
        self._token, self._agent, self._mode = session.token, agent_login, mode
        try:
            self._call_id = await asyncio.wrap_future(engine.make_call(account, target, headers))
        except Exception as exc:
            self._forget()
            self.problem.emit(
                self.tr("The agent's phone could not be called: %1").replace("%1", str(exc))
            )
            return
        await asyncio.wrap_future(engine.set_mute(self._call_id, mode == "monitor"))
        self.changed.emit(agent_login, mode)

    async def _switch(self, mode: str) -> None:
        from crm import monitoring

        engine, call_id = self._telephony.engine, self._call_id
        if engine is None or call_id is None or mode == self._mode:
            return
        token = self._token
        try:
            await self._store.transact(
                lambda conn: monitoring.switch_mode(
                    conn, token=token, supervisor_login=self._login, mode=mode
                )
            )
        except Exception as exc:  # not audited, so not switched
            log.warning("listen-in mode not switched: %s", exc)
            self.problem.emit(self.tr("The mode could not be switched: the store did not answer."))
            return
        digits = monitoring.DTMF_FOR_MODE
        if self.via != "client":
            digits = monitoring.PBX_TEMPLATES[self.via]["switch"]
        await asyncio.wrap_future(engine.set_mute(call_id, mode == "monitor"))
        await asyncio.wrap_future(engine.send_dtmf(call_id, digits[mode]))
        self._mode = mode
        self.changed.emit(self._agent, mode)

    async def _stop(self) -> None:
        engine, call_id, token = self._telephony.engine, self._call_id, self._token
        self._forget()
        if engine is not None and call_id is not None:
            try:
                await asyncio.wrap_future(engine.hangup(call_id))
            except Exception as exc:  # it had ended already
                log.info("listen-in call already gone: %s", exc)
        self.changed.emit("", "")
        if token:
            await self._end_in_store(token)

    def _forget(self) -> None:
        """No listen-in running any more (the store's session is ended separately)."""
        self._call_id, self._token, self._agent, self._mode = None, "", "", ""

    async def _end_in_store(self, token: str) -> None:
        from crm import monitoring

        try:
            await self._store.transact(
                lambda conn: monitoring.end(conn, token=token, actor_login=self._login)
            )
        except Exception as exc:  # the agent's side ends it too
            log.warning("listen-in end not recorded: %s", exc)

    def _on_telephony_call_state_changed(self, event: CallStateChanged) -> None:
        if event.call_id == self._call_id and event.state is CallState.DISCONNECTED:
            token = self._token
            self._forget()
            if event.code >= 400:
                self.problem.emit(
                    self.tr("The agent's phone refused the listen-in (%1).").replace(
                        "%1", f"{event.code} {event.reason}".strip()
                    )
                )
            if token:
                self._spawn(self._end_in_store(token))
            self.changed.emit("", "")

    def _refusal_text(self, reason: str) -> str:
        texts = {
            "not_supervisor": self.tr("Only supervisors can listen in."),
            "no_call": self.tr("This agent is not on a call."),
            "unknown_agent": self.tr("This agent is not known to the ticket store."),
            "self": self.tr("You cannot listen in on your own calls."),
            "no_extension": self.tr("This agent has no extension for the PBX to listen in on."),
        }
        return texts.get(reason, self.tr("The listen-in was refused."))
