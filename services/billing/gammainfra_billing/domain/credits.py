"""Prepaid credits and how they reach the gateway's budget guard.

The guard limits spend per UTC month (ledger + pending + reserved <= limit).
A credit account's limit for month M is therefore what it had left when M
began plus what it bought since: `granted - charged before M`. Spend inside M
is counted by the guard itself (reservations before the provider call, then
metering's ledger), so a customer at zero gets 402 before any provider call and
concurrent requests cannot overdraw by more than their in-flight reservations.
"""

from __future__ import annotations


def monthly_credit_limit(granted_micro_usd: int, charged_before_month_micro_usd: int) -> int:
    return max(0, granted_micro_usd - charged_before_month_micro_usd)


def needs_top_up(balance_micro_usd: int, threshold_micro_usd: int | None) -> bool:
    return threshold_micro_usd is not None and balance_micro_usd < threshold_micro_usd
