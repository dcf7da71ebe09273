"""The state of an erasure or purge as operators see it. Pure.

`completed` once every expected service acked; `stuck` when it is still open
longer than the timeout after it was requested (the watchdog re-issues it and the
`gi_retention_erasures_stuck` gauge raises the alert); `pending` otherwise.
"""

from __future__ import annotations

from datetime import datetime

PENDING, COMPLETED, STUCK = "pending", "completed", "stuck"


def run_status(*, completed_at: datetime | None, requested_at: datetime, now: datetime,
               timeout_s: float) -> str:
    if completed_at is not None:
        return COMPLETED
    return STUCK if (now - requested_at).total_seconds() > timeout_s else PENDING


def services_view(expected: list[str], acks: dict[str, dict]) -> dict[str, dict]:
    """Per expected service: its ack (status completed and counts) or pending."""
    return {service: ({"status": COMPLETED, **acks[service]} if service in acks else {"status": PENDING})
            for service in expected}


def all_acked(expected: list[str], acked: set[str]) -> bool:
    return set(expected) <= acked
