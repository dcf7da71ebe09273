"""Service processes and migrations that installed packages contribute to the stack.

A service package declares, through entry points (so the stack never imports a
service's internals):
- `gammainfra.migrations`: a callable returning `(schema_name, migrations_dir)`;
- `gammainfra.services`: a callable returning a dict `{"name", "argv", "ops_port",
  "endpoints": {label: url}, "env": {...}, "ready_url": url}` describing its
  long-running process (`{python}` in argv is this interpreter; `env` is added to
  the stack's environment; readiness is `ready_url`, default the ops `/readyz`;
  `scrape_ports`, default `[ops_port]`, are the ports Prometheus scrapes `/metrics` on; `[]`
  for a process without metrics).
"""

from __future__ import annotations

import asyncio
import os
import sys
import time
from dataclasses import dataclass, field
from importlib.metadata import entry_points
from pathlib import Path

import aiohttp

from .paths import StackPaths
from .procs import PidRegistry, spawn


@dataclass(frozen=True)
class ServiceSpec:
    name: str
    argv: list[str]
    ops_port: int
    endpoints: dict[str, str] = field(default_factory=dict)
    env: dict[str, str] = field(default_factory=dict)
    ready_url: str | None = None
    scrape_ports: list[int] | None = None

    @property
    def metrics_ports(self) -> list[int]:
        return [self.ops_port] if self.scrape_ports is None else self.scrape_ports


def declared_migrations() -> list[tuple[str, Path]]:
    found = [ep.load()() for ep in entry_points(group="gammainfra.migrations")]
    return sorted((schema, Path(folder)) for schema, folder in found)


def declared_services() -> list[ServiceSpec]:
    specs = []
    for ep in entry_points(group="gammainfra.services"):
        raw = ep.load()()
        argv = [sys.executable if a == "{python}" else a for a in raw["argv"]]
        specs.append(ServiceSpec(raw["name"], argv, int(raw["ops_port"]),
                                 dict(raw.get("endpoints", {})), dict(raw.get("env", {})),
                                 raw.get("ready_url"),
                                 None if raw.get("scrape_ports") is None else [int(p) for p in raw["scrape_ports"]]))
    return sorted(specs, key=lambda s: s.name)


def start_service(spec: ServiceSpec, paths: StackPaths, pids: PidRegistry,
                  env: dict[str, str]) -> bool:
    if pids.running(spec.name):
        return False
    proc = spawn(spec.argv, log_file=paths.logs / f"{spec.name}.log", env={**env, **spec.env},
                 cwd=paths.root)
    pids.record(spec.name, proc.pid)
    return True


async def wait_service_ready(spec: ServiceSpec, pids: PidRegistry, paths: StackPaths,
                             deadline_s: float = 60.0) -> None:
    url = spec.ready_url or f"http://127.0.0.1:{spec.ops_port}/readyz"
    deadline = time.monotonic() + deadline_s
    last = "no answer"
    async with aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=3)) as http:
        while time.monotonic() < deadline:
            if pids.running(spec.name) is None:
                raise RuntimeError(f"{spec.name}: process exited; see {paths.logs / spec.name}.log")
            try:
                async with http.get(url) as resp:
                    if resp.status == 200:
                        return
                    last = f"HTTP {resp.status}: {await resp.text()}"
            except (aiohttp.ClientError, asyncio.TimeoutError) as exc:
                last = repr(exc)
            await asyncio.sleep(0.3)
    raise TimeoutError(f"{spec.name} not ready at {url} after {deadline_s}s: {last}")


def service_env(database_url: str, redis_url: str, kafka_bootstrap: str) -> dict[str, str]:
    env = dict(os.environ)
    env.setdefault("GI_DATABASE_URL", database_url)
    env.setdefault("GI_REDIS_URL", redis_url)
    env.setdefault("GI_KAFKA_BOOTSTRAP", kafka_bootstrap)
    return env
