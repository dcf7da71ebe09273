"""What-if estimate of a candidate routing policy over recorded requests.

Input: `llm.requests.v1` payloads of a time range (what the live policies did),
the objection/erasure state (domain.objections), a candidate RoutingPolicy and
catalogs. Requests of objecting or erased customers are left out (routing
optimisation is non-essential processing, as in label_stats).

Per request:
- live: what the event says (model_dispatched, endpoint, cost_micro_usd,
  latency_ms, status "error" as an error: a rejected request or a client that hung up
  says nothing about the endpoint);
- candidate: only `model_requested == "auto"` requests are re-routed; the
  candidate's model is the label's highest quality prior (the policy's ranking
  without live health, which a replay cannot know), served at its cheapest
  offering in the candidate's catalog. Unchanged model and endpoint: the observed
  cost, latency and outcome are kept. Changed: cost = price_usage(new offering,
  the same token counts), latency and error = the mean latency and error share
  observed for that endpoint in the range (None when the range never saw it:
  counted in `unobserved_endpoints`, left out of the latency/error means).
Integer micro-USD for money; pure, no I/O.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field

from gammainfra_schemas.catalog import Catalog, Offering
from gammainfra_schemas.llm_requests_v1 import Status
from gammainfra_schemas.pricing import price_usage
from gammainfra_schemas.routing_policy import RoutingPolicy

from .objections import Objections


@dataclass
class EndpointStats:
    requests: int = 0
    errors: int = 0
    latency_ms_total: int = 0

    def mean_latency(self) -> float:
        return self.latency_ms_total / self.requests

    def error_rate(self) -> float:
        return self.errors / self.requests


@dataclass
class Side:
    cost_micro_usd: int = 0
    cost_by_label: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    latency_ms_total: float = 0.0
    errors: float = 0.0
    counted: int = 0  # requests with a latency/error estimate

    def add(self, label: str, cost: int, latency: float | None, error: float | None) -> None:
        self.cost_micro_usd += cost
        self.cost_by_label[label] += cost
        if latency is not None and error is not None:
            self.latency_ms_total += latency
            self.errors += error
            self.counted += 1

    def report(self) -> dict:
        return {"cost_micro_usd": self.cost_micro_usd, "cost_by_label": dict(sorted(self.cost_by_label.items())),
                "mean_latency_ms": round(self.latency_ms_total / self.counted, 3) if self.counted else None,
                "error_rate": round(self.errors / self.counted, 6) if self.counted else None}


def cheapest_offering(catalog: Catalog, model_id: str) -> Offering:
    return min(catalog.offerings(model_id), key=lambda o: (o.input_price + o.output_price, o.endpoint))


def policy_choice(policy: RoutingPolicy, label: str) -> str:
    candidates = policy.labels.get(label) or policy.labels["other"]
    return max(candidates, key=lambda c: c.quality).model  # max keeps the first of equal priors


def estimate(events: list[dict], objections: Objections, policy: RoutingPolicy, catalog: Catalog) -> dict:
    kept = [e for e in events if not objections.objects(e["customer_id"]) and not objections.erased(e["customer_id"])]
    stats: dict[str, EndpointStats] = defaultdict(EndpointStats)
    for e in kept:
        if e.get("endpoint"):
            s = stats[e["endpoint"]]
            s.requests += 1
            s.errors += e["status"] == Status.ERROR
            s.latency_ms_total += e["latency_ms"]
    live, candidate = Side(), Side()
    changed_model = changed_provider = auto = unobserved = 0
    versions: dict[str, int] = defaultdict(int)
    for e in kept:
        label, error = e["task_label"], float(e["status"] == Status.ERROR)
        versions[e["routing_version"]] += 1
        live.add(label, e["cost_micro_usd"], e["latency_ms"], error)
        if e["model_requested"] != "auto":
            candidate.add(label, e["cost_micro_usd"], e["latency_ms"], error)
            continue
        auto += 1
        model = policy_choice(policy, label)
        offering = cheapest_offering(catalog, model)
        provider = catalog.endpoint(offering.endpoint).provider
        if model == e["model_dispatched"] and offering.endpoint == e["endpoint"]:
            candidate.add(label, e["cost_micro_usd"], e["latency_ms"], error)
            continue
        changed_model += model != e["model_dispatched"]
        changed_provider += provider != e["provider"]
        cost = price_usage(offering, e["prompt_tokens"], e["completion_tokens"])
        seen = stats.get(offering.endpoint)
        if seen is None:
            unobserved += 1
        candidate.add(label, cost, seen.mean_latency() if seen else None, seen.error_rate() if seen else None)
    return {"policy_version": policy.version, "catalog_version": catalog.version,
            "requests": len(kept), "left_out_objecting_or_erased": len(events) - len(kept),
            "auto_requests": auto, "live_routing_versions": dict(sorted(versions.items())),
            "changed_model": changed_model, "changed_provider": changed_provider,
            "unobserved_endpoints": unobserved, "live": live.report(), "candidate": candidate.report(),
            "cost_delta_micro_usd": candidate.cost_micro_usd - live.cost_micro_usd}
