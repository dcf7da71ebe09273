"""The scoring and publishing cycle.

Every `interval_s`: take the next snapshot version (the cycle's time in ms, and
always above the previous one), run the book's rules and scores, write the whole
document to Redis (first: the gateway's hot path reads it), then send to
routing.health.v1, under a timeout, the pairs whose content changed (and every
pair each `full_every` cycles, so a bootstrapping reader also sees recent
`updated_at`s). Pairs whose topic write failed stay due and go again next cycle.
A failure of one target never stops the other: the gateway's hot path depends on
Redis, bootstrap and dashboards on the topic.

Why not every pair every cycle: at one cycle a second the topic would take
~pairs x 86,400 values a day saying nothing new; compaction would keep it
small, but brokers and readers would still move them.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable

import structlog
from aiokafka.errors import KafkaError
from redis.exceptions import RedisError

from .adapters.health_topic import HealthTopic, key_of
from .adapters.redis_snapshot import RedisSnapshot
from .domain.health_book import HealthBook
from .domain.label_stats import LabelStats
from .domain.snapshot import content_of, redis_document, topic_value
from .metrics import RouterMetrics

log = structlog.get_logger(__name__)


class Publisher:
    def __init__(self, book: HealthBook, labels: LabelStats, topic: HealthTopic, redis: RedisSnapshot,
                 metrics: RouterMetrics, *, version: int, probe_share: float, window_s: int, full_every: int,
                 interval_s: float,
                 clock: Callable[[], float] = time.time) -> None:
        self._book, self._labels, self._topic, self._redis = book, labels, topic, redis
        self._metrics = metrics
        self.version = version
        self._probe_share, self._window_s, self._full_every = probe_share, window_s, full_every
        self._clock = clock
        self._published: dict[str, tuple] = {}
        self._cycles = 0
        self._redis_at: float | None = None
        # A Kafka outage must not hold up the Redis snapshot for long.
        self._interval_s = interval_s
        self._topic_timeout_s = max(5.0, 2 * interval_s)

    def restored(self, values: dict[str, dict]) -> None:
        """Values already on the topic need no re-publishing until they change."""
        self._published = {key: content_of(v) for key, v in values.items()}

    async def cycle(self) -> None:
        now = self._clock()
        # The version is the cycle's time in ms, forced strictly increasing: it keeps
        # increasing across restarts even when Redis lost its copy and the topic only
        # holds the older versions of pairs that have not changed since.
        self.version = max(self.version + 1, int(now * 1000))
        self._cycles += 1
        reports = self._book.cycle(now)
        self._metrics.pairs(reports)
        document = redis_document(self.version, now, reports, self._labels.summary(now),
                                  probe_share=self._probe_share, window_s=self._window_s)
        try:
            await self._redis.write(document)
            self._redis_at = now
            self._metrics.snapshot_version.set(self.version)
        except (RedisError, OSError) as exc:
            self._metrics.publish_failures.labels("redis").inc()
            log.warning("redis snapshot write failed", error=repr(exc))
        values = [topic_value(self.version, now, r) for r in reports]
        full = self._cycles % self._full_every == 0
        due = [v for v in values if full or self._published.get(key_of(v)) != content_of(v)]
        try:
            async with asyncio.timeout(self._topic_timeout_s):
                await self._topic.publish(due)
            self._published.update({key_of(v): content_of(v) for v in due})
        except (KafkaError, OSError, TimeoutError) as exc:
            self._metrics.publish_failures.labels("topic").inc()
            log.warning("health topic publish failed; will retry next cycle", error=repr(exc), pairs=len(due))
        if self._redis_at is not None:
            self._metrics.snapshot_age.set(max(0.0, self._clock() - self._redis_at))

    async def run(self) -> None:
        """Runs until cancelled; cycles start every `interval_s` (not after each other)."""
        next_at = time.monotonic()
        while True:
            await self.cycle()
            next_at = max(next_at + self._interval_s, time.monotonic())
            await asyncio.sleep(max(0.0, next_at - time.monotonic()))
