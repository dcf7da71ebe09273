"""AWS credentials from a provider key, and SigV4 signing with botocore's signer.

A Bedrock key is `ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]` (neither part of
an AWS key contains `:`). The demo placeholder `gi-local-placeholder` (what
`build_upstreams` gives keyless endpoints when a URL template points at the fakes)
becomes dummy credentials, so requests are still signed and the fake can check it.
Guarantees: the signature is botocore's own (`SigV4Auth`, service `bedrock`), over
exactly the URL, headers and body bytes the adapter then sends; no secret appears in
an exception message. Raises `UpstreamError("upstream_auth_error")` for a malformed key.
"""

from __future__ import annotations

from botocore.auth import SigV4Auth
from botocore.awsrequest import AWSRequest
from botocore.credentials import Credentials

from gammainfra_common.settings import Secret

from ..base import UpstreamError

SERVICE = "bedrock"  # the signing name of bedrock-runtime
PLACEHOLDER = "gi-local-placeholder"


def credentials_from(key: Secret) -> Credentials:
    value = key.reveal()
    if value == PLACEHOLDER:
        return Credentials(PLACEHOLDER, PLACEHOLDER)
    parts = value.split(":")
    if len(parts) not in (2, 3) or not all(parts):
        raise UpstreamError("upstream_auth_error", retriable=True,
                            message="Bedrock key is not ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]")
    return Credentials(parts[0], parts[1], parts[2] if len(parts) == 3 else None)


def signed_headers(*, url: str, body: bytes, region: str, credentials: Credentials,
                   headers: dict[str, str]) -> dict[str, str]:
    """`headers` plus X-Amz-Date, Authorization (and X-Amz-Security-Token) for a POST of
    `body` to `url` (already percent-encoded, as it will be sent)."""
    request = AWSRequest(method="POST", url=url, data=body, headers=headers)
    SigV4Auth(credentials, SERVICE, region).add_auth(request)
    return {name: value.decode() if isinstance(value, bytes) else value for name, value in request.headers.items()}
