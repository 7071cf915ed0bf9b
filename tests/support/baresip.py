"""A real baresip (1.0.x) as a scripted SIP peer for integration tests.

``with Baresip(user="2001", password="pw2", registrar=k, tone_hz=1000) as b:`` writes ``config``,
``accounts`` and ``contacts`` into its own temporary config dir and runs ``baresip -f DIR -t N``
(``-t`` is only a safety net: the process quits by itself after ``max_lifetime`` seconds).

* Network: ``sip_listen 127.0.0.1:PORT`` (UDP+TCP; baresip also opens TLS on PORT+1, so a free
  *pair* of ports is chosen) and ``net_interface 127.0.0.1`` so the SDP carries 127.0.0.1.
  libre's DNS client always binds a wildcard UDP socket (``0.0.0.0:0`` and ``[::]:0``) that no
  config option changes; with ``force_loopback=True`` (default) a tiny ``LD_PRELOAD`` shim, built
  once with the system C compiler, rewrites wildcard ``bind()`` calls to 127.0.0.1 / ::1 (see
  tests/support/loopback_bind.py). Without a compiler the shim is skipped (a warning is logged).
* Audio: ``audio_source ausine,FREQ`` (a sine; ausine needs ``ausrc_srate 48000`` and
  ``ausrc_channels 2``), ``audio_player alsa,null`` (ALSA's null sink: no sound card needed) and
  the ``sndfile`` audio filter, which dumps what is sent (``*-enc.wav``) and what is received and
  decoded (``*-dec.wav``) into ``snd_path`` as ``dump-YYYY-MM-DD-hh-mm-ss-{enc,dec}.wav`` (one
  pair per audio stream; two calls starting within the same second would share a name). The
  files are complete only once the call is closed (libsndfile writes the header sizes on close).
* Codecs: only ``g711`` is loaded (PCMU/PCMA), so it interoperates with pjsua2 and linphone.
* Control: the ``ctrl_tcp`` module (netstring-framed JSON on a loopback TCP port): commands are the
  menu module's long commands (``dial``, ``accept``, ``hangup``, ``reginfo``, ``quit``...) and every
  UA event arrives as JSON (``REGISTER_OK``, ``REGISTER_FAIL``, ``CALL_INCOMING``,
  ``CALL_ESTABLISHED``, ``CALL_CLOSED``...). Events emitted before the control connection was
  accepted (e.g. an early registration) are lost, so registration state is also read with the
  ``reginfo`` command and from the log (stdout+stderr go to ``baresip.log``).
"""

from __future__ import annotations

import contextlib
import json
import logging
import os
import re
import shutil
import socket
import struct
import subprocess
import threading
import time
import wave
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any

from tests.support import process
from tests.support.lab import ManagedChild, work_dir
from tests.support.loopback_bind import loopback_preload
from tests.support.process import HOST, free_port, wait_for

if TYPE_CHECKING:
    from tests.support.kamailio import Kamailio

__all__ = ["Baresip", "BaresipError", "baresip_available"]

log = logging.getLogger(__name__)

MODULE_DIRS = ("/usr/lib/baresip/modules", "/usr/local/lib/baresip/modules")
_ANSI = re.compile(r"\x1b\[[0-9;]*m")


def baresip_available() -> bool:
    return shutil.which("baresip") is not None and _module_dir() is not None


def _module_dir() -> str | None:
    return next((d for d in MODULE_DIRS if os.path.exists(os.path.join(d, "g711.so"))), None)


def _free_port_pair() -> int:
    """A port P with P (UDP+TCP) and P+1 (TCP, baresip's TLS listener) free on loopback."""
    for _ in range(100):
        port = free_port()
        if port >= 65535:
            continue
        with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
            try:
                sock.bind((HOST, port + 1))
            except OSError:
                continue
        return port
    raise RuntimeError("no free port pair on 127.0.0.1")


def _growing_wav_seconds(path: Path) -> float:
    """Duration of PCM data in a WAV that may still be written (header sizes not final)."""
    try:
        with open(path, "rb") as fh:
            head = fh.read(4096)
            size = os.fstat(fh.fileno()).st_size
    except OSError:
        return 0.0
    if len(head) < 12 or head[:4] != b"RIFF" or head[8:12] != b"WAVE":
        return 0.0
    pos = 12
    byte_rate = 0
    while pos + 8 <= len(head):
        chunk_id = head[pos : pos + 4]
        chunk_len = struct.unpack_from("<I", head, pos + 4)[0]
        if chunk_id == b"fmt " and pos + 20 <= len(head):
            byte_rate = struct.unpack_from("<I", head, pos + 8 + 8)[0]
        if chunk_id == b"data":
            return max(0, size - (pos + 8)) / byte_rate if byte_rate else 0.0
        pos += 8 + chunk_len + (chunk_len & 1)
    return 0.0


def _netstring(payload: bytes) -> bytes:
    return str(len(payload)).encode() + b":" + payload + b","


class BaresipError(RuntimeError):
    """A baresip command failed or baresip misbehaved."""


class Baresip(ManagedChild):
    """A baresip child process driven over ``ctrl_tcp``. See the module docstring.

    ``user``/``password``: the account (``auth_user`` = ``user``); ``registrar``: a running
    :class:`~tests.support.kamailio.Kamailio` to register at (AOR ``sip:user@127.0.0.1:KPORT``), or
    ``None`` for no registration (AOR ``sip:user@127.0.0.1:SIP_PORT``, reachable directly at
    :attr:`contact_uri`). ``tone_hz``: the sine it sends. ``auto_answer``: ``answermode=auto`` vs
    ``manual`` (then call :meth:`answer`). ``transport``: ``udp``/``tcp`` for the account.
    ``regint``: registration interval in seconds (Kamailio accepts down to 1; baresip refreshes
    at 90 % of it). ``outbound_proxy``: send every request via the registrar (``outbound=``), so
    direct URIs like ``sip:x@127.0.0.1:5090`` also go through Kamailio. ``max_lifetime``:
    baresip's own ``-t`` safety net. ``extra_config``/``account_params`` override or add raw
    config lines / account parameters.
    """

    def __init__(
        self,
        user: str = "2001",
        password: str | None = None,
        registrar: Kamailio | None = None,
        tone_hz: float = 1000.0,
        auto_answer: bool = True,
        transport: str = "udp",
        regint: int = 3600,
        outbound_proxy: bool = False,
        codecs: Iterable[str] = ("PCMU", "PCMA"),
        max_lifetime: int = 300,
        force_loopback: bool = True,
        extra_config: Mapping[str, str] | None = None,
        account_params: Mapping[str, str] | None = None,
        name: str | None = None,
        workdir: str | os.PathLike[str] | None = None,
    ) -> None:
        self.user = user
        self.password = password
        self.registrar = registrar
        self.tone_hz = tone_hz
        self.auto_answer = auto_answer
        self.transport = transport
        self.regint = regint
        self.outbound_proxy = outbound_proxy
        self.codecs = tuple(codecs)
        self.max_lifetime = max_lifetime
        self.force_loopback = force_loopback
        self.extra_config = dict(extra_config or {})
        self.account_params = dict(account_params or {})
        self.name = name or f"baresip-{user}"
        self._own_dir = workdir is None
        self._workdir_arg = Path(workdir) if workdir is not None else None
        self.dir: Path = Path()
        self.sip_port = 0
        self.ctrl_port = 0
        self._proc: subprocess.Popen[bytes] | None = None
        self._log_handle: Any = None
        self._sock: socket.socket | None = None
        self._reader: threading.Thread | None = None
        self._cond = threading.Condition()
        self._events: list[dict[str, Any]] = []
        self._consumed: set[int] = set()
        self._responses: dict[str, dict[str, Any]] = {}
        self._token = 0
        self._closing = False

    # ------------------------------------------------------------------ addresses
    @property
    def aor(self) -> str:
        """The account's address of record (Kamailio's domain when registering)."""
        if self.registrar is not None:
            return self.registrar.uri(self.user)
        return f"sip:{self.user}@{HOST}:{self.sip_port}"

    @property
    def contact_uri(self) -> str:
        """A URI that reaches this baresip directly (no registrar involved)."""
        suffix = "" if self.transport == "udp" else f";transport={self.transport}"
        return f"sip:{self.user}@{HOST}:{self.sip_port}{suffix}"

    @property
    def config_dir(self) -> Path:
        return self.dir

    @property
    def recordings_dir(self) -> Path:
        return self.dir / "recordings"

    @property
    def log_path(self) -> Path:
        return self.dir / "baresip.log"

    # ------------------------------------------------------------------ config files
    def _account_line(self) -> str:
        params: dict[str, str] = {}
        if self.registrar is not None:
            uri = f"sip:{self.user}@{self.registrar.domain}:{self.registrar.port}"
            if self.password is not None:
                params["auth_user"] = self.user
                params["auth_pass"] = self.password
            params["regint"] = str(self.regint)
        else:
            uri = f"sip:{self.user}@{HOST}:{self.sip_port}"
            params["regint"] = "0"
        if self.transport != "udp":
            uri += f";transport={self.transport}"
        params["answermode"] = "auto" if self.auto_answer else "manual"
        params["audio_codecs"] = ",".join(self.codecs)
        params["ptime"] = "20"
        params.update(self.account_params)
        for key, value in params.items():
            if any(c in value for c in ';\r\n<>"'):
                raise ValueError(f"unsupported character in account parameter {key}={value!r}")
        line = f"<{uri}>;" + ";".join(f"{k}={v}" for k, v in params.items())
        if self.outbound_proxy:
            if self.registrar is None:
                raise ValueError("outbound_proxy needs a registrar")
            line += f';outbound="{self.registrar.proxy_uri}"'
        return line

    def render_config(self) -> str:
        mod_dir = _module_dir()
        if mod_dir is None:
            raise RuntimeError("baresip modules not found")
        tone = f"{self.tone_hz:g}"
        settings: dict[str, str] = {
            "poll_method": "epoll",
            "sip_listen": f"{HOST}:{self.sip_port}",
            "call_local_timeout": "120",
            "call_max_calls": "4",
            "audio_player": "alsa,null",
            "audio_alert": "alsa,null",
            "audio_source": f"ausine,{tone}",
            "ausrc_srate": "48000",
            "ausrc_channels": "2",
            "audio_level": "no",
            "rtp_tos": "0",
            "rtp_stats": "no",
            "rtp_timeout": "0",
            "net_interface": HOST,
            "dns_server": f"{HOST}:53",
            "module_path": mod_dir,
            "ctrl_tcp_listen": f"{HOST}:{self.ctrl_port}",
            "snd_path": str(self.recordings_dir),
        }
        settings.update(self.extra_config)
        lines = [f"{k}\t\t{v}" for k, v in settings.items()]
        lines += [
            "module\t\t\tg711.so",
            "module\t\t\tausine.so",
            "module\t\t\talsa.so",
            "module\t\t\tsndfile.so",
            "module_tmp\t\taccount.so",
            "module_app\t\tcontact.so",
            "module_app\t\tmenu.so",
            "module_app\t\tctrl_tcp.so",
        ]
        return "# Generated by tests/support/baresip.py\n" + "\n".join(lines) + "\n"

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 10.0) -> None:
        """Write the config dir, start baresip and connect to its control port."""
        if self._proc is not None:
            raise BaresipError("already started")
        binary = shutil.which("baresip")
        if binary is None:
            raise RuntimeError("baresip is not installed")
        self.dir = work_dir(self._workdir_arg, f"{self.name}-")
        self.recordings_dir.mkdir(exist_ok=True)
        self.sip_port = _free_port_pair()
        self.ctrl_port = free_port(udp=False)
        (self.dir / "config").write_text(self.render_config(), encoding="utf-8")
        (self.dir / "accounts").write_text(self._account_line() + "\n", encoding="utf-8")
        contacts = [f'"{self.user} (self)" <{self.contact_uri}>']
        if self.registrar is not None:
            contacts += [f'"{u}" <{self.registrar.uri(u)}>' for u in self.registrar.users]
        (self.dir / "contacts").write_text("\n".join(contacts) + "\n", encoding="utf-8")

        env = dict(os.environ)
        env["HOME"] = str(self.dir)
        if self.force_loopback:
            shim = loopback_preload()
            if shim:
                env["LD_PRELOAD"] = ":".join(p for p in (shim, env.get("LD_PRELOAD")) if p)
        self._log_handle = open(self.log_path, "ab")  # noqa: SIM115 - open while child runs
        self._proc = process.start(
            [binary, "-f", str(self.dir), "-t", str(self.max_lifetime)],
            stdout=self._log_handle,
            cwd=self.dir,
            env=env,
        )
        self._connect(timeout)

    def _connect(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        assert self._proc is not None
        try:
            process.wait_ready(
                self._proc,
                lambda: process.port_accepts(self.ctrl_port, timeout=0.5),
                timeout,
                f"{self.name} ctrl_tcp port {self.ctrl_port}",
                interval=0.01,
                log=self.log_text,
            )
        except process.ChildExitedError as exc:
            raise BaresipError(str(exc)) from None
        except TimeoutError:
            raise BaresipError(
                f"baresip ctrl_tcp port {self.ctrl_port} never answered:\n"
                + self.log_text()[-3000:]
            ) from None
        sock = socket.create_connection((HOST, self.ctrl_port), timeout=0.5)
        sock.settimeout(None)
        self._sock = sock
        self._reader = threading.Thread(
            target=self._read_loop, name=f"{self.name}-ctrl", daemon=True
        )
        self._reader.start()
        # A round trip proves the command path works (and that menu/ctrl_tcp are loaded).
        self.command("reginfo", timeout=max(1.0, deadline - time.monotonic()))

    def _read_loop(self) -> None:
        sock = self._sock
        assert sock is not None
        buf = b""
        while True:
            try:
                data = sock.recv(65536)
            except OSError:
                data = b""
            if not data:
                with self._cond:
                    self._cond.notify_all()
                return
            buf += data
            while True:
                colon = buf.find(b":")
                if colon < 0:
                    break
                length = int(buf[:colon])
                if len(buf) < colon + 1 + length + 1:
                    break
                payload = buf[colon + 1 : colon + 1 + length]
                buf = buf[colon + 2 + length :]
                try:
                    msg = json.loads(payload)
                except ValueError:
                    log.warning("%s: undecodable ctrl message %r", self.name, payload)
                    continue
                with self._cond:
                    if msg.get("event"):
                        msg["_time"] = time.monotonic()
                        self._events.append(msg)
                    elif msg.get("response"):
                        self._responses[str(msg.get("token"))] = msg
                    self._cond.notify_all()

    def _check_alive(self) -> None:
        if self._proc is None:
            raise BaresipError(f"{self.name} is not running")
        if self._proc.poll() is not None:
            raise BaresipError(
                f"{self.name} exited (rc={self._proc.returncode}):\n" + self.log_text()[-3000:]
            )

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """Ask baresip to quit (it unregisters), then SIGTERM/SIGKILL; always reaps it."""
        proc = self._proc
        if proc is not None and proc.poll() is None and self._sock is not None:
            with contextlib.suppress(OSError, BaresipError, TimeoutError):
                self._send("quit")
            process.wait_exit(proc, timeout)
        if proc is not None:
            process.stop(proc, 2.0)
        if self._sock is not None:
            with contextlib.suppress(OSError):
                self._sock.shutdown(socket.SHUT_RDWR)
            self._sock.close()
            self._sock = None
        if self._reader is not None:
            self._reader.join(5.0)
            self._reader = None
        if self._log_handle is not None:
            self._log_handle.close()
            self._log_handle = None

    # ------------------------------------------------------------------ commands
    def _send(self, command: str, params: str | None = None) -> str:
        if self._sock is None:
            raise BaresipError("not connected")
        with self._cond:
            self._token += 1
            token = f"t{self._token}"
        msg: dict[str, str] = {"command": command, "token": token}
        if params is not None:
            msg["params"] = params
        self._sock.sendall(_netstring(json.dumps(msg).encode()))
        return token

    def command(self, command: str, params: str | None = None, timeout: float = 5.0) -> str:
        """Run a baresip long command (e.g. ``"dial"``, ``"sip:..."``) and return its output."""
        self._check_alive()
        token = self._send(command, params)
        deadline = time.monotonic() + timeout
        with self._cond:
            while token not in self._responses:
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(f"{self.name}: no response to {command!r}")
                if self._proc is not None and self._proc.poll() is not None:
                    raise BaresipError(f"{self.name} exited during {command!r}")
                self._cond.wait(min(remaining, 0.2))
            resp = self._responses.pop(token)
        data = _ANSI.sub("", str(resp.get("data", "")))
        if not resp.get("ok", False):
            raise BaresipError(f"{self.name}: {command} {params or ''} failed: {data}")
        return data

    def dial(self, uri: str) -> None:
        """Start an outgoing call to ``uri``."""
        self.command("dial", uri)

    def answer(self) -> None:
        """Answer the current incoming call."""
        self.command("accept")

    def hangup(self) -> None:
        """Hang up (or reject/cancel) the current call."""
        self.command("hangup")

    def reginfo(self) -> str:
        return self.command("reginfo")

    # ------------------------------------------------------------------ events and state
    @property
    def events(self) -> list[dict[str, Any]]:
        with self._cond:
            return list(self._events)

    def wait_event(
        self, types: str | Iterable[str], timeout: float = 10.0, consume: bool = True
    ) -> dict[str, Any]:
        """The first not yet consumed event of one of ``types`` (waits until it arrives)."""
        wanted = {types} if isinstance(types, str) else set(types)
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for index, event in enumerate(self._events):
                    if index not in self._consumed and event.get("type") in wanted:
                        if consume:
                            self._consumed.add(index)
                        return event
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    seen = [e.get("type") for e in self._events]
                    raise TimeoutError(
                        f"{self.name}: no {sorted(wanted)} within {timeout:.1f} s "
                        f"(events so far: {seen})"
                    )
                if self._proc is not None and self._proc.poll() is not None:
                    raise BaresipError(
                        f"{self.name} exited while waiting for {sorted(wanted)}:\n"
                        + self.log_text()[-3000:]
                    )
                self._cond.wait(min(remaining, 0.2))

    def registration_status(self) -> str:
        """``"OK"``, ``"ERR"`` or ``"zzz"`` (not tried yet) from the ``reginfo`` command."""
        m = re.search(r">\s*\S+\s+(OK|ERR|zzz)", self.reginfo())
        return m.group(1) if m else "?"

    def wait_registered(self, timeout: float = 10.0) -> None:
        """Wait until the account is registered (``reginfo`` says OK).

        ``reginfo`` keeps saying OK after the registrar went away (it shows the last answer); use
        :meth:`wait_reregistered` (a fresh ``REGISTER_OK`` event) to see a new registration.
        """
        wait_for(
            lambda: self.registration_status() == "OK",
            timeout,
            f"{self.name} to register",
            interval=0.05,
        )

    def wait_register_failed(self, timeout: float = 10.0) -> str:
        """Wait until registration failed; return the reason (e.g. ``403 Forbidden ...``)."""
        reason: list[str] = []

        def failed() -> bool:
            for event in self.events:
                if event.get("type") == "REGISTER_FAIL":
                    reason.append(str(event.get("param", "")))
                    return True
            m = re.search(r"reg: \S+: (\d{3} [^\n(]*)", _ANSI.sub("", self.log_text()))
            if m:
                reason.append(m.group(1).strip())
                return True
            return False

        wait_for(failed, timeout, f"{self.name} registration to fail", interval=0.05)
        return reason[0]

    def wait_reregistered(self, timeout: float = 10.0) -> dict[str, Any]:
        """Wait for the next unconsumed ``REGISTER_OK`` event (a refresh or a re-register)."""
        return self.wait_event("REGISTER_OK", timeout)

    def wait_incoming(self, timeout: float = 10.0) -> dict[str, Any]:
        return self.wait_event("CALL_INCOMING", timeout)

    def wait_call_established(self, timeout: float = 10.0) -> dict[str, Any]:
        return self.wait_event("CALL_ESTABLISHED", timeout)

    def wait_call_closed(self, timeout: float = 10.0) -> dict[str, Any]:
        """Wait for ``CALL_CLOSED``; ``event["param"]`` holds the reason."""
        return self.wait_event("CALL_CLOSED", timeout)

    def drop_events(self) -> None:
        """Mark every event received so far as consumed."""
        with self._cond:
            self._consumed.update(range(len(self._events)))

    # ------------------------------------------------------------------ logs and audio
    def log_text(self) -> str:
        try:
            return self.log_path.read_text(encoding="utf-8", errors="replace")
        except FileNotFoundError:
            return ""

    def received_wavs(self) -> list[Path]:
        """WAV dumps of received (decoded) audio, oldest first: ``dump-<time>-dec.wav``."""
        return sorted(self.recordings_dir.glob("dump-*-dec.wav"), key=lambda p: p.stat().st_mtime)

    def sent_wavs(self) -> list[Path]:
        """WAV dumps of the audio baresip encoded and sent: ``dump-<time>-enc.wav``."""
        return sorted(self.recordings_dir.glob("dump-*-enc.wav"), key=lambda p: p.stat().st_mtime)

    def received_seconds(self) -> float:
        """Seconds of audio in the newest received-audio dump so far (also while the call runs).

        libsndfile writes the sample data as it goes but the RIFF sizes only on close, so this
        reads the format from the header and the amount of data from the file size.
        """
        wavs = self.received_wavs()
        return _growing_wav_seconds(wavs[-1]) if wavs else 0.0

    def wait_received_audio(self, seconds: float, timeout: float = 10.0) -> float:
        """Wait until the current call has received ``seconds`` of audio; return the amount."""
        got: list[float] = []

        def enough() -> bool:
            self._check_alive()
            got.append(self.received_seconds())
            return got[-1] >= seconds

        wait_for(enough, timeout, f"{self.name} to receive {seconds} s of audio", interval=0.05)
        return got[-1]

    def wait_received_wav(self, timeout: float = 5.0, min_frames: int = 1) -> Path:
        """The newest received-audio WAV once it is finalised (readable with frames)."""
        found: list[Path] = []

        def ready() -> bool:
            for path in reversed(self.received_wavs()):
                try:
                    with wave.open(str(path), "rb") as w:
                        if w.getnframes() >= min_frames:
                            found.append(path)
                            return True
                except (wave.Error, EOFError, OSError):
                    continue
            return False

        wait_for(ready, timeout, f"{self.name} received-audio WAV")
        return found[0]
