import csv
import io
from datetime import UTC, datetime

import orjson

from gammainfra_metering.adapters.exports import EXPORT_COLUMNS
from gammainfra_metering.api.formats import FORMATS


def _row(i):
    row = dict.fromkeys(EXPORT_COLUMNS)
    row.update(event_id=f"e{i}", customer_id="c", byok=False, finished_at=datetime(2026, 11, 30, 23, 59, 59, 999000,
                                                                                     tzinfo=UTC),
               fallback_chain=[{"provider": "openai"}], health_cache={"stale": False}, cost_micro_usd=12)
    return row


def test_ndjson_one_object_per_line_with_rfc3339_times():
    out = FORMATS["ndjson"].encode([_row(1), _row(2)], True)
    lines = out.splitlines()
    assert len(lines) == 2 and orjson.loads(lines[0])["finished_at"] == "2026-11-30T23:59:59.999Z"


def test_json_is_one_document_across_chunks():
    fmt = FORMATS["json"]
    doc = fmt.head + fmt.encode([_row(1)], True) + fmt.encode([_row(2), _row(3)], False) + fmt.tail
    assert [r["event_id"] for r in orjson.loads(doc)["requests"]] == ["e1", "e2", "e3"]
    assert orjson.loads(fmt.head + fmt.tail) == {"requests": []}


def test_csv_has_a_header_and_json_cells_for_nested_fields():
    fmt = FORMATS["csv"]
    rows = list(csv.DictReader(io.StringIO((fmt.head + fmt.encode([_row(1)], True)).decode())))
    assert rows[0]["event_id"] == "e1" and rows[0]["byok"] == "false" and rows[0]["model_requested"] == ""
    assert orjson.loads(rows[0]["fallback_chain"]) == [{"provider": "openai"}]
