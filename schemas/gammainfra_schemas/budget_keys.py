"""Names of the Redis budget keys: a contract between the gateway (reserves and
settles) and metering (writes the ledger total, prunes what the ledger already
counts). Kept here, with the other contracts, because services never import
each other.

The customer id is the cluster hash tag: one script touches a customer's scope
and its key's scope together. Per scope (`c` = the customer, `k:<key_id>` = one
API key):

    ...:<YYYYMM>:ledger        ledger spend of the month (written by metering only)
    ...:<YYYYMM>:pending       ZSET request_id -> settled at (ms): settled here, not yet in the ledger
    ...:<YYYYMM>:pending_amt   HASH request_id -> micro-USD
    ...:<YYYYMM>:pending_sum   sum of pending_amt
    ...:reserved               ZSET reservation id -> expires at (ms): requests in flight
    ...:reserved_amt           HASH reservation id -> micro-USD (the request's maximum cost)
    ...:reserved_sum           sum of reserved_amt

plus `gi:budget:{<customer>}:active`, set (with a TTL) by every reservation: it tells
metering which customers have budgets, so customers without one cost Redis nothing.
"""

from __future__ import annotations


def scope_prefix(customer_id: str, api_key_id: str | None) -> str:
    base = f"gi:budget:{{{customer_id}}}:"
    return base + ("c" if api_key_id is None else f"k:{api_key_id}")


def month_keys(customer_id: str, api_key_id: str | None, month: str) -> tuple[str, str, str, str]:
    """(ledger, pending, pending_amt, pending_sum) of one scope and month `YYYYMM`."""
    p = f"{scope_prefix(customer_id, api_key_id)}:{month}"
    return f"{p}:ledger", f"{p}:pending", f"{p}:pending_amt", f"{p}:pending_sum"


def reservation_keys(customer_id: str, api_key_id: str | None) -> tuple[str, str, str]:
    """(reserved, reserved_amt, reserved_sum) of one scope."""
    p = scope_prefix(customer_id, api_key_id)
    return f"{p}:reserved", f"{p}:reserved_amt", f"{p}:reserved_sum"


def scope_keys(customer_id: str, api_key_id: str | None, month: str) -> list[str]:
    """The seven keys of one scope, in the order the Lua scripts expect."""
    return [*month_keys(customer_id, api_key_id, month), *reservation_keys(customer_id, api_key_id)]


def active_key(customer_id: str) -> str:
    return f"gi:budget:{{{customer_id}}}:active"
