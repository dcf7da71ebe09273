"""GammaInfra metering: the exactly-once usage ledger (the `metering` PostgreSQL
schema), budgets, exports and the billing-audit replay."""
