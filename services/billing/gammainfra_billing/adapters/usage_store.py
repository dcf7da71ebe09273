"""UsageStore: billing's exactly-once copy of the usage it bills.

`write` is ONE statement (one transaction): insert the batch's usage rows with
ON CONFLICT (event_id) DO NOTHING (a ce_id seen before, from an earlier batch,
a replay or a resend, adds nothing), register customers it has not seen yet, and
store the consumed offsets. Rows and offsets commit together or not at all, so
after a crash at any point the consumer seeks to the stored offsets and the
dedupe absorbs the rest. Each row takes the customer's billing mode at the time
it is consumed (postpaid rows are invoiced, credit rows draw credits down).

Raises `TransientError` for failures that waiting can heal; anything else propagates.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

import asyncpg

from gammainfra_common.consumer import TransientError

from .db import TRANSIENT


@dataclass(slots=True)
class UsageBatch:
    event_ids: list[str] = field(default_factory=list)
    customer_ids: list[str] = field(default_factory=list)
    finished_at: list = field(default_factory=list)
    models: list[str] = field(default_factory=list)
    providers: list[str] = field(default_factory=list)
    byok: list[bool] = field(default_factory=list)
    prompt_tokens: list[int] = field(default_factory=list)
    completion_tokens: list[int] = field(default_factory=list)
    costs: list[int] = field(default_factory=list)
    fees: list[int] = field(default_factory=list)

    def __len__(self) -> int:
        return len(self.event_ids)


WRITE_BATCH = """
WITH staged AS (
    SELECT DISTINCT ON (event_id) *
      FROM unnest($4::text[], $5::text[], $6::timestamptz[], $7::text[], $8::text[], $9::boolean[],
                  $10::bigint[], $11::bigint[], $12::bigint[], $13::bigint[])
        AS s (event_id, customer_id, finished_at, model, provider, byok, prompt_tokens, completion_tokens,
              cost_micro_usd, platform_fee_micro_usd)
),
new_customers AS (
    INSERT INTO customers (customer_id, mode)
    SELECT DISTINCT customer_id, $14 FROM staged s
      WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.customer_id = s.customer_id)
    ON CONFLICT (customer_id) DO NOTHING
),
ins AS (
    INSERT INTO usage_events (event_id, customer_id, finished_at, model, provider, byok, prompt_tokens,
                              completion_tokens, cost_micro_usd, platform_fee_micro_usd, mode)
    SELECT s.event_id, s.customer_id, s.finished_at, s.model, s.provider, s.byok, s.prompt_tokens,
           s.completion_tokens, s.cost_micro_usd, s.platform_fee_micro_usd, coalesce(c.mode, $14)
      FROM staged s LEFT JOIN customers c USING (customer_id)
      WHERE NOT EXISTS (SELECT 1 FROM erasures e WHERE e.customer_id = s.customer_id)
    ON CONFLICT (event_id) DO NOTHING
    RETURNING customer_id, mode
),
offsets AS (
    INSERT INTO consumer_offsets AS o (topic, partition, next_offset)
    SELECT * FROM unnest($1::text[], $2::integer[], $3::bigint[])
    ON CONFLICT (topic, partition) DO UPDATE SET next_offset = EXCLUDED.next_offset, updated_at = now()
)
SELECT count(*) AS inserted,
       coalesce(array_agg(DISTINCT customer_id) FILTER (WHERE mode = 'credit'), '{}') AS credit_customers
  FROM ins
"""


class UsageStore:
    def __init__(self, pool: asyncpg.Pool, *, default_mode: str) -> None:
        self._pool = pool
        self._default_mode = default_mode

    async def write(self, batch: UsageBatch, offsets: Mapping[tuple[str, int], int]) -> tuple[int, list[str]]:
        """Returns (rows inserted, credit customers whose balance moved)."""
        topics = [t for t, _ in offsets]
        partitions = [p for _, p in offsets]
        next_offsets = list(offsets.values())
        try:
            async with self._pool.acquire() as conn:
                row = await conn.fetchrow(
                    WRITE_BATCH, topics, partitions, next_offsets, batch.event_ids, batch.customer_ids,
                    batch.finished_at, batch.models, batch.providers, batch.byok, batch.prompt_tokens,
                    batch.completion_tokens, batch.costs, batch.fees, self._default_mode)
        except TRANSIENT as exc:
            raise TransientError(f"usage write: {type(exc).__name__}: {exc}") from exc
        return row["inserted"], list(row["credit_customers"])

    async def stored_offsets(self, topic: str) -> dict[int, int]:
        async with self._pool.acquire() as conn:
            rows = await conn.fetch("SELECT partition, next_offset FROM consumer_offsets WHERE topic = $1", topic)
        return {r["partition"]: r["next_offset"] for r in rows}
