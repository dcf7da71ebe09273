"""The console adds no authority and no attack surface (issue 15, item 5): every
response under /console carries a strict Content-Security-Policy and the other
security headers, the files hold no inline script and name no other origin, and no
response of the console or of the API ever sets a cookie."""

from __future__ import annotations

import re

import pytest

from gammainfra_gateway.console.assets import asset_files
from tests.integration.accounts.conftest import bearer, sign_up

pytestmark = pytest.mark.integration

# Namespaces inside SVG markup are identifiers, not requests.
XML_NAMESPACES = {"http://www.w3.org/2000/svg"}
ABSOLUTE_URL = re.compile(r"(?:https?:)?//[A-Za-z0-9.-]+\.[A-Za-z]{2,}[^\s\"'`)]*")


def csp_directives(header: str) -> dict[str, list[str]]:
    directives = {}
    for part in header.split(";"):
        if part.strip():
            name, *values = part.split()
            directives[name.lower()] = values
    return directives


def assert_console_headers(path: str, headers) -> None:
    assert "set-cookie" not in {h.lower() for h in headers}, path
    csp = csp_directives(headers.get("Content-Security-Policy", ""))
    assert csp.get("default-src") == ["'self'"], (path, csp)
    assert csp.get("script-src") == ["'self'"], (path, csp)
    assert csp.get("style-src") == ["'self'"], (path, csp)
    assert csp.get("connect-src") == ["'self'"], (path, csp)
    for directive, value in {"object-src": ["'none'"], "base-uri": ["'none'"],
                             "frame-ancestors": ["'none'"], "form-action": ["'self'"]}.items():
        assert csp.get(directive) == value, (path, directive, csp)
    flat = " ".join(v for values in csp.values() for v in values)
    assert "unsafe" not in flat and "*" not in flat and "data:" not in flat, (path, csp)
    assert headers.get("X-Content-Type-Options") == "nosniff", path
    assert headers.get("X-Frame-Options") == "DENY", path
    assert headers.get("Referrer-Policy") == "no-referrer", path
    assert headers.get("Cross-Origin-Opener-Policy") == "same-origin", path


def console_paths() -> list[str]:
    names = sorted(asset_files())
    assert "index.html" in names and "app.js" in names and len(names) >= 10, names
    paths = ["/console", "/console/", "/console/nope.js", "/console/pages/nope/../../nope.js"]
    for name in names:
        paths += [f"/console/{name}", f"/console/{name}?v=0", f"/console/{name}?v=stale"]
    return paths


async def test_every_console_response_has_the_security_headers_and_no_cookie(gateway, http):
    origin = gateway.base_url.removesuffix("/v1")
    statuses = {}
    for path in console_paths():
        async with http.get(origin + path, allow_redirects=False) as resp:
            await resp.read()
            statuses[path] = resp.status
            assert_console_headers(path, resp.headers)
    assert statuses["/console"] == 308 and statuses["/console/"] == 200
    assert statuses["/console/nope.js"] == 404 and statuses["/console/app.js"] == 200
    # A dot-dot path is normalised out of /console before routing: nothing outside the
    # allowlist is servable, and what answers is the API's plain 404.
    for escape in ("/console/%2e%2e/app.py", "/console/../gammainfra_gateway/app.py", "/console/..%2fapp.py"):
        async with http.get(origin + escape, allow_redirects=False) as resp:
            assert resp.status == 404, escape
            assert b"import" not in await resp.read()
            assert "set-cookie" not in {h.lower() for h in resp.headers}, escape


async def test_console_files_have_no_inline_script_and_no_other_origin():
    for name, path in asset_files().items():
        text = path.read_text()
        if name.endswith(".html"):
            scripts = re.findall(r"<script\b([^>]*)>(.*?)</script>", text, flags=re.S | re.I)
            assert scripts and all("src=" in attrs and not body.strip() for attrs, body in scripts), name
            assert not re.search(r"\son[a-z]+\s*=", text, flags=re.I), f"inline event handler in {name}"
            assert not re.search(r"\sstyle\s*=", text, flags=re.I), f"inline style in {name}"
            assert "javascript:" not in text.lower(), name
        foreign = set(ABSOLUTE_URL.findall(text)) - XML_NAMESPACES
        assert not foreign, (name, foreign)
        if name.endswith(".js"):
            assert not re.search(r"\b(localStorage|sessionStorage|document\.cookie|eval)\s*[.(\[=]", text), name


async def test_no_api_response_sets_a_cookie(gateway, http):
    account = await sign_up(http, gateway)
    key, api = account["api_key"], gateway.base_url
    calls = [  # (method, path, body, key, the status it must get)
        ("POST", "/account/signup", {"email": "not-an-email"}, None, 400),
        ("GET", "/account", None, key, 200),
        ("GET", "/account", None, None, 401),
        ("GET", "/account", None, "gi-nope-nope", 401),
        ("GET", "/account/keys", None, key, 200),
        ("POST", "/account/keys", {"name": "console"}, key, 201),
        ("GET", "/account/usage", None, key, 200),
        ("GET", "/account/usage?from=2026-13-01", None, key, 400),
        ("GET", "/account/requests?limit=5", None, key, 200),
        ("GET", "/account/requests?cursor=x", None, key, 400),
        ("GET", "/account/byok", None, key, 200),
        ("GET", "/account/export?format=ndjson", None, key, 200),
        ("GET", "/models", None, key, 200),
        ("POST", "/chat/completions", {"model": "gpt-4o-mini",
                                       "messages": [{"role": "user", "content": "hi"}]}, key, 200),
        ("POST", "/chat/completions", {"model": "gpt-4o-mini"}, key, 400),
        ("GET", "/no-such-route", None, key, 404),
    ]
    for method, path, body, with_key, expected in calls:
        async with http.request(method, api + path, json=body,
                                headers=bearer(with_key) if with_key else {}) as resp:
            await resp.read()
            assert "set-cookie" not in {h.lower() for h in resp.headers}, (method, path, resp.status)
            # The call reached what it meant to: a success, or an error in the API's shape.
            assert resp.status == expected, (method, path, resp.status, await resp.text())
