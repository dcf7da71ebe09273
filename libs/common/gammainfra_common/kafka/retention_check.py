"""Start-up guard: refuse to run against a topic that keeps customer ids too long.

Each service calls `check_topic_retention` with the topics it reads or writes,
mapped to the contract topic they stand for (tests and replays use other names).
For every contract topic with `contains_customer_ids: true`, the broker's
`retention.ms` must be finite (-1 is "forever") and no longer than the contract's
own `retention.ms` in `schemas/<topic>/topic.yaml` (itself at most 24 months,
checked by the contract tests). A topic missing on the broker is not checked
(the producer would fail anyway; the stack creates topics before services).

Raises `TopicRetentionError` naming the topic, the configured and the allowed
value; aiokafka errors when the broker cannot be reached.
"""

from __future__ import annotations

from collections.abc import Mapping

from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.admin.config_resource import ConfigResource, ConfigResourceType

MAX_CUSTOMER_RETENTION_MS = 730 * 24 * 3600 * 1000  # 24 months (730 days), the policy's limit


class TopicRetentionError(RuntimeError):
    """A topic holding customer ids is configured to keep them longer than allowed."""


def allowed_retention_ms(contract_topic: str) -> int | None:
    """The longest retention.ms allowed for `contract_topic`; None when it holds no customer ids."""
    from gammainfra_schemas.topics import topic  # the contract package, a sibling of this one

    spec = topic(contract_topic)
    if not spec.contains_customer_ids:
        return None
    return min(int(spec.config.get("retention.ms", MAX_CUSTOMER_RETENTION_MS)), MAX_CUSTOMER_RETENTION_MS)


def violation(name: str, configured: str | None, allowed: int) -> str | None:
    """Why `configured` (the broker's retention.ms string) breaks `allowed`, or None. Pure."""
    if configured is None:
        return None
    value = int(configured)
    if value < 0:
        return f"topic {name}: retention.ms={value} keeps customer ids forever; at most {allowed} ms allowed"
    if value > allowed:
        return f"topic {name}: retention.ms={value} is longer than the {allowed} ms allowed for customer ids"
    return None


async def check_topic_retention(bootstrap: str, topics: Mapping[str, str]) -> None:
    """`topics` maps broker topic name -> contract topic name. Raises on the first violation(s)."""
    limits = {name: allowed_retention_ms(contract) for name, contract in topics.items()}
    limits = {name: limit for name, limit in limits.items() if limit is not None}
    if not limits:
        return
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, client_id="retention-check",
                                request_timeout_ms=15000)
    await admin.start()
    try:
        existing = set(await admin.list_topics())
        names = [n for n in limits if n in existing]
        if not names:
            return
        responses = await admin.describe_configs([ConfigResource(ConfigResourceType.TOPIC, n) for n in names])
    finally:
        await admin.close()
    problems = []
    for resp in responses:
        for resource in resp.resources:
            error_code, _msg, _rtype, name, entries = resource[:5]
            if error_code:
                raise TopicRetentionError(f"topic {name}: describing its config failed (error {error_code})")
            configured = next((e[1] for e in entries if e[0] == "retention.ms"), None)
            problem = violation(name, configured, limits[name])
            if problem:
                problems.append(problem)
    if problems:
        raise TopicRetentionError("refusing to run: " + "; ".join(problems))
