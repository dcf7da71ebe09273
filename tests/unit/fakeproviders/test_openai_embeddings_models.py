"""POST /{endpoint}/v1/embeddings and GET /{endpoint}/v1/models in OpenAI's shapes."""

from __future__ import annotations

import base64
import math
import struct
from typing import Any

import pytest
from aiohttp.test_utils import TestClient

from gammainfra_fakeproviders.content import embedding_vector
from tests.unit.fakeproviders.helpers import AUTH

EMBED = "/openai-us/v1/embeddings"


async def embed(client: TestClient, **body: Any) -> tuple[int, Any]:
    async with client.post(EMBED, json={"model": "text-embedding-3-small", **body}, headers=AUTH) as resp:
        return resp.status, await resp.json()


async def test_single_string_gives_one_float_vector_of_8(client: TestClient) -> None:
    status, body = await embed(client, input="hello world")
    assert status == 200
    assert set(body) == {"object", "data", "model", "usage"}
    assert body["object"] == "list" and body["model"] == "text-embedding-3-small"
    [item] = body["data"]
    assert set(item) == {"object", "index", "embedding"}
    assert item["object"] == "embedding" and item["index"] == 0
    assert item["embedding"] == embedding_vector("hello world", 8)
    assert math.isclose(sum(v * v for v in item["embedding"]), 1.0)
    assert body["usage"] == {"prompt_tokens": 3, "total_tokens": 3}


async def test_list_input_dimensions_and_determinism(client: TestClient) -> None:
    _, first = await embed(client, input=["a", "bb", "a"], dimensions=16)
    assert [d["index"] for d in first["data"]] == [0, 1, 2]
    vectors = [d["embedding"] for d in first["data"]]
    assert all(len(v) == 16 for v in vectors)
    assert vectors[0] == vectors[2] != vectors[1]
    _, again = await embed(client, input=["a"], dimensions=16)
    assert again["data"][0]["embedding"] == vectors[0]
    _, tokens = await embed(client, input=[[1, 2, 3], [4]])
    assert tokens["usage"]["prompt_tokens"] == 4 and len(tokens["data"]) == 2


async def test_base64_encoding_is_little_endian_float32(client: TestClient) -> None:
    _, body = await embed(client, input="hello", encoding_format="base64", dimensions=4)
    raw = base64.b64decode(body["data"][0]["embedding"])
    decoded = struct.unpack("<4f", raw)
    expected = embedding_vector("hello", 4)
    assert all(math.isclose(a, b, rel_tol=1e-6, abs_tol=1e-7) for a, b in zip(decoded, expected))


@pytest.mark.parametrize(("body", "param"), [
    ({}, "input"),
    ({"input": ""}, None),
    ({"input": []}, None),
    ({"input": [1.5]}, None),
    ({"input": "x", "encoding_format": "int8"}, "encoding_format"),
    ({"input": "x", "dimensions": 0}, "dimensions"),
    ({"input": "x", "dimensions": 100_000}, "dimensions"),
])
async def test_invalid_embeddings_requests_are_400(client: TestClient, body: dict, param: str | None) -> None:
    status, error = await embed(client, **body)
    assert status == 400
    assert error["error"]["type"] == "invalid_request_error" and error["error"]["param"] == param


async def test_models_list(client: TestClient) -> None:
    async with client.get("/openai-us/v1/models", headers=AUTH) as resp:
        assert resp.status == 200
        body = await resp.json()
    assert body["object"] == "list"
    assert {m["id"] for m in body["data"]} >= {"gpt-4o", "gpt-4o-mini", "text-embedding-3-small"}
    for model in body["data"]:
        assert set(model) == {"id", "object", "created", "owned_by"} and model["object"] == "model"
    async with client.get("/openai-us/v1/models/gpt-4o", headers=AUTH) as resp:
        assert (await resp.json())["id"] == "gpt-4o"
    async with client.get("/openai-us/v1/models") as resp:
        assert resp.status == 401
