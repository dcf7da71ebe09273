"""The admin API under `/_fake/`: make an endpoint fail while a gateway calls it, and
read how many requests each endpoint received.

Owns: HTTP translation of `FaultRegistry` operations.
- `PUT /_fake/endpoints/{endpoint}` JSON knobs (absent = healthy value) -> 200 config
- `GET /_fake/endpoints/{endpoint}` -> 200 config (`fail_count`: requests left)
- `DELETE /_fake/endpoints/{endpoint}` -> 200 healthy config (counters kept)
- `GET /_fake/endpoints/{endpoint}/stats` -> `{"requests": n, "by_status": {"200": n, ...}}`
- `GET /_fake/stats` -> stats of every endpoint seen
- `POST /_fake/reset` -> every endpoint healthy, every counter zero
- `GET /healthz` -> `{"status": "ok"}`
Admin requests are not counted. Errors: 400 `{"error": "<why>"}` for a bad body.
"""

from __future__ import annotations

from typing import Any

import orjson
from aiohttp import web

from gammainfra_fakeproviders.faults import FAULTS, KnobError, plan_from_json

__all__ = ["add_admin_routes"]


def _json(data: Any, status: int = 200) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(data), content_type="application/json")


def _config(request: web.Request, endpoint: str) -> web.Response:
    return _json({"endpoint": endpoint, "config": request.app[FAULTS].config(endpoint)})


async def put_endpoint(request: web.Request) -> web.Response:
    endpoint = request.match_info["endpoint"]
    try:
        plan, fail_count = plan_from_json(orjson.loads(await request.read() or b"{}"))
    except orjson.JSONDecodeError:
        return _json({"error": "body is not JSON"}, 400)
    except KnobError as exc:
        return _json({"error": str(exc)}, 400)
    request.app[FAULTS].configure(endpoint, plan, fail_count)
    return _config(request, endpoint)


async def get_endpoint(request: web.Request) -> web.Response:
    return _config(request, request.match_info["endpoint"])


async def delete_endpoint(request: web.Request) -> web.Response:
    endpoint = request.match_info["endpoint"]
    request.app[FAULTS].clear(endpoint)
    return _config(request, endpoint)


async def endpoint_stats(request: web.Request) -> web.Response:
    return _json(request.app[FAULTS].stats(request.match_info["endpoint"]))


async def all_stats(request: web.Request) -> web.Response:
    return _json(request.app[FAULTS].all_stats())


async def reset(request: web.Request) -> web.Response:
    request.app[FAULTS].reset()
    return _json({"reset": True})


async def healthz(_request: web.Request) -> web.Response:
    return _json({"status": "ok"})


def add_admin_routes(app: web.Application) -> None:
    app.router.add_get("/healthz", healthz)
    app.router.add_put("/_fake/endpoints/{endpoint}", put_endpoint)
    app.router.add_get("/_fake/endpoints/{endpoint}", get_endpoint)
    app.router.add_delete("/_fake/endpoints/{endpoint}", delete_endpoint)
    app.router.add_get("/_fake/endpoints/{endpoint}/stats", endpoint_stats)
    app.router.add_get("/_fake/stats", all_stats)
    app.router.add_post("/_fake/reset", reset)
