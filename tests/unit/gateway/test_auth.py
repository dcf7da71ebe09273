"""API keys: their shape and hashing, and the Authenticator's caches (bcrypt once per key and stored hash; the row re-read per TTL)."""

from __future__ import annotations

import asyncio

import pytest

from gammainfra_gateway.auth.authenticator import Authenticator, Principal
from gammainfra_gateway.auth.keys import (BCRYPT_ROUNDS, KEY_ID_LEN, ParsedKey, check_secret, fingerprint,
                                          hash_secret, new_key, parse_key)
from gammainfra_gateway.auth.store import KeyRecord
from gammainfra_gateway.errors import AuthenticationFailed, StoreUnavailable

from .helpers import FakeClock

KEY_ID = "abcdefgh2345"
SECRET = "Zq9_secret-part-0123456789abcdef"
KEY = f"gi-{KEY_ID}-{SECRET}"
FAST_ROUNDS = 4  # the cost factor lives in the hash, so check_secret is fast too


class FakeKeyStore:
    """Answers find_key from a dict and counts lookups; yields once like a real query."""

    def __init__(self, *records: KeyRecord) -> None:
        self.records = {r.key_id: r for r in records}
        self.lookups: list[str] = []
        self.fail_next: Exception | None = None
        self.on_lookup = None

    async def find_key(self, key_id: str) -> KeyRecord | None:
        self.lookups.append(key_id)
        await asyncio.sleep(0)
        if self.fail_next is not None:
            error, self.fail_next = self.fail_next, None
            raise error
        if self.on_lookup is not None:
            self.on_lookup(key_id)
        return self.records.get(key_id)


def record(key_id: str = KEY_ID, secret: str = SECRET, *, revoked: bool = False, rpm: int | None = 60) -> KeyRecord:
    return KeyRecord(key_id, "cus_0123456789abcdef", hash_secret(secret, rounds=FAST_ROUNDS), rpm, revoked)


@pytest.fixture(scope="module")
def valid_record() -> KeyRecord:
    return record()


def make_auth(*records: KeyRecord, clock: FakeClock | None = None, ttl_s: float = 30,
              negative_ttl_s: float = 300) -> tuple[Authenticator, FakeKeyStore]:
    store = FakeKeyStore(*records)
    auth = Authenticator(store, ttl_s=ttl_s, negative_ttl_s=negative_ttl_s, clock=clock or FakeClock(1000.0))
    return auth, store


# --- key shape ------------------------------------------------------------------------------

@pytest.mark.parametrize("raw", [
    f"gi-{KEY_ID}-{'s' * 16}",
    f"gi-{KEY_ID}-{'s' * 128}",
    f"gi-{KEY_ID}-with-dashes_and_underscores",
    "gi-000000000000-0000000000000000",
])
def test_parse_key_accepts_our_shape(raw):
    key_id, secret = raw.split("-", 2)[1:]
    assert parse_key(raw) == ParsedKey(key_id, secret)


@pytest.mark.parametrize("raw", [
    "",
    "gi",
    f"gi-{KEY_ID}",
    f"sk-{KEY_ID}-{SECRET}",
    f"GI-{KEY_ID}-{SECRET}",
    f"gi-{KEY_ID[:-1]}-{SECRET}",            # 11-character key id
    f"gi-{KEY_ID}x-{SECRET}",                # 13-character key id
    f"gi-abcdefgh_345-{SECRET}",             # not alphanumeric
    f"gi-abcdefgh.345-{SECRET}",
    f"gi-{KEY_ID}-{'s' * 15}",               # secret too short
    f"gi-{KEY_ID}-{'s' * 129}",              # secret too long
    f"gi--{KEY_ID}-{SECRET}",
    f" gi-{KEY_ID}-{SECRET}",
])
def test_parse_key_rejects_other_shapes(raw):
    assert parse_key(raw) is None


def test_parse_key_rejects_non_ascii_key_ids():
    assert parse_key(f"gi-ａｂｃｄｅｆｇｈ２３４５-{SECRET}") is None
    assert parse_key(f"gi-abcdefgh234²-{SECRET}") is None


def test_new_key_round_trips_through_parse_and_check():
    api_key, key_id, secret_hash = new_key()                      # 1 bcrypt hash at the real cost
    parsed = parse_key(api_key)
    assert parsed is not None
    assert parsed.key_id == key_id
    assert len(key_id) == KEY_ID_LEN and key_id == key_id.lower() and key_id.isalnum()
    assert secret_hash.startswith(f"$2b${BCRYPT_ROUNDS:02d}$".encode())
    assert BCRYPT_ROUNDS == 12
    assert check_secret(parsed.secret, secret_hash) is True      # 1 bcrypt check at the real cost
    assert parsed.secret not in secret_hash.decode()


def test_check_secret_refuses_another_secret():
    secret_hash = hash_secret(SECRET, rounds=FAST_ROUNDS)
    assert check_secret(SECRET, secret_hash) is True
    assert check_secret(SECRET + "x", secret_hash) is False


def test_fingerprint_is_stable_and_does_not_contain_the_key():
    assert fingerprint(KEY) == fingerprint(KEY)
    assert fingerprint(KEY) != fingerprint(KEY + "x")
    assert len(fingerprint(KEY)) == 20
    assert SECRET.encode() not in fingerprint(KEY)


# --- authenticator --------------------------------------------------------------------------

async def test_valid_key_is_verified_once_then_served_from_cache(valid_record):
    auth, store = make_auth(valid_record)
    expected = Principal(KEY_ID, "cus_0123456789abcdef", 60)
    for _ in range(50):
        assert await auth.authenticate(KEY) == expected
    assert auth.bcrypt_runs == 1
    assert store.lookups == [KEY_ID]


async def test_ttl_expiry_re_reads_the_row_without_bcrypt_when_the_hash_is_unchanged(valid_record):
    clock = FakeClock(1000.0)
    auth, store = make_auth(valid_record, clock=clock, ttl_s=30)
    await auth.authenticate(KEY)
    clock.now = 1029.9
    await auth.authenticate(KEY)
    assert (auth.bcrypt_runs, store.lookups) == (1, [KEY_ID])
    clock.now = 1030.0
    await auth.authenticate(KEY)
    assert auth.bcrypt_runs == 1                                  # same key, same stored hash: same answer
    assert store.lookups == [KEY_ID, KEY_ID]
    clock.now = 1059.0                                            # the new entry lives 30 s from 1030
    await auth.authenticate(KEY)
    assert store.lookups == [KEY_ID, KEY_ID]


async def test_ttl_expiry_picks_up_new_limits_and_revocation(valid_record):
    clock = FakeClock(1000.0)
    auth, store = make_auth(valid_record, clock=clock, ttl_s=30)
    assert (await auth.authenticate(KEY)).requests_per_minute == 60
    store.records[KEY_ID] = KeyRecord(KEY_ID, valid_record.customer_id, valid_record.secret_hash, 5, False)
    clock.now = 1030.0
    assert (await auth.authenticate(KEY)).requests_per_minute == 5
    store.records[KEY_ID] = record(revoked=True)                  # missed revocation message: the TTL bounds it
    clock.now = 1060.0
    with pytest.raises(AuthenticationFailed):
        await auth.authenticate(KEY)
    assert auth.bcrypt_runs == 1


async def test_ttl_expiry_runs_bcrypt_again_when_the_stored_hash_changed(valid_record):
    clock = FakeClock(1000.0)
    auth, store = make_auth(valid_record, clock=clock, ttl_s=30)
    await auth.authenticate(KEY)
    store.records[KEY_ID] = record(secret="another-secret-0123456789abcdef")  # same key id, new secret
    clock.now = 1030.0
    with pytest.raises(AuthenticationFailed):
        await auth.authenticate(KEY)
    assert auth.bcrypt_runs == 2


async def test_wrong_secret_fails_and_is_negatively_cached(valid_record):
    clock = FakeClock(1000.0)
    auth, store = make_auth(valid_record, clock=clock, negative_ttl_s=300)
    wrong = f"gi-{KEY_ID}-{'w' * 32}"
    with pytest.raises(AuthenticationFailed) as err:
        await auth.authenticate(wrong)
    assert (err.value.status, err.value.code, err.value.type) == (401, "invalid_api_key", "authentication_error")
    assert (auth.bcrypt_runs, store.lookups) == (1, [KEY_ID])
    for _ in range(10):
        with pytest.raises(AuthenticationFailed):
            await auth.authenticate(wrong)
    assert (auth.bcrypt_runs, store.lookups) == (1, [KEY_ID])
    # The right key is not blocked by a wrong one with the same key id.
    assert (await auth.authenticate(KEY)).key_id == KEY_ID
    assert auth.bcrypt_runs == 2
    # The negative entry expires.
    clock.now = 1301.0
    with pytest.raises(AuthenticationFailed):
        await auth.authenticate(wrong)
    assert auth.bcrypt_runs == 3


@pytest.mark.parametrize("raw", ["", "sk-proj-abcdef", f"gi-short-{SECRET}", f"gi-{KEY_ID}-tooshort",
                                 "Bearer " + KEY])
async def test_malformed_key_costs_no_lookup_and_no_bcrypt(valid_record, raw):
    auth, store = make_auth(valid_record)
    for _ in range(2):
        with pytest.raises(AuthenticationFailed):
            await auth.authenticate(raw)
    assert store.lookups == []
    assert auth.bcrypt_runs == 0


async def test_unknown_key_id_costs_one_lookup_and_no_bcrypt(valid_record):
    auth, store = make_auth(valid_record)
    unknown = f"gi-zzzzzzzzzzzz-{SECRET}"
    for _ in range(3):
        with pytest.raises(AuthenticationFailed):
            await auth.authenticate(unknown)
    assert store.lookups == ["zzzzzzzzzzzz"]
    assert auth.bcrypt_runs == 0


async def test_revoked_key_is_401_without_bcrypt():
    auth, store = make_auth(record(revoked=True))
    with pytest.raises(AuthenticationFailed) as err:
        await auth.authenticate(KEY)
    assert err.value.status == 401
    assert auth.bcrypt_runs == 0
    assert store.lookups == [KEY_ID]


async def test_concurrent_first_requests_share_one_verification(valid_record):
    auth, store = make_auth(valid_record)
    principals = await asyncio.gather(*(auth.authenticate(KEY) for _ in range(20)))
    assert {p.key_id for p in principals} == {KEY_ID}
    assert len(principals) == 20
    assert auth.bcrypt_runs == 1
    assert store.lookups == [KEY_ID]


async def test_concurrent_wrong_keys_share_one_failed_verification(valid_record):
    auth, store = make_auth(valid_record)
    wrong = f"gi-{KEY_ID}-{'w' * 32}"
    results = await asyncio.gather(*(auth.authenticate(wrong) for _ in range(20)), return_exceptions=True)
    assert all(isinstance(r, AuthenticationFailed) for r in results)
    assert auth.bcrypt_runs == 1
    assert store.lookups == [KEY_ID]


async def test_store_unreachable_for_an_unknown_key_is_503_and_not_cached(valid_record):
    auth, store = make_auth(valid_record)
    store.fail_next = ConnectionRefusedError(111, "Connection refused")  # PostgreSQL down
    with pytest.raises(StoreUnavailable) as refused:
        await auth.authenticate(KEY)
    assert refused.value.status == 503 and int(refused.value.headers["Retry-After"]) > 0
    assert auth.bcrypt_runs == 0
    assert (await auth.authenticate(KEY)).key_id == KEY_ID        # neither negatively cached nor stuck in flight
    assert store.lookups == [KEY_ID, KEY_ID]


async def test_other_store_errors_propagate_and_are_not_cached(valid_record):
    auth, store = make_auth(valid_record)
    store.fail_next = RuntimeError("a bug, not an outage")
    with pytest.raises(RuntimeError):
        await auth.authenticate(KEY)
    assert (await auth.authenticate(KEY)).key_id == KEY_ID


async def test_store_unreachable_after_the_ttl_serves_the_expired_entry_until_it_is_back(valid_record):
    clock = FakeClock(1000.0)
    auth, store = make_auth(valid_record, clock=clock)
    await auth.authenticate(KEY)
    clock.now += 31                                               # the entry's TTL has run out
    store.fail_next = ConnectionRefusedError(111, "Connection refused")
    assert (await auth.authenticate(KEY)).key_id == KEY_ID        # stale-if-error
    store.records[KEY_ID] = record(revoked=True)                  # back, and the row says revoked
    with pytest.raises(AuthenticationFailed):
        await auth.authenticate(KEY)                              # the stale entry was not re-cached
    assert store.lookups == [KEY_ID, KEY_ID, KEY_ID]


async def test_store_unreachable_does_not_bring_back_an_evicted_key(valid_record):
    clock = FakeClock(1000.0)
    auth, store = make_auth(valid_record, clock=clock)
    await auth.authenticate(KEY)
    auth.evict_key(KEY_ID)                                        # revoked: the channel evicted it
    store.fail_next = ConnectionRefusedError(111, "Connection refused")
    with pytest.raises(StoreUnavailable):
        await auth.authenticate(KEY)


async def test_evict_key_forces_re_verification():
    other_id = "qrstuvwx6789"
    other_key = f"gi-{other_id}-{SECRET}"
    auth, store = make_auth(record(), record(other_id))
    await auth.authenticate(KEY)
    await auth.authenticate(other_key)
    assert auth.bcrypt_runs == 2
    auth.evict_key(KEY_ID)
    auth.evict_key("nobody000000")                                # unknown: a no-op
    await auth.authenticate(other_key)
    assert auth.bcrypt_runs == 2                                  # the other key stays cached
    await auth.authenticate(KEY)
    assert auth.bcrypt_runs == 3
    assert store.lookups == [KEY_ID, other_id, KEY_ID]


async def test_evicted_key_that_is_now_revoked_is_refused(valid_record):
    auth, store = make_auth(valid_record)
    await auth.authenticate(KEY)
    store.records[KEY_ID] = record(revoked=True)
    assert (await auth.authenticate(KEY)).key_id == KEY_ID        # cached until evicted
    auth.evict_key(KEY_ID)
    with pytest.raises(AuthenticationFailed):
        await auth.authenticate(KEY)


async def test_clear_forgets_every_verified_key(valid_record):
    auth, store = make_auth(valid_record)
    await auth.authenticate(KEY)
    auth.clear()
    await auth.authenticate(KEY)
    await auth.authenticate(KEY)
    assert auth.bcrypt_runs == 2
    assert store.lookups == [KEY_ID, KEY_ID]


async def test_revocation_during_verification_is_not_lost(valid_record):
    auth, store = make_auth(valid_record)
    # The DB row was read before the revocation committed; the eviction arrives during bcrypt.
    store.on_lookup = lambda key_id: asyncio.get_running_loop().call_soon(auth.evict_key, key_id)
    await auth.authenticate(KEY)
    store.on_lookup = None
    store.records[KEY_ID] = record(revoked=True)
    with pytest.raises(AuthenticationFailed):
        await auth.authenticate(KEY)


async def test_key_id_index_is_bounded_with_the_cache(monkeypatch):
    # The index from key id to cached fingerprints (for revocation) must shrink when the
    # size bound drops an entry, or it grows with every key ever verified (bench/growth.py).
    from gammainfra_gateway.auth import authenticator as module

    monkeypatch.setattr(module, "MAX_ENTRIES", 2)
    key_ids = ["abcdefgh2341", "abcdefgh2342", "abcdefgh2343"]
    auth, store = make_auth(*(record(key_id) for key_id in key_ids))
    for key_id in key_ids:
        await auth.authenticate(f"gi-{key_id}-{SECRET}")
    assert sorted(auth._by_key_id) == key_ids[1:]
    # The dropped key is verified again (one more lookup), the others are still cached.
    await auth.authenticate(f"gi-{key_ids[0]}-{SECRET}")
    await auth.authenticate(f"gi-{key_ids[2]}-{SECRET}")
    assert store.lookups == key_ids + [key_ids[0]]
    assert sorted(auth._by_key_id) == [key_ids[0], key_ids[2]]
