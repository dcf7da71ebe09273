"""Topic bootstrap against the real broker: the contract's topics exist with the
partitions and configs their topic.yaml declares, and a second run changes nothing."""

from __future__ import annotations

import pytest
from aiokafka.admin import NewTopic

from gammainfra_devstack.topics import TopicPlan, bootstrap_topics, describe_topic_config, planned_topics
from gammainfra_schemas.topics import load_topics
from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.conftest import unique

pytestmark = pytest.mark.integration
TWENTY_FOUR_MONTHS_MS = 63_072_000_000
DESIGN_TOPICS = {"llm.requests.v1", "accounts.v1", "routing.health.v1", "billing.invoices.v1", "lifecycle.v1",
                 "billing.account_state.v1"}  # the last: billing -> gateway (credits, suspension)


async def test_bootstrap_creates_every_contract_topic_and_is_idempotent(kafka_admin):
    await bootstrap_topics(KAFKA_BOOTSTRAP)
    second = await bootstrap_topics(KAFKA_BOOTSTRAP)
    assert set(second.values()) == {"unchanged"}

    described = {t["topic"]: t for t in await kafka_admin.describe_topics()}
    planned = {plan.name: plan for plan in planned_topics()}
    assert DESIGN_TOPICS | {f"{t}.dlq" for t in DESIGN_TOPICS} <= set(planned)
    for name, plan in planned.items():
        assert name in described, name
        assert len(described[name]["partitions"]) == plan.partitions, name


async def test_topic_configs_follow_the_contract(kafka_admin):
    await bootstrap_topics(KAFKA_BOOTSTRAP)
    for spec in load_topics():
        config = await describe_topic_config(kafka_admin, spec.name)
        if spec.contains_customer_ids:
            assert 0 < int(config["retention.ms"]) <= TWENTY_FOUR_MONTHS_MS, spec.name
        if spec.dlq is not None:
            dlq_config = await describe_topic_config(kafka_admin, spec.dlq.name)
            assert 0 < int(dlq_config["retention.ms"]) <= TWENTY_FOUR_MONTHS_MS, spec.dlq.name
        # acks=all must be satisfiable on this cluster's broker count.
        assert int(config["min.insync.replicas"]) <= 1
    assert (await describe_topic_config(kafka_admin, "routing.health.v1"))["cleanup.policy"] == "compact"
    assert (await describe_topic_config(kafka_admin, "llm.requests.v1"))["cleanup.policy"] == "delete"


async def test_bootstrap_raises_partitions_and_reapplies_drifted_config(kafka_admin):
    name = unique("test.bootstrap").replace("_", "-")
    await kafka_admin.create_topics([NewTopic(name, 1, 1, topic_configs={"retention.ms": "1000"})])
    try:
        plan = TopicPlan(name, 3, {"retention.ms": "86400000", "cleanup.policy": "delete"})
        assert await bootstrap_topics(KAFKA_BOOTSTRAP, plans=[plan]) == {name: "updated"}
        described = (await kafka_admin.describe_topics([name]))[0]
        assert len(described["partitions"]) == 3
        assert (await describe_topic_config(kafka_admin, name))["retention.ms"] == "86400000"
        assert await bootstrap_topics(KAFKA_BOOTSTRAP, plans=[plan]) == {name: "unchanged"}
    finally:
        await kafka_admin.delete_topics([name])
