"""The dispatcher never calls a candidate without a key: an endpoint of a provider
without a managed key serves customers with their own (BYOK) key only."""

from __future__ import annotations

import pytest
from prometheus_client import CollectorRegistry

from gammainfra_common.settings import Secret
from gammainfra_gateway.dispatch import Dispatcher, UpstreamFailed
from gammainfra_gateway.metrics import GatewayMetrics
from gammainfra_gateway.record import RequestRecord
from gammainfra_schemas.catalog import load_catalog
from tests.unit.gateway.helpers import chain_of, make_resolver


def dispatcher() -> Dispatcher:
    return Dispatcher(connect_timeout_s=1, attempt_timeout_s=1, total_deadline_s=2,
                      metrics=GatewayMetrics(CollectorRegistry()))


def record() -> RequestRecord:
    rec = RequestRecord("req_1", route="/v1/chat/completions")
    rec.customer_id = "cus_1"
    return rec


async def test_keyless_candidates_are_skipped_and_managed_ones_called():
    resolver = make_resolver(load_catalog(None), template=None, keys={"bedrock": Secret("AKIA:secret")})
    chain = chain_of(resolver, "meta/llama-3.3-70b")
    assert any(c.api_key is None for c in chain) and any(c.api_key is not None for c in chain)
    called = []

    async def operation(call):
        called.append(call.candidate)
        return "ok"

    served, result = await dispatcher().run(chain, {}, record(), operation)
    assert result == "ok" and served.api_key is not None
    assert all(c.api_key is not None for c in called)


async def test_only_keyless_candidates_is_no_available_endpoint_not_a_keyless_call():
    resolver = make_resolver(load_catalog(None), template=None, keys={})
    chain = chain_of(resolver, "meta/llama-3.3-70b")
    assert chain and all(c.api_key is None for c in chain)

    async def operation(call):
        raise AssertionError("a keyless candidate was called")

    rec = record()
    with pytest.raises(UpstreamFailed) as failed:
        await dispatcher().run(chain, {}, rec, operation)
    assert failed.value.status == 503 and rec.error_type == "no_available_endpoint"
