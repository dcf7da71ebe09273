"""The billing audit's comparisons. Pure: totals keyed by tuples, compared field
by field; the report is JSON-ready and sorted (two runs print the same bytes)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping

USAGE_FIELDS = ("requests", "prompt_tokens", "completion_tokens", "cost_micro_usd", "platform_fee_micro_usd")
LINE_FIELDS = ("requests", "prompt_tokens", "completion_tokens", "amount_micro_usd")

Totals = Mapping[tuple, Mapping[str, int]]


def add(totals: dict, key: tuple, **values: int) -> None:
    acc = totals.setdefault(key, {})
    for name, value in values.items():
        acc[name] = acc.get(name, 0) + value


def usage_totals(rows: Iterable[Mapping], *, by_byok: bool = True) -> dict[tuple, dict[str, int]]:
    """rows: event data (or billing rows) with customer_id, model, provider, byok, tokens, cost, fee."""
    totals: dict[tuple, dict[str, int]] = {}
    for r in rows:
        key = (r["customer_id"], r["model"], r["provider"]) + ((bool(r["byok"]),) if by_byok else ())
        add(totals, key, requests=1, prompt_tokens=r["prompt_tokens"], completion_tokens=r["completion_tokens"],
            cost_micro_usd=r["cost_micro_usd"], platform_fee_micro_usd=r["platform_fee_micro_usd"])
    return totals


def compare(check: str, expected: Totals, actual: Totals, fields: tuple[str, ...]) -> list[dict]:
    """Every (key, field) where `actual` differs from `expected` (the replay); missing = zeros."""
    out = []
    for key in sorted(set(expected) | set(actual), key=repr):
        e, a = expected.get(key, {}), actual.get(key, {})
        for field in fields:
            if e.get(field, 0) != a.get(field, 0):
                out.append({"check": check, "key": [str(k) for k in key], "field": field,
                            "expected": e.get(field, 0), "actual": a.get(field, 0)})
    return out
