"""Events -> observations, windows -> statistics, snapshot shapes against the topic schema."""

from __future__ import annotations

import copy

from gammainfra_router.domain.circuit import Thresholds
from gammainfra_router.domain.health_book import HealthBook
from gammainfra_router.domain.label_stats import LabelStats
from gammainfra_router.domain.objections import Objections
from gammainfra_router.domain.observations import observe_event
from gammainfra_router.domain.snapshot import redis_document, topic_value
from gammainfra_router.domain.window import SlidingWindow, percentile
from gammainfra_schemas.topics import load_examples, validator_for


def fallback_event() -> dict:
    examples = load_examples("llm.requests.v1", 1)
    return next(copy.deepcopy(e) for e in examples.values() if len(e["fallback_chain"]) > 1
                and e["status"] == "success")


def test_every_attempt_becomes_an_observation_and_only_the_served_one_has_timings():
    event = fallback_event()
    request = observe_event(event)
    assert len(request.attempts) == len(event["fallback_chain"])
    *failed, served = request.attempts
    assert all(not o.ok and o.ttfb_ms is None and o.tokens_per_s is None for o in failed)
    assert served.ok and served.endpoint == event["endpoint"]
    if event["completion_tokens"]:
        assert served.tokens_per_s and served.tokens_per_s > 0
    assert request.task_label == event["task_label"]


def test_client_disconnects_say_nothing_about_the_endpoint():
    event = fallback_event()
    for attempt in event["fallback_chain"]:
        attempt["outcome"], attempt["error_type"] = "client_disconnected", None
    assert observe_event(event).attempts == ()


def test_percentiles_are_nearest_rank():
    values = list(range(1, 101))
    assert (percentile(values, 50), percentile(values, 95), percentile(values, 99)) == (50, 95, 99)
    assert percentile([], 50) is None


def test_window_drops_old_samples_and_caps_its_size():
    event = fallback_event()
    served = observe_event(event).attempts[-1]
    w = SlidingWindow(10, 5)
    for _ in range(8):
        w.add(served, served.at)
    assert len(w) == 5
    assert w.stats(served.at + 11).requests == 0


def test_topic_values_and_redis_document_match_their_contracts():
    book = HealthBook(Thresholds(), window_s=300, max_samples=100, slow_latency_ms=30_000)
    labels = LabelStats(window_s=300, max_samples=100)
    for example in load_examples("llm.requests.v1", 1).values():
        request = observe_event(example)
        for obs in request.attempts:
            book.observe(obs, obs.at)
            labels.observe(request.task_label, obs, obs.at)
    now = max(o.at for e in load_examples("llm.requests.v1", 1).values() for o in observe_event(e).attempts)
    reports = book.cycle(now)
    assert reports
    validator = validator_for("routing.health.v1", 1)
    for report in reports:
        value = topic_value(7, now, report)
        errors = [e.message for e in validator.iter_errors(value)]
        assert not errors, errors
    doc = redis_document(7, now, reports, labels.summary(now), probe_share=0.1, window_s=300)
    assert doc["version"] == 7 and set(doc["entries"]) == {r.pair for r in reports}
    assert all(e["state"] in ("healthy", "degraded", "down", "half_open") for e in doc["entries"].values())
    assert doc["labels"]


def test_objections_last_event_wins_and_other_types_are_ignored():
    o = Objections()
    base = {"type": "account.processing_objection_changed", "customer_id": "cus_a", "occurred_at": "x"}
    assert o.apply({**base, "objection": True}) and o.objects("cus_a")
    assert not o.apply({"type": "account.created", "customer_id": "cus_b"})
    assert o.apply({**base, "objection": False}) and not o.objects("cus_a")
    assert not o.objects(None)
