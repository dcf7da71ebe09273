"""The in-process limits of overload.py and the parsing limits of requests.py, without I/O."""

from __future__ import annotations

import hashlib
from types import SimpleNamespace

import orjson
import pytest
from prometheus_client import CollectorRegistry

from gammainfra_gateway.clientip import ClientIpHasher
from gammainfra_gateway.errors import InvalidRequest, ModelNotFound
from gammainfra_gateway.overload import InflightLimits
from gammainfra_gateway.requests import MAX_JSON_DEPTH, decode_json


def _limits(**kwargs) -> InflightLimits:
    return InflightLimits(**{"max_inflight": 4, "max_per_customer": 2, "retry_after_s": 3, **kwargs},
                          registry=CollectorRegistry())


def test_a_customer_holds_at_most_its_slots_and_gets_them_back():
    limits = _limits()
    assert limits.enter_customer("a") and limits.enter_customer("a")
    assert not limits.enter_customer("a")
    assert limits.enter_customer("b")  # another customer is not affected
    limits.leave_customer("a")
    assert limits.enter_customer("a")
    for customer in ("a", "a", "b"):
        limits.leave_customer(customer)
    assert limits.by_customer == {}  # no entry is kept for a customer with nothing in flight


def test_zero_disables_the_customer_limit():
    limits = _limits(max_per_customer=0)
    assert all(limits.enter_customer("a") for _ in range(100))


@pytest.mark.parametrize(("path", "reason", "status", "shape"), [
    ("/v1/chat/completions", "process", 503, "openai"), ("/v1/messages", "process", 503, "anthropic"),
    ("/v1/embeddings", "customer", 429, "openai"), ("/v1/messages", "customer", 429, "anthropic")])
def test_refusals_carry_retry_after_in_the_route_shape(path, reason, status, shape):
    limits = _limits()
    error = limits.refusal(path, reason)
    response = error.response("req_x", anthropic=path == "/v1/messages")
    body = orjson.loads(response.body)
    assert response.status == status and response.headers["Retry-After"] == "3"
    if shape == "anthropic":
        assert body["error"]["type"] == ("overloaded_error" if status == 503 else "rate_limit_error")
    else:
        assert body["error"]["code"] == ("overloaded" if status == 503 else "concurrency_limit_exceeded")
    assert limits.shed.labels(path, reason)._value.get() == 1


@pytest.mark.parametrize("depth", [MAX_JSON_DEPTH + 1, 500, 1023, 5000])
def test_json_nested_past_the_limit_is_refused(depth):
    with pytest.raises(InvalidRequest) as caught:
        decode_json(b'{"a": ' + b"[" * (depth - 1) + b"]" * (depth - 1) + b"}")
    assert caught.value.code == "json_too_deep"


def test_json_at_the_limit_and_wide_json_are_accepted():
    assert decode_json(b'{"a": ' + b"[" * (MAX_JSON_DEPTH - 1) + b"]" * (MAX_JSON_DEPTH - 1) + b"}")
    wide = {"input": [[1, 2, 3]] * 10_000, "o": [{"k": {"v": [1]}}] * 1000}
    assert decode_json(orjson.dumps(wide)) == wide


def test_brackets_inside_strings_neither_hide_nor_fake_depth():
    # The bracket count only decides whether the body is walked: brackets in a prompt make it
    # walk (and pass), and real nesting past the limit is refused whatever the strings hold.
    prompt = "[{" * 200
    assert decode_json(orjson.dumps({"messages": [{"role": "user", "content": prompt}]}))
    deep = b'{"s": "' + b"]}" * 100 + b'", "a": ' + b"[" * MAX_JSON_DEPTH + b"]" * MAX_JSON_DEPTH + b"}"
    with pytest.raises(InvalidRequest) as caught:
        decode_json(deep)
    assert caught.value.code == "json_too_deep"


def test_client_ip_buckets_are_keyed_and_never_the_address():
    request = SimpleNamespace(remote="203.0.113.7")
    first, second = ClientIpHasher("k1"), ClientIpHasher("k2")
    bucket = first.bucket(request)
    assert bucket == first.bucket(request) and bucket != second.bucket(request)
    assert "203.0.113.7" not in bucket and bucket != hashlib.sha256(b"203.0.113.7").hexdigest()[:32]
    assert ClientIpHasher(None).bucket(request) != ClientIpHasher(None).bucket(request)  # random keys


def test_an_overlong_model_name_is_not_echoed_whole():
    error = ModelNotFound.for_model("m" * 100_000)
    assert len(error.message) < 300 and error.param == "model"
