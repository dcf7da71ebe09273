"""A fake provider app on a loopback TestServer (port 0) per test."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest
from aiohttp.test_utils import TestClient, TestServer

from gammainfra_fakeproviders.app import RUNNER_OPTIONS, create_app


@pytest.fixture
async def server() -> AsyncIterator[TestServer]:
    # The same runner options as the real process: handler_cancellation matters for
    # the timeout knob, access_log=None for quiet.
    async with TestServer(create_app(), host="127.0.0.1", port=0, **RUNNER_OPTIONS) as srv:
        yield srv


@pytest.fixture
async def client(server: TestServer) -> AsyncIterator[TestClient]:
    async with TestClient(server) as cli:
        yield cli
