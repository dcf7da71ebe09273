"""The publishing cycle: strictly increasing versions, only changed pairs to the topic
(plus a periodic full round), a failed topic write retried next cycle, Redis written
even when the topic fails. In-memory stand-ins for the two adapters."""

from __future__ import annotations

from aiokafka.errors import KafkaConnectionError
from prometheus_client import CollectorRegistry

from gammainfra_router.domain.circuit import Thresholds
from gammainfra_router.domain.health_book import HealthBook
from gammainfra_router.domain.label_stats import LabelStats
from gammainfra_router.domain.observations import Observation
from gammainfra_router.metrics import RouterMetrics
from gammainfra_router.publisher import Publisher


class Topic:
    def __init__(self) -> None:
        self.sent: list[list[dict]] = []
        self.fail = False

    async def publish(self, values):
        if self.fail:
            raise KafkaConnectionError("down")
        self.sent.append(list(values))


class Redis:
    def __init__(self) -> None:
        self.docs: list[dict] = []

    async def write(self, doc):
        self.docs.append(doc)


class Clock:
    def __init__(self) -> None:
        self.now = 1_800_000_000.0

    def __call__(self) -> float:
        return self.now


def setup(full_every: int = 100, version: int = 0):
    clock = Clock()
    book = HealthBook(Thresholds(), window_s=300, max_samples=100, slow_latency_ms=30_000)
    topic, redis = Topic(), Redis()
    pub = Publisher(book, LabelStats(window_s=300, max_samples=100), topic, redis, RouterMetrics(CollectorRegistry()),
                    version=version, probe_share=0.1, window_s=300, full_every=full_every, interval_s=1.0,
                    clock=clock)
    return pub, book, topic, redis, clock


def obs(endpoint: str, at: float) -> Observation:
    return Observation(endpoint, "openai", "openai/gpt-4o", at, True, None, 120)


async def test_only_changed_pairs_reach_the_topic_and_redis_gets_everything():
    pub, book, topic, redis, clock = setup()
    book.observe(obs("openai-us", clock.now), clock.now)
    book.observe(obs("xai-us", clock.now), clock.now)
    await pub.cycle()
    assert {v["endpoint"] for v in topic.sent[-1]} == {"openai-us", "xai-us"}
    clock.now += 1
    await pub.cycle()
    assert topic.sent[-1] == []  # nothing changed
    book.observe(obs("xai-us", clock.now), clock.now)
    clock.now += 1
    await pub.cycle()
    assert [v["endpoint"] for v in topic.sent[-1]] == ["xai-us"]
    assert all(len(doc["entries"]) == 2 for doc in redis.docs)


async def test_versions_strictly_increase_even_with_a_clock_behind_the_restored_version():
    pub, book, topic, redis, clock = setup(version=10**13)  # restored from a "future" version
    for _ in range(3):
        await pub.cycle()
    versions = [d["version"] for d in redis.docs]
    assert versions == [10**13 + 1, 10**13 + 2, 10**13 + 3]
    pub2, *_ , redis2, clock2 = setup()
    await pub2.cycle()
    assert redis2.docs[0]["version"] == int(clock2.now * 1000)  # normally: the cycle's time in ms


async def test_a_failed_topic_write_is_retried_next_cycle_and_redis_still_written():
    pub, book, topic, redis, clock = setup()
    book.observe(obs("openai-us", clock.now), clock.now)
    topic.fail = True
    await pub.cycle()
    assert topic.sent == [] and len(redis.docs) == 1
    topic.fail = False
    clock.now += 1
    await pub.cycle()
    assert [v["endpoint"] for v in topic.sent[-1]] == ["openai-us"]


async def test_every_pair_is_republished_each_full_round():
    pub, book, topic, redis, clock = setup(full_every=3)
    book.observe(obs("openai-us", clock.now), clock.now)
    for _ in range(3):
        await pub.cycle()
        clock.now += 1
    assert [len(batch) for batch in topic.sent] == [1, 0, 1]
