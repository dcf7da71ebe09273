"""Small fakes and builders shared by the gateway unit tests (no I/O anywhere)."""

from __future__ import annotations

from typing import Any

import orjson

from gammainfra_common.settings import Secret
from gammainfra_gateway.routing.candidates import Candidate, CandidateResolver, build_upstreams
from gammainfra_gateway.routing.health import HealthView, Snapshot, parse_snapshot
from gammainfra_gateway.routing.preferences import ProviderPreferences
from gammainfra_schemas.catalog import Catalog

ALL_STYLES = frozenset({"openai_compatible", "anthropic_messages", "gemini", "bedrock_converse"})
OPENAI_ONLY = frozenset({"openai_compatible"})
TEMPLATE = "http://fake.test/{endpoint}"
PLACEHOLDER = Secret("gi-local-placeholder")
GENERATED_AT_MS = 1_700_000_000_000


class FakeClock:
    """A clock the test moves by hand; callable like time.time / time.monotonic."""

    def __init__(self, now: float = 0.0) -> None:
        self.now = now

    def __call__(self) -> float:
        return self.now


def snapshot(entries: dict[tuple[str, str], dict[str, Any]], *, version: int = 7,
             generated_at_ms: int = GENERATED_AT_MS) -> Snapshot:
    """A health snapshot as the router writes it, parsed by the real parser."""
    doc = {"version": version, "generated_at_ms": generated_at_ms,
           "entries": {f"{endpoint}|{model}": value for (endpoint, model), value in entries.items()}}
    return parse_snapshot(orjson.dumps(doc))


def make_resolver(catalog: Catalog, *, styles: frozenset[str] = ALL_STYLES, template: str | None = TEMPLATE,
                  keys: dict[str, Secret | None] | None = None,
                  health: HealthView | None = None) -> CandidateResolver:
    upstreams = build_upstreams(catalog, template=template, keys=keys or {})
    return CandidateResolver(catalog, upstreams, set(styles), health or HealthView(stale_after_s=30))


def chain_of(resolver: CandidateResolver, *model_ids: str,
             prefs: ProviderPreferences = ProviderPreferences(), kind: str = "chat") -> list[Candidate]:
    return resolver.chain([resolver.model(m, kind=kind) for m in model_ids], prefs)


def endpoints(chain: list[Candidate]) -> list[str]:
    return [c.endpoint.id for c in chain]


def candidate(catalog: Catalog, model_id: str, endpoint_id: str, *, template: str = TEMPLATE) -> Candidate:
    """The candidate the real resolver builds for (model, endpoint), with a URL template."""
    resolver = make_resolver(catalog, template=template)
    kind = catalog.model(model_id).kind
    (found,) = [c for c in chain_of(resolver, model_id, kind=kind) if c.endpoint.id == endpoint_id]
    return found
