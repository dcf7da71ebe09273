"""The fallback chain: every endpoint that may serve a request, in the order to try.

Candidates come from the catalog's offerings of the requested model (then of each
`models` fallback), restricted to endpoints this gateway can call (an adapter for
the provider's API style; an endpoint without a managed key is a candidate with
`api_key=None`, which only a customer's own BYOK key can serve — the dispatcher
never calls a candidate without a key), filtered and ordered by the request's
provider preferences and the health snapshot. Default order: providers named in
`provider.order` first, then healthy before degraded, then cheapest, then the
higher health score; `sort` replaces the middle keys with price, latency or
throughput. Whatever the sort:
- a `down` endpoint is skipped, unless every candidate is down: then all are
  tried, in order (a wrong "down" must not turn into a certain failure);
- a `half_open` endpoint is held back behind the healthy and degraded ones,
  except for a `probe_share` of the requests (from the snapshot) where it goes
  first, so recovery is tested with a small share of traffic. The choice is a
  per-process counter per endpoint and model (`ProbeGate`): every 1/share-th
  request, evenly spaced, deterministic.
O(number of offerings of the requested models); no I/O. A chain without a
`half_open` endpoint or an `allow` filter depends only on the request's models and
preferences and on the health snapshot, so it is remembered until the snapshot (or
its staleness) changes: with many offerings per model (24 in a 200-endpoint
catalog) ordering them cost ~185 µs a request, a lookup costs ~1 µs.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

from gammainfra_common.settings import Secret
from gammainfra_schemas.catalog import Catalog, Endpoint, Model, Offering

from gammainfra_schemas.routing_policy import load_routing_policy

from ..errors import InvalidRequest, ModelNotFound
from .health import HealthView
from .policy import AutoRouter
from .preferences import ProviderPreferences

# The routing policy version (schemas/routing_policy) is what events report as routing_version.
ROUTING_VERSION = load_routing_policy().version
MAX_CHAIN = 16  # llm.requests.v1 allows at most 16 attempts per request
MEMO_ENTRIES = 4096  # distinct (models, preferences) pairs remembered per snapshot


class ProbeGate:
    """Which requests probe a half_open endpoint: the n-th request for a pair is a
    probe when floor(n * share) grew, i.e. evenly spaced, `share` of them."""

    def __init__(self) -> None:
        self._counts: dict[str, int] = {}

    def admit(self, pair: str, share: float) -> bool:
        n = self._counts.get(pair, 0) + 1
        self._counts[pair] = n
        return share > 0 and int(n * share) > int((n - 1) * share)


@dataclass(frozen=True)
class Candidate:
    model: Model
    offering: Offering
    endpoint: Endpoint
    api_style: str
    base_url: str
    api_key: Secret | None = field(repr=False)  # None: no managed key; usable with BYOK only
    byok: bool = False  # api_key is the customer's own (set by byok/credentials.py)


@dataclass(frozen=True)
class Upstream:
    base_url: str
    api_key: Secret | None = field(repr=False)


class CandidateResolver:
    def __init__(self, catalog: Catalog, upstreams: dict[str, Upstream], supported_styles: set[str],
                 health: HealthView, probes: ProbeGate | None = None) -> None:
        self.catalog = catalog
        self._probes = probes or ProbeGate()
        self._upstreams = {eid: up for eid, up in upstreams.items()
                           if catalog.provider(catalog.endpoint(eid).provider).api_style in supported_styles}
        self._health = health
        self._aliases = _aliases(catalog)
        self.auto = AutoRouter(load_routing_policy(), health)
        self._memo: dict[tuple, tuple[Candidate, ...]] = {}
        self._memo_token: tuple | None = None

    def reachable(self, offering: Offering) -> bool:
        return offering.endpoint in self._upstreams

    def managed(self, offering: Offering) -> bool:
        """Servable without the customer's own key."""
        upstream = self._upstreams.get(offering.endpoint)
        return upstream is not None and upstream.api_key is not None

    def model(self, model_id: str, *, kind: str, param: str = "model") -> Model:
        model = self.catalog.models.get(model_id) or self.catalog.models.get(self._aliases.get(model_id, ""))
        if model is None:
            raise ModelNotFound.for_model(model_id, param=param)
        if model.kind != kind:
            raise InvalidRequest(f"The model '{model_id}' is a {model.kind} model, not a {kind} model.",
                                 param=param, code="model_not_supported")
        return model

    def chain(self, models: list[Model], prefs: ProviderPreferences,
              allow: Callable[[Offering], bool] | None = None) -> list[Candidate]:
        """`allow`: an extra offering filter (the `route.max_price` of `model: "auto"`)."""
        if allow is not None:
            return self._chain(models, prefs, allow)[0]
        token = self._health.token()
        if token != self._memo_token:
            self._memo.clear()
            self._memo_token = token
        key = (tuple(m.id for m in models), prefs)
        hit = self._memo.get(key)
        if hit is not None:
            return list(hit)
        chain, probed = self._chain(models, prefs, None)
        if not probed and len(self._memo) < MEMO_ENTRIES:
            # A chain with a half_open endpoint is decided per request (ProbeGate): never remembered.
            self._memo[key] = tuple(chain)
        return chain

    def _chain(self, models: list[Model], prefs: ProviderPreferences,
               allow: Callable[[Offering], bool] | None) -> tuple[list[Candidate], bool]:
        """The chain, and whether a half_open endpoint took part in ordering it."""
        chain: list[Candidate] = []
        seen: set[str] = set()
        probed = False
        for model in models:
            if model.id in seen:
                continue  # a model listed twice adds no new endpoint, only repeated failures
            seen.add(model.id)
            offerings = [o for o in model.offerings if self.reachable(o) and self._allowed(o.provider, prefs)
                         and (allow is None or allow(o))]
            ordered, half_open = self._order(model, offerings, prefs)
            probed = probed or half_open
            chain += [self._candidate(model, o) for o in ordered]
        up = [c for c in chain if self._health.health(c.endpoint.id, c.model.id).state != "down"]
        chain = up or chain  # everything down: try them all rather than fail for sure
        if not prefs.allow_fallbacks and chain:
            chain = [c for c in chain if c.offering.provider in prefs.order] if prefs.order else chain[:1]
        return chain[:MAX_CHAIN], probed

    @staticmethod
    def _allowed(provider: str, prefs: ProviderPreferences) -> bool:
        if prefs.only is not None and provider not in prefs.only:
            return False
        return provider not in prefs.ignore

    def _order(self, model: Model, offerings: list[Offering],
               prefs: ProviderPreferences) -> tuple[list[Offering], bool]:
        explicit = {name: i for i, name in enumerate(prefs.order)}
        share = self._health.probe_share
        half_open = False

        def key(o: Offering):
            nonlocal half_open
            h = self._health.health(o.endpoint, model.id)
            half_open = half_open or h.state == "half_open"
            probing = h.state == "half_open" and self._probes.admit(f"{o.endpoint}|{model.id}", share)
            head = (h.state == "down", h.state == "half_open" and not probing,
                    explicit.get(o.provider, len(explicit)), not probing)
            price = o.input_price + o.output_price
            if prefs.sort == "latency":
                speed = h.latency_p50_ms if h.latency_p50_ms is not None else float("inf")
                return (*head, speed, price)
            if prefs.sort == "throughput":
                return (*head, -(h.tokens_per_s or 0.0), price)
            if prefs.sort == "price":
                return (*head, price, h.rank)
            return (*head, h.rank, price, -h.score)

        ordered = sorted(offerings, key=key)
        return ordered, half_open

    def _candidate(self, model: Model, offering: Offering) -> Candidate:
        endpoint = self.catalog.endpoint(offering.endpoint)
        upstream = self._upstreams[offering.endpoint]
        style = self.catalog.provider(endpoint.provider).api_style
        return Candidate(model, offering, endpoint, style, upstream.base_url, upstream.api_key)


def _aliases(catalog: Catalog) -> dict[str, str]:
    """Names clients of a provider's own API use for a catalog model: the short name
    (`claude-sonnet-4`) and the provider's model id (`claude-sonnet-4-20250514`),
    when they name exactly one catalog model."""
    seen: dict[str, set[str]] = {}
    for model in catalog.models.values():
        names = {model.id.split("/", 1)[-1]} | {o.upstream_model for o in model.offerings}
        for name in names:
            seen.setdefault(name, set()).add(model.id)
    return {name: next(iter(ids)) for name, ids in seen.items() if len(ids) == 1 and name not in catalog.models}


def build_upstreams(catalog: Catalog, *, template: str | None, keys: dict[str, Secret | None]) -> dict[str, Upstream]:
    """Base URL and key per endpoint. With a URL template (fake providers, tests) every
    endpoint is reachable: the template gives the endpoint's origin (`{endpoint}` filled
    in) and the catalog's base URL path is kept (`/v1`, `/openai/v1`, or none), so each
    adapter builds the same paths as against the real provider. A provider without a
    key then gets a placeholder the fakes accept. Without a template, an endpoint of
    a provider without a managed key gets `api_key=None`: reachable with BYOK only."""
    upstreams: dict[str, Upstream] = {}
    for endpoint in catalog.endpoints.values():
        key = keys.get(endpoint.provider)
        if template is not None:
            origin = template.format(endpoint=endpoint.id).rstrip("/")
            upstreams[endpoint.id] = Upstream(origin + urlsplit(endpoint.base_url).path.rstrip("/"),
                                              key or Secret("gi-local-placeholder"))
        else:
            upstreams[endpoint.id] = Upstream(endpoint.base_url, key)
    return upstreams
