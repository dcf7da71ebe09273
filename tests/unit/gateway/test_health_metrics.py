"""The gateway's ops metrics say which health snapshot the process routes on: tests and
operators wait on this, because the process's copy lags Redis by up to one refresh."""

from __future__ import annotations

from prometheus_client import CollectorRegistry

from gammainfra_gateway.metrics import GatewayMetrics
from gammainfra_gateway.routing.health import HealthView, Snapshot


def test_snapshot_version_and_age_follow_the_view_at_scrape_time():
    registry = CollectorRegistry()
    now = [1_700_000_010.0]
    view = HealthView(stale_after_s=30, clock=lambda: now[0])
    GatewayMetrics(registry).watch_health(view)
    assert registry.get_sample_value("gi_gateway_health_snapshot_version") == 0
    assert registry.get_sample_value("gi_gateway_health_snapshot_age_seconds") == -1
    view.replace(Snapshot(1_700_000_000_123, 1_700_000_000_000, {}))
    assert registry.get_sample_value("gi_gateway_health_snapshot_version") == 1_700_000_000_123
    assert registry.get_sample_value("gi_gateway_health_snapshot_age_seconds") == 10.0
    now[0] += 5
    assert registry.get_sample_value("gi_gateway_health_snapshot_age_seconds") == 15.0
