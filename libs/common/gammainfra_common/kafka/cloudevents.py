"""CloudEvents 1.0 over Kafka in binary mode.

The event's attributes travel as `ce_*` headers (plus `content-type`) and the
data is the plain JSON message value, so a consumer that knows nothing of
CloudEvents still reads a clean payload. `ce_id` is unique per event and is the
idempotency key of every consumer.

Raises `EnvelopeError` when headers are missing or malformed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

import orjson

SPEC_VERSION = "1.0"
CONTENT_TYPE = "application/json"
REQUIRED = ("ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time")


class EnvelopeError(ValueError):
    """The Kafka record is not a valid binary-mode CloudEvent."""


def rfc3339(moment: datetime) -> str:
    """UTC, millisecond precision, `Z` suffix: the one timestamp format of events."""
    if moment.tzinfo is not UTC:
        if moment.tzinfo is None:
            raise ValueError("naive datetime: events carry UTC timestamps only")
        moment = moment.astimezone(UTC)
    # Every event formats two or three timestamps, nearly all within the same second as the
    # previous event's: the text up to the second is formatted once per second (isoformat
    # costs several microseconds a call), only the milliseconds each time.
    second = (moment.year, moment.month, moment.day, moment.hour, moment.minute, moment.second)
    cached = _SECOND_TEXT
    if cached[0] != second:
        cached = _SECOND_TEXT[:] = [second, moment.strftime("%Y-%m-%dT%H:%M:%S")]
    return f"{cached[1]}.{moment.microsecond // 1000:03d}Z"


_SECOND_TEXT: list = [None, ""]  # [the second (as a tuple), its text]: a memo, one entry


class _Uuid4Source:
    """Random (version 4) UUIDs as text, from a pool of random bytes: `str(uuid.uuid4())`
    costs a getrandom syscall, a UUID object and its formatting per event. Same 122 random
    bits from the OS's generator; the pool is dropped in a forked child so two processes
    never hand out the same bytes."""

    POOL_BYTES = 4096

    def __init__(self) -> None:
        self._pool, self._at = b"", 0
        os.register_at_fork(after_in_child=self._drop)

    def _drop(self) -> None:
        self._pool, self._at = b"", 0

    def __call__(self) -> str:
        at = self._at
        if at + 16 > len(self._pool):
            self._pool, at = os.urandom(self.POOL_BYTES), 0
        self._at = at + 16
        h = self._pool[at:at + 16].hex()
        # Version nibble 4; variant bits 10xx: the first hex digit of the fourth group is 8-b.
        return f"{h[:8]}-{h[8:12]}-4{h[13:16]}-{_VARIANT[int(h[16], 16)]}{h[17:20]}-{h[20:]}"


_VARIANT = "89ab" * 4
new_event_id = _Uuid4Source()


@dataclass(frozen=True)
class CloudEvent:
    type: str
    source: str
    data: Mapping[str, Any]
    dataschema: str | None = None
    subject: str | None = None
    id: str = field(default_factory=new_event_id)
    time: datetime = field(default_factory=lambda: datetime.now(UTC))

    def headers(self) -> list[tuple[str, bytes]]:
        headers = [
            ("ce_specversion", SPEC_VERSION.encode()),
            ("ce_id", self.id.encode()),
            ("ce_source", self.source.encode()),
            ("ce_type", self.type.encode()),
            ("ce_time", rfc3339(self.time).encode()),
            ("content-type", CONTENT_TYPE.encode()),
        ]
        if self.dataschema:
            headers.append(("ce_dataschema", self.dataschema.encode()))
        if self.subject:
            headers.append(("ce_subject", self.subject.encode()))
        return headers

    def value(self) -> bytes:
        return orjson.dumps(self.data)


def attributes(headers: Iterable[tuple[str, bytes | None]]) -> dict[str, str]:
    """The `ce_*` attributes (and content-type) of a record; validates the required ones.

    Every consumer calls this once per record, so the common case (all required
    headers present, content-type exactly application/json) takes no detour; the
    error messages are only built when something is wrong."""
    attrs: dict[str, str] = {}
    for name, raw in headers:
        if name.startswith("ce_") or name == "content-type":
            try:
                attrs[name] = raw.decode() if raw else ""
            except UnicodeDecodeError as exc:
                raise EnvelopeError(f"header {name} is not UTF-8") from exc
    get = attrs.get
    if not all(map(get, REQUIRED)):
        missing = [name for name in REQUIRED if not get(name)]
        raise EnvelopeError(f"missing CloudEvents headers: {', '.join(missing)}")
    if attrs["ce_specversion"] != SPEC_VERSION:
        raise EnvelopeError(f"unsupported ce_specversion {attrs['ce_specversion']!r}")
    content_type = get("content-type", CONTENT_TYPE)
    if content_type != CONTENT_TYPE and content_type.split(";")[0].strip() != CONTENT_TYPE:
        raise EnvelopeError(f"unsupported content-type {content_type!r}")
    return attrs
