"""Running a real router process for tests (`python -m gammainfra_router`), with its own
ops port, consumer group and topics, fast cycles and short cool-downs."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
import uuid

import aiohttp
import orjson
import redis.asyncio as aioredis

from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.gateway.harness import ROOT, free_port

SNAPSHOT_KEY = "gi:routing:health"

FAST = {"GI_ROUTER_PUBLISH_INTERVAL_S": "0.3", "GI_ROUTER_COOLDOWN_S": "3", "GI_ROUTER_WINDOW_S": "120",
        "GI_ROUTER_DOWN_CONSECUTIVE_FAILURES": "3", "GI_ROUTER_HALF_OPEN_SUCCESSES": "2",
        "GI_ROUTER_PROBE_SHARE": "0.5", "GI_ROUTER_START_FROM": "latest"}


class RouterProcess:
    def __init__(self, *, redis_url: str, health_topic: str, accounts_topic: str, group_id: str | None = None,
                 extra_env: dict[str, str] | None = None) -> None:
        self.ops_port = free_port()
        self.state = ROOT / ".gi" / "test-routers" / uuid.uuid4().hex[:8]
        self.log_path = self.state / "router.log"
        self.env = {**os.environ, "GI_REDIS_URL": redis_url, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
                    "GI_ROUTER_OPS_PORT": str(self.ops_port),
                    "GI_ROUTER_GROUP_ID": group_id or f"router-test-{uuid.uuid4().hex[:8]}",
                    "GI_ROUTER_HEALTH_TOPIC": health_topic, "GI_ROUTER_ACCOUNTS_TOPIC": accounts_topic,
                    **FAST, **(extra_env or {})}
        self.proc: subprocess.Popen | None = None

    async def start(self, deadline_s: float = 40) -> "RouterProcess":
        self.state.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "gammainfra_router"], env=self.env, cwd=ROOT,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        try:
            async with aiohttp.ClientSession() as http:
                loop = asyncio.get_running_loop()
                end = loop.time() + deadline_s
                while loop.time() < end:
                    if self.proc.poll() is not None:
                        raise RuntimeError(f"router exited: {self.log_text()[-3000:]}")
                    try:
                        async with http.get(f"http://127.0.0.1:{self.ops_port}/readyz") as resp:
                            if resp.status == 200:
                                return self
                    except aiohttp.ClientError:
                        pass
                    await asyncio.sleep(0.1)
            raise TimeoutError(f"router not ready: {self.log_text()[-3000:]}")
        except BaseException:
            self.stop()
            raise

    async def metrics(self) -> str:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{self.ops_port}/metrics") as resp:
                return await resp.text()

    def stop(self) -> int | None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=20)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._log.close()
        return self.proc.returncode if self.proc else None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace")


async def snapshot(redis: aioredis.Redis) -> dict | None:
    raw = await redis.get(SNAPSHOT_KEY)
    return orjson.loads(raw) if raw else None


async def wait_snapshot(redis: aioredis.Redis, predicate, *, timeout_s: float = 30, what: str = "") -> dict:
    """The first snapshot for which predicate(doc) is true (polls; fails at the deadline)."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout_s
    last = None
    while loop.time() < end:
        last = await snapshot(redis)
        if last is not None and predicate(last):
            return last
        await asyncio.sleep(0.1)
    raise AssertionError(f"snapshot never showed {what} within {timeout_s}s; last: {last}")


def entry(doc: dict, pair: str) -> dict | None:
    return doc["entries"].get(pair)


def state_of(doc: dict, pair: str) -> str | None:
    e = entry(doc, pair)
    return e["state"] if e else None
