"""GammaInfra billing: usage -> Stripe customers and invoices (the `billing`
PostgreSQL schema), Stripe webhooks, billing.invoices.v1 events."""
