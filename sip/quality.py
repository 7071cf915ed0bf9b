"""An estimated MOS from jitter, loss and round-trip time (a simplified ITU-T G.107 E-model).

Good enough to colour a quality indicator and to compare calls; not a PESQ measurement.
"""

from __future__ import annotations


def estimate_mos(jitter_ms: float, loss_percent: float, rtt_ms: float | None) -> float:
    one_way = (rtt_ms / 2) if rtt_ms is not None else 20.0
    effective_latency = one_way + 2 * jitter_ms + 10
    if effective_latency < 160:
        r = 93.2 - effective_latency / 40
    else:
        r = 93.2 - (effective_latency - 120) / 10
    r -= 2.5 * max(0.0, loss_percent)
    r = min(100.0, max(0.0, r))
    mos = 1 + 0.035 * r + 7e-6 * r * (r - 60) * (100 - r)
    return round(min(4.5, max(1.0, mos)), 2)
