"""Billing decisions applied to a request, from the principal the key cache holds.

The credit limit billing publishes is for one UTC month (`credit_month`): the
guard's monthly counters restart at a month change, and billing republishes the
new month's limit within one schedule tick (GI_BILLING_SCHEDULE_S, 60 s). Until
then the previous month's limit is used: the overdraw this allows is bounded by
what the account spends in that first minute beyond the previous month's spend.
"""

from __future__ import annotations

from dataclasses import dataclass

from ..errors import ApiError


class AccountSuspended(ApiError):
    status = 402
    type = "insufficient_quota"
    code = "account_suspended"


SUSPENDED_MESSAGE = ("This account's API keys are suspended because an invoice payment failed. Pay the open invoice "
                     "(GET /v1/account/billing lists it with its payment link); access returns within a minute of "
                     "the payment.")
NO_CREDIT_MESSAGE = ("This prepaid account has no credit left for this request. Add credits with "
                     "POST /v1/account/credits/checkout, then retry.")


@dataclass(frozen=True, slots=True)
class BillingState:
    mode: str
    credit_limit_micro_usd: int | None
    credit_month: str | None
    suspended: bool


def effective_limits(budget_limits: tuple[int | None, int | None],
                     state: BillingState | None) -> tuple[int | None, int | None]:
    """(customer, key) limits for the budget guard: a credit account's customer
    limit is the lower of its budget and its credit limit."""
    customer_limit, key_limit = budget_limits
    if state is not None and state.mode == "credit":
        credit = state.credit_limit_micro_usd or 0
        customer_limit = credit if customer_limit is None else min(customer_limit, credit)
    return customer_limit, key_limit


def check_not_suspended(state: BillingState | None) -> None:
    if state is not None and state.suspended:
        raise AccountSuspended(SUSPENDED_MESSAGE, error_type="budget_exceeded")
