"""Client IP addresses as rate-limit buckets, without storing the address.

The privacy policy allows IP addresses in Redis for rate limiting only, expiring
within one hour. We keep less than that: the bucket name is a keyed hash
(HMAC-SHA256, truncated to 128 bits) of the address, never the address, and
every rate-limit key expires after two minutes (ratelimit/limiter.py). Without
the hash key, which lives only in the gateway's settings (or, when unset, only in
the memory of one process), a bucket cannot be turned back into an address, even
by trying all 2^32 IPv4 addresses.
"""

from __future__ import annotations

import hashlib
import hmac
import secrets

from aiohttp import web


class ClientIpHasher:
    def __init__(self, key: str | None) -> None:
        self._key = key.encode() if key else secrets.token_bytes(32)

    def bucket(self, request: web.Request) -> str:
        # No cache of address -> bucket: it would keep addresses in memory past the hour (one HMAC is ~1 us).
        address = request.remote or "unknown"
        return hmac.new(self._key, address.encode(), hashlib.sha256).hexdigest()[:32]


CLIENT_IPS = web.AppKey("client_ips", ClientIpHasher)
