"""Billing's own metrics, listed once (the runner adds gi_consumer_*, the Stripe adapter
gi_billing_stripe_calls_total{call,outcome}).

| name | type | labels | meaning |
|---|---|---|---|
| gi_billing_usage_rows_total | counter | | usage events stored (duplicates excluded) |
| gi_billing_webhooks_total | counter | outcome | Stripe webhook deliveries: `handled`, `duplicate`, `bad_signature`, `failed` (an error while acting; Stripe redelivers) |
| gi_billing_webhook_effects_total | counter | effect | what a first delivery did: `credited`, `paid`, `payment_failed`, `customer_forgotten`, ... |
| gi_billing_close_last_success_timestamp_seconds | gauge | | when the schedule last found every ended period closed (closing it if needed); 0 until the first pass |
| gi_billing_reconcile_mismatch_total | counter | | finalized invoices whose Stripe amount due differs from billing's total |
| gi_billing_outbox_depth | gauge | | events staged and not yet acknowledged by Kafka |
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge


class BillingMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.usage_rows = Counter("gi_billing_usage_rows_total", "usage events stored", registry=registry)
        self.webhooks = Counter("gi_billing_webhooks_total", "Stripe webhook deliveries by outcome", ["outcome"],
                                registry=registry)
        self.webhook_effects = Counter("gi_billing_webhook_effects_total", "what first webhook deliveries did",
                                       ["effect"], registry=registry)
        self.close_last_success = Gauge("gi_billing_close_last_success_timestamp_seconds",
                                        "last schedule pass that left every ended period closed", registry=registry)
        self.reconcile_mismatch = Counter("gi_billing_reconcile_mismatch_total",
                                          "invoices whose Stripe amount due differs from billing's total",
                                          registry=registry)
