"""`gammainfra stack ...` and `gammainfra topics ...` subcommands."""

from __future__ import annotations

import argparse
import asyncio
import json
import sys

from gammainfra_common.migrations import apply_migrations

from . import services as svc
from .stack import Stack
from .topics import bootstrap_topics, planned_topics


def _print(payload: dict, as_json: bool) -> None:
    if as_json:
        print(json.dumps(payload, indent=2, sort_keys=True))
        return
    for section, entries in payload.items():
        if isinstance(entries, dict):
            print(f"{section}:" + ("" if entries else " (none)"))
            for name, value in entries.items():
                print(f"  {name:<24} {value if not isinstance(value, dict) else _fmt(value)}")
        else:
            print(f"{section}: {entries}")


def _fmt(entry: dict) -> str:
    return "  ".join(f"{k}={v}" for k, v in entry.items())


def _up(args: argparse.Namespace) -> int:
    report = asyncio.run(Stack().up(with_services=not args.infra_only))
    _print(report.as_dict(), args.json)
    return 0


def _down(args: argparse.Namespace) -> int:
    stopped = Stack().down()
    _print({"stopped": ", ".join(stopped) or "nothing was running"}, args.json)
    return 0


def _status(args: argparse.Namespace) -> int:
    status = Stack().status()
    _print({"processes": status}, args.json)
    return 0 if all(entry["running"] for entry in status.values()) else 1


def register_stack(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("stack", help="run the local stack (Kafka, PostgreSQL, Redis, services)")
    sub = parser.add_subparsers(dest="stack_command", required=True)
    up = sub.add_parser("up", help="start everything that is not running; return when all are ready")
    up.add_argument("--infra-only", action="store_true", help="Kafka, PostgreSQL, Redis, topics and migrations only")
    up.add_argument("--json", action="store_true", help="print the report as JSON")
    up.set_defaults(func=_up)
    down = sub.add_parser("down", help="stop exactly the processes the stack started")
    down.add_argument("--json", action="store_true")
    down.set_defaults(func=_down)
    status = sub.add_parser("status", help="which recorded processes are running (exit 1 if any is not)")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_status)


def register_status(subparsers: argparse._SubParsersAction) -> None:
    status = subparsers.add_parser("status", help="which local stack processes are running (same as `stack status`)")
    status.add_argument("--json", action="store_true")
    status.set_defaults(func=_status)


def _bootstrap(args: argparse.Namespace) -> int:
    stack = Stack()
    outcome = asyncio.run(bootstrap_topics(stack.settings.effective_kafka))
    _print({"topics": outcome}, args.json)
    return 0


def _list(args: argparse.Namespace) -> int:
    _print({"topics": {p.name: {"partitions": p.partitions, **p.config} for p in planned_topics()}},
           args.json)
    return 0


def register_topics(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("topics", help="Kafka topics of the contract (schemas/<topic>/topic.yaml)")
    sub = parser.add_subparsers(dest="topics_command", required=True)
    boot = sub.add_parser("bootstrap", help="create or update every topic and DLQ; idempotent")
    boot.add_argument("--json", action="store_true")
    boot.set_defaults(func=_bootstrap)
    lst = sub.add_parser("list", help="the planned topics with partitions and configs")
    lst.add_argument("--json", action="store_true")
    lst.set_defaults(func=_list)


def _migrate(args: argparse.Namespace) -> int:
    """Every installed service's migrations against the configured database: what the
    compose one-shot service and the Helm pre-install/pre-upgrade hook Job run."""
    dsn = Stack().settings.effective_database

    async def run() -> dict[str, list[str]]:
        return {schema: await apply_migrations(dsn, schema, folder)
                for schema, folder in svc.declared_migrations()}

    _print({"migrations": asyncio.run(run())}, args.json)
    return 0


def register_migrate(subparsers: argparse._SubParsersAction) -> None:
    migrate = subparsers.add_parser(
        "migrate", help="apply every installed service's migrations to GI_DATABASE_URL; idempotent")
    migrate.add_argument("--json", action="store_true")
    migrate.set_defaults(func=_migrate)


if __name__ == "__main__":  # pragma: no cover
    sys.exit("use the `gammainfra` command")
