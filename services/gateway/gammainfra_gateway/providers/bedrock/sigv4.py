"""AWS Signature Version 4 (header form) for one request: the headers botocore's
`SigV4Auth.add_auth` would give it, without importing botocore (issue 17: botocore and
what it pulls in cost the gateway ~7.6 MB of RSS). Tests compare the two.

Owns `AwsCredentials` and `sign`. Pure: the time is an argument; no I/O, no logging
(botocore logs the canonical request, session token included, at DEBUG; this does not).
No secret appears in a repr or an exception message.

botocore's rules for every service but S3 (botocore/auth.py, `SigV4Auth`):
- canonical URI: the URL's path as sent (already percent-encoded), empty and dot
  segments removed, then percent-encoded once more keeping "/" and "~": a model id's
  `%3A` is signed as `%253A`;
- canonical query: the URL's raw `name=value` pairs, sorted, not re-encoded;
- signed headers: every header but the hop-by-hop and tracing ones in `_UNSIGNED`,
  names lowercased, plus `host` from the URL (lowercase, port only when not the
  scheme's default) unless a Host header is given; values trimmed with inner runs of
  whitespace made one space; headers whose names differ only in case joined by ",";
- payload hash: SHA-256 of the body, or the X-Amz-Content-SHA256 header if given;
- date: X-Amz-Date `YYYYMMDDTHHMMSSZ` (UTC); if a Date header is given instead, it is
  rewritten to the signing time and no X-Amz-Date is added;
- a session token goes in X-Amz-Security-Token (signed), replacing any given one; a
  given Authorization is replaced. New headers are appended in that order.
"""

from __future__ import annotations

import calendar
import hashlib
import hmac
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from email.utils import formatdate
from urllib.parse import quote, urlsplit

__all__ = ["AwsCredentials", "sign"]

ALGORITHM = "AWS4-HMAC-SHA256"
# botocore's SIGNED_HEADERS_BLACKLIST: headers a proxy or the HTTP client may change.
_UNSIGNED = frozenset({"baggage", "connection", "expect", "keep-alive", "proxy-authenticate",
                       "proxy-authorization", "te", "traceparent", "tracestate", "trailer",
                       "transfer-encoding", "upgrade", "user-agent", "x-amzn-trace-id"})
_DEFAULT_PORTS = {"http": 80, "https": 443}


@dataclass(frozen=True, slots=True)
class AwsCredentials:
    access_key: str
    secret_key: str = field(repr=False)
    token: str | None = field(default=None, repr=False)


def _without(headers: list[tuple[str, str]], *names: str) -> list[tuple[str, str]]:
    return [(name, value) for name, value in headers if name.lower() not in names]


def _has(headers: list[tuple[str, str]], name: str) -> bool:
    return any(n.lower() == name for n, _ in headers)


def _remove_dot_segments(path: str) -> str:
    # botocore.utils.normalize_url_path: RFC 3986 5.2.4, and empty segments dropped.
    if not path:
        return "/"
    segments: list[str] = []
    for segment in path.split("/"):
        if segment == "..":
            if segments:
                segments.pop()
        elif segment and segment != ".":
            segments.append(segment)
    first = "/" if path[0] == "/" else ""
    last = "/" if path[-1] == "/" and segments else ""
    return first + "/".join(segments) + last


def _canonical_query(query: str) -> str:
    pairs = sorted(pair.partition("=")[::2] for pair in query.split("&")) if query else []
    return "&".join(f"{name}={value}" for name, value in pairs)


def _host(url: str) -> str:
    parts = urlsplit(url)
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    if parts.port is not None and parts.port != _DEFAULT_PORTS.get(parts.scheme):
        host = f"{host}:{parts.port}"
    return host


def _hmac(key: bytes, message: str) -> bytes:
    return hmac.new(key, message.encode(), hashlib.sha256).digest()


def _canonical_request(method: str, url: str, headers: list[tuple[str, str]],
                       body: bytes) -> tuple[str, str]:
    """The canonical request and its SignedHeaders value."""
    parts = urlsplit(url)
    to_sign = [(name.lower(), value) for name, value in headers if name.lower() not in _UNSIGNED]
    if not any(name == "host" for name, _ in to_sign):
        to_sign.append(("host", _host(url)))
    names = set(name for name, _ in to_sign)
    canonical_headers = "\n".join(
        f"{key}:" + ",".join(" ".join(value.split()) for name, value in to_sign if name == key)
        for key in sorted(names))
    signed = ";".join(sorted(name.strip() for name in names))
    given_hash = [value for name, value in headers if name.lower() == "x-amz-content-sha256"]
    payload_hash = given_hash[0] if given_hash else hashlib.sha256(body).hexdigest()
    return "\n".join([method.upper(), quote(_remove_dot_segments(parts.path), safe="/~"),
                      _canonical_query(parts.query), canonical_headers + "\n", signed, payload_hash]), signed


def sign(*, method: str, url: str, headers: Mapping[str, str], body: bytes, credentials: AwsCredentials,
         region: str, service: str, now: float) -> dict[str, str]:
    """`headers` with the SigV4 headers for sending `body` to `url` (percent-encoded as it
    will be sent) at `now` (seconds since the epoch)."""
    moment = time.gmtime(now)
    timestamp = time.strftime("%Y%m%dT%H%M%SZ", moment)
    out = _without(list(headers.items()), "authorization")
    if _has(out, "date"):
        out = _without(out, "date", "x-amz-date") + [("Date", formatdate(calendar.timegm(moment)))]
    else:
        out = _without(out, "x-amz-date") + [("X-Amz-Date", timestamp)]
    if credentials.token:
        out = _without(out, "x-amz-security-token") + [("X-Amz-Security-Token", credentials.token)]
    canonical, signed = _canonical_request(method, url, out, body)
    scope = f"{timestamp[:8]}/{region}/{service}/aws4_request"
    string_to_sign = "\n".join([ALGORITHM, timestamp, scope, hashlib.sha256(canonical.encode()).hexdigest()])
    key = f"AWS4{credentials.secret_key}".encode()
    for part in (timestamp[:8], region, service, "aws4_request"):
        key = _hmac(key, part)
    signature = hmac.new(key, string_to_sign.encode(), hashlib.sha256).hexdigest()
    out.append(("Authorization", f"{ALGORITHM} Credential={credentials.access_key}/{scope}, "
                                 f"SignedHeaders={signed}, Signature={signature}"))
    return dict(out)
