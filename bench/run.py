"""`make bench`: every benchmark script in bench/, one after the other, each
writing its numbers to bench/results/<name>.json."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

BENCHMARKS = ["classifier.py", "consumer_plumbing.py", "router.py", "metering_throughput.py", "gateway_peers/run.py",
              "billing_close.py", "retention_ledger.py", "retention_export.py", "overload.py", "growth.py"]

if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    failed = [name for name in BENCHMARKS
              if subprocess.run([sys.executable, str(root / "bench" / name)], cwd=root).returncode != 0]
    sys.exit(f"failed: {', '.join(failed)}" if failed else 0)
