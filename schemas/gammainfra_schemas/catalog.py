"""The versioned model/price catalog: `schemas/catalog/versions/<YYYY-MM-DD.N>.yaml`.

Owns loading a catalog version into immutable dataclasses with O(1) lookups,
and validating it: the file must match `catalog/catalog.schema.json` and its
cross-references must hold (endpoint -> provider, offering -> endpoint, unique
ids, version == file name, token limits consistent). Any violation raises
`CatalogError` listing every problem found. Unknown ids raise `KeyError`.

Versions sort by (date, N), so `load_catalog()` is the newest one. Published
version files are never edited (events name the version their cost used); the
pricing rule is re-exported from `pricing`.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml
from jsonschema import Draft202012Validator

from .paths import CATALOG_DIR_NAME, schemas_root
from .pricing import platform_fee, price_usage
from .timestamps import parse_utc
from .topics import format_checker

__all__ = [
    "Capabilities", "Catalog", "CatalogError", "Endpoint", "FeeRates", "Model", "Offering",
    "Provider", "catalog_versions", "load_catalog", "parse_catalog", "platform_fee", "price_usage",
]

VERSION_PATTERN = re.compile(r"^(\d{4}-\d{2}-\d{2})\.(\d+)$")


class CatalogError(ValueError):
    """A catalog version file is missing, malformed or inconsistent."""


@dataclass(frozen=True)
class Provider:
    id: str
    name: str
    api_style: str  # openai_compatible | anthropic_messages | gemini | bedrock_converse


@dataclass(frozen=True)
class Endpoint:
    id: str
    provider: str
    region: str
    base_url: str


@dataclass(frozen=True)
class Capabilities:
    streaming: bool
    tools: bool
    vision: bool
    embeddings: bool
    json_mode: bool


@dataclass(frozen=True)
class Offering:
    """One endpoint serving one model; prices in micro-USD per million tokens."""

    model: str
    endpoint: str
    provider: str
    upstream_model: str
    input_price: int
    output_price: int
    cache_read_price: int
    cache_write_price: int


@dataclass(frozen=True)
class Model:
    id: str
    name: str
    kind: str  # chat | embedding
    context_window: int
    max_output_tokens: int
    default_max_tokens: int
    capabilities: Capabilities
    offerings: tuple[Offering, ...]


@dataclass(frozen=True)
class FeeRates:
    managed_bps: int
    byok_bps: int


@dataclass(frozen=True)
class Catalog:
    version: str
    effective_from: datetime
    notes: str
    fees: FeeRates
    providers: Mapping[str, Provider]
    endpoints: Mapping[str, Endpoint]
    models: Mapping[str, Model]
    offerings_by_key: Mapping[tuple[str, str], Offering]  # (model id, endpoint id)

    def provider(self, provider_id: str) -> Provider:
        return _lookup(self.providers, provider_id, "provider", self.version)

    def endpoint(self, endpoint_id: str) -> Endpoint:
        return _lookup(self.endpoints, endpoint_id, "endpoint", self.version)

    def model(self, model_id: str) -> Model:
        return _lookup(self.models, model_id, "model", self.version)

    def offerings(self, model_id: str) -> tuple[Offering, ...]:
        """Every offering of the model, in catalog order (the static fallback order)."""
        return self.model(model_id).offerings

    def offering(self, model_id: str, endpoint_id: str) -> Offering:
        """The offering an event names by (model_dispatched, endpoint)."""
        return _lookup(self.offerings_by_key, (model_id, endpoint_id), "offering", self.version)


def catalog_dir() -> Path:
    return schemas_root() / CATALOG_DIR_NAME


def catalog_versions() -> list[str]:
    """Published versions, oldest first, sorted by (date, N) so .10 follows .9."""
    folder = catalog_dir() / "versions"
    names = []
    for path in folder.glob("*.yaml"):
        if not VERSION_PATTERN.match(path.stem):
            raise CatalogError(f"{path}: catalog version files are named YYYY-MM-DD.N.yaml")
        names.append(path.stem)
    return sorted(names, key=_version_sort_key)


def load_catalog(version: str | None = None) -> Catalog:
    """Load (and validate) one catalog version; None means the newest."""
    if version is None:
        versions = catalog_versions()
        if not versions:
            raise CatalogError(f"no catalog versions under {catalog_dir() / 'versions'}")
        version = versions[-1]
    return _load_catalog(catalog_dir(), version)


def parse_catalog(data: Any, expected_version: str | None = None) -> Catalog:
    """Validate raw catalog data (as read from YAML) and build the Catalog."""
    problems = [
        f"{'/'.join(str(p) for p in err.absolute_path) or '(top level)'}: {err.message}"
        for err in _schema_validator(catalog_dir()).iter_errors(data)
    ]
    if problems:
        raise CatalogError("catalog does not match catalog.schema.json:\n  " + "\n  ".join(problems))
    problems = _cross_reference_problems(data, expected_version)
    if problems:
        raise CatalogError("catalog is inconsistent:\n  " + "\n  ".join(problems))
    providers = {p["id"]: Provider(**p) for p in data["providers"]}
    endpoints = {e["id"]: Endpoint(**e) for e in data["endpoints"]}
    models: dict[str, Model] = {}
    offerings_by_key: dict[tuple[str, str], Offering] = {}
    for raw in data["models"]:
        offerings = tuple(
            Offering(model=raw["id"], provider=endpoints[o["endpoint"]].provider, **o)
            for o in raw["offerings"]
        )
        offerings_by_key.update({(o.model, o.endpoint): o for o in offerings})
        fields = {k: v for k, v in raw.items() if k not in ("capabilities", "offerings")}
        models[raw["id"]] = Model(
            **fields, capabilities=Capabilities(**raw["capabilities"]), offerings=offerings
        )
    return Catalog(
        version=data["version"],
        effective_from=parse_utc(data["effective_from"]),
        notes=data["notes"],
        fees=FeeRates(**data["fees"]),
        providers=MappingProxyType(providers),
        endpoints=MappingProxyType(endpoints),
        models=MappingProxyType(models),
        offerings_by_key=MappingProxyType(offerings_by_key),
    )


def _cross_reference_problems(data: dict[str, Any], expected_version: str | None) -> list[str]:
    problems: list[str] = []
    if expected_version is not None and data["version"] != expected_version:
        problems.append(f"version {data['version']!r} != file name {expected_version!r}")
    for section in ("providers", "endpoints", "models"):
        ids = [item["id"] for item in data[section]]
        problems += [f"{section}: duplicate id {i!r}" for i in sorted({i for i in ids if ids.count(i) > 1})]
    provider_ids = {p["id"] for p in data["providers"]}
    endpoint_ids = {e["id"] for e in data["endpoints"]}
    for endpoint in data["endpoints"]:
        if endpoint["provider"] not in provider_ids:
            problems.append(f"endpoint {endpoint['id']}: unknown provider {endpoint['provider']!r}")
    for model in data["models"]:
        where = f"model {model['id']}"
        served = [o["endpoint"] for o in model["offerings"]]
        problems += [f"{where}: unknown endpoint {e!r}" for e in served if e not in endpoint_ids]
        problems += [f"{where}: endpoint {e!r} offered twice" for e in sorted(set(served)) if served.count(e) > 1]
        if model["default_max_tokens"] > model["max_output_tokens"]:
            problems.append(f"{where}: default_max_tokens > max_output_tokens")
        if model["max_output_tokens"] >= model["context_window"]:
            problems.append(f"{where}: max_output_tokens must be below context_window")
        if (model["kind"] == "embedding") != model["capabilities"]["embeddings"]:
            problems.append(f"{where}: kind {model['kind']!r} disagrees with capabilities.embeddings")
    return problems


@lru_cache(maxsize=32)
def _load_catalog(folder: Path, version: str) -> Catalog:
    path = folder / "versions" / f"{version}.yaml"
    if not path.is_file():
        raise CatalogError(f"unknown catalog version {version!r} (no {path})")
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    try:
        return parse_catalog(data, expected_version=version)
    except CatalogError as exc:
        raise CatalogError(f"{path}: {exc}") from exc


@lru_cache(maxsize=4)
def _schema_validator(folder: Path) -> Draft202012Validator:
    with (folder / "catalog.schema.json").open(encoding="utf-8") as fh:
        return Draft202012Validator(json.load(fh), format_checker=format_checker())


def _version_sort_key(version: str) -> tuple[str, int]:
    match = VERSION_PATTERN.match(version)
    assert match is not None  # callers only pass names that matched
    return match.group(1), int(match.group(2))


def _lookup(table: Mapping[Any, Any], key: Any, kind: str, version: str) -> Any:
    try:
        return table[key]
    except KeyError:
        raise KeyError(f"unknown {kind} {key!r} in catalog {version}") from None
