"""Billing's internal HTTP API (127.0.0.1:9114) and the Stripe webhook receiver."""
