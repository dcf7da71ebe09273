"""Metering's own metrics, listed once (the runner adds the gi_consumer_* family).

| name | type | labels | meaning |
|---|---|---|---|
| gi_metering_cost_checks_total | counter | outcome | events whose cost was recomputed: `ok`, `mismatch`, `unpriced` |
| gi_metering_ledger_rows_total | counter | outcome | events written: `inserted`, or `duplicate` (event id already in the ledger) |
| gi_metering_ledger_retries_total | counter | | ledger writes that failed transiently and were retried |
| gi_metering_ledger_write_seconds | histogram | | one batch's ledger transaction (COPY + statement + commit), retries excluded |
| gi_metering_budget_sync_total | counter | outcome | Redis budget syncs, `ok` or `failed` (adapters/budget_sync.py) |
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Histogram


class MeteringMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.cost_checks = Counter("gi_metering_cost_checks_total", "cost recomputations by outcome",
                                   ["outcome"], registry=registry)
        self.ledger_write_seconds = Histogram(
            "gi_metering_ledger_write_seconds", "one batch's ledger transaction", registry=registry,
            buckets=(0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10))
        self.ledger_retries = Counter("gi_metering_ledger_retries_total", "transient ledger failures retried",
                                      registry=registry)
        self.ledger_rows = Counter("gi_metering_ledger_rows_total", "ledger rows by outcome",
                                   ["outcome"], registry=registry)
