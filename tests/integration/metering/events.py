"""Synthetic, valid, correctly priced llm.requests.v1 events (tests and bench).

Every event validates against the real schema and carries the cost the catalog
version it names gives for its tokens, so metering's cost check passes unless
a test breaks a figure on purpose.
"""

from __future__ import annotations

import random
import uuid
from datetime import UTC, datetime, timedelta
from functools import lru_cache

from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_schemas.catalog import load_catalog, platform_fee, price_usage
from gammainfra_schemas.llm_requests_v1 import CE_DATASCHEMA, CE_SOURCE, CE_TYPE
from gammainfra_schemas.timestamps import format_utc

CATALOG_VERSION = "2026-11-26.1"
MODELS = [("openai/gpt-4o-mini", "openai-us", "openai"), ("openai/gpt-4.1", "openai-us", "openai"),
          ("anthropic/claude-sonnet-4", "anthropic-us", "anthropic")]


@lru_cache(maxsize=1)
def _catalog():
    return load_catalog(CATALOG_VERSION)


def request_event(*, customer_id: str, api_key_id: str = "key1", finished_at: datetime | None = None,
                  prompt_tokens: int = 1000, completion_tokens: int = 200, model_index: int = 0,
                  byok: bool = False, status: str = "success") -> dict:
    model, endpoint, provider = MODELS[model_index % len(MODELS)]
    finished = finished_at or datetime.now(UTC)
    offering = _catalog().offering(model, endpoint)
    cost = price_usage(offering, prompt_tokens, completion_tokens)
    return {
        "request_id": f"req_{uuid.uuid4().hex}", "customer_id": customer_id, "api_key_id": api_key_id,
        "started_at": format_utc(finished - timedelta(milliseconds=850)), "finished_at": format_utc(finished),
        "model_requested": model, "model_dispatched": model, "provider": provider, "endpoint": endpoint,
        "byok": byok, "stream": False, "status": status, "http_status": 200, "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens, "cache_read_tokens": 0, "cache_write_tokens": 0,
        "latency_ms": 850, "ttfb_ms": 300, "task_label": "chat", "cost_micro_usd": cost,
        "platform_fee_micro_usd": platform_fee(cost, byok, _catalog().fees),
        "routing_version": "2026-11-20.2", "catalog_version": CATALOG_VERSION,
        "fallback_chain": [{"provider": provider, "endpoint": endpoint, "model": model, "outcome": "success",
                            "error_type": None, "latency_ms": 840}],
        "health_cache": {"snapshot_version": 7, "age_ms": 120, "stale": False},
        "error_type": None, "error_provider": None,
    }


def random_event(rng: random.Random, *, customers: int = 50, keys_per_customer: int = 3,
                 finished_at: datetime | None = None) -> dict:
    c = rng.randrange(customers)
    return request_event(customer_id=f"cus_{c:05d}", api_key_id=f"key_{c:05d}_{rng.randrange(keys_per_customer)}",
                         finished_at=finished_at, prompt_tokens=rng.randrange(0, 20_000),
                         completion_tokens=rng.randrange(0, 4_000), model_index=rng.randrange(3),
                         byok=rng.random() < 0.2)


def cloud_event(data: dict, event_id: str | None = None) -> CloudEvent:
    kwargs = {"id": event_id} if event_id else {}
    return CloudEvent(type=CE_TYPE, source=CE_SOURCE, data=data, dataschema=CE_DATASCHEMA, **kwargs)
