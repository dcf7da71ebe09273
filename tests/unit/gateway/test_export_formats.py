"""The export writers: whatever the batching, each format parses with the standard
library and carries every section and every request row unchanged."""

from __future__ import annotations

import csv
import io
import json

import orjson
import pytest

from gammainfra_gateway.export.formats import REQUEST_COLUMNS, WRITERS

ROWS = [{"event_id": f"e{i}", "request_id": f"r{i}", "customer_id": "cus_x", "cost_micro_usd": i * 10,
         "byok": i % 2 == 0, "error_type": None, "fallback_chain": [{"outcome": "success"}]} for i in range(7)]


def render(fmt: str, batches: list[list[dict]]) -> str:
    writer = WRITERS[fmt]()
    out = [writer.record("export", {"format": fmt}), writer.record("account", {"email": "a@b.c, \"q\""}),
           writer.record("api_keys", [{"key_id": "k1"}, {"key_id": "k2"}]), writer.record("budgets", []),
           writer.begin_requests()]
    out += [writer.requests([orjson.dumps(r) for r in batch]) for batch in batches]
    out.append(writer.end())
    return b"".join(out).decode()


@pytest.mark.parametrize("batches", [[ROWS], [ROWS[:1], [], ROWS[1:4], ROWS[4:]], [[]]])
def test_json_is_one_document(batches):
    doc = json.loads(render("json", batches))
    assert doc["account"] == {"email": "a@b.c, \"q\""} and [k["key_id"] for k in doc["api_keys"]] == ["k1", "k2"]
    assert doc["requests"] == [r for batch in batches for r in batch] and doc["budgets"] == []


def test_ndjson_lines_each_name_their_section():
    lines = [json.loads(x) for x in render("ndjson", [ROWS[:3], ROWS[3:]]).splitlines()]
    assert [x["section"] for x in lines[:4]] == ["export", "account", "api_key", "api_key"]
    requests = [x for x in lines if x["section"] == "request"]
    assert [{k: v for k, v in x.items() if k != "section"} for x in requests] == ROWS


def test_csv_is_one_table():
    rows = list(csv.DictReader(io.StringIO(render("csv", [ROWS[:2], ROWS[2:]]))))
    assert json.loads(rows[1]["data"]) == {"email": "a@b.c, \"q\""}
    requests = [r for r in rows if r["section"] == "request"]
    assert [int(r["cost_micro_usd"]) for r in requests] == [r["cost_micro_usd"] for r in ROWS]
    assert requests[0]["byok"] == "true" and requests[0]["error_type"] == ""
    assert json.loads(requests[0]["fallback_chain"]) == [{"outcome": "success"}]
    assert set(REQUEST_COLUMNS) >= {"event_id", "customer_id", "fallback_chain", "cost_micro_usd"}
