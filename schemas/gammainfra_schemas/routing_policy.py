"""The routing policy of `model: "auto"`: versioned YAML under schemas/routing_policy.

Owns loading a policy version into immutable dataclasses after checking it
against `routing_policy.schema.json` and against its catalog (every candidate a
chat model of the named catalog version; weights of a preference summing to 1;
the version equal to the file name). Raises `RoutingPolicyError` for any of
those; results are cached per version.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml
from jsonschema import Draft202012Validator

from .catalog import load_catalog
from .paths import schemas_root

VERSION_PATTERN = re.compile(r"^([0-9]{4}-[0-9]{2}-[0-9]{2})\.([0-9]+)$")
PREFERENCES = ("quality", "cost", "latency")


class RoutingPolicyError(ValueError):
    """A routing policy file is malformed or inconsistent with its catalog."""


@dataclass(frozen=True)
class Weights:
    quality: float
    success: float
    latency: float
    price: float


@dataclass(frozen=True)
class PolicyCandidate:
    model: str
    quality: float


@dataclass(frozen=True)
class RoutingPolicy:
    version: str
    catalog_version: str
    default_prefer: str
    prior_requests: int
    prior_success_rate: float
    weights: Mapping[str, Weights]
    labels: Mapping[str, tuple[PolicyCandidate, ...]]


def policy_dir() -> Path:
    return schemas_root() / "routing_policy"


def policy_versions() -> list[str]:
    names = []
    for path in (policy_dir() / "versions").glob("*.yaml"):
        if not VERSION_PATTERN.match(path.stem):
            raise RoutingPolicyError(f"{path}: policy files are named YYYY-MM-DD.N.yaml")
        names.append(path.stem)
    return sorted(names, key=lambda v: (VERSION_PATTERN.match(v).group(1), int(VERSION_PATTERN.match(v).group(2))))


def load_routing_policy(version: str | None = None) -> RoutingPolicy:
    """One policy version (None: the newest), validated."""
    if version is None:
        versions = policy_versions()
        if not versions:
            raise RoutingPolicyError(f"no routing policy under {policy_dir() / 'versions'}")
        version = versions[-1]
    return _load(policy_dir(), version)


def parse_routing_policy(data: Any, expected_version: str | None = None) -> RoutingPolicy:
    errors = [f"{'/'.join(str(p) for p in e.absolute_path) or '(top level)'}: {e.message}"
              for e in _validator(policy_dir()).iter_errors(data)]
    if errors:
        raise RoutingPolicyError("routing policy does not match its schema:\n  " + "\n  ".join(errors))
    problems = []
    if expected_version is not None and data["version"] != expected_version:
        problems.append(f"version {data['version']!r} != file name {expected_version!r}")
    catalog = load_catalog(data["catalog_version"])
    for label, candidates in data["labels"].items():
        models = [c["model"] for c in candidates]
        problems += [f"labels.{label}: {m!r} listed twice" for m in sorted({m for m in models if models.count(m) > 1})]
        for model in models:
            if model not in catalog.models:
                problems.append(f"labels.{label}: {model!r} is not in catalog {catalog.version}")
            elif catalog.models[model].kind != "chat":
                problems.append(f"labels.{label}: {model!r} is not a chat model")
    for prefer, weights in data["weights"].items():
        if abs(sum(weights.values()) - 1) > 1e-9:
            problems.append(f"weights.{prefer}: weights sum to {sum(weights.values())}, not 1")
    if problems:
        raise RoutingPolicyError("routing policy is inconsistent:\n  " + "\n  ".join(problems))
    return RoutingPolicy(
        version=data["version"], catalog_version=data["catalog_version"], default_prefer=data["default_prefer"],
        prior_requests=data["prior_requests"], prior_success_rate=data["prior_success_rate"],
        weights=MappingProxyType({k: Weights(**v) for k, v in data["weights"].items()}),
        labels=MappingProxyType({label: tuple(PolicyCandidate(**c) for c in cands)
                                 for label, cands in data["labels"].items()}))


@lru_cache(maxsize=8)
def _load(folder: Path, version: str) -> RoutingPolicy:
    path = folder / "versions" / f"{version}.yaml"
    if not path.is_file():
        raise RoutingPolicyError(f"unknown routing policy version {version!r} (no {path})")
    with path.open(encoding="utf-8") as fh:
        data = yaml.safe_load(fh)
    try:
        return parse_routing_policy(data, expected_version=version)
    except RoutingPolicyError as exc:
        raise RoutingPolicyError(f"{path}: {exc}") from exc


@lru_cache(maxsize=4)
def _validator(folder: Path) -> Draft202012Validator:
    with (folder / "routing_policy.schema.json").open(encoding="utf-8") as fh:
        return Draft202012Validator(json.load(fh))
