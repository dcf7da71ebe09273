"""What the gateway does for billing, as the edge and never the owner:

- `state.py`: consumes billing.account_state.v1 into `gateway.billing_state`
  (newest version wins) and evicts the account's cached keys, so every gateway
  applies a change within milliseconds (revocation channel).
- `enforce.py`: per request, from the cached principal (no extra round trip):
  suspended keys get 402 `account_suspended`; a credit account's customer limit
  for the month is its credit limit, enforced by the existing reserve-settle
  budget guard (402 before any provider call).
- `passthrough.py`: `POST /v1/account/credits/checkout`, `GET /v1/account/billing`
  and `POST /v1/billing/webhooks/stripe` forwarded to billing's internal API.
- `internal.py`: `GET /internal/accounts/{customer_id}` on the ops server
  (loopback callers only): the email and name billing passes to Stripe.
"""
