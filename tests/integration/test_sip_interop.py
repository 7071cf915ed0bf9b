"""The engine against third-party SIP software from Debian, all on loopback: Kamailio as the
registrar and proxy with digest authentication, baresip and linphonec as other people's phones;
and TLS with mandatory SRTP between two instances of our engine."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from sip.config import AccountConfig, EngineConfig, TlsSettings
from sip.engine import SipEngine
from sip.supervised import SupervisedEngine
from tests.support import kamailio_script
from tests.support.audio import read_wav, tone_present
from tests.support.baresip import Baresip
from tests.support.calls import (
    AGENT_HZ,
    Agent,
    heard_by_agent,
    heard_by_peer,
    kill_engine,
    wait_active,
)
from tests.support.certs import LabPki, make_test_pki
from tests.support.kamailio import Kamailio
from tests.support.linphone import Linphonec
from tests.support.process import wait_for
from tests.support.sip_peer import EventLog, SipPeer

USERS = {"1001": "agent-pw-1001", "1002": "agent-pw-1002", "2001": "bare-pw", "3001": "lin-pw"}
BARESIP_HZ, LINPHONE_HZ = 1000.0, 440.0


@pytest.fixture
def kamailio() -> Iterator[Kamailio]:
    with Kamailio(users=USERS) as k:
        yield k


def start_engine(tones: dict[float, str], **config: object) -> Agent:
    events = EventLog()
    settings: dict[str, object] = {"tcp_port": 0, "microphone_wav": tones[AGENT_HZ], **config}
    engine = SipEngine(EngineConfig.loopback(**settings), events.add)
    address = engine.start().transports[0][1]
    return Agent(engine, events, address, "")


@pytest.fixture
def softphone(tones: dict[float, str]) -> Iterator[Agent]:
    agent = start_engine(tones)
    yield agent
    agent.engine.stop()


def register(agent: Agent, k: Kamailio, user: str, **extra: object) -> None:
    config = {
        "id": user,
        "username": user,
        "domain": f"{k.domain}:{k.port}",
        "password": USERS[user],
        **extra,
    }
    mark = agent.events.mark()
    agent.engine.add_account(AccountConfig(**config)).result(5)  # type: ignore[arg-type]
    event = agent.events.wait("RegistrationChanged", lambda e: e.account_id == user, after=mark)
    assert event.registered, event
    assert k.is_registered(user)


def received_tones(path: Path, freqs: tuple[float, ...]) -> set[float]:
    samples, rate = read_wav(str(path))
    settled = samples[int(rate * 0.3) :]
    return {f for f in freqs if tone_present(settled, rate, f, threshold_ratio=6.0)}


def test_several_accounts_register_over_udp_and_tcp(softphone: Agent, kamailio: Kamailio) -> None:
    register(softphone, kamailio, "1001")
    register(softphone, kamailio, "1002", transport="tcp")
    assert kamailio.contacts("1001") and kamailio.contacts("1002")
    assert ";transport=tcp" in kamailio.contacts("1002")[0].lower()
    softphone.engine.remove_account("1002").result(5)  # unregisters (expires 0)
    wait_for(lambda: not kamailio.is_registered("1002"), 5, "unregistered")
    assert kamailio.is_registered("1001")


@pytest.mark.parametrize(
    ("user", "password", "failure", "code"),
    [("1001", "wrong-password", "forbidden", 403), ("9999", "whatever", "not_found", 404)],
)
def test_registration_failures_are_clean_events(
    softphone: Agent, kamailio: Kamailio, user: str, password: str, failure: str, code: int
) -> None:
    softphone.engine.add_account(
        AccountConfig(
            id="bad", username=user, domain=f"127.0.0.1:{kamailio.port}", password=password
        )
    ).result(5)
    event = softphone.events.wait("RegistrationChanged")
    assert (event.registered, event.failure, event.code) == (False, failure, code)
    assert event.retry_in_s is not None  # it keeps trying, with backoff
    assert password not in event.reason


def test_registrar_down_and_back_over_tcp(softphone: Agent, kamailio: Kamailio) -> None:
    register(softphone, kamailio, "1001", transport="tcp", retry_min_s=0.3, retry_max_s=2.0)
    kamailio.stop()
    softphone.engine.reregister("1001").result(5)  # as the refresh timer would
    lost = softphone.events.wait(
        "RegistrationChanged", lambda e: not e.registered and e.failure == "transport"
    )
    assert lost.retry_in_s is not None
    mark = softphone.events.mark()  # before the start: a quick retry may beat the next line
    kamailio.start()
    back = softphone.events.wait(
        "RegistrationChanged", lambda e: e.registered, after=mark, timeout=15
    )
    assert back.code == 200
    assert kamailio.is_registered("1001")


def test_registrar_restart_over_udp_is_survived(tones, kamailio: Kamailio) -> None:
    agent = start_engine(tones)
    try:
        register(agent, kamailio, "1001", reg_expires_s=10)
        kamailio.stop()
        # The refresh REGISTER reaches the dead port, and its retransmissions reach the new
        # Kamailio (whose location table starts empty): the phone is registered again.
        kamailio.wait_request_while_down("REGISTER", timeout=15)
        kamailio.start()
        kamailio.wait_registered("1001", timeout=15)
    finally:
        agent.engine.stop()


def test_a_udp_registrar_gone_is_seen_at_once_and_registered_with_as_soon_as_it_is_back(
    tones: dict[float, str], kamailio: Kamailio
) -> None:
    """Over UDP nothing tells the phone that its registrar went away, and one that comes back
    has an empty location table: with a 5-minute expiry the agent would look registered but
    get no calls for up to 5 minutes. The keepalive (sip.keepalive) sees both within seconds."""
    agent = start_engine(tones)
    try:
        register(agent, kamailio, "1001", reg_expires_s=300, keepalive_s=1)
        mark = agent.events.mark()
        kamailio.stop()
        lost = agent.events.wait(  # two silent rounds of 3.5 s, 1 s apart: about 8 s
            "RegistrationChanged", lambda e: e.account_id == "1001", after=mark, timeout=30
        )
        assert (lost.registered, lost.code, lost.failure) == (False, 408, "timeout")
        assert lost.reason == "the registrar does not answer"
        mark = agent.events.mark()
        kamailio.start()  # a new Kamailio: nobody is registered with it
        back = agent.events.wait(
            "RegistrationChanged", lambda e: e.account_id == "1001", after=mark, timeout=10
        )
        assert back.registered and back.expires_s > 200, back
        assert kamailio.is_registered("1001")
    finally:
        agent.engine.stop()


def test_baresip_calls_the_softphone_and_back(
    softphone: Agent, kamailio: Kamailio, tmp_path: Path
) -> None:
    register(softphone, kamailio, "1001")
    with Baresip(user="2001", password=USERS["2001"], registrar=kamailio,
                 tone_hz=BARESIP_HZ, auto_answer=True) as bare:  # fmt: skip
        bare.wait_registered()
        # baresip -> Kamailio -> softphone
        bare.dial(kamailio.uri("1001"))
        incoming = softphone.events.wait("IncomingCall")
        assert incoming.caller_user == "2001"
        softphone.engine.answer(incoming.call_id).result(5)
        bare.wait_call_established()
        wait_active(softphone.events, incoming.call_id)
        assert heard_by_agent(softphone, incoming.call_id, tmp_path / "in.wav") == {BARESIP_HZ}
        bare.wait_received_audio(1.5)
        softphone.engine.hangup(incoming.call_id).result(5)
        bare.wait_call_closed()
        assert received_tones(bare.wait_received_wav(), (AGENT_HZ, BARESIP_HZ)) == {AGENT_HZ}

        # softphone -> Kamailio (digest-authenticated INVITE) -> baresip, auto-answering
        mark = softphone.events.mark()
        # dialled as a number, the way an agent types it; the account's domain completes it
        outgoing = softphone.engine.make_call("1001", "20 01").result(5)
        wait_active(softphone.events, outgoing, after=mark)
        assert heard_by_agent(softphone, outgoing, tmp_path / "out.wav") == {BARESIP_HZ}
        softphone.engine.hangup(outgoing).result(5)
        bare.wait_call_closed()


def restarted_and_registered(events: EventLog, mark: int) -> None:
    events.wait("EngineRestarted", after=mark, timeout=20)
    events.wait("RegistrationChanged", lambda e: e.registered, after=mark)


def test_calls_lost_with_the_engine_are_hung_up_at_baresip_through_kamailio(
    tones: dict[float, str], kamailio: Kamailio
) -> None:
    """The engine's process dies mid-call (as when pjsip aborts): baresip, behind Kamailio
    (which record-routes), gets the BYE the app sends for each call, both directions; and a
    call still ringing at the softphone is refused to baresip through Kamailio."""
    events = EventLog()
    engine = SupervisedEngine(
        EngineConfig.loopback(tcp_port=0, microphone_wav=tones[AGENT_HZ]), events.add
    )
    agent = Agent(engine, events, engine.start().transports[0][1], "")
    try:
        register(agent, kamailio, "1001")
        with Baresip(user="2001", password=USERS["2001"], registrar=kamailio,
                     tone_hz=BARESIP_HZ, auto_answer=True) as bare:  # fmt: skip
            bare.wait_registered()
            bare.dial(kamailio.uri("1001"))  # baresip -> Kamailio -> the softphone
            incoming = events.wait("IncomingCall")
            engine.answer(incoming.call_id).result(5)
            bare.wait_call_established()
            wait_active(events, incoming.call_id)
            engine.calls().result(5)  # answered after the events before it: the dialog's too
            mark = events.mark()
            kill_engine(engine)
            bare.wait_call_closed()
            restarted_and_registered(events, mark)

            mark = events.mark()
            outgoing = engine.make_call("1001", "2001").result(5)  # the softphone -> baresip
            wait_active(events, outgoing, after=mark)
            bare.wait_call_established()
            engine.calls().result(5)
            kill_engine(engine)
            bare.wait_call_closed()
            restarted_and_registered(events, mark)

            # Ringing, not answered: Kamailio gets our 500 for its branch and passes it on.
            mark = events.mark()
            bare.dial(kamailio.uri("1001"))
            events.wait("IncomingCall", after=mark)
            engine.calls().result(5)
            kill_engine(engine)
            closed = bare.wait_call_closed()
            assert "500" in str(closed.get("param", "")), closed
    finally:
        engine.stop()


def test_linphonec_calls_the_softphone(
    softphone: Agent, kamailio: Kamailio, tones, tmp_path: Path
) -> None:
    register(softphone, kamailio, "1001")
    recording = tmp_path / "linphone-heard.wav"
    with Linphonec(auto_answer=True, play_file=tones[LINPHONE_HZ],
                   record_file=recording) as lin:  # fmt: skip
        lin.register("3001", USERS["3001"], kamailio)
        lin.wait_registered()
        lin.call(kamailio.uri("1001"))
        incoming = softphone.events.wait("IncomingCall", timeout=15)
        assert incoming.caller_user == "3001"
        softphone.engine.answer(incoming.call_id).result(5)
        lin.wait_established()
        wait_active(softphone.events, incoming.call_id)
        assert heard_by_agent(softphone, incoming.call_id, tmp_path / "sp.wav") == {LINPHONE_HZ}
        softphone.engine.hangup(incoming.call_id).result(5)
        lin.wait_call_ended()


def test_outbound_proxy_reaches_a_domain_that_does_not_resolve(
    softphone: Agent, monkeypatch: pytest.MonkeyPatch
) -> None:
    domain = "callcentre.test"  # .test never resolves: only the proxy can get us there
    monkeypatch.setattr(kamailio_script, "LOCAL_DOMAINS", ("127.0.0.1", "localhost", domain))
    with Kamailio(users=USERS, realm=domain) as k:
        mark = softphone.events.mark()
        softphone.engine.add_account(
            AccountConfig(
                id="p",
                username="1001",
                domain=domain,
                password=USERS["1001"],
                outbound_proxy=k.proxy_uri,
            )
        ).result(5)
        event = softphone.events.wait("RegistrationChanged", after=mark)
        assert event.registered, event
        assert k.is_registered("1001")


def test_unresolvable_registrar_is_a_dns_failure(softphone: Agent) -> None:
    softphone.engine.add_account(
        AccountConfig(id="d", username="1001", domain="no-such-pbx.invalid", password="pw")
    ).result(5)
    event = softphone.events.wait("RegistrationChanged")
    assert (event.registered, event.failure) == (False, "dns")


# -- TLS and SRTP between two instances of our engine --------------------------------------------


@pytest.fixture(scope="module")
def pki(tmp_path_factory: pytest.TempPathFactory) -> LabPki:
    return make_test_pki(tmp_path_factory.mktemp("pki"))


def tls_agent(tones: dict[float, str], pki: LabPki) -> tuple[Agent, str]:
    agent = start_engine(
        tones,
        udp_port=None,
        tcp_port=None,
        tls_port=0,
        tls=TlsSettings(
            ca_file=str(pki.ca_cert), cert_file=str(pki.server_cert), key_file=str(pki.server_key)
        ),
    )
    agent.engine.add_account(
        AccountConfig(
            id="agent",
            username="agent",
            domain=agent.address,
            transport="tls",
            srtp="mandatory",
            register=False,
        )
    ).result(5)
    return agent, f"sip:agent@{agent.address};transport=tls"


def tls_peer(tones: dict[float, str], ca: Path | None, srtp: str) -> SipPeer:
    peer = SipPeer(
        microphone_wav=tones[LINPHONE_HZ],
        name="tls-peer",
        udp_port=None,
        tls_port=0,
        tls={"ca_file": str(ca) if ca else "", "verify_server": True},
    ).__enter__()
    peer.command(
        "add_account",
        config={"id": "me", "username": "caller", "domain": peer.address, "transport": "tls",
                "srtp": srtp, "register": False},
    )  # fmt: skip
    return peer


def test_tls_with_mandatory_srtp_carries_audio(tones, pki: LabPki, tmp_path: Path) -> None:
    agent, uri = tls_agent(tones, pki)
    peer = tls_peer(tones, pki.ca_cert, "mandatory")
    try:
        peer_call = peer.command("make_call", account_id="me", target=uri, headers={})
        incoming = agent.events.wait("IncomingCall")
        agent.engine.answer(incoming.call_id).result(5)
        wait_active(agent.events, incoming.call_id)
        wait_active(peer.events, peer_call)
        assert heard_by_agent(agent, incoming.call_id, tmp_path / "a.wav") == {LINPHONE_HZ}
        assert heard_by_peer(peer, peer_call, tmp_path / "p.wav") == {AGENT_HZ}
    finally:
        peer.close()
        agent.engine.stop()


@pytest.mark.parametrize(
    ("trust", "srtp", "why"),
    [
        ("right-ca", "off", "SRTP is mandatory at the agent: a plain RTP offer is refused"),
        ("other-ca", "mandatory", "the agent's certificate is not signed by a trusted CA"),
    ],
)
def test_tls_and_srtp_are_enforced(tones, pki: LabPki, trust: str, srtp: str, why: str) -> None:
    agent, uri = tls_agent(tones, pki)
    ca = pki.ca_cert if trust == "right-ca" else pki.other_ca_cert
    peer = tls_peer(tones, ca, srtp)
    try:
        try:
            peer_call = peer.command("make_call", account_id="me", target=uri, headers={})
        except RuntimeError:
            peer_call = None  # refused before a call existed: also a failure to connect
        if peer_call is not None:
            ended = peer.events.wait(
                "CallStateChanged", lambda e: e.call_id == peer_call and e.state == "disconnected"
            )
            assert ended.code >= 400, why
        assert not agent.events.all("IncomingCall") or srtp == "off", why
        assert not [e for e in agent.events.all("CallStateChanged") if e.state == "confirmed"], why
    finally:
        peer.close()
        agent.engine.stop()


def test_certificate_verification_is_on_by_default() -> None:
    assert TlsSettings().verify_server is True


@pytest.mark.parametrize("trusted", [True, False])
def test_registration_over_tls_verifies_the_registrar(tones, pki: LabPki, trusted: bool) -> None:
    with Kamailio(users=USERS, tls_cert=pki.server_cert, tls_key=pki.server_key) as k:
        ca = pki.ca_cert if trusted else pki.other_ca_cert
        agent = start_engine(tones, tls_port=0, tls=TlsSettings(ca_file=str(ca)))
        try:
            agent.engine.add_account(
                AccountConfig(
                    id="t",
                    username="1001",
                    domain=f"127.0.0.1:{k.tls_port}",
                    password=USERS["1001"],
                    transport="tls",
                )
            ).result(5)
            event = agent.events.wait("RegistrationChanged", timeout=15)
            if trusted:
                assert event.registered, event
                assert "transport=tls" in k.contacts("1001")[0].lower()
            else:
                assert (event.registered, event.failure) == (False, "transport")
                assert not k.is_registered("1001")
        finally:
            agent.engine.stop()
