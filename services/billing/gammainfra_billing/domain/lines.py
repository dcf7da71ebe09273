"""Invoice lines from the usage frozen into one invoice. Pure and deterministic:
the same usage always gives the same lines with the same keys (the keys are
part of the Stripe idempotency keys, so a re-run creates nothing new).

Per usage month (the invoice's own period, or an earlier month whose events
arrived after it was invoiced: an adjustment):
- `usage:<model>:<provider>`: managed requests' provider cost, with token counts;
- `byok_fee:<model>:<provider>`: the platform fee of BYOK requests (their
  provider cost is billed to the customer by the provider directly);
- `platform_fee`: the platform fee of all managed requests.
Adjustment lines carry the prefix `adj:<YYYY-MM>:`. Each line is rounded to
cents once (money.cents_half_up).
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass

from .money import cents_half_up


@dataclass(frozen=True, slots=True)
class UsageGroup:
    """Usage of one invoice aggregated by (usage month, model, provider, byok)."""

    usage_period: str
    model: str
    provider: str
    byok: bool
    requests: int
    prompt_tokens: int
    completion_tokens: int
    cost_micro_usd: int
    platform_fee_micro_usd: int


@dataclass(frozen=True, slots=True)
class InvoiceLine:
    line_key: str
    kind: str
    usage_period: str
    model: str | None
    provider: str | None
    requests: int
    prompt_tokens: int
    completion_tokens: int
    amount_micro_usd: int
    amount_cents: int
    description: str


def build_lines(period: str, groups: Iterable[UsageGroup]) -> list[InvoiceLine]:
    lines: list[InvoiceLine] = []
    fee_totals: dict[str, list[int]] = {}  # usage month -> [requests, fee]
    for g in sorted(groups, key=lambda g: (g.usage_period, g.model, g.provider, g.byok)):
        prefix = "" if g.usage_period == period else f"adj:{g.usage_period}:"
        label = "" if g.usage_period == period else f"Adjustment for {g.usage_period}: "
        tokens = f"{g.prompt_tokens:,} input + {g.completion_tokens:,} output tokens, {g.requests:,} requests"
        if g.byok:
            lines.append(_line(f"{prefix}byok_fee:{g.model}:{g.provider}", "byok_fee", g, g.platform_fee_micro_usd,
                               f"{label}{g.model} via {g.provider} (your own key), platform fee: {tokens}"))
        else:
            lines.append(_line(f"{prefix}usage:{g.model}:{g.provider}", "usage", g, g.cost_micro_usd,
                               f"{label}{g.model} via {g.provider}: {tokens}"))
            acc = fee_totals.setdefault(g.usage_period, [0, 0])
            acc[0] += g.requests
            acc[1] += g.platform_fee_micro_usd
    for usage_period, (requests, fee) in sorted(fee_totals.items()):
        prefix = "" if usage_period == period else f"adj:{usage_period}:"
        label = "" if usage_period == period else f"Adjustment for {usage_period}: "
        lines.append(InvoiceLine(f"{prefix}platform_fee", "platform_fee", usage_period, None, None, requests, 0, 0,
                                 fee, cents_half_up(fee), f"{label}Platform fee on managed requests"))
    return lines


def _line(key: str, kind: str, g: UsageGroup, micro: int, description: str) -> InvoiceLine:
    return InvoiceLine(key, kind, g.usage_period, g.model, g.provider, g.requests, g.prompt_tokens,
                       g.completion_tokens, micro, cents_half_up(micro), description)
