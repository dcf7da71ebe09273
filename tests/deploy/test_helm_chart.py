"""deploy/helm/gammainfra: helm lint, helm template for the default values and each example,
every rendered object validated offline against the Kubernetes schemas, and the chart's own
consistency rules; each check is shown to fail on a broken input."""

from __future__ import annotations

import shutil
from pathlib import Path

import kubernetes_validate
import pytest
import yaml

from .helm_checks import (CHART, consistency_problems, helm, render, rules_in_chart,
                          rules_in_repository, schema_problems)
from .prom_rules import run_promtool

EXAMPLES = sorted((CHART / "examples").glob("values-*.yaml"))
VALUE_SETS = [[]] + [[p] for p in EXAMPLES]
IDS = ["default"] + [p.stem for p in EXAMPLES]
# The oldest Kubernetes the chart supports (Chart.yaml kubeVersion) and the newest bundled.
KUBE_VERSIONS = ["1.28.0", kubernetes_validate.latest_version()]


@pytest.fixture(scope="module", params=VALUE_SETS, ids=IDS)
def rendered(request) -> list[dict]:
    return render(*request.param)


def test_helm_lint() -> None:
    for values in VALUE_SETS:
        args = ["lint", "--strict", CHART] + [a for p in values for a in ("-f", p)]
        run = helm(*args)
        assert run.returncode == 0, run.stdout + run.stderr


@pytest.mark.parametrize("version", KUBE_VERSIONS)
def test_every_object_matches_the_kubernetes_schema(rendered, version: str) -> None:
    assert schema_problems(rendered, version) == []


def test_chart_consistency(rendered) -> None:
    assert consistency_problems(rendered) == []


def test_expected_objects(rendered) -> None:
    kinds = {(o["kind"], o["metadata"]["name"].removeprefix("gammainfra-")) for o in rendered}
    assert {("Deployment", "gateway"), ("Service", "gateway"), ("HorizontalPodAutoscaler", "gateway"),
            ("PodDisruptionBudget", "gateway")} <= kinds
    for consumer in ("router", "metering", "billing", "retention"):
        assert ("Deployment", consumer) in kinds and ("ServiceMonitor", consumer) in kinds
    assert {("CronJob", "billing-close"), ("CronJob", "purge")} <= kinds
    hooks = [o for o in rendered if o["kind"] == "Job"]
    assert sorted(o["metadata"]["annotations"]["helm.sh/hook-weight"] for o in hooks) == ["-10", "-5"]
    assert all("pre-upgrade" in o["metadata"]["annotations"]["helm.sh/hook"] for o in hooks)
    assert {o["kind"] for o in rendered} >= {"NetworkPolicy", "PrometheusRule", "ConfigMap"}


def test_prometheus_rule_is_the_repository_rules_and_promtool_accepts_it(rendered, tmp_path: Path) -> None:
    groups = rules_in_chart(rendered)
    assert groups == rules_in_repository()
    extracted = tmp_path / "chart-rules.yml"
    extracted.write_text(yaml.safe_dump({"groups": groups}))
    run = run_promtool("check", "rules", extracted)
    assert run.returncode == 0, run.stdout + run.stderr


def test_dashboards_ship_as_configmaps(rendered) -> None:
    shipped = {key for o in rendered if o["kind"] == "ConfigMap" for key in o.get("data", {})}
    in_repo = {p.name for p in (CHART.parent.parent / "grafana" / "dashboards").glob("*.json")}
    assert in_repo and shipped == in_repo


# -- the checks fail on broken input -----------------------------------------------------

def test_more_consumers_than_partitions_is_refused() -> None:
    with pytest.raises(RuntimeError, match="exceeds kafka.requestsPartitions"):
        render(sets=("metering.replicas=7",))
    with pytest.raises(RuntimeError, match="router.replicas must be 1"):
        render(sets=("router.replicas=2",))


def test_a_missing_secret_reference_is_refused() -> None:
    with pytest.raises(RuntimeError, match="database.urlSecret.name is required"):
        render(sets=("database.urlSecret.name=",))


def test_schema_and_consistency_checks_catch_broken_objects() -> None:
    objects = render()
    deployment = next(o for o in objects if o["kind"] == "Deployment")
    broken = yaml.safe_load(yaml.safe_dump(deployment))
    broken["spec"]["replicas"] = "two"
    broken["spec"]["template"]["spec"]["containers"][0]["imagePullPolicy"] = "Sometimes"
    broken["spec"]["template"]["spec"]["containers"][0]["unknownField"] = 1
    problems = schema_problems([broken], KUBE_VERSIONS[-1])
    assert len(problems) == 1 and problems[0].startswith(f"Deployment/{deployment['metadata']['name']}:")
    for field, value in (("replicas", "two"),):
        fixed = yaml.safe_load(yaml.safe_dump(deployment))
        fixed["spec"][field] = value
        assert schema_problems([fixed], KUBE_VERSIONS[-1]) != []
    assert schema_problems([deployment], KUBE_VERSIONS[-1]) == []
    container = broken["spec"]["template"]["spec"]["containers"][0]
    container["securityContext"]["readOnlyRootFilesystem"] = False
    container["readinessProbe"]["httpGet"]["port"] = "nope"
    container["image"] = "example/unknown:1"
    broken["spec"]["template"]["spec"]["securityContext"]["runAsNonRoot"] = False
    secret = {"apiVersion": "v1", "kind": "Secret", "metadata": {"name": "s"}, "data": {}}
    found = "\n".join(consistency_problems([broken, secret]))
    for expected in ("runAsNonRoot", "not read-only root", "undeclared port nope",
                     "is no Dockerfile target", "must not render Secrets"):
        assert expected in found


def test_a_broken_chart_fails_lint(tmp_path: Path) -> None:
    chart = tmp_path / "gammainfra"
    shutil.copytree(CHART, chart, symlinks=False)
    (chart / "templates" / "gateway.yaml").write_text("{{ if }}\n")
    run = helm("lint", chart)
    assert run.returncode != 0
