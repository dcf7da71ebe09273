"""Pid bookkeeping of the local stack: `stop` signals only processes the stack
started, never a process that merely reuses a recorded pid."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time

from gammainfra_devstack.procs import PidRegistry


def _sleeper() -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])


def test_stop_terminates_the_recorded_process(tmp_path):
    registry = PidRegistry(tmp_path)
    proc = _sleeper()
    registry.record("svc", proc.pid)
    assert registry.running("svc") is not None
    assert registry.stop("svc", timeout_s=5) is True
    assert proc.wait(timeout=5) is not None
    assert registry.names() == []


def test_a_recycled_pid_is_never_signalled(tmp_path):
    registry = PidRegistry(tmp_path)
    stranger = _sleeper()
    try:
        # A pid file pointing at a live process that started at another time is
        # what a reused pid looks like after a reboot or a crash.
        (tmp_path / "svc.json").write_text(json.dumps({"pid": stranger.pid, "start_ticks": 1}))
        assert registry.running("svc") is None
        assert registry.stop("svc", timeout_s=1) is False
        assert stranger.poll() is None  # still alive
        assert registry.names() == []   # the stale record is gone
    finally:
        stranger.kill()
        stranger.wait()


def test_stop_escalates_to_sigkill_when_sigterm_is_ignored(tmp_path):
    registry = PidRegistry(tmp_path)
    stubborn = subprocess.Popen([sys.executable, "-c",
                                 "import signal, time; signal.signal(signal.SIGTERM, signal.SIG_IGN); "
                                 "print('ready', flush=True); time.sleep(60)"], stdout=subprocess.PIPE)
    assert stubborn.stdout.readline() == b"ready\n"
    registry.record("stubborn", stubborn.pid)
    assert registry.stop("stubborn", timeout_s=0.5) is True
    assert stubborn.wait(timeout=5) == -9


def test_stop_takes_the_whole_process_group(tmp_path):
    registry = PidRegistry(tmp_path)
    # A leader that forks a worker which outlives a plain SIGTERM to the leader.
    leader = subprocess.Popen(
        [sys.executable, "-c",
         "import subprocess, sys, time; "
         "w = subprocess.Popen([sys.executable, '-c', 'import time; time.sleep(60)']); "
         "print(w.pid, flush=True); time.sleep(60)"],
        stdout=subprocess.PIPE, start_new_session=True)
    worker_pid = int(leader.stdout.readline())
    registry.record("svc", leader.pid)
    assert registry.stop("svc", timeout_s=5) is True
    leader.wait(timeout=5)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:
        try:
            state = open(f"/proc/{worker_pid}/stat").read().rsplit(")", 1)[1].split()[0]
        except OSError:
            break
        if state in ("Z", "X"):
            break
        time.sleep(0.05)
    else:
        os.kill(worker_pid, 9)
        raise AssertionError("the forked worker survived stop()")
