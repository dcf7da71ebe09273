"""The one place billing's object graph is wired (used by the service and the CLI)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from pathlib import Path

import aiohttp
import asyncpg
from prometheus_client import CollectorRegistry

from gammainfra_common.migrations import apply_migrations

from .adapters.account_directory import AccountDirectory, NoDirectory
from .adapters.customer_store import CustomerStore
from .adapters.db import open_pool
from .adapters.invoice_store import InvoiceStore
from .adapters.stripe_api import StripeApi
from .app.account_state import AccountStatePublisher
from .app.closing import PeriodCloser
from .app.credits import CreditService
from .app.customers import CustomerSync
from .app.erasure import ErasureHandler
from .app.webhooks import WebhookHandler
from .metrics import BillingMetrics
from .settings import BillingSettings

MIGRATIONS = Path(__file__).parent / "migrations"


@dataclass
class Billing:
    settings: BillingSettings
    pool: asyncpg.Pool
    http: aiohttp.ClientSession
    stripe: StripeApi
    metrics: BillingMetrics
    customers: CustomerStore
    invoices: InvoiceStore
    customer_sync: CustomerSync
    state: AccountStatePublisher
    closer: PeriodCloser
    webhooks: WebhookHandler
    credits: CreditService
    erasure: ErasureHandler

    async def close(self) -> None:
        await self.stripe.close()
        await self.http.close()
        await self.pool.close()


async def build(settings: BillingSettings, registry: CollectorRegistry, *, on_staged=lambda: None,
                application_name: str = "billing", use_directory: bool = True) -> Billing:
    await apply_migrations(str(settings.database_url), settings.schema, MIGRATIONS)
    pool = await open_pool(str(settings.database_url), settings.schema, application_name=application_name)
    http = aiohttp.ClientSession()
    stripe_api = StripeApi(api_key=settings.stripe_key(), api_base=settings.stripe_base(), registry=registry)
    metrics = BillingMetrics(registry)
    customers = CustomerStore(pool, default_mode=settings.default_mode)
    invoices = InvoiceStore(pool)
    directory = (AccountDirectory(str(settings.accounts_api_url), http)
                 if use_directory and settings.contacts_from_gateway else NoDirectory())
    customer_sync = CustomerSync(customers, stripe_api, directory)
    state = AccountStatePublisher(customers, topic=settings.state_topic)
    closer = PeriodCloser(invoices, customer_sync, stripe_api, grace=timedelta(seconds=settings.grace_s),
                          invoices_topic=settings.invoices_topic, on_staged=on_staged, metrics=metrics)
    webhooks = WebhookHandler(invoices, state, secret=settings.webhook_secret(),
                              suspend_after=timedelta(seconds=settings.suspend_after_s),
                              invoices_topic=settings.invoices_topic, on_staged=on_staged)
    credits = CreditService(customer_sync, customers, invoices, stripe_api, state,
                            success_url=settings.checkout_success_url, cancel_url=settings.checkout_cancel_url,
                            on_staged=on_staged)
    erasure = ErasureHandler(customers, stripe_api, topic=settings.lifecycle_topic)
    return Billing(settings, pool, http, stripe_api, metrics, customers, invoices, customer_sync, state, closer,
                   webhooks, credits, erasure)
