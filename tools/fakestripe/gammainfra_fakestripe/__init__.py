"""A stateful Stripe-compatible fake: a real aiohttp server speaking the subset
of Stripe's form-encoded API that GammaInfra billing uses, with Stripe's
idempotency semantics and Stripe-signed webhook deliveries. Not a mock of the
SDK: billing's real `stripe` client talks to it over HTTP."""

from .server import FakeStripeServer
from .signing import sign_payload

__all__ = ["FakeStripeServer", "sign_payload"]
