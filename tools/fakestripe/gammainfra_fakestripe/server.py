"""The fake's HTTP server: Stripe's routes that billing uses plus a `/_fake/`
admin API for tests.

Stripe routes (form-encoded like Stripe's, `Authorization: Bearer sk_...` required):
  POST /v1/customers, GET|POST|DELETE /v1/customers/{id}
  POST /v1/invoiceitems
  POST /v1/invoices, GET /v1/invoices?customer=, GET /v1/invoices/{id},
  POST /v1/invoices/{id}/finalize, POST /v1/invoices/{id}/pay
  POST /v1/checkout/sessions, GET /v1/checkout/sessions/{id}
Admin:
  GET  /_fake/requests           every API request received: method, path, form pairs, idempotency key, status
  POST /_fake/reset              forget everything
  POST /_fake/faults             {"hang": "<substring of a path>"}: such requests wait until the fault is cleared
  DELETE /_fake/faults
  POST /_fake/checkout/{id}/complete    marks the session paid and delivers a signed checkout.session.completed
  POST /_fake/invoices/{id}/payment     {"succeed": bool}: pays (invoice.paid) or fails (invoice.payment_failed)
  POST /_fake/deliver            {"type", "object"}: delivers any event, signed
Webhook deliveries go to `webhook_url`, signed with `webhook_secret` exactly as Stripe signs.
"""

from __future__ import annotations

import asyncio
import hashlib
import json

import aiohttp
from aiohttp import web

from .forms import decode_form
from .idempotency import IdempotencyStore
from .signing import sign_payload
from .state import FakeState, StripeError


class FakeStripe:
    def __init__(self, *, webhook_url: str | None = None, webhook_secret: str = "whsec_local_fake") -> None:
        self.state = FakeState()
        self.idempotency = IdempotencyStore()
        self.requests: list[dict] = []
        self.hang: str | None = None
        self._released = asyncio.Event()
        self.webhook_url = webhook_url
        self.webhook_secret = webhook_secret
        self.deliveries: list[dict] = []

    # -- Stripe API --------------------------------------------------------------
    async def api(self, request: web.Request) -> web.Response:
        auth = request.headers.get("Authorization", "")
        if not auth.startswith("Bearer sk_"):
            return _json(401, {"error": {"type": "invalid_request_error", "message": "Invalid API Key provided."}})
        api_key = auth[7:]
        pairs = list((await request.post()).items()) if request.method == "POST" else list(request.query.items())
        key = request.headers.get("Idempotency-Key")
        record = {"method": request.method, "path": request.path, "pairs": [[k, str(v)] for k, v in pairs],
                  "idempotency_key": key, "status": None}
        self.requests.append(record)
        if self.hang and self.hang in request.path:
            await self._released.wait()
        fingerprint = hashlib.sha256(json.dumps([request.method, request.path, sorted(pairs)]).encode()).hexdigest()
        if key and request.method in ("POST", "DELETE"):
            seen = self.idempotency.lookup(api_key, key, fingerprint)
            if seen == "mismatch":
                record["status"] = 400
                return _json(400, {"error": {"type": "idempotency_error", "message":
                             "Keys for idempotent requests can only be used with the same parameters they were "
                             "first used with."}})
            if seen is not None:
                record["status"] = seen[0]
                return web.Response(status=seen[0], body=seen[1], content_type="application/json",
                                    headers={"Idempotent-Replayed": "true"})
        try:
            status, body = 200, self._dispatch(request, decode_form(pairs))
        except StripeError as exc:
            status, body = exc.status, exc.body()
        raw = json.dumps(body).encode()
        if key and request.method in ("POST", "DELETE") and status < 500:
            self.idempotency.remember(api_key, key, fingerprint, status, raw)
        record["status"] = status
        return web.Response(status=status, body=raw, content_type="application/json")

    def _dispatch(self, request: web.Request, p: dict) -> dict:
        s, m, parts = self.state, request.method, request.path.strip("/").split("/")[1:]
        match (m, parts):
            case ("POST", ["customers"]):
                return s.create_customer(p)
            case ("GET", ["customers", cid]):
                return s.customer(cid)
            case ("POST", ["customers", cid]):
                return s.update_customer(cid, p)
            case ("DELETE", ["customers", cid]):
                return s.delete_customer(cid)
            case ("POST", ["invoiceitems"]):
                return s.create_invoice_item(p)
            case ("POST", ["invoices"]):
                return s.create_invoice(p)
            case ("GET", ["invoices"]):
                return s.list_invoices(p.get("customer"))
            case ("GET", ["invoices", iid]):
                return s.render_invoice(s.invoice(iid))
            case ("POST", ["invoices", iid, "finalize"]):
                return s.finalize_invoice(iid)
            case ("POST", ["invoices", iid, "pay"]):
                return s.pay_invoice(iid)
            case ("POST", ["checkout", "sessions"]):
                return s.create_session(p)
            case ("GET", ["checkout", "sessions", sid]):
                return s.session(sid)
        raise StripeError(404, "invalid_request_error", f"Unrecognized request URL ({m}: {request.path}).")

    # -- webhooks ----------------------------------------------------------------
    async def deliver(self, type_: str, obj: dict, *, url: str | None = None, secret: str | None = None) -> dict:
        event = self.state.event(type_, obj)
        payload = json.dumps(event).encode()
        header = sign_payload(payload, secret or self.webhook_secret)
        target = url or self.webhook_url
        if target is None:
            raise RuntimeError("no webhook_url configured")
        async with aiohttp.ClientSession() as http:
            async with http.post(target, data=payload, headers={"Stripe-Signature": header,
                                                                "Content-Type": "application/json"}) as resp:
                status = resp.status
        delivery = {"event_id": event["id"], "type": type_, "status": status, "payload": payload.decode(),
                    "signature": header}
        self.deliveries.append(delivery)
        return delivery

    # -- admin ---------------------------------------------------------------------
    async def admin(self, request: web.Request) -> web.Response:
        parts = request.path.strip("/").split("/")[1:]
        body = await request.json() if request.can_read_body else {}
        try:
            match (request.method, parts):
                case ("GET", ["requests"]):
                    return _json(200, self.requests)
                case ("POST", ["reset"]):
                    self.__init__(webhook_url=self.webhook_url, webhook_secret=self.webhook_secret)
                    return _json(200, {"reset": True})
                case ("POST", ["faults"]):
                    self.set_hang(body.get("hang"))
                    return _json(200, {"hang": self.hang})
                case ("DELETE", ["faults"]):
                    self.set_hang(None)
                    return _json(200, {"hang": None})
                case ("POST", ["checkout", sid, "complete"]):
                    return _json(200, await self.complete_checkout(sid, url=body.get("webhook_url")))
                case ("POST", ["invoices", iid, "payment"]):
                    return _json(200, await self.attempt_payment(iid, bool(body.get("succeed", True)),
                                                                 url=body.get("webhook_url")))
                case ("POST", ["deliver"]):
                    return _json(200, await self.deliver(body["type"], body["object"], url=body.get("webhook_url")))
                case ("GET", ["hosted", iid]) | ("GET", ["checkout", iid]):
                    return web.Response(text=f"fake Stripe page for {iid}\n")
        except StripeError as exc:
            return _json(exc.status, exc.body())
        return _json(404, {"error": "unknown admin route"})

    def set_hang(self, path_part: str | None) -> None:
        self.hang = path_part
        if path_part is None:
            self._released.set()
            self._released = asyncio.Event()

    async def complete_checkout(self, sid: str, *, url: str | None = None) -> dict:
        session = self.state.session(sid)
        session.update(status="complete", payment_status="paid")
        return await self.deliver("checkout.session.completed", dict(session), url=url)

    async def attempt_payment(self, iid: str, succeed: bool, *, url: str | None = None) -> dict:
        inv = self.state.invoice(iid)
        if succeed:
            inv["status"] = "paid"
        return await self.deliver("invoice.paid" if succeed else "invoice.payment_failed",
                                  self.state.render_invoice(inv), url=url)


def _json(status: int, body) -> web.Response:
    return web.Response(status=status, body=json.dumps(body).encode(), content_type="application/json")


def create_app(fake: FakeStripe) -> web.Application:
    app = web.Application()
    app.router.add_route("*", "/v1/{tail:.*}", fake.api)
    app.router.add_route("*", "/_fake/{tail:.*}", fake.admin)
    async def healthz(_request: web.Request) -> web.Response:
        return _json(200, {"status": "ok"})

    app.router.add_get("/healthz", healthz)
    return app


class FakeStripeServer:
    """`async with FakeStripeServer(port=0, webhook_url=...) as stripe:` -> `stripe.url` (the api_base)."""

    def __init__(self, *, host: str = "127.0.0.1", port: int = 0, webhook_url: str | None = None,
                 webhook_secret: str = "whsec_local_fake") -> None:
        self.fake = FakeStripe(webhook_url=webhook_url, webhook_secret=webhook_secret)
        self._host, self._requested_port = host, port
        self._runner: web.AppRunner | None = None
        self.port: int | None = None

    @property
    def url(self) -> str:
        return f"http://{self._host}:{self.port}"

    async def start(self) -> "FakeStripeServer":
        self._runner = web.AppRunner(create_app(self.fake), access_log=None, handle_signals=False)
        await self._runner.setup()
        await web.TCPSite(self._runner, self._host, self._requested_port).start()
        self.port = self._runner.addresses[0][1]
        self.fake.state.base_url = self.url
        return self

    async def stop(self) -> None:
        self.fake.set_hang(None)
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def __aenter__(self) -> "FakeStripeServer":
        return await self.start()

    async def __aexit__(self, *exc) -> None:
        await self.stop()
