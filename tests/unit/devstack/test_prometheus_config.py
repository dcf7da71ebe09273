"""The local stack's Prometheus config: one job per service (every worker's ops port), the
production rules loaded, and promtool accepts it (which also loads and checks every rule)."""

from __future__ import annotations

import subprocess

import pytest
import yaml

from gammainfra_devstack.paths import repo_root
from gammainfra_devstack.prometheus import scrape_config
from gammainfra_devstack.services import declared_services

RULES_GLOB = str(repo_root() / "deploy" / "prometheus" / "rules" / "*.yml")


def test_one_job_per_service_with_every_port() -> None:
    config = scrape_config({"gateway": [9101, 9102], "router": [9102]}, RULES_GLOB)
    jobs = {job["job_name"]: job["static_configs"][0]["targets"] for job in config["scrape_configs"]}
    assert jobs == {"gammainfra-gateway": ["127.0.0.1:9101", "127.0.0.1:9102"],
                    "gammainfra-router": ["127.0.0.1:9102"]}
    assert config["rule_files"] == [RULES_GLOB]


def test_every_declared_service_is_scraped_on_its_ops_port(monkeypatch) -> None:
    monkeypatch.setenv("GI_GATEWAY_WORKERS", "2")
    monkeypatch.setenv("GI_STACK_STATE_DIR", "/tmp/gi-test-prom-config")
    specs = declared_services()
    config = scrape_config({s.name: s.metrics_ports for s in specs}, RULES_GLOB)
    jobs = {job["job_name"] for job in config["scrape_configs"]}
    assert {"gammainfra-gateway", "gammainfra-router", "gammainfra-metering"} <= jobs
    gateway = next(s for s in specs if s.name == "gateway")
    assert gateway.metrics_ports == [gateway.ops_port, gateway.ops_port + 1]


def test_promtool_accepts_the_config_and_its_rules(tmp_path) -> None:
    path = tmp_path / "prometheus.yml"
    path.write_text(yaml.safe_dump(scrape_config({"gateway": [9101]}, RULES_GLOB)))
    run = subprocess.run(["promtool", "check", "config", str(path)], capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr
    assert "rules found" in run.stdout + run.stderr
    path.write_text(yaml.safe_dump(scrape_config({"gateway": [9101]}, str(tmp_path / "missing" / "*.yml")))
                    .replace("scrape_interval: 5s", "scrape_interval: soon"))
    assert subprocess.run(["promtool", "check", "config", str(path)], capture_output=True).returncode != 0
