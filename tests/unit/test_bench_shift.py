"""What `softphone bench shift` calls growing with the calls: a steady leak is, a cache that
fills up and stops or a list pruned now and then is not."""

from __future__ import annotations

from typing import Any

from softphone.bench.shift import ALLOWANCE, _report


def _run(
    count: Any, calls: int = 1000, every: int = 50, mb_per_call: float = 0.001
) -> dict[str, Any]:
    marks = sorted({0, 100, calls, *range(100, calls, every)})
    samples = [
        {
            "call": call,
            "tree_pss_mb": 200.0 + call * mb_per_call,
            "tree_rss_mb": 230.0,
            "tree_uss_mb": 180.0,
            "processes": [],
            "peer_rss_mb": 40.0,
            "qt_objects": 900,
            "python_objects": 0,
            "python_types": {"app.Thing": count(call), "builtins.dict": 5000},
            "python_frozen": 100_000,
            "dead_qt_wrappers": 0,
            "asyncio_tasks": 2,
            "fds": 60,
            "fds_by": {},
            "threads": 25,
            "threads_by": {},
        }
        for call in marks
    ]
    run = {"samples": samples, "call_ms": [1.0, 2.0], "pop_ms": [1.0, 2.0]}
    return _report({**run, "logged": calls, "complete": calls, "peer_ended": calls}, calls, 100)


def test_one_object_per_call_is_a_leak() -> None:
    report = _run(lambda call: 1000 + call)
    assert [leak["what"] for leak in report["leaks"]] == ["python:app.Thing"]
    assert report["leaks"][0]["per_call"] == 1.0
    assert not report["targets"]["no_count_growing_with_calls"]["met"] and not report["met"]
    assert report["python_objects"]["top_growers"][0] == {"type": "app.Thing", "growth": 900}


def test_a_cache_that_fills_up_a_sawtooth_or_a_small_rise_is_not() -> None:
    for count in (
        lambda call: 1000 + min(call, 200),  # a list capped at 200 entries
        lambda call: 1000 + min(call, 700),  # ... full before the last quarter of the run
        lambda call: 1000 + (call * 7) % 400,  # pruned every so often
        lambda call: 1000 + call // 50,  # less than the allowance over the whole run
    ):
        report = _run(count)
        assert report["leaks"] == [] and report["met"], report["leaks"]
    assert ALLOWANCE["python_objects"] < 900


def test_memory_growth_over_the_limit_fails_the_target() -> None:
    within = _run(lambda _call: 1000)
    assert within["pss_growth_mb_baseline_to_end"] == 0.9 and within["met"]
    over = _run(lambda _call: 1000, mb_per_call=0.02)  # 18 MB from call 100 to 1000
    assert over["pss_growth_mb_baseline_to_end"] == 18.0
    assert not over["targets"]["pss_growth_mb"]["met"] and not over["met"]
    assert over["leaks"] == []  # memory is judged by its own target, not as a count
