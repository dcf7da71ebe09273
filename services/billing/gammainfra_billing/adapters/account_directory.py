"""AccountDirectory: reads an account's email and name from the gateway's
internal, loopback-only route (`GET /internal/accounts/{customer_id}` on its ops
server). Billing never reads the gateway's tables (DESIGN §5) and never stores
what it reads: the values go straight to Stripe.

Raises `DirectoryUnavailable` when the gateway cannot be reached (retry later).
"""

from __future__ import annotations

from dataclasses import dataclass

import aiohttp


class DirectoryUnavailable(Exception):
    pass


@dataclass(frozen=True, slots=True)
class Contact:
    email: str | None
    name: str | None

    def __repr__(self) -> str:  # never print contact data by accident
        return "Contact(<redacted>)"


class AccountDirectory:
    def __init__(self, base_url: str, session: aiohttp.ClientSession) -> None:
        self._base = base_url.rstrip("/")
        self._session = session

    async def contact(self, customer_id: str) -> Contact | None:
        """None: the account does not exist (any more)."""
        try:
            async with self._session.get(f"{self._base}/internal/accounts/{customer_id}",
                                         timeout=aiohttp.ClientTimeout(total=10)) as resp:
                if resp.status == 404:
                    return None
                if resp.status != 200:
                    raise DirectoryUnavailable(f"account directory answered {resp.status}")
                body = await resp.json()
        except (aiohttp.ClientError, TimeoutError) as exc:
            raise DirectoryUnavailable(f"account directory: {type(exc).__name__}") from exc
        return Contact(body.get("email"), body.get("name"))


class NoDirectory:
    """For the benchmark and stacks without a gateway: Stripe customers get ids only."""

    async def contact(self, customer_id: str) -> Contact | None:
        return Contact(None, None)
