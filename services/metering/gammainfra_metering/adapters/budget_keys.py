"""Names of the Redis budget keys metering writes (the gateway reads them).

This layout is a contract with `gammainfra_gateway.budget.keys` (services never
import each other; tests/unit/metering/test_budget_keys_contract.py proves the
two modules name the same keys). The customer id is the cluster hash tag, so
one script can touch a customer's scope and its key's scope together.

    gi:budget:{<customer>}:c:<YYYYMM>:ledger          ledger spend of the customer (metering)
    gi:budget:{<customer>}:k:<key_id>:<YYYYMM>:ledger ledger spend of one API key (metering)
    ...:<YYYYMM>:pending      ZSET request_id -> settled at (ms), settled by the gateway,
                              not yet seen in the ledger
    ...:<YYYYMM>:pending_amt  HASH request_id -> micro-USD
    ...:<YYYYMM>:pending_sum  sum of pending_amt
    gi:budget:{<customer>}:active   set by the gateway while the customer has a budget
"""

from __future__ import annotations


def scope_prefix(customer_id: str, api_key_id: str | None) -> str:
    base = f"gi:budget:{{{customer_id}}}:"
    return base + ("c" if api_key_id is None else f"k:{api_key_id}")


def month_keys(customer_id: str, api_key_id: str | None, month: str) -> tuple[str, str, str, str]:
    """(ledger, pending, pending_amt, pending_sum) of one scope and month `YYYYMM`."""
    p = f"{scope_prefix(customer_id, api_key_id)}:{month}"
    return f"{p}:ledger", f"{p}:pending", f"{p}:pending_amt", f"{p}:pending_sum"


def active_key(customer_id: str) -> str:
    return f"gi:budget:{{{customer_id}}}:active"
