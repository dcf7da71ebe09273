"""The console's usage API on a real metering process: per-day totals summed over a
customer's keys (and only that customer's), and the request log paged by keyset so
that following `next_cursor` visits every row once, newest first."""

from __future__ import annotations

from datetime import date

import aiohttp
import pytest

from tests.integration.conftest import eventually
from tests.integration.metering.test_export import _fill_sql, _ready_schema

pytestmark = pytest.mark.asyncio

_DAY = """INSERT INTO "{schema}".daily_usage VALUES
    ($1::date, $2, $3, $4, $5, $6, $7, $8, $9, 0, 0, $10, $11)"""


async def _get(http, url, **params):
    async with http.get(url, params=params) as resp:
        return resp.status, await resp.json()


async def test_daily_totals_and_the_request_log_pages(new_topic, ledger_schema, pg, metering_processes):
    topic = await new_topic(partitions=1)
    metering = await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _ready_schema(pg, ledger_schema), timeout_s=30)
    await pg.execute(_fill_sql(ledger_schema, "cus_usage", 45, "u"))
    await pg.execute(_fill_sql(ledger_schema, "cus_else", 7, "e"))
    rows = [  # day, customer, key, model, provider, requests, ok, prompt, completion, cost, fee
        ("2026-11-02", "cus_usage", "key_a", "openai/gpt-4o-mini", "openai", 3, 3, 300, 30, 900, 45),
        ("2026-11-02", "cus_usage", "key_b", "openai/gpt-4o-mini", "openai", 2, 1, 200, 20, 600, 30),
        ("2026-11-02", "cus_usage", "key_a", "mistral/small", "mistral", 1, 1, 10, 1, 7, 1),
        ("2026-11-03", "cus_usage", "key_a", "openai/gpt-4o-mini", "openai", 4, 4, 400, 40, 1200, 60),
        ("2026-11-05", "cus_usage", "key_a", "openai/gpt-4o-mini", "openai", 9, 9, 9, 9, 9, 9),  # past `to`
        ("2026-11-02", "cus_else", "key_z", "openai/gpt-4o-mini", "openai", 50, 50, 1, 1, 1, 1),
    ]
    for day, *rest in rows:
        await pg.execute(_DAY.format(schema=ledger_schema), date.fromisoformat(day), *rest)
    month = await pg.fetchval("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM')")

    async with aiohttp.ClientSession() as http:
        status, daily = await _get(http, f"{metering.api_url}/v1/usage/daily",
                                   customer_id="cus_usage", **{"from": "2026-11-01", "to": "2026-11-05"})
        assert status == 200, daily
        assert [(r["day"], r["model"], r["requests"], r["successful"], r["cost_micro_usd"],
                 r["platform_fee_micro_usd"], r["prompt_tokens"]) for r in daily["data"]] == [
            ("2026-11-02", "mistral/small", 1, 1, 7, 1, 10),
            ("2026-11-02", "openai/gpt-4o-mini", 5, 4, 1500, 75, 500),  # both keys summed
            ("2026-11-03", "openai/gpt-4o-mini", 4, 4, 1200, 60, 400)]

        seen, cursor, pages = [], None, 0
        while True:
            params = {"customer_id": "cus_usage", "from": f"{month}-01T00:00:00Z",
                      "to": f"{month}-28T00:00:00Z", "limit": "20", **({"cursor": cursor} if cursor else {})}
            status, page = await _get(http, f"{metering.api_url}/v1/usage/requests", **params)
            assert status == 200, page
            pages += 1
            seen += page["data"]
            assert page["has_more"] == (page["next_cursor"] is not None)
            if not page["has_more"]:
                break
            cursor = page["next_cursor"]
        assert pages == 3 and len(seen) == 45
        assert len({r["request_id"] for r in seen}) == 45
        assert all(r["request_id"].startswith("req_u_") for r in seen)  # never another customer's
        finished = [r["finished_at"] for r in seen]
        assert finished == sorted(finished, reverse=True)
        assert not {"customer_id", "event_id", "endpoint", "fallback_chain"} & set(seen[0])

        for path, params, param in [
            ("daily", {"customer_id": "cus_usage", "from": "2026-11-05", "to": "2026-11-01"}, "from"),
            ("daily", {"from": "2026-11-01", "to": "2026-11-05"}, "customer_id"),
            ("requests", {"customer_id": "cus_usage", "from": f"{month}-01T00:00:00Z",
                          "to": f"{month}-02T00:00:00Z", "cursor": "not-a-cursor"}, "cursor"),
            ("requests", {"customer_id": "cus_usage", "from": f"{month}-01T00:00:00Z",
                          "to": f"{month}-02T00:00:00Z", "limit": "201"}, "limit"),
        ]:
            status, body = await _get(http, f"{metering.api_url}/v1/usage/{path}", **params)
            assert status == 400 and body["error"]["param"] == param, (path, params, body)
