"""Where the local demo stack (`make up`, `gammainfra stack up`) listens: the
operator commands' defaults. The stack moves its ports with GI_STACK_*_PORT (two
stacks on one machine); a command run in the same shell must follow them, or it
talks to the other stack's database. Production sets GI_DATABASE_URL etc., which
override these defaults."""

from __future__ import annotations

import os


def _port(name: str, default: int) -> int:
    return int(os.environ.get(name) or default)


def postgres_url() -> str:
    return f"postgresql://gammainfra:gammainfra@127.0.0.1:{_port('GI_STACK_POSTGRES_PORT', 5432)}/gammainfra"


def redis_url() -> str:
    return f"redis://127.0.0.1:{_port('GI_STACK_REDIS_PORT', 6379)}/0"


def kafka_bootstrap() -> str:
    return f"127.0.0.1:{_port('GI_STACK_KAFKA_PORT', 9092)}"
