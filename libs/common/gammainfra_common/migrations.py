"""Forward-only SQL migrations for one service's PostgreSQL schema.

Owns: applying `NNNN_description.sql` files from a directory to a schema, and
the bookkeeping table `<schema>.schema_migrations(version, name, checksum,
applied_at)`.

Guarantees:
- Each migration runs exactly once, in version order, in its own transaction
  together with its bookkeeping row: it is either fully applied and recorded,
  or not at all. Earlier migrations stay applied when a later one fails.
- Safe under concurrency: the whole run holds a session-level advisory lock
  keyed on the schema name, so several processes starting at once serialize;
  the later ones find everything applied and apply nothing.
- An applied migration is immutable: if its file's checksum (sha256 of the
  text with normalized line endings) or its name changed, nothing is applied
  and `MigrationError` names the file. Versions must be 1..N without gaps or
  duplicates. Applied versions newer than every file are tolerated (an older
  build restarting during a rolling deploy) and logged.
- While a migration runs, `search_path` is the target schema only, so
  unqualified names land in (and resolve from) the service's own schema.

Not supported: statements that cannot run inside a transaction block
(`CREATE INDEX CONCURRENTLY`, `VACUUM`, ...).

Raises: `MigrationError` (bad schema name, bad file set, edited migration,
failing migration, lock wait timeout); asyncpg connection errors.

CLI: `python -m gammainfra_common.migrations --dsn DSN --schema S --dir D`
prints `{"schema": S, "applied": [...]}` and exits 0, or prints the error to
stderr and exits 1. (A DSN without password picks up `PGPASSWORD`/`.pgpass`,
which keeps the password out of the process list.)
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import dataclasses
import hashlib
import pathlib
import re
import sys
import time
from collections.abc import AsyncIterator, Sequence

import asyncpg
import orjson
import structlog

from gammainfra_common.logging import configure_logging
from gammainfra_common.settings import mask_url_password

__all__ = ["Migration", "MigrationError", "apply_migrations", "discover_migrations", "main"]

log = structlog.get_logger("gammainfra_common.migrations")  # not __name__: "__main__" under -m

_SCHEMA_NAME = re.compile(r"[a-z_][a-z0-9_]*")
_FILE_NAME = re.compile(r"(?P<version>[0-9]{4})_(?P<desc>[A-Za-z0-9_]+)\.sql")
_MAX_IDENTIFIER = 63  # PostgreSQL truncates longer identifiers silently


class MigrationError(Exception):
    """The migrations cannot be (or were not) applied; the message says which file and why."""


@dataclasses.dataclass(frozen=True)
class Migration:
    version: int
    name: str  # file stem, e.g. "0003_add_budget_table"
    path: pathlib.Path
    sql: str
    checksum: str

    @property
    def version_str(self) -> str:
        return f"{self.version:04d}"


def discover_migrations(migrations_dir: pathlib.Path) -> list[Migration]:
    """Read and check the directory: every `*.sql` file must be `NNNN_description.sql`
    and the versions must be exactly 1..N. Raises `MigrationError` otherwise."""
    if not migrations_dir.is_dir():
        raise MigrationError(f"{migrations_dir}: not a directory")
    found: dict[int, Migration] = {}
    for path in sorted(migrations_dir.glob("*.sql")):
        match = _FILE_NAME.fullmatch(path.name)
        if match is None:
            # A misnamed file would otherwise be skipped silently and never applied.
            raise MigrationError(f"{path.name}: migration files must be named NNNN_description.sql")
        version = int(match["version"])
        if version in found:
            raise MigrationError(
                f"{path.name}: duplicate migration version {version:04d} "
                f"(also {found[version].path.name})"
            )
        # Normalized line endings: a checkout with CRLF must not look like an edit.
        sql = path.read_bytes().decode("utf-8").replace("\r\n", "\n")
        checksum = hashlib.sha256(sql.encode("utf-8")).hexdigest()
        found[version] = Migration(version, path.stem, path, sql, checksum)
    for expected, version in enumerate(sorted(found), start=1):
        if version != expected:
            raise MigrationError(
                f"{found[version].path.name}: migration versions must run 1..N without gaps; "
                f"expected {expected:04d}"
            )
    return [found[v] for v in sorted(found)]


async def apply_migrations(
    pool_or_conn_dsn: asyncpg.Pool | asyncpg.Connection | str,
    schema: str,
    migrations_dir: pathlib.Path,
    *,
    lock_timeout_s: float = 300.0,
) -> list[str]:
    """Apply pending migrations from `migrations_dir` to `schema`.

    `pool_or_conn_dsn` is a DSN (a connection is opened and closed), a pool (one
    connection is borrowed) or a connection (used as is; it must not be in a
    transaction). Returns the versions ("0001", ...) applied by this call, in
    order; empty if everything was already applied.
    """
    _check_schema_name(schema)
    migrations = discover_migrations(pathlib.Path(migrations_dir))
    async with _connection(pool_or_conn_dsn) as conn:
        async with _advisory_lock(conn, schema, lock_timeout_s):
            return await _apply_locked(conn, schema, migrations)


def _check_schema_name(schema: str) -> None:
    if (
        not _SCHEMA_NAME.fullmatch(schema)
        or len(schema) > _MAX_IDENTIFIER
        or schema.startswith("pg_")  # reserved for system schemas
    ):
        raise MigrationError(
            f"invalid schema name {schema!r}: must match [a-z_][a-z0-9_]*, "
            f"at most {_MAX_IDENTIFIER} characters, not starting with pg_"
        )


def _quote_ident(name: str) -> str:
    # Names are already restricted to [a-z_][a-z0-9_]*; quoting still protects
    # against reserved words such as "user" or "order".
    return '"' + name.replace('"', '""') + '"'


def _lock_key(schema: str) -> int:
    # A stable signed 64-bit key computed here rather than with hashtext(), whose
    # output is an internal detail that may change between PostgreSQL versions.
    digest = hashlib.sha256(b"gammainfra.migrations:" + schema.encode()).digest()
    return int.from_bytes(digest[:8], "big", signed=True)


@contextlib.asynccontextmanager
async def _connection(
    target: asyncpg.Pool | asyncpg.Connection | str,
) -> AsyncIterator[asyncpg.Connection]:
    if isinstance(target, str):
        conn = await asyncpg.connect(target)
        try:
            yield conn
        finally:
            await conn.close()
    elif isinstance(target, asyncpg.Pool):
        async with target.acquire() as conn:
            yield conn
    else:
        yield target


@contextlib.asynccontextmanager
async def _advisory_lock(
    conn: asyncpg.Connection, schema: str, timeout_s: float
) -> AsyncIterator[None]:
    key = _lock_key(schema)
    # A blocking pg_advisory_lock queues waiters fairly and hands the lock over
    # the moment it is released. The wait is bounded server-side by lock_timeout
    # (SET LOCAL, so it does not apply to the migrations themselves) instead of a
    # client-side cancel, which could race with the grant. The session-level lock
    # outlives this small transaction.
    try:
        async with conn.transaction():
            await conn.execute(
                "SELECT set_config('lock_timeout', $1, true)", str(max(1, int(timeout_s * 1000)))
            )
            await conn.execute("SELECT pg_advisory_lock($1)", key)
    except asyncpg.LockNotAvailableError:
        raise MigrationError(
            f"schema {schema}: timed out after {timeout_s}s waiting for the "
            "migration lock held by another process"
        ) from None
    try:
        yield
    finally:
        # Session-level locks outlive transactions, so release explicitly; if the
        # connection is already broken, closing it releases the lock server-side.
        if not conn.is_closed():
            await conn.execute("SELECT pg_advisory_unlock($1)", key)


async def _apply_locked(
    conn: asyncpg.Connection, schema: str, migrations: Sequence[Migration]
) -> list[str]:
    qschema = _quote_ident(schema)
    table = f"{qschema}.schema_migrations"
    await conn.execute(f"CREATE SCHEMA IF NOT EXISTS {qschema}")
    await conn.execute(
        f"""
        CREATE TABLE IF NOT EXISTS {table} (
            version    integer PRIMARY KEY,
            name       text NOT NULL,
            checksum   text NOT NULL,
            applied_at timestamptz NOT NULL DEFAULT now()
        )
        """
    )
    rows = await conn.fetch(f"SELECT version, name, checksum FROM {table} ORDER BY version")
    applied = {r["version"]: r for r in rows}
    by_version = {m.version: m for m in migrations}

    for version, row in applied.items():
        mig = by_version.get(version)
        if mig is None:
            continue  # newer than this build; reported below
        if row["checksum"] != mig.checksum:
            raise MigrationError(
                f"{mig.path.name}: applied migration was edited (checksum differs from "
                "the applied one); never edit an applied migration, add a new one"
            )
        if row["name"] != mig.name:
            raise MigrationError(
                f"{mig.path.name}: version {mig.version_str} was applied as {row['name']!r}; "
                "never rename an applied migration"
            )
    newest_file = migrations[-1].version if migrations else 0
    future = sorted(v for v in applied if v > newest_file)
    if future:
        log.warning(
            "migrations.schema_newer_than_build",
            schema=schema,
            applied_versions_unknown_here=[f"{v:04d}" for v in future],
        )

    pending = [m for m in migrations if m.version not in applied]
    done: list[str] = []
    for mig in pending:
        started = time.perf_counter()
        try:
            async with conn.transaction():
                # SET LOCAL ends with the transaction, so the caller's
                # connection keeps its own search_path afterwards.
                await conn.execute(f"SET LOCAL search_path TO {qschema}")
                await conn.execute(mig.sql)
                await conn.execute(
                    f"INSERT INTO {table} (version, name, checksum) VALUES ($1, $2, $3)",
                    mig.version,
                    mig.name,
                    mig.checksum,
                )
        except asyncpg.PostgresError as exc:
            raise MigrationError(
                f"{mig.path.name}: failed and was rolled back: {type(exc).__name__}: {exc}"
            ) from exc
        done.append(mig.version_str)
        log.info(
            "migrations.applied",
            schema=schema,
            migration=mig.name,
            duration_ms=round((time.perf_counter() - started) * 1000, 1),
        )
    return done


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="python -m gammainfra_common.migrations",
        description="Apply pending NNNN_description.sql migrations to a PostgreSQL schema.",
    )
    parser.add_argument("--dsn", required=True, help="PostgreSQL DSN (postgresql://...)")
    parser.add_argument("--schema", required=True, help="target schema, e.g. metering")
    parser.add_argument("--dir", required=True, type=pathlib.Path, help="migrations directory")
    parser.add_argument(
        "--lock-timeout", type=float, default=300.0, help="seconds to wait for the migration lock"
    )
    args = parser.parse_args(argv)
    # Logs to stderr: stdout carries only the JSON result, for scripts.
    configure_logging("migrations", stderr=True)
    try:
        applied = asyncio.run(
            apply_migrations(args.dsn, args.schema, args.dir, lock_timeout_s=args.lock_timeout)
        )
    except (MigrationError, asyncpg.PostgresError, OSError) as exc:
        print(f"migrations: {mask_url_password(str(exc))}", file=sys.stderr)
        return 1
    sys.stdout.write(orjson.dumps({"schema": args.schema, "applied": applied}).decode() + "\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
