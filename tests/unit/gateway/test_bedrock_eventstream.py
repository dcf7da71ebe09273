"""Our event-stream decoder (`providers/bedrock/eventstream.py`) against botocore's
`EventStreamBuffer` (botocore is a test-only dependency): the same frames, split into
the same chunks, give the same messages after the same chunk; both refuse a corrupted
prelude or message CRC, a truncated frame and an oversized one. Frames come from the
fake provider's encoder and from `frame()` below (every header value type)."""

from __future__ import annotations

import random
import struct
import zlib

import pytest
from botocore.eventstream import EventStreamBuffer, ParserError

from gammainfra_fakeproviders.bedrock_eventstream import encode_message, event_message, exception_message
from gammainfra_gateway.providers.bedrock.eventstream import (
    MAX_HEADERS_LENGTH,
    MAX_PAYLOAD_LENGTH,
    EventStreamDecoder,
    MalformedFrame,
)

CANARY = "CANARY-7f3a"


def header(name: str, kind: int, value: bytes = b"") -> bytes:
    raw = name.encode()
    return bytes([len(raw)]) + raw + bytes([kind]) + value


def sized(raw: bytes) -> bytes:
    return struct.pack(">H", len(raw)) + raw


def frame(headers: bytes, payload: bytes, *, total: int | None = None, headers_length: int | None = None) -> bytes:
    """A frame with correct CRCs over whatever lengths it is given."""
    prelude = struct.pack(">II", 16 + len(headers) + len(payload) if total is None else total,
                          len(headers) if headers_length is None else headers_length)
    body = prelude + struct.pack(">I", zlib.crc32(prelude)) + headers + payload
    return body + struct.pack(">I", zlib.crc32(body))


EVERY_TYPE = b"".join([
    header("true", 0), header("false", 1),
    header("byte", 2, struct.pack(">b", -5)), header("short", 3, struct.pack(">h", -300)),
    header("integer", 4, struct.pack(">i", -70_000)), header("long", 5, struct.pack(">q", -2**40)),
    header("bytes", 6, sized(b"\x00\xff\x10")), header("string", 7, sized("héllo ✓".encode())),
    header("timestamp", 8, struct.pack(">q", 1_700_000_000_123)), header("uuid", 9, bytes(range(16))),
    header("empty", 7, sized(b"")), header("ünï", 6, sized(b"")),
])
EVERY_TYPE_DECODED = {"true": True, "false": False, "byte": -5, "short": -300, "integer": -70_000, "long": -2**40,
                      "bytes": b"\x00\xff\x10", "string": "héllo ✓", "timestamp": 1_700_000_000_123,
                      "uuid": bytes(range(16)), "empty": "", "ünï": b""}

MESSAGES = [
    event_message("messageStart", {"role": "assistant", "p": "abcdefghijk"}),
    event_message("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "Hello, wörld"}}),
    frame(EVERY_TYPE, b'{"x":1}'),
    encode_message({":event-type": "ping"}, b""),
    frame(b"", b"payload without headers"),
    frame(b"", b""),
    event_message("contentBlockDelta", {"contentBlockIndex": 0, "delta": {"text": "x" * 6_000}}),
    event_message("messageStop", {"stopReason": "end_turn"}),
    exception_message("throttlingException", "Too many tokens"),
]
STREAM = b"".join(MESSAGES)
STARTS = [sum(len(m) for m in MESSAGES[:i]) for i in range(len(MESSAGES))]


def split(data: bytes, sizes) -> list[bytes]:
    chunks, start = [], 0
    for size in sizes:
        if start >= len(data):
            break
        chunks.append(data[start:start + size])
        start += size
    return chunks + ([data[start:]] if start < len(data) else [])


def random_chunks(data: bytes, rng: random.Random, largest: int) -> list[bytes]:
    return split(data, iter(lambda: rng.randint(1, largest), None))


def run_ours(chunks):
    """Messages (headers, payload) completed after each chunk, and the error, if any."""
    decoder, per_chunk = EventStreamDecoder(), []
    try:
        for chunk in chunks:
            per_chunk.append([])
            for message in decoder.feed(chunk):
                per_chunk[-1].append((message.headers, message.payload))
    except MalformedFrame as exc:
        return per_chunk, exc, decoder
    return per_chunk, None, decoder


def run_botocore(chunks):
    buffer, per_chunk = EventStreamBuffer(), []
    try:
        for chunk in chunks:
            buffer.add_data(chunk)
            per_chunk.append([])
            for message in buffer:
                per_chunk[-1].append((message.headers, message.payload))
    except ParserError as exc:
        return per_chunk, exc
    return per_chunk, None


def same_as_botocore(chunks):
    ours, our_error, decoder = run_ours(chunks)
    theirs, their_error = run_botocore(chunks)
    assert ours == theirs
    assert (our_error is None) == (their_error is None), (our_error, their_error)
    return [m for batch in ours for m in batch], our_error, decoder


# --- well-formed streams ----------------------------------------------------------------------

def test_every_header_type_decodes_to_botocores_values():
    [(headers, payload)], error, _ = same_as_botocore([frame(EVERY_TYPE, b'{"x":1}')])
    assert error is None
    assert headers == EVERY_TYPE_DECODED and payload == b'{"x":1}'
    assert [type(v) for v in headers.values()] == [type(v) for v in EVERY_TYPE_DECODED.values()]


@pytest.mark.parametrize("size", [1, 2, 3, 11, 12, 13, 16, 100, 4096, len(STREAM)])
def test_fixed_chunk_sizes_give_the_same_messages_after_the_same_chunk(size):
    messages, error, decoder = same_as_botocore(split(STREAM, iter(lambda: size, None)))
    assert error is None and decoder.buffered == 0
    assert len(messages) == len(MESSAGES)


def test_random_chunk_sizes_give_the_same_messages_after_the_same_chunk():
    rng = random.Random(17)
    for round_ in range(60):
        messages, error, decoder = same_as_botocore(random_chunks(STREAM, rng, [5, 40, 300, 20_000][round_ % 4]))
        assert error is None and decoder.buffered == 0
        assert len(messages) == len(MESSAGES)


def test_a_cut_stream_holds_the_partial_frame_and_finishes_it_with_the_rest():
    last = STARTS[-1]
    for cut in range(last, len(STREAM)):
        messages, error, decoder = same_as_botocore([STREAM[:cut]])
        assert error is None and len(messages) == len(MESSAGES) - 1  # the cut frame is never given out
        assert decoder.buffered == cut - last
        [message] = list(decoder.feed(STREAM[cut:]))
        assert message.headers[":exception-type"] == "throttlingException" and decoder.buffered == 0


# --- malformed streams ------------------------------------------------------------------------

def flipped(data: bytes, offset: int) -> bytes:
    corrupted = bytearray(data)
    corrupted[offset] ^= 0x5A
    return bytes(corrupted)


@pytest.mark.parametrize("offset", range(12))
def test_corrupted_prelude_is_refused_by_both_after_the_frames_before_it(offset):
    messages, error, _ = same_as_botocore(random_chunks(flipped(STREAM, STARTS[2] + offset), random.Random(offset), 50))
    assert len(messages) == 2
    assert "prelude checksum" in str(error)


def test_corrupted_byte_anywhere_after_the_prelude_is_refused_by_both():
    second = MESSAGES[1]
    for offset in range(12, len(second)):
        messages, error, _ = same_as_botocore([MESSAGES[0], flipped(second, offset), MESSAGES[2]])
        assert len(messages) == 1
        assert "message checksum" in str(error), offset


def test_a_frame_with_bytes_missing_is_refused_by_both_once_the_next_frame_arrives():
    third = MESSAGES[2]
    for missing in (1, 4, 30, len(third) - 13):  # the next frames are longer than what is missing
        truncated = third[:12] + third[12 + missing:]
        messages, error, _ = same_as_botocore([MESSAGES[0], MESSAGES[1], truncated, MESSAGES[3], MESSAGES[6]])
        assert len(messages) == 2
        assert "message checksum" in str(error), missing


@pytest.mark.parametrize(("headers_length", "payload_length", "refused"), [
    (MAX_HEADERS_LENGTH + 1, 0, True),
    (0, MAX_PAYLOAD_LENGTH + 1, True),
    (2**32 - 17, 0, True),
    (MAX_HEADERS_LENGTH, MAX_PAYLOAD_LENGTH, False),
])
def test_oversized_frames_are_refused_from_the_prelude_alone(headers_length, payload_length, refused):
    prelude = struct.pack(">II", 16 + headers_length + payload_length, headers_length)
    prelude += struct.pack(">I", zlib.crc32(prelude))
    messages, error, decoder = same_as_botocore([prelude])
    assert messages == [] and (error is not None) == refused
    if not refused:
        assert decoder.buffered == 12  # a legal big frame is waited for


def test_duplicate_header_is_refused_by_both():
    messages, error, _ = same_as_botocore([frame(header("a", 0) + header("a", 1), b"")])
    assert messages == [] and error is not None


@pytest.mark.parametrize("bad", [
    frame(header("x", 10), b""),                                   # unknown value type
    frame(header("x", 7, b"\x00\x09abc"), b""),                    # string longer than the headers
    frame(header("x", 4, b"\x00\x01"), b""),                       # integer cut short
    frame(header("x", 9, b"\x00" * 15), b""),                      # uuid cut short
    frame(b"\x05ab", b""),                                         # name longer than the headers
    frame(b"\x01x", b""),                                          # name without a type
    frame(b"\x02\xff\xfe\x00", b""),                                # name not UTF-8
    frame(header("x", 7, sized(b"\xff\xfe")), b""),                 # string value not UTF-8
    frame(b"", b"", total=15),                                     # shorter than prelude + CRC
    struct.pack(">III", 12, 0, zlib.crc32(struct.pack(">II", 12, 0))),  # ditto, and its "CRC" matches
    frame(b"", b"abc", total=16, headers_length=3),                # headers longer than the frame
])
def test_every_malformed_header_or_length_is_a_malformed_frame(bad):
    # botocore lets KeyError, struct.error or UnicodeDecodeError escape for some of these.
    decoder = EventStreamDecoder()
    with pytest.raises(MalformedFrame):
        list(decoder.feed(MESSAGES[0] + bad))


def test_after_a_malformed_frame_every_later_feed_raises_again():
    decoder = EventStreamDecoder()
    messages = decoder.feed(MESSAGES[0] + flipped(MESSAGES[1], 20))
    assert next(messages).headers[":event-type"] == "messageStart"
    with pytest.raises(MalformedFrame) as first:
        next(messages)
    with pytest.raises(MalformedFrame) as again:
        list(decoder.feed(MESSAGES[2]))
    assert again.value is first.value


def test_errors_never_quote_frame_content():
    secret_frame = encode_message({":event-type": CANARY}, f'{{"text":"{CANARY}"}}'.encode())
    bad = [flipped(secret_frame, 30), flipped(secret_frame, len(secret_frame) - 8),
           frame(header(CANARY, 7, sized(CANARY.encode())) * 2, CANARY.encode()),
           frame(header(CANARY, 10), CANARY.encode())]
    for data in bad:
        with pytest.raises(MalformedFrame) as caught:
            list(EventStreamDecoder().feed(data))
        assert CANARY not in str(caught.value)
