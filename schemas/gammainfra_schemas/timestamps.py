"""The one timestamp format of every event: RFC 3339, UTC, `Z` suffix.

`jsonschema`'s own `date-time` check needs an optional package we do not depend
on (without it the format is silently *not* checked), so the check lives here and
`topics.validator_for` registers it. Guarantees: `is_rfc3339_utc` accepts exactly
`YYYY-MM-DDTHH:MM:SS[.f{1,6}]Z` with a real calendar date and time;
`format_utc` emits that form with millisecond precision (microseconds only when
the value has them), so parse -> format round-trips the examples exactly.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone

# Same text as the `pattern` of `$defs/timestamp` in every topic schema.
RFC3339_UTC_PATTERN = r"^[0-9]{4}-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}:[0-9]{2}(\.[0-9]{1,6})?Z$"
_RFC3339_UTC = re.compile(RFC3339_UTC_PATTERN)


def is_rfc3339_utc(value: object) -> bool:
    """True for a string in the event timestamp format naming a real instant."""
    if not isinstance(value, str) or not _RFC3339_UTC.match(value):
        return False
    try:
        datetime.fromisoformat(value)
    except ValueError:  # e.g. month 13 or 25:00 pass the regex but not the calendar
        return False
    return True


def parse_utc(value: str) -> datetime:
    """Parse an event timestamp into an aware UTC datetime; ValueError if malformed."""
    if not is_rfc3339_utc(value):
        raise ValueError(f"not an RFC 3339 UTC timestamp (YYYY-MM-DDTHH:MM:SS[.fff]Z): {value!r}")
    return datetime.fromisoformat(value).astimezone(timezone.utc)


def format_utc(value: datetime) -> str:
    """Format an aware datetime as the event timestamp; ValueError if naive."""
    if value.tzinfo is None or value.utcoffset() is None:
        raise ValueError("naive datetime: event timestamps must be timezone-aware (UTC)")
    utc = value.astimezone(timezone.utc)
    if utc.microsecond % 1000 == 0:
        return utc.strftime("%Y-%m-%dT%H:%M:%S.") + f"{utc.microsecond // 1000:03d}Z"
    return utc.strftime("%Y-%m-%dT%H:%M:%S.%fZ")
