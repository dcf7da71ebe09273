"""Validation rules of the account API (pure)."""

from __future__ import annotations

import pytest

from gammainfra_gateway.accounts import domain
from gammainfra_gateway.errors import InvalidRequest


@pytest.mark.parametrize("raw,stored", [
    ("ada@example.com", "ada@example.com"),
    ("  Ada.Lovelace+tag@Example.CO.uk ", "Ada.Lovelace+tag@example.co.uk"),
    ("o'brien@xn--bcher-kva.example", "o'brien@xn--bcher-kva.example"),
])
def test_valid_emails_are_normalised(raw, stored):
    assert domain.validate_email(raw) == stored


@pytest.mark.parametrize("raw", [
    "", "plain", "@example.com", "ada@", "ada@localhost", "ada@example", "a..b@example.com", ".a@example.com",
    "ada@-example.com", "ada@example.c", "ada@[127.0.0.1]", '"quoted"@example.com', "ada@exa mple.com",
    "ada\n@example.com", "a" * 65 + "@example.com", "a@" + "b" * 250 + ".com", "ada@@example.com", "ädä@example.com",
])
def test_invalid_emails_are_refused_without_echoing_them(raw):
    with pytest.raises(InvalidRequest) as exc:
        domain.validate_email(raw)
    # One fixed message whatever the input: nothing of it is echoed.
    assert exc.value.param == "email" and exc.value.message == (
        "'email' is not a valid email address (expected name@example.com, at most 254 characters).")


def test_signup_needs_an_email_and_only_known_fields():
    assert domain.parse_signup({"email": "a@b.io"}) == ("a@b.io", None)
    assert domain.parse_signup({"email": "a@b.io", "name": "  Ada  "}) == ("a@b.io", "Ada")
    for body, param in (({}, "email"), ({"email": "a@b.io", "role": "admin"}, "role"),
                        ({"email": "a@b.io", "name": 3}, "name"), ({"email": "a@b.io", "name": "   "}, "name"),
                        ({"email": "a@b.io", "name": "x" * 201}, "name"), ({"email": "a@b.io", "name": "a\x00b"}, "name")):
        with pytest.raises(InvalidRequest) as exc:
            domain.parse_signup(body)
        assert exc.value.param == param


def test_patch_distinguishes_absent_null_and_values():
    changes = domain.parse_account_patch({"name": None, "processing_objection": True})
    assert (changes.email, changes.clear_name, changes.processing_objection, changes.byok_fallback_to_managed) == (
        None, True, True, None)
    assert not domain.parse_account_patch({"byok_fallback_to_managed": False}).clear_name
    for body in ({}, {"processing_objection": 1}, {"byok_fallback_to_managed": "true"}, {"email": None}):
        with pytest.raises(InvalidRequest):
            domain.parse_account_patch(body)


def test_new_key_bounds():
    assert domain.parse_new_key({}) == domain.NewKey(None, None, None)
    assert domain.parse_new_key({"name": "ci", "requests_per_minute": 60, "monthly_budget_micro_usd": 0}) == (
        domain.NewKey("ci", 60, 0))
    for body in ({"requests_per_minute": 0}, {"requests_per_minute": 10**7}, {"requests_per_minute": 1.0},
                 {"monthly_budget_micro_usd": True}, {"monthly_budget_micro_usd": 10**16}, {"name": "x" * 101}):
        with pytest.raises(InvalidRequest):
            domain.parse_new_key(body)


def test_provider_keys_are_visible_ascii_and_bedrock_keys_have_their_shape():
    assert domain.parse_provider_key({"api_key": "sk-" + "a" * 20}, "openai") == "sk-" + "a" * 20
    assert domain.parse_provider_key({"api_key": "AKIAXXXX:secretsecret"}, "bedrock")
    for body, provider in (({"api_key": "short"}, "openai"), ({"api_key": "sk-with space-xxxxxx"}, "openai"),
                           ({"api_key": "sk-line\r\nX-Evil: 1"}, "openai"), ({"api_key": 12345678}, "openai"),
                           ({"api_key": "no-colon-at-all"}, "bedrock"), ({"api_key": "a:b:c:d:e:f"}, "bedrock"),
                           ({}, "openai")):
        with pytest.raises(InvalidRequest) as exc:
            domain.parse_provider_key(body, provider)
        assert "secret" not in exc.value.message and "sk-" not in exc.value.message


def test_key_ids_and_providers():
    assert domain.is_key_id("abcdefgh2345") and not domain.is_key_id("ABCDEFGH2345")
    assert not domain.is_key_id("abc") and not domain.is_key_id("../../etc/pass")
    assert domain.is_provider("openai") and not domain.is_provider("OpenAI")
