"""AES-256-GCM sealing of BYOK keys under a keyring (pure)."""

from __future__ import annotations

import base64
import os

import pytest

from gammainfra_common.settings import Secret
from gammainfra_gateway.byok.crypto import (BadRecord, Keyring, KeyringError, SealedKey, associated_data, hint,
                                            keyring_from, new_kek)

K1, K2 = new_kek(), new_kek()
PLAINTEXT = "sk-proj-" + "Zq8" * 15


def ring(active="k1", spec=f"k1:{K1},k2:{K2}") -> Keyring:
    return Keyring.parse(spec, active)


def test_round_trip_random_nonce_and_no_plaintext_in_the_record():
    a, b = ring().seal(PLAINTEXT, "cus_1", "openai"), ring().seal(PLAINTEXT, "cus_1", "openai")
    assert a.kek_id == "k1" and len(a.nonce) == 12 and a.nonce != b.nonce and a.ciphertext != b.ciphertext
    assert PLAINTEXT.encode()[:4] not in a.ciphertext + a.nonce
    assert ring().open(a, "cus_1", "openai") == PLAINTEXT
    assert "Zq8" not in repr(a)


@pytest.mark.parametrize("customer,provider", [("cus_2", "openai"), ("cus_1", "anthropic"), ("cus_1|openai", "")])
def test_the_record_is_bound_to_its_customer_and_provider(customer, provider):
    sealed = ring().seal(PLAINTEXT, "cus_1", "openai")
    with pytest.raises(BadRecord) as exc:
        ring().open(sealed, customer, provider)
    assert PLAINTEXT not in str(exc.value)


def test_tampering_and_unknown_key_ids_fail():
    sealed = ring().seal(PLAINTEXT, "cus_1", "openai")
    flipped = bytes([sealed.ciphertext[0] ^ 1]) + sealed.ciphertext[1:]
    with pytest.raises(BadRecord):
        ring().open(SealedKey("k1", sealed.nonce, flipped), "cus_1", "openai")
    with pytest.raises(BadRecord):
        ring().open(SealedKey("k2", sealed.nonce, sealed.ciphertext), "cus_1", "openai")
    with pytest.raises(BadRecord, match="not in the keyring"):
        Keyring.parse(f"k2:{K2}", "k2").open(sealed, "cus_1", "openai")


def test_rotation_is_possible_because_every_ring_id_opens():
    old = ring("k1").seal(PLAINTEXT, "cus_1", "openai")
    assert ring("k2").open(old, "cus_1", "openai") == PLAINTEXT
    assert ring("k2").seal(PLAINTEXT, "cus_1", "openai").kek_id == "k2"


def test_associated_data_has_a_version_tag():
    assert associated_data("cus_1", "openai") == b"gi-byok/v1|cus_1|openai"


@pytest.mark.parametrize("spec,active,problem", [
    ("", "k1", "empty"), (f"k1:{K1}", "k9", "not in the keyring"), ("k1", "k1", "expected"),
    (f"k1:{K1},k1:{K2}", "k1", "twice"), ("k1:not-base64!!", "k1", "base64"),
    (f"k1:{base64.b64encode(os.urandom(16)).decode()}", "k1", "32 bytes"), (f"bad id:{K1}", "bad id", "expected"),
])
def test_malformed_keyrings_are_refused_without_showing_keys(spec, active, problem):
    with pytest.raises(KeyringError, match=problem) as exc:
        Keyring.parse(spec, active)
    assert K1 not in str(exc.value) and K2 not in str(exc.value)


def test_keyring_from_settings():
    assert keyring_from(None, None) is None
    assert keyring_from(Secret(f"k1:{K1}"), "k1").active_id == "k1"
    for keys, active in ((None, "k1"), (Secret(f"k1:{K1}"), None)):
        with pytest.raises(KeyringError):
            keyring_from(keys, active)


def test_hint_is_the_last_four_characters_of_long_keys_only():
    assert hint(PLAINTEXT) == PLAINTEXT[-4:]
    assert hint("short-key-12345") == ""  # 15 characters: showing 4 would leave too few unknown
