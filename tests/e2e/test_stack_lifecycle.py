"""`gammainfra stack up/down` as a user runs them, on a second, isolated stack
(own state folder and ports) so the suite's own stack is untouched.

Proves: up starts real Kafka/PostgreSQL/Redis and returns only when they answer;
a second up is harmless (same processes, topics unchanged); down stops exactly
what up started and leaves none of our processes or ports behind.
"""

from __future__ import annotations

import json
import os
import shutil
import socket
import subprocess
import sys
import uuid
from pathlib import Path

import pytest

from tests.ports import free_ports

pytestmark = pytest.mark.e2e
ROOT = Path(__file__).resolve().parents[2]
GAMMAINFRA = [sys.executable, "-m", "gammainfra_cli.main"]
PORT_VARS = ("GI_STACK_KAFKA_PORT", "GI_STACK_KAFKA_CONTROLLER_PORT", "GI_STACK_POSTGRES_PORT",
             "GI_STACK_REDIS_PORT")


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except OSError:
        return False
    return state not in ("Z", "X")


def _port_open(port: int) -> bool:
    with socket.socket() as sock:
        sock.settimeout(0.5)
        return sock.connect_ex(("127.0.0.1", port)) == 0


@pytest.fixture
def isolated_env():
    state = ROOT / ".gi" / "test-stacks" / uuid.uuid4().hex[:8]
    env = {k: v for k, v in os.environ.items()
           if k not in ("GI_KAFKA_BOOTSTRAP", "GI_DATABASE_URL", "GI_REDIS_URL")}
    env.update({k: str(v) for k, v in zip(PORT_VARS, free_ports(len(PORT_VARS)), strict=True)})
    env["GI_STACK_STATE_DIR"] = str(state)
    yield env
    subprocess.run(GAMMAINFRA + ["stack", "down"], env=env, cwd=ROOT, capture_output=True, timeout=120)
    shutil.rmtree(state, ignore_errors=True)


def _cli(env, *args, timeout=180) -> dict:
    done = subprocess.run(GAMMAINFRA + list(args) + ["--json"], env=env, cwd=ROOT,
                          capture_output=True, timeout=timeout)
    assert done.returncode == 0, done.stderr.decode()[-3000:]
    return json.loads(done.stdout)


def test_up_twice_then_down_leaves_nothing_running(isolated_env):
    ports = [int(isolated_env[k]) for k in PORT_VARS]

    first = _cli(isolated_env, "stack", "up", "--infra-only")
    components = first["components"]
    assert {name: entry["managed"] for name, entry in components.items()} == {
        "postgres": True, "redis": True, "kafka": True}
    pids = {name: entry["pid"] for name, entry in components.items()}
    assert all(_alive(pid) for pid in pids.values())
    assert components["kafka"]["bootstrap"] == f"127.0.0.1:{isolated_env['GI_STACK_KAFKA_PORT']}"
    assert set(first["topics"].values()) == {"created"}

    second = _cli(isolated_env, "stack", "up", "--infra-only")
    assert {name: entry["pid"] for name, entry in second["components"].items()} == pids
    assert set(second["topics"].values()) == {"unchanged"}

    down = _cli(isolated_env, "stack", "down")
    assert set(down["stopped"].split(", ")) == {"kafka", "redis", "postgres"}
    assert not any(_alive(pid) for pid in pids.values())
    assert not any(_port_open(p) for p in ports)
    assert _cli(isolated_env, "stack", "down")["stopped"] == "nothing was running"
