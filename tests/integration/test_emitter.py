"""The event emitter against real Kafka: order, exactly-once without crashes, a
broker outage in the middle of sending, and recovery after a process crash."""

from __future__ import annotations

import asyncio
import gc
import os
import subprocess
import sys
import textwrap
import time
from collections import defaultdict
from pathlib import Path

import pytest
from prometheus_client import CollectorRegistry

from gammainfra_common.kafka.cloudevents import CloudEvent, attributes
from gammainfra_common.kafka.emitter import EventEmitter
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.kafka.spool import DiskSpool, SpoolFull
from tests.conftest import KAFKA_BOOTSTRAP
from tests.integration.conftest import eventually, read_all
from tests.integration.kafka_node import free_ports, kafka_node, read_topic  # noqa: F401 - fixture

pytestmark = [pytest.mark.integration, pytest.mark.timing]

KEYS = [f"cus_{n}" for n in range(7)]
OUTAGE_S = float(os.environ.get("GI_TEST_OUTAGE_S", "2.5"))  # longer by hand: past request_timeout_ms


def event(n: int) -> CloudEvent:
    return CloudEvent(type="com.gammainfra.test.emitted", source="/gammainfra/tests/emitter",
                      data={"n": n, "customer_id": KEYS[n % len(KEYS)]}, id=f"evt-{n:06d}")


# emit() never waits on Kafka (kafka_timeout_s=1 here; a metadata wait takes hundreds of
# ms): a bound far above what a loaded machine's scheduler can add to one call.
NEVER_WAITS_S = 0.1


def emit_timed(emitter: EventEmitter, topic: str, numbers) -> list[float]:
    """emit() each event; returns each call's duration in seconds. The events are
    built first and the cyclic GC is paused meanwhile: a collection pass in a long
    test session is not what the timing is about (waiting on Kafka is)."""
    events = [(KEYS[n % len(KEYS)], event(n)) for n in numbers]
    durations = []
    gc.disable()
    try:
        for key, evt in events:
            started = time.perf_counter()
            emitter.emit(topic, key, evt)
            durations.append(time.perf_counter() - started)
    finally:
        gc.enable()
    return durations


def assert_exactly_once_in_order(records, expected: int) -> None:
    ids = [attributes(r.headers)["ce_id"] for r in records]
    assert len(ids) == len(set(ids)), f"duplicates: {sorted(i for i in set(ids) if ids.count(i) > 1)[:20]}"
    assert sorted(ids) == [event(n).id for n in range(expected)]
    per_key = defaultdict(list)
    for r in records:  # one key lives on one partition, read in offset order
        per_key[r.key.decode()].append(attributes(r.headers)["ce_id"])
    for key, got in per_key.items():
        assert got == sorted(got), f"key {key} out of order"
        assert all(KEYS[int(i.split("-")[1]) % len(KEYS)] == key for i in got)


def metric(registry: CollectorRegistry, name: str, **labels) -> float:
    return registry.get_sample_value(name, labels) or 0.0


def failures(registry: CollectorRegistry) -> float:
    return sum(s.value for m in registry.collect() if m.name == "gi_event_delivery_failures"
               for s in m.samples if s.name.endswith("_total"))


@pytest.fixture
def spool_dir(tmp_path) -> Path:
    return tmp_path / "spool"


async def test_events_arrive_in_order_once_each_with_their_headers(new_topic, spool_dir):
    topic, count = await new_topic(partitions=3), 5000
    registry = CollectorRegistry()
    with DiskSpool(spool_dir, max_bytes=64 << 20) as spool:
        emitter = EventEmitter(EventProducer(KAFKA_BOOTSTRAP, client_id="test-emitter"), spool,
                               registry=registry)
        await emitter.start()
        try:
            started = time.perf_counter()
            durations = emit_timed(emitter, topic, range(count))
            await eventually(lambda: _true(spool.depth_records == 0), timeout_s=60, interval_s=0.01)
            elapsed = time.perf_counter() - started
        finally:
            await emitter.stop(drain_timeout_s=10)

    records = await read_all(topic, expected=count, timeout_s=30)
    assert_exactly_once_in_order(records, count)
    first = next(r for r in records if attributes(r.headers)["ce_id"] == event(0).id)
    assert attributes(first.headers) == {
        "ce_specversion": "1.0", "ce_id": event(0).id, "ce_source": "/gammainfra/tests/emitter",
        "ce_type": "com.gammainfra.test.emitted", "ce_time": attributes(first.headers)["ce_time"],
        "content-type": "application/json"}
    assert first.key == KEYS[0].encode() and first.value == event(0).value()
    assert metric(registry, "gi_events_emitted_total", topic=topic) == count
    assert metric(registry, "gi_events_delivered_total", topic=topic) == count
    assert metric(registry, "gi_event_spool_depth_records") == 0
    durations.sort()
    print(f"\nemit(): median {durations[count // 2] * 1e6:.1f} us, p99 {durations[int(count * .99)] * 1e6:.1f} us,"
          f" max {durations[-1] * 1e6:.1f} us; {count} events delivered in {elapsed:.2f} s"
          f" = {count / elapsed:,.0f} events/s")


async def test_broker_outage_spools_then_delivers_everything_once_in_order(kafka_node, spool_dir):
    node = kafka_node
    topic = await node.create_topic(partitions=3)
    registry = CollectorRegistry()
    with DiskSpool(spool_dir, max_bytes=64 << 20) as spool:
        producer = EventProducer(node.bootstrap, client_id="test-emitter-outage")
        emitter = EventEmitter(producer, spool, registry=registry, retry_backoff_max_s=1,
                               kafka_timeout_s=1)
        await emitter.start()
        try:
            before = emit_timed(emitter, topic, range(100))
            await eventually(lambda: _true(spool.depth_records == 0), timeout_s=60)
            before += emit_timed(emitter, topic, range(100, 200))
            # Stop at once: these 100 are on their way when the broker goes.
            await node.stop()
            during = emit_timed(emitter, topic, range(200, 500))
            # Never waiting on Kafka: a metadata wait would take hundreds of ms. The OS can
            # still pause any single call for tens of ms on a loaded machine (disk, a JVM
            # starting next door); how fast emit() is belongs to bench/, not to this test.
            timings = sorted(before + during)
            assert timings[int(len(timings) * 0.99)] < NEVER_WAITS_S / 2, f"emit() p99 {timings[int(len(timings) * 0.99)] * 1e3:.1f} ms"
            assert timings[-1] < NEVER_WAITS_S, f"emit() took {timings[-1] * 1e3:.1f} ms"
            assert spool.depth_records >= 300
            await asyncio.sleep(OUTAGE_S)  # the sender keeps failing meanwhile; the spool holds all
            assert spool.depth_records >= 300
            assert failures(registry) > 0  # the sender saw the outage (and said so)

            await node.start()  # same data dir: the topic and the records before the stop survive
            await eventually(lambda: _true(spool.depth_records == 0), timeout_s=120)
            assert spool.depth_bytes == 0
        finally:
            await emitter.stop(drain_timeout_s=10)

    records = await read_topic(node.bootstrap, topic, expected=500, settle_s=2)
    assert_exactly_once_in_order(records, 500)
    assert metric(registry, "gi_events_delivered_total", topic=topic) == 500
    assert metric(registry, "gi_event_spool_depth_records") == 0


CRASHING_PROCESS = textwrap.dedent("""
    import asyncio, os, signal, sys
    from prometheus_client import CollectorRegistry
    from gammainfra_common.kafka.emitter import EventEmitter
    from gammainfra_common.kafka.producer import EventProducer
    from gammainfra_common.kafka.spool import DiskSpool
    from tests.integration.test_emitter import KEYS, event

    async def main(directory, topic, count):
        spool = DiskSpool(directory, max_bytes=64 << 20)
        # Kafka is unreachable for this process: everything stays in the spool.
        emitter = EventEmitter(EventProducer("127.0.0.1:9", client_id="doomed"), spool,
                               registry=CollectorRegistry())
        await emitter.start()
        for n in range(count):
            emitter.emit(topic, KEYS[n % len(KEYS)], event(n))
        print(spool.depth_records, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)  # no stop(), no close(), no fsync

    asyncio.run(main(sys.argv[1], sys.argv[2], int(sys.argv[3])))
""")


async def test_events_spooled_before_a_crash_are_delivered_after_restart(new_topic, spool_dir):
    topic, count = await new_topic(partitions=3), 300
    crashed = await asyncio.to_thread(
        subprocess.run, [sys.executable, "-c", CRASHING_PROCESS, str(spool_dir), topic, str(count)],
        capture_output=True, text=True, timeout=60, cwd=Path(__file__).resolve().parents[2],
        env={**os.environ, "PYTHONPATH": str(Path(__file__).resolve().parents[2])})
    assert crashed.returncode == -9, crashed.stderr
    assert crashed.stdout.split() == [str(count)]
    [segment] = spool_dir.glob("*.seg")
    with open(segment, "ab") as f:
        f.write(b"\x00\x00\x01\x00half a frame")  # and it died in the middle of one more write

    registry = CollectorRegistry()
    with DiskSpool(spool_dir, max_bytes=64 << 20) as spool:
        assert spool.depth_records == count
        emitter = EventEmitter(EventProducer(KAFKA_BOOTSTRAP, client_id="test-emitter-restart"), spool,
                               registry=registry)
        await emitter.start()
        try:
            await eventually(lambda: _true(spool.depth_records == 0), timeout_s=60)
        finally:
            await emitter.stop(drain_timeout_s=10)

    records = await read_all(topic, expected=count, timeout_s=30)
    assert_exactly_once_in_order(records, count)


async def test_emit_spools_while_stopped_and_stop_leaves_the_rest_for_next_start(new_topic, spool_dir):
    topic = await new_topic(partitions=1)
    with DiskSpool(spool_dir, max_bytes=64 << 20) as spool:
        emitter = EventEmitter(EventProducer(KAFKA_BOOTSTRAP, client_id="t"), spool,
                               registry=CollectorRegistry())
        emit_timed(emitter, topic, range(50))  # before start: spooled only
        assert spool.depth_records == 50
        await emitter.start()
        await emitter.stop(drain_timeout_s=10)
        assert spool.depth_records == 0
        emit_timed(emitter, topic, range(50, 60))  # after stop: still spooled, not lost
        assert spool.depth_records == 10
        with pytest.raises(RuntimeError, match="starts once"):
            await emitter.start()

        again = EventEmitter(EventProducer(KAFKA_BOOTSTRAP, client_id="t2"), spool,
                             registry=CollectorRegistry())
        await again.start()
        await eventually(lambda: _true(spool.depth_records == 0))
        await again.stop()
    assert_exactly_once_in_order(await read_all(topic, expected=60), 60)


async def test_spool_full_propagates_and_is_counted(new_topic, spool_dir):
    topic = await new_topic(partitions=1, with_dlq=False)
    registry = CollectorRegistry()
    with DiskSpool(spool_dir, max_bytes=2000) as spool:
        emitter = EventEmitter(EventProducer(KAFKA_BOOTSTRAP, client_id="t"), spool, registry=registry)
        with pytest.raises(SpoolFull):
            emit_timed(emitter, topic, range(100))
        assert metric(registry, "gi_event_spool_full_total") == 1
        assert metric(registry, "gi_events_emitted_total", topic=topic) == spool.depth_records


async def test_stop_is_bounded_while_kafka_is_unreachable_and_keeps_the_events(spool_dir):
    registry = CollectorRegistry()
    [closed_port] = free_ports(1)
    with DiskSpool(spool_dir, max_bytes=1 << 20) as spool:
        emitter = EventEmitter(EventProducer(f"127.0.0.1:{closed_port}", client_id="t"), spool,
                               registry=registry, kafka_timeout_s=1)
        await emitter.start()
        assert max(emit_timed(emitter, "test-unreachable", range(20))) < NEVER_WAITS_S
        await asyncio.sleep(0.5)
        started = time.monotonic()
        await emitter.stop(drain_timeout_s=1)
        assert time.monotonic() - started < 3
        assert spool.depth_records == 20
        assert failures(registry) > 0


async def test_stop_with_nothing_spooled_does_not_wait_for_an_unreachable_kafka(spool_dir):
    [closed_port] = free_ports(1)
    with DiskSpool(spool_dir, max_bytes=1 << 20) as spool:
        emitter = EventEmitter(EventProducer(f"127.0.0.1:{closed_port}", client_id="t"), spool,
                               registry=CollectorRegistry(), kafka_timeout_s=1)
        await emitter.start()
        await asyncio.sleep(0.3)
        started = time.monotonic()
        await emitter.stop(drain_timeout_s=10)
        assert time.monotonic() - started < 6  # at most one backoff sleep, not the drain timeout


async def _true(value: bool) -> bool:
    return value
