"""The soak's summary and verdict from its time series.

Per process: RSS and fds at the end of warm-up vs at the end of the load, growth %,
and loop lag p50/p99/max over the samples after warm-up. Memory growth is judged on
`growth_measure`: `pss` for a process tree sampled with PSS (PostgreSQL: summed VmRSS
counts its shared buffers once per backend, sampler.py), `rss` (VmRSS) otherwise;
RssAnon is reported beside both. Per consumer group: the
worst lag during the run and the lag after the drain. The verdict is the issue's
bar: growth under 10% after warm-up and every lag back to zero.
"""

from __future__ import annotations

GROWTH_LIMIT_PCT = 10.0


def _growth(before: float | None, after: float | None) -> float | None:
    if not before or after is None:
        return None
    return round(100.0 * (after - before) / before, 1)


def _worst(values: list) -> float | None:
    present = [v for v in values if v is not None]
    return max(present) if present else None


def _median(values: list) -> float | None:
    present = sorted(v for v in values if v is not None)
    return present[len(present) // 2] if present else None


def summarize(samples: list[dict], *, warmup_t_s: float, load_end_t_s: float, drained: dict) -> dict:
    """`samples`: [{"t_s", "phase", "processes": {name: usage}, "loop_lag": {name: lag}, "consumer_lag"}]."""
    loaded = [s for s in samples if s["t_s"] <= load_end_t_s]
    after_warmup = [s for s in loaded if s["t_s"] >= warmup_t_s]
    warm = after_warmup[0] if after_warmup else None
    end = loaded[-1] if loaded else None
    processes = {}
    for name in (samples[0]["processes"] if samples else {}):
        at_warm = (warm or {}).get("processes", {}).get(name) or {}
        at_end = (end or {}).get("processes", {}).get(name) or {}
        lags = [s["loop_lag"].get(name) or {} for s in after_warmup]
        measure = "pss" if at_warm.get("pss_mb") is not None else "rss"
        processes[name] = {
            "growth_measure": measure,
            "rss_mb_after_warmup": at_warm.get("rss_mb"), "rss_mb_end": at_end.get("rss_mb"),
            "rss_growth_pct": _growth(at_warm.get("rss_mb"), at_end.get("rss_mb")),
            "rss_anon_mb_after_warmup": at_warm.get("rss_anon_mb"), "rss_anon_mb_end": at_end.get("rss_anon_mb"),
            "rss_anon_growth_pct": _growth(at_warm.get("rss_anon_mb"), at_end.get("rss_anon_mb")),
            "rss_mb_max": _worst([(s["processes"].get(name) or {}).get("rss_mb") for s in loaded]),
            "fds_after_warmup": at_warm.get("fds"), "fds_end": at_end.get("fds"),
            "fds_growth_pct": _growth(at_warm.get("fds"), at_end.get("fds")),
            "fds_max": _worst([(s["processes"].get(name) or {}).get("fds") for s in loaded]),
        }
        if measure == "pss":
            processes[name].update({
                "pss_mb_after_warmup": at_warm.get("pss_mb"), "pss_mb_end": at_end.get("pss_mb"),
                "pss_growth_pct": _growth(at_warm.get("pss_mb"), at_end.get("pss_mb"))})
        if any(lags):
            processes[name]["loop_lag_ms"] = {
                "p50_median": _median([lag.get("p50_ms") for lag in lags]),
                "p99_worst": _worst([lag.get("p99_ms") for lag in lags]),
                "max": _worst([lag.get("max_30s_ms") for lag in lags])}
    groups = sorted({g for s in samples for g in s["consumer_lag"]})
    consumer_lag = {g: {"max_during_run": _worst([s["consumer_lag"].get(g) for s in loaded]),
                        "after_run": drained.get(g)} for g in groups}
    over = sorted(n for n, p in processes.items()
                  if (p[f"{p['growth_measure']}_growth_pct"] or 0) >= GROWTH_LIMIT_PCT
                  or (p["fds_growth_pct"] or 0) >= GROWTH_LIMIT_PCT)
    lagging = sorted(g for g, v in drained.items() if v != 0)
    return {"processes": processes, "consumer_lag": consumer_lag,
            "verdict": {"growth_under_10pct": not over, "grew_10pct_or_more": over,
                        "consumer_lag_back_to_zero": bool(drained) and not lagging, "still_lagging": lagging}}
