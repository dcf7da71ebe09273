"""Billing's adapters: PostgreSQL stores, Stripe, the gateway's and metering's internal APIs, Kafka."""
