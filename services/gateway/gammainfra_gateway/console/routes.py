"""`GET /console/` and its assets, with the headers that make the page safe to
open: a strict Content-Security-Policy (only this origin's own scripts and styles,
no inline code, no framing, no form posts elsewhere, no plugins), no MIME
sniffing, no referrer, no cookies (none is ever set: the API key stays in the
tab's memory, see static/api.js). Unknown console paths are a plain 404 with the
same headers."""

from __future__ import annotations

from aiohttp import web

from .assets import Asset, load_assets

CSP = ("default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self'; font-src 'self'; "
       "connect-src 'self'; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")
SECURITY_HEADERS = {
    "Content-Security-Policy": CSP,
    "X-Content-Type-Options": "nosniff",
    "Referrer-Policy": "no-referrer",
    "X-Frame-Options": "DENY",
    "Cross-Origin-Opener-Policy": "same-origin",
    "Cross-Origin-Resource-Policy": "same-origin",
    "Permissions-Policy": "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
}
IMMUTABLE = "public, max-age=31536000, immutable"
REVALIDATE = "no-cache"


def _response(status: int, body: bytes, content_type: str, cache: str) -> web.Response:
    return web.Response(status=status, body=body, headers={
        **SECURITY_HEADERS, "Content-Type": content_type, "Cache-Control": cache})


def setup_console(app: web.Application) -> None:
    version, assets = load_assets()

    async def index(_request: web.Request) -> web.Response:
        page = assets["index.html"]
        return _response(200, page.body, page.content_type, REVALIDATE)

    async def asset(request: web.Request) -> web.Response:
        name = request.match_info["name"]
        found: Asset | None = assets.get(name)
        if found is None or name == "index.html":
            return _response(404, b"Not found.\n", "text/plain; charset=utf-8", REVALIDATE)
        # Only the URL naming this exact content may be cached for good.
        cache = IMMUTABLE if request.query.get("v") == version else REVALIDATE
        return _response(200, found.body, found.content_type, cache)

    async def to_console(_request: web.Request) -> web.Response:
        # Returned, not raised: the error middleware turns raised HTTP exceptions into API errors.
        return web.Response(status=308, headers={**SECURITY_HEADERS, "Location": "/console/"})

    app.router.add_get("/console", to_console)
    app.router.add_get("/console/", index)
    app.router.add_get("/console/{name:.+}", asset)
