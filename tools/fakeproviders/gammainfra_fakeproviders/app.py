"""The fake provider server: one aiohttp app serving many physical endpoints by path
prefix (`/<endpoint_id>/v1/...`), plus the `/_fake/` admin API.

Owns: `create_app()` (routes and the app's `FaultRegistry`; no module-level state) and
`FakeProviderServer`, the in-process runner tests and the demo stack use.
Guarantees: no access log and no body logging (prompts never reach a log); a client
that gives up on a hanging request ends its handler; shutdown does not wait for
requests that were told to hang.
Raises: `OSError` from `start()` if the port is taken; `RuntimeError` on misuse.
"""

from __future__ import annotations

from typing import Any

from aiohttp import web

from gammainfra_fakeproviders.admin import add_admin_routes
from gammainfra_fakeproviders.anthropic_handlers import add_anthropic_routes
from gammainfra_fakeproviders.bedrock_handlers import add_bedrock_routes
from gammainfra_fakeproviders.faults import FAULTS, FaultRegistry
from gammainfra_fakeproviders.gemini_handlers import add_gemini_routes
from gammainfra_fakeproviders.openai_handlers import add_openai_routes

__all__ = ["MAX_BODY_BYTES", "RUNNER_OPTIONS", "FakeProviderServer", "create_app"]

# Benchmarks send long prompts; aiohttp's 1 MiB default would answer 413.
MAX_BODY_BYTES = 64 * 1024 * 1024

# access_log=None: an access line is per-request work and noise in benchmarks.
# handler_cancellation: a client that gives up cancels its handler at once (the
# timeout knob would otherwise keep a task per abandoned request alive).
# shutdown_timeout: in-flight requests of a fake are not worth waiting for.
RUNNER_OPTIONS: dict[str, Any] = {"access_log": None, "handler_cancellation": True, "shutdown_timeout": 0.5}


def create_app() -> web.Application:
    app = web.Application(client_max_size=MAX_BODY_BYTES)
    app[FAULTS] = FaultRegistry()
    add_admin_routes(app)  # first: fixed paths win over the /{endpoint}/... patterns
    add_anthropic_routes(app)
    add_bedrock_routes(app)
    add_gemini_routes(app)
    add_openai_routes(app)
    return app


class FakeProviderServer:
    """`async with FakeProviderServer(port=0) as fake:` -> `fake.base_url("openai-us")`."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0) -> None:
        self._host = host
        self._requested_port = port
        self.app = create_app()
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

    @property
    def faults(self) -> FaultRegistry:
        """The knobs and counters, for in-process callers (same as the admin API)."""
        return self.app[FAULTS]

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeProviderServer is not started")
        return self._port

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    def base_url(self, endpoint: str) -> str:
        """The OpenAI-style base URL (ending in /v1) of one physical endpoint."""
        return f"{self.url}/{endpoint}/v1"

    async def start(self) -> None:
        if self._runner is not None:
            raise RuntimeError("FakeProviderServer already started")
        runner = web.AppRunner(self.app, handle_signals=False, **RUNNER_OPTIONS)
        await runner.setup()
        try:
            await web.TCPSite(runner, self._host, self._requested_port).start()
        except BaseException:
            await runner.cleanup()
            raise
        self._runner = runner
        self._port = runner.addresses[0][1]

    async def stop(self) -> None:
        runner, self._runner = self._runner, None
        if runner is not None:
            await runner.cleanup()
        self._port = None

    async def __aenter__(self) -> FakeProviderServer:
        await self.start()
        return self

    async def __aexit__(self, *exc_info: Any) -> None:
        await self.stop()
