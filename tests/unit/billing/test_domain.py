"""Billing's pure rules: rounding, lines, periods, idempotency keys, credit limits."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from gammainfra_billing.domain import keys
from gammainfra_billing.domain.credits import monthly_credit_limit
from gammainfra_billing.domain.lines import UsageGroup, build_lines
from gammainfra_billing.domain.money import cents_half_up, charge_of, usd_to_micro, within_rounding
from gammainfra_billing.domain.periods import Period


@pytest.mark.parametrize(("micro", "cents"), [(0, 0), (4_999, 0), (5_000, 1), (14_999, 1), (15_000, 2),
                                               (1_234_567, 123), (-5_000, -1)])
def test_cents_half_up_once(micro, cents):
    assert cents_half_up(micro) == cents


def test_money_is_integer():
    with pytest.raises(TypeError):
        cents_half_up(1.5)
    assert charge_of(1000, 50, byok=True) == 50 and charge_of(1000, 50, byok=False) == 1050
    assert usd_to_micro(12.5) == 12_500_000
    for bad in (0.001, -1, 0, 20_000, True, "5"):
        with pytest.raises(ValueError):
            usd_to_micro(bad)


def test_lines_split_managed_byok_and_fee_and_mark_adjustments():
    groups = [UsageGroup("2026-11", "openai/gpt-4o", "openai", False, 3, 3000, 300, 12_345, 617),
              UsageGroup("2026-11", "openai/gpt-4o", "openai", True, 2, 2000, 200, 8_000, 80),
              UsageGroup("2026-10", "xai/grok-3", "xai", False, 1, 10, 10, 4_000, 200)]
    lines = {line.line_key: line for line in build_lines("2026-11", groups)}
    assert set(lines) == {"usage:openai/gpt-4o:openai", "byok_fee:openai/gpt-4o:openai", "platform_fee",
                          "adj:2026-10:usage:xai/grok-3:xai", "adj:2026-10:platform_fee"}
    assert lines["byok_fee:openai/gpt-4o:openai"].amount_micro_usd == 80  # BYOK pays only the fee
    assert lines["usage:openai/gpt-4o:openai"].amount_cents == 1
    assert lines["platform_fee"].amount_micro_usd == 617
    assert lines["adj:2026-10:usage:xai/grok-3:xai"].description.startswith("Adjustment for 2026-10")
    total_micro = sum(line.amount_micro_usd for line in lines.values())
    total_cents = sum(line.amount_cents for line in lines.values())
    assert within_rounding(total_cents, total_micro, len(lines))
    assert build_lines("2026-11", reversed(groups)) == build_lines("2026-11", groups)  # deterministic


def test_periods_and_grace():
    p = Period.parse("2026-12")
    assert p.start == datetime(2026, 12, 1, tzinfo=UTC) and p.end == datetime(2027, 1, 1, tzinfo=UTC)
    assert p.previous().name == "2026-11" and p.next().name == "2027-01"
    assert p.closable_at(timedelta(hours=3)) == datetime(2027, 1, 1, 3, tzinfo=UTC)
    with pytest.raises(ValueError):
        Period.parse("2026-13")


def test_idempotency_keys_depend_on_customer_period_line_only():
    assert keys.invoice_item("c", "2026-11", "usage:m:p") == keys.invoice_item("c", "2026-11", "usage:m:p")
    assert keys.invoice_item("c", "2026-11", "a") != keys.invoice_item("c", "2026-12", "a")
    assert len(keys.invoice_item("c" * 100, "2026-11", "usage:" + "m" * 300)) <= 255


def test_credit_limit_is_what_was_left_at_month_start():
    assert monthly_credit_limit(10_000_000, 3_000_000) == 7_000_000
    assert monthly_credit_limit(1_000_000, 3_000_000) == 0
