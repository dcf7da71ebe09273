"""The stream write deadline: one timer per stream, yet every write gets its full
timeout and a stalled write expires the stream within it."""

import asyncio

from gammainfra_gateway.handlers.write_deadline import WriteDeadline

TIMEOUT_S = 0.2


def _deadline():
    expiries: list[float] = []
    loop = asyncio.get_running_loop()
    deadline = WriteDeadline(loop, TIMEOUT_S, lambda: expiries.append(loop.time()))
    return loop, deadline, expiries


async def test_a_stalled_write_expires_the_stream_once_its_timeout_has_passed():
    loop, deadline, expiries = _deadline()
    started = loop.time()
    deadline.write_started()
    await asyncio.sleep(TIMEOUT_S * 2)
    assert deadline.expired and len(expiries) == 1
    assert TIMEOUT_S <= expiries[0] - started < TIMEOUT_S * 1.5


async def test_quick_writes_never_expire_however_long_the_stream_lasts():
    loop, deadline, expiries = _deadline()
    for _ in range(40):  # 40 x 20 ms = 4 timeouts of streaming
        deadline.write_started()
        deadline.write_finished()
        await asyncio.sleep(TIMEOUT_S / 10)
    assert not deadline.expired and not expiries
    deadline.close()


async def test_a_write_started_late_in_the_timer_window_still_gets_its_whole_timeout():
    loop, deadline, expiries = _deadline()
    deadline.write_started()  # arms the timer for now + TIMEOUT_S
    deadline.write_finished()
    await asyncio.sleep(TIMEOUT_S * 0.8)
    late_start = loop.time()
    deadline.write_started()  # stalls from here
    await asyncio.sleep(TIMEOUT_S * 0.5)  # past the first arming: must not have expired yet
    assert not deadline.expired
    await asyncio.sleep(TIMEOUT_S)
    assert deadline.expired and len(expiries) == 1
    assert expiries[0] - late_start >= TIMEOUT_S


async def test_close_cancels_the_timer():
    _, deadline, expiries = _deadline()
    deadline.write_started()
    deadline.close()
    await asyncio.sleep(TIMEOUT_S * 1.5)
    assert not deadline.expired and not expiries
