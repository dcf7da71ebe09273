"""gammainfra_common.logging: JSON lines, bound context, stdlib routing, privacy scrubber."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from typing import Any

import orjson
import pytest
import structlog

from gammainfra_common.logging import (
    bind_context,
    bound_context,
    clear_context,
    configure_logging,
    drop_denied_keys,
)


@pytest.fixture(autouse=True)
def _restore_logging() -> Iterator[None]:
    """Leave global logging as we found it, for the rest of the suite."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    yield
    clear_context()
    root.handlers[:] = handlers
    root.setLevel(level)
    logging.captureWarnings(False)
    structlog.reset_defaults()


def lines(capsys: pytest.CaptureFixture[str]) -> list[dict[str, Any]]:
    out = capsys.readouterr().out
    return [orjson.loads(line) for line in out.splitlines() if line.strip()]


def test_json_lines_with_service_timestamp_and_bound_ids(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("metering", level="INFO")
    log = structlog.get_logger("gammainfra_metering.sink")
    bind_context(request_id="req-1", event_id="evt-9")
    log.info("batch.written", rows=3)
    clear_context()
    log.info("after.clear")

    first, second = lines(capsys)
    assert first["event"] == "batch.written"
    assert first["rows"] == 3
    assert first["service"] == "metering"
    assert first["level"] == "info"
    assert first["logger"] == "gammainfra_metering.sink"
    assert first["request_id"] == "req-1"
    assert first["event_id"] == "evt-9"
    assert first["timestamp"].endswith("Z") and "T" in first["timestamp"]
    assert "request_id" not in second


def test_bound_context_is_scoped(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("router")
    log = structlog.get_logger()
    with bound_context(topic="llm.requests.v1", partition=2, offset=41):
        log.info("inside")
    log.info("outside")
    inside, outside = lines(capsys)
    assert (inside["topic"], inside["partition"], inside["offset"]) == ("llm.requests.v1", 2, 41)
    assert "topic" not in outside


def test_level_filters(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("gateway", level="WARNING")
    structlog.get_logger().info("hidden")
    logging.getLogger("aiokafka").info("hidden too")
    structlog.get_logger().warning("shown")
    assert [line["event"] for line in lines(capsys)] == ["shown"]


def test_stdlib_logging_goes_through_same_renderer(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("billing")
    bind_context(request_id="req-2")
    logging.getLogger("aiokafka.consumer").warning("rebalance %s", "started", extra={"group": "g1"})
    (line,) = lines(capsys)
    assert line["event"] == "rebalance started"
    assert line["logger"] == "aiokafka.consumer"
    assert line["level"] == "warning"
    assert line["service"] == "billing"
    assert line["request_id"] == "req-2"
    assert line["group"] == "g1"


def test_deny_listed_keys_are_dropped(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("gateway")
    bind_context(client_ip="203.0.113.7")
    structlog.get_logger().info(
        "request.done",
        prompt="tell me a secret",
        messages=[{"role": "user", "content": "hi"}],
        completion="the answer",
        api_key="gi-abc-def",
        Authorization="Bearer sk-live",
        headers={"X-Api-Key": "sk-provider", "accept": "application/json"},
        password="hunter2",
        dsn="postgresql://gi:hunter3@db/gi",
        status=200,
        prompt_tokens=12,
    )
    logging.getLogger("aiohttp.access").info("hit", extra={"remote_addr": "198.51.100.1"})
    out = capsys.readouterr().out
    for leaked in ("tell me a secret", "the answer", "gi-abc-def", "sk-live", "sk-provider",
                   "hunter2", "hunter3", "203.0.113.7", "198.51.100.1", '"hi"'):
        assert leaked not in out
    first, second = (orjson.loads(line) for line in out.splitlines())
    assert first["status"] == 200
    assert first["prompt_tokens"] == 12  # metadata with a similar name is kept
    assert first["headers"] == {"accept": "application/json"}
    assert first["dsn"] == "postgresql://gi:***@db/gi"
    assert set(first["redacted_keys"]) >= {"prompt", "messages", "completion", "api_key",
                                           "Authorization", "X-Api-Key", "password", "client_ip"}
    assert "remote_addr" in second["redacted_keys"]


def test_exceptions_rendered(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("retention")
    try:
        raise RuntimeError("boom")
    except RuntimeError:
        structlog.get_logger().exception("purge.failed")
    (line,) = lines(capsys)
    assert line["level"] == "error"
    assert "RuntimeError: boom" in line["exception"]


def test_configure_is_idempotent(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("gateway")
    configure_logging("gateway")
    structlog.get_logger().info("once")
    assert len(lines(capsys)) == 1
    ours = [h for h in logging.getLogger().handlers if getattr(h, "_gammainfra_handler", False)]
    assert len(ours) == 1


def test_unknown_level_rejected() -> None:
    with pytest.raises(ValueError, match="LOUD"):
        configure_logging("gateway", level="LOUD")


def test_human_readable_mode(capsys: pytest.CaptureFixture[str]) -> None:
    configure_logging("gateway", json=False)
    structlog.get_logger().info("hello", prompt="nope", n=1)
    out = capsys.readouterr().out
    assert "hello" in out and "n=1" in out
    assert "nope" not in out


def test_drop_denied_keys_does_not_mutate_input() -> None:
    headers = {"authorization": "x", "accept": "y"}
    event = {"event": "e", "headers": headers}
    cleaned = drop_denied_keys(None, "info", event)
    assert cleaned["headers"] == {"accept": "y"}
    assert headers == {"authorization": "x", "accept": "y"}
