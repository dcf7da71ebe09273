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
    ("adapters/ledger.py", "ledger write: statement"),
    ("adapters/partitions.py", "ledger write: statement"),
    ("budget_sync.py", "Redis budget sync"),
    ("gammainfra_metering/consumer/steps.py", "metering steps: cost check, staging rows"),
    ("gammainfra_metering/consumer/staging.py", "metering steps: cost check, staging rows"),
    ("cost_check.py", "metering steps: cost check, staging rows"),
    ("pricing.py", "metering steps: cost check, staging rows"),
    ("gammainfra_common/consumer/steps.py", "pipeline plumbing (RunTask, BatchSink, Commit, Message)"),
    ("consumer/message.py", "pipeline plumbing (RunTask, BatchSink, Commit, Message)"),
    ("consumer/runner.py", "pipeline plumbing (RunTask, BatchSink, Commit, Message)"),
    ("dead_letter.py", "pipeline plumbing (RunTask, BatchSink, Commit, Message)"),
    ("compiled.py", "validate (jsonschema-rs)"),
    ("<string>", "validate (compiled)"),
    ("validate_with", "validate (jsonschema-rs)"),
    ("decode_cloudevent", "decode (CloudEvents headers + orjson)"),
    ("cloudevents.py", "decode (CloudEvents headers + orjson)"),
    ("aiokafka/", "Kafka fetch (aiokafka)"),
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
            # uvloop runs the loop in C: a sample whose innermost Python frame is the
            # loop's entry point is the loop waiting for I/O (PostgreSQL, Kafka, Redis).
            stage = "idle: event loop waiting on I/O" if ("Runner.run" in leaf or "select" in leaf) else "other"
        stages[stage] += count
    return {k: round(100 * v / total, 1) for k, v in stages.most_common()} if total else {}


def cpu_seconds(pid: int) -> float:
    """utime + stime of a process, from /proc (0 when it is gone)."""
    try:
        fields = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()
    except OSError:
        return 0.0
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
