"""`gammainfra stack up|down|status`: the whole local stack as plain processes.

`up` is idempotent: what already runs (and is ours) is left alone, what is missing
is started, and it returns only when everything answers. `down` stops exactly the
processes recorded in `.gi/pids`, newest layer first. A component whose URL is set
in the environment (GI_KAFKA_BOOTSTRAP, GI_DATABASE_URL, GI_REDIS_URL) is external:
nothing is started for it, it is only checked.
"""

from __future__ import annotations

import asyncio
import fcntl
import time
from contextlib import contextmanager
from dataclasses import dataclass

from gammainfra_common.migrations import apply_migrations

from . import services as svc
from .kafka import KafkaBroker, wait_for_kafka
from .paths import StackPaths, default_paths
from .postgres import PostgresServer, can_login
from .prometheus import PrometheusServer
from .procs import PidRegistry
from .redis_server import RedisServer, wait_for_ping
from .settings import StackSettings, load
from .topics import bootstrap_topics

INFRA_ORDER = ("postgres", "redis", "kafka")


@dataclass
class StackReport:
    components: dict[str, dict]
    topics: dict[str, str]
    migrations: dict[str, list[str]]
    seconds: float

    def as_dict(self) -> dict:
        return {"components": self.components, "topics": self.topics,
                "migrations": self.migrations, "seconds": round(self.seconds, 1)}


async def answers(probe) -> bool:
    try:
        await probe
    except (TimeoutError, RuntimeError, OSError):
        return False
    return True


async def _tcp_probe(port: int) -> None:
    _, writer = await asyncio.wait_for(asyncio.open_connection("127.0.0.1", port), 1)
    writer.close()


@contextmanager
def _stack_lock(paths: StackPaths):
    # `make up` and `make test` may run at once; one of them waits for the other.
    paths.ensure()
    with open(paths.state / "stack.lock", "w") as handle:
        fcntl.flock(handle, fcntl.LOCK_EX)
        yield


class Stack:
    def __init__(self, settings: StackSettings | None = None,
                 paths: StackPaths | None = None) -> None:
        self.settings = settings or load()
        self.paths = paths or default_paths(self.settings.state_dir)
        self.pids = PidRegistry(self.paths.pids)
        self.postgres = PostgresServer(self.paths, self.pids, dsn=self.settings.effective_database)
        self.redis = RedisServer(self.paths, self.pids, url=self.settings.effective_redis)
        self.prometheus = PrometheusServer(self.paths, self.pids, port=self.settings.prometheus_port)
        self.kafka = KafkaBroker(self.paths, self.pids, port=self.settings.kafka_port,
                                 controller_port=self.settings.kafka_controller_port)

    # -- up -----------------------------------------------------------------
    async def up(self, *, with_services: bool = True) -> StackReport:
        started_at = time.monotonic()
        with _stack_lock(self.paths):
            components = await self._infra_up()
            topics = await bootstrap_topics(self.settings.effective_kafka)
            migrations = {}
            for schema, folder in svc.declared_migrations():
                migrations[schema] = await apply_migrations(
                    self.settings.effective_database, schema, folder)
            if with_services:
                components.update(await self._services_up())
        return StackReport(components, topics, migrations, time.monotonic() - started_at)

    async def _infra_up(self) -> dict[str, dict]:
        s = self.settings
        report: dict[str, dict] = {
            "postgres": await self._bring_up(self.postgres, s.database_url is not None,
                                             lambda: can_login(s.effective_database),
                                             {"url": s.effective_database}),
            "redis": await self._bring_up(self.redis, s.redis_url is not None,
                                          lambda: answers(wait_for_ping(s.effective_redis, 1)),
                                          {"url": s.effective_redis}),
            "kafka": await self._bring_up(self.kafka, s.kafka_bootstrap is not None,
                                          lambda: answers(wait_for_kafka(s.effective_kafka, 2)),
                                          {"bootstrap": s.effective_kafka}),
        }
        waits = [component.wait_ready() for component in (self.postgres, self.redis, self.kafka)
                 if report[component.name]["managed"]]
        external = {"postgres": lambda: can_login(s.effective_database),
                    "redis": lambda: wait_for_ping(s.effective_redis, 20),
                    "kafka": lambda: wait_for_kafka(s.effective_kafka, 60)}
        waits += [external[name]() for name, entry in report.items()
                  if not entry["managed"] and name != "postgres"]
        await asyncio.gather(*waits)
        if report["postgres"]["managed"]:
            await self.postgres.provision()
        elif not await can_login(s.effective_database):
            raise RuntimeError("postgres: cannot log in with the configured DSN "
                               "(set GI_DATABASE_URL to a database this stack may use)")
        for name, entry in report.items():
            tracked = self.pids.running(name)
            if tracked:
                entry["pid"] = tracked.pid
        return report

    async def _bring_up(self, component, configured_external: bool, answers_already,
                        entry: dict) -> dict:
        """Start our own instance unless the URL was configured, or something that is
        not ours already serves the port (then it is used as-is, and never stopped)."""
        if configured_external:
            return {**entry, "managed": False}
        if self.pids.running(component.name) is None and await answers_already():
            return {**entry, "managed": False, "note": "already served on this port; used as-is"}
        # Fetching Kafka's jars and formatting storage block; keep the loop free meanwhile.
        await asyncio.to_thread(component.start)
        return {**entry, "managed": True}

    async def _services_up(self) -> dict[str, dict]:
        env = svc.service_env(self.settings.effective_database, self.settings.effective_redis,
                              self.settings.effective_kafka)
        specs = svc.declared_services()
        for spec in specs:
            svc.start_service(spec, self.paths, self.pids, env)
        await asyncio.gather(*(svc.wait_service_ready(spec, self.pids, self.paths) for spec in specs))
        report = {spec.name: {"ops": f"http://127.0.0.1:{spec.ops_port}", **spec.endpoints,
                              "pid": self.pids.running(spec.name).pid} for spec in specs}
        report["prometheus"] = await self._prometheus_up(specs)
        return report

    async def _prometheus_up(self, specs: list[svc.ServiceSpec]) -> dict:
        """Prometheus last: it scrapes every service's ops port and loads deploy/prometheus/rules;
        ready when every target is up. A port served by something else is left alone."""
        prom = self.prometheus
        if self.pids.running(prom.name) is None and await answers(_tcp_probe(prom.port)):
            return {"url": prom.url, "managed": False,
                    "note": "already served on this port; not ours, so it does not scrape this stack "
                            "(move ours with GI_STACK_PROMETHEUS_PORT)"}
        targets = {spec.name: spec.metrics_ports for spec in specs if spec.metrics_ports}
        prom.start(targets)
        status = await prom.wait_targets_up(sum(len(p) for p in targets.values()))
        return {**status, "managed": True, "pid": self.pids.running(prom.name).pid}

    # -- down / status --------------------------------------------------------
    def down(self) -> list[str]:
        stopped = []
        with _stack_lock(self.paths):
            services = [n for n in self.pids.names() if n not in INFRA_ORDER]
            for name in services:
                if self.pids.stop(name):
                    stopped.append(name)
            for component in (self.kafka, self.redis, self.postgres):
                if component.stop():
                    stopped.append(component.name)
        return stopped

    def status(self) -> dict[str, dict]:
        return {name: {"pid": tracked.pid if (tracked := self.pids.get(name)) else None,
                       "running": self.pids.running(name) is not None}
                for name in self.pids.names()}
