"""AES-256-GCM sealing of provider keys under a keyring of key-encryption keys.

Owns the on-disk format of one BYOK record: a random 96-bit nonce per seal, the
ciphertext with GCM's 128-bit tag, and the id of the key-encryption key (KEK)
that sealed it. The associated data is `gi-byok/v1|<customer_id>|<provider>`:
authenticated but not stored in the ciphertext, so a ciphertext moved to another
customer's row or another provider fails to open (`BadRecord`), and the version
tag lets a future format refuse to open this one by mistake.

The keyring is `kid:base64(32 bytes)` pairs; the active id seals, every id in
the ring opens (that is how rotation works without downtime). Pure: no I/O.
Raises `KeyringError` for a malformed ring (at start, from settings), `BadRecord`
when a record does not open. Neither message ever contains key material.
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

if TYPE_CHECKING:
    from gammainfra_common.settings import Secret

AAD_VERSION = "gi-byok/v1"
NONCE_BYTES = 12
KEK_BYTES = 32
_KID = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]{0,31}")


class KeyringError(ValueError):
    """The configured keyring cannot be used (the message names the problem, not a key)."""


class BadRecord(Exception):
    """A stored record does not open: unknown key id, tampered, or moved to another row."""


@dataclass(frozen=True)
class SealedKey:
    kek_id: str
    nonce: bytes
    ciphertext: bytes = field(repr=False)


def associated_data(customer_id: str, provider: str) -> bytes:
    # '|' cannot occur in a customer id or provider name, so the encoding is unambiguous.
    return f"{AAD_VERSION}|{customer_id}|{provider}".encode()


@dataclass(frozen=True)
class Keyring:
    active_id: str
    _keys: dict[str, AESGCM] = field(repr=False)

    @classmethod
    def parse(cls, spec: str, active_id: str) -> "Keyring":
        """`spec` is `kid1:base64key,kid2:base64key`; each key is 32 random bytes."""
        keys: dict[str, AESGCM] = {}
        for n, item in enumerate(p.strip() for p in spec.split(",") if p.strip()):
            kid, sep, encoded = item.partition(":")
            if not sep or not _KID.fullmatch(kid):
                raise KeyringError(f"keyring entry {n + 1}: expected '<key id>:<base64 key>' with a key id "
                                   f"of letters, digits, '.', '_' or '-'")
            if kid in keys:
                raise KeyringError(f"keyring: key id {kid!r} appears twice")
            try:
                raw = base64.b64decode(encoded.strip(), validate=True)
            except (binascii.Error, ValueError):
                raise KeyringError(f"keyring: the key of {kid!r} is not valid base64") from None
            if len(raw) != KEK_BYTES:
                raise KeyringError(f"keyring: the key of {kid!r} must be {KEK_BYTES} bytes (AES-256), "
                                   f"got {len(raw)}")
            keys[kid] = AESGCM(raw)
        if not keys:
            raise KeyringError("keyring is empty")
        if active_id not in keys:
            raise KeyringError(f"the active key id {active_id!r} is not in the keyring")
        return cls(active_id, keys)

    @property
    def key_ids(self) -> frozenset[str]:
        return frozenset(self._keys)

    def seal(self, plaintext: str, customer_id: str, provider: str) -> SealedKey:
        nonce = os.urandom(NONCE_BYTES)
        sealed = self._keys[self.active_id].encrypt(nonce, plaintext.encode(),
                                                     associated_data(customer_id, provider))
        return SealedKey(self.active_id, nonce, sealed)

    def open(self, record: SealedKey, customer_id: str, provider: str) -> str:
        aead = self._keys.get(record.kek_id)
        if aead is None:
            raise BadRecord(f"sealed under key id {record.kek_id!r}, which is not in the keyring")
        try:
            return aead.decrypt(record.nonce, record.ciphertext, associated_data(customer_id, provider)).decode()
        except (InvalidTag, ValueError, UnicodeDecodeError):
            raise BadRecord("the record does not authenticate for this customer and provider") from None


def new_kek() -> str:
    """A fresh base64 key-encryption key (for `gammainfra byok keygen` and the dev stack)."""
    return base64.b64encode(os.urandom(KEK_BYTES)).decode()


def hint(plaintext: str) -> str:
    """What a customer sees of a stored key: its last 4 characters, and only when the
    key is long enough (>= 16) that 4 characters leave at least 12 unknown; shorter
    keys show nothing. Provider keys carry 100+ bits of randomness spread over 40+
    characters, so the last 4 (~24 bits) identify a key to its owner without
    helping anyone guess it. The prefix (`sk-`, `sk-ant-`) is never shown: it
    says nothing the provider column does not."""
    return plaintext[-4:] if len(plaintext) >= 16 else ""


def keyring_from(keys: "Secret | None", active_id: str | None) -> Keyring | None:
    """The keyring from settings; None when BYOK is not configured. Raises KeyringError."""
    if keys is None:
        if active_id:
            raise KeyringError("GI_GATEWAY_BYOK_ACTIVE_KEY_ID is set but GI_GATEWAY_BYOK_KEYS is not")
        return None
    if not active_id:
        raise KeyringError("GI_GATEWAY_BYOK_KEYS is set: GI_GATEWAY_BYOK_ACTIVE_KEY_ID must name one of its ids")
    return Keyring.parse(keys.reveal(), active_id)
