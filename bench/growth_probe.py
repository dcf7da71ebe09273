"""In-process measurements for bench/growth.py, each on the gateway's own code:

- `cached_key_bytes`: Python heap per cached key, by tracemalloc around the real
  `Authenticator` + `KeyStore` verifying N real keys against the large database
  (every structure the authenticator keeps per key: the fingerprint, the
  Principal, the cache entry, the key-id index).
- `chain_cost_us`: CPU time of `CandidateResolver.chain` (the per-request route
  selection) for the benchmark model, with a given catalog and health snapshot.
- `reverify_cost`: what a key costs when its cache entry expired (the row is read
  again; bcrypt runs only if the stored hash changed) against a cold key.
- `bcrypt_ms`: one bcrypt check at a given cost (the cold-key cost in production
  is the cost-12 check, which the seeded cost-4 hashes do not show).
"""

from __future__ import annotations

import asyncio
import gc
import time
import tracemalloc

import bcrypt

from gammainfra_gateway.auth.authenticator import Authenticator
from gammainfra_gateway.auth.store import KeyStore
from gammainfra_gateway.routing.candidates import CandidateResolver, build_upstreams
from gammainfra_gateway.routing.health import HealthView, parse_snapshot
from gammainfra_gateway.routing.preferences import ProviderPreferences


async def cached_key_bytes(database_dsn: str, keys: list[str]) -> dict:
    import asyncpg

    pool = await asyncpg.create_pool(database_dsn, min_size=1, max_size=2)
    try:
        auth = Authenticator(KeyStore(pool), ttl_s=3600, negative_ttl_s=300)
        await auth.authenticate(keys[0])  # the first query prepares the statement: not per key
        gc.collect()
        tracemalloc.start()
        before = tracemalloc.get_traced_memory()[0]
        for key in keys[1:]:
            await auth.authenticate(key)
        gc.collect()
        after = tracemalloc.get_traced_memory()[0]
        tracemalloc.stop()
    finally:
        await pool.close()
    cached = len(keys) - 1
    return {"keys": cached, "bytes_per_key": round((after - before) / cached, 1),
            "cache_entries": len(auth._valid), "key_id_index_entries": len(auth._by_key_id)}


async def reverify_cost(database_dsn: str, keys: list[str]) -> dict:
    """An Authenticator whose entries expire at once (TTL 0): the first pass over `keys`
    verifies them cold, the second re-verifies expired entries. Reports CPU per key of
    each pass and the bcrypt checks each pass ran."""
    import asyncpg

    pool = await asyncpg.create_pool(database_dsn, min_size=1, max_size=2)
    passes = []
    try:
        auth = Authenticator(KeyStore(pool), ttl_s=0, negative_ttl_s=300)
        for _ in range(2):
            runs, started = auth.bcrypt_runs, time.process_time()
            for key in keys:
                await auth.authenticate(key)
            passes.append({"cpu_ms_per_key": round((time.process_time() - started) * 1000 / len(keys), 3),
                           "bcrypt_checks": auth.bcrypt_runs - runs})
    finally:
        await pool.close()
    return {"keys": len(keys), "cold": passes[0], "expired": passes[1]}


def chain_cost_us(catalog, snapshot: bytes, model_id: str, calls: int = 20_000) -> dict:
    health = HealthView(stale_after_s=86_400)
    health.replace(parse_snapshot(snapshot))
    styles = {p.api_style for p in catalog.providers.values()}
    upstreams = build_upstreams(catalog, template="http://127.0.0.1:1/{endpoint}", keys={})
    resolver = CandidateResolver(catalog, upstreams, styles, health)
    model = resolver.model(model_id, kind="chat")
    prefs = ProviderPreferences()
    chain = resolver.chain([model], prefs)
    started = time.process_time()
    for _ in range(calls):
        resolver.chain([model], prefs)
    spent = time.process_time() - started
    return {"model": model_id, "offerings": len(model.offerings), "chain_length": len(chain),
            "us_per_call": round(spent / calls * 1e6, 2), "endpoints_in_catalog": len(catalog.endpoints)}


def bcrypt_ms(rounds: int, repeats: int = 3) -> float:
    hashed = bcrypt.hashpw(b"growth-bench-secret", bcrypt.gensalt(rounds))
    started = time.process_time()
    for _ in range(repeats):
        bcrypt.checkpw(b"growth-bench-secret", hashed)
    return round((time.process_time() - started) / repeats * 1000, 2)


def run_cached_key_bytes(database_dsn: str, keys: list[str]) -> dict:
    return asyncio.run(cached_key_bytes(database_dsn, keys))


def run_reverify_cost(database_dsn: str, keys: list[str]) -> dict:
    return asyncio.run(reverify_cost(database_dsn, keys))
