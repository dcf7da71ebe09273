"""`cloudevents.attributes`: the binary-mode headers of one record, checked once."""

from __future__ import annotations

import pytest

from gammainfra_common.kafka.cloudevents import CloudEvent, EnvelopeError, attributes

HEADERS = CloudEvent(type="t", source="/s", data={}, dataschema="https://x/y.json", id="ev-1").headers()


def _with(name: str, value: bytes | None) -> list[tuple[str, bytes | None]]:
    return [(n, v) for n, v in HEADERS if n != name] + [(name, value)]


def test_reads_every_ce_header_and_content_type_only():
    attrs = attributes(HEADERS + [("traceparent", b"00-abc"), ("ce_subject", b"sub")])
    assert attrs["ce_id"] == "ev-1" and attrs["ce_type"] == "t" and attrs["ce_source"] == "/s"
    assert attrs["ce_dataschema"] == "https://x/y.json" and attrs["ce_subject"] == "sub"
    assert attrs["content-type"] == "application/json" and "traceparent" not in attrs


@pytest.mark.parametrize("name", ["ce_specversion", "ce_id", "ce_source", "ce_type", "ce_time"])
def test_a_missing_or_empty_required_header_is_named(name):
    with pytest.raises(EnvelopeError, match=f"missing CloudEvents headers: {name}$"):
        attributes([(n, v) for n, v in HEADERS if n != name])
    for empty in (b"", None):
        with pytest.raises(EnvelopeError, match=f"missing CloudEvents headers: {name}$"):
            attributes(_with(name, empty))


def test_all_missing_headers_are_named_in_order():
    with pytest.raises(EnvelopeError, match="ce_specversion, ce_id, ce_source, ce_type, ce_time$"):
        attributes([("content-type", b"application/json")])


def test_wrong_specversion_content_type_and_encoding_are_refused():
    with pytest.raises(EnvelopeError, match="unsupported ce_specversion '0.3'"):
        attributes(_with("ce_specversion", b"0.3"))
    with pytest.raises(EnvelopeError, match="unsupported content-type 'text/plain'"):
        attributes(_with("content-type", b"text/plain"))
    with pytest.raises(EnvelopeError, match="header ce_source is not UTF-8"):
        attributes(_with("ce_source", b"\xff"))


def test_content_type_parameters_and_absence_are_accepted():
    assert attributes(_with("content-type", b"application/json; charset=utf-8"))["ce_id"] == "ev-1"
    assert "content-type" not in attributes([(n, v) for n, v in HEADERS if n != "content-type"])
