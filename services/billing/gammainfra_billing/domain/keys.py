"""Stripe idempotency keys: derived from (customer, period, line) only, never
from an attempt, a clock or a random value, so a retry, a re-run of a period,
a crash between two calls or a replay sends the same key and Stripe answers
with the object it already made instead of making a second one."""

from __future__ import annotations

import hashlib

PREFIX = "gi-billing-v1"


def _key(*parts: str) -> str:
    raw = ":".join((PREFIX, *parts))
    # Stripe keys are at most 255 characters; long model names are hashed, not cut.
    return raw if len(raw) <= 200 else f"{PREFIX}:h:{hashlib.sha256(raw.encode()).hexdigest()}"


def customer_create(customer_id: str) -> str:
    return _key("customer", customer_id)


def customer_update(customer_id: str, change_id: str) -> str:
    return _key("customer-update", customer_id, change_id)


def customer_delete(customer_id: str) -> str:
    return _key("customer-delete", customer_id)


def invoice_create(customer_id: str, period: str) -> str:
    return _key("invoice", customer_id, period)


def invoice_item(customer_id: str, period: str, line_key: str) -> str:
    return _key("invoiceitem", customer_id, period, line_key)


def invoice_finalize(customer_id: str, period: str) -> str:
    return _key("finalize", customer_id, period)


def checkout(customer_id: str, request_id: str) -> str:
    return _key("checkout", customer_id, request_id)
