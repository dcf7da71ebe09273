"""The dispatcher's credentials hook: which key each candidate is called with."""

from __future__ import annotations

import pytest

from gammainfra_common.settings import Secret
from gammainfra_gateway.byok.credentials import ByokCredentials
from gammainfra_gateway.byok.crypto import Keyring, new_kek
from gammainfra_gateway.errors import StoreUnavailable
from gammainfra_gateway.record import RequestRecord
from gammainfra_schemas.catalog import load_catalog
from tests.unit.gateway.helpers import FakeClock, chain_of, make_resolver

RING = Keyring.parse(f"k1:{new_kek()}", "k1")


class MemoryStore:
    """The one ByokStore method the hook reads, over a dict (no I/O)."""

    def __init__(self) -> None:
        self.rows: dict[str, list] = {}
        self.fallback: dict[str, bool] = {}
        self.loads = 0
        self.fail_next: Exception | None = None

    def put(self, customer: str, provider: str, key: str) -> None:
        self.rows.setdefault(customer, []).append((provider, RING.seal(key, customer, provider)))

    async def load(self, customer: str):
        self.loads += 1
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        return self.fallback.get(customer, False), list(self.rows.get(customer, []))


@pytest.fixture(scope="module")
def chain():
    catalog = load_catalog(None)
    # meta/llama-3.3-70b: groq first, then two bedrock endpoints.
    return chain_of(make_resolver(catalog), "meta/llama-3.3-70b", "openai/gpt-4o-mini")


def record(customer="cus_1") -> RequestRecord:
    rec = RequestRecord("req_1", route="/v1/chat/completions")
    rec.customer_id = customer
    return rec


async def test_without_byok_keys_the_chain_is_unchanged_and_cached(chain):
    store, clock = MemoryStore(), FakeClock()
    creds = ByokCredentials(store, RING, ttl_s=30, clock=clock)
    assert await creds.apply(chain, record()) == chain
    assert await creds.apply(chain, record()) == chain
    assert store.loads == 1
    clock.now = 31
    await creds.apply(chain, record())
    assert store.loads == 2


async def test_own_key_replaces_the_managed_one_for_that_provider_only(chain):
    store = MemoryStore()
    store.put("cus_1", "bedrock", "AKIAEXAMPLE:secretsecretsecret")
    out = await ByokCredentials(store, RING, ttl_s=30).apply(chain, record())
    assert [(c.endpoint.id, c.byok) for c in out] == [
        (c.endpoint.id, c.offering.provider == "bedrock") for c in chain]
    assert all(c.api_key == Secret("AKIAEXAMPLE:secretsecretsecret") for c in out if c.byok)
    assert all(c.api_key != Secret("AKIAEXAMPLE:secretsecretsecret") for c in out if not c.byok)


async def test_with_fallback_allowed_the_managed_twin_follows(chain):
    store = MemoryStore()
    store.put("cus_1", "openai", "sk-" + "o" * 30)
    store.fallback["cus_1"] = True
    rec = record()
    out = await ByokCredentials(store, RING, ttl_s=30).apply(chain, rec)
    openai = [(c.endpoint.id, c.byok) for c in out if c.offering.provider == "openai"]
    assert openai == [("openai-us", True), ("openai-us", False)] and rec.byok_fallback is True


async def test_a_key_that_does_not_open_drops_the_provider_instead_of_using_managed(chain):
    store = MemoryStore()
    store.rows["cus_1"] = [("openai", RING.seal("sk-" + "o" * 30, "cus_OTHER", "openai"))]  # moved row
    out = await ByokCredentials(store, RING, ttl_s=30).apply(chain, record())
    assert "openai" not in {c.offering.provider for c in out}
    assert [c.endpoint.id for c in out] == [c.endpoint.id for c in chain if c.offering.provider != "openai"]


async def test_eviction_forgets_at_once_and_a_load_racing_it_is_not_cached(chain):
    store = MemoryStore()
    creds = ByokCredentials(store, RING, ttl_s=300)
    store.put("cus_1", "openai", "sk-" + "o" * 30)
    assert any(c.byok for c in await creds.apply(chain, record()))
    store.rows.clear()
    assert any(c.byok for c in await creds.apply(chain, record()))  # cached
    creds.evict("cus_1")
    assert not any(c.byok for c in await creds.apply(chain, record()))


async def test_a_provider_without_managed_key_is_served_only_with_the_customers_key():
    catalog = load_catalog(None)
    # Real-provider mode (no URL template) with a managed key for Groq only: the
    # Bedrock endpoints are keyless candidates.
    resolver = make_resolver(catalog, template=None, keys={"groq": Secret("gsk-managed")})
    keyless = chain_of(resolver, "meta/llama-3.3-70b")
    assert {c.offering.provider for c in keyless if c.api_key is None} == {"bedrock"}

    store = MemoryStore()
    store.put("cus_byok", "bedrock", "AKIAEXAMPLE:secretsecretsecret")
    creds = ByokCredentials(store, RING, ttl_s=30)
    served = await creds.apply(keyless, record("cus_byok"))
    assert all(c.api_key is not None for c in served)
    assert [c.offering.provider for c in served if c.byok] == ["bedrock"] * len(
        [c for c in keyless if c.offering.provider == "bedrock"])

    store.fallback["cus_fallback"] = True
    store.put("cus_fallback", "bedrock", "AKIAEXAMPLE:secretsecretsecret")
    with_fallback = await creds.apply(keyless, record("cus_fallback"))
    # Fallback to managed needs a managed key: none exists for Bedrock, so no keyless twin.
    assert all(c.api_key is not None for c in with_fallback)


async def test_postgres_unavailable_after_the_ttl_keeps_the_expired_keys(chain):
    store, clock = MemoryStore(), FakeClock()
    store.put("cus_1", "bedrock", "AKIAEXAMPLE:secretsecretsecret")
    creds = ByokCredentials(store, RING, ttl_s=30, clock=clock)
    before = await creds.apply(chain, record())
    clock.now = 31
    store.fail_next = ConnectionRefusedError(111, "Connection refused")
    assert await creds.apply(chain, record()) == before  # the customer's own key still used
    assert creds.stale_uses == 1
    await creds.apply(chain, record())  # back: read again (the stale entry was not re-cached)
    assert store.loads == 3


async def test_postgres_unavailable_without_an_entry_is_503(chain):
    store = MemoryStore()
    store.fail_next = ConnectionRefusedError(111, "Connection refused")
    with pytest.raises(StoreUnavailable) as refused:
        await ByokCredentials(store, RING, ttl_s=30).apply(chain, record())
    assert refused.value.status == 503 and int(refused.value.headers["Retry-After"]) > 0
