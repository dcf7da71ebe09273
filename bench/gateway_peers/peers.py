"""The targets under load, each started fresh per mode (plain/stream) and pinned
to the gateway core, each as a context manager yielding a `Target` (URL, headers,
model, the process to measure) and stopping its process group on exit:

- `direct`: the nginx upstream itself (the baseline for added latency).
- `bare-proxy`: bare_proxy.py, an aiohttp pass-through with the gateway's
  upstream client and nothing else: the ceiling for this stack.
- `gammainfra`: a separate benchmark instance of our gateway (never the stack's
  one on 8080), one worker, with auth (a real API key from the database), rate
  limiting (limits set far above the load, so Redis is asked on every request
  but never refuses) and event emission to Kafka all on.
- `litellm`: LiteLLM proxy, one worker, master key auth, offline cost map.
- `portkey`: Portkey gateway, headless, routed with x-portkey-* headers.

Every target is probed with one real request before it is measured; a probe
that does not answer 2xx is recorded, not hidden (the run goes on and wrk
counts the failures).
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import subprocess
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from install import PORTKEY_DIR, ROOT, ensure_litellm, ensure_portkey
from load import chat_body
from procs import Service, free_port
from upstream import Upstream

# The local stack's ports (moved by GI_STACK_*_PORT when several stacks share a machine).
PG_PORT = int(os.environ.get("GI_STACK_POSTGRES_PORT") or 5432)
REDIS_PORT = int(os.environ.get("GI_STACK_REDIS_PORT") or 6379)
KAFKA_PORT = int(os.environ.get("GI_STACK_KAFKA_PORT") or 9092)
DATABASE_URL = f"postgresql://gammainfra:gammainfra@127.0.0.1:{PG_PORT}/gammainfra"
GI_MODEL = "openai/gpt-4o-mini"  # routes to the catalog endpoint openai-us
UPSTREAM_KEY = "sk-bench-upstream"
HUGE_RPM = "100000000"


@dataclass
class Target:
    name: str
    mode: str
    url: str
    model: str
    headers: dict[str, str] = field(default_factory=dict)
    service: Service | None = None
    probe: str = ""

    @property
    def pid(self) -> int | None:
        return self.service.pid if self.service else None


def _probe(target: Target) -> Target:
    """Waits until one real request answers 2xx (or gives up after 30 s and records why)."""
    body = chat_body(target.model, stream=target.mode == "stream").encode()
    headers = dict(target.headers, **{"Content-Type": "application/json"})
    try:
        if target.service:
            target.service.wait_http(target.url, timeout_s=30, method="POST", body=body, headers=headers)
        target.probe = "2xx"
    except RuntimeError as exc:
        target.probe = str(exc).splitlines()[0]
        print(f"  ! probe failed for {target.name}/{target.mode}: {exc}", flush=True)
    return target


def _clean_env(drop_prefixes: tuple[str, ...]) -> dict[str, str]:
    return {k: v for k, v in os.environ.items() if not k.startswith(drop_prefixes)}


@contextlib.contextmanager
def direct(up: Upstream, mode: str, **_) -> Iterator[Target]:
    yield Target("upstream (direct)", mode, up.base(mode) + "/chat/completions", "gpt-4o-mini",
                 {"Authorization": f"Bearer {UPSTREAM_KEY}"})


@contextlib.contextmanager
def bare_proxy(up: Upstream, mode: str, *, workdir: Path, core: int,
               extra_env: dict[str, str] | None = None, **_) -> Iterator[Target]:
    port = free_port()
    argv = [str(ROOT / ".venv" / "bin" / "python"), str(Path(__file__).resolve().parent / "bare_proxy.py"),
            "--port", str(port), "--upstream", up.base(mode)]
    with Service(f"bare-proxy-{mode}", argv, cwd=ROOT, core=core, log=workdir / f"bare-proxy-{mode}.log",
                 env=dict(os.environ, PYTHONUNBUFFERED="1", **(extra_env or {}))) as svc:
        yield _probe(Target("bare aiohttp proxy", mode, f"http://127.0.0.1:{port}/v1/chat/completions",
                            "gpt-4o-mini", {"Authorization": f"Bearer {UPSTREAM_KEY}"}, svc))


def create_gammainfra_key() -> str:
    out = subprocess.run([str(ROOT / ".venv" / "bin" / "gammainfra"), "accounts", "create",
                          "--email", f"bench-{secrets.token_hex(6)}@example.com", "--json"],
                         check=True, capture_output=True, text=True, cwd=ROOT,
                         env=dict(os.environ, GI_DATABASE_URL=DATABASE_URL)).stdout
    return json.loads(out)["api_key"]


@contextlib.contextmanager
def gammainfra(up: Upstream, mode: str, *, workdir: Path, core: int, api_key: str,
               log_level: str = "WARNING", log_tag: str = "", name: str | None = None,
               extra_env: dict[str, str] | None = None) -> Iterator[Target]:
    port, ops_port = free_port(), free_port()
    env = _clean_env(("GI_",))
    env.update({
        "GI_DATABASE_URL": DATABASE_URL,
        "GI_REDIS_URL": f"redis://127.0.0.1:{REDIS_PORT}/0", "GI_KAFKA_BOOTSTRAP": f"127.0.0.1:{KAFKA_PORT}",
        "GI_GATEWAY_PORT": str(port), "GI_GATEWAY_OPS_PORT": str(ops_port), "GI_GATEWAY_WORKERS": "1",
        "GI_GATEWAY_SPOOL_DIR": str(ROOT / ".gi" / "bench-spool"),
        "GI_UPSTREAM_URL_TEMPLATE": up.template(mode),
        "GI_GATEWAY_KEY_RPM": HUGE_RPM, "GI_GATEWAY_IP_RPM": HUGE_RPM,
        "GI_LOG_LEVEL": log_level, "PYTHONUNBUFFERED": "1", **(extra_env or {})})
    name = name or ("GammaInfra" if log_level == "WARNING" else f"GammaInfra (log {log_level})")
    log = workdir / f"gammainfra-{log_level.lower()}-{mode}{log_tag}{'-' + str(len(extra_env)) if extra_env else ''}.log"
    with Service(f"gammainfra-{mode}", [str(ROOT / ".venv" / "bin" / "python"), "-m", "gammainfra_gateway"],
                 env=env, cwd=ROOT, core=core, log=log) as svc:
        svc.wait_http(f"http://127.0.0.1:{ops_port}/readyz", timeout_s=60)
        yield _probe(Target(name, mode, f"http://127.0.0.1:{port}/v1/chat/completions", GI_MODEL,
                            {"Authorization": f"Bearer {api_key}"}, svc))


@contextlib.contextmanager
def litellm(up: Upstream, mode: str, *, workdir: Path, core: int, **_) -> Iterator[Target]:
    cli = ensure_litellm()
    port, master_key = free_port(), f"sk-bench-{secrets.token_hex(8)}"
    config = workdir / "litellm" / f"config-{mode}.yaml"
    config.parent.mkdir(parents=True, exist_ok=True)
    # JSON is YAML; one model pointing at the nginx base of this mode.
    config.write_text(json.dumps({"model_list": [{
        "model_name": "bench-gpt-4o-mini",
        "litellm_params": {"model": "openai/gpt-4o-mini", "api_base": up.base(mode), "api_key": UPSTREAM_KEY}}]},
        indent=2))
    env = dict(os.environ, LITELLM_MASTER_KEY=master_key, LITELLM_LOCAL_MODEL_COST_MAP="True",
               LITELLM_TELEMETRY_DISABLED="True", PYTHONUNBUFFERED="1")
    argv = [str(cli), "--config", str(config), "--host", "127.0.0.1", "--port", str(port), "--num_workers", "1"]
    with Service(f"litellm-{mode}", argv, env=env, cwd=config.parent, core=core,
                 log=workdir / f"litellm-{mode}.log") as svc:
        svc.wait_http(f"http://127.0.0.1:{port}/health/readiness", timeout_s=120)
        yield _probe(Target("LiteLLM", mode, f"http://127.0.0.1:{port}/v1/chat/completions", "bench-gpt-4o-mini",
                            {"Authorization": f"Bearer {master_key}"}, svc))


@contextlib.contextmanager
def portkey(up: Upstream, mode: str, *, workdir: Path, core: int, **_) -> Iterator[Target]:
    server = ensure_portkey()
    port = free_port()
    with Service(f"portkey-{mode}", ["node", str(server), "--headless", f"--port={port}"],
                 cwd=PORTKEY_DIR, core=core, log=workdir / f"portkey-{mode}.log") as svc:
        yield _probe(Target("Portkey", mode, f"http://127.0.0.1:{port}/v1/chat/completions", "gpt-4o-mini",
                            {"Authorization": f"Bearer {UPSTREAM_KEY}", "x-portkey-provider": "openai",
                             "x-portkey-custom-host": up.base(mode)}, svc))
