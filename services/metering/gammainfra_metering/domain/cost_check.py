"""Recompute an event's cost and platform fee from its tokens and the catalog
version it names, and compare with the gateway's figures.

The gateway's figure is what the ledger keeps; this check never corrects it. It
reports one of three outcomes per event:

- `ok`: both figures equal the recomputation;
- `mismatch`: either differs (the expected values are returned for the record);
- `unpriced`: the catalog version or the (model, endpoint) offering is unknown,
  or the token counts are inconsistent, so nothing can be recomputed.

Pure apart from the catalog loader it is given (catalog versions are immutable
files, so their lookups are cached for the life of the checker).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from typing import Any

from gammainfra_schemas.pricing import platform_fee, price_usage

OK = "ok"
MISMATCH = "mismatch"
UNPRICED = "unpriced"


@dataclass(frozen=True, slots=True)
class CostVerdict:
    outcome: str
    expected_cost: int | None = None
    expected_fee: int | None = None
    reason: str = ""


_OK = CostVerdict(OK)


class CostChecker:
    def __init__(self, load_catalog: Callable[[str], Any]) -> None:
        self._load_catalog = load_catalog
        self._catalogs: dict[str, Any] = {}
        self._offerings: dict[tuple[str, str, str], Any] = {}

    def check(self, data: Mapping[str, Any]) -> CostVerdict:
        version = data["catalog_version"]
        catalog = self._catalog(version)
        if catalog is None:
            return CostVerdict(UNPRICED, reason=f"unknown catalog version {version}")
        model, endpoint = data["model_dispatched"], data["endpoint"]
        if model is None or endpoint is None:
            # Nothing was attempted: nothing can have been spent.
            cost = 0
        else:
            offering = self._offering(catalog, version, model, endpoint)
            if offering is None:
                return CostVerdict(UNPRICED, reason=f"no offering {model} at {endpoint} in {version}")
            try:
                cost = price_usage(offering, data["prompt_tokens"], data["completion_tokens"],
                                   data["cache_read_tokens"], data["cache_write_tokens"])
            except (TypeError, ValueError) as exc:
                return CostVerdict(UNPRICED, reason=f"token counts: {exc}")
        fee = platform_fee(cost, data["byok"], catalog.fees)
        if cost == data["cost_micro_usd"] and fee == data["platform_fee_micro_usd"]:
            return _OK
        return CostVerdict(MISMATCH, cost, fee)

    def _catalog(self, version: str) -> Any:
        if version not in self._catalogs:
            try:
                self._catalogs[version] = self._load_catalog(version)
            except (KeyError, FileNotFoundError, ValueError):
                self._catalogs[version] = None  # remembered: one failed load per version
        return self._catalogs[version]

    def _offering(self, catalog: Any, version: str, model: str, endpoint: str) -> Any:
        key = (version, model, endpoint)
        if key not in self._offerings:
            try:
                self._offerings[key] = catalog.offering(model, endpoint)
            except KeyError:
                self._offerings[key] = None
        return self._offerings[key]
