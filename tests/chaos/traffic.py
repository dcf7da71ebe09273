"""Steady mixed traffic for chaos scenarios: chat, streamed chat, embeddings and
/v1/messages from several customers, round-robin over several gateways. Records
every answer's status and request id so the ledger can be checked afterwards.

Some customers have a monthly budget or prepaid credits (limits.py): their refusals
(402 over the limit, 429 too many at once) are the limits working, not failures, when
the body is the route's own error format (OpenAI's `error.type`/`code`, Anthropic's
`{"type": "error"}`); they are kept apart from `non_2xx`, and a badly shaped one is
counted in `bad_refusals`. While Redis is away a prepaid account's requests get 503
`budget_unavailable` with Retry-After (the documented answer: credits are never spent
unchecked); those are kept apart too, with their time and customer, in `unavailable`,
and limits.py checks that only the prepaid account got them, only during the outage."""

from __future__ import annotations

import asyncio
import itertools
import json
import time
from collections import Counter
from dataclasses import dataclass, field

import aiohttp

CHAT = [{"role": "user", "content": "chaos"}]
SHAPES = [
    ("/chat/completions", {"model": "openai/gpt-4o-mini", "messages": CHAT}),
    ("/chat/completions", {"model": "openai/gpt-4o-mini", "messages": CHAT, "stream": True}),
    ("/embeddings", {"model": "openai/text-embedding-3-small", "input": "chaos"}),
    ("/messages", {"model": "openai/gpt-4o", "max_tokens": 32, "messages": CHAT}),
    # A model with several endpoints (anthropic-us first, Bedrock regions as fallbacks).
    ("/messages", {"model": "anthropic/claude-sonnet-4", "max_tokens": 32, "messages": CHAT, "stream": True}),
]


REFUSALS = {402: {"budget_exceeded", "insufficient_credits"}, 429: {"rate_limit_exceeded"}}
ANTHROPIC_REFUSALS = {402: "billing_error", 429: "rate_limit_error"}
UNAVAILABLE, ANTHROPIC_UNAVAILABLE = "budget_unavailable", "overloaded_error"  # 503, with Retry-After


@dataclass
class Traffic:
    ok: dict[str, str] = field(default_factory=dict)  # request id -> customer id, answered 2xx
    ok_at: dict[str, float] = field(default_factory=dict)  # request id -> monotonic time of the answer
    statuses: list[tuple[float, int]] = field(default_factory=list)  # (monotonic time, status), refusals apart
    refused: Counter = field(default_factory=Counter)  # (customer id, status) -> well-shaped 402/429 answers
    bad_refusals: int = 0  # 402/429 not in the route's error format
    answered: set[tuple[str, str]] = field(default_factory=set)  # (gateway URL, customer id) that got any answer
    unavailable: list[tuple[float, str]] = field(default_factory=list)  # (monotonic time, customer id): 503s

    @property
    def sent(self) -> int:
        return len(self.statuses) + sum(self.refused.values()) + len(self.unavailable)

    def non_2xx(self) -> int:
        return sum(1 for _, s in self.statuses if s >= 300)


def is_refusal(path: str, status: int, body: bytes) -> bool:
    """A budget/credit/concurrency refusal in the route's own error format."""
    try:
        doc = json.loads(body)
    except ValueError:
        return False
    if path == "/messages":
        return doc.get("type") == "error" and (doc.get("error") or {}).get("type") == ANTHROPIC_REFUSALS[status]
    return (doc.get("error") or {}).get("code") in REFUSALS[status]


def is_budget_unavailable(path: str, headers, body: bytes) -> bool:
    """503 `budget_unavailable` with Retry-After, in the route's own format (Anthropic's
    shape has no code: its 503 type, with Retry-After; limits.py checks who got them)."""
    if not headers.get("Retry-After", "").isdigit():
        return False
    try:
        doc = json.loads(body)
    except ValueError:
        return False
    if path == "/messages":  # other 503s share Anthropic's type: the guard's message tells them apart
        error = doc.get("error") or {}
        return (doc.get("type") == "error" and error.get("type") == ANTHROPIC_UNAVAILABLE
                and "check is unavailable" in str(error.get("message")))
    return (doc.get("error") or {}).get("code") == UNAVAILABLE


async def _one(http, base_url, customer, path, body, traffic: Traffic) -> None:
    customer_id, api_key = customer
    headers = {"x-api-key": api_key, "anthropic-version": "2023-06-01"} if path == "/messages" \
        else {"Authorization": f"Bearer {api_key}"}
    try:
        async with http.post(base_url + path, json=body, headers=headers) as resp:
            answer = await resp.read()
            status = resp.status
            traffic.answered.add((base_url, customer_id))
            if 200 <= status < 300:
                traffic.ok[resp.headers["x-request-id"]] = customer_id
                traffic.ok_at[resp.headers["x-request-id"]] = time.monotonic()
            elif status in REFUSALS:
                if is_refusal(path, status, answer):
                    traffic.refused[(customer_id, status)] += 1
                    return
                traffic.bad_refusals += 1
            elif status == 503 and is_budget_unavailable(path, resp.headers, answer):
                traffic.unavailable.append((time.monotonic(), customer_id))
                return
    except (aiohttp.ClientError, asyncio.TimeoutError):
        status = 599  # connection refused/reset: counted like a 5xx
    traffic.statuses.append((time.monotonic(), status))


async def run_traffic(base_urls: list[str], customers: list[tuple[str, str]], stop: asyncio.Event,
                      traffic: Traffic, *, concurrency: int = 8, pause_s: float = 0.01) -> None:
    """Until `stop` is set: `concurrency` clients, each sending one request at a time."""
    # Gateways alternate fastest, then customers: the first 2 x customers requests reach every
    # (gateway, customer) pair, however slow the machine (scenario.py waits for that).
    plan = itertools.cycle((base_url, customer, shape) for shape, customer, base_url
                           in itertools.product(SHAPES, customers, base_urls))

    async def client() -> None:
        timeout = aiohttp.ClientTimeout(total=10)
        async with aiohttp.ClientSession(timeout=timeout) as http:
            while not stop.is_set():
                base_url, customer, (path, body) = next(plan)
                await _one(http, base_url, customer, path, body, traffic)
                await asyncio.sleep(pause_s)

    await asyncio.gather(*(client() for _ in range(concurrency)))
