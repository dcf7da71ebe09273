"""The fake's AWS event-stream encoder: exact binary layout, and every message
round-trips through botocore's maintained decoder (`EventStreamBuffer`)."""

from __future__ import annotations

import struct
import zlib

import orjson
import pytest
from botocore.eventstream import ChecksumMismatch, EventStreamBuffer

from gammainfra_fakeproviders.bedrock_eventstream import encode_message, event_message, exception_message


def decode_all(data: bytes, piece: int | None = None):
    buffer = EventStreamBuffer()
    messages = []
    for start in range(0, len(data), piece or len(data) or 1):
        buffer.add_data(data[start:start + (piece or len(data))])
        messages += list(buffer)
    return messages


def test_binary_layout_of_one_message():
    message = encode_message({":event-type": "messageStop"}, b'{"stopReason":"end_turn"}')
    total, headers_length, prelude_crc = struct.unpack(">III", message[:12])
    assert total == len(message)
    header = b"\x0b:event-type" + b"\x07" + struct.pack(">H", 11) + b"messageStop"
    assert headers_length == len(header)
    assert prelude_crc == zlib.crc32(message[:8])
    assert message[12:12 + headers_length] == header
    assert message[12 + headers_length:-4] == b'{"stopReason":"end_turn"}'
    assert struct.unpack(">I", message[-4:])[0] == zlib.crc32(message[:-4])


def test_event_message_round_trips_through_botocore():
    payload = {"contentBlockIndex": 0, "delta": {"text": "Hello, wörld"}, "p": "abc"}
    [decoded] = decode_all(event_message("contentBlockDelta", payload))
    assert decoded.headers == {":event-type": "contentBlockDelta", ":content-type": "application/json",
                               ":message-type": "event"}
    assert orjson.loads(decoded.payload) == payload


def test_exception_message_round_trips_through_botocore():
    [decoded] = decode_all(exception_message("throttlingException", "Too many tokens"))
    assert decoded.headers[":message-type"] == "exception"
    assert decoded.headers[":exception-type"] == "throttlingException"
    assert orjson.loads(decoded.payload) == {"message": "Too many tokens"}
    assert decoded.to_response_dict()["status_code"] == 400  # botocore treats it as an error


@pytest.mark.parametrize("piece", [1, 5, 13, None])
def test_a_stream_of_messages_decodes_in_order_however_it_is_split(piece):
    events = [("messageStart", {"role": "assistant"})] + [
        ("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": f"word{i} "}}) for i in range(20)] + [
        ("messageStop", {"stopReason": "end_turn"})]
    data = b"".join(event_message(name, payload) for name, payload in events)
    decoded = decode_all(data, piece)
    assert [(m.headers[":event-type"], orjson.loads(m.payload)) for m in decoded] == events


def test_empty_payload_and_a_corrupted_byte():
    [decoded] = decode_all(encode_message({":event-type": "ping"}, b""))
    assert decoded.payload == b""
    corrupted = bytearray(event_message("messageStart", {"role": "assistant"}))
    corrupted[-6] ^= 0x01
    with pytest.raises(ChecksumMismatch):
        decode_all(bytes(corrupted))


def test_header_too_long_for_its_length_field_is_refused():
    with pytest.raises(ValueError):
        encode_message({"x" * 256: "v"}, b"")
    with pytest.raises(ValueError):
        encode_message({"name": "v" * 65536}, b"")
