"""Customers who object to non-essential processing (GDPR art. 21), and customers
who were erased, from accounts.v1 (and lifecycle.v1 erasure commands).

Built by replaying `account.processing_objection_changed` events in topic order:
the last event per customer wins. Their request events still count for endpoint
health (essential: it keeps the service working) but never for the per-label
optimisation statistics. An erased customer (`account.erasure_requested`, or the
lifecycle command) leaves the objection set and joins the erased set: a late or
replayed request event of theirs is dropped altogether. The erased set holds
random customer ids only and is rebuilt on every start by replaying accounts.v1,
which keeps it as long as any of that customer's request events can exist (both
topics keep 24 months). Pure.
"""

from __future__ import annotations

OBJECTION_EVENT = "account.processing_objection_changed"
ERASURE_EVENT = "account.erasure_requested"


class Objections:
    def __init__(self) -> None:
        self._objecting: set[str] = set()
        self._erased: set[str] = set()

    def apply(self, data: object) -> bool:
        """Apply one accounts.v1 payload; True when it was an objection change or an erasure."""
        if not isinstance(data, dict):
            return False
        if data.get("type") == ERASURE_EVENT and isinstance(data.get("customer_id"), str):
            self.erase(data["customer_id"])
            return True
        if data.get("type") != OBJECTION_EVENT:
            return False
        customer, objection = data.get("customer_id"), data.get("objection")
        if not isinstance(customer, str) or not isinstance(objection, bool):
            return False
        if customer in self._erased:
            return False  # an erased customer's flag is not kept (the erasure came after it anyway)
        if objection:
            self._objecting.add(customer)
        else:
            self._objecting.discard(customer)
        return True

    def erase(self, customer_id: str) -> int:
        """Forget the customer's objection flag, remember the erasure; returns the
        entries deleted (1 when they had an objection flag held here)."""
        had_flag = customer_id in self._objecting
        self._objecting.discard(customer_id)
        self._erased.add(customer_id)
        return int(had_flag)

    def erased(self, customer_id: str | None) -> bool:
        return customer_id is not None and customer_id in self._erased

    def objects(self, customer_id: str | None) -> bool:
        return customer_id is not None and customer_id in self._objecting

    def __len__(self) -> int:
        return len(self._objecting)
