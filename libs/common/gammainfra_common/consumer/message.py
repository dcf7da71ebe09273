"""The record that moves through a consumer pipeline."""

from __future__ import annotations

from typing import Any, NamedTuple


class _Filtered:
    """Payload of a record that was dead-lettered: it writes nothing, yet its offset
    still flows to the commit step so the partition keeps moving."""

    __slots__ = ()

    def __repr__(self) -> str:
        return "FILTERED"


FILTERED = _Filtered()


class Message(NamedTuple):
    """Immutable, like the frozen dataclass it was: a step never changes a record
    another holds, it hands on a new one (`with_payload`). A NamedTuple because
    every record of every consumer is built twice or more (from the fetched record,
    then once per task) and a frozen dataclass pays one `object.__setattr__` per
    field for that: ~6x the cost of a tuple (bench/README.md, issue 17)."""

    topic: str
    partition: int
    offset: int
    key: bytes | None
    value: bytes | None
    headers: tuple[tuple[str, bytes], ...]
    timestamp_ms: int
    payload: Any = None

    @classmethod
    def from_record(cls, record) -> "Message":
        return cls(record.topic, record.partition, record.offset, record.key, record.value,
                   tuple(record.headers or ()), record.timestamp)

    def header(self, name: str) -> str | None:
        for key, raw in self.headers:
            if key == name:
                return raw.decode(errors="replace") if raw is not None else None
        return None

    @property
    def event_id(self) -> str | None:
        return self.header("ce_id")

    @property
    def filtered(self) -> bool:
        return self.payload is FILTERED

    def with_payload(self, payload: Any) -> "Message":
        # Direct construction: _replace goes through a dict of the fields.
        return Message(self.topic, self.partition, self.offset, self.key, self.value, self.headers,
                       self.timestamp_ms, payload)

    def log_context(self) -> dict[str, Any]:
        return {"topic": self.topic, "partition": self.partition, "offset": self.offset,
                "event_id": self.event_id}
