"""The gateway's in-memory copy of the router's health snapshot.

The router publishes one JSON document to Redis (`gi:routing:health`):
`{"version": int, "generated_at_ms": int, "probe_share": 0..1, "window_s": n,
"entries": {"<endpoint>|<model>": {"state": "healthy|degraded|down|half_open",
"score": 0..1, "latency_p50_ms": n, "tokens_per_s": n, ...}},
"labels": {"<task label>": {"<model>": {"requests": n, "success_rate": 0..1,
"latency_p50_ms": n}}}}` (see services/router/gammainfra_router/domain/snapshot.py;
`probe_share` and `labels` are optional, unknown keys are ignored). A background
task re-reads it every few seconds, so the hot path never calls Redis. With no
snapshot yet, or one older than the stale limit, every endpoint is neutral
(healthy, score 0.5), there are no per-label statistics, and the marker says stale.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field

import orjson
import redis.asyncio as aioredis
import structlog

SNAPSHOT_KEY = "gi:routing:health"
STATE_RANK = {"healthy": 0, "degraded": 1, "half_open": 2, "down": 3}
DEFAULT_PROBE_SHARE = 0.1
log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class EndpointHealth:
    state: str = "healthy"
    score: float = 0.5
    latency_p50_ms: float | None = None
    tokens_per_s: float | None = None

    @property
    def rank(self) -> int:
        return STATE_RANK.get(self.state, 0)


NEUTRAL = EndpointHealth()


@dataclass(frozen=True)
class LabelStat:
    """How one model did on one task label over the router's window."""

    requests: int
    success_rate: float
    latency_p50_ms: float | None


@dataclass(frozen=True)
class Snapshot:
    version: int | None
    generated_at_ms: int | None
    entries: dict[str, EndpointHealth]
    probe_share: float = DEFAULT_PROBE_SHARE
    labels: dict[str, dict[str, LabelStat]] = field(default_factory=dict)


EMPTY = Snapshot(None, None, {})


class HealthView:
    def __init__(self, *, stale_after_s: float, clock=time.time) -> None:
        self._snapshot = EMPTY
        self._stale_after_ms = stale_after_s * 1000
        self._clock = clock
        self._replaced = 0  # counts replace() calls: what token() names a snapshot by

    def replace(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot
        self._replaced += 1

    @property
    def version(self) -> int | None:
        return self._snapshot.version

    def token(self) -> tuple:
        """Changes whenever what health() answers can change: a new snapshot, or the
        current one going stale (then every answer is neutral)."""
        return (self._replaced, self._is_stale())

    def health(self, endpoint: str, model: str) -> EndpointHealth:
        # A stale snapshot says nothing reliable any more: route in static catalog order.
        if self._is_stale():
            return NEUTRAL
        return self._snapshot.entries.get(f"{endpoint}|{model}", NEUTRAL)

    @property
    def probe_share(self) -> float:
        return self._snapshot.probe_share

    def label_stats(self, label: str) -> dict[str, LabelStat]:
        """{model id: stats} of a task label; empty when stale or unknown."""
        if self._is_stale():
            return {}
        return self._snapshot.labels.get(label, {})

    def _is_stale(self) -> bool:
        generated = self._snapshot.generated_at_ms
        return generated is None or self._clock() * 1000 - generated > self._stale_after_ms

    def marker(self) -> dict:
        snap = self._snapshot
        if snap.version is None or snap.generated_at_ms is None:
            return {"snapshot_version": None, "age_ms": None, "stale": True}
        age = max(0, int(self._clock() * 1000) - snap.generated_at_ms)
        return {"snapshot_version": snap.version, "age_ms": age, "stale": age > self._stale_after_ms}


def parse_snapshot(raw: bytes) -> Snapshot:
    """Raises ValueError for anything that is not a well-formed snapshot."""
    doc = orjson.loads(raw)
    if not isinstance(doc, dict) or not isinstance(doc.get("entries", {}), dict):
        raise ValueError("health snapshot: not an object with an 'entries' object")
    entries = {}
    for key, v in doc.get("entries", {}).items():
        if not isinstance(v, dict):
            raise ValueError(f"health snapshot: entry {key!r} is not an object")
        entries[key] = EndpointHealth(state=str(v.get("state", "healthy")), score=float(v.get("score", 0.5)),
                                      latency_p50_ms=v.get("latency_p50_ms"), tokens_per_s=v.get("tokens_per_s"))
    share = doc.get("probe_share", DEFAULT_PROBE_SHARE)
    if not isinstance(share, (int, float)) or not 0 <= share <= 1:
        raise ValueError("health snapshot: probe_share is not a number in [0, 1]")
    return Snapshot(int(doc["version"]), int(doc["generated_at_ms"]), entries, float(share),
                    _labels(doc.get("labels") or {}))


def _labels(raw: dict) -> dict[str, dict[str, LabelStat]]:
    if not isinstance(raw, dict):
        raise ValueError("health snapshot: 'labels' is not an object")
    labels: dict[str, dict[str, LabelStat]] = {}
    for label, models in raw.items():
        if not isinstance(models, dict):
            raise ValueError(f"health snapshot: labels[{label!r}] is not an object")
        labels[label] = {model: LabelStat(int(v["requests"]), float(v["success_rate"]), v.get("latency_p50_ms"))
                         for model, v in models.items()}
    return labels


async def refresh_health(redis: aioredis.Redis, view: HealthView, interval_s: float,
                         bootstrap: Callable[[], Awaitable[Snapshot | None]] | None = None) -> None:
    """Runs until cancelled. A bad or missing snapshot keeps the last good one.
    `bootstrap` (the routing.health.v1 topic) starts once, beside the refresh and
    never delaying it, when the first read finds no snapshot in Redis or Redis is
    unreachable; its snapshot is used only if Redis has not given one meanwhile."""
    first = True
    tasks: set[asyncio.Task] = set()
    try:
        while True:
            found = False
            try:
                raw = await redis.get(SNAPSHOT_KEY)
                if raw is not None:
                    view.replace(parse_snapshot(raw))
                    found = True
            except asyncio.CancelledError:
                raise
            except (OSError, aioredis.RedisError, ValueError, KeyError, TypeError, AttributeError) as exc:
                log.warning("health snapshot refresh failed; keeping the last one", error=type(exc).__name__)
            if first and not found and bootstrap is not None:
                task = asyncio.create_task(_bootstrap(view, bootstrap), name="health-bootstrap")
                tasks.add(task)
                task.add_done_callback(tasks.discard)
            first = False
            await asyncio.sleep(interval_s)
    finally:
        for task in tasks:
            task.cancel()


async def _bootstrap(view: HealthView, bootstrap: Callable[[], Awaitable[Snapshot | None]]) -> None:
    started = time.monotonic()
    try:
        snapshot = await bootstrap()
    except Exception as exc:  # noqa: BLE001 - an optional head start; Redis remains the source
        log.warning("health bootstrap from the topic failed", error=type(exc).__name__)
        return
    used = snapshot is not None and view.version is None
    if used:
        view.replace(snapshot)
    log.info("health bootstrap from the topic finished", used=used,
             snapshot_version=None if snapshot is None else snapshot.version,
             duration_ms=int((time.monotonic() - started) * 1000))
