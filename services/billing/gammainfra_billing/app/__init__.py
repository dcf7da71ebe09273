"""Billing's service layer: closing periods, Stripe customers, credits, webhooks,
the account state the gateway enforces, erasure. Wires domain rules to adapters."""
