"""Customers with limits in the chaos system, and the after-check of their limits.

- `budget`: a monthly budget of BUDGET_MICRO_USD (`gammainfra budgets set`), small
  enough that the traffic of one scenario runs into it;
- `credited`: prepaid, with CREDIT_USD of credits bought through the gateway's
  checkout route and billing's signed `checkout.session.completed` webhook;
- `no_credit`: prepaid with nothing bought: every request is refused (402
  `insufficient_credits`) before any provider call.

The documented bound (services/gateway/gammainfra_gateway/budget/__init__.py): spend
(cost + platform fee in the ledger) never passes the limit, except while Redis is
down, when the guard fails open for the postpaid budget (GI_BUDGET_REDIS_FAILURE=open,
the default) and the overshoot is at most what the budget account spent during the
outage. Prepaid credits never fail open: while Redis is down the credited account gets
503 `budget_unavailable` with Retry-After (`credit_unavailable_503`; any such 503 for
another customer or outside the outage is `unavailable_503_unexpected`, which must be
0), and the account without credits still gets 402 (its credit limit is 0, known
without Redis): `no_credit_served` must be 0, outage included. Refusals are 402/429 in
the route's own format (traffic.py).
"""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid
from dataclasses import dataclass

import aiohttp

from tests.chaos.billing_check import LEDGER_CHARGE, ledger_spend
from tests.conftest import DATABASE_URL, REDIS_URL
from tests.integration.conftest import eventually
from tests.integration.service_process import ROOT

BUDGET_MICRO_USD = 5_000
CREDIT_USD = 1
CHAT = {"model": "openai/gpt-4o-mini", "max_tokens": 8, "messages": [{"role": "user", "content": "limits"}]}


@dataclass(frozen=True)
class Limited:
    budget: tuple[str, str]     # (customer id, API key)
    credited: tuple[str, str]
    no_credit: tuple[str, str]


def _budgets_cli(bootstrap: str, customer_id: str) -> None:
    env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_REDIS_URL": REDIS_URL, "GI_KAFKA_BOOTSTRAP": bootstrap}
    done = subprocess.run([sys.executable, "-m", "gammainfra_cli.main", "budgets", "set", "--customer", customer_id,
                           "--limit-usd", f"{BUDGET_MICRO_USD / 1e6:.6f}", "--json"],
                          env=env, cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]


async def _chat(http, gateway, api_key: str) -> tuple[int, dict]:
    async with http.post(f"{gateway.base_url}/chat/completions", json=CHAT,
                         headers={"Authorization": f"Bearer {api_key}"}) as resp:
        return resp.status, await resp.json(content_type=None)


async def add_limited_customers(system, key_store) -> Limited:
    made = []
    for role in ("budget", "credited", "no-credit"):
        account = await key_store.create_account(f"chaos-{role}-{uuid.uuid4().hex[:8]}@example.com", "Chaos")
        made.append((account.customer_id, account.api_key))
    limited = Limited(*made)
    await asyncio.to_thread(_budgets_cli, system.kafka.bootstrap, limited.budget[0])
    gateway = system.gateways[0]
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=20)) as http:
        for customer_id, _ in (limited.credited, limited.no_credit):
            async with http.put(f"{system.billing.api_url}/internal/v1/customers/{customer_id}/mode",
                                json={"mode": "credit"}) as resp:
                assert resp.status == 200, await resp.text()
        async with http.post(f"{gateway.base_url}/account/credits/checkout", json={"amount_usd": CREDIT_USD},
                             headers={"Authorization": f"Bearer {limited.credited[1]}"}) as resp:
            assert resp.status == 201, await resp.text()
            checkout = await resp.json()
        session = system.stripe.fake.state.session(checkout["id"])
        session.update(status="complete", payment_status="paid")
        delivery = await system.stripe.fake.deliver("checkout.session.completed", dict(session),
                                                    url=system.billing.webhook_url)
        assert delivery["status"] == 200, delivery

        async def limits_in_force():  # on every gateway: billing's account state has reached them all
            for gw in system.gateways:
                credited, (refused, body) = await _chat(http, gw, limited.credited[1]), \
                    await _chat(http, gw, limited.no_credit[1])
                if credited[0] != 200 or refused != 402 or body["error"]["code"] != "insufficient_credits":
                    return False
            return True

        await eventually(limits_in_force, timeout_s=30, interval_s=0.5)
    system.customers.extend([limited.budget, limited.credited, limited.no_credit])
    return limited


async def spend_between(db, schema: str, request_ids: list[str]) -> int:
    return await db.fetchval(f'SELECT coalesce(sum({LEDGER_CHARGE}), 0)::bigint FROM "{schema}".request_log '
                             f'WHERE request_id = ANY($1::text[])', request_ids)


async def limits_check(system, traffic, *, outage: tuple[float, float] | None) -> dict:
    """Spend against each limit. `outage`: (start, end) monotonic times of a Redis outage, whose
    spend the budget may overshoot by (fail open); None: the bound is the limit itself."""
    limited = system.limited
    spend = await ledger_spend(system.pg, system.schema, [limited.budget[0], limited.credited[0],
                                                          limited.no_credit[0]])
    slack = 0

    def in_outage(rid: str) -> bool:
        return outage is not None and outage[0] <= traffic.ok_at[rid] <= outage[1]

    if outage is not None:
        during = [rid for rid, cid in traffic.ok.items() if cid == limited.budget[0] and in_outage(rid)]
        slack = await spend_between(system.pg, system.schema, during)
    no_credit_ok = [rid for rid, cid in traffic.ok.items() if cid == limited.no_credit[0]]
    refused = traffic.refused
    expected_503 = [at for at, cid in traffic.unavailable
                    if cid == limited.credited[0] and outage is not None and outage[0] <= at <= outage[1]]
    return {
        "budget_micro_usd": BUDGET_MICRO_USD, "budget_spend_micro_usd": spend[limited.budget[0]],
        "budget_overshoot_micro_usd": max(0, spend[limited.budget[0]] - BUDGET_MICRO_USD),
        "budget_overshoot_allowed_micro_usd": slack,
        "credit_micro_usd": CREDIT_USD * 1_000_000, "credit_spend_micro_usd": spend[limited.credited[0]],
        # Prepaid credits never fail open: no 2xx for the account without credits, outage included.
        "no_credit_served": len(no_credit_ok),
        "no_credit_served_during_outage": sum(1 for rid in no_credit_ok if in_outage(rid)),
        "credit_unavailable_503": len(expected_503),
        "unavailable_503_unexpected": len(traffic.unavailable) - len(expected_503),
        "refused_402": sum(n for (_, status), n in refused.items() if status == 402),
        "refused_429": sum(n for (_, status), n in refused.items() if status == 429),
        "budget_refused": sum(n for (cid, _), n in refused.items() if cid == limited.budget[0]),
        "refused_badly_shaped": traffic.bad_refusals,
    }


def limits_hold(entry: dict) -> bool:
    return (entry["budget_overshoot_micro_usd"] <= entry["budget_overshoot_allowed_micro_usd"]
            and entry["credit_spend_micro_usd"] <= entry["credit_micro_usd"]
            and entry["no_credit_served"] == 0 and entry["refused_badly_shaped"] == 0
            and entry["unavailable_503_unexpected"] == 0)
