"""Reading one customer's request log for a time range, in constant memory.

`stream_request_log` yields lists of rows from a server-side cursor (a
read-only REPEATABLE READ transaction, so the export is one consistent snapshot
even while the consumer writes), `fetch_rows` at a time: memory is bounded by one
chunk whatever the range holds. Rows are dicts of the event's metadata fields
(the record the privacy policy describes), ordered by finished_at, event_id.
"""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import datetime

import asyncpg

from .ledger_sql import EVENT_COLUMNS

EXPORT_COLUMNS = ("event_id",) + EVENT_COLUMNS

_QUERY = (f"SELECT {', '.join(EXPORT_COLUMNS)} FROM request_log "
          "WHERE customer_id = $1 AND finished_at >= $2 AND finished_at < $3 "
          "ORDER BY finished_at, event_id")


async def stream_request_log(pool: asyncpg.Pool, customer_id: str, start: datetime, end: datetime,
                             *, fetch_rows: int) -> AsyncIterator[list[asyncpg.Record]]:
    async with pool.acquire() as conn:
        async with conn.transaction(isolation="repeatable_read", readonly=True):
            cursor = await conn.cursor(_QUERY, customer_id, start, end)
            while True:
                rows = await cursor.fetch(fetch_rows)
                if not rows:
                    return
                yield rows

MONTHLY_USAGE = ("SELECT month, model, provider, requests, successful, prompt_tokens, completion_tokens, "
                 "cache_read_tokens, cache_write_tokens, cost_micro_usd, platform_fee_micro_usd "
                 "FROM monthly_usage WHERE customer_id = $1 ORDER BY month, model, provider")
