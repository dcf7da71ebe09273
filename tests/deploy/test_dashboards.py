"""The Grafana dashboards: generated JSON in sync with its builder, well-formed for Grafana,
every query on the Prometheus datasource variable, no identifying label, every alert's
metrics on a panel. (Metric names against a live scrape: tests/integration/deploy.)"""

from __future__ import annotations

import importlib.util
import re

from .dashboard_checks import (DASHBOARDS, cross_check, load_dashboards, load_rules, metric_names,
                               panel_metrics, panels, resolve)
from .dockerfile_checks import ROOT
from .prom_rules import FORBIDDEN_LABELS


def _builder():
    spec = importlib.util.spec_from_file_location("build_dashboards", ROOT / "deploy" / "grafana" / "build_dashboards.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_committed_json_is_what_the_builder_makes() -> None:
    made = _builder().rendered()
    on_disk = {p.name: p.read_text() for p in DASHBOARDS.glob("*.json")}
    assert on_disk == made, "run: python deploy/grafana/build_dashboards.py"


def test_four_dashboards_with_unique_uids_and_panel_ids() -> None:
    dashboards = load_dashboards()
    assert set(dashboards) == {"overview.json", "providers-routing.json", "consumers.json", "billing-privacy.json"}
    assert len({d["uid"] for d in dashboards.values()}) == 4
    for dash in dashboards.values():
        ids = [p["id"] for p in panels(dash)]
        assert len(ids) == len(set(ids))
        for p in panels(dash):
            if p["type"] == "row":
                continue
            assert p["datasource"]["uid"] == "${datasource}" and p["targets"], p["title"]
            assert all(t["expr"] and metric_names(t["expr"]) for t in p["targets"]), p["title"]


def test_no_query_needs_an_identifying_label() -> None:
    for dash in load_dashboards().values():
        for p in panels(dash):
            for target in p.get("targets", []):
                text = target["expr"] + target.get("legendFormat", "")
                for label in FORBIDDEN_LABELS:
                    assert not re.search(rf"\b{label}\b", text), (p["title"], label)


def test_every_alert_metric_is_on_a_panel() -> None:
    """Static half of the cross-check: with every metric 'exported', only panel coverage remains."""
    records, alerts = load_rules()
    everything = set(panel_metrics(load_dashboards(), records))
    for expr in list(alerts.values()) + list(records.values()):
        everything |= resolve(metric_names(expr), records)
    result = cross_check(everything)
    assert result.problems == []


def test_metric_names_are_read_from_queries() -> None:
    expr = ('sum by (group, topic) (rate(gi_consumer_records_total{outcome="dead_lettered",x="gi_fake"}[5m]))'
            ' / on() group_left max(gi:consumer_lag:sum) and up{job=~"gammainfra-.*"}')
    assert metric_names(expr) == {"gi_consumer_records_total", "gi:consumer_lag:sum", "up"}


def test_unknown_metric_and_unshown_alert_metric_are_caught(tmp_path) -> None:
    rules = tmp_path / "rules"
    rules.mkdir()
    (rules / "x.yml").write_text(
        "groups:\n- name: g\n  rules:\n  - alert: A\n    expr: gi_shown_total > 0 and gi_unshown_total > 0\n"
        "  - alert: B\n    expr: time() - gi_billing_close_last_success_timestamp_seconds > 1\n")
    dash = {"panels": [{"type": "timeseries", "title": "P", "targets": [
        {"expr": "rate(gi_shown_total[5m]) + gi_typo_total + gi_billing_close_last_success_timestamp_seconds"}]}]}
    result = cross_check({"gi_shown_total", "gi_unshown_total"}, dashboards={"d.json": dash},
                         rules_folder=rules)
    assert any(p.startswith("gi_typo_total: shown by") for p in result.problems)
    assert "gi_unshown_total: used by alert A, but no dashboard panel shows it" in result.problems
    assert any(p.startswith("gi_billing_close_last_success_timestamp_seconds: shown by") for p in result.problems)
