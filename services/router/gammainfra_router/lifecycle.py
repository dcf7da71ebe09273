"""The router's part of the data lifecycle (called by the common lifecycle listener).

Erasure: the customer's objection flag is forgotten and the customer joins the
erased set (their late request events are dropped). The per-label statistics and
the health book never hold customer ids: they are counts per endpoint/model and
label/model over a sliding window of minutes, so no entry names the customer.
Purge: the router keeps nothing older than its window (GI_ROUTER_WINDOW_S), so a
24-month purge finds nothing to drop; it acks with zeros. Idempotent.
"""

from __future__ import annotations

from datetime import datetime

from gammainfra_common.lifecycle import PurgeCounts

from .domain.objections import Objections
from .metrics import RouterMetrics


class RouterLifecycle:
    def __init__(self, objections: Objections, metrics: RouterMetrics) -> None:
        self._objections, self._metrics = objections, metrics

    async def erase(self, customer_id: str, erasure_id: str) -> int:
        deleted = self._objections.erase(customer_id)
        self._metrics.objecting.set(len(self._objections))
        return deleted

    async def purge(self, purge_id: str, cutoff: datetime) -> PurgeCounts:
        return PurgeCounts(0, 0)
