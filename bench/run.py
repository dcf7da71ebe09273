"""`make bench`: every benchmark script in bench/, one after the other, each
writing its numbers to bench/results/<name>.json; then bench/targets.py puts
every speed target of that run in one table (bench/results/targets.md).

    .venv/bin/python bench/run.py [--runs N]

`--runs 2` (make bench BENCH_RUNS=2) repeats the whole set and ends with the
last two runs side by side: a target counts as met only when it is met in both.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
from pathlib import Path

BENCHMARKS = ["classifier.py", "consumer_plumbing.py", "router.py", "metering_throughput.py", "gateway_peers/run.py",
              "gateway_peers/workers.py",
              "billing_close.py", "retention_ledger.py", "retention_export.py", "overload.py", "growth.py"]

if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=1)
    args = parser.parse_args()
    root = Path(__file__).resolve().parent.parent
    failed = []
    for _ in range(args.runs):
        failed += [name for name in BENCHMARKS
                   if subprocess.run([sys.executable, str(root / "bench" / name)], cwd=root).returncode != 0]
        subprocess.run([sys.executable, str(root / "bench" / "targets.py")], cwd=root, check=True)
    if args.runs > 1:
        subprocess.run([sys.executable, str(root / "bench" / "targets.py"), "--compare"], cwd=root, check=True)
    sys.exit(f"failed: {', '.join(failed)}" if failed else 0)
