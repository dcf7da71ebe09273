"""The export's three encodings, each a writer of sections onto a stream.

- json: ONE document `{"export": {...}, "account": {...}, "api_keys": [...],
  "byok_providers": [...], "budgets": [...], "invoices_and_credits": {...},
  "monthly_totals": [...], "requests": [...]}` (json.load reads it);
- ndjson: one object per line, each with `"section"` naming what it is;
- csv: one table (csv.DictReader reads it): `section`, `data` (the JSON of a
  non-request record), then the request-log columns, filled on `request` rows.

Request rows arrive as metering's NDJSON lines and are spliced in without being
parsed for json and ndjson (throughput); csv parses each to lay out its cells.
Memory is one batch of lines whatever the customer holds.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Sequence
from typing import Any

import orjson

from gammainfra_schemas.topics import load_schema

REQUEST_COLUMNS = ("event_id", *load_schema("llm.requests.v1", 1)["properties"])
CSV_COLUMNS = ("section", "data", *REQUEST_COLUMNS)


class JsonWriter:
    content_type, extension = "application/json", "json"

    def __init__(self) -> None:
        self._first_key = True
        self._first_row = True

    def _key(self, name: str) -> bytes:
        sep = b"{" if self._first_key else b","
        self._first_key = False
        return sep + orjson.dumps(name) + b":"

    def record(self, name: str, value: Any) -> bytes:
        return self._key(name) + orjson.dumps(value)

    def begin_requests(self) -> bytes:
        return self._key("requests") + b"["

    def requests(self, lines: Sequence[bytes]) -> bytes:
        if not lines:
            return b""
        body = b",".join(lines)
        if self._first_row:
            self._first_row = False
            return body
        return b"," + body

    def end(self) -> bytes:
        return b"]}"


class NdjsonWriter:
    content_type, extension = "application/x-ndjson", "ndjson"

    def record(self, name: str, value: Any) -> bytes:
        items = value if isinstance(value, list) else [value]
        singular = {"api_keys": "api_key", "byok_providers": "byok_provider", "budgets": "budget",
                    "monthly_totals": "monthly_total"}.get(name, name)
        return b"".join(orjson.dumps({"section": singular, **item}) + b"\n" for item in items)

    def begin_requests(self) -> bytes:
        return b""

    def requests(self, lines: Sequence[bytes]) -> bytes:
        # Each metering line is a JSON object: put the section in front of its fields.
        return b"".join(b'{"section":"request",' + line[1:] + b"\n" for line in lines if len(line) > 2)

    def end(self) -> bytes:
        return b""


def _cell(v: Any) -> Any:
    if isinstance(v, (dict, list)):
        return orjson.dumps(v).decode()
    if isinstance(v, bool):
        return "true" if v else "false"
    return "" if v is None else v


class CsvWriter:
    content_type, extension = "text/csv; charset=utf-8", "csv"

    def __init__(self) -> None:
        self._buf = io.StringIO()
        self._csv = csv.writer(self._buf, lineterminator="\r\n")
        self._header_written = False

    def _take(self) -> bytes:
        out = self._buf.getvalue().encode()
        self._buf.seek(0)
        self._buf.truncate()
        return out

    def _header(self) -> None:
        if not self._header_written:
            self._csv.writerow(CSV_COLUMNS)
            self._header_written = True

    def record(self, name: str, value: Any) -> bytes:
        self._header()
        for item in value if isinstance(value, list) else [value]:
            self._csv.writerow([name, orjson.dumps(item).decode()] + [""] * len(REQUEST_COLUMNS))
        return self._take()

    def begin_requests(self) -> bytes:
        self._header()
        return self._take()

    def requests(self, lines: Sequence[bytes]) -> bytes:
        for line in lines:
            row = orjson.loads(line)
            self._csv.writerow(["request", ""] + [_cell(row.get(c)) for c in REQUEST_COLUMNS])
        return self._take()

    def end(self) -> bytes:
        return b""


WRITERS = {"json": JsonWriter, "ndjson": NdjsonWriter, "csv": CsvWriter}
