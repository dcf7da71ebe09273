"""Customers who object to non-essential processing (GDPR art. 21), from accounts.v1.

Built by replaying `account.processing_objection_changed` events in topic order:
the last event per customer wins. Their request events still count for endpoint
health (essential: it keeps the service working) but never for the per-label
optimisation statistics. Pure.
"""

from __future__ import annotations

OBJECTION_EVENT = "account.processing_objection_changed"


class Objections:
    def __init__(self) -> None:
        self._objecting: set[str] = set()

    def apply(self, data: object) -> bool:
        """Apply one accounts.v1 payload; True when it was an objection change."""
        if not isinstance(data, dict) or data.get("type") != OBJECTION_EVENT:
            return False
        customer, objection = data.get("customer_id"), data.get("objection")
        if not isinstance(customer, str) or not isinstance(objection, bool):
            return False
        if objection:
            self._objecting.add(customer)
        else:
            self._objecting.discard(customer)
        return True

    def objects(self, customer_id: str | None) -> bool:
        return customer_id is not None and customer_id in self._objecting

    def __len__(self) -> int:
        return len(self._objecting)
