"""Retention settings, read once from GI_* variables at start (nothing else reads os.environ)."""

from __future__ import annotations

from dataclasses import dataclass

from gammainfra_common.settings import Url, env_field, load_settings

# Every service that owns customer data acks (the gateway holds no request detail, so not purges).
DEFAULT_ERASURE_SERVICES = ["gateway", "metering", "router", "billing"]
DEFAULT_PURGE_SERVICES = ["metering", "router", "billing"]


@dataclass(frozen=True)
class RetentionSettings:
    database_url: Url = env_field(schemes={"postgresql", "postgres"}, help="PostgreSQL DSN")
    kafka_bootstrap: str = env_field(help="Kafka bootstrap servers")
    schema: str = env_field(default="retention", env="GI_RETENTION_SCHEMA",
                            help="PostgreSQL schema of the audit trail")
    lifecycle_topic: str = env_field(default="lifecycle.v1", env="GI_LIFECYCLE_TOPIC",
                                     help="topic of lifecycle commands and acks")
    accounts_topic: str = env_field(default="accounts.v1", env="GI_RETENTION_ACCOUNTS_TOPIC",
                                    help="topic carrying account.erasure_requested")
    group_id: str = env_field(default="retention", env="GI_RETENTION_GROUP_ID", help="consumer group id")
    ops_host: str = env_field(default="127.0.0.1", env="GI_RETENTION_OPS_HOST",
                              help="ops server bind address (0.0.0.0 in a container, so Prometheus can scrape it)")
    ops_port: int = env_field(default=9105, min=0, max=65535, env="GI_RETENTION_OPS_PORT",
                              help="ops server port (/healthz, /readyz, /metrics, /v1/erasures)")
    erasure_services: list[str] = env_field(
        default_factory=lambda: list(DEFAULT_ERASURE_SERVICES), env="GI_RETENTION_ERASURE_SERVICES",
        help="services that must ack every erasure (comma separated)")
    purge_services: list[str] = env_field(
        default_factory=lambda: list(DEFAULT_PURGE_SERVICES), env="GI_RETENTION_PURGE_SERVICES",
        help="services that must ack every purge (comma separated)")
    erasure_timeout_s: float = env_field(default=900.0, min=1, env="GI_RETENTION_ERASURE_TIMEOUT_S",
                                         help="an erasure open longer than this is stuck and re-issued")
    watchdog_s: float = env_field(default=30.0, min=0.1, env="GI_RETENTION_WATCHDOG_S",
                                  help="how often open erasures are checked (and stuck ones re-issued)")
    purge_enabled: bool = env_field(default=True, env="GI_RETENTION_PURGE_ENABLED",
                                    help="run the daily 24-month purge schedule")
    purge_check_s: float = env_field(default=3600.0, min=1, env="GI_RETENTION_PURGE_CHECK_S",
                                     help="how often the scheduler checks that today's purge was issued")
    retention_months: int = env_field(default=24, min=1, max=24, env="GI_RETENTION_MONTHS",
                                      help="request metadata is purged after this many months (policy: 24)")
    log_level: str = env_field(default="INFO", env="GI_LOG_LEVEL", help="DEBUG, INFO, WARNING or ERROR")


def load(environ=None) -> RetentionSettings:
    return load_settings(RetentionSettings, environ)
