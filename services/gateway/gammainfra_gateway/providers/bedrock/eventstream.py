"""Decoding the AWS event stream (`application/vnd.amazon.eventstream`), the binary
framing of a ConverseStream answer, from network chunks as they arrive.

A message is:

  prelude   total length (uint32 BE) | headers length (uint32 BE) | CRC32 of those 8 bytes
  headers   per header: name length (uint8) | name (UTF-8) | value type (uint8) | value
  payload   bytes
  trailer   CRC32 of everything before it (prelude included)

Owns `EventStreamDecoder` (fed chunks, gives every message completed so far and keeps
the partial rest) and `EventMessage`. Decodes as botocore's `EventStreamBuffer` does
(tests compare the two): same header dict, same value types, same limits (headers at
most 128 KiB, payload at most 24 MiB, checked from the prelude before the frame is
buffered). Unlike botocore, which lets KeyError, struct.error or UnicodeDecodeError
escape for some malformed headers, every malformed frame raises `MalformedFrame`,
whose message holds lengths and checksums, never frame content. A stream cannot be
resynchronised after a bad frame: once raised, the error is raised again on every
later call. No I/O.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass

__all__ = ["EventMessage", "EventStreamDecoder", "HeaderValue", "MalformedFrame",
           "MAX_HEADERS_LENGTH", "MAX_PAYLOAD_LENGTH"]

MAX_HEADERS_LENGTH = 128 * 1024          # botocore's limits (eventstream.py)
MAX_PAYLOAD_LENGTH = 24 * 1024 * 1024

_PRELUDE = struct.Struct(">III")
_CRC = struct.Struct(">I")
_OVERHEAD = _PRELUDE.size + _CRC.size    # a message with no headers and no payload
_LENGTH16 = struct.Struct(">H")
# Value types with a fixed-size value (2 byte, 3 short, 4 integer, 5 long, 8 timestamp
# in ms since the epoch, kept as an int as botocore does).
_FIXED = {2: struct.Struct(">b"), 3: struct.Struct(">h"), 4: struct.Struct(">i"),
          5: struct.Struct(">q"), 8: struct.Struct(">q")}
_BYTES, _STRING, _UUID = 6, 7, 9

HeaderValue = bool | int | bytes | str


class MalformedFrame(Exception):
    """A frame that is not a valid event-stream message (bad CRC, length or header)."""


@dataclass(frozen=True, slots=True)
class EventMessage:
    headers: dict[str, HeaderValue]
    payload: bytes


def _need(data: bytes, end: int) -> None:
    if end > len(data):
        raise MalformedFrame(f"header runs past the end of the headers ({end} > {len(data)} bytes)")


def _text(raw: bytes) -> str:
    try:
        return raw.decode()
    except UnicodeDecodeError:
        raise MalformedFrame("header name or string value is not UTF-8") from None


def _value(data: bytes, pos: int) -> tuple[HeaderValue, int]:
    """The value that starts (type byte first) at `pos`, and the position after it."""
    _need(data, pos + 1)
    kind, pos = data[pos], pos + 1
    if kind in (0, 1):
        return kind == 0, pos
    if kind in _FIXED:
        fixed = _FIXED[kind]
        _need(data, pos + fixed.size)
        return fixed.unpack_from(data, pos)[0], pos + fixed.size
    if kind in (_BYTES, _STRING):
        _need(data, pos + 2)
        (length,) = _LENGTH16.unpack_from(data, pos)
        start, end = pos + 2, pos + 2 + length
        _need(data, end)
        return (data[start:end] if kind == _BYTES else _text(data[start:end])), end
    if kind == _UUID:
        _need(data, pos + 16)
        return data[pos:pos + 16], pos + 16
    raise MalformedFrame(f"unknown header value type {kind}")


def _headers(data: bytes) -> dict[str, HeaderValue]:
    headers: dict[str, HeaderValue] = {}
    pos = 0
    while pos < len(data):
        end = pos + 1 + data[pos]
        _need(data, end)
        name = _text(data[pos + 1:end])
        value, pos = _value(data, end)
        if name in headers:
            raise MalformedFrame("duplicate header name")
        headers[name] = value
    return headers


class EventStreamDecoder:
    def __init__(self) -> None:
        self._buffer = bytearray()
        self._failure: MalformedFrame | None = None

    @property
    def buffered(self) -> int:
        """Bytes held for a message not complete yet."""
        return len(self._buffer)

    def feed(self, chunk: bytes) -> Iterator[EventMessage]:
        """Adds `chunk` and returns an iterator over the messages now complete, in order.
        A bad frame raises `MalformedFrame` from the iterator after the messages before it."""
        self._buffer += chunk
        return self._complete_messages()

    def _complete_messages(self) -> Iterator[EventMessage]:
        while (message := self._next()) is not None:
            yield message

    def _next(self) -> EventMessage | None:
        if self._failure is not None:
            raise self._failure
        try:
            return self._take()
        except MalformedFrame as exc:
            self._failure = exc
            raise

    def _take(self) -> EventMessage | None:
        buffer = self._buffer
        if len(buffer) < _PRELUDE.size:
            return None
        total, headers_length, prelude_crc = _PRELUDE.unpack_from(buffer)
        computed = zlib.crc32(buffer[:8])
        if computed != prelude_crc:
            raise MalformedFrame(f"prelude checksum mismatch: expected 0x{prelude_crc:08x}, got 0x{computed:08x}")
        if headers_length > MAX_HEADERS_LENGTH:
            raise MalformedFrame(f"headers length {headers_length} exceeds {MAX_HEADERS_LENGTH}")
        payload_length = total - headers_length - _OVERHEAD
        if payload_length < 0:
            raise MalformedFrame(f"total length {total} is shorter than its prelude, headers and CRC")
        if payload_length > MAX_PAYLOAD_LENGTH:
            raise MalformedFrame(f"payload length {payload_length} exceeds {MAX_PAYLOAD_LENGTH}")
        if len(buffer) < total:
            return None
        frame = bytes(buffer[:total])
        del buffer[:total]  # bytearray drops a prefix without moving the rest
        (message_crc,) = _CRC.unpack_from(frame, total - _CRC.size)
        computed = zlib.crc32(frame[:total - _CRC.size])
        if computed != message_crc:
            raise MalformedFrame(f"message checksum mismatch: expected 0x{message_crc:08x}, got 0x{computed:08x}")
        headers_end = _PRELUDE.size + headers_length
        return EventMessage(_headers(frame[_PRELUDE.size:headers_end]), frame[headers_end:total - _CRC.size])
