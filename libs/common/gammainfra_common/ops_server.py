"""The ops HTTP server every service runs on its own port: /healthz, /readyz, /metrics.

Owns: a small aiohttp server, separate from any public API, for load
balancers, orchestrators and Prometheus.

- `GET /healthz` -> 200 `{"status": "ok"}` whenever the event loop can answer
  (liveness: restart the process if this stops responding).
- `GET /readyz` -> runs every registered readiness check concurrently, each
  under `check_timeout` seconds. A check is `async () -> None` and raises on
  failure. 200 `{"ready": true, "checks": {...}}` when all pass, otherwise 503
  with each failed check's `"error": "<ExceptionClass>: <message>"`
  (message truncated, URL passwords masked). While draining (see
  `set_draining`) it answers 503 without running checks, so a load balancer
  stops sending traffic before shutdown.
- `GET /metrics` -> Prometheus text exposition (or OpenMetrics if asked) of the
  given registry, which includes the process's event-loop lag (loop_lag.py): every
  service runs an ops server, so every service reports it.

Guarantees: no access log (it would record client IPs); no check error ever
shows a URL password; `stop()` is idempotent.
Raises: `RuntimeError` from `start()` twice, or from `.port` before `start()`;
`OSError` from `start()` if the port is taken.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable, Mapping
from typing import Any

import orjson
from aiohttp import web
from prometheus_client import CollectorRegistry
from prometheus_client.exposition import choose_encoder

from gammainfra_common.loop_lag import LoopLagMonitor
from gammainfra_common.settings import mask_url_password

__all__ = ["Check", "OpsServer"]

Check = Callable[[], Awaitable[None]]

_MAX_ERROR_CHARS = 300


class OpsServer:
    """Liveness, readiness and metrics endpoints on `host:port` (port 0 = any free port)."""

    def __init__(
        self,
        *,
        host: str,
        port: int,
        registry: CollectorRegistry,
        checks: Mapping[str, Check] | None = None,
        check_timeout: float = 2.0,
    ) -> None:
        self._host = host
        self._requested_port = port
        self._registry = registry
        self._checks: dict[str, Check] = dict(checks or {})
        self._check_timeout = check_timeout
        self._draining = False
        self._runner: web.AppRunner | None = None
        self._port: int | None = None
        self._extra_routes: list = []
        self._loop_lag = LoopLagMonitor(registry)

    def add_check(self, name: str, fn: Check) -> None:
        """Register (or replace) the readiness check `name`."""
        self._checks[name] = fn

    def add_route(self, method: str, path: str, handler) -> None:
        """An extra route on the ops port (e.g. an internal, loopback-only read); before `start`."""
        if self._runner is not None:
            raise RuntimeError("add routes before start()")
        self._extra_routes.append((method, path, handler))

    def set_draining(self, draining: bool = True) -> None:
        """Make /readyz answer 503 (e.g. on SIGTERM) while the process finishes work."""
        self._draining = draining

    @property
    def port(self) -> int:
        """The port actually bound (useful with port=0)."""
        if self._port is None:
            raise RuntimeError("OpsServer is not started")
        return self._port

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("OpsServer already started")
        app = web.Application()
        app.router.add_get("/healthz", self._healthz)
        app.router.add_get("/readyz", self._readyz)
        app.router.add_get("/metrics", self._metrics)
        for method, path, handler in self._extra_routes:
            app.router.add_route(method, path, handler)
        # access_log=None: access lines would carry client IPs (privacy policy)
        # and a scrape every few seconds is noise anyway.
        runner = web.AppRunner(app, access_log=None, handle_signals=False)
        await runner.setup()
        try:
            site = web.TCPSite(runner, self._host, self._requested_port)
            await site.start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = runner.addresses[0][1]
        self._loop_lag.start()

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        await self._loop_lag.stop()
        if runner is not None:
            await runner.cleanup()
        self._port = None

    async def __aenter__(self) -> OpsServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.stop()

    # --- handlers -------------------------------------------------------------

    async def _healthz(self, _request: web.Request) -> web.Response:
        return _json(200, {"status": "ok"})

    async def _readyz(self, _request: web.Request) -> web.Response:
        if self._draining:
            return _json(503, {"ready": False, "draining": True, "checks": {}})
        names = list(self._checks)
        results = await asyncio.gather(*(self._run_check(self._checks[n]) for n in names))
        checks = dict(zip(names, results, strict=True))
        ready = all(r["ok"] for r in results)
        return _json(200 if ready else 503, {"ready": ready, "checks": checks})

    async def _run_check(self, fn: Check) -> dict[str, Any]:
        started = time.perf_counter()
        deadline = asyncio.timeout(self._check_timeout)
        try:
            async with deadline:
                await fn()
        except TimeoutError as exc:
            # Our deadline vs. a TimeoutError the check itself raised (e.g. a client timeout).
            if deadline.expired():
                error = f"TimeoutError: check did not finish within {self._check_timeout}s"
            else:
                error = _describe(exc)
            return {"ok": False, "error": error, "duration_ms": _ms_since(started)}
        except Exception as exc:  # noqa: BLE001 - any failure means "not ready", reported below
            return {"ok": False, "error": _describe(exc), "duration_ms": _ms_since(started)}
        return {"ok": True, "duration_ms": _ms_since(started)}

    async def _metrics(self, request: web.Request) -> web.Response:
        encoder, content_type = choose_encoder(request.headers.get("Accept", ""))
        body = encoder(self._registry)
        return web.Response(body=body, headers={"Content-Type": content_type})


def _describe(exc: BaseException) -> str:
    text = f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__
    text = mask_url_password(text)
    if len(text) > _MAX_ERROR_CHARS:
        text = text[:_MAX_ERROR_CHARS] + "..."
    return text


def _ms_since(started: float) -> float:
    return round((time.perf_counter() - started) * 1000, 1)


def _json(status: int, payload: dict[str, Any]) -> web.Response:
    return web.Response(status=status, body=orjson.dumps(payload), content_type="application/json")
