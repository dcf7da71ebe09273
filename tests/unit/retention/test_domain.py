"""Retention's pure rules: the 24-month cutoff, a day's purge id, run status, and
the topic retention limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from gammainfra_common.kafka.retention_check import MAX_CUSTOMER_RETENTION_MS, allowed_retention_ms, violation
from gammainfra_retention.domain.schedule import months_before, purge_cutoff, purge_id_for
from gammainfra_retention.domain.status import COMPLETED, PENDING, STUCK, all_acked, run_status, services_view


@pytest.mark.parametrize(("now", "cutoff"), [
    ("2026-12-06T10:30:00", "2024-12-06T10:30:00"),
    ("2026-03-31T00:00:00", "2024-03-31T00:00:00"),
    ("2026-02-28T12:00:00", "2024-02-28T12:00:00"),
    ("2028-02-29T12:00:00", "2026-02-28T12:00:00"),  # no 29 February in 2026: clamped
])
def test_cutoff_is_24_calendar_months_earlier(now, cutoff):
    moment = datetime.fromisoformat(now).replace(tzinfo=UTC)
    assert purge_cutoff(moment) == datetime.fromisoformat(cutoff).replace(tzinfo=UTC)


def test_months_before_crosses_years_and_clamps_the_day():
    assert months_before(datetime(2025, 1, 31, tzinfo=UTC), 1) == datetime(2024, 12, 31, tzinfo=UTC)
    assert months_before(datetime(2025, 3, 31, tzinfo=UTC), 1) == datetime(2025, 2, 28, tzinfo=UTC)


def test_one_purge_run_per_utc_day():
    late = datetime(2026, 12, 6, 23, 59, tzinfo=UTC)
    assert purge_id_for(late) == purge_id_for(late - timedelta(hours=23)) == "purge_2026-12-06"
    assert purge_id_for(late + timedelta(minutes=2)) == "purge_2026-12-07"


def test_run_status():
    t0 = datetime(2026, 1, 1, tzinfo=UTC)
    assert run_status(completed_at=None, requested_at=t0, now=t0 + timedelta(seconds=5), timeout_s=10) == PENDING
    assert run_status(completed_at=None, requested_at=t0, now=t0 + timedelta(seconds=11), timeout_s=10) == STUCK
    assert run_status(completed_at=t0, requested_at=t0, now=t0 + timedelta(days=9), timeout_s=10) == COMPLETED
    assert all_acked(["gateway", "metering"], {"metering", "gateway", "billing"})
    assert not all_acked(["gateway", "billing"], {"gateway"})
    assert services_view(["a", "b"], {"a": {"rows_deleted": 1}}) == {
        "a": {"status": COMPLETED, "rows_deleted": 1}, "b": {"status": PENDING}}


def test_topic_retention_limits_come_from_the_contract():
    assert allowed_retention_ms("llm.requests.v1") == MAX_CUSTOMER_RETENTION_MS == 63_072_000_000
    assert allowed_retention_ms("lifecycle.v1") == 7_776_000_000
    assert allowed_retention_ms("routing.health.v1") is None  # no customer ids: not checked
    assert violation("t", "-1", 10) and "forever" in violation("t", "-1", 10)
    assert violation("t", "11", 10) and violation("t", "10", 10) is None and violation("t", None, 10) is None
