"""Gateway settings, read once from GI_* variables at start (nothing else reads os.environ)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Literal

from gammainfra_common.settings import Secret, Url, env_field, load_settings

PROVIDERS = ("openai", "anthropic", "google", "mistral", "groq", "deepseek", "xai", "bedrock")


@dataclass(frozen=True)
class GatewaySettings:
    database_url: Url = env_field(schemes={"postgresql", "postgres"}, help="PostgreSQL DSN (gateway schema)")
    redis_url: Url = env_field(schemes={"redis", "rediss"}, help="Redis URL (rate limits, revocations, health)")
    kafka_bootstrap: str = env_field(help="Kafka bootstrap servers")
    host: str = env_field(default="127.0.0.1", env="GI_GATEWAY_HOST", help="public API bind address")
    port: int = env_field(default=8080, min=0, max=65535, env="GI_GATEWAY_PORT", help="public API port")
    ops_port: int = env_field(default=9101, min=0, max=65535, env="GI_GATEWAY_OPS_PORT",
                              help="ops server port (/healthz, /readyz, /metrics); worker N uses port+N")
    workers: int = env_field(default=1, min=1, max=64, env="GI_GATEWAY_WORKERS",
                             help="worker processes sharing the public port (SO_REUSEPORT)")
    log_level: str = env_field(default="INFO", env="GI_LOG_LEVEL", help="DEBUG, INFO, WARNING or ERROR")
    max_body_bytes: int = env_field(default=4 * 1024 * 1024, min=1024, env="GI_GATEWAY_MAX_BODY_BYTES",
                                    help="largest accepted request body")
    max_inflight: int = env_field(
        default=512, min=0, env="GI_GATEWAY_MAX_INFLIGHT",
        help="API requests one process works on at once; past it requests are shed at once with 503 + "
             "Retry-After (overload.py); 0 = no limit")
    max_inflight_per_customer: int = env_field(
        default=64, min=0, env="GI_GATEWAY_MAX_INFLIGHT_PER_CUSTOMER",
        help="requests one customer may have in flight in one process; past it 429 + Retry-After; 0 = no limit")
    shed_retry_after_s: int = env_field(default=1, min=1, max=3600, env="GI_GATEWAY_SHED_RETRY_AFTER_S",
                                        help="Retry-After (seconds) sent with a shed request's 503/429")
    idle_timeout_s: float = env_field(
        default=30.0, min=0.1, env="GI_GATEWAY_IDLE_TIMEOUT_S",
        help="a connection without a complete request for this long is closed: idle keep-alive "
             "connections and clients dribbling their headers (slowloris)")
    body_timeout_s: float = env_field(default=30.0, min=0.1, env="GI_GATEWAY_BODY_TIMEOUT_S",
                                      help="a request body not fully received this long after its headers "
                                           "gets 408 and the connection is closed")
    stream_write_timeout_s: float = env_field(
        default=30.0, min=0.1, env="GI_GATEWAY_STREAM_WRITE_TIMEOUT_S",
        help="a streaming client that accepts no bytes for this long is cut off and the provider "
             "call cancelled (half-open connections)")
    ip_hash_key: Secret | None = env_field(
        default=None, env="GI_GATEWAY_IP_HASH_KEY",
        help="key of the keyed hash (HMAC-SHA256) that replaces client IP addresses in rate-limit "
             "counters; set the same value on every gateway process so per-IP limits are shared. "
             "Unset: a random key per gateway supervisor, shared by its workers (separate gateway "
             "processes then limit on their own)")
    key_cache_ttl_s: float = env_field(default=30.0, min=0, env="GI_GATEWAY_KEY_CACHE_TTL_S",
                                       help="how long a verified API key is trusted without re-reading its row "
                                            "(bcrypt runs again only if the stored hash changed)")
    invalid_key_cache_ttl_s: float = env_field(default=300.0, min=0, env="GI_GATEWAY_INVALID_KEY_CACHE_TTL_S",
                                               help="how long a key that failed verification is remembered")
    ip_requests_per_minute: int = env_field(default=1200, min=1, env="GI_GATEWAY_IP_RPM",
                                            help="requests per minute per client IP")
    key_requests_per_minute: int = env_field(default=600, min=1, env="GI_GATEWAY_KEY_RPM",
                                             help="default requests per minute per API key")
    ratelimit_lease: int = env_field(
        default=32, min=1, env="GI_GATEWAY_RATELIMIT_LEASE",
        help="requests of quota a process first leases per bucket from Redis in a window (ratelimit/leased.py); "
             "1 asks Redis on every request")
    ratelimit_lease_max: int = env_field(
        default=256, min=1, env="GI_GATEWAY_RATELIMIT_LEASE_MAX",
        help="largest lease a busy bucket grows to (each refill in a window doubles the last); bounds the "
             "requests a process may refuse early per bucket and window")
    auth_failures_per_minute: int = env_field(default=20, min=1, env="GI_GATEWAY_AUTH_FAILURES_PER_MIN",
                                              help="failed authentications per minute per IP before 429")
    upstream_url_template: str | None = env_field(
        default=None, env="GI_UPSTREAM_URL_TEMPLATE",
        help="if set, every endpoint's origin is this with {endpoint} filled in, plus the catalog "
             "base URL's path (fake providers, tests), e.g. http://127.0.0.1:9900/{endpoint}")
    attempt_timeout_s: float = env_field(default=60.0, min=0.1, env="GI_GATEWAY_ATTEMPT_TIMEOUT_S",
                                         help="per-attempt limit until the first byte of the answer")
    connect_timeout_s: float = env_field(default=5.0, min=0.05, env="GI_GATEWAY_CONNECT_TIMEOUT_S",
                                         help="TCP/TLS connect limit per attempt")
    upstream_client: Literal["own", "aiohttp"] = env_field(
        default="own", env="GI_GATEWAY_UPSTREAM_CLIENT",
        help="HTTP client for provider calls: own (providers/client, httptools on asyncio protocols) or "
             "aiohttp (the previous client, kept as a fallback)")
    total_deadline_s: float = env_field(default=120.0, min=0.1, env="GI_GATEWAY_TOTAL_DEADLINE_S",
                                        help="limit for all attempts of one request together")
    spool_dir: Path = env_field(default=Path(".gi/spool/gateway"), env="GI_GATEWAY_SPOOL_DIR",
                                help="durable event spool; worker N uses <dir>/<N>")
    spool_max_bytes: int = env_field(default=1024 * 1024 * 1024, min=1024 * 1024,
                                     env="GI_GATEWAY_SPOOL_MAX_BYTES", help="spool bound in bytes")
    event_linger_ms: float = env_field(default=5.0, min=0, env="GI_GATEWAY_EVENT_LINGER_MS",
                                       help="after a wake-up the event sender waits this long, so the events of "
                                            "that time go to Kafka in one round (they are spooled already)")
    gc_gen0_threshold: int = env_field(default=3000, min=100, env="GI_GATEWAY_GC_GEN0_THRESHOLD",
                                       help="allocations between young-generation collections (Python's default "
                                            "is 700)")
    health_refresh_s: float = env_field(default=2.0, min=0.1, env="GI_GATEWAY_HEALTH_REFRESH_S",
                                        help="how often the health snapshot is re-read from Redis")
    health_stale_after_s: float = env_field(default=30.0, min=1, env="GI_GATEWAY_HEALTH_STALE_AFTER_S",
                                            help="a snapshot older than this is marked stale")
    metering_api_url: str = env_field(default="http://127.0.0.1:9113", env="GI_METERING_API_URL",
                                      help="metering's internal export API (the account export streams from it)")
    lifecycle_topic: str = env_field(default="lifecycle.v1", env="GI_LIFECYCLE_TOPIC",
                                     help="topic of lifecycle commands (erasure, purge) and their acks")
    lifecycle_group_id: str = env_field(default="gateway-lifecycle", env="GI_GATEWAY_LIFECYCLE_GROUP_ID",
                                        help="consumer group of the gateway's lifecycle.v1 consumer")
    health_topic: str = env_field(default="routing.health.v1", env="GI_GATEWAY_HEALTH_TOPIC",
                                  help="compacted topic a gateway builds its first snapshot from when "
                                       "Redis has none")
    catalog_version: str | None = env_field(default=None, env="GI_CATALOG_VERSION",
                                            help="catalog version to price with (default: newest)")
    classifier_min_confidence: float = env_field(
        default=0.3, min=0, max=1, env="GI_GATEWAY_CLASSIFIER_MIN_CONFIDENCE",
        help="task-label confidence below which a chat request is labelled `other` (model `auto` then uses "
             "the routing policy's general-purpose candidates)")
    signups_per_minute: int = env_field(default=5, min=1, env="GI_GATEWAY_SIGNUPS_PER_MIN",
                                        help="account sign-ups per minute per client IP")
    byok_keys: Secret | None = env_field(
        default=None, env="GI_GATEWAY_BYOK_KEYS",
        help="BYOK key-encryption keyring: kid1:base64(32 bytes),kid2:... (every id opens, the active one "
             "seals); unset disables BYOK. No default outside the local demo stack")
    byok_active_key_id: str | None = env_field(default=None, env="GI_GATEWAY_BYOK_ACTIVE_KEY_ID",
                                               help="id in GI_GATEWAY_BYOK_KEYS that seals new and rotated keys")
    byok_cache_ttl_s: float = env_field(default=30.0, min=0, env="GI_GATEWAY_BYOK_CACHE_TTL_S",
                                        help="how long opened BYOK keys are kept in process without a "
                                             "change message (bounds staleness if Redis is down)")
    provider_key_openai: Secret | None = env_field(default=None, help="managed OpenAI API key")
    provider_key_anthropic: Secret | None = env_field(default=None, help="managed Anthropic API key")
    provider_key_google: Secret | None = env_field(default=None, help="managed Google AI API key")
    provider_key_mistral: Secret | None = env_field(default=None, help="managed Mistral API key")
    provider_key_groq: Secret | None = env_field(default=None, help="managed Groq API key")
    provider_key_deepseek: Secret | None = env_field(default=None, help="managed DeepSeek API key")
    provider_key_xai: Secret | None = env_field(default=None, help="managed xAI API key")
    provider_key_bedrock: Secret | None = env_field(
        default=None, help="managed Bedrock credentials: ACCESS_KEY_ID:SECRET_ACCESS_KEY[:SESSION_TOKEN]")
    budget_redis_failure: Literal["open", "closed"] = env_field(
        default="open", env="GI_BUDGET_REDIS_FAILURE",
        help="Redis down during a budget check: open = serve (the ledger still counts), closed = 503")
    budget_reservation_ttl_s: float = env_field(
        default=600.0, min=1, env="GI_BUDGET_RESERVATION_TTL_S",
        help="a budget reservation of a request still running after this long expires")
    budget_pending_ttl_s: float = env_field(
        default=3600.0, min=10, env="GI_BUDGET_PENDING_TTL_S",
        help="a settled cost not yet in metering's ledger after this long stops counting")

    billing_api_url: str = env_field(default="http://127.0.0.1:9114", env="GI_GATEWAY_BILLING_API_URL",
                                     help="billing's internal API (credits checkout, billing summary, Stripe webhooks, "
                                          "the export's invoices and credits)")
    billing_state_topic: str | None = env_field(
        default="billing.account_state.v1", env="GI_GATEWAY_BILLING_STATE_TOPIC",
        help="billing's account-state topic the gateway enforces (suspensions, credit limits); unset: none")
    billing_state_group_id: str = env_field(default="gateway-billing-state", env="GI_GATEWAY_BILLING_STATE_GROUP_ID",
                                            help="consumer group of the account-state consumer")

    def provider_key(self, provider: str) -> Secret | None:
        return getattr(self, f"provider_key_{provider}")


def load() -> GatewaySettings:
    return load_settings(GatewaySettings)
