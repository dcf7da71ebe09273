"""Validation of what customers send to the account API, and the shapes it returns.

Pure (no I/O). Every rule raises `InvalidRequest` (HTTP 400, OpenAI's error shape)
naming the parameter; messages never echo the value (it may be a key or an email).

Email: syntactic check only, as no mail is sent by this service: one `@`, a
local part of RFC 5322 dot-atom characters (1-64, no leading, trailing or double
dot), a domain of 2+ DNS labels (letters, digits, hyphens; 1-63 each; no
leading/trailing hyphen) ending in a 2+ letter TLD or an IDNA `xn--` label,
254 characters at most (RFC 5321). Surrounding whitespace is stripped and the
domain lower-cased; uniqueness is case-insensitive (the database's index).
Quoted local parts and IP-literal domains are refused: no mail provider hands
them out, and they are a favourite of injection payloads.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from ..errors import InvalidRequest
from ..settings import PROVIDERS

EMAIL_MAX = 254
NAME_MAX = 200
KEY_NAME_MAX = 100
RPM_MAX = 1_000_000
BUDGET_MAX_MICRO_USD = 10**15  # one billion USD a month: anything above is a typo
PROVIDER_KEY_MIN, PROVIDER_KEY_MAX = 8, 4096

_LOCAL = re.compile(r"[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+(\.[A-Za-z0-9!#$%&'*+/=?^_`{|}~-]+)*")
_LABEL = re.compile(r"[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?")
_TLD = re.compile(r"[a-z]{2,63}|xn--[a-z0-9-]{1,59}")
_KEY_ID = re.compile(r"[a-z2-7]{12}")
# A provider key travels in an HTTP header: visible ASCII only, so no header injection.
_PROVIDER_KEY = re.compile(r"[\x21-\x7e]+")

SIGNUP_FIELDS = {"email", "name"}
PATCH_FIELDS = {"email", "name", "processing_objection", "byok_fallback_to_managed"}
KEY_FIELDS = {"name", "requests_per_minute", "monthly_budget_micro_usd"}
BYOK_FIELDS = {"api_key"}


@dataclass(frozen=True)
class AccountChanges:
    email: str | None = None
    name: str | None = None
    clear_name: bool = False
    processing_objection: bool | None = None
    byok_fallback_to_managed: bool | None = None


@dataclass(frozen=True)
class NewKey:
    name: str | None
    requests_per_minute: int | None
    monthly_budget_micro_usd: int | None


def _only(body: dict[str, Any], allowed: set[str]) -> None:
    unknown = sorted(set(body) - allowed)
    if unknown:
        raise InvalidRequest(f"Unknown parameter '{unknown[0]}'; allowed: {', '.join(sorted(allowed))}.",
                             param=unknown[0], code="unknown_parameter")


def validate_email(value: Any, param: str = "email") -> str:
    if not isinstance(value, str):
        raise InvalidRequest(f"'{param}' must be a string.", param=param)
    email = value.strip()
    local, at, domain = email.rpartition("@")
    labels = domain.lower().split(".")
    ok = (at and len(email) <= EMAIL_MAX and 1 <= len(local) <= 64 and _LOCAL.fullmatch(local)
          and len(labels) >= 2 and all(_LABEL.fullmatch(label) for label in labels)
          and _TLD.fullmatch(labels[-1]))
    if not ok:
        raise InvalidRequest(f"'{param}' is not a valid email address (expected name@example.com, "
                             f"at most {EMAIL_MAX} characters).", param=param, code="invalid_email")
    return f"{local}@{domain.lower()}"


def _text(value: Any, param: str, max_len: int) -> str:
    if not isinstance(value, str):
        raise InvalidRequest(f"'{param}' must be a string or null.", param=param)
    text = value.strip()
    if not 1 <= len(text) <= max_len:
        raise InvalidRequest(f"'{param}' must be 1 to {max_len} characters (after trimming spaces).",
                             param=param)
    if any(ord(c) < 32 or 0x7f <= ord(c) < 0xa0 or 0xd800 <= ord(c) <= 0xdfff for c in text):
        raise InvalidRequest(f"'{param}' must not contain control characters.", param=param)
    return text


def _bool(value: Any, param: str) -> bool:
    if not isinstance(value, bool):
        raise InvalidRequest(f"'{param}' must be a boolean.", param=param)
    return value


def _int_or_null(value: Any, param: str, low: int, high: int) -> int | None:
    if value is None:
        return None
    if type(value) is not int or not low <= value <= high:
        raise InvalidRequest(f"'{param}' must be an integer from {low} to {high}, or null.", param=param)
    return value


def parse_signup(body: dict[str, Any]) -> tuple[str, str | None]:
    _only(body, SIGNUP_FIELDS)
    if "email" not in body:
        raise InvalidRequest("Missing required parameter: 'email'.", param="email",
                             code="missing_required_parameter")
    email = validate_email(body["email"])
    name = body.get("name")
    return email, None if name is None else _text(name, "name", NAME_MAX)


def parse_account_patch(body: dict[str, Any]) -> AccountChanges:
    _only(body, PATCH_FIELDS)
    if not body:
        raise InvalidRequest(f"Nothing to change: send at least one of {', '.join(sorted(PATCH_FIELDS))}.")
    name = body.get("name")
    return AccountChanges(
        email=validate_email(body["email"]) if "email" in body else None,
        name=None if name is None else _text(name, "name", NAME_MAX),
        clear_name="name" in body and name is None,
        processing_objection=_bool(body["processing_objection"], "processing_objection")
        if "processing_objection" in body else None,
        byok_fallback_to_managed=_bool(body["byok_fallback_to_managed"], "byok_fallback_to_managed")
        if "byok_fallback_to_managed" in body else None)


def parse_new_key(body: dict[str, Any]) -> NewKey:
    _only(body, KEY_FIELDS)
    name = body.get("name")
    return NewKey(None if name is None else _text(name, "name", KEY_NAME_MAX),
                  _int_or_null(body.get("requests_per_minute"), "requests_per_minute", 1, RPM_MAX),
                  _int_or_null(body.get("monthly_budget_micro_usd"), "monthly_budget_micro_usd", 0,
                               BUDGET_MAX_MICRO_USD))


def is_key_id(value: str) -> bool:
    """Only ids of our shape can exist; anything else is simply not found."""
    return bool(_KEY_ID.fullmatch(value))


def is_provider(value: str) -> bool:
    return value in PROVIDERS


def parse_provider_key(body: dict[str, Any], provider: str) -> str:
    _only(body, BYOK_FIELDS)
    key = body.get("api_key")
    if key is None:
        raise InvalidRequest("Missing required parameter: 'api_key'.", param="api_key",
                             code="missing_required_parameter")
    if not isinstance(key, str):
        raise InvalidRequest("'api_key' must be a string.", param="api_key")
    if not (PROVIDER_KEY_MIN <= len(key) <= PROVIDER_KEY_MAX and _PROVIDER_KEY.fullmatch(key)):
        raise InvalidRequest(f"'api_key' must be {PROVIDER_KEY_MIN} to {PROVIDER_KEY_MAX} visible ASCII "
                             f"characters without spaces.", param="api_key")
    if provider == "bedrock":
        parts = key.split(":")
        if len(parts) not in (2, 3) or not all(parts):
            raise InvalidRequest("A Bedrock key is 'ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]'.",
                                 param="api_key")
    return key


ERASURE_FIELDS = {"confirm"}


def parse_erasure_confirmation(body: dict[str, Any]) -> str:
    """DELETE /v1/account's body: `{"confirm": "<the account's email>"}` and nothing else."""
    _only(body, ERASURE_FIELDS)
    confirm = body.get("confirm")
    if not isinstance(confirm, str) or not confirm.strip():
        raise InvalidRequest("To delete the account, send {\"confirm\": \"<the account's email address>\"}.",
                             param="confirm")
    return confirm.strip()


def confirms(confirm: str, email: str) -> bool:
    """Emails compare case-insensitively, as sign-up's uniqueness does."""
    return confirm.casefold() == email.casefold()
