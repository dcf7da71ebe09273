"""Encoders of request-log rows for the export: NDJSON, CSV and one JSON document.

Each format is (content type, head bytes, encode(rows, first) -> bytes, tail
bytes) so the handler can stream chunk by chunk. Timestamps are RFC 3339 UTC,
money integer micro-USD; CSV cells holding the nested fields (fallback_chain,
health_cache) carry their JSON text.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

import orjson

from gammainfra_schemas.timestamps import format_utc

from ..adapters.exports import EXPORT_COLUMNS


def _value(v: Any) -> Any:
    return format_utc(v) if isinstance(v, datetime) else v


def _as_dict(row) -> dict[str, Any]:
    return {c: _value(row[c]) for c in EXPORT_COLUMNS}


@dataclass(frozen=True)
class Format:
    content_type: str
    extension: str
    head: bytes
    encode: Callable[[Sequence[Any], bool], bytes]
    tail: bytes


def _ndjson(rows, _first: bool) -> bytes:
    return b"".join(orjson.dumps(_as_dict(r)) + b"\n" for r in rows)


def _json(rows, first: bool) -> bytes:
    body = b",".join(orjson.dumps(_as_dict(r)) for r in rows)
    return body if first else b"," + body


def _csv_cell(v: Any) -> Any:
    if isinstance(v, (dict, list)):
        return orjson.dumps(v).decode()
    if isinstance(v, bool):
        return "true" if v else "false"
    if v is None:
        return ""
    return _value(v)


def _csv(rows, _first: bool) -> bytes:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    for r in rows:
        writer.writerow([_csv_cell(r[c]) for c in EXPORT_COLUMNS])
    return out.getvalue().encode()


def _csv_head() -> bytes:
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerow(EXPORT_COLUMNS)
    return out.getvalue().encode()


FORMATS = {
    "ndjson": Format("application/x-ndjson", "ndjson", b"", _ndjson, b""),
    "csv": Format("text/csv; charset=utf-8", "csv", _csv_head(), _csv, b""),
    "json": Format("application/json", "json", b'{"requests":[', _json, b"]}"),
}
