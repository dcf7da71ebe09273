"""Router settings, read once from GI_* variables at start (nothing else reads os.environ).

The circuit thresholds are documented in domain/circuit.py; the defaults suit
production traffic (a 5-minute window, a 30 s cool-down). Tests shorten them.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from gammainfra_common.settings import Url, env_field, load_settings

from .domain.circuit import Thresholds


@dataclass(frozen=True)
class RouterSettings:
    redis_url: Url = env_field(schemes={"redis", "rediss"}, help="Redis URL (the health snapshot)")
    kafka_bootstrap: str = env_field(help="Kafka bootstrap servers")
    host: str = env_field(default="127.0.0.1", env="GI_ROUTER_HOST", help="ops server bind address")
    ops_port: int = env_field(default=9102, min=0, max=65535, env="GI_ROUTER_OPS_PORT",
                              help="ops server port (/healthz, /readyz, /metrics)")
    log_level: str = env_field(default="INFO", env="GI_LOG_LEVEL", help="DEBUG, INFO, WARNING or ERROR")
    group_id: str = env_field(default="router", env="GI_ROUTER_GROUP_ID",
                              help="consumer group on the requests topic")
    start_from: Literal["earliest", "latest"] = env_field(
        default="latest", env="GI_ROUTER_START_FROM",
        help="where a group without committed offsets starts; history older than the window "
             "is ignored anyway, and state survives restarts through the health topic")
    requests_topic: str = env_field(default="llm.requests.v1", env="GI_ROUTER_REQUESTS_TOPIC",
                                    help="request events consumed")
    accounts_topic: str = env_field(default="accounts.v1", env="GI_ROUTER_ACCOUNTS_TOPIC",
                                    help="account events (processing objections), replayed from the start")
    lifecycle_topic: str = env_field(default="lifecycle.v1", env="GI_LIFECYCLE_TOPIC",
                                     help="topic of lifecycle commands (erasure, purge) and their acks")
    health_topic: str = env_field(default="routing.health.v1", env="GI_ROUTER_HEALTH_TOPIC",
                                  help="compacted topic the health is published to and restored from")
    snapshot_key: str = env_field(default="gi:routing:health", env="GI_ROUTER_SNAPSHOT_KEY",
                                  help="Redis key of the snapshot (the gateway reads gi:routing:health)")
    publish_interval_s: float = env_field(default=1.0, min=0.05, max=60, env="GI_ROUTER_PUBLISH_INTERVAL_S",
                                          help="scoring and publishing cycle")
    full_publish_every: int = env_field(default=10, min=1, env="GI_ROUTER_FULL_PUBLISH_EVERY",
                                        help="every N cycles every pair goes to the topic, changed or not "
                                             "(keeps the topic's newest value younger than the gateways' "
                                             "stale limit, so a gateway can bootstrap from it)")
    window_s: int = env_field(default=300, min=1, env="GI_ROUTER_WINDOW_S", help="sliding window length")
    max_samples: int = env_field(default=5000, min=10, env="GI_ROUTER_MAX_SAMPLES",
                                 help="samples kept per pair (and per label/model) in the window")
    slow_latency_ms: float = env_field(default=30000, min=1, env="GI_ROUTER_SLOW_LATENCY_MS",
                                       help="p95 latency at which the score's latency part is 0")
    probe_share: float = env_field(default=0.1, min=0, max=1, env="GI_ROUTER_PROBE_SHARE",
                                   help="share of a half_open pair's requests the gateway sends to it first")
    min_requests: int = env_field(default=10, min=1, env="GI_ROUTER_MIN_REQUESTS",
                                  help="attempts in the window before rate rules apply")
    down_consecutive_failures: int = env_field(default=5, min=1, env="GI_ROUTER_DOWN_CONSECUTIVE_FAILURES",
                                               help="faults in a row that take a pair down")
    down_fault_rate: float = env_field(default=0.5, min=0, max=1, env="GI_ROUTER_DOWN_FAULT_RATE",
                                       help="window fault rate that takes a pair down")
    degraded_fault_rate: float = env_field(default=0.1, min=0, max=1, env="GI_ROUTER_DEGRADED_FAULT_RATE",
                                           help="window fault rate that degrades a pair")
    degraded_rate_limited_ratio: float = env_field(default=0.2, min=0, max=1,
                                                   env="GI_ROUTER_DEGRADED_RATE_LIMITED_RATIO",
                                                   help="window 429 ratio that degrades a pair")
    recover_fault_rate: float = env_field(default=0.05, min=0, max=1, env="GI_ROUTER_RECOVER_FAULT_RATE",
                                          help="window fault rate at or below which degraded is healthy again")
    cooldown_s: float = env_field(default=30.0, min=0.1, env="GI_ROUTER_COOLDOWN_S",
                                  help="how long a down pair is skipped before probing (half_open)")
    half_open_successes: int = env_field(default=3, min=1, env="GI_ROUTER_HALF_OPEN_SUCCESSES",
                                         help="successful probes in a row that make a half_open pair healthy")

    def thresholds(self) -> Thresholds:
        return Thresholds(
            min_requests=self.min_requests, down_consecutive_failures=self.down_consecutive_failures,
            down_fault_rate=self.down_fault_rate, degraded_fault_rate=self.degraded_fault_rate,
            degraded_rate_limited_ratio=self.degraded_rate_limited_ratio,
            recover_fault_rate=self.recover_fault_rate, cooldown_s=self.cooldown_s,
            half_open_successes=self.half_open_successes)


def load() -> RouterSettings:
    return load_settings(RouterSettings)
