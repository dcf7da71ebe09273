"""Monthly budgets per customer and per API key that hold under concurrency.

Where the limits live: `gateway.accounts.monthly_budget_micro_usd` and
`gateway.api_keys.monthly_budget_micro_usd` (NULL = no limit), set by
`gammainfra budgets set`, loaded with the API key and cached with it (a change
evicts the cached keys at once through the revocation channel). What counts is
cost + platform fee, in integer micro-USD, per calendar month (UTC).

The scheme (Redis, per scope = the customer, and the API key; key names in
`gammainfra_schemas.budget_keys`):

    used = ledger + pending + reserved

- `reserved`: before calling a provider, `guard.BudgetGuard.reserve` runs ONE Lua
  script (scripts.RESERVE) that checks `used + max_cost <= limit` for both scopes
  and, only if both pass, adds a reservation of the request's maximum possible
  cost (max_cost.py) to both. Check and add are one atomic step, so N concurrent
  requests cannot all see the same headroom: the overshoot past the limit is 0 as
  long as real costs stay within their reservations (they do: the reservation is
  an upper bound). Each reservation carries an expiry, so a gateway that dies
  mid-request leaks nothing: the next script run drops it. The reservations of one
  event-loop turn go to Redis as one call of the script (coalesced.py), which
  handles them one after the other, each seeing the ones before it: the same
  check, one round trip per batch instead of per request.
- `pending`: when the request ends, SETTLE releases the reservation and records
  the real cost (price_usage of the actual usage + fee) as a pending entry keyed
  by request id. Failures settle at their real cost (0 if nothing was served).
- `ledger`: metering is the source of truth. After each ledger commit it SETs
  the month's ledger total of every scope the batch touched of every customer
  marked `active` (every reservation refreshes that marker; customers without a
  budget cost Redis nothing), never lowering it,
  and, in the same script, deletes the pending entries of exactly the requests
  that total now includes. A settlement is therefore always counted once: in
  pending until the ledger has it, then in the ledger; a settlement metering has
  not processed yet is never lost by the overwrite. Whatever the gateway's
  counters got wrong (a lost settle, a crash) is corrected by the ledger: a
  pending entry older than the pending TTL is dropped (metering must have
  counted it by then), so drift is bounded by that TTL.

Redis down, postpaid budgets: `GI_BUDGET_REDIS_FAILURE=open` (default) serves
the request without a reservation (counted in the ledger as always; the budget
may overshoot by what is spent during the outage) and counts it in
`gi_budget_checks_total{outcome="redis_error_open"}`; `closed` refuses requests of
customers or keys that have a limit with 503 `budget_unavailable` (with
`Retry-After`) until Redis is back.

Redis down, prepaid credits (billing state mode `credit`): never served
unchecked, whatever the policy. A request of such an account gets 503
`budget_unavailable` with `Retry-After` in the client API's error shape (and its
llm.requests.v1 event: status error, http_status 503), no provider call, counted
in `gi_budget_checks_total{outcome="redis_error_credit"}`. An account whose
credit limit (as billing last published it, cached with the key) is 0 has no
credit whatever Redis holds: it gets 402 `insufficient_credits` without a Redis
round trip, Redis up or down. Requests of customers and keys without limits never touch Redis here. When a
limit is first set, the first requests are checked against a ledger total of 0
until metering has seen that customer's next event (about a second): the
overshoot is bounded by what those first in-flight requests reserve.

Over the limit: HTTP 402 in the client API's error shape (OpenAI:
`insufficient_quota`/`budget_exceeded`; Anthropic: `billing_error`) and an
llm.requests.v1 event with status rejected, http_status 402, error_type
budget_exceeded.
"""
