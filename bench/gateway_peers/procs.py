"""Processes the benchmark starts: each in its own session (process group), its
output in a log file, and stopped as a group (SIGTERM, then SIGKILL after a
grace period), so a forking peer leaves nothing behind. Also reads a process
tree's memory (sum of VmRSS) and CPU time from /proc.

Owns nothing global: every `Service` is stopped by whoever started it
(`run.py` uses `with` blocks, so a failure still stops everything).
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import time
import urllib.error
import urllib.request
from pathlib import Path

CLOCK_TICKS = os.sysconf("SC_CLK_TCK")


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class Service:
    """One started process group; a context manager that always stops it."""

    def __init__(self, name: str, argv: list[str], *, log: Path, env: dict[str, str] | None = None,
                 cwd: Path | None = None, core: int | None = None) -> None:
        self.name = name
        self.log = log
        prefix = ["taskset", "-c", str(core)] if core is not None else []
        log.parent.mkdir(parents=True, exist_ok=True)
        with open(log, "wb") as out:  # one log per start: a later start of the same name replaces it
            # taskset execs the command, so self.pid is the server itself, already pinned.
            self._proc = subprocess.Popen(prefix + argv, stdout=out, stderr=subprocess.STDOUT,
                                          stdin=subprocess.DEVNULL, env=env, cwd=cwd,
                                          start_new_session=True)
        self.pid = self._proc.pid

    def alive(self) -> bool:
        return self._proc.poll() is None

    def wait_http(self, url: str, timeout_s: float = 60.0, method: str = "GET",
                  body: bytes | None = None, headers: dict[str, str] | None = None) -> None:
        """Until `url` answers 2xx; raises with the log's tail if the process dies or time runs out."""
        deadline = time.monotonic() + timeout_s
        last = "no answer"
        while time.monotonic() < deadline:
            if not self.alive():
                raise RuntimeError(f"{self.name} exited ({self._proc.returncode}):\n{self.tail()}")
            try:
                req = urllib.request.Request(url, data=body, method=method, headers=headers or {})
                with urllib.request.urlopen(req, timeout=5) as resp:
                    if 200 <= resp.status < 300:
                        return
                    last = f"HTTP {resp.status}"
            except urllib.error.HTTPError as exc:
                last = f"HTTP {exc.code}"
            except OSError as exc:
                last = type(exc).__name__
            time.sleep(0.2)
        raise RuntimeError(f"{self.name} not ready at {url} after {timeout_s:.0f}s ({last}):\n{self.tail()}")

    def tail(self, lines: int = 30) -> str:
        try:
            return "\n".join(self.log.read_text(errors="replace").splitlines()[-lines:])
        except OSError:
            return ""

    def stop(self, grace_s: float = 10.0) -> None:
        for sig, wait_s in ((signal.SIGTERM, grace_s), (signal.SIGKILL, 5.0)):
            try:
                os.killpg(self.pid, sig)
            except ProcessLookupError:
                break
            try:
                self._proc.wait(timeout=wait_s)
            except subprocess.TimeoutExpired:
                continue
            # The leader is gone; children of the group may linger a moment.
            if not _group_alive(self.pid):
                break
        self._proc.poll()

    def __enter__(self) -> Service:
        return self

    def __exit__(self, *_exc) -> None:
        self.stop()


def _group_alive(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
        return True
    except ProcessLookupError:
        return False


def tree(pid: int) -> list[int]:
    """`pid` and all its descendants (via /proc/<pid>/task/*/children)."""
    found, todo = [], [pid]
    while todo:
        current = todo.pop()
        found.append(current)
        try:
            for task in os.listdir(f"/proc/{current}/task"):
                with open(f"/proc/{current}/task/{task}/children") as fh:
                    todo += [int(child) for child in fh.read().split()]
        except OSError:
            continue  # exited meanwhile
    return found


def rss_bytes(pid: int) -> int:
    """Sum of VmRSS over the process tree."""
    total = 0
    for member in tree(pid):
        try:
            with open(f"/proc/{member}/status") as fh:
                for line in fh:
                    if line.startswith("VmRSS:"):
                        total += int(line.split()[1]) * 1024
                        break
        except OSError:
            continue
    return total


def cpu_seconds(pid: int) -> float:
    """User + system CPU time of the process tree (living members only)."""
    ticks = 0
    for member in tree(pid):
        try:
            with open(f"/proc/{member}/stat") as fh:
                fields = fh.read().rsplit(")", 1)[1].split()
            ticks += int(fields[11]) + int(fields[12])  # utime, stime
        except (OSError, IndexError, ValueError):
            continue
    return ticks / CLOCK_TICKS


def core_busy_seconds(core: int) -> float:
    """Non-idle time of one CPU core since boot (/proc/stat: all but idle and iowait)."""
    with open("/proc/stat") as fh:
        for line in fh:
            if line.startswith(f"cpu{core} "):
                ticks = [int(v) for v in line.split()[1:9]]
                return (sum(ticks) - ticks[3] - ticks[4]) / CLOCK_TICKS
    raise ValueError(f"no cpu{core} in /proc/stat")
