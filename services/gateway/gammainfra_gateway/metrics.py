"""Gateway metrics, listed once. Labels hold catalog ids and outcomes only: never
a customer, key, IP address or any request content.

| name | type | labels | meaning |
|---|---|---|---|
| gi_gateway_requests_total | counter | route, provider, model, status | finished requests by llm.requests.v1 status |
| gi_gateway_request_seconds | histogram | route, stream | time from request start to last byte |
| gi_gateway_ttfb_seconds | histogram | route | time to the first byte of the answer |
| gi_gateway_upstream_errors_total | counter | provider, error_type | failed attempts |
| gi_gateway_fallbacks_total | counter | route | requests served by other than the first endpoint |
| gi_gateway_added_seconds | histogram | route | latency the gateway adds before the first provider call (parse, auth, rate limit, route, budget) |
| gi_gateway_spend_micro_usd_total | counter | provider | cost + platform fee of served requests as the gateway priced them (metering's ledger is the authority) |
| gi_gateway_event_emit_failures_total | counter | reason | events that could not be handed to the spool |
| gi_gateway_ratelimit_decisions_total | counter | backend, outcome | see ratelimit/limiter.py |
| gi_gateway_shed_total | counter | route, reason | requests refused at an in-flight limit, reason process or customer (overload.py) |
| gi_gateway_inflight_requests | gauge | | API requests the process is working on (overload.py) |
| gi_gateway_health_snapshot_version | gauge | | version of the health snapshot this process routes on (0: none yet) |
| gi_gateway_health_snapshot_age_seconds | gauge | | age of that snapshot when scraped (-1: none yet) |
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram

from gammainfra_common.metrics import cached_labels

ADDED_BUCKETS = (0.0002, 0.0005, 0.001, 0.002, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1)
LATENCY_BUCKETS = (0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30, 60, 120)


class GatewayMetrics:
    def __init__(self, registry: CollectorRegistry) -> None:
        self.requests = Counter("gi_gateway_requests_total", "finished requests",
                                ["route", "provider", "model", "status"], registry=registry)
        self.latency = Histogram("gi_gateway_request_seconds", "request duration", ["route", "stream"],
                                 buckets=LATENCY_BUCKETS, registry=registry)
        self.ttfb = Histogram("gi_gateway_ttfb_seconds", "time to first byte", ["route"],
                              buckets=LATENCY_BUCKETS, registry=registry)
        self.upstream_errors = Counter("gi_gateway_upstream_errors_total", "failed upstream attempts",
                                       ["provider", "error_type"], registry=registry)
        self.fallbacks = Counter("gi_gateway_fallbacks_total", "requests served after a fallback",
                                 ["route"], registry=registry)
        self.added = Histogram("gi_gateway_added_seconds", "latency added before the first provider call",
                               ["route"], buckets=ADDED_BUCKETS, registry=registry)
        self.spend = Counter("gi_gateway_spend_micro_usd_total", "cost + platform fee of served requests",
                             ["provider"], registry=registry)
        self.emit_failures = Counter("gi_gateway_event_emit_failures_total", "events not spooled",
                                     ["reason"], registry=registry)
        # labels() of the per-request metrics, remembered per label set (gammainfra_common.metrics).
        self.added_for, self.fallbacks_for = cached_labels(self.added), cached_labels(self.fallbacks)
        self.upstream_errors_for, self.spend_for = cached_labels(self.upstream_errors), cached_labels(self.spend)
        self._children: dict[tuple, tuple] = {}
        self._registry = registry

    def watch_health(self, view) -> None:
        """Exposes which snapshot the process routes on, computed at scrape time (nothing on
        the hot path). Tests and operators wait on this, not on Redis: the process's copy
        lags Redis by up to one refresh interval."""
        Gauge("gi_gateway_health_snapshot_version", "health snapshot version in use",
              registry=self._registry).set_function(lambda: view.version or 0)
        Gauge("gi_gateway_health_snapshot_age_seconds", "age of the health snapshot in use",
              registry=self._registry).set_function(lambda: _age_s(view.marker()))

    def request_finished(self, route: str, provider: str, model: str, status: str, stream: bool,
                         seconds: float, ttfb_seconds: float | None) -> None:
        # labels() hashes and locks on every call; the label sets are few, so keep the children.
        key = (route, provider, model, status, stream)
        children = self._children.get(key)
        if children is None:
            children = self._children[key] = (self.requests.labels(route, provider, model, status),
                                              self.latency.labels(route, str(stream).lower()),
                                              self.ttfb.labels(route))
        children[0].inc()
        children[1].observe(seconds)
        if ttfb_seconds is not None:
            children[2].observe(ttfb_seconds)


def _age_s(marker: dict) -> float:
    return -1.0 if marker["age_ms"] is None else marker["age_ms"] / 1000
