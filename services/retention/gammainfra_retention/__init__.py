"""GammaInfra retention: the 24-month purge/aggregation scheduler and GDPR erasure
orchestration, with their audit trail (the `retention` PostgreSQL schema)."""
