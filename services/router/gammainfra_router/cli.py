"""`gammainfra routing what-if --policy FILE --from T --to T [--json]`: estimates what a
candidate routing policy would have done over a recorded range of llm.requests.v1,
against what the live policies did (domain/whatif.py). Reads accounts.v1 from the
start for objections and erasures; reads the range under a fresh group id; writes
nothing anywhere.
"""

from __future__ import annotations

import argparse
import asyncio
import json
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

import orjson
import yaml
from gammainfra_common import local_stack
from gammainfra_common.settings import env_field, load_settings
from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.routing_policy import parse_routing_policy
from gammainfra_schemas.timestamps import is_rfc3339_utc, parse_utc

from .adapters.request_range import read_range
from .adapters.topic_reader import TopicReader
from .domain.objections import Objections
from .domain.whatif import estimate


@dataclass(frozen=True)
class CliSettings:
    kafka_bootstrap: str = env_field(default=local_stack.kafka_bootstrap())  # the local demo stack's default


def _time(value: str) -> datetime:
    if not is_rfc3339_utc(value):
        raise argparse.ArgumentTypeError(f"not an RFC 3339 UTC time like 2026-11-01T00:00:00Z: {value!r}")
    return parse_utc(value)


async def _objections(bootstrap: str, topic: str) -> Objections:
    objections = Objections()
    reader = TopicReader(bootstrap, topic, client_id="gammainfra-whatif")
    await reader.start()
    try:
        await reader.catch_up(lambda record: objections.apply(orjson.loads(record.value) if record.value else None))
    finally:
        await reader.stop()
    return objections


async def what_if(bootstrap: str, policy_file: Path, start: datetime, end: datetime,
                  requests_topic: str = "llm.requests.v1", accounts_topic: str = "accounts.v1") -> dict:
    if end <= start:
        raise ValueError("--to must be after --from")
    policy = parse_routing_policy(yaml.safe_load(policy_file.read_text(encoding="utf-8")))
    objections = await _objections(bootstrap, accounts_topic)
    events, group = await read_range(bootstrap, requests_topic, start, end)
    report = estimate(events, objections, policy, load_catalog(policy.catalog_version))
    return {"from": start.isoformat(), "to": end.isoformat(), "group_id": group, **report}


def _run(args: argparse.Namespace) -> int:
    settings = load_settings(CliSettings)
    report = asyncio.run(what_if(settings.kafka_bootstrap, args.policy, args.start, args.end,
                                 args.requests_topic, args.accounts_topic))
    print(json.dumps(report, indent=2))
    return 0


def register_routing(subparsers: argparse._SubParsersAction) -> None:
    routing = subparsers.add_parser("routing", help="routing policy tools")
    sub = routing.add_subparsers(dest="routing_command", required=True, metavar="SUBCOMMAND")
    parser = sub.add_parser("what-if", help="estimate a candidate routing policy over a recorded range")
    parser.add_argument("--policy", required=True, type=Path, help="candidate policy YAML")
    parser.add_argument("--from", dest="start", required=True, type=_time, help="RFC 3339 UTC, inclusive")
    parser.add_argument("--to", dest="end", required=True, type=_time, help="RFC 3339 UTC, exclusive")
    parser.add_argument("--requests-topic", default="llm.requests.v1")
    parser.add_argument("--accounts-topic", default="accounts.v1", help="objections and erasures")
    parser.add_argument("--json", action="store_true", help="(the report is always JSON)")
    parser.set_defaults(func=_run)
