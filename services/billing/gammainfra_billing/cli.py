"""`gammainfra billing close|audit|mode` (billing's operator commands).

    gammainfra billing close --period YYYY-MM [--now RFC3339] [--json]
    gammainfra billing audit --period YYYY-MM [--metering-url URL | --no-metering] [--json]
    gammainfra billing mode --customer C --mode postpaid|credit [--json]

`close` freezes the period's invoices and syncs them to Stripe in this process
(the same code the service's schedule runs); `--now` injects the clock, so a past
month can be closed in tests. Running it again creates nothing new. `audit`
prints `{"differences": [...], ...}` and exits 1 when there is any difference.
Settings are the service's GI_* variables (the local demo stack's defaults otherwise).
"""

from __future__ import annotations

from gammainfra_common import local_stack
import argparse
import asyncio
import json
import os
import sys
from datetime import UTC, datetime

from prometheus_client import CollectorRegistry

from gammainfra_schemas.timestamps import is_rfc3339_utc, parse_utc

from .domain.periods import Period

LOCAL_DEFAULTS = {"GI_DATABASE_URL": local_stack.postgres_url(),
                  "GI_KAFKA_BOOTSTRAP": local_stack.kafka_bootstrap()}


def _settings():
    from .settings import load
    return load({**LOCAL_DEFAULTS, **os.environ})


def _period(value: str) -> Period:
    try:
        return Period.parse(value)
    except ValueError as exc:
        raise argparse.ArgumentTypeError(str(exc)) from None


def _time(value: str) -> datetime:
    if not is_rfc3339_utc(value):
        raise argparse.ArgumentTypeError(f"not an RFC 3339 UTC time like 2026-12-01T06:00:00Z: {value!r}")
    return parse_utc(value)


async def _relay(billing) -> int:
    """Send what the command staged right away (the service's relay would, a moment later)."""
    from gammainfra_common.kafka.producer import EventProducer

    from .adapters.outbox import OutboxRelay
    try:
        async with EventProducer(billing.settings.kafka_bootstrap, client_id="billing-cli",
                                 request_timeout_ms=10000) as producer:
            relay, sent = OutboxRelay(billing.pool, producer), 0
            while n := await asyncio.wait_for(relay.relay_once(), 30):
                sent += n
            return sent
    except Exception as exc:  # noqa: BLE001 - events stay staged; the service relays them
        print(f"note: events staged, not sent yet ({type(exc).__name__}); the billing service relays them",
              file=sys.stderr)
        return 0


async def _with_billing(fn, *, use_directory: bool = True):
    from .bootstrap import build
    settings = _settings()
    billing = await build(settings, CollectorRegistry(), application_name="billing-cli",
                          use_directory=use_directory)
    try:
        return await fn(billing)
    finally:
        await billing.close()


async def _close(args) -> int:
    now = args.now or datetime.now(UTC)

    async def run(billing):
        from .app.closing import CloseInProgress, NotClosable
        try:
            # No --period (the daily CronJob): the month that ended last, as the in-process schedule does.
            report = await billing.closer.close(args.period or Period.of(now).previous(), now)
        except (NotClosable, CloseInProgress) as exc:
            print(f"gammainfra billing close: {exc}", file=sys.stderr)
            return 1
        report["events_sent"] = await _relay(billing)
        calls = {}
        for metric in billing.stripe.calls.collect():
            for s in metric.samples:
                if s.name.endswith("_total"):
                    calls[f"{s.labels['call']}:{s.labels['outcome']}"] = int(s.value)
        report["stripe_calls"] = calls
        print(json.dumps(report, indent=2) if args.json else
              f"closed {report['period']}: {report['invoices_frozen']} invoices frozen, {report['finalized']} finalized")
        return 0

    return await _with_billing(run, use_directory=not args.no_directory)


async def _audit(args) -> int:
    async def run(billing):
        from .app.audit import BillingErasures, audit_period
        metering = None if args.no_metering else (args.metering_url or str(billing.settings.metering_api_url))
        report = await audit_period(billing, args.period, bootstrap=billing.settings.kafka_bootstrap,
                                    topic=billing.settings.usage_topic, erased=BillingErasures(billing.pool),
                                    metering_url=metering)
        print(json.dumps(report, indent=2))  # machine-readable whatever --json says
        return 0 if report["ok"] else 1

    return await _with_billing(run)


async def _mode(args) -> int:
    async def run(billing):
        state = await billing.credits.set_mode(args.customer, args.mode, datetime.now(UTC))
        await _relay(billing)
        print(json.dumps(state, indent=2) if args.json else f"{args.customer}: {args.mode}")
        return 0

    return await _with_billing(run)


def register_billing(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("billing", help="billing: close a period, audit it, set an account's mode")
    sub = parser.add_subparsers(dest="billing_command", required=True)
    close = sub.add_parser("close", help="close a month: freeze its invoices and send them to Stripe")
    close.add_argument("--period", type=_period, default=None,
                       help="YYYY-MM (UTC calendar month); default: the month before --now")
    close.add_argument("--now", type=_time, default=None, help="the clock (RFC 3339 UTC); default: now")
    close.add_argument("--no-directory", action="store_true",
                       help="create missing Stripe customers with ids only (no gateway to read email/name from)")
    close.add_argument("--json", action="store_true")
    close.set_defaults(func=lambda args: asyncio.run(_close(args)))
    audit = sub.add_parser("audit", help="replay llm.requests.v1 for a month and compare with invoices and metering")
    audit.add_argument("--period", required=True, type=_period)
    audit.add_argument("--metering-url", default=None, help="metering's internal API (default GI_BILLING_METERING_API_URL)")
    audit.add_argument("--no-metering", action="store_true", help="skip the comparison with metering")
    audit.add_argument("--json", action="store_true", help="(the report is always JSON)")
    audit.set_defaults(func=lambda args: asyncio.run(_audit(args)))
    mode = sub.add_parser("mode", help="make an account postpaid (monthly invoices) or prepaid (credits)")
    mode.add_argument("--customer", required=True)
    mode.add_argument("--mode", required=True, choices=("postpaid", "credit"))
    mode.add_argument("--json", action="store_true")
    mode.set_defaults(func=lambda args: asyncio.run(_mode(args)))
