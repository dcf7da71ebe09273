"""Per-customer totals of a ledger's request_log over a finished_at range, for the audit.

Reads one schema (the live ledger or a replay's scratch schema), in one
statement; schema names are validated identifiers, quoted.
"""

from __future__ import annotations

import re
from datetime import datetime

import asyncpg

from ..domain.audit import TOTAL_FIELDS

_SCHEMA = re.compile(r"^[a-z_][a-z0-9_]{0,62}$")


def check_schema_name(schema: str) -> str:
    if not _SCHEMA.match(schema):
        raise ValueError(f"not a valid schema name: {schema!r} (lower-case letters, digits, _)")
    return schema


async def customer_totals(conn: asyncpg.Connection, schema: str, start: datetime,
                          end: datetime) -> dict[str, dict[str, int]]:
    check_schema_name(schema)
    sums = ", ".join(f"sum({f})::bigint AS {f}" for f in TOTAL_FIELDS if f != "requests")
    rows = await conn.fetch(
        f'SELECT customer_id, count(*) AS requests, {sums} FROM "{schema}".request_log '
        "WHERE finished_at >= $1 AND finished_at < $2 GROUP BY customer_id", start, end)
    return {r["customer_id"]: {f: int(r[f]) for f in TOTAL_FIELDS} for r in rows}
