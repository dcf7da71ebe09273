"""The event id and timestamp shortcuts of cloudevents.py give what the plain calls give."""

from __future__ import annotations

import os
import re
import uuid
from datetime import UTC, datetime, timedelta, timezone

import pytest

from gammainfra_common.kafka.cloudevents import CloudEvent, new_event_id, rfc3339


def plain(moment: datetime) -> str:
    return moment.astimezone(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")


def test_rfc3339_matches_isoformat_across_second_minute_day_and_year_boundaries():
    start = datetime(2026, 12, 31, 23, 59, 58, 998_500, tzinfo=UTC)
    moments = [start + timedelta(microseconds=n * 250) for n in range(12_000)]  # 3 s, over new year
    moments += [datetime(2026, 1, 31, 23, 59, 59, 999_999, tzinfo=UTC), datetime(2026, 2, 1, tzinfo=UTC),
                datetime(2026, 3, 31, 23, 59, 59, 999_999, tzinfo=UTC)]  # same day/time, other month
    for moment in moments:
        assert rfc3339(moment) == plain(moment)


def test_rfc3339_converts_other_zones_and_refuses_naive_times():
    moment = datetime(2026, 12, 7, 4, 30, 1, 123_456, tzinfo=timezone(timedelta(hours=2)))
    assert rfc3339(moment) == "2026-12-07T02:30:01.123Z" == plain(moment)
    with pytest.raises(ValueError):
        rfc3339(datetime(2026, 12, 7))


def test_event_ids_are_random_version_4_uuids_and_unique():
    ids = [new_event_id() for _ in range(20_000)]  # several refills of the pool
    assert len(set(ids)) == len(ids)
    for text in ids[:2000]:
        parsed = uuid.UUID(text)
        assert str(parsed) == text and parsed.version == 4 and parsed.variant == uuid.RFC_4122
    assert re.fullmatch(r"[0-9a-f-]{36}", CloudEvent(type="t", source="s", data={}).id)
    # every variant digit occurs (the two variant bits are fixed, the other two random)
    assert {text[19] for text in ids} == set("89ab")


def test_a_forked_child_does_not_repeat_the_parents_ids():
    new_event_id()  # the pool is filled before the fork
    read, write = os.pipe()
    pid = os.fork()
    if pid == 0:  # the child: its next ids go to the parent, then it exits at once
        os.close(read)
        os.write(write, ",".join(new_event_id() for _ in range(50)).encode())
        os._exit(0)
    os.close(write)
    child = os.read(read, 1 << 16).decode().split(",")
    os.close(read)
    os.waitpid(pid, 0)
    parent = [new_event_id() for _ in range(50)]
    assert len(child) == 50 and not set(child) & set(parent)
