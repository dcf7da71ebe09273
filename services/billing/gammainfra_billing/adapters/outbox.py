"""The event outbox: events are staged in billing's database in the SAME
transaction as the change they announce (`stage`), then `OutboxRelay` sends them
to Kafka in id order and deletes each only after the broker acknowledged. A
crash after the send and before the delete resends; consumers dedupe on ce_id.
One relay runs at a time (a transaction-level advisory lock), so order holds
even when the operator CLI relays next to the service.
"""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass

import asyncpg
import orjson
import structlog

from gammainfra_common.kafka.cloudevents import rfc3339
from gammainfra_common.kafka.producer import EventProducer

log = structlog.get_logger(__name__)

RELAY_LOCK = 0x6269_6C6C_6F62  # "billob"


async def stage(conn: asyncpg.Connection, *, topic: str, key: str, ce_type: str, source: str, dataschema: str,
                data: dict, ce_id: str | None = None) -> None:
    await conn.execute(
        "INSERT INTO event_outbox (topic, key, ce_id, ce_type, ce_source, dataschema, data) "
        "VALUES ($1, $2, $3, $4, $5, $6, $7)",
        topic, key, ce_id or str(uuid.uuid4()), ce_type, source, dataschema, orjson.dumps(data).decode())


@dataclass(frozen=True, slots=True)
class _Staged:
    """A staged row in the shape EventProducer.enqueue sends: the stored bytes, as stored."""
    raw: bytes
    header_list: list

    def value(self) -> bytes:
        return self.raw

    def headers(self) -> list:
        return self.header_list


def _ce_time(row) -> str:
    """When it happened: the data's own time field, else when it was staged."""
    data = orjson.loads(row["data"])
    return data.get("occurred_at") or data.get("completed_at") or rfc3339(row["created_at"])


class OutboxRelay:
    def __init__(self, pool: asyncpg.Pool, producer: EventProducer, *, interval_s: float = 0.5,
                 batch: int = 500) -> None:
        self._pool = pool
        self._producer = producer
        self._interval_s = interval_s
        self._batch = batch
        self._kick = asyncio.Event()

    def kick(self) -> None:
        self._kick.set()

    async def run(self) -> None:
        while True:
            try:
                while await self.relay_once():
                    pass
            except Exception as exc:  # noqa: BLE001 - Kafka or PostgreSQL down: rows stay staged, retried
                log.warning("outbox relay failed; retrying", error=repr(exc))
            try:
                await asyncio.wait_for(self._kick.wait(), self._interval_s)
            except TimeoutError:
                pass
            self._kick.clear()

    async def relay_once(self) -> int:
        """Sends up to one batch; returns how many were sent (0: empty or another relay holds the lock)."""
        async with self._pool.acquire() as conn, conn.transaction():
            if not await conn.fetchval("SELECT pg_try_advisory_xact_lock($1)", RELAY_LOCK):
                return 0
            rows = await conn.fetch("SELECT id, topic, key, ce_id, ce_type, ce_source, dataschema, data "
                                    "AS data, created_at FROM event_outbox ORDER BY id LIMIT $1", self._batch)
            if not rows:
                return 0
            futures = []
            for r in rows:
                headers = [("ce_specversion", b"1.0"), ("ce_id", r["ce_id"].encode()),
                           ("ce_source", r["ce_source"].encode()), ("ce_type", r["ce_type"].encode()),
                           ("ce_time", _ce_time(r).encode()),
                           ("content-type", b"application/json"), ("ce_dataschema", r["dataschema"].encode())]
                futures.append(await self._producer.enqueue(r["topic"], r["key"], _Staged(r["data"].encode(), headers)))
            await asyncio.gather(*futures)
            await conn.execute("DELETE FROM event_outbox WHERE id = ANY($1::bigint[])", [r["id"] for r in rows])
            return len(rows)
