"""Fixtures for the SIP tests: tone files, the agent's engine in this process, peer processes."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from tests.support.calls import (
    CALLER_HZ,
    THIRD_HZ,
    Agent,
    make_peer,
    make_tone_files,
    start_agent,
)
from tests.support.sip_peer import SipPeer


@pytest.fixture(scope="session")
def tones(tmp_path_factory: pytest.TempPathFactory) -> dict[float, str]:
    return make_tone_files(tmp_path_factory.mktemp("tones"))


@pytest.fixture
def agent(tones: dict[float, str]) -> Iterator[Agent]:
    agent = start_agent(tones)
    yield agent
    agent.engine.stop()


@pytest.fixture
def caller(tones: dict[float, str]) -> Iterator[SipPeer]:
    peer = make_peer(tones, CALLER_HZ, "caller", "+390612345678")
    yield peer
    peer.close()


@pytest.fixture
def third(tones: dict[float, str]) -> Iterator[SipPeer]:
    peer = make_peer(tones, THIRD_HZ, "third", "2001")
    yield peer
    peer.close()
