"""The metadata of one request as it happens, and the llm.requests.v1 event it becomes.

Only metadata is ever put here: ids, model and endpoint names, counts, timings,
outcomes. The event is built once, when the request is finished.
"""

from __future__ import annotations

import itertools
import os
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime

from gammainfra_common.kafka.cloudevents import CloudEvent, rfc3339
from gammainfra_schemas.catalog import Catalog, FeeRates
from gammainfra_schemas.llm_requests_v1 import CE_DATASCHEMA, CE_SOURCE, CE_TYPE
from gammainfra_schemas.pricing import platform_fee, price_usage

from .providers.base import Usage
from .routing.candidates import ROUTING_VERSION, Candidate


# The requests llm.requests.v1 records (one event each); every other route is plumbing.
LLM_ROUTES = frozenset({"/v1/chat/completions", "/v1/embeddings", "/v1/messages"})
_PROCESS_PREFIX = os.urandom(6).hex()
_sequence = itertools.count(1)


def new_request_id() -> str:
    """Unique across processes (a random per-process prefix) and cheap: no syscall per request."""
    return f"req_{_PROCESS_PREFIX}{next(_sequence):012x}"


@dataclass
class Attempt:
    candidate: Candidate
    outcome: str
    error_type: str | None
    latency_ms: int


def charge(served_by: Candidate | None, usage: Usage, fees: FeeRates) -> tuple[int, int]:
    """(cost, platform fee) in micro-USD of what `served_by` did for `usage`; (0, 0)
    when nothing served. The event and the budget settlement both charge this."""
    if served_by is None:
        return 0, 0
    cost = price_usage(served_by.offering, usage.prompt_tokens, usage.completion_tokens,
                       usage.cache_read_tokens, usage.cache_write_tokens)
    return cost, platform_fee(cost, served_by.byok, fees)


@dataclass
class RequestRecord:
    request_id: str
    route: str
    started_at: datetime = field(default_factory=lambda: datetime.now(UTC))
    t0: float = field(default_factory=time.perf_counter)
    customer_id: str | None = None
    api_key_id: str | None = None
    model_requested: str | None = None
    stream: bool = False
    status: str = "success"
    http_status: int = 200
    usage: Usage = field(default_factory=Usage)
    ttfb_ms: int | None = None
    attempts: list[Attempt] = field(default_factory=list)
    served_by: Candidate | None = None
    error_type: str | None = None
    error_provider: str | None = None
    health: dict = field(default_factory=lambda: {"snapshot_version": None, "age_ms": None, "stale": True})
    task_label: str = "chat"
    byok_fallback: bool = False  # the account allows managed keys after its own key is refused
    # (customer, key) monthly limits in micro-USD, from the principal; the budget
    # reservation held while the request runs (gammainfra_gateway.budget).
    budget_limits: tuple[int | None, int | None] = (None, None)
    reservation: object | None = None
    shed: bool = False  # refused by a load-shedding limit (overload.py): no event, nothing to meter
    billing_state: object | None = None  # billing.enforce.BillingState of the account, if billing sent one

    def elapsed_ms(self) -> int:
        return int((time.perf_counter() - self.t0) * 1000)

    def mark_first_byte(self) -> None:
        if self.ttfb_ms is None:
            self.ttfb_ms = self.elapsed_ms()

    def fail(self, status: str, http_status: int, error_type: str | None, provider: str | None = None) -> None:
        self.status, self.http_status, self.error_type = status, http_status, error_type
        self.error_provider = provider

    def last_candidate(self) -> Candidate | None:
        return self.served_by or (self.attempts[-1].candidate if self.attempts else None)

    def to_event(self, catalog: Catalog) -> CloudEvent:
        finished = datetime.now(UTC)
        cand = self.last_candidate()
        cost, fee = charge(self.served_by, self.usage, catalog.fees)
        data = {
            "request_id": self.request_id, "customer_id": self.customer_id, "api_key_id": self.api_key_id,
            "started_at": rfc3339(self.started_at), "finished_at": rfc3339(finished),
            "model_requested": self.model_requested,
            "model_dispatched": cand.model.id if cand else None,
            "provider": cand.offering.provider if cand else None,
            "endpoint": cand.endpoint.id if cand else None,
            "byok": cand.byok if cand else False, "stream": self.stream, "status": self.status,
            "http_status": self.http_status,
            "prompt_tokens": self.usage.prompt_tokens, "completion_tokens": self.usage.completion_tokens,
            "cache_read_tokens": self.usage.cache_read_tokens, "cache_write_tokens": self.usage.cache_write_tokens,
            "latency_ms": self.elapsed_ms(), "ttfb_ms": self.ttfb_ms, "task_label": self.task_label,
            "cost_micro_usd": cost, "platform_fee_micro_usd": fee,
            "routing_version": ROUTING_VERSION, "catalog_version": catalog.version,
            "fallback_chain": [{"provider": a.candidate.offering.provider, "endpoint": a.candidate.endpoint.id,
                                "model": a.candidate.model.id, "outcome": a.outcome,
                                "error_type": a.error_type, "latency_ms": a.latency_ms} for a in self.attempts],
            "health_cache": self.health, "error_type": self.error_type, "error_provider": self.error_provider,
        }
        return CloudEvent(type=CE_TYPE, source=CE_SOURCE, data=data, dataschema=CE_DATASCHEMA,
                          time=finished)

