"""The fault knobs: what goes wrong for one request, configured per endpoint (admin
API) or per request (x-fake-* headers), and the per-endpoint request counters.

Owns: `FaultPlan` (the knobs for one request), the parsing and validation of both
knob sources, and `FaultRegistry` (per-endpoint plan, `fail_count` budget, stats).
Guarantees: a header overrides only its own knob of the endpoint's plan; an endpoint
with `fail_count` N applies its plan to exactly the next N requests, then is healthy.
Raises `KnobError` (-> HTTP 400) on a malformed knob. No I/O here: the guard acts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping
from dataclasses import asdict, dataclass, field, fields, replace
from typing import Any

from aiohttp import web

__all__ = ["FAULTS", "HEALTHY", "FaultPlan", "FaultRegistry", "KnobError", "plan_from_headers", "plan_from_json"]


class KnobError(ValueError):
    """A knob value that cannot be used; the message names the knob."""


@dataclass(frozen=True, slots=True)
class FaultPlan:
    status: int | None = None       # answer this HTTP error (provider-shaped body) instead
    latency_ms: int = 0             # wait before the response headers
    timeout: bool = False           # never answer; the client has to give up
    cut_after: int | None = None    # stream: N content chunks, then drop the connection
    chunk_delay_ms: int = 0         # stream: pause between chunks
    retry_after_s: int = 1          # `retry-after` sent with status 429


HEALTHY = FaultPlan()


def _int(value: Any, knob: str, *, low: int, high: int) -> int:
    # bool is an int in Python; `"status": true` is a typo, not a status.
    if isinstance(value, str):
        try:
            value = int(value.strip())
        except ValueError:
            raise KnobError(f"{knob}: expected an integer, got {value!r}") from None
    if not isinstance(value, int) or isinstance(value, bool) or not low <= value <= high:
        raise KnobError(f"{knob}: expected an integer in [{low}, {high}], got {value!r}")
    return value


def _status(value: Any, knob: str) -> int | None:
    if value is None:
        return None
    status = _int(value, knob, low=100, high=599)
    return status if status >= 400 else None  # a success status means "no fault"


def _bool(value: Any, knob: str) -> bool:
    if isinstance(value, bool):
        return value
    if isinstance(value, str) and value.strip().lower() in ("1", "true", "yes", "on"):
        return True
    if isinstance(value, str) and value.strip().lower() in ("0", "false", "no", "off", ""):
        return False
    raise KnobError(f"{knob}: expected a boolean, got {value!r}")


def _optional_count(value: Any, knob: str) -> int | None:
    return None if value is None else _int(value, knob, low=0, high=1_000_000)


_MS = {"low": 0, "high": 3_600_000}
# knob -> (per-request header, parser); the admin JSON uses the knob names as keys.
_KNOBS = {
    "status": ("x-fake-status", _status),
    "latency_ms": ("x-fake-latency-ms", lambda v, k: _int(v, k, **_MS)),
    "timeout": ("x-fake-timeout", _bool),
    "cut_after": ("x-fake-cut-after", _optional_count),
    "chunk_delay_ms": ("x-fake-chunk-delay-ms", lambda v, k: _int(v, k, **_MS)),
    "retry_after_s": ("x-fake-retry-after", lambda v, k: _int(v, k, low=0, high=86_400)),
}
assert set(_KNOBS) == {f.name for f in fields(FaultPlan)}


def plan_from_headers(base: FaultPlan, headers: Mapping[str, str]) -> FaultPlan:
    """`base` with every knob given by an x-fake-* header replaced (`headers`:
    aiohttp's case-insensitive request.headers)."""
    overrides = {}
    for knob, (header, parse) in _KNOBS.items():
        raw = headers.get(header)
        if raw is not None:
            overrides[knob] = parse(raw, header)
    return replace(base, **overrides) if overrides else base


def plan_from_json(body: Any) -> tuple[FaultPlan, int | None]:
    """(plan, fail_count) from the admin API's JSON object; absent knobs are healthy."""
    if not isinstance(body, dict):
        raise KnobError("expected a JSON object")
    unknown = set(body) - set(_KNOBS) - {"fail_count"}
    if unknown:
        raise KnobError(f"unknown knobs {sorted(unknown)}; known: {sorted(_KNOBS) + ['fail_count']}")
    plan = FaultPlan(**{k: parse(body[k], k) for k, (_, parse) in _KNOBS.items() if k in body})
    fail_count = body.get("fail_count")
    if fail_count is not None:
        fail_count = _int(fail_count, "fail_count", low=1, high=1_000_000)
    return plan, fail_count


@dataclass(slots=True)
class _Endpoint:
    plan: FaultPlan = HEALTHY
    remaining: int | None = None  # requests the plan still applies to; None = until cleared
    requests: int = 0
    by_status: Counter[str] = field(default_factory=Counter)


class FaultRegistry:
    """Per-endpoint fault plans and counters. Single event loop, so no locks."""

    def __init__(self) -> None:
        self._endpoints: dict[str, _Endpoint] = {}

    def _get(self, endpoint: str) -> _Endpoint:
        state = self._endpoints.get(endpoint)
        if state is None:
            state = self._endpoints[endpoint] = _Endpoint()
        return state

    def configure(self, endpoint: str, plan: FaultPlan, fail_count: int | None = None) -> None:
        state = self._get(endpoint)
        state.plan, state.remaining = plan, fail_count

    def clear(self, endpoint: str) -> None:
        self.configure(endpoint, HEALTHY)

    def reset(self) -> None:
        self._endpoints.clear()

    def admit(self, endpoint: str) -> FaultPlan:
        """Count one request to `endpoint` and return the plan it gets (uses up one
        unit of `fail_count`)."""
        state = self._get(endpoint)
        state.requests += 1
        plan = state.plan
        if state.remaining is not None:
            state.remaining -= 1
            if state.remaining <= 0:
                state.plan, state.remaining = HEALTHY, None
        return plan

    def record(self, endpoint: str, outcome: str) -> None:
        """Count how a request ended: its HTTP status, or "timeout"."""
        self._get(endpoint).by_status[outcome] += 1

    def config(self, endpoint: str) -> dict[str, Any]:
        state = self._endpoints.get(endpoint) or _Endpoint()
        return {**asdict(state.plan), "fail_count": state.remaining}

    def stats(self, endpoint: str) -> dict[str, Any]:
        state = self._endpoints.get(endpoint) or _Endpoint()
        return {"requests": state.requests, "by_status": dict(state.by_status)}

    def all_stats(self) -> dict[str, dict[str, Any]]:
        return {name: self.stats(name) for name in self._endpoints}


FAULTS = web.AppKey("fakeproviders.faults", FaultRegistry)
