"""What one llm.requests.v1 event says about provider endpoints and models.

Each fallback_chain attempt becomes one `Observation` of its (endpoint, model)
pair. Attempts a client abandoned (`client_disconnected`) and attempts that failed
for the gateway's own reasons (`internal_error`) say nothing about the endpoint
and are left out. Only the attempt that served the answer carries ttfb and
throughput, derived from the event's totals minus the earlier attempts' time.
Pure; raises nothing for a schema-valid event.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

# Failures that are the endpoint's fault: they lower its health.
FAULT_ERRORS = frozenset({"timeout", "connect_error", "rate_limited", "upstream_server_error",
                          "upstream_auth_error", "stream_interrupted"})
# Failures caused by the request itself: counted in the window, not against health.
REQUEST_ERRORS = frozenset({"upstream_client_error", "content_filtered"})
ERROR_TYPES = tuple(sorted(FAULT_ERRORS | REQUEST_ERRORS))


@dataclass(frozen=True, slots=True)
class Observation:
    endpoint: str
    provider: str
    model: str
    at: float                    # epoch seconds (the event's finished_at)
    ok: bool
    error_type: str | None       # one of ERROR_TYPES when not ok
    latency_ms: int
    ttfb_ms: int | None = None   # served streamed attempt only
    tokens_per_s: float | None = None  # served attempt only

    @property
    def pair(self) -> str:
        return f"{self.endpoint}|{self.model}"

    @property
    def fault(self) -> bool:
        return not self.ok and self.error_type in FAULT_ERRORS


@dataclass(frozen=True, slots=True)
class RequestObservations:
    customer_id: str | None
    task_label: str
    attempts: tuple[Observation, ...]


def _epoch(ts: str) -> float:
    return datetime.fromisoformat(ts.replace("Z", "+00:00")).timestamp()


def observe_event(data: dict) -> RequestObservations:
    """The observations in one schema-valid llm.requests.v1 payload."""
    at = _epoch(data["finished_at"])
    chain = data.get("fallback_chain") or []
    attempts: list[Observation] = []
    before_ms = 0
    for attempt in chain:
        outcome, error = attempt["outcome"], attempt.get("error_type")
        latency = int(attempt["latency_ms"])
        if outcome == "success":
            attempts.append(_served(attempt, data, at, before_ms))
        elif outcome == "error" and error in FAULT_ERRORS | REQUEST_ERRORS:
            attempts.append(Observation(attempt["endpoint"], attempt["provider"], attempt["model"], at,
                                        False, error, latency))
        before_ms += latency
    return RequestObservations(data.get("customer_id"), data.get("task_label") or "other", tuple(attempts))


def _served(attempt: dict, data: dict, at: float, before_ms: int) -> Observation:
    ttfb = None
    if data.get("stream") and data.get("ttfb_ms") is not None:
        ttfb = max(0, int(data["ttfb_ms"]) - before_ms)
    tps = None
    served_ms = int(data.get("latency_ms") or 0) - before_ms
    if data.get("stream") and ttfb is not None:
        served_ms -= ttfb  # streamed: tokens flow after the first byte
    tokens = int(data.get("completion_tokens") or 0)
    if tokens > 0 and served_ms > 0:
        tps = tokens / (served_ms / 1000)
    return Observation(attempt["endpoint"], attempt["provider"], attempt["model"], at, True, None,
                       int(attempt["latency_ms"]), ttfb, tps)
