"""Rendering the chart with the pinned helm and checking what it renders.

- `render()` runs `helm template` (helm built by scripts/install_deploy_tools.sh into .cache/bin);
- `schema_problems()` validates every core object against the Kubernetes OpenAPI schemas bundled
  in `kubernetes-validate` (offline, strict: unknown fields are errors);
- `consistency_problems()` checks what schemas cannot: Services and ServiceMonitors select pods
  that exist and name ports those pods have, probes use declared ports, every workload runs
  non-root on a read-only root filesystem with an image the Dockerfile builds, no Secret is
  rendered (secrets come from existing ones), and the PrometheusRule holds exactly the rules
  of deploy/prometheus/rules (CRDs have no bundled schema; these checks stand in for it).
"""

from __future__ import annotations

import subprocess
from pathlib import Path

import kubernetes_validate
import yaml

from .dockerfile_checks import ROOT

CHART = ROOT / "deploy" / "helm" / "gammainfra"
HELM = ROOT / ".cache" / "bin" / "helm"
IMAGE_TARGETS = {"gateway", "router", "metering", "billing", "retention", "tools"}
CRD_GROUPS = ("monitoring.coreos.com/",)
WORKLOAD_KINDS = {"Deployment", "Job", "CronJob"}


def helm(*args: str | Path) -> subprocess.CompletedProcess:
    if not HELM.exists():
        raise RuntimeError(f"{HELM} missing: scripts/install_deploy_tools.sh builds it")
    return subprocess.run([str(HELM), *map(str, args)], capture_output=True, text=True, timeout=120)


def render(*values: Path, chart: Path = CHART, sets: tuple[str, ...] = ()) -> list[dict]:
    args: list[str | Path] = ["template", "gammainfra", chart, "--namespace", "gammainfra"]
    for path in values:
        args += ["-f", path]
    for item in sets:
        args += ["--set", item]
    run = helm(*args)
    if run.returncode != 0:
        raise RuntimeError(run.stderr)
    return [doc for doc in yaml.safe_load_all(run.stdout) if doc]


def schema_problems(objects: list[dict], version: str) -> list[str]:
    found = []
    for obj in objects:
        if obj["apiVersion"].startswith(CRD_GROUPS):
            continue
        try:
            kubernetes_validate.validate(obj, version, strict=True)
        except kubernetes_validate.ValidationError as exc:
            found.append(f"{obj['kind']}/{obj['metadata']['name']}: {exc.message} at {list(exc.path)}")
        except kubernetes_validate.SchemaNotFoundError:
            found.append(f"{obj['kind']} {obj['apiVersion']}: no schema in Kubernetes {version}")
    return found


def pod_spec(obj: dict) -> dict | None:
    if obj["kind"] == "CronJob":
        return obj["spec"]["jobTemplate"]["spec"]["template"]["spec"]
    if obj["kind"] in WORKLOAD_KINDS:
        return obj["spec"]["template"]["spec"]
    return None


def pod_labels(obj: dict) -> dict:
    if obj["kind"] == "CronJob":
        return obj["spec"]["jobTemplate"]["spec"]["template"]["metadata"]["labels"]
    return obj["spec"]["template"]["metadata"]["labels"]


def _selects(selector: dict, labels: dict) -> bool:
    return all(labels.get(k) == v for k, v in selector.items())


def consistency_problems(objects: list[dict]) -> list[str]:
    found: list[str] = []
    name = lambda o: f"{o['kind']}/{o['metadata']['name']}"  # noqa: E731
    workloads = [o for o in objects if o["kind"] in WORKLOAD_KINDS]
    deployments = [o for o in objects if o["kind"] == "Deployment"]
    services = [o for o in objects if o["kind"] == "Service"]

    for obj in objects:
        if obj["kind"] == "Secret":
            found.append(f"{name(obj)}: the chart must not render Secrets (reference existing ones)")
    for obj in workloads:
        spec = pod_spec(obj)
        if not spec.get("securityContext", {}).get("runAsNonRoot"):
            found.append(f"{name(obj)}: pod securityContext.runAsNonRoot is not true")
        for container in spec["containers"]:
            sc = container.get("securityContext", {})
            if not sc.get("readOnlyRootFilesystem") or sc.get("allowPrivilegeEscalation", True):
                found.append(f"{name(obj)}/{container['name']}: not read-only root without privilege escalation")
            target = container["image"].rsplit("/", 1)[-1].split(":")[0]
            if target not in IMAGE_TARGETS:
                found.append(f"{name(obj)}/{container['name']}: image {container['image']} is no Dockerfile target")
            ports = {p["name"] for p in container.get("ports", [])}
            for probe in ("livenessProbe", "readinessProbe", "startupProbe"):
                port = container.get(probe, {}).get("httpGet", {}).get("port")
                if isinstance(port, str) and port not in ports:
                    found.append(f"{name(obj)}/{container['name']}: {probe} uses undeclared port {port}")
            mounts = {m["name"] for m in container.get("volumeMounts", [])}
            volumes = {v["name"] for v in spec.get("volumes", [])}
            found += [f"{name(obj)}: volume {m} mounted but not declared" for m in mounts - volumes]
    for svc in services:
        pods = [d for d in deployments if _selects(svc["spec"]["selector"], pod_labels(d))]
        if not pods:
            found.append(f"{name(svc)}: selects no Deployment's pods")
            continue
        container_ports = {p["name"] for d in pods for c in pod_spec(d)["containers"] for p in c.get("ports", [])}
        for port in svc["spec"]["ports"]:
            target = port.get("targetPort", port["port"])
            if isinstance(target, str) and target not in container_ports:
                found.append(f"{name(svc)}: targetPort {target} is no container port")
    for mon in (o for o in objects if o["kind"] == "ServiceMonitor"):
        matched = [s for s in services if _selects(mon["spec"]["selector"]["matchLabels"], s["metadata"]["labels"])]
        if not matched:
            found.append(f"{name(mon)}: selects no Service")
        svc_ports = {p["name"] for s in matched for p in s["spec"]["ports"]}
        found += [f"{name(mon)}: endpoint port {e['port']} is not a port of its Service"
                  for e in mon["spec"]["endpoints"] if e["port"] not in svc_ports]
    for hpa in (o for o in objects if o["kind"] == "HorizontalPodAutoscaler"):
        ref = hpa["spec"]["scaleTargetRef"]
        if not any(d["metadata"]["name"] == ref["name"] for d in deployments):
            found.append(f"{name(hpa)}: scales a Deployment that is not rendered ({ref['name']})")
    for pdb in (o for o in objects if o["kind"] == "PodDisruptionBudget"):
        if not any(_selects(pdb["spec"]["selector"]["matchLabels"], pod_labels(d)) for d in deployments):
            found.append(f"{name(pdb)}: protects no Deployment's pods")
    return found


def rules_in_chart(objects: list[dict]) -> list[dict]:
    return [g for o in objects if o["kind"] == "PrometheusRule" for g in o["spec"]["groups"]]


def rules_in_repository() -> list[dict]:
    groups = []
    for path in sorted((ROOT / "deploy" / "prometheus" / "rules").glob("*.yml")):
        groups += yaml.safe_load(path.read_text())["groups"]
    return groups
