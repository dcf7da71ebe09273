"""Installs what the peer benchmark needs, idempotently, outside the tracked tree:

- `wrk` and `nginx` from Debian (apt, as root). The distro's nginx service is
  never started: while apt runs, a temporary policy-rc.d refuses service starts
  (only if the machine has none of its own); the benchmark runs its own nginx.
- LiteLLM proxy, pinned, in its own venv: .cache/bench/litellm-venv.
- The Portkey gateway, pinned, via npm in .cache/bench/portkey, with
  @hono/node-server pinned to 1.13.8 through npm `overrides` (newer versions
  break Portkey's streaming with `TypeError: immutable`, Portkey-AI/gateway#1389).
- py-spy into the repo's .venv (only when profiling), with uv.

Each step checks first and does nothing when the pinned thing is present.
Raises `subprocess.CalledProcessError` when an install command fails.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
CACHE = ROOT / ".cache" / "bench"
LITELLM_VERSION = "1.108.7"
PORTKEY_VERSION = "1.15.2"
HONO_NODE_SERVER_VERSION = "1.13.8"
PY_SPY_VERSION = "0.4.3"
LITELLM_VENV = CACHE / "litellm-venv"
PORTKEY_DIR = CACHE / "portkey"
POLICY_RC_D = Path("/usr/sbin/policy-rc.d")


def _run(argv: list[str], **kwargs) -> None:
    print("  $", " ".join(argv), flush=True)
    subprocess.run(argv, check=True, **kwargs)


def ensure_apt_tools() -> None:
    if shutil.which("wrk") and shutil.which("nginx"):
        return
    env = dict(os.environ, DEBIAN_FRONTEND="noninteractive")
    own_policy = not POLICY_RC_D.exists()
    if own_policy:
        POLICY_RC_D.write_text("#!/bin/sh\nexit 101\n")  # 101 = "action forbidden": no service starts
        POLICY_RC_D.chmod(0o755)
    try:
        _run(["apt-get", "update", "-q"], env=env)
        _run(["apt-get", "install", "-y", "-q", "wrk", "nginx-light"], env=env)
    finally:
        if own_policy:
            POLICY_RC_D.unlink(missing_ok=True)


def _site_packages_has(venv: Path, dist: str, version: str) -> bool:
    return any(venv.glob(f"lib/python*/site-packages/{dist}-{version}.dist-info"))


def ensure_litellm() -> Path:
    """Returns the `litellm` CLI of the dedicated venv."""
    cli = LITELLM_VENV / "bin" / "litellm"
    if cli.exists() and _site_packages_has(LITELLM_VENV, "litellm", LITELLM_VERSION):
        return cli
    python = shutil.which("python3.11") or sys.executable
    if not (LITELLM_VENV / "bin" / "python").exists():
        _run([python, "-m", "venv", str(LITELLM_VENV)])
    _run([str(LITELLM_VENV / "bin" / "pip"), "install", "-q", f"litellm[proxy]=={LITELLM_VERSION}"])
    return cli


def _npm_version(package_dir: Path) -> str | None:
    try:
        return json.loads((package_dir / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return None


def ensure_portkey() -> Path:
    """Returns Portkey's start-server.js."""
    modules = PORTKEY_DIR / "node_modules"
    server = modules / "@portkey-ai" / "gateway" / "build" / "start-server.js"
    hono = [p.parent for p in modules.glob("**/@hono/node-server/package.json")]
    if (server.exists() and _npm_version(server.parents[1]) == PORTKEY_VERSION
            and hono and all(_npm_version(p) == HONO_NODE_SERVER_VERSION for p in hono)):
        return server
    PORTKEY_DIR.mkdir(parents=True, exist_ok=True)
    (PORTKEY_DIR / "package.json").write_text(json.dumps({
        "name": "gammainfra-bench-portkey", "private": True,
        "dependencies": {"@portkey-ai/gateway": PORTKEY_VERSION},
        "overrides": {"@hono/node-server": HONO_NODE_SERVER_VERSION}}, indent=2) + "\n")
    _run(["npm", "install", "--no-audit", "--no-fund", "--loglevel=error"], cwd=PORTKEY_DIR)
    return server


def ensure_py_spy() -> Path:
    py_spy = ROOT / ".venv" / "bin" / "py-spy"
    if py_spy.exists() and _site_packages_has(ROOT / ".venv", "py_spy", PY_SPY_VERSION):
        return py_spy
    _run([str(ROOT / ".venv" / "bin" / "uv"), "pip", "install", "--python", str(ROOT / ".venv" / "bin" / "python"),
          f"py-spy=={PY_SPY_VERSION}"])
    return py_spy


def versions() -> dict[str, str]:
    """What actually runs, as reported by the tools themselves."""
    def out(argv: list[str]) -> str:
        done = subprocess.run(argv, capture_output=True, text=True)
        return (done.stdout + done.stderr).strip().splitlines()[0] if (done.stdout + done.stderr).strip() else "?"
    return {"wrk": out(["wrk", "--version"]).split(" [")[0].removeprefix("wrk "),
            "nginx": out(["nginx", "-v"]).removeprefix("nginx version: "),
            "litellm": LITELLM_VERSION,
            "portkey_gateway": _npm_version(PORTKEY_DIR / "node_modules" / "@portkey-ai" / "gateway") or "?",
            "hono_node_server": HONO_NODE_SERVER_VERSION,
            "node": out(["node", "--version"]),
            "litellm_python": out([str(LITELLM_VENV / "bin" / "python"), "--version"]),
            "gateway_python": out([str(ROOT / ".venv" / "bin" / "python"), "--version"])}


def ensure_all() -> None:
    CACHE.mkdir(parents=True, exist_ok=True)
    ensure_apt_tools()
    ensure_litellm()
    ensure_portkey()
