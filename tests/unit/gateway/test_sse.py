"""SSE framing across arbitrary network reads."""

from __future__ import annotations

from gammainfra_gateway.providers.sse import iter_sse_batches


class _Content:
    def __init__(self, reads: list[bytes]) -> None:
        self._reads = reads

    async def iter_any(self):
        for read in self._reads:
            yield read


class _Response:
    def __init__(self, reads: list[bytes]) -> None:
        self.content = _Content(reads)


async def _collect(reads: list[bytes]) -> list[list[tuple[str | None, bytes]]]:
    return [batch async for batch in iter_sse_batches(_Response(reads))]


async def test_one_read_with_many_frames_is_one_batch():
    assert await _collect([b"data: a\n\ndata: b\n\ndata: [DONE]\n\n"]) == [
        [(None, b"a"), (None, b"b"), (None, b"[DONE]")]]


async def test_frames_split_across_reads_and_crlf():
    reads = [b"data: {\"x\"", b": 1}\r", b"\n\r\ndata: two\r\n", b"\r\n"]
    assert await _collect(reads) == [[(None, b'{"x": 1}')], [(None, b"two")]]


async def test_event_names_comments_and_multiline_data():
    reads = [b": keep-alive\n\nevent: message_start\ndata: line1\ndata: line2\n\n"]
    assert await _collect(reads) == [[("message_start", b"line1\nline2")]]


async def test_a_body_ending_mid_frame_yields_that_frame():
    assert await _collect([b"data: a\n\ndata: tail"]) == [[(None, b"a")], [(None, b"tail")]]


async def test_reads_without_a_complete_frame_yield_nothing_yet():
    assert await _collect([b"data: par", b"tial\n", b"\n"]) == [[(None, b"partial")]]
