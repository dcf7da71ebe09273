"""Prometheus plumbing: one registry per service, plus the build-info gauge.

Owns: creating a service's `CollectorRegistry` (never the global default one,
so tests and several services in one process don't collide) and the metric
every service exports about itself.

Metrics defined here:

| name | type | labels | meaning |
|---|---|---|---|
| `gi_build_info` | gauge | service, version | always 1; joins any series to the running build |
| `process_*`, `python_gc_*`, `python_info` | (standard) | | prometheus_client's process, GC and platform collectors |

Metric labels must never carry customer content, keys or IP addresses; only
bounded, non-identifying values (provider, endpoint id, status class, ...).

Raises: prometheus_client's `ValueError` if a metric name is registered twice
in the same registry.
"""

from __future__ import annotations

from prometheus_client import (
    CollectorRegistry,
    Gauge,
    GCCollector,
    PlatformCollector,
    ProcessCollector,
)

__all__ = ["cached_labels", "new_registry", "register_build_info"]


def cached_labels(metric):
    """`metric.labels`, remembered per label values: prometheus_client's `labels()` checks,
    converts and hashes the values and takes a lock on every call, and a hot path asks for
    the same few label sets over and over. Only for bounded label values (all of ours are)."""
    children: dict[tuple, object] = {}

    def labels(*values):
        child = children.get(values)
        if child is None:
            child = children[values] = metric.labels(*values)
        return child
    return labels


def new_registry(*, process_metrics: bool = True) -> CollectorRegistry:
    """A fresh registry; with `process_metrics`, also process/GC/platform collectors."""
    registry = CollectorRegistry(auto_describe=True)
    if process_metrics:
        ProcessCollector(registry=registry)
        GCCollector(registry=registry)
        PlatformCollector(registry=registry)
    return registry


def register_build_info(registry: CollectorRegistry, *, service: str, version: str) -> Gauge:
    """Register `gi_build_info{service,version} 1` in `registry` and return the gauge."""
    gauge = Gauge(
        "gi_build_info",
        "Build information; always 1.",
        ["service", "version"],
        registry=registry,
    )
    gauge.labels(service=service, version=version).set(1)
    return gauge
