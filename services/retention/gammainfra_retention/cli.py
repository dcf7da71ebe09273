"""`gammainfra purge` and `gammainfra erasure status` (operator commands of retention).

    gammainfra purge [--now RFC3339] [--dry-run] [--wait S] [--json]
    gammainfra erasure status [--id ERASURE_ID] [--json]

`purge` plans the run of `--now`'s UTC day (default: now) with cutoff = now - 24
months, records it in the audit trail and sends purge.requested (unless
`--dry-run`, which only prints the plan); a day's run that already exists is
re-sent while open, reported as is once completed. `--wait S` waits up to S
seconds for every service's ack and exits 1 if they did not all come. `erasure
status` prints each erasure's overall status (pending, completed, stuck) and its
progress per service.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import sys
from dataclasses import dataclass
from datetime import UTC, datetime

import asyncpg

from gammainfra_common import local_stack
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.postgres import create_pool
from gammainfra_common.settings import Url, env_field, load_settings
from gammainfra_schemas.timestamps import is_rfc3339_utc, parse_utc

from .adapters.audit_trail import PostgresAuditTrail
from .adapters.commands import LifecycleCommands
from .jobs import issue_purge, plan_purge
from .settings import DEFAULT_ERASURE_SERVICES, DEFAULT_PURGE_SERVICES
from .views import erasure_view, purge_view


@dataclass(frozen=True)
class CliSettings:
    # The local demo stack's defaults, so `make up` then `gammainfra purge` just works.
    database_url: Url = env_field(default=local_stack.postgres_url(),
                                  schemes={"postgresql", "postgres"})
    kafka_bootstrap: str = env_field(default=local_stack.kafka_bootstrap())
    schema: str = env_field(default="retention", env="GI_RETENTION_SCHEMA")
    lifecycle_topic: str = env_field(default="lifecycle.v1", env="GI_LIFECYCLE_TOPIC")
    purge_services: list[str] = env_field(default_factory=lambda: list(DEFAULT_PURGE_SERVICES),
                                          env="GI_RETENTION_PURGE_SERVICES")
    erasure_services: list[str] = env_field(default_factory=lambda: list(DEFAULT_ERASURE_SERVICES),
                                            env="GI_RETENTION_ERASURE_SERVICES")
    retention_months: int = env_field(default=24, min=1, max=24, env="GI_RETENTION_MONTHS")
    erasure_timeout_s: float = env_field(default=900.0, min=1, env="GI_RETENTION_ERASURE_TIMEOUT_S")


def _time(value: str) -> datetime:
    if not is_rfc3339_utc(value):
        raise argparse.ArgumentTypeError(f"not an RFC 3339 UTC time like 2026-11-01T00:00:00Z: {value!r}")
    return parse_utc(value)


async def _pool(settings: CliSettings) -> asyncpg.Pool:
    return await create_pool(settings.database_url, min_size=1, max_size=2,
                             server_settings={"application_name": "gammainfra-cli"})


async def _purge(args) -> int:
    settings = load_settings(CliSettings)
    plan = plan_purge(args.now or datetime.now(UTC), settings.retention_months, settings.purge_services)
    if args.dry_run:
        report = {"dry_run": True, "purge_id": plan.purge_id, "cutoff": plan.cutoff.isoformat(),
                  "services": plan.services}
        print(json.dumps(report, indent=2) if args.json else f"would purge before {plan.cutoff.isoformat()}")
        return 0
    pool = await _pool(settings)
    try:
        trail = PostgresAuditTrail(pool, settings.schema)
        async with EventProducer(settings.kafka_bootstrap, client_id="gammainfra-cli") as producer:
            done = await issue_purge(trail, LifecycleCommands(producer, settings.lifecycle_topic), plan)
        view = await _wait_purge(trail, done.purge_id, args.wait)
    finally:
        await pool.close()
    report = {"dry_run": False, "issued": done.issued, **view}
    print(json.dumps(report, indent=2) if args.json else
          f"{view['purge_id']}: {view['status']} (cutoff {view['cutoff']})")
    return 0 if args.wait <= 0 or view["status"] == "completed" else 1


async def _wait_purge(trail: PostgresAuditTrail, purge_id: str, wait_s: float) -> dict:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + wait_s
    while True:
        view = purge_view(*(await trail.purge(purge_id)))
        if view["status"] == "completed" or loop.time() >= deadline:
            return view
        await asyncio.sleep(0.2)


async def _erasure_status(args) -> int:
    settings = load_settings(CliSettings)
    pool = await _pool(settings)
    try:
        rows = await PostgresAuditTrail(pool, settings.schema).erasures(args.id)
    finally:
        await pool.close()
    if args.id and not rows:
        print(f"gammainfra erasure status: no erasure with id {args.id!r}", file=sys.stderr)
        return 1
    views = [erasure_view(r, a, timeout_s=settings.erasure_timeout_s) for r, a in rows]
    if args.json:
        print(json.dumps(views[0] if args.id else {"data": views}, indent=2))
    else:
        for v in views:
            waiting = [s for s, p in v["services"].items() if p["status"] != "completed"]
            print(f"{v['erasure_id']} {v['status']}" + (f" waiting for {', '.join(waiting)}" if waiting else ""))
    return 0


def register_purge(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("purge", help="issue the 24-month purge (cutoff = now - 24 months)")
    parser.add_argument("--now", type=_time, default=None, help="RFC 3339 UTC instant to purge as of")
    parser.add_argument("--dry-run", action="store_true", help="print the plan, send nothing")
    parser.add_argument("--wait", type=float, default=0.0, help="seconds to wait for every service's ack")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=lambda args: asyncio.run(_purge(args)))


def register_erasure(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("erasure", help="GDPR erasures: progress per service")
    sub = parser.add_subparsers(dest="erasure_command", required=True)
    status = sub.add_parser("status", help="status of one erasure (--id) or the latest 100")
    status.add_argument("--id", default=None, help="erasure id (era_...)")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=lambda args: asyncio.run(_erasure_status(args)))
