"""The account API's use cases: each validates (domain), writes (stores), then
(the stores stage one accounts.v1 event per change in the same transaction)
and, where caches in other gateway processes hold the old state, publishes the
eviction on Redis.

Customer scoping: every method takes the authenticated customer id and passes it
to the stores, whose SQL is scoped by it; an id of another customer's key or a
provider without a key is simply "not found" (404), so nothing reveals whether
another tenant's object exists.

Raises `ApiError` subclasses with client-facing messages that never contain an
email, a name or key material.
"""

from __future__ import annotations

from dataclasses import dataclass

import redis.asyncio as aioredis
import structlog

from ..auth.revocation import publish_revocation
from ..byok.crypto import Keyring, hint
from ..byok.eviction import publish_byok_change
from ..byok.store import ByokEntry, ByokStore
from ..errors import ApiError, NotFound
from . import domain
from .store import Account, AccountStore, ApiKeyInfo, EmailTaken, LastActiveKey

log = structlog.get_logger(__name__)


class Conflict(ApiError):
    status = 409
    type = "invalid_request_error"
    code = "conflict"


class ByokUnavailable(ApiError):
    status = 503
    type = "server_error"
    code = "byok_unavailable"


@dataclass(frozen=True)
class SignedUp:
    account: Account
    key: ApiKeyInfo
    api_key: str


class AccountService:
    def __init__(self, accounts: AccountStore, byok: ByokStore, keyring: Keyring | None,
                 redis: aioredis.Redis) -> None:
        self._accounts = accounts
        self._byok = byok
        self._keyring = keyring
        self._redis = redis

    # -- accounts ------------------------------------------------------------------
    async def sign_up(self, body: dict) -> SignedUp:
        email, name = domain.parse_signup(body)
        try:
            account, key, api_key = await self._accounts.create_account(email, name)
        except EmailTaken:
            raise Conflict("An account with this email address already exists.", param="email",
                           code="email_taken") from None
        return SignedUp(account, key, api_key)

    async def get(self, customer_id: str) -> Account:
        account = await self._accounts.get_account(customer_id)
        if account is None:
            raise NotFound("This account no longer exists.")
        return account

    async def update(self, customer_id: str, body: dict) -> Account:
        changes = domain.parse_account_patch(body)
        try:
            result = await self._accounts.update_account(customer_id, changes)
        except EmailTaken:
            raise Conflict("Another account already uses this email address.", param="email",
                           code="email_taken") from None
        if result is None:
            raise NotFound("This account no longer exists.")
        before, after = result
        if before.byok_fallback_to_managed != after.byok_fallback_to_managed:
            await self._publish_byok(customer_id)
        return after

    # -- API keys ------------------------------------------------------------------
    async def list_keys(self, customer_id: str) -> list[ApiKeyInfo]:
        return await self._accounts.list_keys(customer_id)

    async def create_key(self, customer_id: str, body: dict) -> tuple[ApiKeyInfo, str]:
        key, api_key = await self._accounts.create_key(customer_id, domain.parse_new_key(body))
        return key, api_key

    async def revoke_key(self, customer_id: str, key_id: str) -> ApiKeyInfo:
        missing = NotFound(f"No active API key with id '{key_id}' on this account.", param="key_id")
        if not domain.is_key_id(key_id):
            raise NotFound("No active API key with this id on this account.", param="key_id")
        try:
            key = await self._accounts.revoke_key(customer_id, key_id)
        except LastActiveKey:
            raise Conflict("This is the account's only active API key; create another before revoking it.",
                           param="key_id", code="last_active_key") from None
        if key is None:
            raise missing
        try:
            await publish_revocation(self._redis, key_id)
        except (OSError, aioredis.RedisError) as exc:
            # Revoked in the database; gateways stop accepting it when their cache entry
            # expires (GI_GATEWAY_KEY_CACHE_TTL_S) instead of at once.
            log.warning("revocation not broadcast", key_id=key_id, error=type(exc).__name__)
        return key

    # -- BYOK ----------------------------------------------------------------------
    async def list_byok(self, customer_id: str) -> list[ByokEntry]:
        return await self._byok.list(customer_id)

    async def set_byok(self, customer_id: str, provider: str, body: dict) -> ByokEntry:
        self._known_provider(provider)
        plaintext = domain.parse_provider_key(body, provider)
        if self._keyring is None:
            raise ByokUnavailable("Bring-your-own-key is not enabled on this gateway (no encryption key "
                                  "is configured).")
        sealed = self._keyring.seal(plaintext, customer_id, provider)
        entry = await self._byok.put(customer_id, provider, sealed, hint(plaintext))
        del plaintext
        await self._publish_byok(customer_id)
        return entry

    async def delete_byok(self, customer_id: str, provider: str) -> None:
        self._known_provider(provider)
        if not await self._byok.delete(customer_id, provider):
            raise NotFound(f"This account has no {provider} key.", param="provider")
        await self._publish_byok(customer_id)

    @staticmethod
    def _known_provider(provider: str) -> None:
        if not domain.is_provider(provider):
            raise NotFound("Unknown provider; use one of: " + ", ".join(sorted(domain.PROVIDERS)) + ".",
                           param="provider")

    async def _publish_byok(self, customer_id: str) -> None:
        try:
            await publish_byok_change(self._redis, customer_id)
        except (OSError, aioredis.RedisError) as exc:
            log.warning("byok change not broadcast; caches expire by TTL", customer_id=customer_id,
                        error=type(exc).__name__)
