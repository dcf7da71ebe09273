"""Billing test harness: a real billing process (subprocess) against the real
Kafka and PostgreSQL, the Stripe fake or stripe-mock as Stripe, the operator CLI
as a subprocess, and synthetic usage events."""

from __future__ import annotations

import asyncio
import json
import os
import sys
import uuid
from datetime import datetime

from gammainfra_common.kafka.cloudevents import CloudEvent
from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP
from tests.integration.gateway.harness import free_port
from tests.integration.metering.events import cloud_event
from tests.integration.service_process import ROOT, ServiceProcess

WEBHOOK_SECRET = "whsec_test_billing_secret"


def billing_env(*, schema: str, usage_topic: str, stripe_url: str, group: str | None = None,
                extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
           "GI_BILLING_SCHEMA": schema, "GI_BILLING_USAGE_TOPIC": usage_topic,
           "GI_BILLING_GROUP_ID": group or f"billing-{uuid.uuid4().hex[:8]}",
           "GI_STRIPE_API_BASE": stripe_url, "GI_STRIPE_WEBHOOK_SECRET": WEBHOOK_SECRET,
           "GI_BILLING_GRACE_S": "3600", "GI_BILLING_SCHEDULE_S": "3600",
           # The tests' own topics, so parallel runs and the demo stack never meet.
           "GI_BILLING_INVOICES_TOPIC": f"{usage_topic}-invoices", "GI_BILLING_STATE_TOPIC": f"{usage_topic}-state",
           "GI_BILLING_ACCOUNTS_TOPIC": f"{usage_topic}-accounts", "GI_BILLING_LIFECYCLE_TOPIC": f"{usage_topic}-lifecycle",
           "GI_BILLING_ACCOUNTS_API_URL": "http://127.0.0.1:9", "GI_BILLING_METERING_API_URL": "http://127.0.0.1:9"}
    env.pop("GI_STRIPE_API_KEY", None)
    env.update(extra or {})
    return env


class BillingProcess(ServiceProcess):
    def __init__(self, env: dict[str, str]) -> None:
        ops_port, self.api_port = free_port(), free_port()
        env = {**env, "GI_BILLING_OPS_PORT": str(ops_port), "GI_BILLING_API_PORT": str(self.api_port)}
        super().__init__("gammainfra_billing", name="billing", ops_port=ops_port, env=env)

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    @property
    def webhook_url(self) -> str:
        return f"{self.api_url}/v1/billing/webhooks/stripe"

    async def start(self, deadline_s: float = 60) -> "BillingProcess":
        return await super().start(deadline_s)


async def cli(env: dict[str, str], *args: str, timeout_s: float = 300) -> tuple[int, dict | str, str]:
    """`gammainfra billing <args>` as an operator runs it (without blocking the test's event loop,
    which serves the Stripe fake); returns (exit code, parsed JSON or text, stderr)."""
    proc = await cli_start(env, *args)
    stdout, stderr = await asyncio.wait_for(proc.communicate(), timeout_s)
    try:
        out = json.loads(stdout)
    except json.JSONDecodeError:
        out = stdout.decode()
    return proc.returncode, out, stderr.decode()


async def cli_start(env: dict[str, str], *args: str) -> asyncio.subprocess.Process:
    return await asyncio.create_subprocess_exec(sys.executable, "-m", "gammainfra_cli.main", "billing", *args,
                                                env=env, cwd=ROOT, stdout=asyncio.subprocess.PIPE,
                                                stderr=asyncio.subprocess.PIPE)


async def produce_usage(topic: str, events: list[dict], *, ids: list[str] | None = None) -> list[str]:
    """llm.requests.v1 events (key = customer_id); waits for every ack; returns the ce_ids."""
    sent = []
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-billing", linger_ms=5) as producer:
        futures = []
        for i, data in enumerate(events):
            ce = cloud_event(data, ids[i] if ids else None)
            sent.append(ce.id)
            futures.append(await producer.enqueue(topic, data["customer_id"], ce))
        await asyncio.gather(*futures)
    return sent


async def produce_command(topic: str, key: str, data: dict, source: str = "/gammainfra/retention") -> str:
    ce = CloudEvent(type=f"com.gammainfra.{data['type']}", source=source, data=data,
                    dataschema="https://gammainfra.com/schemas/lifecycle.v1/v1.schema.json")
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-billing") as producer:
        await producer.send(topic, key, ce)
    return ce.id


def at(text: str) -> datetime:
    from gammainfra_schemas.timestamps import parse_utc
    return parse_utc(text)
