"""GammaInfra vs LiteLLM proxy vs Portkey gateway on one machine, one run:

    .venv/bin/python bench/gateway_peers/run.py [--quick] [--profile | --profile-only]
                                                [--no-info] [--only NAME ...] [--strict]

Every target (the upstream itself, a bare aiohttp proxy, GammaInfra at log level WARNING and at INFO,
LiteLLM, Portkey) is started fresh per mode (plain, stream), pinned to the
gateway core, and loaded by wrk from the other core against the same nginx
upstream: a discarded warm-up at c=64, then c=1 (added latency) and c=64
(throughput). Writes bench/results/gateway_peers.json and .md and prints the
table with PASS/MISS against the issue's targets.

Installs what is missing first (install.py, idempotent, into .cache/bench/);
needs PostgreSQL, Redis and Kafka of the local stack (`make bench` brings them
up). Everything it starts is stopped at the end, also on failure or Ctrl-C.
Exit status: 0 when the run completed (misses are results, not errors; with
--strict a MISS exits 1), 1 when the run itself failed.
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import json
import os
import platform
import signal
import socket
import subprocess
import sys
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import install  # noqa: E402
import peers  # noqa: E402
import report  # noqa: E402
from load import run_wrk, settle  # noqa: E402
from upstream import MODES, Upstream  # noqa: E402

GATEWAY_CORE, LOAD_CORE = 0, 1
RESULTS = install.ROOT / "bench" / "results"
WORKDIR = install.CACHE / "run"
INFRA = {"PostgreSQL": peers.PG_PORT, "Redis": peers.REDIS_PORT, "Kafka": peers.KAFKA_PORT}


def _infra_down() -> list[str]:
    down = []
    for name, port in INFRA.items():
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
        except OSError:
            down.append(f"{name} (127.0.0.1:{port})")
    return down


def code_state() -> dict:
    """The commit and the uncommitted files of the measured code (the gateway runs from this checkout)."""
    def git(*argv: str) -> str:
        done = subprocess.run(["git", *argv], cwd=install.ROOT, capture_output=True, text=True)
        return done.stdout.rstrip() if done.returncode == 0 else "?"
    dirty = git("status", "--porcelain", "--", "services", "libs", "schemas")
    return {"commit": git("rev-parse", "--short", "HEAD"),
            "uncommitted": [line[3:] for line in dirty.splitlines()] if dirty != "?" else "?"}


def _targets(api_key: str, with_info: bool) -> list[tuple[str, object, dict]]:
    targets = [("direct", peers.direct, {}), ("bare-proxy", peers.bare_proxy, {}),
               ("gammainfra", peers.gammainfra, {"api_key": api_key, "log_level": "WARNING"})]
    # Levers measured in the same run: each one switched back off ("before").
    targets.append(("gammainfra-redis-per-request", peers.gammainfra,
                    {"api_key": api_key, "log_level": "WARNING", "name": "GammaInfra (lease off: Redis per request)",
                     "extra_env": {"GI_GATEWAY_RATELIMIT_LEASE": "1"}}))
    if with_info:
        targets.append(("gammainfra-info", peers.gammainfra, {"api_key": api_key, "log_level": "INFO"}))
    return targets + [("litellm", peers.litellm, {}), ("portkey", peers.portkey, {})]


def measure(up: Upstream, factory, kwargs: dict, mode: str, durations: dict, problems: list[str]) -> list[dict]:
    runs = []
    with factory(up, mode, workdir=WORKDIR, core=GATEWAY_CORE, **kwargs) as target:
        if target.probe and target.probe != "2xx":
            problems.append(f"{target.name}/{mode}: probe request failed ({target.probe})")
        common = {"core": LOAD_CORE, "target_core": GATEWAY_CORE, "workdir": WORKDIR}
        run_wrk(target, connections=64, duration_s=durations["warmup"], **common)  # discarded
        for connections, seconds in ((1, durations["c1"]), (64, durations["c64"])):
            settle()
            run = run_wrk(target, connections=connections, duration_s=seconds, **common).as_dict()
            print(f"  {target.name:<22} {mode:<6} c={connections:<3} {run['ok_rps']:>9,.0f} good req/s  "
                  f"p50 {run['p50_ms']:.3f} ms  p99 {run['p99_ms']:.3f} ms  non-2xx {run['non2xx']}  "
                  f"bad body {run['bad_body']}  RSS {run['max_rss_mb']} MB", flush=True)
            runs.append(run)
        if target.service and not target.service.alive():
            problems.append(f"{target.name}/{mode}: the process died during the run:\n{target.service.tail(10)}")
    return runs


def profile_gammainfra(up: Upstream, api_key: str, durations: dict) -> dict:
    """py-spy on a fresh GammaInfra per mode at c=64 (see hotspots.py); {mode: summary}."""
    import hotspots  # only now: it installs py-spy into .venv

    found = {}
    for mode in MODES:
        print(f"profiling GammaInfra ({mode}, c=64) with py-spy ...", flush=True)
        with peers.gammainfra(up, mode, workdir=WORKDIR, core=GATEWAY_CORE, api_key=api_key,
                              log_tag="-profile") as target:
            run_wrk(target, connections=64, duration_s=durations["warmup"], core=LOAD_CORE,
                    target_core=GATEWAY_CORE, workdir=WORKDIR)
            found[mode] = hotspots.profile(target, outdir=install.CACHE / "profile", workdir=WORKDIR,
                                           load_core=LOAD_CORE, target_core=GATEWAY_CORE, seconds=durations["c64"])
    return found


def _print_hotspots(hotspots: dict) -> None:
    for mode, summary in hotspots.items():
        for kind, rows in (("by_stage", 12), ("owner", 12), ("self", 12)):
            print(f"py-spy {mode} c=64, {kind}, share of {summary['samples']} samples:")
            for row in summary[kind][:rows]:
                print(f"  {row['pct']:5.1f}%  {row['frame']}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--quick", action="store_true",
                        help="2 s runs, results under .cache/bench/run/: a smoke test, not a result")
    parser.add_argument("--profile", action="store_true", help="then py-spy GammaInfra at c=64 (both modes)")
    parser.add_argument("--profile-only", action="store_true", help="only the py-spy profile (no comparison)")
    parser.add_argument("--no-info", action="store_true", help="skip GammaInfra at log level INFO")
    parser.add_argument("--only", nargs="*", help="targets to run (bare-proxy gammainfra gammainfra-redis-per-request gammainfra-info "
                                                  "litellm portkey); the direct baseline always runs")
    parser.add_argument("--strict", action="store_true", help="exit 1 if a target check is a MISS")
    args = parser.parse_args()
    durations = ({"warmup": 2, "c1": 2, "c64": 2} if args.quick else {"warmup": 5, "c1": 10, "c64": 15})

    if os.cpu_count() is None or os.cpu_count() < 2:
        sys.exit("needs at least 2 cores (one for the gateway, one for wrk and nginx)")
    down = _infra_down()
    if down:
        sys.exit(f"not reachable: {', '.join(down)}; start the stack (`make up` or `gammainfra stack up --infra-only`)")
    print("installing what is missing (idempotent) ...", flush=True)
    install.ensure_all()
    WORKDIR.mkdir(parents=True, exist_ok=True)
    api_key = peers.create_gammainfra_key()
    runs, problems, hotspots = [], [], None
    started, load_at_start, code_at_start = dt.datetime.now(dt.timezone.utc), os.getloadavg(), code_state()
    with Upstream(install.CACHE / "nginx", core=LOAD_CORE) as up:
        for name, factory, kwargs in ([] if args.profile_only else _targets(api_key, with_info=not args.no_info)):
            if args.only and name not in args.only and name != "direct":
                continue
            for mode in MODES:
                print(f"{name} / {mode}", flush=True)
                try:
                    runs += measure(up, factory, kwargs, mode, durations, problems)
                except Exception as exc:  # noqa: BLE001 - one target failing is a result; the others still run
                    problems.append(f"{name}/{mode}: {type(exc).__name__}: {exc}")
                    traceback.print_exc()
        if args.profile or args.profile_only:
            try:
                hotspots = profile_gammainfra(up, api_key, durations)
            except Exception as exc:  # noqa: BLE001 - a failed profile must not lose the measured runs
                problems.append(f"profile: {type(exc).__name__}: {exc}")
                traceback.print_exc()

    if args.profile_only:
        if not hotspots:
            sys.exit("\n".join(problems))
        (WORKDIR / "hotspots.json").write_text(json.dumps(hotspots, indent=2) + "\n")
        _print_hotspots(hotspots)
        print(f"wrote {WORKDIR / 'hotspots.json'}")
        return 0
    report.add_latency_overhead(runs)
    result = {
        "meta": {"date": started.strftime("%Y-%m-%d %H:%M UTC"),
                 "machine": f"{platform.machine()}, {os.cpu_count()} cores, {platform.platform(terse=True)}",
                 "load_average_at_start": load_at_start, "gateway_core": GATEWAY_CORE, "load_core": LOAD_CORE,
                 "c1_seconds": durations["c1"], "c64_seconds": durations["c64"],
                 "warmup_seconds": durations["warmup"], "quick": args.quick, "versions": install.versions(),
                 "code_at_start": code_at_start, "code_at_end": code_state()},
        "runs": runs, "checks": report.check_targets(runs), "problems": problems, "hotspots": hotspots}
    out = WORKDIR if args.quick else RESULTS  # a smoke test never overwrites the published result
    report.write(result, out / "gateway_peers.json", out / "gateway_peers.md")
    print(report.markdown(result))
    if hotspots:
        _print_hotspots(hotspots)
    print(f"wrote {out / 'gateway_peers.json'} and .md")
    misses = [c for c in result["checks"] if c["result"] == "MISS"]
    return 1 if (args.strict and misses) else 0


if __name__ == "__main__":
    # SIGTERM unwinds like Ctrl-C, so the `with` blocks stop everything this run started.
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(143))
    with contextlib.suppress(KeyboardInterrupt):
        sys.exit(main())
    sys.exit(130)
