"""The gateway's own HTTP/1.1 client for provider calls (see `pool`)."""

from .connection import BodyIncomplete, ConnectionClosed, Headers, MalformedResponse
from .pool import Response, UpstreamClient

__all__ = ["BodyIncomplete", "ConnectionClosed", "Headers", "MalformedResponse", "Response", "UpstreamClient"]
