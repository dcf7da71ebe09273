"""Synthetic, valid, correctly priced llm.requests.v1 events across providers,
managed and BYOK, chat and embeddings; and the independent expectation of the
invoice they make (written from the issue's rules, not from billing's code)."""

from __future__ import annotations

import random
import uuid
from datetime import datetime, timedelta
from functools import lru_cache

from gammainfra_schemas.catalog import load_catalog, platform_fee, price_usage
from gammainfra_schemas.timestamps import format_utc

CATALOG_VERSION = "2026-11-26.1"
OFFERINGS = [  # (model, endpoint, provider, kind)
    ("openai/gpt-4o-mini", "openai-us", "openai", "chat"),
    ("openai/text-embedding-3-small", "openai-us", "openai", "embedding"),
    ("anthropic/claude-sonnet-4", "anthropic-us", "anthropic", "chat"),
    ("anthropic/claude-sonnet-4", "bedrock-us-east-1", "bedrock", "chat"),
    ("google/gemini-2.5-flash", "google-gemini", "google", "chat"),
    ("meta/llama-3.3-70b", "groq-us", "groq", "chat"),
    ("mistral/mistral-small", "mistral-eu", "mistral", "chat"),
    ("deepseek/deepseek-chat", "deepseek-cn", "deepseek", "chat"),
    ("xai/grok-3-mini", "xai-us", "xai", "chat"),
]


@lru_cache(maxsize=1)
def catalog():
    return load_catalog(CATALOG_VERSION)


def usage_event(customer_id: str, finished: datetime, offering: int, *, prompt_tokens: int, completion_tokens: int,
                byok: bool = False) -> dict:
    model, endpoint, provider, kind = OFFERINGS[offering]
    if kind == "embedding":
        completion_tokens = 0
    offer = catalog().offering(model, endpoint)
    cost = price_usage(offer, prompt_tokens, completion_tokens)
    return {
        "request_id": f"req_{uuid.uuid4().hex}", "customer_id": customer_id, "api_key_id": "key_test",
        "started_at": format_utc(finished - timedelta(milliseconds=500)), "finished_at": format_utc(finished),
        "model_requested": model, "model_dispatched": model, "provider": provider, "endpoint": endpoint,
        "byok": byok, "stream": False, "status": "success", "http_status": 200, "prompt_tokens": prompt_tokens,
        "completion_tokens": completion_tokens, "cache_read_tokens": 0, "cache_write_tokens": 0,
        "latency_ms": 500, "ttfb_ms": 200, "task_label": "chat", "cost_micro_usd": cost,
        "platform_fee_micro_usd": platform_fee(cost, byok, catalog().fees), "routing_version": "2026-11-20.2",
        "catalog_version": CATALOG_VERSION,
        "fallback_chain": [{"provider": provider, "endpoint": endpoint, "model": model, "outcome": "success",
                            "error_type": None, "latency_ms": 490}],
        "health_cache": {"snapshot_version": 7, "age_ms": 120, "stale": False},
        "error_type": None, "error_provider": None,
    }


def mixed_usage(customer_id: str, start: datetime, n: int, seed: int = 7) -> list[dict]:
    """n events inside [start, start + 20 days): every offering, ~30 % BYOK, embeddings included."""
    rng = random.Random(seed)
    events = []
    for i in range(n):
        offering = i % len(OFFERINGS)
        events.append(usage_event(customer_id, start + timedelta(seconds=rng.randrange(20 * 86400)), offering,
                                  prompt_tokens=rng.randrange(1, 50_000), completion_tokens=rng.randrange(0, 8_000),
                                  byok=rng.random() < 0.3))
    return events


def expected_invoice(events: list[dict]) -> dict:
    """Lines in micro-USD per the issue: managed usage per (model, provider), BYOK fee per
    (model, provider) apart, one platform fee line; each rounded half up to cents once."""
    lines: dict[str, int] = {}
    for e in events:
        if e["byok"]:
            key = f"byok_fee:{e['model_dispatched']}:{e['provider']}"
            lines[key] = lines.get(key, 0) + e["platform_fee_micro_usd"]
        else:
            key = f"usage:{e['model_dispatched']}:{e['provider']}"
            lines[key] = lines.get(key, 0) + e["cost_micro_usd"]
            lines["platform_fee"] = lines.get("platform_fee", 0) + e["platform_fee_micro_usd"]
    cents = {k: (v + 5000) // 10000 for k, v in lines.items()}
    return {"lines_micro": lines, "lines_cents": cents, "total_cents": sum(cents.values()),
            "total_micro": sum(lines.values())}
