"""Event timestamps (RFC 3339 UTC) to aware datetimes."""

from gammainfra_schemas.timestamps import parse_utc as parse_event_time

__all__ = ["parse_event_time"]
