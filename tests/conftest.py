"""Suite-wide settings: where the real infrastructure is (the dev stack's defaults,
overridable with the same GI_* variables the services read)."""

import os

KAFKA_BOOTSTRAP = os.environ.get("GI_KAFKA_BOOTSTRAP", "127.0.0.1:9092")
DATABASE_URL = os.environ.get(
    "GI_DATABASE_URL", "postgresql://gammainfra:gammainfra@127.0.0.1:5432/gammainfra")
REDIS_URL = os.environ.get("GI_REDIS_URL", "redis://127.0.0.1:6379/0")
