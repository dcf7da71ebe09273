"""The billing audit's comparison: per-customer totals of two ledgers.

Pure: given {customer_id: {field: int}} for the live ledger and a replay, list
every (customer, field) whose values differ, a customer missing on one side
counting as all zeros there. The report is JSON-ready and sorted, so two runs
over the same data print the same bytes.
"""

from __future__ import annotations

from collections.abc import Mapping

TOTAL_FIELDS = ("requests", "prompt_tokens", "completion_tokens", "cache_read_tokens",
                "cache_write_tokens", "cost_micro_usd", "platform_fee_micro_usd")

Totals = Mapping[str, Mapping[str, int]]


def compare_totals(live: Totals, replay: Totals) -> list[dict]:
    differences = []
    zero = dict.fromkeys(TOTAL_FIELDS, 0)
    for customer in sorted(set(live) | set(replay)):
        a, b = live.get(customer, zero), replay.get(customer, zero)
        for field in TOTAL_FIELDS:
            if a.get(field, 0) != b.get(field, 0):
                differences.append({"customer_id": customer, "field": field, "live": a.get(field, 0),
                                    "replay": b.get(field, 0), "difference": a.get(field, 0) - b.get(field, 0)})
    return differences
