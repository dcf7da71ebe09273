"""The API key format and its hashing.

`gi-<key_id>-<secret>`: key_id is 12 lowercase base32 characters (public: it
appears in events and lists), secret is 32 bytes of randomness in URL-safe base64.
Only bcrypt(secret) is stored. Pure functions, no I/O.
"""

from __future__ import annotations

import base64
import hashlib
import secrets
from dataclasses import dataclass

import bcrypt

PREFIX = "gi"
KEY_ID_LEN = 12
BCRYPT_ROUNDS = 12


@dataclass(frozen=True)
class ParsedKey:
    key_id: str
    secret: str


def new_key() -> tuple[str, str, bytes]:
    """A fresh key: (full key shown once, key_id, bcrypt hash of the secret)."""
    key_id = base64.b32encode(secrets.token_bytes(8)).decode().lower().rstrip("=")[:KEY_ID_LEN]
    secret = secrets.token_urlsafe(32)
    return f"{PREFIX}-{key_id}-{secret}", key_id, hash_secret(secret)


def hash_secret(secret: str, rounds: int = BCRYPT_ROUNDS) -> bytes:
    return bcrypt.hashpw(secret.encode(), bcrypt.gensalt(rounds))


def check_secret(secret: str, secret_hash: bytes) -> bool:
    return bcrypt.checkpw(secret.encode(), secret_hash)


def parse_key(raw: str) -> ParsedKey | None:
    """None for anything that is not shaped like one of our keys."""
    parts = raw.split("-", 2)
    if len(parts) != 3 or parts[0] != PREFIX:
        return None
    key_id, secret = parts[1], parts[2]
    if len(key_id) != KEY_ID_LEN or not (key_id.isascii() and key_id.isalnum()) or not 16 <= len(secret) <= 128:
        return None
    return ParsedKey(key_id, secret)


def fingerprint(raw: str) -> bytes:
    """Cache key for a presented key: a fast hash of the whole key, so the process
    never keeps a key (or its secret) in memory longer than the request."""
    return hashlib.blake2b(raw.encode(), digest_size=20).digest()
