"""The soak's load: one wrk process per gateway, each rotating over every traffic
shape (chat, streamed chat, embeddings, /v1/messages, streamed /v1/messages) and
every customer's key, in segments of `segment_s` seconds until the target count is
reached. wrk is C: a Python client would cost a core of its own at these rates.

Per segment the Lua script reports every response's status (counted per code),
socket errors and latency percentiles, and appends each 2xx's x-request-id to a file
(one per gateway): the ledger check looks every one of them up. A request still in
flight when a segment ends is never answered to wrk, so it is not counted as a 2xx
(the gateway may still finish and meter it: the ledger can hold more rows than 2xx).
`Totals` adds segments up.
"""

from __future__ import annotations

import asyncio
import json
from dataclasses import dataclass, field
from pathlib import Path

CHAT = [{"role": "user", "content": "soak"}]
# (path, body, anthropic-shaped?) — models picked so the nginx upstream answers each in
# the right wire format (nginx_provider.py): Groq-hosted models stream, the rest answer JSON.
SHAPES = [
    ("/v1/chat/completions", {"model": "openai/gpt-4o-mini", "messages": CHAT}, False),
    ("/v1/chat/completions", {"model": "meta/llama-3.1-8b", "messages": CHAT, "stream": True}, False),
    ("/v1/embeddings", {"model": "openai/text-embedding-3-small", "input": "soak"}, False),
    ("/v1/messages", {"model": "openai/gpt-4o", "max_tokens": 32, "messages": CHAT}, True),
    ("/v1/messages", {"model": "meta/llama-3.3-70b", "max_tokens": 32, "messages": CHAT, "stream": True}, True),
]

LUA = """\
local plan = {{
{plan}
}}
local threads = {{}}

function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  i, codes = 0, {{}}
  ids = io.open(args[1], "a")  -- every 2xx's x-request-id, for the ledger check (run with -t1)
end

function request()
  i = i + 1
  local p = plan[(i % #plan) + 1]
  return wrk.format("POST", p[1], p[2], p[3])
end

function response(status, headers, body)
  codes[tostring(status)] = (codes[tostring(status)] or 0) + 1
  if status >= 200 and status < 300 then
    ids:write(headers["x-request-id"] or headers["X-Request-Id"] or "missing", "\\n")
  end
end

function done(summary, latency, requests)
  local merged = {{}}
  for _, t in ipairs(threads) do
    for code, n in pairs(t:get("codes")) do merged[code] = (merged[code] or 0) + n end
  end
  local parts = {{}}
  for code, n in pairs(merged) do table.insert(parts, string.format('"%s":%d', code, n)) end
  local e = summary.errors
  io.write(string.format(
    'SOAK_JSON {{"requests":%d,"duration_us":%d,"p50_us":%d,"p99_us":%d,"max_us":%d,' ..
    '"socket_errors":%d,"timeouts":%d,"codes":{{%s}}}}\\n',
    summary.requests, summary.duration, latency:percentile(50), latency:percentile(99), latency.max,
    e.connect + e.read + e.write, e.timeout, table.concat(parts, ",")))
end
"""


def _lua_string(text: str) -> str:
    assert "]==]" not in text
    return f"[==[{text}]==]"


def lua_script(api_keys: list[str]) -> str:
    entries = []
    for path, body, anthropic in SHAPES:
        for key in api_keys:
            headers = {"Content-Type": "application/json"}
            headers.update({"x-api-key": key, "anthropic-version": "2023-06-01"} if anthropic
                           else {"Authorization": f"Bearer {key}"})
            header_table = ", ".join(f'["{k}"] = {_lua_string(v)}' for k, v in headers.items())
            entries.append(f"  {{{_lua_string(path)}, {{{header_table}}}, "
                           f"{_lua_string(json.dumps(body, separators=(',', ':')))}}},")
    return LUA.format(plan="\n".join(entries))


@dataclass
class Totals:
    requests: int = 0
    ok_2xx: int = 0
    socket_errors: int = 0
    timeouts: int = 0
    codes: dict[str, int] = field(default_factory=dict)
    segments: list[dict] = field(default_factory=list)

    def add(self, started_s: float, origin: str, raw: dict) -> None:
        self.requests += raw["requests"]
        self.ok_2xx += sum(n for code, n in raw["codes"].items() if 200 <= int(code) < 300)
        self.socket_errors += raw["socket_errors"]
        self.timeouts += raw["timeouts"]
        for code, n in raw["codes"].items():
            self.codes[code] = self.codes.get(code, 0) + n
        self.segments.append({"t_s": round(started_s, 1), "gateway": origin, "requests": raw["requests"],
                              "rps": round(raw["requests"] / (raw["duration_us"] / 1e6), 1),
                              "p50_ms": raw["p50_us"] / 1000, "p99_ms": raw["p99_us"] / 1000,
                              "max_ms": raw["max_us"] / 1000, "codes": raw["codes"],
                              "socket_errors": raw["socket_errors"], "timeouts": raw["timeouts"]})


async def wrk_segment(origin: str, script: Path, ids_file: Path, *, connections: int, seconds: int) -> dict:
    """One wrk run against `origin` (http://host:port), 2xx ids appended to `ids_file`;
    raises RuntimeError without a result."""
    proc = await asyncio.create_subprocess_exec(
        "wrk", "-t1", f"-c{connections}", f"-d{seconds}s", "--timeout", "10s", "-s", str(script), origin,
        "--", str(ids_file),
        stdout=asyncio.subprocess.PIPE, stderr=asyncio.subprocess.PIPE)
    out, err = await proc.communicate()
    line = next((ln for ln in out.decode().splitlines() if ln.startswith("SOAK_JSON ")), None)
    if line is None:
        raise RuntimeError(f"wrk gave no result for {origin}:\n{out.decode()}\n{err.decode()}")
    return json.loads(line.removeprefix("SOAK_JSON "))
