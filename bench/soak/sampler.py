"""What the soak samples every few seconds, for every process of the system:

- RSS (VmRSS), anonymous RSS (RssAnon) and open file descriptors from /proc (a
  process tree for PostgreSQL, whose backends are children of the postmaster;
  summed). For a tree also PSS (`Pss` of /proc/PID/smaps_rollup, summed): summed
  VmRSS counts every shared page (PostgreSQL's shared buffers) once per backend that
  touched it, so it grows as backends touch more of the same buffers; PSS divides
  each shared page among the processes mapping it, so its sum is the tree's real
  footprint. report.py judges a tree's growth on PSS (`growth_measure`);
- event-loop lag of each GammaInfra service from its /metrics
  (`gi_event_loop_lag_seconds` bucket deltas since the previous sample -> p50/p99,
  `gi_event_loop_lag_max_seconds` -> the worst wake-up of the last 30 s);
- consumer lag per group: end offsets minus committed offsets for every group the
  broker knows, and billing's own offsets table (it keeps its position in PostgreSQL,
  in the same transaction as its rows).

Reading /proc of a process that just exited gives None, not an error.
"""

from __future__ import annotations

import os
from dataclasses import dataclass

import aiohttp
from aiokafka import AIOKafkaConsumer
from aiokafka.admin import AIOKafkaAdminClient
from aiokafka.structs import TopicPartition
from prometheus_client.parser import text_string_to_metric_families


@dataclass
class Watched:
    name: str
    pid: int
    ops_port: int | None = None  # a GammaInfra service: its loop lag is scraped
    tree: bool = False           # sum the process and its descendants (PostgreSQL)


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as f:
                    fields = f.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def status_kb(pid: int, *names: str) -> dict[str, int]:
    with open(f"/proc/{pid}/status") as f:
        found = {line.split(":", 1)[0]: int(line.split()[1]) for line in f if line.split(":", 1)[0] in names}
    if set(found) != set(names):
        raise StopIteration  # a kernel thread or a zombie: no memory lines
    return found


def _pss_kb(pid: int) -> int:
    with open(f"/proc/{pid}/smaps_rollup") as f:
        return next(int(line.split()[1]) for line in f if line.startswith("Pss:"))


def _reading(pid: int, pss: bool) -> tuple[int, int, int, int | None] | None:
    """(VmRSS bytes, RssAnon bytes, open fds, PSS bytes or None) of one process."""
    try:
        kb = status_kb(pid, "VmRSS", "RssAnon")
        return (kb["VmRSS"] * 1024, kb["RssAnon"] * 1024, len(os.listdir(f"/proc/{pid}/fd")),
                _pss_kb(pid) * 1024 if pss else None)
    except (OSError, StopIteration):
        return None


def proc_usage(watched: Watched) -> dict | None:
    pids = [watched.pid] + (_children(watched.pid) if watched.tree else [])
    readings = [r for r in (_reading(pid, watched.tree) for pid in pids) if r is not None]
    if not readings or _reading(watched.pid, False) is None:
        return None
    usage = {"rss_mb": round(sum(r[0] for r in readings) / 2**20, 1),
             "rss_anon_mb": round(sum(r[1] for r in readings) / 2**20, 1),
             "fds": sum(r[2] for r in readings), "processes": len(readings)}
    if watched.tree:
        usage["pss_mb"] = round(sum(r[3] for r in readings) / 2**20, 1)
    return usage


class LoopLag:
    """Per-service histogram state between samples."""

    def __init__(self) -> None:
        self._previous: dict[str, dict[float, float]] = {}

    async def sample(self, http: aiohttp.ClientSession, watched: Watched) -> dict | None:
        try:
            async with http.get(f"http://127.0.0.1:{watched.ops_port}/metrics") as resp:
                text = await resp.text()
        except (aiohttp.ClientError, TimeoutError):
            return None
        buckets, worst = {}, None
        for family in text_string_to_metric_families(text):
            if family.name == "gi_event_loop_lag_seconds":
                buckets = {float(s.labels["le"]): s.value for s in family.samples if s.name.endswith("_bucket")}
            elif family.name == "gi_event_loop_lag_max_seconds":
                worst = family.samples[0].value
        before = self._previous.get(watched.name, {})
        self._previous[watched.name] = buckets
        delta = {le: n - before.get(le, 0.0) for le, n in buckets.items()}
        if any(d < 0 for d in delta.values()):  # the process restarted: its counters did too
            delta = buckets
        return {"p50_ms": _quantile_ms(delta, 0.5), "p99_ms": _quantile_ms(delta, 0.99),
                "max_30s_ms": None if worst is None else round(worst * 1000, 1)}


def _quantile_ms(cumulative: dict[float, float], q: float) -> float | None:
    """Upper bound of the bucket holding the q-quantile (cumulative counts by `le`)."""
    total = cumulative.get(float("inf"), 0.0)
    if total <= 0:
        return None
    for le in sorted(cumulative):
        if cumulative[le] >= q * total:
            return None if le == float("inf") else round(le * 1000, 1)
    return None


async def kafka_lag(bootstrap: str) -> dict[str, int]:
    """{group: end offset minus committed offset, summed over the group's partitions}."""
    admin = AIOKafkaAdminClient(bootstrap_servers=bootstrap, request_timeout_ms=10000)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await admin.start()
    await consumer.start()
    try:
        lags = {}
        for group, _protocol in await admin.list_consumer_groups():
            committed = {tp: meta.offset for tp, meta in (await admin.list_consumer_group_offsets(group)).items()
                         if meta.offset >= 0}
            if committed:
                ends = await consumer.end_offsets(list(committed))
                lags[group] = sum(max(0, ends[tp] - off) for tp, off in committed.items())
        return lags
    finally:
        await consumer.stop()
        await admin.close()


async def table_lag(bootstrap: str, pg, schema: str, topic: str) -> int | None:
    """A consumer that stores its offsets in PostgreSQL (billing): end offsets minus those."""
    rows = await pg.fetch(f'SELECT partition, next_offset FROM "{schema}".consumer_offsets WHERE topic = $1', topic)
    consumer = AIOKafkaConsumer(bootstrap_servers=bootstrap, group_id=None, enable_auto_commit=False)
    await consumer.start()
    try:
        partitions = consumer.partitions_for_topic(topic)
        if partitions is None:
            await consumer._client.force_metadata_update()
            partitions = consumer.partitions_for_topic(topic) or set()
        ends = await consumer.end_offsets([TopicPartition(topic, p) for p in partitions])
    finally:
        await consumer.stop()
    stored = {r["partition"]: r["next_offset"] for r in rows}
    return sum(max(0, end - stored.get(tp.partition, 0)) for tp, end in ends.items())
