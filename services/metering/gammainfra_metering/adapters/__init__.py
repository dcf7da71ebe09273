"""What metering talks to: PostgreSQL (ledger, partitions, exports, audit) and Redis (budget counters)."""
