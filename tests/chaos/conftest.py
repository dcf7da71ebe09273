"""Chaos scenarios (`make chaos`): whole-system faults while traffic flows. They run
their own Kafka broker (so a SIGKILL never hits the shared one) and take about a
minute each, so the default test command skips them unless GI_CHAOS=1."""

from __future__ import annotations

import os

import pytest

# The integration fixtures (pg, key_store, fake provider, private Kafka node).
from tests.integration.conftest import fake, upstream_template  # noqa: F401
from tests.integration.kafka_node import kafka_node  # noqa: F401
from tests.integration.metering.conftest import ledger_schema, metering_processes  # noqa: F401
from tests.chaos.system import Db, start_system, stop_system
from tests.conftest import DATABASE_URL


@pytest.fixture
def pg():
    """PostgreSQL that survives its own restart (a connection per query)."""
    return Db()


@pytest.fixture
async def key_store():
    """The suite's account maker with a pool of this test's own: the PostgreSQL
    restart scenario breaks every connection a session-wide pool would keep."""
    from gammainfra_common.postgres import create_pool
    from gammainfra_gateway.accounts.store import AccountStore
    from tests.integration.accounts_fixture import Accounts

    pool = await create_pool(DATABASE_URL, min_size=1, max_size=2)
    yield Accounts(AccountStore(pool))
    await pool.close()


@pytest.fixture
async def system(kafka_node, key_store, upstream_template, ledger_schema, metering_processes, fake):
    fake.faults.reset()
    built = await start_system(kafka_node, key_store, upstream_template, ledger_schema, metering_processes)
    try:
        yield built
    finally:
        fake.faults.reset()
        await stop_system(built)


def pytest_collection_modifyitems(config, items):
    if os.environ.get("GI_CHAOS") == "1":
        # Starting the system (a broker, nine processes, seven customers, three of them with
        # limits set through the CLI and billing) takes minutes on a busy machine, before the
        # scenario's own minute; the suite-wide 300 s would fail the set-up, not the scenario.
        for item in items:
            if "tests/chaos/" in str(item.fspath):
                item.add_marker(pytest.mark.timeout(900))
        return
    skip = pytest.mark.skip(reason="chaos scenario: run with `make chaos` (GI_CHAOS=1)")
    for item in items:
        if "tests/chaos/" in str(item.fspath):
            item.add_marker(skip)
