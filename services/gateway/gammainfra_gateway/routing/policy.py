"""`model: "auto"`: which catalog models to try, in order, for a request.

The routing policy (schemas/routing_policy, versioned) lists per task label the
candidate models with an editorial quality prior. Each request re-ranks them by
    sum(weight[prefer][c] * component c)   for c in quality, success, latency, price
where every component is 0..1, higher is better:
- quality: the policy's prior for (label, model);
- success: the router's observed success for (label, model), smoothed with the
  policy prior: (s + k * p) / (n + k), k = prior_requests, p = prior_success_rate;
- latency: fastest observed p50 among the candidates / this model's p50 (0.5
  when the router has not seen the model on this label);
- price: 1 / (1 + ln(this model's price / cheapest candidate's price)), where a
  model's price is its cheapest usable offering's input + output price per 1M
  tokens. Logarithmic: prices span 100x, and a linear ratio would let price
  drown every other component even when the client asked for quality.
Ties keep the policy's order. Observations come from the in-memory health
snapshot (no I/O here); a stale snapshot leaves only the priors and prices.

The request knob `route: {"prefer": "quality" | "cost" | "latency",
"max_price": <USD per 1M tokens>}`: max_price drops every offering whose input
or output price per 1M tokens is above it (a number, e.g. 1.5 = $1.50/Mtok); it
applies only to `model: "auto"`. Raises `InvalidRequest` (400, param `route...`)
for a malformed knob and when no candidate is left.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any

from gammainfra_schemas.catalog import Model, Offering
from gammainfra_schemas.routing_policy import PREFERENCES, RoutingPolicy

from ..errors import InvalidRequest
from .health import HealthView

AUTO = "auto"
MAX_PRICE_LIMIT_USD = 1_000_000.0  # per 1M tokens: anything above is a typo, not a budget


@dataclass(frozen=True)
class RouteKnob:
    prefer: str | None = None
    max_price_micro_usd: int | None = None  # per 1M tokens, the catalog's unit

    def allows(self, offering: Offering) -> bool:
        cap = self.max_price_micro_usd
        return cap is None or (offering.input_price <= cap and offering.output_price <= cap)


def parse_route(raw: Any) -> RouteKnob | None:
    # OpenRouter's legacy `route: "fallback"` asks for what `models` always does here.
    if raw is None or raw == "fallback":
        return None
    if not isinstance(raw, dict):
        raise InvalidRequest("'route' must be an object (or the legacy string 'fallback').", param="route")
    unknown = set(raw) - {"prefer", "max_price"}
    if unknown:
        raise InvalidRequest(f"Unknown field in 'route': {sorted(unknown)[0]}.", param="route")
    prefer = raw.get("prefer")
    if prefer is not None and prefer not in PREFERENCES:
        raise InvalidRequest(f"'route.prefer' must be one of {', '.join(PREFERENCES)}.", param="route.prefer")
    cap = raw.get("max_price")
    micro = None
    if cap is not None:
        if isinstance(cap, bool) or not isinstance(cap, (int, float)) or not math.isfinite(cap) \
                or not 0 < cap <= MAX_PRICE_LIMIT_USD:
            raise InvalidRequest("'route.max_price' must be a positive number of USD per 1M tokens "
                                 f"(at most {MAX_PRICE_LIMIT_USD:g}), e.g. 1.5.", param="route.max_price")
        micro = round(cap * 1_000_000)
    return RouteKnob(prefer, micro)


@dataclass(frozen=True)
class Ranked:
    model: Model
    score: float


class AutoRouter:
    def __init__(self, policy: RoutingPolicy, health: HealthView) -> None:
        self.policy = policy
        self._health = health

    def rank(self, label: str, knob: RouteKnob | None, models: list[Model], usable) -> list[Ranked]:
        """`models`: the label's candidates as catalog models (policy order); `usable(offering)`
        says whether this gateway can call an offering. Best first."""
        knob = knob or RouteKnob()
        weights = self.policy.weights[knob.prefer or self.policy.default_prefer]
        priors = {c.model: c.quality for c in self.policy.labels.get(label) or self.policy.labels["other"]}
        stats = self._health.label_stats(label)
        prices: dict[str, int] = {}
        for model in models:
            offered = [o.input_price + o.output_price for o in model.offerings if usable(o) and knob.allows(o)]
            if offered:
                prices[model.id] = min(offered)
        if not prices:
            if knob.max_price_micro_usd is not None:
                raise InvalidRequest("No model for this task is available within 'route.max_price'.",
                                     param="route.max_price", code="no_model_within_max_price")
            return []
        cheapest = min(prices.values()) or 1
        latencies = {m: s.latency_p50_ms for m, s in stats.items() if m in prices and s.latency_p50_ms}
        fastest = min(latencies.values()) if latencies else None
        k, p = self.policy.prior_requests, self.policy.prior_success_rate
        ranked = []
        for model in models:
            if model.id not in prices:
                continue
            seen = stats.get(model.id)
            success = p if seen is None else (seen.success_rate * seen.requests + k * p) / (seen.requests + k)
            latency = fastest / latencies[model.id] if model.id in latencies else 0.5
            price = 1 / (1 + math.log(max(prices[model.id], 1) / cheapest))
            total = (weights.quality * priors.get(model.id, 0.0) + weights.success * success
                     + weights.latency * latency + weights.price * price)
            ranked.append(Ranked(model, round(total, 6)))
        ranked.sort(key=lambda r: -r.score)  # stable: ties keep the policy order
        return ranked

    def candidates(self, label: str) -> list[str]:
        return [c.model for c in self.policy.labels.get(label) or self.policy.labels["other"]]


def requested_models(resolver, parsed, *, kind: str, label: str) -> tuple[list[Model], str]:
    """The models a request asks for, before its `models` fallbacks, and the id the
    event reports as model_requested (a catalog id, or "auto")."""
    if parsed.model == AUTO and kind == "chat":
        auto: AutoRouter = resolver.auto
        # A gateway pinned to an older catalog simply lacks the newer candidates.
        candidates = [resolver.catalog.models[m] for m in auto.candidates(label) if m in resolver.catalog.models]
        return [r.model for r in auto.rank(label, parsed.route, candidates, resolver.reachable)], AUTO
    if parsed.route is not None:
        raise InvalidRequest("'route' applies only to model 'auto'.", param="route")
    model = resolver.model(parsed.model, kind=kind)
    return [model], model.id  # the catalog id, whatever alias the client used
