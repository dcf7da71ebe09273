"""PostgreSQL plumbing: the connection pool factory and a start-up wait.

Owns: how every service opens asyncpg connections. Pools decode and encode
`json`/`jsonb` with orjson (Python dicts/lists in, dicts/lists out), set on
every new connection of the pool.

Guarantees: `wait_for_postgres` retries only failures that can heal by waiting
(connection refused, "the database system is starting up", too many
connections, timeouts) and fails at once on configuration errors (bad
password, unknown database), so a misconfigured service crashes with the real
reason instead of after a long deadline. DSN passwords never appear in the
messages raised here.

Raises: asyncpg errors from `create_pool` (it does not retry; call
`wait_for_postgres` first); `TimeoutError` from `wait_for_postgres` when the
deadline passes, chained to the last connection error.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Mapping
from typing import Any

import asyncpg
import orjson

from gammainfra_common.settings import mask_url_password

__all__ = ["TRANSIENT_WRITE_ERRORS", "create_pool", "init_connection", "wait_for_postgres"]

# Failures that waiting can fix. Anything else (InvalidPasswordError,
# InvalidCatalogNameError, ...) is a configuration error and is raised at once.
_TRANSIENT: tuple[type[BaseException], ...] = (
    OSError,
    TimeoutError,
    asyncpg.CannotConnectNowError,
    asyncpg.TooManyConnectionsError,
    asyncpg.ConnectionDoesNotExistError,
)


# Failures a consumer's idempotent write (event ids, stored offsets) retries rather
# than dying on: the server restarting or going away, contention that a retry clears.
TRANSIENT_WRITE_ERRORS: tuple[type[BaseException], ...] = (
    OSError, TimeoutError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
    asyncpg.CannotConnectNowError, asyncpg.TooManyConnectionsError,
    asyncpg.DeadlockDetectedError, asyncpg.SerializationError, asyncpg.AdminShutdownError,
    # The server went away while the pool reset a released connection ("cannot switch to
    # state ...; another operation is in progress"): the write may have committed, and a
    # retry is idempotent. Uncaught, it ended the process.
    asyncpg.InternalClientError,
)

def _encode_json(value: Any) -> str:
    return orjson.dumps(value).decode()


async def init_connection(conn: asyncpg.Connection) -> None:
    """Install the orjson `json`/`jsonb` codecs on `conn` (used as the pool's `init`)."""
    for type_name in ("json", "jsonb"):
        await conn.set_type_codec(
            type_name,
            encoder=_encode_json,
            decoder=orjson.loads,
            schema="pg_catalog",
            format="text",
        )


async def create_pool(
    dsn: str,
    *,
    min_size: int = 1,
    max_size: int = 10,
    server_settings: Mapping[str, str] | None = None,
    command_timeout: float | None = 30.0,
    connect_timeout: float = 10.0,
) -> asyncpg.Pool:
    """Open a pool; every connection gets the orjson JSON/JSONB codecs.

    `server_settings` are session GUCs (e.g. `{"application_name": "metering"}`).
    `command_timeout` bounds each query so a stuck statement cannot hang a
    consumer forever.
    """
    pool = await asyncpg.create_pool(
        dsn,
        min_size=min_size,
        max_size=max_size,
        server_settings=dict(server_settings) if server_settings else None,
        command_timeout=command_timeout,
        timeout=connect_timeout,
        init=init_connection,
    )
    assert pool is not None  # asyncpg types it Optional; awaiting always yields the pool
    return pool


async def wait_for_postgres(dsn: str, deadline_s: float) -> None:
    """Return once a connection to `dsn` succeeds; retry transient failures with
    exponential backoff until `deadline_s` seconds have passed."""
    deadline = time.monotonic() + deadline_s
    delay = 0.1
    while True:
        remaining = deadline - time.monotonic()
        try:
            conn = await asyncpg.connect(dsn, timeout=max(0.1, min(remaining, 5.0)))
        except _TRANSIENT as exc:
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                where = mask_url_password(dsn)
                raise TimeoutError(
                    f"PostgreSQL at {where} not reachable within {deadline_s}s: "
                    f"{type(exc).__name__}: {mask_url_password(str(exc))}"
                ) from exc
            await asyncio.sleep(min(delay, remaining))
            delay = min(delay * 2, 2.0)
            continue
        await conn.close()
        return
