"""deploy/prometheus: `promtool check rules`, `promtool test rules` for every rules file, every
alert covered by a firing unit test, no customer-identifying label in any rule."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from .prom_rules import (FORBIDDEN_LABELS, PROM, coverage_problems, expressions_in, rules_files,
                         run_promtool, unit_test_file)

RULES = rules_files()


def test_there_are_rules() -> None:
    assert {p.stem for p in RULES} >= {"gateway", "routing", "consumers", "billing", "lifecycle"}


def test_promtool_check_rules() -> None:
    run = run_promtool("check", "rules", *RULES)
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("rules", RULES, ids=lambda p: p.stem)
def test_promtool_unit_tests(rules: Path) -> None:
    assert coverage_problems(rules) == []
    run = run_promtool("test", "rules", unit_test_file(rules))
    assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("rules", RULES, ids=lambda p: p.stem)
def test_no_rule_groups_by_an_identifying_label(rules: Path) -> None:
    for expr in expressions_in(rules):
        for label in FORBIDDEN_LABELS:
            assert not re.search(rf"\b{label}\b\s*(=|!=|=~|,|\))", expr), (rules.name, label, expr)


# -- the checks fail on broken input -------------------------------------------------------

BAD_RULES = """groups:
  - name: broken
    rules:
      - alert: NeverTested
        expr: up == 0
      - alert: Broken
        expr: sum(rate(up[5m]) by
"""

QUIET_RULES = """groups:
  - name: quiet
    rules:
      - alert: Quiet
        expr: up == 0
"""

WRONG_EXPECTATION = """rule_files: [../rules/quiet.yml]
evaluation_interval: 1m
tests:
  - interval: 1m
    input_series:
      - series: 'up{job="x"}'
        values: '1x10'
    alert_rule_test:
      - eval_time: 5m
        alertname: Quiet
        exp_alerts:
          - exp_labels: {job: x}
"""


def test_broken_rules_and_wrong_tests_fail(tmp_path: Path) -> None:
    (tmp_path / "rules").mkdir()
    (tmp_path / "tests").mkdir()
    bad = tmp_path / "rules" / "bad.yml"
    bad.write_text(BAD_RULES)
    assert run_promtool("check", "rules", bad).returncode != 0
    assert coverage_problems(bad) == [f"bad.yml: no unit tests (tests/bad_test.yml is missing)"]

    quiet = tmp_path / "rules" / "quiet.yml"
    quiet.write_text(QUIET_RULES)
    test_file = tmp_path / "tests" / "quiet_test.yml"
    test_file.write_text(WRONG_EXPECTATION)
    assert coverage_problems(quiet) == []
    run = run_promtool("test", "rules", test_file)
    assert run.returncode != 0 and "FAILED" in run.stdout + run.stderr

    test_file.write_text(WRONG_EXPECTATION.replace("exp_alerts:\n          - exp_labels: {job: x}\n",
                                                   "exp_alerts: []\n"))
    assert run_promtool("test", "rules", test_file).returncode == 0
    assert coverage_problems(quiet) == ["quiet.yml: alert Quiet is never expected to fire in quiet_test.yml"]


def test_rules_are_where_every_prometheus_config_loads_them() -> None:
    """Compose and the devstack load deploy/prometheus/rules/*.yml; the chart links that folder."""
    chart_rules = PROM.parent / "helm" / "gammainfra" / "files" / "prometheus-rules"
    assert chart_rules.is_symlink() and chart_rules.resolve() == (PROM / "rules").resolve()


def runbook_problems(rules: list[Path], operations: Path) -> list[str]:
    """Every alert has a `### <AlertName>` section in docs/operations.md and its runbook_url
    points at that section's anchor."""
    import yaml
    headings = set(re.findall(r"^### (\w+)\s*$", operations.read_text(), re.M))
    found = []
    for path in rules:
        for group in yaml.safe_load(path.read_text())["groups"]:
            for rule in group["rules"]:
                if "alert" not in rule:
                    continue
                name = rule["alert"]
                if name not in headings:
                    found.append(f"{name}: no runbook section in {operations.name}")
                if rule.get("annotations", {}).get("runbook_url") != f"docs/operations.md#{name.lower()}":
                    found.append(f"{name}: runbook_url does not point at docs/operations.md#{name.lower()}")
    return found


def test_every_alert_has_a_runbook() -> None:
    assert runbook_problems(RULES, PROM.parent.parent / "docs" / "operations.md") == []


def test_a_missing_runbook_is_caught(tmp_path: Path) -> None:
    rules = tmp_path / "r.yml"
    rules.write_text("groups:\n- name: g\n  rules:\n  - alert: NoBook\n    expr: up == 0\n"
                     "    annotations: {runbook_url: elsewhere}\n")
    doc = tmp_path / "operations.md"
    doc.write_text("### SomethingElse\n")
    assert runbook_problems([rules], doc) == ["NoBook: no runbook section in operations.md",
                                              "NoBook: runbook_url does not point at docs/operations.md#nobook"]
