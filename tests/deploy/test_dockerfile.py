"""deploy/docker/Dockerfile: hadolint plus the repository's own structural rules."""

from __future__ import annotations

from pathlib import Path

import pytest

from .dockerfile_checks import ROOT, module_exists, problems

DOCKERFILE = ROOT / "deploy" / "docker" / "Dockerfile"
SERVICES = ("gateway", "router", "metering", "billing", "retention")
TARGETS = {**{s: f"gammainfra_{s}" for s in SERVICES}, "tools": "gammainfra"}


def test_dockerfile_passes_hadolint_and_structure() -> None:
    assert problems(DOCKERFILE, TARGETS) == []


BROKEN = """\
FROM python:latest AS runtime
RUN cd /tmp && echo hi
COPY no/such/file /app/
FROM runtime AS gateway
ENTRYPOINT ["python", "-m", "gammainfra_nothing"]
"""


def test_a_broken_dockerfile_is_caught(tmp_path: Path) -> None:
    bad = tmp_path / "Dockerfile"
    bad.write_text(BROKEN)
    found = "\n".join(problems(bad, {"gateway": "gammainfra_gateway"}))
    assert "DL3007" in found                      # hadolint: :latest
    assert "DL3003" in found                      # hadolint: cd in RUN
    assert "is not pinned" in found
    assert "'no/such/file' does not exist" in found
    assert "not a numeric non-root uid" in found
    assert "no HEALTHCHECK" in found
    assert "expected 'gammainfra_gateway'" in found


def test_a_source_hidden_by_dockerignore_is_caught(tmp_path: Path) -> None:
    (tmp_path / "docs").mkdir()
    (tmp_path / ".dockerignore").write_text(".git\ndocs\n")
    bad = tmp_path / "Dockerfile"
    bad.write_text("FROM python:3.11.14-slim-bookworm\nCOPY docs /docs\n")
    from .dockerfile_checks import structural_problems
    assert structural_problems(bad, {}, root=tmp_path) == [
        "stage #0: COPY source 'docs' is excluded by .dockerignore"]


def test_the_healthcheck_script_and_installer_are_copied() -> None:
    text = DOCKERFILE.read_text()
    for path in ("deploy/docker/healthcheck.py", "deploy/docker/install-packages.sh", "constraints.txt"):
        assert path in text and (ROOT / path).exists()


@pytest.mark.parametrize("target", SERVICES)
def test_every_service_target_names_its_ops_port(target: str) -> None:
    """The HEALTHCHECK probes GI_HEALTHCHECK_PORT; it must be the service's ops port (DESIGN §9)."""
    ports = {"gateway": 9101, "router": 9102, "metering": 9103, "billing": 9104, "retention": 9105}
    from .dockerfile_checks import parse
    _, stages = parse(DOCKERFILE.read_text())
    stage = next(s for s in stages if s.name == target)
    env = " ".join(rest for kw, rest in stage.instructions if kw == "ENV")
    assert f"GI_HEALTHCHECK_PORT={ports[target]}" in env
    assert any(kw == "EXPOSE" and str(ports[target]) in rest for kw, rest in stage.instructions)
