"""The HTTP call every adapter makes, and how transport failures are classified.

`post` sends one request on the gateway's shared upstream client and returns the
response for a 2xx (`read_json` then reads its body); a timeout or connection failure becomes a retriable
`UpstreamError`, and an HTTP error status is handed, with the provider's parsed
error body (or None) and headers, to the adapter's own `classify` (each provider
words its errors differently). The error body is only ever passed on to the
client, never logged.

The client is the gateway's own (`client.UpstreamClient`, the default) or aiohttp's
`ClientSession` (setting `GI_GATEWAY_UPSTREAM_CLIENT=aiohttp`, the quick fallback);
both answer with an object of the same shape (`status`, `headers.get`, `read()`,
`content.iter_any()`, `release()`) and fail with the same exception classes.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable, Mapping
from typing import Any

import aiohttp
import orjson

from .base import UpstreamError
from .client import Response as OwnResponse
from .client import UpstreamClient

Classify = Callable[[int, Any, Mapping[str, str]], UpstreamError]
Session = UpstreamClient | aiohttp.ClientSession
Response = OwnResponse | aiohttp.ClientResponse


def create_session(kind: str = "own") -> Session:
    """The process's upstream client; created inside the running loop, closed at shutdown."""
    if kind == "aiohttp":
        return aiohttp.ClientSession(connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, keepalive_timeout=30),
                                     auto_decompress=True)
    return UpstreamClient(keepalive_s=30.0)


async def post(session: Session, url: Any, data: bytes, headers: dict[str, str],
               timeout: aiohttp.ClientTimeout, classify: Classify) -> Response:
    try:
        if isinstance(session, UpstreamClient):
            response: Response = await session.post(url, data, headers, timeout)
        else:
            response = await session.post(url, data=data, headers=headers, timeout=timeout)
    except asyncio.TimeoutError as exc:
        raise UpstreamError("timeout", retriable=True) from exc
    except (aiohttp.ClientConnectionError, aiohttp.ClientPayloadError, OSError) as exc:
        raise UpstreamError("connect_error", retriable=True, message=type(exc).__name__) from exc
    if response.status >= 400:
        try:
            error_body = orjson.loads(await response.read())
        except (orjson.JSONDecodeError, aiohttp.ClientError, asyncio.TimeoutError):
            error_body = None
        finally:
            response.release()
        raise classify(response.status, error_body, response.headers)
    return response


async def read_json(response: Response) -> Any:
    """The whole JSON body of a 2xx, then the connection goes back to the pool. A
    body that times out or is not JSON is the endpoint's failure (retriable)."""
    try:
        return orjson.loads(await response.read())
    except asyncio.TimeoutError as exc:
        raise UpstreamError("timeout", retriable=True) from exc
    except (aiohttp.ClientError, orjson.JSONDecodeError) as exc:
        raise UpstreamError("upstream_server_error", retriable=True, message=type(exc).__name__) from exc
    finally:
        response.release()
