"""Metering settings, read once from GI_* variables at start (nothing else reads os.environ)."""

from __future__ import annotations

from dataclasses import dataclass

from gammainfra_common.settings import Url, env_field, load_settings


@dataclass(frozen=True)
class MeteringSettings:
    database_url: Url = env_field(schemes={"postgresql", "postgres"}, help="PostgreSQL DSN")
    kafka_bootstrap: str = env_field(help="Kafka bootstrap servers")
    redis_url: Url | None = env_field(default=None, schemes={"redis", "rediss"},
                                      help="Redis URL for the budget counters; unset: no budget sync")
    schema: str = env_field(default="metering", env="GI_METERING_SCHEMA",
                            help="PostgreSQL schema of the ledger")
    topic: str = env_field(default="llm.requests.v1", env="GI_METERING_TOPIC", help="topic consumed")
    lifecycle_topic: str = env_field(default="lifecycle.v1", env="GI_LIFECYCLE_TOPIC",
                                     help="topic of lifecycle commands (erasure, purge) and their acks")
    group_id: str = env_field(default="metering", env="GI_METERING_GROUP_ID", help="consumer group id")
    ops_host: str = env_field(default="127.0.0.1", env="GI_METERING_OPS_HOST",
                              help="ops server bind address (0.0.0.0 in a container, so Prometheus can scrape it)")
    ops_port: int = env_field(default=9103, min=0, max=65535, env="GI_METERING_OPS_PORT",
                              help="ops server port (/healthz, /readyz, /metrics)")
    api_host: str = env_field(default="127.0.0.1", env="GI_METERING_API_HOST",
                              help="bind address of the internal export API")
    api_port: int = env_field(default=9113, min=0, max=65535, env="GI_METERING_API_PORT",
                              help="port of the internal export API")
    batch_size: int = env_field(default=5000, min=1, max=100_000, env="GI_METERING_BATCH_SIZE",
                                help="events per ledger transaction (upper bound)")
    batch_wait_s: float = env_field(default=0.5, min=0.01, env="GI_METERING_BATCH_WAIT_S",
                                    help="longest an event waits in a partial batch")
    partitions_ahead: int = env_field(default=2, min=0, max=24, env="GI_METERING_PARTITIONS_AHEAD",
                                      help="monthly ledger partitions created ahead of the current month")
    partition_check_s: float = env_field(default=3600.0, min=1, env="GI_METERING_PARTITION_CHECK_S",
                                         help="how often the partitions ahead are ensured")
    budget_sync_s: float = env_field(default=1.0, min=0.05, env="GI_METERING_BUDGET_SYNC_S",
                                     help="how often ledger spend is written to Redis")
    export_fetch_rows: int = env_field(default=1000, min=10, max=100_000, env="GI_METERING_EXPORT_FETCH_ROWS",
                                       help="rows fetched per server-side cursor round trip in exports")
    log_level: str = env_field(default="INFO", env="GI_LOG_LEVEL", help="DEBUG, INFO, WARNING or ERROR")


def load(environ=None) -> MeteringSettings:
    return load_settings(MeteringSettings, environ)
