"""Billing's pure rules: periods, rounding, invoice lines, idempotency keys, credits. No I/O."""
