"""A FIFO of fixed-width numeric rows kept in flat arrays, at most `capacity` rows.

The router keeps minutes of samples per (endpoint, model) and per (label, model).
Held as one Python object per sample, those long-lived objects end up scattered
over the allocator's arenas among each batch's short-lived ones, and the process's
RSS ratchets up whenever a backlog is consumed in bigger batches (the soak showed
steps of 4-7 MB that never came back). Here a sample is a few numbers written into
arrays that grow by doubling to `capacity` and then stay: nothing per event
outlives its batch, so the memory is bounded by the capacity, not by the history
of batch sizes. Pure.
"""

from __future__ import annotations

from array import array
from collections.abc import Iterator

FIRST_SLOTS = 16


class Ring:
    def __init__(self, typecodes: str, capacity: int) -> None:
        if capacity < 1:
            raise ValueError("capacity must be at least 1")
        self._typecodes = typecodes
        self._capacity = capacity
        self._cols = [array(code) for code in typecodes]
        self._slots = 0   # allocated rows (grows to capacity, never shrinks)
        self._head = 0    # slot of the oldest row
        self._len = 0

    def __len__(self) -> int:
        return self._len

    @property
    def slots(self) -> int:
        return self._slots

    def append(self, *row) -> None:
        """Add the newest row; the oldest is dropped once `capacity` rows are held. The columns are written
        before anything moves, so a value a column refuses (TypeError) drops no row."""
        if self._len == self._slots and self._slots < self._capacity:
            self._grow()
        full = self._len == self._slots
        slot = self._head if full else (self._head + self._len) % self._slots
        oldest = [col[slot] for col in self._cols] if full else None
        try:
            for col, value in zip(self._cols, row, strict=True):
                col[slot] = value
        except (TypeError, ValueError, OverflowError):
            if oldest is not None:  # put the oldest row back whole
                for col, value in zip(self._cols, oldest):
                    col[slot] = value
            raise
        if full:
            self._head = (self._head + 1) % self._slots
        else:
            self._len += 1

    def _grow(self) -> None:
        head, slots = self._head, self._slots
        extra = min(max(FIRST_SLOTS, slots), self._capacity - slots)
        for i, col in enumerate(self._cols):
            ordered = col[head:] + col[:head]  # oldest first, so the free slots follow the newest
            ordered.extend(array(self._typecodes[i], bytes(ordered.itemsize * extra)))
            self._cols[i] = ordered
        self._head, self._slots = 0, slots + extra

    def first(self, column: int):
        """Column `column` of the oldest row; IndexError when empty."""
        if not self._len:
            raise IndexError("empty ring")
        return self._cols[column][self._head]

    def popleft(self) -> None:
        if not self._len:
            raise IndexError("empty ring")
        self._head = (self._head + 1) % self._slots
        self._len -= 1

    def clear(self) -> None:
        self._head = self._len = 0

    def column(self, column: int) -> array:
        """Column `column`, oldest row first, as a new array (two slices at most: no per-row Python work)."""
        col, head = self._cols[column], self._head
        end = head + self._len
        return col[head:end] if end <= self._slots else col[head:] + col[:end - self._slots]

    def rows(self) -> Iterator[tuple]:
        """Every row as a tuple, oldest first."""
        return zip(*(self.column(c) for c in range(len(self._cols))))
