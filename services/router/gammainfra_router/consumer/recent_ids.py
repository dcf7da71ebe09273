"""The last N event ids the router counted, as 64-bit fingerprints in flat arrays.

A redelivered batch (after a rebalance) must not be counted twice, so the sink
remembers recent ids. Kept as a dict of id strings, that memory was 100,000
long-lived objects churned one per event among each batch's short-lived ones,
which fragments the allocator's arenas (ring.py). Here an id is its 64-bit
`hash()` in an open-addressing table (linear probing, deletion by backward shift)
sized once, plus a ring of the same fingerprints in arrival order to know which to
forget. A new id whose fingerprint equals a remembered one's (about 100,000 / 2^64,
5e-15, per event) is taken for a duplicate and its health samples are skipped:
nothing is billed here.
"""

from __future__ import annotations

from array import array

_MASK64 = (1 << 64) - 1


class RecentIds:
    def __init__(self, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        size = 1
        while size < 2 * capacity:  # load factor at most 1/2 keeps probe runs short
            size <<= 1
        self._mask = size - 1
        self._table = array("Q", bytes(8 * size))  # 0 = empty slot
        self._order = array("Q", bytes(8 * capacity))
        self._capacity = capacity
        self._oldest = 0
        self._len = 0

    def __len__(self) -> int:
        return self._len

    def seen(self, event_id: str) -> bool:
        """True if `event_id` is among the last `capacity` ids added; otherwise adds it."""
        fp = (hash(event_id) & _MASK64) or 1
        table, mask = self._table, self._mask
        slot = fp & mask
        while True:
            held = table[slot]
            if held == fp:
                return True
            if held == 0:
                break
            slot = (slot + 1) & mask
        if self._len == self._capacity:
            self._remove(self._order[self._oldest])
            self._order[self._oldest] = fp
            self._oldest = (self._oldest + 1) % self._capacity
            slot = fp & mask  # the removal may have opened a slot earlier on fp's probe path
            while table[slot]:
                slot = (slot + 1) & mask
        else:
            self._order[(self._oldest + self._len) % self._capacity] = fp
            self._len += 1
        table[slot] = fp
        return False

    def _remove(self, fp: int) -> None:
        table, mask = self._table, self._mask
        hole = fp & mask
        while table[hole] != fp:
            hole = (hole + 1) & mask
        probe = hole
        while True:  # shift later entries of the run back so no lookup stops at the hole too early
            probe = (probe + 1) & mask
            held = table[probe]
            if held == 0:
                break
            home = held & mask
            if (probe - home) & mask >= (probe - hole) & mask:
                table[hole] = held
                hole = probe
        table[hole] = 0
