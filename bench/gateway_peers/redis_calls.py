"""Redis script calls (EVALSHA) per good request of GammaInfra, A/B by environment, in one run:

    .venv/bin/python bench/gateway_peers/redis_calls.py [--seconds 8] [--budget] [NAME=ENV1=V1,ENV2=V2 ...]

Like cpu_ab.py (fresh gateway per variant, pinned, warm-up, one c=64 run), plus Redis's own
count of EVALSHA calls (INFO commandstats) around the measured run. With `--budget` the
benchmark customer has a monthly budget (large enough never to refuse), so every request
also reserves and settles. Needs the stack's Redis to itself during the run.
"""

from __future__ import annotations

import argparse
import json
import os
import secrets
import subprocess
import sys
from pathlib import Path

import redis

sys.path.insert(0, str(Path(__file__).resolve().parent))

import install  # noqa: E402
import peers  # noqa: E402
from load import run_wrk, settle  # noqa: E402
from upstream import Upstream  # noqa: E402
from cpu_ab import parse_variants  # noqa: E402

GATEWAY_CORE, LOAD_CORE = 0, 1


def _cli(*argv: str) -> str:
    return subprocess.run([str(peers.ROOT / ".venv" / "bin" / "gammainfra"), *argv], check=True,
                          capture_output=True, text=True, cwd=peers.ROOT,
                          env=dict(os.environ, GI_DATABASE_URL=peers.DATABASE_URL)).stdout


def _evalsha_calls(client: redis.Redis) -> int:
    return int(client.info("commandstats").get("cmdstat_evalsha", {}).get("calls", 0))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--budget", action="store_true", help="the customer has a monthly budget")
    parser.add_argument("variants", nargs="*", help="NAME=ENV=VALUE[,ENV=VALUE]")
    args = parser.parse_args()
    variants = parse_variants(args.variants)
    account = json.loads(_cli("accounts", "create", "--email", f"bench-{secrets.token_hex(6)}@example.com", "--json"))
    if args.budget:
        _cli("budgets", "set", "--customer", account["customer_id"], "--limit-usd", "1000000")
    client = redis.Redis(port=peers.REDIS_PORT)
    workdir = install.CACHE / "run"
    workdir.mkdir(parents=True, exist_ok=True)
    common = {"core": LOAD_CORE, "target_core": GATEWAY_CORE, "workdir": workdir}
    with Upstream(install.CACHE / "nginx", core=LOAD_CORE) as up:
        for name, env in variants:
            with peers.gammainfra(up, "plain", workdir=workdir, core=GATEWAY_CORE, api_key=account["api_key"],
                                  extra_env=env, log_tag=f"-calls-{name}") as target:
                run_wrk(target, connections=64, duration_s=3, **common)
                settle()
                before = _evalsha_calls(client)
                run = run_wrk(target, connections=64, duration_s=args.seconds, **common)
                calls = _evalsha_calls(client) - before
                good = max(run.ok_rps * run.duration_s, 1)
                print(f"{name:<22} budget={'yes' if args.budget else 'no '} EVALSHA {calls:6d} for ~{good:7,.0f} "
                      f"good requests = {calls / good:.4f} a request  CPU {run.cpu_ms_per_ok:.3f} ms/req  "
                      f"{run.ok_rps:6,.0f} req/s  bad {run.non2xx + run.bad_body}  load {os.getloadavg()[0]:.2f}",
                      flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
