"""The export API of a real metering process: one customer's request log for a
time range as NDJSON, CSV or JSON, streamed in constant memory."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import aiohttp
import pytest

from tests.integration.conftest import eventually

pytestmark = pytest.mark.asyncio

ROWS = 100_000
RSS_GROWTH_BOUND_MB = 25


def _fill_sql(schema: str, customer: str, n: int, prefix: str) -> str:
    return f"""
    INSERT INTO "{schema}".request_log (event_id, request_id, customer_id, api_key_id, started_at, finished_at,
        model_requested, model_dispatched, provider, endpoint, byok, stream, status, http_status,
        prompt_tokens, completion_tokens, cache_read_tokens, cache_write_tokens, latency_ms, ttfb_ms,
        task_label, cost_micro_usd, platform_fee_micro_usd, routing_version, catalog_version,
        fallback_chain, health_cache, error_type, error_provider, kafka_partition, kafka_offset)
    SELECT '{prefix}-' || g, 'req_{prefix}_' || g, '{customer}', 'key_' || (g % 3), t - interval '850 ms', t,
        'openai/gpt-4o-mini', 'openai/gpt-4o-mini', 'openai', 'openai-us', false, g % 2 = 0, 'success', 200,
        1000 + g % 500, 200, 0, 0, 850, 300, 'chat', 270 + g % 7, 14, '2026-11-20.2', '2026-11-26.1',
        '[{{"provider": "openai", "endpoint": "openai-us", "model": "openai/gpt-4o-mini", "outcome": "success", "error_type": null, "latency_ms": 840}}]'::jsonb,
        '{{"snapshot_version": 7, "age_ms": 120, "stale": false}}'::jsonb, NULL, NULL, 0, g
    FROM generate_series(1, {n}) g,
         LATERAL (SELECT date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC'
                         + g * interval '1 second' AS t) x
    """


def _peak_rss_mb(pid: int) -> float:
    for line in Path(f"/proc/{pid}/status").read_text().splitlines():
        if line.startswith("VmHWM:"):
            return int(line.split()[1]) / 1024
    raise AssertionError("no VmHWM")


async def _ready_schema(pg, schema):
    try:
        return await pg.fetchval(f'SELECT count(*) FROM "{schema}".request_log') == 0
    except Exception:  # noqa: BLE001
        return False


def _range(pg_now_month: str) -> dict:
    return {"from": f"{pg_now_month}-01T00:00:00Z", "to": f"{pg_now_month}-28T00:00:00Z"}


async def test_export_of_100k_rows_streams_under_a_fixed_memory_bound(new_topic, ledger_schema, pg,
                                                                     metering_processes):
    topic = await new_topic(partitions=1)
    metering = await metering_processes(topic=topic, schema=ledger_schema,
                                        extra_env={"GI_LOG_LEVEL": "WARNING"}).start()
    await eventually(lambda: _ready_schema(pg, ledger_schema), timeout_s=30)
    await pg.execute(_fill_sql(ledger_schema, "cus_export", ROWS, "ev"))
    await pg.execute(_fill_sql(ledger_schema, "cus_other", 500, "other"))
    month = (await pg.fetchval("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM')"))
    params = {"customer_id": "cus_export", "format": "ndjson", **_range(month)}

    before = _peak_rss_mb(metering.proc.pid)
    lines = 0
    received = 0
    tail = b""
    first = None
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=300)) as http:
        async with http.get(f"{metering.api_url}/v1/exports/request-log", params=params) as resp:
            assert resp.status == 200, await resp.text()
            assert resp.headers["Content-Type"].startswith("application/x-ndjson")
            async for chunk in resp.content.iter_chunked(64 * 1024):
                received += len(chunk)
                data = tail + chunk
                parts = data.split(b"\n")
                tail = parts.pop()
                if first is None and parts:
                    first = json.loads(parts[0])
                lines += len(parts)
    after = _peak_rss_mb(metering.proc.pid)

    assert tail == b""
    assert lines == ROWS  # only that customer's rows, all of them
    assert first["customer_id"] == "cus_export" and first["event_id"] == "ev-1"
    assert first["finished_at"].endswith("Z") and isinstance(first["fallback_chain"], list)
    assert "kafka_offset" not in first and "expected_cost_micro_usd" not in first
    print(f"export: {received} bytes, peak RSS {before:.1f} -> {after:.1f} MB")
    # The bound means something: the export is several times larger than the bound.
    assert received > 3 * RSS_GROWTH_BOUND_MB * 1024 * 1024, received
    assert after - before < RSS_GROWTH_BOUND_MB, f"peak RSS grew {after - before:.1f} MB ({before:.0f} -> {after:.0f})"


async def test_csv_json_and_bad_input(new_topic, ledger_schema, pg, metering_processes):
    topic = await new_topic(partitions=1)
    metering = await metering_processes(topic=topic, schema=ledger_schema).start()
    await eventually(lambda: _ready_schema(pg, ledger_schema), timeout_s=30)
    await pg.execute(_fill_sql(ledger_schema, "cus_small", 25, "small"))
    month = (await pg.fetchval("SELECT to_char(now() AT TIME ZONE 'UTC', 'YYYY-MM')"))
    url = f"{metering.api_url}/v1/exports/request-log"
    base = {"customer_id": "cus_small", **_range(month)}
    async with aiohttp.ClientSession() as http:
        async with http.get(url, params={**base, "format": "csv"}) as resp:
            assert resp.status == 200
            rows = list(csv.DictReader(io.StringIO(await resp.text())))
        assert len(rows) == 25 and rows[0]["customer_id"] == "cus_small"
        assert json.loads(rows[0]["health_cache"]) == {"snapshot_version": 7, "age_ms": 120, "stale": False}
        async with http.get(url, params={**base, "format": "json"}) as resp:
            body = await resp.json(content_type=None)
        assert len(body["requests"]) == 25
        assert [r["event_id"] for r in body["requests"]][:2] == ["small-1", "small-2"]
        async with http.get(url, params={**base, "from": f"{month}-01T00:00:10Z", "to": f"{month}-01T00:00:15Z"}) as resp:
            assert len((await resp.text()).splitlines()) == 5  # from inclusive, to exclusive
        for bad, param in (({"format": "xml"}, "format"), ({"from": "yesterday"}, "from"),
                           ({"customer_id": ""}, "customer_id"), ({"to": f"{month}-01T00:00:00Z"}, "from")):
            async with http.get(url, params={**base, **bad}) as resp:
                assert resp.status == 400
                error = (await resp.json())["error"]
                assert error["param"] == param and error["type"] == "invalid_request_error"
