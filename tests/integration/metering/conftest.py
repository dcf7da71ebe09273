"""Fixtures of the metering integration tests: a fresh ledger schema per test
(dropped afterwards) and metering processes that are always stopped."""

from __future__ import annotations

import uuid

import pytest

from .harness import MeteringProcess


@pytest.fixture
async def ledger_schema(pg):
    name = f"metering_t_{uuid.uuid4().hex[:10]}"
    yield name
    await pg.execute(f'DROP SCHEMA IF EXISTS "{name}" CASCADE')


@pytest.fixture
def metering_processes():
    started: list[MeteringProcess] = []

    def make(**kwargs) -> MeteringProcess:
        proc = MeteringProcess(**kwargs)
        started.append(proc)
        return proc

    yield make
    for proc in started:
        proc.stop()
