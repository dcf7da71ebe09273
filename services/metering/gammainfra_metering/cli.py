"""`gammainfra replay` and `gammainfra audit` (operator commands of metering).

    gammainfra replay --from T1 --to T2 [--schema S] [--workers N] [--audit] [--json]
    gammainfra audit --replay-schema S --from T1 --to T2 [--live-schema metering] [--json]

`replay` reads llm.requests.v1 for [T1 - margin, T2 + margin) by record time
under a fresh consumer group into scratch schema S (default
metering_replay_<utc time>); with `--audit` it then runs the audit for
[T1, T2). `audit` compares per-customer totals (requests, tokens, cost, fee) of
request_log rows finished in [T1, T2) between the live ledger and S and prints
a JSON report; it exits 1 when there is any difference, 0 when none. The margin
covers events whose Kafka record time differs from finished_at (spool delays).
"""

from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

import asyncpg

from gammainfra_common import local_stack
from gammainfra_common.settings import Url, env_field, load_settings
from gammainfra_schemas.timestamps import format_utc, is_rfc3339_utc, parse_utc

from .adapters.audit_totals import check_schema_name, customer_totals
from .domain.audit import compare_totals


@dataclass(frozen=True)
class CliSettings:
    # The local demo stack's defaults, so `make up` then `gammainfra replay` just works.
    database_url: Url = env_field(default=local_stack.postgres_url(),
                                  schemes={"postgresql", "postgres"})
    kafka_bootstrap: str = env_field(default=local_stack.kafka_bootstrap())


def _time(value: str) -> datetime:
    if not is_rfc3339_utc(value):
        raise argparse.ArgumentTypeError(f"not an RFC 3339 UTC time like 2026-11-01T00:00:00Z: {value!r}")
    return parse_utc(value)


def _positive(value: str) -> int:
    if not value.isdigit() or int(value) < 1:
        raise argparse.ArgumentTypeError(f"not a whole number of at least 1: {value!r}")
    return int(value)


def _schema(value: str) -> str:
    try:
        return check_schema_name(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


async def audit_report(dsn: str, live_schema: str, replay_schema: str, start: datetime, end: datetime) -> dict:
    conn = await asyncpg.connect(dsn)
    try:
        live = await customer_totals(conn, live_schema, start, end)
        replayed = await customer_totals(conn, replay_schema, start, end)
    finally:
        await conn.close()
    differences = compare_totals(live, replayed)
    return {"from": format_utc(start), "to": format_utc(end), "live_schema": live_schema,
            "replay_schema": replay_schema, "customers_live": len(live), "customers_replay": len(replayed),
            "requests_live": sum(t["requests"] for t in live.values()),
            "requests_replay": sum(t["requests"] for t in replayed.values()),
            "differences": differences, "ok": not differences}


async def _replay(args) -> int:
    from .replay.runner import replay  # the consumer stack only when replaying

    if args.start >= args.end:
        raise ValueError("--from must be earlier than --to")
    settings = load_settings(CliSettings)
    schema = args.schema or "metering_replay_" + datetime.now(UTC).strftime("%Y%m%d_%H%M%S")
    margin = timedelta(seconds=args.margin_s)
    result = await replay(dsn=settings.database_url, bootstrap=settings.kafka_bootstrap, topic=args.topic,
                          start=args.start - margin, end=args.end + margin, schema=schema,
                          live_schema=args.live_schema, workers=args.workers)
    report = {"replay_schema": result.schema, "group_id": result.group_id, "events_written": result.events,
              "seconds": round(result.seconds, 2),
              "partitions": [{"partition": r.partition, "start": r.start, "end": r.end} for r in result.ranges]}
    code = 0
    if args.audit:
        report["audit"] = await audit_report(settings.database_url, args.live_schema, schema, args.start, args.end)
        code = 0 if report["audit"]["ok"] else 1
    print(json.dumps(report, indent=2) if args.json else _human(report))
    return code


async def _audit(args) -> int:
    if args.start >= args.end:
        raise ValueError("--from must be earlier than --to")
    settings = load_settings(CliSettings)
    report = await audit_report(settings.database_url, args.live_schema, args.replay_schema, args.start, args.end)
    # The report is machine-readable by design: JSON whatever --json says.
    print(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


def _human(report: dict) -> str:
    lines = [f"replayed {report['events_written']} events into {report['replay_schema']} "
             f"in {report['seconds']} s (group {report['group_id']})"]
    if "audit" in report:
        lines.append(json.dumps(report["audit"], indent=2))
    return "\n".join(lines)


def _add_range(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", required=True, type=_time, help="RFC 3339 UTC, inclusive")
    parser.add_argument("--to", dest="end", required=True, type=_time, help="RFC 3339 UTC, exclusive")
    parser.add_argument("--live-schema", default="metering", type=_schema, help="the live ledger's schema")


def register_replay(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("replay", help="replay llm.requests.v1 for a time range into a scratch schema")
    _add_range(parser)
    parser.add_argument("--schema", type=_schema, default=None, help="scratch schema (default: a new one)")
    parser.add_argument("--topic", default="llm.requests.v1")
    parser.add_argument("--margin-s", type=float, default=600.0,
                        help="extra record time read on both sides (default 600)")
    parser.add_argument("--audit", action="store_true", help="compare with the live ledger afterwards")
    parser.add_argument("--workers", type=_positive, default=1,
                        help="processes sharing the topic's partitions (default 1; one core each)")
    parser.add_argument("--json", action="store_true")
    parser.set_defaults(func=lambda args: asyncio.run(_replay(args)))


def register_audit(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("audit", help="compare per-customer totals: replay schema vs live ledger")
    _add_range(parser)
    parser.add_argument("--replay-schema", required=True, type=_schema)
    parser.add_argument("--json", action="store_true", help="(the report is always JSON)")
    parser.set_defaults(func=lambda args: asyncio.run(_audit(args)))
