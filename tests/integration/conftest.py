"""Factory fixtures over the real Kafka, PostgreSQL and Redis: random topic, group
and table names per test so tests never see each other's data."""

from __future__ import annotations

import asyncio
import uuid

import aiohttp
import asyncpg
import pytest
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient, NewTopic

from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP


def unique(prefix: str) -> str:
    return f"{prefix}_{uuid.uuid4().hex[:10]}"


@pytest.fixture
async def kafka_admin():
    admin = AIOKafkaAdminClient(bootstrap_servers=KAFKA_BOOTSTRAP, request_timeout_ms=15000)
    await admin.start()
    yield admin
    await admin.close()


@pytest.fixture
async def new_topic(kafka_admin):
    """`await new_topic(partitions=1)` -> a fresh topic name (its `.dlq` is created too)."""
    created: list[str] = []

    async def make(partitions: int = 1, *, with_dlq: bool = True) -> str:
        name = unique("test.topic").replace("_", "-")
        names = [name] + ([f"{name}.dlq"] if with_dlq else [])
        await kafka_admin.create_topics([NewTopic(n, partitions, 1) for n in names])
        created.extend(names)
        for _ in range(50):  # metadata propagates asynchronously after CreateTopics
            described = {t["topic"]: t for t in await kafka_admin.describe_topics(names)}
            if all(described.get(n) and described[n]["error_code"] == 0 and described[n]["partitions"]
                   for n in names):
                break
            await asyncio.sleep(0.1)
        return name

    yield make
    if created:
        await kafka_admin.delete_topics(created)


@pytest.fixture
async def pg():
    conn = await asyncpg.connect(DATABASE_URL)
    yield conn
    await conn.close()


@pytest.fixture
async def http():
    async with aiohttp.ClientSession() as session:
        yield session


@pytest.fixture
async def scratch_schema(pg):
    """A fresh PostgreSQL schema, dropped after the test."""
    name = unique("t")
    await pg.execute(f'CREATE SCHEMA "{name}"')
    yield name
    await pg.execute(f'DROP SCHEMA "{name}" CASCADE')


async def read_all(topic: str, *, expected: int, timeout_s: float = 20.0):
    """Every record of `topic` from the beginning (waits until `expected` arrived)."""
    consumer = AIOKafkaConsumer(topic, bootstrap_servers=KAFKA_BOOTSTRAP,
                                auto_offset_reset="earliest", enable_auto_commit=False,
                                group_id=None)
    await consumer.start()
    records = []
    try:
        deadline = asyncio.get_running_loop().time() + timeout_s
        while len(records) < expected and asyncio.get_running_loop().time() < deadline:
            for batch in (await consumer.getmany(timeout_ms=300)).values():
                records.extend(batch)
    finally:
        await consumer.stop()
    return records


async def committed_total(admin: AIOKafkaAdminClient, group: str, topic: str) -> int:
    offsets = await admin.list_consumer_group_offsets(group)
    return sum(meta.offset for tp, meta in offsets.items() if tp.topic == topic and meta.offset >= 0)


async def eventually(predicate, *, timeout_s: float = 20.0, interval_s: float = 0.1):
    deadline = asyncio.get_running_loop().time() + timeout_s
    while True:
        value = await predicate()
        if value:
            return value
        if asyncio.get_running_loop().time() > deadline:
            raise AssertionError(f"condition not met within {timeout_s}s (last value {value!r})")
        await asyncio.sleep(interval_s)


@pytest.fixture(scope="session")
async def key_store():
    """Makes test accounts and keys through the gateway's account store."""
    from gammainfra_common.postgres import create_pool
    from gammainfra_gateway.accounts.store import AccountStore

    from .accounts_fixture import Accounts

    pool = await create_pool(DATABASE_URL, min_size=1, max_size=4)
    yield Accounts(AccountStore(pool))
    await pool.close()


@pytest.fixture(scope="session")
async def fake():
    """The fake providers (every provider's wire format, fault knobs), one for the session;
    each test folder resets its faults around every test."""
    from gammainfra_fakeproviders.app import FakeProviderServer

    async with FakeProviderServer(port=0) as server:
        yield server


@pytest.fixture(scope="session")
async def upstream_template(fake) -> str:
    return f"http://127.0.0.1:{fake.port}/{{endpoint}}"
