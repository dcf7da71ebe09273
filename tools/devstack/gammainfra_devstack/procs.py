"""Processes the stack started, tracked by pid files.

A pid file records the pid and the process start time (from /proc), so `stop`
only ever signals a process the stack itself started: a recycled pid belonging to
somebody else never matches and is left alone.
"""

from __future__ import annotations

import json
import os
import signal
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path


def _start_ticks(pid: int) -> int | None:
    """The process start time in clock ticks, or None if it is gone (or a zombie,
    which has exited and only waits for its parent to reap it)."""
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    # Fields after the parenthesised command name (which may contain spaces):
    # state is field 3, starttime field 22.
    fields = stat.rsplit(")", 1)[1].split()
    if fields[0] in ("Z", "X"):
        return None
    return int(fields[19])


@dataclass(frozen=True)
class TrackedProcess:
    name: str
    pid: int
    start_ticks: int

    def alive(self) -> bool:
        return _start_ticks(self.pid) == self.start_ticks


class PidRegistry:
    """Pid files under one folder, one per component name."""

    def __init__(self, folder: Path) -> None:
        self._folder = folder

    def _file(self, name: str) -> Path:
        return self._folder / f"{name}.json"

    def record(self, name: str, pid: int) -> TrackedProcess:
        ticks = _start_ticks(pid)
        if ticks is None:
            raise RuntimeError(f"{name}: process {pid} exited right after start")
        self._folder.mkdir(parents=True, exist_ok=True)
        tracked = TrackedProcess(name, pid, ticks)
        self._file(name).write_text(json.dumps({"pid": pid, "start_ticks": ticks}))
        return tracked

    def get(self, name: str) -> TrackedProcess | None:
        try:
            raw = json.loads(self._file(name).read_text())
        except (OSError, ValueError):
            return None
        return TrackedProcess(name, int(raw["pid"]), int(raw["start_ticks"]))

    def running(self, name: str) -> TrackedProcess | None:
        tracked = self.get(name)
        return tracked if tracked is not None and tracked.alive() else None

    def names(self) -> list[str]:
        return sorted(p.stem for p in self._folder.glob("*.json"))

    def forget(self, name: str) -> None:
        self._file(name).unlink(missing_ok=True)

    def stop(self, name: str, timeout_s: float = 30.0) -> bool:
        """SIGTERM, wait, then SIGKILL — to the whole process group when the process
        leads one (we start every process in its own session), so workers it forked
        go too. Returns True if a live process was stopped."""
        tracked = self.running(name)
        if tracked is None:
            self.forget(name)
            return False
        _signal(tracked.pid, signal.SIGTERM)
        deadline = time.monotonic() + timeout_s
        while tracked.alive() and time.monotonic() < deadline:
            time.sleep(0.1)
        if tracked.alive():
            _signal(tracked.pid, signal.SIGKILL)
            while tracked.alive():
                time.sleep(0.05)
        else:
            _signal(tracked.pid, signal.SIGKILL, group_only=True)  # stragglers of the group
        self.forget(name)
        return True


def _signal(pid: int, sig: int, *, group_only: bool = False) -> None:
    try:
        if os.getpgid(pid) == pid:
            os.killpg(pid, sig)
            return
    except ProcessLookupError:
        if group_only:
            try:
                os.killpg(pid, sig)  # the leader is gone; its group may not be
            except (ProcessLookupError, PermissionError):
                pass
        return
    if not group_only:
        os.kill(pid, sig)


def spawn(argv: list[str], *, log_file: Path, env: dict[str, str] | None = None,
          cwd: Path | None = None, **popen_kwargs) -> subprocess.Popen:
    """Start a long-running process detached from our session, output to log_file."""
    log_file.parent.mkdir(parents=True, exist_ok=True)
    with open(log_file, "ab") as log:
        return subprocess.Popen(
            argv, stdout=log, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL,
            env=env, cwd=cwd, start_new_session=True, **popen_kwargs,
        )
