"""The customer's export (GDPR access and portability): everything we hold about
them, streamed as one JSON document, NDJSON or CSV. The gateway is the edge, not
the owner: its own sections (account, keys, BYOK providers, budgets) come from
its tables; request metadata and monthly totals stream from metering's internal
export API; invoices and credits from billing's (a hook until billing lands)."""
