"""The billing pool: connections whose search_path is billing's schema, and the
classification of PostgreSQL failures worth retrying."""

from __future__ import annotations

import asyncpg

from gammainfra_common.postgres import TRANSIENT_WRITE_ERRORS, create_pool

TRANSIENT = TRANSIENT_WRITE_ERRORS  # what the usage consumer and the close retry


async def open_pool(dsn: str, schema: str, *, max_size: int = 6, application_name: str = "billing") -> asyncpg.Pool:
    return await create_pool(dsn, min_size=1, max_size=max_size, command_timeout=600,
                             server_settings={"search_path": schema, "application_name": application_name[-63:]})
