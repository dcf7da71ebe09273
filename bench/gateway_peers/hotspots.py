"""Where GammaInfra's CPU goes at c=64: py-spy (pinned to the load core) samples
the benchmark gateway while wrk loads it. Per mode it writes, under
.cache/bench/profile/, a collapsed-stack file (`gammainfra-<mode>-c64.txt`) and a
flamegraph (`gammainfra-<mode>-c64.svg`), each from its own c=64 run, and returns
a summary of the collapsed stacks:

- `by_stage`: each sample charged to the pipeline stage of its innermost frame
  that matches a stage rule (rate limiting, event emission, upstream call, ...);
  a sample with no such frame is server/event-loop plumbing.
- `owner`: each sample charged to its innermost GammaInfra frame (our function
  plus the library work it called), else to the leaf's package.
- `self`, `self_by_package`, `inclusive`: the usual views. Coroutines resumed by
  the event loop have no common root frame, so inclusive shares of outer frames
  are lower bounds.

Needs py-spy (installed into .venv by install.ensure_py_spy) and ptrace rights
(root here). py-spy runs in blocking mode (whole, consistent stacks; it pauses
the gateway per sample, which costs throughput while profiling, so profiled runs
are reported apart and never used as results). Raises
subprocess.CalledProcessError if py-spy fails.
"""

from __future__ import annotations

import re
import subprocess
from collections import Counter
from pathlib import Path

from install import ensure_py_spy
from load import run_wrk

FRAME = re.compile(r"^(?P<func>.*?) \((?P<file>[^()]*?)(?::\d+)?\)$")
OURS = ("gammainfra_gateway/", "gammainfra_common/", "gammainfra_schemas/")
ENTRY = "gammainfra_gateway/__main__.py"  # the loop's root frames: not work of ours
# In blocking mode py-spy counts an executor thread waiting for work as active; that is idle time.
IDLE_LEAVES = ("_worker (concurrent/futures/thread.py:81)",)
# (substring of a frame, stage); the innermost frame that matches any rule decides.
STAGES = (
    ("ratelimit/", "rate limiting (Redis EVALSHA via redis-py)"),
    ("kafka/", "event emission (event build, spool, aiokafka)"),
    ("aiokafka/", "event emission (event build, spool, aiokafka)"),
    ("RequestRecord.to_event", "event emission (event build, spool, aiokafka)"),
    ("_ts (gammainfra_gateway/record.py", "event emission (event build, spool, aiokafka)"),
    ("providers/", "upstream call (aiohttp client, SSE parse)"),
    ("dispatch.py", "upstream call (aiohttp client, SSE parse)"),
    ("handlers/streaming.py", "stream relay to the client"),
    ("auth/", "authentication"),
    ("handlers/chat.py", "chat handler, parse, routing"),
    ("requests.py", "chat handler, parse, routing"),
    ("routing/", "chat handler, parse, routing"),
    ("new_request_id", "request id (uuid4)"),
    ("middlewares.py", "middlewares (_finish: metrics, log)"),
)
PACKAGES = ("gammainfra_gateway", "gammainfra_common", "gammainfra_schemas", "aiohttp", "multidict", "yarl",
            "structlog", "prometheus_client", "redis", "aiokafka", "asyncpg", "orjson", "uvloop", "asyncio",
            "logging", "bcrypt", "json", "uuid", "typing")


def _package(path: str) -> str:
    for part in re.split(r"[/\\]", path):
        name = part.removesuffix(".py")
        if name in PACKAGES:
            return name
    return "site-packages/other" if "site-packages" in path else (path.rsplit("/", 1)[-1] or "?")


def _frame_key(frame: str) -> str:
    match = FRAME.match(frame)
    if not match:
        return frame
    return f"{match['func']} ({'/'.join(match['file'].split('/')[-2:])})"


def _stage(code: list[str], leaf_package: str) -> str:
    stage = None
    for frame in code:
        for needle, name in STAGES:
            if needle in frame:
                stage = name
    return stage or f"server + event loop plumbing ({leaf_package})"


def summarize(collapsed: Path, top: int = 20) -> dict:
    views = {name: Counter() for name in ("self", "inclusive", "self_by_package", "owner", "by_stage")}
    total = 0
    for line in collapsed.read_text().splitlines():
        stack, _, count = line.rpartition(" ")
        code = [f for f in stack.split(";") if FRAME.match(f)]  # drop thread/process labels, if any
        if not code or not count.isdigit() or code[-1].startswith(IDLE_LEAVES):
            continue
        n = int(count)
        total += n
        leaf_package = _package(FRAME.match(code[-1])["file"])
        views["self"][_frame_key(code[-1])] += n
        views["self_by_package"][leaf_package] += n
        for key in {_frame_key(f) for f in code}:
            views["inclusive"][key] += n
        ours = [f for f in code if any(tag in f for tag in OURS) and ENTRY not in f]
        views["owner"][_frame_key(ours[-1]) if ours else f"(no GammaInfra frame) {leaf_package}"] += n
        views["by_stage"][_stage(code, leaf_package)] += n
    summary: dict = {"samples": total}
    for name, counter in views.items():
        summary[name] = [{"frame": k, "pct": round(100 * v / total, 1)} for k, v in counter.most_common(top)]
    return summary


def _record(py_spy: Path, pid: int, fmt: str, out: Path, seconds: int, core: int) -> subprocess.Popen:
    argv = ["taskset", "-c", str(core), str(py_spy), "record", "--pid", str(pid), "--rate", "200",
            "--duration", str(seconds), "--format", fmt, "--output", str(out)]
    return subprocess.Popen(argv, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True)


def profile(target, *, outdir: Path, workdir: Path, load_core: int, target_core: int, seconds: int = 15,
            connections: int = 64) -> dict:
    """Profiles a running GammaInfra `target` (peers.Target) in two runs at `connections`: collapsed stacks,
    flamegraph."""
    py_spy = ensure_py_spy()
    outdir.mkdir(parents=True, exist_ok=True)
    stem = f"gammainfra-{target.mode}-c{connections}"
    outputs = {"raw": outdir / f"{stem}.txt", "flamegraph": outdir / f"{stem}.svg"}
    runs = []
    for fmt, out in outputs.items():
        recorder = _record(py_spy, target.pid, fmt, out, seconds, load_core)
        runs.append(run_wrk(target, connections=connections, duration_s=seconds, core=load_core, target_core=target_core,
                            workdir=workdir).as_dict())
        output, _ = recorder.communicate(timeout=60)
        if recorder.returncode != 0:
            raise subprocess.CalledProcessError(recorder.returncode, recorder.args, output)
    summary = summarize(outputs["raw"])
    summary["files"] = {k: str(v) for k, v in outputs.items()}
    summary["runs_while_profiled"] = runs
    return summary
