"""Running real gateway processes for tests: `python -m gammainfra_gateway` with its
own ports, spool and log file, against the real Kafka/PostgreSQL/Redis and an
in-process fake provider server."""

from __future__ import annotations

import asyncio
import os
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import aiohttp
import orjson
from aiokafka import AIOKafkaConsumer
from aiokafka.structs import TopicPartition

from tests.conftest import DATABASE_URL, KAFKA_BOOTSTRAP, REDIS_URL

ROOT = Path(__file__).resolve().parents[3]


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class GatewayProcess:
    def __init__(self, *, upstream_template: str, kafka: str = KAFKA_BOOTSTRAP, workers: int = 1,
                 extra_env: dict[str, str] | None = None) -> None:
        self.port, self.ops_port = free_port(), free_port()
        self.state = ROOT / ".gi" / "test-gateways" / uuid.uuid4().hex[:8]
        self.log_path = self.state / "gateway.log"
        self.env = {**os.environ, "GI_DATABASE_URL": DATABASE_URL, "GI_REDIS_URL": REDIS_URL,
                    "GI_KAFKA_BOOTSTRAP": kafka, "GI_GATEWAY_PORT": str(self.port),
                    "GI_GATEWAY_OPS_PORT": str(self.ops_port), "GI_GATEWAY_WORKERS": str(workers),
                    "GI_GATEWAY_SPOOL_DIR": str(self.state / "spool"),
                    "GI_UPSTREAM_URL_TEMPLATE": upstream_template,
                    # Every test client is 127.0.0.1 and the per-IP counter lives in the shared
                    # Redis: a real per-IP limit would make tests depend on each other's traffic.
                    "GI_GATEWAY_IP_RPM": "1000000000", **(extra_env or {})}
        self.proc: subprocess.Popen | None = None

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/v1"

    async def start(self, deadline_s: float = 30) -> "GatewayProcess":
        self.state.mkdir(parents=True, exist_ok=True)
        self._log = open(self.log_path, "wb")
        self.proc = subprocess.Popen([sys.executable, "-m", "gammainfra_gateway"], env=self.env, cwd=ROOT,
                                     stdout=self._log, stderr=subprocess.STDOUT)
        try:
            return await self._wait_ready(deadline_s)
        except BaseException:
            self.stop()  # never leave a half-started gateway behind
            raise

    async def _wait_ready(self, deadline_s: float) -> "GatewayProcess":
        async with aiohttp.ClientSession() as http:
            loop = asyncio.get_running_loop()
            end = loop.time() + deadline_s
            while loop.time() < end:
                if self.proc.poll() is not None:
                    raise RuntimeError(f"gateway exited: {self.log_path.read_text()[-3000:]}")
                try:
                    async with http.get(f"http://127.0.0.1:{self.ops_port}/readyz") as resp:
                        if resp.status == 200:
                            return self
                except aiohttp.ClientError:
                    pass
                await asyncio.sleep(0.1)
        raise TimeoutError(f"gateway not ready: {self.log_path.read_text()[-3000:]}")

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


class EventTail:
    """Reads llm.requests.v1 events produced after it was created."""

    def __init__(self, topic: str = "llm.requests.v1", bootstrap: str = KAFKA_BOOTSTRAP,
                 customer_id: str | None = None) -> None:
        # Only this customer's events: another test's event can still be on its way
        # from a spool when this tail starts.
        self.topic, self.bootstrap, self.customer_id = topic, bootstrap, customer_id
        self._start: dict[TopicPartition, int] = {}

    async def mark(self) -> "EventTail":
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None)
        await consumer.start()
        try:
            partitions = [TopicPartition(self.topic, p) for p in consumer.partitions_for_topic(self.topic) or
                          await _partitions(consumer, self.topic)]
            self._start = await consumer.end_offsets(partitions)
        finally:
            await consumer.stop()
        return self

    async def events(self, *, count: int | None = None, request_ids: set[str] | None = None,
                     timeout_s: float = 20) -> list[tuple[dict, dict]]:
        """[(data, headers)] of new events, until `count` arrived or all `request_ids` seen."""
        consumer = AIOKafkaConsumer(bootstrap_servers=self.bootstrap, group_id=None, enable_auto_commit=False)
        await consumer.start()
        consumer.assign(list(self._start))
        for tp, offset in self._start.items():
            consumer.seek(tp, offset)
        found: list[tuple[dict, dict]] = []
        loop = asyncio.get_running_loop()
        end = loop.time() + timeout_s
        try:
            while loop.time() < end:
                for records in (await consumer.getmany(timeout_ms=300)).values():
                    for r in records:
                        data = orjson.loads(r.value)
                        if self.customer_id is not None and data["customer_id"] != self.customer_id:
                            continue
                        if request_ids is None or data["request_id"] in request_ids:
                            found.append((data, {k: v.decode() for k, v in r.headers}))
                if count is not None and len(found) >= count:
                    break
                if request_ids is not None and {d["request_id"] for d, _ in found} >= request_ids:
                    break
        finally:
            await consumer.stop()
        return found


async def _partitions(consumer: AIOKafkaConsumer, topic: str) -> set[int]:
    await consumer._client.force_metadata_update()
    return consumer.partitions_for_topic(topic) or set()
