"""The two shapes the router publishes.

Redis (`gi:routing:health`, read by the gateway's background refresh)::

    {"version": int, "generated_at_ms": int, "probe_share": 0..1, "window_s": int,
     "entries": {"<endpoint>|<model>": {"state", "score", "latency_p50_ms",
                 "latency_p95_ms", "ttfb_p50_ms", "tokens_per_s", "success_rate",
                 "rate_limited_ratio", "requests", "cooldown_until_ms"}},
     "labels": {"<task label>": {"<model>": {"requests", "success_rate", "latency_p50_ms"}}}}

(`version`, `generated_at_ms` and the entries' `state`, `score`, `latency_p50_ms`,
`tokens_per_s` are the original format; the rest was added compatibly: a reader
ignores what it does not know.)

routing.health.v1: one value per pair, exactly the topic's v1 schema, keyed
`<endpoint>|<model>`. Pure.
"""

from __future__ import annotations

from datetime import UTC, datetime

from .health_book import PairReport


def rfc3339(epoch_s: float) -> str:
    return datetime.fromtimestamp(epoch_s, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def redis_document(version: int, now: float, reports: list[PairReport], labels: dict, *,
                   probe_share: float, window_s: int) -> dict:
    entries = {}
    for r in reports:
        s = r.stats
        entries[r.pair] = {
            "state": r.state, "score": r.score, "latency_p50_ms": s.latency_p50, "latency_p95_ms": s.latency_p95,
            "ttfb_p50_ms": s.ttfb_p50,
            "tokens_per_s": None if s.tokens_per_s is None else round(s.tokens_per_s, 1),
            "success_rate": None if s.success_rate is None else round(s.success_rate, 4),
            "rate_limited_ratio": None if s.rate_limited_ratio is None else round(s.rate_limited_ratio, 4),
            "requests": s.requests,
            "cooldown_until_ms": None if r.cooldown_until is None else int(r.cooldown_until * 1000),
        }
    return {"version": version, "generated_at_ms": int(now * 1000), "probe_share": probe_share,
            "window_s": window_s, "entries": entries, "labels": labels}


def topic_value(version: int, now: float, report: PairReport) -> dict:
    return {
        "endpoint": report.endpoint, "provider": report.provider, "model": report.model,
        "snapshot_version": version, "score": report.score, "state": report.state,
        "window": report.stats.to_topic(),
        "cooldown_until": None if report.cooldown_until is None else rfc3339(report.cooldown_until),
        "updated_at": rfc3339(now),
    }


def content_of(value: dict) -> tuple:
    """What makes a topic value news: everything but its version and time."""
    w = value["window"]
    return (value["state"], value["score"], value["cooldown_until"], w["requests"], w["success_rate"],
            tuple(sorted(w["errors"].items())), tuple(w["latency_ms"].values()), tuple(w["ttfb_ms"].values()),
            w["output_tokens_per_second"], w["rate_limited_ratio"])
