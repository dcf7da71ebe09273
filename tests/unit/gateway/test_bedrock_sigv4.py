"""Our SigV4 (`providers/bedrock/sigv4.py`) against botocore's `SigV4Auth.add_auth`
(botocore is a test-only dependency): the same request signed by both at the same
moment gives the same headers, in the same order, for many model ids, ARNs, URLs,
regions, credentials, bodies, header sets and times."""

from __future__ import annotations

import datetime
import random

import botocore.auth
import pytest
from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from gammainfra_gateway.providers.bedrock.adapter import converse_url
from gammainfra_gateway.providers.bedrock.sigv4 import AwsCredentials, sign

MODEL_IDS = [
    "us.anthropic.claude-sonnet-4-20250514-v1:0",
    "meta.llama3-3-70b-instruct-v1:0",
    "amazon.nova-pro-v1:0",
    "mistral.mistral-large-2407-v1:0",
    "arn:aws:bedrock:us-east-1:123456789012:inference-profile/us.anthropic.claude-3-5-sonnet-20241022-v2:0",
    "arn:aws:bedrock:us-west-2:123456789012:provisioned-model/abc123def456",
    "arn:aws:bedrock:eu-central-1::foundation-model/anthropic.claude-v2",
    "arn:aws:bedrock:us-east-1:123456789012:custom-model/my.model/x9",
    "odd id+with spaces~tilde_ünïcode%41",
]
BASES = [
    "https://bedrock-runtime.us-west-2.amazonaws.com",
    "https://bedrock-runtime.eu-central-1.amazonaws.com/",
    "https://Bedrock-Runtime.US-EAST-1.amazonaws.com:443",
    "https://bedrock-runtime-fips.us-east-1.amazonaws.com:8443",
    "http://127.0.0.1:8089/bedrock-us-east-1",
    "http://localhost:80/prefix/./a/../bedrock",
    "http://[::1]:9000/bedrock-us-west-2",
    "http://gateway.internal//double//slashes",
]
REGIONS = ["us-east-1", "us-west-2", "eu-central-1", "ap-northeast-1", "us-gov-west-1"]
CREDENTIALS = [
    ("AKIDEXAMPLE", "wJalrXUtnFEMI/K7MDENG+bPxRfiCYEXAMPLEKEY", None),
    ("ASIAEXAMPLE", "secret/with+chars=", "FwoGZXIvYXdzEJr//////////wEaDGFzZXNzaW9uLXRva2Vu+/="),
    ("gi-local-placeholder", "gi-local-placeholder", None),
    ("AKIAÜNICODE", "sécret", "tök en"),
]
BODIES = [b"", b"{}", b'{"messages":[{"role":"user","content":[{"text":"h\\u00e9"}]}]}',
          "naïve – ünïcode ✓".encode(), bytes(range(256)) * 400]
EXTRA_HEADERS = [
    {},
    {"User-Agent": "gammainfra/1", "X-Amzn-Trace-Id": "Root=1-abc", "traceparent": "00-x-y-01",
     "Transfer-Encoding": "chunked", "Connection": "keep-alive", "Expect": "100-continue"},
    {"X-Custom": "  leading and   inner\t runs  ", "x-other": "v"},
    {"X-Dup": "first", "x-dup": "second", "X-DUP": "  third "},
    {"Authorization": "Bearer stale", "X-Amz-Date": "19990101T000000Z"},
    {"X-Amz-Security-Token": "a-token-given-as-a-header"},
    {"Date": "Mon, 01 Jan 1990 00:00:00 GMT", "X-Amz-Date": "19990101T000000Z"},
    {"date": "whatever"},
    {"Host": "Example.COM:8080"},
    {"X-Amz-Content-SHA256": "UNSIGNED-PAYLOAD"},
    {"Accept": "application/vnd.amazon.eventstream", "X-Amzn-Bedrock-Trace": "ENABLED",
     "X-Amzn-Bedrock-GuardrailIdentifier": "gr-1", "Content-Length": "12"},
]
MOMENTS = [1_795_000_000.0, 1_795_012_799.999, 0.0, 1_700_000_000.5,
           datetime.datetime(2026, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc).timestamp()]


def botocores(monkeypatch, *, method, url, headers, body, credentials, region, service, now):
    moment = datetime.datetime.fromtimestamp(now, datetime.timezone.utc).replace(tzinfo=None)
    monkeypatch.setattr(botocore.auth, "get_current_datetime", lambda: moment)
    request = AWSRequest(method=method, url=url, data=body, headers=dict(headers))
    SigV4Auth(Credentials(*credentials), service, region).add_auth(request)
    return list(request.headers.items())


def ours(*, method, url, headers, body, credentials, region, service, now):
    return list(sign(method=method, url=url, headers=headers, body=body, credentials=AwsCredentials(*credentials),
                     region=region, service=service, now=now).items())


def both(monkeypatch, **request):
    theirs = botocores(monkeypatch, **request)
    mine = ours(**request)
    assert mine == theirs, request
    return mine


def test_the_reference_request_of_the_adapter():
    headers = ours(method="POST", url=converse_url(BASES[0], MODEL_IDS[0], "converse"),
                   headers={"Content-Type": "application/json"}, body=BODIES[2], credentials=CREDENTIALS[1],
                   region="us-west-2", service="bedrock", now=MOMENTS[0])
    assert [name for name, _ in headers] == ["Content-Type", "X-Amz-Date", "X-Amz-Security-Token", "Authorization"]


@pytest.mark.parametrize("model_id", MODEL_IDS)
@pytest.mark.parametrize("operation", ["converse", "converse-stream"])
def test_every_model_id_signs_as_botocore_does(monkeypatch, model_id, operation):
    for credentials in CREDENTIALS[:2]:
        both(monkeypatch, method="POST", url=converse_url(BASES[0], model_id, operation),
             headers={"Content-Type": "application/json"}, body=BODIES[2], credentials=credentials,
             region="us-west-2", service="bedrock", now=MOMENTS[0])


@pytest.mark.parametrize("extra", EXTRA_HEADERS)
def test_every_header_set_signs_as_botocore_does(monkeypatch, extra):
    for credentials in CREDENTIALS[:2]:
        both(monkeypatch, method="POST", url=converse_url(BASES[4], MODEL_IDS[4], "converse-stream"),
             headers={"Content-Type": "application/json", **extra}, body=BODIES[1], credentials=credentials,
             region="us-east-1", service="bedrock", now=MOMENTS[1])


@pytest.mark.parametrize("url", ["https://h.example/p?b=2&a=1&a=0&c", "https://h.example/p?x=%2F&y=a%20b&x=",
                                 "https://h.example", "https://h.example/", "https://h.example/a/b/"])
@pytest.mark.parametrize("method", ["POST", "GET", "put"])
def test_query_strings_empty_paths_and_methods_sign_as_botocore_does(monkeypatch, url, method):
    both(monkeypatch, method=method, url=url, headers={}, body=b"x", credentials=CREDENTIALS[0],
         region="eu-central-1", service="bedrock", now=MOMENTS[2])


def test_random_combinations_sign_as_botocore_does(monkeypatch):
    rng = random.Random(17)
    seen = set()
    for _ in range(400):
        request = dict(
            method="POST", url=converse_url(rng.choice(BASES), rng.choice(MODEL_IDS),
                                            rng.choice(["converse", "converse-stream"])),
            headers={"Content-Type": "application/json", **rng.choice(EXTRA_HEADERS)},
            body=rng.choice(BODIES), credentials=rng.choice(CREDENTIALS), region=rng.choice(REGIONS),
            service=rng.choice(["bedrock", "bedrock", "execute-api"]), now=rng.choice(MOMENTS))
        seen.add(dict(both(monkeypatch, **request))["Authorization"])
    assert len(seen) > 300  # the combinations really differ


def test_the_signature_depends_on_every_input(monkeypatch):
    base = dict(method="POST", url=converse_url(BASES[0], MODEL_IDS[0], "converse"),
                headers={"Content-Type": "application/json"}, body=b"{}", credentials=CREDENTIALS[0],
                region="us-west-2", service="bedrock", now=MOMENTS[0])
    reference = dict(ours(**base))["Authorization"]
    changes = [dict(url=converse_url(BASES[0], MODEL_IDS[1], "converse")), dict(body=b"{ }"),
               dict(headers={"Content-Type": "text/plain"}), dict(region="us-east-1"), dict(now=MOMENTS[0] + 1),
               dict(credentials=(CREDENTIALS[0][0], CREDENTIALS[0][1] + "x", None)), dict(method="PUT")]
    for change in changes:
        changed = {**base, **change}
        assert dict(both(monkeypatch, **changed))["Authorization"] != reference, change


def test_published_aws_test_vector_get_vanilla(monkeypatch):
    # "get-vanilla" of AWS's SigV4 test suite (aws-sig-v4-test-suite): its signature is
    # the one AWS publishes, and botocore's.
    headers = dict(both(monkeypatch, method="GET", url="https://example.amazonaws.com/", headers={}, body=b"",
                        credentials=CREDENTIALS[0], region="us-east-1", service="service",
                        now=datetime.datetime(2015, 8, 30, 12, 36, tzinfo=datetime.timezone.utc).timestamp()))
    assert headers["Authorization"] == (
        "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20150830/us-east-1/service/aws4_request, "
        "SignedHeaders=host;x-amz-date, "
        "Signature=5fa00fa31553b73ebf1942676e86291e8372ff2a2260956d9b8aae1d763fbf31")


def test_credentials_repr_shows_no_secret():
    shown = repr(AwsCredentials("AKIDEXAMPLE", "the-secret-key", "the-session-token"))
    assert "AKIDEXAMPLE" in shown
    assert "the-secret-key" not in shown and "the-session-token" not in shown
