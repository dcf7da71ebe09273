"""Re-sealing every BYOK record under the keyring's active key id, without downtime.

Batches of `batch_size` rows, each batch one short transaction holding row locks
(`FOR UPDATE SKIP LOCKED`) only on its own rows, so gateways keep reading (they
open old-kid rows as long as the ring still holds the old key) and customers
keep writing. Idempotent: rows already under the active id are not touched, so
an interrupted rotation is simply run again. Rows that do not open (sealed
under an id missing from the ring, or tampered) are counted, never rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass

from .crypto import Keyring
from .store import ByokStore


@dataclass(frozen=True)
class RotationReport:
    active_key_id: str
    resealed: int
    unreadable: int
    batches: int
    rows_by_key_id: dict[str, int]

    def as_dict(self) -> dict:
        return {"active_key_id": self.active_key_id, "resealed": self.resealed, "unreadable": self.unreadable,
                "batches": self.batches, "rows_by_key_id": self.rows_by_key_id}


async def rotate(store: ByokStore, keyring: Keyring, *, batch_size: int = 100) -> RotationReport:
    resealed = batches = 0
    skip: set[tuple[str, str]] = set()
    while True:
        batch, unreadable = await store.reseal_batch(keyring, batch_size, frozenset(skip))
        skip |= unreadable
        if batch.resealed == 0 and batch.unreadable == 0:
            break
        resealed += batch.resealed
        batches += 1
    return RotationReport(keyring.active_id, resealed, len(skip), batches, await store.count_by_kek())
