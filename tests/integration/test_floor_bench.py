"""`softphone bench floor` on a tiny floor against the real PostgreSQL and a real PgBouncer: the
run completes, nothing is lost or doubled, and the figures the issue asks for are there."""

from __future__ import annotations

import pytest

from softphone.bench.floor import bench_floor
from tests.support.postgres import PostgresServer

pytestmark = pytest.mark.timeout(240)


def test_a_small_floor_runs_its_shift_and_reports_every_figure(pg_server: PostgresServer) -> None:
    if pg_server.host.startswith("/"):
        pytest.skip("the pooler needs a TCP server")
    report = bench_floor(
        pg_server.sqlalchemy_url("postgres"), agents=6, duration_s=36, processes=2, sign_in_s=3
    )
    assert report["agents"] == 6
    assert report["lost"] == 0 and report["doubled"] == 0 and report["errors"] == []
    assert report["writes_issued"] > 0 and report["writes_per_s"] > 0
    assert 0 < report["server_connections"]["max"] <= 100
    assert report["client_connections"]["max"] >= 6  # every agent through the pooler
    assert report["propagation_ms"]["samples"] > 0
    assert report["propagation_steady_ms"]["samples"] > 0
    assert report["client_cpu_s_per_agent_s_steady"] > 0
    assert set(report["per_agent"]) >= {"server_transactions_per_s", "pooler_bytes_out_per_s"}
