"""The soak's summary and verdict from its time series.

Per process: RSS and fds at the end of warm-up vs at the end of the load, growth %,
and loop lag p50/p99/max over the samples after warm-up. Each end is the median of
WINDOW samples (the first WINDOW after warm-up, the last WINDOW of the load): one
sample catches a process mid-batch or mid-GC, and a single high or low reading at
either end would move the verdict by itself. The single-sample figures stay beside it
(`*_point`). Memory growth is judged on
`growth_measure`: `pss` for a process tree sampled with PSS (PostgreSQL: summed VmRSS
counts its shared buffers once per backend, sampler.py), `rss` (VmRSS) otherwise;
RssAnon is reported beside both. Per consumer group: the
worst lag during the run and the lag after the drain. The verdict is the issue's
bar: growth under 10% after warm-up and every lag back to zero.
"""

from __future__ import annotations

GROWTH_LIMIT_PCT = 10.0
WINDOW = 5


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


def _value(sample: dict, name: str, key: str):
    return (sample["processes"].get(name) or {}).get(key)


def _usage(samples: list[dict], name: str, key: str) -> list:
    return [_value(s, name, key) for s in samples]


def summarize(samples: list[dict], *, warmup_t_s: float, load_end_t_s: float, drained: dict) -> dict:
    """`samples`: [{"t_s", "phase", "processes": {name: usage}, "loop_lag": {name: lag}, "consumer_lag"}]."""
    loaded = [s for s in samples if s["t_s"] <= load_end_t_s]
    after_warmup = [s for s in loaded if s["t_s"] >= warmup_t_s]
    # The two ends never share a sample: a short run gets smaller windows, down to single samples.
    window = max(1, min(WINDOW, len(after_warmup) // 2))
    first, last = after_warmup[:window], after_warmup[-window:]
    processes = {}
    for name in (samples[0]["processes"] if samples else {}):
        lags = [s["loop_lag"].get(name) or {} for s in after_warmup]
        measure = "pss" if any(v is not None for v in _usage(first, name, "pss_mb")) else "rss"
        row = {"growth_measure": measure}
        keys = ("rss_mb", "rss_anon_mb", "fds") + (("pss_mb",) if measure == "pss" else ())
        for key in keys:
            label = key.removesuffix("_mb")
            start, end = _median(_usage(first, name, key)), _median(_usage(last, name, key))
            point_start = _value(first[0], name, key) if first else None
            point_end = _value(last[-1], name, key) if last else None
            row.update({
                f"{key}_after_warmup": start, f"{key}_end": end,
                f"{label}_growth_pct": _growth(start, end),
                f"{label}_growth_pct_point": _growth(point_start, point_end)})
        row["rss_mb_max"] = _worst(_usage(loaded, name, "rss_mb"))
        row["fds_max"] = _worst(_usage(loaded, name, "fds"))
        if any(lags):
            row["loop_lag_ms"] = {
                "p50_median": _median([lag.get("p50_ms") for lag in lags]),
                "p99_worst": _worst([lag.get("p99_ms") for lag in lags]),
                "max": _worst([lag.get("max_30s_ms") for lag in lags])}
        processes[name] = row
    groups = sorted({g for s in samples for g in s["consumer_lag"]})
    consumer_lag = {g: {"max_during_run": _worst([s["consumer_lag"].get(g) for s in loaded]),
                        "after_run": drained.get(g)} for g in groups}
    over = sorted(n for n, p in processes.items()
                  if (p[f"{p['growth_measure']}_growth_pct"] or 0) >= GROWTH_LIMIT_PCT
                  or (p["fds_growth_pct"] or 0) >= GROWTH_LIMIT_PCT)
    lagging = sorted(g for g, v in drained.items() if v != 0)
    return {"processes": processes, "consumer_lag": consumer_lag, "window_samples": window,
            "verdict": {"growth_under_10pct": not over, "grew_10pct_or_more": over,
                        "consumer_lag_back_to_zero": bool(drained) and not lagging, "still_lagging": lagging}}
