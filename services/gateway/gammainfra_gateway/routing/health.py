"""The gateway's in-memory copy of the router's health snapshot.

The router publishes one JSON document to Redis (`gi:routing:health`):
`{"version": int, "generated_at_ms": int, "entries": {"<endpoint>|<model>":
{"state": "healthy|degraded|down|half_open", "score": 0..1, "latency_p50_ms": n,
"tokens_per_s": n}}}`. A background task re-reads it every few seconds, so the hot
path never calls Redis. With no snapshot yet every endpoint is neutral (healthy,
score 0.5) and the marker says stale.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass

import orjson
import redis.asyncio as aioredis
import structlog

SNAPSHOT_KEY = "gi:routing:health"
STATE_RANK = {"healthy": 0, "half_open": 1, "degraded": 1, "down": 3}
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
class Snapshot:
    version: int | None
    generated_at_ms: int | None
    entries: dict[str, EndpointHealth]


EMPTY = Snapshot(None, None, {})


class HealthView:
    def __init__(self, *, stale_after_s: float, clock=time.time) -> None:
        self._snapshot = EMPTY
        self._stale_after_ms = stale_after_s * 1000
        self._clock = clock

    def replace(self, snapshot: Snapshot) -> None:
        self._snapshot = snapshot

    def health(self, endpoint: str, model: str) -> EndpointHealth:
        # A stale snapshot says nothing reliable any more: route in static catalog order.
        if self._is_stale():
            return NEUTRAL
        return self._snapshot.entries.get(f"{endpoint}|{model}", NEUTRAL)

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
    return Snapshot(int(doc["version"]), int(doc["generated_at_ms"]), entries)


async def refresh_health(redis: aioredis.Redis, view: HealthView, interval_s: float) -> None:
    """Runs until cancelled. A bad or missing snapshot keeps the last good one."""
    while True:
        try:
            raw = await redis.get(SNAPSHOT_KEY)
            if raw is not None:
                view.replace(parse_snapshot(raw))
        except asyncio.CancelledError:
            raise
        except (OSError, aioredis.RedisError, ValueError, KeyError, TypeError, AttributeError) as exc:
            log.warning("health snapshot refresh failed; keeping the last one", error=type(exc).__name__)
        await asyncio.sleep(interval_s)
