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


class CountingScript:
    """One of the guard's real scripts, counting its calls (each call is one Redis round trip)
    and the items in each (ARGV[count_at] is the item count)."""

    def __init__(self, calls, count_at: int) -> None:
        self.script, self.count_at, self.calls, self.sizes = calls._script, count_at, 0, []
        calls._script = self

    async def __call__(self, keys, args):
        self.calls += 1
        self.sizes.append(int(args[self.count_at]))
        return await self.script(keys=keys, args=args)


async def test_settlements_of_one_loop_turn_go_as_one_call_and_each_is_settled_exactly(redis):
    guard, chain = _setup(redis, reservation_ttl_s=60, pending_ttl_s=3600)
    counting = CountingScript(guard._settles, count_at=2)
    customers = [f"cus_{uuid.uuid4().hex[:8]}" for _ in range(5)]
    records = [Record(customers[n % 5], f"k{n % 10}", (10**9, 10**9)) for n in range(60)]
    await asyncio.gather(*(guard.reserve(chain, BODY, r) for r in records))
    expected: dict[tuple, int] = {}
    for n, record in enumerate(records):
        record.served_by = chain[0] if n % 4 else None  # every fourth failed: settles at cost 0
        record.usage = Usage(prompt_tokens=1000 + n, completion_tokens=n)
        cost = sum(guard_charge(record))
        for scope in ((record.customer_id, None), (record.customer_id, record.api_key_id)):
            expected[scope] = expected.get(scope, 0) + cost
    for record in records:  # all in one loop turn, as when many requests end together
        guard.settle_soon(record)
    await guard.close()
    assert (counting.calls, counting.sizes) == (1, [60])
    month = current_month()
    for (customer, key), cost in expected.items():
        assert int(await redis.get(reservation_keys(customer, key)[2])) == 0  # every reservation released
        assert int(await redis.get(month_keys(customer, key, month)[3]) or 0) == cost


async def test_settlements_queued_while_a_call_is_in_flight_form_the_next_batch(redis):
    guard, chain = _setup(redis, reservation_ttl_s=60, pending_ttl_s=3600)
    counting = CountingScript(guard._settles, count_at=2)
    customer = f"cus_{uuid.uuid4().hex[:8]}"
    records = [Record(customer, "k", (None, 10**9)) for _ in range(9)]
    for record in records:
        await guard.reserve(chain, BODY, record)
        record.served_by, record.usage = chain[0], Usage(prompt_tokens=10, completion_tokens=1)
    guard.settle_soon(records[0])
    await asyncio.sleep(0)  # the first call is now in flight
    for record in records[1:]:
        guard.settle_soon(record)
    await guard.close()
    assert counting.sizes == [1, 8]
    assert int(await redis.get(reservation_keys(customer, "k")[2])) == 0
    cost = sum(guard_charge(records[0]))
    assert int(await redis.get(month_keys(customer, "k", current_month())[3])) == 9 * cost


def guard_charge(record) -> tuple[int, int]:
    from gammainfra_gateway.record import charge
    return charge(record.served_by, record.usage, load_catalog().fees)


async def test_concurrent_reservations_go_as_one_call_and_admit_exactly_what_fits(redis):
    guard, chain = _setup(redis, reservation_ttl_s=60, pending_ttl_s=3600)
    counting = CountingScript(guard._reserves, count_at=4)
    customer = f"cus_{uuid.uuid4().hex[:8]}"
    probe = Record(customer, "probe", (10**9, None))
    await guard.reserve(chain, BODY, probe)  # one reservation, to learn the amount
    amount = probe.reservation.amount
    limit = amount * 8  # the probe's and exactly 7 more fit
    records = [Record(customer, f"k{n % 3}", (limit, None)) for n in range(40)]
    outcomes = await asyncio.gather(*(guard.reserve(chain, BODY, r) for r in records), return_exceptions=True)
    admitted = [r for r, outcome in zip(records, outcomes) if outcome is None]
    refused = [o for o in outcomes if isinstance(o, PaymentRequired)]
    assert (len(admitted), len(refused)) == (7, 33)
    assert counting.sizes == [1, 40]  # the probe, then all 40 in one call
    assert int(await redis.get(reservation_keys(customer, None)[2])) == 8 * amount  # never over the limit

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
