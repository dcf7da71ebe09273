"""Billing settings, read once from GI_* variables at start (nothing else reads os.environ).

Stripe: without `GI_STRIPE_API_KEY` billing talks to the local Stripe fake
(`GI_STRIPE_API_BASE`, default the demo stack's fake on 127.0.0.1:12111) with a
test key, and says so at start. With a key and no base, it talks to Stripe.
"""

from __future__ import annotations

from dataclasses import dataclass

from gammainfra_common.settings import Secret, Url, env_field, load_settings

LOCAL_FAKE_STRIPE = "http://127.0.0.1:12111"
FAKE_STRIPE_KEY = "sk_test_local_fake"
FAKE_WEBHOOK_SECRET = "whsec_local_fake"


@dataclass(frozen=True)
class BillingSettings:
    database_url: Url = env_field(schemes={"postgresql", "postgres"}, help="PostgreSQL DSN")
    kafka_bootstrap: str = env_field(help="Kafka bootstrap servers")
    schema: str = env_field(default="billing", env="GI_BILLING_SCHEMA", help="PostgreSQL schema of billing")
    usage_topic: str = env_field(default="llm.requests.v1", env="GI_BILLING_USAGE_TOPIC",
                                 help="usage topic consumed exactly once")
    accounts_topic: str = env_field(default="accounts.v1", env="GI_BILLING_ACCOUNTS_TOPIC",
                                    help="account lifecycle topic")
    lifecycle_topic: str = env_field(default="lifecycle.v1", env="GI_BILLING_LIFECYCLE_TOPIC",
                                     help="erasure/purge commands and acks")
    invoices_topic: str = env_field(default="billing.invoices.v1", env="GI_BILLING_INVOICES_TOPIC",
                                    help="where invoice events go")
    state_topic: str = env_field(default="billing.account_state.v1", env="GI_BILLING_STATE_TOPIC",
                                 help="where credit limits and suspensions go (the gateway acts on them)")
    group_id: str = env_field(default="billing", env="GI_BILLING_GROUP_ID", help="consumer group of the usage consumer")
    ops_host: str = env_field(default="127.0.0.1", env="GI_BILLING_OPS_HOST",
                              help="ops server bind address (0.0.0.0 in a container, so Prometheus can scrape it)")
    ops_port: int = env_field(default=9104, min=0, max=65535, env="GI_BILLING_OPS_PORT",
                              help="ops server port (/healthz, /readyz, /metrics)")
    api_host: str = env_field(default="127.0.0.1", env="GI_BILLING_API_HOST", help="bind address of the internal API")
    api_port: int = env_field(default=9114, min=0, max=65535, env="GI_BILLING_API_PORT",
                              help="internal API + Stripe webhooks port")
    batch_size: int = env_field(default=5000, min=1, max=100_000, env="GI_BILLING_BATCH_SIZE",
                                help="usage events per transaction (upper bound)")
    batch_wait_s: float = env_field(default=0.5, min=0.01, env="GI_BILLING_BATCH_WAIT_S",
                                    help="longest a usage event waits in a partial batch")
    grace_s: float = env_field(default=3 * 3600.0, min=0, env="GI_BILLING_GRACE_S",
                               help="a month closes this long after it ends (late events still land in it)")
    schedule_s: float = env_field(default=60.0, min=0.05, env="GI_BILLING_SCHEDULE_S",
                                  help="how often the scheduler checks for a period to close, suspensions, rollovers")
    suspend_after_s: float = env_field(default=7 * 86400.0, min=0, env="GI_BILLING_SUSPEND_AFTER_S",
                                       help="a failed payment suspends the account's keys after this grace")
    default_mode: str = env_field(default="postpaid", env="GI_BILLING_DEFAULT_MODE",
                                  help="billing mode of new accounts: postpaid or credit")
    accounts_api_url: Url = env_field(default="http://127.0.0.1:9101", env="GI_BILLING_ACCOUNTS_API_URL",
                                      help="the gateway's internal account read route (email, name)")
    contacts_from_gateway: bool = env_field(default=True, env="GI_BILLING_CONTACTS_FROM_GATEWAY",
                                            help="read email/name for Stripe customers from the gateway; false: "
                                                 "Stripe customers get ids only (stacks without a gateway)")
    metering_api_url: Url = env_field(default="http://127.0.0.1:9113", env="GI_BILLING_METERING_API_URL",
                                      help="metering's internal API (totals for the audit)")
    checkout_success_url: str = env_field(default="http://127.0.0.1:8080/console/credits?paid=1",
                                          env="GI_BILLING_CHECKOUT_SUCCESS_URL", help="Stripe Checkout success_url")
    checkout_cancel_url: str = env_field(default="http://127.0.0.1:8080/console/credits",
                                         env="GI_BILLING_CHECKOUT_CANCEL_URL", help="Stripe Checkout cancel_url")
    stripe_api_key: Secret | None = env_field(default=None, env="GI_STRIPE_API_KEY",
                                              help="Stripe secret key; unset: the local fake")
    stripe_api_base: Url | None = env_field(default=None, env="GI_STRIPE_API_BASE",
                                            help="Stripe API base URL (the fake or stripe-mock in tests)")
    stripe_webhook_secret: Secret | None = env_field(default=None, env="GI_STRIPE_WEBHOOK_SECRET",
                                                     help="Stripe webhook signing secret (whsec_...)")
    log_level: str = env_field(default="INFO", env="GI_LOG_LEVEL", help="DEBUG, INFO, WARNING or ERROR")

    @property
    def uses_local_fake(self) -> bool:
        return self.stripe_api_key is None

    def stripe_key(self) -> str:
        return FAKE_STRIPE_KEY if self.stripe_api_key is None else self.stripe_api_key.reveal()

    def stripe_base(self) -> str | None:
        if self.stripe_api_base is not None:
            return str(self.stripe_api_base)
        return LOCAL_FAKE_STRIPE if self.uses_local_fake else None

    def webhook_secret(self) -> str:
        if self.stripe_webhook_secret is not None:
            return self.stripe_webhook_secret.reveal()
        if self.uses_local_fake:
            return FAKE_WEBHOOK_SECRET
        raise ValueError("GI_STRIPE_WEBHOOK_SECRET is required with a real Stripe key")


def load(environ=None) -> BillingSettings:
    settings = load_settings(BillingSettings, environ)
    if settings.default_mode not in ("postpaid", "credit"):
        from gammainfra_common.settings import SettingsError
        raise SettingsError([f"GI_BILLING_DEFAULT_MODE: must be postpaid or credit, not {settings.default_mode!r}"])
    return settings
