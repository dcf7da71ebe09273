"""Router metrics, listed once (the consumer framework adds gi_consumer_*, among
them `gi_consumer_lag{group,topic,partition}`).

| name | type | labels | meaning |
|---|---|---|---|
| gi_router_health_score | gauge | endpoint, model | routing score 0..1 of the pair |
| gi_router_health_state | gauge | endpoint, model, state | 1 for the pair's current state, 0 for the others |
| gi_router_snapshot_version | gauge | | version of the last snapshot written to Redis |
| gi_router_snapshot_age_seconds | gauge | | seconds since the last snapshot reached Redis (updated every cycle) |
| gi_router_events_total | counter | outcome | request events: `observed`, `duplicate`, `objecting` (health only), `erased` (dropped: the customer was erased) |
| gi_router_publish_failures_total | counter | target | failed publishes to `redis` or `topic` |
| gi_router_objecting_customers | gauge | | customers currently objecting to non-essential processing |

Labels are catalog endpoint and model ids only: bounded, no customer data.
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge

from .domain.circuit import STATES
from .domain.health_book import PairReport


class RouterMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.score = Gauge("gi_router_health_score", "routing score per pair", ["endpoint", "model"],
                           registry=registry)
        self.state = Gauge("gi_router_health_state", "1 for the pair's current circuit state",
                           ["endpoint", "model", "state"], registry=registry)
        self.snapshot_version = Gauge("gi_router_snapshot_version", "last snapshot version in Redis",
                                      registry=registry)
        self.snapshot_age = Gauge("gi_router_snapshot_age_seconds", "seconds since the last Redis snapshot",
                                  registry=registry)
        self.events = Counter("gi_router_events_total", "request events by outcome", ["outcome"],
                              registry=registry)
        self.publish_failures = Counter("gi_router_publish_failures_total", "failed publishes",
                                        ["target"], registry=registry)
        self.objecting = Gauge("gi_router_objecting_customers", "objecting customers", registry=registry)

    def pairs(self, reports: list[PairReport]) -> None:
        for r in reports:
            self.score.labels(r.endpoint, r.model).set(r.score)
            for state in STATES:
                self.state.labels(r.endpoint, r.model, state).set(1 if state == r.state else 0)
