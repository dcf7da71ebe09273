"""A real metering process (subprocess) against the real Kafka and PostgreSQL,
plus helpers to produce events and read the ledger."""

from __future__ import annotations

import asyncio
import os
import signal
import subprocess
import sys
import uuid
from pathlib import Path

import aiohttp

from gammainfra_common.kafka.producer import EventProducer
from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL
from tests.integration.gateway.harness import free_port

from .events import cloud_event

ROOT = Path(__file__).resolve().parents[3]


class MeteringProcess:
    def __init__(self, *, topic: str, schema: str, group: str | None = None, redis: bool = False,
                 extra_env: dict[str, str] | None = None) -> None:
        self.ops_port, self.api_port = free_port(), free_port()
        self.state = ROOT / ".gi" / "test-metering" / uuid.uuid4().hex[:8]
        self.log_path = self.state / "metering.log"
        self.env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_KAFKA_BOOTSTRAP": KAFKA_BOOTSTRAP,
                    "GI_METERING_TOPIC": topic, "GI_METERING_SCHEMA": schema,
                    "GI_METERING_GROUP_ID": group or f"metering-{uuid.uuid4().hex[:8]}",
                    "GI_METERING_OPS_PORT": str(self.ops_port), "GI_METERING_API_PORT": str(self.api_port),
                    **({"GI_REDIS_URL": REDIS_URL} if redis else {}), **(extra_env or {})}
        if not redis:
            self.env.pop("GI_REDIS_URL", None)  # no budget sync unless the test wants it
        self.proc: subprocess.Popen | None = None
        self._log = None

    @property
    def api_url(self) -> str:
        return f"http://127.0.0.1:{self.api_port}"

    async def start(self, deadline_s: float = 60) -> "MeteringProcess":
        self.state.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "ab")
        self.proc = subprocess.Popen([sys.executable, "-m", "gammainfra_metering"], env=self.env, cwd=ROOT,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        try:
            await self._wait_ready(deadline_s)
        except BaseException:
            self.kill()
            raise
        return self

    async def _wait_ready(self, deadline_s: float) -> None:
        async with aiohttp.ClientSession() as http:
            loop = asyncio.get_running_loop()
            end = loop.time() + deadline_s
            while loop.time() < end:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"metering exited: {self.log_text()[-3000:]}")
                try:
                    async with http.get(f"http://127.0.0.1:{self.ops_port}/readyz") as resp:
                        if resp.status == 200:
                            return
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise TimeoutError(f"metering not ready: {self.log_text()[-3000:]}")

    async def metrics(self) -> str:
        async with aiohttp.ClientSession() as http:
            async with http.get(f"http://127.0.0.1:{self.ops_port}/metrics") as resp:
                return await resp.text()

    def kill(self) -> None:
        """SIGKILL: no flush, no commit, no goodbye."""
        if self.proc is not None and self.proc.poll() is None:
            self.proc.send_signal(signal.SIGKILL)
            self.proc.wait()
        self._close_log()

    def stop(self) -> int | None:
        if self.proc is not None and self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(timeout=30)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait()
        self._close_log()
        return self.proc.returncode if self.proc else None

    def _close_log(self) -> None:
        if self._log is not None:
            self._log.close()
            self._log = None

    def log_text(self) -> str:
        return self.log_path.read_text(errors="replace") if self.log_path.exists() else ""


async def produce(topic: str, events: list[dict], *, ids: list[str] | None = None) -> list[str]:
    """Send events (CloudEvents, key = customer_id), wait for every ack; returns the ce_ids."""
    sent = []
    async with EventProducer(KAFKA_BOOTSTRAP, client_id="test-metering", linger_ms=5) as producer:
        pending = []
        for i, data in enumerate(events):
            ce = cloud_event(data, ids[i] if ids else None)
            sent.append(ce.id)
            pending.append(await producer.enqueue(topic, data["customer_id"], ce))
            if len(pending) >= 5000:
                await asyncio.gather(*pending)
                pending.clear()
        await asyncio.gather(*pending)
    return sent
