"""Fixtures of the billing tests: a fresh billing schema and topic set per test,
the Stripe fake (a real server), stripe-mock (Stripe's own request validator,
installed on first use by scripts/install-stripe-mock.sh), billing processes
that are always stopped."""

from __future__ import annotations

import asyncio
import socket
import subprocess
import uuid

import pytest
from aiokafka.admin import NewTopic

from gammainfra_fakestripe import FakeStripeServer
from tests.integration.gateway.harness import free_port
from tests.integration.service_process import ROOT

from .harness import WEBHOOK_SECRET, BillingProcess, billing_env

SUFFIXES = ("", "-invoices", "-state", "-accounts", "-lifecycle")


@pytest.fixture
async def billing_schema(pg):
    name = f"billing_t_{uuid.uuid4().hex[:10]}"
    yield name
    await pg.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture
async def billing_topics(kafka_admin):
    """The usage topic's name; its -invoices/-state/-accounts/-lifecycle siblings exist too."""
    base = f"test-billing-{uuid.uuid4().hex[:10]}"
    names = [base + s for s in SUFFIXES]
    names += [f"{n}.dlq" for n in names]
    await kafka_admin.create_topics([NewTopic(n, 3 if not n.endswith(".dlq") else 1, 1) for n in names])
    for _ in range(50):
        described = {t["topic"]: t for t in await kafka_admin.describe_topics(names)}
        if all(described.get(n) and described[n]["error_code"] == 0 and described[n]["partitions"] for n in names):
            break
        await asyncio.sleep(0.1)
    yield base
    await kafka_admin.delete_topics(names)


@pytest.fixture
async def fake_stripe():
    async with FakeStripeServer(port=0, webhook_secret=WEBHOOK_SECRET) as server:
        yield server


@pytest.fixture
def billing_processes():
    started: list[BillingProcess] = []

    def make(env: dict[str, str]) -> BillingProcess:
        proc = BillingProcess(env)
        started.append(proc)
        return proc

    yield make
    for proc in started:
        proc.stop()


@pytest.fixture
def env_for(billing_schema, billing_topics, fake_stripe):
    def make(**extra) -> dict[str, str]:
        return billing_env(schema=billing_schema, usage_topic=billing_topics, stripe_url=fake_stripe.url,
                           extra={k: str(v) for k, v in extra.items()})
    return make


def _wait_for_port(port: int, timeout_s: float = 20) -> None:
    import time
    end = time.monotonic() + timeout_s
    while time.monotonic() < end:
        with socket.socket() as s:
            if s.connect_ex(("127.0.0.1", port)) == 0:
                return
        time.sleep(0.05)
    raise TimeoutError("stripe-mock did not start")


@pytest.fixture(scope="session")
def stripe_mock():
    """Stripe's stripe-mock on a free port: validates every request against Stripe's API spec (stateless)."""
    subprocess.run([str(ROOT / "scripts" / "install-stripe-mock.sh")], check=True, timeout=600)
    http, https = free_port(), free_port()
    proc = subprocess.Popen([str(ROOT / ".cache" / "bin" / "stripe-mock"), "-http-addr", f"127.0.0.1:{http}",
                             "-https-addr", f"127.0.0.1:{https}"], stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL)
    try:
        _wait_for_port(http)
        yield f"http://127.0.0.1:{http}"
    finally:
        proc.terminate()
        proc.wait(10)
