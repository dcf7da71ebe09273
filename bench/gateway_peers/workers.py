"""Two gateway workers on two cores against one worker (issue 17 item 2: >= 1.7x), as `make bench` runs it:

    .venv/bin/python bench/gateway_peers/workers.py [--seconds 10] [--passes 2]

Per mode (plain, stream) and pass: a fresh gateway with GI_GATEWAY_WORKERS=1, then one with 2, each allowed both
cores (taskset 0,1), a discarded warm-up at c=64, then --seconds at c=64 (passes interleaved, 1 2 1 2, so drift
hits both). wrk and nginx are pinned to core 1, so the second worker shares that core with the load; the upstream's
own ceiling is measured in the same run (nginx answered directly, same core, same connections) to show it is not
what limits. Writes bench/results/workers.json: per mode the pass ratios and the median of the good req/s of each
side, `two_over_one` (the lower mode's ratio of medians: the target must hold for both) and how it was measured.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import install  # noqa: E402
import peers  # noqa: E402
from load import run_wrk, warmed_run  # noqa: E402
from upstream import MODES, Upstream  # noqa: E402

RESULTS = Path(__file__).resolve().parents[1] / "results"
BOTH_CORES, LOAD_CORE = "0,1", 1


def measure(up: Upstream, mode: str, workers: int, api_key: str, seconds: int, workdir: Path) -> dict:
    common = {"core": LOAD_CORE, "target_core": 0, "workdir": workdir}
    with peers.gammainfra(up, mode, workdir=workdir, core=BOTH_CORES, api_key=api_key, log_tag=f"-w{workers}",
                          extra_env={"GI_GATEWAY_WORKERS": str(workers)}) as target:
        run = warmed_run(target, connections=64, duration_s=seconds, **common)
    bad = run.non2xx + run.bad_body
    print(f"{mode:<6} {workers} worker(s)  {run.ok_rps:8,.0f} good req/s  CPU {run.cpu_ms_per_ok:.3f} ms/req  "
          f"p50 {run.p50_ms:.2f} ms  bad {bad}  load {os.getloadavg()[0]:.2f}", flush=True)
    return {"workers": workers, "ok_rps": run.ok_rps, "cpu_ms_per_ok": run.cpu_ms_per_ok, "p50_ms": run.p50_ms,
            "bad": bad}


def upstream_ceiling(up: Upstream, mode: str, seconds: int, workdir: Path) -> float:
    with peers.direct(up, mode) as target:
        run = run_wrk(target, connections=64, duration_s=seconds, core=LOAD_CORE, target_core=0, workdir=workdir)
    return run.ok_rps


def summarise(passes: list[tuple[dict, dict]], ceiling: float) -> dict:
    one = statistics.median(p[0]["ok_rps"] for p in passes)
    two = statistics.median(p[1]["ok_rps"] for p in passes)
    return {"one_worker_rps": round(one, 1), "two_workers_rps": round(two, 1), "ratio": round(two / one, 3),
            "pass_ratios": [round(b["ok_rps"] / a["ok_rps"], 3) for a, b in passes],
            "passes": [{"one": a, "two": b} for a, b in passes],
            "upstream_direct_rps": round(ceiling, 1), "upstream_headroom": round(ceiling / two, 1)}


def two_over_one(by_mode: dict[str, dict]) -> float:
    """The figure the target is judged on: the lower mode's ratio (it must hold for plain and stream both)."""
    return min(m["ratio"] for m in by_mode.values())


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--seconds", type=int, default=10)
    parser.add_argument("--passes", type=int, default=2)
    args = parser.parse_args()
    workdir = install.CACHE / "run"
    workdir.mkdir(parents=True, exist_ok=True)
    api_key = peers.create_gammainfra_key()
    by_mode = {}
    with Upstream(install.CACHE / "nginx", core=LOAD_CORE) as up:
        for mode in MODES:
            passes = [(measure(up, mode, 1, api_key, args.seconds, workdir),
                       measure(up, mode, 2, api_key, args.seconds, workdir)) for _ in range(args.passes)]
            by_mode[mode] = summarise(passes, upstream_ceiling(up, mode, args.seconds, workdir))
    result = {
        "meta": {"date": time.strftime("%Y-%m-%dT%H:%M:%S", time.gmtime()), "seconds": args.seconds,
                 "passes": args.passes, "connections": 64},
        "modes": by_mode,
        "two_over_one": two_over_one(by_mode),
        "how": "1 vs 2 workers, each allowed cores 0,1; wrk + nginx pinned to core 1 (shared with worker 2); "
               "median of {passes} interleaved passes per side; upstream direct {up} req/s = "
               "{head}x what two workers asked".format(
                   passes=args.passes,
                   up=" / ".join(f"{m} {by_mode[m]['upstream_direct_rps']:,.0f}" for m in by_mode),
                   head=" / ".join(f"{by_mode[m]['upstream_headroom']}" for m in by_mode)),
    }
    RESULTS.mkdir(exist_ok=True)
    (RESULTS / "workers.json").write_text(json.dumps(result, indent=1) + "\n")
    print("two workers / one: " + ", ".join(f"{m} {v['ratio']:.2f}x" for m, v in by_mode.items())
          + f" -> {result['two_over_one']:.2f}x")
    return 0


if __name__ == "__main__":
    sys.exit(main())
