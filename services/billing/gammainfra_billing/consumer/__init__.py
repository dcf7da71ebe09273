"""Billing's consumers: usage (exactly once), accounts (Stripe customers), lifecycle (erasure, purge)."""
