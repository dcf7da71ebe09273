"""The accounts.v1 transactional outbox: stage in the change's transaction, relay
to Kafka afterwards.

Guarantees: a committed account change always gets its event (the row commits
or rolls back with the change); events reach Kafka in commit order (one relay
pass at a time across every process, serialised by a transaction-level advisory
lock, rows read by id); a row is deleted only after the broker acknowledged it,
so a crash at any point re-sends, never loses — with the same `ce_id`, the
idempotency key consumers dedupe on. Kafka down: rows wait in PostgreSQL, which
is durable, and the next pass sends them.

Both the gateway (a background `OutboxRelay` per process, woken when it staged a
row itself and polling otherwise, for rows the operator CLI or another process
wrote) and the CLI (one `relay_once` right after its change) drain the same table.
"""

from __future__ import annotations

import asyncio
import contextlib

import asyncpg
import structlog

from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.kafka.producer import EventProducer

from .events import CE_DATASCHEMA, CE_SOURCE, TOPIC

# Any constant shared by every relay of the deployment; the value is arbitrary.
RELAY_LOCK = 0x61636374_6f757462  # "acctoutb"
log = structlog.get_logger(__name__)


async def stage(conn: asyncpg.Connection, event: CloudEvent, *, schema: str = "gateway") -> None:
    """Adds the event to the outbox inside the caller's open transaction. The
    connection must come from `gammainfra_common.postgres.create_pool` (its JSONB
    codec takes and gives dicts), as every pool of the gateway and the CLI does."""
    await conn.execute(
        f"INSERT INTO {schema}.account_outbox (customer_id, ce_id, ce_type, ce_time, data) "
        f"VALUES ($1, $2, $3, $4, $5)",
        event.data["customer_id"], event.id, event.type, event.time, dict(event.data))


async def relay_once(pool: asyncpg.Pool, producer: EventProducer, *, batch: int = 200,
                     schema: str = "gateway") -> int:
    """Sends the oldest staged events, in order, and deletes what the broker
    acknowledged. Returns how many were sent; 0 when another relay holds the turn.
    A failed send still commits the deletion of the rows acknowledged before it
    (so a flapping broker does not make us re-send a prefix), then re-raises."""
    async with pool.acquire() as conn:
        async with conn.transaction():
            if not await conn.fetchval("SELECT pg_try_advisory_xact_lock($1)", RELAY_LOCK):
                return 0
            rows = await conn.fetch(
                f"SELECT id, customer_id, ce_id, ce_type, ce_time, data FROM {schema}.account_outbox "
                f"ORDER BY id LIMIT $1", batch)
            done: list[int] = []
            failure: Exception | None = None
            for row in rows:
                try:
                    await producer.send(TOPIC, row["customer_id"], _event(row))
                except Exception as exc:  # noqa: BLE001 - re-raised after the commit below
                    failure = exc
                    break
                done.append(row["id"])
            if done:
                await conn.execute(f"DELETE FROM {schema}.account_outbox WHERE id = ANY($1::bigint[])", done)
    if failure is not None:
        raise failure
    return len(done)


def _event(row: asyncpg.Record) -> CloudEvent:
    return CloudEvent(type=row["ce_type"], source=CE_SOURCE, data=row["data"],
                      dataschema=CE_DATASCHEMA, id=row["ce_id"], time=row["ce_time"])


class OutboxRelay:
    """One per gateway process: drains the outbox whenever this process staged a
    row (`kick`) and every `poll_s` otherwise."""

    def __init__(self, pool: asyncpg.Pool, producer: EventProducer, *, poll_s: float = 1.0,
                 retry_s: float = 2.0) -> None:
        self._pool = pool
        self._producer = producer
        self._poll_s = poll_s
        self._retry_s = retry_s
        self._wake = asyncio.Event()
        self._task: asyncio.Task | None = None
        self._producer_started = False

    def kick(self) -> None:
        self._wake.set()

    async def start(self) -> None:
        # The producer starts inside the loop: a gateway must come up while Kafka is down.
        self._task = asyncio.create_task(self._run(), name="account-outbox-relay")

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        if self._producer_started:
            await self._producer.stop()

    async def _run(self) -> None:
        delay = self._poll_s
        while True:
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._wake.wait(), timeout=delay)
            self._wake.clear()
            try:
                if not self._producer_started:
                    await self._producer.start()
                    self._producer_started = True
                while await relay_once(self._pool, self._producer) > 0:
                    pass
                delay = self._poll_s
            except asyncio.CancelledError:
                raise
            except Exception as exc:  # noqa: BLE001 - the rows stay; the next pass retries
                log.warning("account events not relayed yet; they stay in the outbox",
                            error=type(exc).__name__)
                delay = self._retry_s


async def relay_now(pool: asyncpg.Pool, bootstrap: str, *, timeout_s: float = 10.0) -> int:
    """For one-shot processes (the operator CLI): sends what is staged, within
    `timeout_s`; what Kafka does not take waits for a gateway's relay. Returns how
    many events are still pending."""
    producer = EventProducer(bootstrap, client_id="gammainfra-cli", request_timeout_ms=int(timeout_s * 500))
    started = False
    try:
        async with asyncio.timeout(timeout_s):
            await producer.start()
            started = True
            while await relay_once(pool, producer) > 0:
                pass
    except Exception as exc:  # noqa: BLE001 - the events wait in the outbox
        log.warning("account events left in the outbox for a gateway to relay", error=type(exc).__name__)
    finally:
        if started:
            await producer.stop()
    return await pool.fetchval("SELECT count(*) FROM gateway.account_outbox")
