"""Running the lifecycle's services for tests: a real retention process, and the
gateway, metering and router wired to one fresh lifecycle topic, plus the CLI."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import uuid

from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.integration.gateway.harness import free_port
from tests.integration.service_process import ROOT, ServiceProcess


class RetentionProcess(ServiceProcess):
    def __init__(self, *, schema: str, lifecycle_topic: str, accounts_topic: str = "accounts.v1",
                 extra_env: dict[str, str] | None = None) -> None:
        ops_port = free_port()
        self.schema, self.lifecycle_topic = schema, lifecycle_topic
        super().__init__("gammainfra_retention", name="retention", ops_port=ops_port, env={
            **os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
            "GI_RETENTION_SCHEMA": schema, "GI_LIFECYCLE_TOPIC": lifecycle_topic,
            "GI_RETENTION_ACCOUNTS_TOPIC": accounts_topic,
            "GI_RETENTION_GROUP_ID": f"retention-test-{uuid.uuid4().hex[:8]}",
            "GI_RETENTION_OPS_PORT": str(ops_port), "GI_RETENTION_WATCHDOG_S": "0.3",
            "GI_RETENTION_PURGE_ENABLED": "false", **(extra_env or {})})

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.ops_port}"


def cli(*args: str, env: dict[str, str] | None = None, timeout_s: float = 120) -> subprocess.CompletedProcess:
    full = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
            "GI_REDIS_URL": REDIS_URL, **(env or {})}
    return subprocess.run([sys.executable, "-m", "gammainfra_cli.main", *args], env=full, cwd=ROOT,
                          capture_output=True, text=True, timeout=timeout_s)


async def cli_json(*args: str, env: dict[str, str] | None = None) -> dict:
    done = await asyncio.to_thread(cli, *args, env=env)
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout)
