"""The metering steps after decode/validate: `check_cost` and the `LedgerSink`.

`check_cost` recomputes each event's cost (domain.cost_check); a mismatch is
counted and logged with the request id and both figures, and the expected
values ride along into the ledger row; the gateway's figure is never replaced.

`LedgerSink.write` is idempotent on the event id (the ledger's dedupe) and
stores the batch's offsets with its rows; after the commit it hands the new
spend totals to the budget sync (if any). Raises `TransientError` from the
ledger; `InvalidEvent` from `check_cost` for an event of a foreign ce_type.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import structlog

from gammainfra_common.consumer import InvalidEvent, Message
from gammainfra_schemas.llm_requests_v1 import CE_TYPE

from ..adapters.budget_sync import RedisBudgetSync
from ..adapters.ledger import PostgresLedger, StagedRow
from ..domain.cost_check import MISMATCH, OK, CostChecker
from ..domain.months import Month, month_key, month_of
from .metrics import MeteringMetrics

log = structlog.get_logger(__name__)


@dataclass(frozen=True, slots=True)
class MeteredEvent:
    event_id: str
    data: dict
    expected_cost: int | None
    expected_fee: int | None


def check_cost_with(checker: CostChecker, metrics: MeteringMetrics):
    counters = {o: metrics.cost_checks.labels(o) for o in (OK, MISMATCH, "unpriced")}

    def check_cost(message: Message) -> MeteredEvent:
        event = message.payload
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


class LedgerSink:
    def __init__(self, ledger: PostgresLedger, metrics: MeteringMetrics,
                 budget_sync: RedisBudgetSync | None = None) -> None:
        self._ledger = ledger
        self._metrics = metrics
        self._budget_sync = budget_sync

    async def write(self, batch: Sequence[Message]) -> None:
        rows: list[StagedRow] = []
        months: set[Month] = set()
        offsets: dict[tuple[str, int], int] = {}
        for m in batch:
            ev: MeteredEvent = m.payload
            # The raw value is what was validated; PostgreSQL expands it (see ledger_sql).
            rows.append((ev.event_id, m.partition, m.offset, ev.expected_cost, ev.expected_fee,
                         m.value.decode()))
            months.add(month_of(ev.data["finished_at"]))
            key = (m.topic, m.partition)
            if offsets.get(key, -1) <= m.offset:
                offsets[key] = m.offset + 1
        inserted, totals = await self._ledger.write(rows, months, offsets)
        self._metrics.ledger_rows.labels("inserted").inc(inserted)
        self._metrics.ledger_rows.labels("duplicate").inc(len(rows) - inserted)
        if self._budget_sync is not None:
            self._budget_sync.note(totals, (
                (m.payload.data["customer_id"], m.payload.data["api_key_id"],
                 month_key(month_of(m.payload.data["finished_at"])), m.payload.data["request_id"])
                for m in batch))
