"""The billing pool: connections whose search_path is billing's schema, and the
classification of PostgreSQL failures worth retrying."""

from __future__ import annotations

import asyncpg

from gammainfra_common.postgres import create_pool

TRANSIENT = (
    OSError, TimeoutError, asyncpg.PostgresConnectionError, asyncpg.InterfaceError,
    asyncpg.CannotConnectNowError, asyncpg.TooManyConnectionsError,
    asyncpg.DeadlockDetectedError, asyncpg.SerializationError, asyncpg.AdminShutdownError,
    # The server went away while the pool reset a released connection ("cannot switch to
    # state ...; another operation is in progress"): the write may have committed, and a
    # retry is idempotent (event ids, stored offsets). Uncaught, it ended the process.
    asyncpg.InternalClientError,
)


async def open_pool(dsn: str, schema: str, *, max_size: int = 6, application_name: str = "billing") -> asyncpg.Pool:
    return await create_pool(dsn, min_size=1, max_size=max_size, command_timeout=600,
                             server_settings={"search_path": schema, "application_name": application_name[-63:]})
