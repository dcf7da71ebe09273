"""The three kinds of failure a consumer step can signal.

- `InvalidEvent`: this record can never be processed (bad JSON, schema violation):
  dead-letter it with the reason, then move on.
- `TransientError`: the world is temporarily unwell (database restarting, broker
  leader moving): retry with backoff, commit nothing meanwhile.
- anything else: a bug; the process crashes, which is safe because every sink is
  idempotent and nothing uncommitted is lost.
"""


class InvalidEvent(Exception):
    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


class TransientError(Exception):
    """Retry the same batch later; nothing was committed."""


class DeadLetterCapExceeded(RuntimeError):
    """Too large a share of recent records was invalid: stop rather than dead-letter
    a whole topic because of a bad deploy or a wrong schema."""
