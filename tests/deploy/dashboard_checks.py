"""Dashboards against the metrics the services really export and the alerts that use them.

- `panel_metrics()`: every gi_* / gi:* name a panel query uses (recording rules resolved to
  the raw metrics they read, through deploy/prometheus/rules);
- `exported_names(text)`: the metric names in a /metrics exposition, from its `# TYPE` lines
  (so a labelled counter with no sample yet counts; histograms add _bucket/_sum/_count);
- `cross_check()`: panel metrics no scraped service exports, alert metrics no panel shows,
  rule metrics no service exports.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .dockerfile_checks import ROOT

DASHBOARDS = ROOT / "deploy" / "grafana" / "dashboards"
RULES = ROOT / "deploy" / "prometheus" / "rules"
NAME = re.compile(r"(?<![\w:])(gi[_:][A-Za-z0-9_:]*|up)(?![\w:(])")
STRINGS = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\'\\]|\\.)*\'')
BRACES = re.compile(r"\{[^}]*\}")
GROUPING = re.compile(r"\b(by|without|on|ignoring|group_left|group_right)\s*\([^)]*\)")


def metric_names(expr: str) -> set[str]:
    cleaned = GROUPING.sub(" ", BRACES.sub(" ", STRINGS.sub('""', expr)))
    return set(NAME.findall(cleaned))


def load_dashboards(folder: Path = DASHBOARDS) -> dict[str, dict]:
    return {p.name: json.loads(p.read_text()) for p in sorted(folder.glob("*.json"))}


def panels(dashboard: dict):
    for p in dashboard["panels"]:
        yield p
        yield from p.get("panels", [])


def load_rules(folder: Path = RULES) -> tuple[dict[str, str], dict[str, str]]:
    """(recording rule name -> expr, alert name -> expr) of every rules file."""
    records, alerts = {}, {}
    for path in sorted(folder.glob("*.yml")):
        for group in yaml.safe_load(path.read_text())["groups"]:
            for rule in group["rules"]:
                if "record" in rule:
                    records[rule["record"]] = rule["expr"]
                else:
                    alerts[rule["alert"]] = rule["expr"]
    return records, alerts


def resolve(names: set[str], records: dict[str, str]) -> set[str]:
    raw: set[str] = set()
    pending = list(names)
    while pending:
        name = pending.pop()
        if name in records:
            pending.extend(metric_names(records[name]) - raw)
        elif name.startswith("gi:"):
            raw.add(name)  # a recording rule that no rules file defines: reported as unexported
        else:
            raw.add(name)
    return raw


def panel_metrics(dashboards: dict[str, dict], records: dict[str, str]) -> dict[str, set[str]]:
    """raw metric name -> the 'dashboard: panel' titles that use it."""
    used: dict[str, set[str]] = {}
    for filename, dash in dashboards.items():
        for p in panels(dash):
            for target in p.get("targets", []):
                for name in resolve(metric_names(target["expr"]), records):
                    used.setdefault(name, set()).add(f"{filename}: {p['title']}")
    return used


def exported_names(exposition: str) -> set[str]:
    names = set()
    for line in exposition.splitlines():
        if line.startswith("# TYPE "):
            _, _, name, kind = line.split(maxsplit=3)
            names.add(name)
            if kind in ("histogram", "summary"):
                names |= {f"{name}_sum", f"{name}_count"} | ({f"{name}_bucket"} if kind == "histogram" else set())
    return names


@dataclass
class CrossCheck:
    problems: list[str] = field(default_factory=list)


def cross_check(exported: set[str], *, dashboards: dict[str, dict] | None = None,
                rules_folder: Path = RULES) -> CrossCheck:
    """`exported`: names from every scraped service (`up` always exists: Prometheus makes it
    per target)."""
    dashboards = load_dashboards() if dashboards is None else dashboards
    records, alerts = load_rules(rules_folder)
    shown = panel_metrics(dashboards, records)
    result = CrossCheck()
    available = exported | {"up"}

    def missing(metric: str, what: str) -> None:
        result.problems.append(f"{metric}: {what}, but no scraped service exports it")

    for metric, where in sorted(shown.items()):
        if metric not in available:
            missing(metric, f"shown by {sorted(where)}")
    for alert, expr in sorted(alerts.items()):
        for metric in sorted(resolve(metric_names(expr), records)):
            if metric not in available:
                missing(metric, f"used by alert {alert}")
            if metric not in shown and metric != "up":
                result.problems.append(f"{metric}: used by alert {alert}, but no dashboard panel shows it")
            if metric == "up" and "up" not in shown:
                result.problems.append(f"up: used by alert {alert}, but no dashboard panel shows it")
    for name, expr in sorted(records.items()):
        for metric in sorted(resolve(metric_names(expr), records)):
            if metric not in available:
                missing(metric, f"read by recording rule {name}")
    return result
