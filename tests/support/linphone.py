"""A real ``linphonec`` (linphone-cli 5.x) as a scripted SIP peer, driven on stdin.

``with Linphonec(auto_answer=True, play_file=wav) as lp:`` writes an rc file into a temporary
directory, points ``HOME``/``XDG_*`` there and runs ``linphonec -c RC -d 5 -l LOG [-a]``.

What mattered (linphone-cli 5.1.65):

* rc ``[sip] bind_address=127.0.0.1`` and ``register_only_when_network_is_up=0`` (without the latter
  it never registers on a loopback-only setup); ``sip_port`` is a free port, ``sip_tcp_port=0`` and
  ``sip_tls_port=0`` (disabled), ``use_ipv6=0``.
* RTP sockets are bound to the wildcard address whatever the rc says, so by default the same
  ``LD_PRELOAD`` shim as for baresip (tests/support/loopback_bind.py) moves every
  wildcard ``bind()`` to 127.0.0.1.
* Audio without a sound card: the stdin commands ``soundcard use files``, ``play FILE.wav`` (what
  is sent; 16-bit mono WAV, 8 kHz works) and ``record FILE.wav`` (what is received; written as
  8 kHz mono for G.711). They must be issued before the call starts. Recording is flushed when the
  call ends.
* Codecs: after start-up the helper parses ``codec list`` and ``codec disable``-s everything that
  is not in ``codecs`` (PCMU/PCMA by default).
* linphonec prints call progress on stdout (``Receiving new incoming call from ...``, ``Call N
  with URI connected.``, ``Call N with URI ended (reason).``) and the helper waits for those lines;
  it prints nothing when a registration succeeds or fails, so the helper polls ``states
  proxies`` (``LinphoneRegistrationOk`` / ``Failed``). ``-a`` auto-answers.
* Without ``$XDG_DATA_HOME/linphone`` existing it complains that it cannot open its database
  (harmless; the helper creates the directory).
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import subprocess
import threading
import time
from collections.abc import Iterable
from pathlib import Path
from typing import IO, TYPE_CHECKING

from tests.support import process
from tests.support.lab import ManagedChild, work_dir
from tests.support.loopback_bind import loopback_preload
from tests.support.process import HOST, free_port

if TYPE_CHECKING:
    from tests.support.kamailio import Kamailio

__all__ = ["Linphonec", "LinphonecError", "linphonec_available"]

_PROMPT = "linphonec> "


def linphonec_available() -> bool:
    return shutil.which("linphonec") is not None


class LinphonecError(RuntimeError):
    """linphonec exited or did not do what was asked."""


class Linphonec(ManagedChild):
    """A linphonec child process; see the module docstring for the setup."""

    def __init__(
        self,
        auto_answer: bool = True,
        play_file: str | os.PathLike[str] | None = None,
        record_file: str | os.PathLike[str] | None = None,
        use_files: bool = True,
        codecs: Iterable[str] | None = ("PCMU", "PCMA"),
        force_loopback: bool = True,
        debug_level: int = 5,
        name: str = "linphonec",
        workdir: str | os.PathLike[str] | None = None,
    ) -> None:
        self.auto_answer = auto_answer
        self.play_file = Path(play_file) if play_file is not None else None
        self._record_arg = Path(record_file) if record_file is not None else None
        self.use_files = use_files
        self.codecs = tuple(c.upper() for c in codecs) if codecs is not None else None
        self.force_loopback = force_loopback
        self.debug_level = debug_level
        self.name = name
        self._own_dir = workdir is None
        self._workdir_arg = Path(workdir) if workdir is not None else None
        self.dir: Path = Path()
        self.sip_port = 0
        self.user: str | None = None
        self.registrar: Kamailio | None = None
        self._proc: subprocess.Popen[bytes] | None = None
        self._reader: threading.Thread | None = None
        self._cond = threading.Condition()
        self._out: list[str] = []
        self._out_len = 0
        self._cursor = 0
        self._log: IO[str] | None = None

    # ------------------------------------------------------------------ paths
    @property
    def rc_path(self) -> Path:
        return self.dir / "linphonerc"

    @property
    def home(self) -> Path:
        return self.dir / "home"

    @property
    def output_path(self) -> Path:
        """What linphonec printed on stdout/stderr."""
        return self.dir / "linphonec.out"

    @property
    def log_path(self) -> Path:
        """liblinphone's own log (``-l``)."""
        return self.dir / "linphone.log"

    @property
    def record_file(self) -> Path:
        return self._record_arg or (self.dir / "received.wav")

    @property
    def contact_uri(self) -> str:
        """Direct URI of this linphonec (no registrar)."""
        return f"sip:{self.user or 'linphone'}@{HOST}:{self.sip_port}"

    def render_rc(self) -> str:
        return f"""[sip]
sip_port={self.sip_port}
sip_tcp_port=0
sip_tls_port=0
bind_address={HOST}
register_only_when_network_is_up=0
use_ipv6=0
ipv6_migration_done=1
guess_hostname=1
inc_timeout=60

[net]
firewall_policy=0
mtu=1300

[rtp]
audio_rtp_port=40000-49999
audio_jitt_comp=60
nortp_timeout=30

[sound]
echocancellation=0

[video]
enabled=0
capture=0
display=0

[misc]
max_calls=4
"""

    # ------------------------------------------------------------------ lifecycle
    def start(self, timeout: float = 10.0) -> None:
        if self._proc is not None:
            raise LinphonecError("already started")
        binary = shutil.which("linphonec")
        if binary is None:
            raise RuntimeError("linphonec is not installed")
        self.dir = work_dir(self._workdir_arg, f"{self.name}-")
        for sub in ("home/.config", "home/.local/share/linphone", "home/.cache", "run"):
            (self.dir / sub).mkdir(parents=True, exist_ok=True)
        self.sip_port = free_port(tcp=False)
        self.rc_path.write_text(self.render_rc(), encoding="utf-8")
        env = dict(os.environ)
        env.update(
            HOME=str(self.home),
            XDG_CONFIG_HOME=str(self.home / ".config"),
            XDG_DATA_HOME=str(self.home / ".local/share"),
            XDG_CACHE_HOME=str(self.home / ".cache"),
            XDG_RUNTIME_DIR=str(self.dir / "run"),
        )
        env.pop("DISPLAY", None)
        # readline wraps its echo of long input lines at $COLUMNS (80 when unknown).
        env.update(COLUMNS="4096", LINES="1000", TERM="dumb")
        if self.force_loopback:
            shim = loopback_preload()
            if shim:
                env["LD_PRELOAD"] = ":".join(p for p in (shim, env.get("LD_PRELOAD")) if p)
        cmd = [binary, "-c", str(self.rc_path), "-d", str(self.debug_level)]
        cmd += ["-l", str(self.log_path)]
        if self.auto_answer:
            cmd.append("-a")
        self._log = open(self.output_path, "a", encoding="utf-8")  # noqa: SIM115
        self._proc = process.start(
            cmd, stdin=subprocess.PIPE, stdout=subprocess.PIPE, cwd=self.dir, env=env
        )
        self._reader = threading.Thread(target=self._read_loop, name=self.name, daemon=True)
        self._reader.start()
        self.wait_output(re.escape(_PROMPT), timeout, since=0)
        if self.use_files:
            self.send("soundcard use files")
            self.wait_output(r"Using wav files instead of soundcard", timeout)
            if self.play_file is not None:
                self.set_play_file(self.play_file)
            self.set_record_file(self.record_file)
        if self.codecs is not None:
            self.restrict_codecs(self.codecs, timeout)

    def _read_loop(self) -> None:
        proc = self._proc
        assert proc is not None and proc.stdout is not None
        # linphonec prints its prompt without a newline: read raw chunks, not lines.
        fd = proc.stdout.fileno()
        while True:
            try:
                chunk = os.read(fd, 65536)
            except OSError:
                chunk = b""
            if not chunk:
                break
            text = chunk.decode("utf-8", errors="replace")
            with self._cond:
                self._out.append(text)
                self._out_len += len(text)
                if self._log is not None:
                    self._log.write(text)
                    self._log.flush()
                self._cond.notify_all()
        with self._cond:
            self._cond.notify_all()

    @property
    def running(self) -> bool:
        return self._proc is not None and self._proc.poll() is None

    def stop(self, timeout: float = 5.0) -> None:
        """``terminate`` + ``quit``, then SIGTERM/SIGKILL; always reaps the process."""
        proc = self._proc
        if proc is not None and proc.poll() is None:
            with contextlib.suppress(OSError, LinphonecError):
                self.send("terminate all")
                self.send("quit")
            process.wait_exit(proc, timeout)
        if proc is not None:
            process.stop(proc, 2.0)
            if proc.stdin is not None:
                with contextlib.suppress(OSError):
                    proc.stdin.close()
        if self._reader is not None:
            self._reader.join(5.0)
            self._reader = None
        if proc is not None and proc.stdout is not None:
            proc.stdout.close()
        if self._log is not None:
            self._log.close()
            self._log = None

    # ------------------------------------------------------------------ stdin / stdout
    def output(self) -> str:
        with self._cond:
            return "".join(self._out)

    def send(self, line: str) -> int:
        """Write one command line; return the output offset from before it was sent."""
        proc = self._proc
        if proc is None or proc.stdin is None or proc.poll() is not None:
            raise LinphonecError(f"{self.name} is not running:\n{self.output()[-2000:]}")
        with self._cond:
            mark = self._out_len
        proc.stdin.write((line + "\n").encode())
        proc.stdin.flush()
        return mark

    def wait_output(
        self, pattern: str, timeout: float = 10.0, since: int | None = None
    ) -> re.Match[str]:
        """Wait for ``pattern`` in the output after offset ``since`` (default: the cursor).

        The cursor moves past each match, so successive waits see successive occurrences.
        """
        rx = re.compile(pattern)
        start = self._cursor if since is None else since
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                text = "".join(self._out)
                m = rx.search(text, start)
                if m:
                    self._cursor = max(self._cursor, m.end())
                    return m
                remaining = deadline - time.monotonic()
                if remaining <= 0:
                    raise TimeoutError(
                        f"{self.name}: {pattern!r} not seen within {timeout:.1f} s; output:\n"
                        + text[-2000:]
                    )
                if self._proc is None or self._proc.poll() is not None:
                    raise LinphonecError(
                        f"{self.name} exited while waiting for {pattern!r}:\n{text[-2000:]}"
                    )
                self._cond.wait(min(remaining, 0.2))

    def command(self, line: str, timeout: float = 5.0) -> str:
        """Send a command and return what it printed up to the next prompt."""
        saved = self._cursor
        mark = self.send(line)
        # linphonec echoes the command line, then prints the output and a new prompt.
        m = self.wait_output(
            "(?s)" + re.escape(line) + r"[ \t]*\r?\n(?P<body>.*?)" + re.escape(_PROMPT),
            timeout,
            since=mark,
        )
        # The cursor must not skip asynchronous messages printed meanwhile.
        self._cursor = saved
        return m.group("body")

    # ------------------------------------------------------------------ media setup
    def set_play_file(self, path: str | os.PathLike[str]) -> None:
        """WAV file sent as this phone's microphone (needs ``use_files``)."""
        self.play_file = Path(path)
        self.command(f"play {self.play_file}")

    def set_record_file(self, path: str | os.PathLike[str]) -> None:
        """WAV file receiving the far end's audio (needs ``use_files``)."""
        self._record_arg = Path(path)
        self.command(f"record {self._record_arg}")

    def codec_list(self) -> list[tuple[int, str, int, bool]]:
        """``(index, name, rate, enabled)`` for every audio codec linphonec knows."""
        body = self.command("codec list")
        return [
            (int(i), n, int(r), state == "enabled")
            for i, n, r, state in re.findall(
                r"(\d+):\s+(\S+)\s+\((\d+)\)\s+(enabled|disabled)", body
            )
        ]

    def restrict_codecs(self, allowed: Iterable[str], timeout: float = 5.0) -> None:
        """Disable every audio codec not named in ``allowed``; enable the allowed ones."""
        names = {a.upper() for a in allowed}
        for index, name, _rate, enabled in self.codec_list():
            keep = name.upper() in names
            if keep != enabled:
                self.command(f"codec {'enable' if keep else 'disable'} {index}", timeout)

    # ------------------------------------------------------------------ SIP
    def register(
        self, user: str, password: str, registrar: Kamailio, timeout: float = 10.0
    ) -> None:
        """Register ``user`` at ``registrar`` (UDP) and wait until the account state is Ok."""
        self.user = user
        self.registrar = registrar
        identity = f"sip:{user}@{registrar.domain}:{registrar.port}"
        proxy = f"sip:{registrar.domain}:{registrar.port}"
        self.send(f"register {identity} {proxy} {password}")
        self.wait_registered(timeout)

    def registration_state(self) -> str:
        """The default account's state from ``states proxies`` (e.g. ``"Ok"``, ``"Failed"``,
        ``"Progress"``, ``"None"``), or ``""`` when no account exists yet."""
        body = self.command("states proxies")
        states = re.findall(r"\|\s*LinphoneRegistration(\w+)", body)
        return states[-1] if states else ""

    def wait_registered(self, timeout: float = 10.0) -> None:
        """Poll ``states proxies`` until the account is ``Ok`` (raises if it ``Failed``)."""
        deadline = time.monotonic() + timeout
        while True:
            state = self.registration_state()
            if state == "Ok":
                return
            if state == "Failed":
                raise LinphonecError(f"{self.name}: registration failed")
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}: not registered after {timeout:.1f} s ({state})")
            time.sleep(0.05)

    def wait_registration_failed(self, timeout: float = 10.0) -> None:
        """Poll ``states proxies`` until the account is ``Failed``."""
        deadline = time.monotonic() + timeout
        while (state := self.registration_state()) != "Failed":
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}: registration did not fail ({state})")
            time.sleep(0.05)

    def call(self, uri: str) -> None:
        """Dial ``uri`` (audio only)."""
        self.send(f"call {uri} --audio-only")

    def answer(self) -> None:
        self.send("answer")

    def terminate(self) -> None:
        """Hang up the current call."""
        self.send("terminate")

    def wait_incoming(self, timeout: float = 10.0) -> str:
        m = self.wait_output(r"Receiving new incoming call from (\S+?),", timeout)
        return m.group(1)

    def wait_established(self, timeout: float = 10.0) -> str:
        """Wait for ``Call N with URI connected.``; return the peer URI."""
        m = self.wait_output(r"Call \d+ with (\S+) connected\.", timeout)
        return m.group(1)

    def wait_call_ended(self, timeout: float = 10.0) -> str:
        """Wait for ``Call N with URI ended (reason).``; return the reason."""
        m = self.wait_output(r"Call \d+ with \S+ ended \(([^)]*)\)", timeout)
        return m.group(1)

    def wait_recording(self, timeout: float = 5.0, min_bytes: int = 1000) -> Path:
        """The record file once it exists with at least ``min_bytes``."""
        deadline = time.monotonic() + timeout
        while True:
            path = self.record_file
            if path.exists() and path.stat().st_size >= min_bytes:
                return path
            if time.monotonic() > deadline:
                raise TimeoutError(f"{self.name}: no recording at {path}")
            time.sleep(0.02)
