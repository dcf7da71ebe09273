"""Topic metadata, schemas, validators and examples.

Owns reading `schemas/<topic>/topic.yaml` (validated against
`schemas/topic.schema.json`), the per-version JSON Schemas and their example
payloads. Guarantees: every `TopicSpec` returned came from a topic.yaml that
passed its meta-schema and whose folder name equals its `topic`; versions are
sorted by number; `validator_for` checks `date-time` formats for real (see
`timestamps`). Raises `TopicSpecError` for a malformed topic folder and
`KeyError` for an unknown topic or version. Results are cached per schemas root;
the returned objects are immutable.
"""

from __future__ import annotations

import copy
import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from types import MappingProxyType
from typing import Any, Mapping

import yaml
from jsonschema import Draft202012Validator, FormatChecker
from jsonschema.exceptions import ValidationError

from .paths import CATALOG_DIR_NAME, PACKAGE_DIR_NAME, TOPIC_META_SCHEMA, schemas_root
from .timestamps import is_rfc3339_utc

__all__ = [
    "DlqSpec",
    "TopicSpec",
    "TopicSpecError",
    "VersionSpec",
    "format_checker",
    "load_examples",
    "load_schema",
    "load_topics",
    "schemas_root",
    "topic",
    "topic_dirs",
    "validator_for",
]

# Folders under schemas/ that are not topics (the package, the catalog, the routing
# policy, and the git-ignored artefacts of installing the package).
NON_TOPIC_DIRS = frozenset({PACKAGE_DIR_NAME, CATALOG_DIR_NAME, "routing_policy",
                            "__pycache__", "build", "dist"})


class TopicSpecError(ValueError):
    """A topic folder or its topic.yaml breaks the layout contract."""


@dataclass(frozen=True)
class DlqSpec:
    """The dead-letter topic of a consumed topic: always named `<topic>.dlq`."""

    name: str
    partitions: int
    config: Mapping[str, str]


@dataclass(frozen=True)
class VersionSpec:
    """One published schema version of a topic."""

    version: int
    schema_path: Path
    compatibility: str  # "backward": v(N) must accept every payload v(N-1) accepted
    ce_types: tuple[str, ...]


@dataclass(frozen=True)
class TopicSpec:
    """Everything topic.yaml says about one Kafka topic."""

    name: str
    description: str
    owner: str
    producers: tuple[str, ...]
    consumers: tuple[str, ...]
    key: str
    partitions: int
    replication_factor: int
    config: Mapping[str, str]
    contains_customer_ids: bool
    dlq: DlqSpec | None
    ce_source: str
    versions: tuple[VersionSpec, ...]
    subscribing: str | None
    path: Path  # the topic folder

    def version(self, number: int) -> VersionSpec:
        for spec in self.versions:
            if spec.version == number:
                return spec
        raise KeyError(f"topic {self.name!r} has no version {number}")

    @property
    def latest(self) -> VersionSpec:
        return self.versions[-1]


def format_checker() -> FormatChecker:
    """A FormatChecker whose `date-time` check works without optional packages."""
    checker = FormatChecker()

    @checker.checks("date-time")
    def _date_time(value: object) -> bool:
        # JSON Schema formats constrain strings only; `null` in a nullable field passes.
        return not isinstance(value, str) or is_rfc3339_utc(value)

    return checker


def topic_dirs(root: Path | None = None) -> list[Path]:
    """Every folder under the schemas root that should be a topic (sorted)."""
    root = root or schemas_root()
    return sorted(
        p for p in root.iterdir()
        if p.is_dir()
        and p.name not in NON_TOPIC_DIRS
        and not p.name.startswith(".")
        and not p.name.endswith(".egg-info")
    )


def load_topics() -> list[TopicSpec]:
    """All topics under `schemas_root()`, sorted by name."""
    return list(_load_topics(schemas_root()))


def topic(name: str) -> TopicSpec:
    """The topic called `name`; KeyError if there is none."""
    return _find(schemas_root(), name)


def load_schema(topic_name: str, version: int) -> dict[str, Any]:
    """The JSON Schema of `topic_name` version `version` (a fresh dict each call)."""
    return copy.deepcopy(_schema(schemas_root(), topic_name, version))


def validator_for(topic_name: str, version: int) -> Draft202012Validator:
    """A cached draft 2020-12 validator for the version, with date-time checking."""
    return _validator(schemas_root(), topic_name, version)


def load_examples(topic_name: str, version: int) -> dict[str, Any]:
    """Example payloads of the version, by file stem (sorted by name)."""
    folder = topic(topic_name).path / "examples" / f"v{version}"
    if not folder.is_dir():
        return {}
    return {p.stem: _read_json(p) for p in sorted(folder.glob("*.json"))}


@lru_cache(maxsize=8)
def _load_topics(root: Path) -> tuple[TopicSpec, ...]:
    meta = Draft202012Validator(_read_json(root / TOPIC_META_SCHEMA))
    return tuple(_parse_topic(folder, meta) for folder in topic_dirs(root))


@lru_cache(maxsize=64)
def _schema(root: Path, topic_name: str, version: int) -> dict[str, Any]:
    # Shared by the cache: callers outside this module only ever get deep copies.
    return _read_json(_find(root, topic_name).version(version).schema_path)


def _find(root: Path, name: str) -> TopicSpec:
    for spec in _load_topics(root):
        if spec.name == name:
            return spec
    raise KeyError(f"unknown topic {name!r}")


@lru_cache(maxsize=64)
def _validator(root: Path, topic_name: str, version: int) -> Draft202012Validator:
    schema = copy.deepcopy(_schema(root, topic_name, version))
    return Draft202012Validator(schema, format_checker=format_checker())


def _parse_topic(folder: Path, meta: Draft202012Validator) -> TopicSpec:
    yaml_path = folder / "topic.yaml"
    if not yaml_path.is_file():
        raise TopicSpecError(f"{folder.name}: folder under schemas/ has no topic.yaml")
    try:
        with yaml_path.open(encoding="utf-8") as fh:
            raw = yaml.safe_load(fh)
    except yaml.YAMLError as exc:
        raise TopicSpecError(f"{yaml_path}: not valid YAML: {exc}") from exc
    try:
        meta.validate(raw)
    except ValidationError as exc:
        where = "/".join(str(p) for p in exc.absolute_path) or "(top level)"
        raise TopicSpecError(f"{yaml_path}: {where}: {exc.message}") from exc
    if raw["topic"] != folder.name:
        raise TopicSpecError(f"{yaml_path}: topic {raw['topic']!r} != folder name {folder.name!r}")
    versions = tuple(
        VersionSpec(
            version=v["version"],
            schema_path=folder / v["schema"],
            compatibility=v["compatibility"],
            ce_types=tuple(v["ce_types"]),
        )
        for v in sorted(raw["versions"], key=lambda v: v["version"])
    )
    dlq_raw = raw["dlq"]
    dlq = None if dlq_raw is None else DlqSpec(
        name=f"{raw['topic']}.dlq",
        partitions=dlq_raw["partitions"],
        config=MappingProxyType(dict(dlq_raw["config"])),
    )
    return TopicSpec(
        name=raw["topic"],
        description=raw["description"].strip(),
        owner=raw["owner"],
        producers=tuple(raw["producers"]),
        consumers=tuple(raw["consumers"]),
        key=raw["key"].strip(),
        partitions=raw["partitions"],
        replication_factor=raw["replication_factor"],
        config=MappingProxyType(dict(raw["config"])),
        contains_customer_ids=raw["contains_customer_ids"],
        dlq=dlq,
        ce_source=raw["cloudevents"]["source"],
        versions=versions,
        subscribing=(raw.get("subscribing") or None),
        path=folder,
    )


def _read_json(path: Path) -> Any:
    with path.open(encoding="utf-8") as fh:
        return json.load(fh)
