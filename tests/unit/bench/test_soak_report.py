"""The soak's verdict: growth judged on windowed medians, not on one sample at each end."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[3] / "bench" / "soak"))

from report import WINDOW, summarize  # noqa: E402


def _samples(rss_series: list[float], *, pss: bool = False) -> list[dict]:
    out = []
    for i, rss in enumerate(rss_series):
        usage = {"rss_mb": rss, "rss_anon_mb": rss / 2, "fds": 20}
        if pss:
            usage["pss_mb"] = rss / 4
        out.append({"t_s": float(i), "processes": {"svc": usage},
                    "loop_lag": {"svc": {"p50_ms": 1.0, "p99_ms": 5.0, "max_30s_ms": 9.0}},
                    "consumer_lag": {"g": 0}})
    return out


def test_one_spike_at_the_end_does_not_fail_the_verdict():
    series = [100.0] * 20 + [100.0] * (WINDOW - 1) + [130.0]
    result = summarize(_samples(series), warmup_t_s=0, load_end_t_s=len(series), drained={"g": 0})
    row = result["processes"]["svc"]
    assert row["rss_growth_pct"] == 0.0
    assert row["rss_growth_pct_point"] == 30.0
    assert result["verdict"]["growth_under_10pct"] is True


def test_sustained_growth_fails_the_verdict():
    series = [100.0 + i for i in range(40)]
    result = summarize(_samples(series), warmup_t_s=0, load_end_t_s=len(series), drained={"g": 0})
    row = result["processes"]["svc"]
    assert row["rss_mb_after_warmup"] == 102.0 and row["rss_mb_end"] == 137.0
    assert row["rss_growth_pct"] == 34.3
    assert result["verdict"]["grew_10pct_or_more"] == ["svc"]


def test_warmup_samples_are_not_the_baseline():
    series = [50.0] * 10 + [100.0] * 20
    result = summarize(_samples(series), warmup_t_s=10, load_end_t_s=len(series), drained={"g": 0})
    assert result["processes"]["svc"]["rss_mb_after_warmup"] == 100.0
    assert result["verdict"]["growth_under_10pct"] is True


def test_pss_is_the_measure_when_sampled_and_lag_must_drain():
    series = [100.0] * 10 + [115.0] * 10
    result = summarize(_samples(series, pss=True), warmup_t_s=0, load_end_t_s=len(series), drained={"g": 3})
    row = result["processes"]["svc"]
    assert row["growth_measure"] == "pss" and row["pss_growth_pct"] == 15.0
    assert result["verdict"]["grew_10pct_or_more"] == ["svc"]
    assert result["verdict"]["consumer_lag_back_to_zero"] is False
    assert result["verdict"]["still_lagging"] == ["g"]


def test_a_short_run_gets_windows_that_do_not_overlap():
    series = [100.0, 110.0, 120.0, 130.0, 140.0]
    result = summarize(_samples(series), warmup_t_s=0, load_end_t_s=len(series), drained={"g": 0})
    assert result["window_samples"] == 2
    assert result["processes"]["svc"]["rss_growth_pct"] == 27.3  # upper medians: 110 (of 100, 110) -> 140
    assert result["verdict"]["grew_10pct_or_more"] == ["svc"]
