#!/usr/bin/env bash
# Prints the first Python >= 3.11 that really runs and has venv (a pyenv shim may exist for a
# version that is not installed). Prints nothing when there is none; check-python.sh explains.
for candidate in python3.13 python3.12 python3.11 python3; do
    path=$(command -v "$candidate" 2>/dev/null) || continue
    if "$path" -c 'import sys, venv, ensurepip; sys.exit(sys.version_info < (3, 11))' \
        >/dev/null 2>&1; then
        echo "$path"
        exit 0
    fi
done
