"""GET /openapi.json: the gateway's OpenAPI 3.1 document (`openapi.yaml` beside
this module), describing every public route. Parsed once, served as bytes; no
key needed. The test suite runs schemathesis against it on a live gateway
(tests/integration/accounts/test_openapi_schemathesis.py)."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import orjson
import yaml
from aiohttp import web

DOCUMENT = Path(__file__).with_name("openapi.yaml")


@cache
def document_bytes() -> bytes:
    return orjson.dumps(yaml.safe_load(DOCUMENT.read_text()))


async def openapi_document(request: web.Request) -> web.Response:
    return web.Response(body=document_bytes(), content_type="application/json")
