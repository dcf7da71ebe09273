"""The ceiling for this stack: a bare aiohttp pass-through proxy.

    python bench/gateway_peers/bare_proxy.py --port 9999 --upstream http://127.0.0.1:8081/plain/v1

Same server (aiohttp on uvloop, no access log) and the same upstream client as
the gateway (`providers.http.create_session` and `providers.http.post`: the
gateway's own client, or aiohttp's with GI_GATEWAY_UPSTREAM_CLIENT=aiohttp, as
the gateway's setting of that name), but no auth, no limits, no routing, no
events: it reads the request body, posts it to `<upstream>/chat/completions`
and hands the answer back — whole for JSON, chunk by chunk for an event stream.
Whatever GammaInfra costs above this is the price of what it does.
"""

from __future__ import annotations

import argparse
import os

import aiohttp
import uvloop
from aiohttp import web

from gammainfra_gateway.providers import http
from gammainfra_gateway.providers.base import UpstreamError

SESSION = web.AppKey("session", object)
TIMEOUT = aiohttp.ClientTimeout(total=60, connect=5)


def _classify(status: int, _body, _headers) -> UpstreamError:
    return UpstreamError("upstream_status", retriable=False, status=status)


def build_app(upstream: str) -> web.Application:
    url = upstream.rstrip("/") + "/chat/completions"

    async def proxy(request: web.Request) -> web.StreamResponse:
        body = await request.read()
        headers = {"Content-Type": "application/json",
                   "Authorization": request.headers.get("Authorization", "")}
        try:
            upstream_response = await http.post(request.app[SESSION], url, body, headers, TIMEOUT, _classify)
        except UpstreamError as exc:
            return web.json_response({"error": {"type": "upstream_error", "message": str(exc)}}, status=502)
        content_type = upstream_response.headers.get("Content-Type", "application/json")
        if not content_type.startswith("text/event-stream"):
            try:
                data = await upstream_response.read()
            finally:
                upstream_response.release()
            return web.Response(body=data, content_type="application/json")
        out = web.StreamResponse(headers={"Content-Type": "text/event-stream", "Cache-Control": "no-cache"})
        await out.prepare(request)
        try:
            async for chunk in upstream_response.content.iter_any():
                await out.write(chunk)
        finally:
            upstream_response.release()
        await out.write_eof()
        return out

    async def session_ctx(app: web.Application):
        # The gateway's own upstream client (app.py creates it the same way), so it costs the same.
        app[SESSION] = http.create_session(os.environ.get("GI_GATEWAY_UPSTREAM_CLIENT", "own"))
        yield
        await app[SESSION].close()

    app = web.Application()
    app.cleanup_ctx.append(session_ctx)
    app.router.add_post("/v1/chat/completions", proxy)
    return app


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--port", type=int, required=True)
    parser.add_argument("--upstream", required=True, help="base URL, e.g. http://127.0.0.1:8081/plain/v1")
    args = parser.parse_args()
    uvloop.install()
    web.run_app(build_app(args.upstream), host="127.0.0.1", port=args.port, access_log=None, print=None)


if __name__ == "__main__":
    main()
