"""The benchmarks' percentiles: from one sample up (a short run can have one in a group)."""

from __future__ import annotations

import pytest

from softphone.bench.support import percentiles


def test_one_sample_is_its_own_p50_and_p99() -> None:
    assert percentiles([12.345]) == {"p50": 12.35, "p99": 12.35, "max": 12.35, "samples": 1}


def test_many_samples() -> None:
    figures = percentiles([float(v) for v in range(1, 101)])
    assert figures["p50"] == 50.5 and figures["max"] == 100.0 and figures["samples"] == 100
    assert 99.0 <= figures["p99"] <= 100.0


def test_no_samples_is_an_error_not_a_figure() -> None:
    with pytest.raises(ValueError, match="no samples"):
        percentiles([])
