"""`python -m gammainfra_gateway`: settings -> logging -> serve (see workers.py)."""

from __future__ import annotations

import asyncio
import sys

import uvloop

from gammainfra_common.kafka.retention_check import TopicRetentionError, check_topic_retention
from gammainfra_schemas.llm_requests_v1 import TOPIC as REQUESTS_TOPIC

from gammainfra_common.logging import configure_logging
from gammainfra_common.settings import SettingsError

from .settings import load
from .workers import serve, supervise


async def check_topics(settings) -> None:
    """Refuse to run against a topic keeping customer ids too long. A broker that
    cannot be reached is not a reason to refuse: the gateway serves while Kafka is
    down (its events spool to disk); the consumers check too when they start."""
    try:
        async with asyncio.timeout(10):
            await check_topic_retention(settings.kafka_bootstrap, {REQUESTS_TOPIC: "llm.requests.v1",
                                                                   "accounts.v1": "accounts.v1",
                                                                   settings.lifecycle_topic: "lifecycle.v1"})
    except TopicRetentionError:
        raise
    except Exception as exc:  # noqa: BLE001 - unreachable broker: serve anyway (see above)
        print(f"gammainfra gateway: topic retention not checked ({type(exc).__name__}); serving anyway",
              file=sys.stderr)


def main() -> int:
    try:
        settings = load()
    except SettingsError as exc:
        print(f"gammainfra gateway: invalid settings:\n{exc}", file=sys.stderr)
        return 2
    configure_logging("gateway", settings.log_level)
    try:
        asyncio.run(check_topics(settings))
    except TopicRetentionError as exc:
        print(f"gammainfra gateway: {exc}", file=sys.stderr)
        return 3
    if settings.workers == 1:
        uvloop.run(serve(settings, 0))
        return 0
    return supervise(settings.workers)


if __name__ == "__main__":
    sys.exit(main())
