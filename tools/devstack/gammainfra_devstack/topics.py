"""Topic bootstrap: makes the broker's topics match `schemas/<topic>/topic.yaml`.

Creates every topic of the contract (and its `<topic>.dlq`) with its partitions
and configs; on an existing topic it raises the partition count when the contract
asks for more (Kafka cannot lower it) and re-applies the declared configs.
Idempotent: running it again changes nothing.

topic.yaml states the production replication factor and `min.insync.replicas`;
on a cluster with fewer brokers (the single local node) both are clamped to the
broker count, because `acks=all` producers would otherwise be refused with
NOT_ENOUGH_REPLICAS.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass

from aiokafka.admin import AIOKafkaAdminClient, NewPartitions, NewTopic
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType
from aiokafka.errors import for_code

from gammainfra_schemas.topics import load_topics

TOPIC_ALREADY_EXISTS = 36


@dataclass(frozen=True)
class TopicPlan:
    name: str
    partitions: int
    config: dict[str, str]
    replication_factor: int = 1

    def fitted_to(self, brokers: int) -> "TopicPlan":
        rf = max(1, min(self.replication_factor, brokers))
        config = dict(self.config)
        if "min.insync.replicas" in config:
            config["min.insync.replicas"] = str(min(int(config["min.insync.replicas"]), rf))
        return TopicPlan(self.name, self.partitions, config, rf)


def planned_topics() -> list[TopicPlan]:
    """Every topic the contract declares, DLQs included, in a stable order."""
    plans: list[TopicPlan] = []
    for spec in load_topics():
        rf = spec.replication_factor
        plans.append(TopicPlan(spec.name, spec.partitions, dict(spec.config), rf))
        if spec.dlq is not None:
            plans.append(TopicPlan(spec.dlq.name, spec.dlq.partitions, dict(spec.dlq.config), rf))
    return plans


async def bootstrap_topics(bootstrap: str, *,
                           plans: list[TopicPlan] | None = None) -> dict[str, str]:
    """Apply the plan; returns {topic: "created" | "updated" | "unchanged"}."""
    plans = planned_topics() if plans is None else plans
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=15000)
    await admin.start()
    try:
        brokers = len((await admin.describe_cluster())["brokers"])
        plans = [plan.fitted_to(brokers) for plan in plans]
        existing = {t["topic"]: len(t["partitions"]) for t in await admin.describe_topics()}
        outcome: dict[str, str] = {}
        missing = [p for p in plans if p.name not in existing]
        if missing:
            resp = await admin.create_topics([
                NewTopic(p.name, p.partitions, p.replication_factor, topic_configs=p.config)
                for p in missing])
            for name, code, *rest in resp.topic_errors:
                if code and code != TOPIC_ALREADY_EXISTS:
                    raise for_code(code)(f"creating topic {name}: {rest[0] if rest else ''}")
                outcome[name] = "created"
        for plan in plans:
            if plan.name in outcome:
                continue
            changed = False
            if existing[plan.name] < plan.partitions:
                await admin.create_partitions({plan.name: NewPartitions(plan.partitions)})
                changed = True
            if await _config_differs(admin, plan):
                await _apply_config(admin, plan)
                await _until_config_visible(admin, plan)
                changed = True
            outcome[plan.name] = "updated" if changed else "unchanged"
        return outcome
    finally:
        await admin.close()


async def describe_topic_config(admin: AIOKafkaAdminClient, topic: str) -> dict[str, str]:
    responses = await admin.describe_configs(
        [ConfigResource(ConfigResourceType.TOPIC, topic)])
    config: dict[str, str] = {}
    for resp in responses:
        for resource in resp.resources:
            error_code, _msg, _rtype, name, entries = resource[:5]
            if error_code:
                raise for_code(error_code)(f"describing config of {name}")
            for entry in entries:
                config[entry[0]] = entry[1]
    return config


async def _config_differs(admin: AIOKafkaAdminClient, plan: TopicPlan) -> bool:
    current = await describe_topic_config(admin, plan.name)
    return any(current.get(k) != v for k, v in plan.config.items())


async def _until_config_visible(admin: AIOKafkaAdminClient, plan: TopicPlan, timeout_s: float = 15) -> None:
    """The broker applies an accepted config change from its metadata log a moment later;
    returning before then would let the next reader (a service's retention check at
    start-up, a second bootstrap) see the old value."""
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout_s
    while await _config_differs(admin, plan):
        if loop.time() > deadline:
            raise TimeoutError(f"config of {plan.name} still not applied {timeout_s}s after the change")
        await asyncio.sleep(0.05)


async def _apply_config(admin: AIOKafkaAdminClient, plan: TopicPlan) -> None:
    for resp in await admin.alter_configs(
            [ConfigResource(ConfigResourceType.TOPIC, plan.name, configs=plan.config)]):
        for resource in resp.resources:
            error_code, message, *_ = resource
            if error_code:
                raise for_code(error_code)(f"altering config of {plan.name}: {message}")
