"""The purge schedule's rules: the cutoff (now - 24 calendar months) and the id of
a day's purge run. Pure.

One run per UTC day (`purge_YYYY-MM-DD`): a scheduler that was down for days
issues today's run on start, whose cutoff covers everything the missed days
would have purged, so catching up is one run, not one per missed day.
"""

from __future__ import annotations

import calendar
from datetime import UTC, datetime

RETENTION_MONTHS = 24


def months_before(moment: datetime, months: int) -> datetime:
    """The same instant `months` calendar months earlier (day clamped to the month's end)."""
    moment = moment.astimezone(UTC)
    index = moment.year * 12 + (moment.month - 1) - months
    year, month = divmod(index, 12)
    day = min(moment.day, calendar.monthrange(year, month + 1)[1])
    return moment.replace(year=year, month=month + 1, day=day)


def purge_cutoff(now: datetime, months: int = RETENTION_MONTHS) -> datetime:
    return months_before(now, months)


def purge_id_for(now: datetime) -> str:
    return "purge_" + now.astimezone(UTC).strftime("%Y-%m-%d")
