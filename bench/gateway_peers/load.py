"""The load: wrk (pinned to the load core) posting one chat request over and over,
with a Lua script that builds the request and checks every response.

A gateway that fails fast must not look fast, so each run reports, besides
wrk's latency percentiles and request count, the responses with status >= 300
(counted in Lua and cross-checked with wrk's own "Non-2xx or 3xx" count), the
2xx responses whose body lacks the expected marker (`"chat.completion"` for
plain, `[DONE]` for a stream: a stream cut short is a failure), and socket
errors. While wrk runs, the target's process tree is sampled for RSS (max) and
CPU time (delta), so cost per request is measured, not inferred.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from dataclasses import asdict, dataclass
from pathlib import Path

from procs import core_busy_seconds, cpu_seconds, rss_bytes

PROMPT = "Say hello in one short sentence."
EXPECT = {"plain": '"chat.completion"', "stream": "[DONE]"}

LUA = """\
wrk.method = "POST"
wrk.body = [==[{body}]==]
{headers}
local expect = [==[{expect}]==]
local threads = {{}}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  bad_status, bad_body, codes = 0, 0, {{}}
end

function response(status, headers, body)
  if status >= 300 then
    bad_status = bad_status + 1
    codes[tostring(status)] = (codes[tostring(status)] or 0) + 1
  elseif not string.find(body, expect, 1, true) then
    bad_body = bad_body + 1
  end
end

function done(summary, latency, requests)
  local bs, bb, parts = 0, 0, {{}}
  for _, t in ipairs(threads) do
    bs = bs + t:get("bad_status")
    bb = bb + t:get("bad_body")
    for code, n in pairs(t:get("codes")) do table.insert(parts, string.format('"%s":%d', code, n)) end
  end
  local e = summary.errors
  io.write(string.format(
    'BENCH_JSON {{"requests":%d,"duration_us":%d,"p50_us":%d,"p90_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"mean_us":%.1f,"non2xx":%d,"bad_body":%d,"wrk_non2xx":%d,"socket_errors":%d,"codes":{{%s}}}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(90),
    latency:percentile(99), latency.max, latency.mean, bs, bb, e.status,
    e.connect + e.read + e.write + e.timeout, table.concat(parts, ",")))
end
"""


def chat_body(model: str, *, stream: bool) -> str:
    body = {"model": model, "messages": [{"role": "user", "content": PROMPT}], "max_tokens": 16}
    if stream:
        body["stream"] = True
    return json.dumps(body, separators=(",", ":"))


def lua_script(model: str, mode: str, headers: dict[str, str]) -> str:
    all_headers = {"Content-Type": "application/json", **headers}
    lines = "\n".join(f'wrk.headers["{k}"] = [==[{v}]==]' for k, v in all_headers.items())
    return LUA.format(body=chat_body(model, stream=mode == "stream"), headers=lines, expect=EXPECT[mode])


@dataclass
class Run:
    target: str
    mode: str
    connections: int
    duration_s: float
    requests: int
    rps: float            # every completed response, whatever its status
    ok_rps: float         # 2xx with the expected body only: what the targets are judged on
    p50_ms: float
    p90_ms: float
    p99_ms: float
    max_ms: float
    non2xx: int
    bad_body: int
    socket_errors: int
    codes: dict[str, int]
    max_rss_mb: float | None
    cpu_ms_per_ok: float | None  # target's CPU time (whole process tree) per good response
    target_cpu_pct: float | None  # target's CPU use over the run (100 = one core)
    others_on_target_core_pct: float | None  # the target core's busy time not spent by the target

    def as_dict(self) -> dict:
        return asdict(self)


class _Sampler(threading.Thread):
    """Max RSS of a process tree, every 100 ms, until stopped."""

    def __init__(self, pid: int) -> None:
        super().__init__(daemon=True)
        self.pid, self.max_rss = pid, 0
        self._stop_event = threading.Event()

    def run(self) -> None:
        while not self._stop_event.is_set():
            self.max_rss = max(self.max_rss, rss_bytes(self.pid))
            self._stop_event.wait(0.1)

    def stop(self) -> int:
        self._stop_event.set()
        self.join()
        return self.max_rss


def run_wrk(target, *, connections: int, duration_s: int, core: int, target_core: int, workdir: Path) -> Run:
    """One wrk run (pinned to `core`) against `target` (a peers.Target, pinned to `target_core`).

    Raises RuntimeError if wrk prints no result.
    """
    script = workdir / f"wrk-{target.mode}.lua"
    script.write_text(lua_script(target.model, target.mode, target.headers))
    argv = ["taskset", "-c", str(core), "wrk", "-t1", f"-c{connections}", f"-d{duration_s}s", "--latency",
            "--timeout", "10s", "-s", str(script), target.url]
    sampler = _Sampler(target.pid) if target.pid else None
    cpu_before = cpu_seconds(target.pid) if target.pid else 0.0
    core_before, started = core_busy_seconds(target_core), time.monotonic()
    if sampler:
        sampler.start()
    try:
        done = subprocess.run(argv, capture_output=True, text=True, timeout=duration_s + 60)
    finally:
        max_rss = sampler.stop() if sampler else None
    wall = time.monotonic() - started
    cpu = cpu_seconds(target.pid) - cpu_before if target.pid else None
    core_busy = core_busy_seconds(target_core) - core_before
    line = next((ln for ln in done.stdout.splitlines() if ln.startswith("BENCH_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result for {target.name}/{target.mode}:\n{done.stdout}\n{done.stderr}")
    raw = json.loads(line.removeprefix("BENCH_JSON "))
    seconds = raw["duration_us"] / 1e6
    ok = raw["requests"] - raw["non2xx"] - raw["bad_body"]
    return Run(target=target.name, mode=target.mode, connections=connections, duration_s=round(seconds, 2),
               requests=raw["requests"], rps=round(raw["requests"] / seconds, 1), ok_rps=round(ok / seconds, 1),
               p50_ms=raw["p50_us"] / 1000, p90_ms=raw["p90_us"] / 1000, p99_ms=raw["p99_us"] / 1000,
               max_ms=raw["max_us"] / 1000, non2xx=max(raw["non2xx"], raw["wrk_non2xx"]),
               bad_body=raw["bad_body"], socket_errors=raw["socket_errors"], codes=raw["codes"],
               max_rss_mb=round(max_rss / 2**20, 1) if max_rss else None,
               cpu_ms_per_ok=round(cpu * 1000 / ok, 3) if cpu is not None and ok else None,
               target_cpu_pct=round(100 * cpu / wall, 1) if cpu is not None else None,
               others_on_target_core_pct=round(100 * max(core_busy - (cpu or 0.0), 0.0) / wall, 1))


def settle(seconds: float = 1.0) -> None:
    """A pause between runs so the previous run's connections are closed."""
    time.sleep(seconds)


def warmed_run(target, *, connections: int, duration_s: int, warmup_s: int = 3, **common) -> Run:
    """A discarded warm-up at c=64, a pause, then the run that counts (`common`: run_wrk's core, target_core,
    workdir)."""
    run_wrk(target, connections=64, duration_s=warmup_s, **common)
    settle()
    return run_wrk(target, connections=connections, duration_s=duration_s, **common)
