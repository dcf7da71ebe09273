"""compose/: the file against the Compose specification's JSON schema (from the compose-go
module, fetched by scripts/install_deploy_tools.sh), and everything it names consistent:
build targets, pinned images, volumes, bind mounts, ports, scrape targets, the TLS edge's
upstreams, environment variables and interpolations documented in .env.example."""

from __future__ import annotations

import json
import re
import subprocess
from pathlib import Path

import jsonschema
import yaml

from .dockerfile_checks import ROOT, parse

COMPOSE = ROOT / "compose"
SCHEMA = ROOT / ".cache" / "deploy" / "compose-spec.json"
DOCKERFILE = ROOT / "deploy" / "docker" / "Dockerfile"
OPS_PORTS = {"gateway": 9101, "router": 9102, "metering": 9103, "billing": 9104, "retention": 9105}
INTERPOLATION = re.compile(r"\$\{([A-Z0-9_]+)(?::?[-?][^}]*)?\}")


def load(path: Path = COMPOSE / "compose.yaml") -> dict:
    return yaml.safe_load(path.read_text())


def schema_errors(doc: dict) -> list[str]:
    if not SCHEMA.exists():
        raise RuntimeError(f"{SCHEMA} missing: scripts/install_deploy_tools.sh fetches it")
    validator = jsonschema.Draft202012Validator(json.loads(SCHEMA.read_text()))
    return [f"{'/'.join(map(str, e.path))}: {e.message}" for e in validator.iter_errors(doc)]


def documented_variables() -> set[str]:
    return set(re.findall(r"^# (GI_[A-Z0-9_]+)=", (ROOT / ".env.example").read_text(), re.M))


def _image_pinned(image: str) -> bool:
    name, _, tag = image.rpartition(":")
    return bool(name) and tag not in ("", "latest")


def consistency_problems(doc: dict, compose_dir: Path = COMPOSE) -> list[str]:
    found: list[str] = []
    services: dict = doc["services"]
    _, stages = parse(DOCKERFILE.read_text())
    stage_names = {s.name for s in stages}
    built = {}
    declared_volumes = set(doc.get("volumes") or {})
    used_volumes: set[str] = set()
    host_ports: list[str] = []
    documented = documented_variables()
    for name, svc in services.items():
        image = svc.get("image", "")
        if not _image_pinned(image.replace("${GI_IMAGE_TAG:-dev}", "dev")):
            found.append(f"{name}: image {image!r} is not pinned by tag")
        if "build" in svc:
            build = svc["build"]
            context = (compose_dir / build["context"]).resolve()
            if not (context / build["dockerfile"]).exists():
                found.append(f"{name}: Dockerfile {build['dockerfile']} not found in {context}")
            if build.get("target") not in stage_names:
                found.append(f"{name}: build target {build.get('target')!r} is no Dockerfile stage")
            elif not image.startswith(f"gammainfra/{build['target']}:"):
                found.append(f"{name}: image {image} does not name its build target {build['target']}")
            built[image] = name
        for dep in svc.get("depends_on") or []:
            if dep not in services:
                found.append(f"{name}: depends on unknown service {dep}")
        for volume in svc.get("volumes") or []:
            source = volume.split(":")[0]
            if source.startswith((".", "/")):
                if not (compose_dir / source).exists():
                    found.append(f"{name}: bind mount source {source} does not exist")
            else:
                used_volumes.add(source)
                if source not in declared_volumes:
                    found.append(f"{name}: volume {source} is not declared")
        for port in svc.get("ports") or []:
            host = str(port).rsplit(":", 1)[0]
            host_ports.append(host)
        for key, value in (svc.get("environment") or {}).items():
            if key.startswith("GI_") and key not in documented:
                found.append(f"{name}: {key} is no documented setting (.env.example)")
    for name, svc in services.items():
        image = svc.get("image", "")
        if image.startswith("gammainfra/") and image not in built:
            found.append(f"{name}: image {image} is built by no service")
    found += [f"volume {v} is declared but never used" for v in sorted(declared_volumes - used_volumes)]
    dupes = {p for p in host_ports if host_ports.count(p) > 1}
    found += [f"host port {p} is published twice" for p in sorted(dupes)]
    text = (compose_dir / "compose.yaml").read_text()
    found += [f"${{{v}}} is not documented in .env.example" for v in sorted(set(INTERPOLATION.findall(text)) - documented)]
    return found


def scrape_problems(doc: dict, prometheus: dict) -> list[str]:
    """Every GammaInfra service is scraped, by its compose name, on the ops port it is configured with."""
    found = []
    services = doc["services"]
    targets = {job["job_name"]: [t for sc in job["static_configs"] for t in sc["targets"]]
               for job in prometheus["scrape_configs"]}
    for component, port in OPS_PORTS.items():
        names = [n for n in services if n == component or n.startswith(f"{component}-")]
        expected = sorted(f"{n}:{port}" for n in names)
        if not names:
            found.append(f"{component}: no compose service")
        if sorted(targets.get(f"gammainfra-{component}", [])) != expected:
            found.append(f"gammainfra-{component}: scrapes {targets.get(f'gammainfra-{component}')}, expected {expected}")
        for n in names:
            env = services[n].get("environment") or {}
            configured = {int(v) for k, v in env.items() if k.endswith("_OPS_PORT")}
            if configured != {port}:
                found.append(f"{n}: ops port {configured} is not {port}")
            if str(port) not in [str(e) for e in services[n].get("expose", [])]:
                found.append(f"{n}: does not expose {port}")
    return found


def test_compose_matches_the_compose_specification() -> None:
    assert schema_errors(load()) == []


def test_compose_is_consistent() -> None:
    assert consistency_problems(load()) == []


def test_every_service_is_scraped_on_its_ops_port() -> None:
    assert scrape_problems(load(), yaml.safe_load((COMPOSE / "prometheus.yml").read_text())) == []


def test_at_least_two_gateways_behind_the_tls_edge() -> None:
    doc = load()
    gateways = sorted(n for n in doc["services"] if n.startswith("gateway-"))
    assert len(gateways) >= 2
    caddyfile = (COMPOSE / "Caddyfile").read_text()
    upstreams = re.search(r"reverse_proxy ([^{]+)\{", caddyfile).group(1).split()
    assert sorted(u.split(":")[0] for u in upstreams) == gateways
    assert all(u.endswith(":8080") for u in upstreams)
    adapted = subprocess.run(["caddy", "adapt", "--config", str(COMPOSE / "Caddyfile"), "--adapter", "caddyfile"],
                             capture_output=True, text=True, env={"PATH": "/usr/bin:/bin", "HOME": "/tmp"})
    assert adapted.returncode == 0, adapted.stderr
    server = json.loads(adapted.stdout)["apps"]["http"]["servers"]["srv0"]
    assert server["listen"] == [":443"]  # HTTPS only: Caddy adds the :80 redirect itself
    proxy = json.dumps(server["routes"])
    assert '"port": 9101' in proxy and '"uri": "/readyz"' in proxy and '"flush_interval": -1' in proxy
    assert "logs" not in server  # no access log: it would hold client IP addresses


def test_one_shot_setup_and_observability() -> None:
    services = load()["services"]
    assert services["migrate"]["command"][0] == "migrate" and services["topics"]["command"][:2] == ["topics", "bootstrap"]
    assert services["migrate"]["restart"] == services["topics"]["restart"] == "no"
    assert services["kafka"]["image"].startswith("apache/kafka:")
    assert services["kafka"]["environment"]["KAFKA_PROCESS_ROLES"] == "broker,controller"  # KRaft
    for name in ("gateway-1", "router", "metering"):
        assert services[name]["depends_on"]["migrate"]["condition"] == "service_completed_successfully"
    mounts = " ".join(services["prometheus"]["volumes"] + services["grafana"]["volumes"])
    assert "../deploy/prometheus/rules" in mounts and "../deploy/grafana/dashboards" in mounts


def test_kafka_image_is_the_version_the_local_stack_runs() -> None:
    from gammainfra_devstack.kafka import KAFKA_VERSION
    assert load()["services"]["kafka"]["image"] == f"apache/kafka:{KAFKA_VERSION}"


def test_promtool_accepts_the_compose_prometheus_config() -> None:
    run = subprocess.run(["promtool", "check", "config", str(COMPOSE / "prometheus.yml")],
                         capture_output=True, text=True)
    assert run.returncode == 0, run.stdout + run.stderr


# -- the checks fail on broken input -------------------------------------------------------

def test_broken_compose_files_are_caught() -> None:
    doc = load()
    doc["services"]["router"]["ports"] = "9102"           # schema: must be a list
    doc["services"]["router"]["restart"] = 7
    assert len(schema_errors(doc)) >= 2

    doc = load()
    doc["services"]["router"]["build"]["target"] = "routr"
    doc["services"]["metering"]["image"] = "gammainfra/metering:latest"
    doc["services"]["metering"]["environment"]["GI_METERING_TYPO"] = "1"
    doc["services"]["grafana"]["volumes"].append("./no/such/dir:/x")
    doc["services"]["prometheus"]["volumes"].append("undeclared:/y")
    doc["services"]["grafana"]["ports"].append("127.0.0.1:9090:9091")
    doc["services"]["caddy"]["depends_on"].append("gateway-3")
    found = "\n".join(consistency_problems(doc))
    for expected in ("build target 'routr'", "not pinned", "GI_METERING_TYPO is no documented setting",
                     "./no/such/dir does not exist", "volume undeclared is not declared",
                     "host port 127.0.0.1:9090 is published twice", "unknown service gateway-3"):
        assert expected in found, expected

    doc = load()
    doc["services"]["router"]["environment"]["GI_ROUTER_OPS_PORT"] = "9999"
    prometheus = yaml.safe_load((COMPOSE / "prometheus.yml").read_text())
    prometheus["scrape_configs"][0]["static_configs"][0]["targets"].pop()
    found = "\n".join(scrape_problems(doc, prometheus))
    assert "router: ops port {9999} is not 9102" in found and "gammainfra-gateway: scrapes" in found
