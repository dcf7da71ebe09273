"""Redis for the local stack: the distro's redis-server, no persistence.

Redis only holds what can be rebuilt (rate-limit counters, health snapshot,
budget flags), so the local server keeps nothing on disk.
"""

from __future__ import annotations

import asyncio
import shutil
import time
from urllib.parse import urlsplit

import redis.asyncio as aioredis

from .paths import StackPaths
from .procs import PidRegistry, spawn


class RedisServer:
    name = "redis"

    def __init__(self, paths: StackPaths, pids: PidRegistry, *, url: str) -> None:
        self._paths = paths
        self._pids = pids
        self.url = url
        self.port = urlsplit(url).port or 6379

    def start(self) -> bool:
        if self._pids.running(self.name):
            return False
        binary = shutil.which("redis-server")
        if binary is None:
            raise RuntimeError("redis: redis-server not found (scripts/bootstrap.sh installs it)")
        home = self._paths.data("redis")
        home.mkdir(parents=True, exist_ok=True)
        proc = spawn([binary, "--port", str(self.port), "--bind", "127.0.0.1",
                      "--save", "", "--appendonly", "no", "--dir", str(home),
                      "--daemonize", "no", "--protected-mode", "yes"],
                     log_file=self._paths.logs / "redis.log")
        self._pids.record(self.name, proc.pid)
        return True

    def stop(self) -> bool:
        return self._pids.stop(self.name)

    async def wait_ready(self, deadline_s: float = 20.0) -> None:
        await wait_for_ping(self.url, deadline_s)


async def wait_for_ping(url: str, deadline_s: float) -> None:
    deadline = time.monotonic() + deadline_s
    last: Exception | None = None
    while time.monotonic() < deadline:
        client = aioredis.from_url(url, socket_connect_timeout=1, socket_timeout=1)
        try:
            if await client.ping():
                return
        except (OSError, aioredis.RedisError) as exc:
            last = exc
        finally:
            await client.aclose()
        await asyncio.sleep(0.2)
    raise TimeoutError(f"redis at {url} not ready after {deadline_s}s: {last!r}")
