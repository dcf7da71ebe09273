"""LocalWindowLimiter: the in-process two-window rule used while Redis is down."""

from __future__ import annotations

from gammainfra_gateway.ratelimit.local import LocalWindowLimiter

WINDOW = 1000


def run(limiter: LocalWindowLimiter, limits, now_ms: int, times: int) -> list[int]:
    return [limiter.check(limits, now_ms) for _ in range(times)]


def test_allows_up_to_the_limit_then_refuses_with_the_wait_to_window_end():
    limiter = LocalWindowLimiter(WINDOW)
    assert run(limiter, [("key:a", 3)], 10_250, 3) == [0, 0, 0]
    assert limiter.check([("key:a", 3)], 10_250) == 750
    assert limiter.check([("key:a", 3)], 10_999) == 1


def test_buckets_are_independent():
    limiter = LocalWindowLimiter(WINDOW)
    assert run(limiter, [("ip:1.1.1.1", 2)], 0, 3) == [0, 0, 1000]
    assert run(limiter, [("ip:2.2.2.2", 2)], 0, 2) == [0, 0]


def test_previous_window_counts_by_its_remaining_overlap():
    limiter = LocalWindowLimiter(WINDOW)
    limits = [("key:a", 4)]
    assert run(limiter, limits, 0, 4) == [0, 0, 0, 0]
    # At the start of the next window the previous one still weighs fully: 4 used.
    assert limiter.check(limits, 1000) == 1000
    # Half way: 4 * 0.5 = 2 used, so two more fit, the third waits for the window's end.
    assert run(limiter, limits, 1500, 3) == [0, 0, 500]
    # A quarter left: 4 * 0.25 = 1 + 2 current = 3 used: one more fits.
    assert run(limiter, limits, 1750, 2) == [0, 250]


def test_a_skipped_window_forgets_the_old_counts():
    limiter = LocalWindowLimiter(WINDOW)
    limits = [("key:a", 3)]
    assert run(limiter, limits, 100, 3) == [0, 0, 0]
    assert run(limiter, limits, 2100, 4) == [0, 0, 0, 900]    # window 2000: 1000 had no traffic


def test_several_buckets_are_checked_together_and_counted_only_when_all_allow():
    limiter = LocalWindowLimiter(WINDOW)
    both = [("ip:1.1.1.1", 2), ("key:k", 3)]
    assert run(limiter, both, 0, 2) == [0, 0]
    assert limiter.check(both, 0) == 1000                      # refused by the IP bucket
    # The refused request did not count against the key: it still has exactly one left.
    assert limiter.check([("key:k", 3)], 0) == 0
    assert limiter.check([("key:k", 3)], 0) == 1000


def test_refused_by_a_later_bucket_does_not_count_the_earlier_one():
    limiter = LocalWindowLimiter(WINDOW)
    limits = [("ip:x", 5), ("key:y", 1)]
    assert run(limiter, limits, 0, 3) == [0, 1000, 1000]
    assert run(limiter, [("ip:x", 2)], 0, 2) == [0, 1000]     # ip:x was counted once, not three times


def test_window_length_is_respected():
    limiter = LocalWindowLimiter(60_000)
    assert run(limiter, [("k", 1)], 59_000, 2) == [0, 1000]
    assert limiter.check([("k", 1)], 90_000) == 30_000         # previous 1 * 0.5 + 1 > 1
    assert limiter.check([("k", 1)], 120_000) == 0             # refusals were never counted
