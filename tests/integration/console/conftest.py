"""Fixtures of the console's browser tests: the lifecycle stack (gateway, metering,
billing with the Stripe fake, router, retention: real processes on the real Kafka,
PostgreSQL and Redis, fake providers) and one headless Chromium per module."""

from __future__ import annotations

import asyncio

import pytest

# The retention tests' stack, reused as is: one per test module.
from tests.integration.retention.conftest import lifecycle_stack  # noqa: F401

from .browser import start_browser


@pytest.fixture(autouse=True)
async def _healthy_fake(fake):
    fake.faults.reset()
    yield


@pytest.fixture(scope="module")
async def browser(tmp_path_factory):
    downloads = tmp_path_factory.mktemp("console-downloads")
    driver = await asyncio.to_thread(start_browser, downloads)
    driver.downloads = downloads
    yield driver
    await asyncio.to_thread(driver.quit)
