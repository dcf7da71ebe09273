"""The budget scripts against the real Redis, driven through BudgetGuard directly:
a reservation whose gateway died expires (nothing leaks), an old pending
settlement stops counting after the pending TTL, and the refusal names the scope.
With Redis unreachable, a prepaid (credit) account is refused, never served
unchecked, while a postpaid budget follows the fail-open policy."""

from __future__ import annotations

import asyncio
import uuid
from dataclasses import dataclass, field

import pytest
from prometheus_client import CollectorRegistry

import redis.asyncio as aioredis

from gammainfra_gateway.billing.enforce import BillingState, effective_limits
from gammainfra_gateway.budget.guard import BudgetGuard, BudgetUnavailable, current_month
from gammainfra_schemas.budget_keys import month_keys, reservation_keys
from gammainfra_gateway.errors import PaymentRequired
from gammainfra_gateway.providers.base import Usage
from gammainfra_schemas.catalog import load_catalog
from gammainfra_schemas.pricing import platform_fee, price_usage
from tests.ports import free_port

pytestmark = pytest.mark.integration


@dataclass
class Cand:
    model: object
    offering: object
    byok: bool = False


@dataclass
class Record:
    customer_id: str
    api_key_id: str
    budget_limits: tuple
    request_id: str = field(default_factory=lambda: f"req_{uuid.uuid4().hex}")
    reservation: object = None
    served_by: object = None
    usage: Usage = field(default_factory=Usage)
    billing_state: object = None


def _setup(redis, fail_open=True, **kw):
    catalog = load_catalog()
    guard = BudgetGuard(catalog, registry=CollectorRegistry(), fail_open=fail_open, **kw)
    guard.attach(redis)
    model = catalog.model("openai/gpt-4o-mini")
    return guard, [Cand(model, model.offerings[0])]


BODY = {"messages": [{"role": "user", "content": "hi"}], "max_tokens": 10}


async def test_a_dead_gateway_s_reservation_expires_and_frees_the_budget(redis):
    guard, chain = _setup(redis, reservation_ttl_s=0.5, pending_ttl_s=3600)
    customer = f"cus_{uuid.uuid4().hex[:8]}"
    first = Record(customer, "k1", (None, None))
    # Find the reservation size, then set a limit that fits exactly one.
    first.budget_limits = (10**9, None)
    await guard.reserve(chain, BODY, first)
    amount = first.reservation.amount
    # That gateway "dies": no settlement. A second request does not fit next to it...
    second = Record(customer, "k1", (amount * 2 - 1, None))
    with pytest.raises(PaymentRequired, match="customer's monthly budget"):
        await guard.reserve(chain, BODY, second)
    # ...until the first reservation expires; then the script drops it and admits the second.
    await asyncio.sleep(0.6)
    await guard.reserve(chain, BODY, second)
    assert int(await redis.get(reservation_keys(customer, None)[2])) == amount
    assert int(await redis.get(reservation_keys(customer, "k1")[2])) == amount


async def test_settlement_moves_reserved_to_pending_and_old_pending_expires(redis):
    guard, chain = _setup(redis, reservation_ttl_s=60, pending_ttl_s=0.5)
    customer = f"cus_{uuid.uuid4().hex[:8]}"
    record = Record(customer, "k2", (None, 10**9))
    await guard.reserve(chain, BODY, record)
    record.served_by = chain[0]
    record.usage = Usage(prompt_tokens=1000, completion_tokens=10)
    guard.settle_soon(record)
    await guard.close()
    month = current_month()
    assert int(await redis.get(reservation_keys(customer, "k2")[2])) == 0
    pending = int(await redis.get(month_keys(customer, "k2", month)[3]))
    assert pending > 0 and int(await redis.get(month_keys(customer, None, month)[3])) == pending
    # Metering never confirmed it: after the pending TTL the next check drops it.
    await asyncio.sleep(0.6)
    again = Record(customer, "k2", (None, 10**9))
    await guard.reserve(chain, BODY, again)
    assert int(await redis.get(month_keys(customer, "k2", month)[3])) == 0
    with pytest.raises(PaymentRequired, match="API key's monthly budget"):
        await guard.reserve(chain, BODY, Record(customer, "k2", (None, 1)))


@pytest.mark.parametrize("byok", [False, True])
async def test_settlement_charges_the_fee_rate_of_the_key_that_served(redis, byok):
    guard, chain = _setup(redis, reservation_ttl_s=60, pending_ttl_s=3600)
    customer = f"cus_{uuid.uuid4().hex[:8]}"
    record = Record(customer, "k3", (10**9, None))
    await guard.reserve(chain, BODY, record)
    record.served_by = Cand(chain[0].model, chain[0].offering, byok=byok)
    record.usage = Usage(prompt_tokens=100_000, completion_tokens=50_000)
    guard.settle_soon(record)
    await guard.close()
    fees = load_catalog().fees
    cost = price_usage(chain[0].offering, 100_000, 50_000, 0, 0)
    pending = int(await redis.get(month_keys(customer, None, current_month())[3]))
    assert pending == cost + platform_fee(cost, byok, fees)


def _prepaid(credit_micro_usd: int, budget: int | None = None) -> Record:
    month = current_month()
    state = BillingState("credit", credit_micro_usd, f"{month[:4]}-{month[4:]}", False)
    return Record(f"cus_{uuid.uuid4().hex[:8]}", "k4", effective_limits((budget, None), state), billing_state=state)


@pytest.fixture
async def unreachable_redis():
    """A real client whose server is not there (nothing listens on the port)."""
    client = aioredis.from_url(f"redis://127.0.0.1:{free_port()}/0", socket_connect_timeout=1)
    yield client
    await client.aclose()


@pytest.mark.parametrize("fail_open", [True, False])
async def test_prepaid_account_is_refused_not_served_unchecked_while_redis_is_unreachable(unreachable_redis,
                                                                                          fail_open):
    guard, chain = _setup(unreachable_redis, fail_open=fail_open, reservation_ttl_s=60, pending_ttl_s=3600)
    record = _prepaid(1_000_000)
    with pytest.raises(BudgetUnavailable) as refused:
        await guard.reserve(chain, BODY, record)
    assert refused.value.status == 503 and refused.value.code == "budget_unavailable"
    assert int(refused.value.headers["Retry-After"]) > 0
    assert record.reservation is None
    assert guard.checks.labels("redis_error_credit")._value.get() == 1
    assert guard.checks.labels("redis_error_open")._value.get() == 0


async def test_prepaid_account_without_credit_gets_402_without_redis(unreachable_redis):
    guard, chain = _setup(unreachable_redis, reservation_ttl_s=60, pending_ttl_s=3600)
    for record in (_prepaid(0), _prepaid(0, budget=10**9)):
        with pytest.raises(PaymentRequired) as refused:
            await guard.reserve(chain, BODY, record)
        assert refused.value.code == "insufficient_credits"
    assert guard.checks.labels("redis_error_credit")._value.get() == 0  # Redis was never asked


@pytest.mark.parametrize("fail_open", [True, False])
async def test_postpaid_budget_follows_the_policy_while_redis_is_unreachable(unreachable_redis, fail_open):
    guard, chain = _setup(unreachable_redis, fail_open=fail_open, reservation_ttl_s=60, pending_ttl_s=3600)
    record = Record(f"cus_{uuid.uuid4().hex[:8]}", "k5", (10**9, None),
                    billing_state=BillingState("postpaid", None, None, False))
    if fail_open:
        await guard.reserve(chain, BODY, record)  # served unchecked
        assert record.reservation is None and guard.checks.labels("redis_error_open")._value.get() == 1
    else:
        with pytest.raises(BudgetUnavailable) as refused:
            await guard.reserve(chain, BODY, record)
        assert int(refused.value.headers["Retry-After"]) > 0
