"""Stripe's idempotency-key semantics: a POST with a key seen before and the same
parameters gets the stored response again (header `Idempotent-Replayed: true`)
without doing anything; the same key with different parameters gets 400
`idempotency_error`. Keys are scoped to the API key, like Stripe's."""

from __future__ import annotations

from dataclasses import dataclass, field


@dataclass
class IdempotencyStore:
    _seen: dict[tuple[str, str], tuple[str, int, bytes]] = field(default_factory=dict)

    def lookup(self, api_key: str, key: str, fingerprint: str) -> tuple[int, bytes] | None | str:
        """None: new key. (status, body): replay. 'mismatch': reused with other parameters."""
        stored = self._seen.get((api_key, key))
        if stored is None:
            return None
        if stored[0] != fingerprint:
            return "mismatch"
        return stored[1], stored[2]

    def remember(self, api_key: str, key: str, fingerprint: str, status: int, body: bytes) -> None:
        self._seen[(api_key, key)] = (fingerprint, status, body)

    def clear(self) -> None:
        self._seen.clear()
