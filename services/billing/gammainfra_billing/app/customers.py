"""Stripe customers: one per account, created with the account's email and name
(read from the gateway's internal route, passed to Stripe, never stored here),
updated on rectification. Idempotent: creation uses the key
`customer:<customer_id>`, so concurrent or repeated calls make one customer.

Raises `DirectoryUnavailable` / `StripeUnavailable` for retryable failures.
"""

from __future__ import annotations

import structlog

from ..adapters.account_directory import AccountDirectory
from ..adapters.customer_store import CustomerStore
from ..adapters.stripe_api import StripeApi

log = structlog.get_logger(__name__)


class CustomerSync:
    def __init__(self, store: CustomerStore, stripe: StripeApi, directory: AccountDirectory) -> None:
        self.store = store
        self._stripe = stripe
        self._directory = directory

    async def ensure_stripe_customer(self, customer_id: str) -> str | None:
        """The customer's Stripe id, creating it if needed; None if the account is erased or unknown."""
        if await self.store.is_erased(customer_id):
            return None
        row = await self.store.ensure(customer_id)
        if row["stripe_customer_id"]:
            return row["stripe_customer_id"]
        contact = await self._directory.contact(customer_id)
        if contact is None:
            log.warning("no account for customer; Stripe customer created with ids only", customer_id=customer_id)
            email = name = None
        else:
            email, name = contact.email, contact.name
        stripe_id = await self._stripe.create_customer(customer_id, email, name)
        await self.store.set_stripe_id(customer_id, stripe_id)
        log.info("stripe customer ready", customer_id=customer_id, stripe_customer_id=stripe_id)
        return stripe_id

    async def rectify(self, customer_id: str, change_id: str) -> None:
        row = await self.store.get(customer_id)
        if row is None or not row["stripe_customer_id"]:
            await self.ensure_stripe_customer(customer_id)  # created with the current values
            return
        contact = await self._directory.contact(customer_id)
        if contact is None:
            return  # erased meanwhile: the erasure deletes the Stripe customer
        await self._stripe.update_customer(row["stripe_customer_id"], customer_id, change_id, contact.email,
                                           contact.name)
        log.info("stripe customer updated", customer_id=customer_id, change_id=change_id)
