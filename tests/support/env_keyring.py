"""A keyring backend for a test's child processes: the secrets it holds come from the
environment (SOFTPHONE_TEST_KEYRING, JSON: user -> password), so a process the test starts,
and the processes that one starts, find the same ones. Select it with
PYTHON_KEYRING_BACKEND=tests.support.env_keyring.EnvKeyring."""

from __future__ import annotations

import json
import os

from keyring.backend import KeyringBackend

VARIABLE = "SOFTPHONE_TEST_KEYRING"


class EnvKeyring(KeyringBackend):
    priority = 1  # type: ignore[assignment]

    def get_password(self, service: str, username: str) -> str | None:
        found = json.loads(os.environ.get(VARIABLE, "{}")).get(username)
        return str(found) if found is not None else None

    def set_password(self, service: str, username: str, password: str) -> None:
        raise NotImplementedError("the test's secrets are set in its environment")

    def delete_password(self, service: str, username: str) -> None:
        raise NotImplementedError("the test's secrets are set in its environment")
