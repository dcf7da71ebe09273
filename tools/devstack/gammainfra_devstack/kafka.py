"""Apache Kafka, the real broker, as a single KRaft node run with the installed JDK.

Jars come from Maven Central through `scripts/kafka/pom.xml` into
`.cache/kafka/<version>/libs` (fetched once); storage is formatted once; the
broker runs with a small heap. Ready means a metadata request succeeds, not that
a port is open.
"""

from __future__ import annotations

import asyncio
import base64
import fcntl
import logging
import os
import shutil
import subprocess
import sys
import time
import uuid
from pathlib import Path

from aiokafka.admin import AIOKafkaAdminClient

from .paths import StackPaths
from .procs import PidRegistry, spawn

KAFKA_VERSION = "4.4.0"
# The broker's heap is fixed and touched at start (-Xms = -Xmx, AlwaysPreTouch): a heap that
# grows towards its bound under load reads as a leak in the soak's RSS series. Short tools
# (storage format) keep a small, lazily grown heap.
BROKER_HEAP = ("-Xms512m", "-Xmx512m", "-XX:+AlwaysPreTouch")
TOOL_HEAP = ("-Xms64m", "-Xmx512m")

SERVER_PROPERTIES = """\
# Written by gammainfra_devstack; single-node KRaft broker+controller for local use.
process.roles=broker,controller
node.id=1
controller.quorum.voters=1@127.0.0.1:{controller_port}
listeners=PLAINTEXT://127.0.0.1:{port},CONTROLLER://127.0.0.1:{controller_port}
advertised.listeners=PLAINTEXT://127.0.0.1:{port}
controller.listener.names=CONTROLLER
inter.broker.listener.name=PLAINTEXT
listener.security.protocol.map=CONTROLLER:PLAINTEXT,PLAINTEXT:PLAINTEXT
log.dirs={log_dir}
num.partitions=3
# Topics are created explicitly from schemas/ by the bootstrap: a typo must not make a topic.
auto.create.topics.enable=false
offsets.topic.replication.factor=1
offsets.topic.num.partitions=6
transaction.state.log.replication.factor=1
transaction.state.log.min.isr=1
transaction.state.log.num.partitions=3
share.coordinator.state.topic.replication.factor=1
share.coordinator.state.topic.min.isr=1
group.initial.rebalance.delay.ms=0
min.insync.replicas=1
"""


def _cluster_id() -> str:
    while True:
        cid = base64.urlsafe_b64encode(uuid.uuid4().bytes).decode().rstrip("=")
        if not cid.startswith("-"):
            return cid


class KafkaBroker:
    name = "kafka"

    def __init__(self, paths: StackPaths, pids: PidRegistry, *, port: int = 9092,
                 controller_port: int = 9093) -> None:
        self._paths = paths
        self._pids = pids
        self.port = port
        self.controller_port = controller_port
        self.bootstrap = f"127.0.0.1:{port}"
        self._home = paths.data("kafka")
        self._libs = paths.cache / "kafka" / KAFKA_VERSION / "libs"

    # -- set-up ---------------------------------------------------------------
    def fetch_jars(self) -> None:
        """Once per cache: fetched into a temporary folder and renamed into place under
        a lock, so two stacks starting at once never see a half-filled folder."""
        if (self._libs / ".complete").exists():
            return
        if shutil.which("mvn") is None:
            raise RuntimeError("kafka: Maven (mvn) is required to fetch the broker jars")
        self._libs.parent.mkdir(parents=True, exist_ok=True)
        with open(self._libs.parent / ".fetch.lock", "w") as lock:
            fcntl.flock(lock, fcntl.LOCK_EX)
            if (self._libs / ".complete").exists():
                return
            staging = self._libs.parent / "libs.partial"
            shutil.rmtree(staging, ignore_errors=True)
            print(f"[stack] fetching Kafka {KAFKA_VERSION} jars from Maven Central", file=sys.stderr)
            subprocess.run(
                ["mvn", "-q", "-B", "-Dstyle.color=never", "-f", str(self._paths.scripts / "kafka" / "pom.xml"),
                 "org.apache.maven.plugins:maven-dependency-plugin:3.8.1:copy-dependencies",
                 "-DincludeScope=runtime", f"-DoutputDirectory={staging}", f"-Dkafka.version={KAFKA_VERSION}"],
                # Maven writes to stdout even with -q (ANSI resets at exit): send it to stderr, so
                # `gammainfra stack up --json` keeps stdout for its JSON document alone.
                check=True, env={**os.environ, "TERM": "dumb"}, stdout=sys.stderr,
            )
            if not (staging / f"kafka_2.13-{KAFKA_VERSION}.jar").exists():
                raise RuntimeError(f"kafka: Maven did not produce kafka_2.13-{KAFKA_VERSION}.jar")
            (staging / ".complete").touch()
            shutil.rmtree(self._libs, ignore_errors=True)
            staging.rename(self._libs)

    def _java(self, main: str, *args: str, heap: tuple[str, ...] = TOOL_HEAP) -> list[str]:
        return [
            "java", *heap, "-XX:+UseG1GC", "-XX:MaxGCPauseMillis=20",
            "-Djava.awt.headless=true",
            f"-Dlog4j2.configurationFile={self._paths.scripts / 'kafka' / 'log4j2.properties'}",
            "-cp", f"{self._libs}/*", main, *args,
        ]

    def _configure_and_format(self) -> Path:
        self._home.mkdir(parents=True, exist_ok=True)
        log_dir = self._home / "data"
        props = self._home / "server.properties"
        props.write_text(SERVER_PROPERTIES.format(
            port=self.port, controller_port=self.controller_port, log_dir=log_dir))
        if not (log_dir / "meta.properties").exists():
            subprocess.run(self._java("kafka.tools.StorageTool", "format", "-t", _cluster_id(),
                                      "-c", str(props)),
                           check=True, stdout=subprocess.DEVNULL)
        return props

    # -- lifecycle ------------------------------------------------------------
    def start(self) -> bool:
        """Start the broker unless ours is already running. Returns True if started."""
        if self._pids.running(self.name):
            return False
        self.fetch_jars()
        props = self._configure_and_format()
        proc = spawn(self._java("kafka.Kafka", str(props), heap=BROKER_HEAP),
                     log_file=self._paths.logs / "kafka.log", env=dict(os.environ))
        self._pids.record(self.name, proc.pid)
        return True

    def stop(self) -> bool:
        return self._pids.stop(self.name, timeout_s=60)

    async def wait_ready(self, deadline_s: float = 90.0) -> None:
        await wait_for_kafka(self.bootstrap, deadline_s,
                             is_alive=lambda: self._pids.running(self.name) is not None,
                             log_hint=self._paths.logs / "kafka.log")


async def wait_for_kafka(bootstrap: str, deadline_s: float, *, is_alive=None,
                         log_hint: Path | None = None) -> None:
    """Poll a metadata request until the broker answers or the deadline passes."""
    deadline = time.monotonic() + deadline_s
    # aiokafka logs every refused connection while the broker boots; that is expected here.
    client_log = logging.getLogger("aiokafka")
    previous_level = client_log.level
    client_log.setLevel(logging.CRITICAL)
    try:
        await _poll_metadata(bootstrap, deadline, is_alive, log_hint)
    finally:
        client_log.setLevel(previous_level)


async def _poll_metadata(bootstrap: str, deadline: float, is_alive, log_hint: Path | None) -> None:
    last_error: Exception | None = None
    while time.monotonic() < deadline:
        if is_alive is not None and not is_alive():
            raise RuntimeError(f"kafka: broker process exited; see {log_hint}")
        admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=3000)
        try:
            await asyncio.wait_for(admin.start(), 5)
            await asyncio.wait_for(admin.list_topics(), 5)
            return
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready yet"
            last_error = exc
        finally:
            try:
                await admin.close()
            except Exception:  # noqa: BLE001 - closing a half-started client may fail
                pass
        await asyncio.sleep(0.5)
    raise TimeoutError(f"kafka at {bootstrap} not ready in time: {last_error!r}"
                       + (f"; see {log_hint}" if log_hint else ""))
