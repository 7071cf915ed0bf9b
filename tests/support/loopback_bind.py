"""An LD_PRELOAD library that turns a peer's wildcard binds into loopback binds, so the test
peers (baresip, linphonec) never listen beyond 127.0.0.1: built once from the C below with the
machine's compiler."""

from __future__ import annotations

import hashlib
import logging
import os
import shutil
import subprocess
import tempfile
import threading
from pathlib import Path

log = logging.getLogger(__name__)

_SHIM_SOURCE = r"""
#define _GNU_SOURCE
#include <dlfcn.h>
#include <netinet/in.h>
#include <string.h>
#include <sys/socket.h>

/* Test-lab shim: a bind() to the wildcard address binds to loopback instead. */
int bind(int fd, const struct sockaddr *addr, socklen_t len)
{
    static int (*real_bind)(int, const struct sockaddr *, socklen_t);
    if (!real_bind)
        real_bind = (int (*)(int, const struct sockaddr *, socklen_t))dlsym(RTLD_NEXT, "bind");
    if (addr && addr->sa_family == AF_INET && len >= (socklen_t)sizeof(struct sockaddr_in)) {
        struct sockaddr_in a;
        memcpy(&a, addr, sizeof a);
        if (a.sin_addr.s_addr == htonl(INADDR_ANY)) {
            a.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
            return real_bind(fd, (const struct sockaddr *)&a, sizeof a);
        }
    } else if (addr && addr->sa_family == AF_INET6
               && len >= (socklen_t)sizeof(struct sockaddr_in6)) {
        struct sockaddr_in6 a;
        memcpy(&a, addr, sizeof a);
        if (IN6_IS_ADDR_UNSPECIFIED(&a.sin6_addr)) {
            a.sin6_addr = in6addr_loopback;
            return real_bind(fd, (const struct sockaddr *)&a, sizeof a);
        }
    }
    return real_bind(fd, addr, len);
}
"""
_shim_lock = threading.Lock()


def loopback_preload() -> str | None:
    """Path of an ``LD_PRELOAD`` library that turns wildcard binds into loopback binds.

    Built once per source version into ``$TMPDIR/sip-lab-<uid>/``; ``None`` (and a warning) if no
    C compiler is available.
    """
    digest = hashlib.sha256(_SHIM_SOURCE.encode()).hexdigest()[:12]
    cache = Path(tempfile.gettempdir()) / f"sip-lab-{os.getuid()}"
    target = cache / f"loopback-bind-{digest}.so"
    with _shim_lock:
        if target.exists():
            return str(target)
        compiler = shutil.which("cc") or shutil.which("gcc") or shutil.which("clang")
        if compiler is None:
            log.warning("no C compiler: cannot force wildcard binds onto loopback")
            return None
        cache.mkdir(mode=0o700, parents=True, exist_ok=True)
        src = cache / f"loopback-bind-{digest}.c"
        src.write_text(_SHIM_SOURCE, encoding="utf-8")
        tmp = cache / f"loopback-bind-{digest}.{os.getpid()}.so"
        result = subprocess.run(
            [compiler, "-shared", "-fPIC", "-O2", "-o", str(tmp), str(src), "-ldl"],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
        if result.returncode != 0:
            log.warning("building the loopback bind shim failed: %s", result.stderr.strip())
            return None
        os.replace(tmp, target)
        return str(target)
