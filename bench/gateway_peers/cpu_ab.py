"""CPU ms per good request of GammaInfra, A/B by environment, in one run (the robust figure on a shared machine):

    .venv/bin/python bench/gateway_peers/cpu_ab.py [--seconds 8] [--mode plain] [--passes 2] [--bare]
        [NAME=ENV1=V1,ENV2=V2 ...]

Each variant (the default "as is" first) gets a fresh gateway pinned to the gateway core, a discarded
warm-up at c=64, then one run at --connections; prints CPU ms per good response, good req/s and the load
average. `--bare` measures the bare proxy too, once per variant with that variant's environment.
`--passes N` repeats the whole sequence N times, interleaved (A B A B), so drift hits every variant.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import install  # noqa: E402
import peers  # noqa: E402
from load import warmed_run  # noqa: E402
from upstream import Upstream  # noqa: E402

GATEWAY_CORE, LOAD_CORE = 0, 1


def parse_variants(specs: list[str]) -> list[tuple[str, dict[str, str]]]:
    """The code as it is, then one (name, environment) per NAME=ENV=VALUE[,ENV=VALUE] argument."""
    variants = [("as-is", {})]
    for spec in specs:
        name, _, assigns = spec.partition("=")
        variants.append((name, dict(a.split("=", 1) for a in assigns.split(",") if a)))
    return variants


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=8)
    parser.add_argument("--mode", default="plain", choices=("plain", "stream"))
    parser.add_argument("--bare", action="store_true", help="also the bare proxy")
    parser.add_argument("--connections", type=int, default=64)
    parser.add_argument("--passes", type=int, default=1)
    parser.add_argument("--gateway-cores", default=str(GATEWAY_CORE),
                        help="taskset list for the targets, e.g. 0,1 for two workers on two cores (the 'others on "
                             "core' column still reads core 0)")
    parser.add_argument("variants", nargs="*", help="NAME=ENV=VALUE[,ENV=VALUE]")
    args = parser.parse_args()
    variants = parse_variants(args.variants)
    workdir = install.CACHE / "run"
    workdir.mkdir(parents=True, exist_ok=True)
    api_key = peers.create_gammainfra_key()
    common = {"core": LOAD_CORE, "target_core": GATEWAY_CORE, "workdir": workdir}
    with Upstream(install.CACHE / "nginx", core=LOAD_CORE) as up:
        runs = [(f"bare {name}", peers.bare_proxy, {"extra_env": env}) for name, env in variants] if args.bare else []
        runs += [(name, peers.gammainfra, {"api_key": api_key, "extra_env": env, "log_tag": f"-ab-{name}"})
                 for name, env in variants]
        for name, factory, kwargs in runs * args.passes:
            with factory(up, args.mode, workdir=workdir, core=args.gateway_cores, **kwargs) as target:
                run = warmed_run(target, connections=args.connections, duration_s=args.seconds, **common)
                print(f"{name:<24} {args.mode} c={args.connections}  CPU {run.cpu_ms_per_ok:.3f} ms/req  {run.ok_rps:8,.0f} good req/s  "
                      f"p50 {run.p50_ms:.2f} ms  bad {run.non2xx + run.bad_body}  RSS {run.max_rss_mb} MB  "
                      f"others on core {run.others_on_target_core_pct}%  load {os.getloadavg()[0]:.2f}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
