"""Chaos: the disk under one gateway's spool fills up for 10 s while mixed traffic
flows. The spool lives on a real filesystem of its own (a 48 MiB tmpfs mounted for
the test; the spool's own byte bound stays at its 1 GiB default, so it is the disk
that fills, not the setting); the fault is a file taking all its free space but
256 KiB, below the gateway's 1 MiB reserve. That gateway then refuses LLM requests
with 503 and `Retry-After` (README) instead of serving requests it could not bill;
the other gateway serves on; once the file is gone it serves again."""

from __future__ import annotations

import asyncio
import os
import subprocess
import uuid
from pathlib import Path

import pytest

from tests.chaos.scenario import run_scenario
from tests.chaos.system import start_system, stop_system

pytestmark = [pytest.mark.integration, pytest.mark.timing]

DISK_MIB, LEFT_FREE = 48, 256 * 1024


@pytest.fixture
def spool_disk():
    if os.geteuid() != 0:
        pytest.skip("mounting a tmpfs needs root")
    mount = Path("/tmp") / f"gi-chaos-spool-{uuid.uuid4().hex[:8]}"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={DISK_MIB}m", "tmpfs", str(mount)], check=True)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)
        mount.rmdir()


@pytest.fixture
async def system_on_small_disk(spool_disk, kafka_node, key_store, upstream_template, ledger_schema,
                               metering_processes, fake):
    built = await start_system(kafka_node, key_store, upstream_template, ledger_schema, metering_processes,
                               gateway_envs=[{"GI_GATEWAY_SPOOL_DIR": str(spool_disk / "spool")}, {}])
    try:
        yield built
    finally:
        await stop_system(built)


def fill(disk: Path, leave: int) -> Path:
    filler = disk / "filler"
    stat = os.statvfs(disk)
    with open(filler, "wb") as handle:
        os.posix_fallocate(handle.fileno(), 0, stat.f_bavail * stat.f_frsize - leave)
    return filler


async def test_spool_disk_full(system_on_small_disk, spool_disk):
    system = system_on_small_disk
    filler: list[Path] = []

    async def fault():
        filler.append(await asyncio.to_thread(fill, spool_disk, LEFT_FREE))

    async def heal():
        filler[0].unlink()

    entry = await run_scenario(system, "spool_disk_full", fault, heal)
    # Only the full disk's gateway refuses, and only LLM requests, all with 503.
    assert 0 < entry["non_2xx"] < entry["ok_2xx"], entry
    assert set(entry["non_2xx_statuses"]) == {"503"}, entry
    log = system.gateways[0].log_text()
    assert "EVENT NOT RECORDED" not in log, "an event was dropped on the full disk"
