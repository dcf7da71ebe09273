"""The metering steps: `decode_validate_check` (decode, validate, check cost in
one task) and the `LedgerSink`.

`check_cost` recomputes each event's cost (domain.cost_check); a mismatch is
counted and logged with the request id and both figures, and the expected
values ride along into the ledger row; the gateway's figure is never replaced.

`LedgerSink.write` is idempotent on the event id (the ledger's dedupe) and
stores the batch's offsets with its rows; after the commit it hands the new
spend totals to the budget sync (if any). `InvalidEvent` from `check_cost` for
an event of a foreign ce_type.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Sequence
from dataclasses import dataclass, replace

import orjson
import structlog
from msgspec.structs import asdict

from gammainfra_common.consumer import InvalidEvent, Message, TransientError
from gammainfra_common.consumer.pipeline import decode_cloudevent, decode_envelope, validate_with
from gammainfra_schemas.llm_requests_v1 import CE_TYPE
from gammainfra_schemas.struct_decoder import INT64_MAX, INT64_MIN

from ..adapters.budget_sync import RedisBudgetSync
from ..adapters.ledger import PostgresLedger
from ..domain.cost_check import MISMATCH, OK, CostChecker
from .metrics import MeteringMetrics
from .staging import Staged, stage_batch

log = structlog.get_logger(__name__)

SEND_YIELDS = 4  # loop turns for pool.acquire + sending the statement


@dataclass(frozen=True, slots=True)
class MeteredEvent:
    event_id: str
    data: dict
    expected_cost: int | None
    expected_fee: int | None
    ledger_value: bytes | None = None  # what the ledger stores instead of the record's bytes (see ledger_safe)


def integer_fields(schema: dict) -> tuple[str, ...]:
    """The top-level properties of an event schema that are integers (the ledger's bigint
    and integer columns), `$ref`s to `#/$defs/...` followed."""
    fields = []
    for name, node in schema.get("properties", {}).items():
        while "$ref" in node:
            node = schema["$defs"][node["$ref"].removeprefix("#/$defs/")]
        kinds = node.get("type")
        if kinds == "integer" or (isinstance(kinds, list) and "integer" in kinds):
            fields.append(name)
    return tuple(fields)


def ledger_safe(data: dict, fields: tuple[str, ...]) -> bytes | None:
    """None when the raw value can go to the ledger as it is, else the bytes to store.

    JSON Schema calls 1.0 and 1e3 integers, and only the slow path (msgspec refused them)
    sees such values; PostgreSQL's text-to-bigint, which the ledger statement runs on each
    field, refuses them, and a batch it refuses is retried for ever (the consumer would
    crash on it again and again and its partition's billing stop). So they are written as
    the integers they are. An integer beyond 64 bits cannot be stored: dead-lettered."""
    changed = False
    for name in fields:
        value = data.get(name)
        if isinstance(value, float):  # validated as an integer, so a whole number
            data[name] = value = int(value)
            changed = True
        if isinstance(value, int) and not INT64_MIN <= value <= INT64_MAX:
            raise InvalidEvent(f"value: at {name}: integer outside the ledger's 64-bit range")
    return orjson.dumps(data) if changed else None


def check_cost_with(checker: CostChecker, metrics: MeteringMetrics):
    """`check_cost(event, message) -> MeteredEvent` for a decoded, validated event."""
    counters = {o: metrics.cost_checks.labels(o) for o in (OK, MISMATCH, "unpriced")}

    def check_cost(event, message: Message) -> MeteredEvent:
        if event.type != CE_TYPE:
            raise InvalidEvent(f"ce_type: expected {CE_TYPE}")
        data = event.data
        verdict = checker.check(data)
        counters[verdict.outcome].inc()
        if verdict.outcome == OK:
            return MeteredEvent(event.id, data, None, None)
        if verdict.outcome == MISMATCH:
            log.warning("cost mismatch: the gateway's figure is kept", request_id=data["request_id"],
                        catalog_version=data["catalog_version"], gateway_cost=data["cost_micro_usd"],
                        expected_cost=verdict.expected_cost, gateway_fee=data["platform_fee_micro_usd"],
                        expected_fee=verdict.expected_fee, **message.log_context())
            return MeteredEvent(event.id, data, verdict.expected_cost, verdict.expected_fee)
        log.warning("cost could not be recomputed", request_id=data["request_id"], reason=verdict.reason,
                    **message.log_context())
        return MeteredEvent(event.id, data, -1, -1)

    return check_cost


def decode_validate_check(validator, check_cost, struct_decoder=None, integers: tuple[str, ...] = ()):
    """decode -> validate -> check cost as ONE pipeline task: each hop through a
    RunTask copies the message, a cost worth saving at 20k+ events/s. With a
    `struct_decoder` (gammainfra_schemas.struct_decoder), the value is decoded and
    validated in one pass; only a value it rejects goes the slow way (orjson +
    the compiled validator, which decides; the interpreted one then names the
    path). Invalid records still carry a reason naming what failed (`envelope:`,
    `value:`, `schema:`, `ce_type:`). On the slow path, `integers` (the schema's
    integer fields) are made safe for the ledger (`ledger_safe`)."""
    explain = validate_with(validator)

    def task(message: Message) -> MeteredEvent:
        typed = struct_decoder.decode(message.value) if struct_decoder and message.value is not None else None
        if typed is not None:
            # A shallow dict of the validated fields (the domain reads a mapping either way;
            # nested objects stay typed structs: metering reads only top-level fields).
            return check_cost(decode_envelope(message, asdict(typed)), message)
        event = decode_cloudevent(message)
        if not validator.is_valid(event.data):
            explain(message.with_payload(event))  # raises InvalidEvent naming the path
            raise InvalidEvent("schema: invalid")  # the explainer found no path: still invalid
        value = ledger_safe(event.data, integers)
        metered = check_cost(event, message)
        return metered if value is None else replace(metered, ledger_value=value)

    return task


class LedgerSink:
    """Writes batches to the ledger, one transaction in flight while the next batch
    is decoded and validated (the PostgreSQL round trips overlap Python work).

    `write` waits for the previous write (order and backpressure), then starts this
    one and returns: the Kafka commit that follows may run ahead of PostgreSQL by
    at most that one batch. That is safe because Kafka's committed offset is only
    advisory here: on assignment the consumer seeks to the offsets stored WITH the
    rows (and to the partition's beginning when the ledger has none), so a batch
    lost in a crash is read again and the dedupe absorbs any repeat. `drain` waits
    for the write in flight (on revoke and shutdown, via `DrainBeforeCommit`).
    Transient ledger failures are retried in place with capped backoff; any other
    failure is raised by the next `write`/`drain` (the consumer crashes, safely).
    """

    def __init__(self, ledger: PostgresLedger, metrics: MeteringMetrics,
                 budget_sync: RedisBudgetSync | None = None, *, backoff_max_s: float = 10.0) -> None:
        self._ledger = ledger
        self._metrics = metrics
        self._budget_sync = budget_sync
        self._backoff_max_s = backoff_max_s
        self._inflight: asyncio.Task | None = None

    async def write(self, batch: Sequence[Message]) -> None:
        await self.drain()
        # A replay syncs nothing to Redis: no references to collect.
        staged = stage_batch(batch, collect_refs=self._budget_sync is not None)
        self._inflight = asyncio.create_task(self._write(staged))
        # Let the task run up to sending its statement now: the consumer's processing of
        # the next records never yields to the event loop, so PostgreSQL would otherwise
        # only get the batch after a whole poll's worth of Python work.
        for _ in range(SEND_YIELDS):
            await asyncio.sleep(0)

    async def drain(self) -> None:
        task, self._inflight = self._inflight, None
        if task is not None:
            await task  # re-raises a non-transient failure of that write

    async def _write(self, staged: Staged) -> None:
        delay = 0.1
        while True:
            started = time.monotonic()
            try:
                inserted, totals = await self._ledger.write(staged.batch, staged.months, staged.offsets)
                self._metrics.ledger_write_seconds.observe(time.monotonic() - started)
                break
            except TransientError as exc:
                self._metrics.ledger_retries.inc()
                log.warning("ledger write failed transiently; retrying", error=str(exc), retry_in_s=delay,
                            batch=len(staged.batch))
                await asyncio.sleep(delay)
                delay = min(delay * 2, self._backoff_max_s)
        self._metrics.ledger_rows.labels("inserted").inc(inserted)
        self._metrics.ledger_rows.labels("duplicate").inc(len(staged.batch) - inserted)
        if self._budget_sync is not None:
            self._budget_sync.note(totals, staged.refs)


class DrainBeforeCommit:
    """Between the batch sink and the commit: on a revoke or at shutdown
    (`stopping()`), wait for the ledger write in flight before committing, so the
    partition's next owner finds every row of ours already in the ledger. Only the
    last record of each partition is handed to the commit (all it needs), once per
    batch instead of once per record."""

    def __init__(self, sink: LedgerSink, next_step, stopping) -> None:
        self._sink = sink
        self._next = next_step
        self._stopping = stopping
        self._last: dict[tuple[str, int], Message] = {}

    async def submit(self, message: Message) -> None:
        self._last[(message.topic, message.partition)] = message  # offsets only grow within a partition

    async def poll(self) -> None:
        await self._next.poll()

    async def join(self) -> None:
        last, self._last = self._last, {}
        for message in last.values():
            await self._next.submit(message)
        if self._stopping():
            await self._sink.drain()
        await self._next.join()
