"""The Prometheus rules of deploy/prometheus and their promtool unit tests, found generically:
every `rules/<name>.yml` must have `tests/<name>_test.yml` that loads it, and every alert in
it must be expected to fire in at least one `alert_rule_test` (a test that only expects
silence proves nothing about the alert)."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import yaml

from .dockerfile_checks import ROOT

PROM = ROOT / "deploy" / "prometheus"
FORBIDDEN_LABELS = ("customer", "api_key", "key_id", "email", "ip", "client_ip", "user")


def promtool() -> str:
    found = shutil.which("promtool")
    if found is None:
        raise RuntimeError("promtool not found: scripts/install_deploy_tools.sh installs Debian's prometheus")
    return found


def run_promtool(*args: str | Path) -> subprocess.CompletedProcess:
    return subprocess.run([promtool(), *map(str, args)], capture_output=True, text=True, timeout=120)


def rules_files(folder: Path = PROM / "rules") -> list[Path]:
    return sorted(folder.glob("*.yml"))


def unit_test_file(rules: Path) -> Path:
    return rules.parent.parent / "tests" / f"{rules.stem}_test.yml"


def alerts_in(rules: Path) -> list[str]:
    groups = yaml.safe_load(rules.read_text())["groups"]
    return [rule["alert"] for group in groups for rule in group["rules"] if "alert" in rule]


def expressions_in(rules: Path) -> list[str]:
    groups = yaml.safe_load(rules.read_text())["groups"]
    return [rule["expr"] for group in groups for rule in group["rules"]]


def alerts_expected_to_fire(test_file: Path) -> set[str]:
    spec = yaml.safe_load(test_file.read_text())
    return {case["alertname"] for test in spec.get("tests", [])
            for case in test.get("alert_rule_test", []) if case.get("exp_alerts")}


def coverage_problems(rules: Path) -> list[str]:
    test_file = unit_test_file(rules)
    if not test_file.exists():
        return [f"{rules.name}: no unit tests ({test_file.relative_to(rules.parent.parent)} is missing)"]
    spec = yaml.safe_load(test_file.read_text())
    loaded = {(test_file.parent / p).resolve() for p in spec.get("rule_files", [])}
    found = []
    if rules.resolve() not in loaded:
        found.append(f"{test_file.name} does not load {rules.name}")
    fired = alerts_expected_to_fire(test_file)
    found += [f"{rules.name}: alert {a} is never expected to fire in {test_file.name}"
              for a in alerts_in(rules) if a not in fired]
    return found
