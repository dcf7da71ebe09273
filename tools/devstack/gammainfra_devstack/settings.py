"""Settings of the local stack.

An infrastructure URL that is set in the environment means "that service already
runs elsewhere": the stack then starts nothing for it and only checks it answers.
"""

from __future__ import annotations

from dataclasses import dataclass

from gammainfra_common.settings import Url, env_field, load_settings

DEFAULT_KAFKA = "127.0.0.1:9092"
DEFAULT_DATABASE = "postgresql://gammainfra:gammainfra@127.0.0.1:5432/gammainfra"
DEFAULT_REDIS = "redis://127.0.0.1:6379/0"


@dataclass(frozen=True)
class StackSettings:
    kafka_bootstrap: str | None = env_field(
        default=None, help="Kafka bootstrap servers of an existing cluster (host:port,...)")
    database_url: Url | None = env_field(
        default=None, schemes={"postgresql", "postgres"}, help="DSN of an existing PostgreSQL")
    redis_url: Url | None = env_field(
        default=None, schemes={"redis", "rediss"}, help="URL of an existing Redis")

    @property
    def effective_kafka(self) -> str:
        return self.kafka_bootstrap or DEFAULT_KAFKA

    @property
    def effective_database(self) -> str:
        return str(self.database_url) if self.database_url else DEFAULT_DATABASE

    @property
    def effective_redis(self) -> str:
        return str(self.redis_url) if self.redis_url else DEFAULT_REDIS


def load() -> StackSettings:
    return load_settings(StackSettings)
