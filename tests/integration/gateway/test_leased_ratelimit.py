"""Leased rate limits (ratelimit/leased.py) keep the global limit across processes:
two separate processes, each with its own LeasedRateLimiter on the real Redis,
hammer the same bucket concurrently; together they admit no more than the limit
(no overshoot) and no fewer than the stated bound (processes * lease_max)."""

from __future__ import annotations

import asyncio
import json
import subprocess
import sys
import uuid

import pytest

from tests.conftest import REDIS_URL

WORKER = r"""
import asyncio, json, sys
import redis.asyncio as aioredis
from prometheus_client import CollectorRegistry
from gammainfra_gateway.ratelimit.leased import LeasedRateLimiter

async def main(url, bucket, limit, lease, now, attempts):
    redis = aioredis.from_url(url)
    limiter = LeasedRateLimiter(redis, registry=CollectorRegistry(), lease_max=lease, clock=lambda: now)
    decisions = await asyncio.gather(*(limiter.check([(bucket, limit), (bucket + ":other", 10**9)])
                                       for _ in range(attempts)))
    await redis.aclose()
    print(json.dumps({"allowed": sum(d.allowed for d in decisions),
                      "backends": sorted({d.backend for d in decisions})}))

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), float(sys.argv[5]),
                 int(sys.argv[6])))
"""


def _run_two(bucket: str, limit: int, lease: int, attempts: int) -> list[dict]:
    # One fixed instant mid-window for both processes, so the window cannot turn during the test.
    now = 1_800_000_030.0
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, REDIS_URL, bucket, str(limit), str(lease),
                               str(now), str(attempts)], stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=60)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    return [json.loads(out) for out in outs]


@pytest.mark.parametrize("limit,lease", [(1000, 32), (50, 32), (7, 64)])
def test_two_processes_never_admit_more_than_the_limit(limit, lease):
    results = _run_two(f"test:{uuid.uuid4().hex}", limit, lease, attempts=limit)  # 2x the limit offered
    allowed = sum(r["allowed"] for r in results)
    assert all(r["backends"] == ["redis"] for r in results), results
    assert allowed <= limit, results  # no overshoot, ever
    assert allowed >= limit - 2 * lease, results  # early refusals bounded by processes * lease_max


class _HeldScript:
    """The lease script, held until released: a refill stays in flight while other requests wait on it."""

    def __init__(self, script) -> None:
        self._script, self.release, self.entered = script, asyncio.Event(), asyncio.Event()

    async def __call__(self, **kwargs):
        self.entered.set()
        await self.release.wait()
        return await self._script(**kwargs)


async def test_a_cancelled_waiter_does_not_break_the_refill_it_waits_on():
    import redis.asyncio as aioredis
    from prometheus_client import CollectorRegistry

    from gammainfra_gateway.ratelimit.leased import LeasedRateLimiter

    redis = aioredis.from_url(REDIS_URL)
    try:
        limiter = LeasedRateLimiter(redis, registry=CollectorRegistry(), lease_max=8,
                                    clock=lambda: 1_800_000_030.0)
        held = limiter._lease_script = _HeldScript(limiter._lease_script)
        limits = [(f"test:{uuid.uuid4().hex}", 100)]
        owner = asyncio.create_task(limiter.check(limits))
        await held.entered.wait()
        waiter = asyncio.create_task(limiter.check(limits))
        survivor = asyncio.create_task(limiter.check(limits))
        await asyncio.sleep(0.01)  # both are now waiting on the owner's refill
        waiter.cancel()
        await asyncio.sleep(0)
        held.release.set()
        decisions = await asyncio.wait_for(asyncio.gather(owner, survivor), 10)
        assert [d.allowed for d in decisions] == [True, True]
        assert waiter.cancelled()
    finally:
        await redis.aclose()
