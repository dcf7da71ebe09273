"""Encoding AWS event-stream messages (`application/vnd.amazon.eventstream`), the
binary framing of Bedrock's ConverseStream. botocore only decodes them.

A message is:

  prelude   total length (uint32 BE) | headers length (uint32 BE) | CRC32 of those 8 bytes
  headers   per header: name length (uint8) | name | value type (uint8, 7 = string)
            | value length (uint16 BE) | value (UTF-8)
  payload   bytes (here: JSON)
  trailer   CRC32 of everything before it (prelude included)

Owns: `encode_message` and the two message kinds Bedrock sends, `event_message`
(`:message-type` event) and `exception_message` (`:message-type` exception). No I/O.
Guarantees: output round-trips through botocore's `EventStreamBuffer`. Raises
`ValueError` for a header name or value too long for its length field.
"""

from __future__ import annotations

import struct
import zlib
from collections.abc import Mapping
from typing import Any

import orjson

__all__ = ["encode_message", "event_message", "exception_message"]

_STRING = 7          # header value type: UTF-8 string with a 2-byte length
_PRELUDE = struct.Struct(">II")
_CRC = struct.Struct(">I")


def _header(name: str, value: str) -> bytes:
    raw_name, raw_value = name.encode(), value.encode()
    if len(raw_name) > 0xFF or len(raw_value) > 0xFFFF:
        raise ValueError(f"header {name!r} is too long for an event-stream message")
    return bytes([len(raw_name)]) + raw_name + bytes([_STRING]) + struct.pack(">H", len(raw_value)) + raw_value


def encode_message(headers: Mapping[str, str], payload: bytes) -> bytes:
    """One complete message: prelude, string headers (in the given order), payload, CRC."""
    encoded_headers = b"".join(_header(name, value) for name, value in headers.items())
    total = _PRELUDE.size + _CRC.size + len(encoded_headers) + len(payload) + _CRC.size
    prelude = _PRELUDE.pack(total, len(encoded_headers))
    head = prelude + _CRC.pack(zlib.crc32(prelude))
    body = head + encoded_headers + payload
    return body + _CRC.pack(zlib.crc32(body))


def event_message(event_type: str, payload: Mapping[str, Any]) -> bytes:
    return encode_message({":event-type": event_type, ":content-type": "application/json",
                           ":message-type": "event"}, orjson.dumps(payload))


def exception_message(exception_type: str, message: str) -> bytes:
    """What Bedrock sends when a stream fails after its 200 (e.g. `throttlingException`)."""
    return encode_message({":exception-type": exception_type, ":content-type": "application/json",
                           ":message-type": "exception"}, orjson.dumps({"message": message}))
