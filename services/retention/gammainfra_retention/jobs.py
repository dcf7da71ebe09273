"""Retention's use cases: start a purge run, start an erasure, re-issue stuck ones.

Each records in the audit trail first, then sends the command, so a crash in
between leaves a recorded run whose command is re-sent (by the watchdog for
erasures; for purges, by the next scheduler pass or `gammainfra purge`, which
re-send an existing run's command when it is still open). Idempotent throughout.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import structlog

from .adapters.audit_trail import PostgresAuditTrail
from .adapters.commands import LifecycleCommands
from .domain.schedule import purge_cutoff, purge_id_for

log = structlog.get_logger(__name__)


@dataclass(frozen=True)
class PurgePlan:
    purge_id: str
    cutoff: datetime
    requested_at: datetime
    services: list[str]
    issued: bool  # False for a dry run, or a run already completed


def plan_purge(now: datetime, months: int, services: list[str]) -> PurgePlan:
    return PurgePlan(purge_id_for(now), purge_cutoff(now, months), now, list(services), False)


async def issue_purge(trail: PostgresAuditTrail, commands: LifecycleCommands, plan: PurgePlan) -> PurgePlan:
    """Records the run (if new) and sends its command unless the run already completed."""
    await trail.record_purge(plan.purge_id, plan.cutoff, plan.requested_at, plan.services)
    existing = await trail.purge(plan.purge_id)
    row = existing[0]
    if row["completed_at"] is not None:
        return PurgePlan(row["purge_id"], row["cutoff"], row["requested_at"], list(row["expected_services"]),
                         False)
    await commands.request_purge(row["purge_id"], row["cutoff"], row["requested_at"])
    log.info("purge issued", purge_id=row["purge_id"], cutoff=row["cutoff"].isoformat())
    return PurgePlan(row["purge_id"], row["cutoff"], row["requested_at"], list(row["expected_services"]), True)


async def start_erasure(trail: PostgresAuditTrail, commands: LifecycleCommands, *, erasure_id: str,
                        customer_id: str, requested_at: datetime, services: list[str]) -> None:
    """On account.erasure_requested: record, then command every service. A repeat
    re-sends the command only while the erasure is still open."""
    await trail.record_erasure(erasure_id, customer_id, requested_at, services)
    rows = await trail.erasures(erasure_id)
    if rows and rows[0][0].completed_at is None:
        await commands.request_erasure(erasure_id, customer_id, requested_at)
        log.info("erasure issued", erasure_id=erasure_id, customer_id=customer_id)


async def reissue_stale(trail: PostgresAuditTrail, commands: LifecycleCommands, *, timeout_s: float,
                        now: datetime | None = None) -> int:
    """Re-sends erasure.requested for every open erasure last issued more than
    `timeout_s` ago (a service that was down or lost the command gets it again)."""
    now = now or datetime.now(UTC)
    stale = await trail.open_erasures_issued_before(now - timedelta(seconds=timeout_s))
    for row in stale:
        await commands.request_erasure(row.erasure_id, row.customer_id, row.requested_at)
        await trail.mark_reissued(row.erasure_id)
        acked = {s for s, _ in (await trail.erasures(row.erasure_id))[0][1].items()}
        log.warning("erasure stuck; re-issued", erasure_id=row.erasure_id, attempts=row.attempts + 1,
                    waiting_for=sorted(set(row.expected_services) - acked))
    return len(stale)
