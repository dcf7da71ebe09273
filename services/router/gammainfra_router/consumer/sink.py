"""The router's sink: observations go into the in-memory health book and label stats.

Idempotent on the event id within a bounded memory of recent ids (a batch
redelivered after a rebalance is not counted twice). Health counts every
customer; the per-label optimisation statistics skip customers who objected to
non-essential processing. Events of erased customers (late, or replayed) are
dropped before anything counts them. Never raises TransientError: nothing here does I/O.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence

from gammainfra_common.consumer import Message

from ..domain.health_book import HealthBook
from ..domain.label_stats import LabelStats
from ..domain.objections import Objections
from ..domain.observations import RequestObservations
from ..metrics import RouterMetrics
from .recent_ids import RecentIds

RECENT_IDS = 100_000


class StatsSink:
    def __init__(self, book: HealthBook, labels: LabelStats, objections: Objections, metrics: RouterMetrics,
                 *, clock: Callable[[], float] = time.time) -> None:
        self._book = book
        self._labels = labels
        self._objections = objections
        self._metrics = metrics
        self._clock = clock
        self._recent = RecentIds(RECENT_IDS)

    def _seen(self, event_id: str | None) -> bool:
        if event_id is None:
            return False
        return self._recent.seen(event_id)

    async def write(self, batch: Sequence[Message]) -> None:
        now = self._clock()
        for message in batch:
            if self._seen(message.event_id):
                self._metrics.events.labels("duplicate").inc()
                continue
            request: RequestObservations = message.payload
            if self._objections.erased(request.customer_id):
                self._metrics.events.labels("erased").inc()
                continue
            objecting = self._objections.objects(request.customer_id)
            for obs in request.attempts:
                self._book.observe(obs, now)
                if not objecting:
                    self._labels.observe(request.task_label, obs, now)
            self._metrics.events.labels("objecting" if objecting else "observed").inc()
