"""accounts.v1 events: one per committed change, metadata only.

Each event is `{"type", "customer_id", "occurred_at", ...}` with ids, field names,
provider names or booleans — never an email, a name, an API key, its hash, or a
provider key (the schema has no field that could hold one). Keyed by customer_id,
so one account's changes stay in commit order on one partition.

Emitted after the database commit, into the gateway's durable spool (the same
`EventEmitter` as llm.requests.v1): once `emit` returns, a crash loses nothing.
The only loss window is a process death between COMMIT and the spool append
(no awaits in between). A full or failing spool is logged loudly and counted
by the emitter; the change itself stands.
"""

from __future__ import annotations

from datetime import UTC, datetime

import structlog

from gammainfra_common.kafka.cloudevents import CloudEvent, rfc3339
from gammainfra_common.kafka.emitter import EventEmitter
from gammainfra_common.kafka.spool import SpoolFull

TOPIC = "accounts.v1"
CE_SOURCE = "/gammainfra/gateway"
CE_DATASCHEMA = "https://gammainfra.com/schemas/accounts.v1/v1.schema.json"

log = structlog.get_logger(__name__)


def account_event(event_type: str, customer_id: str, **fields) -> CloudEvent:
    now = datetime.now(UTC)
    data = {"type": event_type, "customer_id": customer_id, "occurred_at": rfc3339(now), **fields}
    return CloudEvent(type=f"com.gammainfra.{event_type}", source=CE_SOURCE, data=data,
                      dataschema=CE_DATASCHEMA, time=now)


class AccountEvents:
    def __init__(self, emitter: EventEmitter) -> None:
        self._emitter = emitter

    def emit(self, event_type: str, customer_id: str, **fields) -> None:
        event = account_event(event_type, customer_id, **fields)
        try:
            self._emitter.emit(TOPIC, customer_id, event)
        except SpoolFull:
            log.error("ACCOUNT EVENT NOT RECORDED: the event spool is full", event_type=event_type,
                      customer_id=customer_id)
        except OSError as exc:
            log.error("ACCOUNT EVENT NOT RECORDED: spool write failed", event_type=event_type,
                      customer_id=customer_id, error=type(exc).__name__)
