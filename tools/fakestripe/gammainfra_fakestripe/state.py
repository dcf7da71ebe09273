"""The fake's Stripe objects, in memory: customers, invoice items, invoices,
checkout sessions, events. Amounts are integer cents as in Stripe's API.

Raises `StripeError(status, type, message, code)` where Stripe would answer an error."""

from __future__ import annotations

import itertools
import secrets
import time
from dataclasses import dataclass, field


class StripeError(Exception):
    def __init__(self, status: int, type_: str, message: str, code: str | None = None, param: str | None = None):
        super().__init__(message)
        self.status, self.type, self.message, self.code, self.param = status, type_, message, code, param

    def body(self) -> dict:
        error = {"type": self.type, "message": self.message}
        if self.code:
            error["code"] = self.code
        if self.param:
            error["param"] = self.param
        return {"error": error}


def _id(prefix: str) -> str:
    return f"{prefix}_{secrets.token_hex(12)}"


def _int(value, param: str) -> int:
    try:
        return int(value)
    except (TypeError, ValueError):
        raise StripeError(400, "invalid_request_error", f"Invalid integer: {value}", "parameter_invalid_integer",
                          param) from None


@dataclass
class FakeState:
    base_url: str = "http://127.0.0.1"
    customers: dict[str, dict] = field(default_factory=dict)
    invoice_items: dict[str, dict] = field(default_factory=dict)
    invoices: dict[str, dict] = field(default_factory=dict)
    sessions: dict[str, dict] = field(default_factory=dict)
    events: list[dict] = field(default_factory=list)
    _numbers: itertools.count = field(default_factory=lambda: itertools.count(1))

    # -- customers -------------------------------------------------------------
    def create_customer(self, p: dict) -> dict:
        c = {"id": _id("cus"), "object": "customer", "created": int(time.time()), "email": p.get("email"),
             "name": p.get("name"), "metadata": p.get("metadata", {}), "livemode": False, "currency": None}
        self.customers[c["id"]] = c
        return c

    def customer(self, cid: str) -> dict:
        c = self.customers.get(cid)
        if c is None:
            raise StripeError(404, "invalid_request_error", f"No such customer: '{cid}'", "resource_missing", "id")
        return c

    def update_customer(self, cid: str, p: dict) -> dict:
        c = self.customer(cid)
        if c.get("deleted"):
            raise StripeError(404, "invalid_request_error", f"No such customer: '{cid}'", "resource_missing", "id")
        for name in ("email", "name"):
            if name in p:
                c[name] = p[name] or None
        c["metadata"].update(p.get("metadata", {}))
        return c

    def delete_customer(self, cid: str) -> dict:
        c = self.customer(cid)
        if c.get("deleted"):
            raise StripeError(404, "invalid_request_error", f"No such customer: '{cid}'", "resource_missing", "id")
        # Stripe keeps only the id of a deleted customer; so does the fake.
        self.customers[cid] = {"id": cid, "object": "customer", "deleted": True}
        return {"id": cid, "object": "customer", "deleted": True}

    # -- invoice items and invoices ----------------------------------------------
    def create_invoice_item(self, p: dict) -> dict:
        customer = self.customer(p.get("customer", ""))
        invoice_id = p.get("invoice")
        if invoice_id is not None and self.invoice(invoice_id)["status"] != "draft":
            raise StripeError(400, "invalid_request_error", "Invoice is not a draft.", "invoice_not_editable")
        item = {"id": _id("ii"), "object": "invoiceitem", "customer": customer["id"], "invoice": invoice_id,
                "amount": _int(p.get("amount"), "amount"), "currency": p.get("currency", "usd"),
                "description": p.get("description"), "metadata": p.get("metadata", {}), "date": int(time.time())}
        self.invoice_items[item["id"]] = item
        return item

    def create_invoice(self, p: dict) -> dict:
        customer = self.customer(p.get("customer", ""))
        number = next(self._numbers)
        inv = {"id": _id("in"), "object": "invoice", "customer": customer["id"], "status": "draft",
               "currency": p.get("currency", "usd"), "metadata": p.get("metadata", {}),
               "auto_advance": p.get("auto_advance") == "true",
               "collection_method": p.get("collection_method", "charge_automatically"),
               "number": None, "hosted_invoice_url": None, "created": int(time.time()), "_number": number}
        self.invoices[inv["id"]] = inv
        if p.get("pending_invoice_items_behavior") != "exclude":
            for item in self.invoice_items.values():
                if item["customer"] == customer["id"] and item["invoice"] is None:
                    item["invoice"] = inv["id"]
        return self.render_invoice(inv)

    def invoice(self, iid: str) -> dict:
        inv = self.invoices.get(iid)
        if inv is None:
            raise StripeError(404, "invalid_request_error", f"No such invoice: '{iid}'", "resource_missing", "id")
        return inv

    def render_invoice(self, inv: dict) -> dict:
        items = [i for i in self.invoice_items.values() if i["invoice"] == inv["id"]]
        total = sum(i["amount"] for i in items)
        paid = inv["status"] == "paid"
        out = {k: v for k, v in inv.items() if not k.startswith("_")}
        out.update({"subtotal": total, "total": total, "amount_due": total, "amount_paid": total if paid else 0,
                    "amount_remaining": 0 if paid else total,
                    "lines": {"object": "list", "has_more": False, "url": f"/v1/invoices/{inv['id']}/lines",
                              "data": [{"id": f"il_{i['id'][3:]}", "object": "line_item", "amount": i["amount"],
                                        "currency": i["currency"], "description": i["description"],
                                        "metadata": i["metadata"]} for i in items]}})
        return out

    def finalize_invoice(self, iid: str) -> dict:
        inv = self.invoice(iid)
        if inv["status"] != "draft":
            raise StripeError(400, "invalid_request_error", "This invoice is already finalized.",
                              "invoice_not_editable")
        inv["status"] = "open"
        inv["number"] = f"GI-{inv['_number']:06d}"
        inv["hosted_invoice_url"] = f"{self.base_url}/_fake/hosted/{iid}"
        return self.render_invoice(inv)

    def pay_invoice(self, iid: str) -> dict:
        inv = self.invoice(iid)
        if inv["status"] != "open":
            raise StripeError(400, "invalid_request_error", "Invoice is not open.", "invoice_not_open")
        inv["status"] = "paid"
        return self.render_invoice(inv)

    def list_invoices(self, customer: str | None) -> dict:
        data = [self.render_invoice(i) for i in self.invoices.values() if customer in (None, i["customer"])]
        return {"object": "list", "data": data, "has_more": False, "url": "/v1/invoices"}

    # -- checkout ------------------------------------------------------------------
    def create_session(self, p: dict) -> dict:
        if p.get("mode") != "payment":
            raise StripeError(400, "invalid_request_error", "Only mode=payment is faked.", param="mode")
        items = p.get("line_items") or []
        total = sum(_int(i["price_data"]["unit_amount"], "unit_amount") * _int(i.get("quantity", 1), "quantity")
                    for i in items)
        sid = "cs_test_" + secrets.token_hex(16)
        s = {"id": sid, "object": "checkout.session", "mode": "payment", "status": "open", "payment_status": "unpaid",
             "customer": p.get("customer"), "client_reference_id": p.get("client_reference_id"),
             "amount_total": total, "currency": "usd", "metadata": p.get("metadata", {}),
             "success_url": p.get("success_url"), "cancel_url": p.get("cancel_url"),
             "url": f"{self.base_url}/_fake/checkout/{sid}"}
        self.sessions[sid] = s
        return s

    def session(self, sid: str) -> dict:
        s = self.sessions.get(sid)
        if s is None:
            raise StripeError(404, "invalid_request_error", f"No such checkout.session: '{sid}'", "resource_missing")
        return s

    # -- events ----------------------------------------------------------------------
    def event(self, type_: str, obj: dict) -> dict:
        ev = {"id": _id("evt"), "object": "event", "type": type_, "api_version": "2026-10-28.endive",
              "created": int(time.time()), "livemode": False, "pending_webhooks": 1,
              "data": {"object": obj}}
        self.events.append(ev)
        return ev
