"""`ErasedCustomers`: the hook the audit's replay consults so it never
resurrects an erased customer's data (DESIGN §3, §6).

Retention will own the durable list of erased customers; until it is wired,
billing's own record of the erasures it performed (`billing.erasures`) feeds it.
"""

from __future__ import annotations

from typing import Protocol


class ErasedCustomers(Protocol):
    async def erased(self) -> frozenset[str]: ...


class StaticErased:
    def __init__(self, ids=()) -> None:
        self._ids = frozenset(ids)

    async def erased(self) -> frozenset[str]:
        return self._ids
