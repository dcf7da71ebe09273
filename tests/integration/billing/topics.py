"""Reading billing's output topics in tests, validated against their contracts."""

from __future__ import annotations

import orjson

from gammainfra_schemas.compiled import compiled_validator_for
from tests.integration.conftest import read_all


async def events_on(topic: str, contract: str, *, expected: int, timeout_s: float = 20.0) -> list[dict]:
    """Every event on `topic` (at least `expected` of them), each checked against `contract` v1."""
    validator = compiled_validator_for(contract, 1)
    out = []
    for record in await read_all(topic, expected=expected, timeout_s=timeout_s):
        data = orjson.loads(record.value)
        assert validator.is_valid(data), (contract, data)
        headers = dict(record.headers)
        assert headers["ce_type"].decode() == f"com.gammainfra.{data['type']}"
        out.append(data)
    return out
