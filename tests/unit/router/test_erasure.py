"""The router forgets an erased customer's objection flag and drops their events."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from gammainfra_common.consumer import Message
from gammainfra_router.consumer.sink import StatsSink
from gammainfra_router.domain.health_book import HealthBook
from gammainfra_router.domain.label_stats import LabelStats
from gammainfra_router.domain.objections import Objections
from gammainfra_router.domain.observations import RequestObservations
from gammainfra_router.metrics import RouterMetrics
from gammainfra_router.domain.circuit import Thresholds


def test_erasure_replaces_the_objection_flag_with_a_tombstone():
    objections = Objections()
    objections.apply({"type": "account.processing_objection_changed", "customer_id": "cus_a", "objection": True})
    assert objections.objects("cus_a") and len(objections) == 1
    assert objections.apply({"type": "account.erasure_requested", "customer_id": "cus_a", "erasure_id": "era_1",
                             "occurred_at": "2026-12-01T00:00:00Z"})
    assert not objections.objects("cus_a") and objections.erased("cus_a") and len(objections) == 0
    # A replayed older objection event after the erasure does not bring the flag back.
    objections.apply({"type": "account.processing_objection_changed", "customer_id": "cus_a", "objection": True})
    assert not objections.objects("cus_a")
    assert objections.erase("cus_a") == 0  # idempotent


async def test_an_erased_customers_events_are_not_counted():
    book = HealthBook(Thresholds(), window_s=60, max_samples=100, slow_latency_ms=30000)
    labels = LabelStats(window_s=60, max_samples=100)
    objections = Objections()
    objections.erase("cus_gone")
    metrics = RouterMetrics(CollectorRegistry())
    sink = StatsSink(book, labels, objections, metrics, clock=lambda: 1000.0)
    message = Message("t", 0, 0, None, b"{}", (("ce_id", b"e1"),), 0,
                      payload=RequestObservations("cus_gone", "chat", ()))
    await sink.write([message])
    assert metrics.events.labels("erased")._value.get() == 1
    assert metrics.events.labels("observed")._value.get() == 0
