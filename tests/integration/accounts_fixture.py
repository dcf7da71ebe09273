"""Test accounts made through the gateway's own account store (the code the
account API and the operator CLI use), so test customers get the same rows and
the same accounts.v1 events as real ones."""

from __future__ import annotations

from dataclasses import dataclass

from gammainfra_gateway.accounts.domain import NewKey
from gammainfra_gateway.accounts.store import AccountStore


@dataclass(frozen=True)
class Account:
    customer_id: str
    key_id: str
    api_key: str


class Accounts:
    def __init__(self, store: AccountStore) -> None:
        self._store = store

    async def create_account(self, email: str, name: str | None) -> Account:
        account, key, api_key = await self._store.create_account(email, name)
        return Account(account.customer_id, key.key_id, api_key)

    async def create_key(self, customer_id: str, name: str | None = None,
                         requests_per_minute: int | None = None) -> tuple[str, str]:
        key, api_key = await self._store.create_key(customer_id, NewKey(name, requests_per_minute, None))
        return api_key, key.key_id

    async def revoke_key(self, key_id: str) -> str | None:
        return await self._store.revoke_key_by_id(key_id)
