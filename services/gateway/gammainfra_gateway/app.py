"""The gateway application: `create_app(settings)` wires every dependency once.

Resources (PostgreSQL pool, Redis clients, the one upstream HTTP client, the
event emitter with its spool, background tasks) are owned by `cleanup_ctx`, so
they start with the app and stop with it, in reverse order.
"""

from __future__ import annotations

import asyncio
from pathlib import Path

import aiohttp
import redis.asyncio as aioredis
import structlog
from aiohttp import web
from prometheus_client import CollectorRegistry

from gammainfra_common.kafka.emitter import EventEmitter
from gammainfra_common.kafka.producer import EventProducer
from gammainfra_common.kafka.spool import DiskSpool
from gammainfra_common.lifecycle import lifecycle_runner
from gammainfra_common.metrics import new_registry
from gammainfra_common.ops_server import OpsServer
from gammainfra_common.postgres import create_pool
from gammainfra_common.redis_client import create_redis
from gammainfra_schemas.catalog import load_catalog

from . import appkeys as K
from .accounts.erasure import AccountErasure, GatewayLifecycle
from .accounts.erasure_store import ErasureStore
from .accounts.outbox import OutboxRelay
from .export.sources import GatewaySections, InternalApis
from .accounts.service import AccountService
from .accounts.store import AccountStore
from .auth.authenticator import Authenticator
from .auth.revocation import listen_for_revocations
from .auth.store import KeyStore
from .byok.credentials import ByokCredentials
from .byok.crypto import keyring_from
from .byok.eviction import listen_for_byok_changes
from .byok.store import ByokStore
from .billing.internal import account_contact_route
from .billing.passthrough import BILLING_API, BillingApi
from .billing.state import billing_state_consumer
from .budget.guard import BUDGET, BudgetGuard
from .dispatch import Dispatcher
from .metrics import GatewayMetrics
from .clientip import CLIENT_IPS, ClientIpHasher
from .middlewares import authenticate, rate_limit, read_body_in_time, request_context
from .overload import INFLIGHT, InflightLimits, shed_when_full
from .spool_guard import spool_guard
from .providers.registry import default_registry
from .providers.http import create_session
from .ratelimit.leased import LeasedRateLimiter
from .ratelimit.limiter import RateLimiter
from .console.routes import setup_console
from .routes import setup_routes
from .routing.candidates import CandidateResolver, build_upstreams
from .routing.health import HealthView, refresh_health
from .routing.health_bootstrap import snapshot_from_topic
from .settings import PROVIDERS, GatewaySettings

log = structlog.get_logger(__name__)


def create_app(settings: GatewaySettings, *, worker: int = 0,
               registry: CollectorRegistry | None = None) -> web.Application:
    app = web.Application(middlewares=[shed_when_full, request_context, spool_guard, authenticate, rate_limit,
                                       read_body_in_time],
                          client_max_size=settings.max_body_bytes)
    registry = registry or new_registry()
    app[K.SETTINGS] = settings
    app[K.LISTENING] = asyncio.Event()
    app[INFLIGHT] = InflightLimits(max_inflight=settings.max_inflight,
                                   max_per_customer=settings.max_inflight_per_customer,
                                   retry_after_s=settings.shed_retry_after_s, registry=registry)
    app[CLIENT_IPS] = ClientIpHasher(settings.ip_hash_key.reveal() if settings.ip_hash_key else None)
    app[K.CATALOG] = load_catalog(settings.catalog_version)
    app[K.METRICS] = GatewayMetrics(registry)
    app[K.HEALTH] = HealthView(stale_after_s=settings.health_stale_after_s)
    app[K.METRICS].watch_health(app[K.HEALTH])
    app[BUDGET] = BudgetGuard(app[K.CATALOG], registry=registry, fail_open=settings.budget_redis_failure == "open",
                              reservation_ttl_s=settings.budget_reservation_ttl_s,
                              pending_ttl_s=settings.budget_pending_ttl_s)
    app[K.DISPATCHER] = Dispatcher(connect_timeout_s=settings.connect_timeout_s,
                                   attempt_timeout_s=settings.attempt_timeout_s,
                                   total_deadline_s=settings.total_deadline_s, metrics=app[K.METRICS])
    app[K.DISPATCHER].admit = app[BUDGET].reserve
    setup_routes(app)
    setup_console(app)
    # Parsed here so a malformed keyring stops the gateway at start, not at the first request.
    keyring = keyring_from(settings.byok_keys, settings.byok_active_key_id)
    app.cleanup_ctx.append(_resources(settings, worker, registry, keyring))
    return app


def _resources(settings: GatewaySettings, worker: int, registry: CollectorRegistry, keyring):
    async def ctx(app: web.Application):
        pool = await create_pool(str(settings.database_url), min_size=1, max_size=10)
        redis = create_redis(str(settings.redis_url))
        # Pub/sub waits for messages indefinitely: it must not carry a read timeout.
        pubsub_redis = aioredis.from_url(str(settings.redis_url), health_check_interval=15)
        session = aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=0, ttl_dns_cache=300, keepalive_timeout=30),
            auto_decompress=True)
        upstream_http = create_session(settings.upstream_client)  # provider calls only
        spool = DiskSpool(Path(settings.spool_dir) / str(worker), max_bytes=settings.spool_max_bytes)
        emitter = EventEmitter(EventProducer(settings.kafka_bootstrap, client_id=f"gateway-{worker}"),
                               spool, registry=registry, linger_s=settings.event_linger_ms / 1000)
        adapters = default_registry(upstream_http)
        app[K.ADAPTERS] = adapters
        upstreams = build_upstreams(app[K.CATALOG], template=settings.upstream_url_template,
                                    keys={p: settings.provider_key(p) for p in PROVIDERS})
        app[K.RESOLVER] = CandidateResolver(app[K.CATALOG], upstreams, adapters.styles, app[K.HEALTH])
        app[K.AUTH] = Authenticator(KeyStore(pool), ttl_s=settings.key_cache_ttl_s,
                                    negative_ttl_s=settings.invalid_key_cache_ttl_s)
        app[K.LIMITER] = (LeasedRateLimiter(redis, registry=registry, lease_first=settings.ratelimit_lease,
                                            lease_max=max(settings.ratelimit_lease, settings.ratelimit_lease_max))
                          if settings.ratelimit_lease > 1 else RateLimiter(redis, registry=registry))
        app[BUDGET].attach(redis)
        app[K.EMITTER] = emitter
        relay = OutboxRelay(pool, EventProducer(settings.kafka_bootstrap, client_id=f"gateway-{worker}-accounts"))
        byok_store = ByokStore(pool, on_staged=relay.kick)
        app[K.BYOK] = ByokCredentials(byok_store, keyring, ttl_s=settings.byok_cache_ttl_s)
        app[K.DISPATCHER].credentials = app[K.BYOK].apply
        app[K.ACCOUNTS] = AccountService(AccountStore(pool, on_staged=relay.kick), byok_store, keyring, redis)
        app[BILLING_API] = BillingApi(settings.billing_api_url, session)
        erasure_store = ErasureStore(pool, on_staged=relay.kick)
        # Internal APIs (metering, billing) get their own session: exports are long reads.
        internal_http = aiohttp.ClientSession(timeout=aiohttp.ClientTimeout(total=None, connect=5, sock_read=120))
        app[K.EXPORTS] = (GatewaySections(pool), InternalApis(internal_http, settings.metering_api_url,
                                                               settings.billing_api_url))
        app[K.ERASURE] = AccountErasure(erasure_store, redis, evict_key=app[K.AUTH].evict_key,
                                        evict_byok=app[K.BYOK].evict)
        await emitter.start()
        await relay.start()
        tasks = [asyncio.create_task(refresh_health(
                     redis, app[K.HEALTH], settings.health_refresh_s,
                     bootstrap=lambda: snapshot_from_topic(settings.kafka_bootstrap, topic=settings.health_topic))),
                 asyncio.create_task(listen_for_revocations(pubsub_redis, app[K.AUTH])),
                 asyncio.create_task(listen_for_byok_changes(pubsub_redis, app[K.BYOK]))]
        if settings.billing_state_topic:
            tasks.append(asyncio.create_task(billing_state_consumer(
                bootstrap=settings.kafka_bootstrap, topic=settings.billing_state_topic,
                group_id=settings.billing_state_group_id, pool=pool, redis=redis,
                client_id=f"gateway-{worker}-billing-state").run()))
        if worker == 0:  # one lifecycle consumer per gateway host is plenty (erasures are rare)
            tasks.append(asyncio.create_task(follow_lifecycle(settings, GatewayLifecycle(erasure_store, redis))))
        ops = OpsServer(host=settings.host, port=settings.ops_port + worker if settings.ops_port else 0,
                        registry=registry)
        # Only PostgreSQL gates readiness: without Redis the gateway keeps serving (local
        # rate limits, last health snapshot, key cache TTL bounds revocation delay).
        ops.add_check("postgres", lambda: _ping_postgres(pool))
        ops.add_check("listening", lambda: _listening(app))
        ops.add_route("GET", "/internal/accounts/{customer_id}", account_contact_route(lambda: app[K.ACCOUNTS]))
        await ops.start()
        app["ops_port"] = ops.port
        try:
            yield
        finally:
            await ops.stop()
            for task in tasks:
                task.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)
            await app[BUDGET].close()
            await emitter.stop(drain_timeout_s=5.0)
            await relay.stop()
            spool.close()
            await session.close()
            await upstream_http.close()
            await internal_http.close()
            await pubsub_redis.aclose()
            await redis.aclose()
            await pool.close()

    return ctx


async def follow_lifecycle(settings: GatewaySettings, handler: GatewayLifecycle) -> None:
    """The gateway's lifecycle.v1 consumer, restarted with backoff: a gateway serves
    while Kafka is down, and picks its erasure commands up when Kafka returns."""
    delay = 1.0
    while True:
        producer = EventProducer(settings.kafka_bootstrap, client_id="gateway-lifecycle")
        runner = lifecycle_runner(bootstrap=settings.kafka_bootstrap, group_id=settings.lifecycle_group_id,
                                  service="gateway", handler=handler, producer=producer,
                                  topic=settings.lifecycle_topic)
        try:
            await producer.start()
            await runner.run()
            return
        except asyncio.CancelledError:
            runner.stop()
            raise
        except Exception as exc:  # noqa: BLE001 - the commands wait in Kafka; retried below
            log.warning("lifecycle consumer stopped; restarting", error=type(exc).__name__, retry_in_s=delay)
        finally:
            await producer.stop()
        await asyncio.sleep(delay)
        delay = min(delay * 2, 30.0)


async def _listening(app: web.Application) -> None:
    if not app[K.LISTENING].is_set():
        raise RuntimeError("the public port is not bound yet")


async def _ping_postgres(pool) -> None:
    await pool.fetchval("SELECT 1")


