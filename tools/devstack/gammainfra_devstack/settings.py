"""Settings of the local stack.

An infrastructure URL that is set in the environment means "that service already
runs elsewhere": the stack then starts nothing for it and only checks it answers.
Otherwise the stack runs its own on the usual ports (overridable when taken).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from gammainfra_common.settings import Url, env_field, load_settings

LOCAL_DSN = "postgresql://gammainfra:gammainfra@127.0.0.1:{port}/gammainfra"


@dataclass(frozen=True)
class StackSettings:
    kafka_bootstrap: str | None = env_field(
        default=None, help="Kafka bootstrap servers of an existing cluster (host:port,...)")
    database_url: Url | None = env_field(
        default=None, schemes={"postgresql", "postgres"}, help="DSN of an existing PostgreSQL")
    redis_url: Url | None = env_field(
        default=None, schemes={"redis", "rediss"}, help="URL of an existing Redis")
    kafka_port: int = env_field(default=9092, min=1, max=65535, env="GI_STACK_KAFKA_PORT",
                                help="port of the stack's own Kafka broker")
    kafka_controller_port: int = env_field(default=9093, min=1, max=65535,
                                           env="GI_STACK_KAFKA_CONTROLLER_PORT",
                                           help="KRaft controller port of the stack's own broker")
    postgres_port: int = env_field(default=5432, min=1, max=65535, env="GI_STACK_POSTGRES_PORT",
                                   help="port of the stack's own PostgreSQL")
    state_dir: Path | None = env_field(default=None, env="GI_STACK_STATE_DIR",
                                       help="where pids, data and logs go (default .gi/ in the checkout)")
    prometheus_port: int = env_field(default=9090, min=1, max=65535, env="GI_STACK_PROMETHEUS_PORT",
                                     help="port of the stack's own Prometheus (started by `make up`, not for tests)")
    redis_port: int = env_field(default=6379, min=1, max=65535, env="GI_STACK_REDIS_PORT",
                                help="port of the stack's own Redis")

    @property
    def effective_kafka(self) -> str:
        return self.kafka_bootstrap or f"127.0.0.1:{self.kafka_port}"

    @property
    def effective_database(self) -> str:
        return str(self.database_url) if self.database_url else LOCAL_DSN.format(port=self.postgres_port)

    @property
    def effective_redis(self) -> str:
        return str(self.redis_url) if self.redis_url else f"redis://127.0.0.1:{self.redis_port}/0"


def load() -> StackSettings:
    return load_settings(StackSettings)
