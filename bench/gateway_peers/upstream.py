"""The very cheap upstream every target calls: our own nginx (one worker, its own
config, pid and log files under .cache/bench/nginx; the distro service is never
touched) answering every POST with a fixed body.

nginx does not look at the JSON body, so the mode is in the path:

- `/plain/...` -> a fixed OpenAI `chat.completion` (application/json)
- `/sse/...`   -> a fixed stream: role chunk, 4 content chunks, finish chunk,
                  usage chunk, `data: [DONE]` (text/event-stream)

Base URLs: `<origin>/plain/v1` and `<origin>/sse/v1` for the peers and the
direct baseline; `<origin>/plain/{endpoint}` (and /sse/...; the gateway appends /v1) as GammaInfra's
GI_UPSTREAM_URL_TEMPLATE. Any path under a prefix gets the same answer.
"""

from __future__ import annotations

import json
from pathlib import Path

from procs import Service, free_port

MODES = ("plain", "stream")
PREFIX = {"plain": "plain", "stream": "sse"}
CREATED = 1767225600
USAGE = {"prompt_tokens": 12, "completion_tokens": 9, "total_tokens": 21,
         "prompt_tokens_details": {"cached_tokens": 0}}

COMPLETION = {
    "id": "chatcmpl-bench0001", "object": "chat.completion", "created": CREATED,
    "model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_bench",
    "choices": [{"index": 0, "message": {"role": "assistant", "content": "Hello! How can I help you today?",
                                         "refusal": None},
                 "logprobs": None, "finish_reason": "stop"}],
    "usage": USAGE,
}


def _chunk(delta: dict, finish: str | None = None, *, usage: dict | None = None, choices: bool = True) -> dict:
    return {"id": "chatcmpl-bench0001", "object": "chat.completion.chunk", "created": CREATED,
            "model": "gpt-4o-mini-2024-07-18", "system_fingerprint": "fp_bench",
            "choices": [{"index": 0, "delta": delta, "logprobs": None, "finish_reason": finish}] if choices else [],
            "usage": usage}


STREAM_CHUNKS = [_chunk({"role": "assistant", "content": "", "refusal": None})]
STREAM_CHUNKS += [_chunk({"content": piece}) for piece in ("Hello!", " How can", " I help", " you today?")]
STREAM_CHUNKS += [_chunk({}, "stop"), _chunk({}, usage=USAGE, choices=False)]


def _compact(obj) -> str:
    return json.dumps(obj, separators=(",", ":"))


def sse_body() -> str:
    return "".join(f"data: {_compact(c)}\n\n" for c in STREAM_CHUNKS) + "data: [DONE]\n\n"


def _nginx_string(text: str) -> str:
    # Single-quoted nginx string; the bodies contain neither ' nor $ (no variables).
    assert "'" not in text and "$" not in text
    return "'" + text.replace("\\", "\\\\").replace("\n", "\\n") + "'"


def fixed_answer(location: str, content_type: str, body: str, *, extra: str = "") -> str:
    """One nginx `location` block answering every request under it with `body`."""
    lines = [f"        location {location} {{", f"            default_type {content_type};"]
    lines += [f"            {extra}"] if extra else []
    lines += [f"            return 200 {_nginx_string(body)};", "        }"]
    return "\n".join(lines) + "\n"


def nginx_conf(port: int, workdir: Path, locations: str | None = None, *, listen_extra: str = "reuseport ",
               http_extra: str = "") -> str:
    """The whole config of one nginx worker (own pid, logs and temp paths under
    `workdir`) serving `locations` (default: this bench's /plain/ and /sse/ answers)."""
    if locations is None:
        locations = (fixed_answer("/plain/", "application/json", _compact(COMPLETION))
                     + fixed_answer("/sse/", "text/event-stream", sse_body(), extra="add_header Cache-Control no-cache;")
                     + "        location / { return 404; }\n")
    temp = "\n".join(f"    {name}_temp_path {workdir / 'tmp' / name};"
                     for name in ("client_body", "proxy", "fastcgi", "uwsgi", "scgi"))
    return f"""\
worker_processes 1;
daemon off;
pid {workdir / 'nginx.pid'};
error_log {workdir / 'error.log'} warn;
events {{ worker_connections 4096; }}
http {{
    access_log off;
    keepalive_requests 100000000;
    keepalive_timeout 300s;
{http_extra}{temp}
    server {{
        listen 127.0.0.1:{port} {listen_extra}backlog=4096;
{locations}    }}
}}
"""


class Upstream:
    """Our nginx, pinned to `core`; `with Upstream(...) as up:` stops it afterwards."""

    def __init__(self, workdir: Path, core: int) -> None:
        workdir = workdir.resolve()
        self.port = free_port()
        self.origin = f"http://127.0.0.1:{self.port}"
        (workdir / "tmp").mkdir(parents=True, exist_ok=True)
        conf = workdir / "nginx.conf"
        conf.write_text(nginx_conf(self.port, workdir))
        self.service = Service("nginx", ["nginx", "-p", str(workdir), "-e", str(workdir / "error.log"),
                                         "-c", str(conf)], log=workdir / "stdout.log", core=core)
        try:
            self.service.wait_http(self.base("plain") + "/chat/completions", timeout_s=10, method="POST", body=b"{}")
        except BaseException:
            self.service.stop()
            raise

    def base(self, mode: str) -> str:
        return f"{self.origin}/{PREFIX[mode]}/v1"

    def template(self, mode: str) -> str:
        return f"{self.origin}/{PREFIX[mode]}/{{endpoint}}"  # + the catalog path (/v1 for openai-us)

    def __enter__(self) -> Upstream:
        return self

    def __exit__(self, *_exc) -> None:
        self.service.stop()
