"""Calendar months (UTC) as the ledger partitions them.

A month is `(year, month)`. `finished_at` decides an event's month: the
partition bounds are `[first instant of the month, first instant of the next)`,
so 23:59:59.999999 on the last day belongs to that month and midnight to the next.
Pure functions; `month_of` trusts the schema-validated RFC 3339 `...Z` form.
"""

from __future__ import annotations

from datetime import date

Month = tuple[int, int]


def month_of(rfc3339_utc: str) -> Month:
    """The month of a validated `YYYY-MM-DDTHH:MM:SS[.f]Z` timestamp (no parsing needed)."""
    return int(rfc3339_utc[0:4]), int(rfc3339_utc[5:7])


def next_month(month: Month) -> Month:
    year, m = month
    return (year + 1, 1) if m == 12 else (year, m + 1)


def months_from(start: Month, count: int) -> list[Month]:
    """`count` consecutive months starting with `start`."""
    out = [start]
    while len(out) < count:
        out.append(next_month(out[-1]))
    return out


def month_of_date(day: date) -> Month:
    return day.year, day.month


def partition_name(table: str, month: Month) -> str:
    return f"{table}_p{month[0]:04d}_{month[1]:02d}"


def bounds(month: Month) -> tuple[str, str]:
    """Partition bounds as explicit-UTC literals (independent of the session time zone)."""
    upper = next_month(month)
    return (f"{month[0]:04d}-{month[1]:02d}-01 00:00:00+00", f"{upper[0]:04d}-{upper[1]:02d}-01 00:00:00+00")


def month_key(month: Month) -> str:
    """`YYYYMM`, the month part of the Redis budget keys."""
    return f"{month[0]:04d}{month[1]:02d}"


def month_of_instant(moment) -> Month:
    """The (UTC) month of an aware datetime."""
    return moment.year, moment.month


def months_ended_by(months, cutoff) -> list[Month]:
    """The months (from `months`) that end at or before `cutoff` (an aware UTC
    datetime): whole months the purge may drop. Sorted oldest first."""
    limit = month_of_instant(cutoff)
    # A month ends at the first instant of the next; it has ended by `cutoff` when
    # the next month starts at or before it, i.e. the month is before cutoff's month.
    return sorted(m for m in months if m < limit)
