"""Chaos scenarios (`make chaos`): whole-system faults while traffic flows. They run
their own Kafka broker (so a SIGKILL never hits the shared one) and take about a
minute each, so the default test command skips them unless GI_CHAOS=1."""

from __future__ import annotations

import os

import pytest

# The integration fixtures (pg, key_store, fake provider, private Kafka node).
from tests.integration.conftest import fake, key_store, pg, upstream_template  # noqa: F401
from tests.integration.kafka_node import kafka_node  # noqa: F401
from tests.integration.metering.conftest import ledger_schema, metering_processes  # noqa: F401


def pytest_collection_modifyitems(config, items):
    if os.environ.get("GI_CHAOS") == "1":
        return
    skip = pytest.mark.skip(reason="chaos scenario: run with `make chaos` (GI_CHAOS=1)")
    for item in items:
        if "tests/chaos/" in str(item.fspath):
            item.add_marker(skip)
