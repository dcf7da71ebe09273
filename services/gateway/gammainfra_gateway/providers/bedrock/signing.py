"""AWS credentials from a provider key, and the SigV4 headers for a Bedrock request.

A Bedrock key is `ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]` (neither part of
an AWS key contains `:`). The demo placeholder `gi-local-placeholder` (what
`build_upstreams` gives keyless endpoints when a URL template points at the fakes)
becomes dummy credentials, so requests are still signed and the fake can check it.
Guarantees: the headers are those botocore's `SigV4Auth` (service `bedrock`) would
give (`sigv4` is our own copy of its rules; the unit tests compare the two), signed
over exactly the URL, headers and body bytes the adapter then sends; no secret appears
in an exception message. Raises `UpstreamError("upstream_auth_error")` for a malformed key.
"""

from __future__ import annotations

from gammainfra_common.settings import Secret

from ..base import UpstreamError
from .sigv4 import AwsCredentials, sign

SERVICE = "bedrock"  # the signing name of bedrock-runtime
PLACEHOLDER = "gi-local-placeholder"


def credentials_from(key: Secret) -> AwsCredentials:
    value = key.reveal()
    if value == PLACEHOLDER:
        return AwsCredentials(PLACEHOLDER, PLACEHOLDER)
    parts = value.split(":")
    if len(parts) not in (2, 3) or not all(parts):
        raise UpstreamError("upstream_auth_error", retriable=True,
                            message="Bedrock key is not ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]")
    return AwsCredentials(parts[0], parts[1], parts[2] if len(parts) == 3 else None)


def signed_headers(*, url: str, body: bytes, region: str, credentials: AwsCredentials,
                   headers: dict[str, str], now: float) -> dict[str, str]:
    """`headers` plus X-Amz-Date, Authorization (and X-Amz-Security-Token) for a POST of
    `body` to `url` (already percent-encoded, as it will be sent) at `now` (epoch seconds)."""
    return sign(method="POST", url=url, headers=headers, body=body, credentials=credentials,
                region=region, service=SERVICE, now=now)
