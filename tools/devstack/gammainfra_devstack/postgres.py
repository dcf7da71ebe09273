"""PostgreSQL for the local stack: the distro's binaries, a cluster of our own.

The cluster lives in `.gi/postgres` (initdb once), listens on 127.0.0.1:<port>
and on a socket folder of ours, and runs as the `postgres` OS user when we are
root (PostgreSQL refuses to run as root). A project role and database are
created idempotently. If the port is already served by a PostgreSQL we did not
start, it is used as-is when the project DSN can log in; otherwise the error says
to set GI_DATABASE_URL.
"""

from __future__ import annotations

import asyncio
import glob
import hashlib
import os
import pwd
import subprocess
import tempfile
import time
from pathlib import Path
from urllib.parse import urlsplit

import asyncpg

from .paths import StackPaths
from .procs import PidRegistry, spawn


def _pg_bin() -> Path:
    candidates = sorted(glob.glob("/usr/lib/postgresql/*/bin/postgres"),
                        key=lambda p: int(Path(p).parts[-3]))
    if not candidates:
        raise RuntimeError("postgres: no PostgreSQL server found under /usr/lib/postgresql "
                           "(scripts/bootstrap.sh installs it)")
    return Path(candidates[-1]).parent


class PostgresServer:
    name = "postgres"

    def __init__(self, paths: StackPaths, pids: PidRegistry, *, dsn: str) -> None:
        self._paths = paths
        self._pids = pids
        self.dsn = dsn
        parts = urlsplit(dsn)
        self.port = parts.port or 5432
        self.user = parts.username or "gammainfra"
        self.password = parts.password or "gammainfra"
        self.database = parts.path.lstrip("/") or "gammainfra"
        self._as_postgres = os.geteuid() == 0
        self._home = self._choose_home(paths.data("postgres"))
        self._data = self._home / "data"
        # A Unix socket path must fit in 107 bytes: keep it short, outside the checkout.
        digest = hashlib.sha1(str(self._home).encode()).hexdigest()[:10]
        self._sock = Path(tempfile.gettempdir()) / f"gi-pg-{digest}"

    def _choose_home(self, preferred: Path) -> Path:
        """The cluster's folder: inside the state dir when the `postgres` user can reach
        it; otherwise (a checkout under a private home directory) a folder of ours
        under /var/tmp, named after the state dir."""
        if not self._as_postgres:
            return preferred
        probe = preferred.parent
        probe.mkdir(parents=True, exist_ok=True)
        reachable = subprocess.run(["runuser", "-u", "postgres", "--", "test", "-x", str(probe)],
                                   capture_output=True).returncode == 0
        if reachable:
            return preferred
        digest = hashlib.sha1(str(preferred).encode()).hexdigest()[:10]
        fallback = Path("/var/tmp/gammainfra") / f"postgres-{digest}"
        fallback.parent.mkdir(parents=True, exist_ok=True)
        os.chmod(fallback.parent, 0o755)
        return fallback

    def _owner_kwargs(self) -> dict:
        return {"user": "postgres", "group": "postgres"} if self._as_postgres else {}

    def _chown(self, path: Path) -> None:
        if self._as_postgres:
            pw = pwd.getpwnam("postgres")
            os.chown(path, pw.pw_uid, pw.pw_gid)

    def _initdb(self) -> None:
        if (self._data / "PG_VERSION").exists():
            return
        for folder in (self._home, self._data, self._sock):
            folder.mkdir(parents=True, exist_ok=True)
            self._chown(folder)
        os.chmod(self._data, 0o700)
        subprocess.run([str(_pg_bin() / "initdb"), "-D", str(self._data), "-U", "postgres",
                        "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8",
                        "--locale=C.UTF-8"],
                       check=True, stdout=subprocess.DEVNULL, **self._owner_kwargs())

    def start(self) -> bool:
        if self._pids.running(self.name):
            return False
        self._initdb()
        self._sock.mkdir(parents=True, exist_ok=True)  # /tmp may have been cleaned since initdb
        self._chown(self._sock)
        log = self._paths.logs / "postgres.log"
        log.parent.mkdir(parents=True, exist_ok=True)
        log.touch()
        self._chown(log)
        stale_pid = self._data / "postmaster.pid"
        if stale_pid.exists() and self._pids.get(self.name) is not None:
            stale_pid.unlink()  # our own server died without cleaning up
        proc = spawn([str(_pg_bin() / "postgres"), "-D", str(self._data), "-p", str(self.port),
                      "-k", str(self._sock), "-c", "listen_addresses=127.0.0.1",
                      "-c", "max_connections=300", "-c", "shared_buffers=256MB"],
                     log_file=log, cwd=self._home, **self._owner_kwargs())
        self._pids.record(self.name, proc.pid)
        return True

    def stop(self) -> bool:
        # SIGTERM is PostgreSQL's "smart" shutdown; sessions still open would make
        # it wait forever, so ask for a fast shutdown (SIGINT) instead.
        tracked = self._pids.running(self.name)
        if tracked is None:
            self._pids.forget(self.name)
            return False
        os.kill(tracked.pid, 2)
        deadline = time.monotonic() + 30
        while tracked.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        self._pids.stop(self.name)  # escalates to SIGKILL only if the fast shutdown hung
        return True

    async def wait_ready(self, deadline_s: float = 60.0) -> None:
        deadline = time.monotonic() + deadline_s
        last: Exception | None = None
        while time.monotonic() < deadline:
            if self._pids.get(self.name) and not self._pids.running(self.name):
                raise RuntimeError(f"postgres: server exited; see {self._paths.logs / 'postgres.log'}")
            try:
                conn = await asyncpg.connect(host=str(self._sock), port=self.port,
                                             user="postgres", database="postgres", timeout=3)
                await conn.close()
                return
            except (OSError, asyncpg.PostgresError, asyncio.TimeoutError) as exc:
                last = exc
            await asyncio.sleep(0.3)
        raise TimeoutError(f"postgres not ready after {deadline_s}s: {last!r}")

    async def provision(self) -> None:
        """Create the project role and database if missing (idempotent)."""
        conn = await asyncpg.connect(host=str(self._sock), port=self.port, user="postgres",
                                     database="postgres", timeout=5)
        try:
            if not await conn.fetchval("SELECT 1 FROM pg_roles WHERE rolname = $1", self.user):
                await conn.execute(
                    f"CREATE ROLE \"{self.user}\" LOGIN CREATEDB PASSWORD '{self.password}'")
            if not await conn.fetchval("SELECT 1 FROM pg_database WHERE datname = $1", self.database):
                await conn.execute(f'CREATE DATABASE "{self.database}" OWNER "{self.user}"')
        finally:
            await conn.close()


async def can_login(dsn: str) -> bool:
    try:
        conn = await asyncpg.connect(dsn, timeout=3)
    except (OSError, asyncpg.PostgresError, asyncio.TimeoutError):
        return False
    await conn.close()
    return True
