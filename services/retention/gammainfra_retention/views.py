"""JSON views of the audit trail, shared by the CLI and the internal API.

An erasure's view: its ids, overall status (pending / completed / stuck), and per
expected service either its ack (rows deleted, when) or pending. Random ids and
times only: nothing here names a person.
"""

from __future__ import annotations

from datetime import UTC, datetime

from gammainfra_common.kafka.cloudevents import rfc3339

from .adapters.audit_trail import ErasureRow
from .domain.status import run_status, services_view


def _ts(moment: datetime | None) -> str | None:
    return None if moment is None else rfc3339(moment)


def erasure_view(row: ErasureRow, acks: dict[str, dict], *, timeout_s: float, now: datetime | None = None) -> dict:
    now = now or datetime.now(UTC)
    services = services_view(list(row.expected_services),
                             {s: {"rows_deleted": a["rows_deleted"], "completed_at": _ts(a["completed_at"])}
                              for s, a in acks.items()})
    return {"erasure_id": row.erasure_id, "customer_id": row.customer_id,
            "status": run_status(completed_at=row.completed_at, requested_at=row.requested_at, now=now,
                                 timeout_s=timeout_s),
            "requested_at": _ts(row.requested_at), "completed_at": _ts(row.completed_at),
            "attempts": row.attempts, "services": services}


def purge_view(row: dict, acks: dict[str, dict]) -> dict:
    return {"purge_id": row["purge_id"], "cutoff": _ts(row["cutoff"]), "requested_at": _ts(row["requested_at"]),
            "status": "completed" if row["completed_at"] is not None else "pending",
            "completed_at": _ts(row["completed_at"]),
            "services": services_view(list(row["expected_services"]),
                                      {s: {**a, "completed_at": _ts(a["completed_at"])} for s, a in acks.items()})}
