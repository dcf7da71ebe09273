"""Metrics of a consumer group, listed once.

| name | type | labels | meaning |
|---|---|---|---|
| gi_consumer_records_total | counter | group, topic, outcome | records handled: `processed` (reached the sink) or `dead_lettered` |
| gi_consumer_sink_seconds | histogram | group | time of one successful batched sink write |
| gi_consumer_sink_retries_total | counter | group | sink writes that failed transiently and were retried |
| gi_consumer_commits_total | counter | group, outcome | offset commits, `ok` or `failed` (a failed commit means redelivery, never loss) |
| gi_consumer_lag | gauge | group, topic, partition | high watermark minus the consumer's position |
"""

from __future__ import annotations

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram


class ConsumerMetrics:
    def __init__(self, registry: CollectorRegistry, group: str) -> None:
        self.group = group
        self.records = Counter("gi_consumer_records_total", "records handled by outcome",
                               ["group", "topic", "outcome"], registry=registry)
        self.sink_seconds = Histogram("gi_consumer_sink_seconds", "batched sink write time",
                                      ["group"], registry=registry,
                                      buckets=(0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5))
        self.sink_retries = Counter("gi_consumer_sink_retries_total", "transient sink failures retried",
                                    ["group"], registry=registry)
        self.commits = Counter("gi_consumer_commits_total", "offset commits by outcome",
                               ["group", "outcome"], registry=registry)
        self.lag = Gauge("gi_consumer_lag", "high watermark minus position",
                         ["group", "topic", "partition"], registry=registry)

    def record(self, topic: str, outcome: str, count: int = 1) -> None:
        self.records.labels(self.group, topic, outcome).inc(count)
