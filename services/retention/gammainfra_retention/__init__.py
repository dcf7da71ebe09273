"""GammaInfra retention: the 24-month purge schedule, GDPR erasure orchestration
and the durable audit trail of both (the erased-customer list included)."""
