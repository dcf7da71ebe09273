"""bench/gateway_peers/workers.py: the two-worker ratio is the ratio of the two sides' medians, per mode, and the
figure `make bench` judges is the lower mode's (the target must hold for plain and stream both)."""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT / "bench" / "gateway_peers"))

import workers  # noqa: E402


def _side(rps: float) -> dict:
    return {"ok_rps": rps, "cpu_ms_per_ok": 0.8, "p50_ms": 40.0, "bad": 0}


def test_the_ratio_is_of_medians_and_the_headroom_is_the_upstreams():
    passes = [(_side(1000), _side(1900)), (_side(1200), _side(2100)), (_side(1100), _side(1600))]
    summary = workers.summarise(passes, ceiling=30_000)
    assert summary["one_worker_rps"] == 1100 and summary["two_workers_rps"] == 1900
    assert summary["ratio"] == round(1900 / 1100, 3)
    assert summary["pass_ratios"] == [1.9, 1.75, round(1600 / 1100, 3)]
    assert summary["upstream_headroom"] == round(30_000 / 1900, 1)


def test_the_judged_figure_is_the_lower_mode():
    by_mode = {"plain": workers.summarise([(_side(1000), _side(1800))], 30_000),
               "stream": workers.summarise([(_side(1000), _side(1650))], 30_000)}
    assert workers.two_over_one(by_mode) == 1.65
