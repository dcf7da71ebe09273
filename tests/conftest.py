"""Suite-wide settings: where the real infrastructure is. The same GI_* variables
the services and the stack read: an explicit URL wins, otherwise the local stack's
own processes on their (overridable) ports."""

import os

_env = os.environ.get
KAFKA_BOOTSTRAP = _env("GI_KAFKA_BOOTSTRAP") or f"127.0.0.1:{_env('GI_STACK_KAFKA_PORT', '9092')}"
DATABASE_URL = _env("GI_DATABASE_URL") or (
    f"postgresql://gammainfra:gammainfra@127.0.0.1:{_env('GI_STACK_POSTGRES_PORT', '5432')}/gammainfra")
REDIS_URL = _env("GI_REDIS_URL") or f"redis://127.0.0.1:{_env('GI_STACK_REDIS_PORT', '6379')}/0"
