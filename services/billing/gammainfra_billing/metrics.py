"""Billing's own metrics, listed once (the runner adds gi_consumer_*, the Stripe adapter
gi_billing_stripe_calls_total{call,outcome}).

| name | type | labels | meaning |
|---|---|---|---|
| gi_billing_usage_rows_total | counter | | usage events stored (duplicates excluded) |
| gi_billing_webhooks_total | counter | outcome | Stripe webhook deliveries: `handled`, `duplicate`, `bad_signature` |
| gi_billing_reconcile_mismatch_total | counter | | finalized invoices whose Stripe amount due differs from billing's total |
| gi_billing_outbox_depth | gauge | | events staged and not yet acknowledged by Kafka |
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter


class BillingMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.usage_rows = Counter("gi_billing_usage_rows_total", "usage events stored", registry=registry)
        self.webhooks = Counter("gi_billing_webhooks_total", "Stripe webhook deliveries by outcome", ["outcome"],
                                registry=registry)
        self.reconcile_mismatch = Counter("gi_billing_reconcile_mismatch_total",
                                          "invoices whose Stripe amount due differs from billing's total",
                                          registry=registry)
