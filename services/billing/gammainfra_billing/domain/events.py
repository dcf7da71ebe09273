"""The data of the events billing publishes (metadata only: ids, amounts, periods,
states; never an email, a name, a card or an address).

- billing.invoices.v1: invoice.created / finalized / paid / payment_failed.
- billing.account_state.v1: the account's billing state the gateway enforces
  (mode, this month's credit limit, suspension), versioned per customer so the
  gateway keeps only the newest.
"""

from __future__ import annotations

from datetime import datetime

from gammainfra_common.kafka.cloudevents import rfc3339

from .money import cents_half_up
from .periods import Period

INVOICES_SOURCE = "/gammainfra/billing"
INVOICES_SCHEMA = "https://gammainfra.com/schemas/billing.invoices.v1/v1.schema.json"
STATE_SCHEMA = "https://gammainfra.com/schemas/billing.account_state.v1/v1.schema.json"
PROVIDERS = {"openai", "anthropic", "google", "mistral", "groq", "deepseek", "xai", "bedrock"}
STRIPE_STATUS = {"created": "draft", "finalized": "open", "paid": "paid", "payment_failed": "open"}
SUSPENSION_REASON = "invoice_payment_failed"


def invoice_event(kind: str, *, invoice: dict, model_lines: list[dict], at: datetime) -> dict:
    """`invoice` has invoice_id, customer_id, period, stripe_invoice_id, amount_micro_usd,
    platform_fee_micro_usd, amount_cents; `model_lines` per (model, provider): prompt and
    completion tokens and the charge (managed cost + every platform fee)."""
    period = Period.parse(invoice["period"])
    return {
        "type": f"invoice.{kind}", "invoice_id": invoice["invoice_id"], "customer_id": invoice["customer_id"],
        "stripe_invoice_id": invoice["stripe_invoice_id"], "period_start": rfc3339(period.start),
        "period_end": rfc3339(period.end), "currency": "usd", "status": STRIPE_STATUS[kind],
        "amount_micro_usd": invoice["amount_micro_usd"], "platform_fee_micro_usd": invoice["platform_fee_micro_usd"],
        "amount_due_cents": invoice["amount_cents"],
        "line_items": [{"model": m["model"], "provider": m["provider"], "prompt_tokens": m["prompt_tokens"],
                        "completion_tokens": m["completion_tokens"], "amount_micro_usd": m["amount_micro_usd"]}
                       for m in model_lines if m["provider"] in PROVIDERS],
        "occurred_at": rfc3339(at),
    }


def account_state_event(*, customer_id: str, mode: str, credit_limit_micro_usd: int | None,
                        credit_month: str | None, suspended: bool,
                        version: int, at: datetime) -> dict:
    return {"type": "account_state.changed", "customer_id": customer_id, "mode": mode,
            "credit_limit_micro_usd": credit_limit_micro_usd, "credit_month": credit_month,
            "suspended": suspended,
            "suspension_reason": SUSPENSION_REASON if suspended else None, "version": version,
            "occurred_at": rfc3339(at)}


__all__ = ["account_state_event", "cents_half_up", "invoice_event"]
