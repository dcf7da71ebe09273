"""SigV4 for Bedrock: credentials from the provider key, the signed headers, the
canonical request (body hash, double-encoded model id), and agreement with what
botocore's own bedrock-runtime client sends for the same request."""

from __future__ import annotations

import datetime
import hashlib
import re

import aiohttp
import botocore.auth
import botocore.session
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest, AWSResponse
from yarl import URL

from gammainfra_common.settings import Secret
from gammainfra_gateway.providers.base import UpstreamCall, UpstreamError
from gammainfra_gateway.providers.bedrock.adapter import BedrockConverseAdapter, converse_url
from gammainfra_gateway.providers.bedrock.signing import credentials_from, signed_headers
from gammainfra_schemas.catalog import load_catalog

from .helpers import candidate

NOW = datetime.datetime(2026, 11, 26, 12, 30, 45)
NOW_S = NOW.replace(tzinfo=datetime.timezone.utc).timestamp()
MODEL_ID = "us.anthropic.claude-sonnet-4-20250514-v1:0"
BASE = "https://bedrock-runtime.us-west-2.amazonaws.com"
BODY = b'{"messages":[{"role":"user","content":[{"text":"hi"}]}],"inferenceConfig":{"maxTokens":16}}'


@pytest.fixture(autouse=True)
def frozen_clock(monkeypatch):
    # botocore's clock, for the requests botocore itself signs here; ours is an argument.
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: NOW)


def sign(body=BODY, key="AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", region="us-west-2", **headers):
    return signed_headers(url=converse_url(BASE, MODEL_ID, "converse"), body=body, region=region,
                          credentials=credentials_from(Secret(key)),
                          headers={"Content-Type": "application/json", **headers}, now=NOW_S)


# --- credentials ------------------------------------------------------------------------------

def test_key_with_and_without_session_token():
    creds = credentials_from(Secret("AKIDEXAMPLE:secret/with+chars="))
    assert (creds.access_key, creds.secret_key, creds.token) == ("AKIDEXAMPLE", "secret/with+chars=", None)
    creds = credentials_from(Secret("ASIAEXAMPLE:secret:FwoGZXIvYXdzEJr//token=="))
    assert (creds.access_key, creds.secret_key, creds.token) == ("ASIAEXAMPLE", "secret", "FwoGZXIvYXdzEJr//token==")


def test_demo_placeholder_becomes_dummy_credentials():
    creds = credentials_from(Secret("gi-local-placeholder"))
    assert (creds.access_key, creds.secret_key, creds.token) == ("gi-local-placeholder", "gi-local-placeholder", None)


@pytest.mark.parametrize("key", ["just-one-part", "a:b:c:d", "AKID:", ":secret", "a::c"])
def test_malformed_key_is_an_auth_error_that_does_not_show_the_key(key):
    with pytest.raises(UpstreamError) as caught:
        credentials_from(Secret(key))
    assert (caught.value.error_type, caught.value.retriable) == ("upstream_auth_error", True)
    assert key not in str(caught.value) and key not in caught.value.message


# --- the signature ----------------------------------------------------------------------------

def test_signed_headers_are_present_and_scoped_to_bedrock_in_the_region():
    headers = sign()
    assert headers["X-Amz-Date"] == "20261126T123045Z"
    assert headers["Content-Type"] == "application/json"
    assert re.fullmatch(r"AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261126/us-west-2/bedrock/aws4_request, "
                        r"SignedHeaders=content-type;host;x-amz-date, Signature=[0-9a-f]{64}",
                        headers["Authorization"]), headers["Authorization"]
    assert "X-Amz-Security-Token" not in headers


def test_session_token_is_sent_and_signed():
    headers = sign(key="ASIAEXAMPLE:secret:the-session-token")
    assert headers["X-Amz-Security-Token"] == "the-session-token"
    assert "SignedHeaders=content-type;host;x-amz-date;x-amz-security-token," in headers["Authorization"]


def test_canonical_request_has_the_body_hash_and_the_double_encoded_model_id():
    headers = sign()
    request = AWSRequest(method="POST", url=converse_url(BASE, MODEL_ID, "converse"), data=BODY, headers=headers)
    request.context["timestamp"] = headers["X-Amz-Date"]
    signer = SigV4Auth(credentials_from(Secret("AKIDEXAMPLE:x")), "bedrock", "us-west-2")
    lines = signer.canonical_request(request).split("\n")
    assert lines[0] == "POST"
    assert lines[1] == "/model/us.anthropic.claude-sonnet-4-20250514-v1%253A0/converse"
    assert lines[-1] == hashlib.sha256(BODY).hexdigest()
    assert "host:bedrock-runtime.us-west-2.amazonaws.com" in lines


def test_the_body_and_the_region_are_part_of_the_signature():
    reference = sign()["Authorization"]
    assert sign(body=BODY.replace(b"16", b"17"))["Authorization"] != reference
    assert "/us-east-1/bedrock/" in sign(region="us-east-1")["Authorization"]
    assert sign()["Authorization"] == reference  # deterministic for a fixed clock


def test_same_request_as_botocores_own_bedrock_runtime_client():
    sent = {}

    def capture(request, **_):
        sent.update(url=request.url, body=request.body,
                    headers={k: v.decode() if isinstance(v, bytes) else v for k, v in request.headers.items()})
        return AWSResponse(request.url, 200, {}, None)  # stop before the network

    client = botocore.session.get_session().create_client(
        "bedrock-runtime", region_name="us-west-2", endpoint_url=BASE,
        aws_access_key_id="AKIDEXAMPLE", aws_secret_access_key="wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY",
        aws_session_token="tok")
    client.meta.events.register("before-send", capture)
    try:
        client.converse(modelId=MODEL_ID, messages=[{"role": "user", "content": [{"text": "hi"}]}])
    except Exception:  # noqa: BLE001 - the empty stub answer does not parse; the request is captured
        pass
    assert sent["url"] == converse_url(BASE, MODEL_ID, "converse")
    ours = signed_headers(url=sent["url"], body=sent["body"], region="us-west-2",
                          credentials=credentials_from(Secret(
                              "AKIDEXAMPLE:wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY:tok")),
                          headers={"Content-Type": "application/json"}, now=NOW_S)
    assert ours["Authorization"] == sent["headers"]["Authorization"]
    assert ours["X-Amz-Date"] == sent["headers"]["X-Amz-Date"]


# --- the adapter sends what it signed ---------------------------------------------------------

class _RecordingSession:
    def __init__(self):
        self.calls = []

    async def post(self, url, *, data, headers, timeout):
        self.calls.append((url, data, headers))
        raise aiohttp.ClientConnectionError("recorded")


async def test_adapter_signs_for_the_endpoint_region_and_sends_the_path_as_signed():
    catalog = load_catalog()
    cand = candidate(catalog, "anthropic/claude-sonnet-4", "bedrock-us-west-2")
    session = _RecordingSession()
    call = UpstreamCall(cand, {"model": "x", "messages": [{"role": "user", "content": "hi"}]},
                        aiohttp.ClientTimeout(total=1))
    with pytest.raises(UpstreamError) as caught:
        await BedrockConverseAdapter(session, clock=lambda: NOW_S).complete(call)
    assert caught.value.error_type == "connect_error"
    [(url, data, headers)] = session.calls
    assert isinstance(url, URL)
    assert url.raw_path == "/bedrock-us-west-2/model/us.anthropic.claude-sonnet-4-20250514-v1%3A0/converse"
    assert "/20261126/us-west-2/bedrock/aws4_request" in headers["Authorization"]
    assert "Credential=gi-local-placeholder/" in headers["Authorization"]  # the helper's keyless placeholder
    request = AWSRequest(method="POST", url=str(url), data=data, headers=headers)
    request.context["timestamp"] = headers["X-Amz-Date"]
    canonical = SigV4Auth(credentials_from(Secret("a:b")), "bedrock", "us-west-2").canonical_request(request)
    assert canonical.endswith(hashlib.sha256(data).hexdigest())


async def test_untranslatable_request_is_a_400_for_the_client_before_any_network():
    cand = candidate(load_catalog(), "meta/llama-3.3-70b", "bedrock-us-east-1")
    session = _RecordingSession()
    body = {"model": "x", "messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}]}
    with pytest.raises(UpstreamError) as caught:
        await BedrockConverseAdapter(session).complete(UpstreamCall(cand, body, aiohttp.ClientTimeout(total=1)))
    assert (caught.value.error_type, caught.value.retriable, caught.value.status) == (
        "upstream_client_error", False, 400)
    assert caught.value.client_body["error"]["param"] == "messages[0].content[0].image_url"
    assert session.calls == []
    with pytest.raises(UpstreamError) as embed:
        await BedrockConverseAdapter(session).embed(UpstreamCall(cand, {"input": "x"}, aiohttp.ClientTimeout(total=1)))
    assert (embed.value.error_type, embed.value.retriable) == ("upstream_client_error", False)
