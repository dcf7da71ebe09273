"""Leased rate limits (ratelimit/leased.py) keep the global limit across processes:
two separate processes, each with its own LeasedRateLimiter on the real Redis,
hammer the same bucket concurrently; together they admit no more than the limit
(no overshoot) and no fewer than the stated bound (processes * lease_max), also
while leases grow from lease_first to lease_max; and a busy bucket's leases do
grow (fewer Redis calls), starting small again in each new window."""

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

async def main(url, bucket, limit, first, lease, now, attempts):
    redis = aioredis.from_url(url)
    limiter = LeasedRateLimiter(redis, registry=CollectorRegistry(), lease_first=first, lease_max=lease,
                                clock=lambda: now)
    decisions = await asyncio.gather(*(limiter.check([(bucket, limit), (bucket + ":other", 10**9)])
                                       for _ in range(attempts)))
    await redis.aclose()
    print(json.dumps({"allowed": sum(d.allowed for d in decisions),
                      "backends": sorted({d.backend for d in decisions})}))

asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3]), int(sys.argv[4]), int(sys.argv[5]),
                 float(sys.argv[6]), int(sys.argv[7])))
"""


def _run_two(bucket: str, limit: int, first: int, lease: int, attempts: int) -> list[dict]:
    # One fixed instant mid-window for both processes, so the window cannot turn during the test.
    now = 1_800_000_030.0
    procs = [subprocess.Popen([sys.executable, "-c", WORKER, REDIS_URL, bucket, str(limit), str(first),
                               str(lease), str(now), str(attempts)], stdout=subprocess.PIPE, text=True)
             for _ in range(2)]
    outs = [p.communicate(timeout=60)[0] for p in procs]
    assert all(p.returncode == 0 for p in procs), outs
    return [json.loads(out) for out in outs]


@pytest.mark.parametrize("limit,first,lease", [(1000, 32, 32), (50, 32, 32), (7, 64, 64), (1200, 8, 256),
                                               (300, 4, 64)])
def test_two_processes_never_admit_more_than_the_limit(limit, first, lease):
    results = _run_two(f"test:{uuid.uuid4().hex}", limit, first, lease, attempts=limit)  # 2x the limit offered
    allowed = sum(r["allowed"] for r in results)
    assert all(r["backends"] == ["redis"] for r in results), results
    assert allowed <= limit, results  # no overshoot, ever
    assert allowed >= limit - 2 * lease, results  # early refusals bounded by processes * lease_max


@pytest.fixture
def limiter(redis):
    """A LeasedRateLimiter on the real Redis, its clock fixed mid-window unless a test passes its own."""
    from prometheus_client import CollectorRegistry

    from gammainfra_gateway.ratelimit.leased import LeasedRateLimiter

    def make(clock=lambda: 1_800_000_030.0, **kwargs) -> LeasedRateLimiter:
        return LeasedRateLimiter(redis, registry=CollectorRegistry(), clock=clock, **kwargs)

    return make


class _HeldScript:
    """The lease script, held until released: a refill stays in flight while other requests wait on it."""

    def __init__(self, script) -> None:
        self._script, self.release, self.entered = script, asyncio.Event(), asyncio.Event()

    async def __call__(self, **kwargs):
        self.entered.set()
        await self.release.wait()
        return await self._script(**kwargs)


async def test_a_cancelled_waiter_does_not_break_the_refill_it_waits_on(limiter):
    limiter = limiter(lease_max=8)
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


class _CountedScript:
    def __init__(self, script) -> None:
        self._script, self.wants = script, []

    async def __call__(self, *, keys, args):
        self.wants.append(args[6])  # the first bucket's requested lease (ARGV after the 5 fixed ones)
        return await self._script(keys=keys, args=args)


async def test_a_busy_bucket_leases_more_each_refill_and_starts_small_in_a_new_window(limiter):
    now = [1_800_000_030.0]
    limiter = limiter(clock=lambda: now[0], lease_first=8, lease_max=64)
    counted = limiter._lease_script = _CountedScript(limiter._lease_script)
    limits = [(f"test:{uuid.uuid4().hex}", 10**6)]
    for _ in range(1000):
        assert (await limiter.check(limits)).allowed
    # 8 + 16 + 32 + 64 * 15 = 1,016 >= 1,000: 18 calls to Redis, where a fixed lease of 8 needs 125.
    assert counted.wants == [8, 16, 32] + [64] * 15
    now[0] += 60  # the next window: demand is learnt again
    assert (await limiter.check(limits)).allowed
    assert counted.wants[-1] == 8


async def test_refills_of_different_keys_in_one_loop_turn_share_one_redis_call(limiter, redis):
    limiter = limiter(lease_first=4, lease_max=4)
    counted = limiter._lease_script = _CountedScript(limiter._lease_script)
    run = uuid.uuid4().hex
    # 50 keys (each with its own IP here), one request each, all in one turn: one round trip.
    decisions = await asyncio.gather(*(limiter.check([(f"test:{run}:ip{i}", 10**6),
                                                      (f"test:{run}:key{i}", 10**6)]) for i in range(50)))
    assert len(counted.wants) == 1
    assert all(d.allowed for d in decisions)
    assert int(await redis.get(f"gi:rl:test:{run}:key7:1800000000000")) == 4  # each bucket leased once
    # Each key's own limit still holds: 3 requests a key against a limit of 2, 50 keys at once.
    decisions = await asyncio.gather(*(limiter.check([(f"test:{run}:small{i}", 2)])
                                       for i in range(50) for _ in range(3)))
    allowed = [sum(d.allowed for d in decisions[i * 3:i * 3 + 3]) for i in range(50)]
    assert allowed == [2] * 50, allowed
    assert len(counted.wants) < 1 + 50  # the 50 keys' refills went together, not one call each


class _Down:
    """The lease script with Redis gone, optionally held until released so waiters pile up on it."""

    def __init__(self, hold: bool = False) -> None:
        self.calls, self.release = 0, asyncio.Event()
        if not hold:
            self.release.set()

    async def __call__(self, **kwargs):
        import redis.asyncio as aioredis

        self.calls += 1
        await self.release.wait()
        raise aioredis.ConnectionError("down")


async def test_a_failed_shared_call_sends_every_requester_to_the_local_limiter(limiter):
    limiter = limiter(lease_first=4, lease_max=4)
    down = limiter._lease_script = _Down()
    run = uuid.uuid4().hex
    decisions = await asyncio.gather(*(limiter.check([(f"test:{run}:key{i}", 100)]) for i in range(20)))
    assert down.calls == 1
    assert {d.backend for d in decisions} == {"local"}
    assert all(d.allowed for d in decisions)


async def test_waiters_on_a_failed_refill_go_local_without_asking_redis_again(limiter):
    limiter = limiter(lease_first=4, lease_max=4)
    down = limiter._lease_script = _Down(hold=True)
    limits = [(f"test:{uuid.uuid4().hex}", 100)]
    checks = [asyncio.create_task(limiter.check(limits)) for _ in range(10)]  # 1 owner, 9 waiters
    await asyncio.sleep(0.01)
    down.release.set()
    decisions = await asyncio.wait_for(asyncio.gather(*checks), 10)
    assert down.calls == 1
    assert {d.backend for d in decisions} == {"local"}


async def test_a_cancelled_send_leaves_no_request_waiting_forever(limiter):
    limiter = limiter(lease_first=4, lease_max=4)
    held = limiter._lease_script = _HeldScript(limiter._lease_script)
    limits = [(f"test:{uuid.uuid4().hex}", 100)]
    try:
        owner = asyncio.create_task(limiter.check(limits))
        await held.entered.wait()
        waiter = asyncio.create_task(limiter.check(limits))
        await asyncio.sleep(0.01)
        for task in list(limiter._sending):
            task.cancel()  # e.g. the loop shutting down under an in-flight refill
        await asyncio.sleep(0.01)
        assert owner.cancelled()  # its refill will not come: it does not wait for it
        held.release.set()  # the waiter looked again and asked Redis itself
        decision = await asyncio.wait_for(waiter, 5)
        assert decision.allowed
        assert not limiter._refills
    finally:
        held.release.set()


def test_refills_are_split_into_bounded_calls():
    from gammainfra_gateway.ratelimit.leased import MAX_BUCKETS_PER_CALL, LeasedRateLimiter

    queued = [([(f"b{i}a", 1), (f"b{i}b", 1)], [], 0, 60_000, None) for i in range(150)]  # 300 buckets
    queued += [([("late", 1)], [], 0, 120_000, None)]  # another window: a call of its own
    calls = LeasedRateLimiter._calls(queued)
    assert [sum(len(item[0]) for item in call) for call in calls] == [128, 128, 44, 1]
    assert all(sum(len(item[0]) for item in call) <= MAX_BUCKETS_PER_CALL for call in calls)
    assert [item for call in calls for item in call] == queued
