"""Retention's metrics, listed once.

| name | type | labels | meaning |
|---|---|---|---|
| gi_retention_erasures_open | gauge | — | erasures not yet acked by every expected service |
| gi_retention_erasures_stuck | gauge | — | open erasures requested longer ago than GI_RETENTION_ERASURE_TIMEOUT_S (alert GammaInfraErasureStuck: deploy/prometheus/rules/lifecycle.yml) |
| gi_retention_erasure_retries_total | counter | — | erasure.requested commands re-issued by the watchdog |
| gi_retention_erasures_completed_total | counter | — | erasures every expected service acked |
| gi_retention_purges_issued_total | counter | — | purge.requested commands issued by the schedule |
| gi_retention_purge_checks_total | counter | — | schedule passes (each checks that today's run exists) |
| gi_retention_purges_completed_total | counter | — | purges every expected service acked |
| gi_retention_purge_last_success_timestamp_seconds | gauge | — | when the newest purge run completed, from the audit trail (0: never; alert GammaInfraPurgeMissed) |
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge

STUCK_METRIC = "gi_retention_erasures_stuck"


class RetentionMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.open = Gauge("gi_retention_erasures_open", "erasures awaiting acks", registry=registry)
        self.stuck = Gauge(STUCK_METRIC, "erasures open past the timeout", registry=registry)
        self.retries = Counter("gi_retention_erasure_retries_total", "erasure commands re-issued",
                               registry=registry)
        self.erasures_completed = Counter("gi_retention_erasures_completed_total", "erasures completed",
                                          registry=registry)
        self.purges_issued = Counter("gi_retention_purges_issued_total", "purge commands issued",
                                     registry=registry)
        self.purge_checks = Counter("gi_retention_purge_checks_total", "purge schedule passes",
                                    registry=registry)
        self.purges_completed = Counter("gi_retention_purges_completed_total", "purges completed",
                                        registry=registry)
        self.purge_last_success = Gauge("gi_retention_purge_last_success_timestamp_seconds",
                                        "completion time of the newest purge run", registry=registry)
