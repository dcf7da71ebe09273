"""gammainfra_common.migrations against the real PostgreSQL (GI_DATABASE_URL).

Every test works in its own random schema, dropped afterwards; migration files
are written to tmp_path.
"""

from __future__ import annotations

import asyncio
import pathlib
import socket
import sys
import uuid
from collections.abc import AsyncIterator

import asyncpg
import orjson
import pytest

from gammainfra_common.migrations import MigrationError, apply_migrations, discover_migrations
from gammainfra_common.postgres import create_pool, wait_for_postgres
from tests.conftest import DATABASE_URL
from tests.integration.conftest import eventually

pytestmark = [pytest.mark.integration, pytest.mark.timing]

DSN = DATABASE_URL


@pytest.fixture(scope="module")
async def postgres_up() -> str:
    await wait_for_postgres(DSN, deadline_s=60)
    return DSN


@pytest.fixture
async def conn(postgres_up: str) -> AsyncIterator[asyncpg.Connection]:
    connection = await asyncpg.connect(postgres_up)
    yield connection
    await connection.close()


@pytest.fixture
async def schema(conn: asyncpg.Connection) -> AsyncIterator[str]:
    name = f"gi_test_mig_{uuid.uuid4().hex[:12]}"
    yield name
    await conn.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


def write(directory: pathlib.Path, files: dict[str, str]) -> pathlib.Path:
    directory.mkdir(parents=True, exist_ok=True)
    for name, sql in files.items():
        (directory / name).write_text(sql)
    return directory


async def table_exists(conn: asyncpg.Connection, schema: str, table: str) -> bool:
    return await conn.fetchval("SELECT to_regclass($1) IS NOT NULL", f"{schema}.{table}")


async def bookkeeping(conn: asyncpg.Connection, schema: str) -> list[asyncpg.Record]:
    return await conn.fetch(
        f'SELECT version, name, checksum, applied_at FROM "{schema}".schema_migrations ORDER BY version'
    )


BASIC = {
    "0001_create_items.sql": "CREATE TABLE items (id integer PRIMARY KEY, note text NOT NULL);",
    "0002_add_created_at.sql": (
        "ALTER TABLE items ADD COLUMN created_at timestamptz NOT NULL DEFAULT now();\n"
        "CREATE INDEX items_created_at ON items (created_at);"
    ),
    "0003_seed.sql": "INSERT INTO items (id, note) VALUES (1, 'seeded once');",
}


# --- (a) in order, once ------------------------------------------------------


async def test_applies_in_order_once(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(tmp_path / "m", BASIC)

    assert await apply_migrations(DSN, schema, mig_dir) == ["0001", "0002", "0003"]
    assert await apply_migrations(DSN, schema, mig_dir) == []

    rows = await bookkeeping(conn, schema)
    assert [(r["version"], r["name"]) for r in rows] == [
        (1, "0001_create_items"),
        (2, "0002_add_created_at"),
        (3, "0003_seed"),
    ]
    assert all(len(r["checksum"]) == 64 and r["applied_at"] is not None for r in rows)
    # Unqualified names in the files landed in the target schema (search_path).
    assert await table_exists(conn, schema, "items")
    assert await conn.fetchval(f'SELECT count(*) FROM "{schema}".items') == 1

    # A new file later is applied on its own.
    write(mig_dir, {"0004_more.sql": "INSERT INTO items (id, note) VALUES (2, 'later');"})
    assert await apply_migrations(DSN, schema, mig_dir) == ["0004"]
    assert await conn.fetchval(f'SELECT count(*) FROM "{schema}".items') == 2


async def test_accepts_pool_and_connection_and_keeps_callers_search_path(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(tmp_path / "m", dict(list(BASIC.items())[:2]))
    before = await conn.fetchval("SHOW search_path")
    assert await apply_migrations(conn, schema, mig_dir) == ["0001", "0002"]
    assert await conn.fetchval("SHOW search_path") == before
    # The advisory lock was released: a pool connection can take it right away.
    write(mig_dir, {"0003_seed.sql": BASIC["0003_seed.sql"]})
    pool = await create_pool(DSN, min_size=1, max_size=2)
    try:
        assert await apply_migrations(pool, schema, mig_dir, lock_timeout_s=5) == ["0003"]
    finally:
        await pool.close()


async def test_schema_newer_than_files_is_tolerated(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    await apply_migrations(DSN, schema, write(tmp_path / "new", BASIC))
    older_build = write(tmp_path / "old", dict(list(BASIC.items())[:2]))
    assert await apply_migrations(DSN, schema, older_build) == []


# --- (b) concurrency ------------------------------------------------------------

CONCURRENT = {
    "0001_create_runs.sql": "CREATE TABLE runs (id serial PRIMARY KEY, note text NOT NULL);",
    # The sleep widens the window in which a second runner could slip in.
    "0002_insert_once.sql": "SELECT pg_sleep(0.3);\nINSERT INTO runs (note) VALUES ('exactly once');",
    "0003_add_column.sql": "ALTER TABLE runs ADD COLUMN extra integer;",
}


async def assert_applied_exactly_once(
    conn: asyncpg.Connection, schema: str, results: list[list[str]]
) -> None:
    flattened = sorted(v for applied in results for v in applied)
    assert flattened == ["0001", "0002", "0003"]  # each version applied by exactly one caller
    assert await conn.fetchval(f'SELECT count(*) FROM "{schema}".runs') == 1
    assert await conn.fetchval(f'SELECT count(*) FROM "{schema}".schema_migrations') == 3


async def test_concurrent_callers_on_separate_connections(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(tmp_path / "m", CONCURRENT)
    connections = [await asyncpg.connect(DSN) for _ in range(8)]
    try:
        results = await asyncio.gather(
            *(apply_migrations(c, schema, mig_dir) for c in connections)
        )
    finally:
        await asyncio.gather(*(c.close() for c in connections))
    assert sum(1 for r in results if r) == 1  # the first holder of the lock did all the work
    await assert_applied_exactly_once(conn, schema, list(results))


async def test_concurrent_processes_via_cli(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(tmp_path / "m", CONCURRENT)
    procs = [
        await asyncio.create_subprocess_exec(
            sys.executable, "-m", "gammainfra_common.migrations",
            "--dsn", DSN, "--schema", schema, "--dir", str(mig_dir),
            stdout=asyncio.subprocess.PIPE,
            stderr=asyncio.subprocess.PIPE,
        )
        for _ in range(3)
    ]
    outputs = await asyncio.wait_for(asyncio.gather(*(p.communicate() for p in procs)), 120)
    results = []
    for proc, (out, err) in zip(procs, outputs, strict=True):
        assert proc.returncode == 0, err.decode()
        report = orjson.loads(out)
        assert report["schema"] == schema
        results.append(report["applied"])
    await assert_applied_exactly_once(conn, schema, results)


async def test_waiting_for_the_lock_times_out(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    slow = write(tmp_path / "m", {"0001_slow.sql": "SELECT pg_sleep(1.5);"})
    first = asyncio.create_task(apply_migrations(DSN, schema, slow))
    # The first runner holds the lock once its migration runs (the lock is taken before it).
    await eventually(lambda: conn.fetchval(
        "SELECT count(*) FROM pg_stat_activity WHERE state = 'active' AND query = 'SELECT pg_sleep(1.5);'"),
        interval_s=0.02)
    with pytest.raises(MigrationError, match="timed out .* waiting for the migration lock"):
        await apply_migrations(DSN, schema, slow, lock_timeout_s=0.3)
    assert await first == ["0001"]


# --- (c) applied migrations are immutable ----------------------------------------


async def test_edited_applied_migration_is_rejected(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(tmp_path / "m", dict(list(BASIC.items())[:2]))
    await apply_migrations(DSN, schema, mig_dir)

    (mig_dir / "0002_add_created_at.sql").write_text("ALTER TABLE items ADD COLUMN other text;")
    write(mig_dir, {"0003_seed.sql": BASIC["0003_seed.sql"]})
    with pytest.raises(MigrationError, match=r"0002_add_created_at\.sql: applied migration was edited"):
        await apply_migrations(DSN, schema, mig_dir)
    # Nothing after the edited file was applied either.
    assert [r["version"] for r in await bookkeeping(conn, schema)] == [1, 2]


async def test_line_ending_change_is_not_an_edit(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(tmp_path / "m", {"0001_two_lines.sql": "CREATE TABLE a (id int);\nCREATE TABLE b (id int);\n"})
    await apply_migrations(DSN, schema, mig_dir)
    (mig_dir / "0001_two_lines.sql").write_bytes(b"CREATE TABLE a (id int);\r\nCREATE TABLE b (id int);\r\n")
    assert await apply_migrations(DSN, schema, mig_dir) == []


async def test_renamed_applied_migration_is_rejected(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(tmp_path / "m", {"0001_create_items.sql": BASIC["0001_create_items.sql"]})
    await apply_migrations(DSN, schema, mig_dir)
    (mig_dir / "0001_create_items.sql").rename(mig_dir / "0001_make_items.sql")
    with pytest.raises(MigrationError, match=r"0001_make_items\.sql: .*applied as '0001_create_items'"):
        await apply_migrations(DSN, schema, mig_dir)


# --- (d) a failing migration rolls back entirely -----------------------------------


async def test_failing_migration_rolls_back_and_keeps_earlier_ones(
    conn: asyncpg.Connection, schema: str, tmp_path: pathlib.Path
) -> None:
    mig_dir = write(
        tmp_path / "m",
        {
            "0001_create_items.sql": BASIC["0001_create_items.sql"],
            "0002_broken.sql": (
                "CREATE TABLE half_done (id integer);\n"
                "INSERT INTO items (id, note) VALUES (7, 'partial');\n"
                "SELECT 1 / 0;"
            ),
            "0003_after.sql": "CREATE TABLE after_broken (id integer);",
        },
    )
    with pytest.raises(MigrationError, match=r"0002_broken\.sql: failed and was rolled back: DivisionByZeroError"):
        await apply_migrations(DSN, schema, mig_dir)

    assert [r["version"] for r in await bookkeeping(conn, schema)] == [1]
    assert await table_exists(conn, schema, "items")
    assert not await table_exists(conn, schema, "half_done")
    assert not await table_exists(conn, schema, "after_broken")
    assert await conn.fetchval(f'SELECT count(*) FROM "{schema}".items') == 0

    # A migration that never applied may be fixed; the run then continues.
    (mig_dir / "0002_broken.sql").write_text("CREATE TABLE half_done (id integer);")
    assert await apply_migrations(DSN, schema, mig_dir) == ["0002", "0003"]


async def test_cli_reports_failure(schema: str, tmp_path: pathlib.Path, postgres_up: str) -> None:
    mig_dir = write(tmp_path / "m", {"0001_bad.sql": "SELECT no_such_column FROM nowhere;"})
    proc = await asyncio.create_subprocess_exec(
        sys.executable, "-m", "gammainfra_common.migrations",
        "--dsn", DSN, "--schema", schema, "--dir", str(mig_dir),
        stdout=asyncio.subprocess.PIPE,
        stderr=asyncio.subprocess.PIPE,
    )
    out, err = await asyncio.wait_for(proc.communicate(), 60)
    assert proc.returncode == 1
    assert out == b""
    assert b"0001_bad.sql: failed and was rolled back" in err
    assert b"gammainfra:gammainfra@" not in err  # no DSN password in the message


# --- file set and schema name checks ----------------------------------------------


@pytest.mark.parametrize(
    ("files", "message"),
    [
        ({"0001_a.sql": "", "0003_c.sql": ""}, r"0003_c\.sql: .*without gaps; expected 0002"),
        ({"0002_b.sql": ""}, r"0002_b\.sql: .*without gaps; expected 0001"),
        ({"0001_a.sql": "", "0001_b.sql": ""}, r"0001_b\.sql: duplicate migration version 0001"),
        ({"1_a.sql": ""}, r"1_a\.sql: migration files must be named NNNN_description\.sql"),
        ({"0001 a.sql": ""}, r"must be named"),
    ],
)
async def test_bad_file_sets_are_rejected(
    files: dict[str, str], message: str, tmp_path: pathlib.Path, schema: str, conn: asyncpg.Connection
) -> None:
    mig_dir = write(tmp_path / "m", files)
    with pytest.raises(MigrationError, match=message):
        await apply_migrations(DSN, schema, mig_dir)
    # Rejected before touching the database.
    assert not await conn.fetchval("SELECT EXISTS (SELECT 1 FROM pg_namespace WHERE nspname = $1)", schema)


@pytest.mark.parametrize("bad", ["Public", "1abc", "a-b", 'x"; DROP SCHEMA public; --', "pg_mine", "", "a" * 64])
async def test_bad_schema_names_are_rejected(bad: str, tmp_path: pathlib.Path) -> None:
    with pytest.raises(MigrationError, match="invalid schema name"):
        await apply_migrations(DSN, bad, write(tmp_path / "m", BASIC))


async def test_reserved_word_schema_name_is_quoted(
    conn: asyncpg.Connection, tmp_path: pathlib.Path, postgres_up: str
) -> None:
    # "user" is a reserved word; it works only if identifiers are quoted everywhere.
    # Unique per run is not possible with a fixed word, so clean up before and after.
    await conn.execute('DROP SCHEMA IF EXISTS "user" CASCADE')
    try:
        assert await apply_migrations(DSN, "user", write(tmp_path / "m", BASIC)) == ["0001", "0002", "0003"]
    finally:
        await conn.execute('DROP SCHEMA IF EXISTS "user" CASCADE')


def test_discover_migrations_orders_numerically(tmp_path: pathlib.Path) -> None:
    files = {f"{i:04d}_m{i}.sql": f"-- {i}" for i in range(1, 12)}
    migrations = discover_migrations(write(tmp_path / "m", files))
    assert [m.version for m in migrations] == list(range(1, 12))


# --- the PostgreSQL plumbing the runner and services share ---------------------------


async def test_pool_json_codecs(schema: str, postgres_up: str) -> None:
    pool = await create_pool(DSN, min_size=1, max_size=2, server_settings={"application_name": "gi-test"})
    try:
        async with pool.acquire() as c:
            doc = {"model": "gpt-4o", "fallback_chain": [{"outcome": "ok"}], "n": 3}
            assert await c.fetchval("SELECT $1::jsonb", doc) == doc
            assert await c.fetchval("SELECT $1::json", [1, "a"]) == [1, "a"]
            assert await c.fetchval("SELECT current_setting('application_name')") == "gi-test"
    finally:
        await pool.close()


async def test_wait_for_postgres_fails_fast_on_configuration_errors(postgres_up: str) -> None:
    # An unknown database cannot heal by waiting: raised at once, not after the deadline.
    bad = DSN.rsplit("/", 1)[0] + f"/no_such_db_{uuid.uuid4().hex[:8]}"
    loop = asyncio.get_running_loop()
    started = loop.time()
    with pytest.raises(asyncpg.InvalidCatalogNameError):
        await wait_for_postgres(bad, deadline_s=30)
    assert loop.time() - started < 5


async def test_wait_for_postgres_times_out_without_leaking_password() -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    with pytest.raises(TimeoutError, match="not reachable within 0.5s") as info:
        await wait_for_postgres(f"postgresql://gi:hunter2@127.0.0.1:{port}/gi", deadline_s=0.5)
    assert "hunter2" not in str(info.value)
