"""Where a metering process's time goes: py-spy (nonblocking, low rate) samples
the running consumer; samples are folded into stages by the innermost frame of
ours or of a library we can name. Also CPU seconds of the metering process and
of its PostgreSQL backends from /proc (same machine), against wall time.

Needs py-spy (installed into .venv like bench/gateway_peers does) and ptrace
rights (root here).
"""

from __future__ import annotations

import os
import re
import subprocess
import sys
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent / "gateway_peers"))

from install import ensure_py_spy  # noqa: E402

# (substring of a frame, stage); the innermost matching frame decides.
STAGES = (
    ("copy_records_to_table", "ledger write: COPY (asyncpg encode + send)"),
    ("adapters/ledger.py", "ledger write: statement (waiting on PostgreSQL)"),
    ("adapters/partitions.py", "ledger write: partitions"),
    ("budget_sync.py", "Redis budget sync"),
    ("consumer/steps.py", "sink: build rows / cost check"),
    ("cost_check.py", "sink: build rows / cost check"),
    ("pricing.py", "sink: build rows / cost check"),
    ("compiled.py", "validate (fastjsonschema)"),
    ("fastjsonschema", "validate (fastjsonschema)"),
    ("validate_with", "validate (fastjsonschema)"),
    ("decode_cloudevent", "decode (CloudEvents headers + orjson)"),
    ("cloudevents.py", "decode (CloudEvents headers + orjson)"),
    ("aiokafka/", "Kafka fetch (aiokafka)"),
    ("consumer/runner.py", "runner loop / pipeline steps"),
    ("consumer/steps.py", "runner loop / pipeline steps"),
    ("structlog", "logging"),
)
_LINE = re.compile(r"^(?P<stack>.*) (?P<count>\d+)$")


def start_profiler(pid: int, out: Path, seconds: int) -> subprocess.Popen:
    py_spy = ensure_py_spy()
    argv = [str(py_spy), "record", "--pid", str(pid), "--rate", "50", "--nonblocking", "--idle",
            "--duration", str(seconds), "--format", "raw", "--output", str(out)]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def summarize(raw: Path) -> dict[str, float]:
    """Share of samples per stage (idle = the event loop waiting for I/O)."""
    stages: Counter[str] = Counter()
    total = 0
    for line in raw.read_text().splitlines():
        match = _LINE.match(line)
        if not match:
            continue
        count = int(match["count"])
        frames = match["stack"].split(";")
        total += count
        stage = None
        for frame in frames:
            for needle, name in STAGES:
                if needle in frame:
                    stage = name
                    break
        if stage is None:
            leaf = frames[-1]
            stage = "idle (event loop waiting)" if ("select" in leaf or "_run_once" in leaf or "poll" in leaf) \
                else "other"
        stages[stage] += count
    return {k: round(100 * v / total, 1) for k, v in stages.most_common()} if total else {}


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
