"""Ports for the servers tests start.

Taken below the kernel's ephemeral range (ip_local_port_range), so a port found free
cannot be taken a moment later by some client connection's local port; a
multi-worker gateway binds its ops port + N, so those ports come as one free run.
Servers still bind themselves: a port another test process grabs in between fails
that start loudly, it never mixes two servers up."""

from __future__ import annotations

import random
import socket
from pathlib import Path

_LOW = 20000
# Every port handed out by this test process: two picks in a row (a service's ops and
# API ports) must never be the same port, though both are free when picked.
_handed: set[int] = set()


def _ephemeral_start() -> int:
    try:
        return int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        return 32768


def _bindable(port: int) -> bool:
    with socket.socket() as sock:
        try:
            sock.bind(("127.0.0.1", port))
        except OSError:
            return False
    return True


def free_port_run(length: int) -> int:
    """First port of `length` consecutive free ports."""
    high = max(_LOW + length + 1, _ephemeral_start()) - length
    for _ in range(1000):
        start = random.randrange(_LOW, high)
        run = range(start, start + length)
        if _handed.isdisjoint(run) and all(_bindable(port) for port in run):
            _handed.update(run)
            return start
    raise RuntimeError(f"no {length} consecutive free ports below {high + length}")


def free_ports(count: int) -> list[int]:
    """`count` distinct free ports."""
    found: set[int] = set()
    while len(found) < count:
        found.add(free_port_run(1))
    return sorted(found)


def free_port() -> int:
    return free_port_run(1)
