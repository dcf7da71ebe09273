"""Customers' own provider keys (BYOK): AES-256-GCM at rest, a keyring of
key-encryption keys for rotation, a per-process cache evicted over Redis."""
