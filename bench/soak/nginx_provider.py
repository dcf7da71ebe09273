"""The soak's provider: our own nginx answering every provider call with a fixed body
(the peers bench's upstream, bench/gateway_peers/upstream.py, plus embeddings), so the
soak measures GammaInfra's processes and not a Python fake burning a core.

nginx does not read the body, so the answer is chosen by the path the gateway builds
from GI_UPSTREAM_URL_TEMPLATE (`<origin>/{endpoint}` + the catalog's base path):

- `/groq-us/...`                   -> the OpenAI stream (the soak streams Groq-hosted models)
- `.../embeddings`                 -> an OpenAI embedding list
- anything else                    -> the OpenAI `chat.completion`

Every answer carries usage, so every 2xx is metered and priced.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent / "gateway_peers"))

from procs import Service, free_port  # noqa: E402
import upstream  # noqa: E402
from upstream import COMPLETION, _compact, fixed_answer, sse_body  # noqa: E402

EMBEDDING = {"object": "list", "model": "text-embedding-3-small",
             "data": [{"object": "embedding", "index": 0, "embedding": [0.01, -0.02, 0.03, 0.04]}],
             "usage": {"prompt_tokens": 3, "total_tokens": 3}}


def nginx_conf(port: int, workdir: Path) -> str:
    locations = (fixed_answer("/groq-us/", "text/event-stream", sse_body())
                 + fixed_answer("~ /embeddings$", "application/json", _compact(EMBEDDING))
                 + fixed_answer("/", "application/json", _compact(COMPLETION)))
    return upstream.nginx_conf(port, workdir, locations, listen_extra="",
                               http_extra="    client_body_buffer_size 64k;\n")


class SoakUpstream:
    """`with SoakUpstream(workdir) as up:` runs nginx and stops it afterwards."""

    def __init__(self, workdir: Path) -> None:
        workdir = workdir.resolve()
        self.port = free_port()
        (workdir / "tmp").mkdir(parents=True, exist_ok=True)
        conf = workdir / "nginx.conf"
        conf.write_text(nginx_conf(self.port, workdir))
        self.service = Service("nginx", ["nginx", "-p", str(workdir), "-e", str(workdir / "error.log"),
                                         "-c", str(conf)], log=workdir / "stdout.log")
        self.pid = self.service.pid
        try:
            self.service.wait_http(f"http://127.0.0.1:{self.port}/openai-us/v1/chat/completions",
                                   timeout_s=10, method="POST", body=b"{}")
        except BaseException:
            self.service.stop()
            raise

    @property
    def template(self) -> str:
        return f"http://127.0.0.1:{self.port}/{{endpoint}}"

    def __enter__(self) -> SoakUpstream:
        return self

    def __exit__(self, *_exc) -> None:
        self.service.stop()
