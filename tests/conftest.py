"""Suite-wide settings: where the real infrastructure is. The same GI_* variables
the services and the stack read: an explicit URL wins, otherwise the local stack's
own processes on their (overridable) ports."""

import os

from gammainfra_common import local_stack

_env = os.environ.get
KAFKA_BOOTSTRAP = _env("GI_KAFKA_BOOTSTRAP") or local_stack.kafka_bootstrap()
DATABASE_URL = _env("GI_DATABASE_URL") or local_stack.postgres_url()
REDIS_URL = _env("GI_REDIS_URL") or local_stack.redis_url()
