"""Billing periods: UTC calendar months named 'YYYY-MM'.

A period [start, end) may be closed once `now >= end + grace`: events that
finish inside it but reach billing later than the grace window go on the next
invoice as adjustment lines (see lines.py).

Raises `ValueError` for a malformed period name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta

_PERIOD = re.compile(r"^(\d{4})-(0[1-9]|1[0-2])$")


@dataclass(frozen=True, order=True, slots=True)
class Period:
    year: int
    month: int

    @classmethod
    def parse(cls, name: str) -> "Period":
        match = _PERIOD.match(name)
        if not match:
            raise ValueError(f"not a period like 2026-11: {name!r}")
        return cls(int(match.group(1)), int(match.group(2)))

    @classmethod
    def of(cls, moment: datetime) -> "Period":
        moment = moment.astimezone(UTC)
        return cls(moment.year, moment.month)

    @property
    def name(self) -> str:
        return f"{self.year:04d}-{self.month:02d}"

    @property
    def start(self) -> datetime:
        return datetime(self.year, self.month, 1, tzinfo=UTC)

    @property
    def end(self) -> datetime:
        return self.next().start

    def next(self) -> "Period":
        return Period(self.year + (self.month == 12), 1 if self.month == 12 else self.month + 1)

    def previous(self) -> "Period":
        return Period(self.year - (self.month == 1), 12 if self.month == 1 else self.month - 1)

    def closable_at(self, grace: timedelta) -> datetime:
        return self.end + grace

    def __str__(self) -> str:
        return self.name
