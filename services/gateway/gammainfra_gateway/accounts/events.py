"""accounts.v1 events: one per committed change, metadata only.

Each event is `{"type", "customer_id", "occurred_at", ...}` with ids, field names,
provider names or booleans — never an email, a name, an API key, its hash, or a
provider key (the schema has no field that could hold one). Keyed by customer_id,
so one account's changes stay in commit order on one partition.

Staged in the outbox in the change's own transaction and relayed from there
(`outbox`), so a committed change always gets its event.
"""

from __future__ import annotations

from datetime import UTC, datetime
from typing import TYPE_CHECKING

from gammainfra_common.kafka.cloudevents import CloudEvent, rfc3339

if TYPE_CHECKING:
    from .store import Account

TOPIC = "accounts.v1"
CE_SOURCE = "/gammainfra/gateway"
CE_DATASCHEMA = "https://gammainfra.com/schemas/accounts.v1/v1.schema.json"


def account_event(event_type: str, customer_id: str, **fields) -> CloudEvent:
    now = datetime.now(UTC)
    data = {"type": event_type, "customer_id": customer_id, "occurred_at": rfc3339(now), **fields}
    return CloudEvent(type=f"com.gammainfra.{event_type}", source=CE_SOURCE, data=data,
                      dataschema=CE_DATASCHEMA, time=now)


def change_events(before: "Account", after: "Account") -> list[CloudEvent]:
    """What an update of the account row means on accounts.v1 (field names only)."""
    events = []
    changed = [f for f in ("email", "name", "byok_fallback_to_managed") if getattr(before, f) != getattr(after, f)]
    if changed:
        events.append(account_event("account.updated", after.customer_id, changed_fields=changed))
    if before.processing_objection != after.processing_objection:
        events.append(account_event("account.processing_objection_changed", after.customer_id,
                                    objection=after.processing_objection))
    return events
