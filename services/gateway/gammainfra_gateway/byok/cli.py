"""`gammainfra byok rotate` and `gammainfra byok keygen` (operator commands).

rotate: re-encrypts every stored BYOK key under GI_GATEWAY_BYOK_ACTIVE_KEY_ID
(the keyring GI_GATEWAY_BYOK_KEYS must hold the old ids too). Rotate a key:
add `new:<key>` to the ring of every gateway and of this command, make `new`
active, restart the gateways, run `gammainfra byok rotate`; when it reports no
rows under the old id, remove the old id from the ring. Exits 1 if any row did
not open. keygen: prints a fresh `kid:base64key` entry for the ring.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import secrets
from dataclasses import dataclass

from gammainfra_common import local_stack
from gammainfra_common.postgres import create_pool
from gammainfra_common.settings import Secret, Url, env_field, load_settings

from .crypto import keyring_from, new_kek
from .rotation import rotate
from .store import ByokStore

LOCAL_DSN = local_stack.postgres_url()


@dataclass(frozen=True)
class RotateSettings:
    # The database defaults to the local demo stack's, like the other operator commands;
    # the keyring has no default: it is a secret.
    byok_keys: Secret = env_field(env="GI_GATEWAY_BYOK_KEYS", help="the BYOK keyring (old and new ids)")
    byok_active_key_id: str = env_field(env="GI_GATEWAY_BYOK_ACTIVE_KEY_ID", help="the id to re-seal under")
    database_url: Url = env_field(default=LOCAL_DSN, schemes={"postgresql", "postgres"})


async def _rotate(args) -> int:
    settings = load_settings(RotateSettings)
    keyring = keyring_from(settings.byok_keys, settings.byok_active_key_id)
    pool = await create_pool(str(settings.database_url), max_size=2)
    try:
        report = await rotate(ByokStore(pool), keyring, batch_size=args.batch_size)
    finally:
        await pool.close()
    if args.json:
        print(json.dumps(report.as_dict(), indent=2))
    else:
        print(f"re-sealed {report.resealed} keys under {report.active_key_id} in {report.batches} batches; "
              f"rows by key id: {report.rows_by_key_id}; unreadable: {report.unreadable}")
    return 1 if report.unreadable else 0


def _keygen(args) -> int:
    kid = args.key_id or "k" + secrets.token_hex(4)
    print(f"{kid}:{new_kek()}")
    return 0


def _positive(text: str) -> int:
    value = int(text)
    if value < 1:
        raise argparse.ArgumentTypeError("must be at least 1")
    return value


def register_byok(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("byok", help="customers' own provider keys (encryption at rest)")
    sub = parser.add_subparsers(dest="byok_command", required=True)
    rot = sub.add_parser("rotate", help="re-encrypt every stored BYOK key under the active key id")
    rot.add_argument("--batch-size", type=_positive, default=100, help="rows per transaction (default 100)")
    rot.add_argument("--json", action="store_true", help="print the report as JSON")
    rot.set_defaults(func=lambda args: asyncio.run(_rotate(args)))
    gen = sub.add_parser("keygen", help="print a new keyring entry kid:base64(32 random bytes)")
    gen.add_argument("--key-id", default=None)
    gen.set_defaults(func=_keygen)
