"""The stuck-erasure alert rule: it parses, watches a metric the retention service
really exports, and (when promtool is installed) passes its rules unit test."""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
import yaml
from prometheus_client import CollectorRegistry, generate_latest

from gammainfra_retention.metrics import STUCK_METRIC, RetentionMetrics

RULES = Path(__file__).resolve().parents[3] / "deploy" / "prometheus" / "rules"


def test_every_metric_the_rules_use_is_exported_by_retention():
    registry = CollectorRegistry()
    RetentionMetrics(registry)
    exported = set(re.findall(r"^(gi_retention_\w+?)(?:_total)?(?:\{| )", generate_latest(registry).decode(), re.M))
    exported |= {name + "_total" for name in exported}
    rules = yaml.safe_load((RULES / "retention.yml").read_text())["groups"][0]["rules"]
    used = {m for rule in rules for m in re.findall(r"gi_retention_\w+", rule["expr"])}
    assert STUCK_METRIC in used
    assert used <= exported, used - exported


@pytest.mark.skipif(shutil.which("promtool") is None, reason="promtool not installed (apt-get install prometheus)")
def test_promtool_rules_unit_test_passes():
    done = subprocess.run(["promtool", "test", "rules", str(RULES / "tests" / "retention_test.yml")],
                          capture_output=True, text=True)
    assert done.returncode == 0, done.stdout + done.stderr
