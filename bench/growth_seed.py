"""The populations of bench/growth.py: one PostgreSQL database per case (the
gateway's own migrations, rows loaded with COPY), a catalog with N endpoints
(a copy of schemas/ with one more catalog version), and the router's health
snapshot for every offering, written to the case's Redis database.

Keys are real `gi-<key_id>-<secret>` keys of the gateway's format. To load
300,000 of them in seconds, every key of a case shares one secret, hashed once
with bcrypt cost 4 (the gateway checks whatever cost the stored hash names):
each key still has its own row, key id, fingerprint and cache entry, and a cold
key still costs the real query and a real bcrypt check (a cheap one; the
production cost-12 check is timed separately by growth.py). The key file is
benchmark data under .cache/bench/growth/, deleted with the databases at the end of a run.
"""

from __future__ import annotations

import json
import random
import secrets
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import asyncpg
import bcrypt
import yaml

ROOT = Path(__file__).resolve().parent.parent
MIGRATIONS = ROOT / "services" / "gateway" / "gammainfra_gateway" / "migrations"
BENCH_ROUNDS = 4  # bcrypt's minimum cost; see the module docstring
BUDGET_MICRO_USD = 10**12  # $1M a month: every request is checked, none is refused
HEALTH_KEY = "gi:routing:health"  # routing/health.py SNAPSHOT_KEY


@dataclass(frozen=True)
class Population:
    name: str
    customers: int
    keys: int
    budget_share: float  # share of customers with a monthly budget
    endpoints: int | None  # None: the stock catalog


def dsn(base_dsn: str, database: str) -> str:
    return base_dsn.rsplit("/", 1)[0] + "/" + database


async def seed_database(base_dsn: str, database: str, pop: Population, seed: int) -> dict:
    """Drops and recreates `database`, migrates it, loads the population; returns
    {"keys": [full keys], "budgeted_customers": n, "seconds": s}."""
    started = time.monotonic()
    admin = await asyncpg.connect(base_dsn)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
        await admin.execute(f'CREATE DATABASE "{database}"')
    finally:
        await admin.close()
    subprocess.run([sys.executable, "-m", "gammainfra_common.migrations", "--dsn", dsn(base_dsn, database),
                    "--schema", "gateway", "--dir", str(MIGRATIONS)], check=True, capture_output=True)
    rng = random.Random(seed)
    secret = secrets.token_urlsafe(32)
    secret_hash = bcrypt.hashpw(secret.encode(), bcrypt.gensalt(BENCH_ROUNDS))
    customers = [f"cus_{seed:x}{i:08x}" for i in range(pop.customers)]
    budgeted = set(rng.sample(range(pop.customers), round(pop.customers * pop.budget_share)))
    accounts = [(cid, f"{cid}@growth.example", BUDGET_MICRO_USD if i in budgeted else None)
                for i, cid in enumerate(customers)]
    # Keys dealt round-robin (3 a customer in both cases), so a third of the keys, and of
    # the requests drawing keys uniformly, belong to customers with a budget in both cases.
    owners = [i % pop.customers for i in range(pop.keys)]
    key_ids = [f"k{pop.name[0]}{i:010d}" for i in range(pop.keys)]  # 12 characters, unique per case
    rows = [(kid, customers[owner], secret_hash) for kid, owner in zip(key_ids, owners)]
    conn = await asyncpg.connect(dsn(base_dsn, database))
    try:
        await conn.copy_records_to_table("accounts", schema_name="gateway", records=accounts,
                                         columns=["customer_id", "email", "monthly_budget_micro_usd"])
        await conn.copy_records_to_table("api_keys", schema_name="gateway", records=rows,
                                         columns=["key_id", "customer_id", "secret_hash"])
        await conn.execute("ANALYZE gateway.accounts; ANALYZE gateway.api_keys")
    finally:
        await conn.close()
    return {"keys": [f"gi-{kid}-{secret}" for kid in key_ids], "budgeted_customers": len(budgeted),
            "seconds": round(time.monotonic() - started, 1)}


async def drop_database(base_dsn: str, database: str) -> None:
    admin = await asyncpg.connect(base_dsn)
    try:
        await admin.execute(f'DROP DATABASE IF EXISTS "{database}" WITH (FORCE)')
    finally:
        await admin.close()


def grown_schemas(target: Path, endpoints: int) -> tuple[Path, str]:
    """A copy of schemas/ with one more catalog version holding `endpoints` endpoints:
    the stock ones plus regional replicas spread evenly over the providers, each
    offering what its provider's first endpoint offers. Returns (schemas dir, version)."""
    if target.exists():
        shutil.rmtree(target)
    shutil.copytree(ROOT / "schemas", target, ignore=shutil.ignore_patterns("__pycache__", "*.egg-info"))
    versions = sorted((target / "catalog" / "versions").glob("*.yaml"))
    data = yaml.safe_load(versions[-1].read_text())
    version = "2099-12-31.1"  # later than any real version: the newest, so the gateway loads it
    data["version"] = version
    stock = {e["provider"]: e for e in reversed(data["endpoints"])}  # first endpoint per provider
    providers = sorted(stock)
    extra = []
    for i in range(endpoints - len(data["endpoints"])):
        template = stock[providers[i % len(providers)]]
        extra.append(dict(template, id=f"{template['id']}-g{i:03d}", region=f"growth-{i:03d}"))
    data["endpoints"] += extra
    for model in data["models"]:
        replicas = []
        for offering in model["offerings"]:
            template = next(e for e in data["endpoints"] if e["id"] == offering["endpoint"])
            if stock[template["provider"]]["id"] != template["id"]:
                continue
            replicas += [dict(offering, endpoint=e["id"]) for e in extra if e["provider"] == template["provider"]]
        model["offerings"] += replicas
    (target / "catalog" / "versions" / f"{version}.yaml").write_text(yaml.safe_dump(data, sort_keys=False))
    return target, version


def health_snapshot(catalog, seed: int) -> bytes:
    """The router's snapshot document for every (endpoint, model) offering: healthy
    with a spread of scores and latencies, so ordering has real work to do."""
    rng = random.Random(seed)
    entries = {f"{o.endpoint}|{m.id}": {"state": "healthy", "score": round(rng.uniform(0.6, 1.0), 3),
                                        "latency_p50_ms": round(rng.uniform(150, 900), 1),
                                        "tokens_per_s": round(rng.uniform(40, 200), 1)}
               for m in catalog.models.values() for o in m.offerings}
    return json.dumps({"version": int(time.time()), "generated_at_ms": int(time.time() * 1000),
                       "probe_share": 0.1, "window_s": 300, "entries": entries}).encode()
