"""The operator commands follow the local stack's ports (GI_STACK_*_PORT), so a
command run next to a second stack talks to that stack, not to the default one."""

from __future__ import annotations

import subprocess
import sys

from gammainfra_common import local_stack

PORTS = {"GI_STACK_POSTGRES_PORT": "45432", "GI_STACK_REDIS_PORT": "45379", "GI_STACK_KAFKA_PORT": "45092"}


def test_defaults_are_the_stock_ports(monkeypatch) -> None:
    for name in PORTS:
        monkeypatch.delenv(name, raising=False)
    assert local_stack.postgres_url() == "postgresql://gammainfra:gammainfra@127.0.0.1:5432/gammainfra"
    assert local_stack.redis_url() == "redis://127.0.0.1:6379/0"
    assert local_stack.kafka_bootstrap() == "127.0.0.1:9092"


def test_moved_ports_are_followed(monkeypatch) -> None:
    for name, value in PORTS.items():
        monkeypatch.setenv(name, value)
    assert local_stack.postgres_url() == "postgresql://gammainfra:gammainfra@127.0.0.1:45432/gammainfra"
    assert local_stack.redis_url() == "redis://127.0.0.1:45379/0"
    assert local_stack.kafka_bootstrap() == "127.0.0.1:45092"


def test_every_operator_command_takes_its_defaults_from_the_stack_ports() -> None:
    """A fresh interpreter (the defaults are read at import) with moved ports: each CLI's
    settings name the moved stack."""
    probe = """
import dataclasses
from gammainfra_gateway.cli import CliSettings as Accounts
from gammainfra_gateway.budget.cli import BudgetCliSettings as Budget
from gammainfra_metering.cli import CliSettings as Metering
from gammainfra_retention.cli import CliSettings as Retention
from gammainfra_router.cli import CliSettings as Router
from gammainfra_billing.cli import LOCAL_DEFAULTS
for cls in (Accounts, Budget, Metering, Retention, Router):
    for f in dataclasses.fields(cls):
        if f.name in ("database_url", "redis_url", "kafka_bootstrap"):
            print(cls.__module__, f.name, f.default)
print("billing", LOCAL_DEFAULTS)
"""
    env = {"PATH": "/usr/bin:/bin", **PORTS}
    out = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True, check=True).stdout
    lines = out.strip().splitlines()
    assert len(lines) >= 9
    for line in lines:
        assert ":45432/" in line or ":45379/" in line or ":45092" in line, line
    assert not any(port in out for port in (":5432/", ":6379/", ":9092"))
