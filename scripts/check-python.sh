#!/usr/bin/env bash
# Refuse early, with a clear message, when no Python 3.11+ is available.
set -euo pipefail
py="${1:-}"
if [ -z "$py" ] || ! "$py" -c 'import sys; sys.exit(sys.version_info < (3, 11))' 2>/dev/null; then
    echo "contact-softphone needs Python 3.11 or newer; found: ${py:-none}." >&2
    echo "On Debian/Ubuntu: apt-get install python3 python3-venv (bookworm ships 3.11)." >&2
    exit 1
fi
if ! "$py" -c 'import venv, ensurepip' 2>/dev/null; then
    echo "$py lacks the venv module; on Debian/Ubuntu: apt-get install python3-venv" >&2
    exit 1
fi
