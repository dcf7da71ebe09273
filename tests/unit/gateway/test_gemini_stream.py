"""Gemini streamGenerateContent (alt=sse) events -> OpenAI chat.completion.chunk
sequences: role first, text deltas, whole tool calls, finish, usage; completeness
without [DONE]; billing of a stream that was cut."""

from __future__ import annotations

import pytest

from gammainfra_gateway.providers.base import Usage
from gammainfra_gateway.providers.gemini.stream import StreamErrorEvent, StreamTranslator

MODEL = "google/gemini-2.5-flash"
INTERIM_USAGE = {"promptTokenCount": 7, "totalTokenCount": 40, "thoughtsTokenCount": 33,
                 "promptTokensDetails": [{"modality": "TEXT", "tokenCount": 7}]}
FINAL_USAGE = {"promptTokenCount": 7, "candidatesTokenCount": 12, "totalTokenCount": 52, "thoughtsTokenCount": 33,
               "cachedContentTokenCount": 4}


def event(parts=None, finish=None, usage=INTERIM_USAGE, index=0, rid="resp-s1"):
    candidate = {"content": {"parts": parts or [], "role": "model"}, "index": index}
    if finish:
        candidate["finishReason"] = finish
    return {"candidates": [candidate], "usageMetadata": usage, "modelVersion": "gemini-2.5-flash",
            "responseId": rid}


def translator(include_usage=True):
    return StreamTranslator(model=MODEL, created=1_750_000_000, fallback_id="fb", include_usage=include_usage)


def deltas(chunks):
    return [(c["choices"][0]["delta"], c["choices"][0]["finish_reason"]) for c in chunks]


def test_text_stream_role_deltas_finish_and_usage_chunk():
    t = translator()
    first = t.feed(event([{"text": "The"}]))
    assert [c["id"] for c in first] == ["chatcmpl-resp-s1"] * 2
    assert all(c["object"] == "chat.completion.chunk" and c["model"] == MODEL and c["created"] == 1_750_000_000
               for c in first)
    assert deltas(first) == [({"role": "assistant", "content": ""}, None), ({"content": "The"}, None)]
    assert not t.complete
    assert deltas(t.feed(event([{"text": " sky is"}]))) == [({"content": " sky is"}, None)]
    last = t.feed(event([{"text": " blue."}], "STOP", FINAL_USAGE))
    assert deltas(last) == [({"content": " blue."}, None), ({}, "stop")]
    assert t.complete
    assert t.usage == Usage(prompt_tokens=7, completion_tokens=45, cache_read_tokens=4)
    assert t.usage_chunk() == {
        "id": "chatcmpl-resp-s1", "object": "chat.completion.chunk", "created": 1_750_000_000, "model": MODEL,
        "choices": [], "usage": {"prompt_tokens": 7, "completion_tokens": 45, "total_tokens": 52,
                                 "prompt_tokens_details": {"cached_tokens": 4},
                                 "completion_tokens_details": {"reasoning_tokens": 33}}}
    assert t.delivered_chars == len("The sky is blue.")


def test_no_usage_chunk_unless_asked():
    t = translator(include_usage=False)
    t.feed(event([{"text": "Hi"}], "STOP", FINAL_USAGE))
    assert t.complete and t.usage_chunk() is None
    assert t.usage == Usage(7, 45, 4, 0)  # metering still gets it


def test_final_chunk_with_empty_text_and_thoughts_are_skipped():
    t = translator()
    chunks = t.feed(event([{"text": "thinking about it", "thought": True}]))
    chunks += t.feed(event([{"text": "Answer"}]))
    chunks += t.feed(event([{"text": ""}], "STOP", FINAL_USAGE))
    assert deltas(chunks) == [({"role": "assistant", "content": ""}, None), ({"content": "Answer"}, None),
                              ({}, "stop")]


def test_function_call_stream_gives_whole_tool_calls_and_tool_calls_finish():
    t = translator()
    chunks = t.feed(event([
        {"functionCall": {"name": "get_current_temperature", "args": {"location": "London"}},
         "thoughtSignature": "CiQB"},
        {"functionCall": {"name": "get_current_temperature", "args": {"location": "Paris"}}}],
        "STOP", FINAL_USAGE, rid="resp-fc"))
    assert len(chunks) == 4
    assert chunks[0]["choices"][0]["delta"] == {"role": "assistant", "content": ""}
    calls = [c["choices"][0]["delta"]["tool_calls"] for c in chunks[1:3]]
    assert [(c[0]["index"], c[0]["type"], c[0]["function"]) for c in calls] == [
        (0, "function", {"name": "get_current_temperature", "arguments": '{"location":"London"}'}),
        (1, "function", {"name": "get_current_temperature", "arguments": '{"location":"Paris"}'})]
    assert calls[0][0]["id"] != calls[1][0]["id"] and calls[0][0]["id"].startswith("call_")
    assert deltas(chunks[3:]) == [({}, "tool_calls")]
    # The same call ids as the non-stream translation of the same response would give.
    from gammainfra_gateway.providers.gemini.response import tool_call
    assert calls[0][0]["id"] == tool_call({"name": "x"}, "resp-fc", 0, 0)["id"]


def test_function_call_before_a_separate_finish_event_still_finishes_as_tool_calls():
    t = translator()
    t.feed(event([{"functionCall": {"name": "enable_lights", "args": {}}}]))
    assert not t.complete
    assert deltas(t.feed(event([], "STOP", FINAL_USAGE))) == [({}, "tool_calls")]
    assert t.complete


def test_blocked_prompt_streams_a_content_filter_finish():
    t = translator()
    chunks = t.feed({"promptFeedback": {"blockReason": "PROHIBITED_CONTENT"},
                     "usageMetadata": {"promptTokenCount": 6, "totalTokenCount": 6}, "responseId": "blk"})
    assert deltas(chunks) == [({"role": "assistant", "content": ""}, None), ({}, "content_filter")]
    assert t.complete and t.usage == Usage(prompt_tokens=6)
    assert t.usage_chunk()["usage"]["prompt_tokens"] == 6


@pytest.mark.parametrize(("reason", "expected"), [("MAX_TOKENS", "length"), ("SAFETY", "content_filter"),
                                                   ("RECITATION", "content_filter"), ("OTHER", "stop")])
def test_finish_reasons_in_streams(reason, expected):
    t = translator()
    t.feed(event([{"text": "partial"}]))
    assert deltas(t.feed(event([], reason, FINAL_USAGE)))[-1] == ({}, expected)


def test_two_candidates_complete_only_when_both_finished():
    t = translator()
    both = {"candidates": [{"content": {"parts": [{"text": "A"}], "role": "model"}, "index": 0},
                           {"content": {"parts": [{"text": "B"}], "role": "model"}, "index": 1}],
            "responseId": "r2"}
    chunks = t.feed(both)
    assert [(c["choices"][0]["index"], c["choices"][0]["delta"]) for c in chunks] == [
        (0, {"role": "assistant", "content": ""}), (0, {"content": "A"}),
        (1, {"role": "assistant", "content": ""}), (1, {"content": "B"})]
    t.feed(event([{"text": "!"}], "STOP", FINAL_USAGE, index=0))
    assert not t.complete
    t.feed(event([], "STOP", FINAL_USAGE, index=1))
    assert t.complete


def test_a_cut_stream_is_incomplete_and_bills_prompt_thoughts_and_delivered_text():
    t = translator()
    t.feed(event([{"text": "Echo:"}]))
    t.feed(event([{"text": " a fairly"}]))
    assert not t.complete
    assert t.usage == Usage(prompt_tokens=7, completion_tokens=33)  # the interim report: thinking only
    # 14 characters delivered ~ 4 tokens, on top of the 33 thinking tokens.
    assert t.interrupted_usage(4) == Usage(prompt_tokens=7, completion_tokens=37)
    # If Gemini already counted more answer tokens than were delivered, its count wins.
    t.feed(event([{"text": "!"}], usage={**INTERIM_USAGE, "candidatesTokenCount": 9}))
    assert t.interrupted_usage(4) == Usage(prompt_tokens=7, completion_tokens=42)


def test_interrupted_before_any_usage():
    t = translator()
    assert t.interrupted_usage(0) is None
    t.feed({"candidates": [{"content": {"parts": [{"text": "abc"}]}}]})
    assert t.interrupted_usage(1) == Usage(completion_tokens=1)


def test_an_error_event_mid_stream_raises():
    t = translator()
    t.feed(event([{"text": "Hi"}]))
    with pytest.raises(StreamErrorEvent):
        t.feed({"error": {"code": 503, "message": "The model is overloaded.", "status": "UNAVAILABLE"}})
    with pytest.raises(StreamErrorEvent):
        t.feed([1])


def test_no_response_id_uses_the_fallback_for_every_chunk():
    t = translator()
    chunks = t.feed({"candidates": [{"content": {"parts": [{"text": "x"}]}, "finishReason": "STOP"}]})
    assert {c["id"] for c in chunks} == {"chatcmpl-fb"}
